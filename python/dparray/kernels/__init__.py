"""dparray.kernels: data-parallel kernels written in Python (the numba-dpex kernel API).

kernel_api.call_kernel runs a plain Python kernel function (the reference runner).
"""

from . import kernel_api
from .errors import KernelError
from .ranges import NdRange, Range

__all__ = ["KernelError", "NdRange", "Range", "kernel_api"]
