"""All pairwise Euclidean distances of n points in d dimensions (an NdRange kernel)."""

import math

import numpy as np

import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import kernel_api as kapi


@dpex.kernel
def pairwise_distance(nd_item: kapi.NdItem, x, out):
    i = nd_item.get_global_id(0)
    j = nd_item.get_global_id(1)
    d = np.float32(0)
    for k in range(x.shape[1]):
        diff = x[i, k] - x[j, k]
        d += diff * diff
    out[i, j] = math.sqrt(d)


n, dims, local = 256, 3, 16
pts = np.random.default_rng(5).random((n, dims), dtype=np.float32)
expect = np.sqrt(((pts[:, None, :] - pts[None, :, :]) ** 2).sum(-1))
for device in dp.get_devices():
    x = dp.asarray(pts, device=device)
    out = dp.zeros((n, n), dtype="float32", device=device)
    dpex.call_kernel(pairwise_distance, dpex.NdRange((n, n), (local, local)), x, out)
    assert np.allclose(dp.asnumpy(out), expect, atol=1e-5)
    print(f"{device.filter_string}: {n}x{n} distances, max {float(dp.max(out)):.4f}")
