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
    """Warning issued by ``polyfit`` when its least-squares design matrix is rank deficient.

    The fit is then poorly conditioned. It is a ``UserWarning`` subclass, as
    ``numpy.exceptions.RankWarning`` (a different class: catch ``dparray.RankWarning``).
    Silence it with ``warnings.simplefilter("ignore", dparray.RankWarning)``.
    """


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
    """Return the coefficients of the monic polynomial with the given roots.

    Parameters
    ----------
    seq_of_zeros : array_like or ndarray
        A 1-D sequence of roots (repeated for multiple roots), or a non-empty square 2-D array,
        whose characteristic polynomial (the roots being its eigenvalues) is returned.

    Returns
    -------
    ndarray or float
        The ``n + 1`` coefficients, highest power first (the leading one is 1): float64
        (float32 / complex64 inputs keep their type), real when the complex roots come in
        conjugate pairs. With no roots, the float ``1.0``, as NumPy.

    Raises
    ------
    ValueError
        If the input is neither 1-D nor a non-empty square 2-D array, or on a device
        without float64 if the roots are integers or bools (they are computed in float64;
        pass float32 roots there).

    See Also
    --------
    roots, polyval

    Notes
    -----
    The product of the factors ``(x - r)`` is formed on the input's device/queue, one
    convolution per root; the eigenvalues of a 2-D input come from
    ``dparray.linalg.eigvals``.

    Examples
    --------
    >>> dp.poly([1, 2, 3])
    array([ 1., -6., 11., -6.])
    >>> dp.poly([1j, -1j])
    array([1., 0., 1.])
    >>> dp.poly(dp.asarray([[1.0, 0.0], [0.0, 2.0]]))
    array([ 1., -3.,  2.])
    """
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
    """Return the sum of two polynomials.

    Parameters
    ----------
    a1, a2 : array_like or ndarray
        Polynomial coefficients, highest power first (a scalar is a constant polynomial).

    Returns
    -------
    ndarray
        The coefficients of the sum (the shorter input is padded with leading zeros), with the
        promoted dtype, on the inputs' device.

    See Also
    --------
    polysub, polymul, polyval

    Examples
    --------
    >>> dp.polyadd([1, 2], [9, 5, 4])
    array([9, 6, 6])
    """
    q = _queue(a1, a2)
    a1, a2 = _1d(a1, q), _1d(a2, q)
    n = max(a1.shape[0], a2.shape[0])
    return _c.add(_pad_front(a1, n), _pad_front(a2, n))


def polysub(a1, a2):
    """Return the difference of two polynomials, ``a1 - a2``.

    Parameters
    ----------
    a1 : array_like or ndarray
        Polynomial coefficients, highest power first (a scalar is a constant polynomial); the minuend.
    a2 : array_like or ndarray
        Polynomial coefficients, highest power first (a scalar is a constant polynomial); the subtrahend.

    Returns
    -------
    ndarray
        The coefficients of the difference, with the promoted dtype, on the inputs' device.

    See Also
    --------
    polyadd, polymul

    Examples
    --------
    >>> dp.polysub([2, 10, -2], [3, 10, -4])
    array([-1,  0,  2])
    """
    q = _queue(a1, a2)
    a1, a2 = _1d(a1, q), _1d(a2, q)
    n = max(a1.shape[0], a2.shape[0])
    return _c.subtract(_pad_front(a1, n), _pad_front(a2, n))


def polymul(a1, a2):
    """Return the product of two polynomials.

    Parameters
    ----------
    a1, a2 : array_like or ndarray
        Polynomial coefficients, highest power first (a scalar is a constant polynomial).

    Returns
    -------
    ndarray
        The coefficients of the product (the full convolution of the inputs, of length
        ``len(a1) + len(a2) - 1``), with the promoted dtype, on the inputs' device.

    Raises
    ------
    ValueError
        If a polynomial has no coefficients.

    See Also
    --------
    polyadd, polydiv, convolve

    Examples
    --------
    >>> dp.polymul([1, 2, 3], [9, 5, 1])
    array([ 9, 23, 38, 17,  3])
    """
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
    """Return the derivative of a polynomial.

    Parameters
    ----------
    p : array_like or ndarray
        Polynomial coefficients, highest power first (a scalar is a constant polynomial).
    m : int, optional
        The order of the derivative (default 1; 0 returns `p`).

    Returns
    -------
    ndarray
        The coefficients of the `m`-th derivative (empty when `m` exceeds the degree), on
        `p`'s device.

    Raises
    ------
    TypeError
        If `m` is not an integer.
    ValueError
        If `m` is negative.

    See Also
    --------
    polyint

    Examples
    --------
    >>> dp.polyder([1, 1, 1, 1])
    array([3, 2, 1])
    >>> dp.polyder([1, 1, 1, 1], 2)
    array([6, 2])
    """
    m = _order(m, "polyder", "polyint")
    p = _1d(p)
    for _ in range(m):
        n = p.shape[0] - 1
        p = p[:-1] * _c.arange(n, 0, -1, sycl_queue=p.sycl_queue) if n > 0 else p[:0]
    return p


def polyint(p, m=1, k=None):
    """Return an antiderivative (indefinite integral) of a polynomial.

    Parameters
    ----------
    p : array_like or ndarray
        Polynomial coefficients, highest power first (a scalar is a constant polynomial).
    m : int, optional
        The order of the antiderivative (default 1).
    k : scalar or array_like, optional
        The integration constants, the first for the first integration (it ends up as the
        coefficient of ``x**(m-1)``; the last one is the constant term). A scalar or a
        one-element array is used for every order; default None: all zero.

    Returns
    -------
    ndarray
        The ``len(p) + m`` coefficients (floating), on `p`'s device.

    Raises
    ------
    TypeError
        If `m` is not an integer.
    ValueError
        If `m` is negative, or `k` has fewer than `m` entries (and more than one).

    See Also
    --------
    polyder

    Examples
    --------
    >>> dp.polyint([1, 1, 1])
    array([0.33333333, 0.5       , 1.        , 0.        ])
    >>> dp.polyint([3, 2], 2, k=[1, 5])
    array([0.5, 1. , 1. , 5. ])
    """
    m = _order(m, "polyint", "polyder")
    p = _1d(p)
    q = p.sycl_queue
    # The default constants are zeros of the device's default float (float32 without float64).
    k = _c.zeros((m,), sycl_queue=q) if k is None else _1d(k, q)
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
    """Evaluate a polynomial at given points.

    Parameters
    ----------
    p : array_like or ndarray
        Polynomial coefficients, highest power first (a scalar is a constant polynomial).
    x : scalar, array_like or ndarray
        The points.

    Returns
    -------
    ndarray
        ``p[0] * x**(n-1) + ... + p[n-1]``, of `x`'s shape, with the dtype promoted from `p`
        and `x`, on their device.

    See Also
    --------
    polyfit, roots

    Notes
    -----
    Horner's rule, one device multiply-add per coefficient. Difference from NumPy: a scalar
    `x` gives a 0-d array (NumPy returns a scalar).

    Examples
    --------
    >>> dp.polyval([3, 0, 1], dp.asarray([1, 2, 3]))
    array([ 4, 13, 28])
    >>> dp.polyval([3, 0, 1], 5)
    array(76)
    """
    q = _queue(p, x)
    p, x = _1d(p, q), _arr(x, q)
    y = _c.zeros_like(x)
    for i in range(p.shape[0]):
        y = y * x + p[i]
    return y


def polydiv(u, v):
    """Return the quotient and remainder of polynomial division.

    Parameters
    ----------
    u : array_like or ndarray
        Polynomial coefficients, highest power first (a scalar is a constant polynomial); the dividend.
    v : array_like or ndarray
        Polynomial coefficients, highest power first (a scalar is a constant polynomial); the divisor.

    Returns
    -------
    q : ndarray
        The quotient's coefficients.
    r : ndarray
        The remainder's coefficients; leading coefficients within 1e-8 of zero are dropped,
        keeping at least one.

    Raises
    ------
    ValueError
        If a polynomial has no coefficients.

    See Also
    --------
    polymul, polyadd

    Notes
    -----
    The inputs are made floating (float64 for integers) and the long division runs on their
    device, one step per quotient coefficient. Dividing by a polynomial whose leading
    coefficient is 0 gives inf / nan, without an error.

    Examples
    --------
    >>> dp.polydiv([3.0, 5.0, 2.0], [2.0, 1.0])
    (array([1.5 , 1.75]), array([0.25]))
    >>> dp.polydiv([1, 0, -1], [1, 1])
    (array([ 1., -1.]), array([0.]))
    """
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
    """Least-squares polynomial fit.

    Finds the coefficients ``p`` of degree `deg` that minimise the squared error
    ``sum(w**2 * (y - polyval(p, x))**2)``.

    Parameters
    ----------
    x : array_like or ndarray
        The 1-D sample points.
    y : array_like or ndarray
        The sample values: 1-D, or 2-D with one data set per column.
    deg : int
        The degree of the fit (at least 0).
    rcond : float, optional
        Relative cut-off for small singular values (default ``len(x) * eps`` of the data's
        float type).
    full : bool, optional
        If True, also return the diagnostics of the least-squares solution (default False).
    w : array_like or ndarray, optional
        Weights, one per sample, applied to the unsquared residuals (default None).
    cov : bool or 'unscaled', optional
        If true (and `full` is False), also return the covariance matrix of the coefficients,
        scaled by ``residuals / (len(x) - deg - 1)``; ``'unscaled'`` leaves out that scaling.

    Returns
    -------
    p : ndarray
        The coefficients, highest power first: ``(deg + 1,)``, or ``(deg + 1, K)`` for a 2-D
        `y` of K columns.
    residuals, rank, singular_values, rcond
        With ``full=True``: the sum of squared residuals, the rank of the scaled Vandermonde
        matrix, its singular values and the cut-off used (as ``linalg.lstsq``).
    V : ndarray
        With `cov`: the covariance matrix, ``(deg + 1, deg + 1)`` (or
        ``(deg + 1, deg + 1, K)``).

    Raises
    ------
    TypeError
        If `deg` is not an integer, `x` is not 1-D or is empty, `y` is not 1-D or 2-D, their
        lengths differ, or `w` is not 1-D of that length.
    ValueError
        If `deg` is negative, or `cov` is scaled and there are no more samples than
        coefficients.

    Warns
    -----
    RankWarning
        If the design matrix is rank deficient (and `full` is False).

    See Also
    --------
    polyval, linalg.lstsq

    Notes
    -----
    The Vandermonde matrix is built, column-scaled and solved with ``dparray.linalg.lstsq``
    on the data's device; integer data are computed in float64. Difference from NumPy: the
    warning is ``dparray.RankWarning``; ``rank`` is a Python int.

    Examples
    --------
    >>> x = dp.asarray([0.0, 1.0, 2.0, 3.0])
    >>> y = dp.asarray([1.0, 3.0, 5.0, 7.0])
    >>> dp.polyfit(x, y, 1)
    array([2., 1.])
    >>> p, V = dp.polyfit(x, y + dp.asarray([0.1, -0.1, 0.1, -0.1]), 1, cov=True)
    >>> p
    array([1.96, 1.06])
    """
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
    """Return the roots of a polynomial.

    Parameters
    ----------
    p : array_like or ndarray
        Polynomial coefficients, highest power first (a scalar is a constant polynomial); rank 1.

    Returns
    -------
    ndarray
        The roots: the eigenvalues of the companion matrix, plus one zero per trailing zero
        coefficient. Real (float64, or float32 for float32 input) when every root is real,
        else complex. Empty for a constant or all-zero `p`.

    Raises
    ------
    ValueError
        If `p` is not 1-D, or on a device without float64 if `p` is of integer or bool
        dtype (it is computed in float64; pass float32 coefficients there).

    See Also
    --------
    poly, polyval

    Notes
    -----
    The companion matrix is made on `p`'s device; its eigenvalues come from
    ``dparray.linalg.eigvals``. Leading zero coefficients are dropped.

    Examples
    --------
    >>> dp.roots([1, -3, 2])
    array([2., 1.])
    >>> dp.roots([1, -1, 0])
    array([1., 0.])
    >>> dp.roots([1, 0, 1])
    array([-0.+1.j,  0.-1.j])
    """
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
