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
    """A new array over the same memory: the same dtype, or dtype reinterpreting the bytes (a
    different itemsize needs a contiguous last axis whose byte length the new itemsize divides,
    as NumPy)."""
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


def setflags(self, write=None, align=None, uic=None):
    """NumPy's setflags: write=True, align=True and uic=False are accepted (they hold for every
    dparray array); write=False, align=False and uic=True are ValueErrors."""
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
    """dparray.round(x, decimals, out=out): round half to even."""
    return _core.round(self, decimals, out=out)


def _clip(self, min=None, max=None, out=None, **kwargs):
    """dparray.clip(x, min, max, out=out)."""
    return _core.clip(self, min, max, out=out, **kwargs)


def _take(self, indices, axis=None, out=None, mode="raise"):
    """dparray.take(x, indices, axis, out, mode): mode 'raise', 'wrap' or 'clip'."""
    return _core.take(self, indices, axis, out, mode)


def _put(self, indices, values, mode="raise"):
    """dparray.put(x, indices, values, mode), in place."""
    put(self, indices, values, mode)


def _choose(self, choices, out=None, mode="raise"):
    """dparray.choose(x, choices, out, mode)."""
    return choose(self, choices, out, mode)


def _compress(self, condition, axis=None, out=None):
    """dparray.compress(condition, x, axis, out)."""
    return compress(condition, self, axis, out)


def tolist(self):
    """The elements as nested Python lists of Python scalars (a copy to host memory)."""
    return _core.asnumpy(self).tolist()


def tobytes(self, order="C"):
    """The raw bytes of the elements in C (or F) order (a copy to host memory)."""
    if order not in ("C", "F", "A", "K", None):
        raise ValueError(f"tobytes: order must be one of 'C', 'F', 'A', 'K' or None, got {order!r}")
    return _core.asnumpy(self).tobytes(order="C" if order is None else order)


def tofile(self, fid, sep="", format="%s"):
    """Writes the elements to a file as NumPy's tofile (binary, or text with sep)."""
    _core.asnumpy(self).tofile(fid, sep=sep, format=format)


def dumps(self):
    """A pickle of the array (see __reduce__)."""
    import pickle  # here, not at import: dparray's import stays small

    return pickle.dumps(self)


def dump(self, file):
    """Pickles the array into file (a path or a binary file object)."""
    import pickle

    if isinstance(file, (str, bytes)) or hasattr(file, "__fspath__"):
        with open(file, "wb") as f:
            pickle.dump(self, f)
    else:
        pickle.dump(self, file)


def byteswap(self, inplace=False):
    """The elements with their bytes reversed (complex: each part), computed on the device;
    inplace writes them back into the array and returns it."""
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
    """A view of the bytes at offset within each element as dtype (NumPy's getfield)."""
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


def setfield(self, val, dtype, offset=0):
    """Writes val into the bytes at offset within each element, as dtype (NumPy's setfield)."""
    getfield(self, dtype, offset)[...] = val


def resize(self, *new_shape, refcheck=True):
    """In place: the array gets new_shape; old elements in C order first, zeros after. An array
    that shares its memory (views) needs refcheck=False; a view cannot be resized."""
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
    "real": property(_get_real, _set_real, doc="The real part (a view for complex arrays)."),
    "imag": property(_get_imag, _set_imag, doc="The imaginary part (zeros for real arrays)."),
    "flat": property(_get_flat, _set_flat, doc="A flat iterator over the array (C order)."),
    "flags": property(lambda self: flagsobj(self), doc="Layout flags, as NumPy's ndarray.flags."),
    "base": property(_base, doc="None when the array owns its allocation, else an array over it."),
}

for _name, _fn in _METHODS.items():
    if _name not in ndarray.__dict__ or _name == "__reduce__":
        _fn.__name__ = _name
        _fn.__qualname__ = f"ndarray.{_name}"
        setattr(ndarray, _name, _fn)
for _name, _prop in _PROPERTIES.items():
    setattr(ndarray, _name, _prop)
