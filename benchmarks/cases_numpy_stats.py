"""Statistics cases for bench_numpy.py: histogram (2^24 float64 into 256 bins), bincount,
median (2^24 float64) and percentile beside NumPy. Each result is checked against NumPy
before it is timed."""

import harness
import numpy as np

import dparray as dp


def _row(dev, op, a, got, want, fd, fn, x):
    for g, w in zip(got, want):
        g = dp.asnumpy(g)
        assert g.shape == np.shape(w), (op, g.shape, np.shape(w))
        assert np.allclose(g, w, rtol=1e-12, atol=0), op
    q = x.sycl_queue
    return {
        "family": "numpy_stats",
        "op": op,
        "dtype": str(a.dtype),
        "shape": list(a.shape),
        "device": dev.filter_string,
        "dparray_s": harness.timeit(fd, q.wait),
        "numpy_s": harness.timeit(fn),
    }


def cases(dev, quick):
    if not dev.has_aspect_fp64:
        return
    rng = np.random.default_rng(0)
    n = 1 << (20 if quick else 24)
    a = rng.standard_normal(n)
    x = dp.asarray(a, device=dev)

    def hist_d():
        return dp.histogram(x, bins=256, range=(-4.0, 4.0))

    def hist_n():
        return np.histogram(a, bins=256, range=(-4.0, 4.0))

    yield _row(dev, "histogram(bins=256)", a, hist_d(), hist_n(), hist_d, hist_n, x)

    ints = rng.integers(0, 1 << 16, n)
    xi = dp.asarray(ints, device=dev)
    yield _row(
        dev,
        "bincount",
        ints,
        [dp.bincount(xi)],
        [np.bincount(ints)],
        lambda: dp.bincount(xi),
        lambda: np.bincount(ints),
        xi,
    )
    yield _row(
        dev,
        "median",
        a,
        [dp.median(x)],
        [np.median(a)],
        lambda: dp.median(x),
        lambda: np.median(a),
        x,
    )
    qs = [5.0, 25.0, 50.0, 75.0, 95.0]
    yield _row(
        dev,
        "percentile(5 q)",
        a,
        [dp.percentile(x, qs)],
        [np.percentile(a, qs)],
        lambda: dp.percentile(x, qs),
        lambda: np.percentile(a, qs),
        x,
    )
