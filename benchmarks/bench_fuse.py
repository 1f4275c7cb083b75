"""Fusion: dparray.fuse'd expressions and plain expressions (temporary elision) against the
machine's STREAM triad bandwidth, NumPy and, where importable, numexpr and CuPy.

a*b+c moves 4 arrays (3 reads, 1 write): its bandwidth is 4 * n * itemsize / time, compared
with the triad bandwidth measured in the same run (dparray._core._stream_triad_bandwidth).
Targets (issue 11): fused a*b+c at 2^24 float32 >= 80 % of the triad, plain a*b+c >= 65 %.
Prints ratios (peer time / dparray time: above 1 means dparray is faster) and writes
results/fuse.json (and fuse.png with matplotlib).
"""

import argparse
import os
import platform

import numpy as np
from harness import devices_from, pyplot, timeit, write_json

import dparray as dp


@dp.fuse
def fused_fma(a, b, c):
    return a * b + c


@dp.fuse
def fused_select(a, b, c):
    return dp.where(a > 0.5, dp.exp(a) * b, c - b)


@dp.fuse
def fused_sqdist(a, b):
    return dp.sum((a - b) * (a - b))


# name -> (arrays moved, fused, plain expression)
CASES = {
    "a*b+c": (4, fused_fma, lambda m, a, b, c: a * b + c),
    "where(a>.5, exp(a)*b, c-b)": (
        4,
        fused_select,
        lambda m, a, b, c: m.where(a > 0.5, m.exp(a) * b, c - b),
    ),
    "sum((a-b)**2)": (
        2,
        lambda a, b, c: fused_sqdist(a, b),
        lambda m, a, b, c: m.sum((a - b) * (a - b)),
    ),
}
NUMEXPR = {
    "a*b+c": "a * b + c",
    "where(a>.5, exp(a)*b, c-b)": "where(a > 0.5, exp(a) * b, c - b)",
    "sum((a-b)**2)": "sum((a - b) * (a - b))",
}


def optional(name):
    try:
        return __import__(name)
    except ImportError:
        return None


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--quick", action="store_true", help="2^20 elements, shorter timings")
    ap.add_argument(
        "--devices", default="host", help="comma-separated filter strings (default: host)"
    )
    ap.add_argument("--no-plot", action="store_true")
    args = ap.parse_args()
    n = 1 << (20 if args.quick else 24)
    min_time = 0.05 if args.quick else 0.3
    dtype = "float32"
    ne, cp = optional("numexpr"), optional("cupy")

    bw = dp._core._stream_triad_bandwidth(1 << 24 if args.quick else 1 << 25, 10)
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    print(
        f"STREAM triad bandwidth (all cores): {bw / 1e9:.2f} GB/s; n = 2^{n.bit_length() - 1} {dtype}"
    )
    print(
        f"numexpr: {ne.__version__ if ne else 'not installed'}; cupy: {'installed' if cp else 'not installed'}\n"
    )
    rng = np.random.default_rng(0)
    xs = [rng.random(n, dtype=np.float32) for _ in range(3)]
    results = {"bandwidth_GBps": bw / 1e9, "n": n, "dtype": dtype, "cases": []}
    itemsize = np.dtype(dtype).itemsize

    t_np, t_ne = {}, {}
    env = dict(zip("abc", xs))
    for name, (moved, _, plain) in CASES.items():
        t_np[name] = timeit(lambda p=plain: p(np, *xs), min_time=min_time)
        if ne:
            t_ne[name] = timeit(
                lambda e=NUMEXPR[name], env=env: ne.evaluate(e, local_dict=env), min_time=min_time
            )

    hdr = f"{'case':<28} {'fused':>9} {'plain':>9} {'numpy':>9} {'fused %bw':>9} {'plain %bw':>9} {'np/fused':>8} {'plain/fused':>11}"
    for dev in devices_from(args.devices):
        print(f"== {dev.filter_string}: {dev.name}")
        print(hdr + (f" {'numexpr/fused':>13}" if ne else ""))
        ds = [dp.asarray(x, device=dev) for x in xs]
        q = ds[0].sycl_queue
        for name, (moved, fused, plain) in CASES.items():
            expect = plain(np, *xs)
            got = dp.asnumpy(fused(*ds))
            np.testing.assert_allclose(got, expect, rtol=1e-3 if np.ndim(expect) == 0 else 1e-5)
            np.testing.assert_allclose(dp.asnumpy(plain(dp, *ds)), expect, rtol=1e-3)
            t_f = timeit(lambda f=fused, ds=ds: f(*ds), q.wait, min_time=min_time)
            t_p = timeit(lambda p=plain, ds=ds: p(dp, *ds), q.wait, min_time=min_time)
            nbytes = moved * n * itemsize
            row = {
                "device": dev.filter_string,
                "case": name,
                "fused_s": t_f,
                "plain_s": t_p,
                "numpy_s": t_np[name],
                "numexpr_s": t_ne.get(name),
                "fused_GBps": nbytes / t_f / 1e9,
                "plain_GBps": nbytes / t_p / 1e9,
                "fused_fraction_of_triad": nbytes / t_f / bw,
                "plain_fraction_of_triad": nbytes / t_p / bw,
            }
            results["cases"].append(row)
            line = (
                f"{name:<28} {t_f * 1e3:>7.2f}ms {t_p * 1e3:>7.2f}ms {t_np[name] * 1e3:>7.2f}ms "
                f"{100 * row['fused_fraction_of_triad']:>8.0f}% {100 * row['plain_fraction_of_triad']:>8.0f}% "
                f"{t_np[name] / t_f:>8.2f} {t_p / t_f:>11.2f}"
            )
            if ne:
                line += f" {t_ne[name] / t_f:>13.2f}"
            print(line)
        print()
    write_json("fuse", results)
    plt = None if args.no_plot else pyplot()
    if plt:
        fig, ax = plt.subplots(figsize=(8, 4))
        rows = results["cases"]
        labels = [f"{r['device'].split(':')[0]}\n{r['case']}" for r in rows]
        x = np.arange(len(rows))
        ax.bar(x - 0.2, [r["fused_GBps"] for r in rows], 0.4, label="dparray.fuse")
        ax.bar(x + 0.2, [r["plain_GBps"] for r in rows], 0.4, label="plain expression")
        ax.axhline(bw / 1e9, color="gray", linewidth=0.8, label="STREAM triad")
        ax.set_xticks(x, labels, fontsize=7)
        ax.set_ylabel("GB/s")
        ax.legend()
        fig.tight_layout()
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results", "fuse.png")
        fig.savefig(path, dpi=120)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
