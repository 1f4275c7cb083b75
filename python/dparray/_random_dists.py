"""The distributions of dparray.random over one Philox stream (a _core.RandomState).

Each function checks its parameters as NumPy does (ValueError naming the function), works
out the result shape (size=, or the parameters broadcast together) and placement (device=,
usm_type=, sycl_queue=, or the queue of an array parameter), and calls the C++ primitive
_core._random_dist, which draws every element on the device from its own sub-stream.
"""

import operator

import numpy as np

from . import _core

# Distribution ids of src/dparray/backend/opencl/cl/random_dist.cl.
STANDARD_EXPONENTIAL, STANDARD_GAMMA, BETA, CHISQUARE, NONCENTRAL_CHISQUARE = 0, 1, 2, 3, 4
F, NONCENTRAL_F, STANDARD_T, STANDARD_CAUCHY, GUMBEL, LAPLACE, LOGISTIC = 5, 6, 7, 8, 9, 10, 11
LOGNORMAL, PARETO, POWER, RAYLEIGH, WEIBULL, TRIANGULAR, VONMISES, WALD = (
    12,
    13,
    14,
    15,
    16,
    17,
    18,
    19,
)
POISSON, BINOMIAL, NEGATIVE_BINOMIAL, GEOMETRIC, ZIPF, LOGSERIES = 20, 21, 22, 23, 24, 25
HYPERGEOMETRIC, EXPONENTIAL, NORMAL = 26, 27, 28

POISSON_LAM_MAX = 9.223372006484771e18
# Counts above 2**24 are not exact in float32, the arithmetic of a device without float64.
F32_COUNT_MAX = 2**24
_PLACEMENT = ("device", "usm_type", "sycl_queue")


def _is_array(x):
    return isinstance(x, _core.ndarray)


def _placement(params, place):
    # Explicit placement wins; otherwise compute follows an array parameter.
    if any(place.get(k) is not None for k in _PLACEMENT):
        return {k: place.get(k) for k in _PLACEMENT}
    for p in params:
        if _is_array(p):
            return {"sycl_queue": p.sycl_queue, "usm_type": p.usm_type}
    return {}


def _size_shape(size, op):
    if size is None:
        return None
    if hasattr(size, "__index__") and not _is_array(size):
        return (operator.index(size),)
    try:
        if not isinstance(size, (tuple, list)):
            raise TypeError
        return tuple(operator.index(s) for s in size)
    except TypeError:
        raise TypeError(
            f"[{op}] size must be None, an int or a tuple of ints, not {size!r}"
        ) from None


def _host_value(p, op="random"):
    # Parameters not yet on a device are checked (and broadcast) as Python or NumPy float64.
    if _is_array(p):
        return p
    try:
        a = np.asarray(p, dtype=np.float64)
    except (TypeError, ValueError):
        raise TypeError(
            f"[{op}] distribution parameters must be real numbers or arrays of them, not {type(p).__name__}"
        ) from None
    return float(a) if a.ndim == 0 else a


def _unify(*params):
    # NumPy arrays beside a device array move to its queue, so that they combine.
    q = next((p.sycl_queue for p in params if _is_array(p)), None)
    if q is None:
        return params
    return tuple(_core.asarray(p, sycl_queue=q) if isinstance(p, np.ndarray) else p for p in params)


def on_device(params, place):
    """Array parameters as device arrays on one queue (explicit placement or the first array's)."""
    pl = {k: v for k, v in _placement(params, place).items() if v is not None}
    q = _core.empty((0,), **pl).sycl_queue
    return [p if isinstance(p, float) else _core.asarray(p, sycl_queue=q) for p in params], q


def real_dtype(q):
    """The float type distributions compute in on queue q: float64, or float32 without it."""
    return _core.float64 if q.sycl_device.has_aspect_fp64 else _core.float32


def _any(cond):
    return bool(_core.any(cond)) if _is_array(cond) else bool(np.any(cond))


def check(op, value, bad, message):
    """Raises ValueError '[op] message' when bad(value) holds anywhere."""
    if _any(bad(value)):
        raise ValueError(f"[{op}] {message}")


def draw(rs, dist, op, params, size, place, dtype=None, integer=False, counts=()):
    """Fills a new array of the broadcast shape with draws of `dist` with `params`.

    `counts` are (value, name) of integer counts that must be exact in float32 when the
    device has no float64."""
    shapes = [tuple(p.shape) if _is_array(p) else np.shape(p) for p in params]
    try:
        bshape = np.broadcast_shapes(*shapes)
        shape = _size_shape(size, op)
        if shape is None:
            shape = bshape
        elif np.broadcast_shapes(shape, bshape) != shape:
            raise ValueError
    except ValueError:
        raise ValueError(
            f"[{op}] shape mismatch: parameters of shapes {shapes} cannot be broadcast to size {size!r}"
        ) from None
    if any(s < 0 for s in shape):
        raise ValueError(f"[{op}] negative dimensions are not allowed: {shape}")
    place = _placement(params, place)
    if integer:
        out = _core.empty(shape, dtype=_core.int64, **place)
    elif dtype is None:
        out = _core.empty(shape, **place)
    else:
        dt = _core.dtype(dtype)
        if dt not in (_core.dtype("float32"), _core.dtype("float64")):
            raise TypeError(f"[{op}] unsupported dtype {dt} for {op}: use float32 or float64")
        out = _core.empty(shape, dtype=dt, **place)
    if out.size == 0:
        return out
    real = real_dtype(out.sycl_queue)
    if real == _core.float32:
        for value, name in counts:
            check(
                op,
                value,
                lambda v: v > F32_COUNT_MAX,
                f"{name} > {F32_COUNT_MAX} on a device without float64 (counts are float32 there)",
            )
    flat = []
    for p in params:
        a = _core.asarray(p, dtype=real, sycl_queue=out.sycl_queue)
        if a.size == 1:
            a = _core.reshape(a, (1,))
        elif tuple(a.shape) != tuple(shape):
            a = _core.broadcast_to(a, shape)
        if not a._is_c_contiguous:
            a = _core.copy(a)
        flat.append(a)
    _core._random_dist(rs, dist, flat, out)
    return out


def _f(x, op="random"):
    return _host_value(x, op)


def _nan(x):
    return x != x  # noqa: PLR0124 (NaN test for NumPy and dparray operands alike)


# ---- continuous ----


def standard_exponential(rs, size, dtype, place):
    return draw(rs, STANDARD_EXPONENTIAL, "standard_exponential", [_f(1.0)], size, place, dtype)


def exponential(rs, scale, size, place, op="exponential"):
    scale = _f(scale, op)
    check(op, scale, lambda s: (s < 0) | _nan(s), "scale < 0")
    return draw(rs, EXPONENTIAL, op, [scale], size, place)


def standard_gamma(rs, shape, size, dtype, place, op="standard_gamma"):
    shape = _f(shape, op)
    check(op, shape, lambda k: (k < 0) | _nan(k), "shape < 0")
    return draw(rs, STANDARD_GAMMA, op, [shape, _f(1.0)], size, place, dtype)


def gamma(rs, shape, scale, size, place, op="gamma"):
    shape, scale = _f(shape, op), _f(scale, op)
    check(op, shape, lambda k: (k < 0) | _nan(k), "shape < 0")
    check(op, scale, lambda s: (s < 0) | _nan(s), "scale < 0")
    return draw(rs, STANDARD_GAMMA, op, [shape, scale], size, place)


def beta(rs, a, b, size, place, op="beta"):
    a, b = _f(a, op), _f(b, op)
    check(op, a, lambda v: (v <= 0) | _nan(v), "a <= 0")
    check(op, b, lambda v: (v <= 0) | _nan(v), "b <= 0")
    return draw(rs, BETA, op, [a, b], size, place)


def chisquare(rs, df, size, place, op="chisquare"):
    df = _f(df, op)
    check(op, df, lambda v: (v <= 0) | _nan(v), "df <= 0")
    return draw(rs, CHISQUARE, op, [df], size, place)


def noncentral_chisquare(rs, df, nonc, size, place, op="noncentral_chisquare"):
    df, nonc = _f(df, op), _f(nonc, op)
    check(op, df, lambda v: (v <= 0) | _nan(v), "df <= 0")
    check(op, nonc, lambda v: (v < 0) | _nan(v), "nonc < 0")
    return draw(rs, NONCENTRAL_CHISQUARE, op, [df, nonc], size, place)


def f(rs, dfnum, dfden, size, place, op="f"):
    dfnum, dfden = _f(dfnum, op), _f(dfden, op)
    check(op, dfnum, lambda v: (v <= 0) | _nan(v), "dfnum <= 0")
    check(op, dfden, lambda v: (v <= 0) | _nan(v), "dfden <= 0")
    return draw(rs, F, op, [dfnum, dfden], size, place)


def noncentral_f(rs, dfnum, dfden, nonc, size, place, op="noncentral_f"):
    dfnum, dfden, nonc = _f(dfnum, op), _f(dfden, op), _f(nonc, op)
    check(op, dfnum, lambda v: (v <= 0) | _nan(v), "dfnum <= 0")
    check(op, dfden, lambda v: (v <= 0) | _nan(v), "dfden <= 0")
    check(op, nonc, lambda v: (v < 0) | _nan(v), "nonc < 0")
    return draw(rs, NONCENTRAL_F, op, [dfnum, dfden, nonc], size, place)


def standard_t(rs, df, size, place, op="standard_t"):
    df = _f(df, op)
    check(op, df, lambda v: (v <= 0) | _nan(v), "df <= 0")
    return draw(rs, STANDARD_T, op, [df], size, place)


def standard_cauchy(rs, size, place, op="standard_cauchy"):
    return draw(rs, STANDARD_CAUCHY, op, [_f(0.0)], size, place)


def _loc_scale(rs, dist, op, loc, scale, size, place):
    loc, scale = _f(loc, op), _f(scale, op)
    check(op, scale, lambda s: (s < 0) | _nan(s), "scale < 0")
    return draw(rs, dist, op, [loc, scale], size, place)


def gumbel(rs, loc, scale, size, place):
    return _loc_scale(rs, GUMBEL, "gumbel", loc, scale, size, place)


def laplace(rs, loc, scale, size, place):
    return _loc_scale(rs, LAPLACE, "laplace", loc, scale, size, place)


def logistic(rs, loc, scale, size, place):
    return _loc_scale(rs, LOGISTIC, "logistic", loc, scale, size, place)


def lognormal(rs, mean, sigma, size, place, op="lognormal"):
    mean, sigma = _f(mean, op), _f(sigma, op)
    check(op, sigma, lambda s: (s < 0) | _nan(s), "sigma < 0")
    return draw(rs, LOGNORMAL, op, [mean, sigma], size, place)


def _shape_a(rs, dist, op, a, size, place, bad, message):
    a = _f(a, op)
    check(op, a, bad, message)
    return draw(rs, dist, op, [a], size, place)


def pareto(rs, a, size, place):
    return _shape_a(rs, PARETO, "pareto", a, size, place, lambda v: (v <= 0) | _nan(v), "a <= 0")


def power(rs, a, size, place):
    return _shape_a(rs, POWER, "power", a, size, place, lambda v: (v <= 0) | _nan(v), "a <= 0")


def weibull(rs, a, size, place):
    return _shape_a(rs, WEIBULL, "weibull", a, size, place, lambda v: (v < 0) | _nan(v), "a < 0")


def rayleigh(rs, scale, size, place):
    return _shape_a(
        rs, RAYLEIGH, "rayleigh", scale, size, place, lambda v: (v < 0) | _nan(v), "scale < 0"
    )


def triangular(rs, left, mode, right, size, place, op="triangular"):
    left, mode, right = _f(left, op), _f(mode, op), _f(right, op)
    left, mode, right = _unify(left, mode, right)
    check(op, left - mode, lambda d: d > 0, "left > mode")
    check(op, mode - right, lambda d: d > 0, "mode > right")
    check(op, left - right, lambda d: d == 0, "left == right")
    return draw(rs, TRIANGULAR, op, [left, mode, right], size, place)


def vonmises(rs, mu, kappa, size, place, op="vonmises"):
    mu, kappa = _f(mu, op), _f(kappa, op)
    check(op, kappa, lambda k: (k < 0) | _nan(k), "kappa < 0")
    return draw(rs, VONMISES, op, [mu, kappa], size, place)


def wald(rs, mean, scale, size, place, op="wald"):
    mean, scale = _f(mean, op), _f(scale, op)
    check(op, mean, lambda v: (v <= 0) | _nan(v), "mean <= 0")
    check(op, scale, lambda v: (v <= 0) | _nan(v), "scale <= 0")
    return draw(rs, WALD, op, [mean, scale], size, place)


def normal(rs, loc, scale, size, place, op="normal"):
    loc, scale = _f(loc, op), _f(scale, op)
    check(op, scale, lambda s: (s < 0) | _nan(s), "scale < 0")
    return draw(rs, NORMAL, op, [loc, scale], size, place)


# ---- discrete (int64) ----


def _int_param(x, op="random"):
    # NumPy truncates float counts toward zero.
    x = _f(x, op)
    if _is_array(x) and x.dtype.kind in "iub":
        return x
    return (
        _core.trunc(x) if _is_array(x) else (float(np.trunc(x)) if np.ndim(x) == 0 else np.trunc(x))
    )


def poisson(rs, lam, size, place, op="poisson"):
    lam = _f(lam, op)
    check(op, lam, lambda v: (v < 0) | _nan(v), "lam < 0 or lam is NaN")
    check(op, lam, lambda v: v > POISSON_LAM_MAX, "lam value too large")
    return draw(rs, POISSON, op, [lam], size, place, integer=True)


def binomial(rs, n, p, size, place, op="binomial"):
    n, p = _int_param(n, op), _f(p, op)
    check(op, n, lambda v: (v < 0) | _nan(v), "n < 0")
    check(op, p, lambda v: (v < 0) | (v > 1) | _nan(v), "p < 0, p > 1 or p is NaN")
    return draw(rs, BINOMIAL, op, [n, p], size, place, integer=True, counts=[(n, "n")])


def negative_binomial(rs, n, p, size, place, op="negative_binomial"):
    n, p = _f(n, op), _f(p, op)
    check(op, n, lambda v: (v <= 0) | _nan(v), "n <= 0")
    check(op, p, lambda v: (v < 0) | (v > 1) | _nan(v), "p < 0, p > 1 or p is NaN")
    check(op, p, lambda v: v == 0, "p == 0: the number of failures is infinite")
    return draw(rs, NEGATIVE_BINOMIAL, op, [n, p], size, place, integer=True)


def geometric(rs, p, size, place, op="geometric"):
    p = _f(p, op)
    check(op, p, lambda v: (v <= 0) | (v > 1) | _nan(v), "p <= 0, p > 1 or p contains NaNs")
    return draw(rs, GEOMETRIC, op, [p], size, place, integer=True)


def zipf(rs, a, size, place, op="zipf"):
    a = _f(a, op)
    check(op, a, lambda v: (v <= 1) | _nan(v), "a <= 1 or a is NaN")
    return draw(rs, ZIPF, op, [a], size, place, integer=True)


def logseries(rs, p, size, place, op="logseries"):
    p = _f(p, op)
    check(op, p, lambda v: (v < 0) | (v >= 1) | _nan(v), "p < 0, p >= 1 or p is NaN")
    return draw(rs, LOGSERIES, op, [p], size, place, integer=True)


def hypergeometric(rs, ngood, nbad, nsample, size, place, op="hypergeometric", min_sample=1):
    ngood, nbad, nsample = _unify(
        _int_param(ngood, op), _int_param(nbad, op), _int_param(nsample, op)
    )
    check(op, ngood, lambda v: v < 0, "ngood < 0")
    check(op, nbad, lambda v: v < 0, "nbad < 0")
    check(op, nsample, lambda v: v < min_sample, f"nsample < {min_sample}")
    check(op, ngood + nbad - nsample, lambda v: v < 0, "ngood + nbad < nsample")
    check(op, ngood + nbad, lambda v: v >= 1e9, "ngood + nbad >= 1000000000")
    return draw(
        rs,
        HYPERGEOMETRIC,
        op,
        [ngood, nbad, nsample],
        size,
        place,
        integer=True,
        counts=[(ngood + nbad, "ngood + nbad")],
    )
