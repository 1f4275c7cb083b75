"""ufunc cases for bench_numpy.py: NumPy's protocol overhead and the ufunc methods.

- np.add(x, 1) through __array_ufunc__ on a dparray array (1 and 10^6 float64 elements):
  numpy_s is NumPy's own np.add on a NumPy array; "dp_direct_s" is dparray.add(x, 1) called
  directly, and "protocol_over_direct" the ratio (target <= 1.5).
- add.reduce of 2^24 float64 and add.at of 10^6 indices into 10^4 bins, beside NumPy's.
Each result is checked against NumPy before it is timed."""

import harness
import numpy as np

import dparray as dp


def _row(dev, op, a, dparray_s, numpy_s, **extra):
    row = {
        "family": "numpy_ufunc",
        "op": op,
        "dtype": str(a.dtype),
        "shape": list(a.shape),
        "device": dev.filter_string,
        "dparray_s": dparray_s,
        "numpy_s": numpy_s,
    }
    row.update(extra)
    return row


def cases(dev, quick):
    if not dev.has_aspect_fp64:
        return
    rng = np.random.default_rng(0)
    for n in (1, 10**6):
        a = rng.random(n)
        x = dp.asarray(a, device=dev)
        q = x.sycl_queue
        got = np.add(x, 1)
        assert isinstance(got, dp.ndarray)
        np.testing.assert_allclose(dp.asnumpy(got), a + 1)
        via = harness.timeit(lambda x=x: np.add(x, 1), q.wait)
        direct = harness.timeit(lambda x=x: dp.add(x, 1), q.wait)
        yield _row(
            dev,
            "np.add(x,1) via __array_ufunc__",
            a,
            via,
            harness.timeit(lambda a=a: np.add(a, 1)),
            dp_direct_s=direct,
            protocol_over_direct=via / direct,
        )

    n = 1 << (20 if quick else 24)
    a = rng.random(n)
    x = dp.asarray(a, device=dev)
    q = x.sycl_queue
    np.testing.assert_allclose(float(dp.add.reduce(x)), np.add.reduce(a), rtol=1e-9)
    yield _row(
        dev,
        "add.reduce",
        a,
        harness.timeit(lambda: dp.add.reduce(x), q.wait),
        harness.timeit(lambda: np.add.reduce(a)),
    )

    bins, m = 10**4, (10**5 if quick else 10**6)
    idx = rng.integers(0, bins, m)
    vals = rng.random(m)
    di, dv = dp.asarray(idx, device=dev), dp.asarray(vals, device=dev)
    acc, dacc = np.zeros(bins), dp.zeros(bins, device=dev)
    np.add.at(acc, idx, vals)
    dp.add.at(dacc, di, dv)
    np.testing.assert_allclose(dp.asnumpy(dacc), acc, rtol=1e-9)
    yield _row(
        dev,
        "add.at 10^6 -> 10^4",
        vals,
        harness.timeit(lambda: dp.add.at(dacc, di, dv), q.wait),
        harness.timeit(lambda: np.add.at(acc, idx, vals)),
        bins=bins,
    )


if __name__ == "__main__":
    import sys

    quick = "--quick" in sys.argv
    for d in harness.devices_from(None):
        for r in cases(d, quick):
            print(r)
