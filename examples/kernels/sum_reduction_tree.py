"""A work-group tree reduction in local memory; the host adds the per-group partial sums."""

import numpy as np

import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import kernel_api as kapi


@dpex.kernel
def partial_sums(nd_item: kapi.NdItem, data, partial, slm):
    lid = nd_item.get_local_id(0)
    gid = nd_item.get_global_id(0)
    group = nd_item.get_group()
    slm[lid] = data[gid] if gid < data.shape[0] else 0
    stride = nd_item.get_local_range(0) // 2
    while stride > 0:
        kapi.group_barrier(group)
        if lid < stride:
            slm[lid] += slm[lid + stride]
        stride //= 2
    if lid == 0:
        partial[group.get_group_id(0)] = slm[0]


N, G = 20000, 64
groups = (N + G - 1) // G
x = np.random.default_rng(3).random(N, dtype=np.float32)
for device in dp.get_devices():
    data = dp.asarray(x, device=device)
    partial = dp.zeros(groups, dtype="float32", device=device)
    dpex.call_kernel(partial_sums, dpex.NdRange((groups * G,), (G,)), data, partial, kapi.LocalAccessor(G, np.float32))
    total = float(dp.sum(partial))
    assert abs(total - x.sum(dtype=np.float64)) < 1e-2, total
    print(f"{device.filter_string}: sum = {total:.3f} from {groups} work-groups")
