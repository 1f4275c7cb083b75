"""Shape manipulation against NumPy 2 on every device: reshape (views exactly when NumPy gives
one, hypothesis-checked over strided views), transposes, squeeze / expand_dims, broadcasting,
concat / stack with dtype promotion, ravel / flatten, flip, roll, atleast_nd, the ndarray
methods, and the errors users meet."""

import itertools
import math

import numpy as np
import pytest
from conftest import assert_same
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dparray as dp

SETTINGS = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def arange(shape, device, dtype="int32"):
    n = np.arange(math.prod(shape), dtype=dtype).reshape(shape)
    return n, dp.asarray(n, device=device)


# ---------------------------------------------------------------- reshape vs NumPy's no-copy rule


@st.composite
def strided_views(draw):
    """(shape, key, perm): a base shape, a basic slicing key and an axis permutation."""
    shape = tuple(draw(st.lists(st.integers(1, 5), min_size=1, max_size=4)))
    key = []
    for n in shape:
        start = draw(st.integers(0, n - 1))
        step = draw(st.sampled_from([1, 1, 2, -1, -2]))
        key.append(slice(start, None, step))
    perm = draw(st.permutations(range(len(shape))))
    return shape, tuple(key), tuple(perm)


def prime_factors(n):
    f, p = [], 2
    while n > 1:
        while n % p == 0:
            f.append(p)
            n //= p
        p += 1
    return f


@st.composite
def new_shapes(draw, size):
    """A random shape of `size` elements, with size-1 axes sprinkled in and maybe a -1."""
    factors = draw(st.permutations(prime_factors(size)))
    cuts = sorted(draw(st.lists(st.integers(0, len(factors)), max_size=3)))
    bounds = [0] + cuts + [len(factors)]
    shape = [math.prod(factors[a:b]) for a, b in itertools.pairwise(bounds)]
    for _ in range(draw(st.integers(0, 2))):
        shape.insert(draw(st.integers(0, len(shape))), 1)
    if draw(st.booleans()):
        shape[draw(st.integers(0, len(shape) - 1))] = -1
    return tuple(shape)


@SETTINGS
@given(view=strided_views(), data=st.data())
def test_reshape_view_iff_numpy_view(device, view, data):
    shape, key, perm = view
    n, x = arange(shape, device)
    nv = n[key].transpose(perm)
    xv = x[key].transpose(perm)
    new = data.draw(new_shapes(nv.size), label="new shape")
    want = np.reshape(nv, new)
    got = dp.reshape(xv, new)
    assert_same(got, want)
    # A view exactly when NumPy's no-copy rule allows it: write through and compare the base.
    numpy_view = np.shares_memory(want, n)
    got[...] = -1
    want = want.copy() if not numpy_view else want
    want[...] = -1
    assert_same(x, n)
    if numpy_view:
        assert_same(dp.reshape(xv, new, copy=False), np.reshape(nv, new))
    else:
        with pytest.raises(ValueError, match="without a copy"):
            dp.reshape(xv, new, copy=False)


@SETTINGS
@given(view=strided_views(), reps=st.lists(st.integers(1, 3), min_size=1, max_size=2),
       data=st.data())
def test_reshape_of_broadcast_views(device, view, reps, data):
    # Zero strides: a view exactly when NumPy's rule allows one (copy=False agrees).
    shape, key, perm = view
    n, x = arange(shape, device)
    nv = np.broadcast_to(n[key], tuple(reps) + n[key].shape).transpose(
        tuple(range(len(reps))) + tuple(p + len(reps) for p in perm))
    xv = dp.broadcast_to(x[key], tuple(reps) + n[key].shape).transpose(
        tuple(range(len(reps))) + tuple(p + len(reps) for p in perm))
    new = data.draw(new_shapes(nv.size), label="new shape")
    assert_same(dp.reshape(xv, new), np.reshape(nv, new))
    try:
        want = np.reshape(nv, new, copy=False)
    except ValueError:
        with pytest.raises(ValueError, match="without a copy"):
            dp.reshape(xv, new, copy=False)
    else:
        assert_same(dp.reshape(xv, new, copy=False), want)


@pytest.mark.parametrize("order", ["C", "F"])
def test_reshape_orders_and_copy(device, order):
    n, x = arange((2, 3, 4), device)
    for shape in [(24,), (4, -1), (2, 12), (-1, 3, 2), (1, 24, 1)]:
        assert_same(dp.reshape(x, shape, order=order), np.reshape(n, shape, order=order))
    c = dp.reshape(x, (6, 4), copy=True)
    c[...] = 0
    assert_same(x, n)  # a copy does not write through
    v = dp.reshape(x, (6, 4))
    v[0, 0] = 100
    assert int(x[0, 0, 0]) == 100


def test_reshape_zero_size_and_0d(device):
    n, x = arange((0, 3), device)
    for shape in [(3, 0), (0,), (0, 1, 3), (-1, 3)]:
        assert_same(dp.reshape(x, shape), np.reshape(n, shape))
    s = dp.asarray(7, device=device)
    assert_same(dp.reshape(s, (1, 1)), np.reshape(np.asarray(7), (1, 1)))
    assert_same(dp.reshape(dp.reshape(s, -1), ()), np.asarray(7))


def test_reshape_method_spellings(device):
    n, x = arange((2, 6), device)
    assert_same(x.reshape(3, 4), n.reshape(3, 4))
    assert_same(x.reshape((3, 4)), n.reshape((3, 4)))
    assert_same(x.reshape([4, -1]), n.reshape([4, -1]))
    assert_same(x.reshape(-1), n.reshape(-1))
    assert_same(x.reshape(shape=(12,)), n.reshape(12))
    assert_same(x.reshape(4, 3, order="F"), n.reshape(4, 3, order="F"))
    assert_same(x.T.reshape(12, copy=True), n.T.reshape(12))


def test_reshape_errors(device):
    _, x = arange((2, 3), device)
    with pytest.raises(ValueError, match=r"cannot reshape array of shape \(2, 3\) .*into shape \(4,\)"):
        dp.reshape(x, (4,))
    with pytest.raises(ValueError, match=r"shape \(2, 3\).*\(4, -1\)"):
        x.reshape(4, -1)
    with pytest.raises(ValueError, match="one unknown dimension"):
        dp.reshape(x, (-1, -1))
    with pytest.raises(ValueError, match="negative dimension"):
        dp.reshape(x, (-2, 3))
    with pytest.raises(ValueError, match="without a copy"):
        dp.reshape(x.T, (6,), copy=False)
    with pytest.raises(ValueError, match="cannot reshape"):
        dp.reshape(dp.zeros((0, 3), device=device), (-1, 0))
    with pytest.raises(ValueError, match="order"):
        dp.reshape(x, (6,), order="K")
    with pytest.raises(TypeError, match="integer"):
        dp.reshape(x, (2.0, 3))


# ---------------------------------------------------------------- axes


def test_transpose_family(device):
    n, x = arange((2, 3, 4), device)
    assert_same(dp.transpose(x), np.transpose(n))
    assert_same(dp.transpose(x, (1, 0, 2)), np.transpose(n, (1, 0, 2)))
    assert_same(dp.permute_dims(x, (2, 0, 1)), np.permute_dims(n, (2, 0, 1)))
    assert_same(dp.permute_dims(x, (-1, 0, 1)), np.permute_dims(n, (-1, 0, 1)))
    assert_same(x.transpose(), n.transpose())
    assert_same(x.transpose(2, 1, 0), n.transpose(2, 1, 0))
    assert_same(x.transpose((0, 2, 1)), n.transpose((0, 2, 1)))
    assert_same(dp.swapaxes(x, 0, -1), np.swapaxes(n, 0, -1))
    assert_same(x.swapaxes(1, 2), n.swapaxes(1, 2))
    for src, dst in [(0, -1), (-1, 0), ((0, 1), (-1, -2)), ([2, 0], [0, 1]), ((), ())]:
        assert_same(dp.moveaxis(x, src, dst), np.moveaxis(n, src, dst))
    t = dp.transpose(x)
    t[0, 0, 1] = -1  # a view
    assert int(x[1, 0, 0]) == -1


def test_axes_errors(device):
    _, x = arange((2, 3), device)
    with pytest.raises(ValueError, match="repeated axis"):
        dp.permute_dims(x, (0, 0))
    with pytest.raises(ValueError, match="do not match"):
        dp.transpose(x, (0,))
    with pytest.raises(IndexError, match="axis 2 is out of bounds"):
        dp.swapaxes(x, 0, 2)
    with pytest.raises(ValueError, match="same number of elements"):
        dp.moveaxis(x, (0, 1), (0,))
    with pytest.raises(ValueError, match="repeated axis"):
        dp.moveaxis(x, (0, 0), (0, 1))


def test_squeeze_and_expand_dims(device):
    n, x = arange((1, 3, 1, 2), device)
    assert_same(dp.squeeze(x), np.squeeze(n))
    assert_same(dp.squeeze(x, axis=0), np.squeeze(n, axis=0))
    assert_same(dp.squeeze(x, axis=(0, -2)), np.squeeze(n, axis=(0, -2)))
    assert_same(x.squeeze(), n.squeeze())
    assert_same(x.squeeze(2), n.squeeze(2))
    assert_same(dp.expand_dims(x, 0), np.expand_dims(n, 0))
    assert_same(dp.expand_dims(x, -1), np.expand_dims(n, -1))
    assert_same(dp.expand_dims(x, (0, 3, -1)), np.expand_dims(n, (0, 3, -1)))
    s = dp.asarray(3.0, device=device)
    assert_same(dp.expand_dims(s, (0, 1)), np.expand_dims(np.asarray(3.0, s.dtype.name), (0, 1)))
    with pytest.raises(ValueError, match="size not equal to one: axis 1 has size 3"):
        dp.squeeze(x, axis=1)
    with pytest.raises(IndexError, match="out of bounds"):
        dp.expand_dims(x, 5)
    with pytest.raises(ValueError, match="repeated axis"):
        dp.expand_dims(x, (0, 0))


def test_broadcast(device):
    n, x = arange((3, 1), device)
    assert_same(dp.broadcast_to(x, (2, 3, 4)), np.broadcast_to(n, (2, 3, 4)))
    m, y = arange((4,), device, "float32")
    got = dp.broadcast_arrays(x, y)
    want = np.broadcast_arrays(n, m)
    assert isinstance(got, list) and len(got) == 2  # a list, as the standard 2024.12 and dpnp
    for g, w in zip(got, want):
        assert_same(g, w)
    with pytest.raises(ValueError, match="cannot broadcast shape \\(3, 1\\) to \\(2,\\)"):
        dp.broadcast_to(x, (2,))
    with pytest.raises(ValueError, match="broadcast"):
        dp.broadcast_arrays(x, dp.zeros((2, 2), device=device))


# ---------------------------------------------------------------- joining


@pytest.mark.parametrize("axis", [0, 1, -1, None])
def test_concat(device, axis):
    a, x = arange((2, 3), device)
    b, y = arange((2, 3), device, "int8")
    c, z = arange((2, 3), device, "uint8")
    want = np.concatenate([a, b, c], axis=axis)
    assert_same(dp.concat([x, y, z], axis=axis), want)
    assert_same(dp.concatenate((x, y, z), axis), want)


def test_concat_promotion_and_layouts(device):
    a, x = arange((3, 2), device, "int8")
    b, y = arange((2, 2), device, "uint8")
    c = np.array([[True, False]])
    z = dp.asarray(c, device=device)
    assert_same(dp.concat([x, y, z]), np.concatenate([a, b, c]))
    assert_same(dp.concat([x.T, y.T[:, ::-1]], axis=1), np.concatenate([a.T, b.T[:, ::-1]], axis=1))
    assert_same(dp.concat([x, dp.zeros((0, 2), dtype="int8", device=device)]), a)
    assert_same(dp.concat([x, y], dtype="float32"), np.concatenate([a, b], dtype="float32"))
    f = dp.asarray([1.5], dtype="float32", device=device)
    assert_same(dp.concat([f, dp.asarray([2], dtype="int16", device=device)]),
                np.concatenate([np.float32([1.5]), np.int16([2])]))


def test_concat_errors(device):
    _, x = arange((2, 3), device)
    with pytest.raises(ValueError, match="zero-dimensional"):
        dp.concat([dp.asarray(1, device=device), dp.asarray(2, device=device)])
    with pytest.raises(ValueError, match="same number of dimensions"):
        dp.concat([x, dp.zeros(3, device=device)])
    with pytest.raises(ValueError, match="along dimension 1, the array at index 0 has size 3"):
        dp.concat([x, dp.zeros((2, 2), device=device)])
    with pytest.raises(ValueError, match="at least one array"):
        dp.concat([])
    with pytest.raises(dp.ExecutionPlacementError, match="different queues"):
        dp.concat([x, dp.ones((1, 3), dtype="int32", sycl_queue=dp.Queue(device))])
    with pytest.raises(TypeError, match="numpy.ndarray"):
        dp.concat([x, np.zeros((1, 3))])


@pytest.mark.parametrize("axis", [0, 1, 2, -1, -3])
def test_stack(device, axis):
    a, x = arange((2, 3), device)
    b, y = arange((2, 3), device, "float32")
    assert_same(dp.stack([x, y], axis=axis), np.stack([a, b], axis=axis))
    assert_same(dp.stack([x.T, y.T], axis), np.stack([a.T, b.T], axis))


def test_stack_errors(device):
    _, x = arange((2, 3), device)
    with pytest.raises(ValueError, match="same shape"):
        dp.stack([x, dp.zeros((3, 2), device=device)])
    with pytest.raises(IndexError, match="out of bounds"):
        dp.stack([x, x], axis=3)


# ---------------------------------------------------------------- flattening, flip, roll


def test_ravel_flatten(device):
    n, x = arange((3, 4), device)
    for order in ["C", "F"]:
        assert_same(dp.ravel(x, order=order), np.ravel(n, order=order))
        assert_same(x.ravel(order), n.ravel(order))
        assert_same(x.T.flatten(order), n.T.flatten(order))
        assert_same(x[:, ::-2].flatten(order), n[:, ::-2].flatten(order))
    r = dp.ravel(x)  # a view of a contiguous array
    r[0] = -1
    assert int(x[0, 0]) == -1
    f = x.flatten()  # always a copy
    f[1] = -2
    assert int(x[0, 1]) == 1


def test_flip(device):
    n, x = arange((2, 3, 4), device)
    for axis in [None, 0, -1, (0, 2), ()]:
        assert_same(dp.flip(x, axis=axis), np.flip(n, axis=axis))
    assert_same(dp.flip(x[:, ::2], axis=1), np.flip(n[:, ::2], axis=1))
    v = dp.flip(x)
    v[0, 0, 0] = -1
    assert int(x[1, 2, 3]) == -1
    with pytest.raises(IndexError, match="out of bounds"):
        dp.flip(x, axis=3)


@pytest.mark.parametrize("shift,axis", [
    (1, None), (-7, None), ((1, 2), None), (1, 0), (-1, 1), (5, -1), ((1, -2), (0, 2)),
    (1, (0, 1)), ((1, 1), (1, 1)), (0, 1), (24, None),
])
def test_roll(device, shift, axis):
    n, x = arange((2, 3, 4), device)
    assert_same(dp.roll(x, shift, axis=axis), np.roll(n, shift, axis=axis))
    assert_same(dp.roll(x.T, shift, axis=axis), np.roll(n.T, shift, axis=axis))


def test_roll_copies_and_errors(device):
    n, x = arange((4,), device)
    r = dp.roll(x, 0)
    r[0] = -1
    assert_same(x, n)
    assert_same(dp.roll(dp.zeros((0, 3), device=device), 2, axis=0), np.zeros((0, 3)))
    with pytest.raises(ValueError, match="cannot be broadcast"):
        dp.roll(x, (1, 2, 3), axis=(0, 0))


def test_atleast_nd(device):
    for shape in [(), (3,), (2, 3), (2, 3, 4)]:
        n, x = arange(shape, device)
        assert_same(dp.atleast_1d(x), np.atleast_1d(n))
        assert_same(dp.atleast_2d(x), np.atleast_2d(n))
        assert_same(dp.atleast_3d(x), np.atleast_3d(n))
    a, x = arange((), device)
    b, y = arange((2,), device)
    got = dp.atleast_2d(x, y)
    assert isinstance(got, tuple)
    for g, w in zip(got, np.atleast_2d(a, b)):
        assert_same(g, w)


@pytest.mark.parametrize("dtype", ["bool", "int8", "float16", "float32", "complex64", "uint64"])
def test_manipulation_keeps_dtype(device, dtype):
    n = (np.arange(12) % 5).astype(dtype).reshape(3, 4)
    x = dp.asarray(n, device=device)
    assert_same(dp.roll(x, 1, axis=1), np.roll(n, 1, axis=1))
    assert_same(dp.concat([x, x[::-1]]), np.concatenate([n, n[::-1]]))
    assert_same(x.T.flatten(), n.T.flatten())
