"""Per-call cost of dparray: the small-op path beside NumPy, and the Python wrappers.

Small ops (issue 11's "lean call path"): a size-1 `add` (as dp.add(a, b) and as a + b),
array-scalar ops, `float(x.sum())` of a small array, and a Python loop of 1,000 tiny ops,
per device, each beside the same NumPy call. Prints dparray's time over NumPy's (the
issue's targets: at most 1.5 on the host; a size-1 op on PoCL at most 5 us) and the
harness's NumPy / dparray ratio, and writes results/call_overhead.json.

Wrappers: the same cheap calls through the introspectable wrapper (what users get) and
through the nanobind function it forwards to (its __wrapped__).

    PYTHONPATH=build/dev/pkg python benchmarks/bench_call_overhead.py [--devices host,opencl:cpu:0]
        [--quick] [--no-wrappers]
"""

import argparse
import os
import sys
import time
import timeit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import numpy as np
from harness import write_json

import dparray as dp

LOOP_OPS = 1000  # tiny ops per loop: 500 iterations of x = x * s + b


def best_ns(stmt, env, number, repeat):
    # thread CPU time, not wall time: a busy machine's preemptions do not count
    t = timeit.repeat(stmt, globals=env, number=number, repeat=repeat, timer=time.thread_time)
    return min(t) / number * 1e9


def best_wall_ns(stmt, env, number, repeat):
    # wall time: a device's worker threads (PoCL) do part of the work off this thread
    t = timeit.repeat(stmt, globals=env, number=number, repeat=repeat, timer=time.perf_counter)
    return min(t) / number * 1e9


def tiny_loop(x, b):
    for _ in range(LOOP_OPS // 2):
        x = x * 1.0001 + b
    return x


def small_op_cases(dev, number, repeat):
    """[(label, dparray ns, NumPy ns)] for one device (a filter string)."""
    a = dp.ones(1, device=dev)
    b = dp.full(1, 2.0, device=dev)
    x = dp.arange(16.0, device=dev)
    na, nb, nx = np.ones(1), np.full(1, 2.0), np.arange(16.0)
    env = {"dp": dp, "np": np, "a": a, "b": b, "x": x, "na": na, "nb": nb, "nx": nx}
    env["loop"] = tiny_loop
    host = dev.startswith("host")
    timer = best_ns if host else best_wall_ns
    cases = [
        ("add size-1: dp.add(a, b)", "dp.add(a, b)", "np.add(na, nb)"),
        ("add size-1: a + b", "a + b", "na + nb"),
        ("a * 2.0", "a * 2.0", "na * 2.0"),
        ("a + 1", "a + 1", "na + 1"),
        ("2.0 - a", "2.0 - a", "2.0 - na"),
        ("float(x.sum()), 16 elements", "float(x.sum())", "float(nx.sum())"),
    ]
    rows = []
    # Half a second of both first: a fresh process runs its first ~0.3 s at up to 2x the
    # steady cost per call (both libraries alike), which would land on the first case.
    warm_end = time.perf_counter() + 0.5
    while time.perf_counter() < warm_end:
        timeit.timeit(cases[0][1], globals=env, number=1000)
        timeit.timeit(cases[0][2], globals=env, number=1000)
    for label, stmt, np_stmt in cases:
        d, n = [], []
        for _ in range(3):  # interleaved, so that drifts hit both alike
            d.append(timer(stmt, env, number, repeat))
            n.append(best_ns(np_stmt, env, number, repeat))
        rows.append((label, min(d), min(n)))
    # the loop ends in a read-back, so that queued work counts
    sync = "float(loop(a, b)[0])"
    nloop = max(1, number // 200)
    d = min(timer(sync, env, nloop, repeat) for _ in range(2))
    n = min(best_ns("float(loop(na, nb)[0])", env, nloop, repeat) for _ in range(2))
    rows.append((f"loop of {LOOP_OPS} tiny ops", d, n))
    return rows


def wrapper_cases(number, repeat):
    x = dp.ones(3)
    cases = [
        ("get_num_devices()", dp.get_num_devices, "f()"),
        ("can_cast(int32, int64)", dp.can_cast, "f(dp.int32, dp.int64)"),
        ("x.__len__() (method)", dp.ndarray.__len__, "f(x)"),
    ]
    print(f"\n{'call':28s} {'nanobind ns':>12s} {'wrapper ns':>11s} {'overhead ns':>12s}")
    out = []
    for label, wrapper, stmt in cases:
        raw = wrapper.__wrapped__
        a, b = [], []
        for _ in range(5):  # interleaved, so that drifts hit both alike
            a.append(best_ns(stmt, {"f": raw, "dp": dp, "x": x}, number, repeat))
            b.append(best_ns(stmt, {"f": wrapper, "dp": dp, "x": x}, number, repeat))
        print(f"{label:28s} {min(a):12.1f} {min(b):11.1f} {min(b) - min(a):12.1f}")
        out.append({"call": label, "nanobind_ns": min(a), "wrapper_ns": min(b)})
    # the operator path: len() goes through the type slot, which finds the wrapper
    t_slot = best_ns("len(x)", {"x": x}, number, repeat)
    print(f"{'len(x) (slot -> wrapper)':28s} {'':12s} {t_slot:11.1f}")
    out.append({"call": "len(x)", "wrapper_ns": t_slot})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devices", default="", help="comma-separated filter strings (default: all)")
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    ap.add_argument("--no-wrappers", action="store_true", help="skip the wrapper overheads")
    args = ap.parse_args()
    number, repeat = (2000, 3) if args.quick else (20000, 7)
    devs = args.devices.split(",") if args.devices else [d.filter_string for d in dp.get_devices()]

    results = {"small_ops": {}, "wrappers": []}
    print(f"{'op':32s} {'device':16s} {'dparray us':>11s} {'NumPy us':>9s} {'dp/NumPy':>9s}")
    for dev in devs:
        rows = small_op_cases(dev, number, repeat)
        results["small_ops"][dev] = []
        for label, d, n in rows:
            print(f"{label:32s} {dev:16s} {d / 1e3:11.3f} {n / 1e3:9.3f} {d / n:9.2f}")
            results["small_ops"][dev].append(
                {
                    "op": label,
                    "dparray_ns": d,
                    "numpy_ns": n,
                    "dp_over_numpy": d / n,
                    "ratio": n / d,
                }
            )
    if not args.no_wrappers:
        results["wrappers"] = wrapper_cases(20000 if not args.quick else 2000, repeat)
    write_json("call_overhead", results)


if __name__ == "__main__":
    main()
