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

_LAZY = {"random", "linalg", "program", "kernels", "fft"}


def __getattr__(name):
    # Submodules load on first use: importing dparray touches few files.
    if name in _LAZY:
        import importlib

        mod = importlib.import_module(f"{__name__}.{name}")
        globals()[name] = mod
        return mod
    if name == "fuse":  # dparray.fuse loads its tracer on first use
        from ._fuse import fuse

        globals()[name] = fuse
        return fuse
    raise AttributeError(f"module 'dparray' has no attribute {name!r}")


# NumPy's namespace beyond the Array API, one module per area (docs/numpy.md). These come
# after _core's names: where (one argument), unique (axis=) and linspace (array endpoints)
# wrap the core functions of the same name.
from . import _np_ndarray  # noqa: F401 (attaches NumPy's ndarray methods)
from ._np_config import *
from ._np_creation import *
from ._np_elementwise import *
from ._np_indexing import *
from ._np_io import *
from ._np_manipulation import *
from ._np_poly import *
from ._np_printing import *
from ._np_products import *
from ._np_protocols import *
from ._np_sets import *
from ._np_stats import *
from ._np_utils import *
from ._np_window import *
