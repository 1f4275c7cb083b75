"""NumPy's set functions against NumPy 2 on every device: intersect1d (assume_unique,
return_indices), union1d, setdiff1d, setxor1d, and unique with axis= (lexicographic rows,
return_index / return_inverse / return_counts, equal_nan), with their errors."""

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp

A = np.array([5, 1, 3, 3, 9, 1, 0, 7], dtype=np.int32)
B = np.array([[3, 8], [1, 1], [10, 5]], dtype=np.int64)


def same_tuple(got, expected):
    assert isinstance(got, tuple) and len(got) == len(expected)
    for g, e in zip(got, expected):
        assert_same(g, e)


@pytest.mark.parametrize("return_indices", [False, True])
def test_intersect1d(device, return_indices):
    da, db = dp.asarray(A, device=device), dp.asarray(B, device=device)
    got = dp.intersect1d(da, db, return_indices=return_indices)
    exp = np.intersect1d(A, B, return_indices=return_indices)
    if return_indices:
        same_tuple(got, exp)
    else:
        assert_same(got, exp)


def test_intersect1d_assume_unique_and_lists(device):
    ua, ub = np.array([4, 1, 9, 2]), np.array([2, 7, 4])
    da = dp.asarray(ua, device=device)
    same_tuple(
        dp.intersect1d(da, [2, 7, 4], assume_unique=True, return_indices=True),
        np.intersect1d(ua, ub, assume_unique=True, return_indices=True),
    )
    assert_same(dp.intersect1d(da, dp.asarray(ub[:0], device=device)), np.intersect1d(ua, ub[:0]))


def test_union_setdiff_setxor(device):
    da, db = dp.asarray(A, device=device), dp.asarray(B, device=device)
    assert_same(dp.union1d(da, db), np.union1d(A, B))
    assert_same(dp.setdiff1d(da, db), np.setdiff1d(A, B))
    assert_same(dp.setxor1d(da, db), np.setxor1d(A, B))
    u = np.unique(A)
    du = dp.asarray(u, device=device)
    assert_same(dp.setdiff1d(du, db, assume_unique=True), np.setdiff1d(u, B, assume_unique=True))
    assert_same(
        dp.setxor1d(du, dp.unique(db), assume_unique=True),
        np.setxor1d(u, np.unique(B), assume_unique=True),
    )


def test_sets_floats_and_empty(device):
    x = np.array([0.5, -0.0, 2.5, np.inf], dtype=np.float32)
    y = np.array([0.0, 2.5, -1.0], dtype=np.float32)
    dx, dy = dp.asarray(x, device=device), dp.asarray(y, device=device)
    for f in ("union1d", "setdiff1d", "setxor1d", "intersect1d"):
        assert_same(getattr(dp, f)(dx, dy), getattr(np, f)(x, y))
        assert_same(getattr(dp, f)(dx[:0], dy[:0]), getattr(np, f)(x[:0], y[:0]))


def test_sets_errors():
    with pytest.raises(TypeError, match="union1d"):
        dp.union1d([1, 2], [3])
    with pytest.raises(TypeError, match="setxor1d"):
        dp.setxor1d(np.arange(2), np.arange(2))


@pytest.mark.parametrize("axis", [0, 1, -1])
def test_unique_axis(device, axis):
    n = np.array([[1, 0, 1], [2, 3, 2], [1, 0, 1], [2, 3, 2], [0, 9, 0]], dtype=np.int16)
    d = dp.asarray(n, device=device)
    same_tuple(
        dp.unique(d, True, True, True, axis=axis),
        np.unique(n, True, True, True, axis=axis),
    )
    assert_same(dp.unique(d, axis=axis), np.unique(n, axis=axis))


def test_unique_axis_3d_float_nan(device):
    rng = np.random.default_rng(0)
    n = rng.integers(0, 2, size=(3, 4, 2)).astype(np.float32)
    d = dp.asarray(n, device=device)
    same_tuple(dp.unique(d, return_counts=True, axis=1), np.unique(n, return_counts=True, axis=1))
    m = np.array([[np.nan, 1.0], [np.nan, 1.0], [0.0, 2.0]], dtype=np.float32)
    dm = dp.asarray(m, device=device)
    same_tuple(dp.unique(dm, return_counts=True, axis=0), np.unique(m, return_counts=True, axis=0))


def test_unique_axis_empty_and_errors(device):
    n = np.zeros((0, 3), dtype=np.int32)
    d = dp.asarray(n, device=device)
    same_tuple(dp.unique(d, True, True, True, axis=0), np.unique(n, True, True, True, axis=0))
    with pytest.raises(IndexError, match="unique"):
        dp.unique(d, axis=2)
    with pytest.raises(TypeError, match="unique"):
        dp.unique(d, axis=1.5)
    with pytest.raises(TypeError, match="unique"):
        dp.unique(np.zeros(3), axis=0)


def test_unique_axis_none_unchanged(device):
    n = np.array([[3, 1], [1, 2]])
    d = dp.asarray(n, device=device)
    same_tuple(dp.unique(d, return_inverse=True), np.unique(n, return_inverse=True))
