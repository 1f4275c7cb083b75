"""dparray.fft: the Array API fft extension and numpy.fft's names.

Each function checks its arguments and runs in C++: pocketfft (NumPy's FFT library) on the
host, dparray's own Stockham / Bluestein kernels on OpenCL devices (see docs/fft.md). Results
stay on the input's device and queue. float32 / complex64 input stays single precision.
"""

from ._core import AxisError, _fft  # noqa: F401 (dparray.fft.AxisError is dparray.AxisError)

__all__ = [
    "fft",
    "fft2",
    "fftfreq",
    "fftn",
    "fftshift",
    "hfft",
    "ifft",
    "ifft2",
    "ifftn",
    "ifftshift",
    "ihfft",
    "irfft",
    "irfft2",
    "irfftn",
    "rfft",
    "rfft2",
    "rfftfreq",
    "rfftn",
]


def fft(x, /, n=None, axis=-1, norm="backward"):
    """Compute the one-dimensional discrete Fourier transform.

    ``y[k] = sum(x[m] * exp(-2j * pi * k * m / n) for m in range(n))``, along one axis
    (scaled as `norm` says).

    Parameters
    ----------
    x : ndarray
        Input array (a dparray array; lists and NumPy arrays are not accepted). Real input
        is transformed as complex.
    n : int or None, optional
        Length of the transform. The input is zero-padded or truncated to `n` points along
        `axis`. Default: the length of `x` along `axis`.
    axis : int, optional
        Axis to transform. Default: -1 (the last).
    norm : {"backward", "ortho", "forward"} or None, optional
        Scaling. ``"backward"`` (default; None means the same): the forward transform is
        unscaled, the inverse divided by `n`. ``"forward"``: the forward transform is
        divided by `n`, the inverse unscaled. ``"ortho"``: both divided by ``sqrt(n)``.

    Returns
    -------
    ndarray
        The complex transform, of the shape of `x` with `n` points along `axis`: complex64
        for float16, float32 and complex64 input, complex128 for float64 and complex128
        input; integer and bool input gives the complex type of the device's default float
        (complex128, complex64 on a device without float64).

    Raises
    ------
    TypeError
        If `x` is not a dparray array, or is complex128 on a device without float64.
    ValueError
        If `n` < 1 or `norm` is not one of the values above.
    dparray.AxisError
        If `axis` is out of range (a subclass of ValueError and IndexError).

    See Also
    --------
    ifft : The inverse transform.
    rfft : The transform of real input (non-negative frequencies only).
    fftn : The n-dimensional transform.

    Notes
    -----
    The host computes with pocketfft (the FFT library of NumPy and SciPy), split into tasks
    over the batch of lines and, for one long line, over the cores (four-step method). An
    OpenCL device runs dparray's own FFT kernels on the device (Stockham passes for lengths
    of the form 2^a 3^b 5^c 7^d, Bluestein for other lengths); the call returns once they
    are enqueued. The result is on the queue of `x`, with its usm_type. Single precision
    input is computed in single precision (NumPy 2.4 uses double precision internally for
    complex64 with the default `norm`, so its float32 results can be slightly more
    accurate).

    Differences from NumPy: `x` must be a dparray array.

    Examples
    --------
    >>> x = dp.asarray([1.0, 2.0, 1.0, -1.0])
    >>> dp.fft.fft(x)
    array([3.+0.j, 0.-3.j, 1.+0.j, 0.+3.j])
    >>> dp.fft.fft(x, norm="ortho")
    array([1.5+0.j , 0. -1.5j, 0.5+0.j , 0. +1.5j])
    >>> dp.fft.fft(x, n=6).shape
    (6,)
    >>> dp.fft.fft(dp.asarray([1.0, 2.0], dtype=dp.float32)).dtype
    dtype('complex64')
    """
    return _fft.fft(x, n, axis, norm)


def ifft(x, /, n=None, axis=-1, norm="backward"):
    """Compute the one-dimensional inverse discrete Fourier transform.

    ``y[m] = sum(x[k] * exp(2j * pi * k * m / n) for k in range(n)) / n`` with the default
    `norm`, so that ``ifft(fft(x))`` is `x` up to rounding.

    Parameters
    ----------
    x : ndarray
        Input array (a dparray array), real or complex.
    n : int or None, optional
        Length of the transform: the input is zero-padded or truncated to `n` points along
        `axis`. Default: the length of `x` along `axis`.
    axis : int, optional
        Axis to transform. Default: -1.
    norm : {"backward", "ortho", "forward"} or None, optional
        Scaling. ``"backward"`` (default; None means the same): divided by `n`;
        ``"forward"``: unscaled; ``"ortho"``: divided by ``sqrt(n)``.

    Returns
    -------
    ndarray
        The complex transform, of the shape of `x` with `n` points along `axis`; complex64
        for single precision (and float16) input, complex128 for double precision input,
        the device's default complex type for integer and bool input.

    Raises
    ------
    TypeError
        If `x` is not a dparray array, or is complex128 on a device without float64.
    ValueError
        If `n` < 1 or `norm` is invalid.
    dparray.AxisError
        If `axis` is out of range.

    See Also
    --------
    fft : The forward transform.
    ifftn : The n-dimensional inverse.

    Notes
    -----
    pocketfft on the host, dparray's FFT kernels on OpenCL devices (asynchronous); the
    result is on the queue of `x`. Differences from NumPy: `x` must be a dparray array.

    Examples
    --------
    >>> x = dp.asarray([1.0, 2.0, 1.0, -1.0])
    >>> dp.fft.ifft(dp.asarray([3.0, -3j, 1.0, 3j]))
    array([ 1.+0.j,  2.+0.j,  1.+0.j, -1.+0.j])
    >>> bool(dp.allclose(dp.fft.ifft(dp.fft.fft(x)), x))
    True
    """
    return _fft.ifft(x, n, axis, norm)


def rfft(x, /, n=None, axis=-1, norm="backward"):
    """Compute the one-dimensional discrete Fourier transform of real input.

    Only the ``n // 2 + 1`` non-negative frequency terms are returned: the others are their
    complex conjugates (Hermitian symmetry).

    Parameters
    ----------
    x : ndarray
        Real input array (a dparray array; float, integer or bool).
    n : int or None, optional
        Number of input points used along `axis` (zero-padded or truncated). Default: the
        length of `x` along `axis`.
    axis : int, optional
        Axis to transform. Default: -1.
    norm : {"backward", "ortho", "forward"} or None, optional
        Scaling, as for :func:`fft` (default ``"backward"``: unscaled).

    Returns
    -------
    ndarray
        Complex array with ``n // 2 + 1`` points along `axis`: complex64 for float16 and
        float32 input, complex128 for float64, the device's default complex type for
        integer and bool input.

    Raises
    ------
    TypeError
        If `x` is not a dparray array or is complex (use :func:`fft`).
    ValueError
        If `n` < 1 or `norm` is invalid.
    dparray.AxisError
        If `axis` is out of range.

    See Also
    --------
    irfft : The inverse.
    fft : The transform of complex input.
    rfftn : The n-dimensional real transform.

    Notes
    -----
    pocketfft on the host; on OpenCL devices an even `n` is packed into ``n / 2`` complex
    points and transformed on the device. The result is on the queue of `x`.
    Differences from NumPy: `x` must be a dparray array; complex input raises TypeError
    (NumPy discards the imaginary part with a warning).

    Examples
    --------
    >>> x = dp.asarray([1.0, 2.0, 1.0, -1.0])
    >>> dp.fft.rfft(x)
    array([3.+0.j, 0.-3.j, 1.+0.j])
    >>> dp.fft.rfft(dp.asarray([1.0, 2.0, 3.0], dtype=dp.float32)).dtype
    dtype('complex64')
    """
    return _fft.rfft(x, n, axis, norm)


def irfft(x, /, n=None, axis=-1, norm="backward"):
    """Compute the inverse of :func:`rfft`.

    Takes the ``m`` non-negative frequency terms of a Hermitian-symmetric spectrum and
    returns `n` real points.

    Parameters
    ----------
    x : ndarray
        Input array (a dparray array): the non-negative frequency terms along `axis`.
    n : int or None, optional
        Number of output points along `axis`. The input is zero-padded or truncated to
        ``n // 2 + 1`` terms. Default: ``2 * (m - 1)`` for ``m`` input terms (so an odd
        length must be given explicitly to get it back).
    axis : int, optional
        Axis to transform. Default: -1.
    norm : {"backward", "ortho", "forward"} or None, optional
        Scaling, as for :func:`ifft` (default ``"backward"``: divided by `n`).

    Returns
    -------
    ndarray
        Real array with `n` points along `axis`: float32 for complex64 and float32 input,
        float16 for float16 input (computed in float32), float64 for double precision
        input, the device's default float for integer and bool input.

    Raises
    ------
    TypeError
        If `x` is not a dparray array, or is complex128 on a device without float64.
    ValueError
        If the output length is < 1 (also the default length of one input term) or
        `norm` is invalid.
    dparray.AxisError
        If `axis` is out of range.

    See Also
    --------
    rfft : The forward transform.
    irfftn : The n-dimensional inverse of real transforms.

    Notes
    -----
    The imaginary parts of the terms without a conjugate partner (0, and ``n / 2`` for an
    even `n`) are ignored, as NumPy does. pocketfft on the host, device kernels on OpenCL
    devices; the result is on the queue of `x`. Differences from NumPy: `x` must be a
    dparray array.

    Examples
    --------
    >>> x = dp.asarray([1.0, 2.0, 1.0, -1.0])
    >>> dp.fft.irfft(dp.fft.rfft(x))
    array([ 1.,  2.,  1., -1.])
    >>> dp.fft.irfft(dp.asarray([1.0, 2.0, 3.0]))
    array([ 2. , -0.5,  0. , -0.5])
    >>> dp.fft.irfft(dp.fft.rfft(dp.asarray([1.0, 2.0, 3.0])), n=3).shape
    (3,)
    """
    return _fft.irfft(x, n, axis, norm)


def hfft(x, /, n=None, axis=-1, norm="backward"):
    """Compute the discrete Fourier transform of a signal with Hermitian symmetry.

    `x` holds the first half of a Hermitian-symmetric signal (whose spectrum is real);
    the result is the `n` real points of its transform.

    Parameters
    ----------
    x : ndarray
        Input array (a dparray array): the first ``m`` points of the signal along `axis`.
    n : int or None, optional
        Number of output points along `axis` (the input is zero-padded or truncated to
        ``n // 2 + 1`` points). Default: ``2 * (m - 1)``.
    axis : int, optional
        Axis to transform. Default: -1.
    norm : {"backward", "ortho", "forward"} or None, optional
        Scaling, as for :func:`fft` (default ``"backward"``: unscaled).

    Returns
    -------
    ndarray
        Real array with `n` points along `axis` (float32 for single precision input,
        float16 for float16, float64 for double precision, the device's default float for
        integer and bool input).

    Raises
    ------
    TypeError
        If `x` is not a dparray array, or is complex128 on a device without float64.
    ValueError
        If the output length is < 1 or `norm` is invalid.
    dparray.AxisError
        If `axis` is out of range.

    See Also
    --------
    ihfft : The inverse.
    irfft : ``hfft(x, n)`` is ``irfft(conj(x), n)`` scaled by `n`.

    Notes
    -----
    pocketfft on the host, device kernels on OpenCL devices; the result is on the queue of
    `x`. Differences from NumPy: `x` must be a dparray array.

    Examples
    --------
    >>> dp.fft.hfft(dp.asarray([1.0, 2.0, 3.0]))
    array([ 8., -2.,  0., -2.])
    >>> dp.fft.hfft(dp.asarray([1.0, 2.0, 3.0]), n=5).shape
    (5,)
    """
    return _fft.hfft(x, n, axis, norm)


def ihfft(x, /, n=None, axis=-1, norm="backward"):
    """Compute the inverse of :func:`hfft`.

    The ``n // 2 + 1`` first terms of the inverse transform of real input (the others are
    their conjugates).

    Parameters
    ----------
    x : ndarray
        Real input array (a dparray array).
    n : int or None, optional
        Number of input points used along `axis` (zero-padded or truncated). Default: the
        length of `x` along `axis`.
    axis : int, optional
        Axis to transform. Default: -1.
    norm : {"backward", "ortho", "forward"} or None, optional
        Scaling, as for :func:`ifft` (default ``"backward"``: divided by `n`).

    Returns
    -------
    ndarray
        Complex array with ``n // 2 + 1`` points along `axis` (complex64 for float16 and
        float32 input, complex128 for float64, the device's default complex type for
        integer and bool input).

    Raises
    ------
    TypeError
        If `x` is not a dparray array or is complex.
    ValueError
        If `n` < 1 or `norm` is invalid.
    dparray.AxisError
        If `axis` is out of range.

    See Also
    --------
    hfft : The forward transform.
    rfft : ``ihfft(x)`` is ``conj(rfft(x)) / n``.

    Notes
    -----
    pocketfft on the host, device kernels on OpenCL devices; the result is on the queue of
    `x`. Differences from NumPy: `x` must be a real dparray array.

    Examples
    --------
    >>> y = dp.fft.ihfft(dp.asarray([1.0, 2.0, 3.0, 4.0]))
    >>> y.shape, y.dtype
    ((3,), dtype('complex128'))
    >>> bool(dp.allclose(y, dp.asarray([2.5, -0.5 - 0.5j, -0.5])))
    True
    >>> x = dp.asarray([1.0, 2.0, 3.0, 2.0])
    >>> bool(dp.allclose(dp.fft.hfft(dp.fft.ihfft(x), n=4), x))
    True
    """
    return _fft.ihfft(x, n, axis, norm)


def fftn(x, /, s=None, axes=None, norm="backward"):
    """Compute the n-dimensional discrete Fourier transform.

    One-dimensional transforms along each of `axes`, in NumPy's order (last axis first).

    Parameters
    ----------
    x : ndarray
        Input array (a dparray array), real or complex.
    s : sequence of int or None, optional
        Lengths of the transform along `axes` (zero-padding or truncation; -1 keeps the
        input's length). Default: the input's lengths.
    axes : sequence of int or None, optional
        Axes to transform. Default: all axes, or the last ``len(s)`` axes when `s` is
        given. A repeated axis is transformed again, as in NumPy.
    norm : {"backward", "ortho", "forward"} or None, optional
        Scaling, as for :func:`fft`, by the product of the transformed lengths.

    Returns
    -------
    ndarray
        The complex transform (complex64 for single precision and float16 input,
        complex128 for double precision, the device's default complex type for integer and
        bool input).

    Raises
    ------
    TypeError
        If `x` is not a dparray array, or is complex128 on a device without float64.
    ValueError
        If `s` and `axes` have different lengths, a length is < 1 or `norm` is invalid.
    dparray.AxisError
        If an axis is out of range.

    See Also
    --------
    ifftn : The inverse.
    fft2 : The transform over the last two axes.
    rfftn : The transform of real input.

    Notes
    -----
    Successive one-axis transforms (pocketfft on the host, device kernels on OpenCL
    devices); the result is on the queue of `x`. Differences from NumPy: `x` must be a
    dparray array; `s` without `axes` is not deprecated (NumPy 2 warns).

    Examples
    --------
    >>> a = dp.reshape(dp.arange(6.0), (2, 3))
    >>> dp.fft.fftn(a, axes=(0,))
    array([[ 3.+0.j,  5.+0.j,  7.+0.j],
           [-3.+0.j, -3.+0.j, -3.+0.j]])
    >>> dp.fft.fftn(a).shape
    (2, 3)
    >>> dp.fft.fftn(a, s=(4, 4), axes=(0, 1)).shape
    (4, 4)
    """
    return _fft.fftn(x, s, axes, norm)


def ifftn(x, /, s=None, axes=None, norm="backward"):
    """Compute the n-dimensional inverse discrete Fourier transform.

    Parameters
    ----------
    x : ndarray
        Input array (a dparray array), real or complex.
    s : sequence of int or None, optional
        Lengths along `axes` (zero-padding or truncation; -1 keeps the input's length).
        Default: the input's lengths.
    axes : sequence of int or None, optional
        Axes to transform. Default: all axes, or the last ``len(s)`` axes when `s` is
        given.
    norm : {"backward", "ortho", "forward"} or None, optional
        Scaling, as for :func:`ifft` (default: divided by the product of the lengths).

    Returns
    -------
    ndarray
        The complex inverse transform (complex64 for single precision and float16 input,
        complex128 for double precision, the device's default complex type otherwise).

    Raises
    ------
    TypeError
        If `x` is not a dparray array, or is complex128 on a device without float64.
    ValueError
        If `s` and `axes` have different lengths, a length is < 1 or `norm` is invalid.
    dparray.AxisError
        If an axis is out of range.

    See Also
    --------
    fftn : The forward transform.
    ifft2 : The inverse over the last two axes.

    Notes
    -----
    Successive one-axis transforms, on the queue of `x`. Differences from NumPy: `x` must
    be a dparray array.

    Examples
    --------
    >>> a = dp.reshape(dp.arange(6.0), (2, 3))
    >>> bool(dp.allclose(dp.fft.ifftn(dp.fft.fftn(a)), a))
    True
    >>> dp.fft.ifftn(a).dtype
    dtype('complex128')
    """
    return _fft.ifftn(x, s, axes, norm)


def rfftn(x, /, s=None, axes=None, norm="backward"):
    """Compute the n-dimensional discrete Fourier transform of real input.

    A real transform (:func:`rfft`) along the last of `axes`, then complex transforms along
    the others: the last axis keeps ``s[-1] // 2 + 1`` terms.

    Parameters
    ----------
    x : ndarray
        Real input array (a dparray array).
    s : sequence of int or None, optional
        Input lengths used along `axes` (zero-padding or truncation; -1 keeps the input's
        length). Default: the input's lengths.
    axes : sequence of int or None, optional
        Axes to transform. Default: all axes, or the last ``len(s)`` axes when `s` is
        given.
    norm : {"backward", "ortho", "forward"} or None, optional
        Scaling, as for :func:`fft`.

    Returns
    -------
    ndarray
        Complex array (complex64 for float16 and float32 input, complex128 for float64, the
        device's default complex type for integer and bool input).

    Raises
    ------
    TypeError
        If `x` is not a dparray array or is complex.
    ValueError
        If there is no axis to transform, `s` and `axes` have different lengths, a length
        is < 1 or `norm` is invalid.
    dparray.AxisError
        If an axis is out of range.

    See Also
    --------
    irfftn : The inverse.
    rfft2 : The transform over the last two axes.

    Notes
    -----
    Successive one-axis transforms, on the queue of `x`. Differences from NumPy: `x` must
    be a real dparray array.

    Examples
    --------
    >>> a = dp.reshape(dp.arange(6.0), (2, 3))
    >>> dp.fft.rfftn(a)
    array([[15.+0.j        , -3.+1.73205081j],
           [-9.+0.j        ,  0.+0.j        ]])
    """
    return _fft.rfftn(x, s, axes, norm)


def irfftn(x, /, s=None, axes=None, norm="backward"):
    """Compute the inverse of :func:`rfftn`.

    Complex inverse transforms along all but the last of `axes`, then a real inverse
    (:func:`irfft`) along the last.

    Parameters
    ----------
    x : ndarray
        Input array (a dparray array).
    s : sequence of int or None, optional
        Output lengths along `axes` (-1 keeps the input's length). Default: the input's
        lengths, except ``2 * (m - 1)`` along the last axis for ``m`` input terms there.
    axes : sequence of int or None, optional
        Axes to transform. Default: all axes, or the last ``len(s)`` axes when `s` is
        given.
    norm : {"backward", "ortho", "forward"} or None, optional
        Scaling, as for :func:`ifft`.

    Returns
    -------
    ndarray
        Real array (float32 for single precision input, float16 for float16, float64 for
        double precision, the device's default float for integer and bool input).

    Raises
    ------
    TypeError
        If `x` is not a dparray array, or is complex128 on a device without float64.
    ValueError
        If `s` and `axes` have different lengths, a length is < 1 or `norm` is invalid.
    dparray.AxisError
        If an axis is out of range.

    See Also
    --------
    rfftn : The forward transform.
    irfft2 : The inverse over the last two axes.

    Notes
    -----
    Successive one-axis transforms, on the queue of `x`. Differences from NumPy: `x` must
    be a dparray array.

    Examples
    --------
    >>> a = dp.reshape(dp.arange(6.0), (2, 3))
    >>> dp.fft.irfftn(dp.fft.rfftn(a), s=(2, 3), axes=(0, 1))
    array([[0., 1., 2.],
           [3., 4., 5.]])
    """
    return _fft.irfftn(x, s, axes, norm)


def fft2(x, /, s=None, axes=(-2, -1), norm="backward"):
    """Compute the two-dimensional discrete Fourier transform.

    :func:`fftn` with the last two axes as default `axes`.

    Parameters
    ----------
    x : ndarray
        Input array (a dparray array) of at least two dimensions for the default `axes`.
    s : sequence of int or None, optional
        Lengths along `axes` (zero-padding or truncation). Default: the input's lengths.
    axes : sequence of int, optional
        Axes to transform. Default: ``(-2, -1)``.
    norm : {"backward", "ortho", "forward"} or None, optional
        Scaling, as for :func:`fft`.

    Returns
    -------
    ndarray
        The complex transform (complex64 for single precision and float16 input,
        complex128 for double precision, the device's default complex type otherwise).

    Raises
    ------
    TypeError
        If `x` is not a dparray array, or is complex128 on a device without float64.
    ValueError
        If `s` and `axes` have different lengths, a length is < 1 or `norm` is invalid.
    dparray.AxisError
        If an axis is out of range.

    See Also
    --------
    ifft2 : The inverse.
    fftn : Any number of axes.

    Notes
    -----
    Runs on the queue of `x` (pocketfft on the host, device kernels on OpenCL devices).
    Differences from NumPy: `x` must be a dparray array.

    Examples
    --------
    >>> a = dp.reshape(dp.arange(6.0), (2, 3))
    >>> dp.fft.fft2(a)
    array([[15.+0.j        , -3.+1.73205081j, -3.-1.73205081j],
           [-9.+0.j        ,  0.+0.j        ,  0.+0.j        ]])
    """
    return _fft.fft2(x, s, axes, norm)


def ifft2(x, /, s=None, axes=(-2, -1), norm="backward"):
    """Compute the two-dimensional inverse discrete Fourier transform.

    :func:`ifftn` with the last two axes as default `axes`.

    Parameters
    ----------
    x : ndarray
        Input array (a dparray array).
    s : sequence of int or None, optional
        Lengths along `axes` (zero-padding or truncation). Default: the input's lengths.
    axes : sequence of int, optional
        Axes to transform. Default: ``(-2, -1)``.
    norm : {"backward", "ortho", "forward"} or None, optional
        Scaling, as for :func:`ifft`.

    Returns
    -------
    ndarray
        The complex inverse transform (complex64 for single precision and float16 input,
        complex128 for double precision, the device's default complex type otherwise).

    Raises
    ------
    TypeError
        If `x` is not a dparray array, or is complex128 on a device without float64.
    ValueError
        If `s` and `axes` have different lengths, a length is < 1 or `norm` is invalid.
    dparray.AxisError
        If an axis is out of range.

    See Also
    --------
    fft2 : The forward transform.
    ifftn : Any number of axes.

    Notes
    -----
    Runs on the queue of `x`. Differences from NumPy: `x` must be a dparray array.

    Examples
    --------
    >>> a = dp.reshape(dp.arange(6.0), (2, 3))
    >>> bool(dp.allclose(dp.fft.ifft2(dp.fft.fft2(a)), a))
    True
    """
    return _fft.ifft2(x, s, axes, norm)


def rfft2(x, /, s=None, axes=(-2, -1), norm="backward"):
    """Compute the two-dimensional discrete Fourier transform of real input.

    :func:`rfftn` with the last two axes as default `axes`.

    Parameters
    ----------
    x : ndarray
        Real input array (a dparray array).
    s : sequence of int or None, optional
        Input lengths used along `axes`. Default: the input's lengths.
    axes : sequence of int, optional
        Axes to transform. Default: ``(-2, -1)``.
    norm : {"backward", "ortho", "forward"} or None, optional
        Scaling, as for :func:`fft`.

    Returns
    -------
    ndarray
        Complex array with ``s[-1] // 2 + 1`` terms along the last axis (complex64 for
        float16 and float32 input, complex128 for float64, the device's default complex
        type for integer and bool input).

    Raises
    ------
    TypeError
        If `x` is not a dparray array or is complex.
    ValueError
        If `s` and `axes` have different lengths, a length is < 1 or `norm` is invalid.
    dparray.AxisError
        If an axis is out of range.

    See Also
    --------
    irfft2 : The inverse.
    rfftn : Any number of axes.

    Notes
    -----
    Runs on the queue of `x`. Differences from NumPy: `x` must be a real dparray array.

    Examples
    --------
    >>> a = dp.reshape(dp.arange(6.0), (2, 3))
    >>> dp.fft.rfft2(a)
    array([[15.+0.j        , -3.+1.73205081j],
           [-9.+0.j        ,  0.+0.j        ]])
    """
    return _fft.rfft2(x, s, axes, norm)


def irfft2(x, /, s=None, axes=(-2, -1), norm="backward"):
    """Compute the inverse of :func:`rfft2`.

    :func:`irfftn` with the last two axes as default `axes`.

    Parameters
    ----------
    x : ndarray
        Input array (a dparray array).
    s : sequence of int or None, optional
        Output lengths along `axes`. Default: the input's lengths, except ``2 * (m - 1)``
        along the last axis for ``m`` input terms there.
    axes : sequence of int, optional
        Axes to transform. Default: ``(-2, -1)``.
    norm : {"backward", "ortho", "forward"} or None, optional
        Scaling, as for :func:`ifft`.

    Returns
    -------
    ndarray
        Real array (float32 for single precision input, float16 for float16, float64 for
        double precision, the device's default float for integer and bool input).

    Raises
    ------
    TypeError
        If `x` is not a dparray array, or is complex128 on a device without float64.
    ValueError
        If `s` and `axes` have different lengths, a length is < 1 or `norm` is invalid.
    dparray.AxisError
        If an axis is out of range.

    See Also
    --------
    rfft2 : The forward transform.
    irfftn : Any number of axes.

    Notes
    -----
    Runs on the queue of `x`. Differences from NumPy: `x` must be a dparray array.

    Examples
    --------
    >>> a = dp.reshape(dp.arange(6.0), (2, 3))
    >>> dp.fft.irfft2(dp.fft.rfft2(a), s=(2, 3))
    array([[0., 1., 2.],
           [3., 4., 5.]])
    """
    return _fft.irfft2(x, s, axes, norm)


def fftfreq(n, /, d=1.0, *, dtype=None, device=None):
    """Return the sample frequencies of :func:`fft`.

    ``[0, 1, ..., (n - 1) // 2, -(n // 2), ..., -1] / (d * n)``: the frequency of each
    term of an `n`-point transform, in cycles per unit of the sample spacing `d`.

    Parameters
    ----------
    n : int
        Window length (number of points of the transform).
    d : float, optional
        Sample spacing (the inverse of the sampling rate). Default: 1.0.
    dtype : dtype or None, optional
        Real floating result type. Default: the device's default float (float64, or
        float32 on a device without float64).
    device : str, Device, Queue or None, optional
        Device of the result. Default: the default device.

    Returns
    -------
    ndarray
        Array of shape ``(n,)``.

    Raises
    ------
    ValueError
        If `n` < 1, `d` is 0 or `dtype` is not a real floating type.
    TypeError
        If `d` is not a real number.

    See Also
    --------
    rfftfreq : The frequencies of :func:`rfft`.
    fftshift : Puts the zero frequency in the middle.

    Notes
    -----
    The values are computed in double precision on the host (as NumPy) and rounded once to
    `dtype`. Differences from NumPy: `dtype` and `device` are the Array API's keywords;
    ``n = 0`` raises ValueError (NumPy raises ZeroDivisionError) and ``d = 0`` raises
    ValueError (NumPy returns infinities and NaN).

    Examples
    --------
    >>> dp.fft.fftfreq(5)
    array([ 0. ,  0.2,  0.4, -0.4, -0.2])
    >>> dp.fft.fftfreq(4, d=0.5)
    array([ 0. ,  0.5, -1. , -0.5])
    >>> dp.fft.fftfreq(4, dtype=dp.float32).dtype
    dtype('float32')
    """
    return _fft.fftfreq(n, d, dtype, device)


def rfftfreq(n, /, d=1.0, *, dtype=None, device=None):
    """Return the sample frequencies of :func:`rfft`.

    ``[0, 1, ..., n // 2] / (d * n)``: the frequency of each of the ``n // 2 + 1`` terms of
    an `n`-point real transform.

    Parameters
    ----------
    n : int
        Window length (number of input points of the transform).
    d : float, optional
        Sample spacing. Default: 1.0.
    dtype : dtype or None, optional
        Real floating result type. Default: the device's default float (float64, or
        float32 on a device without float64).
    device : str, Device, Queue or None, optional
        Device of the result. Default: the default device.

    Returns
    -------
    ndarray
        Array of shape ``(n // 2 + 1,)``.

    Raises
    ------
    ValueError
        If `n` < 1, `d` is 0 or `dtype` is not a real floating type.
    TypeError
        If `d` is not a real number.

    See Also
    --------
    fftfreq : The frequencies of :func:`fft`.

    Notes
    -----
    Computed in double precision on the host and rounded once to `dtype`. Differences from
    NumPy: `dtype` and `device` keywords; ``n = 0`` and ``d = 0`` raise ValueError.

    Examples
    --------
    >>> dp.fft.rfftfreq(6, d=0.1)
    array([0.        , 1.66666667, 3.33333333, 5.        ])
    >>> dp.fft.rfftfreq(7).shape
    (4,)
    """
    return _fft.rfftfreq(n, d, dtype, device)


def fftshift(x, /, axes=None):
    """Shift the zero-frequency term to the centre of the spectrum.

    Rolls each of `axes` by ``length // 2``, so that the negative frequencies come first.

    Parameters
    ----------
    x : ndarray
        Input array (a dparray array), of any dtype.
    axes : int, sequence of int or None, optional
        Axes to shift. Default: all axes.

    Returns
    -------
    ndarray
        The shifted array, a new array of the shape and dtype of `x`.

    Raises
    ------
    TypeError
        If `x` is not a dparray array.
    dparray.AxisError
        If an axis is out of range.

    See Also
    --------
    ifftshift : The inverse.
    fftfreq : The frequencies this reorders.

    Notes
    -----
    A :func:`dparray.roll` on the queue of `x`. Differences from NumPy: `x` must be a
    dparray array.

    Examples
    --------
    >>> dp.fft.fftshift(dp.fft.fftfreq(5))
    array([-0.4, -0.2,  0. ,  0.2,  0.4])
    >>> dp.fft.fftshift(dp.reshape(dp.arange(6), (2, 3)), axes=1)
    array([[2, 0, 1],
           [5, 3, 4]])
    """
    return _fft.fftshift(x, axes)


def ifftshift(x, /, axes=None):
    """Undo :func:`fftshift`.

    Rolls each of `axes` by ``-(length // 2)`` (the same as fftshift for even lengths).

    Parameters
    ----------
    x : ndarray
        Input array (a dparray array), of any dtype.
    axes : int, sequence of int or None, optional
        Axes to shift. Default: all axes.

    Returns
    -------
    ndarray
        The shifted array, a new array of the shape and dtype of `x`.

    Raises
    ------
    TypeError
        If `x` is not a dparray array.
    dparray.AxisError
        If an axis is out of range.

    See Also
    --------
    fftshift : The forward shift.

    Notes
    -----
    A :func:`dparray.roll` on the queue of `x`. Differences from NumPy: `x` must be a
    dparray array.

    Examples
    --------
    >>> dp.fft.ifftshift(dp.fft.fftshift(dp.arange(5)))
    array([0, 1, 2, 3, 4])
    >>> dp.fft.ifftshift(dp.asarray([-2, -1, 0, 1, 2]))
    array([ 0,  1,  2, -2, -1])
    """
    return _fft.ifftshift(x, axes)
