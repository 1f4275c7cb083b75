"""Array API data-type functions and inspection: finfo, iinfo, isdtype, __array_namespace_info__."""

from . import _core

# IEEE 754 parameters: (bits, mantissa bits, min exponent, max exponent, decimal precision).
_FLOAT_FORMATS = {
    "float16": (16, 10, -14, 15, 3),
    "float32": (32, 23, -126, 127, 6),
    "float64": (64, 52, -1022, 1023, 15),
}
_REAL_OF = {"complex64": "float32", "complex128": "float64"}
_KINDS = {
    "bool": "b",
    "signed integer": "i",
    "unsigned integer": "u",
    "integral": "iu",
    "real floating": "f",
    "complex floating": "c",
    "numeric": "iufc",
}
# The Array API's dtypes, in its order (float16 is a dparray extra, not listed by dtypes()).
_API_DTYPES = (
    "bool",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "float32",
    "float64",
    "complex64",
    "complex128",
)


def _dtype_of(type, op):
    """A dparray dtype from a dtype, its name, a NumPy dtype or scalar type, or an array."""
    if isinstance(type, _core.ndarray):
        return type.dtype
    try:
        return _core.dtype(type)
    except (TypeError, ValueError) as e:
        raise TypeError(f"[{op}] {type!r} is not a data type or an array") from e


class finfo:
    """Machine limits of a floating-point dtype (Array API and NumPy).

    A complex dtype gives the limits of its real component's dtype.

    Parameters
    ----------
    type : dtype, str, type or ndarray
        A floating or complex dtype (float16, float32, float64, complex64, complex128), its
        name, a NumPy dtype or scalar type, or an array whose dtype to use.

    Attributes
    ----------
    bits : int
        Number of bits of the type.
    dtype : dtype
        The real floating dtype described (``float32`` for complex64).
    eps : float
        Difference between 1.0 and the next larger representable number.
    max : float
        Largest finite value.
    min : float
        Smallest (most negative) finite value, ``-max``.
    precision : int
        Approximate number of significant decimal digits.
    resolution : float
        ``10**-precision``.
    smallest_normal : float
        Smallest positive normal number.
    smallest_subnormal : float
        Smallest positive subnormal number.
    tiny : float
        Alias of `smallest_normal`.

    Raises
    ------
    ValueError
        If the dtype is not floating or complex.
    TypeError
        If `type` is not a data type or an array.

    See Also
    --------
    iinfo, isdtype

    Notes
    -----
    The values are properties of the IEEE 754 formats, the same on every device (whether a
    device supports float64 is ``Device.has_aspect_fp64``). The attributes are Python
    floats and ints, where NumPy's ``finfo`` holds NumPy scalars of the dtype (for
    float32, `resolution` is the float64 ``1e-06`` rather than float32's nearest value).

    Examples
    --------
    >>> dp.finfo(dp.float32)
    finfo(resolution=1e-06, min=-3.4028235e+38, max=3.4028235e+38, dtype=float32)
    >>> dp.finfo(dp.float64).eps
    2.220446049250313e-16
    >>> dp.finfo(dp.complex64).dtype
    dtype('float32')
    >>> dp.finfo(dp.float16).smallest_subnormal
    5.960464477539063e-08
    """

    __slots__ = (
        "bits",
        "dtype",
        "eps",
        "max",
        "min",
        "precision",
        "resolution",
        "smallest_normal",
        "smallest_subnormal",
        "tiny",
    )

    def __init__(self, type):
        t = _dtype_of(type, "finfo")
        name = _REAL_OF.get(t.name, t.name)
        if name not in _FLOAT_FORMATS:
            raise ValueError(f"[finfo] data type {t.name} is not a floating-point type")
        bits, mant, emin, emax, prec = _FLOAT_FORMATS[name]
        self.bits = bits
        self.eps = 2.0**-mant
        self.max = (2.0 - 2.0**-mant) * 2.0**emax
        self.min = -self.max
        self.smallest_normal = 2.0**emin
        self.smallest_subnormal = 2.0 ** (emin - mant)
        self.tiny = self.smallest_normal
        self.precision = prec
        self.resolution = 10.0**-prec
        self.dtype = _core.dtype(name)

    def __repr__(self):
        return (
            f"finfo(resolution={self.resolution}, min={self.min:.8g}, max={self.max:.8g}, "
            f"dtype={self.dtype.name})"
        )


class iinfo:
    """Machine limits of an integer dtype (Array API and NumPy).

    Parameters
    ----------
    type : dtype, str, type or ndarray
        An integer dtype (int8 ... int64, uint8 ... uint64), its name, a NumPy dtype or
        scalar type, or an array whose dtype to use.

    Attributes
    ----------
    bits : int
        Number of bits of the type.
    dtype : dtype
        The integer dtype described.
    max : int
        Largest value.
    min : int
        Smallest value (0 for unsigned types).

    Raises
    ------
    ValueError
        If the dtype is not an integer dtype (bool is not).
    TypeError
        If `type` is not a data type or an array.

    See Also
    --------
    finfo, isdtype

    Examples
    --------
    >>> dp.iinfo(dp.int8)
    iinfo(min=-128, max=127, dtype=int8)
    >>> dp.iinfo(dp.uint16).max
    65535
    >>> dp.iinfo(dp.asarray([1, 2])).bits
    64
    """

    __slots__ = ("bits", "dtype", "max", "min")

    def __init__(self, type):
        t = _dtype_of(type, "iinfo")
        if t.kind not in "iu":
            raise ValueError(f"[iinfo] data type {t.name} is not an integer type")
        self.bits = t.itemsize * 8
        self.min = -(2 ** (self.bits - 1)) if t.kind == "i" else 0
        self.max = 2 ** (self.bits - 1) - 1 if t.kind == "i" else 2**self.bits - 1
        self.dtype = t

    def __repr__(self):
        return f"iinfo(min={self.min}, max={self.max}, dtype={self.dtype.name})"


def _is_kind(t, kind):
    if isinstance(kind, str):
        if kind not in _KINDS:
            raise ValueError(
                f"[isdtype] kind {kind!r} is not one of {', '.join(map(repr, _KINDS))}"
            )
        return t.kind in _KINDS[kind]
    if isinstance(kind, _core.dtype):
        return t == kind
    raise TypeError(
        f"[isdtype] kind must be a dtype, a kind name or a tuple of them, "
        f"not {type(kind).__name__} ({kind!r})"
    )


def isdtype(dtype, kind):
    """Whether a dtype is of a given kind (Array API).

    Parameters
    ----------
    dtype : dtype
        The dparray dtype to test.
    kind : str, dtype or tuple
        A kind name: ``'bool'``, ``'signed integer'``, ``'unsigned integer'``,
        ``'integral'`` (signed and unsigned integers), ``'real floating'`` (float16,
        float32, float64), ``'complex floating'``, ``'numeric'`` (integers, floating and
        complex, not bool); a dtype, matched exactly; or a tuple of these, true when any
        entry matches.

    Returns
    -------
    bool
        True if `dtype` is of `kind`.

    Raises
    ------
    ValueError
        If a kind name is not one of the above.
    TypeError
        If `dtype` is not a dparray dtype (a string or a NumPy dtype is not accepted), or
        `kind` is neither a str, a dtype nor a tuple of them.

    See Also
    --------
    finfo, iinfo, result_type

    Notes
    -----
    Every entry of a tuple is validated, as NumPy does.

    Examples
    --------
    >>> dp.isdtype(dp.float32, "real floating")
    True
    >>> dp.isdtype(dp.int8, ("integral", "bool"))
    True
    >>> dp.isdtype(dp.bool, "integral")
    False
    >>> dp.isdtype(dp.float64, (dp.float32, dp.float64))
    True
    """
    if not isinstance(dtype, _core.dtype):
        raise TypeError(f"[isdtype] dtype must be a dparray dtype, not {type(dtype).__name__}")
    if isinstance(kind, tuple):
        matches = [_is_kind(dtype, k) for k in kind]  # every entry is validated, as NumPy
        return any(matches)
    return _is_kind(dtype, kind)


def _device_of(device):
    if device is None:
        return _core.select_default_device()
    if isinstance(device, _core.Device):
        return device
    if isinstance(device, str):
        return _core.Device(device)
    sycl_device = getattr(device, "sycl_device", None)  # Queue or an array's device
    if isinstance(sycl_device, _core.Device):
        return sycl_device
    raise TypeError(
        f"[__array_namespace_info__] device must be a Device, a filter string, a Queue or an "
        f"array's device, not {type(device).__name__}"
    )


class _NamespaceInfo:
    """What dparray supports, per the Array API's inspection interface."""

    __module__ = "dparray"

    def capabilities(self):
        return {"boolean indexing": True, "data-dependent shapes": True, "max dimensions": 64}

    # Array devices (a device's default queue), so that they compare equal to x.device of the
    # arrays created there, as the standard's device objects must.
    def default_device(self):
        return _core.ArrayDevice(_core.select_default_device())

    def devices(self):
        return [_core.ArrayDevice(d) for d in _core.get_devices()]

    def default_dtypes(self, *, device=None):
        d = _device_of(device)
        fp64 = d.has_aspect_fp64
        return {
            "real floating": _core.float64 if fp64 else _core.float32,
            "complex floating": _core.complex128 if fp64 else _core.complex64,
            "integral": _core.int64,
            "indexing": _core.int64,
        }

    def dtypes(self, *, device=None, kind=None):
        d = _device_of(device)
        out = {}
        for name in _API_DTYPES:
            if name in ("float64", "complex128") and not d.has_aspect_fp64:
                continue
            t = _core.dtype(name)
            if kind is None or isdtype(t, kind):
                out[name] = t
        return out


def __array_namespace_info__():
    """The Array API inspection object: capabilities, devices and dtypes."""
    return _NamespaceInfo()
