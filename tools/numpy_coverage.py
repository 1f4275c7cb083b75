"""Count dparray's coverage of NumPy's namespace by dpnp's rule.

A name counts when it is a callable, lower-case, non-class, non-dunder member of numpy,
numpy.ndarray, numpy.linalg, numpy.fft or numpy.random (not the `test` runners): 544
names in NumPy 2.4. A name is covered when dparray's matching namespace has a callable of
that name.

    python tools/numpy_coverage.py [--missing] [--json FILE]
"""

import argparse
import json
import sys

import numpy as np

import dparray as dp

AREAS = [
    ("numpy", np, dp),
    ("numpy.ndarray", np.ndarray, dp.ndarray),
    ("numpy.linalg", np.linalg, dp.linalg),
    ("numpy.fft", np.fft, dp.fft),
    ("numpy.random", np.random, dp.random),
]


def counted(namespace):
    """NumPy names that count under dpnp's rule."""
    out = set()
    for name in dir(namespace):
        if name.startswith("_") or not name.islower() or name == "test":
            continue
        obj = getattr(namespace, name, None)
        if callable(obj) and not isinstance(obj, type):
            out.add(name)
    return out


def coverage():
    rows = []
    for label, theirs, ours in AREAS:
        want = counted(theirs)
        have = {n for n in want if callable(getattr(ours, n, None))}
        rows.append(
            {
                "area": label,
                "numpy": len(want),
                "dparray": len(have),
                "missing": sorted(want - have),
            }
        )
    return rows


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--missing", action="store_true", help="list the names not covered")
    ap.add_argument("--json", help="write the table as JSON to this file")
    args = ap.parse_args()
    rows = coverage()
    print(f"NumPy {np.__version__}, dparray {getattr(dp, '__version__', '?')}\n")
    print(f"{'namespace':<16} {'dparray':>8} {'numpy':>6}")
    for r in rows:
        print(f"{r['area']:<16} {r['dparray']:>8} {r['numpy']:>6}")
    have = sum(r["dparray"] for r in rows)
    total = sum(r["numpy"] for r in rows)
    print(f"{'total':<16} {have:>8} {total:>6}  ({100 * have / total:.0f} %)")
    if args.missing:
        for r in rows:
            if r["missing"]:
                print(f"\nmissing from {r['area']} ({len(r['missing'])}):")
                print("  " + " ".join(r["missing"]))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"numpy": np.__version__, "areas": rows, "total": [have, total]}, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
