"""NumPy's nan reductions over dparray ops (nansum ... nanstd, nanargmax/min, nancumsum/prod):
NaNs are replaced by the reduction's identity on the device, then the plain reduction runs."""

from . import _core
from ._info import isdtype as _isdtype
from ._lazy_numpy import numpy as _np
from ._np_stats_common import (
    _arr,
    _finish,
    _is_inexact,
    _warn,
)

__all__ = [
    "nanargmax",
    "nanargmin",
    "nancumprod",
    "nancumsum",
    "nanmax",
    "nanmean",
    "nanmin",
    "nanprod",
    "nanstd",
    "nansum",
    "nanvar",
]

# ---- nan reductions ---------------------------------------------------------------------------


def _nan_filled(a, value):
    """a with NaNs replaced by value (integers and bool have none: a itself)."""
    if not _is_inexact(a.dtype):
        return a
    return _core.where(
        _core.isnan(a), _core.asarray(value, dtype=a.dtype, sycl_queue=a.sycl_queue), a
    )


def nansum(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=None):
    """Sum treating NaNs as zero (numpy.nansum)."""
    a = _arr(a, "nansum")
    _reject(initial, where, "nansum")
    return _core.sum(_nan_filled(a, 0), axis=axis, dtype=dtype, keepdims=keepdims, out=out)


def nanprod(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=None):
    """Product treating NaNs as one (numpy.nanprod)."""
    a = _arr(a, "nanprod")
    _reject(initial, where, "nanprod")
    return _core.prod(_nan_filled(a, 1), axis=axis, dtype=dtype, keepdims=keepdims, out=out)


def nancumsum(a, axis=None, dtype=None, out=None):
    """Cumulative sum treating NaNs as zero (numpy.nancumsum)."""
    a = _arr(a, "nancumsum")
    return _core.cumsum(_nan_filled(a, 0), axis=axis, dtype=dtype, out=out)


def nancumprod(a, axis=None, dtype=None, out=None):
    """Cumulative product treating NaNs as one (numpy.nancumprod)."""
    a = _arr(a, "nancumprod")
    return _core.cumprod(_nan_filled(a, 1), axis=axis, dtype=dtype, out=out)


def _reject(initial, where, op):
    if initial is not None or where is not None:
        raise NotImplementedError(f"{op}: initial= and where= are not supported")


def _nan_extreme(a, axis, out, keepdims, op, fill, red):
    a = _arr(a, op)
    if not _is_inexact(a.dtype):
        return red(a, axis=axis, keepdims=keepdims, out=out)
    if _isdtype(a.dtype, "complex floating"):
        raise TypeError(f"{op}: complex arrays are not supported")
    res = red(_nan_filled(a, fill), axis=axis, keepdims=keepdims)
    all_nan = _core.all(_core.isnan(a), axis=axis, keepdims=keepdims)
    if bool(_core.any(all_nan)):
        _warn("All-NaN slice encountered")
        res = _core.where(
            all_nan, _core.asarray(_np.nan, dtype=a.dtype, sycl_queue=a.sycl_queue), res
        )
    return _finish(res, out)


def nanmax(a, axis=None, out=None, keepdims=False, initial=None, where=None):
    """Maximum ignoring NaNs; an all-NaN slice gives NaN with a RuntimeWarning (numpy.nanmax)."""
    _reject(initial, where, "nanmax")
    return _nan_extreme(a, axis, out, keepdims, "nanmax", -_np.inf, _core.max)


def nanmin(a, axis=None, out=None, keepdims=False, initial=None, where=None):
    """Minimum ignoring NaNs; an all-NaN slice gives NaN with a RuntimeWarning (numpy.nanmin)."""
    _reject(initial, where, "nanmin")
    return _nan_extreme(a, axis, out, keepdims, "nanmin", _np.inf, _core.min)


def _nan_arg(a, axis, out, keepdims, op, fill, red):
    a = _arr(a, op)
    if _is_inexact(a.dtype):
        nanmask = _core.isnan(a)
        if bool(_core.any(_core.all(nanmask, axis=axis))):
            raise ValueError(f"{op}: All-NaN slice encountered")
        a = _nan_filled(a, fill)
    return red(a, axis=axis, keepdims=keepdims, out=out)


def nanargmax(a, axis=None, out=None, *, keepdims=False):
    """Index of the maximum ignoring NaNs; an all-NaN slice raises ValueError (numpy.nanargmax)."""
    return _nan_arg(a, axis, out, keepdims, "nanargmax", -_np.inf, _core.argmax)


def nanargmin(a, axis=None, out=None, *, keepdims=False):
    """Index of the minimum ignoring NaNs; an all-NaN slice raises ValueError (numpy.nanargmin)."""
    return _nan_arg(a, axis, out, keepdims, "nanargmin", _np.inf, _core.argmin)


def _nan_count(a, axis, keepdims):
    return _core.sum(_core.logical_not(_core.isnan(a)), axis=axis, keepdims=keepdims)


def nanmean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=None):
    """Mean ignoring NaNs; an all-NaN slice gives NaN with a RuntimeWarning (numpy.nanmean)."""
    a = _arr(a, "nanmean")
    _reject(None, where, "nanmean")
    if not _is_inexact(a.dtype):
        return _core.mean(a, axis=axis, dtype=dtype, keepdims=keepdims, out=out)
    cnt = _nan_count(a, axis, keepdims)
    tot = _core.sum(_nan_filled(a, 0), axis=axis, dtype=dtype, keepdims=keepdims)
    if bool(_core.any(cnt == 0)):
        _warn("Mean of empty slice")
    res = tot / _core.astype(cnt, tot.dtype if _is_inexact(tot.dtype) else _core.float64)
    return _finish(res, out)


def _nan_var(a, axis, dtype, ddof, keepdims, op):
    a = _arr(a, op)
    if not _is_inexact(a.dtype):
        return _core.var(a, axis=axis, dtype=dtype, ddof=ddof, keepdims=keepdims)
    cnt = _nan_count(a, axis, True)
    filled = _nan_filled(a, 0)
    fdt = _core.float32 if a.dtype in (_core.float32, _core.complex64) else _core.float64
    if a.dtype == _core.float16:
        fdt = _core.float16
    c = _core.astype(cnt, fdt)
    avg = _core.sum(filled, axis=axis, dtype=dtype, keepdims=True) / c
    d = _core.where(
        _core.isnan(a), _core.zeros((), dtype=a.dtype, sycl_queue=a.sycl_queue), a - avg
    )
    if _isdtype(a.dtype, "complex floating"):
        sq = _core.real(d) * _core.real(d) + _core.imag(d) * _core.imag(d)
    else:
        sq = d * d
    ss = _core.sum(sq, axis=axis, dtype=dtype, keepdims=keepdims)
    dof = c if keepdims else _core.reshape(c, ss.shape)
    dof = dof - ddof
    if bool(_core.any(dof <= 0)):
        _warn("Degrees of freedom <= 0 for slice.")
    res = ss / dof
    return _core.where(
        dof <= 0, _core.asarray(_np.nan, dtype=res.dtype, sycl_queue=a.sycl_queue), res
    )


def nanvar(
    a,
    axis=None,
    dtype=None,
    out=None,
    ddof=0,
    keepdims=False,
    *,
    where=None,
    mean=None,
    correction=None,
):
    """Variance ignoring NaNs (numpy.nanvar); ddof <= 0 degrees of freedom give NaN with a warning."""
    _reject(None, where, "nanvar")
    if correction is not None:
        ddof = correction
    return _finish(_nan_var(a, axis, dtype, ddof, keepdims, "nanvar"), out)


def nanstd(
    a,
    axis=None,
    dtype=None,
    out=None,
    ddof=0,
    keepdims=False,
    *,
    where=None,
    mean=None,
    correction=None,
):
    """Standard deviation ignoring NaNs (numpy.nanstd)."""
    _reject(None, where, "nanstd")
    if correction is not None:
        ddof = correction
    return _finish(_core.sqrt(_nan_var(a, axis, dtype, ddof, keepdims, "nanstd")), out)
