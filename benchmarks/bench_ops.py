"""Every elementwise op of the catalogue at 10^6 elements beside NumPy, one run.

Each op runs on contiguous arrays of the dtypes NumPy users meet it with (float32 and
float64 for the math, int32 / int64 for the bitwise ops, bool for the logical ones), inputs
in the op's domain. The result is checked against NumPy first (to 1e-5 relative for
float32, 1e-12 for float64: the SIMD math is within 4 ULP), then both are timed, each the
best of three runs of harness.timeit. Ratios are NumPy time / dparray time (above 1:
dparray is faster). JSON goes to results/ops.json.

    python benchmarks/bench_ops.py [--device host] [--ops exp,log] [--n 1000000]
"""

import argparse
import functools
import os
import platform
import warnings

import harness
import numpy as np

import dparray as dp

FLOATS = ("float32", "float64")
INTS = ("int32", "int64")
# (name, number of inputs, dtypes); every op of ops/elementwise_catalogue.h under its NumPy name.
OPS = [
    ("add", 2, FLOATS + INTS),
    ("subtract", 2, FLOATS),
    ("multiply", 2, FLOATS + INTS),
    ("divide", 2, FLOATS),
    ("floor_divide", 2, FLOATS + INTS),
    ("remainder", 2, FLOATS + INTS),
    ("power", 2, FLOATS),
    ("negative", 1, FLOATS),
    ("positive", 1, FLOATS),
    ("abs", 1, FLOATS + INTS),
    ("sign", 1, FLOATS),
    ("square", 1, FLOATS),
    ("maximum", 2, FLOATS),
    ("minimum", 2, FLOATS),
    ("clip", 3, FLOATS),
    ("sqrt", 1, FLOATS),
    ("cbrt", 1, FLOATS),
    ("exp", 1, FLOATS),
    ("exp2", 1, FLOATS),
    ("expm1", 1, FLOATS),
    ("log", 1, FLOATS),
    ("log2", 1, FLOATS),
    ("log10", 1, FLOATS),
    ("log1p", 1, FLOATS),
    ("sin", 1, FLOATS),
    ("cos", 1, FLOATS),
    ("tan", 1, FLOATS),
    ("arcsin", 1, FLOATS),
    ("arccos", 1, FLOATS),
    ("arctan", 1, FLOATS),
    ("arctan2", 2, FLOATS),
    ("sinh", 1, FLOATS),
    ("cosh", 1, FLOATS),
    ("tanh", 1, FLOATS),
    ("arcsinh", 1, FLOATS),
    ("arccosh", 1, FLOATS),
    ("arctanh", 1, FLOATS),
    ("reciprocal", 1, FLOATS),
    ("logaddexp", 2, FLOATS),
    ("logaddexp2", 2, FLOATS),
    ("hypot", 2, FLOATS),
    ("copysign", 2, FLOATS),
    ("nextafter", 2, FLOATS),
    ("signbit", 1, FLOATS),
    ("conj", 1, FLOATS),
    ("floor", 1, FLOATS),
    ("ceil", 1, FLOATS),
    ("trunc", 1, FLOATS),
    ("rint", 1, FLOATS),
    ("equal", 2, FLOATS + INTS),
    ("not_equal", 2, FLOATS),
    ("less", 2, FLOATS + INTS),
    ("less_equal", 2, FLOATS),
    ("greater", 2, FLOATS),
    ("greater_equal", 2, FLOATS),
    ("logical_and", 2, ("bool",)),
    ("logical_or", 2, ("bool",)),
    ("logical_xor", 2, ("bool",)),
    ("logical_not", 1, ("bool",)),
    ("bitwise_and", 2, INTS),
    ("bitwise_or", 2, INTS),
    ("bitwise_xor", 2, INTS),
    ("invert", 1, INTS),
    ("left_shift", 2, INTS),
    ("right_shift", 2, INTS),
    ("bitwise_count", 1, INTS),
    ("gcd", 2, INTS),
    ("lcm", 2, INTS),
    ("isnan", 1, FLOATS),
    ("isinf", 1, FLOATS),
    ("isfinite", 1, FLOATS),
    ("isposinf", 1, FLOATS),
    ("isneginf", 1, FLOATS),
    ("fabs", 1, FLOATS),
    ("float_power", 2, ("float64",)),
    ("fmod", 2, FLOATS),
    ("heaviside", 2, FLOATS),
    ("deg2rad", 1, FLOATS),
    ("rad2deg", 1, FLOATS),
    ("sinc", 1, FLOATS),
    ("i0", 1, ("float64",)),
    ("ldexp", 2, FLOATS),
    ("frexp", 1, FLOATS),
    ("modf", 1, FLOATS),
    ("spacing", 1, FLOATS),
    ("fmax", 2, FLOATS),
    ("fmin", 2, FLOATS),
    ("where", 3, FLOATS),
]


def inputs(name, nin, dtype, n, rng):
    """Arguments in the op's domain (as NumPy arrays)."""
    if dtype == "bool":
        return [rng.random(n) < 0.5 for _ in range(nin)]
    if dtype.startswith("int"):
        return [rng.integers(1, 30, n).astype(dtype) for _ in range(nin)]
    xs = [(rng.random(n) + 0.5).astype(dtype) for _ in range(nin)]
    if name == "arccosh":
        xs = [x + 1 for x in xs]
    elif name in ("arctanh", "arcsin", "arccos"):
        xs = [x - 1 for x in xs]
    elif name == "ldexp":
        xs[1] = rng.integers(-5, 5, n).astype("int32")
    elif name == "where":
        xs[0] = xs[0] > 1
    elif name == "clip":
        xs[1], xs[2] = np.full(n, 0.7, dtype), np.full(n, 1.2, dtype)
    return xs


def check(got, expected, dtype):
    got = got if isinstance(got, tuple) else (got,)
    expected = expected if isinstance(expected, tuple) else (expected,)
    for g, e in zip(got, expected):
        g = dp.asnumpy(g)
        if g.dtype.kind == "f":
            np.testing.assert_allclose(g, e, rtol=1e-5 if dtype == "float32" else 1e-12)
        else:
            np.testing.assert_array_equal(g, e)


def rows(dev, names, n):
    rng = np.random.default_rng(0)
    q = dp.SyclQueue(dev)
    for name, nin, dtypes in OPS:
        if names and name not in names:
            continue
        for dtype in dtypes:
            if dtype == "float64" and not dev.has_aspect_fp64:
                continue
            xs = inputs(name, nin, dtype, n, rng)
            ds = [dp.asarray(x, sycl_queue=q) for x in xs]
            dfn, nfn = getattr(dp, name), getattr(np, name)
            check(dfn(*ds), nfn(*xs), dtype)
            d_call, n_call = functools.partial(dfn, *ds), functools.partial(nfn, *xs)
            t_dp = min(harness.timeit(d_call, q.wait, min_time=0.05) for _ in range(3))
            t_np = min(harness.timeit(n_call, min_time=0.05) for _ in range(3))
            yield {
                "device": dev.filter_string,
                "op": name,
                "dtype": dtype,
                "n": n,
                "dparray_s": t_dp,
                "numpy_s": t_np,
                "ratio": t_np / t_dp,
            }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--device", default="host")
    ap.add_argument("--ops", default="", help="comma-separated op names (default: all)")
    ap.add_argument("--n", type=int, default=10**6)
    args = ap.parse_args()
    warnings.simplefilter("ignore", RuntimeWarning)
    dev = dp.select_device(args.device)
    names = set(args.ops.split(",")) if args.ops else None
    machine = f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores"
    print(f"Machine: {machine}; {dev.filter_string}: {dev.name}")
    print(f"{'op':<14} {'dtype':<8} {'dparray':>10} {'numpy':>10} {'np/dp':>6}")
    out = []
    for r in rows(dev, names, args.n):
        out.append(r)
        flag = "" if r["ratio"] >= 1 else "  below NumPy"
        print(
            f"{r['op']:<14} {r['dtype']:<8} {r['dparray_s'] * 1e3:>8.3f}ms "
            f"{r['numpy_s'] * 1e3:>8.3f}ms {r['ratio']:>6.2f}{flag}",
            flush=True,
        )
    below = [f"{r['op']} {r['dtype']} {r['ratio']:.2f}" for r in out if r["ratio"] < 1]
    print(f"\n{len(out) - len(below)} of {len(out)} at or above NumPy; below: {below or 'none'}")
    harness.write_json("ops", {"machine": machine, "device": dev.filter_string, "rows": out})


if __name__ == "__main__":
    main()
