"""Dask over dparray chunks on a 2-worker LocalCluster (processes), beside the same graph over
NumPy chunks: each chunk of a long float32 vector is made on a worker, on that worker's
dparray device, then an elementwise expression and reductions (sum, mean, std, argmax) run
on the chunks and meet on the scheduler. The two results must agree.

    python examples/scale/dask_sum.py [--n 100000000] [--chunk 10000000] [--device host]
"""

import argparse
import time

import dask.array as da
import numpy as np
from dask.distributed import Client, LocalCluster

import dparray as dp


def graph(xp, n, chunk, device):
    """sin(i) * 2 + 1 for i < n, in chunks made on the workers by namespace xp."""
    kw = {"device": device} if xp is dp else {}

    def make(block_info=None):
        ((lo, hi),) = block_info[None]["array-location"]
        # int64 indices rounded to float32 (a float32 arange past 2**24 has a zero step in NumPy)
        i = xp.arange(lo, hi, dtype=xp.int64, **kw).astype(xp.float32)
        return xp.sin(i) * 2 + 1

    sizes = (chunk,) * (n // chunk) + ((n % chunk,) if n % chunk else ())
    meta = xp.empty((0,), dtype=xp.float32, **kw)
    x = da.map_blocks(make, chunks=(sizes,), dtype=np.float32, meta=meta)
    return x.sum(), x.mean(), x.std(), x.argmax()


def run(client, xp, args, repeat=2):
    """The results and the best time of repeat runs after a first one that warms the workers
    (imports, allocators, compiled kernels)."""
    out = client.compute(graph(xp, args.n, args.chunk, args.device), sync=True)
    best = float("inf")
    for _ in range(repeat):
        exprs = graph(xp, args.n, args.chunk, args.device)
        t0 = time.perf_counter()
        client.compute(exprs, sync=True)
        best = min(best, time.perf_counter() - t0)
    return out, best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000_000)
    ap.add_argument("--chunk", type=int, default=2_500_000)
    ap.add_argument("--device", default="host")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=2, help="timed runs (0: check only)")
    args = ap.parse_args()
    with (
        LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        got, t_dp = run(client, dp, args, args.repeat)
        ref, t_np = run(client, np, args, args.repeat)
    assert all(isinstance(r, dp.ndarray) for r in got), [type(r) for r in got]
    names = ("sum", "mean", "std")
    for name, g, r in zip(names, got, ref, strict=False):
        g = float(g)
        assert abs(g - float(r)) <= 1e-4 * max(1.0, abs(float(r))), (name, g, float(r))
    assert int(got[3]) == int(ref[3]) or np.isclose(
        float(np.sin(np.float32(int(got[3])))), float(np.sin(np.float32(int(ref[3])))), rtol=1e-6
    )
    line = (
        f"{args.n:.0e} float32 in {len(range(0, args.n, args.chunk))} chunks on {args.workers} "
        f"workers ({args.device}): sum {float(got[0]):.6g}, mean {float(got[1]):.6g}, "
        f"std {float(got[2]):.6g}, argmax {int(got[3])}, as with NumPy chunks"
    )
    if args.repeat:
        line += f"; dparray chunks {t_dp:.3f} s, NumPy chunks {t_np:.3f} s ({t_np / t_dp:.2f}x)"
    print(line)


if __name__ == "__main__":
    main()
