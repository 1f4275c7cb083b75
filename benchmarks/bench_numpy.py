"""NumPy drop-in functions: dparray beside NumPy in one run.

Cases live in cases_numpy_<area>.py (ufunc objects and protocols, statistics, products;
see families.py). Prints NumPy time / dparray time (above 1 means dparray is faster),
writes JSON and a PNG to results/.

    python benchmarks/bench_numpy.py [--quick] [--devices host:cpu:0] [--families ...]
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import families

FAMILIES = [
    f[6:-3]
    for f in sorted(os.listdir(os.path.dirname(os.path.abspath(__file__))))
    if f.startswith("cases_numpy_") and f.endswith(".py")
]

if __name__ == "__main__":
    families.run("numpy", FAMILIES, __doc__)
