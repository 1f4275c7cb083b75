"""NumPy's window functions (bartlett, blackman, hamming, hanning, kaiser) made on a device:
float64 arrays of M points computed by device elementwise operations from arange."""

import math
import operator

from . import _core as _c

__all__ = ["bartlett", "blackman", "hamming", "hanning", "kaiser"]


def _points(M, op, device, usm_type, sycl_queue):
    """(M, kwargs for creation); M < 1 gives an empty window, as in NumPy."""
    try:
        M = operator.index(M)
    except TypeError:
        if isinstance(M, float) and M.is_integer():
            M = int(M)
        else:
            raise TypeError(f"[{op}] M must be an integer, not {M!r}") from None
    kw = {"device": device, "usm_type": usm_type, "sycl_queue": sycl_queue}
    return M, {k: v for k, v in kw.items() if v is not None}


def _symmetric(M, kw):
    """n = 1-M, 3-M, ..., M-1 (NumPy's centred sample positions) as float64."""
    return _c.arange(1 - M, M, 2, dtype=_c.float64, **kw)


def _trivial(M, kw):
    if M < 1:
        return _c.zeros((0,), dtype=_c.float64, **kw)
    if M == 1:
        return _c.ones((1,), dtype=_c.float64, **kw)
    return None


def bartlett(M, *, device=None, usm_type=None, sycl_queue=None):
    """Triangular (Bartlett) window of M points (numpy.bartlett)."""
    M, kw = _points(M, "bartlett", device, usm_type, sycl_queue)
    t = _trivial(M, kw)
    if t is not None:
        return t
    n = _symmetric(M, kw)
    return _c.where(n <= 0, 1 + n / (M - 1), 1 - n / (M - 1))


def _cosine_sum(M, coeffs, op, device, usm_type, sycl_queue):
    """sum_k coeffs[k] * cos(k pi n / (M - 1)) over NumPy's centred positions n."""
    M, kw = _points(M, op, device, usm_type, sycl_queue)
    t = _trivial(M, kw)
    if t is not None:
        return t
    n = _symmetric(M, kw) * (math.pi / (M - 1))
    w = _c.full((M,), coeffs[0], dtype=_c.float64, **kw)
    for k, c in enumerate(coeffs[1:], start=1):
        w = w + c * _c.cos(n * k)
    return w


def blackman(M, *, device=None, usm_type=None, sycl_queue=None):
    """Blackman window of M points (numpy.blackman)."""
    return _cosine_sum(M, (0.42, 0.5, 0.08), "blackman", device, usm_type, sycl_queue)


def hamming(M, *, device=None, usm_type=None, sycl_queue=None):
    """Hamming window of M points (numpy.hamming)."""
    return _cosine_sum(M, (0.54, 0.46), "hamming", device, usm_type, sycl_queue)


def hanning(M, *, device=None, usm_type=None, sycl_queue=None):
    """Hann window of M points (numpy.hanning)."""
    return _cosine_sum(M, (0.5, 0.5), "hanning", device, usm_type, sycl_queue)


def _i0_terms(xmax):
    """Power-series coefficients 1/(k!)^2 of I0 in t = (x/2)^2, enough for |x| <= xmax to
    double precision (all terms are positive, so the sum has no cancellation)."""
    t = (xmax / 2.0) ** 2
    coeffs, c, term, total, k = [1.0], 1.0, 1.0, 1.0, 0
    while True:
        k += 1
        c /= k * k
        term *= t / (k * k)
        total += term
        coeffs.append(c)
        if term <= 1e-17 * total or c == 0.0:
            return coeffs


def _i0_series(x, xmax):
    """Modified Bessel function I0 of a float64 device array with |x| <= xmax."""
    t = (x * 0.5) ** 2
    coeffs = _i0_terms(xmax)
    y = _c.full(x.shape, coeffs[-1], dtype=x.dtype, sycl_queue=x.sycl_queue)
    for c in reversed(coeffs[:-1]):  # Horner's rule in t
        y = y * t + c
    return y


def _i0_scalar(x):
    t, term, total, k = (x / 2.0) ** 2, 1.0, 1.0, 0
    while term > 1e-17 * total:
        k += 1
        term *= t / (k * k)
        total += term
    return total


def kaiser(M, beta, *, device=None, usm_type=None, sycl_queue=None):
    """Kaiser window of M points and shape beta (numpy.kaiser):
    I0(beta sqrt(1 - (2n/(M-1) - 1)^2)) / I0(beta). I0 is dparray.i0 when the catalogue has
    it, else a power series evaluated with device operations."""
    M, kw = _points(M, "kaiser", device, usm_type, sycl_queue)
    try:
        beta = float(beta)
    except (TypeError, ValueError):
        raise TypeError(f"[kaiser] beta must be a real number, not {beta!r}") from None
    t = _trivial(M, kw)
    if t is not None:
        return t
    n = _c.arange(0, M, dtype=_c.float64, **kw)
    alpha = (M - 1) / 2.0
    arg = beta * _c.sqrt(1 - ((n - alpha) / alpha) ** 2.0)
    i0 = getattr(_c, "i0", None)
    if i0 is not None:
        return i0(arg) / i0(_c.asarray(beta, dtype=_c.float64, sycl_queue=arg.sycl_queue))
    return _i0_series(arg, abs(beta)) / _i0_scalar(abs(beta))
