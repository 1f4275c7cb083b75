"""Dask support: dask.array's per-type dispatchers learn dparray.ndarray chunks.

Dask reaches chunk functions through __array_function__ / __array_ufunc__, except for a few
per-type lookups. Its default element count (numel_lookup, used by mean / var / std) makes a
NumPy array, which dparray refuses to mix with device data; dparray's answers stay on the
chunk's device. dask.sizeof learns the chunks' byte size (distributed's memory accounting).

Registration happens when both are imported, in either order: now if dask.array is already
loaded, else just after dask.array's import (a one-shot import hook), so worker processes
that unpickle dparray chunks get it too.
"""

import math
import sys

from . import _core

_done = False


def _numel(x, **kwargs):
    """The element count of a chunk over axis (None: all), as dask's reductions want it: a
    Python number, or with keepdims=True an array on the chunk's device."""
    shape = x.shape
    axis = kwargs.get("axis")
    dtype = kwargs.get("dtype") or _core.float64
    if axis is None:
        axes = range(len(shape))
    else:
        axes = [a % len(shape) for a in (axis if isinstance(axis, (tuple, list)) else [axis])]
    count = math.prod(shape[a] for a in axes)
    keep = kwargs.get("keepdims", False)
    if axis is None and not keep:
        return _core.asarray(count, dtype=dtype, device=x.device)
    out_shape = tuple(1 if a in axes else n for a, n in enumerate(shape))
    if not keep:
        out_shape = tuple(n for a, n in enumerate(shape) if a not in axes)
    return _core.full(out_shape, count, dtype=dtype, device=x.device)


def register():
    """Registers dparray.ndarray with dask.array's dispatchers and dask.sizeof (idempotent)."""
    global _done
    if _done:
        return
    from dask.array.dispatch import numel_lookup, to_numpy_dispatch
    from dask.sizeof import sizeof

    numel_lookup.register(_core.ndarray, _numel)
    to_numpy_dispatch.register(_core.ndarray, _core.asnumpy)
    sizeof.register(_core.ndarray, lambda x: int(x.nbytes))
    _done = True


class _AfterDaskArray:
    """Finds dask.array through the other finders, and registers once it has executed. A
    duck-typed meta-path finder: importlib.abc would load importlib.resources at import."""

    def find_spec(self, name, path=None, target=None):
        if name != "dask.array":
            return None
        import importlib.util

        sys.meta_path[:] = [f for f in sys.meta_path if f is not self]
        spec = importlib.util.find_spec(name)
        loader = getattr(spec, "loader", None)
        if loader is None or not hasattr(loader, "exec_module"):
            return spec
        run = loader.exec_module

        def exec_module(module):
            run(module)
            try:
                register()
            except (ImportError, AttributeError, TypeError) as e:  # never break dask's import
                import warnings

                warnings.warn(f"dparray: Dask support not registered ({e})", stacklevel=2)

        loader.exec_module = exec_module
        return spec


if "dask.array" in sys.modules:
    register()
else:
    sys.meta_path.insert(0, _AfterDaskArray())
