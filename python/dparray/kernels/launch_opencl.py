"""Building a kernel's OpenCL C through dparray.program (memory + disk cache) and launching it."""

import numpy as np

from . import types as T
from .codegen_opencl import OpenCLGen


def _ndim(itype):
    return getattr(itype, "ndim", None) or itype.itype.ndim


def build(f, itype, argtypes, queue, ident):
    import dparray as dp
    from dparray import program

    src = OpenCLGen(f).generate(_ndim(itype))
    prog = program.create_program_from_source(queue, src)
    kern = prog.get_kernel(f.name)
    packers = [_packer(t) for t in argtypes]
    LocalMemory = program.LocalMemory
    submit = program.submit

    def launch(index_space, args, q):
        packed = []
        for p, a in zip(packers, args):
            p(a, packed, dp, LocalMemory)
        if isinstance(index_space, T.__class__):
            pass
        if hasattr(index_space, "local_range"):
            g = list(reversed(index_space.global_range))
            loc = list(reversed(index_space.local_range))
        else:
            g = list(reversed(index_space))
            loc = None
        return submit(q, kern, packed, g, loc)

    launch.source = src
    return launch


def _packer(t):
    if isinstance(t, T.ArrayType) and t.space == "global":
        contig = t.contig

        def pack(a, out, dp, LocalMemory):
            shape, isz = a.shape, a.itemsize
            strides = [st // isz for st in a.strides]
            off = a._element_offset
            hi = off
            for s, st in zip(shape, strides):
                if s == 0:
                    hi = -1
                    break
                if st > 0:
                    hi += (s - 1) * st
            n = max(hi + 1, 1) if a.size else 1
            base = (
                a
                if (off == 0 and a.ndim == 1 and contig)
                else dp.ndarray((n,), a.dtype, strides=(1,), buffer=a, offset=0)
                if a.size
                else a
            )
            out.append(base)
            out.append(np.int64(off))
            out.extend(np.int64(s) for s in shape)
            if not contig:
                out.extend(np.int64(s) for s in strides)

        return pack
    if isinstance(t, T.ArrayType):

        def pack_local(a, out, dp, LocalMemory):
            out.append(LocalMemory(max(a.nbytes, 1)))
            out.extend(np.int64(s) for s in a.shape)

        return pack_local
    if t == "bool":
        return lambda a, out, *_: out.append(np.uint8(bool(a)))
    if t == "float16":
        return lambda a, out, *_: out.append(np.float32(a))
    if t in ("complex64", "complex128"):
        r = np.float32 if t == "complex64" else np.float64

        def pack_c(a, out, *_):
            c = complex(a)
            out.append(r(c.real))
            out.append(r(c.imag))

        return pack_c
    typ = getattr(np, t)
    return lambda a, out, *_: out.append(typ(a))
