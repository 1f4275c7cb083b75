"""dparray: data-parallel NumPy-style arrays on every CPU core and any OpenCL device.

One namespace serves the roles of dpctl (devices, queues, programs) and dpctl.tensor / dpnp
(arrays and operations, compute follows data).
"""

from . import _core
from ._aliases import *
from ._core import *
from ._core import ExecutionPlacementError, ndarray  # noqa: F401
from ._devices import lsplatform  # noqa: F401

__version__ = "0.1.0"

usm_ndarray = ndarray
SyclDevice = _core.Device
SyclQueue = _core.Queue
SyclEvent = _core.Event

_LAZY = {"random", "linalg", "program", "kernels"}


def __getattr__(name):
    # Submodules load on first use: importing dparray touches few files.
    if name in _LAZY:
        import importlib

        mod = importlib.import_module(f"{__name__}.{name}")
        globals()[name] = mod
        return mod
    raise AttributeError(f"module 'dparray' has no attribute {name!r}")
