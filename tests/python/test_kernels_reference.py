"""The reference runner (kernel_api.call_kernel): ranges, ids, barriers, local memory, atomics."""

import numpy as np
import pytest

from dparray.kernels import kernel_api as kapi


def test_range_validation():
    assert tuple(kapi.Range(2, 3, 4)) == (2, 3, 4)
    assert kapi.Range(5).size() == 5 and kapi.Range(2, 3).ndim == 2
    with pytest.raises(TypeError):
        kapi.Range(np.int64(3))
    with pytest.raises(TypeError):
        kapi.Range(1.5)
    with pytest.raises(TypeError):
        kapi.Range(1, 2, 3, 4)
    with pytest.raises(ValueError, match="does not divide"):
        kapi.NdRange((10,), (3,))
    with pytest.raises(ValueError, match="different dimensions"):
        kapi.NdRange((4, 4), (2,))
    nd = kapi.NdRange((8, 4), (2, 2))
    assert nd == kapi.NdRange(kapi.Range(8, 4), [2, 2]) and str(nd) == "((8, 4), (2, 2))"


def test_item_ids_3d():
    def k(item, out, lin):
        i, j, l = item.get_id(0), item.get_id(1), item.get_id(2)
        out[i, j, l] = i * 100 + j * 10 + l
        lin[i, j, l] = item.get_linear_id()

    out = np.zeros((2, 3, 4), np.int64)
    lin = np.zeros((2, 3, 4), np.int64)
    kapi.call_kernel(k, kapi.Range(2, 3, 4), out, lin)
    i, j, l = np.indices((2, 3, 4))
    np.testing.assert_array_equal(out, i * 100 + j * 10 + l)
    np.testing.assert_array_equal(lin.ravel(), np.arange(24))


def test_nditem_and_group_ids():
    def k(it, gl, ll, gid, glin):
        i, j = it.get_global_id(0), it.get_global_id(1)
        g = it.get_group()
        gl[i, j] = it.get_global_linear_id()
        ll[i, j] = it.get_local_linear_id()
        gid[i, j] = g.get_group_id(0) * 10 + g.get_group_id(1)
        glin[i, j] = g.get_group_linear_id()

    arrs = [np.zeros((4, 6), np.int64) for _ in range(4)]
    kapi.call_kernel(k, kapi.NdRange((4, 6), (2, 3)), *arrs)
    i, j = np.indices((4, 6))
    np.testing.assert_array_equal(arrs[0], i * 6 + j)
    np.testing.assert_array_equal(arrs[1], (i % 2) * 3 + j % 3)
    np.testing.assert_array_equal(arrs[2], (i // 2) * 10 + j // 3)
    np.testing.assert_array_equal(arrs[3], (i // 2) * 2 + j // 3)


def test_barrier_tree_reduction_many_groups():
    def red(it, a, out, slm):
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

    a = np.arange(256, dtype=np.float64)
    out = np.zeros(8)
    kapi.call_kernel(red, kapi.NdRange((256,), (32,)), a, out, kapi.LocalAccessor(32, np.float64))
    np.testing.assert_allclose(out, a.reshape(8, 32).sum(1))


def test_local_memory_is_per_group():
    def k(it, out, slm):
        lid = it.get_local_id(0)
        if lid == 0:
            slm[0] = it.get_group().get_group_id(0)
        kapi.group_barrier(it.get_group())
        out[it.get_global_id(0)] = slm[0]

    out = np.zeros(12, np.int64)
    kapi.call_kernel(k, kapi.NdRange((12,), (4,)), out, kapi.LocalAccessor((1,), np.int64))
    np.testing.assert_array_equal(out, np.repeat(np.arange(3), 4))


def test_divergent_barrier_is_reported():
    def k(it, out):
        if it.get_local_id(0) == 0:
            return
        kapi.group_barrier(it.get_group())

    with pytest.raises(RuntimeError, match="never reach"):
        kapi.call_kernel(k, kapi.NdRange((4,), (4,)), np.zeros(4))


def test_exception_in_work_item_surfaces():
    def k(it, out):
        out[it.get_global_id(0) + 100] = 1

    with pytest.raises(IndexError):
        kapi.call_kernel(k, kapi.NdRange((4,), (2,)), np.zeros(4))


def test_local_accessor_needs_ndrange():
    def k(it, out, slm):
        pass

    with pytest.raises(TypeError, match="NdRange"):
        kapi.call_kernel(k, kapi.Range(4), np.zeros(4), kapi.LocalAccessor(4, np.float32))


def test_atomic_ref_reference():
    def k(item, a, res):
        kapi.AtomicRef(res, 0).fetch_add(a[item.get_id(0)])

    a = np.arange(100, dtype=np.int64)
    res = np.zeros(1, np.int64)
    kapi.call_kernel(k, kapi.Range(100), a, res)
    assert res[0] == a.sum()
    ref = kapi.AtomicRef(np.array([5], np.int32), 0)
    assert ref.fetch_max(9) == 5 and ref.load() == 9
    exp = np.array([1], np.int32)
    assert not ref.compare_exchange(exp, 3) and exp[0] == 9
    assert ref.compare_exchange(exp, 3) and ref.load() == 3
    with pytest.raises(TypeError):
        kapi.AtomicRef(np.zeros(1, np.int8), 0)
    with pytest.raises(TypeError):
        kapi.AtomicRef(np.zeros(1, np.float32), 0).fetch_or(1)


def test_private_array_reference():
    p = kapi.PrivateArray((5, 2), np.float32, fill_zeros=True)
    assert p.shape == (5, 2) and p.dtype == np.float32 and not p.any()
    with pytest.raises(TypeError):
        kapi.PrivateArray((0,), np.float32)


def test_dparray_arrays_round_trip():
    import dparray as dp

    def k(item, a):
        i = item.get_id(0)
        a[i] = a[i] * 2 + i

    x = dp.arange(10, dtype="int32")
    kapi.call_kernel(k, kapi.Range(10), x)
    np.testing.assert_array_equal(dp.asnumpy(x), np.arange(10) * 3)
