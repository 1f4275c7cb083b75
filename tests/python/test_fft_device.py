"""The OpenCL device FFT (backend/opencl/exec_fft.cpp): accuracy against numpy.fft over
Stockham lengths (factors 2, 3, 5, 7) and Bluestein ones (other primes), every norm, axes and
strided views, the real transforms with even and odd n, the float-twiddle variant for devices
without fp64, and that no data is read back to the host. NumPy's double-precision result of
the same input is the oracle; errors are relative to the largest magnitude."""

import numpy as np
import pytest

import dparray as dp
from dparray import _core

OCL = [d for d in dp.get_devices() if d.filter_string.startswith("opencl")]
pytestmark = pytest.mark.skipif(not OCL, reason="no OpenCL device")

TOL = {"complex64": 1e-4, "complex128": 1e-10, "float32": 1e-4, "float64": 1e-10}
LENGTHS = [1, 2, 3, 5, 7, 8, 12, 15, 16, 49, 60, 64, 97, 128, 210, 1000, 1009, 1024, 4096, 65537]


@pytest.fixture(scope="module")
def dev():
    return OCL[0]


def _data(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    a = rng.standard_normal(shape)
    if np.dtype(dtype).kind == "c":
        a = a + 1j * rng.standard_normal(shape)
    return a.astype(dtype)


def _err(got, want):
    got = dp.asnumpy(got)
    assert got.shape == want.shape
    return np.abs(got - want).max() / max(np.abs(want).max(), 1e-300)


def _wide(a):
    return a.astype(np.complex128 if a.dtype.kind == "c" else np.float64)


def _check(dev, name, a, tol=None, **kw):
    x = dp.asarray(a, device=dev)
    got = getattr(dp.fft, name)(x, **kw)
    assert got.device == x.device
    want = getattr(np.fft, name)(_wide(a), **kw)
    # Single precision stays single (float32 stays float32), double stays double.
    single = a.dtype in (np.float32, np.complex64)
    complex_out = name not in ("irfft", "hfft", "irfftn", "irfft2")
    expect = {(True, True): "complex64", (True, False): "float32"}
    expect.update({(False, True): "complex128", (False, False): "float64"})
    assert str(got.dtype) == expect[(single, complex_out)], (name, got.dtype)
    e = _err(got, want)
    limit = tol if tol is not None else TOL[str(a.dtype)]
    assert e <= limit, (name, a.dtype, a.shape, kw, e)
    return e


@pytest.mark.parametrize("dtype", ["complex64", "complex128"])
def test_c2c_lengths(dev, dtype):
    # Two lines per call: the batch dimension is exercised at every length.
    for n in LENGTHS + [1 << 20]:
        a = _data((2, n) if n < 1 << 16 else (n,), dtype, n)
        _check(dev, "fft", a)
        _check(dev, "ifft", a)


@pytest.mark.parametrize("norm", ["backward", "ortho", "forward"])
def test_norm_modes(dev, norm):
    for n in (60, 97):  # Stockham and Bluestein
        a = _data((3, n), "complex128", n)
        for name in ("fft", "ifft"):
            _check(dev, name, a, norm=norm)
        r = _data((3, n), "float64", n)
        for name in ("rfft", "ihfft"):
            _check(dev, name, r, norm=norm)
        h = np.fft.rfft(r)
        for name in ("irfft", "hfft"):
            _check(dev, name, h, n=n, norm=norm)


def test_axes_and_views(dev):
    a = _data((6, 10, 14), "complex128", 1)
    for axis in (0, 1, 2, -1, -3):
        _check(dev, "fft", a, axis=axis)
    x = dp.asarray(a, device=dev)
    # A view whose other axes do not fold into one stride, reversed and strided.
    v, w = x[::-1, ::2, 1::3], a[::-1, ::2, 1::3]
    for axis in (0, 1, 2):
        assert _err(dp.fft.fft(v, axis=axis), np.fft.fft(w, axis=axis)) <= 1e-10
        assert _err(dp.fft.ifft(v, n=9, axis=axis), np.fft.ifft(w, n=9, axis=axis)) <= 1e-10
    # Results written into a transposed view go through the same path.
    t, tw = x.T, a.T
    assert _err(dp.fft.fft(t, axis=1), np.fft.fft(tw, axis=1)) <= 1e-10
    _check(dev, "fftn", a)
    _check(dev, "ifftn", a, axes=(0, 2))
    _check(dev, "fft2", a)
    _check(dev, "fftn", a, s=(5, 7), axes=(2, 0))
    r = _data((6, 10, 14), "float32", 2)
    _check(dev, "rfftn", r)
    _check(dev, "rfft2", r, axes=(0, 1))
    h = np.fft.rfftn(_wide(r))
    for s in (None, (6, 10, 13)):
        got = dp.fft.irfftn(dp.asarray(h, device=dev), s=s, axes=(0, 1, 2))
        assert _err(got, np.fft.irfftn(h, s=s, axes=(0, 1, 2))) <= 1e-10


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_real_even_and_odd(dev, dtype):
    for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 16, 97, 1000, 1009, 4096):
        r = _data((2, n), dtype, n)
        _check(dev, "rfft", r)
        _check(dev, "ihfft", r)
        c = np.fft.rfft(_wide(r)) * (1 + 0.5j)
        c[:, 0] += 0.25j  # the imaginary part of the zero-frequency term is ignored
        c = c.astype("complex64" if dtype == "float32" else "complex128")
        _check(dev, "irfft", c, n=n)
        _check(dev, "hfft", c, n=n)
    # Along the first axis (lines side by side in memory).
    r = _data((12, 5), dtype, 3)
    _check(dev, "rfft", r, axis=0)
    _check(dev, "irfft", np.fft.rfft(_wide(r), axis=0).astype(np.result_type(r, 1j)), axis=0)


def test_single_pass_in_place(dev):
    # Real input is converted into a temporary the transform overwrites: lengths of one
    # Stockham pass (which cannot run in place) take a temporary.
    for n in (2, 3, 4, 5, 7, 8):
        r = _data((3, n), "float64", n)
        _check(dev, "fft", r)
        _check(dev, "fftn", r)
    # The input itself is never modified.
    a = _data((4, 8), "complex128")
    x = dp.asarray(a, device=dev)
    dp.fft.fft(x)
    dp.fft.ifft(x, axis=0)
    np.testing.assert_array_equal(dp.asnumpy(x), a)


def test_float_twiddles(dev, monkeypatch):
    # Devices without fp64 compute twiddles and chirps in float (a separate program).
    monkeypatch.setenv("DPARRAY_FFT_FLOAT_TWIDDLES", "1")
    for n in (1000, 1009, 1 << 20, 65537):
        a = _data((n,), "complex64", n)
        _check(dev, "fft", a)
        _check(dev, "ifft", a, norm="ortho")
    r = _data((2, 1000), "float32", 4)
    _check(dev, "rfft", r)
    _check(dev, "irfft", np.fft.rfft(_wide(r)).astype("complex64"), n=1000)


def test_no_host_round_trip(dev):
    a = _data((64, 1000), "complex128", 5)
    r = _data((64, 999), "float64", 6)
    x = dp.asarray(a, device=dev, usm_type="device")
    y = dp.asarray(r, device=dev, usm_type="device")
    x.sycl_queue.wait()
    before = _core._fft._opencl_bytes_read()
    out = [
        dp.fft.fft(x),
        dp.fft.ifft(x, axis=0),
        dp.fft.fftn(x, s=(64, 1009)),
        dp.fft.rfft(y),
        dp.fft.irfft(x),
        dp.fft.hfft(x, n=999),
        dp.fft.rfftn(y),
        dp.fft.irfftn(x),
    ]
    for o in out:
        o.sycl_queue.wait()
    assert _core._fft._opencl_bytes_read() == before
    # The counter does count reads: one result read back moves its bytes.
    dp.asnumpy(out[0])
    assert _core._fft._opencl_bytes_read() - before >= out[0].nbytes
