"""Size and dimension limits against NumPy 2 on every device: shapes whose size or byte
count overflows int64 raise ValueError ("array is too big") before any allocation, the
64-dimension limit holds for every way of making an array of a new shape, kernels handle
all 64 dimensions, slice steps past the axis give NumPy's views, and out-of-bounds index
arrays raise IndexError even when the selection is empty."""

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp

MAX = 2**63 - 1
BIG = (274177, 67280421310721)  # product 2**64 + 1: wraps to 1 in 64 bits
OVERFLOWING_SHAPES = [
    BIG,
    (2**33, 2**31),
    (2**62, 2**62, 0),  # NumPy's rule: the non-zero dimensions must fit even with a 0
    (0, MAX, MAX),
    (2**61, 4),
    (2**32,) * 2 + (2**2,),
    (MAX, 2),
]


def sync(r):
    """Reads results back (a sync point: deferred device errors surface here)."""
    if isinstance(r, dp.ndarray):
        dp.asnumpy(r)
    elif isinstance(r, (tuple, list)):
        for x in r:
            sync(x)
    return r


def same_error(np_call, dp_call):
    """NumPy and dparray both raise, dparray with NumPy's exception type; returns dparray's."""
    with pytest.raises(Exception) as expected:
        np_call()
    # The builtin type (NumPy's _ArrayMemoryError is a MemoryError).
    kind = next(c for c in type(expected.value).__mro__ if c.__module__ == "builtins")
    with pytest.raises(kind) as got:
        sync(dp_call())
    return got.value


def nd_ones(shape, device, dtype="float32"):
    n = np.ones(shape, dtype=dtype)
    return n, dp.asarray(n, device=device)


def bview(shape, device, dtype="int8"):
    """A broadcast view of one element (any size without memory), and NumPy's."""
    one = np.ones((1,) * len(shape), dtype=dtype)
    return np.broadcast_to(one, shape), dp.broadcast_to(dp.asarray(one, device=device), shape)


# ---- item 1: sizes that overflow int64 ----


@pytest.mark.parametrize("shape", OVERFLOWING_SHAPES, ids=str)
@pytest.mark.parametrize("dtype", ["int8", "float32", "int64"])
@pytest.mark.parametrize("fn", ["empty", "zeros", "ones"])
def test_creation_with_overflowing_shape(device, fn, dtype, shape):
    e = same_error(
        lambda: getattr(np, fn)(shape, dtype=dtype),
        lambda: getattr(dp, fn)(shape, dtype=dtype, device=device),
    )
    assert isinstance(e, ValueError) and "array is too big" in str(e)
    assert f"[{fn}]" in str(e)


@pytest.mark.parametrize("shape", OVERFLOWING_SHAPES, ids=str)
def test_full_with_overflowing_shape(device, shape):
    e = same_error(
        lambda: np.full(shape, 7, dtype="int16"),
        lambda: dp.full(shape, 7, dtype="int16", device=device),
    )
    assert "[full] array is too big" in str(e)


def test_issue_message_names_op_and_shape(device):
    with pytest.raises(
        ValueError, match=r"\[zeros\] array is too big; shape \(274177, 67280421310721\)"
    ):
        dp.zeros(BIG, device=device)


@pytest.mark.parametrize("fn", ["empty_like", "zeros_like", "ones_like", "full_like"])
def test_like_of_a_huge_broadcast_view(device, fn):
    # 2**62 bytes: a valid size, but no device holds it (NumPy: MemoryError too).
    n, d = bview((2**31, 2**31), device)
    args = (3,) if fn == "full_like" else ()
    same_error(lambda: getattr(np, fn)(n, *args), lambda: getattr(dp, fn)(d, *args))


@pytest.mark.parametrize(
    "args",
    [(2**32,), (2**31 + 1, 2**31 + 1), (2**62, 4), (MAX, 2), (0, MAX)],
    ids=str,
)
def test_eye_too_big(device, args):
    e = same_error(
        lambda: np.eye(*args, dtype="float32"),
        lambda: dp.eye(*args, dtype="float32", device=device),
    )
    assert "[eye]" in str(e)


@pytest.mark.parametrize("args", [(2**32, 0), (0, 2**32), (0, 2**61 - 1), (3, 5)], ids=str)
def test_eye_that_fits(device, args):
    assert_same(dp.eye(*args, dtype="float32", device=device), np.eye(*args, dtype="float32"))


@pytest.mark.parametrize("shape", [BIG, (2**33, 2**31), (1,) * 65], ids=str)
def test_random_with_overflowing_shape(device, shape):
    rng = np.random.default_rng(0)
    e = same_error(lambda: rng.random(shape), lambda: dp.random.random(shape, device=device))
    assert "[random]" in str(e)
    same_error(lambda: rng.normal(size=shape), lambda: dp.random.normal(size=shape, device=device))
    same_error(
        lambda: rng.integers(0, 5, size=shape),
        lambda: dp.random.randint(0, 5, size=shape, device=device),
    )


def test_asarray_nested_past_the_limit(device):
    for depth in (64, 65):
        deep = 1
        for _ in range(depth):
            deep = [deep]
        if depth == 64:
            assert_same(dp.asarray(deep, device=device), np.asarray(deep))
        else:
            e = same_error(
                lambda deep=deep: np.asarray(deep),
                lambda deep=deep: dp.asarray(deep, device=device),
            )
            assert "maximum supported dimension" in str(e)


def test_arange_and_linspace_too_big(device):
    same_error(lambda: np.arange(-(2**63), MAX), lambda: dp.arange(-(2**63), MAX, device=device))
    same_error(
        lambda: np.arange(-(2**63), MAX, 1.0),
        lambda: dp.arange(-(2**63), MAX, 1.0, device=device),
    )
    for num in (2**62, 2**61 + 1):
        same_error(
            lambda num=num: np.linspace(0, 1, num, dtype="float32"),
            lambda num=num: dp.linspace(0, 1, num, dtype="float32", device=device),
        )


@pytest.mark.parametrize("shape", OVERFLOWING_SHAPES + [(1,) * 65], ids=str)
def test_broadcast_to_overflowing_shape(device, shape):
    one = np.ones(1, dtype="float32")
    e = same_error(
        lambda: np.broadcast_to(one, shape),
        lambda: dp.broadcast_to(dp.asarray(one, device=device), shape),
    )
    assert "[broadcast_to]" in str(e)


def test_broadcast_then_sum_is_not_one(device):
    # The issue: broadcast_to(ones(1), BIG).sum() gave 1.0.
    with pytest.raises(ValueError, match="too big"):
        dp.broadcast_to(dp.ones(1, device=device), BIG).sum()


@pytest.mark.parametrize(
    "size,shape",
    [
        (6, BIG),
        (0, (0,) + BIG),
        (6, (-1, 2**62, 2**62)),
        (0, (-1, 2**62, 2**62)),
        (0, (2**62, -1, 0)),
        (6, (3, 2**62)),
        (0, (2**62, 2**62, 0)),
        (1, (1,) * 65),
        (6, (2, 3) + (1,) * 63),
    ],
    ids=str,
)
def test_reshape_to_overflowing_shapes(device, size, shape):
    n, d = nd_ones((size,), device)
    same_error(lambda: n.reshape(shape), lambda: dp.reshape(d, shape))
    same_error(lambda: n.reshape(shape), lambda: d.reshape(shape))


def test_reshape_of_an_empty_strided_view(device):
    # An empty non-contiguous view once walked past its dimensions in reshape.
    n, d = nd_ones((3, 4), device)
    for shape in [(2, 0), (0, 2), (0,), (0, 1, 2), (1, 0, 5)]:
        assert_same(dp.reshape(d[:0, ::2], shape), n[:0, ::2].reshape(shape))
        assert_same(dp.reshape(d[:, ::2][:, :0], shape), n[:, ::2][:, :0].reshape(shape))


def test_reshape_64_dims(device):
    n = np.arange(6, dtype="int32")
    d = dp.asarray(n, device=device)
    shape = (2,) + (1,) * 62 + (3,)
    assert_same(dp.reshape(d, shape), n.reshape(shape))
    assert_same(dp.reshape(dp.reshape(d, shape), (-1,)), n)


def test_concat_overflowing_length(device):
    n, d = bview((2**62,), device)
    same_error(lambda: np.concatenate([n, n]), lambda: dp.concat([d, d]))
    same_error(lambda: np.concatenate([n, n, n]), lambda: dp.concat([d, d, d]))


def test_elementwise_and_matmul_results_too_big(device):
    na, da = bview((2**32, 1), device, "float32")
    nb, db = bview((1, 2**32), device, "float32")
    e = same_error(lambda: na @ nb, lambda: da @ db)
    assert "[matmul]" in str(e)
    e = same_error(lambda: np.multiply(na, nb), lambda: dp.multiply(da, db))
    assert "[multiply]" in str(e)


def test_roll_with_huge_shifts(device):
    n = np.arange(10, dtype="int32")
    d = dp.asarray(n, device=device)
    for shift in [(2**62, 2**62), 2**62 + 3, MAX, -MAX, (MAX, MAX, MAX)]:
        assert_same(dp.roll(d, shift), np.roll(n, shift))
    n2, d2 = n.reshape(2, 5), dp.reshape(d, (2, 5))
    assert_same(dp.roll(d2, (MAX, MAX), axis=(1, 1)), np.roll(n2, (MAX, MAX), axis=(1, 1)))
    assert_same(dp.roll(d2, (MAX, -MAX), axis=(0, 1)), np.roll(n2, (MAX, -MAX), axis=(0, 1)))


# ---- item 1: slice arithmetic ----

HUGE_SLICES = [
    slice(None, None, 2**62),
    slice(None, None, -(2**63) + 1),
    slice(None, None, -(2**63)),
    slice(None, None, MAX),
    slice(2**62, None),
    slice(2**62, MAX),
    slice(-(2**63), MAX, 2**62),
    slice(MAX, -(2**63), -(2**62)),
    slice(-(2**63), -(2**62)),
    slice(1, MAX, 2**40),
    slice(-(2**70), 2**70, 2),
    slice(2**70, -(2**70), -(2**70)),
]


@pytest.mark.parametrize("key", HUGE_SLICES, ids=str)
def test_slices_with_huge_bounds(device, key):
    n = np.arange(30, dtype="int32").reshape(6, 5)
    d = dp.asarray(n, device=device)
    assert_same(d[key], n[key])
    assert_same(d[:, key], n[:, key])
    assert_same(d[key, key], n[key, key])
    assert_same(d.T[key], n.T[key])
    # Writes through such views.
    n2, d2 = n.copy(), dp.asarray(n, device=device)
    n2[key] = -1
    d2[key] = -1
    assert_same(d2, n2)


def test_issue_slice_steps(device):
    d = dp.ones(6, device=device)
    assert d[:: 2**62].shape == (1,)
    assert d[:: -(2**63) + 1].shape == (1,)
    assert float(d[:: 2**62].sum()) == 1.0


# ---- item 2: the dimension limit ----


def test_creation_over_64_dims(device):
    for fn in ("empty", "zeros", "ones"):
        e = same_error(
            lambda fn=fn: getattr(np, fn)((1,) * 65),
            lambda fn=fn: getattr(dp, fn)((1,) * 65, device=device),
        )
        assert "maximum supported dimension" in str(e)
    same_error(lambda: np.full((1,) * 65, 2), lambda: dp.full((1,) * 65, 2, device=device))
    assert_same(dp.zeros((1,) * 64, dtype="int8", device=device), np.zeros((1,) * 64, "int8"))


@pytest.mark.parametrize(
    "key",
    [(None,) * 100, (None,) * 62, (0, None, None, None) + (None,) * 60, (Ellipsis,) + (None,) * 62],
    ids=lambda k: f"{len(k)}-entries",
)
def test_newaxis_over_the_limit(device, key):
    n = np.zeros((3, 4, 5), dtype="float32")
    d = dp.asarray(n, device=device)
    e = same_error(lambda: n[key], lambda: d[key])
    assert isinstance(e, IndexError)

    def set_np():
        n[key] = 1

    def set_dp():
        d[key] = 1

    same_error(set_np, set_dp)


def test_newaxis_up_to_the_limit(device):
    n = np.arange(60, dtype="int32").reshape(3, 4, 5)
    d = dp.asarray(n, device=device)
    assert_same(d[(None,) * 61], n[(None,) * 61])
    assert_same(d[(None,) * 30 + (1,) + (None,) * 32], n[(None,) * 30 + (1,) + (None,) * 32])
    x64n, x64d = nd_ones((1,) * 64, device)
    same_error(lambda: x64n[..., None], lambda: x64d[..., None])
    same_error(lambda: x64n[0, None, None], lambda: x64d[0, None, None])
    assert_same(x64d[0, None], x64n[0, None])


def test_advanced_index_result_over_the_limit(device):
    n, d = nd_ones((2, 2), device)
    for nd in (63, 64):
        ix = np.zeros((1,) * nd, dtype="int64")
        dix = dp.asarray(ix, device=device)
        if nd == 63:
            assert_same(d[dix], n[ix])
        else:
            same_error(lambda ix=ix: n[ix], lambda dix=dix: d[dix])
    n3, d3 = nd_ones((2, 2, 2), device)
    ix = np.zeros((1,) * 63, dtype="int64")
    same_error(lambda: n3[:, ix], lambda: d3[:, dp.asarray(ix, device=device)])
    same_error(
        lambda: np.take(n, np.zeros((1,) * 64, "int64"), axis=0),
        lambda: dp.take(d, dp.zeros((1,) * 64, dtype="int64", device=device), axis=0),
    )


def test_views_over_the_limit(device):
    n, d = nd_ones((1,) * 64, device)
    same_error(lambda: np.expand_dims(n, 0), lambda: dp.expand_dims(d, 0))
    n3, d3 = nd_ones((3,), device)
    same_error(
        lambda: np.expand_dims(n3, tuple(range(64))), lambda: dp.expand_dims(d3, tuple(range(64)))
    )
    same_error(lambda: np.stack([n, n]), lambda: dp.stack([d, d]))
    n40, d40 = nd_ones((1,) * 40, device)
    same_error(lambda: np.tensordot(n40, n40, axes=0), lambda: dp.tensordot(d40, d40, axes=0))
    n63, d63 = nd_ones((1,) * 63, device)
    assert_same(dp.stack([d63, d63], axis=-1), np.stack([n63, n63], axis=-1))
    assert_same(dp.expand_dims(d63, 5), np.expand_dims(n63, 5))
    assert_same(dp.moveaxis(d, 0, -1), np.moveaxis(n, 0, -1))
    assert_same(dp.squeeze(d), np.squeeze(n))
    assert_same(dp.concat([d, d]), np.concatenate([n, n]))


@pytest.mark.parametrize("batch", [40, 61, 62])
@pytest.mark.parametrize("dtype", ["float32", "int32"])
def test_matmul_with_many_batch_dims(device, batch, dtype):
    rng = np.random.default_rng(batch)
    a = rng.integers(-3, 4, size=(1,) * batch + (2, 3)).astype(dtype)
    b = rng.integers(-3, 4, size=(3, 2)).astype(dtype)
    assert_same(dp.asarray(a, device=device) @ dp.asarray(b, device=device), a @ b)


def test_issue_matmul_40_batch_dims(device):
    r = dp.ones((1,) * 40 + (2, 3), device=device) @ dp.ones((3, 2), device=device)
    assert r.shape == (1,) * 40 + (2, 2)
    assert float(r.sum()) == 12.0


@pytest.mark.parametrize("dtype", ["float32", "int64"])
def test_matmul_batch_walk_over_many_dims(device, dtype):
    # Real batch sizes spread over 12 dims: the walker's counter carries across all of them.
    shape_a = (2, 1, 2, 1, 1, 2, 1, 1, 1, 2, 1, 2) + (2, 3)
    shape_b = (1, 2, 1, 1, 2, 1, 1, 1, 1, 1, 2, 1) + (3, 2)
    rng = np.random.default_rng(1)
    a = rng.integers(-3, 4, size=shape_a).astype(dtype)
    b = rng.integers(-3, 4, size=shape_b).astype(dtype)
    assert_same(dp.asarray(a, device=device) @ dp.asarray(b, device=device), a @ b)


def test_matmul_at_64_dims(device):
    n, d = nd_ones((1,) * 62 + (2, 3), device)
    nb, db = nd_ones((3, 2), device)
    assert_same(d @ db, n @ nb)
    v, dv = nd_ones((1,) * 64, device)
    one, done = nd_ones((1,), device)
    assert_same(dv @ done, v @ one)
    assert_same(done @ dv, one @ v)
    same_error(lambda: np.ones((1,) * 63 + (2, 3)), lambda: dp.ones((1,) * 63 + (2, 3)))


def test_vecdot_at_64_dims(device):
    n = np.arange(3, dtype="float32").reshape((1,) * 63 + (3,))
    d = dp.asarray(n, device=device)
    assert_same(dp.vecdot(d, d), np.vecdot(n, n))
    b = n > 0
    assert_same(
        dp.vecdot(dp.asarray(b, device=device), dp.asarray(b, device=device)), np.vecdot(b, b)
    )


def test_reductions_over_64_dims(device):
    shape = (2,) * 3 + (1,) * 58 + (3,) * 3
    rng = np.random.default_rng(0)
    n = rng.integers(-5, 6, size=shape).astype("float32")
    d = dp.asarray(n, device=device)
    assert_same(dp.sum(d), np.sum(n))
    for axis in [(0, 5, 63), (1,), (62, 63), tuple(range(0, 64, 2))]:
        assert_same(dp.sum(d, axis=axis), np.sum(n, axis=axis))
        assert_same(dp.max(d, axis=axis, keepdims=True), np.max(n, axis=axis, keepdims=True))
        assert_same(dp.mean(d, axis=axis), np.mean(n, axis=axis), rtol=1e-5)
    assert_same(dp.argmax(d), np.argmax(n))
    assert_same(dp.argmin(d, axis=63), np.argmin(n, axis=63))
    assert_same(dp.cumsum(d, axis=1), np.cumsum(n, axis=1))
    assert_same(dp.cumsum(d, axis=63), np.cumsum(n, axis=63))
    assert_same(dp.var(d, axis=(0, 63)), np.var(n, axis=(0, 63)), rtol=1e-5)
    assert_same(dp.any(d > 4), np.any(n > 4))
    # A strided view that does not collapse: every dimension reaches the kernels.
    v = n[:, ::-1, :, ..., ::2]
    assert_same(dp.sum(d[:, ::-1, :, ..., ::2], axis=(1, 63)), np.sum(v, axis=(1, 63)))


def test_complex_var_at_64_dims(device):
    # NumPy itself raises here (its var adds an axis); dparray computes it.
    n = (
        (np.arange(6) + 1j * np.arange(6)[::-1])
        .astype("complex64")
        .reshape((2,) + (1,) * 62 + (3,))
    )
    d = dp.asarray(n, device=device)
    assert_same(dp.var(d), np.var(n.reshape(2, 3)), rtol=1e-5)
    assert_same(
        dp.var(d, axis=63), np.var(n.reshape(2, 3), axis=1).reshape((2,) + (1,) * 62), rtol=1e-5
    )


@pytest.mark.parametrize("ndim", [9, 10, 20, 64])
def test_nonzero_and_masks_past_the_kernel_dims(device, ndim):
    shape = (2,) * min(ndim, 10) + (1,) * (ndim - min(ndim, 10))
    n = np.arange(np.prod(shape), dtype="int32").reshape(shape)
    d = dp.asarray(n, device=device)
    m = n % 3 == 0
    dm = dp.asarray(m, device=device)
    for got, want in zip(dp.nonzero(dm), np.nonzero(m)):
        assert_same(got, want)
    assert_same(d[dm], n[m])
    n2, d2 = n.copy(), dp.asarray(n, device=device)
    n2[m] = -1
    d2[dm] = -1
    assert_same(d2, n2)
    n3, d3 = n.copy(), dp.asarray(n, device=device)
    n3[m] = np.arange(m.sum(), dtype="int32")
    d3[dm] = dp.arange(int(m.sum()), dtype="int32", device=device)
    assert_same(d3, n3)


@pytest.mark.parametrize("k", [8, 9, 12])
def test_many_index_arrays(device, k):
    n = np.arange(2**12, dtype="int32").reshape((2,) * 12)
    d = dp.asarray(n, device=device)
    rng = np.random.default_rng(k)
    key = tuple(rng.integers(-2, 2, size=5) for _ in range(k))
    dkey = tuple(dp.asarray(i, device=device) for i in key)
    assert_same(d[dkey], n[key])
    # Indexed axes that do not merge in place (a transposed view).
    assert_same(d.T[dkey], n.T[key])
    n2, d2 = n.copy(), dp.asarray(n, device=device)
    n2[key] = -7
    d2[dkey] = -7
    assert_same(d2, n2)
    n3, d3 = n.T.copy(), dp.asarray(n, device=device).T
    n3[key] = -7
    d3[dkey] = -7
    assert_same(d3, n3)
    bad = key[:-1] + (np.array([0, 1, 0, 2, 0]),)
    dbad = tuple(dp.asarray(i, device=device) for i in bad)
    e = same_error(lambda: n[bad], lambda: d[dbad])
    assert f"axis {k - 1} with size 2" in str(e)


# ---- item 8: out-of-bounds index arrays with an empty result ----

EMPTY_RESULT_KEYS = [
    (None, 0, [4], slice(0)),
    (0, [4], slice(0)),
    (slice(None), [4], slice(0)),
    (slice(0), [9]),
    ([4], slice(0)),
    ([-4], slice(0)),
    (slice(0), [0, 3], [0, 5]),
    ([[4]], [0], slice(0)),
    (slice(None), [4, 0], slice(2, 2)),
    (Ellipsis, [5], slice(0), None),
]


@pytest.mark.parametrize("key", EMPTY_RESULT_KEYS, ids=str)
def test_oob_index_with_empty_result(device, key):
    n = np.zeros((3, 4, 5), dtype="float32")
    d = dp.asarray(n, device=device)
    dkey = tuple(dp.asarray(np.array(k), device=device) if isinstance(k, list) else k for k in key)
    e = same_error(lambda: n[key], lambda: d[dkey])
    assert "out of bounds" in str(e)

    def set_np():
        n[key] = 1

    def set_dp():
        d[dkey] = 1
        d.sycl_queue.wait()

    same_error(set_np, set_dp)

    def set_np_array():
        n[key] = np.ones((), dtype="float32")

    def set_dp_array():
        d[dkey] = dp.ones((), dtype="float32", device=device)
        d.sycl_queue.wait()

    same_error(set_np_array, set_dp_array)
    # The list form of the key (indices uploaded by the binding) behaves the same.
    same_error(lambda: n[key], lambda: d[key])


def test_issue_oob_index_with_empty_result(device):
    x = dp.zeros((3, 4, 5), device=device)
    with pytest.raises(IndexError, match="index 4 is out of bounds"):
        sync(x[None, 0, [4], :0])


def test_in_bounds_index_with_empty_result(device):
    n = np.zeros((3, 4, 5), dtype="float32")
    d = dp.asarray(n, device=device)
    for key in [(None, 0, [3], slice(0)), (slice(0), [-4]), ([2, -3], slice(0)), ([], slice(None))]:
        assert_same(d[key], n[key])
        d[key] = 1
    assert_same(d, n)


def test_take_of_empty_axis_checks_indices(device):
    n = np.zeros((3, 4, 5), dtype="float32")
    d = dp.asarray(n, device=device)
    same_error(
        lambda: np.take(n[:, :0], [7], axis=0),
        lambda: dp.take(d[:, :0], dp.asarray([7], device=device), axis=0),
    )
    same_error(lambda: n[:, :0][[7]], lambda: d[:, :0][[7]])
    same_error(lambda: n[:0][[5]], lambda: d[:0][[5]])


# ---- item 1: user strides and offsets of ndarray views ----


@pytest.mark.parametrize(
    "shape,kw",
    [
        ((2,), {"strides": (2**62,)}),
        ((3,), {"strides": (2**62,)}),
        ((2,), {"strides": (2**61,), "offset": 2**62}),
        ((2,), {"strides": (-(2**62),), "offset": 3}),
        ((2, 2), {"strides": (MAX, 1)}),
        ((2, 2), {"strides": (1, -MAX), "offset": 1}),
        ((2,), {"offset": MAX}),
        (BIG, {}),
    ],
    ids=str,
)
@pytest.mark.parametrize("dtype", ["int8", "float32"])
def test_ndarray_views_with_wrapping_strides(device, shape, kw, dtype):
    # Such views once passed the bounds check with a wrapped-around byte count.
    x = dp.ones(4, dtype=dtype, device=device)
    with pytest.raises(ValueError):
        dp.ndarray(shape, dtype=dtype, buffer=x, **kw)


def test_ndarray_views_within_bounds(device):
    n = np.arange(8, dtype="int32")
    x = dp.asarray(n, device=device)
    assert_same(
        dp.ndarray((2, 2), dtype="int32", buffer=x, strides=(4, 1), offset=1),
        n[1:].reshape(7)[[0, 1, 4, 5]].reshape(2, 2),
    )
    assert_same(dp.ndarray((4,), dtype="int32", buffer=x, strides=(-2,), offset=7), n[7::-2])
    with pytest.raises(ValueError, match="too big"):
        dp.ndarray(BIG, dtype="int8", buffer="device")


def test_ops_on_views_past_the_kernel_dims(device):
    # A transposed 12-d array: no dimension collapses, so OpenCL loops or copies past 8.
    rng = np.random.default_rng(3)
    n = rng.integers(-9, 10, size=(2,) * 12).astype("int32").T
    d = dp.asarray(np.ascontiguousarray(n.T), device=device).T
    assert_same(d + 1, n + 1)
    assert_same(dp.sum(d, axis=(0, 3, 11)), np.sum(n, axis=(0, 3, 11)))
    assert_same(
        dp.max(d, axis=(1, 2, 4, 5, 6, 7, 8, 9, 10)), np.max(n, axis=(1, 2, 4, 5, 6, 7, 8, 9, 10))
    )
    assert_same(dp.argmax(d, axis=2), np.argmax(n, axis=2))
    assert_same(dp.cumsum(d, axis=4), np.cumsum(n, axis=4))
    assert_same(dp.sum(d > 0), np.sum(n > 0))
    m = n > 2
    assert_same(d[dp.asarray(m, device=device)], n[m])
    assert_same(d[1, :, [0, 1, 1]], n[1, :, [0, 1, 1]])
    f = n.astype("float32")
    df = dp.asarray(np.ascontiguousarray(f.T), device=device).T
    assert_same(df @ df[..., :1], f @ f[..., :1])
