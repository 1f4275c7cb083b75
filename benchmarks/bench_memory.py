"""Bounded memory without mid-size cliffs: elementwise ops at 10^6 beside NumPy, alone and
interleaved with 2^24 work, and the peak memory of 1,000 queued expressions.

1. Every elementwise op family at 10^6 elements (arithmetic, division, comparison, bitwise,
   math, unary, and the `a*b+c` expression), timed in isolation.
2. The same ops interleaved: each round first runs `A*B+C` on 2^24 elements (its 64-128 MiB
   temporaries go through the allocator), then the 10^6 op; only the 10^6 op is timed.
   dparray's and NumPy's rounds alternate, and each reports its median round.
3. 1,000 queued `a*b+c` on 10^6 float32 before one wait(): the peak RSS of a fresh process,
   with the default in-flight bounds and with back-pressure effectively off.

Ratios are NumPy time / dparray time (above 1: dparray is faster). Each result is checked
against NumPy first. JSON goes to results/bench_memory.json.

    python benchmarks/bench_memory.py [--devices host,opencl:cpu:0] [--quick]
"""

import argparse
import functools
import json
import os
import platform
import subprocess
import sys
import textwrap
import time

import harness
import numpy as np

import dparray as dp

N_SMALL = 10**6
N_BIG = 1 << 24


def _ops():
    """(family, name, dtype, dparray fn, numpy fn, arity) of every elementwise op family."""
    return [
        ("arith", "add", "float64", dp.add, np.add, 2),
        ("arith", "add", "float32", dp.add, np.add, 2),
        ("arith", "subtract", "float64", dp.subtract, np.subtract, 2),
        ("arith", "multiply", "float32", dp.multiply, np.multiply, 2),
        ("arith", "add", "int64", dp.add, np.add, 2),
        ("division", "divide", "float64", dp.divide, np.divide, 2),
        ("division", "floor_divide", "int32", dp.floor_divide, np.floor_divide, 2),
        ("compare", "less", "float64", dp.less, np.less, 2),
        ("compare", "equal", "int32", dp.equal, np.equal, 2),
        ("bitwise", "bitwise_and", "int32", dp.bitwise_and, np.bitwise_and, 2),
        ("bitwise", "left_shift", "int64", dp.left_shift, np.left_shift, 2),
        ("logical", "logical_and", "bool", dp.logical_and, np.logical_and, 2),
        ("unary", "negative", "float64", dp.negative, np.negative, 1),
        ("unary", "abs", "float32", dp.abs, np.abs, 1),
        ("math", "sqrt", "float64", dp.sqrt, np.sqrt, 1),
        ("math", "exp", "float32", dp.exp, np.exp, 1),
        ("math", "sin", "float64", dp.sin, np.sin, 1),
        ("minmax", "maximum", "float32", dp.maximum, np.maximum, 2),
        (
            "cast",
            "astype",
            "float32",
            lambda x: x.astype("float64"),
            lambda x: x.astype("float64"),
            1,
        ),
        ("expr", "a*b+c", "float32", lambda a, b, c: a * b + c, lambda a, b, c: a * b + c, 3),
        ("expr", "a*b+c", "float64", lambda a, b, c: a * b + c, lambda a, b, c: a * b + c, 3),
    ]


def _inputs(dtype, arity, n, rng):
    if dtype == "bool":
        return [rng.random(n) < 0.5 for _ in range(arity)]
    if dtype.startswith("int"):
        hi = 30 if arity == 2 else 1000
        return [rng.integers(1, hi, n).astype(dtype) for _ in range(arity)]
    return [(rng.random(n) + 0.5).astype(dtype) for _ in range(arity)]


def _check(got, expected, dtype):
    g = dp.asnumpy(got)
    if dtype in ("float32",):
        np.testing.assert_allclose(g, expected, rtol=2e-6)
    elif g.dtype.kind == "f":
        np.testing.assert_allclose(g, expected, rtol=1e-12)
    else:
        np.testing.assert_array_equal(g, expected)


def _interleaved(d_call, sync, big_dp, n_call, big_np, reps, rounds):
    """Seconds per call of dparray's and NumPy's op, each batch of `reps` calls run right
    after its library's 2^24 work. The two alternate round by round, so that both see the
    same machine (a shared VM's neighbours come and go), and each reports the median round."""
    d_times, n_times = [], []
    for _ in range(rounds):
        big_dp()
        sync()
        t0 = time.perf_counter()
        for _ in range(reps):
            d_call()
        sync()
        d_times.append((time.perf_counter() - t0) / reps)
        big_np()
        t0 = time.perf_counter()
        for _ in range(reps):
            n_call()
        n_times.append((time.perf_counter() - t0) / reps)
    return float(np.median(d_times)), float(np.median(n_times))


def elementwise_rows(dev, quick):
    rng = np.random.default_rng(0)
    q = dp.SyclQueue(dev)
    fp64 = dev.has_aspect_fp64
    big_dt = "float64" if fp64 else "float32"
    nb = N_BIG >> 4 if quick else N_BIG
    bn = [np.ones(nb, dtype=big_dt) for _ in range(3)]
    bd = [dp.asarray(x, sycl_queue=q) for x in bn]

    def big_dp():
        return bd[0] * bd[1] + bd[2]

    def big_np():
        return bn[0] * bn[1] + bn[2]

    rounds, reps = (5, 5) if quick else (30, 10)
    min_time = 0.05 if quick else 0.2
    for family, name, dtype, dfn, nfn, arity in _ops():
        if "float64" in (dtype,) and not fp64:
            continue
        if name == "astype" and not fp64:
            continue
        xs = _inputs(dtype, arity, N_SMALL, rng)
        ds = [dp.asarray(x, sycl_queue=q) for x in xs]
        _check(dfn(*ds), nfn(*xs), dtype)
        d_call = functools.partial(dfn, *ds)
        n_call = functools.partial(nfn, *xs)
        iso_dp = harness.timeit(d_call, q.wait, min_time=min_time)
        iso_np = harness.timeit(n_call, min_time=min_time)
        il_dp, il_np = _interleaved(d_call, q.wait, big_dp, n_call, big_np, reps, rounds)
        yield {
            "device": dev.filter_string,
            "family": family,
            "op": name,
            "dtype": dtype,
            "n": N_SMALL,
            "interleaved_with_n": nb,
            "isolated_dparray_s": iso_dp,
            "isolated_numpy_s": iso_np,
            "isolated_ratio": iso_np / iso_dp,
            "interleaved_dparray_s": il_dp,
            "interleaved_numpy_s": il_np,
            "interleaved_ratio": il_np / il_dp,
        }


QUEUED = """
import json, time, numpy as np, dparray as dp
q = dp.SyclQueue({device!r})
n = 10**6
an = np.arange(n, dtype=np.float32) / n
a, b, c = (dp.asarray(an + k, sycl_queue=q) for k in range(3))
r = a * b + c
q.wait()
t0 = time.perf_counter()
for _ in range(1000):
    r = a * b + c
q.wait()
t = time.perf_counter() - t0
assert np.allclose(dp.asnumpy(r), an * (an + 1) + (an + 2))
with open("/proc/self/status") as f:
    peak = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
print(json.dumps({{"peak_kib": peak, "seconds": t}}))
"""


def queued_rows(dev):
    settings = {
        "default bounds": {},
        "no back-pressure": {
            "DPARRAY_MAX_INFLIGHT_BYTES": "1T",
            "DPARRAY_MAX_INFLIGHT_COMMANDS": "1000000",
        },
    }
    for label, extra in settings.items():
        env = dict(os.environ)
        env.update(extra)
        proc = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(QUEUED.format(device=dev.filter_string))],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
            check=True,
        )
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        yield {
            "device": dev.filter_string,
            "case": "1000 queued a*b+c, 10^6 float32",
            "setting": label,
            "peak_rss_mib": r["peak_kib"] / 1024,
            "seconds": r["seconds"],
        }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devices", default="host", help="comma-separated filter strings")
    ap.add_argument("--quick", action="store_true", help="2^20 big arrays, shorter timings")
    ap.add_argument("--skip-queued", action="store_true")
    args = ap.parse_args()
    devices = harness.devices_from(args.devices)
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    print(
        f"inflight limits {dp.get_inflight_limits()}, allocator limit {dp.get_allocator_limit()}\n"
    )
    rows, queued = [], []
    hdr = (
        f"{'device':<14} {'op':<14} {'dtype':<8} {'alone dp':>10} {'numpy':>9} {'np/dp':>6}"
        f" {'interleaved dp':>15} {'numpy':>9} {'np/dp':>6}"
    )
    for dev in devices:
        print(f"== 10^6-element ops on {dev.filter_string}: {dev.name}")
        print(hdr)
        for r in elementwise_rows(dev, args.quick):
            rows.append(r)
            print(
                f"{r['device']:<14} {r['op']:<14} {r['dtype']:<8} "
                f"{r['isolated_dparray_s'] * 1e3:>8.3f}ms {r['isolated_numpy_s'] * 1e3:>7.3f}ms "
                f"{r['isolated_ratio']:>6.2f} {r['interleaved_dparray_s'] * 1e3:>13.3f}ms "
                f"{r['interleaved_numpy_s'] * 1e3:>7.3f}ms {r['interleaved_ratio']:>6.2f}",
                flush=True,
            )
        worst = min(min(r["isolated_ratio"], r["interleaved_ratio"]) for r in rows)
        print(f"lowest ratio on {dev.filter_string}: {worst:.2f}\n")
        if not args.skip_queued:
            for r in queued_rows(dev):
                queued.append(r)
                print(
                    f"{r['device']:<14} {r['case']} ({r['setting']}): "
                    f"peak RSS {r['peak_rss_mib']:.0f} MiB, {r['seconds']:.2f} s"
                )
            print()
    harness.write_json(
        "bench_memory",
        {
            "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores",
            "inflight_limits": dp.get_inflight_limits(),
            "allocator_limit": dp.get_allocator_limit(),
            "elementwise": rows,
            "queued": queued,
        },
    )


if __name__ == "__main__":
    main()
