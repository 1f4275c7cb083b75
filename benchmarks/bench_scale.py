"""Scale-out timings: the 2-D heat stencil under mpirun with 1 and 2 ranks (strong scaling),
and the Dask graph of examples/scale/dask_sum.py over dparray chunks beside NumPy chunks on a
2-worker LocalCluster. Runs the examples in subprocesses and parses their last line; writes
results/bench_scale.json. Ratios: above 1 means the dparray side (or 2 ranks) is faster.

    python benchmarks/bench_scale.py [--n 1536 --steps 100] [--dask-n 100000000]
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

from harness import write_json

TOP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SCALE = os.path.join(TOP, "examples", "scale")


def run(cmd):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr[-3000:]}")
    return proc.stdout.strip().splitlines()[-1]


def heat(args):
    mpirun = shutil.which("mpirun")
    if not mpirun:
        print("heat2d: no mpirun, skipped")
        return None
    out = {"n": args.n, "steps": args.steps}
    for kind, flags in (("fused", []), ("plain", ["--plain"])):
        times = {}
        for ranks in (1, 2):
            best = float("inf")
            for _ in range(args.repeat):
                line = run(
                    [
                        mpirun,
                        "--allow-run-as-root",
                        "--oversubscribe",
                        "-n",
                        str(ranks),
                        sys.executable,
                        os.path.join(SCALE, "heat2d_mpi.py"),
                        "--n",
                        str(args.n),
                        "--steps",
                        str(args.steps),
                        "--no-check",
                        *flags,
                    ]
                )
                best = min(best, float(re.search(r"steps \(\w+\), ([0-9.]+) s", line).group(1)))
            times[ranks] = best
            print(
                f"heat2d {args.n}x{args.n}, {args.steps} steps ({kind}), {ranks} rank(s): "
                f"{best:.3f} s"
            )
        ratio = times[2] / times[1]
        print(f"heat2d ({kind}): 2-rank time / 1-rank time = {ratio:.2f} (target <= 0.65)")
        out[kind] = {"seconds": times, "t2_over_t1": ratio}
    return out


def dask(args):
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        print("dask: not installed, skipped")
        return None
    line = run(
        [
            sys.executable,
            os.path.join(SCALE, "dask_sum.py"),
            "--n",
            str(args.dask_n),
            "--chunk",
            str(args.dask_chunk),
            "--device",
            args.device,
        ]
    )
    print(line)
    t_dp = float(re.search(r"dparray chunks ([0-9.]+) s", line).group(1))
    t_np = float(re.search(r"NumPy chunks ([0-9.]+) s", line).group(1))
    return {
        "n": args.dask_n,
        "chunk": args.dask_chunk,
        "device": args.device,
        "dparray_s": t_dp,
        "numpy_s": t_np,
        "numpy_over_dparray": t_np / t_dp,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1536)
    ap.add_argument("--steps", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--dask-n", type=int, default=100_000_000)
    ap.add_argument("--dask-chunk", type=int, default=10_000_000)
    ap.add_argument("--device", default="host")
    args = ap.parse_args()
    write_json(
        "bench_scale",
        {"heat2d_mpi": heat(args), "dask_sum": dask(args), "cpus": len(os.sched_getaffinity(0))},
    )


if __name__ == "__main__":
    main()
