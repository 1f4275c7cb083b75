"""NumPy's indexing functions against NumPy 2 on every device: choose, compress, fill_diagonal,
place, put, put_along_axis, putmask, select, the *_indices helpers, ix_, ravel_multi_index,
unravel_index, argwhere, extract, flatnonzero, one-argument where, and their errors."""

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp


def pair(n, device):
    n = np.asarray(n)
    return n, dp.asarray(n, device=device)


def same_tuple(got, expected):
    assert isinstance(got, tuple) and len(got) == len(expected)
    for g, e in zip(got, expected):
        assert_same(g, e)


# ---------------------------------------------------------------- choose / compress


@pytest.mark.parametrize("mode", ["raise", "wrap", "clip"])
def test_choose_modes(device, mode):
    choices = [np.arange(4) * 10 + k for k in range(3)]
    idx = [0, 2, 1, 0] if mode == "raise" else [0, 5, -1, 3]
    na, da = pair(np.array(idx), device)
    dch = [dp.asarray(c, device=device) for c in choices]
    assert_same(dp.choose(da, dch, mode=mode), np.choose(na, choices, mode=mode))
    assert_same(da.choose(dch, mode=mode), na.choose(choices, mode=mode))


def test_choose_broadcast_and_promotion(device):
    na = np.array([[0, 1], [1, 0]])
    ch = [np.array([1, 2], dtype=np.int32), np.array([[0.5], [1.5]], dtype=np.float32)]
    got = dp.choose(dp.asarray(na, device=device), [dp.asarray(c, device=device) for c in ch])
    assert_same(got, np.choose(na, ch))
    out = dp.empty((2, 2), dtype=dp.float32, device=device)
    assert (
        dp.choose(
            dp.asarray(na, device=device), [dp.asarray(c, device=device) for c in ch], out=out
        )
        is out
    )
    assert_same(out, np.choose(na, ch).astype(np.float32))


def test_choose_from_one_array(device):
    na = np.array([2, 0, 1])
    nc = np.arange(9, dtype=np.float32).reshape(3, 3)
    got = dp.choose(dp.asarray(na, device=device), dp.asarray(nc, device=device))
    assert_same(got, np.choose(na, nc))


def test_choose_errors(device):
    a = dp.asarray([0, 3], device=device)
    ch = [dp.zeros(2, device=device)] * 2
    with pytest.raises(IndexError, match="choose"):
        dp.choose(a, ch)
    with pytest.raises(IndexError, match="choose"):
        dp.choose(dp.asarray([-1, 0], device=device), ch)
    with pytest.raises(ValueError, match="choose.*mode"):
        dp.choose(a, ch, mode="bogus")
    with pytest.raises(TypeError, match="choose"):
        dp.choose(dp.asarray([0.0], device=device), ch)
    with pytest.raises(ValueError, match="choose"):
        dp.choose(a, [])


@pytest.mark.parametrize("axis", [None, 0, 1, -1])
def test_compress(device, axis):
    na, da = pair(np.arange(12.0).reshape(3, 4), device)
    cond = [True, False, True]
    assert_same(dp.compress(cond, da, axis=axis), np.compress(cond, na, axis=axis))
    assert_same(da.compress(cond, axis=axis), na.compress(cond, axis=axis))


def test_compress_errors(device):
    da = dp.arange(3, device=device)
    with pytest.raises(IndexError, match="compress"):
        dp.compress([True] * 4, da)
    with pytest.raises(ValueError, match="compress"):
        dp.compress([[True]], da)
    with pytest.raises(TypeError, match="compress"):
        dp.compress([True], [1, 2])


@pytest.mark.parametrize("mode", ["wrap", "clip"])
@pytest.mark.parametrize("axis", [None, 0, -1])
def test_take_modes_and_out(device, mode, axis):
    na, da = pair(np.arange(12, dtype=np.int32).reshape(3, 4), device)
    ind = np.array([[-5, 0], [3, 13]])
    exp = np.take(na, ind, axis=axis, mode=mode)
    assert_same(dp.take(da, dp.asarray(ind, device=device), axis=axis, mode=mode), exp)
    out = dp.empty(exp.shape, dtype=dp.int32, device=device)
    assert dp.take(da, ind.tolist(), axis, out=out, mode=mode) is out
    assert_same(out, exp)


def test_take_mode_errors(device):
    da = dp.arange(4, device=device)
    with pytest.raises(ValueError, match="take.*mode"):
        dp.take(da, [0], mode="bogus")
    with pytest.raises(IndexError, match="take.*empty"):
        dp.take(dp.zeros(0, device=device), [0], mode="wrap")
    with pytest.raises(IndexError, match="take.*axis 2"):
        dp.take(da, [0], axis=2, mode="clip")
    with pytest.raises(ValueError, match="take.*out"):
        dp.take(da, [0, 1], out=dp.empty(3, dtype=da.dtype, device=device))


# ---------------------------------------------------------------- in-place writers


@pytest.mark.parametrize(
    "shape,val,wrap",
    [
        ((3, 3), 5, False),
        ((5, 3), 7, False),
        ((7, 3), 7, True),
        ((3, 5), [1, 2], False),
        ((3, 3, 3), 9, False),
    ],
)
def test_fill_diagonal(device, shape, val, wrap):
    na = np.zeros(shape, dtype=np.int32)
    da = dp.asarray(na, device=device)
    np.fill_diagonal(na, val, wrap=wrap)
    dp.fill_diagonal(da, val, wrap=wrap)
    assert_same(da, na)


def test_fill_diagonal_2d_values(device):
    na = np.zeros((3, 3), dtype=np.float32)
    da = dp.asarray(na, device=device)
    val = np.array([[1.0], [2.0], [3.0]], dtype=np.float32)
    np.fill_diagonal(na, val)
    dp.fill_diagonal(da, dp.asarray(val, device=device))
    assert_same(da, na)


def test_fill_diagonal_strided_and_errors(device):
    na = np.zeros((4, 6))
    da = dp.asarray(na, device=device)
    np.fill_diagonal(na[:, ::2], 3.0)
    dp.fill_diagonal(da[:, ::2], 3.0)
    assert_same(da, na)
    with pytest.raises(ValueError, match="fill_diagonal"):
        dp.fill_diagonal(dp.zeros(3, device=device), 1)
    with pytest.raises(ValueError, match="fill_diagonal"):
        dp.fill_diagonal(dp.zeros((2, 3, 2), device=device), 1)


def test_place(device):
    na = np.arange(6).reshape(2, 3)
    da = dp.asarray(na, device=device)
    np.place(na, na > 2, [44, 55])
    dp.place(da, da > 2, [44, 55])
    assert_same(da, na)
    dp.place(da, da > 100, [])  # nothing selected: empty vals are fine
    with pytest.raises(ValueError, match="place"):
        dp.place(da, da > 2, [])
    with pytest.raises(ValueError, match="place"):
        dp.place(da, dp.asarray([True], device=device), [1])


@pytest.mark.parametrize("mode", ["raise", "wrap", "clip"])
def test_put(device, mode):
    na = np.arange(10.0).reshape(2, 5)
    da = dp.asarray(na, device=device)
    ind = [0, -2, 3] if mode == "raise" else [-12, 4, 22]
    np.put(na, ind, [-1.0, -2.0, -3.0], mode=mode)
    dp.put(da, ind, [-1.0, -2.0, -3.0], mode=mode)
    assert_same(da, na)
    na.put([1, 6], 9.5)
    da.put([1, 6], 9.5)
    assert_same(da, na)


def test_put_cycles_values_and_strided(device):
    na = np.zeros((4, 4), dtype=np.int64)
    da = dp.asarray(na, device=device)
    np.put(na[:, 1:3], [0, 3, 5, 6, 7], [1, 2])
    dp.put(da[:, 1:3], [0, 3, 5, 6, 7], [1, 2])
    assert_same(da, na)


def test_put_errors(device):
    da = dp.zeros(5, device=device)
    with pytest.raises(IndexError, match="put: index 5 is out of bounds"):
        dp.put(da, [1, 5], 1.0)
    with pytest.raises(IndexError, match="put"):
        dp.put(da, [-6], 1.0)
    with pytest.raises(TypeError, match="put"):
        dp.put(da, [1.5], 1.0)
    with pytest.raises(ValueError, match="put"):
        dp.put(da, [1], 1.0, mode="nope")
    with pytest.raises(TypeError, match="put"):
        dp.put(np.zeros(3), [1], 1.0)


@pytest.mark.parametrize("axis", [0, 1, -1, None])
def test_put_along_axis(device, axis):
    na = np.arange(12.0).reshape(3, 4)
    da = dp.asarray(na, device=device)
    if axis is None:
        ind = np.array([0, 5, -1])
        vals = np.array([-1.0, -2.0, -3.0])
    else:
        ind = np.argsort(na, axis=axis)[..., :1] if axis != 0 else np.array([[2, 0, 1, -1]])
        vals = np.float64(99.0)
    np.put_along_axis(na, ind, vals, axis=axis)
    dp.put_along_axis(da, dp.asarray(ind, device=device), dp.asarray(vals, device=device), axis)
    assert_same(da, na)


def test_put_along_axis_errors(device):
    da = dp.zeros((3, 4), device=device)
    with pytest.raises(ValueError, match="put_along_axis"):
        dp.put_along_axis(da, dp.asarray([0], device=device), 1.0, 0)
    with pytest.raises(IndexError, match="put_along_axis"):
        dp.put_along_axis(da, dp.asarray([[0]], device=device), 1.0, 2)
    with pytest.raises(IndexError, match="put_along_axis"):
        dp.put_along_axis(da, dp.asarray([12], device=device), 1.0, None)


def test_putmask(device):
    na = np.arange(7, dtype=np.float32)
    da = dp.asarray(na, device=device)
    np.putmask(na, na % 2 == 1, [10.0, 20.0, 30.0])
    dp.putmask(da, da % 2 == 1, [10.0, 20.0, 30.0])
    assert_same(da, na)
    with pytest.raises(ValueError, match="putmask"):
        dp.putmask(da, dp.asarray([True, False], device=device), 1.0)


# ---------------------------------------------------------------- select


def test_select(device):
    nx, dx = pair(np.arange(10), device)
    got = dp.select([dx < 3, dx > 5], [dx, dx**2], 42)
    assert_same(got, np.select([nx < 3, nx > 5], [nx, nx**2], 42))
    got = dp.select([dx < 3, dx < 5], [dx * 0.5, dx], default=dp.asarray(-1.0, device=device))
    assert_same(got, np.select([nx < 3, nx < 5], [nx * 0.5, nx], default=np.float64(-1.0)))


def test_select_broadcast_and_errors(device):
    nc, dc = pair(np.array([[True], [False]]), device)
    nv, dv = pair(np.array([1, 2, 3], dtype=np.int16), device)
    assert_same(dp.select([dc], [dv]), np.select([nc], [nv]))
    with pytest.raises(ValueError, match="select.*same length"):
        dp.select([dc], [dv, dv])
    with pytest.raises(ValueError, match="select.*empty"):
        dp.select([], [])
    with pytest.raises(TypeError, match="select.*entry 0"):
        dp.select([dv], [dv])


# ---------------------------------------------------------------- *_indices


@pytest.mark.parametrize("k,m", [(0, None), (1, None), (-1, 5), (2, 2)])
def test_tri_indices(device, k, m):
    same_tuple(dp.tril_indices(4, k, m, device=device), np.tril_indices(4, k, m))
    same_tuple(dp.triu_indices(4, k, m, device=device), np.triu_indices(4, k, m))


def test_tri_indices_from_and_diag(device):
    na, da = pair(np.zeros((3, 5)), device)
    same_tuple(dp.tril_indices_from(da, 1), np.tril_indices_from(na, 1))
    same_tuple(dp.triu_indices_from(da, -1), np.triu_indices_from(na, -1))
    assert dp.triu_indices_from(da)[0].device == da.device
    same_tuple(dp.diag_indices(3, 3, device=device), np.diag_indices(3, 3))
    nb, db = pair(np.zeros((2, 2, 2)), device)
    same_tuple(dp.diag_indices_from(db), np.diag_indices_from(nb))
    same_tuple(dp.tril_indices(0, device=device), np.tril_indices(0))
    with pytest.raises(ValueError, match="tril_indices_from"):
        dp.tril_indices_from(dp.zeros(3, device=device))
    with pytest.raises(ValueError, match="diag_indices_from"):
        dp.diag_indices_from(da)
    with pytest.raises(ValueError, match="diag_indices_from"):
        dp.diag_indices_from(dp.zeros(3, device=device))


def test_mask_indices(device):
    same_tuple(dp.mask_indices(3, dp.triu, 1, device=device), np.mask_indices(3, np.triu, 1))
    same_tuple(dp.mask_indices(4, dp.tril, device=device), np.mask_indices(4, np.tril))


# ---------------------------------------------------------------- ix_ / ravel / unravel


def test_ix(device):
    na = np.arange(20).reshape(4, 5)
    da = dp.asarray(na, device=device)
    got = dp.ix_(
        dp.asarray([0, 3], device=device),
        dp.asarray([True, False, True, False, True], device=device),
    )
    exp = np.ix_([0, 3], [True, False, True, False, True])
    same_tuple(got, exp)
    assert_same(da[got], na[exp])
    same_tuple(dp.ix_(dp.asarray([], device=device, dtype=dp.int64)), np.ix_([]))
    with pytest.raises(ValueError, match="ix_"):
        dp.ix_(dp.zeros((2, 2), device=device))


@pytest.mark.parametrize("order", ["C", "F"])
def test_ravel_unravel(device, order):
    dims = (3, 4, 5)
    nidx = (np.array([0, 2, 1]), np.array([3, 0, 2]), np.array([4, 1, 0]))
    didx = tuple(dp.asarray(i, device=device) for i in nidx)
    flat = dp.ravel_multi_index(didx, dims, order=order)
    assert_same(flat, np.ravel_multi_index(nidx, dims, order=order))
    same_tuple(
        dp.unravel_index(flat, dims, order=order),
        np.unravel_index(np.ravel_multi_index(nidx, dims, order=order), dims, order=order),
    )
    n2 = np.array([[7, 0], [59, 13]])
    same_tuple(
        dp.unravel_index(dp.asarray(n2, device=device), dims, order=order),
        np.unravel_index(n2, dims, order=order),
    )


@pytest.mark.parametrize("mode", ["wrap", "clip", ("clip", "wrap")])
def test_ravel_multi_index_modes(device, mode):
    nidx = (np.array([-1, 5, 2]), np.array([7, -3, 1]))
    didx = tuple(dp.asarray(i, device=device) for i in nidx)
    assert_same(
        dp.ravel_multi_index(didx, (3, 4), mode=mode), np.ravel_multi_index(nidx, (3, 4), mode=mode)
    )


def test_ravel_unravel_errors(device):
    i = dp.asarray([0, 3], device=device)
    with pytest.raises(ValueError, match="ravel_multi_index.*invalid entry"):
        dp.ravel_multi_index((i, i), (3, 4))
    with pytest.raises(ValueError, match="ravel_multi_index"):
        dp.ravel_multi_index((i,), (3, 4))
    with pytest.raises(TypeError, match="ravel_multi_index"):
        dp.ravel_multi_index((dp.asarray([0.5], device=device),), (3,))
    with pytest.raises(ValueError, match="unravel_index: index 12 is out of bounds"):
        dp.unravel_index(dp.asarray([1, 12], device=device), (3, 4))
    with pytest.raises(ValueError, match="unravel_index"):
        dp.unravel_index(dp.asarray([-1], device=device), (3, 4))
    with pytest.raises(TypeError, match="unravel_index"):
        dp.unravel_index(dp.asarray([1.0], device=device), (3, 4))


# ---------------------------------------------------------------- argwhere / extract / where


@pytest.mark.parametrize("shape", [(0,), (5,), (2, 3), (2, 0, 2)])
def test_argwhere_flatnonzero_extract(device, shape):
    n = (np.arange(np.prod(shape)).reshape(shape) % 3 == 1).astype(np.int32)
    d = dp.asarray(n, device=device)
    assert_same(dp.argwhere(d), np.argwhere(n))
    assert_same(dp.flatnonzero(d), np.flatnonzero(n))
    vals = np.arange(n.size, dtype=np.float32).reshape(shape)
    assert_same(dp.extract(d, dp.asarray(vals, device=device)), np.extract(n, vals))


def test_argwhere_0d(device):
    for v in (0, 3):
        assert_same(dp.argwhere(dp.asarray(v, device=device)), np.argwhere(np.asarray(v)))


def test_where_one_argument(device):
    n = np.array([[0, 2], [3, 0]])
    d = dp.asarray(n, device=device)
    same_tuple(dp.where(d), np.where(n))
    assert_same(dp.where(d > 1, d, -d), np.where(n > 1, n, -n))
    with pytest.raises(ValueError, match="where.*both or neither"):
        dp.where(d, d)
    with pytest.raises(ValueError, match="nonzero"):
        dp.where(dp.asarray(1, device=device))
