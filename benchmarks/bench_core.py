"""Foundation benchmark: dparray beside NumPy (and PyOpenCL on OpenCL devices) in one run.

Measures the machine's memory bandwidth (STREAM triad over all cores), then times add, a*b+c,
exp and sum at 1, 10^3, 10^6 and 2^24 elements in float32 and float64, and a 2048x2048 matmul,
on every dparray device. Prints ratios (peer time / dparray time: above 1 means dparray is
faster), writes JSON and a PNG plot to benchmarks/results/.

    python benchmarks/bench_core.py [--quick] [--devices host:cpu:0,opencl:cpu:0]
"""

import argparse
import json
import os
import platform

import harness
import numpy as np

import dparray as dp

SIZES = [1, 10**3, 10**6, 2**24]
DTYPES = ["float32", "float64"]
# name -> (function of a module-like namespace, arrays read + written per element)
OPS = {
    "add": (lambda m, a, b, c: m.add(a, b) if hasattr(m, "add") else a + b, 3),
    "a*b+c": (lambda m, a, b, c: a * b + c, 4),
    "exp": (lambda m, a, b, c: m.exp(a), 2),
    "sum": (lambda m, a, b, c: m.sum(a), 1),
}
RESULTS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")


def timeit(fn, sync, min_time=0.2, max_reps=100000):
    """Seconds per call: the best of 3 batches, each at least min_time long."""
    return harness.timeit(fn, sync, min_time=min_time, max_reps=max_reps)


def numpy_case(op, dtype, n):
    rng = np.random.default_rng(0)
    a, b, c = (rng.random(n).astype(dtype) for _ in range(3))
    fn = OPS[op][0]
    return timeit(lambda: fn(np, a, b, c), lambda: None)


def dparray_case(dev, op, dtype, n):
    rng = np.random.default_rng(0)
    a, b, c = (dp.asarray(rng.random(n).astype(dtype), device=dev) for _ in range(3))
    q = a.sycl_queue
    fn = OPS[op][0]
    return timeit(lambda: fn(dp, a, b, c), q.wait)


def pyopencl_context(dev):
    """A PyOpenCL queue on the same OpenCL device as `dev`, or None."""
    try:
        import pyopencl as cl
    except ImportError:
        return None
    for p in cl.get_platforms():
        for d in p.get_devices():
            if d.name.strip() == dev.name.strip():
                ctx = cl.Context([d])
                return ctx, cl.CommandQueue(ctx)
    return None


def pyopencl_case(clq, op, dtype, n):
    import pyopencl.array as cla
    from pyopencl import clmath

    _, queue = clq
    rng = np.random.default_rng(0)
    a, b, c = (cla.to_device(queue, rng.random(n).astype(dtype)) for _ in range(3))
    fns = {
        "add": lambda: a + b,
        "a*b+c": lambda: a * b + c,
        "exp": lambda: clmath.exp(a),
        "sum": lambda: cla.sum(a),
    }
    return timeit(fns[op], queue.finish)


def matmul_case(dev, dtype, n=2048):
    rng = np.random.default_rng(0)
    a_np, b_np = rng.random((n, n)).astype(dtype), rng.random((n, n)).astype(dtype)
    t_np = timeit(lambda: a_np @ b_np, lambda: None, min_time=1.0, max_reps=20)
    a, b = dp.asarray(a_np, device=dev), dp.asarray(b_np, device=dev)
    t_dp = timeit(lambda: a @ b, a.sycl_queue.wait, min_time=1.0, max_reps=20)
    return t_dp, t_np


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--quick", action="store_true", help="smaller sizes, shorter timings")
    ap.add_argument("--devices", default=None, help="comma-separated filter strings (default: all)")
    ap.add_argument("--no-plot", action="store_true")
    args = ap.parse_args()
    sizes = [1, 10**3, 10**6] if args.quick else SIZES
    devices = (
        [dp.select_device(s) for s in args.devices.split(",")]
        if args.devices
        else list(dp.get_devices())
    )

    bw = dp._core._stream_triad_bandwidth(1 << 24 if args.quick else 1 << 25, 10)
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    print(f"STREAM triad bandwidth (all cores): {bw / 1e9:.2f} GB/s\n")
    results = {"bandwidth_GBps": bw / 1e9, "cases": [], "matmul": []}

    np_cache = {}
    hdr = f"{'device':<14} {'op':<6} {'dtype':<8} {'n':>9} {'dparray':>11} {'numpy':>11} {'np/dp':>7} {'GB/s':>7} {'%bw':>5}"
    for dev in devices:
        is_ocl = dev.backend == "opencl"
        clq = pyopencl_context(dev) if is_ocl else None
        print(f"== {dev.filter_string}: {dev.name}")
        print(hdr + (f" {'pyopencl':>11} {'cl/dp':>6}" if clq else ""))
        for op in OPS:
            for dtype in DTYPES:
                if dtype == "float64" and not dev.has_aspect_fp64:
                    continue
                for n in sizes:
                    t_dp = dparray_case(dev, op, dtype, n)
                    key = (op, dtype, n)
                    if key not in np_cache:
                        np_cache[key] = numpy_case(op, dtype, n)
                    t_np = np_cache[key]
                    nbytes = OPS[op][1] * n * np.dtype(dtype).itemsize
                    gbps = nbytes / t_dp / 1e9
                    row = {
                        "device": dev.filter_string,
                        "op": op,
                        "dtype": dtype,
                        "n": n,
                        "dparray_s": t_dp,
                        "numpy_s": t_np,
                        "numpy_over_dparray": t_np / t_dp,
                        "dparray_GBps": gbps,
                        "fraction_of_bandwidth": gbps * 1e9 / bw,
                    }
                    line = (
                        f"{dev.filter_string:<14} {op:<6} {dtype:<8} {n:>9} {t_dp * 1e6:>9.2f}us "
                        f"{t_np * 1e6:>9.2f}us {t_np / t_dp:>7.2f} {gbps:>7.2f} {100 * gbps * 1e9 / bw:>4.0f}%"
                    )
                    if clq:
                        t_cl = pyopencl_case(clq, op, dtype, n)
                        row["pyopencl_s"] = t_cl
                        row["pyopencl_over_dparray"] = t_cl / t_dp
                        line += f" {t_cl * 1e6:>9.2f}us {t_cl / t_dp:>6.2f}"
                    print(line, flush=True)
                    results["cases"].append(row)
        for dtype in DTYPES:
            if dtype == "float64" and not dev.has_aspect_fp64:
                continue
            n = 512 if args.quick else 2048
            t_dp, t_np = matmul_case(dev, dtype, n)
            gflops = 2 * n**3 / t_dp / 1e9
            print(
                f"{dev.filter_string:<14} matmul {dtype:<8} {n}x{n}: dparray {t_dp * 1e3:.1f} ms "
                f"({gflops:.1f} GFLOP/s), numpy {t_np * 1e3:.1f} ms, np/dp {t_np / t_dp:.2f}"
            )
            results["matmul"].append(
                {
                    "device": dev.filter_string,
                    "dtype": dtype,
                    "n": n,
                    "dparray_s": t_dp,
                    "numpy_s": t_np,
                    "numpy_over_dparray": t_np / t_dp,
                    "dparray_GFLOPs": gflops,
                }
            )
        print()

    print("Targets (read here, never asserted in tests):")
    for dev in devices:
        rows = [r for r in results["cases"] if r["device"] == dev.filter_string]
        big = [r for r in rows if r["n"] == max(sizes) and r["op"] in ("add", "a*b+c", "exp")]
        if big:
            frac = min(r["fraction_of_bandwidth"] for r in big)
            print(
                f"  {dev.filter_string}: large elementwise >= 60% of bandwidth: worst {100 * frac:.0f}%"
            )
        one = [r for r in rows if r["n"] == 1 and r["op"] == "add" and r["dtype"] == "float64"]
        if one:
            print(f"  {dev.filter_string}: size-1 add: {one[0]['dparray_s'] * 1e6:.2f} us")
        mm = [r for r in results["matmul"] if r["device"] == dev.filter_string]
        for r in mm:
            print(
                f"  {dev.filter_string}: matmul {r['dtype']} at {r['numpy_over_dparray']:.2f}x NumPy's speed"
            )

    os.makedirs(RESULTS_DIR, exist_ok=True)
    out = os.path.join(RESULTS_DIR, "core.json")
    with open(out, "w") as f:
        json.dump(results, f, indent=1)
    print(f"\nwrote {out}")
    if not args.no_plot:
        plot(results, os.path.join(RESULTS_DIR, "core.png"))


def plot(results, path):
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib not installed: no plot")
        return
    devices = sorted({r["device"] for r in results["cases"]})
    fig, axes = plt.subplots(1, len(OPS), figsize=(4 * len(OPS), 3.6), sharey=True)
    for ax, op in zip(axes, OPS):
        for dev in devices:
            for dtype in DTYPES:
                rows = [
                    r
                    for r in results["cases"]
                    if r["op"] == op and r["device"] == dev and r["dtype"] == dtype
                ]
                if rows:
                    ax.plot(
                        [r["n"] for r in rows],
                        [r["dparray_GBps"] for r in rows],
                        marker="o",
                        label=f"dparray {dev} {dtype}",
                    )
        for dtype in DTYPES:
            rows = [
                r
                for r in results["cases"]
                if r["op"] == op and r["device"] == devices[0] and r["dtype"] == dtype
            ]
            nb = OPS[op][1] * np.dtype(dtype).itemsize
            ax.plot(
                [r["n"] for r in rows],
                [nb * r["n"] / r["numpy_s"] / 1e9 for r in rows],
                linestyle="--",
                marker="x",
                label=f"numpy {dtype}",
            )
        ax.axhline(results["bandwidth_GBps"], color="gray", linewidth=0.8, label="STREAM triad")
        ax.set_xscale("log")
        ax.set_title(op)
        ax.set_xlabel("elements")
    axes[0].set_ylabel("effective GB/s")
    axes[-1].legend(fontsize=6)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
