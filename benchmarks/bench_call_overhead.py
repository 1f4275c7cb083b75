"""Per-call cost of the introspectable wrappers around dparray's C++ functions.

Times the same cheap calls through the wrapper (what users get) and through the nanobind
function it forwards to (its __wrapped__); the difference is the wrapper's cost per call.
Use: PYTHONPATH=build/dev/pkg python benchmarks/bench_call_overhead.py
"""

import time
import timeit

import dparray as dp


def best_ns(stmt, env, number=200_000, repeat=15):
    # thread CPU time, not wall time: a busy machine's preemptions do not count
    t = timeit.repeat(stmt, globals=env, number=number, repeat=repeat, timer=time.thread_time)
    return min(t) / number * 1e9


def main():
    x = dp.ones(3)
    cases = [
        ("get_num_devices()", dp.get_num_devices, "f()"),
        ("can_cast(int32, int64)", dp.can_cast, "f(dp.int32, dp.int64)"),
        ("x.__len__() (method)", dp.ndarray.__len__, "f(x)"),
    ]
    print(f"{'call':28s} {'nanobind ns':>12s} {'wrapper ns':>11s} {'overhead ns':>12s}")
    for label, wrapper, stmt in cases:
        raw = wrapper.__wrapped__
        a, b = [], []
        for _ in range(5):  # interleaved, so that drifts hit both alike
            a.append(best_ns(stmt, {"f": raw, "dp": dp, "x": x}))
            b.append(best_ns(stmt, {"f": wrapper, "dp": dp, "x": x}))
        print(f"{label:28s} {min(a):12.1f} {min(b):11.1f} {min(b) - min(a):12.1f}")
    # the operator path: len() goes through the type slot, which finds the wrapper
    t_slot = best_ns("len(x)", {"x": x})
    print(f"{'len(x) (slot -> wrapper)':28s} {'':12s} {t_slot:11.1f}")


if __name__ == "__main__":
    main()
