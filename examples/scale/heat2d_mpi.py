"""2-D heat equation (explicit 5-point stencil, zero Dirichlet boundary) over MPI ranks.

The N x N grid is split into row blocks, one per rank, each on the rank's own device
(dparray.mpi.local_device: a share of the CPU's cores, or a GPU). Every step exchanges one
halo row with each neighbour (Sendrecv on dparray rows: in place for host memory, staged
through the host for device memory), then updates the block: by default with one fused
kernel (dparray.fuse: one pass over the block), with --plain by seven dparray ops writing
into preallocated arrays (out=). Rank 0 gathers the result and checks it against the same
scheme run by NumPy in one process.

    mpirun -n 1 python examples/scale/heat2d_mpi.py --n 1536 --steps 100
    mpirun -n 2 python examples/scale/heat2d_mpi.py --n 1536 --steps 100 [--plain]
"""

import argparse
import contextlib

import dparray.mpi
import numpy as np
from mpi4py import MPI

import dparray as dp

ALPHA = 0.2  # D * dt / dx^2; stable below 0.25


def initial(n):
    u = np.zeros((n, n))
    u[n // 4 : n // 2, n // 3 : 2 * n // 3] = 100.0
    return u


def numpy_step(u, v, t, s):
    """One step on an (rows + 2, n + 2) block with halos; the same op order as step()."""
    c = u[1:-1, 1:-1]
    np.add(u[:-2, 1:-1], u[2:, 1:-1], out=t)
    np.add(t, u[1:-1, :-2], out=t)
    np.add(t, u[1:-1, 2:], out=t)
    np.multiply(c, -4.0, out=s)
    np.add(t, s, out=t)
    np.multiply(t, ALPHA, out=t)
    np.add(c, t, out=v[1:-1, 1:-1])


@dp.fuse
def stencil(c, north, south, west, east):
    """The new interior from the old one and its four neighbours (step()'s order of ops)."""
    return c + ((((north + south) + west) + east) + c * -4.0) * ALPHA


def fused_step(u, v, t, s):
    v[1:-1, 1:-1] = stencil(u[1:-1, 1:-1], u[:-2, 1:-1], u[2:, 1:-1], u[1:-1, :-2], u[1:-1, 2:])


def step(u, v, t, s):
    c = u[1:-1, 1:-1]
    dp.add(u[:-2, 1:-1], u[2:, 1:-1], out=t)
    dp.add(t, u[1:-1, :-2], out=t)
    dp.add(t, u[1:-1, 2:], out=t)
    dp.multiply(c, -4.0, out=s)
    dp.add(t, s, out=t)
    dp.multiply(t, ALPHA, out=t)
    dp.add(c, t, out=v[1:-1, 1:-1])


def numpy_reference(n, steps):
    u = np.zeros((n + 2, n + 2))
    u[1:-1, 1:-1] = initial(n)
    v = u.copy()
    t, s = np.empty((n, n)), np.empty((n, n))
    for _ in range(steps):
        numpy_step(u, v, t, s)
        u, v = v, u
    return u[1:-1, 1:-1]


def exchange(comm, u, up, down):
    """Halo rows: row 1 goes up and row -2 down; rows 0 and -1 receive (PROC_NULL at the edges
    leaves them zero, the boundary)."""
    host = u.__dlpack_device__()[0] == 1
    stage = (lambda a, write=False: contextlib.nullcontext(a)) if host else dparray.mpi.staged
    with stage(u[1]) as s, stage(u[-1], write=True) as r:
        comm.Sendrecv(s, dest=up, sendtag=1, recvbuf=r, source=down, recvtag=1)
    with stage(u[-2]) as s, stage(u[0], write=True) as r:
        comm.Sendrecv(s, dest=down, sendtag=2, recvbuf=r, source=up, recvtag=2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=512)
    ap.add_argument("--steps", type=int, default=50)
    ap.add_argument("--backend", default="host", help="host, opencl or '' for any")
    ap.add_argument("--no-check", action="store_true", help="skip the NumPy comparison")
    ap.add_argument(
        "--plain", action="store_true", help="seven ops per step instead of a fused one"
    )
    args = ap.parse_args()
    comm = MPI.COMM_WORLD
    rank, size = comm.Get_rank(), comm.Get_size()
    n = args.n
    dev = dparray.mpi.local_device(comm, kind="cpu", backend=args.backend or None)
    lo, hi = rank * n // size, (rank + 1) * n // size
    rows = hi - lo
    up = rank - 1 if rank > 0 else MPI.PROC_NULL
    down = rank + 1 if rank < size - 1 else MPI.PROC_NULL

    block = np.zeros((rows + 2, n + 2))
    block[1:-1, 1:-1] = initial(n)[lo:hi]
    u = dp.asarray(block, device=dev)
    v = dp.asarray(block, device=dev)
    t = dp.empty((rows, n), device=dev)
    s = dp.empty((rows, n), device=dev)

    update = step if args.plain else fused_step
    update(u.copy(), u.copy(), t, s)  # compiles the fused kernel before the clock starts
    comm.Barrier()
    t0 = MPI.Wtime()
    for _ in range(args.steps):
        exchange(comm, u, up, down)
        update(u, v, t, s)
        u, v = v, u
    u.sycl_queue.wait()
    elapsed = comm.allreduce(MPI.Wtime() - t0, op=MPI.MAX)

    mine = dp.asnumpy(u[1:-1, 1:-1])
    parts = comm.gather(mine, root=0)
    devices = comm.gather(dev.filter_string, root=0)
    if rank == 0:
        result = np.concatenate(parts)
        kind = "plain" if args.plain else "fused"
        line = (
            f"ranks {size} on {', '.join(devices)}: {n}x{n}, {args.steps} steps ({kind}), "
            f"{elapsed:.3f} s"
        )
        if not args.no_check:
            ref = numpy_reference(n, args.steps)
            err = float(np.max(np.abs(result - ref)))
            assert err <= 1e-10 * 100.0, f"max |dparray - NumPy| = {err}"
            line += f", max |dparray - NumPy| = {err:.1e}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
