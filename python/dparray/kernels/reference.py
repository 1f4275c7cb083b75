"""kernel_api.call_kernel: run an undecorated kernel function in plain Python.

A Range launch runs its work-items one after another on the calling thread. An NdRange
launch runs one work-group at a time; its work-items are threads that take turns (one
runs at a time, in local linear id order), so `group_barrier` really waits for the whole
group and pdb / print behave as in ordinary Python. Each work-group gets fresh
LocalAccessor memory.
"""

import inspect
import itertools
import threading

import numpy as np

from .index_space import Group, Item, NdItem
from .memory import LocalAccessor
from .ranges import NdRange, Range


class _GroupContext:
    """Turn-taking of the work-items of one work-group: barrier() ends a work-item's turn."""

    def __init__(self, n):
        self.n = n
        self.cv = threading.Condition()
        self.turn = 0
        self.done = [False] * n
        self.waiting = [False] * n  # at a barrier in the current phase
        self.error = None
        self.local = threading.local()

    def _next_turn(self, me):
        # Next work-item (after me) still running this phase; else start a new phase.
        for k in range(me + 1, self.n):
            if not self.done[k]:
                self.turn = k
                return
        waiting = [k for k in range(self.n) if self.waiting[k]]
        if waiting and any(self.done):
            finished = [k for k in range(self.n) if self.done[k]]
            self.error = RuntimeError(
                f"group_barrier: work-items {waiting[:4]} wait at a barrier that work-items "
                f"{finished[:4]} of the same group never reach (a barrier must be reached by the whole group)"
            )
            self.turn = -1
            return
        for k in range(self.n):
            self.waiting[k] = False
        self.turn = waiting[0] if waiting else -1

    def wait_turn(self, me):
        with self.cv:
            self.cv.wait_for(lambda: self.turn == me or self.error is not None)
            if self.error is not None:
                raise _Aborted()

    def barrier(self):
        me = self.local.me
        with self.cv:
            self.waiting[me] = True
            self._next_turn(me)
            self.cv.notify_all()
            self.cv.wait_for(lambda: self.turn == me or self.error is not None)
            if self.error is not None:
                raise _Aborted()

    def finish(self, me, exc=None):
        with self.cv:
            self.done[me] = True
            if exc is not None and self.error is None:
                self.error = exc
            elif self.error is None:
                self._next_turn(me)
            self.cv.notify_all()


class _Aborted(Exception):
    pass


def _to_host(args):
    """NumPy views of the arguments: dparray arrays are copied to the host and back after."""
    try:
        import dparray as dp
    except ImportError:  # pragma: no cover
        dp = None
    host, writeback = [], []
    for a in args:
        if dp is not None and isinstance(a, dp.ndarray):
            h = dp.asnumpy(a)
            host.append(h)
            writeback.append((a, h))
        else:
            host.append(a)
    return host, writeback


def _write_back(writeback):
    import dparray as dp

    for a, h in writeback:
        a[...] = dp.asarray(h, device=a.sycl_queue)


_active = [0]  # reference launches running: device functions are then plain Python calls


def active():
    return _active[0] > 0


def call_kernel(kernel_fn, index_space, *args):
    """Runs a kernel function as plain Python over an index space (the reference runner).

    numba-dpex's ``kernel_api.call_kernel``: the function (or a ``Kernel``'s ``py_func``)
    is not compiled; it runs on the calling thread with the ``Item`` / ``NdItem`` classes of
    ``kernel_api``, so ``print``, ``pdb`` and exceptions work as in any Python program. Use
    it to develop and debug a kernel, and as an oracle for the compiled one.

    Parameters
    ----------
    kernel_fn : function or Kernel
        The kernel function, taking its item first; a ``Kernel`` runs its ``py_func``.
    index_space : Range or NdRange
        A ``Range`` runs the work-items one after another in row-major order. An
        ``NdRange`` runs one work-group at a time; its work-items are threads that take
        turns (one running at a time, in local linear id order), so ``group_barrier``
        waits for the whole group.
    *args
        The kernel's arguments: NumPy arrays, dparray arrays (copied to the host, and
        copied back into the same arrays after the run), scalars and ``LocalAccessor``
        objects (``NdRange`` only; each work-group gets its own uninitialised NumPy array
        of the accessor's shape and dtype).

    Returns
    -------
    None
        The run is synchronous; results are in the array arguments.

    Raises
    ------
    ValueError
        If `kernel_fn` is not callable, the index space is not a ``Range`` or ``NdRange``,
        or the function's parameter count is not ``len(args) + 1``.
    TypeError
        If a ``LocalAccessor`` is passed to a ``Range`` launch.
    RuntimeError
        If some work-items of a group wait at a barrier that others never reach.
    Exception
        Whatever the kernel function raises (for example ``IndexError`` for an index out
        of range), re-raised on the calling thread.

    See Also
    --------
    dparray.kernels.call_kernel : compile and run the kernel on a device.

    Notes
    -----
    Device functions called from the kernel run as plain Python. Every dparray array
    argument is written back after the run, also those the kernel only read. Atomic
    operations are serialised by a lock; ``atomic_fence`` only checks its arguments.
    Arithmetic is that of Python numbers and NumPy scalars: ids are Python ints, which do
    not wrap around as the compiled kernel's int64 values do.

    Differences from numba-dpex: barriers are honoured (numba-dpex's simulator raises
    ``NotImplementedError`` at ``group_barrier``), and each work-group gets its own
    ``LocalAccessor`` memory (numba-dpex's shares one buffer between all groups).

    Examples
    --------
    On NumPy arrays:

    >>> from dparray.kernels import kernel_api as kapi
    >>> def vecadd(item, a, b, c):
    ...     i = item.get_id(0)
    ...     c[i] = a[i] + b[i]
    >>> a = np.arange(4.0)
    >>> c = np.empty(4)
    >>> kapi.call_kernel(vecadd, kapi.Range(4), a, a, c)
    >>> c
    array([0., 2., 4., 6.])

    An NdRange launch with local memory and a barrier, on dparray arrays:

    >>> def rotate_blocks(nditem, a, b, tmp):
    ...     lid = nditem.get_local_id(0)
    ...     n = nditem.get_local_range(0)
    ...     tmp[lid] = a[nditem.get_global_id(0)]
    ...     kapi.group_barrier(nditem.get_group())
    ...     b[nditem.get_global_id(0)] = tmp[(lid + 1) % n]
    >>> a = dp.arange(6)
    >>> b = dp.zeros_like(a)
    >>> kapi.call_kernel(rotate_blocks, kapi.NdRange(6, 3), a, b, kapi.LocalAccessor(3, a.dtype))
    >>> b
    array([1, 2, 0, 4, 5, 3])
    >>> np.roll(np.arange(6).reshape(2, 3), -1, axis=1).ravel()
    array([1, 2, 0, 4, 5, 3])
    """
    fn = getattr(kernel_fn, "py_func", kernel_fn)
    if not callable(fn):
        raise ValueError(f"call_kernel: {kernel_fn!r} is not callable")  # noqa: TRY004 - numba-dpex raises ValueError
    if not isinstance(index_space, (Range, NdRange)):
        raise ValueError(  # noqa: TRY004
            f"call_kernel: the index space must be a Range or NdRange, not {type(index_space).__name__}"
        )
    try:
        nparams = len(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        nparams = None
    if nparams is not None and nparams != len(args) + 1:
        raise ValueError(
            f"call_kernel: {fn.__name__} takes {nparams} parameters; a kernel takes its item first, "
            f"then the {len(args)} arguments given"
        )
    has_local = any(isinstance(a, LocalAccessor) for a in args)
    if isinstance(index_space, Range) and has_local:
        raise TypeError(
            "call_kernel: a LocalAccessor argument needs an NdRange launch, not a Range"
        )
    host, writeback = _to_host(args)
    _active[0] += 1
    try:
        if isinstance(index_space, Range):
            rng = tuple(index_space)
            for ids in itertools.product(*[range(r) for r in rng]):
                fn(Item(ids, rng), *host)
        else:
            _run_ndrange(fn, index_space, host)
    finally:
        _active[0] -= 1
    if writeback:
        _write_back(writeback)


def _run_ndrange(fn, nd, args):
    grange = tuple(nd.global_range)
    lrange = tuple(nd.local_range)
    ngroups = tuple(g // l for g, l in zip(grange, lrange))
    local_ids = list(itertools.product(*[range(r) for r in lrange]))
    for gid in itertools.product(*[range(r) for r in ngroups]):
        group_args = [
            np.empty(a.shape, a.dtype) if isinstance(a, LocalAccessor) else a for a in args
        ]
        ctx = _GroupContext(len(local_ids))
        group = Group(gid, ngroups, lrange, ctx)

        def work(me, lid, group_args=group_args, ctx=ctx, group=group, gid=gid):
            ctx.local.me = me
            try:
                ctx.wait_turn(me)
                glob = tuple(g * l + i for g, l, i in zip(gid, lrange, lid))
                fn(NdItem(glob, lid, grange, lrange, group), *group_args)
            except _Aborted:
                ctx.finish(me)
                return
            except BaseException as e:  # reported on the calling thread  # noqa: BLE001 - re-raised on the calling thread
                ctx.finish(me, e)
                return
            ctx.finish(me)

        threads = [
            threading.Thread(target=work, args=(k, lid), daemon=True)
            for k, lid in enumerate(local_ids)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if ctx.error is not None:
            raise ctx.error
