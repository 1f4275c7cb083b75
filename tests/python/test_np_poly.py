"""Polynomial functions and window functions against NumPy on every device."""

import warnings

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp

P = np.array([1.0, -2.0, 3.0])
Q = np.array([2.0, 1.0])


def on(device, *xs):
    return [dp.asarray(x, device=device) for x in xs]


@pytest.mark.parametrize(
    "roots",
    [
        np.array([1, 2]),
        np.array([1.0, 2.0], np.float32),
        np.array([1j, -1j]),
        np.array([1 + 1j, 2.0]),
        np.array([3.0]),
    ],
)
def test_poly_of_roots(device, roots):
    assert_same(dp.poly(dp.asarray(roots, device=device)), np.poly(roots), rtol=1e-6)


def test_poly_of_matrix_and_empty(device):
    m = np.array([[1.0, 2.0], [3.0, 4.0]])
    assert_same(dp.poly(dp.asarray(m, device=device)), np.poly(m), rtol=1e-12)
    assert dp.poly(dp.zeros((0,), device=device)) == np.poly([]) == 1.0
    with pytest.raises(ValueError, match="poly"):
        dp.poly(dp.ones((2, 3), device=device))


@pytest.mark.parametrize("fn", ["polyadd", "polysub", "polymul"])
@pytest.mark.parametrize(
    "a,b", [(P, Q), (Q, P), (np.array([1, 2]), np.array([3, 4, 5])), (np.array([2.0]), P)]
)
def test_arithmetic(device, fn, a, b):
    assert_same(getattr(dp, fn)(*on(device, a, b)), getattr(np, fn)(a, b), rtol=1e-12)


@pytest.mark.parametrize(
    "u,v",
    [
        (P, Q),
        (np.array([1.0, 2.0]), P),
        (np.array([1.0, 3, 3, 1]), np.array([1.0, 1])),
        (np.array([4, 2]), np.array([2])),
    ],
)
def test_polydiv(device, u, v):
    q, r = dp.polydiv(*on(device, u, v))
    nq, nr = np.polydiv(u, v)
    assert_same(q, nq, rtol=1e-12)
    assert_same(r, nr, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("m", [0, 1, 2, 3, 5])
def test_polyder(device, m):
    assert_same(dp.polyder(dp.asarray(P, device=device), m), np.polyder(P, m))
    ints = np.array([4, 3, 2, 1])
    assert_same(dp.polyder(dp.asarray(ints, device=device), m), np.polyder(ints, m))


def test_polyint(device):
    (p,) = on(device, P)
    assert_same(dp.polyint(p), np.polyint(P), rtol=1e-12)
    assert_same(
        dp.polyint(p, 3, k=[1.0, 2.0, 3.0]), np.polyint(P, 3, k=[1.0, 2.0, 3.0]), rtol=1e-12
    )
    assert_same(dp.polyint(p, 2, k=5.0), np.polyint(P, 2, k=5.0), rtol=1e-12)
    assert_same(dp.polyint(p, 0), np.polyint(P, 0))
    with pytest.raises(ValueError, match="polyint"):
        dp.polyint(p, -1)
    with pytest.raises(ValueError, match="polyint"):
        dp.polyint(p, 3, k=[1.0, 2.0])
    with pytest.raises(ValueError, match="polyder"):
        dp.polyder(p, -1)


def test_polyval(device):
    x = np.array([[0.5, -1.0], [2.0, np.nan]])
    assert_same(dp.polyval(*on(device, P, x)), np.polyval(P, x), rtol=1e-12)
    assert_same(dp.polyval(dp.asarray(P, device=device), 2.0), np.polyval(P, 2.0), rtol=1e-12)
    ip, ix = np.array([1, 2, 3]), np.array([1, 2])
    assert_same(dp.polyval(*on(device, ip, ix)), np.polyval(ip, ix))


@pytest.mark.parametrize(
    "p",
    [
        np.array([1.0, -3, 2]),
        np.array([1.0, 0, 1]),
        np.array([0.0, 1, 2, 0, 0]),
        np.array([2.0]),
        np.array([0.0, 0.0]),
        np.array([1, -6, 11, -6]),
    ],
)
def test_roots(device, p):
    got = dp.asnumpy(dp.roots(dp.asarray(p, device=device)))
    want = np.roots(p)
    assert got.dtype == want.dtype and got.shape == want.shape
    np.testing.assert_allclose(np.sort_complex(got), np.sort_complex(want), rtol=1e-10, atol=1e-12)


def test_polyfit(device):
    x = np.linspace(0, 1, 20)
    y = x**2 + 0.1 * np.sin(40 * x)
    dx, dy = on(device, x, y)
    assert_same(dp.polyfit(dx, dy, 2), np.polyfit(x, y, 2), rtol=1e-10)
    c, res, rank, sv, rc = dp.polyfit(dx, dy, 3, full=True)
    nc, nres, nrank, nsv, nrc = np.polyfit(x, y, 3, full=True)
    assert_same(c, nc, rtol=1e-10)
    assert_same(res, nres, rtol=1e-8)
    assert rank == nrank and rc == nrc
    assert_same(sv, nsv, rtol=1e-10)
    for cov in (True, "unscaled"):
        c, v = dp.polyfit(dx, dy, 2, cov=cov)
        nc, nv = np.polyfit(x, y, 2, cov=cov)
        assert_same(v, nv, rtol=1e-8)
    y2 = np.stack([y, 2 * y + 1], axis=1)
    w = np.linspace(1, 2, 20)
    assert_same(
        dp.polyfit(dx, dp.asarray(y2, device=device), 2, w=dp.asarray(w, device=device)),
        np.polyfit(x, y2, 2, w=w),
        rtol=1e-10,
    )


def test_polyfit_errors_and_rank_warning(device):
    x = dp.asarray(np.linspace(0, 1, 5), device=device)
    with pytest.raises(ValueError, match="polyfit"):
        dp.polyfit(x, x, -1)
    with pytest.raises(TypeError, match="polyfit"):
        dp.polyfit(dp.ones((2, 2), device=device), x, 1)
    with pytest.raises(TypeError, match="polyfit"):
        dp.polyfit(x, dp.ones(4, device=device), 1)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        dp.polyfit(dp.ones(5, device=device), x, 3)
    assert any(issubclass(i.category, dp.RankWarning) for i in w)


@pytest.mark.parametrize("name", ["bartlett", "blackman", "hamming", "hanning"])
@pytest.mark.parametrize("M", [-1, 0, 1, 2, 7, 16])
def test_windows(device, name, M):
    got = getattr(dp, name)(M, device=device)
    assert_same(got, getattr(np, name)(M), rtol=1e-12, atol=1e-15)
    assert got.sycl_device == device


@pytest.mark.parametrize(
    "M,beta", [(0, 5.0), (1, 5.0), (5, 0.0), (12, 14.0), (33, 8.6), (16, 40.0)]
)
def test_kaiser(device, M, beta):
    assert_same(dp.kaiser(M, beta, device=device), np.kaiser(M, beta), rtol=1e-12, atol=1e-15)


def test_window_errors():
    with pytest.raises(TypeError, match="hanning"):
        dp.hanning(2.5)
    with pytest.raises(TypeError, match="kaiser"):
        dp.kaiser(4, "x")


POLYINT_FP32 = """
import numpy as np, dparray as dp
q = dp.Queue("opencl:cpu:0")
assert not q.sycl_device.has_aspect_fp64
p = dp.asarray(np.array([3.0, 2.0, 1.0], np.float32), device=q)
got = dp.polyint(p, 2)
assert got.dtype == dp.float32, got.dtype
assert np.allclose(dp.asnumpy(got), np.polyint([3.0, 2.0, 1.0], 2), rtol=1e-6)
print("ok")
"""


@pytest.mark.skipif(
    "opencl:cpu:0" not in [d.filter_string for d in dp.get_devices()], reason="no opencl:cpu:0"
)
def test_polyint_default_constants_on_a_float32_only_device():
    import os
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-c", POLYINT_FP32],
        capture_output=True,
        text=True,
        env=dict(os.environ, DPARRAY_OPENCL_NO_FP64="1"),
        check=False,
    )
    assert proc.returncode == 0 and "ok" in proc.stdout, proc.stderr[-2000:]
