"""A 2-D Range kernel over reshaped arrays, on every device."""

import numpy as np

import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import kernel_api as kapi


@dpex.kernel
def add_2d(item: kapi.Item, a, b, c):
    i = item.get_id(0)
    j = item.get_id(1)
    c[i, j] = a[i, j] + b[i, j]


for device in dp.get_devices():
    a = dp.reshape(dp.arange(64, dtype="float32", device=device), (8, 8))
    b = dp.ones((8, 8), dtype="float32", device=device)
    c = dp.zeros((8, 8), dtype="float32", device=device)
    r = dpex.Range(8, 8)
    dpex.call_kernel(add_2d, r, a, b, c)
    assert np.array_equal(dp.asnumpy(c), np.arange(64, dtype=np.float32).reshape(8, 8) + 1)
    print(f"{device.filter_string}: c[7, 7] = {float(c[7, 7])}")
