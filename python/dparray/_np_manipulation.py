"""NumPy's array manipulation functions that compose dparray's primitives (concat, reshape,
slicing views, flip, permute_dims, take, where, ...): stacking and splitting, append / delete /
insert, pad, resize, trim_zeros, rotations, copyto and require. Everything runs on the input's
queue; the few functions whose result shape depends on data (delete and insert with index
arrays on the device, trim_zeros) read a handful of integers back, as dparray.nonzero does."""

import builtins
import itertools
import math
import operator

from . import _core
from ._core import _fft
from ._info import isdtype
from ._np_pad import pad

AxisError = _fft.AxisError  # NumPy's AxisError: both a ValueError and an IndexError

__all__ = [
    "append",
    "array_split",
    "block",
    "column_stack",
    "copyto",
    "delete",
    "dsplit",
    "dstack",
    "fliplr",
    "flipud",
    "hsplit",
    "hstack",
    "insert",
    "ndim",
    "pad",
    "require",
    "resize",
    "rollaxis",
    "rot90",
    "row_stack",
    "shape",
    "size",
    "split",
    "trim_zeros",
    "vsplit",
    "vstack",
]

_ndarray = _core.ndarray


def _array(a, op):
    """a itself when it is a dparray array; TypeError naming op otherwise (data moves explicitly)."""
    if isinstance(a, _ndarray):
        return a
    raise TypeError(
        f"[{op}] expected a dparray.ndarray, not {type(a).__name__} "
        "(move host data with dparray.asarray(x, device=...))"
    )


def _on_queue_of(x, value, dtype=None):
    """value as an array on x's queue: arrays as they are (placement is checked by the op using
    them), Python scalars and sequences copied there."""
    if isinstance(value, _ndarray):
        return value if dtype is None else value.astype(dtype, copy=False)
    return _core.asarray(value, dtype=dtype, sycl_queue=x.sycl_queue, usm_type=x.usm_type)


def _axis(axis, ndim, op, name="axis"):
    """axis in [-ndim, ndim) made non-negative; AxisError naming op otherwise."""
    try:
        axis = operator.index(axis)
    except TypeError:
        raise TypeError(f"[{op}] {name} must be an integer, not {type(axis).__name__}") from None
    if not -ndim <= axis < ndim:
        raise AxisError(f"[{op}] {name} {axis} is out of bounds for array of dimension {ndim}")
    return axis + ndim if axis < 0 else axis


def _at_axis(sl, axis):
    """A key that applies sl along axis and takes everything along the axes before it."""
    return (slice(None),) * axis + (sl,)


def _arrays(tup, op):
    if isinstance(tup, _ndarray) or not isinstance(tup, (list, tuple)):
        raise TypeError(
            f"[{op}] arrays to stack must be passed as a list or tuple, not {type(tup).__name__}"
        )
    return [_array(a, op) for a in tup]


def _cast_for_casting(arrays, dtype, casting, op):
    if casting not in ("no", "equiv", "safe", "same_kind", "unsafe"):
        raise ValueError(
            f"[{op}] casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe', not {casting!r}"
        )
    if dtype is None:
        return arrays
    for a in arrays:
        if not _core.can_cast(a.dtype, dtype, casting):
            raise TypeError(
                f"[{op}] cannot cast array data from {a.dtype} to {dtype} according to the rule {casting!r}"
            )
    return arrays


# ---------------------------------------------------------------- stacking


def _join(arrays, axis, dtype, casting, op):
    _cast_for_casting(arrays, dtype, casting, op)
    if not arrays:
        raise ValueError(f"[{op}] need at least one array to concatenate")
    return _core.concat(arrays, axis=axis, dtype=dtype)


def hstack(tup, *, dtype=None, casting="same_kind"):
    """Arrays joined column-wise: along axis 1, or axis 0 for 1-D inputs (numpy.hstack)."""
    arrs = _arrays(tup, "hstack")
    arrs = [_core.atleast_1d(a) for a in arrs]
    axis = 0 if arrs and arrs[0].ndim == 1 else 1
    return _join(arrs, axis, dtype, casting, "hstack")


def vstack(tup, *, dtype=None, casting="same_kind"):
    """Arrays joined row-wise: 1-D inputs become rows (numpy.vstack)."""
    arrs = [_core.atleast_2d(a) for a in _arrays(tup, "vstack")]
    return _join(arrs, 0, dtype, casting, "vstack")


def row_stack(tup, *, dtype=None, casting="same_kind"):
    """numpy.row_stack: vstack's other name."""
    return vstack(tup, dtype=dtype, casting=casting)


def dstack(tup):
    """Arrays joined along the third axis (inputs viewed as at least 3-D, numpy.dstack)."""
    arrs = [_core.atleast_3d(a) for a in _arrays(tup, "dstack")]
    return _join(arrs, 2, None, "same_kind", "dstack")


def column_stack(tup):
    """1-D arrays as the columns of a 2-D array; 2-D arrays joined as they are (numpy.column_stack)."""
    arrs = []
    for a in _arrays(tup, "column_stack"):
        if a.ndim < 2:
            a = _core.reshape(a, (-1, 1))
        arrs.append(a)
    return _join(arrs, 1, None, "same_kind", "column_stack")


def _block_depth(arrays, index):
    """(list depth, first array's index path, max ndim) of a nested-list block, as NumPy checks it."""
    if type(arrays) is tuple:
        raise TypeError(
            f"[block] arrays{''.join(f'[{i}]' for i in index)} is a tuple. Only lists can be used "
            "to arrange blocks, and block does not allow implicit conversion from tuple to ndarray."
        )
    if type(arrays) is list:
        if len(arrays) == 0:
            raise ValueError(
                f"[block] lists cannot be empty (arrays{''.join(f'[{i}]' for i in index)})"
            )
        depths = [_block_depth(a, index + [i]) for i, a in enumerate(arrays)]
        first_depth, first_index, max_nd = depths[0]
        for depth, idx, nd in depths[1:]:
            max_nd = builtins.max(max_nd, nd)
            if depth != first_depth:
                raise ValueError(
                    "[block] list depths are mismatched. First element was at depth "
                    f"{first_depth}, but there is an element at depth {depth} "
                    f"(arrays{''.join(f'[{i}]' for i in idx)})"
                )
        return first_depth + 1, first_index, max_nd
    return 0, index, arrays.ndim if isinstance(arrays, _ndarray) else 0


def _block_first_array(arrays):
    if isinstance(arrays, list):
        for a in arrays:
            r = _block_first_array(a)
            if r is not None:
                return r
        return None
    return arrays if isinstance(arrays, _ndarray) else None


def _block_assemble(arrays, depth, result_ndim, place):
    if depth == 0:
        a = arrays if isinstance(arrays, _ndarray) else place(arrays)
        if a.ndim < result_ndim:
            a = _core.reshape(a, (1,) * (result_ndim - a.ndim) + tuple(a.shape))
        return a
    parts = [_block_assemble(a, depth - 1, result_ndim, place) for a in arrays]
    return _core.concat(parts, axis=-depth)


def block(arrays):
    """An array assembled from nested lists of blocks (numpy.block): the innermost lists join
    along the last axis, the next ones along the second-to-last, and so on."""
    depth, _, max_nd = _block_depth(arrays, [])
    result_ndim = builtins.max(depth, max_nd)
    first = _block_first_array(arrays)
    if first is None:

        def place(v):
            return _core.asarray(v)
    else:

        def place(v):
            if not isinstance(v, (bool, int, float, complex)) and not hasattr(v, "dtype"):
                _array(v, "block")
            return _core.asarray(v, sycl_queue=first.sycl_queue, usm_type=first.usm_type)

    r = _block_assemble(arrays, depth, result_ndim, place)
    if depth == 0 and r is arrays:
        r = _core.copy(r)  # numpy.block always returns a new array
    return r


# ---------------------------------------------------------------- splitting


def _split_points(ary, indices_or_sections, axis, op, equal):
    n = ary.shape[axis]
    if isinstance(indices_or_sections, _ndarray):
        # the split points shape the result: read them (a synchronisation point)
        indices_or_sections = _core.asnumpy(indices_or_sections).tolist()
    try:
        sections = operator.index(indices_or_sections)
    except TypeError:
        sections = None
    if sections is None:
        try:
            points = [operator.index(i) for i in indices_or_sections]
        except TypeError:
            raise TypeError(
                f"[{op}] indices_or_sections must be an integer or a sequence of integers"
            ) from None
        return [0, *points, n]
    if sections <= 0:
        raise ValueError(f"[{op}] number sections must be larger than 0, not {sections}")
    each, extras = divmod(n, sections)
    if equal and extras:
        raise ValueError(
            f"[{op}] array split does not result in an equal division ({n} into {sections})"
        )
    bounds = [0]
    for i in range(sections):
        bounds.append(bounds[-1] + each + (1 if i < extras else 0))
    return bounds


def _split(ary, indices_or_sections, axis, op, equal=False):
    ary = _array(ary, op)
    if ary.ndim == 0:
        raise AxisError(f"[{op}] axis {axis} is out of bounds for array of dimension 0")
    axis = _axis(axis, ary.ndim, op)
    bounds = _split_points(ary, indices_or_sections, axis, op, equal)
    return [ary[_at_axis(slice(a, b), axis)] for a, b in itertools.pairwise(bounds)]


def array_split(ary, indices_or_sections, axis=0):
    """Views of ary split along axis: into N nearly equal parts (the first ones one longer), or
    at the given indices (numpy.array_split)."""
    return _split(ary, indices_or_sections, axis, "array_split")


def split(ary, indices_or_sections, axis=0):
    """numpy.split: array_split, but N sections must divide the axis evenly (ValueError)."""
    return _split(ary, indices_or_sections, axis, "split", equal=True)


def hsplit(ary, indices_or_sections):
    """split along axis 1 (axis 0 for 1-D arrays)."""
    ary = _array(ary, "hsplit")
    if ary.ndim == 0:
        raise ValueError("[hsplit] only works on arrays of 1 or more dimensions")
    return _split(ary, indices_or_sections, 1 if ary.ndim > 1 else 0, "hsplit", equal=True)


def vsplit(ary, indices_or_sections):
    """split along axis 0 of an array of at least 2 dimensions."""
    ary = _array(ary, "vsplit")
    if ary.ndim < 2:
        raise ValueError("[vsplit] only works on arrays of 2 or more dimensions")
    return _split(ary, indices_or_sections, 0, "vsplit", equal=True)


def dsplit(ary, indices_or_sections):
    """split along axis 2 of an array of at least 3 dimensions."""
    ary = _array(ary, "dsplit")
    if ary.ndim < 3:
        raise ValueError("[dsplit] only works on arrays of 3 or more dimensions")
    return _split(ary, indices_or_sections, 2, "dsplit", equal=True)


# ---------------------------------------------------------------- append, delete, insert


def append(arr, values, axis=None):
    """arr with values joined at the end of axis (both flattened when axis is None; numpy.append)."""
    arr = _array(arr, "append")
    values = _on_queue_of(arr, values)
    if axis is None:
        return _core.concat([_core.reshape(arr, (-1,)), _core.reshape(values, (-1,))], axis=0)
    if arr.ndim != values.ndim:
        raise ValueError(
            "[append] all the input arrays must have same number of dimensions, but arr has "
            f"{arr.ndim} dimension(s) and values has {values.ndim} dimension(s)"
        )
    return _core.concat([arr, values], axis=axis)


def _index_array(x, obj, n, op, mask_length=True):
    """obj (an int sequence, a bool mask or a dparray array) as an int64 array on x's queue
    with negative entries wrapped, after NumPy's checks (IndexError out of bounds)."""
    if isinstance(obj, _ndarray):
        idx = obj
    else:
        idx = _core.asarray(obj, sycl_queue=x.sycl_queue)
        if idx.size == 0:
            idx = idx.astype(_core.int64)
    if idx.dtype == _core.bool:
        if idx.ndim != 1 or (mask_length and idx.shape[0] != n):
            raise ValueError(
                f"[{op}] boolean array argument obj must be one dimensional and match the axis "
                f"length of {n}, not shape {tuple(idx.shape)}"
            )
        return _core.nonzero(idx)[0], True
    if not isdtype(idx.dtype, "integral"):
        raise IndexError(
            f"[{op}] arrays used as indices must be of integer (or boolean) type, not {idx.dtype}"
        )
    if idx.ndim > 1:
        raise ValueError(f"[{op}] index array argument obj must be one dimensional or scalar")
    return idx.astype(_core.int64, copy=False), False


def _check_bounds(idx, obj, lo, hi, n, axis, op):
    """IndexError unless lo <= idx < hi everywhere: checked on the host when obj is a Python
    sequence of ints, else on the device (reads one bool: a synchronisation point)."""
    if isinstance(obj, (list, tuple)) and all(type(i) is int for i in obj):
        bad = next((i for i in obj if not lo <= i < hi), None)
        if bad is not None:
            raise IndexError(f"[{op}] index {bad} is out of bounds for axis {axis} with size {n}")
        return
    if idx.size and bool(_core.any((idx < lo) | (idx >= hi))):
        bad = idx[(idx < lo) | (idx >= hi)][0]
        raise IndexError(f"[{op}] index {int(bad)} is out of bounds for axis {axis} with size {n}")


def delete(arr, obj, axis=None):
    """A copy of arr without the sub-arrays at obj along axis (numpy.delete): obj is an int, a
    slice, a sequence or array of ints (negative ones count from the end) or a boolean mask."""
    arr = _array(arr, "delete")
    if axis is None:
        arr = _core.reshape(arr, (-1,))
        axis = 0
    else:
        axis = _axis(axis, arr.ndim, "delete")
    n = arr.shape[axis]
    if isinstance(obj, slice):
        keep = _core.ones(n, dtype=_core.bool, sycl_queue=arr.sycl_queue)
        keep[obj] = False
        return _core.take(arr, _core.nonzero(keep)[0], axis=axis)
    if isinstance(obj, bool):  # NumPy: a 0-d mask, not an index
        raise ValueError(  # noqa: TRY004
            f"[delete] boolean array argument obj must be one dimensional and match the axis length of {n}"
        )
    single = None
    if not isinstance(obj, _ndarray) or obj.ndim == 0:
        try:
            single = operator.index(obj)
        except TypeError:
            pass
    if single is not None:
        if not -n <= single < n:
            raise IndexError(
                f"[delete] index {single} is out of bounds for axis {axis} with size {n}"
            )
        single += n if single < 0 else 0
        return _core.concat(
            [
                arr[_at_axis(slice(None, single), axis)],
                arr[_at_axis(slice(single + 1, None), axis)],
            ],
            axis=axis,
        )
    idx, is_mask = _index_array(arr, obj, n, "delete")
    if not is_mask:
        _check_bounds(idx, obj, -n, n, n, axis, "delete")
        idx = _core.where(idx < 0, idx + n, idx)
    keep = _core.ones(n, dtype=_core.bool, sycl_queue=arr.sycl_queue)
    if idx.size:
        keep[idx] = False
    return _core.take(arr, _core.nonzero(keep)[0], axis=axis)


def insert(arr, obj, values, axis=None):
    """A copy of arr with values inserted before the indices obj along axis (numpy.insert): an
    int inserts a block, a sequence / slice / array of indices or a boolean mask one value each."""
    arr = _array(arr, "insert")
    if axis is None:
        if arr.ndim != 1:
            arr = _core.reshape(arr, (-1,))
        axis = 0
    else:
        axis = _axis(axis, arr.ndim, "insert")
    ndim = arr.ndim
    n = arr.shape[axis]
    newshape = list(arr.shape)
    scalar_index = None
    idx = None
    # a scalar index inserts a block with values' first axis moved to axis (a[:, 0, :] = v
    # semantics); a one-element sequence inserts it as it is (a[:, [0], :] = v)
    scalar_obj = not isinstance(obj, (slice, list, tuple, _ndarray)) or (
        isinstance(obj, _ndarray) and obj.ndim == 0
    )
    if isinstance(obj, slice):
        idx = _core.arange(*obj.indices(n), dtype=_core.int64, sycl_queue=arr.sycl_queue)
    elif scalar_obj and not isinstance(obj, (bool, _ndarray)):
        try:
            scalar_index = operator.index(obj)
        except TypeError:
            raise IndexError(
                f"[insert] index must be an integer, a slice or an array of integers, not {type(obj).__name__}"
            ) from None
    else:
        idx, _ = _index_array(arr, obj, n, "insert", mask_length=False)
        if idx.ndim == 0:
            scalar_index = int(idx)
            idx = None
    if idx is not None and idx.size == 1:
        # one index: read it (it shapes the result), unless it is a Python int already
        one = obj[0] if isinstance(obj, (list, tuple)) and type(obj[0]) is int else None
        scalar_index = int(idx[0]) if one is None else one
        idx = None
    if scalar_index is not None:
        index = scalar_index
        if index < -n or index > n:
            raise IndexError(f"[insert] index {obj} is out of bounds for axis {axis} with size {n}")
        index += n if index < 0 else 0
        values = _on_queue_of(arr, values, arr.dtype)
        if values.ndim < ndim:
            values = _core.reshape(values, (1,) * (ndim - values.ndim) + tuple(values.shape))
        if scalar_obj:
            values = _core.moveaxis(values, 0, axis)
        numnew = values.shape[axis]
        block_shape = list(arr.shape)
        block_shape[axis] = numnew
        values = _core.broadcast_to(values, tuple(block_shape))
        return _core.concat(
            [
                arr[_at_axis(slice(None, index), axis)],
                values,
                arr[_at_axis(slice(index, None), axis)],
            ],
            axis=axis,
        )
    _check_bounds(idx, obj, -n, n + 1, n, axis, "insert")
    idx = _core.where(idx < 0, idx + n, idx)
    numnew = idx.shape[0]
    order = _core.argsort(idx, stable=True)
    shifted = _core.empty_like(idx)
    shifted[order] = idx[order] + _core.arange(numnew, dtype=_core.int64, sycl_queue=arr.sycl_queue)
    newshape[axis] += numnew
    old_mask = _core.ones(newshape[axis], dtype=_core.bool, sycl_queue=arr.sycl_queue)
    if numnew:
        old_mask[shifted] = False
    new = _core.empty(
        tuple(newshape), dtype=arr.dtype, sycl_queue=arr.sycl_queue, usm_type=arr.usm_type
    )
    values = _on_queue_of(arr, values, arr.dtype)
    if numnew:
        new[_at_axis(shifted, axis)] = values
    new[_at_axis(_core.nonzero(old_mask)[0], axis)] = arr
    return new


# ---------------------------------------------------------------- shapes, rotations


def resize(a, new_shape):
    """An array of new_shape filled with a's elements repeated in C order (numpy.resize; zeros
    when a is empty)."""
    a = _array(a, "resize")
    try:
        shape = (operator.index(new_shape),)
    except TypeError:
        shape = tuple(operator.index(d) for d in new_shape)
    for d in shape:
        if d < 0:
            raise ValueError(
                f"[resize] all elements of `new_shape` must be non-negative, not {shape}"
            )
    new_size = math.prod(shape)
    flat = _core.reshape(a, (-1,))
    if new_size == 0 or a.size == 0:
        return _core.zeros(shape, dtype=a.dtype, sycl_queue=a.sycl_queue, usm_type=a.usm_type)
    reps = -(-new_size // a.size)
    return _core.reshape(_core.tile(flat, (reps,))[:new_size], shape)


def trim_zeros(filt, trim="fb", axis=None):
    """filt cut to the smallest box (along axis, or all axes) that keeps every non-zero value,
    trimming the front ('f') and / or back ('b'); reads the box's bounds (a synchronisation point)."""
    filt = _array(filt, "trim_zeros")
    if not isinstance(trim, str):
        raise TypeError(f"[trim_zeros] trim must be a string, not {type(trim).__name__}")
    trim = trim.lower()
    if trim not in {"fb", "bf", "f", "b"}:
        raise ValueError(f"[trim_zeros] unexpected character(s) in `trim`: {trim!r}")
    nd = filt.ndim
    if axis is None:
        axes = tuple(range(nd))
    else:
        raw = (axis,) if not isinstance(axis, (list, tuple)) else tuple(axis)
        axes = tuple(_axis(a, nd, "trim_zeros") for a in raw)
        if len(set(axes)) != len(axes):
            raise ValueError("[trim_zeros] repeated axis")
    if not axes:
        return filt
    where = _core.nonzero(filt)
    if where[0].size == 0:
        start = stop = [0] * nd
    else:
        mins = _core.stack([_core.min(w) for w in where])
        maxs = _core.stack([_core.max(w) for w in where])
        bounds = _core.asnumpy(_core.stack([mins, maxs + 1])).tolist()  # 2 * ndim ints
        start, stop = bounds
        if "f" not in trim:
            start = [None] * nd
        if "b" not in trim:
            stop = [None] * nd
    key = tuple(slice(start[ax], stop[ax]) if ax in axes else slice(None) for ax in range(nd))
    return filt[key]


def rot90(m, k=1, axes=(0, 1)):
    """m rotated by 90 degrees k times in the plane of axes, from the first towards the second
    (numpy.rot90); a view."""
    m = _array(m, "rot90")
    axes = tuple(axes)
    if len(axes) != 2:
        raise ValueError("[rot90] len(axes) must be 2")
    if axes[0] == axes[1] or builtins.abs(axes[0] - axes[1]) == m.ndim:
        raise ValueError("[rot90] axes must be different")
    if not (-m.ndim <= axes[0] < m.ndim and -m.ndim <= axes[1] < m.ndim):
        raise ValueError(f"[rot90] axes={axes} out of range for array of ndim={m.ndim}")
    k = operator.index(k) % 4
    if k == 0:
        return m[...]
    if k == 2:
        return _core.flip(_core.flip(m, axis=axes[0]), axis=axes[1])
    perm = list(range(m.ndim))
    a0, a1 = axes[0] % m.ndim, axes[1] % m.ndim
    perm[a0], perm[a1] = perm[a1], perm[a0]
    if k == 1:
        return _core.permute_dims(_core.flip(m, axis=axes[1]), tuple(perm))
    return _core.flip(_core.permute_dims(m, tuple(perm)), axis=axes[1])


def fliplr(m):
    """m with axis 1 reversed (a view; m must be at least 2-D)."""
    m = _array(m, "fliplr")
    if m.ndim < 2:
        raise ValueError("[fliplr] input must be >= 2-d")
    return _core.flip(m, axis=1)


def flipud(m):
    """m with axis 0 reversed (a view; m must be at least 1-D)."""
    m = _array(m, "flipud")
    if m.ndim < 1:
        raise ValueError("[flipud] input must be >= 1-d")
    return _core.flip(m, axis=0)


def rollaxis(a, axis, start=0):
    """A view with axis moved to lie before position start (numpy.rollaxis; moveaxis is clearer)."""
    a = _array(a, "rollaxis")
    n = a.ndim
    axis = _axis(axis, n, "rollaxis")
    start = operator.index(start)
    if start < 0:
        start += n
    if not 0 <= start < n + 1:
        raise AxisError(
            f"[rollaxis] 'start' arg requires {-n} <= start < {n + 1}, but {start} was passed in"
        )
    if axis < start:
        start -= 1
    if axis == start:
        return a[...]
    axes = list(range(n))
    axes.remove(axis)
    axes.insert(start, axis)
    return _core.permute_dims(a, tuple(axes))


def ndim(a):
    """The number of dimensions of a (an array, or Python data as numpy.ndim reads it)."""
    if isinstance(a, _ndarray):
        return a.ndim
    return len(shape(a))


def shape(a):
    """The shape of a: an array, a number or nested sequences of them (numpy.shape); no data
    is copied. Other objects raise TypeError (dparray arrays hold numbers only)."""
    if isinstance(a, (list, tuple)):
        if not a:
            return (0,)
        inner = [shape(e) for e in a]
        if any(s != inner[0] for s in inner[1:]):
            raise ValueError(
                f"[shape] the nested sequence is ragged (an inhomogeneous shape after {len(a)} entries)"
            )
        return (len(a), *inner[0])
    if isinstance(a, (bool, int, float, complex)):
        return ()
    if hasattr(a, "shape") and hasattr(a, "dtype"):
        return tuple(a.shape)
    raise TypeError(
        f"[shape] expected an array, a number or a sequence of them, not {type(a).__name__}"
    )


def size(a, axis=None):
    """The number of elements of a, or along axis (an int or a tuple of ints, as NumPy 2.4)."""
    s = shape(a)
    if axis is None:
        return math.prod(s)
    raw = (axis,) if not isinstance(axis, (list, tuple)) else tuple(axis)
    axes = [_axis(ax, len(s), "size") for ax in raw]
    if len(set(axes)) != len(axes):
        raise ValueError("[size] repeated axis")
    return math.prod(s[ax] for ax in axes)


# ---------------------------------------------------------------- copyto, require

_CASTINGS = ("no", "equiv", "safe", "same_kind", "unsafe")


def copyto(dst, src, casting="same_kind", where=True):
    """Writes src (broadcast to dst's shape) into dst where `where` is true, if src's dtype
    casts to dst's under `casting` (numpy.copyto); on dst's queue."""
    dst = _array(dst, "copyto")
    if casting not in _CASTINGS:
        raise ValueError(
            f"[copyto] casting must be one of {', '.join(map(repr, _CASTINGS))}, not {casting!r}"
        )
    if isinstance(src, _ndarray):
        src_dtype = src.dtype
    elif isinstance(src, (bool, int, float, complex)):
        src_dtype = None  # Python scalars are weak (NEP 50): only their kind is checked
        kind = {bool: "bool", int: "integral", float: "real floating", complex: "complex floating"}[
            type(src)
        ]
        if casting != "unsafe" and not _weak_scalar_casts(kind, dst.dtype, casting):
            raise TypeError(
                f"[copyto] cannot cast scalar from {type(src).__name__} to {dst.dtype} according to the rule {casting!r}"
            )
    else:
        src = _on_queue_of(dst, src)
        src_dtype = src.dtype
    if src_dtype is not None and not _core.can_cast(src_dtype, dst.dtype, casting):
        raise TypeError(
            f"[copyto] cannot cast array data from {src_dtype} to {dst.dtype} according to the rule {casting!r}"
        )
    if where is True:
        dst[...] = src
        return
    mask = _on_queue_of(dst, where)
    if mask.dtype != _core.bool:
        if not _core.can_cast(mask.dtype, _core.bool, "safe"):
            raise TypeError(f"[copyto] where must be a boolean array, not {mask.dtype}")
        mask = mask.astype(_core.bool)
    value = (
        src
        if isinstance(src, _ndarray)
        else _core.asarray(src, dtype=dst.dtype, sycl_queue=dst.sycl_queue)
    )
    dst[...] = _core.where(mask, value.astype(dst.dtype, copy=False), dst)
    return


def _weak_scalar_casts(kind, dtype, casting):
    # NEP 50: a Python scalar casts to any dtype of its kind or a higher one (bool < int < float
    # < complex) under every rule but 'unsafe'; its value is checked when it is written
    order = ["bool", "integral", "real floating", "complex floating"]
    target = next(k for k in reversed(order) if isdtype(dtype, k))
    return order.index(kind) <= order.index(target)


_REQUIREMENTS = {
    "C": "C",
    "C_CONTIGUOUS": "C",
    "CONTIGUOUS": "C",
    "F": "F",
    "F_CONTIGUOUS": "F",
    "FORTRAN": "F",
    "A": "A",
    "ALIGNED": "A",
    "W": "W",
    "WRITEABLE": "W",
    "O": "O",
    "OWNDATA": "O",
    "E": "E",
    "ENSUREARRAY": "E",
}


def require(a, dtype=None, requirements=None, *, like=None):
    """a as an array of dtype meeting the requirements ('C' / 'F' contiguous, 'A' aligned,
    'W' writeable, 'O' owning its data, 'E' a base-class array), copying only when needed."""
    if like is not None and not isinstance(like, _ndarray):
        raise TypeError(
            f"[require] like= must be a dparray.ndarray or None, not {type(like).__name__}"
        )
    if isinstance(a, _ndarray):
        x = a if dtype is None else a.astype(dtype, copy=False)
    elif like is not None:
        x = _core.asarray(a, dtype=dtype, sycl_queue=like.sycl_queue, usm_type=like.usm_type)
    else:
        x = _core.asarray(a, dtype=dtype)
    if requirements is None:
        return x
    reqs = set()  # a string is a sequence of one-letter flags, as in NumPy
    for r in requirements:
        key = str(r).upper()
        if key not in _REQUIREMENTS:
            raise KeyError(f"[require] unknown requirement {r!r}")
        reqs.add(_REQUIREMENTS[key])
    if "C" in reqs and "F" in reqs:
        raise ValueError("[require] cannot specify both C and Fortran contiguous")
    if "C" in reqs and not x._is_c_contiguous:
        return x.astype(x.dtype, order="C")
    if "F" in reqs and not x._is_f_contiguous:
        return x.astype(x.dtype, order="F")
    if "O" in reqs and x is a:
        return x.astype(x.dtype, order="K", copy=True)  # the caller's array may be a view
    return x
