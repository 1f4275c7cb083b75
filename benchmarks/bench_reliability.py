"""Reliability benchmark: resident memory over long runs (the bounded caches of issue 6).

1. 10^4 distinct OpenCL programs built and dropped (PoCL): the in-memory program cache is
   an LRU of DPARRAY_PROGRAM_CACHE_SIZE entries, so RSS stays flat once it is full.
2. 10^6 small host ops: temporaries go through the host allocator's bounded cache.
3. A 1 GiB peak of host temporaries, then idle: the blocks above the allocator limit go
   back to the OS.

Each phase prints RSS at its start and end (after a warm-up) and the relative growth;
"flat" means within +-5 %. Writes benchmarks/results/reliability.json.

    python benchmarks/bench_reliability.py [--programs 10000] [--ops 1000000]
"""

import argparse
import gc
import json
import os
import tempfile
import time

import dparray as dp

RESULTS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")


def rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def phase(name, warmup, run, allowed_kib=0):
    """RSS after warmup(), then after run(): returns a result row. Flat: within +-5 %
    (plus allowed_kib, memory the allocator may keep by design)."""
    warmup()
    gc.collect()
    r0 = rss_kib()
    t0 = time.perf_counter()
    count = run()
    gc.collect()
    r1 = rss_kib()
    row = {
        "phase": name,
        "count": count,
        "seconds": round(time.perf_counter() - t0, 2),
        "rss_start_MiB": round(r0 / 1024, 1),
        "rss_end_MiB": round(r1 / 1024, 1),
        "growth_pct": round(100.0 * (r1 - r0) / r0, 2),
    }
    row["flat"] = abs(r1 - r0 - allowed_kib / 2) <= 0.05 * r0 + allowed_kib / 2
    print(
        f"{name:28s} n={count:>8d}  {row['seconds']:7.1f} s  RSS {row['rss_start_MiB']:8.1f} -> "
        f"{row['rss_end_MiB']:8.1f} MiB  ({row['growth_pct']:+.2f} %)  "
        f"{'flat' if row['flat'] else 'GROWS'}"
    )
    return row


def programs_phase(n):
    q = dp.Queue("opencl:cpu:0")

    def build(lo, hi):
        for i in range(lo, hi):
            src = f"__kernel void p{i}(__global int* a) {{ a[get_global_id(0)] = {i}; }}"
            p = dp.program.create_program_from_source(q, src)
            p.get_kernel(f"p{i}")
        return hi - lo

    warm = min(n, 2 * dp._core._program_cache_info(q)["capacity"] + 50)
    return phase("distinct user programs", lambda: build(0, warm), lambda: build(warm, warm + n))


def small_ops_phase(n):
    x = dp.ones(64, device="host")

    def run(count):
        y = x
        for i in range(count // 2):
            y = (y + 1.0) * 0.5
            if i % 10000 == 0:
                float(y[0])
        y.sycl_queue.wait()
        return count

    return phase("small host ops", lambda: run(min(n, 100_000)), lambda: run(n))


def peak_phase(limit=64 << 20):
    """A 1 GiB peak of temporaries: afterwards at most `limit` bytes stay cached."""
    old = dp.get_allocator_limit()
    dp.set_allocator_limit(limit)

    def peak():
        blocks = [dp.ones(128 << 20, dtype="uint8", device="host") for _ in range(8)]
        blocks[-1].sycl_queue.wait()
        del blocks
        return 8

    try:
        return phase(
            f"1 GiB peak, limit {limit >> 20} MiB", lambda: None, peak, allowed_kib=limit >> 10
        )
    finally:
        dp.set_allocator_limit(old)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--programs", type=int, default=10_000)
    ap.add_argument("--ops", type=int, default=1_000_000)
    args = ap.parse_args()
    # A private disk cache: the run measures compiles, not an earlier run's binaries.
    os.environ.setdefault("DPARRAY_CACHE_DIR", tempfile.mkdtemp(prefix="dparray-bench-"))
    rows = []
    if dp.get_devices(backend="opencl", device_type="cpu") and args.programs > 0:
        rows.append(programs_phase(args.programs))
        info = dp._core._program_cache_info(dp.Queue("opencl:cpu:0"))
        print(
            f"  program cache: {info['entries']} entries (capacity {info['capacity']}), "
            f"{info['evictions']} evictions, {info['live_programs']} programs alive; disk cap "
            f"{info['disk_cache_limit'] >> 20} MiB"
        )
    rows.append(small_ops_phase(args.ops))
    rows.append(peak_phase())
    os.makedirs(RESULTS_DIR, exist_ok=True)
    out = os.path.join(RESULTS_DIR, "reliability.json")
    with open(out, "w") as f:
        json.dump({"rows": rows}, f, indent=1)
    print("wrote", out)


if __name__ == "__main__":
    main()
