"""Host kernels: LLVM IR through llvmlite, object code cached on disk, run on all cores.

The argument block (packed in C++, python/src/init_kernels.cpp) is int64 slots: global range
(0-2), local range (3-5), then per parameter an array's data pointer, offset, shape and
strides (elements), a LocalAccessor's shape, or a scalar's bits. Work units run through
oneTBB on the host queue (src/dparray/kernels/host_launch.cpp).
"""

from . import jit
from . import types as T


def symbol_of(key):
    return "dpk" + key[:24]


def build(f_or_none, itype, argtypes, queue, ident, options, lower=None, local=None):
    """A launcher for one signature; f_or_none is the IR (None: lower() makes it on a cache miss).
    local: the work-group size of an NdRange kernel, compiled in as constants (as PoCL does),
    so that the loops over a group's work-items have known trip counts."""
    key = jit.cache_key(ident + "|host|" + repr(itype) + repr(argtypes) + repr(local))
    sym = symbol_of(key)
    obj = jit.load_cached(key)
    source = None
    addr = 0
    if obj is not None:
        try:
            addr = jit.load_object(obj, sym + "_entry")
        except Exception:  # noqa: BLE001 - an unusable cached object is recompiled
            jit.drop_cached(key)
            addr = 0
    if not addr:
        from .codegen_llvm import LLVMGen

        f = f_or_none if f_or_none is not None else lower()
        source = LLVMGen(f, itype, argtypes, sym, local).generate()
        obj = jit.compile_ir(source)
        jit.save_cached(key, obj)
        addr = jit.load_object(obj, sym + "_entry")
    return HostLauncher(addr, itype, argtypes, source, key)


class HostLauncher:
    """Enqueues one compiled signature: packing and the oneTBB launch are C++ (_kernel_host_launch)."""

    def __init__(self, addr, itype, argtypes, source, key):
        from .. import _core

        self.addr = addr
        self.source = source
        self.key = key
        it = getattr(itype, "itype", itype)
        self.is_nd = it.what == "nditem"
        self.kinds = kinds_of(argtypes)
        self._run = _core._kernel_host_launch

    def __call__(self, index_space, args, q, deps=None):
        # deps None: call_kernel (may run inline); a tuple: call_kernel_async (always queued)
        is_async = deps is not None
        deps = deps or ()
        if self.is_nd:
            return self._run(
                q,
                self.addr,
                self.kinds,
                args,
                index_space._global,
                index_space._local,
                True,
                deps,
                is_async,
            )
        return self._run(q, self.addr, self.kinds, args, index_space, (), False, deps, is_async)


def kinds_of(argtypes):
    """One char per argument for the C++ packers: A/S arrays, L local memory, 'a'+dtype scalars."""
    out = []
    for t in argtypes:
        if isinstance(t, T.ArrayType):
            out.append("L" if t.space == "local" else ("A" if t.contig else "S"))
        else:
            out.append(chr(ord("a") + T.SCALARS.index(t)))
    return "".join(out)
