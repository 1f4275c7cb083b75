"""NumPy's simple statistics over dparray ops: average, ptp, ediff1d, trapezoid, gradient,
lexsort, convolve / correlate and cov / corrcoef. Everything stays on the array's device."""

from . import _core
from ._info import isdtype as _isdtype
from ._lazy_numpy import numpy as _np
from ._np_stats_common import (
    _arr,
    _axes,
    _axis,
    _finish,
    _is_inexact,
    _like,
    _nd,
    _npdt,
    _scalar,
    _warn,
)

__all__ = [
    "average",
    "convolve",
    "corrcoef",
    "correlate",
    "cov",
    "ediff1d",
    "gradient",
    "lexsort",
    "ptp",
    "trapezoid",
]

# ---- simple reductions and differences -------------------------------------------------------


def ptp(a, axis=None, out=None, keepdims=False):
    """Range of values (maximum - minimum) along an axis.

    The name is an acronym for "peak to peak".

    Parameters
    ----------
    a : ndarray
        Input array (a dparray array; other objects raise TypeError).
    axis : None, int or tuple of ints, optional
        Axes to reduce. None (the default) uses all elements.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    keepdims : bool, optional
        If True, the reduced axes stay in the result with size one.

    Returns
    -------
    ndarray
        ``max(a, axis) - min(a, axis)``, with `a`'s dtype (integers wrap around on
        overflow, as in NumPy), on `a`'s device and queue; NaN propagates.

    Raises
    ------
    TypeError
        If `a` is not a dparray array.
    ValueError
        If a reduced axis is empty.

    See Also
    --------
    max, min

    Notes
    -----
    Unlike NumPy, a full reduction gives a 0-d array, not a scalar.

    Examples
    --------
    >>> x = dp.asarray([[4, 9, 2], [1, 5, 8]])
    >>> dp.ptp(x)
    array(8)
    >>> dp.ptp(x, axis=1)
    array([7, 7])
    """
    a = _arr(a, "ptp")
    res = _core.max(a, axis=axis, keepdims=keepdims) - _core.min(a, axis=axis, keepdims=keepdims)
    return _finish(res, out)


def average(a, axis=None, weights=None, returned=False, *, keepdims=False):
    """Weighted average along the given axes.

    Parameters
    ----------
    a : ndarray
        Data to average (a dparray array; other objects raise TypeError).
    axis : None, int or tuple of ints, optional
        Axes to average over. None (the default) averages all elements.
    weights : ndarray or array_like, optional
        Weights of `a`'s shape, or 1-D with the length of `a` along a single `axis`. Host
        data is copied to `a`'s queue. Default: all weights one (the plain mean).
    returned : bool, optional
        If True, also return the sum of the weights. Default False.
    keepdims : bool, optional
        Keyword-only. If True, the reduced axes stay in the result with size one.

    Returns
    -------
    ndarray or tuple of ndarray
        The averages (floating point: integers and bool average in float64), on `a`'s
        device and queue; with `returned`, the tuple ``(average, sum_of_weights)`` where
        the weight sums are broadcast to the averages' shape.

    Raises
    ------
    TypeError
        If `a` is not a dparray array, or the shapes of `a` and `weights` differ and `axis`
        is None or `weights` is not 1-D.
    ValueError
        If 1-D `weights` do not match `a`'s length along `axis`.
    ZeroDivisionError
        If the weights along an axis sum to zero.

    See Also
    --------
    mean, nanmean

    Notes
    -----
    ``sum(a * weights) / sum(weights)`` on the device; the zero-sum check reads one flag
    back (a synchronisation point). Unlike NumPy, the average over all axes is a 0-d array.

    Examples
    --------
    >>> a = dp.asarray([1., 2., 3., 4.])
    >>> dp.average(a)
    array(2.5)
    >>> dp.average(a, weights=dp.asarray([4., 3., 2., 1.]))
    array(2.)
    >>> b = dp.asarray([[1., 2.], [3., 4.]])
    >>> dp.average(b, axis=1, weights=dp.asarray([3., 1.]), returned=True)
    (array([1.25, 3.25]), array([4., 4.]))
    """
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
    """Differences between consecutive elements of the flattened array.

    Parameters
    ----------
    ary : ndarray
        Input array (a dparray array); it is flattened.
    to_end : scalar or array_like, optional
        Values appended after the differences (flattened).
    to_begin : scalar or array_like, optional
        Values prepended before the differences (flattened).

    Returns
    -------
    ndarray
        1-D array ``ary.flat[1:] - ary.flat[:-1]`` with `to_begin` before and `to_end`
        after it, of `ary`'s dtype, on `ary`'s device and queue.

    Raises
    ------
    TypeError
        If `ary` is not a dparray array, or `to_begin` / `to_end` cannot be cast to its
        dtype with the 'same_kind' rule.

    See Also
    --------
    diff, gradient

    Examples
    --------
    >>> x = dp.asarray([1, 2, 4, 7, 0])
    >>> dp.ediff1d(x)
    array([ 1,  2,  3, -7])
    >>> dp.ediff1d(dp.asarray([1, 2, 4]), to_begin=-99, to_end=dp.asarray([88, 99]))
    array([-99,   1,   2,  88,  99])
    """
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
    """Integrate along an axis with the composite trapezoidal rule.

    Parameters
    ----------
    y : ndarray
        Values to integrate (a dparray array).
    x : ndarray or array_like, optional
        Sample points of `y`: 1-D with `y`'s length along `axis`, or of `y`'s shape. Host
        data is copied to `y`'s queue. Default None: the points are `dx` apart.
    dx : float, optional
        Spacing of the sample points when `x` is None. Default 1.0.
    axis : int, optional
        Axis to integrate along. Default -1.

    Returns
    -------
    ndarray
        The integral, with `axis` removed (a 0-d array for 1-D `y`), on `y`'s device and
        queue.

    Raises
    ------
    TypeError
        If `y` is not a dparray array.
    dparray.AxisError
        If `axis` is out of range.

    See Also
    --------
    sum, cumsum, diff

    Notes
    -----
    Unlike NumPy, the integral of a 1-D array is a 0-d array, not a scalar.

    Examples
    --------
    >>> y = dp.asarray([1., 2., 3.])
    >>> dp.trapezoid(y)
    array(4.)
    >>> dp.trapezoid(y, x=dp.asarray([4., 6., 8.]))
    array(8.)
    >>> dp.trapezoid(y, dx=2)
    array(8.)
    >>> dp.trapezoid(dp.asarray([[0., 1., 2.], [3., 4., 5.]]), axis=1)
    array([2., 8.])
    """
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
    """Return the gradient of an N-dimensional array.

    Second-order accurate central differences in the interior and first- or
    second-order accurate one-sided differences at the boundaries.

    Parameters
    ----------
    f : ndarray
        Samples of a function (a dparray array).
    *varargs : scalars or 1-D arrays, optional
        Spacing between the sample points: none (spacing 1), one scalar for all axes, or
        one value per axis, each a scalar or a 1-D array of coordinates of that axis'
        length.
    axis : None, int or tuple of ints, optional
        Keyword-only. Axes to differentiate along. None (the default) uses every axis.
    edge_order : {1, 2}, optional
        Keyword-only. Accuracy order of the boundary differences. Default 1.

    Returns
    -------
    ndarray or tuple of ndarray
        One array of `f`'s shape per axis (a single array when only one axis is used),
        floating point (integers give float64), on `f`'s device and queue.

    Raises
    ------
    TypeError
        If `f` is not a dparray array, or the number of spacings is wrong.
    ValueError
        If `edge_order` is not 1 or 2, a spacing array is not 1-D or has the wrong length,
        or an axis has fewer than ``edge_order + 1`` points.

    See Also
    --------
    diff, ediff1d

    Examples
    --------
    >>> f = dp.asarray([1., 2., 4., 7., 11., 16.])
    >>> dp.gradient(f)
    array([1. , 1.5, 2.5, 3.5, 4.5, 5. ])
    >>> dp.gradient(f, 2.)
    array([0.5 , 0.75, 1.25, 1.75, 2.25, 2.5 ])
    >>> dp.gradient(f, edge_order=2)
    array([0.5, 1.5, 2.5, 3.5, 4.5, 5.5])
    >>> gy, gx = dp.gradient(dp.asarray([[1., 2., 6.], [3., 4., 5.]]))
    >>> gy
    array([[ 2.,  2., -1.],
           [ 2.,  2., -1.]])
    >>> gx
    array([[1. , 2.5, 4. ],
           [1. , 1. , 1. ]])
    """
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
    """Indirect stable sort by several keys.

    The last key is the primary sort key, the second-to-last the secondary one, and so on.

    Parameters
    ----------
    keys : sequence of ndarray, or ndarray
        Keys of one shape (a sequence of dparray arrays, or the rows of a 2-D or higher
        array).
    axis : int, optional
        Axis to sort along. Default -1.

    Returns
    -------
    ndarray of int64
        Indices that sort the keys along `axis`, on the keys' device and queue.

    Raises
    ------
    TypeError
        If `keys` is empty or 0-d, or holds objects that are not dparray arrays.
    ValueError
        If the keys do not all have one shape.
    dparray.AxisError
        If `axis` is out of range.

    See Also
    --------
    argsort, sort

    Notes
    -----
    Runs one stable :func:`argsort` per key on the device, from the least significant key;
    NaNs sort last, as in :func:`sort`.

    Examples
    --------
    >>> surnames = dp.asarray([1, 5, 1, 4, 3, 4, 4])
    >>> first = dp.asarray([9, 4, 0, 4, 0, 2, 1])
    >>> dp.lexsort((first, surnames))
    array([2, 0, 4, 6, 5, 3, 1])
    """
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
    """Discrete linear convolution of two one-dimensional sequences.

    Parameters
    ----------
    a : ndarray
        First input (a dparray array; flattened).
    v : ndarray or array_like
        Second input (flattened; host data is copied to `a`'s queue).
    mode : {'full', 'same', 'valid'}, optional
        'full' (the default): every overlap, length ``N + M - 1``; 'same': length
        ``max(N, M)``, centred; 'valid': only full overlaps, length ``max(N, M) -
        min(N, M) + 1``.

    Returns
    -------
    ndarray
        The convolution, of the inputs' promoted dtype, on `a`'s device and queue.

    Raises
    ------
    ValueError
        If `a` or `v` is empty, or `mode` is not one of the three names.
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    correlate

    Notes
    -----
    Computed on the device as a matrix product of gathered sliding windows with the
    reversed shorter input, which takes ``(N + M - 1) * min(N, M)`` elements of memory;
    meant for short kernels. NumPy computes it directly; results may differ in the last
    bits.

    Examples
    --------
    >>> a = dp.asarray([1., 2., 3.])
    >>> v = dp.asarray([0., 1., 0.5])
    >>> dp.convolve(a, v)
    array([0. , 1. , 2.5, 4. , 1.5])
    >>> dp.convolve(a, v, "same")
    array([1. , 2.5, 4. ])
    >>> dp.convolve(a, v, "valid")
    array([2.5])
    """
    return _conv(a, v, mode, "convolve")


def correlate(a, v, mode="valid"):
    """Cross-correlation of two one-dimensional sequences.

    ``c[k] = sum_n a[n + k] * conj(v[n])``, as NumPy's ``correlate``.

    Parameters
    ----------
    a : ndarray
        First input (a dparray array; flattened).
    v : ndarray or array_like
        Second input (flattened; host data is copied to `a`'s queue).
    mode : {'valid', 'same', 'full'}, optional
        Output length as in :func:`convolve`. Default 'valid'.

    Returns
    -------
    ndarray
        The cross-correlation, of the inputs' promoted dtype, on `a`'s device and queue.

    Raises
    ------
    ValueError
        If `a` or `v` is empty, or `mode` is not one of the three names.
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    convolve

    Notes
    -----
    Computed through :func:`convolve` with the reversed, conjugated `v` (see its memory
    note).

    Examples
    --------
    >>> a = dp.asarray([1., 2., 3.])
    >>> v = dp.asarray([0., 1., 0.5])
    >>> dp.correlate(a, v)
    array([3.5])
    >>> dp.correlate(a, v, "full")
    array([0.5, 2. , 3.5, 3. , 0. ])
    """
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
    """Estimate a covariance matrix.

    Parameters
    ----------
    m : ndarray
        1-D or 2-D array of variables and observations: each row is a variable, each
        column an observation (transposed when `rowvar` is False).
    y : ndarray or array_like, optional
        More variables and observations, in the form of `m`; they are joined to `m`.
    rowvar : bool, optional
        If True (the default) rows are variables; otherwise columns are.
    bias : bool, optional
        If False (the default) normalise by ``N - 1``, otherwise by ``N``. Overridden by
        `ddof`.
    ddof : int, optional
        If given, normalise by ``N - ddof`` instead.
    fweights : ndarray or array_like of int, optional
        1-D non-negative integer frequency weights, one per observation.
    aweights : ndarray or array_like, optional
        1-D non-negative observation weights, one per observation.
    dtype : dtype, optional
        Keyword-only. Type of the computation and the result; default the inputs' type
        promoted with float64.

    Returns
    -------
    ndarray
        The covariance matrix of the variables (squeezed: a 0-d array for one variable),
        on `m`'s device and queue.

    Raises
    ------
    TypeError
        If `m` is not a dparray array or `fweights` are not integers.
    ValueError
        If an input has more than two dimensions, `ddof` is not an integer, or weights are
        negative.
    RuntimeError
        If weights are not 1-D or their length is not the number of observations.

    Warns
    -----
    RuntimeWarning
        If the degrees of freedom are <= 0.

    See Also
    --------
    corrcoef, var

    Notes
    -----
    Centres the data and multiplies it by its (conjugate) transpose on the device. Checking
    negative weights reads a flag back, and weighted normalisation reads the weight sums
    (synchronisation points). On devices without float64 pass ``dtype=dp.float32``.

    Examples
    --------
    >>> x = dp.asarray([[0., 1., 2.], [2., 1., 0.]])
    >>> dp.cov(x)
    array([[ 1., -1.],
           [-1.,  1.]])
    >>> a = dp.asarray([-2.1, -1., 4.3])
    >>> dp.cov(a)
    array(11.71)
    >>> dp.cov(a, dp.asarray([3., 1.1, 0.12]))
    array([[11.71      , -4.286     ],
           [-4.286     ,  2.14413333]])
    """
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
    """Pearson product-moment correlation coefficients.

    Parameters
    ----------
    x : ndarray
        1-D or 2-D array of variables and observations, as in :func:`cov`.
    y : ndarray or array_like, optional
        More variables and observations, joined to `x`.
    rowvar : bool, optional
        If True (the default) rows are variables; otherwise columns are.
    dtype : dtype, optional
        Keyword-only. Type of the computation and the result; default the inputs' type
        promoted with float64.

    Returns
    -------
    ndarray
        The correlation matrix ``cov / outer(std, std)``, real parts clipped to
        ``[-1, 1]``, on `x`'s device and queue (a 0-d array for one variable).

    Raises
    ------
    TypeError
        If `x` is not a dparray array.
    ValueError
        If an input has more than two dimensions.

    See Also
    --------
    cov

    Examples
    --------
    >>> x = dp.asarray([[0., 1., 2.], [2., 1., 0.5]])
    >>> dp.corrcoef(x)
    array([[ 1.        , -0.98198051],
           [-0.98198051,  1.        ]])
    """
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
