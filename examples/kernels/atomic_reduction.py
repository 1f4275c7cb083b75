"""Sum of an array with AtomicRef.fetch_add: every work-item adds into one element."""

import numpy as np

import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import kernel_api as kapi


@dpex.kernel
def atomic_sum(item: kapi.Item, a, result):
    i = item.get_id(0)
    ref = kapi.AtomicRef(result, index=0)
    ref.fetch_add(a[i])


N = 1024
for device in dp.get_devices():
    a = dp.arange(N, dtype="int64", device=device)
    result = dp.zeros(1, dtype="int64", device=device)
    dpex.call_kernel(atomic_sum, dpex.Range(N), a, result)
    assert int(result[0]) == N * (N - 1) // 2
    print(f"{device.filter_string}: sum = {int(result[0])}")
