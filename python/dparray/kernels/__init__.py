"""dparray.kernels: data-parallel kernels written in Python (the numba-dpex kernel API).

    import dparray.kernels as dpex
    from dparray.kernels import kernel_api as kapi

    @dpex.kernel
    def vecadd(item: kapi.Item, a, b, c):
        i = item.get_id(0)
        c[i] = a[i] + b[i]

    dpex.call_kernel(vecadd, dpex.Range(N), a, b, c)

Kernels compile to OpenCL C on OpenCL devices and to native code (LLVM, through llvmlite)
on the host backend. kernel_api.call_kernel runs the plain Python function instead.
"""

from . import kernel_api
from .dispatch import DeviceFunction, Kernel, call_kernel, call_kernel_async, device_func, kernel
from .errors import KernelError
from .ranges import NdRange, Range

__all__ = [
    "DeviceFunction",
    "Kernel",
    "KernelError",
    "NdRange",
    "Range",
    "call_kernel",
    "call_kernel_async",
    "device_func",
    "kernel",
    "kernel_api",
]
