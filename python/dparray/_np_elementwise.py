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
    """(floor_divide(x1, x2), remainder(x1, x2)), numpy.divmod's pair; the quotient follows
    NumPy for infinite operands (divmod(inf, 1) is (nan, nan); floor_divide follows the Array
    API standard there)."""
    o1, o2 = _pair_out("divmod", out)
    q = _renamed("divmod", _c._divmod_quot, x1, x2, out=o1)
    r = _renamed("divmod", _c.remainder, x1, x2, out=o2)
    return q, r


def modf(x, out=None):
    """(fractional, integral) parts, both with x's sign (numpy.modf): float dtypes only."""
    o1, o2 = _pair_out("modf", out)
    frac = _renamed("modf", _c._modf_frac, x, out=o1)
    whole = _renamed("modf", _c._modf_whole, x, out=o2)
    return frac, whole


def frexp(x, out=None):
    """(mantissa, exponent) with x = mantissa * 2**exponent, exponent int32 (numpy.frexp)."""
    o1, o2 = _pair_out("frexp", out)
    m = _renamed("frexp", _c._frexp_mant, x, out=o1)
    e = _renamed("frexp", _c._frexp_exp, x, out=o2)
    return m, e


# ---------------------------------------------------------------- NumPy's Python helpers


def fix(x, out=None):
    """Round towards zero (numpy.fix): trunc, integers and bool unchanged."""
    return _renamed("fix", _c.trunc, x, out=out)


def nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None):
    """NaN -> nan, +inf -> posinf (default: the dtype's max), -inf -> neginf (default: its min);
    complex arrays have each part replaced (numpy.nan_to_num)."""
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
    """The argument of z: arctan2(imag, real), in degrees with deg=True (numpy.angle)."""
    a = _as_array(z, _queue_of(z))
    if _is_complex(a.dtype):
        r = _c.arctan2(_c.imag(a), _c.real(a))
    else:
        r = _renamed("angle", _c.arctan2, 0, a)
    if deg:
        r = r * (180.0 / math.pi)
    return r


def iscomplex(x):
    """Elementwise: a nonzero imaginary part (False everywhere for real dtypes)."""
    a = _as_array(x, _queue_of(x))
    return _c.imag(a) != 0


def isreal(x):
    """Elementwise: a zero imaginary part (True everywhere for real dtypes)."""
    a = _as_array(x, _queue_of(x))
    return _c.imag(a) == 0


def real_if_close(a, tol=100):
    """a's real part when every imaginary part is below tol (in machine epsilons when tol > 1),
    else a (numpy.real_if_close); the choice reads one reduced bool from the device."""
    a = _as_array(a, _queue_of(a))
    if not _is_complex(a.dtype):
        return a
    if tol > 1:
        tol = _finfo(_c.real(a).dtype).eps * tol
    if builtins.bool(_c.all(_c.abs(_c.imag(a)) < tol)):
        return _c.real(a)
    return a


def sort_complex(a):
    """Sorted along the last axis (real part first, then imaginary), as complex: int8 / int16 /
    uint8 / uint16 give complex64, everything else complex128 (numpy.sort_complex)."""
    a = _as_array(a, _queue_of(a))
    b = _c.sort(a)
    if _is_complex(b.dtype):
        return b
    small = (_c.int8, _c.int16, _c.uint8, _c.uint16)
    want = _c.complex64 if any(b.dtype == t for t in small) else _default_complex(b.sycl_queue)
    return _c.astype(b, want)


def isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    """|a - b| <= atol + rtol * |b| with b finite, or a == b (numpy.isclose); b computes in at
    least a float dtype, so unsigned differences do not wrap."""
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
    """Whether isclose(a, b, ...) holds everywhere (numpy.allclose); a Python bool."""
    return builtins.bool(_c.all(isclose(a, b, rtol=rtol, atol=atol, equal_nan=equal_nan)))


def array_equal(a1, a2, equal_nan=False):
    """Same shape and equal elements (NaNs equal with equal_nan=True); a Python bool."""
    q = _queue_of(a1, a2)
    x, y = _as_array(a1, q), _as_array(a2, q)
    if tuple(x.shape) != tuple(y.shape):
        return False
    eq = x == y
    if equal_nan:
        eq = eq | (_c.isnan(x) & _c.isnan(y))
    return builtins.bool(_c.all(eq))


def array_equiv(a1, a2):
    """Shapes that broadcast together and equal elements; a Python bool (numpy.array_equiv)."""
    q = _queue_of(a1, a2)
    x, y = _as_array(a1, q), _as_array(a2, q)
    try:
        eq = x == y
    except ValueError:
        return False
    return builtins.bool(_c.all(eq))


def interp(x, xp, fp, left=None, right=None, period=None):
    """Piecewise-linear interpolation of (xp, fp) at x (numpy.interp), on the device: the
    intervals come from searchsorted, the values from take. float64 (complex128 for complex fp;
    float32 / complex64 on devices without float64)."""
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
    """Unwrap by replacing jumps above max(discont, period / 2) by their period complement
    along axis (numpy.unwrap), with diff / remainder / cumsum on the device."""
    p = _as_array(p, _queue_of(p))
    nd = p.ndim
    if nd == 0:
        raise ValueError("[unwrap] p must have at least one dimension")
    if not -nd <= axis < nd:
        raise ValueError(f"[unwrap] axis {axis} is out of bounds for an array of {nd} dimensions")
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
