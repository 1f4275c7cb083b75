"""Barriers, LocalAccessor, PrivateArray and AtomicRef, compiled on every device and by the reference runner."""

import numpy as np
import pytest

import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import kernel_api as kapi


@pytest.fixture(params=["compiled", "reference"])
def run(request):
    if request.param == "compiled":
        return dpex.call_kernel
    return lambda k, r, *a: kapi.call_kernel(k.py_func, r, *a)


@dpex.kernel
def tree_sum(it, a, out, slm):
    lid = it.get_local_id(0)
    g = it.get_group()
    slm[lid] = a[it.get_global_id(0)]
    s = it.get_local_range(0) // 2
    while s > 0:
        kapi.group_barrier(g)
        if lid < s:
            slm[lid] += slm[lid + s]
        s //= 2
    if lid == 0:
        out[g.get_group_id(0)] = slm[0]


@pytest.mark.parametrize("groups", [1, 7])
def test_barrier_tree_reduction(device, run, groups):
    n = 64 * groups
    x = np.arange(n, dtype=np.float32)
    out = dp.zeros(groups, dtype="float32", device=device)
    run(
        tree_sum,
        dpex.NdRange((n,), (64,)),
        dp.asarray(x, device=device),
        out,
        kapi.LocalAccessor(64, np.float32),
    )
    np.testing.assert_allclose(dp.asnumpy(out), x.reshape(groups, 64).sum(1))


@dpex.kernel
def reverse_in_group(it, a, slm):
    i = it.get_global_id(0)
    lid = it.get_local_id(0)
    n = it.get_local_range(0)
    slm[lid] = a[i]
    kapi.group_barrier(it.get_group())
    a[i] = slm[n - 1 - lid]


def test_barrier_exchanges_values(device, run):
    x = np.arange(48, dtype=np.int32)
    a = dp.asarray(x, device=device)
    run(reverse_in_group, dpex.NdRange((48,), (16,)), a, kapi.LocalAccessor(16, np.int32))
    np.testing.assert_array_equal(dp.asnumpy(a), x.reshape(3, 16)[:, ::-1].ravel())


TILE = 4


@dpex.kernel
def matmul_tiled(it, a, b, c, ta, tb):
    i = it.get_global_id(0)
    j = it.get_global_id(1)
    li = it.get_local_id(0)
    lj = it.get_local_id(1)
    n = a.shape[1]
    acc = 0.0
    for t in range((n + TILE - 1) // TILE):
        if i < a.shape[0] and t * TILE + lj < n:
            ta[li, lj] = a[i, t * TILE + lj]
        else:
            ta[li, lj] = 0
        if j < b.shape[1] and t * TILE + li < n:
            tb[li, lj] = b[t * TILE + li, j]
        else:
            tb[li, lj] = 0
        kapi.group_barrier(it.get_group())
        for k in range(TILE):
            acc += ta[li, k] * tb[k, lj]
        kapi.group_barrier(it.get_group())
    if i < c.shape[0] and j < c.shape[1]:
        c[i, j] = acc


def test_tiled_matmul_local_2d(device, run):
    rng = np.random.default_rng(0)
    an = rng.random((10, 7)).astype(np.float32)
    bn = rng.random((7, 9)).astype(np.float32)
    c = dp.zeros((10, 9), dtype="float32", device=device)
    la = kapi.LocalAccessor((TILE, TILE), np.float32)
    lb = kapi.LocalAccessor((TILE, TILE), np.float32)
    run(
        matmul_tiled,
        dpex.NdRange((12, 12), (TILE, TILE)),
        dp.asarray(an, device=device),
        dp.asarray(bn, device=device),
        c,
        la,
        lb,
    )
    np.testing.assert_allclose(dp.asnumpy(c), an @ bn, rtol=1e-5)


@dpex.kernel
def local_3d(it, out, slm):
    i, j, k = it.get_local_id(0), it.get_local_id(1), it.get_local_id(2)
    slm[i, j, k] = i * 100 + j * 10 + k
    kapi.group_barrier(it.get_group())
    out[it.get_global_id(0), it.get_global_id(1), it.get_global_id(2)] = slm[1 - i, 2 - j, 3 - k]


@pytest.mark.parametrize("dtype", ["int32", "int64", "float32", "uint16"])
def test_local_accessor_3d(device, run, dtype):
    out = dp.zeros((2, 3, 4), dtype=dtype, device=device)
    run(local_3d, dpex.NdRange((2, 3, 4), (2, 3, 4)), out, kapi.LocalAccessor((2, 3, 4), dtype))
    i, j, k = np.indices((2, 3, 4))
    np.testing.assert_array_equal(
        dp.asnumpy(out), ((1 - i) * 100 + (2 - j) * 10 + (3 - k)).astype(dtype)
    )


@dpex.kernel
def private_sum_squares(item, out):
    p = kapi.PrivateArray(10, np.float32)
    for k in range(10):
        p[k] = k * k
    s = 0.0
    for k in range(10):
        s += p[k]
    out[item.get_id(0)] = s


@dpex.kernel
def private_zeros_2d(item, out):
    p = kapi.PrivateArray((5, 2), np.int32, fill_zeros=True)
    p[item.get_id(0) % 5, 1] = 7
    s = 0
    for a in range(5):
        for b in range(2):
            s += p[a, b]
    out[item.get_id(0)] = s


def test_private_arrays(device, run):
    out = dp.zeros(8, dtype="float32", device=device)
    run(private_sum_squares, dpex.Range(8), out)
    np.testing.assert_array_equal(dp.asnumpy(out), np.full(8, 285.0, np.float32))
    out2 = dp.zeros(8, dtype="int32", device=device)
    run(private_zeros_2d, dpex.Range(8), out2)
    np.testing.assert_array_equal(dp.asnumpy(out2), np.full(8, 7))


@dpex.kernel
def private_across_barrier(it, out):
    p = kapi.PrivateArray(1, np.int64)
    p[0] = it.get_global_id(0) * 3
    kapi.group_barrier(it.get_group())
    out[it.get_global_id(0)] = p[0]


def test_private_array_survives_barrier(device, run):
    out = dp.zeros(32, dtype="int64", device=device)
    run(private_across_barrier, dpex.NdRange((32,), (8,)), out)
    np.testing.assert_array_equal(dp.asnumpy(out), np.arange(32) * 3)


ATOMIC_DTYPES = ["int32", "uint32", "int64", "uint64", "float32", "float64"]


@dpex.kernel
def atomic_contention(item, a, res, old):
    i = item.get_id(0)
    r = kapi.AtomicRef(res, 0)
    old[i] = r.fetch_add(a[i])
    kapi.AtomicRef(res, 1).fetch_max(a[i])
    kapi.AtomicRef(res, 2).fetch_min(a[i])
    kapi.AtomicRef(res, 3).fetch_sub(a[i])


@pytest.mark.parametrize("dtype", ATOMIC_DTYPES)
def test_atomic_contention_and_old_values(device, dtype):
    if dtype == "float64" and not device.has_aspect_fp64:
        pytest.skip("no float64")
    n = 1000
    x = (np.arange(n) % 50 + 1).astype(dtype)
    res = dp.asarray(np.array([0, 0, 1000, 100000], dtype=dtype), device=device)
    old = dp.zeros(n, dtype=dtype, device=device)
    dpex.call_kernel(atomic_contention, dpex.Range(n), dp.asarray(x, device=device), res, old)
    r = dp.asnumpy(res)
    assert r[0] == x.sum() and r[1] == 50 and r[2] == 1 and r[3] == 100000 - x.sum()
    o = np.sort(dp.asnumpy(old).astype(np.float64))
    assert o[0] == 0 and len(np.unique(o)) == n  # every work-item saw a distinct old value


@dpex.kernel
def atomic_bits(item, a, res):
    i = item.get_id(0)
    kapi.AtomicRef(res, 0).fetch_or(a[i])
    kapi.AtomicRef(res, 1).fetch_and(a[i])
    kapi.AtomicRef(res, 2).fetch_xor(a[i])


@pytest.mark.parametrize("dtype", ["int32", "int64", "uint32", "uint64"])
def test_atomic_bitwise(device, run, dtype):
    x = (1 << (np.arange(20) % 12)).astype(dtype) | 1
    res = dp.asarray(
        np.array([0, -1 if dtype[0] == "i" else np.iinfo(dtype).max, 0], dtype=dtype), device=device
    )
    run(atomic_bits, dpex.Range(20), dp.asarray(x, device=device), res)
    r = dp.asnumpy(res)
    assert (
        r[0] == np.bitwise_or.reduce(x)
        and r[1] == np.bitwise_and.reduce(x)
        and r[2] == np.bitwise_xor.reduce(x)
    )


@dpex.kernel
def atomic_load_store_cas(item, res, expected, ok, loaded):
    r = kapi.AtomicRef(res, 0)
    loaded[0] = r.load()
    ok[0] = r.compare_exchange(expected, 42)
    ok[1] = r.compare_exchange(expected, 43, 1)
    kapi.AtomicRef(res, 1).store(9)
    loaded[1] = kapi.AtomicRef(res, 2).exchange(5)


@pytest.mark.parametrize("dtype", ATOMIC_DTYPES)
def test_atomic_load_store_exchange_cas(device, run, dtype):
    if dtype == "float64" and not device.has_aspect_fp64:
        pytest.skip("no float64")
    res = dp.asarray(np.array([7, 0, 3], dtype=dtype), device=device)
    expected = dp.asarray(np.array([7, 1], dtype=dtype), device=device)
    ok = dp.zeros(2, dtype="bool", device=device)
    loaded = dp.zeros(2, dtype=dtype, device=device)
    run(atomic_load_store_cas, dpex.Range(1), res, expected, ok, loaded)
    np.testing.assert_array_equal(dp.asnumpy(ok), [True, False])
    np.testing.assert_array_equal(dp.asnumpy(res), np.array([42, 9, 5], dtype=dtype))
    np.testing.assert_array_equal(dp.asnumpy(expected), np.array([7, 42], dtype=dtype))
    np.testing.assert_array_equal(dp.asnumpy(loaded), np.array([7, 3], dtype=dtype))


@dpex.kernel
def atomic_local(it, a, out, slm):
    lid = it.get_local_id(0)
    if lid == 0:
        slm[0] = 0
    kapi.group_barrier(it.get_group())
    kapi.AtomicRef(slm, 0).fetch_add(a[it.get_global_id(0)])
    kapi.group_barrier(it.get_group())
    if lid == 0:
        out[it.get_group().get_group_id(0)] = slm[0]


def test_atomics_on_local_memory(device, run):
    x = np.arange(128, dtype=np.int32)
    out = dp.zeros(4, dtype="int32", device=device)
    run(
        atomic_local,
        dpex.NdRange((128,), (32,)),
        dp.asarray(x, device=device),
        out,
        kapi.LocalAccessor(1, np.int32),
    )
    np.testing.assert_array_equal(dp.asnumpy(out), x.reshape(4, 32).sum(1))


@dpex.kernel
def atomic_2d_index(item, res):
    kapi.AtomicRef(res, (1, 2)).fetch_add(1)


def test_atomic_tuple_index(device, run):
    res = dp.zeros((2, 3), dtype="int64", device=device)
    run(atomic_2d_index, dpex.Range(50), res)
    assert dp.asnumpy(res)[1, 2] == 50


@dpex.kernel
def loops_with_barriers(it, a, slm):
    lid = it.get_local_id(0)
    g = it.get_group()
    n = 0
    while True:
        slm[lid] = n
        kapi.group_barrier(g)
        n += 1
        if n > 3:
            break
    total = 0
    for t in range(10):
        if t % 2 == 1:
            continue
        slm[lid] = t * (lid + 1)
        kapi.group_barrier(g)
        total += slm[(lid + 1) % 4]
        kapi.group_barrier(g)
        if t == 6:
            break
    a[it.get_global_id(0)] = n * 1000 + total


def test_break_and_continue_in_loops_with_barriers(device, run):
    out = dp.zeros(8, dtype="int64", device=device)
    run(loops_with_barriers, dpex.NdRange((8,), (4,)), out, kapi.LocalAccessor(4, np.int64))
    lid = np.arange(8) % 4
    np.testing.assert_array_equal(dp.asnumpy(out), 4000 + 12 * ((lid + 1) % 4 + 1))
