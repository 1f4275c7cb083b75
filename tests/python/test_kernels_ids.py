"""Kernels compiled on every device and run by the reference runner: index spaces, dtypes, views."""

import numpy as np
import pytest

import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import kernel_api as kapi

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float16", "float32", "float64", "complex64", "complex128"]  # fmt: skip


@pytest.fixture(params=["compiled", "reference"])
def run(request):
    if request.param == "compiled":
        return dpex.call_kernel
    return lambda k, r, *a: kapi.call_kernel(k.py_func, r, *a)


def _skip_fp64(device, *dtypes):
    if not device.has_aspect_fp64 and any(d in ("float64", "complex128") for d in dtypes):
        pytest.skip("no float64 on this device")


@dpex.kernel
def item_ids(item, ids, rng, lin, linr, dims):
    i, j, k = item.get_id(0), item.get_id(1), item.get_id(2)
    ids[i, j, k] = i * 100 + j * 10 + k
    rng[i, j, k] = item.get_range(0) * 100 + item.get_range(1) * 10 + item.get_range(2)
    lin[i, j, k] = item.get_linear_id()
    linr[i, j, k] = item.get_linear_range()
    dims[i, j, k] = item.dimensions


def test_item_3d(device, run):
    shape = (2, 3, 4)
    arrs = [dp.zeros(shape, dtype="int64", device=device) for _ in range(5)]
    run(item_ids, dpex.Range(*shape), *arrs)
    i, j, k = np.indices(shape)
    np.testing.assert_array_equal(dp.asnumpy(arrs[0]), i * 100 + j * 10 + k)
    np.testing.assert_array_equal(dp.asnumpy(arrs[1]), np.full(shape, 234))
    np.testing.assert_array_equal(dp.asnumpy(arrs[2]).ravel(), np.arange(24))
    np.testing.assert_array_equal(dp.asnumpy(arrs[3]), np.full(shape, 24))
    np.testing.assert_array_equal(dp.asnumpy(arrs[4]), np.full(shape, 3))


@dpex.kernel
def item_1d(item, out):
    i = item.get_id(0)
    out[i] = i + item.get_range(0) * 1000


@dpex.kernel
def item_2d(item, out):
    i = item.get_id(0)
    j = item.get_id(1)
    out[i, j] = item.get_linear_id()


def test_item_1d_2d(device, run):
    out = dp.zeros(100000, dtype="int64", device=device)
    run(item_1d, dpex.Range(100000), out)
    np.testing.assert_array_equal(dp.asnumpy(out), np.arange(100000) + 100000000)
    out2 = dp.zeros((37, 19), dtype="int32", device=device)
    run(item_2d, dpex.Range(37, 19), out2)
    np.testing.assert_array_equal(dp.asnumpy(out2).ravel(), np.arange(37 * 19))


@dpex.kernel
def nd_ids(it, gid, lid, grp, glin, llin, grange, lrange, grng, ngl):
    i, j = it.get_global_id(0), it.get_global_id(1)
    g = it.get_group()
    gid[i, j] = it.get_global_linear_id()
    lid[i, j] = it.get_local_id(0) * 10 + it.get_local_id(1)
    grp[i, j] = g.get_group_id(0) * 10 + g.get_group_id(1)
    glin[i, j] = g.get_group_linear_id()
    llin[i, j] = it.get_local_linear_id()
    grange[i, j] = it.get_global_range(0) * 100 + it.get_global_range(1)
    lrange[i, j] = (
        it.get_local_range(0) * 10 + it.get_local_range(1) + g.get_local_linear_range() * 1000
    )
    grng[i, j] = (
        g.get_group_range(0) * 10 + g.get_group_range(1) + g.get_group_linear_range() * 1000
    )
    ngl[i, j] = it.get_global_linear_range() * 100 + it.get_local_linear_range()


def test_nditem_2d(device, run):
    shape, local = (6, 8), (3, 2)
    arrs = [dp.zeros(shape, dtype="int64", device=device) for _ in range(9)]
    run(nd_ids, dpex.NdRange(shape, local), *arrs)
    i, j = np.indices(shape)
    got = [dp.asnumpy(a) for a in arrs]
    np.testing.assert_array_equal(got[0], i * 8 + j)
    np.testing.assert_array_equal(got[1], (i % 3) * 10 + j % 2)
    np.testing.assert_array_equal(got[2], (i // 3) * 10 + j // 2)
    np.testing.assert_array_equal(got[3], (i // 3) * 4 + j // 2)
    np.testing.assert_array_equal(got[4], (i % 3) * 2 + j % 2)
    np.testing.assert_array_equal(got[5], np.full(shape, 608))
    np.testing.assert_array_equal(got[6], np.full(shape, 32 + 6000))
    np.testing.assert_array_equal(got[7], np.full(shape, 24 + 8000))
    np.testing.assert_array_equal(got[8], np.full(shape, 48 * 100 + 6))


@dpex.kernel
def nd_3d(it, out):
    i, j, k = it.get_global_id(0), it.get_global_id(1), it.get_global_id(2)
    out[i, j, k] = it.get_local_linear_id() + 100 * it.get_group().get_group_linear_id()


def test_nditem_3d(device, run):
    out = dp.zeros((2, 3, 4), dtype="int64", device=device)
    run(nd_3d, dpex.NdRange((2, 3, 4), (1, 1, 4)), out)
    i, j, k = np.indices((2, 3, 4))
    np.testing.assert_array_equal(dp.asnumpy(out), k + 100 * (i * 3 + j))


@dpex.kernel
def copy_scale(item, a, b, s):
    i = item.get_id(0)
    b[i] = a[i] * s


@pytest.mark.parametrize("dtype", DTYPES)
def test_dtypes_array_and_scalar(device, run, dtype):
    _skip_fp64(device, dtype)
    x = np.arange(1, 11).astype(dtype)
    s = np.array(3).astype(dtype)[()]
    a = dp.asarray(x, device=device)
    b = dp.zeros(10, dtype=dtype, device=device)
    run(copy_scale, dpex.Range(10), a, b, s)
    np.testing.assert_array_equal(dp.asnumpy(b), x * s)


@dpex.kernel
def add_scalar(item, a, v):
    i = item.get_id(0)
    a[i] = a[i] + v


@pytest.mark.parametrize("value", [2, 2.5, True, 1 + 2j])
def test_python_scalars(device, run, value):
    dtype = {int: "int64", float: "float64", bool: "int64", complex: "complex128"}[type(value)]
    _skip_fp64(device, dtype)
    x = np.arange(5).astype(dtype)
    a = dp.asarray(x, device=device)
    run(add_scalar, dpex.Range(5), a, value)
    np.testing.assert_array_equal(dp.asnumpy(a), x + value)


@dpex.kernel
def twice_2d(item, a):
    i = item.get_id(0)
    j = item.get_id(1)
    a[i, j] = a[i, j] * 2


def test_strided_views_written_in_place(device, run):
    base_np = np.arange(120, dtype=np.int32).reshape(10, 12)
    base = dp.asarray(base_np, device=device)
    view = base[1::3, ::-2]
    run(twice_2d, dpex.Range(*view.shape), view)
    expect = base_np.copy()
    expect[1::3, ::-2] *= 2
    np.testing.assert_array_equal(dp.asnumpy(base), expect)
    t = base.T[2:5]
    run(twice_2d, dpex.Range(*t.shape), t)
    expect.T[2:5] *= 2
    np.testing.assert_array_equal(dp.asnumpy(base), expect)


@dpex.kernel
def row_sum(item, a, out):
    i = item.get_id(0)
    row = a[i]
    s = 0
    for j in range(len(row)):
        s += row[j]
    out[i] = s


def test_row_views(device, run):
    x = np.arange(20, dtype=np.int64).reshape(4, 5)
    out = dp.zeros(4, dtype="int64", device=device)
    run(row_sum, dpex.Range(4), dp.asarray(x, device=device), out)
    np.testing.assert_array_equal(dp.asnumpy(out), x.sum(1))


@dpex.kernel
def negative_index(item, a, out):
    i = item.get_id(0)
    out[i] = a[-1 - i] + a.shape[0] * 100 + a.size * 10000 + a.ndim * 1000000


def test_negative_indices_and_attrs(device, run):
    x = np.arange(6, dtype=np.int64)
    out = dp.zeros(6, dtype="int64", device=device)
    run(negative_index, dpex.Range(6), dp.asarray(x, device=device), out)
    np.testing.assert_array_equal(dp.asnumpy(out), x[::-1] + 600 + 60000 + 1000000)


@dpex.kernel
def fill_2d(item, out):
    i = item.get_id(0)
    j = item.get_id(1)
    out[i, j] = i * 100000 + j


@pytest.mark.parametrize("shape", [(3, 50001), (1, 4096), (300, 7), (2, 3, 9000)])
def test_ranges_with_few_long_rows(device, shape):
    out = dp.zeros(
        shape[:2] if len(shape) == 2 else (shape[0] * shape[1], shape[2]),
        dtype="int64",
        device=device,
    )
    if len(shape) == 2:
        dpex.call_kernel(fill_2d, dpex.Range(*shape), out)
        i, j = np.indices(shape)
        np.testing.assert_array_equal(dp.asnumpy(out), i * 100000 + j)
    else:
        out3 = dp.reshape(out, shape)
        dpex.call_kernel(item_ids_flat, dpex.Range(*shape), out3)
        np.testing.assert_array_equal(dp.asnumpy(out3).ravel(), np.arange(np.prod(shape)))


@dpex.kernel
def item_ids_flat(item, out):
    out[item.get_id(0), item.get_id(1), item.get_id(2)] = item.get_linear_id()
