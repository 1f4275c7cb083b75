"""dparray.fft against numpy.fft on every device: every function, lengths n / s (padding,
truncation, odd and prime sizes), axes, norms, dtypes (float32 stays float32), empty batches,
strided input, and bad arguments."""

import warnings

import numpy as np
import pytest

import dparray as dp

NORMS = ["backward", "ortho", "forward"]
# Relative tolerance against the largest magnitude of the result, by precision.
RTOL = {"float32": 2e-5, "complex64": 2e-5, "float64": 1e-12, "complex128": 1e-12, "float16": 2e-3}


def _data(shape, dtype, seed=0):
    rng = np.random.default_rng(seed)
    a = rng.standard_normal(shape)
    if np.dtype(dtype).kind == "c":
        a = a + 1j * rng.standard_normal(shape)
    if np.dtype(dtype).kind in "iu":
        a = rng.integers(-50, 50, shape)
    return a.astype(dtype)


def _skip_fp64(device, dtype, ints_too=False):
    """Skips double-precision cases (and with ints_too, integer input) on a device without fp64."""
    if not device.has_aspect_fp64 and (
        dtype in ("float64", "complex128") or (ints_too and np.dtype(dtype).kind in "iub")
    ):
        pytest.skip("device without float64")


def _oracle(fn, *args, **kw):
    with warnings.catch_warnings():  # NumPy 2 deprecates s without axes
        warnings.simplefilter("ignore", DeprecationWarning)
        return fn(*args, **kw)


def _check(got, want, x=None):
    g = dp.asnumpy(got)
    assert g.dtype == want.dtype, f"dtype {g.dtype} != {want.dtype}"
    assert g.shape == want.shape, f"shape {g.shape} != {want.shape}"
    if x is not None:
        assert got.device == x.device
    scale = float(np.abs(want).max()) if want.size else 0.0
    np.testing.assert_allclose(
        g, want, rtol=RTOL[str(want.dtype)], atol=RTOL[str(want.dtype)] * max(scale, 1.0)
    )


@pytest.mark.parametrize("func", ["fft", "ifft"])
@pytest.mark.parametrize("dtype", ["float32", "float64", "complex64", "complex128", "int32"])
@pytest.mark.parametrize("norm", NORMS)
def test_complex_1d(device, func, dtype, norm):
    _skip_fp64(device, dtype)
    a = _data((3, 13), dtype)
    x = dp.asarray(a, device=device)
    for n in (None, 1, 7, 13, 17, 32):
        for axis in (-1, 0, 1):
            want = getattr(np.fft, func)(a, n=n, axis=axis, norm=norm)
            if dtype == "int32" and not device.has_aspect_fp64:
                want = want.astype(np.complex64)
            _check(getattr(dp.fft, func)(x, n=n, axis=axis, norm=norm), want, x)


@pytest.mark.parametrize(
    "func,dtype",
    [
        ("rfft", "float32"),
        ("rfft", "float64"),
        ("ihfft", "float32"),
        ("ihfft", "float64"),
        ("irfft", "complex64"),
        ("irfft", "complex128"),
        ("hfft", "complex64"),
        ("hfft", "complex128"),
        ("rfft", "int64"),
        ("irfft", "float32"),
    ],
)
@pytest.mark.parametrize("norm", NORMS)
def test_real_1d(device, func, dtype, norm):
    _skip_fp64(device, dtype, ints_too=True)
    a = _data((4, 11), dtype)
    x = dp.asarray(a, device=device)
    for n in (None, 1, 2, 5, 11, 12, 31):
        for axis in (-1, 0):
            want = getattr(np.fft, func)(a, n=n, axis=axis, norm=norm)
            _check(getattr(dp.fft, func)(x, n=n, axis=axis, norm=norm), want, x)


ND_CASES = [
    {},
    {"axes": (0, 2)},
    {"axes": (2, 0)},
    {"axes": (1,)},
    {"s": (3, 8), "axes": (0, 2)},
    {"s": (7, 2, 5)},
    {"s": (6, 9)},
    {"s": (-1, 4), "axes": (1, 2)},
]


@pytest.mark.parametrize("func", ["fftn", "ifftn", "rfftn", "irfftn"])
@pytest.mark.parametrize("kw", ND_CASES, ids=lambda k: ",".join(f"{a}={v}" for a, v in k.items()))
@pytest.mark.parametrize("norm", NORMS)
def test_nd(device, func, kw, norm):
    dtype = "float64" if func == "rfftn" else "complex128"
    if not device.has_aspect_fp64:
        dtype = "float32" if func == "rfftn" else "complex64"
    a = _data((4, 5, 6), dtype)
    x = dp.asarray(a, device=device)
    want = _oracle(getattr(np.fft, func), a, norm=norm, **kw)
    if not device.has_aspect_fp64:
        want = want.astype(np.complex64 if want.dtype.kind == "c" else np.float32)
    _check(getattr(dp.fft, func)(x, norm=norm, **kw), want, x)


@pytest.mark.parametrize("func", ["fft2", "ifft2", "rfft2", "irfft2"])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_2d(device, func, dtype):
    _skip_fp64(device, dtype)
    a = _data((3, 6, 7), dtype)
    x = dp.asarray(a, device=device)
    for kw in ({}, {"s": (5, 8)}, {"axes": (0, 2)}, {"norm": "ortho"}):
        _check(getattr(dp.fft, func)(x, **kw), getattr(np.fft, func)(a, **kw), x)


def test_single_precision_stays(device):
    x = dp.asarray(_data((8, 6), "float32"), device=device)
    c = dp.asarray(_data((8, 6), "complex64"), device=device)
    for f in (
        dp.fft.fft,
        dp.fft.ifft,
        dp.fft.fftn,
        dp.fft.rfft,
        dp.fft.rfftn,
        dp.fft.ihfft,
        dp.fft.fft2,
        dp.fft.rfft2,
    ):
        assert f(x).dtype == dp.complex64, f.__name__
    for f in (dp.fft.irfft, dp.fft.irfftn, dp.fft.hfft, dp.fft.irfft2):
        assert f(c).dtype == dp.float32, f.__name__
    assert dp.fft.fft(c).dtype == dp.complex64


def test_float16_as_numpy(device):
    a = _data((10,), "float16")
    x = dp.asarray(a, device=device)
    _check(dp.fft.fft(x), np.fft.fft(a))
    _check(dp.fft.rfft(x), np.fft.rfft(a))
    _check(dp.fft.irfft(x), np.fft.irfft(a))


@pytest.mark.parametrize("func", ["fft", "rfft", "ifft", "irfft", "hfft", "ihfft"])
def test_roundtrip_and_sizes(device, func, fp64):
    # Prime, odd, power-of-two and smooth composite lengths, some beyond one task.
    ct = "complex128" if fp64 else "complex64"
    rt = "float64" if fp64 else "float32"
    for n in (2, 3, 97, 243, 1000, 4096, 10007):
        a = _data((n,), rt if func in ("rfft", "ihfft") else ct, seed=n)
        x = dp.asarray(a, device=device)
        _check(getattr(dp.fft, func)(x), getattr(np.fft, func)(a))
    a = _data((257,), ct)
    x = dp.asarray(a, device=device)
    back = dp.asnumpy(dp.fft.ifft(dp.fft.fft(x)))
    np.testing.assert_allclose(back, a, rtol=RTOL[ct] * 10, atol=RTOL[ct] * 10)


def test_batched_parallel(device, fp64):
    # Big enough batches that the host splits them into tasks, along each axis.
    ct = "complex128" if fp64 else "complex64"
    rt = "float64" if fp64 else "float32"
    a = _data((96, 1024), ct)
    x = dp.asarray(a, device=device)
    for axis in (0, 1):
        _check(dp.fft.fft(x, axis=axis), np.fft.fft(a, axis=axis))
        _check(dp.fft.ifft(x, axis=axis, n=1000), np.fft.ifft(a, axis=axis, n=1000))
    r = _data((1024, 96), rt)
    xr = dp.asarray(r, device=device)
    _check(dp.fft.rfft(xr, axis=0), np.fft.rfft(r, axis=0))
    _check(dp.fft.rfft2(xr), np.fft.rfft2(r))
    _check(dp.fft.irfft2(dp.fft.rfft2(xr), s=r.shape), np.fft.irfft2(np.fft.rfft2(r), s=r.shape))


def test_strided_input(device, fp64):
    ct = "complex128" if fp64 else "complex64"
    a = _data((12, 10), ct)
    x = dp.asarray(a, device=device)
    views = [(x[::2, 1:], a[::2, 1:]), (x.T, a.T), (x[::-1, ::3], a[::-1, ::3])]
    for xv, av in views:
        for axis in (0, 1):
            _check(dp.fft.fft(xv, axis=axis), np.fft.fft(av, axis=axis))
            _check(dp.fft.irfft(xv, axis=axis), np.fft.irfft(av, axis=axis))
        _check(dp.fft.fftn(xv), np.fft.fftn(av))
    r = np.ascontiguousarray(a.real)
    xr = dp.asarray(r, device=device)
    _check(dp.fft.rfft(xr[:, ::2], axis=0), np.fft.rfft(r[:, ::2], axis=0))
    # The input is left as it was.
    np.testing.assert_array_equal(dp.asnumpy(x), a)


def test_empty_batches(device, fp64):
    ct = "complex128" if fp64 else "complex64"
    rt = "float64" if fp64 else "float32"
    z = dp.zeros((0, 8), dtype=ct, device=device)
    zr = dp.zeros((0, 8), dtype=rt, device=device)
    assert dp.fft.fft(z).shape == (0, 8)
    assert dp.fft.ifft(z, n=5).shape == (0, 5)
    assert dp.fft.rfft(zr).shape == (0, 5)
    assert dp.fft.irfft(z).shape == (0, 14)
    assert dp.fft.fftn(z, axes=(1,)).shape == (0, 8)
    assert dp.fft.rfftn(zr, axes=(1,)).shape == (0, 5)
    assert dp.fft.fft(z, axis=0, n=3).shape == (3, 8)  # padding an empty axis gives zeros
    np.testing.assert_array_equal(dp.asnumpy(dp.fft.fft(z, axis=0, n=3)), np.zeros((3, 8)))
    assert dp.fft.fftshift(z).shape == (0, 8)


def test_freq(device, fp64):
    for n in (1, 2, 7, 10, 101):
        for d in (1.0, 0.25, 3):
            _check(
                dp.fft.fftfreq(n, d=d, device=device),
                np.fft.fftfreq(n, d=d).astype("float64" if fp64 else "float32"),
            )
            _check(
                dp.fft.rfftfreq(n, d=d, device=device),
                np.fft.rfftfreq(n, d=d).astype("float64" if fp64 else "float32"),
            )
    f = dp.fft.fftfreq(9, d=0.5, dtype=dp.float32, device=device)
    assert f.dtype == dp.float32 and f.device == dp.asarray(0, device=device).device
    _check(f, np.fft.fftfreq(9, d=0.5).astype("float32"))
    _check(
        dp.fft.rfftfreq(9, dtype=dp.float32, device=device), np.fft.rfftfreq(9).astype("float32")
    )


@pytest.mark.parametrize("func", ["fftshift", "ifftshift"])
def test_shift(device, func):
    for shape in ((5,), (6,), (4, 7), (3, 4, 5)):
        a = np.arange(np.prod(shape), dtype="int32").reshape(shape)
        x = dp.asarray(a, device=device)
        axes_list = [None, 0, -1, tuple(range(len(shape)))[::-1]]
        for axes in axes_list:
            got = getattr(dp.fft, func)(x, axes=axes)
            want = getattr(np.fft, func)(a, axes=axes)
            np.testing.assert_array_equal(dp.asnumpy(got), want)
            assert got.dtype == dp.int32
    x = dp.asarray(np.arange(6.0), device=device)
    y = getattr(dp.fft, func)(x)
    y[0] = 100.0  # a new array, not a view of x
    assert float(x[3]) == 3.0


def test_bad_arguments(device):
    x = dp.asarray(_data((4, 6), "float32"), device=device)
    c = dp.asarray(_data((4, 6), "complex64"), device=device)
    for f in ("fft", "ifft", "rfft", "irfft", "hfft", "ihfft"):
        arr = c if f in ("irfft", "hfft", "fft", "ifft") else x
        fn = getattr(dp.fft, f)
        for n in (0, -3):
            with pytest.raises(ValueError, match=rf"\[{f}\].*\({n}\)"):
                fn(arr, n=n)
        with pytest.raises(ValueError, match=rf"\[{f}\] axis 2"):
            fn(arr, axis=2)
        with pytest.raises(IndexError, match=rf"\[{f}\] axis -3"):
            fn(arr, axis=-3)
        with pytest.raises(ValueError, match=rf"\[{f}\] invalid norm value 'x'"):
            fn(arr, norm="x")
        with pytest.raises(ValueError, match=rf"\[{f}\] invalid norm value 1"):
            fn(arr, norm=1)
        with pytest.raises(TypeError, match=rf"\[{f}\] expected a dparray.ndarray"):
            fn(np.ones(4))
        with pytest.raises(TypeError, match=rf"\[{f}\]"):
            fn(arr, n=2.5)
        with pytest.raises(ValueError, match=rf"\[{f}\] axis -1"):
            fn(dp.asarray(1.0, device=device))
    for f in ("rfft", "ihfft", "rfftn", "rfft2"):
        with pytest.raises(TypeError, match=rf"\[{f}\] expected a real-valued array"):
            getattr(dp.fft, f)(c)
    # irfft's default length from one point is 0
    with pytest.raises(ValueError, match=r"\[irfft\].*\(0\)"):
        dp.fft.irfft(c[:, :1])
    for f in ("fftn", "ifftn", "rfftn", "irfftn", "fft2"):
        fn = getattr(dp.fft, f)
        arr = x if f == "rfftn" else c
        with pytest.raises(ValueError, match=rf"\[{f}\] s and axes have different lengths"):
            fn(arr, s=(4, 4), axes=(0,))
        with pytest.raises(ValueError, match=rf"\[{f}\] axis 5"):
            fn(arr, axes=(0, 5))
        with pytest.raises(ValueError, match=rf"\[{f}\].*\(0\)"):
            fn(arr, s=(0, 4), axes=(0, 1))
        with pytest.raises(ValueError, match=rf"\[{f}\] invalid norm"):
            fn(arr, norm="Backward")
    with pytest.raises(ValueError, match=r"\[fftn\] s has 3 entries"):
        dp.fft.fftn(c, s=(2, 2, 2))
    with pytest.raises(ValueError, match=r"\[rfftn\] at least one axis"):
        dp.fft.rfftn(x, axes=())
    for f in ("fftfreq", "rfftfreq"):
        fn = getattr(dp.fft, f)
        with pytest.raises(ValueError, match=rf"\[{f}\] n must be a positive integer"):
            fn(0, device=device)
        with pytest.raises(ValueError, match=rf"\[{f}\] dtype must be a real floating"):
            fn(4, dtype=dp.int32, device=device)
        with pytest.raises(ValueError, match=rf"\[{f}\] d must not be zero"):
            fn(4, d=0.0, device=device)
        with pytest.raises(TypeError, match=rf"\[{f}\] d must be a real number"):
            fn(4, d="x", device=device)
    for f in ("fftshift", "ifftshift"):
        with pytest.raises(dp.fft.AxisError, match=rf"\[{f}\] axis 2"):
            getattr(dp.fft, f)(x, axes=(0, 2))


def test_axis_error_is_value_and_index_error():
    assert issubclass(dp.fft.AxisError, ValueError)
    assert issubclass(dp.fft.AxisError, IndexError)


def test_signatures():
    import inspect

    assert str(inspect.signature(dp.fft.fft)) == "(x, /, n=None, axis=-1, norm='backward')"
    assert str(inspect.signature(dp.fft.fftn)) == "(x, /, s=None, axes=None, norm='backward')"
    assert str(inspect.signature(dp.fft.fftfreq)) == "(n, /, d=1.0, *, dtype=None, device=None)"
    assert str(inspect.signature(dp.fft.fftshift)) == "(x, /, axes=None)"
    assert set(dp.fft.__all__) >= {
        "fft",
        "ifft",
        "fftn",
        "ifftn",
        "rfft",
        "irfft",
        "rfftn",
        "irfftn",
        "hfft",
        "ihfft",
        "fftfreq",
        "rfftfreq",
        "fftshift",
        "ifftshift",
        "fft2",
        "ifft2",
        "rfft2",
        "irfft2",
    }


@pytest.mark.parametrize("usm", ["device", "shared", "host"])
def test_result_keeps_queue_and_usm_type(device, usm):
    a = _data((6, 5), "complex64")
    x = dp.asarray(a, device=device, usm_type=usm)
    for f in (dp.fft.fft, dp.fft.fftn, dp.fft.irfft, dp.fft.fftshift):
        r = f(x)
        assert r.usm_type == usm and r.sycl_queue == x.sycl_queue, f.__name__
    _check(dp.fft.fftn(x), np.fft.fftn(a))


def test_sub_device():
    sub = dp.select_device("cpu").create_sub_devices(partition=1)[0]
    a = _data((64, 1024), "complex128")
    x = dp.asarray(a, device=sub)
    r = dp.fft.fft2(x)
    assert r.device == x.device
    _check(r, np.fft.fft2(a))


@pytest.mark.parametrize("n", [1 << 16, 3**11, 65537, 1 << 17])
def test_long_single_line(device, fp64, n):
    # Long single lines: the host splits them across cores (n = n1 * n2) when n factors, and
    # falls back to one pocketfft call for a prime; both directions, both precisions, strided.
    for dt in ("complex128", "complex64") if fp64 else ("complex64",):
        a = _data((n,), dt, seed=n)
        x = dp.asarray(a, device=device)
        _check(dp.fft.fft(x), np.fft.fft(a))
        _check(dp.fft.ifft(x, norm="ortho"), np.fft.ifft(a, norm="ortho"))
        _check(dp.fft.fft(x[::-1]), np.fft.fft(a[::-1]))
        _check(dp.fft.fft(x[: n // 2], n=n), np.fft.fft(a[: n // 2], n=n))
    a = _data((1, n), "complex64")
    _check(dp.fft.fft(dp.asarray(a, device=device), axis=1), np.fft.fft(a, axis=1))
