"""Device functions: one returning a value, one taking the NdItem and waiting at a barrier."""

import numpy as np

import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import kernel_api as kapi


@dpex.device_func
def a_times_b_plus_c(a, b, c):
    return a * b + c


@dpex.kernel
def fma_kernel(item: kapi.Item, a, b, c, out):
    i = item.get_id(0)
    out[i] = a_times_b_plus_c(a[i], b[i], c[i])


@dpex.device_func
def shift_left(nd_item, data, slm):
    lid = nd_item.get_local_id(0)
    slm[lid] = data[nd_item.get_global_id(0)]
    kapi.group_barrier(nd_item.get_group())
    n = nd_item.get_local_range(0)
    return slm[(lid + 1) % n]


@dpex.kernel
def rotate(nd_item: kapi.NdItem, data, out, slm):
    out[nd_item.get_global_id(0)] = shift_left(nd_item, data, slm)


n = 100
a = dp.arange(n, dtype="int64")
b = dp.full(n, 2, dtype="int64")
c = dp.ones(n, dtype="int64")
out = dp.zeros(n, dtype="int64")
dpex.call_kernel(fma_kernel, dpex.Range(n), a, b, c, out)
assert np.array_equal(dp.asnumpy(out), np.arange(n) * 2 + 1)
print("a * b + c through a device function:", dp.asnumpy(out)[:5])

# A device function with a barrier, on every device and in the reference runner.
x = np.arange(n, dtype=np.float32)
targets = [("reference runner", None)] + [(d.filter_string, d) for d in dp.get_devices()]
for name, dev in targets:
    slm = kapi.LocalAccessor(n, np.float32)
    if dev is None:
        rotated = np.zeros(n, np.float32)
        kapi.call_kernel(rotate.py_func, kapi.NdRange((n,), (n,)), x, rotated, slm)
    else:
        r = dp.zeros(n, dtype="float32", device=dev)
        dpex.call_kernel(rotate, dpex.NdRange((n,), (n,)), dp.asarray(x, device=dev), r, slm)
        rotated = dp.asnumpy(r)
    assert np.array_equal(rotated, np.roll(x, -1))
    print(f"{name}: rotated by one through a barrier in a device function")
