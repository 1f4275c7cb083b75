"""dparray.fft: the Array API fft extension and numpy.fft's names. Each function checks its
arguments and runs in C++ (pocketfft on the host; on OpenCL devices a staged host transform,
see docs/fft.md); results stay on the input's device. float32 / complex64 input stays single
precision."""

from ._core import _fft

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

AxisError = _fft.AxisError


def fft(x, /, n=None, axis=-1, norm="backward"):
    """One-dimensional discrete Fourier transform along axis (length n: zero-padded or cut)."""
    return _fft.fft(x, n, axis, norm)


def ifft(x, /, n=None, axis=-1, norm="backward"):
    """Inverse of fft."""
    return _fft.ifft(x, n, axis, norm)


def rfft(x, /, n=None, axis=-1, norm="backward"):
    """fft of real input: the n // 2 + 1 non-negative frequency terms."""
    return _fft.rfft(x, n, axis, norm)


def irfft(x, /, n=None, axis=-1, norm="backward"):
    """Inverse of rfft: n real points (default 2 * (m - 1)) from m Hermitian terms."""
    return _fft.irfft(x, n, axis, norm)


def hfft(x, /, n=None, axis=-1, norm="backward"):
    """fft of a signal with Hermitian symmetry given by its first half: n real points."""
    return _fft.hfft(x, n, axis, norm)


def ihfft(x, /, n=None, axis=-1, norm="backward"):
    """Inverse of hfft: the n // 2 + 1 first terms of the inverse fft of real input."""
    return _fft.ihfft(x, n, axis, norm)


def fftn(x, /, s=None, axes=None, norm="backward"):
    """N-dimensional fft over axes (default: all, or the last len(s)), lengths s."""
    return _fft.fftn(x, s, axes, norm)


def ifftn(x, /, s=None, axes=None, norm="backward"):
    """Inverse of fftn."""
    return _fft.ifftn(x, s, axes, norm)


def rfftn(x, /, s=None, axes=None, norm="backward"):
    """fftn of real input: rfft along the last of axes, fft along the others."""
    return _fft.rfftn(x, s, axes, norm)


def irfftn(x, /, s=None, axes=None, norm="backward"):
    """Inverse of rfftn (default length along the last axis: 2 * (m - 1))."""
    return _fft.irfftn(x, s, axes, norm)


def fft2(x, /, s=None, axes=(-2, -1), norm="backward"):
    """fftn over the last two axes."""
    return _fft.fft2(x, s, axes, norm)


def ifft2(x, /, s=None, axes=(-2, -1), norm="backward"):
    """ifftn over the last two axes."""
    return _fft.ifft2(x, s, axes, norm)


def rfft2(x, /, s=None, axes=(-2, -1), norm="backward"):
    """rfftn over the last two axes."""
    return _fft.rfft2(x, s, axes, norm)


def irfft2(x, /, s=None, axes=(-2, -1), norm="backward"):
    """irfftn over the last two axes."""
    return _fft.irfft2(x, s, axes, norm)


def fftfreq(n, /, d=1.0, *, dtype=None, device=None):
    """Sample frequencies of fft: [0, 1, ..., -(n // 2), ..., -1] / (d * n)."""
    return _fft.fftfreq(n, d, dtype, device)


def rfftfreq(n, /, d=1.0, *, dtype=None, device=None):
    """Sample frequencies of rfft: [0, 1, ..., n // 2] / (d * n)."""
    return _fft.rfftfreq(n, d, dtype, device)


def fftshift(x, /, axes=None):
    """Moves the zero-frequency term to the centre along axes (default: all)."""
    return _fft.fftshift(x, axes)


def ifftshift(x, /, axes=None):
    """Inverse of fftshift."""
    return _fft.ifftshift(x, axes)
