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
    """Create an array (NumPy's ``array``, with dparray's placement keywords).

    Parameters
    ----------
    object : array_like
        A dparray array, a Python scalar, a (nested) list or tuple of numbers, a NumPy
        array, or any object `asarray` accepts.
    dtype : dtype, optional
        The data type; None infers it as `asarray` does.
    copy : bool or None, optional
        True (the default) always copies; None copies only when needed (another device,
        usm_type, dtype or layout); False never copies and raises ValueError when a copy
        is needed. Host data is always copied to the device.
    order : {"K", "A", "C", "F"}, optional
        Layout of the result: ``"K"`` (the default) and ``"A"`` keep a dparray input's
        layout (row-major for host data), ``"C"`` row-major, ``"F"`` column-major.
    subok : bool, optional
        Accepted for NumPy compatibility (there are no ndarray subclasses); must be a bool.
    ndmin : int, optional
        The minimum number of dimensions; length-1 axes are prepended to reach it.
    like : ndarray, optional
        A dparray array whose queue and usm_type the result takes when no placement is
        named (NumPy's ``like=``, limited to dparray arrays: another type is a TypeError).
    device : str, Device, Queue or ndarray.device, optional
        Where the result lives: a filter string (``"cpu"``, ``"opencl:gpu"``, ...) or a
        `Device` (that device's default queue), a `Queue` or another array's ``device``
        (that queue), as in `asarray`. None means the default device: the first GPU
        where the machine has one, else the host CPU (`select_default_device`).
    usm_type : {"device", "shared", "host"}, optional
        The kind of memory allocated; None means ``"device"``.
    sycl_queue : Queue, optional
        The queue the result is bound to; with `device`, both must name one device.
    queue : Queue, optional
        Another name for `sycl_queue` (give one of them).

    Returns
    -------
    ndarray
        The array. With ``copy=None`` or ``copy=False``, a dparray input that needs no
        change is returned itself.

    Raises
    ------
    ValueError
        If ``copy=False`` and a copy is needed, `order` is not one of the four letters,
        or `ndmin` exceeds 64.
    TypeError
        If `subok` is not a bool, an element is not a number or `like` is not a dparray
        array.
    ValueError
        If a filter string is malformed or names no device, `device` and `sycl_queue`
        name different devices, or both `sycl_queue` and `queue` are given.
    TypeError
        If `device` is not a string, `Device`, `Queue` or array device, or `sycl_queue`
        is not a `Queue`.

    See Also
    --------
    asarray, asanyarray, ascontiguousarray, asfortranarray, copy

    Notes
    -----
    Placement follows `asarray`: the named device or queue, else a dparray input's queue,
    else `like`'s, else the default device. Host data is uploaded synchronously; copies
    of device data run asynchronously on the result's queue. Unlike NumPy's ``array``,
    NumPy arrays are never shared (`from_dlpack` shares them).

    Examples
    --------
    >>> dp.array([1, 2, 3])
    array([1, 2, 3])
    >>> dp.array([[1, 2]], ndmin=3).shape
    (1, 1, 2)
    >>> dp.array([1, 2], dtype="float32")
    array([1., 2.], dtype=float32)
    >>> x = dp.asarray([1, 2])
    >>> dp.array(x) is x
    False
    >>> dp.array(x, copy=None) is x
    True
    >>> dp.array(np.ones((2, 2)), order="F").strides
    (8, 16)
    """
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
    """Convert the input to an array (NumPy's ``asanyarray``).

    dparray has no ndarray subclasses, so this is `asarray` with NumPy's signature: no
    copy when nothing changes.

    Parameters
    ----------
    a : array_like
        Input data: a dparray array or anything `asarray` accepts.
    dtype : dtype, optional
        The data type; None infers it.
    order : {"K", "A", "C", "F"}, optional
        Layout of the result; None (the default) and ``"K"`` / ``"A"`` keep a dparray
        input's layout.
    like : ndarray, optional
        A dparray array whose queue and usm_type the result takes when no placement is
        named (NumPy's ``like=``, limited to dparray arrays: another type is a TypeError).
    device : str, Device, Queue or ndarray.device, optional
        Where the result lives: a filter string (``"cpu"``, ``"opencl:gpu"``, ...) or a
        `Device` (that device's default queue), a `Queue` or another array's ``device``
        (that queue), as in `asarray`. None means the default device: the first GPU
        where the machine has one, else the host CPU (`select_default_device`).
    usm_type : {"device", "shared", "host"}, optional
        The kind of memory allocated; None means ``"device"``.
    sycl_queue : Queue, optional
        The queue the result is bound to; with `device`, both must name one device.
    queue : Queue, optional
        Another name for `sycl_queue` (give one of them).

    Returns
    -------
    ndarray
        `a` itself when it is a dparray array that needs no change, else a new array.

    Raises
    ------
    ValueError
        If `order` is not one of the four letters.
    TypeError
        If an element is not a number.
    ValueError
        If a filter string is malformed or names no device, `device` and `sycl_queue`
        name different devices, or both `sycl_queue` and `queue` are given.
    TypeError
        If `device` is not a string, `Device`, `Queue` or array device, or `sycl_queue`
        is not a `Queue`.

    See Also
    --------
    asarray, array

    Notes
    -----
    Placement as in `asarray`: host data goes to the named or default device, a dparray
    input stays on its queue unless a placement is named.

    Examples
    --------
    >>> dp.asanyarray([1.5, 2])
    array([1.5, 2. ])
    >>> x = dp.arange(3)
    >>> dp.asanyarray(x) is x
    True
    """
    return array(
        a, dtype, copy=None, order=_order(order, "asanyarray"), like=like, device=device,
        usm_type=usm_type, sycl_queue=sycl_queue, queue=queue,
    )  # fmt: skip


def asarray_chkfinite(
    a, dtype=None, order=None, *, device=None, usm_type=None, sycl_queue=None, queue=None
):
    """Convert the input to an array, checking that it holds no infinities or NaNs.

    Parameters
    ----------
    a : array_like
        Input data: a dparray array or anything `asarray` accepts.
    dtype : dtype, optional
        The data type; None infers it.
    order : {"K", "A", "C", "F"}, optional
        Layout of the result; None (the default) keeps a dparray input's layout.
    device : str, Device, Queue or ndarray.device, optional
        Where the result lives: a filter string (``"cpu"``, ``"opencl:gpu"``, ...) or a
        `Device` (that device's default queue), a `Queue` or another array's ``device``
        (that queue), as in `asarray`. None means the default device: the first GPU
        where the machine has one, else the host CPU (`select_default_device`).
    usm_type : {"device", "shared", "host"}, optional
        The kind of memory allocated; None means ``"device"``.
    sycl_queue : Queue, optional
        The queue the result is bound to; with `device`, both must name one device.
    queue : Queue, optional
        Another name for `sycl_queue` (give one of them).

    Returns
    -------
    ndarray
        The array (`a` itself when it is a dparray array that needs no change).

    Raises
    ------
    ValueError
        If a floating or complex result holds an infinity or NaN, or `order` is not one
        of the four letters.
    ValueError
        If a filter string is malformed or names no device, `device` and `sycl_queue`
        name different devices, or both `sycl_queue` and `queue` are given.
    TypeError
        If `device` is not a string, `Device`, `Queue` or array device, or `sycl_queue`
        is not a `Queue`.

    See Also
    --------
    asarray, isfinite

    Notes
    -----
    The check runs on the device and reads one bool back: a synchronisation point.
    Integer and bool results are not checked (they cannot hold those values).

    Examples
    --------
    >>> dp.asarray_chkfinite([1.0, 2.0])
    array([1., 2.])
    >>> dp.asarray_chkfinite([1.0, float("nan")])
    Traceback (most recent call last):
        ...
    ValueError: [asarray_chkfinite] array must not contain infs or NaNs
    """
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
    """Return a C-contiguous (row-major) array of at least one dimension.

    Parameters
    ----------
    a : array_like
        Input data: a dparray array or anything `asarray` accepts.
    dtype : dtype, optional
        The data type; None keeps or infers it.
    like : ndarray, optional
        A dparray array whose queue and usm_type the result takes when no placement is
        named (NumPy's ``like=``, limited to dparray arrays: another type is a TypeError).
    device : str, Device, Queue or ndarray.device, optional
        Where the result lives: a filter string (``"cpu"``, ``"opencl:gpu"``, ...) or a
        `Device` (that device's default queue), a `Queue` or another array's ``device``
        (that queue), as in `asarray`. None means the default device: the first GPU
        where the machine has one, else the host CPU (`select_default_device`).
    usm_type : {"device", "shared", "host"}, optional
        The kind of memory allocated; None means ``"device"``.
    sycl_queue : Queue, optional
        The queue the result is bound to; with `device`, both must name one device.
    queue : Queue, optional
        Another name for `sycl_queue` (give one of them).

    Returns
    -------
    ndarray
        `a` itself when it is already a C-contiguous dparray array of at least one
        dimension with that dtype and placement; else a row-major copy. A 0-d input
        becomes shape ``(1,)``.

    Raises
    ------
    TypeError
        If an element is not a number.
    ValueError
        If a filter string is malformed or names no device, `device` and `sycl_queue`
        name different devices, or both `sycl_queue` and `queue` are given.
    TypeError
        If `device` is not a string, `Device`, `Queue` or array device, or `sycl_queue`
        is not a `Queue`.

    See Also
    --------
    asfortranarray, require, asarray

    Notes
    -----
    A copy runs asynchronously on the result's queue.

    Examples
    --------
    >>> x = dp.ones((2, 3))
    >>> dp.ascontiguousarray(x) is x
    True
    >>> dp.ascontiguousarray(x.T).strides
    (16, 8)
    >>> dp.ascontiguousarray(dp.asarray(5))
    array([5])
    """
    return array(
        a, dtype, copy=None, order="C", ndmin=1, like=like, device=device, usm_type=usm_type,
        sycl_queue=sycl_queue, queue=queue,
    )  # fmt: skip


def asfortranarray(
    a, dtype=None, *, like=None, device=None, usm_type=None, sycl_queue=None, queue=None
):
    """Return a Fortran-contiguous (column-major) array of at least one dimension.

    Parameters
    ----------
    a : array_like
        Input data: a dparray array or anything `asarray` accepts.
    dtype : dtype, optional
        The data type; None keeps or infers it.
    like : ndarray, optional
        A dparray array whose queue and usm_type the result takes when no placement is
        named (NumPy's ``like=``, limited to dparray arrays: another type is a TypeError).
    device : str, Device, Queue or ndarray.device, optional
        Where the result lives: a filter string (``"cpu"``, ``"opencl:gpu"``, ...) or a
        `Device` (that device's default queue), a `Queue` or another array's ``device``
        (that queue), as in `asarray`. None means the default device: the first GPU
        where the machine has one, else the host CPU (`select_default_device`).
    usm_type : {"device", "shared", "host"}, optional
        The kind of memory allocated; None means ``"device"``.
    sycl_queue : Queue, optional
        The queue the result is bound to; with `device`, both must name one device.
    queue : Queue, optional
        Another name for `sycl_queue` (give one of them).

    Returns
    -------
    ndarray
        `a` itself when it is already a column-major dparray array of at least one
        dimension with that dtype and placement; else a column-major copy.

    Raises
    ------
    TypeError
        If an element is not a number.
    ValueError
        If a filter string is malformed or names no device, `device` and `sycl_queue`
        name different devices, or both `sycl_queue` and `queue` are given.
    TypeError
        If `device` is not a string, `Device`, `Queue` or array device, or `sycl_queue`
        is not a `Queue`.

    See Also
    --------
    ascontiguousarray, require, asarray

    Notes
    -----
    A copy runs asynchronously on the result's queue.

    Examples
    --------
    >>> x = dp.ones((2, 3))
    >>> dp.asfortranarray(x).strides
    (8, 16)
    >>> y = x.T
    >>> dp.asfortranarray(y) is y
    True
    """
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
    """Interpret the bytes of a buffer as a 1-D array, copied to the device.

    Parameters
    ----------
    buffer : bytes-like
        An object exposing the buffer protocol (bytes, bytearray, memoryview, ...).
    dtype : dtype, optional
        The element type the bytes hold, in native byte order; default float (float64).
    count : int, optional
        The number of elements to read; -1 (the default) reads to the end.
    offset : int, optional
        The byte offset to start reading at (default 0).
    like : ndarray, optional
        A dparray array whose queue and usm_type the result takes when no placement is
        named (NumPy's ``like=``, limited to dparray arrays: another type is a TypeError).
    device : str, Device, Queue or ndarray.device, optional
        Where the result lives: a filter string (``"cpu"``, ``"opencl:gpu"``, ...) or a
        `Device` (that device's default queue), a `Queue` or another array's ``device``
        (that queue), as in `asarray`. None means the default device: the first GPU
        where the machine has one, else the host CPU (`select_default_device`).
    usm_type : {"device", "shared", "host"}, optional
        The kind of memory allocated; None means ``"device"``.
    sycl_queue : Queue, optional
        The queue the result is bound to; with `device`, both must name one device.
    queue : Queue, optional
        Another name for `sycl_queue` (give one of them).

    Returns
    -------
    ndarray
        A new 1-D array holding a copy of the elements.

    Raises
    ------
    ValueError
        If the buffer's length (after `offset`) is not a multiple of the element size,
        or `count` / `offset` exceed it.
    TypeError
        If `buffer` does not expose the buffer protocol or `dtype` is not understood.
    ValueError
        If a filter string is malformed or names no device, `device` and `sycl_queue`
        name different devices, or both `sycl_queue` and `queue` are given.
    TypeError
        If `device` is not a string, `Device`, `Queue` or array device, or `sycl_queue`
        is not a `Queue`.

    See Also
    --------
    fromstring, fromiter, asarray

    Notes
    -----
    The bytes are read on the host by NumPy (which must be installed) and copied to the
    device; unlike ``numpy.frombuffer`` the result never shares the buffer's memory.
    On a device without float64, float64 data becomes float32.

    Examples
    --------
    >>> dp.frombuffer(b"\\x01\\x02\\x03\\x04", dtype="uint8")
    array([1, 2, 3, 4], dtype=uint8)
    >>> dp.frombuffer(b"\\x01\\x02\\x03\\x04", dtype="uint8", count=2, offset=1)
    array([2, 3], dtype=uint8)
    """
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
    """Parse numbers separated by a separator in a string into a 1-D array.

    Parameters
    ----------
    string : str
        The text holding the numbers.
    dtype : dtype, optional
        The data type of the result; default float (float64).
    count : int, optional
        The number of values to read; -1 (the default) reads them all.
    sep : str
        The separator between numbers (keyword only, required); whitespace around it is
        ignored, and ``" "`` matches any whitespace.
    like : ndarray, optional
        A dparray array whose queue and usm_type the result takes when no placement is
        named (NumPy's ``like=``, limited to dparray arrays: another type is a TypeError).
    device : str, Device, Queue or ndarray.device, optional
        Where the result lives: a filter string (``"cpu"``, ``"opencl:gpu"``, ...) or a
        `Device` (that device's default queue), a `Queue` or another array's ``device``
        (that queue), as in `asarray`. None means the default device: the first GPU
        where the machine has one, else the host CPU (`select_default_device`).
    usm_type : {"device", "shared", "host"}, optional
        The kind of memory allocated; None means ``"device"``.
    sycl_queue : Queue, optional
        The queue the result is bound to; with `device`, both must name one device.
    queue : Queue, optional
        Another name for `sycl_queue` (give one of them).

    Returns
    -------
    ndarray
        A new 1-D array of the parsed values.

    Raises
    ------
    ValueError
        If `sep` is empty or not a string (NumPy's deprecated binary mode is not
        supported: use `frombuffer`), or the text cannot be parsed to its end.
    TypeError
        If `dtype` is not understood.
    ValueError
        If a filter string is malformed or names no device, `device` and `sycl_queue`
        name different devices, or both `sycl_queue` and `queue` are given.
    TypeError
        If `device` is not a string, `Device`, `Queue` or array device, or `sycl_queue`
        is not a `Queue`.

    See Also
    --------
    frombuffer, fromiter, loadtxt

    Notes
    -----
    Parsed on the host by NumPy and copied to the device once. Where NumPy only warns
    about trailing text it cannot parse, dparray raises ValueError.

    Examples
    --------
    >>> dp.fromstring("1 2 3", sep=" ")
    array([1., 2., 3.])
    >>> dp.fromstring("1, 2, 3", dtype=int, sep=",")
    array([1, 2, 3])
    """
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
    """Create a 1-D array from the items of an iterable.

    Parameters
    ----------
    iter : iterable
        The iterable of numbers.
    dtype : dtype
        The data type of the result (required).
    count : int, optional
        The number of items to read; -1 (the default) reads them all.
    like : ndarray, optional
        A dparray array whose queue and usm_type the result takes when no placement is
        named (NumPy's ``like=``, limited to dparray arrays: another type is a TypeError).
    device : str, Device, Queue or ndarray.device, optional
        Where the result lives: a filter string (``"cpu"``, ``"opencl:gpu"``, ...) or a
        `Device` (that device's default queue), a `Queue` or another array's ``device``
        (that queue), as in `asarray`. None means the default device: the first GPU
        where the machine has one, else the host CPU (`select_default_device`).
    usm_type : {"device", "shared", "host"}, optional
        The kind of memory allocated; None means ``"device"``.
    sycl_queue : Queue, optional
        The queue the result is bound to; with `device`, both must name one device.
    queue : Queue, optional
        Another name for `sycl_queue` (give one of them).

    Returns
    -------
    ndarray
        A new 1-D array of the items.

    Raises
    ------
    TypeError
        If `dtype` is None or an item is not a number.
    ValueError
        If `count` is below -1 or the iterable ends before `count` items.
    ValueError
        If a filter string is malformed or names no device, `device` and `sycl_queue`
        name different devices, or both `sycl_queue` and `queue` are given.
    TypeError
        If `device` is not a string, `Device`, `Queue` or array device, or `sycl_queue`
        is not a `Queue`.

    See Also
    --------
    frombuffer, fromstring, asarray

    Notes
    -----
    The items are collected on the host, then copied to the device in one transfer.

    Examples
    --------
    >>> dp.fromiter(range(5), dtype="int32")
    array([0, 1, 2, 3, 4], dtype=int32)
    >>> dp.fromiter((i * i for i in range(5)), dtype=float, count=3)
    array([0., 1., 4.])
    """
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


_axis = _core._normalize_axis  # AxisError / TypeError naming op


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
    """Return evenly spaced numbers over an interval.

    Parameters
    ----------
    start : scalar or array_like
        The first value.
    stop : scalar or array_like
        The last value, unless `endpoint` is False. Array endpoints broadcast against
        `start`.
    num : int, optional
        The number of samples, default 50; must be non-negative.
    endpoint : bool, optional
        Whether `stop` is the last sample (default True); else the interval is
        half-open.
    retstep : bool, optional
        If True, also return the spacing between samples.
    dtype : dtype, optional
        The data type; None gives the device's default floating type (complex for
        complex endpoints). An integer dtype takes the floor of the values.
    axis : int, optional
        For array endpoints, the axis of the result along which the samples lie (default
        0; -1 puts them last).
    device : str, Device, Queue or ndarray.device, optional
        Where the result lives: a filter string (``"cpu"``, ``"opencl:gpu"``, ...) or a
        `Device` (that device's default queue), a `Queue` or another array's ``device``
        (that queue), as in `asarray`. None means the default device: the first GPU
        where the machine has one, else the host CPU (`select_default_device`).
    usm_type : {"device", "shared", "host"}, optional
        The kind of memory allocated; None means ``"device"``.
    sycl_queue : Queue, optional
        The queue the result is bound to; with `device`, both must name one device.
    queue : Queue, optional
        Another name for `sycl_queue` (give one of them).

    Returns
    -------
    samples : ndarray
        `num` samples (of shape ``(num, *broadcast shape)`` with the samples along `axis`
        for array endpoints).
    step : float, complex or ndarray
        The spacing, only when `retstep` is True: a Python float (complex for complex
        endpoints; NumPy gives a NumPy scalar) for scalar endpoints, an array for array
        endpoints; NaN when there is no interval to divide.

    Raises
    ------
    ValueError
        If `num` is negative.
    TypeError
        If an endpoint is not a number or an array of numbers.
    dparray.AxisError
        If `axis` is out of range.
    ValueError
        If a filter string is malformed or names no device, `device` and `sycl_queue`
        name different devices, or both `sycl_queue` and `queue` are given.
    TypeError
        If `device` is not a string, `Device`, `Queue` or array device, or `sycl_queue`
        is not a `Queue`.

    See Also
    --------
    arange, logspace, geomspace

    Notes
    -----
    Scalar endpoints run as one fill on the device (values ``start + i * step``, the last
    one exactly `stop`). Array endpoints are dparray arrays, or host data copied to the
    device: the result lives on the first dparray endpoint's queue unless a placement is
    named (compute follows data).

    Examples
    --------
    >>> dp.linspace(2.0, 3.0, num=5)
    array([2.  , 2.25, 2.5 , 2.75, 3.  ])
    >>> dp.linspace(2.0, 3.0, num=5, endpoint=False)
    array([2. , 2.2, 2.4, 2.6, 2.8])
    >>> samples, step = dp.linspace(2.0, 3.0, num=5, retstep=True)
    >>> float(step)
    0.25
    >>> dp.linspace(dp.asarray([0.0, 1.0]), dp.asarray([1.0, 3.0]), 3)
    array([[0. , 1. ],
           [0.5, 2. ],
           [1. , 3. ]])
    """
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
    """Return numbers spaced evenly on a log scale: ``base ** linspace(start, stop, num)``.

    Parameters
    ----------
    start : scalar or array_like
        ``base ** start`` is the first value.
    stop : scalar or array_like
        ``base ** stop`` is the last value, unless `endpoint` is False.
    num : int, optional
        The number of samples, default 50.
    endpoint : bool, optional
        Whether ``base ** stop`` is the last sample (default True).
    base : scalar or array_like, optional
        The base of the log space, default 10.0; an array broadcasts against the
        endpoints.
    dtype : dtype, optional
        The data type; None gives the floating type of the computation.
    axis : int, optional
        For array arguments, the axis of the result along which the samples lie.
    device : str, Device, Queue or ndarray.device, optional
        Where the result lives: a filter string (``"cpu"``, ``"opencl:gpu"``, ...) or a
        `Device` (that device's default queue), a `Queue` or another array's ``device``
        (that queue), as in `asarray`. None means the default device: the first GPU
        where the machine has one, else the host CPU (`select_default_device`).
    usm_type : {"device", "shared", "host"}, optional
        The kind of memory allocated; None means ``"device"``.
    sycl_queue : Queue, optional
        The queue the result is bound to; with `device`, both must name one device.
    queue : Queue, optional
        Another name for `sycl_queue` (give one of them).

    Returns
    -------
    ndarray
        `num` samples, along `axis` for array arguments.

    Raises
    ------
    ValueError
        If `num` is negative.
    dparray.AxisError
        If `axis` is out of range.
    ValueError
        If a filter string is malformed or names no device, `device` and `sycl_queue`
        name different devices, or both `sycl_queue` and `queue` are given.
    TypeError
        If `device` is not a string, `Device`, `Queue` or array device, or `sycl_queue`
        is not a `Queue`.

    See Also
    --------
    linspace, geomspace, arange

    Notes
    -----
    Computed on the device with `pow`; array arguments follow `linspace`'s placement
    (the first dparray argument's queue unless a placement is named).

    Examples
    --------
    >>> dp.logspace(2.0, 3.0, num=4)
    array([ 100.        ,  215.443469  ,  464.15888336, 1000.        ])
    >>> dp.logspace(2.0, 3.0, num=4, base=2.0)
    array([4.        , 5.0396842 , 6.34960421, 8.        ])
    >>> dp.logspace(0, 2, 3, base=dp.asarray([2.0, 10.0]))
    array([[  1.,   1.],
           [  2.,  10.],
           [  4., 100.]])
    """
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
    """Return numbers spaced evenly on a log scale (a geometric progression).

    Parameters
    ----------
    start : scalar or array_like
        The first value (exact in the result); negative and complex values work.
    stop : scalar or array_like
        The last value (exact), unless `endpoint` is False.
    num : int, optional
        The number of samples, default 50.
    endpoint : bool, optional
        Whether `stop` is the last sample (default True).
    dtype : dtype, optional
        The data type; None gives the endpoints' type promoted with float.
    axis : int, optional
        For array endpoints, the axis of the result along which the samples lie.
    device : str, Device, Queue or ndarray.device, optional
        Where the result lives: a filter string (``"cpu"``, ``"opencl:gpu"``, ...) or a
        `Device` (that device's default queue), a `Queue` or another array's ``device``
        (that queue), as in `asarray`. None means the default device: the first GPU
        where the machine has one, else the host CPU (`select_default_device`).
    usm_type : {"device", "shared", "host"}, optional
        The kind of memory allocated; None means ``"device"``.
    sycl_queue : Queue, optional
        The queue the result is bound to; with `device`, both must name one device.
    queue : Queue, optional
        Another name for `sycl_queue` (give one of them).

    Returns
    -------
    ndarray
        `num` samples, along `axis` for array endpoints.

    Raises
    ------
    ValueError
        If an endpoint is zero, or `num` is negative.
    dparray.AxisError
        If `axis` is out of range.
    ValueError
        If a filter string is malformed or names no device, `device` and `sycl_queue`
        name different devices, or both `sycl_queue` and `queue` are given.
    TypeError
        If `device` is not a string, `Device`, `Queue` or array device, or `sycl_queue`
        is not a `Queue`.

    See Also
    --------
    logspace, linspace

    Notes
    -----
    Checking the endpoints for zero reads one bool from the device: a synchronisation
    point. The progression is interpolated in log space with `start` rotated onto the
    positive real axis, as NumPy does; the result lives on the first dparray
    endpoint's queue unless a placement is named.

    Examples
    --------
    >>> dp.geomspace(1, 1000, num=4)
    array([   1.,   10.,  100., 1000.])
    >>> dp.geomspace(-1, -1000, num=4)
    array([   -1.,   -10.,  -100., -1000.])
    >>> dp.geomspace(1j, 1000j, num=4)
    array([0.   +1.j, 0.  +10.j, 0. +100.j, 0.+1000.j])
    """
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
    """Return an array representing the indices of a grid.

    Parameters
    ----------
    dimensions : sequence of ints
        The shape of the grid.
    dtype : dtype, optional
        The data type of the indices; default int64.
    sparse : bool, optional
        If True, return one broadcastable array per dimension instead of the dense
        stack.
    device : str, Device, Queue or ndarray.device, optional
        Where the result lives: a filter string (``"cpu"``, ``"opencl:gpu"``, ...) or a
        `Device` (that device's default queue), a `Queue` or another array's ``device``
        (that queue), as in `asarray`. None means the default device: the first GPU
        where the machine has one, else the host CPU (`select_default_device`).
    usm_type : {"device", "shared", "host"}, optional
        The kind of memory allocated; None means ``"device"``.
    sycl_queue : Queue, optional
        The queue the result is bound to; with `device`, both must name one device.
    queue : Queue, optional
        Another name for `sycl_queue` (give one of them).

    Returns
    -------
    ndarray or tuple of ndarray
        Dense (the default): a new array of shape ``(len(dimensions), *dimensions)``
        whose ``[i]`` holds the indices along axis ``i``. Sparse: a tuple of arrays, the
        ``i``-th of shape 1 everywhere except ``dimensions[i]`` on axis ``i``.

    Raises
    ------
    TypeError
        If `dimensions` is not a list or tuple of integers.
    ValueError
        If a dimension is negative.
    ValueError
        If a filter string is malformed or names no device, `device` and `sycl_queue`
        name different devices, or both `sycl_queue` and `queue` are given.
    TypeError
        If `device` is not a string, `Device`, `Queue` or array device, or `sycl_queue`
        is not a `Queue`.

    See Also
    --------
    meshgrid, arange, fromfunction

    Notes
    -----
    The index ranges are generated on the device.

    Examples
    --------
    >>> grid = dp.indices((2, 3))
    >>> grid.shape
    (2, 2, 3)
    >>> grid[0]
    array([[0, 0, 0],
           [1, 1, 1]])
    >>> grid[1]
    array([[0, 1, 2],
           [0, 1, 2]])
    >>> i, j = dp.indices((2, 3), sparse=True)
    >>> i.shape, j.shape
    ((2, 1), (1, 3))
    """
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
    """Construct an array by calling a function on the index grids of a shape.

    Parameters
    ----------
    function : callable
        Called once as ``function(i0, i1, ..., **kwargs)`` with one index array of
        `shape` per dimension (``i0[a, b, ...] == a``, and so on); its return value is
        returned.
    shape : sequence of ints
        The shape of the grid.
    dtype : dtype, optional
        The data type of the index arrays; None means the device's default floating type
        (as NumPy's float).
    like : ndarray, optional
        A dparray array whose queue and usm_type the result takes when no placement is
        named (NumPy's ``like=``, limited to dparray arrays: another type is a TypeError).
    device : str, Device, Queue or ndarray.device, optional
        Where the result lives: a filter string (``"cpu"``, ``"opencl:gpu"``, ...) or a
        `Device` (that device's default queue), a `Queue` or another array's ``device``
        (that queue), as in `asarray`. None means the default device: the first GPU
        where the machine has one, else the host CPU (`select_default_device`).
    usm_type : {"device", "shared", "host"}, optional
        The kind of memory allocated; None means ``"device"``.
    sycl_queue : Queue, optional
        The queue the result is bound to; with `device`, both must name one device.
    queue : Queue, optional
        Another name for `sycl_queue` (give one of them).
    **kwargs
        Passed on to `function`.

    Returns
    -------
    any
        What `function` returns, normally an array of `shape` computed on the device.

    Raises
    ------
    TypeError
        If `shape` is not a list or tuple of integers.
    ValueError
        If a dimension is negative.
    ValueError
        If a filter string is malformed or names no device, `device` and `sycl_queue`
        name different devices, or both `sycl_queue` and `queue` are given.
    TypeError
        If `device` is not a string, `Device`, `Queue` or array device, or `sycl_queue`
        is not a `Queue`.

    See Also
    --------
    indices, meshgrid

    Notes
    -----
    The index arrays are dense grids on the device (``indices(shape, dtype=dtype)``
    unpacked), so `function` computes there with ordinary array operations; it is not
    called once per element.

    Examples
    --------
    >>> dp.fromfunction(lambda i, j: i + j, (2, 3))
    array([[0., 1., 2.],
           [1., 2., 3.]])
    >>> dp.fromfunction(lambda i, j: i == j, (2, 2), dtype=int)
    array([[ True, False],
           [False,  True]])
    """
    place = _place(device, usm_type, sycl_queue, queue, like, "fromfunction")
    if dtype is None:
        dtype = _core.empty(0, **place).dtype
    return function(*indices(shape, dtype=dtype, **place), **kwargs)


def identity(n, dtype=None, *, like=None, device=None, usm_type=None, sycl_queue=None, queue=None):
    """Return the identity matrix (a square array with ones on the main diagonal).

    Parameters
    ----------
    n : int
        The number of rows and columns.
    dtype : dtype, optional
        The data type; None means the device's default floating type.
    like : ndarray, optional
        A dparray array whose queue and usm_type the result takes when no placement is
        named (NumPy's ``like=``, limited to dparray arrays: another type is a TypeError).
    device : str, Device, Queue or ndarray.device, optional
        Where the result lives: a filter string (``"cpu"``, ``"opencl:gpu"``, ...) or a
        `Device` (that device's default queue), a `Queue` or another array's ``device``
        (that queue), as in `asarray`. None means the default device: the first GPU
        where the machine has one, else the host CPU (`select_default_device`).
    usm_type : {"device", "shared", "host"}, optional
        The kind of memory allocated; None means ``"device"``.
    sycl_queue : Queue, optional
        The queue the result is bound to; with `device`, both must name one device.
    queue : Queue, optional
        Another name for `sycl_queue` (give one of them).

    Returns
    -------
    ndarray
        A new ``(n, n)`` array.

    Raises
    ------
    ValueError
        If `n` is negative.
    ValueError
        If a filter string is malformed or names no device, `device` and `sycl_queue`
        name different devices, or both `sycl_queue` and `queue` are given.
    TypeError
        If `device` is not a string, `Device`, `Queue` or array device, or `sycl_queue`
        is not a `Queue`.

    See Also
    --------
    eye, diag

    Notes
    -----
    ``eye(n, dtype=dtype)``: filled asynchronously on the result's queue.

    Examples
    --------
    >>> dp.identity(3)
    array([[1., 0., 0.],
           [0., 1., 0.],
           [0., 0., 1.]])
    >>> dp.identity(2, dtype=int)
    array([[1, 0],
           [0, 1]])
    """
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
    """Return an array with ones at and below a diagonal and zeros elsewhere.

    Parameters
    ----------
    N : int
        The number of rows.
    M : int, optional
        The number of columns; None (the default) means `N`.
    k : int, optional
        The diagonal at and below which the array is one: 0 (the default) the main one,
        positive above it, negative below.
    dtype : dtype, optional
        The data type; None means the device's default floating type.
    like : ndarray, optional
        A dparray array whose queue and usm_type the result takes when no placement is
        named (NumPy's ``like=``, limited to dparray arrays: another type is a TypeError).
    device : str, Device, Queue or ndarray.device, optional
        Where the result lives: a filter string (``"cpu"``, ``"opencl:gpu"``, ...) or a
        `Device` (that device's default queue), a `Queue` or another array's ``device``
        (that queue), as in `asarray`. None means the default device: the first GPU
        where the machine has one, else the host CPU (`select_default_device`).
    usm_type : {"device", "shared", "host"}, optional
        The kind of memory allocated; None means ``"device"``.
    sycl_queue : Queue, optional
        The queue the result is bound to; with `device`, both must name one device.
    queue : Queue, optional
        Another name for `sycl_queue` (give one of them).

    Returns
    -------
    ndarray
        A new ``(N, M)`` array with ``T[i, j] == 1`` for ``j <= i + k``.

    Raises
    ------
    ValueError
        If `N` or `M` is negative.
    TypeError
        If `N`, `M` or `k` is not an integer.
    ValueError
        If a filter string is malformed or names no device, `device` and `sycl_queue`
        name different devices, or both `sycl_queue` and `queue` are given.
    TypeError
        If `device` is not a string, `Device`, `Queue` or array device, or `sycl_queue`
        is not a `Queue`.

    See Also
    --------
    tril, triu, eye

    Notes
    -----
    The mask is computed on the device from two index ranges.

    Examples
    --------
    >>> dp.tri(3, 5, 2, dtype=int)
    array([[1, 1, 1, 0, 0],
           [1, 1, 1, 1, 0],
           [1, 1, 1, 1, 1]])
    >>> dp.tri(3, 5, -1)
    array([[0., 0., 0., 0., 0.],
           [1., 0., 0., 0., 0.],
           [1., 1., 0., 0., 0.]])
    """
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
    """Extract a diagonal of a 2-D array, or build a 2-D array with a 1-D array on a diagonal.

    Parameters
    ----------
    v : ndarray
        A 1-D array (placed on a diagonal) or a 2-D array (whose diagonal is taken).
    k : int, optional
        The diagonal: 0 (the default) the main one, positive above it, negative below.

    Returns
    -------
    ndarray
        For a 2-D `v`, its `k`-th diagonal as a 1-D view. For a 1-D `v` of length ``n``,
        a new ``(n + |k|, n + |k|)`` array of `v`'s dtype, zero except for `v` on the
        `k`-th diagonal.

    Raises
    ------
    TypeError
        If `v` is not a dparray array (move host data with `asarray` first).
    ValueError
        If `v` is not 1-D or 2-D.

    See Also
    --------
    diagflat, diagonal, eye, trace

    Notes
    -----
    The extracted diagonal is a writable view: writing to it changes `v` (NumPy's is
    read-only). Everything stays on `v`'s queue and usm_type.

    Examples
    --------
    >>> x = dp.asarray([[0, 1, 2], [3, 4, 5], [6, 7, 8]])
    >>> dp.diag(x)
    array([0, 4, 8])
    >>> dp.diag(x, k=1)
    array([1, 5])
    >>> dp.diag(dp.asarray([1, 2]))
    array([[1, 0],
           [0, 2]])
    >>> dp.diag(dp.asarray([1, 2]), k=-1)
    array([[0, 0, 0],
           [1, 0, 0],
           [0, 2, 0]])
    """
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
    """Create a 2-D array with the flattened input on a diagonal.

    Parameters
    ----------
    v : ndarray
        The values, flattened in row-major order.
    k : int, optional
        The diagonal: 0 (the default) the main one, positive above it, negative below.

    Returns
    -------
    ndarray
        A new square array of side ``v.size + |k|`` with `v`'s values on the `k`-th
        diagonal, on `v`'s queue.

    Raises
    ------
    TypeError
        If `v` is not a dparray array.

    See Also
    --------
    diag, eye

    Notes
    -----
    Filled asynchronously on `v`'s queue.

    Examples
    --------
    >>> dp.diagflat(dp.asarray([[1, 2], [3, 4]]))
    array([[1, 0, 0, 0],
           [0, 2, 0, 0],
           [0, 0, 3, 0],
           [0, 0, 0, 4]])
    >>> dp.diagflat(dp.asarray([1, 2]), 1)
    array([[0, 1, 0],
           [0, 0, 2],
           [0, 0, 0]])
    """
    if not isinstance(v, _ndarray):
        raise TypeError(f"[diagflat] expected a dparray.ndarray, not {type(v).__name__}")
    return diag(_core.reshape(v, (-1,)), k)


def vander(x, N=None, increasing=False):
    """Generate a Vandermonde matrix.

    Parameters
    ----------
    x : ndarray
        A 1-D array.
    N : int, optional
        The number of columns; None (the default) means ``len(x)``.
    increasing : bool, optional
        If False (the default) the powers decrease from left to right
        (``x**(N-1), ..., x**0``); if True they increase.

    Returns
    -------
    ndarray
        A new ``(len(x), N)`` array of powers of `x`: int64 for bool and integer inputs
        (float64 for uint64), float64 for real floating ones and complex128 for complex
        ones (`x`'s dtype promoted with int64, as NumPy).

    Raises
    ------
    TypeError
        If `x` is not a dparray array or `N` is not an integer.
    ValueError
        If `x` is not 1-D or `N` is negative.

    See Also
    --------
    polyval, cumulative_prod

    Notes
    -----
    The powers are running products along the columns (`cumulative_prod`), computed on
    `x`'s queue. Integer powers wrap around on overflow.

    Examples
    --------
    >>> x = dp.asarray([1, 2, 3, 5])
    >>> dp.vander(x, N=3)
    array([[ 1,  1,  1],
           [ 4,  2,  1],
           [ 9,  3,  1],
           [25,  5,  1]])
    >>> dp.vander(x, 3, increasing=True)
    array([[ 1,  1,  1],
           [ 1,  2,  4],
           [ 1,  3,  9],
           [ 1,  5, 25]])
    """
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
