"""NumPy's protocols on dparray.ndarray: __array_ufunc__ (numpy ufuncs and their methods run
dparray's ufunc of the same name on the array's queue), __array_function__ (NEP 18: numpy
functions dispatch to dparray's function of the same name, NotImplemented where it has none),
__array_priority__ and __array__(dtype, copy) per NumPy 2."""

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp


def test_array_ufunc_call_and_methods(device):
    a = np.arange(1.0, 7.0).reshape(2, 3)
    x = dp.asarray(a, device=device)
    for got, exp in [
        (np.add(x, 1), a + 1),
        (np.sin(x), np.sin(a)),
        (np.multiply(2, x), 2 * a),
        (np.add.reduce(x), np.add.reduce(a)),
        (np.add.reduce(x, axis=None), np.add.reduce(a, axis=None)),
        (np.maximum.accumulate(x, axis=1), np.maximum.accumulate(a, axis=1)),
        (np.add.outer(x[0], x[1]), np.add.outer(a[0], a[1])),
        (np.add.reduceat(x, [0, 2], axis=1), np.add.reduceat(a, [0, 2], axis=1)),
        (np.absolute(-x), a),
        (np.power(x, 2), a**2),
        (np.equal(x, x), np.ones((2, 3), bool)),
    ]:
        assert isinstance(got, dp.ndarray)
        assert got.device == x.device
        assert_same(got, exp)
    o = dp.zeros((2, 3), device=device)
    assert np.add(x, 1, out=o) is o
    assert_same(o, a + 1)
    y = dp.zeros(4, device=device)
    assert np.add.at(y, dp.asarray([0, 0, 3], device=device), 1.0) is None
    assert_same(y, np.array([2.0, 0, 0, 1.0]))
    assert float(np.sum(x)) == a.sum()


def test_array_ufunc_mixed_and_missing(device):
    x = dp.arange(3, device=device)
    with pytest.raises(TypeError, match="numpy.ndarray"):
        np.add(x, np.arange(3))
    with pytest.raises(TypeError, match="numpy.ndarray"):
        np.arange(3) + x
    with pytest.raises(TypeError, match="numpy.ndarray"):
        x + np.arange(3)
    with pytest.raises(TypeError):  # NumPy datetime ufunc: dparray has none -> NotImplemented
        np.isnat(x)
    r = np.float64(2.0) * x  # NumPy scalars stay typed scalars
    assert isinstance(r, dp.ndarray)
    assert_same(r, 2.0 * np.arange(3))


def test_array_function_dispatch(device, fp64):
    a = np.arange(1.0, 5.0)
    x = dp.asarray(a, device=device)
    m = dp.mean(x)
    assert isinstance(np.mean(x), dp.ndarray) and float(np.mean(x)) == float(m)
    r = np.concatenate([x, x]) if hasattr(dp, "concatenate") else np.stack([x, x])
    assert isinstance(r, dp.ndarray) and r.device == x.device
    A = np.array([[3.0, 1.0], [1.0, 2.0]])
    if fp64:
        s = np.linalg.solve(dp.asarray(A, device=device), dp.asarray([9.0, 8.0], device=device))
        assert isinstance(s, dp.ndarray)
        assert_same(s, np.linalg.solve(A, [9.0, 8.0]))
        f = np.fft.fft(x)
        assert isinstance(f, dp.ndarray)
        assert_same(f, np.fft.fft(a))
    assert_same(np.sum(x, initial=1.0), a.sum() + 1.0)


def test_array_function_not_implemented(device):
    x = dp.arange(4.0, device=device)
    from dparray import _np_protocols

    missing = [
        n
        for n in [
            "busday_count",
            "nanpercentile",
            "polyfit",
            "histogramdd",
            "einsum_path",
            "savetxt",
        ]
        if hasattr(np, n) and not hasattr(dp, n)
    ]
    func = np.lib.stride_tricks.sliding_window_view  # numpy.lib.*: never dispatched
    with pytest.raises(TypeError, match="no implementation found"):
        func(x, 2)
    if missing:
        with pytest.raises(TypeError, match="no implementation found"):
            getattr(np, missing[0])(x, 2)
    assert _np_protocols._cache  # lookups are cached


def test_array_conversion(device):
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    x = dp.asarray(a, device=device)
    assert x.__array_priority__ > 0
    h = np.asarray(x)
    assert isinstance(h, np.ndarray) and h.dtype == np.float32
    np.testing.assert_array_equal(h, a)
    np.testing.assert_array_equal(np.asarray(x, dtype=np.float64), a.astype(np.float64))
    c = np.array(x, copy=True)
    c[0, 0] = 99
    assert float(x[0, 0]) == 0.0
    # copy=False: dparray memory belongs to an asynchronous queue; NumPy gets copies only
    with pytest.raises(ValueError, match="copy"):
        np.asarray(x, copy=False)
