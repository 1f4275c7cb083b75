"""NumPy's ndarray methods and attributes that dparray.ndarray lacks in C++, attached to the
class at import: tolist, flat, real, imag, flags, base, view, round, clip, take, put, tobytes,
tofile, dump, dumps, byteswap, choose, compress, getfield, setfield,
setflags, resize and pickling. Views (view, real, imag, getfield) are new descriptors over the
same allocation, built with ndarray(shape, dtype, strides, buffer=x, offset). Host-facing ones
(tolist, tobytes, tofile, dump, pickling) copy to host memory: their output lives there."""

import operator
import warnings
from typing import ClassVar

from . import _core
from ._core import ndarray
from ._np_indexing import _flat_set, choose, compress, put, unravel_index

__all__ = []


def _elem_strides(x, size, op):
    """x's byte strides in units of size bytes (ValueError when one is not a multiple)."""
    out = []
    for s in x.strides:
        if s % size:
            raise ValueError(
                f"{op}: stride {s} bytes is not a multiple of the new itemsize {size}; "
                "make a contiguous copy first"
            )
        out.append(s // size)
    return out


def _byte_offset(x):
    return x._element_offset * x.itemsize


def _dtype(dtype, op):
    try:
        return _core.dtype(dtype)
    except TypeError as e:
        raise TypeError(f"{op}: {e}") from None


def view(self, dtype=None, type=None):
    """A new array over the same memory, optionally reinterpreting its bytes as another dtype.

    Parameters
    ----------
    dtype : dtype, optional
        The data type of the view; None (the default) keeps the array's. A dtype of another
        itemsize changes the length of the last axis, as NumPy: the last axis must be
        contiguous and its byte length divisible by the new itemsize.
    type : type, optional
        Only None or ``dparray.ndarray`` (dparray has no subclasses).

    Returns
    -------
    ndarray
        A view: writes through it change the array, and the reverse.

    Raises
    ------
    ValueError
        If the layout does not allow the new itemsize (a non-contiguous last axis, a byte
        length the new itemsize does not divide, a 0-d array, or a start or stride that is
        not a multiple of the new itemsize).
    TypeError
        If `type` is another class, or `dtype` is not a dtype.

    Notes
    -----
    No data is copied or computed. Views are described in elements, so the array's start
    and strides must be multiples of the new itemsize (NumPy only needs that for the last
    axis).

    Examples
    --------
    >>> x = dp.asarray([1, 2], dtype=dp.int32)
    >>> x.view(dp.uint32)
    array([1, 2], dtype=uint32)
    >>> x.view(dp.int16)
    array([1, 0, 2, 0], dtype=int16)
    >>> dp.asarray([0, 1, 2, 3], dtype=dp.uint8).view(dp.uint16)
    array([256, 770], dtype=uint16)
    """
    op = "view"
    if type is not None and type is not ndarray:
        raise TypeError(f"{op}: type must be dparray.ndarray, got {type!r}")
    dt = self.dtype if dtype is None else _dtype(dtype, op)
    old, new = self.itemsize, dt.itemsize
    shape = tuple(self.shape)
    if old == new:
        return ndarray(
            shape, dt, _elem_strides(self, new, op), buffer=self, offset=self._element_offset
        )
    if self.ndim == 0:
        raise ValueError(
            f"{op}: changing the dtype of a 0-d array is only supported if the itemsize is "
            f"unchanged ({self.dtype} -> {dt})"
        )
    if shape[-1] != 1 and self.strides[-1] != old:
        raise ValueError(
            f"{op}: to change to a dtype of a different size, the last axis must be contiguous"
        )
    last = shape[-1] * old
    if last % new:
        raise ValueError(
            f"{op}: when changing to a larger dtype, its size ({new}) must be a divisor of the "
            f"total size in bytes of the last axis of the array ({last})"
        )
    if _byte_offset(self) % new:
        raise ValueError(f"{op}: the array's start is not aligned to the new itemsize {new}")
    strides = [s // new if s % new == 0 else None for s in self.strides[:-1]]
    if None in strides:
        raise ValueError(f"{op}: the strides {self.strides} are not multiples of {new} bytes")
    return ndarray(
        shape[:-1] + (last // new,),
        dt,
        strides + [1],
        buffer=self,
        offset=_byte_offset(self) // new,
    )


def _part(self, which):
    ft = _core.float32 if self.dtype == _core.complex64 else _core.float64
    size = ft.itemsize
    return ndarray(
        tuple(self.shape),
        ft,
        _elem_strides(self, size, "real"),
        buffer=self,
        offset=self._element_offset * 2 + which,
    )


def _is_complex(x):
    return x.dtype in (_core.complex64, _core.complex128)


def _get_real(self):
    return _part(self, 0) if _is_complex(self) else view(self)


def _set_real(self, value):
    _get_real(self)[...] = value


def _get_imag(self):
    if _is_complex(self):
        return _part(self, 1)
    return _core.zeros_like(self)


def _set_imag(self, value):
    if not _is_complex(self):
        raise TypeError("imag: array does not have an imaginary part to set")
    _part(self, 1)[...] = value


class flagsobj:
    """NumPy's ndarray.flags: a snapshot of the layout flags (attribute or dict-style access).
    dparray arrays are always writeable and aligned; OWNDATA means the array spans its whole
    allocation."""

    _KEYS: ClassVar[dict] = {
        "C_CONTIGUOUS": "c_contiguous",
        "C": "c_contiguous",
        "CONTIGUOUS": "c_contiguous",
        "F_CONTIGUOUS": "f_contiguous",
        "F": "f_contiguous",
        "FORTRAN": "f_contiguous",
        "OWNDATA": "owndata",
        "O": "owndata",
        "WRITEABLE": "writeable",
        "W": "writeable",
        "ALIGNED": "aligned",
        "A": "aligned",
        "WRITEBACKIFCOPY": "writebackifcopy",
        "X": "writebackifcopy",
        "FNC": "fnc",
        "FORC": "forc",
        "BEHAVED": "behaved",
        "B": "behaved",
        "CARRAY": "carray",
        "CA": "carray",
        "FARRAY": "farray",
        "FA": "farray",
    }

    def __init__(self, x):
        snap = {
            "c_contiguous": bool(x._is_c_contiguous),
            "f_contiguous": bool(x._is_f_contiguous),
            "owndata": bool(x._owns_data()),
            "writeable": True,
            "aligned": True,
            "writebackifcopy": False,
        }
        self.__dict__.update(snap)

    @property
    def fnc(self):
        return self.f_contiguous and not self.c_contiguous

    @property
    def forc(self):
        return self.f_contiguous or self.c_contiguous

    @property
    def behaved(self):
        return self.aligned and self.writeable

    @property
    def carray(self):
        return self.behaved and self.c_contiguous

    @property
    def farray(self):
        return self.behaved and self.f_contiguous and not self.c_contiguous

    def __getitem__(self, key):
        try:
            return getattr(self, self._KEYS[key])
        except (KeyError, TypeError):
            raise KeyError(f"flags: unknown flag {key!r}") from None

    def __setitem__(self, key, value):
        if key not in self._KEYS:
            raise KeyError(f"flags: unknown flag {key!r}")
        _check_flag(self._KEYS[key], value)

    def __setattr__(self, name, value):
        _check_flag(name, value)

    def __repr__(self):
        names = ("C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE", "ALIGNED")
        names += ("WRITEBACKIFCOPY",)
        return "\n".join(f"  {n} : {self[n]}" for n in names)

    def __eq__(self, other):
        return isinstance(other, flagsobj) and vars(self) == vars(other)


def _check_flag(name, value):
    if name == "writeable" and not value:
        raise ValueError("setflags: dparray arrays cannot be made read-only (WRITEABLE=False)")
    if name == "aligned" and not value:
        raise ValueError("setflags: dparray arrays are always aligned (ALIGNED=False)")
    if name == "writebackifcopy" and value:
        raise ValueError("setflags: cannot set the WRITEBACKIFCOPY flag to True")
    if name not in ("writeable", "aligned", "writebackifcopy"):
        raise AttributeError(f"flags: {name.upper()} cannot be set")


def setflags(self, write=None, align=None, uic=None) -> None:
    """Sets the array's WRITEABLE, ALIGNED and WRITEBACKIFCOPY flags, as NumPy's setflags.

    Every dparray array is writeable and aligned and never a write-back copy, so only the
    values that already hold are accepted.

    Parameters
    ----------
    write : bool, optional
        WRITEABLE: only True (or None, the default: unchanged).
    align : bool, optional
        ALIGNED: only True (or None).
    uic : bool, optional
        WRITEBACKIFCOPY: only False (or None).

    Raises
    ------
    ValueError
        For ``write=False`` (dparray has no read-only arrays), ``align=False`` or
        ``uic=True``.

    See Also
    --------
    ndarray.flags

    Examples
    --------
    >>> x = dp.asarray([1, 2])
    >>> x.setflags(write=True)
    >>> x.flags.writeable
    True
    """
    if write is not None:
        _check_flag("writeable", write)
    if align is not None:
        _check_flag("aligned", align)
    if uic is not None:
        _check_flag("writebackifcopy", uic)


def _base(self):
    if self._owns_data():
        return None
    n = self._buffer_nbytes()
    dt = self.dtype if n % self.itemsize == 0 else _core.uint8
    return ndarray((n // dt.itemsize,), dt, buffer=self, offset=0)


class flatiter:
    """x.flat: the elements of x in C order; len, iteration (Python scalars, read in one host
    copy), indexing (a copy) and assignment through a flat index (writes into x)."""

    def __init__(self, base):
        self.base = base

    def __len__(self):
        return self.base.size

    def __iter__(self):
        return iter(_core.asnumpy(self.base).ravel().tolist())

    def _flat(self):
        return _core.reshape(self.base, (-1,))

    def __getitem__(self, key):
        r = self._flat()[key]
        return r.item() if r.ndim == 0 else r

    def __setitem__(self, key, value):
        _flat_set(self.base, key, value, "flat")

    def copy(self):
        return _core.reshape(self.base, (-1,), copy=True)

    @property
    def coords(self):
        return tuple(int(c) for c in unravel_index(0, self.base.shape)) if self.base.size else ()

    def __array__(self, dtype=None, copy=None):
        out = _core.asnumpy(self.base).ravel()
        return out if dtype is None else out.astype(dtype)


def _get_flat(self):
    return flatiter(self)


def _set_flat(self, value):
    _flat_set(self, slice(None), value, "flat")


def _round(self, decimals=0, out=None):
    """The elements rounded to the given number of decimals; the method form of
    ``dparray.round``.

    Parameters
    ----------
    decimals : int, optional
        Number of decimal places (negative: to the left of the point). Default 0.
    out : ndarray, optional
        Array to write the result into.

    Returns
    -------
    ndarray
        The rounded values, of the array's dtype, on its queue. Halves round to the nearest
        even value, as NumPy.

    See Also
    --------
    dparray.round

    Examples
    --------
    >>> dp.asarray([0.5, 1.5, 2.5, 3.14159]).round()
    array([0., 2., 2., 3.])
    >>> dp.asarray([1.2345, 2.5678]).round(2)
    array([1.23, 2.57])
    >>> dp.asarray([1234, 5678]).round(-2)
    array([1200, 5700])
    """
    return _core.round(self, decimals, out=out)


def _clip(self, min=None, max=None, out=None, **kwargs):
    """The elements limited to the interval [min, max]; the method form of ``dparray.clip``.

    Parameters
    ----------
    min : scalar or ndarray, optional
        Lower bound; None (the default) for none.
    max : scalar or ndarray, optional
        Upper bound; None (the default) for none.
    out : ndarray, optional
        Array to write the result into.
    **kwargs
        Further keywords of ``dparray.clip`` (the ufunc keywords).

    Returns
    -------
    ndarray
        The clipped values, on the array's queue.

    See Also
    --------
    dparray.clip

    Examples
    --------
    >>> x = dp.asarray([1, 5, 3, 8])
    >>> x.clip(2, 6)
    array([2, 5, 3, 6])
    >>> x.clip(max=4)
    array([1, 4, 3, 4])
    """
    return _core.clip(self, min, max, out=out, **kwargs)


def _take(self, indices, axis=None, out=None, mode="raise"):
    """Elements at integer indices along an axis; the method form of ``dparray.take``.

    Parameters
    ----------
    indices : int, sequence of ints or ndarray
        The indices (negative count from the end).
    axis : int, optional
        Axis to take along; None (the default) takes from the flattened array.
    out : ndarray, optional
        Array to write the result into.
    mode : {'raise', 'wrap', 'clip'}, optional
        Out-of-range indices: 'raise' (the default) raises ``IndexError`` at the next
        synchronisation point, 'wrap' takes them modulo the axis length, 'clip' clips them
        into the axis (negative ones to 0).

    Returns
    -------
    ndarray
        The selected elements: the array's shape with `axis` replaced by `indices`' shape.

    See Also
    --------
    dparray.take, ndarray.put

    Examples
    --------
    >>> x = dp.asarray([4, 3, 5, 7])
    >>> x.take(dp.asarray([0, 2]))
    array([4, 5])
    >>> x.take(dp.asarray([[0, 1], [2, 3]]))
    array([[4, 3],
           [5, 7]])
    >>> x.take(dp.asarray([5, -1]), mode="clip")
    array([7, 4])
    >>> dp.asarray([[1, 2], [3, 4]]).take(dp.asarray([1]), axis=1)
    array([[2],
           [4]])
    """
    return _core.take(self, indices, axis, out, mode)


def _put(self, indices, values, mode="raise") -> None:
    """Writes values at flat indices, in place: ``self.flat[indices] = values``; the method form
    of ``dparray.put``.

    Parameters
    ----------
    indices : int, sequence of ints or ndarray
        Flat (C-order) indices into the array.
    values : scalar, sequence or ndarray
        Values to write, cycled when shorter than `indices`.
    mode : {'raise', 'wrap', 'clip'}, optional
        Out-of-range indices: 'raise' (the default) raises ``IndexError``, 'wrap' takes them
        modulo the size, 'clip' clips them into the array (negative ones to 0).

    Raises
    ------
    IndexError
        With ``mode='raise'``, if an index is outside ``[-size, size)`` (the indices are read
        from the device to check them).

    See Also
    --------
    dparray.put, ndarray.take

    Examples
    --------
    >>> x = dp.asarray([1, 2, 3, 4])
    >>> x.put([0, 2], dp.asarray([10, 30]))
    >>> x
    array([10,  2, 30,  4])
    >>> x.put(dp.asarray([5]), dp.asarray([9]), mode="clip")
    >>> x
    array([10,  2, 30,  9])
    """
    put(self, indices, values, mode)


def _choose(self, choices, out=None, mode="raise"):
    """An array built from the choices, with the integer array as the selector; the method form
    of ``dparray.choose``.

    Element i of the result is ``choices[self[i]][i]``, the array and the choices broadcast
    together.

    Parameters
    ----------
    choices : sequence of ndarray or ndarray
        The arrays to choose from (on the array's queue; Python sequences are converted).
    out : ndarray, optional
        Array to write the result into.
    mode : {'raise', 'wrap', 'clip'}, optional
        Selector values outside ``[0, len(choices))``: 'raise' (the default) raises
        ``IndexError``, 'wrap' takes them modulo ``len(choices)``, 'clip' clips them.

    Returns
    -------
    ndarray
        The chosen values, in the choices' common dtype.

    Raises
    ------
    TypeError
        If the array is not of an integer dtype.
    IndexError
        With ``mode='raise'``, for a selector value out of range.

    See Also
    --------
    dparray.choose

    Examples
    --------
    >>> choices = [dp.asarray([1, 2, 3]), dp.asarray([10, 20, 30])]
    >>> dp.asarray([0, 1, 0]).choose(choices)
    array([ 1, 20,  3])
    >>> dp.asarray([0, 3, 1]).choose(choices, mode="clip")
    array([ 1, 20, 30])
    """
    return choose(self, choices, out, mode)


def _compress(self, condition, axis=None, out=None):
    """The slices along an axis where a 1-D condition is true; the method form of
    ``dparray.compress``.

    Parameters
    ----------
    condition : sequence of bool or ndarray
        1-D selector; entries beyond its end count as False.
    axis : int, optional
        Axis to select along; None (the default) selects from the flattened array.
    out : ndarray, optional
        Array to write the result into.

    Returns
    -------
    ndarray
        The selected slices, on the array's queue.

    Raises
    ------
    ValueError
        If `condition` is not 1-D.
    IndexError
        If `condition` is longer than the axis.

    See Also
    --------
    dparray.compress, dparray.extract

    Notes
    -----
    The number of selected slices is read from the device (a synchronisation point).

    Examples
    --------
    >>> x = dp.asarray([[1, 2], [3, 4], [5, 6]])
    >>> x.compress(dp.asarray([True, False, True]), axis=0)
    array([[1, 2],
           [5, 6]])
    >>> dp.asarray([1, 2, 3, 4]).compress([False, True, True])
    array([2, 3])
    """
    return compress(condition, self, axis, out)


def tolist(self):
    """The elements as nested Python lists of Python scalars.

    Returns
    -------
    list or scalar
        Nested lists, ``ndim`` deep, of bool, int, float or complex; a 0-d array gives the
        scalar itself.

    Notes
    -----
    The array is copied to host memory once (a synchronisation point).

    Examples
    --------
    >>> dp.asarray([[1, 2], [3, 4]]).tolist()
    [[1, 2], [3, 4]]
    >>> dp.asarray([1.5, 2.0]).tolist()
    [1.5, 2.0]
    >>> dp.asarray(5).tolist()
    5
    """
    return _core.asnumpy(self).tolist()


def tobytes(self, order="C"):
    r"""The raw bytes of the elements.

    Parameters
    ----------
    order : {'C', 'F', 'A', 'K'}, optional
        Order of the elements: 'C' (the default; None means 'C') row-major, 'F'
        column-major, 'A' 'F' for Fortran-contiguous arrays else 'C', 'K' as close to the
        memory order as possible.

    Returns
    -------
    bytes
        ``nbytes`` bytes, in the machine's byte order.

    Raises
    ------
    ValueError
        For another `order`.

    Notes
    -----
    The array is copied to host memory once (a synchronisation point).

    Examples
    --------
    >>> dp.asarray([1, 2], dtype=dp.int16).tobytes()
    b'\x01\x00\x02\x00'
    >>> dp.asarray([[1, 2], [3, 4]], dtype=dp.uint8).tobytes("F")
    b'\x01\x03\x02\x04'
    """
    if order not in ("C", "F", "A", "K", None):
        raise ValueError(f"tobytes: order must be one of 'C', 'F', 'A', 'K' or None, got {order!r}")
    return _core.asnumpy(self).tobytes(order="C" if order is None else order)


def tofile(self, fid, sep="", format="%s") -> None:
    """Writes the elements to a file, as NumPy's ``tofile``.

    Parameters
    ----------
    fid : str, path or file
        An open file object or a file name.
    sep : str, optional
        Separator between elements for text output; "" (the default) writes binary data
        (the raw bytes in C order).
    format : str, optional
        Format of each element for text output. Default "%s".

    Notes
    -----
    The array is copied to host memory once (a synchronisation point). The file holds no
    dtype or shape; read it back with ``numpy.fromfile`` or ``dparray.fromfile``.

    See Also
    --------
    ndarray.tobytes, dparray.save

    Examples
    --------
    >>> import os, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = os.path.join(d, "x.bin")
    ...     dp.asarray([1, 2, 3], dtype=dp.int32).tofile(path)
    ...     print(np.fromfile(path, dtype=np.int32))
    [1 2 3]
    """
    _core.asnumpy(self).tofile(fid, sep=sep, format=format)


def dumps(self):
    """The array pickled into a bytes object (``pickle.dumps(self)``).

    Returns
    -------
    bytes
        The pickle: the data (copied to host memory), the device's filter string and the
        ``usm_type``. ``pickle.loads`` makes the array again on that device (on the default
        device, with a ``RuntimeWarning``, where the machine lacks it).

    See Also
    --------
    ndarray.dump

    Examples
    --------
    >>> import pickle
    >>> pickle.loads(dp.asarray([1, 2, 3]).dumps())
    array([1, 2, 3])
    """
    import pickle  # here, not at import: dparray's import stays small

    return pickle.dumps(self)


def dump(self, file) -> None:
    """Pickles the array into a file; ``pickle.load`` reads it back.

    Parameters
    ----------
    file : str, path or file
        A file name (the file is created or overwritten) or a binary file object.

    See Also
    --------
    ndarray.dumps

    Notes
    -----
    The data is copied to host memory once (a synchronisation point).

    Examples
    --------
    >>> import io, pickle
    >>> f = io.BytesIO()
    >>> dp.asarray([1, 2, 3]).dump(f)
    >>> _ = f.seek(0)
    >>> pickle.load(f)
    array([1, 2, 3])
    """
    import pickle

    if isinstance(file, (str, bytes)) or hasattr(file, "__fspath__"):
        with open(file, "wb") as f:
            pickle.dump(self, f)
    else:
        pickle.dump(self, file)


def byteswap(self, inplace=False):
    """The elements with the order of their bytes reversed.

    Parameters
    ----------
    inplace : bool, optional
        If True, the swapped elements are written back into the array, which is returned.
        Default False: a new array.

    Returns
    -------
    ndarray
        The byte-swapped array (the array itself when `inplace`). Complex elements swap the
        bytes of each part, as NumPy; 1-byte elements are unchanged.

    Notes
    -----
    Computed on the array's device. dparray arrays are always in the machine's byte order,
    so the result reads as different values (NumPy would keep the values by also changing
    the dtype's byte order with ``view``, which dparray does not have).

    Examples
    --------
    >>> dp.asarray([1, 256], dtype=dp.int16).byteswap()
    array([256,   1], dtype=int16)
    >>> x = dp.asarray([1, 2], dtype=dp.int32)
    >>> x.byteswap(inplace=True) is x
    True
    >>> x
    array([16777216, 33554432], dtype=int32)
    """
    size = self.itemsize
    if size == 1:
        r = self if inplace else _core.reshape(self, tuple(self.shape), copy=True)
        return r
    parts = 2 if _is_complex(self) else 1
    flat = _core.reshape(self, (-1,), copy=True)
    raw = view(flat, _core.uint8)
    grouped = _core.reshape(raw, (flat.shape[0], parts, size // parts))
    swapped = _core.reshape(_core.flip(grouped, axis=-1), (-1,))
    r = _core.reshape(view(swapped, self.dtype), tuple(self.shape))
    if inplace:
        self[...] = r
        return self
    return r


def getfield(self, dtype, offset=0):
    """A view of part of each element's bytes as another dtype, as NumPy's ``getfield``.

    Parameters
    ----------
    dtype : dtype
        Data type of the field; its itemsize may not exceed the array's.
    offset : int, optional
        Byte offset of the field within each element. Default 0.

    Returns
    -------
    ndarray
        A view of the array's shape and `dtype`: writes through it change the array.

    Raises
    ------
    ValueError
        If the field does not fit the element (``0 <= offset <= itemsize -
        dtype.itemsize``) or `offset` is not a multiple of the field's itemsize.

    See Also
    --------
    ndarray.setfield, ndarray.view

    Examples
    --------
    >>> x = dp.asarray([1, 3 * 65536], dtype=dp.int32)
    >>> x.getfield(dp.int16)
    array([1, 0], dtype=int16)
    >>> x.getfield(dp.int16, 2)
    array([0, 3], dtype=int16)
    """
    op = "getfield"
    dt = _dtype(dtype, op)
    offset = operator.index(offset)
    if offset < 0 or offset + dt.itemsize > self.itemsize:
        raise ValueError(
            f"{op}: need 0 <= offset <= {self.itemsize - dt.itemsize} for {dt} in {self.dtype}, "
            f"got {offset}"
        )
    start = _byte_offset(self) + offset
    if start % dt.itemsize:
        raise ValueError(f"{op}: offset {offset} is not aligned to the itemsize of {dt}")
    return ndarray(
        tuple(self.shape),
        dt,
        _elem_strides(self, dt.itemsize, op),
        buffer=self,
        offset=start // dt.itemsize,
    )


def setfield(self, val, dtype, offset=0) -> None:
    """Writes a value into part of each element's bytes, as NumPy's ``setfield``.

    Parameters
    ----------
    val : scalar or ndarray
        The value(s), broadcast to the array's shape and cast to `dtype`.
    dtype : dtype
        Data type of the field.
    offset : int, optional
        Byte offset of the field within each element. Default 0.

    Raises
    ------
    ValueError
        As ``getfield``, if the field does not fit or is misaligned.

    See Also
    --------
    ndarray.getfield

    Examples
    --------
    >>> x = dp.asarray([1, 2], dtype=dp.int32)
    >>> x.setfield(7, dp.int16, 0)
    >>> x
    array([7, 7], dtype=int32)
    """
    getfield(self, dtype, offset)[...] = val


def resize(self, *new_shape, refcheck=True) -> None:
    """Changes the shape and size of the array in place, as NumPy's ``ndarray.resize``.

    The array gets new memory of the new size: its elements in C order first, zeros after
    them (or the first ones only, when it shrinks).

    Parameters
    ----------
    *new_shape : int or tuple of ints
        The new shape, as separate ints or one tuple (None: shape ``()``).
    refcheck : bool, optional
        If True (the default), an array whose memory another array (a view) shares is not
        resized. With False it is, and the views keep the old memory.

    Raises
    ------
    ValueError
        If the array is a view (it does not own its allocation), a dimension is negative,
        or `refcheck` is True and another array shares the memory.

    See Also
    --------
    dparray.resize

    Notes
    -----
    Pending work on the array's queue is waited for before the reference check. Unlike
    NumPy, views kept with ``refcheck=False`` stay valid (they keep the old memory).

    Examples
    --------
    >>> x = dp.asarray([1, 2, 3, 4])
    >>> x.resize((2, 3))
    >>> x
    array([[1, 2, 3],
           [4, 0, 0]])
    >>> y = dp.asarray([1, 2, 3, 4])
    >>> y.resize(3)
    >>> y
    array([1, 2, 3])
    """
    if len(new_shape) == 1 and (new_shape[0] is None or not isinstance(new_shape[0], int)):
        new_shape = () if new_shape[0] is None else new_shape[0]
    self._resize_in_place(new_shape, refcheck)


def _rebuild(data, filter_string, usm_type):
    # A sub-device ("host:cpu:0.1") exists only in the process that made it: its array goes
    # to the parent device of the same filter string, which every process can select.
    filter_string = filter_string.split(".", 1)[0]
    try:
        dev = _core.select_device(filter_string)
    except ValueError:
        warnings.warn(
            f"dparray: unpickling an array made on {filter_string!r}, which this machine lacks; "
            "it goes to the default device",
            RuntimeWarning,
            stacklevel=2,
        )
        return _core.asarray(data, usm_type=usm_type)
    return _core.asarray(data, device=dev, usm_type=usm_type)


def __reduce__(self):
    """Pickles as (the data as a NumPy array, the device's filter string, usm_type)."""
    return (_rebuild, (_core.asnumpy(self), self.sycl_device.filter_string, self.usm_type))


def _dtype_reduce(self):
    """Pickles a dtype by name; unpickling gives back the same dtype object."""
    return (_core.dtype, (self.name,))


_core.dtype.__reduce__ = _dtype_reduce

_REAL_DOC = """The real part of the elements.

For a complex array, a view of the real parts (float32 for complex64, float64 for
complex128); for a real array, a view of the array itself. Assigning to it
(``x.real = v``, ``x.real[1:] = 0``) writes into the array.

Examples
--------
>>> x = dp.asarray([1 + 2j, 3 - 4j])
>>> x.real
array([1., 3.])
>>> x.real = 0
>>> x
array([0.+2.j, 0.-4.j])
"""

_IMAG_DOC = """The imaginary part of the elements.

For a complex array, a view of the imaginary parts (float32 for complex64, float64 for
complex128): assigning to it writes into the array. For a real array, a new array of zeros
of the array's dtype, and assigning to it is a ``TypeError``, as NumPy.

Examples
--------
>>> x = dp.asarray([1 + 2j, 3 - 4j])
>>> x.imag
array([ 2., -4.])
>>> x.imag[1:] = 7
>>> x
array([1.+2.j, 3.+7.j])
>>> dp.asarray([1.0, 2.0]).imag
array([0., 0.])
"""

_FLAT_DOC = """A flat iterator over the elements in C order (a ``flatiter``), as NumPy's.

``len(x.flat)`` is the size; iterating yields Python scalars (from one host copy);
``x.flat[k]`` is a Python scalar for an integer and an array for slices or index arrays;
``x.flat[k] = v`` writes into the array (``v`` cycled, as NumPy), and ``x.flat = v`` fills
it. ``x.flat.copy()`` is a flattened copy.

Examples
--------
>>> x = dp.asarray([[1, 2], [3, 4]])
>>> len(x.flat)
4
>>> int(x.flat[3])
4
>>> x.flat[1] = 9
>>> x
array([[1, 9],
       [3, 4]])
"""

_FLAGS_DOC = """The layout flags of the array, as NumPy's ``ndarray.flags``.

A snapshot taken on access, read by key (``x.flags['C_CONTIGUOUS']``, short names such as
``'C'`` too) or attribute (``x.flags.c_contiguous``): C_CONTIGUOUS, F_CONTIGUOUS, OWNDATA,
WRITEABLE, ALIGNED, WRITEBACKIFCOPY and the derived FNC, FORC, BEHAVED, CARRAY, FARRAY.
Every dparray array is writeable and aligned; OWNDATA means the array spans its whole
allocation (offset 0, C order, every byte), so a C-order reshape of a new array owns its
data here where NumPy says it does not.

Examples
--------
>>> x = dp.asarray([[1, 2], [3, 4]])
>>> x.flags.c_contiguous
True
>>> x.T.flags["F_CONTIGUOUS"]
True
>>> x.flags.writeable
True
"""

_BASE_DOC = """None when the array owns its allocation, else an array over that allocation.

dparray arrays share memory by reference count rather than through a chain of base arrays,
so the base of a view is a new 1-D array over the whole allocation it views (not the array
the view was made from), and "owns" means: offset 0, C order and every byte of the
allocation (see ``flags.OWNDATA``).

Examples
--------
>>> x = dp.arange(6)
>>> x.base is None
True
>>> x[2:].base.shape
(6,)
"""

_METHODS = {
    "view": view,
    "setflags": setflags,
    "round": _round,
    "clip": _clip,
    "take": _take,
    "put": _put,
    "tolist": tolist,
    "tobytes": tobytes,
    "tofile": tofile,
    "dump": dump,
    "dumps": dumps,
    "byteswap": byteswap,
    "choose": _choose,
    "compress": _compress,
    "getfield": getfield,
    "setfield": setfield,
    "resize": resize,
    "__reduce__": __reduce__,
}
_PROPERTIES = {
    "real": property(_get_real, _set_real, doc=_REAL_DOC),
    "imag": property(_get_imag, _set_imag, doc=_IMAG_DOC),
    "flat": property(_get_flat, _set_flat, doc=_FLAT_DOC),
    "flags": property(lambda self: flagsobj(self), doc=_FLAGS_DOC),
    "base": property(_base, doc=_BASE_DOC),
}

for _name, _fn in _METHODS.items():
    if _name not in ndarray.__dict__ or _name == "__reduce__":
        _fn.__name__ = _name
        _fn.__qualname__ = f"ndarray.{_name}"
        setattr(ndarray, _name, _fn)
for _name, _prop in _PROPERTIES.items():
    setattr(ndarray, _name, _prop)
