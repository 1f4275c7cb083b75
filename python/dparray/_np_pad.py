"""numpy.pad on the device: axis by axis (as NumPy, so the corners of later axes see the padding
of earlier ones), each axis one concat of filled blocks (constant, empty, statistics, ramps) or
one gather with take() through an index vector (edge, wrap, reflect, symmetric); odd reflections
add a linear term to the gathered values."""

import itertools
import operator

from . import _core
from ._info import isdtype

_ndarray = _core.ndarray

_ALLOWED = {
    "constant": {"constant_values"},
    "edge": set(),
    "empty": set(),
    "linear_ramp": {"end_values"},
    "maximum": {"stat_length"},
    "mean": {"stat_length"},
    "median": {"stat_length"},
    "minimum": {"stat_length"},
    "reflect": {"reflect_type"},
    "symmetric": {"reflect_type"},
    "wrap": set(),
}


def _nested(v):
    """(shape, flat values) of a scalar or nested sequence; small dparray arrays are read."""
    if isinstance(v, _ndarray):
        v = _core.asnumpy(v).tolist()
    elif hasattr(v, "tolist") and not isinstance(v, (bool, int, float, complex)):
        v = v.tolist()
    if isinstance(v, (list, tuple)):
        items = [_nested(e) for e in v]
        shapes = {s for s, _ in items}
        if len(shapes) > 1:
            raise ValueError("[pad] argument is a ragged sequence")
        inner = items[0][0] if items else ()
        return (len(v), *inner), [f for _, flat in items for f in flat]
    return (), [v]


def _pairs(v, ndim, name):
    """v broadcast to ndim (before, after) pairs as NumPy's pad reads its arguments."""
    if v is None:
        return [(None, None)] * ndim
    shape, flat = _nested(v)
    if len(flat) == 1:
        return [(flat[0], flat[0])] * ndim
    if len(flat) == 2 and shape != (2, 1):
        return [(flat[0], flat[1])] * ndim
    bad = ValueError(f"[pad] {name} of shape {shape} cannot be broadcast to ({ndim}, 2)")
    if len(shape) > 2:
        raise bad
    rows, cols = (1, *shape) if len(shape) == 1 else shape
    if rows not in (1, ndim) or cols not in (1, 2):
        raise bad
    table = [flat[r * cols : (r + 1) * cols] for r in range(rows)]
    return [(row[0], row[-1]) for row in (table * ndim if rows == 1 else table)]


def _index_pairs(v, ndim, name, round_floats):
    pairs = _pairs(v, ndim, name)
    out = []
    for pair in pairs:
        p = []
        for e in pair:
            if e is None:
                p.append(None)
                continue
            if isinstance(e, bool) or not isinstance(e, (int, float)):
                raise TypeError(f"[pad] `{name}` must be of integral type, not {type(e).__name__}")
            if isinstance(e, float):
                if not round_floats:
                    raise TypeError(f"[pad] `{name}` must be of integral type, not float")
                e = round(e)
            if e < 0:
                raise ValueError(f"[pad] {name} can't contain negative values")
            p.append(operator.index(e))
        out.append(tuple(p))
    return out


def _at(axis, sl):
    return (slice(None),) * axis + (sl,)


def _along(v, axis, ndim):
    """A 1-D vector shaped to broadcast along axis of an ndim-dimensional array."""
    return _core.reshape(v, (-1,) + (1,) * (ndim - 1 - axis))


def _block(x, axis, width, value, empty=False):
    shape = list(x.shape)
    shape[axis] = width
    if empty:
        return _core.empty(
            tuple(shape), dtype=x.dtype, sycl_queue=x.sycl_queue, usm_type=x.usm_type
        )
    if isinstance(value, _ndarray):
        return _core.broadcast_to(value.astype(x.dtype, copy=False), tuple(shape))
    return _core.full(
        tuple(shape), value, dtype=x.dtype, sycl_queue=x.sycl_queue, usm_type=x.usm_type
    )


def _join(x, axis, left, right):
    parts = [p for p in (left, x, right) if p is not None and (p is x or p.shape[axis] > 0)]
    if len(parts) == 1:
        return parts[0]
    return _core.concat(parts, axis=axis)


def _positions(x, axis, before, after):
    n = x.shape[axis]
    return _core.arange(-before, n + after, dtype=_core.int64, sycl_queue=x.sycl_queue), n


def _reflect(x, axis, before, after, symmetric, odd):
    """x extended along axis by mirroring; period 2(n-1) (reflect) or 2n (symmetric). The odd
    extension is point-symmetric, so each period adds 2 * (last - first)."""
    i, n = _positions(x, axis, before, after)
    period = 2 * n if symmetric else 2 * (n - 1)
    turns = _core.floor_divide(i, period)
    j = i - turns * period
    upper = j >= n
    src = _core.where(upper, (period - 1 - j) if symmetric else (period - j), j)
    got = _core.take(x, src, axis=axis)
    if not odd:
        return got
    nd = x.ndim
    first = x[_at(axis, slice(0, 1))]
    last = x[_at(axis, slice(n - 1, n))]
    if x.dtype == _core.bool:
        # NumPy's 2 * edge - value, stored as bool, is edge | value: each value ORs in the
        # edges crossed on the way out (the near one first, both beyond one reflection)
        half = period // 2
        uses_first = _along((i < 0) | (i > n - 1 + half), axis, nd)
        uses_last = _along((i > n - 1) | (i < -half), axis, nd)
        return got | (uses_first & first) | (uses_last & last)
    mirrored = _core.where(_along(upper, axis, nd), 2 * last - got, got)
    shift = _along((2 * turns).astype(x.dtype), axis, nd)
    return (mirrored + shift * (last - first)).astype(x.dtype, copy=False)


def _median(chunk, axis):
    s = _core.sort(chunk, axis=axis)
    n = chunk.shape[axis]
    hi = s[_at(axis, slice(n // 2, n // 2 + 1))]
    if n % 2:
        med = hi if isdtype(chunk.dtype, "real floating") else hi.astype(_core.float64)
    else:
        lo = s[_at(axis, slice(n // 2 - 1, n // 2))]
        if not isdtype(chunk.dtype, "real floating"):
            lo, hi = lo.astype(_core.float64), hi.astype(_core.float64)
        med = (lo + hi) / 2
    if isdtype(chunk.dtype, "real floating"):
        # NaN sorts last; any NaN in the chunk makes the median NaN, as numpy.median
        top = s[_at(axis, slice(n - 1, n))]
        med = _core.where(_core.isnan(top), top, med)
    return med


def _stat(chunk, axis, mode):
    if mode == "maximum":
        return _core.max(chunk, axis=axis, keepdims=True)
    if mode == "minimum":
        return _core.min(chunk, axis=axis, keepdims=True)
    if mode == "mean":
        return _core.mean(chunk, axis=axis, keepdims=True)
    return _median(chunk, axis)


def _stat_pair(x, axis, lengths, mode):
    n = x.shape[axis]
    left_len = n if lengths[0] is None or lengths[0] > n else lengths[0]
    right_len = n if lengths[1] is None or lengths[1] > n else lengths[1]
    if (left_len == 0 or right_len == 0) and mode in ("maximum", "minimum"):
        raise ValueError("[pad] stat_length of 0 yields no value for padding")
    out = []
    for chunk in (x[_at(axis, slice(0, left_len))], x[_at(axis, slice(n - right_len, n))]):
        s = _stat(chunk, axis, mode)
        if isdtype(x.dtype, "integral") and not isdtype(s.dtype, "integral"):
            s = _core.round(s)  # NumPy rounds statistics of integer arrays (half to even)
        out.append(s.astype(x.dtype, copy=False))
    return out


def _ramp(x, axis, width, end, edge, reverse):
    from ._np_creation import linspace

    end_v = (
        _core.asarray(end, dtype=x.dtype, sycl_queue=x.sycl_queue)
        if not isinstance(end, _ndarray)
        else end
    )
    r = linspace(
        end_v, _core.squeeze(edge, axis=axis), width, endpoint=False, dtype=x.dtype, axis=axis
    )
    return _core.flip(r, axis=axis) if reverse else r


def _callable_pad(x, widths, function, kwargs):
    padded = pad(x, widths, mode="constant")
    for axis in range(padded.ndim):
        view = _core.moveaxis(padded, axis, -1)
        for ind in itertools.product(*map(range, view.shape[:-1])):
            function(view[(*ind, Ellipsis)], widths[axis], axis, kwargs)
    return padded


def pad(array, pad_width, mode="constant", **kwargs):
    """Pad an array.

    Parameters
    ----------
    array : ndarray
        The array to pad.
    pad_width : int, (int, int) or sequence of (int, int)
        The number of values added before and after each axis: ``((before_1,
        after_1), ..., (before_N, after_N))`` one pair per axis, ``(before, after)`` for
        every axis, or one int for all. Entries must be non-negative integers; a
        dparray array is read from the device.
    mode : str or callable, optional
        How the new values are chosen:

        - ``"constant"`` (the default): `constant_values`.
        - ``"edge"``: the edge values of the array.
        - ``"linear_ramp"``: a linear ramp from the edge value to `end_values`.
        - ``"maximum"``, ``"mean"``, ``"median"``, ``"minimum"``: that statistic of (the
          first / last `stat_length` values of) each vector along the axis.
        - ``"reflect"``: the mirror image without the edge value.
        - ``"symmetric"``: the mirror image including the edge value.
        - ``"wrap"``: the values from the other end (periodic).
        - ``"empty"``: undefined values.
        - a callable ``f(vector, iaxis_pad_width, iaxis, kwargs)``, called for each 1-D
          vector of the (constant-padded) result along each axis; it fills
          ``vector[:before]`` and ``vector[-after:]`` in place and returns None.
    **kwargs
        The options of the chosen mode, each a scalar, a ``(before, after)`` pair or one
        pair per axis, as `pad_width`:

        - ``constant_values`` (``"constant"``, ``"empty"``): default 0.
        - ``end_values`` (``"linear_ramp"``): the ramps' end values, default 0.
        - ``stat_length`` (``"maximum"``, ``"mean"``, ``"median"``, ``"minimum"``): how
          many edge values the statistic covers; None (the default) means the whole
          axis. Floats are rounded.
        - ``reflect_type`` (``"reflect"``, ``"symmetric"``): ``"even"`` (the default)
          or ``"odd"``, which subtracts the reflection from twice the edge value.

        With a callable mode, all keyword arguments are passed to it as `kwargs`.

    Returns
    -------
    ndarray
        A new array, of `array`'s dtype, with ``before + n + after`` entries along each
        axis (a copy even when nothing is added).

    Raises
    ------
    ValueError
        If `mode` is unknown, a keyword does not belong to the mode, `pad_width` holds a
        negative value or does not fit the array's dimensions, `reflect_type` is
        neither ``"even"`` nor ``"odd"``, or a mode other than ``"constant"`` /
        ``"empty"`` would extend an empty axis.
    TypeError
        If `array` is not a dparray array, or `pad_width` holds a non-integer.

    See Also
    --------
    concat, take, tile

    Notes
    -----
    Computed on `array`'s queue axis by axis, as NumPy does (the corners of later axes
    see the padding of earlier ones): filled blocks joined with `concat` for the value
    modes, one gather with `take` for ``"edge"``, ``"wrap"``, ``"reflect"`` and
    ``"symmetric"``. A callable mode runs a Python loop over every 1-D vector (each call
    small device operations), so it is slow on large arrays.

    Examples
    --------
    >>> a = dp.asarray([1, 2, 3, 4, 5])
    >>> dp.pad(a, (2, 3), "constant", constant_values=(4, 6))
    array([4, 4, 1, 2, 3, 4, 5, 6, 6, 6])
    >>> dp.pad(a, (2, 3), "edge")
    array([1, 1, 1, 2, 3, 4, 5, 5, 5, 5])
    >>> dp.pad(a, (2, 3), "linear_ramp", end_values=(5, -4))
    array([ 5,  3,  1,  2,  3,  4,  5,  2, -1, -4])
    >>> dp.pad(a, (2,), "maximum")
    array([5, 5, 1, 2, 3, 4, 5, 5, 5])
    >>> dp.pad(a, (2, 3), "reflect")
    array([3, 2, 1, 2, 3, 4, 5, 4, 3, 2])
    >>> dp.pad(a, (2, 3), "reflect", reflect_type="odd")
    array([-1,  0,  1,  2,  3,  4,  5,  6,  7,  8])
    >>> dp.pad(a, (2, 3), "symmetric")
    array([2, 1, 1, 2, 3, 4, 5, 5, 4, 3])
    >>> dp.pad(a, (2, 3), "wrap")
    array([4, 5, 1, 2, 3, 4, 5, 1, 2, 3])
    >>> dp.pad(dp.asarray([[1, 2], [3, 4]]), ((1, 0), (0, 2)), constant_values=9)
    array([[9, 9, 9, 9],
           [1, 2, 9, 9],
           [3, 4, 9, 9]])
    >>> def pad_with(vector, pad_width, iaxis, kwargs):
    ...     value = kwargs.get("padder", 10)
    ...     vector[: pad_width[0]] = value
    ...     if pad_width[1]:
    ...         vector[-pad_width[1] :] = value
    >>> dp.pad(dp.reshape(dp.arange(6), (2, 3)), 1, pad_with, padder=0)
    array([[0, 0, 0, 0, 0],
           [0, 0, 1, 2, 0],
           [0, 3, 4, 5, 0],
           [0, 0, 0, 0, 0]])
    """
    if not isinstance(array, _ndarray):
        raise TypeError(
            f"[pad] expected a dparray.ndarray, not {type(array).__name__} "
            "(move host data with dparray.asarray(x, device=...))"
        )
    x = array
    nd = x.ndim
    widths = _index_pairs(pad_width, nd, "pad_width", round_floats=False)
    if callable(mode):
        return _callable_pad(x, widths, mode, kwargs)
    if not isinstance(mode, str) or mode not in _ALLOWED:
        raise ValueError(f"[pad] mode {mode!r} is not supported")
    unsupported = set(kwargs) - _ALLOWED[mode]
    if unsupported:
        raise ValueError(f"[pad] unsupported keyword arguments for mode '{mode}': {unsupported}")

    if mode not in ("constant", "empty"):
        for axis, (b, a) in enumerate(widths):
            if x.shape[axis] == 0 and (b or a):
                raise ValueError(
                    f"[pad] can't extend empty axis {axis} using modes other than 'constant' or 'empty'"
                )
        if x.size == 0:
            mode = "empty"  # every padded axis keeps a zero-length one: nothing to fill

    if mode in ("constant", "empty"):
        values = _pairs(kwargs.get("constant_values", 0), nd, "constant_values")
        for axis, ((b, a), (vb, va)) in enumerate(zip(widths, values)):
            left = _block(x, axis, b, vb, mode == "empty") if b else None
            right = _block(x, axis, a, va, mode == "empty") if a else None
            x = _join(x, axis, left, right)
        return x if x is not array else _core.copy(x)

    if mode in ("maximum", "minimum", "mean", "median"):
        lengths = _index_pairs(kwargs.get("stat_length"), nd, "stat_length", round_floats=True)
        for axis, ((b, a), ls) in enumerate(zip(widths, lengths)):
            left_stat, right_stat = _stat_pair(x, axis, ls, mode)
            left = _block(x, axis, b, left_stat) if b else None
            right = _block(x, axis, a, right_stat) if a else None
            x = _join(x, axis, left, right)
        return x if x is not array else _core.copy(x)

    if mode == "linear_ramp":
        ends = _pairs(kwargs.get("end_values", 0), nd, "end_values")
        for axis, ((b, a), (eb, ea)) in enumerate(zip(widths, ends)):
            n = x.shape[axis]
            left = _ramp(x, axis, b, eb, x[_at(axis, slice(0, 1))], False) if b else None
            right = _ramp(x, axis, a, ea, x[_at(axis, slice(n - 1, n))], True) if a else None
            x = _join(x, axis, left, right)
        return x if x is not array else _core.copy(x)

    odd = False
    if mode in ("reflect", "symmetric"):
        rt = kwargs.get("reflect_type", "even")
        if rt not in ("even", "odd"):
            raise ValueError(f"[pad] reflect_type must be 'even' or 'odd', not {rt!r}")
        odd = rt == "odd"
    for axis, (b, a) in enumerate(widths):
        if not (b or a):
            continue
        n = x.shape[axis]
        if mode == "edge" or (mode in ("reflect", "symmetric") and n == 1):
            i, _ = _positions(x, axis, b, a)
            x = _core.take(x, _core.clip(i, 0, n - 1), axis=axis)
        elif mode == "wrap":
            i, _ = _positions(x, axis, b, a)
            x = _core.take(x, _core.remainder(i, n), axis=axis)
        else:
            x = _reflect(x, axis, b, a, mode == "symmetric", odd)
    return x if x is not array else _core.copy(x)
