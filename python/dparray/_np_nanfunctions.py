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
    """Sum of array elements over the given axes, treating NaNs as zero.

    Parameters
    ----------
    a : ndarray
        Input array (a dparray array; other objects raise TypeError).
    axis : None, int or tuple of ints, optional
        Axes to reduce. None (the default) reduces all elements.
    dtype : dtype, optional
        Type of the accumulator and the result; by default as :func:`sum`.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    keepdims : bool, optional
        If True, the reduced axes stay in the result with size one.
    initial, where : None
        Not supported: giving either raises NotImplementedError.

    Returns
    -------
    ndarray
        The sums, on `a`'s device and queue; an all-NaN slice sums to 0.

    Raises
    ------
    TypeError
        If `a` is not a dparray array.
    NotImplementedError
        If `initial` or `where` is given.

    See Also
    --------
    sum, nanprod, nancumsum

    Notes
    -----
    NaNs are replaced by zero on the device, then :func:`sum` runs; integer and bool
    arrays have no NaNs and are summed as they are. Unlike NumPy, `initial` and `where`
    are not supported.

    Examples
    --------
    >>> a = dp.asarray([[1., float("nan")], [3., 4.]])
    >>> dp.nansum(a)
    array(8.)
    >>> dp.nansum(a, axis=0)
    array([4., 4.])
    >>> dp.nansum(dp.asarray([float("nan")]))
    array(0.)
    """
    a = _arr(a, "nansum")
    _reject(initial, where, "nansum")
    return _core.sum(_nan_filled(a, 0), axis=axis, dtype=dtype, keepdims=keepdims, out=out)


def nanprod(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=None):
    """Product of array elements over the given axes, treating NaNs as one.

    Parameters
    ----------
    a : ndarray
        Input array (a dparray array; other objects raise TypeError).
    axis : None, int or tuple of ints, optional
        Axes to reduce. None (the default) reduces all elements.
    dtype : dtype, optional
        Type of the accumulator and the result; by default as :func:`prod`.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    keepdims : bool, optional
        If True, the reduced axes stay in the result with size one.
    initial, where : None
        Not supported: giving either raises NotImplementedError.

    Returns
    -------
    ndarray
        The products, on `a`'s device and queue; an all-NaN slice gives 1.

    Raises
    ------
    TypeError
        If `a` is not a dparray array.
    NotImplementedError
        If `initial` or `where` is given.

    See Also
    --------
    prod, nansum, nancumprod

    Notes
    -----
    NaNs are replaced by one on the device, then :func:`prod` runs. Unlike NumPy,
    `initial` and `where` are not supported.

    Examples
    --------
    >>> a = dp.asarray([[1., float("nan")], [3., 4.]])
    >>> dp.nanprod(a)
    array(12.)
    >>> dp.nanprod(a, axis=1)
    array([ 1., 12.])
    """
    a = _arr(a, "nanprod")
    _reject(initial, where, "nanprod")
    return _core.prod(_nan_filled(a, 1), axis=axis, dtype=dtype, keepdims=keepdims, out=out)


def nancumsum(a, axis=None, dtype=None, out=None):
    """Cumulative sum along an axis, treating NaNs as zero.

    Parameters
    ----------
    a : ndarray
        Input array (a dparray array; other objects raise TypeError).
    axis : int, optional
        Axis to work along. None (the default) uses the flattened array.
    dtype : dtype, optional
        Type of the accumulator and the result; by default as :func:`cumsum`.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.

    Returns
    -------
    ndarray
        The running sums (1-D when `axis` is None), on `a`'s device and queue. Running
        sums do not change at NaNs.

    Raises
    ------
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    cumsum, nansum, nancumprod

    Examples
    --------
    >>> a = dp.asarray([[1., float("nan")], [3., 4.]])
    >>> dp.nancumsum(a)
    array([1., 1., 4., 8.])
    >>> dp.nancumsum(a, axis=0)
    array([[1., 0.],
           [4., 4.]])
    """
    a = _arr(a, "nancumsum")
    return _core.cumsum(_nan_filled(a, 0), axis=axis, dtype=dtype, out=out)


def nancumprod(a, axis=None, dtype=None, out=None):
    """Cumulative product along an axis, treating NaNs as one.

    Parameters
    ----------
    a : ndarray
        Input array (a dparray array; other objects raise TypeError).
    axis : int, optional
        Axis to work along. None (the default) uses the flattened array.
    dtype : dtype, optional
        Type of the accumulator and the result; by default as :func:`cumprod`.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.

    Returns
    -------
    ndarray
        The running products (1-D when `axis` is None), on `a`'s device and queue.
        Running products do not change at NaNs.

    Raises
    ------
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    cumprod, nanprod, nancumsum

    Examples
    --------
    >>> a = dp.asarray([[1., float("nan")], [3., 4.]])
    >>> dp.nancumprod(a)
    array([ 1.,  1.,  3., 12.])
    >>> dp.nancumprod(a, axis=1)
    array([[ 1.,  1.],
           [ 3., 12.]])
    """
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
    """Maximum of array elements over the given axes, ignoring NaNs.

    Parameters
    ----------
    a : ndarray
        Input array (a dparray array; other objects raise TypeError). Complex arrays are not supported.
    axis : None, int or tuple of ints, optional
        Axes to reduce. None (the default) reduces all elements.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    keepdims : bool, optional
        If True, the reduced axes stay in the result with size one.
    initial, where : None
        Not supported: giving either raises NotImplementedError.

    Returns
    -------
    ndarray
        The maximums, with `a`'s dtype, on `a`'s device and queue. A slice holding
        only NaNs gives NaN, with a RuntimeWarning ("All-NaN slice encountered").

    Raises
    ------
    TypeError
        If `a` is not a dparray array, or is complex.
    ValueError
        If a reduced axis is empty.
    NotImplementedError
        If `initial` or `where` is given.

    Warns
    -----
    RuntimeWarning
        If a slice holds only NaNs.

    See Also
    --------
    max, nanmin, nanargmax

    Notes
    -----
    NaNs are replaced by -inf on the device before :func:`max` runs; checking for
    all-NaN slices reads one flag back (a synchronisation point). Integer and bool
    arrays are reduced as they are. Unlike NumPy, `initial`, `where` and complex input
    are not supported.

    Examples
    --------
    >>> a = dp.asarray([[1., float("nan")], [3., 4.]])
    >>> dp.nanmax(a)
    array(4.)
    >>> dp.nanmax(a, axis=1)
    array([1., 4.])
    """
    _reject(initial, where, "nanmax")
    return _nan_extreme(a, axis, out, keepdims, "nanmax", -_np.inf, _core.max)


def nanmin(a, axis=None, out=None, keepdims=False, initial=None, where=None):
    """Minimum of array elements over the given axes, ignoring NaNs.

    Parameters
    ----------
    a : ndarray
        Input array (a dparray array; other objects raise TypeError). Complex arrays are not supported.
    axis : None, int or tuple of ints, optional
        Axes to reduce. None (the default) reduces all elements.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    keepdims : bool, optional
        If True, the reduced axes stay in the result with size one.
    initial, where : None
        Not supported: giving either raises NotImplementedError.

    Returns
    -------
    ndarray
        The minimums, with `a`'s dtype, on `a`'s device and queue. A slice holding
        only NaNs gives NaN, with a RuntimeWarning ("All-NaN slice encountered").

    Raises
    ------
    TypeError
        If `a` is not a dparray array, or is complex.
    ValueError
        If a reduced axis is empty.
    NotImplementedError
        If `initial` or `where` is given.

    Warns
    -----
    RuntimeWarning
        If a slice holds only NaNs.

    See Also
    --------
    min, nanmax, nanargmin

    Notes
    -----
    NaNs are replaced by +inf on the device before :func:`min` runs; checking for
    all-NaN slices reads one flag back (a synchronisation point). Integer and bool
    arrays are reduced as they are. Unlike NumPy, `initial`, `where` and complex input
    are not supported.

    Examples
    --------
    >>> a = dp.asarray([[1., float("nan")], [3., 4.]])
    >>> dp.nanmin(a)
    array(1.)
    >>> dp.nanmin(a, axis=0)
    array([1., 4.])
    """
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
    """Indices of the maximum values along an axis, ignoring NaNs.

    Parameters
    ----------
    a : ndarray
        Input array (a dparray array; other objects raise TypeError).
    axis : int, optional
        Axis to work along. None (the default) uses the flattened array.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    keepdims : bool, optional
        Keyword-only. If True, the reduced axis stays in the result with size one.

    Returns
    -------
    ndarray of int64
        Index of the first non-NaN maximum of each slice (a 0-d array when `axis` is
        None), on `a`'s device and queue.

    Raises
    ------
    ValueError
        If a slice holds only NaNs ("All-NaN slice encountered"), or is empty.
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    argmax, nanmax

    Notes
    -----
    Checking for all-NaN slices reads one flag back from the device (a synchronisation
    point); NaNs are then replaced by -inf and :func:`argmax` runs. Unlike NumPy,
    the result for ``axis=None`` is a 0-d array rather than a Python int.

    Examples
    --------
    >>> a = dp.asarray([[1., float("nan")], [3., 4.]])
    >>> dp.nanargmax(a)
    array(3)
    >>> dp.nanargmax(a, axis=0)
    array([1, 1])
    """
    return _nan_arg(a, axis, out, keepdims, "nanargmax", -_np.inf, _core.argmax)


def nanargmin(a, axis=None, out=None, *, keepdims=False):
    """Indices of the minimum values along an axis, ignoring NaNs.

    Parameters
    ----------
    a : ndarray
        Input array (a dparray array; other objects raise TypeError).
    axis : int, optional
        Axis to work along. None (the default) uses the flattened array.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    keepdims : bool, optional
        Keyword-only. If True, the reduced axis stays in the result with size one.

    Returns
    -------
    ndarray of int64
        Index of the first non-NaN minimum of each slice (a 0-d array when `axis` is
        None), on `a`'s device and queue.

    Raises
    ------
    ValueError
        If a slice holds only NaNs ("All-NaN slice encountered"), or is empty.
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    argmin, nanmin

    Notes
    -----
    Checking for all-NaN slices reads one flag back from the device (a synchronisation
    point); NaNs are then replaced by +inf and :func:`argmin` runs. Unlike NumPy,
    the result for ``axis=None`` is a 0-d array rather than a Python int.

    Examples
    --------
    >>> a = dp.asarray([[1., float("nan")], [3., 4.]])
    >>> dp.nanargmin(a)
    array(0)
    >>> dp.nanargmin(a, axis=1)
    array([0, 0])
    """
    return _nan_arg(a, axis, out, keepdims, "nanargmin", _np.inf, _core.argmin)


def _nan_count(a, axis, keepdims):
    return _core.sum(_core.logical_not(_core.isnan(a)), axis=axis, keepdims=keepdims)


def nanmean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=None):
    """Arithmetic mean over the given axes, ignoring NaNs.

    Parameters
    ----------
    a : ndarray
        Input array (a dparray array; other objects raise TypeError).
    axis : None, int or tuple of ints, optional
        Axes to reduce. None (the default) reduces all elements.
    dtype : dtype, optional
        Type of the accumulation and the result; by default as :func:`mean`.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    keepdims : bool, optional
        If True, the reduced axes stay in the result with size one.
    where : None
        Keyword-only. Not supported: giving it raises NotImplementedError.

    Returns
    -------
    ndarray
        The means of the non-NaN elements, on `a`'s device and queue. A slice holding only
        NaNs gives NaN, with a RuntimeWarning ("Mean of empty slice").

    Raises
    ------
    TypeError
        If `a` is not a dparray array.
    NotImplementedError
        If `where` is given.

    Warns
    -----
    RuntimeWarning
        If a slice holds no non-NaN element.

    See Also
    --------
    mean, nansum, nanvar

    Notes
    -----
    Computed as the sum with NaNs replaced by zero over the count of non-NaN elements;
    the check for empty slices reads one flag back (a synchronisation point). Integer and
    bool arrays go to :func:`mean`.

    Examples
    --------
    >>> a = dp.asarray([[1., float("nan")], [3., 4.]])
    >>> dp.nanmean(a)
    array(2.66666667)
    >>> dp.nanmean(a, axis=0)
    array([2., 4.])
    """
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
    """Variance over the given axes, ignoring NaNs.

    Parameters
    ----------
    a : ndarray
        Input array (a dparray array; other objects raise TypeError).
    axis : None, int or tuple of ints, optional
        Axes to reduce. None (the default) reduces all elements.
    dtype : dtype, optional
        Type used in the sums; by default as :func:`var`.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    ddof : real, optional
        "Delta degrees of freedom": the divisor is ``N - ddof``, N the number of non-NaN
        elements. Default 0.
    keepdims : bool, optional
        If True, the reduced axes stay in the result with size one.
    where : None
        Keyword-only. Not supported: giving it raises NotImplementedError.
    mean : None
        Keyword-only. Accepted for NumPy compatibility and ignored (the mean is always
        computed).
    correction : real, optional
        Keyword-only. The Array API's name for `ddof`; when given it replaces `ddof`.

    Returns
    -------
    ndarray
        The variances of the non-NaN elements (real for complex input), on `a`'s device
        and queue. A slice with ``N - ddof <= 0`` gives NaN, with a RuntimeWarning
        ("Degrees of freedom <= 0 for slice.").

    Raises
    ------
    TypeError
        If `a` is not a dparray array.
    NotImplementedError
        If `where` is given.

    Warns
    -----
    RuntimeWarning
        If a slice has ``N - ddof <= 0``.

    See Also
    --------
    var, nanstd, nanmean

    Notes
    -----
    Two passes on the device (mean of the non-NaN elements, then squared deviations);
    the degrees-of-freedom check reads one flag back (a synchronisation point). Integer
    and bool arrays go to :func:`var`. Unlike NumPy, `mean=` is ignored and `where=` is
    not supported.

    Examples
    --------
    >>> a = dp.asarray([[1., float("nan")], [3., 4.]])
    >>> dp.nanvar(a)
    array(1.55555556)
    >>> dp.nanvar(a, axis=0)
    array([1., 0.])
    >>> dp.nanvar(dp.asarray([1., 2., float("nan"), 3.]), ddof=1)
    array(1.)
    """
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
    """Standard deviation over the given axes, ignoring NaNs.

    The square root of :func:`nanvar`.

    Parameters
    ----------
    a : ndarray
        Input array (a dparray array; other objects raise TypeError).
    axis : None, int or tuple of ints, optional
        Axes to reduce. None (the default) reduces all elements.
    dtype : dtype, optional
        Type used in the sums; by default as :func:`var`.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    ddof : real, optional
        "Delta degrees of freedom": the divisor is ``N - ddof``, N the number of non-NaN
        elements. Default 0.
    keepdims : bool, optional
        If True, the reduced axes stay in the result with size one.
    where : None
        Keyword-only. Not supported: giving it raises NotImplementedError.
    mean : None
        Keyword-only. Accepted for NumPy compatibility and ignored (the mean is always
        computed).
    correction : real, optional
        Keyword-only. The Array API's name for `ddof`; when given it replaces `ddof`.

    Returns
    -------
    ndarray
        The standard deviations of the non-NaN elements, on `a`'s device and queue. A
        slice with ``N - ddof <= 0`` gives NaN, with a RuntimeWarning.

    Raises
    ------
    TypeError
        If `a` is not a dparray array.
    NotImplementedError
        If `where` is given.

    Warns
    -----
    RuntimeWarning
        If a slice has ``N - ddof <= 0``.

    See Also
    --------
    std, nanvar

    Notes
    -----
    Unlike NumPy, `mean=` is ignored and `where=` is not supported.

    Examples
    --------
    >>> a = dp.asarray([[1., float("nan")], [3., 4.]])
    >>> dp.nanstd(a)
    array(1.24721913)
    >>> dp.nanstd(a, axis=0)
    array([1., 0.])
    """
    _reject(None, where, "nanstd")
    if correction is not None:
        ddof = correction
    return _finish(_core.sqrt(_nan_var(a, axis, dtype, ddof, keepdims, "nanstd")), out)
