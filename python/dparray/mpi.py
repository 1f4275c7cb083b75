"""dparray under MPI (mpi4py): a device per rank, per-rank random streams, device buffers.

Host arrays (the host backend, sub-devices, host-visible memory) are MPI buffers as they are:
``comm.Send(x, dest)``, ``comm.Allreduce(x, y)`` read and write their memory through DLPack,
without a copy. OpenCL device memory is not host memory; mpi4py's DLPack request for it is
refused with BufferError (never a wrong pointer). Such arrays go through ``staged(x)``, an
explicit host copy (copied back on exit when ``write=True``).

    from mpi4py import MPI
    import dparray as dp, dparray.mpi

    dev = dparray.mpi.local_device(MPI.COMM_WORLD)      # this rank's device or sub-device
    x = dp.ones(10, device=dev)
    comm.Allreduce(x, total)                             # host memory: in place
    with dparray.mpi.staged(y) as buf:                   # device memory: a host copy
        comm.Send(buf, dest=1)
"""

import numpy as _np

from . import _core

try:
    from mpi4py import MPI
except ImportError as e:  # the module is optional; say what is missing
    raise ImportError(f"dparray.mpi needs mpi4py ({e}); pip install mpi4py") from None

__all__ = ["default_rng", "local_device", "node_rank", "seed_sequence", "staged"]

_KINDS = ("auto", "gpu", "cpu")
_PARTITIONS = ("cores", "numa", None)


def node_rank(comm=None):
    """(rank, size) of this process among the ranks of comm on the same node."""
    comm = MPI.COMM_WORLD if comm is None else comm
    node = comm.Split_type(MPI.COMM_TYPE_SHARED, key=comm.Get_rank())
    try:
        return node.Get_rank(), node.Get_size()
    finally:
        node.Free()


def _cpu_share(cpu, rank, size, partition):
    """This rank's part of a CPU device shared by size ranks (the device itself if it cannot
    be split: fewer compute units than ranks, or no sub-device support)."""
    if size == 1 or partition is None:
        return cpu
    try:
        if partition == "numa":
            subs = cpu.create_sub_devices(partition="numa")
            return subs[rank % len(subs)] if len(subs) > 1 else cpu
        cu = cpu.max_compute_units
        if cu < size:
            return cpu
        counts = [cu // size + (1 if r < cu % size else 0) for r in range(size)]
        return cpu.create_sub_devices(partition=counts)[rank]
    except (ValueError, RuntimeError, NotImplementedError):
        return cpu


def local_device(comm=None, kind="auto", *, backend=None, partition="cores"):
    """This rank's device: GPUs round-robin among the node's ranks; on a CPU, a sub-device
    holding 1/n of the cores (partition="cores") or a NUMA domain (partition="numa") for each
    of the node's n ranks, or the whole CPU shared (partition=None, or when it cannot be
    split). kind: "auto" (a GPU if the node has one, else the CPU), "gpu" or "cpu"; backend
    narrows the choice ("host", "opencl")."""
    if kind not in _KINDS:
        raise ValueError(f"[local_device] kind must be one of {_KINDS}, got {kind!r}")
    if partition not in _PARTITIONS:
        raise ValueError(
            f"[local_device] partition must be one of {_PARTITIONS}, got {partition!r}"
        )
    rank, size = node_rank(comm)
    prefix = f"{backend}:" if backend else ""
    if kind in ("auto", "gpu"):
        gpus = [
            d for d in _core.get_devices(device_type="gpu") if not backend or d.backend == backend
        ]
        if gpus:
            return gpus[rank % len(gpus)]
        if kind == "gpu":
            raise ValueError(f"[local_device] kind='gpu', but this node has no {prefix}gpu device")
    return _cpu_share(_core.select_device(prefix + "cpu"), rank, size, partition)


def seed_sequence(comm=None, seed=None):
    """This rank's child of SeedSequence(seed) (spawned once per rank of comm): streams that
    differ per rank and are reproducible from one seed. seed=None draws fresh entropy on
    rank 0 and broadcasts it, so the ranks still share one root."""
    from .random import SeedSequence

    comm = MPI.COMM_WORLD if comm is None else comm
    if seed is None:
        seed = comm.bcast(SeedSequence().entropy if comm.Get_rank() == 0 else None, root=0)
    return SeedSequence(seed).spawn(comm.Get_size())[comm.Get_rank()]


def default_rng(comm=None, seed=None):
    """A dparray Generator (Philox) on this rank's stream (see seed_sequence)."""
    from .random import default_rng as _rng

    return _rng(seed_sequence(comm, seed))


class staged:
    """An explicit host staging buffer for MPI calls on an array of any device:

        with dparray.mpi.staged(x) as buf:               # send: buf holds x's values
            comm.Send(buf, dest=1)
        with dparray.mpi.staged(y, write=True) as buf:   # receive: buf goes back into y
            comm.Recv(buf, source=0)

    buf is a NumPy array: for host-visible memory a view of the array's own memory (no copy,
    nothing to write back), for device memory a host copy made on entry (and, with
    write=True, copied back into the array on a normal exit)."""

    def __init__(self, x, write=False):
        if not isinstance(x, _core.ndarray):
            raise TypeError(f"[staged] expected a dparray.ndarray, not {type(x).__name__}")
        self.array = x
        self.write = bool(write)
        self.zero_copy = x.__dlpack_device__()[0] == 1  # kDLCPU: the host reads it in place
        self.host = None

    def __enter__(self):
        x = self.array
        self.host = _np.from_dlpack(x) if self.zero_copy else _core.asnumpy(x)
        return self.host

    def __exit__(self, exc_type, exc, tb):
        if self.write and not self.zero_copy and exc_type is None:
            self.array[...] = _core.asarray(self.host, device=self.array.device)
        self.host = None
        return False

    def __repr__(self):
        how = "in place" if self.zero_copy else "through a host copy"
        return f"staged({self.array.shape} {self.array.dtype} on {self.array.device}, {how})"
