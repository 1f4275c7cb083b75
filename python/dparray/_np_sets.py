"""NumPy's set functions beyond the Array API, composed of dparray's device sort, unique and isin:
intersect1d, union1d, setdiff1d, setxor1d, and NumPy's unique with axis= (unique sub-arrays by a
lexicographic row sort on the device: one stable argsort per column, last column first)."""

import operator

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
    """numpy.intersect1d: sorted values in both arrays; with return_indices also the indices of
    their first occurrences in the flattened ar1 and ar2."""
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
    """numpy.union1d: sorted unique values in either array."""
    a, b = _pair(ar1, ar2, "union1d")
    return _core.unique(_core.concat([a, b]))


def setdiff1d(ar1, ar2, assume_unique=False):
    """numpy.setdiff1d: the (sorted unique, unless assume_unique) values of ar1 not in ar2."""
    a, b = _pair(ar1, ar2, "setdiff1d")
    if not assume_unique:
        a = _core.unique(a)
    return a[_core.isin(a, b, invert=True)]


def setxor1d(ar1, ar2, assume_unique=False):
    """numpy.setxor1d: sorted values in exactly one of the arrays."""
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
    """numpy.unique: sorted unique values of the flattened ar, or with axis= the unique
    sub-arrays along axis (rows in lexicographic order); on request the first indices, the
    inverse indices and the counts. equal_nan applies with axis=None only (NumPy: sub-arrays
    holding NaN are always distinct)."""
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
    try:
        axis = operator.index(axis)
    except TypeError:
        raise TypeError(f"{op}: axis must be None or an int, got {type(axis).__name__}") from None
    if not -ar.ndim <= axis < ar.ndim:
        raise IndexError(f"{op}: axis {axis} is out of bounds for array of dimension {ar.ndim}")
    axis %= ar.ndim
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
