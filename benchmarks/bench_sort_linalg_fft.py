"""Sorting, linear algebra and FFT: dparray beside NumPy in one run.

Cases live in cases_sort.py, cases_linalg.py and cases_fft.py (see families.py). Prints
NumPy time / dparray time (above 1 means dparray is faster), writes JSON and a PNG to
results/.

    python benchmarks/bench_sort_linalg_fft.py [--quick] [--devices host:cpu:0,opencl:cpu:0]
        [--families sort,linalg,fft]
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import families

if __name__ == "__main__":
    families.run("sort_linalg_fft", ["sort", "linalg", "fft"], __doc__)
