"""NumPy's indexing functions as compositions of dparray's device ops (take, nonzero,
take_along_axis, advanced-index assignment, where): choose, compress, fill_diagonal, place, put,
put_along_axis, putmask, select, the *_indices helpers, ix_, ravel_multi_index, unravel_index,
argwhere, extract, flatnonzero and one-argument where. Data stays on the array's device; a
range check of mode='raise' reads one flag from the device (a synchronisation point)."""

import math
import operator

from . import _core
from ._core import ndarray
from ._info import isdtype

__all__ = [
    "argwhere",
    "choose",
    "compress",
    "diag_indices",
    "diag_indices_from",
    "extract",
    "fill_diagonal",
    "flatnonzero",
    "ix_",
    "mask_indices",
    "place",
    "put",
    "put_along_axis",
    "putmask",
    "ravel_multi_index",
    "select",
    "tril_indices",
    "tril_indices_from",
    "triu_indices",
    "triu_indices_from",
    "unravel_index",
    "where",
]

_MODES = ("raise", "wrap", "clip")


def _array(x, op, what="a"):
    if not isinstance(x, ndarray):
        raise TypeError(
            f"{op}: {what} must be a dparray.ndarray, got {type(x).__name__}; "
            "create one with dparray.asarray(x, device=...)"
        )
    return x


def _on(x, q, dtype=None):
    """x on queue q: arrays as they are (their queue must match), host data uploaded."""
    if isinstance(x, ndarray):
        return x if dtype is None else _core.astype(x, dtype, copy=False)
    a = _core.asarray(x, dtype=dtype, sycl_queue=q)
    return a


def _indices(x, q, op, what="indices"):
    """An integer index array on q (an empty list gives int64, as NumPy's intp)."""
    a = _on(x, q)
    if a.size == 0 and not isdtype(a.dtype, "integral"):
        a = _core.astype(a, _core.int64)
    if not isdtype(a.dtype, "integral"):
        raise TypeError(f"{op}: {what} must be integers, got {a.dtype}")
    return a


def _mode(mode, op):
    if mode not in _MODES:
        raise ValueError(f"{op}: mode must be one of 'raise', 'wrap' or 'clip', got {mode!r}")
    return mode


def _queue(objs, op):
    for o in objs:
        if isinstance(o, ndarray):
            return o.sycl_queue
    raise TypeError(f"{op}: at least one argument must be a dparray.ndarray")


def _any(mask):
    return bool(_core.any(mask))


def _cycle(v, n):
    """The 1-D v repeated cyclically to length n (NumPy's rule for put / place / putmask)."""
    if v.shape[0] == n:
        return v
    return _core.tile(v, -(-n // v.shape[0]))[:n]


_axis = _core._normalize_axis  # AxisError / TypeError naming op


def _dims(shape, op, what="shape"):
    try:
        return (operator.index(shape),)
    except TypeError:
        pass
    try:
        return tuple(operator.index(s) for s in shape)
    except TypeError:
        raise TypeError(
            f"{op}: {what} must be an int or a sequence of ints, got {shape!r}"
        ) from None


def _out(result, out, op):
    if out is None:
        return result
    _array(out, op, "out")
    if tuple(out.shape) != tuple(result.shape):
        raise ValueError(f"{op}: out has shape {out.shape}, the result has {result.shape}")
    out[...] = result
    return out


def choose(a, choices, out=None, mode="raise"):
    """Construct an array from an index array and a list of arrays to choose from.

    ``choose(a, choices)[i] == choices[a[i]][i]``, with `a` and every choice broadcast
    together.

    Parameters
    ----------
    a : ndarray
        Integer index array (a dparray array): which choice each element comes from.
    choices : sequence of arrays, or ndarray
        The arrays to choose from (host data is copied to `a`'s queue); an ndarray counts as
        a sequence along its first axis.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.
    mode : {'raise', 'wrap', 'clip'}, optional
        Handling of indices outside ``[0, n)`` (n choices): 'raise' (the default) raises,
        'wrap' takes them modulo n, 'clip' clips them into the range.

    Returns
    -------
    ndarray
        The merged array of the broadcast shape, of the choices' promoted dtype, on `a`'s
        device and queue.

    Raises
    ------
    IndexError
        With mode 'raise', if an index is outside ``[0, n)``.
    ValueError
        If `choices` is empty, `mode` is unknown, or the shapes do not broadcast.
    TypeError
        If `a` is not a dparray array of integers.

    See Also
    --------
    select, where, take_along_axis

    Notes
    -----
    The choices are stacked and gathered with :func:`take_along_axis` on the device. With
    mode 'raise' the range check reads one flag back (a synchronisation point).

    Examples
    --------
    >>> choices = [dp.asarray([0, 1, 2, 3]), dp.asarray([10, 11, 12, 13]),
    ...            dp.asarray([20, 21, 22, 23]), dp.asarray([30, 31, 32, 33])]
    >>> dp.choose(dp.asarray([2, 3, 1, 0]), choices)
    array([20, 31, 12,  3])
    >>> dp.choose(dp.asarray([2, 4, 1, 0]), choices, mode="clip")
    array([20, 31, 12,  3])
    >>> dp.choose(dp.asarray([2, 4, 1, 0]), choices, mode="wrap")
    array([20,  1, 12,  3])
    >>> dp.choose(dp.asarray([[1, 0, 1], [0, 1, 0]]), [dp.asarray([-1, -2, -3]), dp.asarray(10)])
    array([[10, -2, 10],
           [-1, 10, -3]])
    """
    op = "choose"
    a = _array(a, op)
    _mode(mode, op)
    if not isdtype(a.dtype, "integral"):
        raise TypeError(f"{op}: a must be an integer array, got {a.dtype}")
    q = a.sycl_queue
    chs = list(choices) if isinstance(choices, ndarray) else [_on(c, q) for c in choices]
    n = len(chs)
    if n == 0:
        raise ValueError(f"{op}: choices must not be empty")
    dt = _core.result_type(*chs)
    b = _core.broadcast_arrays(a, *chs)
    idx = _core.astype(b[0], _core.int64)
    if mode == "raise":
        if _any((idx < 0) | (idx >= n)):
            raise IndexError(f"{op}: invalid entry in choice array (outside [0, {n}))")
    elif mode == "wrap":
        idx = idx % n
    else:
        idx = _core.clip(idx, 0, n - 1)
    stacked = _core.stack([_core.astype(c, dt) for c in b[1:]], axis=0)
    r = _core.take_along_axis(stacked, _core.expand_dims(idx, axis=0), axis=0)[0]
    return _out(r, out, op)


def compress(condition, a, axis=None, out=None):
    """Return selected slices of an array along an axis.

    Parameters
    ----------
    condition : ndarray or array_like of bool
        1-D selector: the slices where it is true are kept. A condition shorter than the
        axis counts as False beyond its end. Host data is copied to `a`'s queue.
    a : ndarray
        Array to select from (a dparray array).
    axis : int, optional
        Axis to select along. None (the default) uses the flattened `a`.
    out : ndarray, optional
        Array to write the result into; its shape must be the result's.

    Returns
    -------
    ndarray
        The selected slices, on `a`'s device and queue.

    Raises
    ------
    ValueError
        If `condition` is not 1-D.
    IndexError
        If `condition` is longer than `a` along `axis`, or `axis` is out of range.
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    extract, take, nonzero

    Notes
    -----
    The result's length depends on the data (a synchronisation point).

    Examples
    --------
    >>> a = dp.asarray([[1, 2], [3, 4], [5, 6]])
    >>> dp.compress(dp.asarray([False, True, True]), a, axis=0)
    array([[3, 4],
           [5, 6]])
    >>> dp.compress(dp.asarray([False, True]), a, axis=1)
    array([[2],
           [4],
           [6]])
    >>> dp.compress([False, True], a)
    array([2])
    """
    op = "compress"
    a = _array(a, op)
    cond = _on(condition, a.sycl_queue)
    if cond.ndim != 1:
        raise ValueError(f"{op}: condition must be a 1-d array, got {cond.ndim} dimensions")
    if axis is None:
        a, axis = _core.reshape(a, (-1,)), 0
    else:
        axis = _axis(axis, a.ndim, op)
    n = a.shape[axis]
    if cond.shape[0] > n:
        raise IndexError(
            f"{op}: condition has {cond.shape[0]} entries, more than a's {n} along axis {axis}"
        )
    r = _core.take(a, _core.nonzero(cond)[0], axis=axis)
    return _out(r, out, op)


def _flat_key(key, size, q):
    """key for a flat index (int, slice, integer or bool array) and the shape it selects."""
    if isinstance(key, slice):
        return key, (len(range(*key.indices(size))),)
    if not isinstance(key, (ndarray, list, tuple)):
        try:
            return operator.index(key), ()
        except TypeError:
            pass
    k = _on(key, q)
    if k.dtype == _core.bool:
        return k, (int(_core.count_nonzero(k)),)
    return k, tuple(k.shape)


def _flat_set(a, key, value, op):
    """a.flat[key] = value (value cycled to the number of positions, as NumPy)."""
    q = a.sycl_queue
    v = _on(value, q)
    key, target_shape = _flat_key(key, a.size, q)
    count = math.prod(target_shape)
    if v.ndim > 0 and v.size != count:
        if v.size == 0:
            if count == 0:
                return
            raise ValueError(f"{op}: cannot assign from an empty array")
        v = _core.reshape(_cycle(_core.reshape(v, (-1,)), count), target_shape)
    elif v.ndim > 0:
        v = _core.reshape(v, target_shape)  # NumPy's flat assignment takes values in order
    if a._is_c_contiguous:
        _core.reshape(a, (-1,), copy=False)[key] = v
    elif count:
        pos = _core.arange(a.size, sycl_queue=q)[key]
        a[unravel_index(pos, a.shape)] = v


def fill_diagonal(a, val, wrap=False) -> None:
    """Fill the main diagonal of an array in place.

    Sets ``a[i, ..., i]`` for every ``i``; for 2-D arrays the diagonal is the one that
    starts at ``a[0, 0]``.

    Parameters
    ----------
    a : ndarray
        Array with at least two dimensions, modified in place; with more than two, every
        dimension must have the same length.
    val : scalar or array_like
        Value(s) to write; an array is used in order and repeated cyclically.
    wrap : bool, optional
        For a tall 2-D array, whether the diagonal "wraps" after N columns and continues
        below. Default False.

    Raises
    ------
    ValueError
        If `a` has fewer than two dimensions, or more than two of unequal length.
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    diag_indices, diagonal

    Examples
    --------
    >>> a = dp.zeros((3, 3), dtype=dp.int64)
    >>> dp.fill_diagonal(a, 5)
    >>> a
    array([[5, 0, 0],
           [0, 5, 0],
           [0, 0, 5]])
    >>> b = dp.zeros((5, 2), dtype=dp.int64)
    >>> dp.fill_diagonal(b, dp.asarray([1, 2]), wrap=True)
    >>> b
    array([[1, 0],
           [0, 2],
           [0, 0],
           [1, 0],
           [0, 2]])
    """
    op = "fill_diagonal"
    a = _array(a, op)
    if a.ndim < 2:
        raise ValueError(f"{op}: array must be at least 2-d, got {a.ndim} dimensions")
    if a.ndim == 2:
        step = a.shape[1] + 1
        end = None if wrap else a.shape[1] * a.shape[1]
    else:
        if len(set(a.shape)) != 1:
            raise ValueError(
                f"{op}: all dimensions of input must be of equal length, got {a.shape}"
            )
        step = 1 + sum(math.prod(a.shape[:i]) for i in range(1, a.ndim))
        end = None
    _flat_set(a, slice(None, end, step), val, op)


def place(arr, mask, vals) -> None:
    """Change elements of an array based on a mask and input values, in place.

    The first N values of `vals` (repeated cyclically when shorter) go to the N positions
    where `mask` is true, in C order.

    Parameters
    ----------
    arr : ndarray
        Array to modify (a dparray array).
    mask : ndarray or array_like of bool
        Boolean mask of `arr`'s size.
    vals : ndarray or array_like
        Values to write; 1-D after flattening. Only the first N are used.

    Raises
    ------
    ValueError
        If `mask` and `arr` differ in size, or `vals` is empty while `mask` selects
        something.
    TypeError
        If `arr` is not a dparray array.

    See Also
    --------
    putmask, put, extract

    Notes
    -----
    Reads the number of true entries of `mask` back from the device (a synchronisation
    point).

    Examples
    --------
    >>> a = dp.reshape(dp.arange(6), (2, 3))
    >>> dp.place(a, a > 2, dp.asarray([44, 55]))
    >>> a
    array([[ 0,  1,  2],
           [44, 55, 44]])
    """
    op = "place"
    arr = _array(arr, op, "arr")
    m = _on(mask, arr.sycl_queue)
    if m.size != arr.size:
        raise ValueError(f"{op}: mask and data must be the same size ({m.size} != {arr.size})")
    m = _core.reshape(_core.astype(m, _core.bool, copy=False), arr.shape)
    n = int(_core.count_nonzero(m))
    v = _core.reshape(_on(vals, arr.sycl_queue), (-1,))
    if n == 0:
        return
    if v.shape[0] == 0:
        raise ValueError(f"{op}: cannot insert from an empty array")
    arr[m] = _cycle(v, n)


def put(a, ind, v, mode="raise") -> None:
    """Replace specified elements of an array with given values, in place.

    ``a.flat[ind] = v``, as if `a` were flattened; `v` is repeated cyclically when shorter
    than `ind`.

    Parameters
    ----------
    a : ndarray
        Array to modify (a dparray array).
    ind : ndarray or array_like of ints
        Flat indices into `a`.
    v : ndarray, scalar or array_like
        Values to write.
    mode : {'raise', 'wrap', 'clip'}, optional
        Handling of out-of-range indices: 'raise' (the default) raises for indices
        outside ``[-size, size)``, 'wrap' takes them modulo the size, 'clip' clips them into
        ``[0, size - 1]`` (so negative indices become 0).

    Raises
    ------
    IndexError
        With mode 'raise', if an index is out of range; or if `a` is empty.
    ValueError
        If `mode` is unknown.
    TypeError
        If `a` is not a dparray array or `ind` is not integers.

    See Also
    --------
    take, putmask, place, put_along_axis

    Notes
    -----
    With mode 'raise' the range check reads one flag back from the device (a
    synchronisation point).

    Examples
    --------
    >>> a = dp.arange(5)
    >>> dp.put(a, dp.asarray([0, 2]), dp.asarray([-44, -55]))
    >>> a
    array([-44,   1, -55,   3,   4])
    >>> a = dp.arange(5)
    >>> dp.put(a, [22], -5, mode="clip")
    >>> a
    array([ 0,  1,  2,  3, -5])
    """
    op = "put"
    a = _array(a, op)
    _mode(mode, op)
    q = a.sycl_queue
    ind = _core.reshape(_core.astype(_indices(ind, q, op), _core.int64), (-1,))
    vals = _core.reshape(_on(v, q), (-1,))
    if ind.shape[0] == 0 or vals.shape[0] == 0:
        return
    n = a.size
    if n == 0:
        raise IndexError(f"{op}: cannot replace elements of an empty array")
    if mode == "raise":
        bad = (ind < -n) | (ind >= n)
        if _any(bad):
            i = int(ind[_core.nonzero(bad)[0][0]])
            raise IndexError(f"{op}: index {i} is out of bounds for size {n}")
        ind = _core.where(ind < 0, ind + n, ind)
    elif mode == "wrap":
        ind = ind % n
    else:
        ind = _core.clip(ind, 0, n - 1)
    _flat_set(a, ind, _cycle(vals, ind.shape[0]), op)


def _along_axis_index(arr, indices, axis):
    idx = []
    for d in range(arr.ndim):
        if d == axis:
            idx.append(indices)
        else:
            shape = [1] * arr.ndim
            shape[d] = arr.shape[d]
            idx.append(_core.reshape(_core.arange(arr.shape[d], sycl_queue=arr.sycl_queue), shape))
    return tuple(idx)


def put_along_axis(arr, indices, values, axis) -> None:
    """Put values into an array by matching 1-D index and data slices, in place.

    ``arr[..., indices[..., j, ...], ...] = values`` along `axis`: the counterpart of
    :func:`take_along_axis`.

    Parameters
    ----------
    arr : ndarray
        Array to modify (a dparray array).
    indices : ndarray or array_like of ints
        Indices with `arr`'s number of dimensions, broadcasting against `arr` except along
        `axis`; negative ones count from the end.
    values : ndarray, scalar or array_like
        Values to write, broadcast to the shape of `indices`.
    axis : int or None
        Axis to put along; None puts into the flattened `arr` (then `indices` must be 1-D).

    Raises
    ------
    ValueError
        If `indices` does not have `arr`'s number of dimensions (or is not 1-D with
        ``axis=None``).
    IndexError
        If an index or `axis` is out of range. With an axis given, an out-of-range index
        may surface only at the next synchronisation point, and in-range values may
        already be written.
    TypeError
        If `arr` is not a dparray array or `indices` is not integers.

    See Also
    --------
    take_along_axis, put

    Notes
    -----
    When indices repeat, which of the values is written is unspecified (NumPy writes the
    last).

    Examples
    --------
    >>> a = dp.asarray([[10, 30, 20], [60, 40, 50]])
    >>> dp.put_along_axis(a, dp.argmax(a, axis=1, keepdims=True), 99, axis=1)
    >>> a
    array([[10, 99, 20],
           [99, 40, 50]])
    """
    op = "put_along_axis"
    arr = _array(arr, op, "arr")
    q = arr.sycl_queue
    ind = _indices(indices, q, op)
    if axis is None:
        if ind.ndim != 1:
            raise ValueError(
                f"{op}: with axis=None, indices must be 1-d, got {ind.ndim} dimensions"
            )
        n = arr.size
        if _any((ind < -n) | (ind >= n)):
            raise IndexError(f"{op}: an index is out of bounds for size {n}")
        vals = _core.broadcast_to(_on(values, q), ind.shape)
        _flat_set(arr, _core.where(ind < 0, ind + n, ind), vals, op)
        return
    if ind.ndim != arr.ndim:
        raise ValueError(
            f"{op}: indices and arr must have the same number of dimensions "
            f"({ind.ndim} != {arr.ndim})"
        )
    axis = _axis(axis, arr.ndim, op)
    arr[_along_axis_index(arr, ind, axis)] = _on(values, q)


def putmask(a, mask, values) -> None:
    """Change elements of an array based on a mask, in place.

    ``a.flat[i] = values.flat[i % len(values)]`` wherever ``mask.flat[i]`` is true.

    Parameters
    ----------
    a : ndarray
        Array to modify (a dparray array).
    mask : ndarray or array_like of bool
        Boolean mask of `a`'s size.
    values : ndarray, scalar or array_like
        Values to write, repeated cyclically to `a`'s size (so position ``i`` takes value
        ``i % len(values)``, unlike :func:`place`).

    Raises
    ------
    ValueError
        If `mask` and `a` differ in size.
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    place, put, where

    Examples
    --------
    >>> a = dp.reshape(dp.arange(6), (2, 3))
    >>> dp.putmask(a, a > 2, a**2)
    >>> a
    array([[ 0,  1,  2],
           [ 9, 16, 25]])
    >>> b = dp.arange(5)
    >>> dp.putmask(b, b > 1, dp.asarray([-33, -44]))
    >>> b
    array([  0,   1, -33, -44, -33])
    """
    op = "putmask"
    a = _array(a, op)
    q = a.sycl_queue
    m = _on(mask, q)
    if m.size != a.size:
        raise ValueError(f"{op}: mask and data must be the same size ({m.size} != {a.size})")
    v = _core.reshape(_on(values, q), (-1,))
    if v.shape[0] == 0 or a.size == 0:
        return
    m = _core.reshape(_core.astype(m, _core.bool, copy=False), a.shape)
    vf = _core.reshape(_cycle(v, a.size), a.shape)
    a[m] = vf[m]


def select(condlist, choicelist, default=0):
    """Return an array drawn from the choices, depending on conditions.

    Each element comes from the choice of the first condition that is true there, or is
    `default` when none is.

    Parameters
    ----------
    condlist : sequence of ndarray of bool
        The conditions (host data is copied to the queue of the first dparray argument).
    choicelist : sequence of ndarray or scalars
        The choices, one per condition.
    default : scalar or ndarray, optional
        Value where every condition is false. Default 0.

    Returns
    -------
    ndarray
        Array of the broadcast shape of all arguments, of the choices' (and default's)
        promoted dtype, on the arguments' device and queue.

    Raises
    ------
    ValueError
        If the lists differ in length or are empty.
    TypeError
        If a condition is not boolean, or no argument is a dparray array.

    See Also
    --------
    where, choose

    Examples
    --------
    >>> x = dp.arange(6)
    >>> dp.select([x < 3, x > 3], [x, x**2], 42)
    array([ 0,  1,  2, 42, 16, 25])
    >>> dp.select([x < 2, x < 4], [x, x * 10])
    array([ 0,  1, 20, 30,  0,  0])
    """
    op = "select"
    condlist, choicelist = list(condlist), list(choicelist)
    if len(condlist) != len(choicelist):
        raise ValueError(f"{op}: list of cases must be same length as list of conditions")
    if not condlist:
        raise ValueError(f"{op}: select with an empty condition list is not possible")
    q = _queue(condlist + choicelist + [default], op)
    choices = [_on(c, q) for c in choicelist]
    conds = [_on(c, q) for c in condlist]
    for i, c in enumerate(conds):
        if c.dtype != _core.bool:
            raise TypeError(
                f"{op}: invalid entry {i} in condlist: should be boolean, got {c.dtype}"
            )
    dflt = _on(default, q) if isinstance(default, ndarray) else default
    dt = _core.result_type(*choices, dflt)
    shapes = [c.shape for c in conds + choices]
    if isinstance(dflt, ndarray):
        shapes.append(dflt.shape)
    shape = _core.broadcast_shapes(*shapes)
    if isinstance(dflt, ndarray):
        result = _core.broadcast_to(_core.astype(dflt, dt), shape)
    else:
        result = _core.full(shape, default, dtype=dt, sycl_queue=q)
    for c, ch in zip(reversed(conds), reversed(choices)):
        result = _core.where(c, _core.astype(ch, dt, copy=False), result)
    return _core.astype(result, dt, copy=False)


def _placement(device, usm_type, sycl_queue):
    return {"device": device, "usm_type": usm_type, "sycl_queue": sycl_queue}


def _tri_mask(n, k, m, upper, place):
    m = n if m is None else m
    i = _core.reshape(_core.arange(n, dtype=_core.int64, **place), (n, 1))
    j = _core.reshape(_core.arange(m, dtype=_core.int64, **place), (1, m))
    return (j - i >= k) if upper else (j - i <= k)


def tril_indices(n, k=0, m=None, *, device=None, usm_type=None, sycl_queue=None):
    """Return the indices of the lower triangle of an (n, m) array.

    Parameters
    ----------
    n : int
        Number of rows.
    k : int, optional
        Diagonal offset: 0 (the default) is the main diagonal, negative below, positive
        above; elements on and below it are included.
    m : int, optional
        Number of columns. Default `n`.
    device : Device, str or None, optional
        Keyword-only. Device of the result arrays (default: the default device).
    usm_type : {'device', 'shared', 'host'} or None, optional
        Keyword-only. Memory type of the result arrays.
    sycl_queue : Queue or None, optional
        Keyword-only. Queue of the result arrays (instead of `device`).

    Returns
    -------
    tuple of ndarray
        The row and column indices (int64), in C order.

    Raises
    ------
    ValueError
        If `n` is negative.
    TypeError
        If `n` is not an int.

    See Also
    --------
    triu_indices, tril_indices_from, tril

    Examples
    --------
    >>> dp.tril_indices(3)
    (array([0, 1, 1, 2, 2, 2]), array([0, 0, 1, 0, 1, 2]))
    >>> dp.tril_indices(3, -1)
    (array([1, 2, 2]), array([0, 0, 1]))
    >>> a = dp.reshape(dp.arange(9), (3, 3))
    >>> a[dp.tril_indices(3)]
    array([0, 3, 4, 6, 7, 8])
    """
    place = _placement(device, usm_type, sycl_queue)
    return _core.nonzero(_tri_mask(_n(n, "tril_indices"), k, m, False, place))


def triu_indices(n, k=0, m=None, *, device=None, usm_type=None, sycl_queue=None):
    """Return the indices of the upper triangle of an (n, m) array.

    Parameters
    ----------
    n : int
        Number of rows.
    k : int, optional
        Diagonal offset: 0 (the default) is the main diagonal, negative below, positive
        above; elements on and above it are included.
    m : int, optional
        Number of columns. Default `n`.
    device : Device, str or None, optional
        Keyword-only. Device of the result arrays (default: the default device).
    usm_type : {'device', 'shared', 'host'} or None, optional
        Keyword-only. Memory type of the result arrays.
    sycl_queue : Queue or None, optional
        Keyword-only. Queue of the result arrays (instead of `device`).

    Returns
    -------
    tuple of ndarray
        The row and column indices (int64), in C order.

    Raises
    ------
    ValueError
        If `n` is negative.
    TypeError
        If `n` is not an int.

    See Also
    --------
    tril_indices, triu_indices_from, triu

    Examples
    --------
    >>> dp.triu_indices(3, 1)
    (array([0, 0, 1]), array([1, 2, 2]))
    >>> dp.triu_indices(2, 0, 3)
    (array([0, 0, 0, 1, 1]), array([0, 1, 2, 1, 2]))
    """
    place = _placement(device, usm_type, sycl_queue)
    return _core.nonzero(_tri_mask(_n(n, "triu_indices"), k, m, True, place))


def _n(n, op):
    try:
        n = operator.index(n)
    except TypeError:
        raise TypeError(f"{op}: n must be an int, got {type(n).__name__}") from None
    if n < 0:
        raise ValueError(f"{op}: n must be non-negative, got {n}")
    return n


def _from2d(arr, op):
    arr = _array(arr, op, "arr")
    if arr.ndim != 2:
        raise ValueError(f"{op}: input array must be 2-d, got {arr.ndim} dimensions")
    return arr


def tril_indices_from(arr, k=0):
    """Return the indices of the lower triangle of a 2-D array.

    Parameters
    ----------
    arr : ndarray
        2-D array whose shape is used.
    k : int, optional
        Diagonal offset, as in :func:`tril_indices`. Default 0.

    Returns
    -------
    tuple of ndarray
        The row and column indices (int64), on `arr`'s queue.

    Raises
    ------
    ValueError
        If `arr` is not 2-D.
    TypeError
        If `arr` is not a dparray array.

    See Also
    --------
    tril_indices, triu_indices_from

    Examples
    --------
    >>> dp.tril_indices_from(dp.ones((2, 3)))
    (array([0, 1, 1]), array([0, 0, 1]))
    """
    arr = _from2d(arr, "tril_indices_from")
    return tril_indices(arr.shape[0], k, arr.shape[1], sycl_queue=arr.sycl_queue)


def triu_indices_from(arr, k=0):
    """Return the indices of the upper triangle of a 2-D array.

    Parameters
    ----------
    arr : ndarray
        2-D array whose shape is used.
    k : int, optional
        Diagonal offset, as in :func:`triu_indices`. Default 0.

    Returns
    -------
    tuple of ndarray
        The row and column indices (int64), on `arr`'s queue.

    Raises
    ------
    ValueError
        If `arr` is not 2-D.
    TypeError
        If `arr` is not a dparray array.

    See Also
    --------
    triu_indices, tril_indices_from

    Examples
    --------
    >>> dp.triu_indices_from(dp.ones((3, 3)), 1)
    (array([0, 0, 1]), array([1, 2, 2]))
    """
    arr = _from2d(arr, "triu_indices_from")
    return triu_indices(arr.shape[0], k, arr.shape[1], sycl_queue=arr.sycl_queue)


def diag_indices(n, ndim=2, *, device=None, usm_type=None, sycl_queue=None):
    """Return the indices of the main diagonal of an n x n x ... array.

    Parameters
    ----------
    n : int
        Length of each dimension.
    ndim : int, optional
        Number of dimensions. Default 2.
    device : Device, str or None, optional
        Keyword-only. Device of the result arrays (default: the default device).
    usm_type : {'device', 'shared', 'host'} or None, optional
        Keyword-only. Memory type of the result arrays.
    sycl_queue : Queue or None, optional
        Keyword-only. Queue of the result arrays (instead of `device`).

    Returns
    -------
    tuple of ndarray
        `ndim` references to one int64 array ``arange(n)``.

    Raises
    ------
    ValueError
        If `n` is negative.
    TypeError
        If `n` is not an int.

    See Also
    --------
    diag_indices_from, fill_diagonal, diagonal

    Examples
    --------
    >>> dp.diag_indices(3)
    (array([0, 1, 2]), array([0, 1, 2]))
    >>> a = dp.zeros((3, 3), dtype=dp.int64)
    >>> a[dp.diag_indices(3)] = 7
    >>> a
    array([[7, 0, 0],
           [0, 7, 0],
           [0, 0, 7]])
    """
    idx = _core.arange(
        _n(n, "diag_indices"), dtype=_core.int64, **_placement(device, usm_type, sycl_queue)
    )
    return (idx,) * ndim


def diag_indices_from(arr):
    """Return the indices of the main diagonal of an array.

    Parameters
    ----------
    arr : ndarray
        Array with at least two dimensions, all of the same length.

    Returns
    -------
    tuple of ndarray
        ``arr.ndim`` int64 index arrays, on `arr`'s queue.

    Raises
    ------
    ValueError
        If `arr` has fewer than two dimensions or dimensions of unequal length.
    TypeError
        If `arr` is not a dparray array.

    See Also
    --------
    diag_indices

    Examples
    --------
    >>> dp.diag_indices_from(dp.ones((2, 2)))
    (array([0, 1]), array([0, 1]))
    """
    op = "diag_indices_from"
    arr = _array(arr, op, "arr")
    if arr.ndim < 2:
        raise ValueError(f"{op}: input array must be at least 2-d, got {arr.ndim} dimensions")
    if len(set(arr.shape)) != 1:
        raise ValueError(f"{op}: all dimensions of input must be of equal length, got {arr.shape}")
    return diag_indices(arr.shape[0], arr.ndim, sycl_queue=arr.sycl_queue)


def mask_indices(n, mask_func, k=0, *, device=None, usm_type=None, sycl_queue=None):
    """Return the indices of an (n, n) array selected by a masking function.

    Parameters
    ----------
    n : int
        Size of the square array.
    mask_func : callable
        Called as ``mask_func(ones((n, n)), k)`` on a dparray int64 array; the indices of
        its non-zero result are returned (:func:`triu` and :func:`tril` are typical).
    k : int, optional
        Passed to `mask_func`. Default 0.
    device : Device, str or None, optional
        Keyword-only. Device of the result arrays (default: the default device).
    usm_type : {'device', 'shared', 'host'} or None, optional
        Keyword-only. Memory type of the result arrays.
    sycl_queue : Queue or None, optional
        Keyword-only. Queue of the result arrays (instead of `device`).

    Returns
    -------
    tuple of ndarray
        The row and column indices (int64) where the mask is non-zero.

    Raises
    ------
    ValueError
        If `n` is negative.

    See Also
    --------
    triu_indices, tril_indices

    Examples
    --------
    >>> dp.mask_indices(3, dp.triu)
    (array([0, 0, 0, 1, 1, 2]), array([0, 1, 2, 1, 2, 2]))
    >>> dp.mask_indices(3, dp.triu, 1)
    (array([0, 0, 1]), array([1, 2, 2]))
    """
    place = _placement(device, usm_type, sycl_queue)
    m = mask_func(_core.ones((_n(n, "mask_indices"),) * 2, dtype=_core.int64, **place), k)
    return _core.nonzero(m != 0)


def ix_(*args):
    """Construct an open mesh from multiple sequences.

    With N 1-D inputs it returns N arrays, each with N dimensions, all of length one except
    the k-th, so that ``a[ix_(rows, cols)]`` selects the cross product of the indices.

    Parameters
    ----------
    *args : 1-D ndarray or sequences
        Integer or boolean index sequences; a boolean one becomes the indices of its true
        entries. Host data is copied to the queue of the first dparray argument (or the
        default device).

    Returns
    -------
    tuple of ndarray
        The reshaped index arrays.

    Raises
    ------
    ValueError
        If an input is not 1-D.

    See Also
    --------
    meshgrid

    Examples
    --------
    >>> rows, cols = dp.ix_(dp.asarray([0, 1]), dp.asarray([2, 4]))
    >>> rows
    array([[0],
           [1]])
    >>> cols
    array([[2, 4]])
    >>> a = dp.reshape(dp.arange(10), (2, 5))
    >>> a[rows, cols]
    array([[2, 4],
           [7, 9]])
    """
    op = "ix_"
    q = None
    for a in args:
        if isinstance(a, ndarray):
            q = a.sycl_queue
            break
    out = []
    nd = len(args)
    for k, a in enumerate(args):
        a = a if isinstance(a, ndarray) else _core.asarray(a, sycl_queue=q)
        if a.ndim != 1:
            raise ValueError(f"{op}: cross index must be 1 dimensional, got {a.ndim} dimensions")
        if a.size == 0 and not isdtype(a.dtype, "integral"):
            a = _core.astype(a, _core.int64)
        if a.dtype == _core.bool:
            a = _core.nonzero(a)[0]
        shape = [1] * nd
        shape[k] = a.shape[0]
        out.append(_core.reshape(a, tuple(shape)))
    return tuple(out)


def _strides(dims, order, op):
    if order not in ("C", "F"):
        raise ValueError(f"{op}: order must be 'C' or 'F', got {order!r}")
    seq = dims if order == "F" else dims[::-1]
    strides, acc = [], 1
    for d in seq:
        strides.append(acc)
        acc *= d
    return (strides if order == "F" else strides[::-1]), acc


def ravel_multi_index(multi_index, dims, mode="raise", order="C"):
    """Convert a tuple of index arrays into an array of flat indices.

    Parameters
    ----------
    multi_index : tuple of ndarray or array_like of ints
        One integer array per dimension (broadcast together).
    dims : int or tuple of ints
        Shape of the array the indices point into.
    mode : {'raise', 'wrap', 'clip'} or tuple of them, optional
        Handling of out-of-range indices, for all dimensions or one each: 'raise' (the
        default) raises, 'wrap' wraps around, 'clip' clips into range.
    order : {'C', 'F'}, optional
        Row-major (the default) or column-major flat order.

    Returns
    -------
    ndarray of int64
        The flat indices, of the broadcast shape of `multi_index`, on its device and queue.

    Raises
    ------
    ValueError
        If an index is out of range with mode 'raise', the lengths of `multi_index`, `dims`
        or `mode` disagree, `mode` or `order` is unknown, or the size overflows int64.
    TypeError
        If `dims` is not integers or an index array is not integers.

    See Also
    --------
    unravel_index

    Examples
    --------
    >>> idx = (dp.asarray([3, 6, 6]), dp.asarray([4, 5, 1]))
    >>> dp.ravel_multi_index(idx, (7, 6))
    array([22, 41, 37])
    >>> dp.ravel_multi_index(idx, (7, 6), order="F")
    array([31, 41, 13])
    >>> dp.ravel_multi_index(idx, (4, 6), mode="clip")
    array([22, 23, 19])
    >>> dp.ravel_multi_index(idx, (4, 4), mode=("clip", "wrap"))
    array([12, 13, 13])
    """
    op = "ravel_multi_index"
    dims = _dims(dims, op, "dims")
    multi_index = list(multi_index)
    if len(multi_index) != len(dims):
        raise ValueError(
            f"{op}: parameter multi_index must be a sequence of length {len(dims)}, "
            f"got {len(multi_index)}"
        )
    modes = (mode,) * len(dims) if isinstance(mode, str) else tuple(mode)
    if len(modes) != len(dims):
        raise ValueError(f"{op}: mode must have one entry per dimension ({len(dims)})")
    for md in modes:
        _mode(md, op)
    strides, size = _strides(dims, order, op)
    if size > 2**63 - 1:
        raise ValueError(f"{op}: invalid dims: the array size {size} is larger than int64 allows")
    q = _queue(multi_index, op) if any(isinstance(m, ndarray) for m in multi_index) else None
    idx = [_indices(m, q, op, "multi_index") for m in multi_index]
    idx = _core.broadcast_arrays(*idx)
    res = _core.zeros(idx[0].shape if idx else (), dtype=_core.int64, sycl_queue=q)
    for i, d, s, md in zip(idx, dims, strides, modes):
        i = _core.astype(i, _core.int64)
        if md == "raise":
            if _any((i < 0) | (i >= d)):
                raise ValueError(f"{op}: invalid entry in coordinates array (outside [0, {d}))")
        elif md == "wrap":
            i = i % d if d else i
        else:
            i = _core.clip(i, 0, max(d - 1, 0))
        res = res + i * s
    return res


def unravel_index(indices, shape, order="C"):
    """Convert flat indices into a tuple of coordinate arrays.

    Parameters
    ----------
    indices : ndarray, int or array_like of ints
        Flat indices into an array of shape `shape`.
    shape : int or tuple of ints
        Shape of that array.
    order : {'C', 'F'}, optional
        Row-major (the default) or column-major flat order.

    Returns
    -------
    tuple of ndarray
        One int64 array per dimension, of `indices`' shape (0-d for a scalar index), on
        `indices`' device and queue.

    Raises
    ------
    ValueError
        If an index is outside ``[0, prod(shape))`` or `order` is unknown.
    TypeError
        If `indices` or `shape` is not integers.

    See Also
    --------
    ravel_multi_index, argmax

    Notes
    -----
    The range check reads one flag back from the device (a synchronisation point). Unlike
    NumPy, a scalar index gives 0-d arrays rather than scalars.

    Examples
    --------
    >>> dp.unravel_index(dp.asarray([22, 41, 37]), (7, 6))
    (array([3, 6, 6]), array([4, 5, 1]))
    >>> dp.unravel_index(dp.asarray([31, 41, 13]), (7, 6), order="F")
    (array([3, 6, 6]), array([4, 5, 1]))
    >>> dp.unravel_index(1621, (6, 7, 8, 9))
    (array(3), array(1), array(4), array(1))
    """
    op = "unravel_index"
    dims = _dims(shape, op)
    q = indices.sycl_queue if isinstance(indices, ndarray) else None
    ind = _core.astype(_indices(indices, q, op), _core.int64)
    strides, size = _strides(dims, order, op)
    if _any((ind < 0) | (ind >= size)):
        bad = int(
            _core.reshape(ind, (-1,))[
                _core.nonzero(_core.reshape((ind < 0) | (ind >= size), (-1,)))[0][0]
            ]
        )
        raise ValueError(f"{op}: index {bad} is out of bounds for array with size {size}")
    out = []
    for d, s in zip(dims, strides):
        out.append((ind // s) % d)
    return tuple(out)


def argwhere(a):
    """Find the indices of the non-zero elements, grouped by element.

    Parameters
    ----------
    a : ndarray
        Input array (a dparray array).

    Returns
    -------
    ndarray of int64
        Shape ``(N, a.ndim)``: one row of indices per non-zero element, in C order; on
        `a`'s device and queue.

    Raises
    ------
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    nonzero, flatnonzero, where

    Notes
    -----
    ``stack(nonzero(a), axis=1)``; the result's size depends on the data (a
    synchronisation point).

    Examples
    --------
    >>> x = dp.asarray([[0, 1, 2], [3, 0, 5]])
    >>> dp.argwhere(x > 1)
    array([[0, 2],
           [1, 0],
           [1, 2]])
    """
    a = _array(a, "argwhere")
    if a.ndim == 0:
        return argwhere(_core.reshape(a, (1,)))[:, :0]
    return _core.stack(list(_core.nonzero(a)), axis=1)


def extract(condition, arr):
    """Return the elements of an array that satisfy a condition.

    Parameters
    ----------
    condition : ndarray or array_like
        Where it is non-zero (flattened), the element of `arr` is kept.
    arr : ndarray
        Input array (a dparray array), flattened.

    Returns
    -------
    ndarray
        1-D array of the selected elements, on `arr`'s device and queue.

    Raises
    ------
    TypeError
        If `arr` is not a dparray array.

    See Also
    --------
    compress, place, nonzero

    Examples
    --------
    >>> a = dp.asarray([[1, 2], [3, 4]])
    >>> dp.extract(a % 2 == 0, a)
    array([2, 4])
    """
    op = "extract"
    arr = _array(arr, op, "arr")
    cond = _core.reshape(_on(condition, arr.sycl_queue), (-1,))
    return _core.take(_core.reshape(arr, (-1,)), _core.nonzero(cond)[0])


def flatnonzero(a):
    """Return the indices of the non-zero elements of the flattened array.

    Parameters
    ----------
    a : ndarray
        Input array (a dparray array).

    Returns
    -------
    ndarray of int64
        Indices into ``ravel(a)`` of its non-zero elements, on `a`'s device and queue.

    Raises
    ------
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    nonzero, argwhere

    Examples
    --------
    >>> dp.flatnonzero(dp.asarray([[-2, 0], [0, 3]]))
    array([0, 3])
    """
    a = _array(a, "flatnonzero")
    return _core.nonzero(_core.reshape(a, (-1,)))[0]


def where(condition, x=None, y=None, /, **kwargs):
    """Return elements chosen from `x` or `y` depending on `condition`.

    With only `condition`, return ``nonzero(condition)``.

    Parameters
    ----------
    condition : ndarray of bool
        Where true, take from `x`, otherwise from `y`.
    x, y : ndarray or scalar, optional
        Values to choose from; give both or neither. They broadcast with `condition` and
        are promoted with NumPy 2's rules (Python scalars are weak).
    **kwargs
        Further keywords of the :func:`where` ufunc (``out``, ``dtype``, ...); only with
        `x` and `y`.

    Returns
    -------
    ndarray or tuple of ndarray
        The merged array, on the inputs' device and queue; or, with `condition` alone, the
        tuple of int64 index arrays of :func:`nonzero`.

    Raises
    ------
    ValueError
        If only one of `x` and `y` is given, or `condition` is 0-d in the one-argument form.
    TypeError
        If an argument is a list or NumPy array, or keywords are given without `x` and `y`.

    See Also
    --------
    nonzero, select, choose, putmask

    Notes
    -----
    Unlike NumPy, lists are not accepted; convert them with :func:`asarray`.

    Examples
    --------
    >>> x = dp.arange(10)
    >>> dp.where(x < 5, x, 10 * x)
    array([ 0,  1,  2,  3,  4, 50, 60, 70, 80, 90])
    >>> dp.where(dp.asarray([[True, False], [True, True]]),
    ...          dp.asarray([[1, 2], [3, 4]]), dp.asarray([[9, 8], [7, 6]]))
    array([[1, 8],
           [3, 4]])
    >>> dp.where(dp.asarray([[0, 1], [1, 0]]))
    (array([0, 1]), array([1, 0]))
    """
    if x is None and y is None:
        if kwargs:
            raise TypeError(f"where: {sorted(kwargs)} need x and y")
        return _core.nonzero(_array(condition, "where", "condition"))
    if x is None or y is None:
        raise ValueError("where: either both or neither of x and y should be given")
    return _core.where(condition, x, y, **kwargs)
