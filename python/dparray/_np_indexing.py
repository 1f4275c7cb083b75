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


def _axis(axis, ndim, op):
    try:
        axis = operator.index(axis)
    except TypeError:
        raise TypeError(f"{op}: axis must be an int, got {type(axis).__name__}") from None
    if not -ndim <= axis < ndim:
        raise IndexError(f"{op}: axis {axis} is out of bounds for array of dimension {ndim}")
    return axis % ndim


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
    """numpy.choose: choices[a[i]][i] with a and the choices broadcast together; mode 'raise'
    (an index outside [0, n) is an IndexError), 'wrap' (modulo n) or 'clip'."""
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
    """numpy.compress: the slices of a along axis (the flattened a when None) where the 1-D
    condition is true; a shorter condition counts as False beyond its end."""
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


def fill_diagonal(a, val, wrap=False):
    """numpy.fill_diagonal, in place: a[i, i, ..., i] = val (val cycled); a 2-D tall a wraps
    after N columns with wrap=True. Every dimension of an a with ndim > 2 must be equal."""
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


def place(arr, mask, vals):
    """numpy.place, in place: arr[mask] = the first N values of vals, repeated cyclically
    (N = the number of true entries of mask; reads N from the device)."""
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


def put(a, ind, v, mode="raise"):
    """numpy.put, in place: a.flat[ind] = v (v cycled to len(ind)); mode 'raise' (an index
    outside [-size, size) is an IndexError), 'wrap' or 'clip' (which clips negatives to 0)."""
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


def put_along_axis(arr, indices, values, axis):
    """numpy.put_along_axis, in place: arr[..., indices[..., j, ...], ...] = values along axis
    (values broadcast to indices); axis=None puts into the flattened arr (1-D indices)."""
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


def putmask(a, mask, values):
    """numpy.putmask, in place: a.flat[i] = values.flat[i % len(values)] where mask.flat[i]."""
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
    """numpy.select: from the first true condition's choice, else default (all broadcast)."""
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
    """numpy.tril_indices: (rows, cols) of the lower triangle (diagonal k) of an (n, m) array."""
    place = _placement(device, usm_type, sycl_queue)
    return _core.nonzero(_tri_mask(_n(n, "tril_indices"), k, m, False, place))


def triu_indices(n, k=0, m=None, *, device=None, usm_type=None, sycl_queue=None):
    """numpy.triu_indices: (rows, cols) of the upper triangle (diagonal k) of an (n, m) array."""
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
    """numpy.tril_indices_from: tril_indices for the 2-D arr's shape, on arr's device."""
    arr = _from2d(arr, "tril_indices_from")
    return tril_indices(arr.shape[0], k, arr.shape[1], sycl_queue=arr.sycl_queue)


def triu_indices_from(arr, k=0):
    """numpy.triu_indices_from: triu_indices for the 2-D arr's shape, on arr's device."""
    arr = _from2d(arr, "triu_indices_from")
    return triu_indices(arr.shape[0], k, arr.shape[1], sycl_queue=arr.sycl_queue)


def diag_indices(n, ndim=2, *, device=None, usm_type=None, sycl_queue=None):
    """numpy.diag_indices: ndim copies of arange(n), indexing the main diagonal."""
    idx = _core.arange(
        _n(n, "diag_indices"), dtype=_core.int64, **_placement(device, usm_type, sycl_queue)
    )
    return (idx,) * ndim


def diag_indices_from(arr):
    """numpy.diag_indices_from: diag_indices for arr (ndim >= 2, all dimensions equal)."""
    op = "diag_indices_from"
    arr = _array(arr, op, "arr")
    if arr.ndim < 2:
        raise ValueError(f"{op}: input array must be at least 2-d, got {arr.ndim} dimensions")
    if len(set(arr.shape)) != 1:
        raise ValueError(f"{op}: all dimensions of input must be of equal length, got {arr.shape}")
    return diag_indices(arr.shape[0], arr.ndim, sycl_queue=arr.sycl_queue)


def mask_indices(n, mask_func, k=0, *, device=None, usm_type=None, sycl_queue=None):
    """numpy.mask_indices: the indices where mask_func(ones((n, n)), k) is non-zero."""
    place = _placement(device, usm_type, sycl_queue)
    m = mask_func(_core.ones((_n(n, "mask_indices"),) * 2, dtype=_core.int64, **place), k)
    return _core.nonzero(m != 0)


def ix_(*args):
    """numpy.ix_: an open mesh from 1-D sequences (bool ones become their nonzero indices)."""
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
    """numpy.ravel_multi_index: flat (int64) indices of index tuples into an array of shape
    dims; mode per dimension 'raise' (ValueError when outside), 'wrap' or 'clip'."""
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
    """numpy.unravel_index: a tuple of int64 coordinate arrays for flat indices into shape."""
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
    """numpy.argwhere: the indices of the non-zero elements, one row each (shape (N, a.ndim))."""
    a = _array(a, "argwhere")
    if a.ndim == 0:
        return argwhere(_core.reshape(a, (1,)))[:, :0]
    return _core.stack(list(_core.nonzero(a)), axis=1)


def extract(condition, arr):
    """numpy.extract: the elements of the flattened arr where the flattened condition is true."""
    op = "extract"
    arr = _array(arr, op, "arr")
    cond = _core.reshape(_on(condition, arr.sycl_queue), (-1,))
    return _core.take(_core.reshape(arr, (-1,)), _core.nonzero(cond)[0])


def flatnonzero(a):
    """numpy.flatnonzero: indices of the non-zero elements of the flattened a."""
    a = _array(a, "flatnonzero")
    return _core.nonzero(_core.reshape(a, (-1,)))[0]


def where(condition, x=None, y=None, /, **kwargs):
    """where(condition, x, y): x where condition is true, else y (broadcast, promoted);
    where(condition): nonzero(condition), as NumPy."""
    if x is None and y is None:
        if kwargs:
            raise TypeError(f"where: {sorted(kwargs)} need x and y")
        return _core.nonzero(_array(condition, "where", "condition"))
    if x is None or y is None:
        raise ValueError("where: either both or neither of x and y should be given")
    return _core.where(condition, x, y, **kwargs)
