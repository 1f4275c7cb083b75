"""NumPy's statistics over dparray ops: order statistics (median, percentile, quantile and their
nan* forms), nan reductions, average, ptp, cov / corrcoef, convolve / correlate, histograms and
bincount, digitize, gradient, trapezoid, ediff1d and lexsort.

Everything stays on the array's device: the order statistics select with partition (or sort per
row for the nan* forms), the histograms count with the backend's histogram primitive. Only
parameters (q, bins, kth, range) and the few scalars NumPy's rules branch on (autodetected
ranges, all-NaN checks that warn or raise) are read back.
"""

import builtins
import math
import operator
import warnings

from . import _core
from ._info import isdtype as _isdtype
from ._lazy_numpy import numpy as _np

__all__ = [
    "average",
    "bincount",
    "convolve",
    "corrcoef",
    "correlate",
    "cov",
    "digitize",
    "ediff1d",
    "gradient",
    "histogram",
    "histogram2d",
    "histogram_bin_edges",
    "histogramdd",
    "lexsort",
    "median",
    "nanargmax",
    "nanargmin",
    "nancumprod",
    "nancumsum",
    "nanmax",
    "nanmean",
    "nanmedian",
    "nanmin",
    "nanpercentile",
    "nanprod",
    "nanquantile",
    "nanstd",
    "nansum",
    "nanvar",
    "percentile",
    "ptp",
    "quantile",
    "trapezoid",
]

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


def _axis(axis, ndim, op):
    try:
        axis = operator.index(axis)
    except TypeError:
        raise TypeError(f"{op}: axis must be an int, got {type(axis).__name__}") from None
    if not -ndim <= axis < ndim:
        raise _np.exceptions.AxisError(
            f"{op}: axis {axis} is out of bounds for array of dimension {ndim}"
        )
    return axis % ndim


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


# ---- order statistics ------------------------------------------------------------------------

_METHODS = (
    "inverted_cdf",
    "averaged_inverted_cdf",
    "closest_observation",
    "interpolated_inverted_cdf",
    "hazen",
    "weibull",
    "linear",
    "median_unbiased",
    "normal_unbiased",
    "lower",
    "higher",
    "midpoint",
    "nearest",
)
_CONTINUOUS = {  # (alpha, beta) of Hyndman & Fan's continuous estimators
    "interpolated_inverted_cdf": (0.0, 1.0),
    "hazen": (0.5, 0.5),
    "weibull": (0.0, 0.0),
    "median_unbiased": (1 / 3.0, 1 / 3.0),
    "normal_unbiased": (3 / 8.0, 3 / 8.0),
}


def _check_method(method, op):
    if method not in _METHODS:
        raise ValueError(f"{op}: method={method!r} is not a valid method. Use one of: {_METHODS}")


def _positions(xp, method, n, q):
    """Order-statistic positions of quantiles q among n values, as NumPy's quantile methods.
    Returns (prev, next, gamma): integer positions (possibly out of [0, n-1]; the caller clamps)
    and the interpolation weight (None: take prev). xp is numpy (scalar n) or dparray (n per row).
    """
    if method in ("inverted_cdf", "closest_observation"):
        index = n * q - 1 if method == "inverted_cdf" else n * q - 1 - 0.5
        prev = xp.floor(index)
        gamma = index - prev
        cond = gamma == 0
        if method == "closest_observation":
            cond = cond & (xp.floor(index) % 2 == 1)
        return xp.where(cond, prev, prev + 1), None, None
    if method == "lower":
        return xp.floor((n - 1) * q), None, None
    if method == "higher":
        return xp.ceil((n - 1) * q), None, None
    if method == "nearest":
        return xp.round((n - 1) * q), None, None
    if method == "linear":
        v = (n - 1) * q
    elif method == "averaged_inverted_cdf":
        v = n * q - 1
    elif method == "midpoint":
        v = 0.5 * (xp.floor((n - 1) * q) + xp.ceil((n - 1) * q))
    else:
        alpha, beta = _CONTINUOUS[method]
        v = n * q + (alpha + q * (1 - alpha - beta)) - 1
    prev = xp.floor(v)
    gamma = v - prev
    if method == "averaged_inverted_cdf":
        gamma = xp.where(gamma == 0, gamma * 0 + 0.5, gamma * 0 + 1.0)
    elif method == "midpoint":
        gamma = xp.where(v % 1 == 0, gamma * 0, gamma * 0 + 0.5)
    # NumPy's bounds: at or past the last position take the last value, below 0 the first.
    hi = v >= n - 1
    lo = v < 0
    prev = xp.where(hi, n - 1, xp.where(lo, 0, prev))
    nxt = xp.where(hi, n - 1, xp.where(lo, 0, prev + 1))
    return prev, nxt, gamma


def _lerp(a, b, t):
    # NumPy's _lerp: from the nearer end, so that t = 1 gives b exactly.
    d = b - a
    return _core.where(t >= 0.5, b - d * (1 - t), a + d * t)


def _q_array(q, a, op, scale):
    """q as a NumPy array (host parameters) in NumPy's dtype, checked to lie in [0, 1]."""
    if isinstance(q, _nd):
        q = _core.asnumpy(q)  # the quantiles are parameters: a few numbers
    if (
        isinstance(q, (int, float))
        and not isinstance(q, bool)
        and _isdtype(a.dtype, "real floating")
    ):
        qa = _np.asarray(q, dtype=_np.dtype(str(a.dtype)))
    else:
        qa = _np.asarray(q)
    if scale != 1:
        qa = _np.true_divide(qa, scale)
        if isinstance(q, (int, float)) and _isdtype(a.dtype, "real floating"):
            qa = qa.astype(_np.dtype(str(a.dtype)))
    if qa.dtype.kind not in "biuf":
        raise TypeError(f"{op}: q must be real numbers, got dtype {qa.dtype}")
    if qa.size and not ((qa >= 0).all() and (qa <= 1).all()):
        what = (
            "Percentiles must be in the range [0, 100]"
            if scale != 1
            else "Quantiles must be in the range [0, 1]"
        )
        raise ValueError(f"{op}: {what}")
    return qa


def _check_real(a, op):
    if _isdtype(a.dtype, "complex floating"):
        raise TypeError(f"{op}: a must be an array of real numbers")


def _quantile_impl(
    a, q, axis, out, overwrite_input, method, keepdims, weights, interpolation, op, scale, nan
):
    if weights is not None:
        raise NotImplementedError(f"{op}: weights= is not supported")
    if interpolation is not None:
        method = interpolation
    a = _arr(a, op)
    _check_real(a, op)
    _check_method(method, op)
    qa = _q_array(q, a, op, scale)
    axes = _axes(axis, a.ndim, op)
    kept, rows = _rows_last(a, axes)
    n = rows.shape[-1]
    qflat = qa.reshape(-1)
    if kept and math.prod(kept) == 0 or qflat.size == 0:
        res = _core.empty(kept + (qflat.size,), dtype=_float_of(a.dtype), sycl_queue=a.sycl_queue)
    elif n == 0:
        if not nan:
            raise IndexError(f"{op}: cannot do a non-empty take from an empty axes.")
        _warn("All-NaN slice encountered")
        res = _core.full(
            kept + (qflat.size,), _np.nan, dtype=_float_of(a.dtype), sycl_queue=a.sycl_queue
        )
    elif nan and _is_inexact(a.dtype):
        res = _nan_quantile_rows(rows, qflat, method)
    else:
        res = _quantile_rows(rows, qflat, method)
    # (kept..., nq) -> q.shape + kept (+ ones where the axes were, keepdims)
    shape_k = _keepdims_shape(a.shape, axes) if keepdims else kept
    res = _core.moveaxis(res, -1, 0)
    res = _core.reshape(res, qa.shape + shape_k)
    return _finish(res, out)


def _quantile_rows(rows, qflat, method):
    """Order statistics of the C-contiguous rows (..., n) at qflat: (..., nq), via partition."""
    n = rows.shape[-1]
    prev, nxt, gamma = _positions(_np, method, n, qflat)
    prev = _np.clip(prev, 0, n - 1).astype(_np.int64)
    kth = set(prev.tolist())
    if nxt is not None:
        nxt = _np.clip(nxt, 0, n - 1).astype(_np.int64)
        kth |= set(nxt.tolist())
    part = _core.partition(rows, sorted(kth), axis=-1)
    lo = _core.take(part, _like(prev, rows), axis=-1)
    if nxt is None:
        res = lo
    else:
        hi = _core.take(part, _like(nxt, rows), axis=-1)
        res = _lerp(lo, hi, _like(gamma, rows))
    if _is_inexact(rows.dtype):
        # a row with a NaN has a NaN quantile (NaNs sort last, so its max is NaN)
        has_nan = _core.isnan(_core.max(rows, axis=-1, keepdims=True))
        res = _core.where(
            has_nan, _core.asarray(_np.nan, dtype=res.dtype, sycl_queue=rows.sycl_queue), res
        )
    return res


def _nan_quantile_rows(rows, qflat, method):
    """nan* order statistics: each row sorted (NaNs last), positions from its count of numbers."""
    srt = _core.sort(rows, axis=-1)
    cnt = _core.sum(_core.logical_not(_core.isnan(rows)), axis=-1, keepdims=True)
    qdt = _core.float32 if qflat.dtype == _np.float32 else _core.float64
    nq = _like(qflat.astype(_np.float64), rows, dtype=qdt)
    c = _core.astype(cnt, qdt)
    prev, nxt, gamma = _positions(_core, method, c, nq)
    last = _core.maximum(cnt - 1, 0)

    def pos(p):
        p = _core.astype(p, _core.int64)
        return _core.minimum(_core.maximum(p, 0), last)

    lo = _core.take_along_axis(srt, pos(prev), axis=-1)
    if nxt is None:
        res = lo
    else:
        hi = _core.take_along_axis(srt, pos(nxt), axis=-1)
        res = _lerp(lo, hi, gamma)
    all_nan = cnt == 0
    if bool(_core.any(all_nan)):
        _warn("All-NaN slice encountered")
        res = _core.where(
            all_nan, _core.asarray(_np.nan, dtype=res.dtype, sycl_queue=rows.sycl_queue), res
        )
    return res


def quantile(
    a,
    q,
    axis=None,
    out=None,
    overwrite_input=False,
    method="linear",
    keepdims=False,
    *,
    weights=None,
    interpolation=None,
):
    """q-th quantiles of a along axis (numpy.quantile, every method=); selection by partition."""
    return _quantile_impl(
        a,
        q,
        axis,
        out,
        overwrite_input,
        method,
        keepdims,
        weights,
        interpolation,
        "quantile",
        1,
        False,
    )


def percentile(
    a,
    q,
    axis=None,
    out=None,
    overwrite_input=False,
    method="linear",
    keepdims=False,
    *,
    weights=None,
    interpolation=None,
):
    """q-th percentiles (q in [0, 100]) of a along axis (numpy.percentile)."""
    return _quantile_impl(
        a,
        q,
        axis,
        out,
        overwrite_input,
        method,
        keepdims,
        weights,
        interpolation,
        "percentile",
        100,
        False,
    )


def nanquantile(
    a,
    q,
    axis=None,
    out=None,
    overwrite_input=False,
    method="linear",
    keepdims=False,
    *,
    weights=None,
    interpolation=None,
):
    """quantile ignoring NaNs; an all-NaN slice gives NaN with a RuntimeWarning."""
    return _quantile_impl(
        a,
        q,
        axis,
        out,
        overwrite_input,
        method,
        keepdims,
        weights,
        interpolation,
        "nanquantile",
        1,
        True,
    )


def nanpercentile(
    a,
    q,
    axis=None,
    out=None,
    overwrite_input=False,
    method="linear",
    keepdims=False,
    *,
    weights=None,
    interpolation=None,
):
    """percentile ignoring NaNs; an all-NaN slice gives NaN with a RuntimeWarning."""
    return _quantile_impl(
        a,
        q,
        axis,
        out,
        overwrite_input,
        method,
        keepdims,
        weights,
        interpolation,
        "nanpercentile",
        100,
        True,
    )


def _median_impl(a, axis, out, keepdims, op, nan):
    a = _arr(a, op)
    axes = _axes(axis, a.ndim, op)
    kept, rows = _rows_last(a, axes)
    n = rows.shape[-1]
    shape = _keepdims_shape(a.shape, axes) if keepdims else kept
    rdt = _float_of(a.dtype)
    if n == 0 or math.prod(kept) == 0:
        if n == 0 and math.prod(kept) != 0:
            _warn("All-NaN slice encountered" if nan else "Mean of empty slice")
        res = _core.full(shape, _np.nan, dtype=rdt, sycl_queue=a.sycl_queue)
        return _finish(res, out)
    if nan and _is_inexact(a.dtype):
        # each row sorted (NaNs last); the two middle numbers of its count are averaged
        srt = _core.sort(rows, axis=-1)
        cnt = _core.sum(_core.logical_not(_core.isnan(rows)), axis=-1, keepdims=True)
        last = _core.maximum(cnt - 1, 0)
        lo = _core.take_along_axis(srt, last // 2, axis=-1)
        hi = _core.take_along_axis(srt, _core.minimum(cnt // 2, last), axis=-1)
        res = ((lo + hi) / 2)[..., 0]
        all_nan = (cnt == 0)[..., 0]
        if bool(_core.any(all_nan)):
            _warn("All-NaN slice encountered")
            res = _core.where(
                all_nan, _core.asarray(_np.nan, dtype=res.dtype, sycl_queue=a.sycl_queue), res
            )
    else:
        k = sorted({(n - 1) // 2, n // 2})
        part = _core.partition(rows, k, axis=-1)
        lo = part[..., (n - 1) // 2]
        hi = part[..., n // 2]
        if rdt != a.dtype:
            lo, hi = _core.astype(lo, rdt), _core.astype(hi, rdt)
        res = (lo + hi) / 2
        if _is_inexact(a.dtype):
            res = _core.where(
                _core.isnan(_core.max(rows, axis=-1)),
                _core.asarray(_np.nan, dtype=res.dtype, sycl_queue=a.sycl_queue),
                res,
            )
    return _finish(_core.reshape(_core.astype(res, rdt, copy=False), shape), out)


def median(a, axis=None, out=None, overwrite_input=False, keepdims=False):
    """Median along axis (numpy.median): a partition around the middle, NaN where a slice has one."""
    return _median_impl(a, axis, out, keepdims, "median", False)


def nanmedian(a, axis=None, out=None, overwrite_input=False, keepdims=False):
    """Median ignoring NaNs; an all-NaN slice gives NaN with a RuntimeWarning."""
    return _median_impl(a, axis, out, keepdims, "nanmedian", True)


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


# ---- simple reductions and differences -------------------------------------------------------


def ptp(a, axis=None, out=None, keepdims=False):
    """Range (maximum - minimum) along axis (numpy.ptp)."""
    a = _arr(a, "ptp")
    res = _core.max(a, axis=axis, keepdims=keepdims) - _core.min(a, axis=axis, keepdims=keepdims)
    return _finish(res, out)


def average(a, axis=None, weights=None, returned=False, *, keepdims=False):
    """Weighted average along axis (numpy.average); returned=True adds the sum of the weights."""
    op = "average"
    a = _arr(a, op)
    if weights is None:
        avg = _core.mean(a, axis=axis, keepdims=keepdims)
        scl = _core.full(
            avg.shape,
            a.size // max(avg.size, 1) if a.size else 0,
            dtype=avg.dtype,
            sycl_queue=a.sycl_queue,
        )
    else:
        w = _like(weights, a)
        rdt = (
            _core.result_type(a.dtype, w.dtype, _core.float64)
            if not _is_inexact(a.dtype) and not _is_inexact(w.dtype)
            else _core.result_type(a.dtype, w.dtype)
        )
        if a.shape != w.shape:
            if axis is None:
                raise TypeError(
                    f"{op}: Axis must be specified when shapes of a and weights differ."
                )
            if w.ndim != 1:
                raise TypeError(f"{op}: 1D weights expected when shapes of a and weights differ.")
            axes = _axes(axis, a.ndim, op)
            if len(axes) != 1 or w.shape[0] != a.shape[axes[0]]:
                raise ValueError(f"{op}: Length of weights not compatible with specified axis.")
            shape = [1] * a.ndim
            shape[axes[0]] = w.shape[0]
            w = _core.reshape(w, tuple(shape))
        w = _core.astype(w, rdt, copy=False)
        scl = _core.sum(_core.broadcast_to(w, a.shape), axis=axis, keepdims=keepdims)
        if bool(_core.any(scl == 0)):
            raise ZeroDivisionError(f"{op}: Weights sum to zero, can't be normalized")
        avg = _core.sum(_core.astype(a, rdt, copy=False) * w, axis=axis, keepdims=keepdims) / scl
    if returned:
        if scl.shape != avg.shape:
            scl = _core.broadcast_to(scl, avg.shape)
        return avg, scl
    return avg


def ediff1d(ary, to_end=None, to_begin=None):
    """Differences between consecutive elements of the flattened array (numpy.ediff1d)."""
    a = _core.ravel(_arr(ary, "ediff1d"))
    parts = []
    for extra, name in ((to_begin, "to_begin"), (to_end, "to_end")):
        if extra is None:
            parts.append(None)
            continue
        e = _core.ravel(_like(extra, a))
        if not _np.can_cast(_npdt(e.dtype), _npdt(a.dtype), "same_kind"):
            raise TypeError(
                f"ediff1d: dtype of `{name}` must be compatible with input `ary` under the `same_kind` rule."
            )
        parts.append(_core.astype(e, a.dtype))
    d = a[1:] - a[:-1]
    seq = [p for p in (parts[0], d, parts[1]) if p is not None]
    return _core.concat(seq) if len(seq) > 1 else d


def trapezoid(y, x=None, dx=1.0, axis=-1):
    """Integral of y along axis by the trapezoidal rule, at x or with spacing dx (numpy.trapezoid)."""
    y = _arr(y, "trapezoid")
    ax = _axis(axis, y.ndim, "trapezoid")
    lo = [slice(None)] * y.ndim
    hi = [slice(None)] * y.ndim
    lo[ax] = slice(None, -1)
    hi[ax] = slice(1, None)
    if x is None:
        d = dx
    else:
        x = _like(x, y)
        if x.ndim == 1:
            d = x[1:] - x[:-1]
            shape = [1] * y.ndim
            shape[ax] = d.shape[0]
            d = _core.reshape(d, tuple(shape))
        else:
            d = _core.diff(x, axis=ax)
    return _core.sum(d * (y[tuple(hi)] + y[tuple(lo)]) / 2.0, axis=ax)


def gradient(f, *varargs, axis=None, edge_order=1):
    """Second-order central differences inside, first- or second-order one-sided at the edges
    (numpy.gradient); spacing: scalars or coordinate arrays per axis."""
    op = "gradient"
    f = _arr(f, op)
    n = f.ndim
    axes = tuple(range(n)) if axis is None else _axes_ordered(axis, n, op)
    len_axes = len(axes)
    nv = len(varargs)
    if nv == 0:
        dx = [1.0] * len_axes
    elif nv == 1 and _np.ndim(varargs[0]) == 0 and not isinstance(varargs[0], _nd):
        dx = list(varargs) * len_axes
    elif nv == len_axes:
        dx = list(varargs)
        for i, d in enumerate(dx):
            if isinstance(d, _nd) or _np.ndim(d) != 0:
                d = _like(d, f)
                if d.ndim == 0:
                    dx[i] = d
                    continue
                if d.ndim != 1:
                    raise ValueError(f"{op}: distances must be either scalars or 1d")
                if d.shape[0] != f.shape[axes[i]]:
                    raise ValueError(
                        f"{op}: when 1d, distances must match the length of the corresponding dimension"
                    )
                if not _is_inexact(d.dtype):
                    d = _core.astype(d, _core.float64)
                diffx = d[1:] - d[:-1]
                dx[i] = diffx
    else:
        raise TypeError(f"{op}: invalid number of arguments")
    if edge_order > 2 or edge_order < 1:
        raise ValueError(f"{op}: 'edge_order' greater than 2 not supported")
    otype = f.dtype if _is_inexact(f.dtype) else _core.float64
    a = _core.astype(f, otype, copy=False)
    outs = []
    for ax, h in zip(axes, dx):
        if a.shape[ax] < edge_order + 1:
            raise ValueError(
                f"{op}: Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required."
            )
        outs.append(_gradient_axis(a, ax, h, edge_order, otype))
    return outs[0] if len_axes == 1 else tuple(outs)


def _axes_ordered(axis, n, op):
    if isinstance(axis, tuple):
        out = tuple(_axis(a, n, op) for a in axis)
        if len(set(out)) != len(out):
            raise ValueError(f"{op}: repeated axis")
        return out
    return (_axis(axis, n, op),)


def _gradient_axis(a, ax, h, edge_order, otype):
    nd = a.ndim

    def sl(s):
        idx = [slice(None)] * nd
        idx[ax] = s
        return tuple(idx)

    def along(v):  # a 1-D spacing array shaped to broadcast along ax
        shape = [1] * nd
        shape[ax] = -1
        return _core.reshape(v, tuple(shape))

    out = _core.empty(a.shape, dtype=otype, sycl_queue=a.sycl_queue)
    uniform = not (isinstance(h, _nd) and h.ndim == 1)
    if uniform:
        out[sl(slice(1, -1))] = (a[sl(slice(2, None))] - a[sl(slice(None, -2))]) / (2.0 * h)
    else:
        dx1 = h[:-1]
        dx2 = h[1:]
        aa = along(-dx2 / (dx1 * (dx1 + dx2)))
        bb = along((dx2 - dx1) / (dx1 * dx2))
        cc = along(dx1 / (dx2 * (dx1 + dx2)))
        out[sl(slice(1, -1))] = (
            aa * a[sl(slice(None, -2))] + bb * a[sl(slice(1, -1))] + cc * a[sl(slice(2, None))]
        )
    if edge_order == 1:
        d0 = h if uniform else h[0]
        dn = h if uniform else h[-1]
        out[sl(0)] = (a[sl(1)] - a[sl(0)]) / d0
        out[sl(-1)] = (a[sl(-1)] - a[sl(-2)]) / dn
    else:
        if uniform:
            a0, b0, c0 = -1.5 / h, 2.0 / h, -0.5 / h
            an, bn, cn = 0.5 / h, -2.0 / h, 1.5 / h
        else:
            dx1, dx2 = h[0], h[1]
            a0 = -(2.0 * dx1 + dx2) / (dx1 * (dx1 + dx2))
            b0 = (dx1 + dx2) / (dx1 * dx2)
            c0 = -dx1 / (dx2 * (dx1 + dx2))
            dx1, dx2 = h[-2], h[-1]
            an = dx2 / (dx1 * (dx1 + dx2))
            bn = -(dx2 + dx1) / (dx1 * dx2)
            cn = (2.0 * dx2 + dx1) / (dx2 * (dx1 + dx2))
        out[sl(0)] = a0 * a[sl(0)] + b0 * a[sl(1)] + c0 * a[sl(2)]
        out[sl(-1)] = an * a[sl(-3)] + bn * a[sl(-2)] + cn * a[sl(-1)]
    return out


def lexsort(keys, axis=-1):
    """Indices that sort by several keys, the last key primary (numpy.lexsort): stable argsorts
    from the least significant key."""
    op = "lexsort"
    if isinstance(keys, _nd):
        if keys.ndim == 0:
            raise TypeError(f"{op}: need sequence of keys with len > 0 in lexsort")
        ks = [keys[i] for i in range(keys.shape[0])]
    else:
        try:
            ks = [_arr(k, op) for k in keys]
        except TypeError as e:
            raise TypeError(f"{op}: keys must be an array or a sequence of arrays ({e})") from None
    if not ks:
        raise TypeError(f"{op}: need sequence of keys with len > 0 in lexsort")
    shape = ks[0].shape
    for k in ks:
        if k.shape != shape:
            raise ValueError(f"{op}: all keys need to be the same shape")
    if len(shape) == 0:
        return _core.asarray(0, dtype=_core.int64, sycl_queue=ks[0].sycl_queue)
    ax = _axis(axis, len(shape), op)
    idx = _core.argsort(ks[0], axis=ax, stable=True)
    for k in ks[1:]:
        sub = _core.argsort(_core.take_along_axis(k, idx, axis=ax), axis=ax, stable=True)
        idx = _core.take_along_axis(idx, sub, axis=ax)
    return idx


# ---- counting: bincount, digitize, histograms ---------------------------------------------------


def _scalar(x):
    """A 0-d device result read back as a Python number (a sync point)."""
    return _core.asnumpy(x).item()


def bincount(x, weights=None, minlength=0):
    """Occurrences of each non-negative integer of the 1-D x, or the sums of their weights
    (numpy.bincount); the backend's histogram primitive counts on the device."""
    op = "bincount"
    x = _arr(x, op)
    if minlength is None:
        raise TypeError(f"{op}: use 0 instead of None for minlength")
    minlength = operator.index(minlength)
    if minlength < 0:
        raise ValueError(f"{op}: 'minlength' must not be negative")
    if x.ndim != 1:
        raise ValueError(
            f"{op}: object {'too deep' if x.ndim > 1 else 'of too small depth'} for desired array"
        )
    if not (_isdtype(x.dtype, "integral") or x.dtype == _core.bool):
        raise TypeError(
            f"{op}: Cannot cast array data from dtype('{x.dtype}') to dtype('int64') according to the rule 'safe'"
        )
    if weights is not None:
        weights = _like(weights, x)
        if weights.shape != x.shape:
            raise ValueError(f"{op}: The weights and list don't have the same length.")
    n = minlength
    if x.size:
        lo, hi = _scalar(_core.min(x)), _scalar(_core.max(x))
        if lo < 0:
            raise ValueError(f"{op}: 'list' argument must have no negative elements")
        n = max(n, int(hi) + 1)
    return _core._histogram_counts(x, weights, None, False, n)


def digitize(x, bins, right=False):
    """Indices of the bins (1-D, monotonic) each value of x falls in (numpy.digitize)."""
    op = "digitize"
    x = _arr(x, op)
    bins = _like(bins, x)
    if _isdtype(x.dtype, "complex floating") or _isdtype(bins.dtype, "complex floating"):
        raise TypeError(f"{op}: x may not be complex")
    if bins.ndim != 1:
        raise ValueError(f"{op}: bins must be one-dimensional")
    side = "left" if right else "right"
    if bins.shape[0] > 1:
        d = (
            bins[1:] - bins[:-1]
            if bins.dtype != _core.bool
            else _core.astype(bins, _core.int8)[1:] - _core.astype(bins, _core.int8)[:-1]
        )
        inc, dec = bool(_core.all(d >= 0)), bool(_core.all(d <= 0))
        if not inc and not dec:
            raise ValueError(f"{op}: bins must be monotonically increasing or decreasing")
        if dec and not inc:
            return bins.shape[0] - _core.searchsorted(_core.flip(bins), x, side=side)
    return _core.searchsorted(bins, x, side=side)


_ESTIMATORS = ("stone", "auto", "doane", "fd", "rice", "scott", "sqrt", "sturges")


def _bin_width(name, a, rng):
    """NumPy's bin-width estimators on the (range-restricted) data a."""
    n = a.size
    span = rng[1] - rng[0]
    if name == "sqrt":
        return span / math.sqrt(n)
    if name == "sturges":
        return span / (math.log2(n) + 1.0)
    if name == "rice":
        return span / (2.0 * n ** (1.0 / 3))
    if name == "scott":
        return (24.0 * math.pi**0.5 / n) ** (1.0 / 3.0) * _scalar(_core.std(a))
    if name == "fd":
        q = percentile(a, [75, 25])
        iqr = _scalar(q[0] - q[1])
        return 2.0 * iqr * n ** (-1.0 / 3.0)
    if name == "doane":
        if n > 2:
            sg1 = math.sqrt(6.0 * (n - 2) / ((n + 1.0) * (n + 3)))
            sigma = _scalar(_core.std(a))
            if sigma > 0.0:
                temp = (a - _core.mean(a)) / sigma
                g1 = _scalar(_core.mean(temp * temp * temp))
                return span / (1.0 + math.log2(n) + math.log2(1.0 + abs(g1) / sg1))
        return 0.0
    if name == "auto":
        fd = _bin_width("fd", a, rng)
        sturges = _bin_width("sturges", a, rng)
        return min(fd, sturges) if fd else sturges
    # stone: minimise the cross-validation estimate over the numbers of bins
    if span == 0:
        return 0.0
    upper = max(100, int(math.sqrt(n)))
    best, best_nbins = None, 1
    for nbins in range(1, upper + 1):
        width = span / nbins
        edges = _np.linspace(rng[0], rng[1], nbins + 1)
        hist = _core.astype(
            _core._histogram_counts(a, None, _like(edges, a), True, nbins), _core.float64
        )
        p_k = hist / n
        val = (2.0 - (n + 1) * _scalar(_core.sum(p_k * p_k))) / width
        if best is None or val < best:
            best, best_nbins = val, nbins
    if best_nbins == upper:
        warnings.warn(
            "The number of bins estimated may be suboptimal.", RuntimeWarning, stacklevel=4
        )
    return span / best_nbins


def _outer_edges(a, rng, op):
    if rng is not None:
        first, last = rng
        if first > last:
            raise ValueError(f"{op}: max must be larger than min in range parameter.")
        if not (math.isfinite(first) and math.isfinite(last)):
            raise ValueError(f"{op}: supplied range of [{first}, {last}] is not finite")
    elif a.size == 0:
        first, last = 0, 1
    else:
        # NumPy scalars of a's dtype, as NumPy's a.min() / a.max(): linspace computes the edges
        # in that dtype (float32 data gets float32 edges, computed in float32)
        first, last = _core.asnumpy(_core.min(a))[()], _core.asnumpy(_core.max(a))[()]
        if not (math.isfinite(first) and math.isfinite(last)):
            raise ValueError(f"{op}: autodetected range of [{first}, {last}] is not finite")
    if first == last:
        first, last = first - 0.5, last + 0.5
    return first, last


def _bin_edges(a, bins, rng, weights, op):
    """(edges as NumPy computes them on the host, uniform?, nbins); a is flat, on the device."""
    if isinstance(bins, str):
        if bins not in _ESTIMATORS:
            raise ValueError(f"{op}: {bins!r} is not a valid estimator for `bins`")
        if weights is not None:
            raise TypeError(
                f"{op}: Automated estimation of the number of bins is not supported for weighted data"
            )
        first, last = _outer_edges(a, rng, op)
        data = a
        if rng is not None:
            keep = (a >= first) & (a <= last)
            if not bool(_core.all(keep)):
                data = a[keep]
        if data.size == 0:
            nbins = 1
        else:
            width = _bin_width(bins, data, (first, last))
            if width:
                if _isdtype(a.dtype, "integral") and width < 1:
                    width = 1
                nbins = math.ceil((last - first) / width)
            else:
                nbins = 1
    elif _np.ndim(bins) == 0 and not isinstance(bins, _nd):
        try:
            nbins = operator.index(bins)
        except TypeError:
            raise TypeError(f"{op}: `bins` must be an integer, a string, or an array") from None
        if nbins < 1:
            raise ValueError(f"{op}: `bins` must be positive, when an integer")
        first, last = _outer_edges(a, rng, op)
    else:
        edges = _core.asnumpy(bins) if isinstance(bins, _nd) else _np.asarray(bins)
        if edges.ndim != 1:
            raise ValueError(f"{op}: `bins` must be 1d, when an array")
        if edges.size and (_np.diff(edges) < 0).any():
            raise ValueError(f"{op}: `bins` must increase monotonically, when an array")
        return edges, False, edges.size - 1
    bin_type = _np.result_type(first, last, _npdt(a.dtype))
    if _np.issubdtype(bin_type, _np.integer) or bin_type == _np.bool_:
        bin_type = _np.result_type(bin_type, float)
    edges = _np.linspace(first, last, nbins + 1, endpoint=True, dtype=bin_type)
    return edges, True, nbins


def _counts(a, weights, edges, uniform, nbins):
    """Bin counts of flat a: int64, or the weights' dtype (complex weights: two passes)."""
    if nbins < 1:
        return _core.zeros(
            (0,), dtype=_core.int64 if weights is None else weights.dtype, sycl_queue=a.sycl_queue
        )
    e = _like(edges.astype(_np.float64), a)
    if weights is None:
        return _core._histogram_counts(a, None, e, uniform, nbins)
    w = _core.ravel(weights)
    if _isdtype(w.dtype, "complex floating"):
        re = _core._histogram_counts(a, _core.real(w), e, uniform, nbins)
        im = _core._histogram_counts(a, _core.imag(w), e, uniform, nbins)
        return _core.astype(re + im * 1j, w.dtype)
    return _core.astype(_core._histogram_counts(a, w, e, uniform, nbins), w.dtype)


def histogram(a, bins=10, range=None, density=None, weights=None):
    """Histogram of a (flattened) as numpy.histogram: bins an int, a sequence of edges or an
    estimator name; counted on the device. Returns (hist, bin_edges), both dparray arrays."""
    op = "histogram"
    a = _core.ravel(_arr(a, op))
    if _isdtype(a.dtype, "complex floating"):
        raise TypeError(f"{op}: complex data is not supported")
    if weights is not None:
        weights = _like(weights, a)
        if weights.shape != a.shape and weights.size != a.size:
            raise ValueError(f"{op}: weights should have the same shape as a.")
        weights = _core.ravel(weights)
    edges, uniform, nbins = _bin_edges(a, bins, range, weights, op)
    n = _counts(a, weights, edges, uniform, nbins)
    e = _like(edges, a)
    if density:
        db = _core.astype(e[1:] - e[:-1], _core.float64)
        return n / db / _core.sum(n), e
    return n, e


def histogram_bin_edges(a, bins=10, range=None, weights=None):
    """The bin edges numpy.histogram would use (numpy.histogram_bin_edges)."""
    op = "histogram_bin_edges"
    a = _core.ravel(_arr(a, op))
    w = None if weights is None else _core.ravel(_like(weights, a))
    edges, _, _ = _bin_edges(a, bins, range, w, op)
    return _like(edges, a)


def histogramdd(sample, bins=10, range=None, density=None, weights=None):
    """Multidimensional histogram (numpy.histogramdd): per-dimension bin indices by searchsorted,
    flattened, then counted by the histogram primitive. Returns (hist, [edges per dimension])."""
    op = "histogramdd"
    if isinstance(sample, _nd):
        if sample.ndim == 1:
            sample = _core.reshape(sample, (-1, 1))
        elif sample.ndim != 2:
            sample = _core.reshape(sample, (-1, sample.shape[-1]))
        cols = [sample[:, i] for i in builtins_range(sample.shape[1])]
    else:
        try:
            seq = list(sample)
        except TypeError:
            raise TypeError(f"{op}: sample must be an array or a sequence of arrays") from None
        cols = [_core.ravel(_arr(s, op)) for s in seq]
    D = len(cols)
    if D == 0:
        raise ValueError(f"{op}: sample must have at least one dimension")
    ref = cols[0]
    if weights is not None:
        weights = _core.ravel(_like(weights, ref))
    try:
        M = len(bins)
        if M != D:
            raise ValueError(
                f"{op}: The dimension of bins must be equal to the dimension of the sample x."
            )
    except TypeError:
        bins = D * [bins]
    if range is None:
        range = (None,) * D
    elif len(range) != D:
        raise ValueError(f"{op}: range argument must have one entry per dimension")
    edges, nbin = [], []
    for i in builtins_range(D):
        b = bins[i]
        if _np.ndim(b) == 0 and not isinstance(b, _nd):
            if not isinstance(b, (int, _np.integer)) or isinstance(b, bool):
                raise TypeError(f"{op}: `bins[{i}]` must be an integer, when a scalar")
            if b < 1:
                raise ValueError(f"{op}: `bins[{i}]` must be positive, when an integer")
            first, last = _outer_edges(cols[i], range[i], op)
            e = _np.linspace(first, last, b + 1)
        else:
            e = _core.asnumpy(b) if isinstance(b, _nd) else _np.asarray(b)
            if e.ndim != 1:
                raise ValueError(f"{op}: `bins[{i}]` must be a scalar or 1d array")
            if (_np.diff(e) < 0).any():
                raise ValueError(
                    f"{op}: `bins[{i}]` must be monotonically increasing, when an array"
                )
        edges.append(e)
        nbin.append(e.size + 1)  # outliers on both sides
    # flat index of each sample's bin, outliers in the extra slots
    flat = None
    stride = 1
    for i in reversed(builtins_range(D)):
        e = _like(edges[i].astype(_np.float64), ref)
        x = _core.astype(cols[i], _core.float64, copy=False)
        idx = _core.searchsorted(e, x, side="right")
        idx = _core.where(x == edges[i][-1], idx - 1, idx)
        flat = idx * stride if flat is None else flat + idx * stride
        stride *= nbin[i]
    total = math.prod(nbin)
    if flat is None:
        flat = _core.zeros((0,), dtype=_core.int64, sycl_queue=ref.sycl_queue)
    # NumPy returns float64 counts here
    hist = _core.astype(_core._histogram_counts(flat, weights, None, False, total), _core.float64)
    hist = _core.reshape(hist, tuple(nbin))
    hist = hist[tuple(slice(1, -1) for _ in builtins_range(D))]
    if density:
        s = _core.sum(hist)
        for i in builtins_range(D):
            shape = [1] * D
            shape[i] = nbin[i] - 2
            hist = hist / _core.reshape(_like(_np.diff(edges[i]), ref), tuple(shape))
        hist = hist / s
    return hist, [_like(e, ref) for e in edges]


def histogram2d(x, y, bins=10, range=None, density=None, weights=None):
    """Two-dimensional histogram (numpy.histogram2d): returns (H, xedges, yedges)."""
    op = "histogram2d"
    x, y = _arr(x, op), _arr(y, op)
    if x.shape != y.shape or x.ndim != 1:
        raise ValueError(f"{op}: x and y must be 1-D arrays of one length")
    try:
        n = len(bins)
    except TypeError:
        n = 1
    if n != 1 and n != 2:
        xedges = yedges = bins
        bins = [xedges, yedges]
    hist, edges = histogramdd([x, y], bins, range, density, weights)
    return hist, edges[0], edges[1]


# ---- convolution and covariance -----------------------------------------------------------------


def _conv_full(a, v):
    """Full discrete convolution of 1-D a and v: a gathered sliding-window matrix times v."""
    n, m = a.shape[0], v.shape[0]
    length = n + m - 1
    dt = _core.result_type(a.dtype, v.dtype)
    if dt == _core.bool:
        dt = _core.bool
    zeros = _core.zeros((m - 1,), dtype=dt, sycl_queue=a.sycl_queue)
    padded = _core.concat([zeros, _core.astype(a, dt, copy=False), zeros])
    # window j of the padded input against the reversed kernel gives output j
    idx = _np.arange(length)[:, None] + _np.arange(m)[None, :]
    win = _core.take(padded, _like(idx.reshape(-1), a), axis=0)
    win = _core.reshape(win, (length, m))
    return _core.matmul(win, _core.astype(_core.flip(v), dt, copy=False))


def _conv(a, v, mode, op):
    a, v = _core.ravel(_arr(a, op)), _core.ravel(_like(v, a))
    if a.shape[0] == 0:
        raise ValueError(f"{op}: a cannot be empty")
    if v.shape[0] == 0:
        raise ValueError(f"{op}: v cannot be empty")
    if mode not in ("full", "same", "valid"):
        raise ValueError(f"{op}: mode must be one of 'full', 'same' or 'valid', got {mode!r}")
    if v.shape[0] > a.shape[0]:
        a, v = v, a
    full = _conv_full(a, v)
    n, m = a.shape[0], v.shape[0]
    if mode == "full":
        return full
    if mode == "same":
        start = (m - 1) // 2
        return full[start : start + n]
    return full[m - 1 : n]


def convolve(a, v, mode="full"):
    """Discrete linear convolution of two 1-D arrays (numpy.convolve), on the device by a
    gathered window matrix and matmul."""
    return _conv(a, v, mode, "convolve")


def correlate(a, v, mode="valid"):
    """Cross-correlation of two 1-D arrays, sum_n a[n + k] * conj(v[n]) (numpy.correlate)."""
    op = "correlate"
    a = _core.ravel(_arr(a, op))
    v = _core.ravel(_like(v, a))
    if v.shape[0] == 0 or a.shape[0] == 0:
        raise ValueError(f"{op}: {'v' if v.shape[0] == 0 else 'a'} cannot be empty")
    swap = v.shape[0] > a.shape[0]
    if swap:
        a, v = v, a
    vc = _core.conj(v) if _isdtype(v.dtype, "complex floating") else v
    res = _conv(a, _core.flip(vc), mode, op)
    if swap:
        res = _core.flip(res)
        if _isdtype(res.dtype, "complex floating"):
            res = _core.conj(res)
    return res


def cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, *, dtype=None):
    """Covariance matrix of the variables (rows, or columns with rowvar=False) of m and y
    (numpy.cov), by a matmul of the centred data."""
    op = "cov"
    m = _arr(m, op)
    if ddof is not None and ddof != int(ddof):
        raise ValueError(f"{op}: ddof must be integer")
    if m.ndim > 2:
        raise ValueError(f"{op}: m has more than 2 dimensions")
    if y is not None:
        y = _like(y, m)
        if y.ndim > 2:
            raise ValueError(f"{op}: y has more than 2 dimensions")
    if dtype is None:
        dtype = (
            _core.result_type(m.dtype, _core.float64)
            if y is None
            else _core.result_type(m.dtype, y.dtype, _core.float64)
        )
    X = _core.reshape(m, (1, -1)) if m.ndim < 2 else m
    X = _core.astype(X, dtype)
    if not rowvar and X.shape[0] != 1:
        X = _core.matrix_transpose(X)
    if X.shape[0] == 0:
        return _core.reshape(_core.zeros((0,), dtype=dtype, sycl_queue=m.sycl_queue), (0, 0))
    if y is not None:
        Y = _core.astype(_core.reshape(y, (1, -1)) if y.ndim < 2 else y, dtype)
        if not rowvar and Y.shape[0] != 1:
            Y = _core.matrix_transpose(Y)
        X = _core.concat([X, Y], axis=0)
    if ddof is None:
        ddof = 0 if bias else 1
    nobs = X.shape[1]
    w = None
    if fweights is not None:
        fw = _like(fweights, m)
        if not _isdtype(fw.dtype, "integral"):
            raise TypeError(f"{op}: fweights must be integer")
        if fw.ndim > 1:
            raise RuntimeError(f"{op}: cannot handle multidimensional fweights")
        if fw.shape[0] != nobs:
            raise RuntimeError(f"{op}: incompatible numbers of samples and fweights")
        if bool(_core.any(fw < 0)):
            raise ValueError(f"{op}: fweights cannot be negative")
        w = _core.astype(fw, _core.float64)
    if aweights is not None:
        aw = _like(aweights, m, dtype=_core.float64)
        if aw.ndim > 1:
            raise RuntimeError(f"{op}: cannot handle multidimensional aweights")
        if aw.shape[0] != nobs:
            raise RuntimeError(f"{op}: incompatible numbers of samples and aweights")
        if bool(_core.any(aw < 0)):
            raise ValueError(f"{op}: aweights cannot be negative")
        w = aw if w is None else w * aw
    if w is None:
        avg = _core.mean(X, axis=1, keepdims=True)
        w_sum = float(nobs)
        fact = nobs - ddof
    else:
        w_sum_d = _core.sum(w)
        avg = _core.sum(X * w, axis=1, keepdims=True) / w_sum_d
        w_sum = _scalar(w_sum_d)
        if ddof == 0:
            fact = w_sum
        elif aweights is None:
            fact = w_sum - ddof
        else:
            fact = w_sum - ddof * _scalar(_core.sum(w * aw)) / w_sum
    if fact <= 0:
        _warn("Degrees of freedom <= 0 for slice")
        fact = 0.0
    Xc = X - avg
    Xw = Xc if w is None else Xc * w
    XT = _core.matrix_transpose(Xw)
    if _isdtype(dtype, "complex floating"):
        XT = _core.conj(XT)
    c = _core.matmul(Xc, XT)
    c = c * (1.0 / fact) if fact else c / fact
    return _core.squeeze(c)


def corrcoef(x, y=None, rowvar=True, *, dtype=None):
    """Pearson correlation coefficients (numpy.corrcoef): cov normalised by the standard
    deviations, real parts clipped to [-1, 1]."""
    c = cov(_arr(x, "corrcoef"), y, rowvar, dtype=dtype)
    if c.ndim == 0:
        return c / c
    d = _core.diagonal(c)
    std = _core.sqrt(_core.real(d)) if _isdtype(d.dtype, "complex floating") else _core.sqrt(d)
    c = c / _core.reshape(std, (-1, 1))
    c = c / _core.reshape(std, (1, -1))
    if _isdtype(c.dtype, "complex floating"):
        return _core.clip(_core.real(c), -1, 1) + 1j * _core.imag(c)
    return _core.clip(c, -1, 1)
