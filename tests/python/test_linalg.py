"""Linear algebra against NumPy 2: matmul (and @), dot, vecdot, tensordot, inner, outer and
matrix_transpose on every device; dtypes and promotion, 1-D operands, batch broadcasting,
transposed / strided / reversed inputs, integer wrap-around, BLAS and non-BLAS paths, and the
errors users meet."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dparray as dp

DTYPES = [
    "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "complex64", "complex128",
]
FP64 = {"float64", "complex128"}
RTOL = {"float16": 2e-2, "float32": 2e-5, "float64": 1e-12, "complex64": 2e-5,
        "complex128": 1e-12}


def skip_if_no_fp64(device, *dtypes):
    if not device.has_aspect_fp64 and any(str(np.dtype(d)) in FP64 for d in dtypes):
        pytest.skip(f"{device.filter_string} has no float64")


def data(shape, dtype, seed=0):
    """Test values: small integers (exact products), or floats / complex in [-1, 1)."""
    rng = np.random.default_rng(seed)
    dt = np.dtype(dtype)
    if dt.kind == "b":
        return rng.random(shape) < 0.5
    if dt.kind == "u":
        return rng.integers(0, 6, shape).astype(dt)
    if dt.kind == "i":
        return rng.integers(-5, 6, shape).astype(dt)
    if dt.kind == "c":
        return (rng.uniform(-1, 1, shape) + 1j * rng.uniform(-1, 1, shape)).astype(dt)
    return rng.uniform(-1, 1, shape).astype(dt)


def check(got, expected, k=1):
    """dtype, shape and values: integers exactly, floats to a tolerance scaled by the
    length k of the sums."""
    e = np.asarray(expected)
    assert isinstance(got, dp.ndarray), type(got)
    g = dp.asnumpy(got)
    assert g.dtype == e.dtype, f"dtype {g.dtype} != {e.dtype}"
    assert g.shape == e.shape, f"shape {g.shape} != {e.shape}"
    if e.dtype.kind in "biu":
        np.testing.assert_array_equal(g, e)
    else:
        rtol = RTOL[str(e.dtype)]
        atol = rtol * max(1, k)
        np.testing.assert_allclose(g, e, rtol=rtol, atol=atol)


def view_of(x_dp, x_np, v_np):
    """The dparray view of x_dp that NumPy's view v_np is of x_np (same strides, offset)."""
    isz = x_np.itemsize
    off = (v_np.__array_interface__["data"][0] - x_np.__array_interface__["data"][0]) // isz
    strides = tuple(s // isz for s in v_np.strides)
    return dp.ndarray(v_np.shape, dtype=str(x_np.dtype), strides=strides, buffer=x_dp, offset=off)


# ---------------------------------------------------------------------------------------------
# matmul


@pytest.mark.parametrize("dtype", DTYPES)
def test_matmul_every_dtype(device, dtype):
    skip_if_no_fp64(device, dtype)
    a, b = data((3, 4), dtype, 1), data((4, 5), dtype, 2)
    check(dp.matmul(dp.asarray(a, device=device), dp.asarray(b, device=device)), a @ b, 4)


@pytest.mark.parametrize("dtype", DTYPES)
def test_matmul_every_dtype_large(device, dtype):
    # Big enough for BLAS (floats) and several tiles of the blocked loop (the rest).
    skip_if_no_fp64(device, dtype)
    a, b = data((37, 300), dtype, 3), data((300, 140), dtype, 4)
    check(dp.asarray(a, device=device) @ dp.asarray(b, device=device), a @ b, 300)


@pytest.mark.parametrize("d1,d2", [
    ("int8", "uint8"), ("int32", "float32"), ("bool", "int8"), ("float32", "complex64"),
    ("int64", "uint64"), ("float16", "float32"), ("uint16", "int64"), ("bool", "float16"),
])
def test_matmul_promotes_like_numpy(device, d1, d2):
    a, b = data((3, 4), d1, 5), data((4, 2), d2, 6)
    expected = a @ b
    if not device.has_aspect_fp64:
        expected = expected.astype(np.float32) if expected.dtype == np.float64 else expected
    check(dp.matmul(dp.asarray(a, device=device), dp.asarray(b, device=device)), expected, 4)


SHAPES = [
    ((4,), (4,)), ((4,), (4, 3)), ((3, 4), (4,)), ((2, 3, 4), (4,)), ((4,), (2, 4, 3)),
    ((2, 1, 3, 4), (5, 4, 2)), ((1, 3, 4), (6, 4, 2)), ((6, 3, 4), (1, 4, 2)),
    ((0, 4), (4, 3)), ((3, 0), (0, 2)), ((2, 0, 3, 4), (4, 5)), ((1, 1), (1, 1)),
    ((3, 1), (1, 3)), ((1, 5), (5, 1)), ((5,), (5, 1)), ((1, 5), (5,)), ((0,), (0,)),
    ((7, 1, 9), (9, 1)), ((2, 3, 1, 5), (3, 5, 4)),
]


@pytest.mark.parametrize("sa,sb", SHAPES, ids=lambda s: "x".join(map(str, s)))
@pytest.mark.parametrize("dtype", ["float32", "float64", "int32", "complex128", "bool"])
def test_matmul_shapes_and_batches(device, sa, sb, dtype):
    skip_if_no_fp64(device, dtype)
    a, b = data(sa, dtype, 7), data(sb, dtype, 8)
    got = dp.matmul(dp.asarray(a, device=device), dp.asarray(b, device=device))
    check(got, np.matmul(a, b), sa[-1])


@pytest.mark.parametrize("dtype", ["float32", "float64", "complex64", "int16", "uint32"])
@pytest.mark.parametrize("n", [3, 40])
def test_matmul_transposed_strided_reversed(device, dtype, n):
    skip_if_no_fp64(device, dtype)
    base_a, base_b = data((2 * n, 2 * n + 1), dtype, 9), data((2 * n + 3, 2 * n), dtype, 10)
    xa, xb = dp.asarray(base_a, device=device), dp.asarray(base_b, device=device)
    views_a = [base_a[:n, :n], base_a[:n, :n].T, base_a[::2, 1::2][:n, :n], base_a[n - 1::-1, :n],
               base_a[:n, ::-2][:, :n]]
    views_b = [base_b[:n, :n], base_b[:n, :n].T, base_b[1::2, ::2][:n, :n], base_b[:n, n - 1::-1]]
    for va in views_a:
        for vb in views_b:
            got = view_of(xa, base_a, va) @ view_of(xb, base_b, vb)
            check(got, va @ vb, n)


def test_matmul_broadcast_operand_stride_zero(device):
    # A stride-0 (broadcast) matrix and a stride-0 row are valid operands.
    a_np = np.broadcast_to(data((1, 5), "float32", 11), (4, 5))
    b_np = np.broadcast_to(data((5, 1), "float32", 12), (5, 6))
    xa = dp.asarray(data((1, 5), "float32", 11), device=device)
    xb = dp.asarray(data((5, 1), "float32", 12), device=device)
    a = dp.ndarray((4, 5), dtype="float32", strides=(0, 1), buffer=xa)
    b = dp.ndarray((5, 6), dtype="float32", strides=(1, 0), buffer=xb)
    check(a @ b, a_np @ b_np, 5)


@pytest.mark.parametrize("dtype", ["float32", "float64", "complex128", "int64", "int8"])
@pytest.mark.parametrize("shape", [(300, 4, 4), (50, 24, 24), (3, 70, 90)])
def test_matmul_batched(device, dtype, shape):
    skip_if_no_fp64(device, dtype)
    a, b = data(shape, dtype, 13), data((shape[0], shape[2], shape[1]), dtype, 14)
    check(dp.asarray(a, device=device) @ dp.asarray(b, device=device), a @ b, shape[2])


@pytest.mark.parametrize("dtype", ["int8", "uint8", "int16", "int32", "uint64", "int64"])
def test_matmul_integers_wrap_around_like_numpy(device, dtype):
    info = np.iinfo(dtype)
    rng = np.random.default_rng(15)
    a = rng.integers(info.min // 2, info.max // 2, (9, 33), dtype=dtype, endpoint=True)
    b = rng.integers(info.min // 2, info.max // 2, (33, 7), dtype=dtype, endpoint=True)
    check(dp.asarray(a, device=device) @ dp.asarray(b, device=device), a @ b)


def test_matmul_bool_is_or_of_ands(device):
    a = np.array([[True, False, False], [False, False, False]])
    b = np.array([[True, False], [True, True], [False, True]])
    check(dp.asarray(a, device=device) @ dp.asarray(b, device=device), a @ b)


def test_matmul_float16_accumulates_in_float32(device):
    # 2048 ones: a float16 accumulator would stop at 2048 + 1 == 2048.
    a, b = np.ones((2, 4097), np.float16), np.ones((4097, 3), np.float16)
    got = dp.asnumpy(dp.asarray(a, device=device) @ dp.asarray(b, device=device))
    assert got.dtype == np.float16
    np.testing.assert_array_equal(got, np.full((2, 3), 4096, np.float16))


def test_matmul_nan_and_inf_propagate(device):
    a = np.array([[1.0, np.nan], [np.inf, 1.0]], np.float32)
    b = np.array([[1.0, 2.0], [3.0, 4.0]], np.float32)
    got = dp.asnumpy(dp.asarray(a, device=device) @ dp.asarray(b, device=device))
    with np.errstate(invalid="ignore"):
        expected = a @ b
    np.testing.assert_array_equal(np.isnan(got), np.isnan(expected))
    np.testing.assert_array_equal(np.isinf(got), np.isinf(expected))


def test_matmul_result_placement(device):
    a = dp.ones((2, 3), dtype="float32", device=device, usm_type="shared")
    b = dp.ones((3, 2), dtype="float32", device=device, usm_type="host")
    r = a @ b
    assert r.sycl_queue == a.sycl_queue
    assert r.usm_type == "shared"
    c = dp.ones((3, 2), dtype="float32", device=device, usm_type="device")
    assert (a @ c).usm_type == "device"


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(1, 3), min_size=0, max_size=3),
       st.lists(st.integers(1, 3), min_size=0, max_size=3),
       st.integers(1, 4), st.integers(1, 4), st.integers(1, 4), st.integers(0, 2**16))
def test_matmul_broadcast_batches_random(ba, bb, m, k, n, seed):
    rng = np.random.default_rng(seed)
    # Make the batch shapes broadcastable by turning conflicting dims into 1.
    ba, bb = list(ba), list(bb)
    for i in range(1, min(len(ba), len(bb)) + 1):
        if ba[-i] != bb[-i] and ba[-i] != 1 and bb[-i] != 1:
            (ba if rng.random() < 0.5 else bb)[-i] = 1
    a, b = data(tuple(ba) + (m, k), "float32", seed), data(tuple(bb) + (k, n), "float32", seed + 1)
    check(dp.matmul(dp.asarray(a), dp.asarray(b)), np.matmul(a, b), k)


def test_matmul_errors(device):
    a = dp.ones((3, 4), device=device)
    with pytest.raises(ValueError, match=r"matmul.*\(3, 4\).*\(5, 2\)"):
        dp.matmul(a, dp.ones((5, 2), device=device))
    with pytest.raises(ValueError, match=r"matmul.*\(4,\).*\(3,\)"):
        dp.matmul(dp.ones(4, device=device), dp.ones(3, device=device))
    with pytest.raises(ValueError, match=r"matmul.*batch.*\(2, 3, 4\).*\(3, 4, 5\)"):
        dp.matmul(dp.ones((2, 3, 4), device=device), dp.ones((3, 4, 5), device=device))
    with pytest.raises(ValueError, match=r"matmul.*at least 1-D.*\(\)"):
        dp.matmul(dp.asarray(2.0, device=device), a)
    with pytest.raises(ValueError, match="matmul"):
        dp.matmul(a, 2.0)
    with pytest.raises(ValueError, match="matmul"):
        a @ 2
    with pytest.raises(TypeError, match="asarray"):
        dp.matmul(a, np.ones((4, 2)))
    with pytest.raises(TypeError, match="asarray"):
        np.ones((2, 3)) @ a
    with pytest.raises(TypeError):
        [[1.0, 2.0, 3.0]] @ a
    with pytest.raises(dp.ExecutionPlacementError, match="matmul"):
        a @ dp.ones((4, 2), sycl_queue=dp.Queue(device))


def test_matmul_operators(device):
    a_np, b_np = data((3, 4), "float32", 16), data((4, 4), "float32", 17)
    a, b = dp.asarray(a_np, device=device), dp.asarray(b_np, device=device)
    check(a @ b, a_np @ b_np, 4)
    check(b.__rmatmul__(a), a_np @ b_np, 4)
    assert a.__matmul__(object()) is NotImplemented
    c = dp.asarray(a_np, device=device)
    c @= b
    check(c, a_np @ b_np, 4)
    with pytest.raises(ValueError, match=r"matmul.*\(3, 4\).*\(3, 3\)"):
        c @= dp.ones((4, 3), dtype="float32", device=device)
    i = dp.ones((2, 2), dtype="int32", device=device)
    with pytest.raises(TypeError, match="same_kind"):
        i @= dp.ones((2, 2), dtype="float32", device=device)
    i @= dp.ones((2, 2), dtype="int8", device=device)
    check(i, np.full((2, 2), 2, np.int32))


def test_matmul_out(device):
    a_np, b_np = data((3, 4), "float32", 18), data((4, 2), "float32", 19)
    a, b = dp.asarray(a_np, device=device), dp.asarray(b_np, device=device)
    out = dp.empty((3, 2), dtype="float32", device=device)
    r = dp.matmul(a, b, out=out)
    assert r is out
    check(out, a_np @ b_np, 4)
    with pytest.raises(ValueError, match="shape"):
        dp.matmul(a, b, out=dp.empty((2, 3), dtype="float32", device=device))


# ---------------------------------------------------------------------------------------------
# dot


@pytest.mark.parametrize("sa,sb", [
    ((4,), (4,)), ((3, 4), (4,)), ((4,), (4, 2)), ((3, 4), (4, 2)), ((2, 3, 4), (4,)),
    ((4,), (2, 4, 3)), ((2, 3, 4), (5, 4, 6)), ((2, 3, 4), (4, 6)), ((3, 4), (5, 4, 2)),
    ((0, 4), (4, 3)), ((1, 2, 3, 4), (2, 4, 1)),
], ids=lambda s: "x".join(map(str, s)))
@pytest.mark.parametrize("dtype", ["float64", "int32", "complex64", "bool"])
def test_dot_shapes(device, sa, sb, dtype):
    skip_if_no_fp64(device, dtype)
    a, b = data(sa, dtype, 20), data(sb, dtype, 21)
    check(dp.dot(dp.asarray(a, device=device), dp.asarray(b, device=device)), np.dot(a, b), sa[-1])
    check(dp.asarray(a, device=device).dot(dp.asarray(b, device=device)), a.dot(b), sa[-1])


def test_dot_scalars_multiply(device):
    a_np = data((2, 3), "float32", 22)
    a = dp.asarray(a_np, device=device)
    check(dp.dot(a, 2.5), np.dot(a_np, np.float32(2.5)))
    check(dp.dot(3, a), np.dot(np.float32(3), a_np))
    check(dp.dot(dp.asarray(np.float32(2), device=device), a), np.dot(np.float32(2), a_np))
    check(a.dot(2), a_np * np.float32(2))


def test_dot_errors(device):
    with pytest.raises(ValueError, match=r"dot.*\(2, 3\).*\(4,\).*not aligned"):
        dp.dot(dp.ones((2, 3), device=device), dp.ones(4, device=device))
    with pytest.raises(ValueError, match=r"dot.*\(2, 3, 4\).*\(5, 3, 6\)"):
        dp.dot(dp.ones((2, 3, 4), device=device), dp.ones((5, 3, 6), device=device))


# ---------------------------------------------------------------------------------------------
# vecdot


@pytest.mark.parametrize("dtype", DTYPES)
def test_vecdot_every_dtype(device, dtype):
    skip_if_no_fp64(device, dtype)
    a, b = data((5, 7), dtype, 23), data((5, 7), dtype, 24)
    check(dp.vecdot(dp.asarray(a, device=device), dp.asarray(b, device=device)),
          np.vecdot(a, b), 7)


@pytest.mark.parametrize("sa,sb,axis", [
    ((7,), (7,), -1), ((3, 7), (7,), -1), ((3, 1, 4), (5, 4), -1), ((4, 3), (4, 3), 0),
    ((4, 3), (4, 3), -2), ((2, 4, 3), (1, 4, 3), 1), ((6, 2, 5), (6, 1, 5), -1), ((0, 3), (3,), -1),
    ((3, 0), (3, 0), -1), ((100000, 3), (100000, 3), -1),
])
@pytest.mark.parametrize("dtype", ["float32", "complex128", "int16"])
def test_vecdot_axes_and_broadcasting(device, sa, sb, axis, dtype):
    skip_if_no_fp64(device, dtype)
    a, b = data(sa, dtype, 25), data(sb, dtype, 26)
    got = dp.vecdot(dp.asarray(a, device=device), dp.asarray(b, device=device), axis=axis)
    check(got, np.vecdot(a, b, axis=axis), sa[axis])


def test_vecdot_conjugates_the_first_argument(device):
    skip_if_no_fp64(device, "complex128")
    a = np.array([1 + 2j, 3 - 1j])
    b = np.array([2 - 1j, 1j])
    got = dp.vecdot(dp.asarray(a, device=device), dp.asarray(b, device=device))
    check(got, np.sum(np.conj(a) * b))
    # A transposed complex view is conjugated correctly too.
    base = data((4, 6), "complex64", 27)
    x = view_of(dp.asarray(base, device=device), base, base.T)
    check(dp.vecdot(x, x), np.vecdot(base.T, base.T), 4)


def test_vecdot_errors(device):
    with pytest.raises(ValueError, match=r"vecdot.*\(3, 4\).*4.*\(3, 5\).*5"):
        dp.vecdot(dp.ones((3, 4), device=device), dp.ones((3, 5), device=device))
    with pytest.raises(ValueError, match="vecdot.*at least 1-D"):
        dp.vecdot(dp.asarray(1.0, device=device), dp.ones(3, device=device))
    with pytest.raises(ValueError, match="vecdot"):
        dp.vecdot(dp.ones((2, 3), device=device), dp.ones((4, 3), device=device))
    with pytest.raises(ValueError, match="vecdot"):  # the summed axis does not broadcast
        dp.vecdot(dp.ones((2, 4), device=device), dp.ones((2, 1), device=device))
    with pytest.raises(IndexError, match="vecdot"):
        dp.vecdot(dp.ones(3, device=device), dp.ones(3, device=device), axis=1)


# ---------------------------------------------------------------------------------------------
# tensordot, inner, outer, matrix_transpose


@pytest.mark.parametrize("sa,sb,axes", [
    ((3, 4, 5), (4, 5, 2), 2), ((3, 4), (4, 5), 1), ((2, 3), (4,), 0), ((3, 4, 5), (5, 4, 2),
                                                                        ([1, 2], [1, 0])),
    ((3, 4, 5), (3, 2), ([0], [0])), ((2, 3), (3, 2), ([0, 1], [1, 0])), ((4,), (4,), 1),
    ((3, 4), (3, 4), 2), ((2, 3, 4), (4, 3, 2), ([-1, -2], [0, 1])), ((), (), 0), ((2,), (), 0),
])
@pytest.mark.parametrize("dtype", ["float64", "int64", "complex64"])
def test_tensordot(device, sa, sb, axes, dtype):
    skip_if_no_fp64(device, dtype)
    a, b = data(sa, dtype, 28), data(sb, dtype, 29)
    got = dp.tensordot(dp.asarray(a, device=device), dp.asarray(b, device=device), axes=axes)
    check(got, np.tensordot(a, b, axes=axes), 20)


def test_tensordot_strided_input(device):
    base = data((6, 8, 4), "float32", 30)
    v = base[::2, ::-2].transpose(2, 0, 1)  # (4, 3, 4)
    x = view_of(dp.asarray(base, device=device), base, v)
    b = data((3, 4, 5), "float32", 31)
    check(dp.tensordot(x, dp.asarray(b, device=device), axes=2), np.tensordot(v, b, axes=2), 12)


def test_tensordot_errors(device):
    a, b = dp.ones((3, 4), device=device), dp.ones((5, 4), device=device)
    with pytest.raises(ValueError, match=r"tensordot.*shape-mismatch.*\(3, 4\).*\(5, 4\)"):
        dp.tensordot(a, b, axes=1)
    with pytest.raises(ValueError, match="tensordot.*non-negative"):
        dp.tensordot(a, b, axes=-1)
    with pytest.raises(ValueError, match="tensordot.*exceeds"):
        dp.tensordot(a, b, axes=3)
    with pytest.raises(ValueError, match="tensordot.*length"):
        dp.tensordot(a, b, axes=([0, 1], [1]))
    with pytest.raises(ValueError, match="tensordot.*repeated"):
        dp.tensordot(a, dp.ones((4, 4), device=device), axes=([1, 1], [0, 1]))
    with pytest.raises(IndexError, match="tensordot"):
        dp.tensordot(a, b, axes=([2], [1]))
    with pytest.raises(TypeError, match="tensordot"):
        dp.tensordot(a, b, axes="x")


@pytest.mark.parametrize("sa,sb", [
    ((4,), (4,)), ((3, 4), (4,)), ((3, 4), (2, 4)), ((2, 3, 4), (5, 4)), ((0, 4), (3, 4)),
], ids=lambda s: "x".join(map(str, s)))
@pytest.mark.parametrize("dtype", ["float32", "int8", "complex128", "bool"])
def test_inner(device, sa, sb, dtype):
    skip_if_no_fp64(device, dtype)
    a, b = data(sa, dtype, 32), data(sb, dtype, 33)
    check(dp.inner(dp.asarray(a, device=device), dp.asarray(b, device=device)), np.inner(a, b), 4)


def test_inner_scalars_and_errors(device):
    a_np = data((2, 3), "float32", 34)
    a = dp.asarray(a_np, device=device)
    check(dp.inner(a, 2.0), np.inner(a_np, np.float32(2)))
    with pytest.raises(ValueError, match=r"inner.*\(2, 3\).*\(4,\)"):
        dp.inner(a, dp.ones(4, device=device))


@pytest.mark.parametrize("sa,sb", [((3,), (4,)), ((2, 3), (4,)), ((0,), (3,)), ((), (2, 2))],
                         ids=lambda s: "x".join(map(str, s)))
@pytest.mark.parametrize("dtype", ["float32", "int64", "bool", "complex64", "uint8"])
def test_outer(device, sa, sb, dtype):
    a, b = data(sa, dtype, 35), data(sb, dtype, 36)
    check(dp.outer(dp.asarray(a, device=device), dp.asarray(b, device=device)), np.outer(a, b))


def test_outer_mixed_dtypes_and_strided(device):
    base = data((10,), "int16", 37)
    x = view_of(dp.asarray(base, device=device), base, base[::-3])
    b = data((3,), "float32", 38)
    check(dp.outer(x, dp.asarray(b, device=device)), np.outer(base[::-3], b))


def test_matrix_transpose(device):
    a_np = data((2, 3, 4), "float32", 39)
    a = dp.asarray(a_np, device=device)
    t = dp.matrix_transpose(a)
    check(t, np.matrix_transpose(a_np))
    check(t @ a, np.matrix_transpose(a_np) @ a_np, 3)
    with pytest.raises(ValueError, match=r"matrix_transpose.*\(4,\)"):
        dp.matrix_transpose(dp.ones(4, device=device))


def test_linalg_namespace(device):
    a_np, b_np = data((3, 4), "float32", 40), data((4, 2), "float32", 41)
    a, b = dp.asarray(a_np, device=device), dp.asarray(b_np, device=device)
    check(dp.linalg.matmul(a, b), a_np @ b_np, 4)
    check(dp.linalg.vecdot(a, a), np.vecdot(a_np, a_np), 4)
    check(dp.linalg.tensordot(a, b, axes=1), np.tensordot(a_np, b_np, axes=1), 4)
    check(dp.linalg.matrix_transpose(a), a_np.T)
    check(dp.linalg.outer(b, b), np.outer(b_np, b_np))
    assert set(dp.linalg.__all__) >= {"matmul", "vecdot", "tensordot", "matrix_transpose", "outer",
                                      "norm", "vector_norm", "matrix_norm"}


# ---------------------------------------------------------------------------------------------
# norm


@pytest.mark.parametrize("ord_", [None, 2, 1, 0, 3, -1, 0.5, np.inf, -np.inf])
@pytest.mark.parametrize("dtype", ["float32", "float64", "complex64", "int32"])
def test_vector_norms(device, ord_, dtype):
    skip_if_no_fp64(device, dtype)
    a = data((4, 5), dtype, 42)
    x = dp.asarray(a, device=device)
    with np.errstate(divide="ignore"):  # negative orders of zero entries
        expected = np.linalg.norm(a, ord=ord_, axis=1)
        kept = np.linalg.norm(a, ord=ord_, axis=-2, keepdims=True)
        whole = np.asarray(np.linalg.norm(a[0], ord=ord_))
    if not device.has_aspect_fp64 and expected.dtype == np.float64:
        expected = expected.astype(np.float32)
    check(dp.linalg.norm(x, ord=ord_, axis=1), expected, 5)
    check(dp.linalg.norm(x, ord=ord_, axis=-2, keepdims=True), kept.astype(expected.dtype), 5)
    check(dp.linalg.norm(dp.asarray(a[0], device=device), ord=ord_), whole.astype(expected.dtype),
          5)


@pytest.mark.parametrize("ord_", [None, "fro", 1, -1, np.inf, -np.inf])
@pytest.mark.parametrize("axis", [None, (0, 1), (1, 0), (-1, -3)])
def test_matrix_norms(device, ord_, axis):
    a = data((3, 4, 5), "float32", 43) if axis == (-1, -3) else data((3, 4), "float32", 43)
    x = dp.asarray(a, device=device)
    if axis is None and a.ndim != 2:
        return
    check(dp.linalg.norm(x, ord=ord_, axis=axis), np.linalg.norm(a, ord=ord_, axis=axis), 5)
    check(dp.linalg.norm(x, ord=ord_, axis=axis, keepdims=True),
          np.linalg.norm(a, ord=ord_, axis=axis, keepdims=True), 5)


def test_norm_whole_array_and_array_api_names(device):
    a = data((2, 3, 4), "complex64", 44)
    x = dp.asarray(a, device=device)
    check(dp.linalg.norm(x), np.asarray(np.linalg.norm(a)), 24)
    check(dp.linalg.norm(x, keepdims=True), np.linalg.norm(a, keepdims=True), 24)
    check(dp.linalg.vector_norm(x), np.asarray(np.linalg.vector_norm(a)), 24)
    check(dp.linalg.vector_norm(x, axis=(0, 2), ord=1), np.linalg.vector_norm(a, axis=(0, 2), ord=1))
    check(dp.linalg.matrix_norm(x, ord=np.inf), np.linalg.matrix_norm(a, ord=np.inf), 4)
    check(dp.linalg.matrix_norm(x, keepdims=True), np.linalg.matrix_norm(a, keepdims=True), 12)


def test_norm_errors(device):
    x = dp.ones((2, 3, 4), device=device)
    with pytest.raises(ValueError, match="norm.*1-D or 2-D"):
        dp.linalg.norm(x, ord=1)
    with pytest.raises(ValueError, match="norm.*vectors"):
        dp.linalg.norm(x, ord="fro", axis=0)
    with pytest.raises(ValueError, match="norm.*matrices"):
        dp.linalg.norm(x, ord=3, axis=(0, 1))
    # ord=2 over a matrix axis pair is the largest singular value (it once was missing).
    expected = np.linalg.norm(np.ones((2, 3, 4), dtype=dp.asnumpy(x).dtype), 2, (0, 1))
    check(dp.linalg.norm(x, ord=2, axis=(0, 1)), expected)
    with pytest.raises(ValueError, match="duplicate"):
        dp.linalg.norm(x, axis=(1, -2))
    with pytest.raises(IndexError, match="norm"):
        dp.linalg.norm(x, axis=3)
    with pytest.raises(ValueError, match="norm.*1 or 2"):
        dp.linalg.norm(x, axis=(0, 1, 2))
    with pytest.raises(ValueError, match="matrix_norm.*2-D"):
        dp.linalg.matrix_norm(dp.ones(3, device=device))
    with pytest.raises(TypeError, match="norm"):
        dp.linalg.norm(np.ones(3))
