"""NumPy's elementwise functions that compose dparray ops (as NumPy writes them in Python).

The true ufuncs (fabs, fmod, cbrt, ldexp, i0, ...) are catalogue ops of the core; this module
adds the multi-output ufuncs (divmod, modf, frexp, built from single-output catalogue ops),
NumPy's Python-level helpers (fix, nan_to_num, angle, isclose, interp, unwrap, ...) and a
correct allclose. Everything runs on the operands' device; the functions that answer a Python
bool (allclose, array_equal, array_equiv, real_if_close's choice) read one reduced value back.
"""

import builtins
import math

from . import _core as _c
from ._info import finfo as _finfo
from ._info import isdtype as _isdtype

__all__ = [
    "allclose",
    "angle",
    "array_equal",
    "array_equiv",
    "divmod",
    "fix",
    "frexp",
    "interp",
    "isclose",
    "iscomplex",
    "isreal",
    "modf",
    "nan_to_num",
    "real_if_close",
    "sort_complex",
    "unwrap",
]

_ndarray = _c.ndarray


def _renamed(name, fn, *args, **kw):
    """fn(*args), with a TypeError from a building-block op reported under `name`."""
    try:
        return fn(*args, **kw)
    except TypeError as e:
        msg = str(e)
        if msg.startswith("["):
            msg = f"[{name}]" + msg[msg.index("]") + 1 :]
        raise TypeError(msg) from None


def _pair_out(name, out):
    if out is None:
        return None, None
    if not (isinstance(out, tuple) and len(out) == 2):
        raise TypeError(f"[{name}] out must be a tuple of two dparray.ndarray (or None)")
    return out


def _queue_of(*xs):
    for x in xs:
        if isinstance(x, _ndarray):
            return x.sycl_queue
    return None


def _as_array(x, q, dtype=None):
    if isinstance(x, _ndarray) and dtype is None:
        return x
    if isinstance(x, _ndarray):
        return _c.astype(x, dtype, copy=False)
    return _c.asarray(x, dtype=dtype, sycl_queue=q)


def _is_complex(t):
    return _isdtype(t, "complex floating")


def _is_float(t):
    return _isdtype(t, "real floating")


def _default_float(q):
    dev = q.sycl_device if q is not None else _c.asarray(0.0).device
    return _c.float64 if dev.has_aspect_fp64 else _c.float32


def _default_complex(q):
    return _c.complex128 if _default_float(q) == _c.float64 else _c.complex64


# ---------------------------------------------------------------- multi-output ufuncs


def divmod(x1, x2, out=None):
    """Quotient and remainder of floor division, elementwise (``numpy.divmod``).

    Equivalent to ``(floor_divide(x1, x2), remainder(x1, x2))`` computed together.

    Parameters
    ----------
    x1 : ndarray or scalar
        Dividend, of a real dtype (complex is a TypeError).
    x2 : ndarray or scalar
        Divisor, broadcast with `x1`. Either input may be a Python scalar (weak, NEP 50) or
        a NumPy scalar; at least one must be a dparray.ndarray.
    out : tuple of two ndarray, optional
        Arrays to write the quotient and the remainder into (either entry may be None).

    Returns
    -------
    quotient : ndarray
        ``floor(x1 / x2)``, in the promoted dtype.
    remainder : ndarray
        ``x1 - quotient * x2``, with the sign of `x2`, in the promoted dtype.

    Raises
    ------
    TypeError
        If no input is a dparray.ndarray, the dtypes have no loop (complex), or `out` is not
        a tuple of two.

    See Also
    --------
    floor_divide, remainder, modf

    Notes
    -----
    Integer division by zero gives 0 for both results (NumPy's RuntimeWarning is not
    raised). Unlike `floor_divide`, the quotient follows NumPy for infinite operands:
    ``divmod(inf, 1)`` is ``(nan, nan)``.

    The two results are two ops on the inputs' device and queue, run asynchronously.

    Examples
    --------
    >>> q, r = dp.divmod(dp.asarray([7, -7, 8]), 2)
    >>> q
    array([ 3, -4,  4])
    >>> r
    array([1, 1, 0])
    >>> dp.divmod(dp.asarray([7.5, -7.5]), 2.0)
    (array([ 3., -4.]), array([1.5, 0.5]))
    """
    o1, o2 = _pair_out("divmod", out)
    q = _renamed("divmod", _c._divmod_quot, x1, x2, out=o1)
    r = _renamed("divmod", _c.remainder, x1, x2, out=o2)
    return q, r


def modf(x, out=None):
    """Fractional and integral parts, elementwise (``numpy.modf``).

    Parameters
    ----------
    x : ndarray
        Input array, of a real dtype (bool and integers compute in the smallest float they
        cast to safely; complex is a TypeError).
    out : tuple of two ndarray, optional
        Arrays to write the fractional and the integral parts into (either entry may be
        None).

    Returns
    -------
    fractional : ndarray
        ``x - trunc(x)``, with the sign of `x`, in the loop's float dtype.
    integral : ndarray
        ``trunc(x)``, in the same dtype.

    Raises
    ------
    TypeError
        If `x` is not a dparray.ndarray, has a complex dtype, or `out` is not a tuple of
        two.

    See Also
    --------
    trunc, divmod, frexp

    Notes
    -----
    Both parts are computed on `x`'s device and queue, asynchronously.

    Examples
    --------
    >>> frac, whole = dp.modf(dp.asarray([3.5, -2.25]))
    >>> frac
    array([ 0.5 , -0.25])
    >>> whole
    array([ 3., -2.])
    """
    o1, o2 = _pair_out("modf", out)
    frac = _renamed("modf", _c._modf_frac, x, out=o1)
    whole = _renamed("modf", _c._modf_whole, x, out=o2)
    return frac, whole


def frexp(x, out=None):
    """Decompose each element into a mantissa and a power of two (``numpy.frexp``).

    Parameters
    ----------
    x : ndarray
        Input array, of a real dtype (bool and integers compute in the smallest float they
        cast to safely; complex is a TypeError).
    out : tuple of two ndarray, optional
        Arrays to write the mantissas and the exponents into (either entry may be None).

    Returns
    -------
    mantissa : ndarray
        Values with ``0.5 <= |mantissa| < 1`` (0 for 0), in the loop's float dtype.
    exponent : ndarray
        int32 exponents, such that ``x == mantissa * 2**exponent``.

    Raises
    ------
    TypeError
        If `x` is not a dparray.ndarray, has a complex dtype, or `out` is not a tuple of
        two.

    See Also
    --------
    ldexp, modf

    Notes
    -----
    Both parts are computed on `x`'s device and queue, asynchronously.

    Examples
    --------
    >>> m, e = dp.frexp(dp.asarray([8.0, 0.75, 0.0]))
    >>> m
    array([0.5 , 0.75, 0.  ])
    >>> e
    array([4, 0, 0], dtype=int32)
    >>> dp.ldexp(m, e)
    array([8.  , 0.75, 0.  ])
    """
    o1, o2 = _pair_out("frexp", out)
    m = _renamed("frexp", _c._frexp_mant, x, out=o1)
    e = _renamed("frexp", _c._frexp_exp, x, out=o2)
    return m, e


# ---------------------------------------------------------------- NumPy's Python helpers


def fix(x, out=None):
    """Round towards zero, elementwise (``numpy.fix``).

    Parameters
    ----------
    x : ndarray
        Input array, of a real dtype (complex is a TypeError).
    out : ndarray, optional
        Array to write the result into.

    Returns
    -------
    ndarray
        The values rounded towards zero, with `x`'s dtype (bool and integers unchanged, as
        NumPy 2).

    Raises
    ------
    TypeError
        If `x` is not a dparray.ndarray or has a complex dtype.

    See Also
    --------
    trunc, floor, ceil, around

    Notes
    -----
    The same as `trunc`; runs on `x`'s device and queue.

    Examples
    --------
    >>> dp.fix(dp.asarray([2.7, -2.7, 3.0]))
    array([ 2., -2.,  3.])
    """
    return _renamed("fix", _c.trunc, x, out=out)


def nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None):
    """Replace NaN with a number and infinities with large finite numbers (``numpy.nan_to_num``).

    Parameters
    ----------
    x : ndarray or array_like
        Input data; anything else than a dparray.ndarray is converted on the default
        device.
    copy : bool, optional
        If True (the default) the result is a new array; if False the replacement is done
        in place in `x` and `x` is returned.
    nan : float, optional
        Value for NaN (default 0.0).
    posinf : float, optional
        Value for positive infinity; default: the largest finite value of the dtype.
    neginf : float, optional
        Value for negative infinity; default: the most negative finite value of the dtype.

    Returns
    -------
    ndarray
        `x` with the values replaced, with its dtype; bool and integer arrays are returned
        unchanged (a copy when `copy` is True). For complex arrays the real and imaginary
        parts are replaced separately.

    See Also
    --------
    isnan, isinf, isfinite

    Notes
    -----
    Runs on the device and queue of the first dparray array among the arguments (the
    default device when there is none); other array-likes are converted there.

    Examples
    --------
    >>> x = dp.asarray([np.nan, np.inf, -np.inf, 1.0])
    >>> dp.nan_to_num(x)
    array([ 0.00000000e+000,  1.79769313e+308, -1.79769313e+308,
            1.00000000e+000])
    >>> dp.nan_to_num(x, nan=-1.0, posinf=9.0, neginf=-9.0)
    array([-1.,  9., -9.,  1.])
    >>> dp.nan_to_num(dp.asarray([complex(np.nan, np.inf)]))
    array([0.+1.79769313e+308j])
    """
    q = _queue_of(x)
    a = _as_array(x, q)
    t = a.dtype
    if not (_is_float(t) or _is_complex(t)):
        return _c.asarray(a, copy=True) if copy else a
    rt = _c.real(a).dtype if _is_complex(t) else t
    fi = _finfo(rt)
    hi = fi.max if posinf is None else posinf
    lo = fi.min if neginf is None else neginf

    def fix_part(v):
        v = _c.where(_c.isnan(v), nan, v)
        v = _c.where(_c.isposinf(v), hi, v)
        return _c.where(_c.isneginf(v), lo, v)

    if _is_complex(t):
        res = fix_part(_c.real(a)) + fix_part(_c.imag(a)) * 1j
        res = _c.astype(res, t, copy=False)
    else:
        res = fix_part(a)
    if copy:
        return res
    a[...] = res
    return a


def angle(z, deg=False):
    """Counterclockwise angle of complex numbers from the positive real axis (``numpy.angle``).

    Parameters
    ----------
    z : ndarray or array_like
        Input values, complex or real (a real value has angle 0, or pi when negative).
    deg : bool, optional
        If True the angle is in degrees; radians by default.

    Returns
    -------
    ndarray
        ``arctan2(imag(z), real(z))``, in (-pi, pi] (or (-180, 180]), of a floating dtype.

    See Also
    --------
    arctan2, real, imag, abs

    Notes
    -----
    Runs on the device and queue of the first dparray array among the arguments (the
    default device when there is none); other array-likes are converted there.

    Examples
    --------
    >>> dp.angle(dp.asarray([1 + 1j, -1, 1j]))
    array([0.78539816, 3.14159265, 1.57079633])
    >>> dp.angle(dp.asarray([1 + 1j]), deg=True)
    array([45.])
    """
    a = _as_array(z, _queue_of(z))
    if _is_complex(a.dtype):
        r = _c.arctan2(_c.imag(a), _c.real(a))
    else:
        r = _renamed("angle", _c.arctan2, 0, a)
    if deg:
        r = r * (180.0 / math.pi)
    return r


def iscomplex(x):
    """Whether each element has a nonzero imaginary part.

    Parameters
    ----------
    x : ndarray or array_like
        Input data, of any dtype.

    Returns
    -------
    ndarray
        Bool array of `x`'s shape; False everywhere for real dtypes.

    See Also
    --------
    isreal, iscomplexobj

    Notes
    -----
    Runs on the device and queue of the first dparray array among the arguments (the
    default device when there is none); other array-likes are converted there.

    Examples
    --------
    >>> dp.iscomplex(dp.asarray([1 + 1j, 1 + 0j, 2]))
    array([ True, False, False])
    """
    a = _as_array(x, _queue_of(x))
    return _c.imag(a) != 0


def isreal(x):
    """Whether each element has a zero imaginary part.

    Parameters
    ----------
    x : ndarray or array_like
        Input data, of any dtype.

    Returns
    -------
    ndarray
        Bool array of `x`'s shape; True everywhere for real dtypes (NaN included).

    See Also
    --------
    iscomplex, isrealobj

    Notes
    -----
    Runs on the device and queue of the first dparray array among the arguments (the
    default device when there is none); other array-likes are converted there.

    Examples
    --------
    >>> dp.isreal(dp.asarray([1 + 1j, 1 + 0j, 2]))
    array([False,  True,  True])
    """
    a = _as_array(x, _queue_of(x))
    return _c.imag(a) == 0


def real_if_close(a, tol=100):
    """The real part of a complex array whose imaginary parts are all close to zero
    (``numpy.real_if_close``).

    Parameters
    ----------
    a : ndarray or array_like
        Input data.
    tol : float, optional
        Bound on every ``|imag(a)|``: in machine epsilons of the dtype when above 1 (default
        100), an absolute bound otherwise.

    Returns
    -------
    ndarray
        ``real(a)`` (float32 for complex64, float64 for complex128) when every imaginary
        part is below the bound; otherwise `a` itself. Real inputs are returned as they are.

    See Also
    --------
    real, imag, isreal

    Notes
    -----
    The choice reads one reduced bool back from the device (a synchronisation point).

    Runs on the device and queue of the first dparray array among the arguments (the
    default device when there is none); other array-likes are converted there.

    Examples
    --------
    >>> dp.real_if_close(dp.asarray([2.1 + 4e-14j, 5.2 + 3e-15j]), tol=1000)
    array([2.1, 5.2])
    >>> dp.real_if_close(dp.asarray([2.1 + 4e-13j]), tol=1000)
    array([2.1+4.e-13j])
    """
    a = _as_array(a, _queue_of(a))
    if not _is_complex(a.dtype):
        return a
    if tol > 1:
        tol = _finfo(_c.real(a).dtype).eps * tol
    if builtins.bool(_c.all(_c.abs(_c.imag(a)) < tol)):
        return _c.real(a)
    return a


def sort_complex(a):
    """Sort along the last axis, real part first, then imaginary part (``numpy.sort_complex``).

    Parameters
    ----------
    a : ndarray or array_like
        Input data, of any numeric dtype.

    Returns
    -------
    ndarray
        The sorted values as a complex array: complex inputs keep their dtype; int8, int16,
        uint8 and uint16 give complex64; other dtypes give complex128 (complex64 on a device
        without float64).

    See Also
    --------
    sort

    Notes
    -----
    Runs on the device and queue of the first dparray array among the arguments (the
    default device when there is none); other array-likes are converted there.

    Examples
    --------
    >>> dp.sort_complex(dp.asarray([5, 3, 6, 2, 1]))
    array([1.+0.j, 2.+0.j, 3.+0.j, 5.+0.j, 6.+0.j])
    >>> dp.sort_complex(dp.asarray([1 + 2j, 2 - 1j, 3 - 2j, 3 - 3j, 3 + 5j]))
    array([1.+2.j, 2.-1.j, 3.-3.j, 3.-2.j, 3.+5.j])
    """
    a = _as_array(a, _queue_of(a))
    b = _c.sort(a)
    if _is_complex(b.dtype):
        return b
    small = (_c.int8, _c.int16, _c.uint8, _c.uint16)
    want = _c.complex64 if any(b.dtype == t for t in small) else _default_complex(b.sycl_queue)
    return _c.astype(b, want)


def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    """Whether two arrays are equal within a tolerance, elementwise (``numpy.isclose``).

    The test is ``|a - b| <= atol + rtol * |b|`` (with `b` finite) or ``a == b``, so it is
    not symmetric in `a` and `b`.

    Parameters
    ----------
    a, b : ndarray, array_like or scalar
        Values to compare, broadcast together. Python scalars are accepted for either.
    rtol : float, optional
        Relative tolerance (default 1e-05).
    atol : float, optional
        Absolute tolerance (default 1e-08).
    equal_nan : bool, optional
        If True, NaNs in the same place count as equal (default False).

    Returns
    -------
    ndarray
        Bool array of the broadcast shape.

    See Also
    --------
    allclose, equal, array_equal

    Notes
    -----
    `b` computes in at least a floating dtype, so differences of unsigned integers do not
    wrap around. Infinities are close only to the same infinity.

    Runs on the device and queue of the first dparray array among the arguments (the
    default device when there is none); other array-likes are converted there.

    Examples
    --------
    >>> dp.isclose(dp.asarray([1e10, 1e-7]), dp.asarray([1.00001e10, 1e-8]))
    array([ True, False])
    >>> dp.isclose(dp.asarray([1.0, np.nan]), dp.asarray([1.0, np.nan]), equal_nan=True)
    array([ True,  True])
    """
    q = _queue_of(a, b)
    if q is None:
        a = _c.asarray(a)
        q = a.sycl_queue
    x = a if isinstance(a, (int, float, complex)) else _as_array(a, q)
    y = b if isinstance(b, (int, float, complex)) else _as_array(b, q)
    if isinstance(y, _ndarray):
        if not (_is_float(y.dtype) or _is_complex(y.dtype)):
            y = _c.astype(y, _c.result_type(y, 1.0))
    elif isinstance(y, int):
        y = float(y)
    if not isinstance(x, _ndarray) and not isinstance(y, _ndarray):
        x = _c.asarray(x, sycl_queue=q)
    if isinstance(y, _ndarray):
        ay, finite_y, nan_y = _c.abs(y), _c.isfinite(y), _c.isnan(y)
    else:
        import cmath  # here, not at import: dparray's import stays small

        ay, finite_y, nan_y = builtins.abs(y), cmath.isfinite(y), cmath.isnan(y)
    result = (_c.abs(x - y) <= atol + rtol * ay) & finite_y | (x == y)
    if equal_nan:
        result = result | (_c.isnan(x) & nan_y)
    return result


def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    """Whether two arrays are equal within a tolerance everywhere (``numpy.allclose``).

    Parameters
    ----------
    a, b : ndarray, array_like or scalar
        Values to compare, broadcast together.
    rtol : float, optional
        Relative tolerance (default 1e-05).
    atol : float, optional
        Absolute tolerance (default 1e-08).
    equal_nan : bool, optional
        If True, NaNs in the same place count as equal (default False).

    Returns
    -------
    bool
        True if ``isclose(a, b, rtol, atol, equal_nan)`` holds for every element.

    Raises
    ------
    ValueError
        If `a` and `b` do not broadcast together.

    See Also
    --------
    isclose, array_equal

    Notes
    -----
    Reads one reduced bool back from the device (a synchronisation point).

    Runs on the device and queue of the first dparray array among the arguments (the
    default device when there is none); other array-likes are converted there.

    Examples
    --------
    >>> dp.allclose(dp.asarray([1e10, 1e-7]), dp.asarray([1.00001e10, 1e-8]))
    False
    >>> dp.allclose(dp.asarray([1e10, 1e-8]), dp.asarray([1.00001e10, 1e-9]))
    True
    """
    return builtins.bool(_c.all(isclose(a, b, rtol=rtol, atol=atol, equal_nan=equal_nan)))


def array_equal(a1, a2, equal_nan=False):
    """Whether two arrays have the same shape and elements (``numpy.array_equal``).

    Parameters
    ----------
    a1, a2 : ndarray or array_like
        Input arrays.
    equal_nan : bool, optional
        If True, NaNs in the same place count as equal (default False).

    Returns
    -------
    bool
        True if the shapes are equal and every pair of elements is equal.

    See Also
    --------
    array_equiv, allclose, equal

    Notes
    -----
    Reads one reduced bool back from the device (a synchronisation point).

    Runs on the device and queue of the first dparray array among the arguments (the
    default device when there is none); other array-likes are converted there.

    Examples
    --------
    >>> dp.array_equal(dp.asarray([1, 2]), dp.asarray([1, 2]))
    True
    >>> dp.array_equal(dp.asarray([1, 2]), dp.asarray([1, 2, 3]))
    False
    >>> dp.array_equal(dp.asarray([1, np.nan]), dp.asarray([1, np.nan]), equal_nan=True)
    True
    """
    q = _queue_of(a1, a2)
    x, y = _as_array(a1, q), _as_array(a2, q)
    if tuple(x.shape) != tuple(y.shape):
        return False
    eq = x == y
    if equal_nan:
        eq = eq | (_c.isnan(x) & _c.isnan(y))
    return builtins.bool(_c.all(eq))


def array_equiv(a1, a2):
    """Whether two arrays broadcast together and are equal elementwise (``numpy.array_equiv``).

    Parameters
    ----------
    a1, a2 : ndarray or array_like
        Input arrays.

    Returns
    -------
    bool
        True if the shapes broadcast together and every pair of elements is equal; False
        if they do not broadcast.

    See Also
    --------
    array_equal, equal

    Notes
    -----
    Reads one reduced bool back from the device (a synchronisation point).

    Runs on the device and queue of the first dparray array among the arguments (the
    default device when there is none); other array-likes are converted there.

    Examples
    --------
    >>> dp.array_equiv(dp.asarray([1, 2]), dp.asarray([[1, 2], [1, 2]]))
    True
    >>> dp.array_equiv(dp.asarray([1, 2]), dp.asarray([1, 2, 3]))
    False
    """
    q = _queue_of(a1, a2)
    x, y = _as_array(a1, q), _as_array(a2, q)
    try:
        eq = x == y
    except ValueError:
        return False
    return builtins.bool(_c.all(eq))


def interp(x, xp, fp, left=None, right=None, period=None):
    """One-dimensional piecewise-linear interpolation (``numpy.interp``).

    Parameters
    ----------
    x : ndarray, array_like or scalar
        Where to evaluate the interpolant.
    xp : ndarray or array_like
        1-D increasing x-coordinates of the data points (any order with `period`).
    fp : ndarray or array_like
        1-D y-coordinates of the data points, real or complex, of `xp`'s length.
    left : scalar, optional
        Value for ``x < xp[0]``; default ``fp[0]``.
    right : scalar, optional
        Value for ``x > xp[-1]``; default ``fp[-1]``.
    period : scalar, optional
        Period of the x-coordinates: `x` and `xp` are taken modulo `period` (and `xp`
        sorted), and `left` / `right` are ignored.

    Returns
    -------
    ndarray
        The interpolated values, of `x`'s shape: float64, or complex128 for complex `fp`
        (float32 / complex64 on a device without float64). A scalar `x` gives a 0-d array
        where NumPy returns a scalar.

    Raises
    ------
    ValueError
        If `xp` or `fp` is not 1-D, their lengths differ, `xp` is empty, or `period` is 0.

    See Also
    --------
    searchsorted

    Notes
    -----
    Runs on the device: the intervals come from `searchsorted`, the values from `take`.
    `xp` is not checked for being increasing (the results are then meaningless, as in
    NumPy).

    Runs on the device and queue of the first dparray array among the arguments (the
    default device when there is none); other array-likes are converted there.

    Examples
    --------
    >>> xp, fp = dp.asarray([1.0, 2.0, 3.0]), dp.asarray([3.0, 2.0, 0.0])
    >>> dp.interp(dp.asarray([0.0, 1.0, 1.5, 2.72, 3.14]), xp, fp)
    array([3.  , 3.  , 2.5 , 0.56, 0.  ])
    >>> dp.interp(dp.asarray([3.14]), xp, fp, right=-99.0)
    array([-99.])
    >>> float(dp.interp(2.5, xp, fp))
    1.0
    >>> x = dp.asarray([-180, -170, -185, 185, -10, -5, 0, 365])
    >>> dp.interp(x, dp.asarray([190, -190, 350, -350]), dp.asarray([5, 10, 3, 4]), period=360)
    array([7.5 , 5.  , 8.75, 6.25, 3.  , 3.25, 3.5 , 3.75])
    """
    q = _queue_of(x, xp, fp)
    if q is None:
        xp = _c.asarray(xp)
        q = xp.sycl_queue
    real_t = _default_float(q)
    fp_a = _as_array(fp, q)
    out_t = _default_complex(q) if _is_complex(fp_a.dtype) else real_t
    xv = _as_array(x, q, real_t)
    xp_a = _as_array(xp, q, real_t)
    fp_a = _c.astype(fp_a, out_t, copy=False)
    if xp_a.ndim != 1 or fp_a.ndim != 1:
        raise ValueError("[interp] xp and fp must be 1-D sequences")
    if xp_a.shape[0] != fp_a.shape[0]:
        raise ValueError("[interp] fp and xp are not of the same length")
    if xp_a.shape[0] == 0:
        raise ValueError("[interp] array of sample points is empty")
    if period is not None:
        if period == 0:
            raise ValueError("[interp] period must be a non-zero value")
        period = abs(period)
        left = right = None
        xv = _c.remainder(xv, period)
        xp_a = _c.remainder(xp_a, period)
        order = _c.argsort(xp_a)
        xp_a = _c.take(xp_a, order)
        fp_a = _c.take(fp_a, order)
        xp_a = _c.concat((xp_a[-1:] - period, xp_a, xp_a[0:1] + period))
        fp_a = _c.concat((fp_a[-1:], fp_a, fp_a[0:1]))
    n = xp_a.shape[0]
    x0, xn, f0, fn = xp_a[0], xp_a[n - 1], fp_a[0], fp_a[n - 1]
    lval = f0 if left is None else left
    rval = fn if right is None else right
    if n == 1:
        res = _c.where(xv < x0, lval, _c.where(xv > x0, rval, f0))
        return _c.astype(res, out_t, copy=False)
    j = _c.clip(_c.searchsorted(xp_a, xv, side="right") - 1, 0, n - 2)
    xj, xj1 = _c.take(xp_a, j), _c.take(xp_a, j + 1)
    fj, fj1 = _c.take(fp_a, j), _c.take(fp_a, j + 1)
    slope = (fj1 - fj) / (xj1 - xj)
    res = slope * (xv - xj) + fj
    # NumPy's fallbacks: a NaN from one end is tried from the other, then a flat segment.
    alt = slope * (xv - xj1) + fj1
    alt = _c.where(_c.isnan(alt) & (fj == fj1), fj, alt)
    res = _c.where(_c.isnan(res), alt, res)
    res = _c.where(xv == xj, fj, res)
    res = _c.where(xv < x0, lval, res)
    res = _c.where(xv > xn, rval, res)
    res = _c.where(xv == xn, fn, res)
    return _c.astype(res, out_t, copy=False)


def unwrap(p, discont=None, axis=-1, *, period=2 * math.pi):
    """Unwrap a signal by changing jumps larger than `discont` to their `period` complement
    (``numpy.unwrap``).

    Parameters
    ----------
    p : ndarray or array_like
        Input signal, of at least one dimension.
    discont : float, optional
        Maximum jump between consecutive values that is left alone; default
        ``period / 2`` (values below ``period / 2`` act as ``period / 2``).
    axis : int, optional
        Axis to unwrap along (default -1, the last).
    period : float, optional
        Size of the range the signal wraps around in (keyword only; default ``2 * pi``).

    Returns
    -------
    ndarray
        The unwrapped signal, of `p`'s shape, in the dtype of ``diff(p)`` combined with
        `period` (integer signals with an integer period stay integers).

    Raises
    ------
    ValueError
        If `p` is 0-d or `axis` is out of range.

    See Also
    --------
    diff, cumsum

    Notes
    -----
    Computed on the device with `diff`, `remainder` and `cumsum`.

    Runs on the device and queue of the first dparray array among the arguments (the
    default device when there is none); other array-likes are converted there.

    Examples
    --------
    >>> phase = dp.linspace(0, np.pi, num=5)
    >>> phase[3:] += np.pi
    >>> dp.unwrap(phase)
    array([ 0.        ,  0.78539816,  1.57079633, -0.78539816,  0.        ])
    >>> dp.unwrap(dp.asarray([1, 2, 3, 4, 5, 6, 1, 2, 3]), period=6)
    array([1, 2, 3, 4, 5, 6, 7, 8, 9])
    """
    p = _as_array(p, _queue_of(p))
    nd = p.ndim
    if nd == 0:
        raise ValueError("[unwrap] p must have at least one dimension")
    if not -nd <= axis < nd:
        raise _c.AxisError(f"[unwrap] axis {axis} is out of bounds for array of dimension {nd}")
    axis %= nd
    dd = _c.diff(p, axis=axis)
    if discont is None:
        discont = period / 2
    dtype = _c.result_type(dd, period)
    if _isdtype(dtype, "integral"):
        high, rem = builtins.divmod(period, 2)
        ambiguous = rem == 0
    else:
        high = period / 2
        ambiguous = True
    low = -high
    ddmod = _c.remainder(dd - low, period) + low
    if ambiguous:
        ddmod = _c.where((ddmod == low) & (dd > 0), high, ddmod)
    correct = ddmod - dd
    correct = _c.where(_c.abs(dd) < discont, 0, correct)
    up = _c.astype(p, dtype, copy=True)
    key = tuple(slice(1, None) if k == axis else slice(None) for k in range(nd))
    up[key] = p[key] + _c.cumsum(correct, axis=axis)
    return up
