"""NumPy's utility functions over dparray arrays: applying Python functions along axes,
piecewise, frompyfunc, type queries, memory overlap, packbits / unpackbits and integer
formatting.

apply_along_axis / apply_over_axes / piecewise call the user's function on device arrays
(views or masked selections); frompyfunc is the exception that computes on the host
(docs/numpy-utilities.md)."""

import itertools
import operator

from . import _core as _c

__all__ = [
    "apply_along_axis",
    "apply_over_axes",
    "base_repr",
    "binary_repr",
    "common_type",
    "frompyfunc",
    "iscomplexobj",
    "isfortran",
    "isrealobj",
    "isscalar",
    "issubdtype",
    "iterable",
    "may_share_memory",
    "min_scalar_type",
    "mintypecode",
    "packbits",
    "piecewise",
    "shares_memory",
    "typename",
    "unpackbits",
]

_COMPLEX = ("complex64", "complex128")
_CHAR = {
    "bool": "?",
    "int8": "b",
    "uint8": "B",
    "int16": "h",
    "uint16": "H",
    "int32": "i",
    "uint32": "I",
    "int64": "l",
    "uint64": "L",
    "float16": "e",
    "float32": "f",
    "float64": "d",
    "complex64": "F",
    "complex128": "D",
}


def _numpy(op):
    try:
        import numpy

        return numpy
    except ImportError:  # pragma: no cover - NumPy is optional at run time
        raise ImportError(f"[{op}] needs NumPy installed") from None


def _dtype_name(x):
    """Name of a dparray array's / dtype's / NumPy object's dtype, or None for others."""
    if isinstance(x, _c.ndarray):
        return str(x.dtype)
    if isinstance(x, _c.dtype):
        return str(x)
    return None


# ---------------------------------------------------------------- applying functions


def apply_along_axis(func1d, axis, arr, *args, **kwargs):
    """func1d applied to every 1-D slice of arr along axis (numpy.apply_along_axis). The
    slices are device views; the results (arrays or scalars of one shape) are stacked on
    arr's device, their dimensions replacing axis."""
    op = "apply_along_axis"
    a = arr if isinstance(arr, _c.ndarray) else _c.asarray(arr)
    nd = a.ndim
    try:
        axis = operator.index(axis)
    except TypeError:
        raise TypeError(f"[{op}] axis must be an int, not {type(axis).__name__}") from None
    if not -nd <= axis < nd:
        raise IndexError(f"[{op}] axis {axis} is out of bounds for array of dimension {nd}")
    axis %= nd
    moved = _c.moveaxis(a, axis, -1)
    outer = tuple(moved.shape[:-1])
    if any(n == 0 for n in outer):
        raise ValueError(f"[{op}] cannot apply_along_axis when any iteration dimensions are 0")
    results = []
    for idx in itertools.product(*map(range, outer)):  # one call per slice, as NumPy
        r = func1d(moved[idx], *args, **kwargs)
        results.append(r if isinstance(r, _c.ndarray) else _c.asarray(r, sycl_queue=a.sycl_queue))
    res_shape = tuple(results[0].shape)
    if any(tuple(r.shape) != res_shape for r in results):
        raise ValueError(f"[{op}] func1d returned results of different shapes")
    out = _c.reshape(_c.stack(results), outer + res_shape)
    # the result dimensions go where axis was
    k = len(res_shape)
    perm = list(range(axis)) + [len(outer) + i for i in range(k)] + list(range(axis, len(outer)))
    return _c.permute_dims(out, tuple(perm))


def apply_over_axes(func, a, axes):
    """func(a, axis) applied for each axis in turn, keeping the dimensions
    (numpy.apply_over_axes): func must return an array of a's rank or one less."""
    op = "apply_over_axes"
    val = a if isinstance(a, _c.ndarray) else _c.asarray(a)
    n = val.ndim
    import numbers  # here, not at import: dparray's import stays small

    axes = (axes,) if isinstance(axes, numbers.Integral) else tuple(axes)
    for axis in axes:
        axis = operator.index(axis)
        if axis < 0:
            axis += n
        res = func(val, axis)
        if not isinstance(res, _c.ndarray):
            res = _c.asarray(res, sycl_queue=val.sycl_queue)
        if res.ndim == val.ndim:
            val = res
            continue
        res = _c.expand_dims(res, axis=axis)
        if res.ndim != val.ndim:
            raise ValueError(f"[{op}] function is not returning an array of the correct shape")
        val = res
    return val


def piecewise(x, condlist, funclist, *args, **kw):
    """Values of funclist[i] where condlist[i] holds (numpy.piecewise): each callable
    receives only the elements its condition selects (a masked device selection); a
    constant is broadcast; one extra function covers where no condition holds."""
    op = "piecewise"
    x = x if isinstance(x, _c.ndarray) else _c.asarray(x)
    q = x.sycl_queue
    n2 = len(funclist)
    single = isinstance(condlist, (bool, _c.ndarray)) and (
        not isinstance(condlist, _c.ndarray) or condlist.ndim == x.ndim
    )
    if single or (
        isinstance(condlist, (list, tuple))
        and condlist
        and not isinstance(condlist[0], (list, tuple, _c.ndarray))
        and x.ndim != 0
    ):
        condlist = [condlist]
    conds = [
        _c.broadcast_to(
            _c.astype(c if isinstance(c, _c.ndarray) else _c.asarray(c, sycl_queue=q), _c.bool),
            x.shape,
        )
        for c in condlist
    ]
    n = len(conds)
    if n == n2 - 1:  # the "otherwise" condition
        other = _c.ones(x.shape, dtype=_c.bool, sycl_queue=q)
        for c in conds:
            other = other & ~c
        conds.append(other)
    elif n != n2:
        raise ValueError(
            f"[{op}] with {n} condition(s), either {n} or {n + 1} functions are expected, got {n2}"
        )
    y = _c.zeros_like(x)
    if x.ndim == 0:  # a 0-d x: masks select through a 1-element view
        y1, x1 = _c.reshape(y, (1,)), _c.reshape(x, (1,))
        conds = [_c.reshape(c, (1,)) for c in conds]
    else:
        y1, x1 = y, x
    for cond, func in zip(conds, funclist):
        if not callable(func):
            y1[cond] = func
            continue
        vals = x1[cond]
        if vals.size > 0:
            y1[cond] = func(vals, *args, **kw)
    return y


class _PyFunc:
    """The callable frompyfunc returns."""

    def __init__(self, func, nin, nout, identity):
        self.func, self.nin, self.nout, self.identity = func, nin, nout, identity
        self.nargs = nin + nout
        self.__name__ = f"{getattr(func, '__name__', 'func')} (vectorized)"
        self.__doc__ = f"dparray.frompyfunc of {getattr(func, '__name__', func)!r}"

    def __repr__(self):
        return f"<dparray.frompyfunc {self.__name__}>"

    def __call__(self, *args):
        np = _numpy("frompyfunc")
        if len(args) != self.nin:
            raise TypeError(
                f"[frompyfunc] {self.__name__} takes {self.nin} arguments, got {len(args)}"
            )
        q = next((a.sycl_queue for a in args if isinstance(a, _c.ndarray)), None)
        host = [_c.asnumpy(a) if isinstance(a, _c.ndarray) else a for a in args]
        kw = {} if self.identity is None else {"identity": self.identity}
        res = np.frompyfunc(self.func, self.nin, self.nout, **kw)(*host)
        outs = res if self.nout > 1 else (res,)
        conv = tuple(self._to_device(np, r, q) for r in outs)
        return conv if self.nout > 1 else conv[0]

    @staticmethod
    def _to_device(np, r, q):
        # object results become the numeric dtype NumPy infers from their values
        v = np.array(r.tolist()) if isinstance(r, np.ndarray) else np.array(r)
        if v.dtype.kind not in "biufc":
            raise TypeError(
                f"[frompyfunc] results must be numbers or booleans to live on a device, "
                f"got values of dtype {v.dtype}"
            )
        return _c.asarray(v, sycl_queue=q) if q is not None else _c.asarray(v)


def frompyfunc(func, /, nin, nout, *, identity=None):
    """A callable applying the Python function func elementwise with broadcasting
    (numpy.frompyfunc). It runs on the host with NumPy's object semantics: the arguments
    are copied to the host, func is called per element, and the results (numbers) come
    back as an array on the first array argument's device, with the dtype NumPy infers
    from the returned values."""
    if not callable(func):
        raise TypeError(f"[frompyfunc] func must be callable, not {type(func).__name__}")
    nin, nout = operator.index(nin), operator.index(nout)
    if nin < 0 or nout < 1:
        raise ValueError(f"[frompyfunc] needs nin >= 0 and nout >= 1, got {nin} and {nout}")
    return _PyFunc(func, nin, nout, identity)


# ---------------------------------------------------------------- type queries


def common_type(*arrays):
    """The inexact dtype every argument converts to without loss of precision class
    (numpy.common_type): integers count as float64; the result is a dparray dtype."""
    if not arrays:
        return _c.float16
    complex_, bits = False, 16
    for a in arrays:
        name = _dtype_name(a)
        if name is None:
            raise TypeError(
                f"[common_type] arguments must be dparray arrays, not {type(a).__name__}"
            )
        if name == "bool":
            raise TypeError("[common_type] can't get common type for non-numeric array")
        complex_ |= name in _COMPLEX
        size = {"float16": 16, "float32": 32, "complex64": 32}.get(name, 64)
        bits = max(bits, size)
    if complex_:
        return _c.complex64 if bits <= 32 else _c.complex128
    return {16: _c.float16, 32: _c.float32, 64: _c.float64}[bits]


def iscomplexobj(x):
    """Whether x has a complex dtype (numpy.iscomplexobj); values are not inspected."""
    name = _dtype_name(x)
    if name is not None:
        return name in _COMPLEX
    dt = getattr(x, "dtype", None)
    if dt is not None:
        return getattr(dt, "kind", None) == "c" or str(dt).startswith("complex")
    if isinstance(x, complex):
        return True
    if isinstance(x, (list, tuple)):
        return _numpy("iscomplexobj").iscomplexobj(x)
    return False


def isrealobj(x):
    """Whether x has a non-complex dtype (numpy.isrealobj)."""
    return not iscomplexobj(x)


def isscalar(element):
    """Whether element is a scalar (numpy.isscalar): a number, string or NumPy scalar;
    dparray arrays, even 0-d ones, are not."""
    if isinstance(element, _c.ndarray):
        return False
    import numbers

    if isinstance(element, (numbers.Number, str, bytes, bool)):
        return True
    try:
        import numpy

        return numpy.isscalar(element)
    except ImportError:  # pragma: no cover
        return False


def _to_numpy_type(np, x):
    name = _dtype_name(x)
    return np.dtype(name) if name is not None else x


def issubdtype(arg1, arg2):
    """Whether arg1 is below arg2 in NumPy's type hierarchy (numpy.issubdtype); dparray
    dtypes stand for the NumPy dtypes of the same name and NumPy's abstract types
    (numpy.floating, numpy.integer ...) are accepted."""
    np = _numpy("issubdtype")
    return bool(np.issubdtype(_to_numpy_type(np, arg1), _to_numpy_type(np, arg2)))


def min_scalar_type(a, /):
    """The smallest dparray dtype holding the value a (numpy.min_scalar_type); a
    non-0-d array gives its own dtype."""
    if isinstance(a, _c.ndarray):
        if a.ndim != 0:
            return a.dtype
        a = a.item()
    np = _numpy("min_scalar_type")
    name = str(np.min_scalar_type(a))
    if name not in _CHAR:
        raise TypeError(f"[min_scalar_type] {a!r} has no dparray dtype (NumPy gives {name})")
    return _c.dtype(name)


_BY_SIZE = "GDFgdfQqLlIiHhBb?"


def mintypecode(typechars, typeset="GDFgdf", default="d"):
    """The type character of the smallest safe type among typechars within typeset
    (numpy.mintypecode); typechars may hold characters, dtypes or arrays."""
    if not isinstance(typechars, (str, list, tuple)):
        raise TypeError(
            f"[mintypecode] typechars must be a string or a sequence, not {type(typechars).__name__}"
        )
    codes = []
    for t in typechars:
        if isinstance(t, str):
            codes.append(t)
        else:
            name = _dtype_name(t)
            if name is not None:
                codes.append(_CHAR[name])
            elif hasattr(t, "dtype"):  # NumPy arrays and scalars
                codes.append(_numpy("mintypecode").dtype(t.dtype).char)
            else:
                raise TypeError(
                    f"[mintypecode] typechars holds {type(t).__name__}, not a type character, "
                    "dtype or array"
                )
    inter = {t for t in codes if t in typeset}
    if not inter:
        return default
    if "F" in inter and "d" in inter:
        return "D"
    return min(inter, key=_BY_SIZE.index)


_TYPE_NAMES = {
    "S1": "character",
    "?": "bool",
    "b": "signed char",
    "B": "unsigned char",
    "h": "short",
    "H": "unsigned short",
    "i": "integer",
    "I": "unsigned integer",
    "l": "long integer",
    "L": "unsigned long integer",
    "q": "long long integer",
    "Q": "unsigned long long integer",
    "f": "single precision",
    "d": "double precision",
    "g": "long precision",
    "F": "complex single precision",
    "D": "complex double precision",
    "G": "complex long double precision",
    "S": "string",
    "U": "unicode",
    "V": "void",
    "O": "object",
}


def typename(char):
    """The description of a type character (numpy.typename)."""
    if not isinstance(char, str):
        raise TypeError(f"[typename] expected a type character string, not {type(char).__name__}")
    return _TYPE_NAMES[char]  # KeyError for unknown characters, as NumPy


def iterable(y):
    """Whether iter(y) works (numpy.iterable); 0-d arrays are not iterable."""
    try:
        iter(y)
    except TypeError:
        return False
    return True


def isfortran(a):
    """Whether a is Fortran-contiguous and not also C-contiguous (numpy.isfortran)."""
    if not isinstance(a, _c.ndarray):
        raise TypeError(f"[isfortran] expected a dparray.ndarray, not {type(a).__name__}")
    return bool(a._is_f_contiguous and not a._is_c_contiguous)


# ---------------------------------------------------------------- integer formatting

_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def base_repr(number, base=2, padding=0):
    """number written in base (2 to 36) with `padding` leading zeros (numpy.base_repr)."""
    number = _int(number, "base_repr", "number")
    base = _int(base, "base_repr", "base")
    padding = _int(padding, "base_repr", "padding")
    if base > len(_DIGITS):
        raise ValueError("[base_repr] bases greater than 36 not handled in base_repr")
    if base < 2:
        raise ValueError("[base_repr] bases less than 2 not handled in base_repr")
    num = abs(int(number))
    digits = []
    while num:
        num, d = divmod(num, base)
        digits.append(_DIGITS[d])
    s = "0" * padding + "".join(reversed(digits))
    s = s or "0"  # NumPy writes zero as its padding alone when there is some
    return "-" + s if number < 0 else s


def _int(v, op, name):
    try:
        return operator.index(v)
    except TypeError:
        raise TypeError(f"[{op}] {name} must be an integer, not {type(v).__name__}") from None


def binary_repr(num, width=None):
    """Binary string of num (numpy.binary_repr): '-' and the magnitude without width,
    two's complement in width bits with it."""
    num = _int(num, "binary_repr", "num")
    if width is not None:
        width = _int(width, "binary_repr", "width")
    if num >= 0:
        s = bin(num)[2:]
        need = len(s)
    elif width is None:
        return "-" + bin(-num)[2:]
    else:
        need = len(bin(-num - 1)[2:]) + 1 if num != -1 else 1
        s = bin(2**width + num)[2:] if width >= need else ""
    if width is not None:
        if width < need:
            raise ValueError(
                f"[binary_repr] Insufficient bit width={width} provided for binwidth={need}"
            )
        s = s.rjust(width, "0")
    return s


# ---------------------------------------------------------------- memory overlap

_FAKE_BASE = 1 << 40  # a notional address: only offsets within one allocation matter


def _extent(x):
    """(allocation id, lowest byte, highest byte + 1) that x reaches."""
    alloc, _ = _c._allocation(x)
    start = x._element_offset * x.itemsize
    lo = hi = start
    for n, s in zip(x.shape, x.strides):
        if n == 0:
            return alloc, start, start
        if s < 0:
            lo += (n - 1) * s
        else:
            hi += (n - 1) * s
    return alloc, lo, hi + x.itemsize


def _overlap(a, b, exact, max_work, op):
    if not isinstance(a, _c.ndarray) or not isinstance(b, _c.ndarray):
        if isinstance(a, _c.ndarray) or isinstance(b, _c.ndarray):
            return False  # dparray memory is never a NumPy array's memory
        np = _numpy(op)
        f = np.shares_memory if exact else np.may_share_memory
        return bool(f(a, b) if max_work is None else f(a, b, max_work=max_work))
    ida, loa, hia = _extent(a)
    idb, lob, hib = _extent(b)
    if ida != idb or a.size == 0 or b.size == 0 or hia <= lob or hib <= loa:
        return False
    if not exact:
        return True
    # exact: NumPy's bounded solver over the two views' byte layouts, on notional
    # addresses (no memory is read)
    np = _numpy(op)
    views = [_notional(np, x) for x in (a, b)]
    return bool(np.shares_memory(*views, max_work=-1 if max_work is None else max_work))


class _Layout:
    def __init__(self, x):
        self.__array_interface__ = {
            "data": (_FAKE_BASE + x._element_offset * x.itemsize, True),
            "shape": tuple(x.shape),
            "strides": tuple(x.strides),
            "typestr": f"|V{x.itemsize}",
            "version": 3,
        }


def _notional(np, x):
    return np.asarray(_Layout(x))


def may_share_memory(a, b, /, max_work=None):
    """Whether a and b might share memory (numpy.may_share_memory): for dparray arrays,
    whether they are views of one allocation whose byte ranges overlap."""
    exact = max_work is not None and max_work != 0  # NumPy: bounds only by default
    return _overlap(a, b, exact, max_work, "may_share_memory")


def shares_memory(a, b, /, max_work=None):
    """Whether a and b share memory (numpy.shares_memory): exact for dparray arrays: views
    of one allocation with at least one byte that both reach."""
    return _overlap(a, b, True, max_work, "shares_memory")


# ---------------------------------------------------------------- bits


def _bitorder(bitorder, op):
    if bitorder not in ("big", "little"):
        raise ValueError(f"[{op}] 'order' must be either 'little' or 'big', got {bitorder!r}")
    return bitorder


def _axis_or_flat(a, axis, op):
    if axis is None:
        return _c.reshape(a, (-1,)), 0
    axis = operator.index(axis)
    if not -a.ndim <= axis < a.ndim:
        raise IndexError(f"[{op}] axis {axis} is out of bounds for array of dimension {a.ndim}")
    return a, axis % a.ndim


def packbits(a, /, axis=None, bitorder="big"):
    """Pack the truth of each element into bits of uint8 (numpy.packbits), 8 per byte along
    axis (the flattened array when None), zero-padded at the end."""
    op = "packbits"
    if not isinstance(a, _c.ndarray):
        a = _c.asarray(a)
    if str(a.dtype) not in (
        "bool",
        "int8",
        "uint8",
        "int16",
        "uint16",
        "int32",
        "uint32",
        "int64",
        "uint64",
    ):
        raise TypeError(
            f"[{op}] expected an input array of integer or boolean data type, got {a.dtype}"
        )
    _bitorder(bitorder, op)
    a, axis = _axis_or_flat(a, axis, op)
    q = a.sycl_queue
    if a.ndim == 0:
        raise ValueError(f"[{op}] axis must be given an array of at least one dimension")
    m = _c.moveaxis(_c.astype(a != 0, _c.uint8), axis, -1)
    n = m.shape[-1]
    pad = -n % 8
    if pad:
        m = _c.concat(
            [m, _c.zeros(tuple(m.shape[:-1]) + (pad,), dtype=_c.uint8, sycl_queue=q)], axis=-1
        )
    m = _c.reshape(m, tuple(m.shape[:-1]) + ((n + pad) // 8, 8))
    shifts = _c.arange(7, -1, -1, dtype=_c.uint8, sycl_queue=q)
    if bitorder == "little":
        shifts = _c.arange(0, 8, dtype=_c.uint8, sycl_queue=q)
    packed = _c.sum(_c.left_shift(m, shifts), axis=-1, dtype=_c.uint8)
    return _c.moveaxis(packed, -1, axis)


def unpackbits(a, /, axis=None, count=None, bitorder="big"):
    """Unpack the bits of a uint8 array (numpy.unpackbits), 8 per byte along axis (the
    flattened array when None); count keeps that many bits (negative: drops from the end;
    more than there are: zero-padded)."""
    op = "unpackbits"
    if not isinstance(a, _c.ndarray):
        a = _c.asarray(a)
    if str(a.dtype) != "uint8":
        raise TypeError(f"[{op}] expected an input array of unsigned byte data type, got {a.dtype}")
    _bitorder(bitorder, op)
    a, axis = _axis_or_flat(a, axis, op)
    if a.ndim == 0:
        raise ValueError(f"[{op}] axis must be given an array of at least one dimension")
    q = a.sycl_queue
    m = _c.moveaxis(a, axis, -1)
    shifts = _c.arange(7, -1, -1, dtype=_c.uint8, sycl_queue=q)
    if bitorder == "little":
        shifts = _c.arange(0, 8, dtype=_c.uint8, sycl_queue=q)
    bits = _c.bitwise_and(
        _c.right_shift(_c.expand_dims(m, axis=-1), shifts),
        _c.asarray(1, dtype=_c.uint8, sycl_queue=q),
    )
    bits = _c.reshape(bits, tuple(m.shape[:-1]) + (m.shape[-1] * 8,))
    if count is not None:
        count = operator.index(count)
        total = bits.shape[-1]
        keep = count if count >= 0 else max(total + count, 0)
        if keep <= total:
            bits = bits[..., :keep]
        else:
            z = _c.zeros(tuple(bits.shape[:-1]) + (keep - total,), dtype=_c.uint8, sycl_queue=q)
            bits = _c.concat([bits, z], axis=-1)
    return _c.moveaxis(bits, -1, axis)
