"""Linear algebra cases for bench_sort_linalg_fft.py: solve, inv, cholesky, eigh, svd (and
det, qr) at 1024 x 1024 float64, and batches of small matrices, each checked against NumPy
before it is timed. Both libraries call OpenBLAS's LAPACK on the host."""

import harness
import numpy as np

import dparray as dp


def _spd(batch, n, rng):
    a = rng.standard_normal((*batch, n, n))
    return a @ np.swapaxes(a, -1, -2) + n * np.eye(n)


def _check(name, got, want, rtol):
    g = [dp.asnumpy(x) for x in got] if isinstance(got, tuple) else dp.asnumpy(got)
    if isinstance(got, tuple):
        for x, y in zip(g, want):
            np.testing.assert_allclose(x, y, rtol=rtol, atol=rtol, err_msg=name)
    else:
        np.testing.assert_allclose(g, want, rtol=rtol, atol=rtol, err_msg=name)


def cases(dev, quick):
    rng = np.random.default_rng(0)
    n = 256 if quick else 1024
    batch = (1000,) if quick else (10000,)
    min_time = 0.1 if quick else 0.3
    L = dp.linalg
    a = _spd((), n, rng)  # symmetric positive definite: valid for every op below
    b = rng.standard_normal((n, 1))
    small = _spd(batch, 4, rng)
    small_b = rng.standard_normal((*batch, 4, 1))
    plan = [
        ("solve", (a, b), L.solve, np.linalg.solve, True),
        ("inv", (a,), L.inv, np.linalg.inv, True),
        ("cholesky", (a,), L.cholesky, np.linalg.cholesky, True),
        ("det", (a / n,), L.det, np.linalg.det, True),
        ("eigh", (a,), lambda x: L.eigh(x).eigenvalues, lambda x: np.linalg.eigh(x)[0], True),
        ("svd", (a,), lambda x: L.svd(x)[1], lambda x: np.linalg.svd(x)[1], True),
        ("qr", (a,), lambda x: L.qr(x).R, lambda x: np.linalg.qr(x).R, False),
        ("inv", (small,), L.inv, np.linalg.inv, True),
        ("solve", (small, small_b), L.solve, np.linalg.solve, True),
        ("det", (small,), L.det, np.linalg.det, True),
        ("eigh", (small,), lambda x: L.eigh(x)[0], lambda x: np.linalg.eigh(x)[0], True),
    ]
    q = None
    for op, args, f_dp, f_np, check in plan:
        xs = [dp.asarray(x, device=dev) for x in args]
        q = xs[0].sycl_queue
        if check:
            _check(op, f_dp(*xs), f_np(*args), 1e-6)
        else:  # QR's signs may differ: compare |R|
            np.testing.assert_allclose(
                np.abs(dp.asnumpy(f_dp(*xs))), np.abs(f_np(*args)), rtol=1e-6, atol=1e-6
            )
        t_dp = harness.timeit(lambda f=f_dp, xs=xs: f(*xs), sync=q.wait, min_time=min_time)
        t_np = harness.timeit(lambda f=f_np, xs=args: f(*xs), min_time=min_time)
        yield {
            "family": "linalg",
            "op": op,
            "dtype": "float64",
            "shape": list(args[0].shape),
            "device": dev.filter_string,
            "dparray_s": t_dp,
            "numpy_s": t_np,
        }
