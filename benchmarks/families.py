"""A driver for benchmarks split into case families (cases_<family>.py).

Each family module has cases(dev, quick) yielding result rows {"family", "op", "dtype",
"shape", "device", "dparray_s", "numpy_s"}, each result checked against NumPy before it is
timed. run() prints them as ratios (NumPy time / dparray time: above 1 means dparray is
faster) and writes JSON and a PNG to results/.
"""

import argparse
import importlib
import os
import platform

import harness


def run(name, families, doc):
    ap = argparse.ArgumentParser(
        description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--quick", action="store_true", help="smaller sizes, shorter timings")
    ap.add_argument("--devices", default=None, help="comma-separated filter strings (default: all)")
    ap.add_argument("--families", default=",".join(families))
    ap.add_argument("--no-plot", action="store_true")
    args = ap.parse_args()
    devices = harness.devices_from(args.devices)
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores\n")
    hdr = f"{'device':<14} {'op':<14} {'dtype':<10} {'shape':<14} {'dparray':>11} {'numpy':>11} {'np/dp':>7}"
    rows = []
    for fam in args.families.split(","):
        mod = importlib.import_module(f"cases_{fam}")
        for dev in devices:
            print(f"== {fam} on {dev.filter_string}: {dev.name}")
            print(hdr)
            for r in mod.cases(dev, args.quick):
                r["numpy_over_dparray"] = r["numpy_s"] / r["dparray_s"]
                rows.append(r)
                print(
                    f"{r['device']:<14} {r['op']:<14} {r['dtype']:<10} {r['shape']!s:<14} "
                    f"{r['dparray_s'] * 1e3:>9.2f}ms {r['numpy_s'] * 1e3:>9.2f}ms "
                    f"{r['numpy_over_dparray']:>7.2f}" + _extra_times(r),
                    flush=True,
                )
            print()
    harness.write_json(name, {"cases": rows})
    if not args.no_plot:
        plot(rows, os.path.join(harness.RESULTS_DIR, f"{name}.png"))


def _extra_times(row):
    """Further timings a case reports (keys ending in _s), e.g. an older path for comparison."""
    extra = [
        f"{k[:-2]} {v * 1e3:.2f}ms"
        for k, v in row.items()
        if k.endswith("_s") and k not in ("dparray_s", "numpy_s")
    ]
    return f"  ({', '.join(extra)})" if extra else ""


def plot(rows, path):
    plt = harness.pyplot()
    if plt is None or not rows:
        return
    devices = sorted({r["device"] for r in rows})
    labels = sorted({(r["family"], r["op"], r["dtype"], str(r["shape"])) for r in rows})
    fig, ax = plt.subplots(figsize=(max(6, 0.35 * len(labels)), 4))
    width = 0.8 / len(devices)
    for k, dev in enumerate(devices):
        by = {
            (r["family"], r["op"], r["dtype"], str(r["shape"])): r["numpy_over_dparray"]
            for r in rows
            if r["device"] == dev
        }
        xs = [i + k * width for i, lab in enumerate(labels) if lab in by]
        ax.bar(xs, [by[lab] for lab in labels if lab in by], width, label=dev)
    ax.axhline(1.0, color="gray", linewidth=0.8)
    ax.set_xticks(range(len(labels)))
    ax.set_xticklabels([f"{o} {d} {s}" for _, o, d, s in labels], rotation=90, fontsize=6)
    ax.set_yscale("log")
    ax.set_ylabel("NumPy time / dparray time")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    print(f"wrote {path}")
