"""dparray.program: OpenCL C programs built from source on a queue's device, their kernels,
and launches (the role of dpctl.program). Builds are cached in memory and on disk.

    prog = dparray.program.create_program_from_source(q, src)
    k = prog.get_kernel("axpy")
    ev = dparray.program.submit(q, k, [y, x, numpy.float32(2)], global_range=[n])

Arrays are passed as buffers; scalars need an explicit C type: a NumPy scalar, a ctypes
value or a (value, dtype) pair. LocalMemory(nbytes) passes __local memory.
"""

from . import _core

Program = _core.Program
Kernel = _core.Kernel
LocalMemory = _core.LocalMemory

__all__ = ["Kernel", "LocalMemory", "Program", "create_program_from_source", "submit"]


def create_program_from_source(queue, src, options=""):
    """Build OpenCL C `src` with compiler `options` on `queue`'s device."""
    return _core._program_create_from_source(queue, src, options)


def submit(queue, kernel, args, global_range, local_range=None):
    """Enqueue `kernel` on `queue` over `global_range` (and `local_range`); returns an Event."""
    return _core._program_submit(queue, kernel, args, global_range, local_range)
