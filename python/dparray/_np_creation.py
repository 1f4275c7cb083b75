"""NumPy's creation functions that compose dparray's primitives: array (NumPy's signature),
the as*array family, ranges (linspace with array endpoints, logspace, geomspace), grids
(indices, fromfunction), matrices (identity, diag, diagflat, tri, vander) and the host parsers
(frombuffer, fromstring, fromiter: read on the host, copied to the device once). Each takes
device= / usm_type= / sycl_queue= (alias queue=) as dparray.asarray does; where an input is a
dparray array, the result stays on its queue."""

import itertools
import operator

from . import _core
from ._info import isdtype

_ndarray = _core.ndarray

__all__ = [
    "array",
    "asanyarray",
    "asarray_chkfinite",
    "ascontiguousarray",
    "asfortranarray",
    "diag",
    "diagflat",
    "frombuffer",
    "fromfunction",
    "fromiter",
    "fromstring",
    "geomspace",
    "identity",
    "indices",
    "linspace",
    "logspace",
    "tri",
    "vander",
]

_SCALARS = (bool, int, float, complex)


def _place(device=None, usm_type=None, sycl_queue=None, queue=None, like=None, op="array"):
    """The placement keywords for _core calls; like= (a dparray array) lends its queue and
    usm_type when no device is named."""
    if like is not None:
        if not isinstance(like, _ndarray):
            raise TypeError(
                f"[{op}] like= must be a dparray.ndarray or None, not {type(like).__name__}"
            )
        if device is None and sycl_queue is None and queue is None:
            sycl_queue = like.sycl_queue
            usm_type = like.usm_type if usm_type is None else usm_type
    return {"device": device, "usm_type": usm_type, "sycl_queue": sycl_queue, "queue": queue}


def _named(place):
    return any(place[k] is not None for k in ("device", "sycl_queue", "queue"))


def _order(order, op, allowed="KACF"):
    if order is None:
        return "K"
    if not isinstance(order, str) or order.upper() not in allowed or len(order) != 1:
        raise ValueError(
            f"[{op}] order must be one of {', '.join(map(repr, allowed))}, not {order!r}"
        )
    return order.upper()


def array(
    object,
    dtype=None,
    *,
    copy=True,
    order="K",
    subok=False,
    ndmin=0,
    like=None,
    device=None,
    usm_type=None,
    sycl_queue=None,
    queue=None,
):
    """An array from object (numpy.array): copy=True always copies, None only when needed,
    False never (ValueError when it must); order 'K' keeps a dparray input's layout, 'C' / 'F'
    ask for one; ndmin prepends length-1 axes."""
    order = _order(order, "array")
    if not isinstance(subok, bool):
        raise TypeError(f"[array] subok must be a bool, not {type(subok).__name__}")
    ndmin = operator.index(ndmin)
    if ndmin > 64:
        raise ValueError(
            f"[array] ndmin bigger than allowable number of dimensions 64, got {ndmin}"
        )
    place = _place(device, usm_type, sycl_queue, queue, like, "array")
    if isinstance(object, _ndarray):
        if copy is False:
            x = _core.asarray(
                object, dtype=dtype, copy=False, **place
            )  # ValueError if it must copy
            if order in "CF" and not (x._is_c_contiguous if order == "C" else x._is_f_contiguous):
                raise ValueError(f"[array] copy=False but order={order!r} needs a copy")
        else:
            x = _core.asarray(object, dtype=dtype, **place)  # object itself when nothing changes
            x = x.astype(x.dtype, copy=bool(copy) and x is object, order=order)
    else:
        if copy is False:
            raise ValueError("[array] copy=False but the data must be copied to the device")
        x = _core.asarray(object, dtype=dtype, **place)
        if order == "F" and x.ndim > 1:
            x = x.astype(x.dtype, copy=False, order="F")
    if x.ndim < ndmin:
        x = _core.reshape(x, (1,) * (ndmin - x.ndim) + tuple(x.shape))
    return x


def asanyarray(
    a, dtype=None, order=None, *, like=None, device=None, usm_type=None, sycl_queue=None, queue=None
):
    """numpy.asanyarray: dparray has no ndarray subclasses, so this is asarray (no copy when
    nothing changes)."""
    return array(
        a, dtype, copy=None, order=_order(order, "asanyarray"), like=like, device=device,
        usm_type=usm_type, sycl_queue=sycl_queue, queue=queue,
    )  # fmt: skip


def asarray_chkfinite(
    a, dtype=None, order=None, *, device=None, usm_type=None, sycl_queue=None, queue=None
):
    """asarray, raising ValueError when a floating or complex result holds an inf or NaN
    (reads one bool: a synchronisation point)."""
    x = array(
        a, dtype, copy=None, order=_order(order, "asarray_chkfinite"), device=device,
        usm_type=usm_type, sycl_queue=sycl_queue, queue=queue,
    )  # fmt: skip
    if isdtype(x.dtype, ("real floating", "complex floating")) and not bool(
        _core.all(_core.isfinite(x))
    ):
        raise ValueError("[asarray_chkfinite] array must not contain infs or NaNs")
    return x


def ascontiguousarray(
    a, dtype=None, *, like=None, device=None, usm_type=None, sycl_queue=None, queue=None
):
    """a as a C-contiguous array of at least one dimension (a itself when it already is)."""
    return array(
        a, dtype, copy=None, order="C", ndmin=1, like=like, device=device, usm_type=usm_type,
        sycl_queue=sycl_queue, queue=queue,
    )  # fmt: skip


def asfortranarray(
    a, dtype=None, *, like=None, device=None, usm_type=None, sycl_queue=None, queue=None
):
    """a as a Fortran-contiguous (column-major) array of at least one dimension."""
    return array(
        a, dtype, copy=None, order="F", ndmin=1, like=like, device=device, usm_type=usm_type,
        sycl_queue=sycl_queue, queue=queue,
    )  # fmt: skip


# ---------------------------------------------------------------- host parsers


def _numpy(op):
    try:
        import numpy
    except ImportError:  # pragma: no cover - NumPy is what parses host buffers and strings
        raise ImportError(f"[{op}] needs NumPy to parse host data") from None
    return numpy


def _host_dtype(dtype, op):
    """A NumPy dtype for dparray's (or NumPy's) dtype spelling."""
    np = _numpy(op)
    if dtype is None:
        return np.dtype(np.float64)
    name = str(dtype) if isinstance(dtype, type(_core.float64)) else dtype
    return np.dtype(name)


def frombuffer(
    buffer,
    dtype=float,
    count=-1,
    offset=0,
    *,
    like=None,
    device=None,
    usm_type=None,
    sycl_queue=None,
    queue=None,
):
    """A 1-D array from the bytes of a buffer (numpy.frombuffer), copied to the device."""
    np = _numpy("frombuffer")
    try:
        host = np.frombuffer(
            buffer, dtype=_host_dtype(dtype, "frombuffer"), count=count, offset=offset
        )
    except (TypeError, ValueError) as e:
        raise type(e)(f"[frombuffer] {e}") from None
    return _core.asarray(host, **_place(device, usm_type, sycl_queue, queue, like, "frombuffer"))


def fromstring(
    string,
    dtype=float,
    count=-1,
    *,
    sep,
    like=None,
    device=None,
    usm_type=None,
    sycl_queue=None,
    queue=None,
):
    """A 1-D array from numbers in a string separated by sep (numpy.fromstring's text mode),
    parsed on the host and copied to the device."""
    if not isinstance(sep, str) or sep == "":
        raise ValueError(
            "[fromstring] sep must be a non-empty string (use frombuffer for binary data)"
        )
    np = _numpy("fromstring")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)  # NumPy warns where it stops early
        try:
            host = np.fromstring(
                string, dtype=_host_dtype(dtype, "fromstring"), count=count, sep=sep
            )
        except (DeprecationWarning, ValueError) as w:
            raise ValueError(f"[fromstring] {w}") from None
        except TypeError as e:
            raise TypeError(f"[fromstring] {e}") from None
    return _core.asarray(host, **_place(device, usm_type, sycl_queue, queue, like, "fromstring"))


def fromiter(
    iter, dtype, count=-1, *, like=None, device=None, usm_type=None, sycl_queue=None, queue=None
):
    """A 1-D array of the first count items of an iterable (all of them when count is -1)."""
    if dtype is None:
        raise TypeError("[fromiter] dtype must be given")
    count = operator.index(count)
    if count < -1:
        raise ValueError(f"[fromiter] count must be -1 or non-negative, not {count}")
    items = list(iter) if count == -1 else list(itertools.islice(iter, count))
    if count != -1 and len(items) < count:
        raise ValueError(
            f"[fromiter] iterator too short: expected {count} but iterator had only {len(items)} items"
        )
    place = _place(device, usm_type, sycl_queue, queue, like, "fromiter")
    if not items:
        return _core.empty((0,), dtype=dtype, **place)
    return _core.asarray(items, dtype=dtype, **place)


# ---------------------------------------------------------------- ranges


def _int(v, op, name):
    try:
        return operator.index(v)
    except TypeError:
        raise TypeError(f"[{op}] {name} must be an integer, not {type(v).__name__}") from None


def _is_scalar(v):
    return isinstance(v, _SCALARS) or (
        not isinstance(v, _ndarray) and getattr(v, "shape", None) == ()
    )


def _inputs_on_one_queue(values, place, op):
    """values as arrays on one queue: that of the first dparray array among them (compute
    follows data) unless a placement is named; Python data is copied there."""
    if not _named(place):
        first = next((v for v in values if isinstance(v, _ndarray)), None)
        if first is not None:
            place = {"device": None, "usm_type": first.usm_type if place["usm_type"] is None else place["usm_type"],
                     "sycl_queue": first.sycl_queue, "queue": None}  # fmt: skip
    return [_core.asarray(v, **place) for v in values], place


def _axis(axis, ndim, op):
    axis = operator.index(axis)
    if not -ndim <= axis < ndim:
        from ._core import _fft

        raise _fft.AxisError(f"[{op}] axis {axis} is out of bounds for array of dimension {ndim}")
    return axis % ndim if ndim else 0


def linspace(
    start,
    stop,
    num=50,
    endpoint=True,
    retstep=False,
    dtype=None,
    axis=0,
    *,
    device=None,
    usm_type=None,
    sycl_queue=None,
    queue=None,
):
    """num evenly spaced values from start to stop (numpy.linspace): scalar endpoints run in
    one device fill; array endpoints broadcast, the samples lying along axis of the result."""
    place = {"device": device, "usm_type": usm_type, "sycl_queue": sycl_queue, "queue": queue}
    if _is_scalar(start) and _is_scalar(stop):
        _axis(axis, 1, "linspace")
        return _core.linspace(
            start, stop, num, endpoint=endpoint, retstep=retstep, dtype=dtype, **place
        )
    for v in (start, stop):
        if v is None or isinstance(v, (str, bytes)):
            raise TypeError(
                f"[linspace] start and stop must be numbers or arrays of numbers, not {type(v).__name__}"
            )
    num = operator.index(num)
    if num < 0:
        raise ValueError(f"[linspace] number of samples, {num}, must be non-negative")
    raw = (start, stop)
    (start, stop), place = _inputs_on_one_queue([start, stop], place, "linspace")
    # Python scalars promote weakly, as in NumPy (a float32 array with 0.5 stays float32)
    dt = _core.result_type(
        *(v if isinstance(v, _SCALARS) else a.dtype for v, a in zip(raw, (start, stop)))
    )
    if not isdtype(dt, ("real floating", "complex floating")):
        dt = _core.result_type(dt, 1.0)
    div = num - 1 if endpoint else num
    delta = stop.astype(dt) - start.astype(dt)
    y = _core.reshape(
        _core.arange(0, num, dtype=dt, sycl_queue=delta.sycl_queue), (-1,) + (1,) * delta.ndim
    )
    if div > 0:
        step = delta / div
        # a step that underflows to zero (denormal ranges) is computed as y / div * delta
        y = _core.where(step == 0, (y / div) * delta, y * step)
    else:
        step = float("nan")
        y = y * delta
    y = y + start.astype(dt)
    if endpoint and num > 1:
        y[-1, ...] = stop
    axis = _axis(axis, y.ndim, "linspace")
    if axis != 0:
        y = _core.moveaxis(y, 0, axis)
    if dtype is not None:
        if isdtype(_core.empty(0, dtype=dtype, sycl_queue=y.sycl_queue).dtype, "integral"):
            y = _core.floor(y)
        y = y.astype(dtype, copy=False)
    return (y, step) if retstep else y


def logspace(
    start,
    stop,
    num=50,
    endpoint=True,
    base=10.0,
    dtype=None,
    axis=0,
    *,
    device=None,
    usm_type=None,
    sycl_queue=None,
    queue=None,
):
    """base ** linspace(start, stop, num): num values evenly spaced on a log scale (numpy.logspace;
    start, stop and base may be arrays)."""
    place = {"device": device, "usm_type": usm_type, "sycl_queue": sycl_queue, "queue": queue}
    if _is_scalar(base):
        y = linspace(start, stop, num, endpoint, dtype=None, axis=axis, **place)
        r = _core.pow(base, y)
    else:
        (start, stop, base), place = _inputs_on_one_queue([start, stop, base], place, "logspace")
        ndmax = max(a.ndim for a in (start, stop, base))
        start, stop, base = (
            _core.reshape(a, (1,) * (ndmax - a.ndim) + tuple(a.shape)) for a in (start, stop, base)
        )
        y = linspace(start, stop, num, endpoint, axis=axis)
        r = _core.pow(_core.expand_dims(base, axis=_axis(axis, y.ndim, "logspace")), y)
    return r if dtype is None else r.astype(dtype, copy=False)


def geomspace(
    start,
    stop,
    num=50,
    endpoint=True,
    dtype=None,
    axis=0,
    *,
    device=None,
    usm_type=None,
    sycl_queue=None,
    queue=None,
):
    """num values spaced evenly on a log scale, a geometric progression from start to stop
    (numpy.geomspace: negative and complex endpoints too; the endpoints are exact). Reads
    whether an endpoint is zero (ValueError), a synchronisation point."""
    place = {"device": device, "usm_type": usm_type, "sycl_queue": sycl_queue, "queue": queue}
    num = operator.index(num)
    raw = (start, stop)
    (start, stop), place = _inputs_on_one_queue([start, stop], place, "geomspace")
    if bool(_core.any(start == 0)) or bool(_core.any(stop == 0)):
        raise ValueError("[geomspace] geometric sequence cannot include zero")
    target = _core.empty(0, dtype=dtype, sycl_queue=start.sycl_queue).dtype
    dt = _core.result_type(
        *(v if isinstance(v, _SCALARS) else a.dtype for v, a in zip(raw, (start, stop))),
        1.0,
        target,
    )
    start = start.astype(dt)
    stop = stop.astype(dt)
    # rotate start onto the positive real axis, interpolate logs there, and rotate back
    out_sign = _core.sign(start)
    start = start / out_sign
    stop = stop / out_sign
    result = logspace(_core.log10(start), _core.log10(stop), num, endpoint, 10.0, dt)
    if num > 0:
        result[0, ...] = start
        if num > 1 and endpoint:
            result[-1, ...] = stop
    result = result * out_sign
    axis = _axis(axis, result.ndim, "geomspace")
    if axis != 0:
        result = _core.moveaxis(result, 0, axis)
    return result.astype(dt if dtype is None else dtype, copy=False)


# ---------------------------------------------------------------- grids and matrices


def indices(
    dimensions, dtype=None, sparse=False, *, device=None, usm_type=None, sycl_queue=None, queue=None
):
    """The index grid of a shape (numpy.indices): one array per dimension, stacked (shape
    (len(dimensions), *dimensions)) or, with sparse=True, a tuple of broadcastable views."""
    if not isinstance(dimensions, (list, tuple)):
        raise TypeError(
            f"[indices] dimensions must be a sequence of integers, not {type(dimensions).__name__}"
        )
    dims = tuple(_int(d, "indices", "each dimension") for d in dimensions)
    place = {"device": device, "usm_type": usm_type, "sycl_queue": sycl_queue, "queue": queue}
    dtype = _core.int64 if dtype is None else dtype
    n = len(dims)
    grids = []
    for i, d in enumerate(dims):
        if d < 0:
            raise ValueError(f"[indices] negative dimensions are not allowed, got {dims}")
        grids.append(
            _core.reshape(
                _core.arange(d, dtype=dtype, **place), (1,) * i + (d,) + (1,) * (n - i - 1)
            )
        )
    if sparse:
        return tuple(grids)
    if n == 0:
        return _core.empty((0,), dtype=dtype, **place)
    return _core.stack([_core.broadcast_to(g, dims) for g in grids])


def fromfunction(
    function,
    shape,
    *,
    dtype=None,
    like=None,
    device=None,
    usm_type=None,
    sycl_queue=None,
    queue=None,
    **kwargs,
):
    """function called once with the index grids of shape (numpy.fromfunction: the grids are
    device arrays of dtype, default the device's float, and **kwargs are passed on)."""
    place = _place(device, usm_type, sycl_queue, queue, like, "fromfunction")
    if dtype is None:
        dtype = _core.empty(0, **place).dtype
    return function(*indices(shape, dtype=dtype, **place), **kwargs)


def identity(n, dtype=None, *, like=None, device=None, usm_type=None, sycl_queue=None, queue=None):
    """The n x n identity matrix."""
    return _core.eye(
        n, dtype=dtype, **_place(device, usm_type, sycl_queue, queue, like, "identity")
    )


def tri(
    N,
    M=None,
    k=0,
    dtype=None,
    *,
    like=None,
    device=None,
    usm_type=None,
    sycl_queue=None,
    queue=None,
):
    """An N x M array with ones at and below the k-th diagonal, zeros elsewhere (numpy.tri)."""
    N = _int(N, "tri", "N")
    M = N if M is None else _int(M, "tri", "M")
    k = _int(k, "tri", "k")
    place = _place(device, usm_type, sycl_queue, queue, like, "tri")
    if N < 0 or M < 0:
        raise ValueError(f"[tri] negative dimensions are not allowed, got N={N}, M={M}")
    rows = _core.reshape(_core.arange(N, dtype=_core.int64, **place), (-1, 1))
    cols = (
        _core.arange(-k, M - k, dtype=_core.int64, **place)
        if M
        else _core.empty((0,), dtype=_core.int64, **place)
    )
    mask = rows >= _core.reshape(cols, (1, -1))
    if dtype is None:
        dtype = _core.empty(0, **place).dtype
    return mask.astype(dtype)


def diag(v, k=0):
    """The k-th diagonal of a 2-D v (a view), or a 2-D array with the 1-D v on its k-th
    diagonal (numpy.diag)."""
    if not isinstance(v, _ndarray):
        raise TypeError(f"[diag] expected a dparray.ndarray, not {type(v).__name__}")
    k = operator.index(k)
    if v.ndim == 1:
        n = v.shape[0]
        size = n + abs(k)
        res = _core.zeros((size, size), dtype=v.dtype, sycl_queue=v.sycl_queue, usm_type=v.usm_type)
        if n:
            first = k if k >= 0 else -k * size
            flat = _core.reshape(res, (-1,))  # a view of the new array
            flat[first : first + (n - 1) * (size + 1) + 1 : size + 1] = v
        return res
    if v.ndim == 2:
        from .linalg import diagonal

        return diagonal(v, offset=k)
    raise ValueError(f"[diag] input must be 1- or 2-d, not {v.ndim}-d")


def diagflat(v, k=0):
    """A 2-D array with the flattened v on its k-th diagonal."""
    if not isinstance(v, _ndarray):
        raise TypeError(f"[diagflat] expected a dparray.ndarray, not {type(v).__name__}")
    return diag(_core.reshape(v, (-1,)), k)


def vander(x, N=None, increasing=False):
    """The Vandermonde matrix of a 1-D x: columns x**(N-1), ..., x**0 (increasing=False) or the
    other way round; powers as running products, in x's dtype promoted with int64 (numpy.vander)."""
    if not isinstance(x, _ndarray):
        raise TypeError(f"[vander] expected a dparray.ndarray, not {type(x).__name__}")
    if x.ndim != 1:
        raise ValueError("[vander] x must be a one-dimensional array or sequence")
    n = x.shape[0]
    N = n if N is None else _int(N, "vander", "N")
    if N < 0:
        raise ValueError(f"[vander] N must be non-negative, not {N}")
    if isdtype(x.dtype, "complex floating"):
        dt = _core.complex128
    elif isdtype(x.dtype, "real floating") or x.dtype == _core.uint64:
        dt = _core.float64
    else:
        dt = _core.int64
    place = {"sycl_queue": x.sycl_queue, "usm_type": x.usm_type}
    if N == 0:
        return _core.empty((n, 0), dtype=dt, **place)
    cols = [_core.ones((n, 1), dtype=dt, **place)]
    if N > 1:
        powers = _core.broadcast_to(_core.reshape(x.astype(dt), (n, 1)), (n, N - 1))
        cols.append(_core.cumulative_prod(powers, axis=1))
    v = _core.concat(cols, axis=1)
    return v if increasing else _core.flip(v, axis=1)
