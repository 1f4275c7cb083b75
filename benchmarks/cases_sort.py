"""Sorting cases for bench_sort_linalg_fft.py: sort / argsort float32 and float64 at 2^20 and
2^24, unique at 2^22, searchsorted of 2^20 values into 2^20 sorted ones. NumPy runs its default
sort (kind=None); dparray's sort is always stable. Each result is checked against NumPy first."""

import harness
import numpy as np

import dparray as dp


def _row(op, dtype, shape, dev, dp_s, np_s):
    return {
        "family": "sort",
        "op": op,
        "dtype": dtype,
        "shape": shape,
        "device": dev.filter_string,
        "dparray_s": dp_s,
        "numpy_s": np_s,
    }


def _time(dev, fn, x, npfn, a, big):
    q = x.sycl_queue
    # Long device runs: one timed call per batch is enough.
    kw = {"min_time": 0.05, "repeat": 2} if big else {}
    return harness.timeit(lambda: fn(x), q.wait, **kw), harness.timeit(lambda: npfn(a), **kw)


def cases(dev, quick):
    rng = np.random.default_rng(0)
    sizes = [1 << 16, 1 << 18] if quick else [1 << 20, 1 << 24]
    dtypes = ["float32", "float64"] if dev.has_aspect_fp64 else ["float32"]
    for n in sizes:
        for dt in dtypes:
            a = rng.random(n).astype(dt)
            x = dp.asarray(a, device=dev)
            np.testing.assert_array_equal(dp.asnumpy(dp.sort(x)), np.sort(a))
            np.testing.assert_array_equal(dp.asnumpy(dp.argsort(x)), np.argsort(a, kind="stable"))
            big = n >= 1 << 22
            yield _row("sort", dt, (n,), dev, *_time(dev, dp.sort, x, np.sort, a, big))
            yield _row("argsort", dt, (n,), dev, *_time(dev, dp.argsort, x, np.argsort, a, big))

    n = 1 << 18 if quick else 1 << 22
    dt = "float64" if dev.has_aspect_fp64 else "float32"
    a = rng.integers(0, n // 16, n).astype(dt)  # about 16 copies of each value
    x = dp.asarray(a, device=dev)
    np.testing.assert_array_equal(dp.asnumpy(dp.unique_values(x)), np.unique(a))
    yield _row("unique", dt, (n,), dev, *_time(dev, dp.unique_values, x, np.unique, a, True))

    n = 1 << 16 if quick else 1 << 20
    hay = np.sort(rng.random(n).astype(dt))
    v = rng.random(n).astype(dt)
    h, xv = dp.asarray(hay, device=dev), dp.asarray(v, device=dev)
    np.testing.assert_array_equal(dp.asnumpy(dp.searchsorted(h, xv)), np.searchsorted(hay, v))
    yield _row(
        "searchsorted",
        dt,
        (n,),
        dev,
        harness.timeit(lambda: dp.searchsorted(h, xv), h.sycl_queue.wait),
        harness.timeit(lambda: np.searchsorted(hay, v)),
    )
