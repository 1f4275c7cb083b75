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
    """Return the Bartlett (triangular) window.

    ``w(n) = 1 - |2n - M + 1| / (M - 1)`` for ``n = 0 ... M-1``: zero at both ends.

    Parameters
    ----------
    M : int
        The number of points; 0 or fewer gives an empty array, 1 gives ``[1.]``. A float
        with an integer value is accepted.
    device : str, Device or Queue, optional
        The device to create the window on (default None: the default device).
    usm_type : {'device', 'shared', 'host'}, optional
        The kind of memory (default None: ``'device'``).
    sycl_queue : Queue, optional
        The queue to create the window on (default None); with `device` too, both must name
        one device.

    Returns
    -------
    ndarray
        The window, float64 of shape ``(M,)`` (``(0,)`` when ``M < 1``), on the requested
        device; symmetric, its maximum 1 in the middle (for odd `M`).

    Raises
    ------
    TypeError
        If `M` is not an integer.
    ValueError
        On a device without float64 (the window is always float64, as NumPy's), or if
        `device` and `sycl_queue` name different devices.

    See Also
    --------
    blackman, hamming, hanning, kaiser

    Notes
    -----
    Computed on the device from ``arange`` with elementwise operations (nothing is copied
    from the host). Difference from NumPy: the placement keywords.

    Examples
    --------
    >>> dp.bartlett(5)
    array([0. , 0.5, 1. , 0.5, 0. ])
    """
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
    """Return the Blackman window.

    ``w(n) = 0.42 - 0.5 cos(2 pi n / (M - 1)) + 0.08 cos(4 pi n / (M - 1))`` for
    ``n = 0 ... M-1``.

    Parameters
    ----------
    M : int
        The number of points; 0 or fewer gives an empty array, 1 gives ``[1.]``. A float
        with an integer value is accepted.
    device : str, Device or Queue, optional
        The device to create the window on (default None: the default device).
    usm_type : {'device', 'shared', 'host'}, optional
        The kind of memory (default None: ``'device'``).
    sycl_queue : Queue, optional
        The queue to create the window on (default None); with `device` too, both must name
        one device.

    Returns
    -------
    ndarray
        The window, float64 of shape ``(M,)`` (``(0,)`` when ``M < 1``), on the requested
        device; symmetric, its maximum 1 in the middle (for odd `M`).

    Raises
    ------
    TypeError
        If `M` is not an integer.
    ValueError
        On a device without float64 (the window is always float64, as NumPy's), or if
        `device` and `sycl_queue` name different devices.

    See Also
    --------
    bartlett, hamming, hanning, kaiser

    Notes
    -----
    Computed on the device from ``arange`` with elementwise operations (nothing is copied
    from the host). Difference from NumPy: the placement keywords.

    Examples
    --------
    >>> dp.round(dp.blackman(5), 8)
    array([-0.  ,  0.34,  1.  ,  0.34, -0.  ])
    """
    return _cosine_sum(M, (0.42, 0.5, 0.08), "blackman", device, usm_type, sycl_queue)


def hamming(M, *, device=None, usm_type=None, sycl_queue=None):
    """Return the Hamming window.

    ``w(n) = 0.54 - 0.46 cos(2 pi n / (M - 1))`` for ``n = 0 ... M-1``.

    Parameters
    ----------
    M : int
        The number of points; 0 or fewer gives an empty array, 1 gives ``[1.]``. A float
        with an integer value is accepted.
    device : str, Device or Queue, optional
        The device to create the window on (default None: the default device).
    usm_type : {'device', 'shared', 'host'}, optional
        The kind of memory (default None: ``'device'``).
    sycl_queue : Queue, optional
        The queue to create the window on (default None); with `device` too, both must name
        one device.

    Returns
    -------
    ndarray
        The window, float64 of shape ``(M,)`` (``(0,)`` when ``M < 1``), on the requested
        device; symmetric, its maximum 1 in the middle (for odd `M`).

    Raises
    ------
    TypeError
        If `M` is not an integer.
    ValueError
        On a device without float64 (the window is always float64, as NumPy's), or if
        `device` and `sycl_queue` name different devices.

    See Also
    --------
    bartlett, blackman, hanning, kaiser

    Notes
    -----
    Computed on the device from ``arange`` with elementwise operations (nothing is copied
    from the host). Difference from NumPy: the placement keywords.

    Examples
    --------
    >>> dp.hamming(5)
    array([0.08, 0.54, 1.  , 0.54, 0.08])
    """
    return _cosine_sum(M, (0.54, 0.46), "hamming", device, usm_type, sycl_queue)


def hanning(M, *, device=None, usm_type=None, sycl_queue=None):
    """Return the Hann (Hanning) window.

    ``w(n) = 0.5 - 0.5 cos(2 pi n / (M - 1))`` for ``n = 0 ... M-1``.

    Parameters
    ----------
    M : int
        The number of points; 0 or fewer gives an empty array, 1 gives ``[1.]``. A float
        with an integer value is accepted.
    device : str, Device or Queue, optional
        The device to create the window on (default None: the default device).
    usm_type : {'device', 'shared', 'host'}, optional
        The kind of memory (default None: ``'device'``).
    sycl_queue : Queue, optional
        The queue to create the window on (default None); with `device` too, both must name
        one device.

    Returns
    -------
    ndarray
        The window, float64 of shape ``(M,)`` (``(0,)`` when ``M < 1``), on the requested
        device; symmetric, its maximum 1 in the middle (for odd `M`).

    Raises
    ------
    TypeError
        If `M` is not an integer.
    ValueError
        On a device without float64 (the window is always float64, as NumPy's), or if
        `device` and `sycl_queue` name different devices.

    See Also
    --------
    bartlett, blackman, hamming, kaiser

    Notes
    -----
    Computed on the device from ``arange`` with elementwise operations (nothing is copied
    from the host). Difference from NumPy: the placement keywords.

    Examples
    --------
    >>> dp.hanning(5)
    array([0. , 0.5, 1. , 0.5, 0. ])
    >>> dp.hanning(4).shape
    (4,)
    """
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
    """Return the Kaiser window.

    ``w(n) = I0(beta * sqrt(1 - (2n / (M - 1) - 1)**2)) / I0(beta)`` for ``n = 0 ... M-1``,
    I0 the modified Bessel function of the first kind, order 0.

    Parameters
    ----------
    M : int
        The number of points; 0 or fewer gives an empty array, 1 gives ``[1.]``. A float
        with an integer value is accepted.
    beta : float
        The shape parameter (0 gives a rectangular window; larger values narrow it).
    device : str, Device or Queue, optional
        The device to create the window on (default None: the default device).
    usm_type : {'device', 'shared', 'host'}, optional
        The kind of memory (default None: ``'device'``).
    sycl_queue : Queue, optional
        The queue to create the window on (default None); with `device` too, both must name
        one device.

    Returns
    -------
    ndarray
        The window, float64 of shape ``(M,)`` (``(0,)`` when ``M < 1``), on the requested
        device; symmetric, its maximum 1 in the middle (for odd `M`).

    Raises
    ------
    TypeError
        If `M` is not an integer. Also if `beta` is not a real number.
    ValueError
        On a device without float64 (the window is always float64, as NumPy's), or if
        `device` and `sycl_queue` name different devices.

    See Also
    --------
    bartlett, blackman, hamming, hanning, i0

    Notes
    -----
    Computed on the device from ``arange`` with elementwise operations (nothing is copied
    from the host). Difference from NumPy: the placement keywords. I0 is ``dparray.i0``.

    Examples
    --------
    >>> dp.round(dp.kaiser(4, 5.0), 6)
    array([0.036711, 0.775322, 0.775322, 0.036711])
    """
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
