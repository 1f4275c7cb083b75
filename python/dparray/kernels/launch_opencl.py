"""Building a kernel's OpenCL C through dparray.program (memory + disk cache) and launching it.

Arguments are packed in C++ (_kernel_opencl_launch): an array is its whole allocation, its
element offset, shape and (unless C-contiguous) strides; a LocalAccessor is __local memory
and its shape; float16 scalars pass as float, bools as uchar, complex as two reals.
"""

from .launch_host import kinds_of


def build(f, itype, argtypes, queue, ident):
    from .. import _core, program
    from .codegen_opencl import OpenCLGen

    ndim = getattr(itype, "ndim", None) or itype.itype.ndim
    src = OpenCLGen(f).generate(ndim)
    prog = program.create_program_from_source(queue, src)
    return OpenCLLauncher(
        prog.get_kernel(f.name), kinds_of(argtypes), src, _core._kernel_opencl_launch
    )


class OpenCLLauncher:
    def __init__(self, kernel, kinds, source, run):
        self.kernel = kernel
        self.kinds = kinds
        self.source = source
        self._run = run

    def __call__(self, index_space, args, q, deps=None):
        deps = deps or ()
        if type(index_space).__name__ == "NdRange":
            return self._run(
                q, self.kernel, self.kinds, args, index_space._global, index_space._local, deps
            )
        return self._run(q, self.kernel, self.kinds, args, index_space, None, deps)
