"""Shared benchmark plumbing: timing, device selection, result files.

Every benchmark prints dparray beside its peers as ratios (peer time / dparray time: above 1
means dparray is faster) and writes JSON (and a PNG when matplotlib is present) to results/.
"""

import json
import os
import time

import dparray as dp

RESULTS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")


def timeit(fn, sync=lambda: None, min_time=0.2, max_reps=100000, repeat=3):
    """Mean seconds per call: best of `repeat` batches, each at least min_time long."""
    fn()
    sync()
    reps = 1
    while True:
        t0 = time.perf_counter()
        for _ in range(reps):
            fn()
        sync()
        dt = time.perf_counter() - t0
        if dt >= min_time or reps >= max_reps:
            break
        reps = min(max_reps, reps * max(2, int(min_time / max(dt, 1e-9))))
    best = dt / reps
    for _ in range(repeat - 1):
        t0 = time.perf_counter()
        for _ in range(reps):
            fn()
        sync()
        best = min(best, (time.perf_counter() - t0) / reps)
    return best


def devices_from(arg):
    """Devices named by a comma-separated filter-string list, or every device."""
    if arg:
        return [dp.select_device(s) for s in arg.split(",")]
    return list(dp.get_devices())


def write_json(name, results):
    os.makedirs(RESULTS_DIR, exist_ok=True)
    path = os.path.join(RESULTS_DIR, f"{name}.json")
    with open(path, "w") as f:
        json.dump(results, f, indent=1)
    print(f"wrote {path}")
    return path


def pyplot():
    """matplotlib.pyplot on the Agg backend, or None when matplotlib is absent."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib not installed: no plot")
        return None
    return plt
