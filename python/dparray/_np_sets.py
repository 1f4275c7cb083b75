"""NumPy's set functions beyond the Array API, composed of dparray's device sort, unique and isin:
intersect1d, union1d, setdiff1d, setxor1d, and NumPy's unique with axis= (unique sub-arrays by a
lexicographic row sort on the device: one stable argsort per column, last column first)."""

from . import _core
from ._core import ndarray

__all__ = ["intersect1d", "setdiff1d", "setxor1d", "union1d", "unique"]


def _pair(ar1, ar2, op):
    if isinstance(ar1, ndarray):
        q = ar1.sycl_queue
    elif isinstance(ar2, ndarray):
        q = ar2.sycl_queue
    else:
        raise TypeError(f"{op}: at least one argument must be a dparray.ndarray")
    a = ar1 if isinstance(ar1, ndarray) else _core.asarray(ar1, sycl_queue=q)
    b = ar2 if isinstance(ar2, ndarray) else _core.asarray(ar2, sycl_queue=q)
    return _core.reshape(a, (-1,)), _core.reshape(b, (-1,))


def _common(a, b):
    dt = _core.result_type(a, b)
    return _core.astype(a, dt, copy=False), _core.astype(b, dt, copy=False)


def intersect1d(ar1, ar2, assume_unique=False, return_indices=False):
    """Find the intersection of two arrays.

    Parameters
    ----------
    ar1, ar2 : ndarray or array_like
        Input arrays, flattened. At least one must be a dparray array; host data (lists,
        NumPy arrays) given for the other is copied to its queue.
    assume_unique : bool, optional
        If True, the inputs are taken to be unique already, which skips their
        deduplication (a wrong promise gives wrong results). Default False.
    return_indices : bool, optional
        If True, also return the indices of the common values' first occurrences in the
        flattened `ar1` and `ar2`. Default False.

    Returns
    -------
    intersect1d : ndarray
        Sorted 1-D array of the unique values found in both inputs, of their promoted
        dtype, on the first array's device and queue.
    comm1 : ndarray of int64
        Only with `return_indices`: indices into the flattened `ar1`.
    comm2 : ndarray of int64
        Only with `return_indices`: indices into the flattened `ar2`.

    Raises
    ------
    TypeError
        If neither input is a dparray array.

    See Also
    --------
    union1d, setdiff1d, setxor1d, isin, unique

    Examples
    --------
    >>> dp.intersect1d(dp.asarray([1, 3, 4, 3]), dp.asarray([3, 1, 2, 1]))
    array([1, 3])
    >>> dp.intersect1d(dp.asarray([1, 3, 4, 3]), [3, 1, 2, 1], return_indices=True)
    (array([1, 3]), array([0, 1]), array([1, 0]))
    """
    a, b = _pair(ar1, ar2, "intersect1d")
    if not assume_unique:
        if return_indices:
            a, ia = _core.unique(a, return_index=True)
            b, ib = _core.unique(b, return_index=True)
        else:
            a, b = _core.unique(a), _core.unique(b)
    a, b = _common(a, b)
    aux = _core.concat([a, b])
    if return_indices:
        order = _core.argsort(aux, stable=True)
        aux = _core.take(aux, order)
    else:
        aux = _core.sort(aux)
    mask = aux[1:] == aux[:-1]
    common = aux[:-1][mask]
    if not return_indices:
        return common
    i1 = order[:-1][mask]
    i2 = order[1:][mask] - a.shape[0]
    if not assume_unique:
        i1, i2 = _core.take(ia, i1), _core.take(ib, i2)
    return common, i1, i2


def union1d(ar1, ar2):
    """Find the union of two arrays.

    Parameters
    ----------
    ar1, ar2 : ndarray or array_like
        Input arrays, flattened. At least one must be a dparray array; host data (lists,
        NumPy arrays) given for the other is copied to its queue.

    Returns
    -------
    ndarray
        Sorted 1-D array of the unique values in either input, on the first array's device
        and queue.

    Raises
    ------
    TypeError
        If neither input is a dparray array.

    See Also
    --------
    intersect1d, setdiff1d, setxor1d, unique

    Examples
    --------
    >>> dp.union1d(dp.asarray([-1, 0, 1]), dp.asarray([-2, 0, 2]))
    array([-2, -1,  0,  1,  2])
    """
    a, b = _pair(ar1, ar2, "union1d")
    return _core.unique(_core.concat([a, b]))


def setdiff1d(ar1, ar2, assume_unique=False):
    """Find the set difference of two arrays.

    Parameters
    ----------
    ar1, ar2 : ndarray or array_like
        Input arrays, flattened. At least one must be a dparray array; host data (lists,
        NumPy arrays) given for the other is copied to its queue.
    assume_unique : bool, optional
        If True, `ar1` is taken to be unique already and is neither deduplicated nor
        sorted. Default False.

    Returns
    -------
    ndarray
        1-D array of the values of `ar1` that are not in `ar2` (sorted and unique unless
        `assume_unique`), on the first array's device and queue.

    Raises
    ------
    TypeError
        If neither input is a dparray array.

    See Also
    --------
    intersect1d, setxor1d, union1d, isin

    Notes
    -----
    The result's length depends on the data (a synchronisation point).

    Examples
    --------
    >>> dp.setdiff1d(dp.asarray([1, 2, 3, 2, 4, 1]), dp.asarray([3, 4, 5, 6]))
    array([1, 2])
    """
    a, b = _pair(ar1, ar2, "setdiff1d")
    if not assume_unique:
        a = _core.unique(a)
    return a[_core.isin(a, b, invert=True)]


def setxor1d(ar1, ar2, assume_unique=False):
    """Find the set exclusive-or of two arrays.

    Parameters
    ----------
    ar1, ar2 : ndarray or array_like
        Input arrays, flattened. At least one must be a dparray array; host data (lists,
        NumPy arrays) given for the other is copied to its queue.
    assume_unique : bool, optional
        If True, both inputs are taken to be unique already, which skips their
        deduplication. Default False.

    Returns
    -------
    ndarray
        Sorted 1-D array of the unique values that are in exactly one of the inputs, of
        their promoted dtype, on the first array's device and queue.

    Raises
    ------
    TypeError
        If neither input is a dparray array.

    See Also
    --------
    intersect1d, setdiff1d, union1d

    Examples
    --------
    >>> dp.setxor1d(dp.asarray([1, 2, 3, 2, 4]), dp.asarray([2, 3, 5, 7, 5]))
    array([1, 4, 5, 7])
    """
    a, b = _pair(ar1, ar2, "setxor1d")
    if not assume_unique:
        a, b = _core.unique(a), _core.unique(b)
    a, b = _common(a, b)
    aux = _core.sort(_core.concat([a, b]))
    if aux.shape[0] == 0:
        return aux
    t = _core.ones((1,), dtype=_core.bool, sycl_queue=aux.sycl_queue)
    flag = _core.concat([t, aux[1:] != aux[:-1], t])
    return aux[flag[1:] & flag[:-1]]


def unique(
    ar,
    return_index=False,
    return_inverse=False,
    return_counts=False,
    axis=None,
    *,
    equal_nan=True,
    sorted=True,
):
    """Find the unique elements of an array.

    Returns the sorted unique elements of the flattened array, or with `axis` the unique
    sub-arrays along it, and optionally the indices of their first occurrences, the indices
    that rebuild the input and the number of times each occurs.

    Parameters
    ----------
    ar : ndarray
        Input array (a dparray array; other objects raise TypeError).
    return_index : bool, optional
        If True, also return the indices of the first occurrences of the unique values (in
        the flattened `ar`, or along `axis`).
    return_inverse : bool, optional
        If True, also return the indices into the unique values that rebuild `ar`.
    return_counts : bool, optional
        If True, also return the number of times each unique value occurs.
    axis : int, optional
        Axis along which to find unique sub-arrays (rows, for ``axis=0``), ordered
        lexicographically. None (the default) works on the flattened array.
    equal_nan : bool, optional
        Keyword-only. If True (the default), all NaNs count as one value. Applies only when
        `axis` is None; sub-arrays holding NaN are always distinct, as in NumPy.
    sorted : bool, optional
        Keyword-only. Accepted for NumPy compatibility; the result is always sorted.

    Returns
    -------
    unique : ndarray
        The sorted unique values (or sub-arrays), on `ar`'s device and queue.
    unique_indices : ndarray of int64, optional
        With `return_index`: first-occurrence indices.
    unique_inverse : ndarray of int64, optional
        With `return_inverse`: indices rebuilding `ar` (of `ar`'s shape when `axis` is None,
        of its length along `axis` otherwise).
    unique_counts : ndarray of int64, optional
        With `return_counts`: occurrence counts.

    Raises
    ------
    TypeError
        If `ar` is not a dparray array, or `axis` is not None or an int.
    IndexError
        If `axis` is out of range.

    See Also
    --------
    unique_values, unique_counts, unique_inverse, unique_all, union1d

    Notes
    -----
    A device sort followed by a comparison of neighbours; the result's length depends on
    the data (a synchronisation point). With `axis`, the rows are sorted lexicographically
    by one stable argsort per column. -0.0 and +0.0 are one value.

    Examples
    --------
    >>> dp.unique(dp.asarray([[1, 1], [2, 3]]))
    array([1, 2, 3])
    >>> dp.unique(dp.asarray([1, 2, 6, 4, 2, 3, 2]), return_index=True, return_inverse=True,
    ...           return_counts=True)
    (array([1, 2, 3, 4, 6]), array([0, 1, 5, 3, 2]), array([0, 1, 4, 3, 1, 2, 1]), array([1, 3, 1, 1, 1]))
    >>> dp.unique(dp.asarray([1., float("nan"), float("nan")]))
    array([ 1., nan])
    >>> dp.unique(dp.asarray([1., float("nan"), float("nan")]), equal_nan=False)
    array([ 1., nan, nan])
    >>> dp.unique(dp.asarray([[1, 0, 0], [1, 0, 0], [2, 3, 4]]), axis=0)
    array([[1, 0, 0],
           [2, 3, 4]])
    """
    if axis is None:
        return _core.unique(
            ar,
            return_index,
            return_inverse,
            return_counts,
            None,
            equal_nan=equal_nan,
            sorted=sorted,
        )
    op = "unique"
    if not isinstance(ar, ndarray):
        raise TypeError(f"{op}: ar must be a dparray.ndarray, got {type(ar).__name__}")
    axis = _core._normalize_axis(axis, ar.ndim, op)
    moved = _core.moveaxis(ar, axis, 0)
    n = moved.shape[0]
    rest = moved.shape[1:]
    rows = _core.reshape(moved, (n, -1)) if n else _core.reshape(moved, (0, _prod(rest)))
    q = ar.sycl_queue
    perm = _core.arange(n, dtype=_core.int64, sycl_queue=q)
    for c in range(rows.shape[1] - 1, -1, -1):  # least significant column first, stable
        perm = _core.take(perm, _core.argsort(_core.take(rows[:, c], perm), stable=True))
    srt = _core.take(rows, perm, axis=0)
    if n:
        diff = srt[1:] != srt[:-1]  # NaN rows stay distinct, as NumPy's unique with axis=
        new = _core.concat(
            [_core.ones((1,), dtype=_core.bool, sycl_queue=q), _core.any(diff, axis=1)]
        )
    else:
        new = _core.ones((0,), dtype=_core.bool, sycl_queue=q)
    starts = _core.nonzero(new)[0]
    vals = _core.take(srt, starts, axis=0)
    vals = _core.moveaxis(_core.reshape(vals, (starts.shape[0],) + tuple(rest)), 0, axis)
    if not (return_index or return_inverse or return_counts):
        return vals
    out = [vals]
    if return_index:
        out.append(_core.take(perm, starts))
    if return_inverse:
        group = _core.cumulative_sum(_core.astype(new, _core.int64)) - 1
        inv = _core.zeros((n,), dtype=_core.int64, sycl_queue=q)
        if n:
            inv[perm] = group
        out.append(inv)
    if return_counts:
        ends = _core.concat([starts[1:], _core.full((1,), n, dtype=_core.int64, sycl_queue=q)])
        out.append(ends - starts)
    return tuple(out)


def _prod(shape):
    p = 1
    for s in shape:
        p *= s
    return p
