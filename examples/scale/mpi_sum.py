"""A distributed sum with mpi4py: each rank holds a slice of one long vector on its own device
(dparray.mpi.local_device), sums it there, and the partial sums meet in an Allreduce whose
buffers are dparray arrays. Checked against NumPy on one process.

    mpirun -n 2 python examples/scale/mpi_sum.py [--n 10000000] [--kind cpu|gpu|auto]
"""

import argparse

import dparray.mpi
import numpy as np
from mpi4py import MPI

import dparray as dp

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()
ap = argparse.ArgumentParser()
ap.add_argument("--n", type=int, default=10_000_000)
ap.add_argument("--kind", default="cpu", choices=["auto", "cpu", "gpu"])
ap.add_argument("--backend", default="host", help="host, opencl or '' for any")
args = ap.parse_args()

dev = dparray.mpi.local_device(comm, kind=args.kind, backend=args.backend or None)
lo, hi = rank * args.n // size, (rank + 1) * args.n // size
dtype = dp.float64 if dev.has_aspect_fp64 else dp.float32
x = dp.sin(dp.arange(lo, hi, dtype=dtype, device=dev))  # this rank's slice, made on its device
x.sycl_queue.wait()

comm.Barrier()
t0 = MPI.Wtime()
partial = dp.sum(x, keepdims=True)  # a 1-element array on the device
total = dp.zeros(1, dtype=dtype, device=dev)
with dparray.mpi.staged(partial) as sbuf, dparray.mpi.staged(total, write=True) as rbuf:
    comm.Allreduce(sbuf, rbuf, op=MPI.SUM)  # in place for host memory, a copy for device memory
elapsed = comm.reduce(MPI.Wtime() - t0, op=MPI.MAX, root=0)

devices = comm.gather(str(dev.filter_string), root=0)
if rank == 0:
    expected = np.sin(np.arange(args.n, dtype=np.dtype(str(dtype)))).sum()
    got = float(total[0])
    rtol = 1e-9 if dtype == dp.float64 else 1e-4
    assert abs(got - expected) <= rtol * max(1.0, abs(expected)), (got, expected)
    print(
        f"ranks {size} on {', '.join(devices)}: sum = {got:.6f} (NumPy {expected:.6f}), "
        f"{elapsed * 1e3:.2f} ms"
    )
