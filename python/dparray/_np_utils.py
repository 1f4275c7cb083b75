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
    """Apply a function to the 1-D slices of an array along an axis.

    ``func1d(v, *args, **kwargs)`` is called once per 1-D slice ``v`` of `arr` along `axis`
    (NumPy's loop order); its results, arrays or scalars of one shape, are stacked with their
    dimensions replacing `axis`.

    Parameters
    ----------
    func1d : callable
        Called as ``func1d(v, *args, **kwargs)`` with a 1-D dparray view ``v``; returns an
        array or a scalar, of the same shape for every slice.
    axis : int
        The axis along which `arr` is sliced; negative counts from the end.
    arr : ndarray or array_like
        The input array (converted with ``asarray`` onto the default device when not a
        dparray array).
    *args, **kwargs
        Further arguments for `func1d`.

    Returns
    -------
    ndarray
        ``arr.shape[:axis] + result_shape + arr.shape[axis+1:]``, on `arr`'s device, with
        the dtype of the stacked results.

    Raises
    ------
    TypeError
        If `axis` is not an integer.
    IndexError
        If `axis` is out of bounds.
    ValueError
        If an iteration dimension (any other than `axis`) has length 0, or if the results
        differ in shape.

    See Also
    --------
    apply_over_axes

    Notes
    -----
    The slices are device views of `arr` (no copies) and the results stay on `arr`'s
    device/queue; scalar results are made arrays there. The loop over slices runs in Python,
    one call per slice, so prefer whole-array operations with ``axis=`` where they exist.

    Examples
    --------
    >>> dp.apply_along_axis(dp.sum, 1, dp.asarray([[1, 2], [3, 4]]))
    array([3, 7])
    >>> dp.apply_along_axis(dp.sort, 0, dp.asarray([[3, 1], [2, 4], [1, 0]]))
    array([[1, 0],
           [2, 1],
           [3, 4]])
    """
    op = "apply_along_axis"
    a = arr if isinstance(arr, _c.ndarray) else _c.asarray(arr)
    nd = a.ndim
    try:
        axis = operator.index(axis)
    except TypeError:
        raise TypeError(f"[{op}] axis must be an int, not {type(axis).__name__}") from None
    if not -nd <= axis < nd:
        raise _c.AxisError(f"[{op}] axis {axis} is out of bounds for array of dimension {nd}")
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
    """Apply a reducing function over several axes in turn, keeping the dimensions.

    For each axis in `axes`, ``func(a, axis)`` is called on the running result; a result with
    one dimension fewer gets that axis back with length 1.

    Parameters
    ----------
    func : callable
        Called as ``func(a, axis)``; must return an array (or scalar) of ``a``'s rank or of
        one less.
    a : ndarray or array_like
        The input array.
    axes : int or sequence of int
        The axes, applied in order; negative ones count from the end.

    Returns
    -------
    ndarray
        The result, of `a`'s rank, on `a`'s device.

    Raises
    ------
    ValueError
        If `func` returns an array of any other rank.

    See Also
    --------
    apply_along_axis

    Notes
    -----
    Each call of `func` computes on `a`'s device/queue; scalar results are made arrays there.

    Examples
    --------
    >>> dp.apply_over_axes(dp.sum, dp.arange(24).reshape(2, 3, 4), [0, 2])
    array([[[ 60],
            [ 92],
            [124]]])
    """
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
    """Evaluate a piecewise-defined function.

    Where ``condlist[i]`` holds, the result takes the values of ``funclist[i]``: a callable
    receives only the selected elements of `x` (a 1-D array) and returns their values; a
    constant is broadcast. One extra entry in `funclist` covers the elements where no condition
    holds; elements that no entry covers are 0.

    Parameters
    ----------
    x : ndarray or array_like
        The input; the result has its shape and dtype.
    condlist : list of bool arrays or a bool array
        Conditions, each broadcast to `x`'s shape (a single array or bool is one condition).
        Where several hold, the later one wins.
    funclist : list of callables or scalars
        ``len(condlist)`` or ``len(condlist) + 1`` entries.
    *args, **kw
        Further arguments for every callable.

    Returns
    -------
    ndarray
        Of `x`'s shape, dtype and device.

    Raises
    ------
    ValueError
        If `funclist` has neither ``len(condlist)`` nor ``len(condlist) + 1`` entries.

    See Also
    --------
    where, select

    Notes
    -----
    The selections are boolean-mask reads on `x`'s device and the values are written back by
    boolean-mask assignment there; the callables should compute with dparray operations.
    Values are cast to `x`'s dtype (an integer `x` truncates float values, as in NumPy).

    Examples
    --------
    >>> x = dp.asarray([-2.0, -1.0, 0.0, 1.0, 2.0])
    >>> dp.piecewise(x, [x < 0, x >= 0], [-1, 1])
    array([-1., -1.,  1.,  1.,  1.])
    >>> dp.piecewise(x, [x < 0], [lambda v: -v, lambda v: v * 10])
    array([ 2.,  1.,  0., 10., 20.])
    """
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
    """Make a broadcasting callable from a Python function of scalars.

    Parameters
    ----------
    func : callable
        A Python function of `nin` scalars returning `nout` values (a tuple when `nout` > 1).
    nin : int
        The number of inputs (at least 0).
    nout : int
        The number of outputs (at least 1).
    identity : object, optional
        Passed to ``numpy.frompyfunc`` (default None: none).

    Returns
    -------
    callable
        Called with `nin` arrays or scalars, it broadcasts them, applies `func` per element
        and returns an array (a tuple of `nout` arrays when `nout` > 1).

    Raises
    ------
    TypeError
        If `func` is not callable; the returned callable raises ``TypeError`` when given a
        number of arguments other than `nin`, or when `func` returns values that are not
        numbers or booleans.
    ValueError
        If `nin` < 0 or `nout` < 1.

    See Also
    --------
    vectorize

    Notes
    -----
    The calls run on the host with NumPy (which is required): the array arguments are copied
    to the host, ``numpy.frompyfunc`` applies `func` per element, and the results are copied
    to the first array argument's device/queue (the default device if none). Differences from
    NumPy: dparray has no object arrays, so the results get the numeric dtype NumPy infers
    from the returned values (``array([3, 5, 7])``, not ``dtype=object``); the callable has no
    ``reduce`` / ``accumulate`` / ``out=``.

    On a device without float64, float results arrive as float32 (complex as complex64).

    Examples
    --------
    >>> f = dp.frompyfunc(lambda a, b: a * b + 1, 2, 1)
    >>> f(dp.asarray([1, 2, 3]), 2)
    array([3, 5, 7])
    >>> q, r = dp.frompyfunc(divmod, 2, 2)(dp.asarray([7, 8]), 3)
    >>> q, r
    (array([2, 2]), array([1, 2]))
    """
    if not callable(func):
        raise TypeError(f"[frompyfunc] func must be callable, not {type(func).__name__}")
    nin, nout = operator.index(nin), operator.index(nout)
    if nin < 0 or nout < 1:
        raise ValueError(f"[frompyfunc] needs nin >= 0 and nout >= 1, got {nin} and {nout}")
    return _PyFunc(func, nin, nout, identity)


# ---------------------------------------------------------------- type queries


def common_type(*arrays):
    """Return the inexact dtype that all the given arrays convert to without loss of precision.

    Integer arrays count as float64; float16, float32, complex64 keep their precision, and a
    complex input makes the result complex.

    Parameters
    ----------
    *arrays : ndarray or dtype
        dparray arrays (or dparray dtypes).

    Returns
    -------
    dtype
        float16, float32, float64, complex64 or complex128 (float16 with no argument).

    Raises
    ------
    TypeError
        If an argument is not a dparray array or dtype, or has dtype bool.

    See Also
    --------
    result_type, mintypecode

    Notes
    -----
    Difference from NumPy: the result is a dparray dtype, not a NumPy scalar type
    (``dtype('float64')`` where NumPy gives ``numpy.float64``); the two compare equal.

    Examples
    --------
    >>> dp.common_type(dp.asarray([1, 2]), dp.asarray([1.0], dtype=dp.float32))
    dtype('float64')
    >>> dp.common_type(dp.asarray([1.0], dtype=dp.float32), dp.asarray([1j], dtype=dp.complex64))
    dtype('complex64')
    """
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
    """Check whether an object has a complex type.

    Only the type is checked, not the values: an array of dtype complex with zero imaginary
    parts is complex.

    Parameters
    ----------
    x : object
        A dparray array or dtype, an object with a ``dtype`` (NumPy arrays and scalars), a
        Python number, or a list / tuple (checked by NumPy).

    Returns
    -------
    bool
        True when `x` is of complex type.

    See Also
    --------
    isrealobj, iscomplex

    Examples
    --------
    >>> dp.iscomplexobj(dp.asarray([1.0, 2.0]))
    False
    >>> dp.iscomplexobj(dp.asarray([1 + 0j]))
    True
    >>> dp.iscomplexobj(1j)
    True
    """
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
    """Check whether an object has a non-complex type (``not iscomplexobj(x)``).

    Parameters
    ----------
    x : object
        As for ``iscomplexobj``.

    Returns
    -------
    bool
        True when `x` is not of complex type (values are not inspected).

    See Also
    --------
    iscomplexobj, isreal

    Examples
    --------
    >>> dp.isrealobj(dp.asarray([1.0]))
    True
    >>> dp.isrealobj(dp.asarray([1j]))
    False
    """
    return not iscomplexobj(x)


def isscalar(element):
    """Check whether an object is a scalar.

    Parameters
    ----------
    element : object
        The object.

    Returns
    -------
    bool
        True for Python numbers, ``str``, ``bytes`` and NumPy scalars (as
        ``numpy.isscalar``); False for dparray arrays, 0-d ones included, and for lists.

    See Also
    --------
    ndim

    Examples
    --------
    >>> dp.isscalar(3.1)
    True
    >>> dp.isscalar(dp.asarray(3.1))
    False
    >>> dp.isscalar([3.1])
    False
    """
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
    """Check whether a type is below another in NumPy's type hierarchy.

    Parameters
    ----------
    arg1 : dtype, str or type
        A dparray dtype (read as the NumPy dtype of the same name) or anything
        ``numpy.dtype`` accepts.
    arg2 : dtype, str or type
        The same, or one of NumPy's abstract types (``numpy.number``, ``numpy.integer``,
        ``numpy.signedinteger``, ``numpy.floating``, ``numpy.complexfloating`` ...).

    Returns
    -------
    bool
        ``numpy.issubdtype(arg1, arg2)``.

    Notes
    -----
    The question is answered by NumPy, which is required.

    Examples
    --------
    >>> dp.issubdtype(dp.float32, np.floating)
    True
    >>> dp.issubdtype(dp.uint8, np.integer)
    True
    >>> dp.issubdtype(dp.int8, dp.int64)
    False
    """
    np = _numpy("issubdtype")
    return bool(np.issubdtype(_to_numpy_type(np, arg1), _to_numpy_type(np, arg2)))


def min_scalar_type(a, /):
    """Return the smallest dtype that holds a scalar's value.

    Parameters
    ----------
    a : scalar or ndarray
        A Python or NumPy scalar, or a dparray array: a 0-d array counts as its value, any
        other array gives its own dtype.

    Returns
    -------
    dtype
        A dparray dtype (non-negative integers give unsigned types; floats the smallest float
        type that holds the value without overflow).

    Raises
    ------
    TypeError
        If NumPy's answer is not a dparray type (a string, for example).

    See Also
    --------
    result_type, promote_types

    Notes
    -----
    The value is classified by ``numpy.min_scalar_type`` (NumPy is required); reading a 0-d
    array's value waits for the work that produces it.

    Examples
    --------
    >>> dp.min_scalar_type(10)
    dtype('uint8')
    >>> dp.min_scalar_type(-260)
    dtype('int16')
    >>> dp.min_scalar_type(3.1)
    dtype('float16')
    >>> dp.min_scalar_type(dp.asarray([1, 2]))
    dtype('int64')
    """
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
    """Return the type character of the smallest safe type among some types.

    Parameters
    ----------
    typechars : str or sequence
        Type characters, or dparray dtypes, dparray arrays or NumPy arrays/scalars (read as
        their type characters).
    typeset : str, optional
        The characters to choose from (default ``'GDFgdf'``).
    default : str, optional
        The answer when no character of `typechars` is in `typeset` (default ``'d'``).

    Returns
    -------
    str
        A type character: the smallest of those in both `typechars` and `typeset`, or
        ``'D'`` when both ``'F'`` and ``'d'`` are there.

    Raises
    ------
    TypeError
        If `typechars` is not a string or sequence, or holds something other than the forms
        above.

    See Also
    --------
    common_type, dtype.char

    Examples
    --------
    >>> dp.mintypecode(["d", "f", "S"])
    'd'
    >>> dp.mintypecode("idF")
    'D'
    >>> dp.mintypecode([dp.float32, dp.asarray([1j], dtype=dp.complex64)])
    'F'
    """
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
    """Return a description of a type character.

    Parameters
    ----------
    char : str
        A NumPy type character (``'d'``, ``'f'``, ``'l'`` ...).

    Returns
    -------
    str
        Its description, as ``numpy.typename``.

    Raises
    ------
    TypeError
        If `char` is not a string.
    KeyError
        If `char` is not a known type character (as NumPy).

    See Also
    --------
    dtype.char

    Examples
    --------
    >>> dp.typename("d")
    'double precision'
    >>> dp.typename(dp.complex64.char)
    'complex single precision'
    """
    if not isinstance(char, str):
        raise TypeError(f"[typename] expected a type character string, not {type(char).__name__}")
    return _TYPE_NAMES[char]  # KeyError for unknown characters, as NumPy


def iterable(y):
    """Check whether an object can be iterated over.

    Parameters
    ----------
    y : object
        The object.

    Returns
    -------
    bool
        True when ``iter(y)`` works; 0-d arrays are not iterable.

    Examples
    --------
    >>> dp.iterable(dp.asarray([1, 2]))
    True
    >>> dp.iterable(dp.asarray(1))
    False
    >>> dp.iterable(2)
    False
    """
    try:
        iter(y)
    except TypeError:
        return False
    return True


def isfortran(a):
    """Check whether an array is Fortran-contiguous and not also C-contiguous.

    Parameters
    ----------
    a : ndarray
        A dparray array.

    Returns
    -------
    bool
        True when `a` is laid out in column-major order and not in row-major order (so a 1-D
        array gives False).

    Raises
    ------
    TypeError
        If `a` is not a dparray array.

    Examples
    --------
    >>> x = dp.ones((2, 3))
    >>> dp.isfortran(x)
    False
    >>> dp.isfortran(x.T)
    True
    >>> dp.isfortran(dp.ones((2, 3), order="F"))
    True
    """
    if not isinstance(a, _c.ndarray):
        raise TypeError(f"[isfortran] expected a dparray.ndarray, not {type(a).__name__}")
    return bool(a._is_f_contiguous and not a._is_c_contiguous)


# ---------------------------------------------------------------- integer formatting

_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def base_repr(number, base=2, padding=0):
    """Return the string representation of an integer in a base.

    Parameters
    ----------
    number : int
        The integer (a negative one gets a leading ``'-'``).
    base : int, optional
        From 2 to 36 (default 2); digits above 9 are ``'A'`` to ``'Z'``.
    padding : int, optional
        The number of zeros put before the digits (default 0).

    Returns
    -------
    str
        The digits of `number` in `base`.

    Raises
    ------
    TypeError
        If an argument is not an integer.
    ValueError
        If `base` is below 2 or above 36.

    See Also
    --------
    binary_repr

    Examples
    --------
    >>> dp.base_repr(5)
    '101'
    >>> dp.base_repr(7, base=5, padding=3)
    '00012'
    >>> dp.base_repr(-10, 16)
    '-A'
    """
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
    """Return the binary representation of an integer as a string.

    Parameters
    ----------
    num : int
        The integer.
    width : int, optional
        The length of the string (default None). A non-negative `num` is padded with zeros; a
        negative one is written in two's complement in `width` bits. Without it a negative
        number is ``'-'`` and the binary digits of its magnitude.

    Returns
    -------
    str
        The binary digits.

    Raises
    ------
    TypeError
        If `num` or `width` is not an integer.
    ValueError
        If `width` is too small for `num`.

    See Also
    --------
    base_repr

    Examples
    --------
    >>> dp.binary_repr(3)
    '11'
    >>> dp.binary_repr(-3)
    '-11'
    >>> dp.binary_repr(3, width=4)
    '0011'
    >>> dp.binary_repr(-3, width=5)
    '11101'
    """
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
    """Check whether two arrays might share memory (by their bounds).

    Parameters
    ----------
    a, b : ndarray
        The arrays.
    max_work : int, optional
        None or 0 (default): compare the bounds of the memory ranges the two arrays reach.
        Another value asks for the exact answer, as ``shares_memory(a, b, max_work)``.

    Returns
    -------
    bool
        True when `a` and `b` are views of one allocation whose byte ranges overlap (with
        `max_work` other than None or 0: when they share at least one element's memory).

    See Also
    --------
    shares_memory

    Notes
    -----
    Two dparray arrays can share memory only when they are views of one allocation; the
    answer comes from their shapes, strides and offsets (no data is read and nothing waits on
    the device). A dparray array never shares memory with a NumPy array or another object
    (False); two non-dparray objects are passed to NumPy.

    Examples
    --------
    >>> x = dp.arange(10)
    >>> dp.may_share_memory(x[:5], x[3:])
    True
    >>> dp.may_share_memory(x[:5], x[5:])
    False
    >>> dp.may_share_memory(x[::2], x[1::2])
    True
    """
    exact = max_work is not None and max_work != 0  # NumPy: bounds only by default
    return _overlap(a, b, exact, max_work, "may_share_memory")


def shares_memory(a, b, /, max_work=None):
    """Check whether two arrays share memory (exactly).

    Parameters
    ----------
    a, b : ndarray
        The arrays.
    max_work : int, optional
        Passed to NumPy's overlap solver as ``max_work`` (default None: the exact problem is
        solved, whatever its cost).

    Returns
    -------
    bool
        True when some byte of memory is reached by both `a` and `b`.

    Raises
    ------
    numpy.exceptions.TooHardError
        If the exact problem exceeds `max_work`.

    See Also
    --------
    may_share_memory

    Notes
    -----
    Two dparray arrays can share memory only when they are views of one allocation; the
    answer comes from their shapes, strides and offsets (no data is read and nothing waits on
    the device). A dparray array never shares memory with a NumPy array or another object
    (False); two non-dparray objects are passed to NumPy. The exact answer is computed by NumPy's solver over the two
    views' layouts (NumPy is required).

    Examples
    --------
    >>> x = dp.arange(10)
    >>> dp.shares_memory(x[:5], x[4:])
    True
    >>> dp.shares_memory(x[::2], x[1::2])
    False
    """
    return _overlap(a, b, True, max_work, "shares_memory")


# ---------------------------------------------------------------- bits


def _bitorder(bitorder, op):
    if bitorder not in ("big", "little"):
        raise ValueError(f"[{op}] 'order' must be either 'little' or 'big', got {bitorder!r}")
    return bitorder


def _axis_or_flat(a, axis, op):
    if axis is None:
        return _c.reshape(a, (-1,)), 0
    return a, _c._normalize_axis(axis, a.ndim, op)


def packbits(a, /, axis=None, bitorder="big"):
    """Pack the elements of an integer or boolean array into bits of a uint8 array.

    Each element gives one bit (1 when nonzero), 8 per output byte along `axis`; the last
    byte is padded with zero bits.

    Parameters
    ----------
    a : ndarray or array_like
        An array of dtype bool or an integer type.
    axis : int, optional
        The axis to pack along; None (default) packs the flattened array.
    bitorder : {'big', 'little'}, optional
        ``'big'`` (default): the first element is the most significant bit; ``'little'``:
        the least significant.

    Returns
    -------
    ndarray
        uint8, with ``ceil(n / 8)`` entries along `axis` (n its length), on `a`'s device.

    Raises
    ------
    TypeError
        If `a` is not of bool or integer dtype.
    ValueError
        If `bitorder` is neither ``'big'`` nor ``'little'``.
    IndexError
        If `axis` is out of bounds (a 0-d array with an integer `axis` too).

    See Also
    --------
    unpackbits

    Notes
    -----
    Computed on `a`'s device/queue with device operations.

    Examples
    --------
    >>> dp.packbits(dp.asarray([1, 0, 1, 1, 0, 0, 0, 1, 1]))
    array([177, 128], dtype=uint8)
    >>> dp.packbits(dp.asarray([[1, 0, 1], [0, 1, 1]]), axis=1)
    array([[160],
           [ 96]], dtype=uint8)
    >>> dp.packbits(dp.asarray([1, 0, 1]), bitorder="little")
    array([5], dtype=uint8)
    """
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
    """Unpack the bits of a uint8 array into a uint8 array of 0 and 1.

    Parameters
    ----------
    a : ndarray or array_like
        An array of dtype uint8.
    axis : int, optional
        The axis to unpack along; None (default) unpacks the flattened array.
    count : int, optional
        The number of bits to keep along `axis` (default None: all, 8 per byte); a negative
        count drops that many from the end, a count above the total pads with zeros.
    bitorder : {'big', 'little'}, optional
        ``'big'`` (default): the most significant bit comes first; ``'little'``: the least
        significant.

    Returns
    -------
    ndarray
        uint8, on `a`'s device.

    Raises
    ------
    TypeError
        If `a` is not of dtype uint8.
    ValueError
        If `bitorder` is neither ``'big'`` nor ``'little'``.
    IndexError
        If `axis` is out of bounds.

    See Also
    --------
    packbits

    Notes
    -----
    Computed on `a`'s device/queue with device operations.

    Examples
    --------
    >>> dp.unpackbits(dp.asarray([2, 7], dtype=dp.uint8))
    array([0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1], dtype=uint8)
    >>> dp.unpackbits(dp.asarray([2], dtype=dp.uint8), bitorder="little")
    array([0, 1, 0, 0, 0, 0, 0, 0], dtype=uint8)
    >>> dp.unpackbits(dp.asarray([2], dtype=dp.uint8), count=-3)
    array([0, 0, 0, 0, 0], dtype=uint8)
    """
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
