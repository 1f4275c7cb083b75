"""Asynchronous launches chained by events: each stage waits for the previous one only."""

import time

import numpy as np

import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import kernel_api as kapi


@dpex.kernel
def axpb(item: kapi.Item, x, a, b):
    i = item.get_id(0)
    x[i] = a * x[i] + b


n, stages = 1 << 20, 8
for device in dp.get_devices():
    buffers = [dp.ones(n, dtype="float32", device=device) for _ in range(2)]
    dpex.call_kernel(axpb, dpex.Range(1), buffers[0], np.float32(1), np.float32(0))  # compile first
    t0 = time.perf_counter()
    events = [(), ()]
    for s in range(stages):
        k = s % 2  # two independent chains interleaved
        _, e = dpex.call_kernel_async(axpb, dpex.Range(n), events[k], buffers[k], np.float32(2), np.float32(1))
        events[k] = (e,)
    for ev in events:
        ev[0].wait()
    dt = time.perf_counter() - t0
    expect = 1.0
    for _ in range(stages // 2):
        expect = 2 * expect + 1
    assert all(np.all(dp.asnumpy(b) == expect) for b in buffers)
    print(f"{device.filter_string}: {stages} chained launches in {dt * 1e3:.1f} ms, value {expect}")
