"""NumPy's legacy polynomial functions (coefficients highest power first) over dparray arrays.

Each is a short composition of device operations, as NumPy writes them over its own
primitives: products as a skewed outer product summed by columns, evaluation by Horner's
rule, fits through dparray.linalg.lstsq and roots as the eigenvalues of the companion matrix.
The loops that remain run over polynomial degrees, never over array elements."""

import operator
import warnings

from . import _core as _c

__all__ = [
    "RankWarning",
    "poly",
    "polyadd",
    "polyder",
    "polydiv",
    "polyfit",
    "polyint",
    "polymul",
    "polysub",
    "polyval",
    "roots",
]

_KEPT = ("float32", "float64", "complex64", "complex128")  # mintypecode keeps these


class RankWarning(UserWarning):
    """polyfit's design matrix is rank deficient (numpy.exceptions.RankWarning)."""


def _linalg():
    from . import linalg

    return linalg


def _queue(*values):
    for v in values:
        if isinstance(v, _c.ndarray):
            return v.sycl_queue
    return None


def _arr(x, q=None):
    if isinstance(x, _c.ndarray):
        return x
    return _c.asarray(x, sycl_queue=q) if q is not None else _c.asarray(x)


def _1d(x, q=None):
    x = _arr(x, q)
    return _c.reshape(x, (1,)) if x.ndim == 0 else x


def _is_complex(x):
    return x.dtype in (_c.complex64, _c.complex128)


def _inexact(x):
    """x as NumPy's mintypecode does: float32 / complex64 / complex128 kept, others float64."""
    name = str(x.dtype)
    if name in _KEPT:
        return x
    return _c.astype(x, _c.float64)


def _convolve_full(a, b):
    """Full linear convolution of two 1-D arrays: the outer product, skewed so that row i
    shifts right by i, summed over rows."""
    n, m = a.shape[0], b.shape[0]
    outer = _c.multiply(_c.reshape(a, (n, 1)), _c.reshape(b, (1, m)))
    padded = _c.concat(
        [outer, _c.zeros((n, n), dtype=outer.dtype, sycl_queue=outer.sycl_queue)], axis=1
    )
    flat = _c.reshape(padded, (-1,))[: n * (n + m - 1)]
    return _c.sum(_c.reshape(flat, (n, n + m - 1)), axis=0, dtype=outer.dtype)


def poly(seq_of_zeros):
    """Coefficients of the monic polynomial with the given roots (numpy.poly); a square
    2-D array gives its characteristic polynomial. Real when the roots come in conjugate
    pairs."""
    s = _arr(seq_of_zeros)
    if s.ndim == 2 and s.shape[0] == s.shape[1] and s.shape[0] != 0:
        s = _linalg().eigvals(s)
    elif s.ndim == 0 or s.ndim == 1:
        s = _1d(s)
    else:
        raise ValueError(
            f"[poly] input must be 1-D or a non-empty square 2-D array, got shape {s.shape}"
        )
    if s.shape[0] == 0:
        return 1.0
    s = _inexact(s)
    a = _c.ones((1,), dtype=s.dtype, sycl_queue=s.sycl_queue)
    for k in range(s.shape[0]):  # one factor (x - r_k) per root
        factor = _c.concat([_c.ones((1,), dtype=s.dtype, sycl_queue=s.sycl_queue), -s[k : k + 1]])
        a = _convolve_full(a, factor)
    # real coefficients when the roots are closed under conjugation
    if _is_complex(a) and bool(_c.all(_c.sort(s) == _c.sort(_c.conj(s)))):
        a = _c.real(a)
    return a


def _pad_front(a, n):
    if a.shape[0] >= n:
        return a
    z = _c.zeros((n - a.shape[0],), dtype=a.dtype, sycl_queue=a.sycl_queue)
    return _c.concat([z, a])


def polyadd(a1, a2):
    """Sum of two polynomials (numpy.polyadd)."""
    q = _queue(a1, a2)
    a1, a2 = _1d(a1, q), _1d(a2, q)
    n = max(a1.shape[0], a2.shape[0])
    return _c.add(_pad_front(a1, n), _pad_front(a2, n))


def polysub(a1, a2):
    """Difference of two polynomials (numpy.polysub)."""
    q = _queue(a1, a2)
    a1, a2 = _1d(a1, q), _1d(a2, q)
    n = max(a1.shape[0], a2.shape[0])
    return _c.subtract(_pad_front(a1, n), _pad_front(a2, n))


def polymul(a1, a2):
    """Product of two polynomials (numpy.polymul): their coefficients' full convolution."""
    q = _queue(a1, a2)
    a1, a2 = _1d(a1, q), _1d(a2, q)
    if a1.shape[0] == 0 or a2.shape[0] == 0:
        raise ValueError("[polymul] the polynomials must have at least one coefficient")
    return _convolve_full(a1, a2)


def _order(m, op, other):
    try:
        m = operator.index(m)
    except TypeError:
        raise TypeError(f"[{op}] the order must be an int, not {type(m).__name__}") from None
    if m < 0:
        raise ValueError(f"[{op}] order must be positive (see {other}), got {m}")
    return m


def polyder(p, m=1):
    """m-th derivative of a polynomial (numpy.polyder)."""
    m = _order(m, "polyder", "polyint")
    p = _1d(p)
    for _ in range(m):
        n = p.shape[0] - 1
        p = p[:-1] * _c.arange(n, 0, -1, sycl_queue=p.sycl_queue) if n > 0 else p[:0]
    return p


def polyint(p, m=1, k=None):
    """m-th antiderivative of a polynomial (numpy.polyint); k gives the integration
    constants, lowest order last (a scalar is used for every order)."""
    m = _order(m, "polyint", "polyder")
    p = _1d(p)
    q = p.sycl_queue
    k = _c.zeros((m,), dtype=_c.float64, sycl_queue=q) if k is None else _1d(k, q)
    if k.ndim != 1:
        raise ValueError("[polyint] k must be a scalar or a rank-1 array of length 1 or >= m")
    if k.shape[0] == 1 and m > 1:
        k = _c.broadcast_to(k, (m,))
    if k.shape[0] < m:
        raise ValueError(
            f"[polyint] k must be a scalar or a rank-1 array of length 1 or >= m ({m}), "
            f"got length {k.shape[0]}"
        )
    for i in range(m):
        n = p.shape[0]
        y = p / _c.arange(n, 0, -1, sycl_queue=q)
        p = _c.concat([y, k[i : i + 1]])
    return p


def polyval(p, x):
    """Value of the polynomial p at x by Horner's rule (numpy.polyval); x may be an array."""
    q = _queue(p, x)
    p, x = _1d(p, q), _arr(x, q)
    y = _c.zeros_like(x)
    for i in range(p.shape[0]):
        y = y * x + p[i]
    return y


def polydiv(u, v):
    """Quotient and remainder of polynomial division (numpy.polydiv); leading remainder
    coefficients within 1e-8 of zero are dropped, as NumPy does."""
    q = _queue(u, v)
    u, v = _1d(u, q) + 0.0, _1d(v, q) + 0.0
    if v.shape[0] == 0 or u.shape[0] == 0:
        raise ValueError("[polydiv] the polynomials must have at least one coefficient")
    dt = _c.result_type(u, v)
    m, n = u.shape[0] - 1, v.shape[0] - 1
    scale = 1.0 / v[0]
    quot = _c.zeros((max(m - n + 1, 1),), dtype=dt, sycl_queue=u.sycl_queue)
    r = _c.astype(u, dt)
    for k in range(m - n + 1):  # one step of long division per quotient coefficient
        d = scale * r[k]
        quot[k] = d
        r[k : k + n + 1] = r[k : k + n + 1] - d * v
    # NumPy strips leading entries r[0] with allclose(r[0], 0, rtol=1e-14), keeping one
    small = _c.abs(r) <= 1e-8
    if r.shape[0] > 1:
        big = _c.logical_not(small[:-1])
        lead = int(_c.argmax(big)) if bool(_c.any(big)) else r.shape[0] - 1
        r = r[lead:]
    return quot, r


def _vander(x, order):
    powers = _c.arange(order - 1, -1, -1, dtype=x.dtype, sycl_queue=x.sycl_queue)
    return _c.pow(_c.reshape(x, (-1, 1)), powers)


def polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False):
    """Least-squares polynomial fit (numpy.polyfit): coefficients of degree deg, highest
    first, through dparray.linalg.lstsq on the column-scaled Vandermonde matrix. full
    returns (coef, residuals, rank, singular values, rcond); cov returns (coef, covariance),
    cov='unscaled' without the residual scaling. Warns RankWarning when rank deficient."""
    op = "polyfit"
    try:
        order = operator.index(deg) + 1
    except TypeError:
        raise TypeError(f"[{op}] deg must be an int, not {type(deg).__name__}") from None
    q = _queue(x, y, w)
    x, y = _arr(x, q) + 0.0, _arr(y, q) + 0.0
    if order < 1:
        raise ValueError(f"[{op}] expected deg >= 0, got {deg}")
    if x.ndim != 1:
        raise TypeError(f"[{op}] expected 1D vector for x, got shape {x.shape}")
    if x.size == 0:
        raise TypeError(f"[{op}] expected non-empty vector for x")
    if y.ndim < 1 or y.ndim > 2:
        raise TypeError(f"[{op}] expected 1D or 2D array for y, got shape {y.shape}")
    if x.shape[0] != y.shape[0]:
        raise TypeError(f"[{op}] expected x and y to have same length, got {x.shape} and {y.shape}")
    dt = _c.result_type(x, y)
    x, y = _c.astype(x, dt), _c.astype(y, dt)
    if rcond is None:
        eps = 1.1920928955078125e-07 if dt in (_c.float32, _c.complex64) else 2.220446049250313e-16
        rcond = x.shape[0] * eps
    lhs, rhs = _vander(x, order), y
    if w is not None:
        w = _arr(w, q) + 0.0
        if w.ndim != 1:
            raise TypeError(f"[{op}] expected a 1-d array for weights, got shape {w.shape}")
        if w.shape[0] != y.shape[0]:
            raise TypeError(f"[{op}] expected w and y to have the same length")
        lhs = lhs * _c.reshape(w, (-1, 1))
        rhs = rhs * (_c.reshape(w, (-1, 1)) if rhs.ndim == 2 else w)
    scale = _c.sqrt(_c.sum(_c.real(lhs * _c.conj(lhs)) if _is_complex(lhs) else lhs * lhs, axis=0))
    lhs = lhs / scale
    c, resids, rank, s = _linalg().lstsq(lhs, rhs, rcond)
    c = (c.T / scale).T
    if rank != order and not full:
        warnings.warn("Polyfit may be poorly conditioned", RankWarning, stacklevel=2)
    if full:
        return c, resids, rank, s, rcond
    if cov:
        vbase = _linalg().inv(_c.matmul(lhs.T, lhs)) / _c.outer(scale, scale)
        if cov == "unscaled":
            fac = 1.0
        else:
            if x.shape[0] <= order:
                raise ValueError(
                    f"[{op}] the number of data points must exceed order to scale the "
                    "covariance matrix"
                )
            fac = resids / (x.shape[0] - order)
        if y.ndim == 1:
            return c, vbase * fac
        return c, _c.reshape(vbase, vbase.shape + (1,)) * fac
    return c


def roots(p):
    """Roots of a polynomial (numpy.roots): eigenvalues of its companion matrix, with one
    zero root per trailing zero coefficient; real when every root is."""
    p = _1d(p)
    if p.ndim != 1:
        raise ValueError(f"[roots] input must be a rank-1 array, got shape {p.shape}")
    (nz,) = _c.nonzero(p)
    q = p.sycl_queue
    if nz.shape[0] == 0:
        return _c.zeros((0,), dtype=_c.float64, sycl_queue=q)
    first, last = int(nz[0]), int(nz[-1])
    trailing = p.shape[0] - last - 1
    p = _inexact(p[first : last + 1])
    n = p.shape[0]
    if n > 1:
        a = _c.eye(n - 1, n - 1, k=-1, dtype=p.dtype, sycl_queue=q)
        a[0, :] = -p[1:] / p[0]
        r = _linalg().eigvals(a)
        if not _is_complex(p) and bool(_c.all(_c.imag(r) == 0)):
            r = _c.real(r)
    else:
        r = _c.zeros((0,), dtype=p.dtype, sycl_queue=q)
    if trailing:
        r = _c.concat([r, _c.zeros((trailing,), dtype=r.dtype, sycl_queue=q)])
    return r
