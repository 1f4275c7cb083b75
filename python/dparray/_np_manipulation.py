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
from ._info import isdtype
from ._np_pad import pad

AxisError = _core.AxisError  # as NumPy's AxisError: both a ValueError and an IndexError

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


_axis = _core._normalize_axis  # axis made non-negative; AxisError / TypeError naming op


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
    """Stack arrays in sequence horizontally (column-wise).

    Joins along axis 1, or along axis 0 for 1-D inputs (0-d inputs are viewed as 1-D).

    Parameters
    ----------
    tup : sequence of ndarray
        The arrays to join (a list or tuple of dparray arrays on one queue).
    dtype : dtype, optional
        The result's data type; None (the default) promotes the inputs' types.
    casting : {"no", "equiv", "safe", "same_kind", "unsafe"}, optional
        Which casts to `dtype` are allowed (default ``"same_kind"``).

    Returns
    -------
    ndarray
        The joined array.

    Raises
    ------
    ValueError
        If `tup` is empty, the shapes do not match along the other axes, or `casting` is
        not one of its names.
    TypeError
        If `tup` is not a list or tuple, holds something other than dparray arrays, or
        an input cannot be cast to `dtype` under `casting`.
    ExecutionPlacementError
        If the arrays live on different queues.

    See Also
    --------
    vstack, dstack, column_stack, concat, stack, block, hsplit

    Notes
    -----
    The result is a new array on the inputs' queue, joined on the device with `concat`
    (asynchronous); its dtype is the inputs' promoted type unless `dtype` is given.

    Examples
    --------
    >>> a = dp.asarray([1, 2, 3])
    >>> b = dp.asarray([4, 5, 6])
    >>> dp.hstack((a, b))
    array([1, 2, 3, 4, 5, 6])
    >>> dp.hstack((dp.asarray([[1], [2]]), dp.asarray([[3], [4]])))
    array([[1, 3],
           [2, 4]])
    """
    arrs = _arrays(tup, "hstack")
    arrs = [_core.atleast_1d(a) for a in arrs]
    axis = 0 if arrs and arrs[0].ndim == 1 else 1
    return _join(arrs, axis, dtype, casting, "hstack")


def vstack(tup, *, dtype=None, casting="same_kind"):
    """Stack arrays in sequence vertically (row-wise).

    Joins along axis 0 after viewing 0-d and 1-D inputs as 2-D (a 1-D array of length
    ``N`` becomes a row of shape ``(1, N)``).

    Parameters
    ----------
    tup : sequence of ndarray
        The arrays to join (a list or tuple of dparray arrays on one queue).
    dtype : dtype, optional
        The result's data type; None (the default) promotes the inputs' types.
    casting : {"no", "equiv", "safe", "same_kind", "unsafe"}, optional
        Which casts to `dtype` are allowed (default ``"same_kind"``).

    Returns
    -------
    ndarray
        The joined array, at least 2-D.

    Raises
    ------
    ValueError
        If `tup` is empty, the shapes do not match along the other axes, or `casting` is
        not one of its names.
    TypeError
        If `tup` is not a list or tuple, holds something other than dparray arrays, or
        an input cannot be cast to `dtype` under `casting`.
    ExecutionPlacementError
        If the arrays live on different queues.

    See Also
    --------
    hstack, dstack, row_stack, concat, stack, block, vsplit

    Notes
    -----
    The result is a new array on the inputs' queue, joined on the device with `concat`
    (asynchronous); its dtype is the inputs' promoted type unless `dtype` is given.

    Examples
    --------
    >>> a = dp.asarray([1, 2, 3])
    >>> b = dp.asarray([4, 5, 6])
    >>> dp.vstack((a, b))
    array([[1, 2, 3],
           [4, 5, 6]])
    >>> dp.vstack((a, b), dtype="float32")
    array([[1., 2., 3.],
           [4., 5., 6.]], dtype=float32)
    """
    arrs = [_core.atleast_2d(a) for a in _arrays(tup, "vstack")]
    return _join(arrs, 0, dtype, casting, "vstack")


def row_stack(tup, *, dtype=None, casting="same_kind"):
    """Stack arrays in sequence vertically (row-wise); another name for `vstack`.

    Parameters
    ----------
    tup : sequence of ndarray
        The arrays to join (a list or tuple of dparray arrays on one queue).
    dtype : dtype, optional
        The result's data type; None (the default) promotes the inputs' types.
    casting : {"no", "equiv", "safe", "same_kind", "unsafe"}, optional
        Which casts to `dtype` are allowed (default ``"same_kind"``).

    Returns
    -------
    ndarray
        The joined array, at least 2-D.

    Raises
    ------
    ValueError
        If `tup` is empty, the shapes do not match along the other axes, or `casting` is
        not one of its names.
    TypeError
        If `tup` is not a list or tuple, holds something other than dparray arrays, or
        an input cannot be cast to `dtype` under `casting`.
    ExecutionPlacementError
        If the arrays live on different queues.

    See Also
    --------
    vstack

    Notes
    -----
    NumPy 2 deprecates ``row_stack`` in favour of ``vstack``; dparray keeps it without a
    warning.
    The result is a new array on the inputs' queue, joined on the device with `concat`
    (asynchronous); its dtype is the inputs' promoted type unless `dtype` is given.

    Examples
    --------
    >>> dp.row_stack((dp.asarray([1, 2]), dp.asarray([3, 4])))
    array([[1, 2],
           [3, 4]])
    """
    return vstack(tup, dtype=dtype, casting=casting)


def dstack(tup):
    """Stack arrays in sequence depth-wise (along the third axis).

    Inputs are viewed as at least 3-D first: shape ``(N,)`` becomes ``(1, N, 1)`` and
    ``(M, N)`` becomes ``(M, N, 1)``.

    Parameters
    ----------
    tup : sequence of ndarray
        The arrays to join (a list or tuple of dparray arrays on one queue).

    Returns
    -------
    ndarray
        The joined array, at least 3-D.

    Raises
    ------
    ValueError
        If `tup` is empty, or the shapes do not match along the other axes.
    TypeError
        If `tup` is not a list or tuple, or holds something other than dparray arrays.
    ExecutionPlacementError
        If the arrays live on different queues.

    See Also
    --------
    hstack, vstack, stack, concat, dsplit, atleast_3d

    Notes
    -----
    The result is a new array on the inputs' queue, joined on the device with `concat`
    (asynchronous); its dtype is the inputs' promoted type unless `dtype` is given.

    Examples
    --------
    >>> a = dp.asarray([1, 2, 3])
    >>> b = dp.asarray([4, 5, 6])
    >>> dp.dstack((a, b))
    array([[[1, 4],
            [2, 5],
            [3, 6]]])
    >>> dp.dstack((dp.ones((2, 2)), dp.zeros((2, 2)))).shape
    (2, 2, 2)
    """
    arrs = [_core.atleast_3d(a) for a in _arrays(tup, "dstack")]
    return _join(arrs, 2, None, "same_kind", "dstack")


def column_stack(tup):
    """Stack 1-D arrays as columns into a 2-D array.

    1-D (and 0-d) inputs become columns; 2-D and higher inputs are joined along axis 1
    as they are.

    Parameters
    ----------
    tup : sequence of ndarray
        The arrays to join (a list or tuple of dparray arrays on one queue).

    Returns
    -------
    ndarray
        The joined array.

    Raises
    ------
    ValueError
        If `tup` is empty, or the shapes do not match along the other axes.
    TypeError
        If `tup` is not a list or tuple, or holds something other than dparray arrays.
    ExecutionPlacementError
        If the arrays live on different queues.

    See Also
    --------
    hstack, stack, concat

    Notes
    -----
    The result is a new array on the inputs' queue, joined on the device with `concat`
    (asynchronous); its dtype is the inputs' promoted type unless `dtype` is given.

    Examples
    --------
    >>> dp.column_stack((dp.asarray([1, 2, 3]), dp.asarray([4, 5, 6])))
    array([[1, 4],
           [2, 5],
           [3, 6]])
    """
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
    """Assemble an array from nested lists of blocks.

    The innermost lists are joined along the last axis, the lists holding them along the
    second-to-last axis, and so on; blocks with fewer dimensions than the result are
    given leading length-1 axes first.

    Parameters
    ----------
    arrays : nested list of ndarray or scalar
        The blocks: dparray arrays, Python scalars and NumPy arrays (copied to the
        device), nested in lists (not tuples) to a consistent depth. A single array or
        scalar is allowed too.

    Returns
    -------
    ndarray
        A new array (also for a single array input), of dimension ``max(depth,
        max(block.ndim))``.

    Raises
    ------
    TypeError
        If a tuple is used to arrange blocks, or a block is neither an array nor a
        number.
    ValueError
        If a list is empty, the list depths are mismatched, or the block shapes do not
        fit together.
    ExecutionPlacementError
        If the arrays live on different queues.

    See Also
    --------
    concat, stack, hstack, vstack

    Notes
    -----
    The result lives on the first dparray block's queue; scalar and NumPy blocks are
    copied there (to the default device when there is no dparray block). The joins run
    on the device.

    Examples
    --------
    >>> A = dp.ones((2, 2))
    >>> B = dp.zeros((2, 1))
    >>> dp.block([[A, B], [dp.zeros((1, 2)), dp.ones((1, 1))]])
    array([[1., 1., 0.],
           [1., 1., 0.],
           [0., 0., 1.]])
    >>> dp.block([dp.asarray([1, 2, 3]), 10])
    array([ 1,  2,  3, 10])
    >>> dp.block([[dp.asarray([1, 2])], [dp.asarray([3, 4])]])
    array([[1, 2],
           [3, 4]])
    """
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
    """Split an array into several sub-arrays, allowing unequal parts.

    Parameters
    ----------
    ary : ndarray
        The array to split.
    indices_or_sections : int, sequence of ints or ndarray
        An integer ``N`` splits into ``N`` parts of nearly equal length (the first ``len
        % N`` parts one longer); a sorted sequence of indices gives the split points
        (parts past the end are empty). A dparray array of indices is read from the
        device (a synchronisation point).
    axis : int, optional
        The axis to split along (default 0).

    Returns
    -------
    list of ndarray
        Views of `ary` (no data is copied: writing to a part changes `ary`).

    Raises
    ------
    ValueError
        If the number of sections is not positive.
    dparray.AxisError
        If `axis` is out of range (also for a 0-d `ary`).
    TypeError
        If `ary` is not a dparray array or `indices_or_sections` holds non-integers.

    See Also
    --------
    split, hsplit, vsplit, dsplit, unstack

    Examples
    --------
    >>> x = dp.arange(8)
    >>> dp.array_split(x, 3)
    [array([0, 1, 2]), array([3, 4, 5]), array([6, 7])]
    >>> dp.array_split(x, [2, 5])
    [array([0, 1]), array([2, 3, 4]), array([5, 6, 7])]
    """
    return _split(ary, indices_or_sections, axis, "array_split")


def split(ary, indices_or_sections, axis=0):
    """Split an array into several equal sub-arrays, or at given indices.

    Parameters
    ----------
    ary : ndarray
        The array to split.
    indices_or_sections : int, sequence of ints or ndarray
        An integer ``N`` splits into ``N`` equal parts (ValueError when the axis length is
        not divisible by ``N``); a sorted sequence of indices gives the split points
        (parts past the end are empty). A dparray array of indices is read from the
        device (a synchronisation point).
    axis : int, optional
        The axis to split along (default 0).

    Returns
    -------
    list of ndarray
        Views of `ary` (no data is copied: writing to a part changes `ary`).

    Raises
    ------
    ValueError
        If ``N`` sections do not divide the axis evenly, or ``N`` is not positive.
    dparray.AxisError
        If `axis` is out of range (also for a 0-d `ary`).
    TypeError
        If `ary` is not a dparray array or `indices_or_sections` holds non-integers.

    See Also
    --------
    array_split, hsplit, vsplit, dsplit, unstack, concat

    Examples
    --------
    >>> x = dp.arange(6)
    >>> dp.split(x, 3)
    [array([0, 1]), array([2, 3]), array([4, 5])]
    >>> dp.split(x, [2, 3, 8])
    [array([0, 1]), array([2]), array([3, 4, 5]), array([], dtype=int64)]
    """
    return _split(ary, indices_or_sections, axis, "split", equal=True)


def hsplit(ary, indices_or_sections):
    """Split an array horizontally: along axis 1, or axis 0 for a 1-D array.

    Parameters
    ----------
    ary : ndarray
        The array to split.
    indices_or_sections : int, sequence of ints or ndarray
        An integer ``N`` splits into ``N`` equal parts (ValueError when the axis length is
        not divisible by ``N``); a sorted sequence of indices gives the split points
        (parts past the end are empty). A dparray array of indices is read from the
        device (a synchronisation point).

    Returns
    -------
    list of ndarray
        Views of `ary` (no data is copied: writing to a part changes `ary`).

    Raises
    ------
    ValueError
        If `ary` is 0-d, or ``N`` sections do not divide the axis evenly.
    TypeError
        If `ary` is not a dparray array.

    See Also
    --------
    split, vsplit, dsplit, hstack

    Examples
    --------
    >>> x = dp.reshape(dp.arange(8.0), (2, 4))
    >>> left, right = dp.hsplit(x, 2)
    >>> left
    array([[0., 1.],
           [4., 5.]])
    >>> dp.hsplit(dp.arange(4), [1])
    [array([0]), array([1, 2, 3])]
    """
    ary = _array(ary, "hsplit")
    if ary.ndim == 0:
        raise ValueError("[hsplit] only works on arrays of 1 or more dimensions")
    return _split(ary, indices_or_sections, 1 if ary.ndim > 1 else 0, "hsplit", equal=True)


def vsplit(ary, indices_or_sections):
    """Split an array vertically (along axis 0); the array must be at least 2-D.

    Parameters
    ----------
    ary : ndarray
        The array to split.
    indices_or_sections : int, sequence of ints or ndarray
        An integer ``N`` splits into ``N`` equal parts (ValueError when the axis length is
        not divisible by ``N``); a sorted sequence of indices gives the split points
        (parts past the end are empty). A dparray array of indices is read from the
        device (a synchronisation point).

    Returns
    -------
    list of ndarray
        Views of `ary` (no data is copied: writing to a part changes `ary`).

    Raises
    ------
    ValueError
        If `ary` has fewer than 2 dimensions, or ``N`` sections do not divide the axis
        evenly.
    TypeError
        If `ary` is not a dparray array.

    See Also
    --------
    split, hsplit, dsplit, vstack

    Examples
    --------
    >>> x = dp.reshape(dp.arange(8.0), (4, 2))
    >>> top, bottom = dp.vsplit(x, 2)
    >>> bottom
    array([[4., 5.],
           [6., 7.]])
    """
    ary = _array(ary, "vsplit")
    if ary.ndim < 2:
        raise ValueError("[vsplit] only works on arrays of 2 or more dimensions")
    return _split(ary, indices_or_sections, 0, "vsplit", equal=True)


def dsplit(ary, indices_or_sections):
    """Split an array depth-wise (along axis 2); the array must be at least 3-D.

    Parameters
    ----------
    ary : ndarray
        The array to split.
    indices_or_sections : int, sequence of ints or ndarray
        An integer ``N`` splits into ``N`` equal parts (ValueError when the axis length is
        not divisible by ``N``); a sorted sequence of indices gives the split points
        (parts past the end are empty). A dparray array of indices is read from the
        device (a synchronisation point).

    Returns
    -------
    list of ndarray
        Views of `ary` (no data is copied: writing to a part changes `ary`).

    Raises
    ------
    ValueError
        If `ary` has fewer than 3 dimensions, or ``N`` sections do not divide the axis
        evenly.
    TypeError
        If `ary` is not a dparray array.

    See Also
    --------
    split, hsplit, vsplit, dstack

    Examples
    --------
    >>> x = dp.reshape(dp.arange(8), (1, 2, 4))
    >>> [p.shape for p in dp.dsplit(x, 2)]
    [(1, 2, 2), (1, 2, 2)]
    >>> dp.dsplit(x, [3])[1]
    array([[[3],
            [7]]])
    """
    ary = _array(ary, "dsplit")
    if ary.ndim < 3:
        raise ValueError("[dsplit] only works on arrays of 3 or more dimensions")
    return _split(ary, indices_or_sections, 2, "dsplit", equal=True)


# ---------------------------------------------------------------- append, delete, insert


def append(arr, values, axis=None):
    """Append values to the end of an array.

    Parameters
    ----------
    arr : ndarray
        The array to extend.
    values : array_like
        The values: a dparray array, or Python data (copied to `arr`'s queue). With an
        `axis`, it must have `arr`'s number of dimensions and shape except along `axis`.
    axis : int, optional
        The axis to append along; None (the default) flattens `arr` and `values` first.

    Returns
    -------
    ndarray
        A new array (1-D when `axis` is None); its dtype is the promoted type of `arr`
        and `values`.

    Raises
    ------
    ValueError
        If `arr` and `values` differ in their number of dimensions (with `axis`) or in
        shape along the other axes.
    TypeError
        If an input is not a dparray array (move host data with ``dparray.asarray(x,
        device=...)`` first).
    ExecutionPlacementError
        If `values` is a dparray array on another queue.

    See Also
    --------
    insert, delete, concat

    Notes
    -----
    The join runs asynchronously on `arr`'s queue.

    Examples
    --------
    >>> dp.append(dp.asarray([1, 2, 3]), [7, 8])
    array([1, 2, 3, 7, 8])
    >>> dp.append(dp.asarray([[1, 2], [3, 4]]), [[5, 6]], axis=0)
    array([[1, 2],
           [3, 4],
           [5, 6]])
    """
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
    """Return a new array with sub-arrays along an axis deleted.

    Parameters
    ----------
    arr : ndarray
        Input array.
    obj : int, slice, sequence of ints, boolean mask or ndarray
        What to delete along `axis`: indices (negative ones count from the end; repeats
        are allowed), a slice, or a boolean mask of the axis length (True deletes).
    axis : int, optional
        The axis to delete along; None (the default) deletes from the flattened array.

    Returns
    -------
    ndarray
        A copy of `arr` without the selected entries (1-D when `axis` is None).

    Raises
    ------
    IndexError
        If an index is out of bounds or `obj` is not an integer or boolean index.
    ValueError
        If a boolean mask is not 1-D with the axis length, or `obj` is a bool, or an
        index array has more than one dimension.
    dparray.AxisError
        If `axis` is out of range.
    TypeError
        If an input is not a dparray array (move host data with ``dparray.asarray(x,
        device=...)`` first).

    See Also
    --------
    insert, append

    Notes
    -----
    The kept entries are gathered on the device (`take`). An index array on the device
    is bounds-checked there, reading one bool back, and the kept positions decide the
    result's length: both are synchronisation points. Python ints are checked on the
    host.

    Examples
    --------
    >>> arr = dp.asarray([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
    >>> dp.delete(arr, 1, 0)
    array([[ 1,  2,  3,  4],
           [ 9, 10, 11, 12]])
    >>> dp.delete(arr, slice(None, None, 2), 1)
    array([[ 2,  4],
           [ 6,  8],
           [10, 12]])
    >>> dp.delete(arr, [1, 3, 5], None)
    array([ 1,  3,  5,  7,  8,  9, 10, 11, 12])
    """
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
    """Insert values along an axis before the given indices.

    Parameters
    ----------
    arr : ndarray
        Input array.
    obj : int, slice, sequence of ints, boolean mask or ndarray
        Where to insert: an integer inserts `values` as one block before that index
        (``len(arr)`` appends); a sequence, slice or array of indices inserts one value
        before each (indices refer to `arr` before the insertion, equal indices keep
        `values`' order); a boolean mask selects the indices where it is True.
    values : array_like
        The values, cast to `arr`'s dtype and broadcast to the inserted shape. Python
        data is copied to `arr`'s queue.
    axis : int, optional
        The axis to insert along; None (the default) inserts into the flattened array.

    Returns
    -------
    ndarray
        A new array with the values inserted (1-D when `axis` is None).

    Raises
    ------
    IndexError
        If an index is out of bounds, or `obj` is neither an integer, a slice nor an
        integer or boolean array.
    ValueError
        If `values` does not broadcast to the inserted shape, or an index array has more
        than one dimension.
    dparray.AxisError
        If `axis` is out of range.
    TypeError
        If an input is not a dparray array (move host data with ``dparray.asarray(x,
        device=...)`` first).

    See Also
    --------
    append, delete, concat

    Notes
    -----
    Built on the device with scatters into a new array. An index array on the device is
    bounds-checked there (reading one bool); a single index in an array or list is read
    to shape the result. Both are synchronisation points. A float `values` inserted into
    an integer array is truncated.

    Examples
    --------
    >>> a = dp.asarray([[1, 1], [2, 2], [3, 3]])
    >>> dp.insert(a, 1, 5)
    array([1, 5, 1, 2, 2, 3, 3])
    >>> dp.insert(a, 1, 5, axis=1)
    array([[1, 5, 1],
           [2, 5, 2],
           [3, 5, 3]])
    >>> b = dp.reshape(a, (-1,))
    >>> dp.insert(b, [2, 2], [5, 6])
    array([1, 1, 5, 6, 2, 2, 3, 3])
    >>> dp.insert(b, slice(2, 4), [5, 6])
    array([1, 1, 5, 2, 6, 2, 3, 3])
    """
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
    """Return a new array of a given shape, repeating the input's elements to fill it.

    Parameters
    ----------
    a : ndarray
        The array; its elements are read in row-major order.
    new_shape : int or tuple of ints
        The shape of the result.

    Returns
    -------
    ndarray
        A new array of `new_shape` holding `a`'s elements, repeated cyclically as often
        as needed (and cut where the result is smaller). Zeros when `a` is empty.

    Raises
    ------
    ValueError
        If an entry of `new_shape` is negative.
    TypeError
        If an input is not a dparray array (move host data with ``dparray.asarray(x,
        device=...)`` first).

    See Also
    --------
    reshape, tile, ndarray.resize

    Notes
    -----
    Computed on the device with `tile` and `reshape`, on `a`'s queue. Unlike
    ``ndarray.resize`` in NumPy, this never pads with zeros (for a non-empty `a`).

    Examples
    --------
    >>> a = dp.asarray([[0, 1], [2, 3]])
    >>> dp.resize(a, (2, 3))
    array([[0, 1, 2],
           [3, 0, 1]])
    >>> dp.resize(a, (1, 4))
    array([[0, 1, 2, 3]])
    >>> dp.resize(a, (2, 4))
    array([[0, 1, 2, 3],
           [0, 1, 2, 3]])
    """
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
    """Trim the leading and/or trailing zeros of an array.

    Parameters
    ----------
    filt : ndarray
        Input array.
    trim : {"fb", "f", "b"}, optional
        ``"f"`` trims the front, ``"b"`` the back, ``"fb"`` (the default) both; case does
        not matter.
    axis : int or sequence of ints, optional
        The axes to trim; None (the default) trims every axis to the smallest box holding
        all the non-zero values.

    Returns
    -------
    ndarray
        A view of `filt` (no data is copied: writes change `filt`). An array of zeros
        trims to size zero.

    Raises
    ------
    ValueError
        If `trim` holds another letter or an axis is repeated.
    TypeError
        If `trim` is not a string, or `filt` is not a dparray array.
    dparray.AxisError
        If an axis is out of range.

    See Also
    --------
    nonzero

    Notes
    -----
    The box is found on the device with `nonzero` and its bounds are read back (two
    integers per dimension): a synchronisation point.

    Examples
    --------
    >>> a = dp.asarray([0, 0, 0, 1, 2, 3, 0, 2, 1, 0])
    >>> dp.trim_zeros(a)
    array([1, 2, 3, 0, 2, 1])
    >>> dp.trim_zeros(a, "b")
    array([0, 0, 0, 1, 2, 3, 0, 2, 1])
    >>> dp.trim_zeros(dp.asarray([[0, 0, 0], [0, 1, 0], [0, 0, 0]]), axis=0)
    array([[0, 1, 0]])
    """
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
    """Rotate an array by 90 degrees in the plane of two axes.

    Parameters
    ----------
    m : ndarray
        Array of at least two dimensions.
    k : int, optional
        The number of quarter turns (default 1); negative turns the other way.
    axes : (int, int), optional
        The plane of rotation (default ``(0, 1)``); rotation goes from the first axis
        towards the second.

    Returns
    -------
    ndarray
        A view of `m` (no data is copied: writes change `m`).

    Raises
    ------
    ValueError
        If `axes` does not hold two different axes within range.
    TypeError
        If an input is not a dparray array (move host data with ``dparray.asarray(x,
        device=...)`` first).

    See Also
    --------
    flip, fliplr, flipud, transpose

    Examples
    --------
    >>> m = dp.asarray([[1, 2], [3, 4]])
    >>> dp.rot90(m)
    array([[2, 4],
           [1, 3]])
    >>> dp.rot90(m, 2)
    array([[4, 3],
           [2, 1]])
    >>> dp.rot90(m, -1)
    array([[3, 1],
           [4, 2]])
    """
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
    """Reverse the order of elements along axis 1 (left/right).

    Parameters
    ----------
    m : ndarray
        Array of at least two dimensions.

    Returns
    -------
    ndarray
        A view of `m` with the columns reversed (no data is copied).

    Raises
    ------
    ValueError
        If `m` has fewer than two dimensions.
    TypeError
        If an input is not a dparray array (move host data with ``dparray.asarray(x,
        device=...)`` first).

    See Also
    --------
    flipud, flip, rot90

    Examples
    --------
    >>> dp.fliplr(dp.asarray([[1, 2, 3], [4, 5, 6]]))
    array([[3, 2, 1],
           [6, 5, 4]])
    """
    m = _array(m, "fliplr")
    if m.ndim < 2:
        raise ValueError("[fliplr] input must be >= 2-d")
    return _core.flip(m, axis=1)


def flipud(m):
    """Reverse the order of elements along axis 0 (up/down).

    Parameters
    ----------
    m : ndarray
        Array of at least one dimension.

    Returns
    -------
    ndarray
        A view of `m` with the rows reversed (no data is copied).

    Raises
    ------
    ValueError
        If `m` is 0-d.
    TypeError
        If an input is not a dparray array (move host data with ``dparray.asarray(x,
        device=...)`` first).

    See Also
    --------
    fliplr, flip, rot90

    Examples
    --------
    >>> dp.flipud(dp.asarray([[1, 2], [3, 4]]))
    array([[3, 4],
           [1, 2]])
    >>> dp.flipud(dp.asarray([1, 2, 3]))
    array([3, 2, 1])
    """
    m = _array(m, "flipud")
    if m.ndim < 1:
        raise ValueError("[flipud] input must be >= 1-d")
    return _core.flip(m, axis=0)


def rollaxis(a, axis, start=0):
    """Roll an axis backwards until it lies before a given position.

    Parameters
    ----------
    a : ndarray
        Input array.
    axis : int
        The axis to move.
    start : int, optional
        The axis is moved to lie before this position (default 0); ``a.ndim`` moves it
        last.

    Returns
    -------
    ndarray
        A view of `a` with its axes reordered (no data is copied).

    Raises
    ------
    dparray.AxisError
        If `axis` or `start` is out of range.
    TypeError
        If an input is not a dparray array (move host data with ``dparray.asarray(x,
        device=...)`` first).

    See Also
    --------
    moveaxis, permute_dims

    Notes
    -----
    Kept for NumPy compatibility; `moveaxis` is easier to read.

    Examples
    --------
    >>> a = dp.ones((3, 4, 5, 6))
    >>> dp.rollaxis(a, 3, 1).shape
    (3, 6, 4, 5)
    >>> dp.rollaxis(a, 2).shape
    (5, 3, 4, 6)
    >>> dp.rollaxis(a, 1, 4).shape
    (3, 5, 6, 4)
    """
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
    """Return the number of dimensions of an array or nested sequence.

    Parameters
    ----------
    a : array_like
        A dparray (or NumPy) array, a number, or nested lists / tuples of numbers.

    Returns
    -------
    int
        The number of dimensions.

    Raises
    ------
    ValueError
        If a nested sequence is ragged.
    TypeError
        If `a` is neither an array, a number nor a sequence of them.

    See Also
    --------
    shape, size, ndarray.ndim

    Notes
    -----
    Read from the object on the host: no data is copied and nothing waits.

    Examples
    --------
    >>> dp.ndim([[1, 2, 3], [4, 5, 6]])
    2
    >>> dp.ndim(dp.asarray([[1, 2, 3], [4, 5, 6]]))
    2
    >>> dp.ndim(1)
    0
    """
    if isinstance(a, _ndarray):
        return a.ndim
    return len(shape(a))


def shape(a):
    """Return the shape of an array or nested sequence.

    Parameters
    ----------
    a : array_like
        A dparray (or NumPy) array, a number, or nested lists / tuples of numbers.

    Returns
    -------
    tuple of ints
        The shape (``()`` for a number).

    Raises
    ------
    ValueError
        If a nested sequence is ragged.
    TypeError
        If `a` is neither an array, a number nor a sequence of them (strings included:
        dparray arrays hold numbers only).

    See Also
    --------
    ndim, size, ndarray.shape

    Notes
    -----
    Read from the object on the host: no data is copied and nothing waits.

    Examples
    --------
    >>> dp.shape(dp.eye(3))
    (3, 3)
    >>> dp.shape([[1, 3]])
    (1, 2)
    >>> dp.shape([0])
    (1,)
    >>> dp.shape(0)
    ()
    """
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
    """Return the number of elements of an array, or along given axes.

    Parameters
    ----------
    a : array_like
        A dparray (or NumPy) array, a number, or nested lists / tuples of numbers.
    axis : int or tuple of ints, optional
        Count only along these axes (the product of their lengths); None (the default)
        counts all elements.

    Returns
    -------
    int
        The number of elements.

    Raises
    ------
    dparray.AxisError
        If an axis is out of range.
    ValueError
        If an axis is repeated or a nested sequence is ragged.
    TypeError
        If `a` is neither an array, a number nor a sequence of them.

    See Also
    --------
    shape, ndim, ndarray.size

    Notes
    -----
    Read from the object on the host: no data is copied and nothing waits. A tuple of
    axes is accepted, as in NumPy 2.4.

    Examples
    --------
    >>> a = dp.asarray([[1, 2, 3], [4, 5, 6]])
    >>> dp.size(a)
    6
    >>> dp.size(a, 1)
    3
    >>> dp.size(a, 0)
    2
    """
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
    """Copy values from one array to another, broadcasting as needed.

    Parameters
    ----------
    dst : ndarray
        The array written into.
    src : array_like
        The values: a dparray array (on `dst`'s queue), a Python scalar, or Python data
        (copied to `dst`'s queue). Broadcast to `dst`'s shape.
    casting : {"no", "equiv", "safe", "same_kind", "unsafe"}, optional
        Which casts from `src`'s dtype to `dst`'s are allowed (default ``"same_kind"``).
        A Python scalar is weak (NEP 50): only its kind is checked, as in NumPy 2.
    where : array_like of bool, optional
        Elements to write; the others keep their values. Default True (all).

    Returns
    -------
    None
        `dst` is modified in place.

    Raises
    ------
    TypeError
        If the cast is not allowed under `casting`, `where` is not boolean, or `dst` is
        not a dparray array.
    ValueError
        If `casting` is not one of its names, or `src` or `where` does not broadcast to
        `dst`'s shape.
    ExecutionPlacementError
        If `src` or `where` is a dparray array on another queue.

    See Also
    --------
    ndarray.__setitem__, where, can_cast

    Notes
    -----
    The copy runs asynchronously on `dst`'s queue; with `where`, `dst` is rewritten as
    ``where(where, src, dst)``.

    Examples
    --------
    >>> dst = dp.asarray([1, 2, 3])
    >>> dp.copyto(dst, dp.asarray([4, 5, 6]))
    >>> dst
    array([4, 5, 6])
    >>> dp.copyto(dst, 0, where=dp.asarray([True, False, True]))
    >>> dst
    array([0, 5, 0])
    """
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
    """Return an array of a given dtype that satisfies given requirements.

    Parameters
    ----------
    a : array_like
        A dparray array, or data `asarray` accepts (copied to the default device, or to
        `like`'s queue).
    dtype : dtype, optional
        The required data type; None keeps `a`'s.
    requirements : str or sequence of str, optional
        Flags: ``"C"`` (``"C_CONTIGUOUS"``, ``"CONTIGUOUS"``), ``"F"``
        (``"F_CONTIGUOUS"``, ``"FORTRAN"``), ``"A"`` (``"ALIGNED"``), ``"W"``
        (``"WRITEABLE"``), ``"O"`` (``"OWNDATA"``: a fresh copy of a caller's array) and
        ``"E"`` (``"ENSUREARRAY"``). A string is read letter by letter.
    like : ndarray, optional
        A dparray array whose queue and usm_type host data is placed on.

    Returns
    -------
    ndarray
        `a` itself when it already satisfies everything, else a copy that does.

    Raises
    ------
    KeyError
        If a requirement is unknown.
    ValueError
        If both C and Fortran contiguity are required.
    TypeError
        If `like` is not a dparray array.

    See Also
    --------
    asarray, ascontiguousarray, asfortranarray

    Notes
    -----
    dparray arrays are always aligned, writeable and base-class arrays, so ``"A"``,
    ``"W"`` and ``"E"`` never copy. Copies run on `a`'s queue.

    Examples
    --------
    >>> x = dp.ones((2, 3)).T
    >>> y = dp.require(x, requirements=["C"])
    >>> y is x, y.strides
    (False, (16, 8))
    >>> dp.require(x, requirements="F") is x
    True
    >>> dp.require(x, dtype="float32").dtype
    dtype('float32')
    """
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
