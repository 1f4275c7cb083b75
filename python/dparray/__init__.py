"""dparray: data-parallel NumPy-style arrays on every CPU core and any OpenCL device.

One namespace serves the roles of dpctl (devices, queues, programs) and dpctl.tensor / dpnp
(arrays and operations, compute follows data).
"""

import os as _os

from . import _core
from ._aliases import *
from ._core import *
from ._core import AxisError, ExecutionPlacementError, ndarray  # noqa: F401
from ._devices import lsplatform  # noqa: F401
from ._info import __array_namespace_info__, finfo, iinfo, isdtype  # noqa: F401

__version__ = "0.1.0"
__array_api_version__ = "2024.12"

usm_ndarray = ndarray
SyclDevice = _core.Device
SyclQueue = _core.Queue
SyclEvent = _core.Event

# Docstrings of the exception and result classes _core creates (NumPy style, for help()).
_core.ExecutionPlacementError.__doc__ = """\
Operands of an operation are on different queues (compute follows data).

An operation runs on the queue its array inputs are on; when they are on different queues,
even of one device, dparray does not guess where to compute and raises this error instead of
copying data behind the caller's back. Move data explicitly first: ``x.to_device(device)``,
``dp.asarray(x, device=...)`` or ``dp.asarray(x, sycl_queue=...)``. A subclass of
ValueError; it plays the role of ``dpctl.utils.ExecutionPlacementError``.

Examples
--------
>>> a = dp.ones(2, sycl_queue=dp.Queue("cpu"))
>>> b = dp.ones(2, sycl_queue=dp.Queue("cpu"))    # another queue of the same device
>>> try:
...     a + b
... except dp.ExecutionPlacementError as e:
...     print("different queues")
different queues
>>> a + dp.asarray(b, sycl_queue=a.sycl_queue)
array([2., 2.])
>>> issubclass(dp.ExecutionPlacementError, ValueError)
True
"""
_core.AxisError.__doc__ = """\
An axis argument is out of range for the array's number of dimensions.

Raised by every function that takes ``axis`` (reductions, manipulation, sorting, fft, random
permutations, ``take``, ...), with a message naming the function, the axis and the number of
dimensions. As NumPy's ``numpy.exceptions.AxisError``, a subclass of both ValueError and
IndexError, so code that catches either keeps working. ``dparray.fft.AxisError`` is the same
class.

Examples
--------
>>> try:
...     dp.sum(dp.ones((2, 3)), axis=2)
... except dp.AxisError as e:
...     print(e)
[sum] axis 2 is out of bounds for array of dimension 2
>>> issubclass(dp.AxisError, ValueError) and issubclass(dp.AxisError, IndexError)
True
"""
_core.BuildError.__doc__ = """\
An OpenCL program or kernel failed to compile.

Raised by ``dparray.program.create_program_from_source`` and by operations whose OpenCL
kernel does not build on the device; the message names the device and holds the compiler's
log. A subclass of RuntimeError.

Examples
--------
>>> issubclass(dp.BuildError, RuntimeError)
True
"""
_core.UniqueAllResult.__doc__ = """\
The result of `unique_all`: a named tuple ``(values, indices, inverse_indices, counts)``.

Attributes
----------
values : ndarray
    The unique elements of the input, sorted.
indices : ndarray
    The index (int64) into the flattened input of the first occurrence of each value.
inverse_indices : ndarray
    For each input element, the index (int64) of its value in `values`.
counts : ndarray
    How many times each value occurs (int64).

Examples
--------
>>> r = dp.unique_all(dp.asarray([3, 1, 3, 2, 1, 3]))
>>> r.values, r.counts
(array([1, 2, 3]), array([2, 1, 3]))
>>> r.indices, r.inverse_indices
(array([1, 3, 0]), array([2, 0, 2, 1, 0, 2]))
>>> values, indices, inverse, counts = r
"""
_core.UniqueCountsResult.__doc__ = """\
The result of `unique_counts`: a named tuple ``(values, counts)``.

Attributes
----------
values : ndarray
    The unique elements of the input, sorted.
counts : ndarray
    How many times each value occurs (int64).

Examples
--------
>>> values, counts = dp.unique_counts(dp.asarray([3, 1, 3, 2, 1, 3]))
>>> values, counts
(array([1, 2, 3]), array([2, 1, 3]))
"""
_core.UniqueInverseResult.__doc__ = """\
The result of `unique_inverse`: a named tuple ``(values, inverse_indices)``.

Attributes
----------
values : ndarray
    The unique elements of the input, sorted.
inverse_indices : ndarray
    For each input element, the index (int64) of its value in `values`:
    ``values[inverse_indices]`` rebuilds the input.

Examples
--------
>>> r = dp.unique_inverse(dp.asarray([3, 1, 3, 2, 1, 3]))
>>> r.values, r.inverse_indices
(array([1, 2, 3]), array([2, 0, 2, 1, 0, 2]))
>>> r.values[r.inverse_indices]
array([3, 1, 3, 2, 1, 3])
"""

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
    if name == "__all__" or not name.startswith("_"):
        _load_numpy_namespace()
        if name in globals():
            return globals()[name]
    raise AttributeError(f"module 'dparray' has no attribute {name!r}")


def __dir__():
    _load_numpy_namespace()
    return sorted(globals())


# NumPy's namespace beyond the Array API, one module per area (docs/numpy.md). Their names
# come after _core's: where (one argument), unique (axis=) and linspace (array endpoints)
# wrap the core functions of the same name. The modules that change ndarray load now; the
# others on the first use of a name that is not already here, so `import dparray` and
# array work touch few files.
from . import _dask  # noqa: F401 (dask.array's dispatch for dparray chunks, when Dask is used)

if _os.environ.get("NB_STUBGEN") != "1":  # the typing stub describes the C++ module alone
    from . import (
        _np_ndarray,  # noqa: F401 (attaches NumPy's ndarray methods)
        _np_protocols,  # noqa: F401 (attaches __array_function__)
    )
from ._np_indexing import *

_NUMPY_MODULES = (
    "_np_config",
    "_np_creation",
    "_np_elementwise",
    "_np_histograms",
    "_np_io",
    "_np_manipulation",
    "_np_nanfunctions",
    "_np_poly",
    "_np_printing",
    "_np_products",
    "_np_quantiles",
    "_np_sets",
    "_np_stats",
    "_np_utils",
    "_np_window",
)
# _core names that a module above redefines: absent until it loads (tests check the list).
_REDEFINED_CORE_NAMES = ("linspace", "unique")
for _name in _REDEFINED_CORE_NAMES:
    del globals()[_name]
del _name
_namespace_lock = __import__("_thread").RLock()
_namespace_loaded = False


def _load_numpy_namespace():
    """Imports the NumPy-namespace modules once and publishes their names here."""
    global _namespace_loaded
    if _namespace_loaded:
        return
    with _namespace_lock:  # re-entered by the same thread while a module imports: no-op
        if _namespace_loaded:
            return
        import importlib

        _namespace_loaded = True
        for module in _NUMPY_MODULES:
            mod = importlib.import_module(f"{__name__}.{module}")
            globals().update({n: getattr(mod, n) for n in mod.__all__})
