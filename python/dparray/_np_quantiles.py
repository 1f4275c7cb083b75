"""NumPy's order statistics over dparray ops: median, percentile, quantile and their nan*
forms. They select with partition (or sort per row for the nan* forms) on the array's device;
only q and the scalars NumPy's rules branch on (all-NaN checks) are read back."""

import math

from . import _core
from ._info import isdtype as _isdtype
from ._lazy_numpy import numpy as _np
from ._np_stats_common import (
    _arr,
    _axes,
    _finish,
    _float_of,
    _is_inexact,
    _keepdims_shape,
    _like,
    _nd,
    _rows_last,
    _warn,
)

__all__ = [
    "median",
    "nanmedian",
    "nanpercentile",
    "nanquantile",
    "percentile",
    "quantile",
]

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
    """Compute the q-th quantile of the data along the given axes.

    Parameters
    ----------
    a : ndarray
        Input array of real numbers (a dparray array; other objects raise TypeError).
    q : float, sequence of floats or ndarray
        Quantiles to compute, in [0, 1]. They are parameters: an array is read back
        to the host.
    axis : None, int or tuple of ints, optional
        Axes to compute along. None (the default) uses all elements.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    overwrite_input : bool, optional
        Accepted for NumPy compatibility; the input is never modified.
    method : str, optional
        How to estimate a quantile between data points (NumPy's names; Hyndman and Fan's
        estimators): 'inverted_cdf', 'averaged_inverted_cdf', 'closest_observation',
        'interpolated_inverted_cdf', 'hazen', 'weibull', 'linear' (the default),
        'median_unbiased', 'normal_unbiased', 'lower', 'higher', 'midpoint' or 'nearest'.
    keepdims : bool, optional
        If True, the reduced axes stay in the result with size one.
    weights : None
        Keyword-only. Not supported: giving it raises NotImplementedError.
    interpolation : str, optional
        Keyword-only. Deprecated NumPy name of `method`; when given it replaces `method`.

    Returns
    -------
    ndarray
        The quantiles: `q`'s shape followed by the non-reduced axes of `a`; floating point
        (integers give float64); on `a`'s device and queue. A slice holding a NaN gives NaN.

    Raises
    ------
    ValueError
        If a value of `q` is outside [0, 1] or `method` is unknown.
    TypeError
        If `a` is not a dparray array or is complex, or `q` is not real.
    NotImplementedError
        If `weights` is given.
    IndexError
        If a reduced axis is empty.

    See Also
    --------
    percentile, nanquantile, median, partition

    Notes
    -----
    The order statistics are selected with :func:`partition` on the device; only `q` is
    handled on the host. Unlike NumPy, a full reduction gives a 0-d array, and `weights` is
    not supported.

    Examples
    --------
    >>> a = dp.asarray([[10., 7., 4.], [3., 2., 1.]])
    >>> dp.quantile(a, 0.5)
    array(3.5)
    >>> dp.quantile(a, dp.asarray([0.25, 0.75]), axis=1)
    array([[5.5, 1.5],
           [8.5, 2.5]])
    >>> dp.quantile(dp.asarray([1., 2., 3., 4.]), 0.4, method="lower")
    array(2.)
    """
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
    """Compute the q-th percentile of the data along the given axes.

    Parameters
    ----------
    a : ndarray
        Input array of real numbers (a dparray array; other objects raise TypeError).
    q : float, sequence of floats or ndarray
        Percentiles to compute, in [0, 100]. They are parameters: an array is read back
        to the host.
    axis : None, int or tuple of ints, optional
        Axes to compute along. None (the default) uses all elements.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    overwrite_input : bool, optional
        Accepted for NumPy compatibility; the input is never modified.
    method : str, optional
        How to estimate a quantile between data points (NumPy's names; Hyndman and Fan's
        estimators): 'inverted_cdf', 'averaged_inverted_cdf', 'closest_observation',
        'interpolated_inverted_cdf', 'hazen', 'weibull', 'linear' (the default),
        'median_unbiased', 'normal_unbiased', 'lower', 'higher', 'midpoint' or 'nearest'.
    keepdims : bool, optional
        If True, the reduced axes stay in the result with size one.
    weights : None
        Keyword-only. Not supported: giving it raises NotImplementedError.
    interpolation : str, optional
        Keyword-only. Deprecated NumPy name of `method`; when given it replaces `method`.

    Returns
    -------
    ndarray
        The percentiles: `q`'s shape followed by the non-reduced axes of `a`; floating point
        (integers give float64); on `a`'s device and queue. A slice holding a NaN gives NaN.

    Raises
    ------
    ValueError
        If a value of `q` is outside [0, 100] or `method` is unknown.
    TypeError
        If `a` is not a dparray array or is complex, or `q` is not real.
    NotImplementedError
        If `weights` is given.
    IndexError
        If a reduced axis is empty.

    See Also
    --------
    quantile, nanpercentile, median

    Notes
    -----
    The order statistics are selected with :func:`partition` on the device; only `q` is
    handled on the host. Unlike NumPy, a full reduction gives a 0-d array, and `weights` is
    not supported.

    Examples
    --------
    >>> a = dp.asarray([[10., 7., 4.], [3., 2., 1.]])
    >>> dp.percentile(a, 50)
    array(3.5)
    >>> dp.percentile(a, [25, 75], axis=1)
    array([[5.5, 1.5],
           [8.5, 2.5]])
    >>> dp.percentile(dp.asarray([1., 2., 3., 4.]), 40, method="lower")
    array(2.)
    """
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
    """Compute the q-th quantile of the data along the given axes, ignoring NaNs.

    Parameters
    ----------
    a : ndarray
        Input array of real numbers (a dparray array; other objects raise TypeError).
    q : float, sequence of floats or ndarray
        Quantiles to compute, in [0, 1]. They are parameters: an array is read back
        to the host.
    axis : None, int or tuple of ints, optional
        Axes to compute along. None (the default) uses all elements.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    overwrite_input : bool, optional
        Accepted for NumPy compatibility; the input is never modified.
    method : str, optional
        How to estimate a quantile between data points (NumPy's names; Hyndman and Fan's
        estimators): 'inverted_cdf', 'averaged_inverted_cdf', 'closest_observation',
        'interpolated_inverted_cdf', 'hazen', 'weibull', 'linear' (the default),
        'median_unbiased', 'normal_unbiased', 'lower', 'higher', 'midpoint' or 'nearest'.
    keepdims : bool, optional
        If True, the reduced axes stay in the result with size one.
    weights : None
        Keyword-only. Not supported: giving it raises NotImplementedError.
    interpolation : str, optional
        Keyword-only. Deprecated NumPy name of `method`; when given it replaces `method`.

    Returns
    -------
    ndarray
        The quantiles: `q`'s shape followed by the non-reduced axes of `a`; floating point
        (integers give float64); on `a`'s device and queue. A slice holding only NaNs gives NaN, with a RuntimeWarning.

    Raises
    ------
    ValueError
        If a value of `q` is outside [0, 1] or `method` is unknown.
    TypeError
        If `a` is not a dparray array or is complex, or `q` is not real.
    NotImplementedError
        If `weights` is given.

    See Also
    --------
    quantile, nanpercentile, nanmedian

    Notes
    -----
    Each slice is sorted on the device (NaNs last) and the positions come from its count of
    numbers; checking for all-NaN slices reads one flag back (a synchronisation point).
    Unlike NumPy, a full reduction gives a 0-d array, and `weights` is not supported.

    Examples
    --------
    >>> a = dp.asarray([[10., float("nan"), 4.], [3., 2., 1.]])
    >>> dp.nanquantile(a, 0.5)
    array(3.)
    >>> dp.nanquantile(a, 0.5, axis=1)
    array([7., 2.])
    """
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
    """Compute the q-th percentile of the data along the given axes, ignoring NaNs.

    Parameters
    ----------
    a : ndarray
        Input array of real numbers (a dparray array; other objects raise TypeError).
    q : float, sequence of floats or ndarray
        Percentiles to compute, in [0, 100]. They are parameters: an array is read back
        to the host.
    axis : None, int or tuple of ints, optional
        Axes to compute along. None (the default) uses all elements.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    overwrite_input : bool, optional
        Accepted for NumPy compatibility; the input is never modified.
    method : str, optional
        How to estimate a quantile between data points (NumPy's names; Hyndman and Fan's
        estimators): 'inverted_cdf', 'averaged_inverted_cdf', 'closest_observation',
        'interpolated_inverted_cdf', 'hazen', 'weibull', 'linear' (the default),
        'median_unbiased', 'normal_unbiased', 'lower', 'higher', 'midpoint' or 'nearest'.
    keepdims : bool, optional
        If True, the reduced axes stay in the result with size one.
    weights : None
        Keyword-only. Not supported: giving it raises NotImplementedError.
    interpolation : str, optional
        Keyword-only. Deprecated NumPy name of `method`; when given it replaces `method`.

    Returns
    -------
    ndarray
        The percentiles: `q`'s shape followed by the non-reduced axes of `a`; floating point
        (integers give float64); on `a`'s device and queue. A slice holding only NaNs gives NaN, with a RuntimeWarning.

    Raises
    ------
    ValueError
        If a value of `q` is outside [0, 100] or `method` is unknown.
    TypeError
        If `a` is not a dparray array or is complex, or `q` is not real.
    NotImplementedError
        If `weights` is given.

    See Also
    --------
    percentile, nanquantile, nanmedian

    Notes
    -----
    Each slice is sorted on the device (NaNs last) and the positions come from its count of
    numbers; checking for all-NaN slices reads one flag back (a synchronisation point).
    Unlike NumPy, a full reduction gives a 0-d array, and `weights` is not supported.

    Examples
    --------
    >>> a = dp.asarray([[10., float("nan"), 4.], [3., 2., 1.]])
    >>> dp.nanpercentile(a, 50)
    array(3.)
    >>> dp.nanpercentile(a, 50, axis=1)
    array([7., 2.])
    """
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
    """Compute the median along the given axes.

    Parameters
    ----------
    a : ndarray
        Input array (a dparray array; other objects raise TypeError).
    axis : None, int or tuple of ints, optional
        Axes to compute along. None (the default) uses all elements.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    overwrite_input : bool, optional
        Accepted for NumPy compatibility; the input is never modified.
    keepdims : bool, optional
        If True, the reduced axes stay in the result with size one.

    Returns
    -------
    ndarray
        The medians (the mean of the two middle values for an even count), floating point
        (integers give float64), on `a`'s device and queue. A slice holding a NaN gives
        NaN; an empty slice gives NaN with a RuntimeWarning.

    Raises
    ------
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    nanmedian, quantile, percentile, mean

    Notes
    -----
    Selects the middle values with :func:`partition` on the device. Unlike NumPy, a full
    reduction gives a 0-d array.

    Examples
    --------
    >>> a = dp.asarray([[10., 7., 4.], [3., 2., 1.]])
    >>> dp.median(a)
    array(3.5)
    >>> dp.median(a, axis=0)
    array([6.5, 4.5, 2.5])
    >>> dp.median(a, axis=1, keepdims=True)
    array([[7.],
           [2.]])
    >>> dp.median(dp.asarray([[10., float("nan"), 4.], [3., 2., 1.]]), axis=1)
    array([nan,  2.])
    """
    return _median_impl(a, axis, out, keepdims, "median", False)


def nanmedian(a, axis=None, out=None, overwrite_input=False, keepdims=False):
    """Compute the median along the given axes, ignoring NaNs.

    Parameters
    ----------
    a : ndarray
        Input array (a dparray array; other objects raise TypeError).
    axis : None, int or tuple of ints, optional
        Axes to compute along. None (the default) uses all elements.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    overwrite_input : bool, optional
        Accepted for NumPy compatibility; the input is never modified.
    keepdims : bool, optional
        If True, the reduced axes stay in the result with size one.

    Returns
    -------
    ndarray
        The medians of the non-NaN values, floating point (integers give float64), on
        `a`'s device and queue. A slice holding only NaNs gives NaN, with a RuntimeWarning
        ("All-NaN slice encountered").

    Raises
    ------
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    median, nanquantile, nanmean

    Notes
    -----
    Each slice is sorted on the device (NaNs last) and the middle of its non-NaN values is
    taken; checking for all-NaN slices reads one flag back (a synchronisation point).

    Examples
    --------
    >>> a = dp.asarray([[10., float("nan"), 4.], [3., 2., 1.]])
    >>> dp.nanmedian(a)
    array(3.)
    >>> dp.nanmedian(a, axis=1)
    array([7., 2.])
    """
    return _median_impl(a, axis, out, keepdims, "nanmedian", True)
