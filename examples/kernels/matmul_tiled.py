"""Tiled matrix multiply: two LocalAccessors per work-group, barriers between tile loads."""

import numpy as np

import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import kernel_api as kapi

TILE = 8  # a module global: a compile-time constant in the kernel


@dpex.kernel
def matmul(nd_item: kapi.NdItem, a, b, c, a_tile, b_tile):
    i = nd_item.get_global_id(0)
    j = nd_item.get_global_id(1)
    li = nd_item.get_local_id(0)
    lj = nd_item.get_local_id(1)
    group = nd_item.get_group()
    n = a.shape[1]
    acc = np.float32(0)
    for t in range((n + TILE - 1) // TILE):
        k = t * TILE
        a_tile[li, lj] = a[i, k + lj] if i < a.shape[0] and k + lj < n else 0
        b_tile[li, lj] = b[k + li, j] if k + li < n and j < b.shape[1] else 0
        kapi.group_barrier(group)
        for kk in range(TILE):
            acc += a_tile[li, kk] * b_tile[kk, lj]
        kapi.group_barrier(group)
    if i < c.shape[0] and j < c.shape[1]:
        c[i, j] = acc


def padded(n):
    return (n + TILE - 1) // TILE * TILE


m, k, n = 100, 70, 90
rng = np.random.default_rng(0)
an = rng.random((m, k), dtype=np.float32)
bn = rng.random((k, n), dtype=np.float32)
for device in dp.get_devices():
    a = dp.asarray(an, device=device)
    b = dp.asarray(bn, device=device)
    c = dp.zeros((m, n), dtype="float32", device=device)
    tiles = [kapi.LocalAccessor((TILE, TILE), np.float32) for _ in range(2)]
    dpex.call_kernel(matmul, dpex.NdRange((padded(m), padded(n)), (TILE, TILE)), a, b, c, *tiles)
    err = np.abs(dp.asnumpy(c) - an @ bn).max()
    assert err < 1e-4, err
    print(f"{device.filter_string}: {m}x{k} @ {k}x{n}, max error {err:.2e}")
