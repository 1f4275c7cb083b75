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
    """Runs kernel_fn over index_space (Range or NdRange) with args, in Python, synchronously."""
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
