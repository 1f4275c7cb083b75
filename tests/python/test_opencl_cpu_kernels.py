"""The CPU-device kernels of the OpenCL backend (one work-item per contiguous run, column
strips for axis=0, the register-blocked GEMM) against NumPy: odd sizes, shapes that are no
multiple of a vector, strip or tile, every axis, strided and transposed inputs, empty arrays.
Run on every device (the host gives the same answers through its own paths)."""

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp

RNG = np.random.default_rng(11)


def _data(shape, dtype):
    if np.dtype(dtype) == np.bool_:
        return RNG.random(shape) < 0.5
    if np.dtype(dtype).kind in "iu":
        info = np.iinfo(dtype)
        return RNG.integers(max(info.min, -100), min(info.max, 100), shape, endpoint=True).astype(
            dtype
        )
    return (RNG.random(shape) - 0.25).astype(dtype)


def _skip_fp64(device, dtype):
    if np.dtype(dtype) == np.float64 and not device.has_aspect_fp64:
        pytest.skip("no float64 on this device")


@pytest.mark.parametrize("n", [0, 1, 7, 8, 9, 1000, 4097, 100003])
@pytest.mark.parametrize("dtype", ["float32", "float64", "int32", "int8", "uint16", "bool"])
def test_sum_of_every_length(device, n, dtype):
    _skip_fp64(device, dtype)
    x = _data(n, dtype)
    got = dp.sum(dp.asarray(x, device=device))
    assert_same(got, np.sum(x), rtol=2e-5 if dtype == "float32" else 1e-12)


@pytest.mark.parametrize("op", ["max", "min", "prod", "any", "all"])
def test_other_reductions_of_a_long_run(device, op):
    x = _data(50001, "float32")
    if op == "prod":
        x = (1 + (x - 0.25) * 1e-3).astype(np.float32)
    if op in ("any", "all"):
        x = x > 0.9 if op == "any" else x > -0.3
    got = getattr(dp, op)(dp.asarray(x, device=device))
    assert_same(got, getattr(np, op)(x), rtol=1e-4)


SHAPES = [(1, 5), (5, 1), (37, 1029), (300, 33), (64, 96), (3, 4097)]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("axis", [0, 1, None])
@pytest.mark.parametrize("dtype", ["float32", "int32", "uint8"])
def test_sum_of_2d_along_each_axis(device, shape, axis, dtype):
    x = _data(shape, dtype)
    got = dp.sum(dp.asarray(x, device=device), axis=axis)
    assert_same(got, np.sum(x, axis=axis), rtol=2e-5)


@pytest.mark.parametrize("order", ["C", "F"])
@pytest.mark.parametrize("axis", [0, 1, None])
def test_mean_max_min_of_2d(device, order, axis):
    x = np.asarray(_data((129, 263), "float32"), order=order)
    d = dp.asarray(x, device=device)
    assert_same(dp.mean(d, axis=axis), np.mean(x, axis=axis), rtol=2e-5)
    assert_same(dp.max(d, axis=axis), np.max(x, axis=axis))
    assert_same(dp.min(d, axis=axis), np.min(x, axis=axis))


def test_axis0_float64_and_nan(device):
    _skip_fp64(device, "float64")
    x = _data((70, 45), "float64")
    x[3, 7] = np.nan
    d = dp.asarray(x, device=device)
    assert_same(dp.sum(d, axis=0), np.sum(x, axis=0), rtol=1e-12)
    assert_same(dp.max(d, axis=0), np.max(x, axis=0))


@pytest.mark.parametrize(
    "index", [np.s_[::2, ::3], np.s_[::-1, 5:], np.s_[1::3, ::-2], np.s_[:, 0:40:7]]
)
@pytest.mark.parametrize("axis", [0, 1, None])
def test_strided_views(device, index, axis):
    x = _data((101, 203), "float32")
    got = dp.sum(dp.asarray(x, device=device)[index], axis=axis)
    assert_same(got, np.sum(x[index], axis=axis), rtol=2e-5)


@pytest.mark.parametrize("axis", [0, (0, 1), (1, 2), 2, (0, 2)])
def test_3d_axes(device, axis):
    x = _data((9, 17, 70), "int32")
    got = dp.sum(dp.asarray(x, device=device), axis=axis)
    assert_same(got, np.sum(x, axis=axis))


def test_integer_sums_wrap_like_numpy(device):
    x = np.full((40, 33), 2**62 + 12345, dtype=np.int64)
    d = dp.asarray(x, device=device)
    with np.errstate(over="ignore"):
        for axis in (0, 1, None):
            assert_same(dp.sum(d, axis=axis), np.sum(x, axis=axis))
    y = (np.arange(10000) % 256 - 128).astype(np.int8)
    assert_same(dp.sum(dp.asarray(y, device=device), dtype="int8"), np.sum(y, dtype=np.int8))


@pytest.mark.parametrize("shape,axis", [((0,), None), ((0, 5), 0), ((5, 0), 0), ((5, 0), 1)])
def test_empty(device, shape, axis):
    x = np.zeros(shape, dtype=np.float32)
    assert_same(dp.sum(dp.asarray(x, device=device), axis=axis), np.sum(x, axis=axis))


MM = [(1, 1, 1), (7, 5, 3), (17, 33, 9), (64, 64, 64), (65, 130, 47), (128, 1, 40), (3, 600, 17)]


@pytest.mark.parametrize("mkn", MM)
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_matmul_odd_shapes(device, mkn, dtype):
    _skip_fp64(device, dtype)
    m, k, n = mkn
    a, b = _data((m, k), dtype), _data((k, n), dtype)
    got = dp.matmul(dp.asarray(a, device=device), dp.asarray(b, device=device))
    assert_same(got, a @ b, rtol=1e-4 if dtype == "float32" else 1e-12, atol=1e-5)


def test_matmul_transposed_strided_batched(device):
    a = _data((3, 40, 70), "float32")
    b = _data((70, 33), "float32")
    da, db = dp.asarray(a, device=device), dp.asarray(b, device=device)
    assert_same(da @ db, a @ b, rtol=1e-4, atol=1e-5)  # b broadcast over the batch
    bt = np.asfortranarray(b)
    assert_same(da @ dp.asarray(bt, device=device), a @ bt, rtol=1e-4, atol=1e-5)
    assert_same(
        da[:, ::2, ::-1] @ db[::-1, ::3], a[:, ::2, ::-1] @ b[::-1, ::3], rtol=1e-4, atol=1e-5
    )
    assert_same(dp.matmul(db.T, da[0].T), b.T @ a[0].T, rtol=1e-4, atol=1e-5)


def test_matmul_empty_and_zero_k(device):
    a, b = np.zeros((4, 0), np.float32), np.zeros((0, 9), np.float32)
    assert_same(dp.asarray(a, device=device) @ dp.asarray(b, device=device), a @ b)
    a, b = np.zeros((0, 3), np.float32), np.ones((3, 9), np.float32)
    assert_same(dp.asarray(a, device=device) @ dp.asarray(b, device=device), a @ b)


# At least 2^21 multiply-adds: on OpenCL CPU devices these run the host's BLAS on the mapped
# buffers (backend/opencl/host_gemm.h); smaller ones the generated kernel above.
LARGE = [(150, 120, 130), (257, 64, 129)]


@pytest.mark.parametrize("mkn", LARGE)
@pytest.mark.parametrize("dtype", ["float32", "float64", "complex64", "complex128"])
def test_large_matmul(device, mkn, dtype):
    if dtype in ("float64", "complex128"):
        _skip_fp64(device, "float64")
    m, k, n = mkn
    a, b = _data((m, k), dtype), _data((k, n), dtype)
    if np.dtype(dtype).kind == "c":
        a, b = a + 1j * _data((m, k), dtype), b - 2j * _data((k, n), dtype)
    rtol = 1e-4 if dtype in ("float32", "complex64") else 1e-12
    da, db = dp.asarray(a, device=device), dp.asarray(b, device=device)
    assert_same(da @ db, a @ b, rtol=rtol, atol=1e-4)
    assert_same(db.T @ da.T, b.T @ a.T, rtol=rtol, atol=1e-4)  # transposed layouts
    assert_same(da[::-1, ::2] @ db[::2, 1:], a[::-1, ::2] @ b[::2, 1:], rtol=rtol, atol=1e-4)


def test_large_matmul_batched_ordered_and_out(device):
    a = _data((3, 1, 130, 140), "float32")
    b = _data((4, 140, 120), "float32")
    da, db = dp.asarray(a, device=device), dp.asarray(b, device=device)
    assert_same(da @ db, a @ b, rtol=1e-4, atol=1e-4)  # broadcast batch
    x = dp.asarray(_data((200, 200), "float32"), device=device)
    y = x * 2  # queued before the product, which must see it
    w = (y @ y) + 1  # and after it
    xn = dp.asnumpy(x) * 2
    assert_same(w, xn @ xn + 1, rtol=1e-4, atol=1e-4)
    assert_same(x @ x, dp.asnumpy(x) @ dp.asnumpy(x), rtol=1e-4, atol=1e-4)  # one buffer
    out = dp.empty((200, 200), dtype=dp.float32, device=device)
    assert dp.matmul(x, x, out=out) is out
    assert_same(out, dp.asnumpy(x) @ dp.asnumpy(x), rtol=1e-4, atol=1e-4)


HOST_GEMM_OFF = """
import numpy as np, dparray as dp
q = dp.Queue("opencl:cpu:0")
a = np.random.default_rng(2).random((300, 200), dtype=np.float32)
got = dp.asnumpy(dp.asarray(a, device=q) @ dp.asarray(a.T.copy(), device=q))
assert np.allclose(got, a @ a.T, rtol=1e-4, atol=1e-4)
print("ok")
"""


@pytest.mark.skipif(
    "opencl:cpu:0" not in [d.filter_string for d in dp.get_devices()], reason="no opencl:cpu:0"
)
@pytest.mark.parametrize(
    "env", [{"DPARRAY_OCL_HOST_GEMM": "0"}, {"DPARRAY_DEVICE_SELECTOR": "opencl:*"}]
)
def test_large_matmul_on_the_device_kernel(env):
    # Without the host path (switched off, or the host device hidden) the kernel computes it.
    import os
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-c", HOST_GEMM_OFF],
        capture_output=True,
        text=True,
        env=dict(os.environ, **env),
        check=False,
    )
    assert proc.returncode == 0 and "ok" in proc.stdout, proc.stderr[-2000:]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("where", [0, 5, 4103, 9999])
def test_max_min_propagate_nan_from_any_lane(device, dtype, where):
    _skip_fp64(device, dtype)
    x = _data(10000, dtype)
    x[where] = np.nan
    d = dp.asarray(x, device=device)
    assert_same(dp.max(d), np.max(x))
    assert_same(dp.min(d), np.min(x))
    y = x.reshape(100, 100)
    assert_same(dp.max(dp.asarray(y, device=device), axis=0), np.max(y, axis=0))


@pytest.mark.parametrize("dtype", ["int8", "uint16", "int64"])
@pytest.mark.parametrize("axis", [0, 1, None])
def test_integer_max_min(device, dtype, axis):
    x = _data((77, 301), dtype)
    d = dp.asarray(x, device=device)
    assert_same(dp.max(d, axis=axis), np.max(x, axis=axis))
    assert_same(dp.min(d, axis=axis), np.min(x, axis=axis))


GEMM_SHAPE = """
import numpy as np, dparray as dp
q = dp.Queue("opencl:cpu:0")
rng = np.random.default_rng(1)
for m, k, n in [(1, 1, 1), (13, 29, 41), (40, 70, 33)]:
    a, b = rng.random((m, k), dtype=np.float32), rng.random((k, n), dtype=np.float32)
    got = dp.asnumpy(dp.asarray(a, device=q) @ dp.asarray(b, device=q))
    assert np.allclose(got, a @ b, rtol=1e-4, atol=1e-5), (m, k, n)
print("ok")
"""


@pytest.mark.skipif(
    "opencl:cpu:0" not in [d.filter_string for d in dp.get_devices()], reason="no opencl:cpu:0"
)
@pytest.mark.parametrize("shape,ok", [("3,1,5,0", True), ("5,2,3,7", True), ("8,9,1,1", False)])
def test_gemm_shape_override(shape, ok):
    import os
    import subprocess
    import sys

    env = dict(os.environ, DPARRAY_OCL_GEMM=shape)
    proc = subprocess.run(
        [sys.executable, "-c", GEMM_SHAPE], capture_output=True, text=True, env=env, check=False
    )
    if ok:
        assert proc.returncode == 0 and "ok" in proc.stdout, proc.stderr[-2000:]
    else:
        assert proc.returncode != 0
        assert "ValueError: [DPARRAY_OCL_GEMM] '8,9,1,1'" in proc.stderr
