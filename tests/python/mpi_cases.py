"""Run under mpirun by test_mpi.py: every rank checks dparray arrays as mpi4py buffers
(zero-copy host memory, staged device memory), local_device and per-rank random streams.
Prints "rank R ok N" when all checks pass; any failure raises (mpirun then fails)."""

import sys

import dparray.mpi as dmpi
import numpy as np
from mpi4py import MPI

import dparray as dp

comm = MPI.COMM_WORLD
rank, size = comm.Get_rank(), comm.Get_size()
checks = 0


def same(got, expected):
    global checks
    np.testing.assert_array_equal(dp.asnumpy(got) if isinstance(got, dp.ndarray) else got, expected)
    checks += 1


def host_buffers(dev):
    n = 6
    x = dp.arange(n, dtype=dp.float64, device=dev) + 10 * rank
    base = x.__dlpack__()  # noqa: F841  (export works before MPI touches it)
    # Send / Recv and Isend / Irecv: ring exchange into and out of dparray memory.
    right, left = (rank + 1) % size, (rank - 1) % size
    y = dp.zeros(n, dtype=dp.float64, device=dev)
    comm.Sendrecv(x, dest=right, recvbuf=y, source=left)
    same(y, np.arange(n) + 10 * left)
    z = dp.empty(n, dtype=dp.float64, device=dev)
    reqs = [comm.Irecv(z, source=left, tag=7), comm.Isend(x, dest=right, tag=7)]
    MPI.Request.Waitall(reqs)
    same(z, np.arange(n) + 10 * left)
    if size > 1:
        if rank == 0:
            comm.Send(x, dest=1, tag=3)
        elif rank == 1:
            w = dp.zeros(n, dtype=dp.float64, device=dev)
            comm.Recv(w, source=0, tag=3)
            same(w, np.arange(n))
    # Collectives.
    b = dp.arange(n, dtype=dp.int32, device=dev) if rank == 0 else dp.zeros(n, dp.int32, device=dev)
    comm.Bcast(b, root=0)
    same(b, np.arange(n, dtype=np.int32))
    total = dp.zeros(n, dtype=dp.float64, device=dev)
    comm.Allreduce(x, total, op=MPI.SUM)
    same(total, sum(np.arange(n) + 10 * r for r in range(size)))
    red = dp.zeros(n, dtype=dp.float64, device=dev)
    comm.Reduce(x, red, op=MPI.MAX, root=0)
    if rank == 0:
        same(red, np.arange(n) + 10 * (size - 1))
    gathered = dp.zeros((size, n), dtype=dp.float64, device=dev)
    comm.Allgather(x, gathered)
    same(gathered, np.stack([np.arange(n) + 10 * r for r in range(size)]))
    send = dp.asarray(np.arange(size * 2, dtype=np.int64).reshape(size, 2) + 100 * rank, device=dev)
    recv = dp.zeros((size, 2), dtype=dp.int64, device=dev)
    comm.Alltoall(send, recv)
    same(recv, np.stack([np.arange(2) + 2 * rank + 100 * r for r in range(size)]))
    # Pending work on the queue is finished before MPI reads the memory.
    big = dp.ones(1 << 16, device=dev)
    dp.multiply(big, rank + 1, out=big)
    out = dp.zeros(1 << 16, device=dev)
    comm.Allreduce(big, out)
    same(out[:4], np.full(4, size * (size + 1) / 2))
    # Lowercase (pickle-based) methods carry arrays by value onto the same device's root.
    got = comm.sendrecv(x, dest=right, source=left)
    assert isinstance(got, dp.ndarray)
    assert got.sycl_device.filter_string == dev.filter_string.split(".")[0]
    same(got, np.arange(n) + 10 * left)
    # A zero-copy buffer: MPI writes land in the dparray array's own memory.
    with dmpi.staged(y, write=True) as buf:
        assert np.shares_memory(buf, np.from_dlpack(y))


def device_buffers(dev):
    n = 5
    x = dp.arange(n, dtype=dp.float32, device=dev) + rank
    try:  # mpi4py asks for device memory through DLPack: refused, never a wrong pointer
        comm.Allreduce(x, dp.zeros(n, dtype=dp.float32, device=dev))
    except BufferError as e:
        assert "device memory" in str(e), e
    else:
        raise AssertionError("device memory was used as an MPI buffer")
    total = dp.zeros(n, dtype=dp.float32, device=dev)
    with dmpi.staged(x) as sbuf, dmpi.staged(total, write=True) as rbuf:
        comm.Allreduce(sbuf, rbuf)
    assert total.device == x.device
    same(total, sum(np.arange(n, dtype=np.float32) + r for r in range(size)))
    right, left = (rank + 1) % size, (rank - 1) % size
    got = dp.zeros(n, dtype=dp.float32, device=dev)
    with dmpi.staged(x) as sbuf, dmpi.staged(got, write=True) as rbuf:
        comm.Sendrecv(sbuf, dest=right, recvbuf=rbuf, source=left)
    same(got, np.arange(n, dtype=np.float32) + left)


def devices_and_streams():
    global checks
    node_rank, node_size = dmpi.node_rank(comm)
    assert node_size == size and node_rank == rank  # one node under mpirun here
    dev = dmpi.local_device(comm, kind="cpu", backend="host")
    host = dp.select_device("host:cpu")
    if size > 1 and host.max_compute_units >= size:
        assert dev.parent_device == host, dev
        assert dev.max_compute_units == host.max_compute_units // size + (
            rank < host.max_compute_units % size
        )
    names = comm.allgather(dev.filter_string)
    assert len(set(names)) == (size if host.max_compute_units >= size else 1), names
    assert dmpi.local_device(comm, kind="cpu", backend="host", partition=None) == host
    # Per-rank streams from one seed: differ between ranks, repeat for the same seed.
    a = dp.asnumpy(dmpi.default_rng(comm, seed=42).random(8))
    b = dp.asnumpy(dmpi.default_rng(comm, seed=42).random(8))
    np.testing.assert_array_equal(a, b)
    allv = comm.allgather(a)
    assert all(not np.array_equal(allv[0], v) for v in allv[1:])
    expected = dp.random.default_rng(dp.random.SeedSequence(42).spawn(size)[rank]).random(8)
    np.testing.assert_array_equal(a, dp.asnumpy(expected))
    checks += 3
    return dev


def bad_arguments():
    global checks
    for call, exc, text in [
        (lambda: dmpi.local_device(comm, kind="tpu"), ValueError, "kind"),
        (lambda: dmpi.local_device(comm, partition="sockets"), ValueError, "partition"),
        (lambda: dmpi.staged(np.zeros(3)), TypeError, "dparray.ndarray"),
    ]:
        try:
            call()
        except exc as e:
            assert text in str(e), e
            checks += 1
        else:
            raise AssertionError(f"no {exc.__name__} for {text}")
    if not dp.get_devices(device_type="gpu"):
        try:
            dmpi.local_device(comm, kind="gpu")
        except ValueError as e:
            assert "no gpu" in str(e), e
            checks += 1


if __name__ == "__main__":
    bad_arguments()
    dev = devices_and_streams()
    host_buffers(dev)
    host_buffers(dp.select_device("host:cpu"))
    if "--opencl" in sys.argv:
        device_buffers(dp.select_device("opencl:cpu"))
    print(f"rank {rank} ok {checks}", flush=True)
