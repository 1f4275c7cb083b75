"""Host kernels: LLVM IR through llvmlite, object code cached on disk, work-groups run on all cores.

The argument block is an int64 array: global range (slots 0-2), local range (3-5), then per
parameter the array's data pointer, offset, shape and strides (elements), a LocalAccessor's
shape, or a scalar's bits. Chunks of work-groups run on a thread pool through ctypes, which
releases the GIL while native code runs.
"""

import ctypes
import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from . import jit
from . import types as T

_ENTRY = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_int64, ctypes.c_int64)
_pool = None
_NTHREADS = max(
    1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
)


def _get_pool():
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=_NTHREADS, thread_name_prefix="dparray-kernel")
    return _pool


def symbol_of(key):
    return "dpk" + key[:24]


def build(f_or_none, itype, argtypes, queue, ident, options, lower=None):
    """A launcher for one signature; f_or_none is the IR (None: lower() makes it on a cache miss)."""
    key = jit.cache_key(ident + "|host|" + repr(itype) + repr(argtypes))
    sym = symbol_of(key)
    obj = jit.load_cached(key)
    source = None
    if obj is None:
        from .codegen_llvm import LLVMGen

        f = f_or_none if f_or_none is not None else lower()
        source = LLVMGen(f, itype, argtypes, sym).generate()
        obj = jit.compile_ir(source)
        jit.save_cached(key, obj)
    addr = jit.load_object(obj, sym + "_entry")
    return HostLauncher(_ENTRY(addr), itype, argtypes, source, key)


class HostLauncher:
    def __init__(self, entry, itype, argtypes, source, key):
        self.entry = entry
        self.source = source
        self.key = key
        it = getattr(itype, "itype", itype)
        self.is_nd = it.what == "nditem"
        self.packers = [_packer(t) for t in argtypes]
        self.nslots = 6 + sum(_nslots(t) for t in argtypes)

    def __call__(self, index_space, args, q):
        blk = np.zeros(self.nslots, np.int64)
        if self.is_nd:
            g = tuple(index_space.global_range)
            loc = tuple(index_space.local_range)
            total = 1
            for a, b in zip(g, loc):
                total *= a // b
            items = 1
            for a in g:
                items *= a
        else:
            g = tuple(index_space)
            loc = (1,) * len(g)
            total = g[0] if len(g) == 1 else int(np.prod(g[:-1]))
            items = int(np.prod(g))
        blk[0 : len(g)] = g
        blk[3 : 3 + len(loc)] = loc
        keep = []
        pos = 6
        for p, a in zip(self.packers, args):
            pos = p(a, blk, pos, keep)
        q.wait()  # the queue's earlier work (which may produce the inputs) comes first
        if items == 0 or total == 0:
            return q.submit_barrier()
        ptr = blk.ctypes.data
        nthreads = _NTHREADS
        if items < 16384 or nthreads == 1 or total == 1:
            self.entry(ptr, 0, total)
        else:
            chunks = min(total, nthreads * 4)
            bounds = [total * k // chunks for k in range(chunks + 1)]
            pool = _get_pool()
            futs = [
                pool.submit(self.entry, ptr, bounds[k], bounds[k + 1])
                for k in range(1, chunks)
                if bounds[k] < bounds[k + 1]
            ]
            if bounds[0] < bounds[1]:
                self.entry(ptr, bounds[0], bounds[1])
            for fu in futs:
                fu.result()
        del keep
        return q.submit_barrier()


def _nslots(t):
    if isinstance(t, T.ArrayType):
        if t.space == "local":
            return t.ndim
        return 2 + t.ndim + (0 if t.contig else t.ndim)
    if t in ("complex64", "complex128"):
        return 2
    return 1


def _packer(t):
    if isinstance(t, T.ArrayType) and t.space == "local":

        def pack_local(a, blk, pos, keep):
            for s in a.shape:
                blk[pos] = s
                pos += 1
            return pos

        return pack_local
    if isinstance(t, T.ArrayType):
        contig = t.contig

        def pack(a, blk, pos, keep):
            if a.size:
                h = np.from_dlpack(a)
                keep.append(h)
                blk[pos] = h.ctypes.data
            else:
                blk[pos] = 0
            blk[pos + 1] = 0
            pos += 2
            for s in a.shape:
                blk[pos] = s
                pos += 1
            if not contig:
                isz = a.itemsize
                for s in a.strides:
                    blk[pos] = s // isz
                    pos += 1
            return pos

        return pack
    if t == "bool":

        def pb(a, blk, pos, keep):
            blk[pos] = 1 if a else 0
            return pos + 1

        return pb
    if T.is_int(t):
        typ = getattr(np, t)

        def pi(a, blk, pos, keep):
            blk[pos] = (
                np.array(typ(a)).astype(np.int64, casting="unsafe") if t == "uint64" else int(a)
            )
            return pos + 1

        if t == "uint64":

            def pu(a, blk, pos, keep):
                blk[pos : pos + 1] = np.array([np.uint64(a)]).view(np.int64)
                return pos + 1

            return pu
        return pi
    if t in ("float16", "float32"):

        def pf(a, blk, pos, keep):
            blk[pos] = int(np.array([np.float32(a)]).view(np.uint32)[0])
            return pos + 1

        return pf
    if t == "float64":

        def pd(a, blk, pos, keep):
            blk[pos : pos + 1] = np.array([float(a)]).view(np.int64)
            return pos + 1

        return pd
    part = np.float32 if t == "complex64" else np.float64
    view = np.uint32 if t == "complex64" else np.int64

    def pc(a, blk, pos, keep):
        c = complex(a)
        for v in (c.real, c.imag):
            blk[pos] = int(np.array([part(v)]).view(view)[0])
            pos += 1
        return pos

    return pc
