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
    """This process's rank among the ranks of a communicator on the same node.

    Parameters
    ----------
    comm : mpi4py.MPI.Comm, optional
        The communicator; the default, None, is ``MPI.COMM_WORLD``. Collective: every rank
        of `comm` must call it.

    Returns
    -------
    rank : int
        The process's rank among the ranks of `comm` that share its node (shared-memory
        domain), ordered by their rank in `comm`.
    size : int
        How many ranks of `comm` share the node.

    See Also
    --------
    local_device : The device this rank should use.

    Examples
    --------
    Run as a single process (without ``mpirun``):

    >>> from dparray import mpi
    >>> mpi.node_rank()
    (0, 1)
    """
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
    """The device this MPI rank should compute on.

    The ranks of `comm` on one node share its devices: GPUs are dealt round-robin among
    them; a CPU is split so that the node's n ranks do not compete for its cores.

    Parameters
    ----------
    comm : mpi4py.MPI.Comm, optional
        The communicator; the default, None, is ``MPI.COMM_WORLD``. Collective: every rank
        of `comm` must call it.
    kind : {"auto", "gpu", "cpu"}, optional
        ``"auto"`` (the default): a GPU if the node has one, else the CPU; ``"gpu"``: a
        GPU; ``"cpu"``: the CPU.
    backend : {"host", "opencl"}, optional
        Keyword only. Choose among that backend's devices only; the default, None, is any
        backend (the CPU is then the host backend's).
    partition : {"cores", "numa", None}, optional
        Keyword only. How a CPU is shared among the node's n ranks: ``"cores"`` (the
        default) gives each rank a sub-device of 1/n of the compute units (the first
        ``units % n`` ranks one more); ``"numa"`` gives rank r the NUMA domain r modulo the
        number of domains; None gives every rank the whole CPU.

    Returns
    -------
    Device
        A GPU, the CPU, or a sub-device of the CPU. The whole CPU is returned when one rank
        runs on the node, when the CPU has fewer compute units than ranks, has a single
        NUMA domain (``"numa"``), or cannot be partitioned.

    Raises
    ------
    ValueError
        If `kind` or `partition` is not one of the values above, or `kind` is ``"gpu"``
        and the node has no GPU (of `backend`); from the device selection, if no CPU device
        (of `backend`) is visible.

    See Also
    --------
    node_rank : The rank and number of ranks on the node.
    Device.create_sub_devices : How a CPU is split.

    Notes
    -----
    A host sub-device computes on a oneTBB arena of its own cores, so ranks that share a
    node do not oversubscribe it. Arrays created with ``device=local_device()`` stay on
    that device (compute follows data).

    Examples
    --------
    Run as a single process (without ``mpirun``), the rank gets a whole device:

    >>> from dparray import mpi
    >>> dev = mpi.local_device()
    >>> dev.is_gpu or dev == dp.Device("cpu")
    True
    >>> mpi.local_device(kind="cpu", partition=None) == dp.Device("cpu")
    True
    >>> x = dp.ones(10, device=mpi.local_device(kind="cpu"))
    >>> float(x.sum())
    10.0

    Under ``mpirun -n 4`` on one node, the same code gives each rank a GPU of the node or a
    quarter of the CPU's cores; here, 16 of a 64-core node (skipped: it needs MPI ranks):

    >>> from mpi4py import MPI
    >>> dev = mpi.local_device(MPI.COMM_WORLD, kind="cpu")  # doctest: +SKIP
    >>> dev.parent_device == dp.Device("cpu"), dev.max_compute_units  # doctest: +SKIP
    (True, 16)
    """
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
    """This rank's seed sequence: one child of a common root per rank.

    ``SeedSequence(seed).spawn(comm.Get_size())[comm.Get_rank()]``: the ranks draw
    independent streams that are reproducible from one seed.

    Parameters
    ----------
    comm : mpi4py.MPI.Comm, optional
        The communicator; the default, None, is ``MPI.COMM_WORLD``. Collective when `seed`
        is None.
    seed : int, sequence of int or None, optional
        The root's entropy, the same on every rank. The default, None, draws fresh entropy
        on rank 0 and broadcasts it, so the ranks still share one root.

    Returns
    -------
    dparray.random.SeedSequence
        The child whose ``spawn_key`` is ``(rank,)``.

    See Also
    --------
    default_rng : A Generator on this stream.

    Examples
    --------
    Run as a single process (without ``mpirun``), the rank is 0:

    >>> from dparray import mpi
    >>> ss = mpi.seed_sequence(seed=42)
    >>> ss.entropy, ss.spawn_key
    (42, (0,))
    """
    from .random import SeedSequence

    comm = MPI.COMM_WORLD if comm is None else comm
    if seed is None:
        seed = comm.bcast(SeedSequence().entropy if comm.Get_rank() == 0 else None, root=0)
    return SeedSequence(seed).spawn(comm.Get_size())[comm.Get_rank()]


def default_rng(comm=None, seed=None):
    """A random Generator on this rank's own stream.

    ``dparray.random.default_rng(seed_sequence(comm, seed))``: the ranks draw independent
    streams, reproducible from one seed.

    Parameters
    ----------
    comm : mpi4py.MPI.Comm, optional
        The communicator; the default, None, is ``MPI.COMM_WORLD``. Collective when `seed`
        is None.
    seed : int, sequence of int or None, optional
        The common root's entropy (see `seed_sequence`). The default, None, draws fresh
        entropy on rank 0 and broadcasts it.

    Returns
    -------
    dparray.random.Generator
        A Generator with a Philox bit generator seeded by this rank's child sequence.

    See Also
    --------
    seed_sequence

    Examples
    --------
    Run as a single process (without ``mpirun``), the rank is 0:

    >>> from dparray import mpi
    >>> g = mpi.default_rng(seed=42)
    >>> x = g.random(3)
    >>> child = dp.random.SeedSequence(42).spawn(1)[0]   # rank 0's child
    >>> bool((x == dp.random.default_rng(child).random(3)).all())
    True
    """
    from .random import default_rng as _rng

    return _rng(seed_sequence(comm, seed))


class staged:
    """A host buffer of an array for MPI calls, as a context manager.

    Host arrays (the host backend and its sub-devices) are MPI buffers as they are; OpenCL
    device memory is not host memory, and mpi4py cannot read it. ``with staged(x) as
    buf`` gives a NumPy array to pass to MPI whatever the device::

        with dparray.mpi.staged(x) as buf:               # send: buf holds x's values
            comm.Send(buf, dest=1)
        with dparray.mpi.staged(y, write=True) as buf:   # receive: buf goes back into y
            comm.Recv(buf, source=0)

    For host-visible memory `buf` is a view of the array's own memory (no copy, nothing to
    write back); for device memory it is a host copy made on entry and, with
    ``write=True``, copied back into the array when the block exits without an exception.

    Parameters
    ----------
    x : ndarray
        The array to stage.
    write : bool, optional
        Whether the block writes `buf` and the array must get its values (default False).
        Without it, changes to a host copy are dropped.

    Attributes
    ----------
    array : ndarray
        The staged array.
    write : bool
        The `write` argument.
    zero_copy : bool
        True when the array is in host-visible memory and `buf` is a view of it.

    Raises
    ------
    TypeError
        If `x` is not a `dparray.ndarray`.

    Examples
    --------
    >>> from dparray import mpi
    >>> x = dp.arange(4.0, device="host:cpu:0")
    >>> s = mpi.staged(x, write=True)
    >>> s.zero_copy                       # host memory: a view, no copy
    True
    >>> with s as buf:
    ...     buf[0] = 10.0                 # e.g. comm.Recv(buf, source=0)
    >>> x
    array([10.,  1.,  2.,  3.])

    On an OpenCL device the buffer is a host copy (the same code, when one is visible):

    >>> for dev in dp.get_devices(backend="opencl")[:1]:
    ...     y = dp.zeros(3, device=dev)
    ...     with mpi.staged(y, write=True) as buf:
    ...         assert not mpi.staged(y).zero_copy
    ...         buf[:] = 7.0
    ...     assert (dp.asnumpy(y) == 7.0).all()
    """

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
