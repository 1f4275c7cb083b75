"""The Array API's creation / manipulation additions against NumPy 2 on every device: meshgrid,
tril, triu, repeat, tile, unstack, diff, broadcast_shapes, cumulative_prod / cumprod and
count_nonzero, with the errors NumPy (or the standard) gives for bad input."""

import math

import numpy as np
import pytest
from conftest import assert_same
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dparray as dp

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def arange(shape, device, dtype="int32"):
    n = np.arange(math.prod(shape), dtype=dtype).reshape(shape)
    return n, dp.asarray(n, device=device)


def shapes(min_dims=0, max_dims=4, max_side=4):
    return st.lists(st.integers(0, max_side), min_size=min_dims, max_size=max_dims).map(tuple)


# ---------------------------------------------------------------- meshgrid


@pytest.mark.parametrize("indexing", ["xy", "ij"])
@pytest.mark.parametrize("lens", [(), (3,), (2, 3), (2, 0, 4), (1, 2, 3, 2)])
def test_meshgrid(device, indexing, lens):
    ns = [np.arange(n, dtype="float32") + 10 * i for i, n in enumerate(lens)]
    ds = [dp.asarray(a, device=device) for a in ns]
    got = dp.meshgrid(*ds, indexing=indexing)
    exp = np.meshgrid(*ns, indexing=indexing)
    assert isinstance(got, list) and len(got) == len(exp)  # a list in the standard 2024.12
    for g, e in zip(got, exp):
        assert_same(g, e)


def test_meshgrid_copies_and_flattens(device):
    a = dp.asarray([1, 2, 3], device=device)
    b = dp.asarray([[4, 5]], dtype="int8", device=device)
    x, y = dp.meshgrid(a, b)
    ex, ey = np.meshgrid([1, 2, 3], np.array([[4, 5]], dtype="int8"))
    assert_same(x, ex)
    assert_same(y, ey)
    (only,) = dp.meshgrid(a)
    only[0] = 9  # a new array, never a view of the input
    assert int(a[0]) == 1


def test_meshgrid_errors(device):
    a = dp.ones(2, device=device)
    with pytest.raises(ValueError, match="meshgrid.*indexing"):
        dp.meshgrid(a, indexing="foo")
    with pytest.raises(TypeError):
        dp.meshgrid(a, np.ones(2))


# ---------------------------------------------------------------- tril / triu


@pytest.mark.parametrize("shape", [(4, 4), (3, 5), (5, 2), (2, 3, 4), (2, 1, 3, 3), (0, 3), (4,)])
@pytest.mark.parametrize("k", [0, 1, -1, 3, -7, 2**40])
@pytest.mark.parametrize("dtype", ["float32", "int64", "bool", "complex64"])
def test_tril_triu(device, shape, k, dtype):
    n = (np.arange(math.prod(shape)).reshape(shape) % 3 + 1).astype(dtype)
    x = dp.asarray(n, device=device)
    assert_same(dp.tril(x, k=k), np.tril(n, k=k))
    assert_same(dp.triu(x, k), np.triu(n, k))


def test_tril_errors(device):
    with pytest.raises(ValueError, match="tril"):
        dp.tril(dp.asarray(1.0, device=device))
    with pytest.raises(TypeError, match="triu"):
        dp.triu(dp.ones((2, 2), device=device), k=1.5)


# ---------------------------------------------------------------- repeat


@SETTINGS
@given(shape=shapes(0, 3), r=st.integers(0, 3), axis=st.integers(-3, 2) | st.none())
def test_repeat_int_hypothesis(device, shape, r, axis):
    n, x = arange(shape, device)
    if axis is not None and not -len(shape) <= axis < len(shape):
        with pytest.raises(IndexError, match="repeat.*axis"):
            dp.repeat(x, r, axis=axis)
        return
    assert_same(dp.repeat(x, r, axis=axis), np.repeat(n, r, axis=axis))


@pytest.mark.parametrize("axis", [None, 0, 1, -1])
def test_repeat_array_counts(device, axis):
    n, x = arange((3, 4), device, "float64" if device.has_aspect_fp64 else "float32")
    length = n.size if axis is None else n.shape[axis]
    counts = (np.arange(length) * 7) % 4
    got = dp.repeat(x, dp.asarray(counts, device=device), axis=axis)
    assert_same(got, np.repeat(n, counts, axis=axis))
    assert_same(dp.repeat(x, list(counts), axis=axis), np.repeat(n, counts, axis=axis))
    one = dp.asarray([2], device=device)  # one count for every element
    assert_same(dp.repeat(x, one, axis=axis), np.repeat(n, [2], axis=axis))
    assert_same(x.repeat(2, axis=axis), n.repeat(2, axis=axis))


def test_repeat_empty_and_zero(device):
    n, x = arange((0, 3), device)
    assert_same(dp.repeat(x, 3, axis=0), np.repeat(n, 3, axis=0))
    assert_same(dp.repeat(x, dp.asarray([0, 0, 0], device=device), axis=1), np.repeat(n, 0, axis=1))
    n, x = arange((2,), device)
    assert_same(dp.repeat(x, dp.asarray([0, 0], device=device)), np.repeat(n, [0, 0]))
    with pytest.raises(ValueError, match="repeat.*broadcast"):
        dp.repeat(x, [])


def test_repeat_errors(device):
    _, x = arange((2, 3), device)
    with pytest.raises(ValueError, match="repeat.*negative"):
        dp.repeat(x, -1)
    with pytest.raises(ValueError, match="repeat.*negative"):
        dp.repeat(x, dp.asarray([1, -1, 2], device=device), axis=1)
    with pytest.raises(ValueError, match="repeat.*broadcast"):
        dp.repeat(x, dp.asarray([1, 2], device=device), axis=1)
    with pytest.raises(ValueError, match="repeat"):
        dp.repeat(x, dp.asarray([[1, 2, 3]], device=device), axis=1)
    with pytest.raises(IndexError, match="repeat.*axis 2"):
        dp.repeat(x, 2, axis=2)
    with pytest.raises(TypeError, match="repeat"):
        dp.repeat(x, dp.asarray([1.0, 2.0], device=device), axis=0)
    with pytest.raises(TypeError, match="repeat"):
        dp.repeat(x, 2.5)
    with pytest.raises(TypeError, match="repeat"):
        dp.repeat(x, "2")
    with pytest.raises(ValueError, match="repeat"):
        dp.repeat(x, 2**62, axis=0)
    other = dp.asarray([1, 1], device="opencl:cpu:0" if device.backend == "host" else "host:cpu")
    with pytest.raises(ValueError, match="repeat"):  # ExecutionPlacementError
        dp.repeat(x, other, axis=0)


# ---------------------------------------------------------------- tile


@SETTINGS
@given(shape=shapes(0, 3), reps=st.lists(st.integers(0, 3), min_size=0, max_size=4))
def test_tile_hypothesis(device, shape, reps):
    n, x = arange(shape, device)
    assert_same(dp.tile(x, tuple(reps)), np.tile(n, tuple(reps)))


def test_tile_int_and_strided(device):
    n, x = arange((3, 4), device, "float32")
    assert_same(dp.tile(x, 2), np.tile(n, 2))
    assert_same(dp.tile(x[::-1, ::2], (2, 1, 3)), np.tile(n[::-1, ::2], (2, 1, 3)))


def test_tile_many_dims(device):
    n, x = arange((1,) * 58 + (2, 1), device, "int8")
    reps = (2,) * 6 + (1,) * 54  # 66 dimensions in one view: tiled axis by axis
    assert_same(dp.tile(x, reps), np.tile(n, reps))


def test_tile_errors(device):
    _, x = arange((2, 3), device)
    with pytest.raises(ValueError, match="tile.*negative"):
        dp.tile(x, (2, -1))
    with pytest.raises(TypeError, match="tile"):
        dp.tile(x, 2.0)
    with pytest.raises(ValueError, match="tile"):
        dp.tile(x, (1,) * 65)


# ---------------------------------------------------------------- unstack


@pytest.mark.parametrize(
    "shape,axis", [((3,), 0), ((2, 3), 0), ((2, 3), 1), ((2, 3, 4), -1), ((0, 2), 0), ((2, 0), 0)]
)
def test_unstack(device, shape, axis):
    n, x = arange(shape, device)
    got = dp.unstack(x, axis=axis)
    exp = np.unstack(n, axis=axis)
    assert isinstance(got, tuple) and len(got) == len(exp)
    for g, e in zip(got, exp):
        assert_same(g, e)
    if got:
        got[0][...] = 7  # views, as the standard allows (NumPy gives views too)
        assert (dp.asnumpy(dp.moveaxis(x, axis, 0)[0]) == 7).all()


def test_unstack_errors(device):
    _, x = arange((2, 3), device)
    with pytest.raises(IndexError, match="unstack.*axis 2"):
        dp.unstack(x, axis=2)
    with pytest.raises(ValueError, match="unstack.*0-d"):
        dp.unstack(dp.asarray(1, device=device))
    with pytest.raises(TypeError):
        dp.unstack(x, 0)  # axis is keyword-only


# ---------------------------------------------------------------- diff


@SETTINGS
@given(shape=shapes(1, 3, 5), n=st.integers(0, 6), axis=st.integers(-3, 2))
def test_diff_hypothesis(device, shape, n, axis):
    base = np.arange(math.prod(shape)).reshape(shape)
    a = (base * base % 7).astype("int16")
    x = dp.asarray(a, device=device)
    if not -len(shape) <= axis < len(shape):
        with pytest.raises(IndexError, match="diff.*axis"):
            dp.diff(x, n=n, axis=axis)
        return
    assert_same(dp.diff(x, n=n, axis=axis), np.diff(a, n=n, axis=axis))


@pytest.mark.parametrize("dtype", ["bool", "uint8", "float32", "complex64"])
def test_diff_dtypes(device, dtype):
    a = (
        np.array([[3, 1, 4, 1, 5], [9, 2, 6, 5, 3]]) % 2
        if dtype == "bool"
        else np.array([[3, 1, 4, 1, 5], [9, 2, 6, 5, 3]])
    ).astype(dtype)
    x = dp.asarray(a, device=device)
    assert_same(dp.diff(x), np.diff(a))
    assert_same(dp.diff(x, 2, 0), np.diff(a, 2, 0))


def test_diff_prepend_append(device):
    a = np.arange(12, dtype="int32").reshape(3, 4) ** 2
    x = dp.asarray(a, device=device)
    assert_same(dp.diff(x, prepend=0), np.diff(a, prepend=0))
    assert_same(
        dp.diff(x, axis=0, append=dp.asarray(np.full((1, 4), 5, "int32"), device=device)),
        np.diff(a, axis=0, append=np.full((1, 4), 5, "int32")),
    )
    both = np.diff(a, n=2, axis=1, prepend=np.zeros((3, 2), "int8"), append=np.int32(1))
    got = dp.diff(
        x,
        n=2,
        axis=1,
        prepend=dp.zeros((3, 2), dtype="int8", device=device),
        append=dp.asarray(1, dtype="int32", device=device),
    )
    assert_same(got, both)
    assert_same(dp.diff(x, n=0, prepend=5), np.diff(a, n=0, prepend=5))


def test_diff_errors(device):
    _, x = arange((2, 3), device)
    with pytest.raises(ValueError, match="diff.*non-negative"):
        dp.diff(x, n=-1)
    with pytest.raises(ValueError, match="diff.*one dimensional"):
        dp.diff(dp.asarray(1.0, device=device))
    with pytest.raises(IndexError, match="diff.*axis 2"):
        dp.diff(x, axis=2)
    with pytest.raises(ValueError, match="concat"):
        dp.diff(x, prepend=dp.zeros((3, 3), dtype="int32", device=device))
    with pytest.raises(TypeError, match="diff"):
        dp.diff(x, n=1.0)


# ---------------------------------------------------------------- broadcast_shapes


def test_broadcast_shapes():
    for shapes_ in [
        ((2, 3), (3,)),
        ((1,), (4, 1), (2, 1, 5)),
        ((0, 1), (1, 3)),
        (),
        ((),),
        (5, (3, 1)),
    ]:
        assert dp.broadcast_shapes(*shapes_) == np.broadcast_shapes(*shapes_)
    with pytest.raises(ValueError, match="broadcast_shapes"):
        dp.broadcast_shapes((2, 3), (3, 2))
    with pytest.raises(TypeError):
        dp.broadcast_shapes((2, 3.0))


# ---------------------------------------------------------------- cumulative_prod / cumprod


CUM_DTYPES = [
    "bool",
    "int8",
    "int32",
    "uint16",
    "int64",
    "uint64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
]


@pytest.mark.parametrize("dtype", CUM_DTYPES)
def test_cumulative_prod_dtypes(device, dtype):
    if dtype in ("float64", "complex128") and not device.has_aspect_fp64:
        pytest.skip("no float64 on this device")
    a = np.array([[1, 2, 3, 0, 2], [3, 1, 2, 2, 1]]).astype(dtype)
    if dtype.startswith("complex"):
        a = a + 1j * np.array([[0, 1, -1, 0, 1], [1, 0, 0, 1, -1]]).astype(dtype)
    x = dp.asarray(a, device=device)
    rtol = 1e-2 if dtype == "float16" else 1e-6
    for axis in (0, 1, -1):
        assert_same(dp.cumulative_prod(x, axis=axis), np.cumulative_prod(a, axis=axis), rtol=rtol)
        assert_same(dp.cumprod(x, axis=axis), np.cumprod(a, axis=axis), rtol=rtol)
    assert_same(dp.cumprod(x), np.cumprod(a), rtol=rtol)
    assert_same(x.cumprod(), a.cumprod(), rtol=rtol)


def test_cumulative_prod_options(device):
    a = np.arange(1, 13, dtype="int8").reshape(3, 4)
    x = dp.asarray(a, device=device)
    assert_same(
        dp.cumulative_prod(x, axis=1, include_initial=True),
        np.cumulative_prod(a, axis=1, include_initial=True),
    )
    assert_same(
        dp.cumulative_prod(x, axis=0, include_initial=True, dtype="float32"),
        np.cumulative_prod(a, axis=0, include_initial=True, dtype="float32"),
    )
    assert_same(dp.cumulative_prod(x[0]), np.cumulative_prod(a[0]))
    assert_same(dp.cumulative_prod(dp.asarray(3, device=device)), np.cumulative_prod(np.array(3)))
    e = np.zeros((2, 0), "float32")
    assert_same(
        dp.cumulative_prod(dp.asarray(e, device=device), axis=1, include_initial=True),
        np.cumulative_prod(e, axis=1, include_initial=True),
    )
    # Integers wrap around, as NumPy.
    big = np.full(70, 3, dtype="int64")
    assert_same(dp.cumulative_prod(dp.asarray(big, device=device)), np.cumulative_prod(big))
    out = dp.empty((3, 4), dtype="int64", device=device)
    assert dp.cumprod(x, axis=0, out=out) is out
    assert_same(out, np.cumprod(a, axis=0))


@pytest.mark.parametrize("n", [100, 5000, 200_000])
def test_cumulative_prod_long_rows(device, n):
    # Long rows take the chunked (parallel / work-group) paths; values near 1 stay finite.
    rng = np.random.default_rng(n)
    a = (1 + (rng.random((2, n)) - 0.5) * 1e-3).astype("float32")
    x = dp.asarray(a, device=device)
    assert_same(dp.cumulative_prod(x, axis=1), np.cumulative_prod(a, axis=1), rtol=2e-3)
    s = np.where(rng.random(n) < 0.5, -1, 1).astype("int32")
    assert_same(dp.cumulative_prod(dp.asarray(s, device=device)), np.cumulative_prod(s))
    s8 = (rng.integers(1, 4, n)).astype("uint8")
    assert_same(dp.cumprod(dp.asarray(s8, device=device)), np.cumprod(s8))


def test_cumulative_prod_errors(device):
    _, x = arange((2, 3), device)
    with pytest.raises(ValueError, match="cumulative_prod.*axis is required"):
        dp.cumulative_prod(x)
    with pytest.raises(IndexError, match="cumulative_prod.*axis 2"):
        dp.cumulative_prod(x, axis=2)
    with pytest.raises(TypeError, match="cumulative_prod"):
        dp.cumulative_prod(x, axis=1.0)
    with pytest.raises(TypeError, match="cumprod"):
        dp.cumprod(np.ones(3))


# ---------------------------------------------------------------- count_nonzero


@SETTINGS
@given(
    shape=shapes(0, 4),
    axis=st.none() | st.integers(-4, 3) | st.lists(st.integers(-4, 3), max_size=3).map(tuple),
    keepdims=st.booleans(),
)
def test_count_nonzero_hypothesis(device, shape, axis, keepdims):
    a = np.asarray(np.arange(math.prod(shape)).reshape(shape) % 3, dtype="float32")
    x = dp.asarray(a, device=device)
    if a.ndim == 0 and axis not in (None, ()):  # NumPy's answer depends on the value here
        with pytest.raises(IndexError, match="count_nonzero.*axis"):
            dp.count_nonzero(x, axis=axis, keepdims=keepdims)
        return
    try:
        exp = np.count_nonzero(a, axis=axis, keepdims=keepdims)
    except (ValueError, IndexError) as e:
        with pytest.raises(type(e) if not isinstance(e, np.exceptions.AxisError) else IndexError):
            dp.count_nonzero(x, axis=axis, keepdims=keepdims)
        return
    got = dp.count_nonzero(x, axis=axis, keepdims=keepdims)
    assert isinstance(got, dp.ndarray)
    assert_same(got, np.asarray(exp, dtype="int64"))


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint64", "float16", "float32", "complex64"])
def test_count_nonzero_dtypes(device, dtype):
    a = np.array([[0, 1, 2], [0, 0, 3]]).astype(dtype)
    if dtype == "complex64":
        a[1, 1] = 1j  # only the imaginary part is non-zero
    if dtype in ("float16", "float32"):
        a[1, 0] = np.nan
        a[0, 0] = -0.0
    x = dp.asarray(a, device=device)
    assert_same(dp.count_nonzero(x), np.asarray(np.count_nonzero(a), "int64"))
    assert_same(dp.count_nonzero(x, axis=1), np.count_nonzero(a, axis=1).astype("int64"))
    assert_same(
        dp.count_nonzero(x[:, ::-2], axis=0, keepdims=True),
        np.count_nonzero(a[:, ::-2], axis=0, keepdims=True).astype("int64"),
    )


def test_count_nonzero_errors(device):
    _, x = arange((2, 3), device)
    with pytest.raises(IndexError, match="count_nonzero.*axis 2"):
        dp.count_nonzero(x, axis=2)
    with pytest.raises(ValueError, match="count_nonzero.*duplicate"):
        dp.count_nonzero(x, axis=(0, 0))
    with pytest.raises(TypeError, match="count_nonzero"):
        dp.count_nonzero(x, axis=1.0)
    with pytest.raises(TypeError, match="count_nonzero"):
        dp.count_nonzero([1, 2])
