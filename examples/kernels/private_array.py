"""PrivateArray: per-work-item scratch memory (a moving sum of four neighbours, kept in order)."""

import numpy as np

import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import kernel_api as kapi


@dpex.kernel
def window_stats(item: kapi.Item, x, out):
    i = item.get_id(0)
    w = kapi.PrivateArray(4, np.float32)
    for k in range(4):
        j = i + k
        w[k] = x[j] if j < x.shape[0] else 0
    # insertion sort of the window, then its median-of-four
    for a in range(1, 4):
        v = w[a]
        b = a - 1
        while b >= 0 and w[b] > v:
            w[b + 1] = w[b]
            b -= 1
        w[b + 1] = v
    out[i] = (w[1] + w[2]) / 2


n = 1000
xs = np.random.default_rng(11).random(n, dtype=np.float32)
padded = np.concatenate([xs, np.zeros(3, np.float32)])
expect = np.median(np.lib.stride_tricks.sliding_window_view(padded, 4), axis=1).astype(np.float32)
for device in dp.get_devices():
    out = dp.zeros(n, dtype="float32", device=device)
    dpex.call_kernel(window_stats, dpex.Range(n), dp.asarray(xs, device=device), out)
    assert np.allclose(dp.asnumpy(out), expect)
    print(f"{device.filter_string}: median of 4 neighbours, out[:3] = {dp.asnumpy(out)[:3]}")
