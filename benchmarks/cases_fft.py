"""FFT cases for bench_sort_linalg_fft.py: dparray.fft beside numpy.fft (both pocketfft).

1-D complex 2^20 (complex64, complex128), 2-D 2048^2 float32 / float64 (fft2 and rfft2), and
a batched 1-D case (fft along the last axis of 1024 x 4096 complex128) and a prime length
(65537, Bluestein on OpenCL). Each result is checked against NumPy before it is timed.

On OpenCL devices dparray_s is the device FFT (backend/opencl/exec_fft.cpp); staged_s times
the path it replaced, kept here for comparison: the array copied to the host device,
transformed there (pocketfft) and the result copied back onto the array's queue."""

import harness
import numpy as np

import dparray as dp

# Relative tolerance of the check, by the precision of the result.
RTOL = {"complex64": 1e-4, "complex128": 1e-10}


def _input(shape, dtype, rng):
    a = rng.standard_normal(shape)
    if np.dtype(dtype).kind == "c":
        a = a + 1j * rng.standard_normal(shape)
    return a.astype(dtype)


def _case(dev, op, a, **kw):
    x = dp.asarray(a, device=dev)
    fd, fn = getattr(dp.fft, op), getattr(np.fft, op)
    got, want = dp.asnumpy(fd(x, **kw)), fn(a, **kw)
    assert got.dtype == want.dtype, (op, got.dtype, want.dtype)
    scale = np.abs(want).max()
    err = np.abs(got - want).max() / scale
    assert err <= RTOL[str(want.dtype)], (op, a.dtype, a.shape, err)
    q = x.sycl_queue
    row = {
        "family": "fft",
        "op": op,
        "dtype": str(a.dtype),
        "shape": list(a.shape),
        "device": dev.filter_string,
        "dparray_s": harness.timeit(lambda: fd(x, **kw), q.wait),
        "numpy_s": harness.timeit(lambda: fn(a, **kw)),
        "max_rel_err": float(err),
    }
    if not dev.filter_string.startswith("host"):
        host = dp.get_devices()[0]
        assert host.filter_string.startswith("host")

        def staged():
            r = fd(dp.asarray(x, device=host), **kw)
            return dp.asarray(r, device=dev)

        row["staged_s"] = harness.timeit(staged, q.wait)
    return row


def cases(dev, quick):
    rng = np.random.default_rng(0)
    n1 = 1 << (16 if quick else 20)
    n2 = 512 if quick else 2048
    batch = (256, 1024) if quick else (1024, 4096)
    for dt in ("complex64", "complex128"):
        if dt == "complex128" and not dev.has_aspect_fp64:
            continue
        yield _case(dev, "fft", _input((n1,), dt, rng))
    for dt in ("float32", "float64"):
        if dt == "float64" and not dev.has_aspect_fp64:
            continue
        a = _input((n2, n2), dt, rng)
        yield _case(dev, "fft2", a)
        yield _case(dev, "rfft2", a)
    if dev.has_aspect_fp64:
        yield _case(dev, "fft", _input(batch, "complex128", rng), axis=-1)
    for dt in ("complex64", "complex128"):
        if dt == "complex128" and not dev.has_aspect_fp64:
            continue
        yield _case(dev, "fft", _input((65537,), dt, rng))
