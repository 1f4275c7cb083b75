"""Helpers shared by the NumPy statistics modules (_np_quantiles, _np_nanfunctions, _np_stats,
_np_histograms): argument checks, axis handling and dtype rules."""

import builtins
import math
import warnings

from . import _core
from ._info import isdtype as _isdtype
from ._lazy_numpy import numpy as _np

_nd = _core.ndarray
builtins_range = builtins.range  # the histogram functions take a range= argument


# ---- helpers -------------------------------------------------------------------------------


def _arr(a, op):
    if isinstance(a, _nd):
        return a
    raise TypeError(
        f"{op}: expected a dparray.ndarray, got {type(a).__name__}; "
        "create one with dparray.asarray(x, device=...)"
    )


def _like(x, ref, dtype=None):
    """x as an array on ref's queue (ref's own arrays pass through)."""
    if isinstance(x, _nd):
        return x if dtype is None else _core.astype(x, dtype, copy=False)
    return _core.asarray(x, dtype=dtype, sycl_queue=ref.sycl_queue, usm_type=ref.usm_type)


_axis = _core._normalize_axis  # AxisError / TypeError naming op


def _axes(axis, ndim, op):
    """axis=None | int | tuple -> sorted tuple of normalised axes (None: all)."""
    if axis is None:
        return tuple(range(ndim))
    if isinstance(axis, tuple):
        out = tuple(sorted(_axis(a, ndim, op) for a in axis))
        if len(set(out)) != len(out):
            raise ValueError(f"{op}: repeated axis in {axis}")
        return out
    return (_axis(axis, ndim, op),)


def _rows_last(a, axes):
    """a with the reduced axes moved last and merged into one: (kept shape, C-contiguous rows)."""
    keep = [d for d in range(a.ndim) if d not in axes]
    moved = _core.permute_dims(a, tuple(keep) + tuple(axes)) if axes else a
    kept = tuple(a.shape[d] for d in keep)
    n = math.prod(a.shape[d] for d in axes)
    return kept, _core.reshape(moved, kept + (n,))


def _keepdims_shape(shape, axes):
    return tuple(1 if d in axes else s for d, s in enumerate(shape))


def _float_of(dtype):
    """NumPy's result dtype of a mean over dtype: integers and bool give float64."""
    return dtype if _isdtype(dtype, ("real floating", "complex floating")) else _core.float64


def _is_inexact(dtype):
    return _isdtype(dtype, ("real floating", "complex floating"))


def _finish(res, out):
    if out is None:
        return res
    out[...] = res
    return out


def _npdt(dtype):
    return _np.dtype(str(dtype))


def _warn(msg):
    warnings.warn(msg, RuntimeWarning, stacklevel=3)


def _scalar(x):
    """A 0-d device result read back as a Python number (a sync point)."""
    return _core.asnumpy(x).item()
