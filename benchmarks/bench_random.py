"""dparray.random beside numpy.random.Generator (PCG64), one run per case.

Cases (issue targets in brackets, on the host): random 2^24 float64 [>= 2x], standard_normal
2^24 float32 / float64 [>= 2x], integers(0, 1000, 2^24) [>= 1x], poisson(10, 2^22),
gamma(2.0, 2^22), binomial(100, 0.3, 2^22) [>= 1x each]. Each dparray result is checked
(mean within 6 standard errors of NumPy's) before it is timed. Prints NumPy time / dparray
time (above 1: dparray faster) and writes results/random.json.

    python benchmarks/bench_random.py [--devices host:cpu:0,opencl:cpu:0] [--quick]
"""

import argparse
import math

import harness
import numpy as np

import dparray as dp

CASES = [
    ("random", "float64", 1 << 24, lambda g, n, dt: g.random(n, dtype=dt), 0.5, 1 / 12),
    (
        "standard_normal",
        "float32",
        1 << 24,
        lambda g, n, dt: g.standard_normal(n, dtype=dt),
        0.0,
        1.0,
    ),
    (
        "standard_normal",
        "float64",
        1 << 24,
        lambda g, n, dt: g.standard_normal(n, dtype=dt),
        0.0,
        1.0,
    ),
    (
        "integers(0,1000)",
        "int64",
        1 << 24,
        lambda g, n, dt: g.integers(0, 1000, n),
        499.5,
        (1000**2 - 1) / 12,
    ),
    ("poisson(10)", "int64", 1 << 22, lambda g, n, dt: g.poisson(10.0, n), 10.0, 10.0),
    ("gamma(2.0)", "float64", 1 << 22, lambda g, n, dt: g.gamma(2.0, size=n), 2.0, 2.0),
    ("binomial(100,0.3)", "int64", 1 << 22, lambda g, n, dt: g.binomial(100, 0.3, n), 30.0, 21.0),
]


def _dp_call(g, fn, n, dt, dev):
    # Generator methods take device= except through the lambdas: bind it here.
    class OnDevice:
        def __getattr__(self, name):
            m = getattr(g, name)
            return lambda *a, **k: m(*a, device=dev, **k)

    return fn(OnDevice(), n, dt)


def run(devices, quick):
    rows = []
    for dev in devices:
        g = dp.random.default_rng(1)
        ng = np.random.default_rng(1)
        for op, dt, n, fn, mean, var in CASES:
            if quick:
                n >>= 4
            x = _dp_call(g, fn, n, dt, dev)
            got = dp.asnumpy(x)
            assert str(got.dtype) == dt and got.shape == (n,), (op, got.dtype, got.shape)
            assert abs(got.astype(np.float64).mean() - mean) < 6 * math.sqrt(var / n), (
                op,
                got.mean(),
            )
            q = x.sycl_queue
            t_dp = harness.timeit(
                lambda g=g, fn=fn, n=n, dt=dt, dev=dev: _dp_call(g, fn, n, dt, dev),
                q.wait,
                min_time=0.3,
                repeat=2,
            )
            t_np = harness.timeit(
                lambda ng=ng, fn=fn, n=n, dt=dt: fn(ng, n, dt), min_time=0.3, repeat=2
            )
            row = {
                "family": "random",
                "op": op,
                "dtype": dt,
                "shape": [n],
                "device": dev.filter_string,
                "dparray_s": t_dp,
                "numpy_s": t_np,
                "ratio": t_np / t_dp,
            }
            rows.append(row)
            print(
                f"{dev.filter_string:14s} {op:20s} {dt:8s} n=2^{int(math.log2(n)):<3d} dparray {t_dp * 1e3:8.2f} ms  numpy {t_np * 1e3:8.2f} ms  ratio {t_np / t_dp:6.2f}"
            )
    return rows


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--devices", default="host:cpu:0", help="comma-separated filter strings (default: the host)"
    )
    ap.add_argument("--quick", action="store_true", help="sizes / 16, for a smoke run")
    args = ap.parse_args()
    rows = run(harness.devices_from(args.devices), args.quick)
    harness.write_json("random", {"cases": rows})


if __name__ == "__main__":
    main()
