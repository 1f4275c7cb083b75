"""dparray: data-parallel NumPy-style arrays on every CPU core and any OpenCL device.

One namespace serves the roles of dpctl (devices, queues, programs) and dpctl.tensor / dpnp
(arrays and operations, compute follows data).
"""

from . import _core
from ._aliases import *
from ._core import *
from ._core import ExecutionPlacementError, ndarray  # noqa: F401
from ._devices import lsplatform  # noqa: F401
from ._info import __array_namespace_info__, finfo, iinfo, isdtype  # noqa: F401

__version__ = "0.1.0"
__array_api_version__ = "2024.12"

usm_ndarray = ndarray
SyclDevice = _core.Device
SyclQueue = _core.Queue
SyclEvent = _core.Event

def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    """Whether a and b are equal within atol + rtol * |b| everywhere (numpy.allclose); a Python bool."""
    if not isinstance(a, ndarray) and not isinstance(b, ndarray):
        raise TypeError("allclose: at least one argument must be a dparray.ndarray")
    q = a.sycl_queue if isinstance(a, ndarray) else b.sycl_queue
    a = a if isinstance(a, ndarray) else asarray(a, sycl_queue=q)
    b = b if isinstance(b, ndarray) else asarray(b, sycl_queue=q)
    # same-signed infinities are close (inf - inf is NaN below)
    close = (abs(a - b) <= atol + rtol * abs(b)) | ((a == b) & isinf(a))
    if equal_nan:
        close = close | (isnan(a) & isnan(b))
    return bool(all(close))


_LAZY = {"random", "linalg", "program", "kernels", "fft"}


def __getattr__(name):
    # Submodules load on first use: importing dparray touches few files.
    if name in _LAZY:
        import importlib

        mod = importlib.import_module(f"{__name__}.{name}")
        globals()[name] = mod
        return mod
    raise AttributeError(f"module 'dparray' has no attribute {name!r}")


from ._np_elementwise import *  # after allclose above: NumPy 2's isclose rule
