"""dparray.kernels benchmark: Python kernels beside numba @njit(parallel=True) and dparray's array ops.

Cases: vecadd 2^24 float32 (against the STREAM-like bandwidth measured here), Black-Scholes
2^22 float64, a tiled 1024x1024 float32 matmul kernel with local memory and barriers (against
OpenBLAS through dparray's matmul on the host), the launch overhead of a one-work-item
kernel, the first compile of vecadd and its load from the disk cache in a fresh process.
Prints ratios (peer time / kernel time: above 1 means the kernel is faster) and writes
benchmarks/results/kernels.json and kernels.png.

    python benchmarks/bench_kernels.py [--quick] [--devices host:cpu:0,opencl:cpu:0]
"""

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import textwrap

import harness
import numpy as np

import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import kernel_api as kapi

RESULTS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")
TILE = 16


@dpex.kernel
def vecadd(item: kapi.Item, a, b, c):
    i = item.get_id(0)
    c[i] = a[i] + b[i]


@dpex.kernel
def black_scholes(item: kapi.Item, price, strike, t, rate, vol, call, put):
    i = item.get_id(0)
    p = price[i]
    s = strike[i]
    tt = t[i]
    sig = vol * math.sqrt(tt)
    d1 = (math.log(p / s) + (rate + 0.5 * vol * vol) * tt) / sig
    d2 = d1 - sig
    n1 = 0.5 + 0.5 * math.erf(d1 * 0.7071067811865476)
    n2 = 0.5 + 0.5 * math.erf(d2 * 0.7071067811865476)
    e = s * math.exp(-rate * tt)
    call[i] = p * n1 - e * n2
    put[i] = e * (1.0 - n2) - p * (1.0 - n1)


@dpex.kernel
def matmul_tiled(it: kapi.NdItem, a, b, c, ta, tb):
    i = it.get_global_id(0)
    j = it.get_global_id(1)
    li = it.get_local_id(0)
    lj = it.get_local_id(1)
    g = it.get_group()
    n = a.shape[1]
    acc = np.float32(0)
    for t in range(n // TILE):
        ta[li, lj] = a[i, t * TILE + lj]
        tb[li, lj] = b[t * TILE + li, j]
        kapi.group_barrier(g)
        for k in range(TILE):
            acc += ta[li, k] * tb[k, lj]
        kapi.group_barrier(g)
    c[i, j] = acc


@dpex.kernel
def one_item(item: kapi.Item, a):
    a[0] = 1


def timeit(fn, sync, min_time=0.3, max_reps=20000):
    """Seconds per call: the best of 3 batches, each at least min_time long."""
    return harness.timeit(fn, sync, min_time=min_time, max_reps=max_reps)


def numba_kernels():
    try:
        import numba
    except ImportError:
        return None

    @numba.njit(parallel=True)
    def nb_vecadd(a, b, c):
        for i in numba.prange(a.shape[0]):
            c[i] = a[i] + b[i]

    @numba.njit(parallel=True)
    def nb_black_scholes(price, strike, t, rate, vol, call, put):
        for i in numba.prange(price.shape[0]):
            p = price[i]
            s = strike[i]
            tt = t[i]
            sig = vol * math.sqrt(tt)
            d1 = (math.log(p / s) + (rate + 0.5 * vol * vol) * tt) / sig
            d2 = d1 - sig
            n1 = 0.5 + 0.5 * math.erf(d1 * 0.7071067811865476)
            n2 = 0.5 + 0.5 * math.erf(d2 * 0.7071067811865476)
            e = s * math.exp(-rate * tt)
            call[i] = p * n1 - e * n2
            put[i] = e * (1.0 - n2) - p * (1.0 - n1)

    return {"vecadd": nb_vecadd, "black_scholes": nb_black_scholes, "version": numba.__version__}


def bench_vecadd(dev, n, nb, bw):
    a = dp.ones(n, dtype="float32", device=dev)
    b = dp.ones(n, dtype="float32", device=dev)
    c = dp.zeros(n, dtype="float32", device=dev)
    q = a.sycl_queue
    t_k = timeit(lambda: dpex.call_kernel(vecadd, dpex.Range(n), a, b, c), q.wait)
    t_op = timeit(lambda: dp.add(a, b), q.wait)
    row = {
        "case": "vecadd",
        "device": dev.filter_string,
        "n": n,
        "kernel_s": t_k,
        "dparray_op_s": t_op,
    }
    row["GBps"] = 12 * n / t_k / 1e9
    row["pct_stream"] = 100 * row["GBps"] / bw
    if nb and dev.backend == "host":
        an, bn, cn = np.ones(n, np.float32), np.ones(n, np.float32), np.zeros(n, np.float32)
        row["numba_s"] = timeit(lambda: nb["vecadd"](an, bn, cn), lambda: None)
    return row


def bench_black_scholes(dev, n, nb):
    if not dev.has_aspect_fp64:
        return None
    rng = np.random.default_rng(0)
    host = [rng.uniform(10, 50, n), rng.uniform(10, 50, n), rng.uniform(1, 2, n)]
    args = [dp.asarray(x, device=dev) for x in host]
    call = dp.zeros(n, device=dev)
    put = dp.zeros(n, device=dev)
    q = call.sycl_queue
    t_k = timeit(
        lambda: dpex.call_kernel(black_scholes, dpex.Range(n), *args, 0.1, 0.2, call, put), q.wait
    )
    row = {"case": "black_scholes", "device": dev.filter_string, "n": n, "kernel_s": t_k}
    if nb and dev.backend == "host":
        cn, pn = np.zeros(n), np.zeros(n)
        row["numba_s"] = timeit(lambda: nb["black_scholes"](*host, 0.1, 0.2, cn, pn), lambda: None)
    return row


def bench_matmul(dev, n):
    rng = np.random.default_rng(0)
    an = rng.random((n, n), dtype=np.float32)
    bn = rng.random((n, n), dtype=np.float32)
    a, b = dp.asarray(an, device=dev), dp.asarray(bn, device=dev)
    c = dp.zeros((n, n), dtype="float32", device=dev)
    tiles = [kapi.LocalAccessor((TILE, TILE), np.float32) for _ in range(2)]
    rng_nd = dpex.NdRange((n, n), (TILE, TILE))
    q = a.sycl_queue
    t_k = timeit(
        lambda: dpex.call_kernel(matmul_tiled, rng_nd, a, b, c, *tiles),
        q.wait,
        min_time=1.0,
        max_reps=10,
    )
    err = float(np.abs(dp.asnumpy(c) - an @ bn).max())
    t_blas = timeit(lambda: a @ b, q.wait, min_time=1.0, max_reps=20)
    flop = 2 * n**3
    return {"case": "matmul_tiled", "device": dev.filter_string, "n": n, "kernel_s": t_k, "GFLOPs": flop / t_k / 1e9,
            "dparray_matmul_GFLOPs": flop / t_blas / 1e9, "pct_blas": 100 * t_blas / t_k, "max_error": err}  # fmt: skip


def bench_launch(dev):
    a = dp.zeros(1, dtype="int32", device=dev)
    rng = dpex.Range(1)
    t = timeit(lambda: dpex.call_kernel(one_item, rng, a), lambda: None, min_time=0.5)
    return {"case": "launch", "device": dev.filter_string, "kernel_s": t, "us": t * 1e6}


_PROBE = """
import time
t0 = time.perf_counter()
import numpy
t1 = time.perf_counter()
import dparray as dp
import dparray.kernels as dpex
a = dp.ones(1024, dtype="float32", device="host"); b = dp.ones_like(a); c = dp.zeros_like(a)
(a + b).sycl_queue.wait()

@dpex.kernel
def vecadd(item, a, b, c):
    i = item.get_id(0)
    c[i] = a[i] + b[i]

t2 = time.perf_counter()
dpex.call_kernel(vecadd, dpex.Range(1024), a, b, c)
t3 = time.perf_counter()
print(t1 - t0, t3 - t2, vecadd.compile_count)
"""


def bench_compile_and_load():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "probe.py")
        with open(path, "w") as f:
            f.write(textwrap.dedent(_PROBE))
        env = dict(os.environ, DPARRAY_CACHE_DIR=os.path.join(d, "cache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: modules load from bytecode
        times = []
        for _ in range(3):
            out = subprocess.run(
                [sys.executable, path], env=env, capture_output=True, text=True, check=True
            )
            times.append(float(out.stdout.split()[1]))
    return {
        "case": "compile_load",
        "device": "host:cpu:0",
        "first_compile_s": times[0],
        "disk_load_s": min(times[1:]),
    }


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--quick", action="store_true", help="smaller sizes")
    ap.add_argument("--devices", default=None, help="comma-separated filter strings (default: all)")
    ap.add_argument("--no-plot", action="store_true")
    args = ap.parse_args()
    devices = (
        [dp.select_device(s) for s in args.devices.split(",")]
        if args.devices
        else list(dp.get_devices())
    )
    n_add = 1 << (20 if args.quick else 24)
    n_bs = 1 << (18 if args.quick else 22)
    n_mm = 256 if args.quick else 1024

    bw = dp._core._stream_triad_bandwidth(1 << 24 if args.quick else 1 << 25, 10) / 1e9
    nb = numba_kernels()
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    print(
        f"STREAM triad bandwidth (all cores): {bw:.2f} GB/s; numba: {nb['version'] if nb else 'not installed'}\n"
    )
    rows = []
    for dev in devices:
        for fn in (
            lambda dev=dev: bench_vecadd(dev, n_add, nb, bw),
            lambda dev=dev: bench_black_scholes(dev, n_bs, nb),
            lambda dev=dev: bench_matmul(dev, n_mm),
            lambda dev=dev: bench_launch(dev),
        ):
            r = fn()
            if r:
                rows.append(r)
                print(describe(r))
    r = bench_compile_and_load()
    rows.append(r)
    print(describe(r))
    os.makedirs(RESULTS_DIR, exist_ok=True)
    out = os.path.join(RESULTS_DIR, "kernels.json")
    with open(out, "w") as f:
        json.dump(
            {"bandwidth_GBps": bw, "numba": nb["version"] if nb else None, "rows": rows},
            f,
            indent=1,
        )
    print(f"\nwrote {out}")
    if not args.no_plot:
        plot(rows, os.path.join(RESULTS_DIR, "kernels.png"))


def describe(r):
    c, d = r["case"], r["device"]
    if c == "vecadd":
        s = f"{d:<14} vecadd n={r['n']}: {r['kernel_s'] * 1e3:.2f} ms, {r['GBps']:.1f} GB/s ({r['pct_stream']:.0f}% of STREAM)"
        s += f"; dparray a+b {r['dparray_op_s'] * 1e3:.2f} ms (ratio {r['dparray_op_s'] / r['kernel_s']:.2f})"
        if "numba_s" in r:
            s += f"; numba prange {r['numba_s'] * 1e3:.2f} ms (ratio {r['numba_s'] / r['kernel_s']:.2f})"
        return s
    if c == "black_scholes":
        s = f"{d:<14} Black-Scholes n={r['n']}: {r['kernel_s'] * 1e3:.2f} ms"
        if "numba_s" in r:
            s += f"; numba prange {r['numba_s'] * 1e3:.2f} ms (ratio {r['numba_s'] / r['kernel_s']:.2f})"
        return s
    if c == "matmul_tiled":
        return (f"{d:<14} tiled matmul {r['n']}^2 float32: {r['GFLOPs']:.1f} GFLOP/s "
                f"({r['pct_blas']:.0f}% of dparray matmul's {r['dparray_matmul_GFLOPs']:.1f}), max error {r['max_error']:.1e}")  # fmt: skip
    if c == "launch":
        return f"{d:<14} launch overhead (1 work-item): {r['us']:.1f} us"
    return f"{d:<14} vecadd first compile {r['first_compile_s'] * 1e3:.0f} ms, load from the disk cache in a new process {r['disk_load_s'] * 1e3:.0f} ms (NumPy import excluded)"


def plot(rows, path):
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib not installed: no plot")
        return
    labels, ratio = [], []
    for r in rows:
        if "numba_s" in r:
            labels.append(f"{r['case']}\n{r['device']}")
            ratio.append(r["numba_s"] / r["kernel_s"])
    fig, axes = plt.subplots(1, 2, figsize=(11, 4))
    axes[0].bar(labels, ratio)
    axes[0].axhline(1.0, color="gray", linewidth=0.8)
    axes[0].set_ylabel("numba prange time / kernel time\n(above 1: the kernel is faster)")
    launches = [r for r in rows if r["case"] == "launch"]
    axes[1].bar([r["device"] for r in launches], [r["us"] for r in launches])
    axes[1].set_ylabel("launch overhead, us")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
