"""Indexing against NumPy 2 on every device: basic keys give views (hypothesis-generated
ints, slices with steps, ellipsis, newaxis), writes through views, advanced indexing with
integer arrays and boolean masks, take, nonzero, and the errors users meet."""

import math

import numpy as np
import pytest
from conftest import assert_same
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dparray as dp

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
ALL_DTYPES = [
    "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "complex64", "complex128",
]


def arange(shape, device, dtype="int32"):
    n = np.arange(math.prod(shape), dtype=dtype).reshape(shape)
    return n, dp.asarray(n, device=device)


def dtypes_for(device):
    return [t for t in ALL_DTYPES if device.has_aspect_fp64 or t not in ("float64", "complex128")]


def sample(dtype, shape, seed=0):
    rng = np.random.default_rng(seed)
    v = rng.integers(-50, 50, size=shape)
    if dtype == "bool":
        return v > 0
    if dtype.startswith("complex"):
        return (v + 1j * rng.integers(-5, 5, size=shape)).astype(dtype)
    if dtype.startswith("uint"):
        return np.abs(v).astype(dtype)
    return v.astype(dtype)


# ---------------------------------------------------------------- hypothesis: basic keys

shapes = st.lists(st.integers(0, 5), min_size=0, max_size=4).map(tuple)


@st.composite
def basic_keys(draw, shape):
    """A random basic index for `shape`: ints, slices with any step, one ellipsis, newaxis."""
    nd = len(shape)
    k = draw(st.integers(0, nd))
    use_ellipsis = draw(st.booleans())
    head = draw(st.integers(0, k)) if use_ellipsis else k
    dims = list(range(head)) + list(range(nd - (k - head), nd))

    def entry(n):
        if n > 0 and draw(st.integers(0, 3)) == 0:
            return draw(st.integers(-n, n - 1))
        bound = st.none() | st.integers(-n - 2, n + 2)
        step = st.none() | st.integers(-3, 3).filter(lambda s: s != 0)
        return slice(draw(bound), draw(bound), draw(step))

    items = [entry(shape[d]) for d in dims]
    if use_ellipsis:
        items.insert(head, Ellipsis)
    for _ in range(draw(st.integers(0, 2))):
        items.insert(draw(st.integers(0, len(items))), None)
    if len(items) == 1 and draw(st.booleans()):
        return items[0]
    return tuple(items)


@SETTINGS
@given(data=st.data(), shape=shapes)
def test_basic_getitem_matches_numpy(device, data, shape):
    n, x = arange(shape, device)
    key = data.draw(basic_keys(shape), label="key")
    assert_same(x[key], n[key])


@SETTINGS
@given(data=st.data(), shape=shapes)
def test_basic_getitem_of_a_view(device, data, shape):
    # Index a view (offsets, negative and newaxis strides) again.
    n, x = arange(shape, device)
    k1 = data.draw(basic_keys(shape), label="key1")
    n1, x1 = n[k1], x[k1]
    k2 = data.draw(basic_keys(np.shape(n1)), label="key2")
    assert_same(x1[k2], n1[k2])


@SETTINGS
@given(data=st.data(), shape=shapes, scalar=st.booleans())
def test_basic_setitem_writes_through(device, data, shape, scalar):
    n, x = arange(shape, device)
    key = data.draw(basic_keys(shape), label="key")
    target = np.shape(n[key])
    if scalar:
        value = -7
        x[key] = value
    else:
        value = -np.arange(math.prod(target), dtype="int32").reshape(target) - 1
        x[key] = dp.asarray(value, device=device)
    n[key] = value
    assert_same(x, n)


# ---------------------------------------------------------------- basic: views and writes


def test_views_share_memory(device):
    n, x = arange((4, 5), device)
    v = x[1:3, ::2]
    assert v.shape == (2, 3)
    v[...] = 0
    n[1:3, ::2] = 0
    assert_same(x, n)
    x[::-1][0, -1] = 99  # a write through a view of a view with negative strides
    n[::-1][0, -1] = 99
    assert_same(x, n)
    row = x[2]
    row[1] = -5
    assert int(x[2, 1]) == -5


def test_int_index_gives_0d_array(device):
    n, x = arange((3, 4), device)
    r = x[1, -1]
    assert isinstance(r, dp.ndarray) and r.shape == ()
    assert int(r) == n[1, -1]
    assert x[1][2].shape == ()


def test_newaxis_and_ellipsis(device):
    n, x = arange((2, 3, 4), device)
    for key in [(None,), (..., None), (0, ..., None, 1), (None, 1, None), (dp.newaxis, ...), ()]:
        assert_same(x[key], n[key])


def test_setitem_values(device):
    n, x = arange((3, 4), device, "float32")
    x[0] = [1.5, 2.5, 3.5, 4.5]  # nested list: copied onto x's queue
    n[0] = [1.5, 2.5, 3.5, 4.5]
    x[1] = np.ones((1, 4), "float32") * 3  # NumPy array with a leading length-1 axis
    n[1] = np.ones((1, 4), "float32") * 3
    x[2, 1:] = dp.asarray([7, 8, 9], device=device)  # int64 array cast to float32
    n[2, 1:] = [7, 8, 9]
    x[:, 0] = 2  # broadcast scalar
    n[:, 0] = 2
    assert_same(x, n)


def test_setitem_casts_like_numpy(device):
    n, x = arange((4,), device)
    x[0] = 2.9  # float into int32 truncates
    n[0] = 2.9
    x[1:3] = dp.asarray([1.7, -2.7], dtype="float32", device=device)
    n[1:3] = np.array([1.7, -2.7], dtype="float32")
    b = dp.zeros(3, dtype="bool", device=device)
    b[1] = 5
    assert_same(x, n)
    assert_same(b, np.array([False, True, False]))


def test_setitem_overlapping_views(device):
    n, x = arange((6,), device)
    x[1:] = x[:-1]
    n[1:] = n[:-1].copy()
    assert_same(x, n)
    x[::-1] = x
    n[::-1] = n.copy()
    assert_same(x, n)


@pytest.mark.parametrize("dtype", ALL_DTYPES)
def test_basic_indexing_every_dtype(device, dtype):
    if dtype not in dtypes_for(device):
        pytest.skip("no float64 on this device")
    n = sample(dtype, (3, 5))
    x = dp.asarray(n, device=device)
    assert_same(x[1:, ::-2], n[1:, ::-2])
    x[0, ::2] = x[2, ::2]
    n[0, ::2] = n[2, ::2]
    assert_same(x, n)


# ---------------------------------------------------------------- advanced: integer arrays

ADVANCED_KEYS = [
    [0, 2],
    [-1, 0, -1],
    [[0, 1], [2, 0]],
    (slice(None), [3, 0, 1]),
    (slice(None), slice(None), [1, 1]),
    (1, [0, 2]),
    ([0, 2], 1),
    ([0, 2], slice(1, None), 0),
    (0, slice(None), [0, 1]),  # separated advanced indices: result axes first
    ([0, 1], slice(None), [3, 2]),
    ([[0], [2]], [1, 3]),  # broadcast index arrays
    ([0, 1], [1, 2], [3, 0]),
    (Ellipsis, [0, 3]),
    ([1], Ellipsis, [2]),
    (None, [0, 2], 1),
    ([0, 2], None, 1),
    (True,),
    (False,),
    (slice(None), True, 0),
    (True, slice(None), 0),
    [],
    (np.int64(1), [0]),
]


@pytest.mark.parametrize("key", ADVANCED_KEYS, ids=repr)
def test_integer_array_getitem(device, key):
    n, x = arange((3, 4, 5), device)
    assert_same(x[key], n[key])


@pytest.mark.parametrize("key", ADVANCED_KEYS, ids=repr)
def test_integer_array_setitem(device, key):
    n, x = arange((3, 4, 5), device)
    ids = np.arange(n.size).reshape(n.shape)[key]
    if np.unique(ids).size == ids.size:
        value = -np.arange(ids.size, dtype="int32").reshape(ids.shape) - 1
    else:
        value = -1  # repeated indices: only one value has a defined result
    x[key] = value
    n[key] = value
    assert_same(x, n)


def test_index_arrays_on_device(device):
    n, x = arange((4, 6), device, "float32")
    idx = dp.asarray([3, -1, 0], device=device)
    assert_same(x[idx], n[[3, -1, 0]])
    assert_same(x[:, idx], n[:, [3, -1, 0]])
    for t in ["int8", "uint8", "int16", "uint32", "int64"]:
        assert_same(x[dp.asarray([2, 0], dtype=t, device=device)], n[[2, 0]])
    x[idx] = 0
    n[[3, -1, 0]] = 0
    assert_same(x, n)
    x[:, idx] += 1  # getitem, add, setitem
    n[:, [3, -1, 0]] += 1
    assert_same(x, n)


def test_index_array_is_a_view_of_x(device):
    n = np.array([2, 0, 1, 3], dtype="int64")
    x = dp.asarray(n, device=device)
    x[x[:2]] = dp.asarray([7, 8], device=device)  # indices read before any write
    n[n[:2].copy()] = [7, 8]
    assert_same(x, n)


@pytest.mark.parametrize("dtype", ALL_DTYPES)
def test_advanced_every_dtype(device, dtype):
    if dtype not in dtypes_for(device):
        pytest.skip("no float64 on this device")
    n = sample(dtype, (4, 3))
    x = dp.asarray(n, device=device)
    assert_same(x[[3, 0]], n[[3, 0]])
    assert_same(x[:, [2, 2, 0]], n[:, [2, 2, 0]])
    mask = n.real > 0 if n.dtype.kind == "c" else n.astype(bool)
    assert_same(x[dp.asarray(mask, device=device)], n[mask])
    x[[1, 2]] = x[[0, 3]]
    n[[1, 2]] = n[[0, 3]]
    assert_same(x, n)


def test_large_gather_and_scatter(device):
    # Big enough for the parallel paths.
    rng = np.random.default_rng(1)
    n = rng.standard_normal((300, 400)).astype("float32")
    x = dp.asarray(n, device=device)
    rows = rng.integers(-300, 300, size=500)
    cols = rng.permutation(400)[:300]
    assert_same(x[rows], n[rows])
    assert_same(x[:, cols], n[:, cols])
    assert_same(x[rows[:300], cols], n[rows[:300], cols])
    x[:, cols] = -x[:, cols]
    n[:, cols] = -n[:, cols]
    assert_same(x, n)


# ---------------------------------------------------------------- advanced: boolean masks


@pytest.mark.parametrize("shape,where", [
    ((7,), ()), ((3, 4), ()), ((3, 4), (0,)), ((2, 3, 4), (1,)), ((2, 3, 4), (0, 1)),
    ((2, 3, 4), (2,)), ((2, 3, 4), (1, 2)), ((5,), None), ((0, 3), ()),
])
def test_mask_getitem(device, shape, where):
    rng = np.random.default_rng(2)
    n, x = arange(shape, device)
    if where is None:
        mask = rng.random(shape) > 2  # all False
    elif where == ():
        mask = rng.random(shape) > 0.4
    else:
        mask = rng.random(tuple(shape[d] for d in where)) > 0.4
    m = dp.asarray(mask, device=device)
    key = (slice(None),) * (where[0] if where else 0) + (m,)
    nkey = (slice(None),) * (where[0] if where else 0) + (mask,)
    assert_same(x[key], n[nkey])
    assert_same(x[key + (Ellipsis,)], n[nkey + (Ellipsis,)])


def test_mask_from_comparison(device):
    n = sample("float32", (5, 6))
    x = dp.asarray(n, device=device)
    assert_same(x[x > 0], n[n > 0])
    x[x < 0] = 0
    n[n < 0] = 0
    assert_same(x, n)
    x[x > 10] = dp.asarray(-1.0, dtype="float32", device=device)  # a size-1 array value
    n[n > 10] = -1
    assert_same(x, n)


def test_mask_setitem_sequence_of_values(device):
    n, x = arange((3, 4), device)
    mask = (n % 3) == 0
    vals = -np.arange(mask.sum(), dtype="int32") - 1
    x[dp.asarray(mask, device=device)] = dp.asarray(vals, device=device)
    n[mask] = vals
    assert_same(x, n)
    rows = np.array([True, False, True])
    x[dp.asarray(rows, device=device), 1:] = [[1, 2, 3], [4, 5, 6]]
    n[rows, 1:] = [[1, 2, 3], [4, 5, 6]]
    assert_same(x, n)
    x[[True, False, True]] = 0  # a list of bools is a mask
    n[[True, False, True]] = 0
    assert_same(x, n)


def test_mask_with_integer_array(device):
    n, x = arange((3, 4), device)
    rows = np.array([True, False, True])
    assert_same(x[dp.asarray(rows, device=device), [1, 3]], n[rows, [1, 3]])
    assert_same(x[0, np.array([True, False, True, True])], n[0, [True, False, True, True]])


def test_bool_mask_of_x_itself(device):
    b = dp.asarray([True, False, True, False], device=device)
    b[b] = False
    assert_same(b, np.zeros(4, bool))


def test_large_mask(device):
    rng = np.random.default_rng(3)
    n = rng.standard_normal((256, 300)).astype("float32")
    x = dp.asarray(n, device=device)
    t = x.T  # a strided mask and a strided source
    assert_same(t[t > 0.5], n.T[n.T > 0.5])
    x[x > 1] = 1
    n[n > 1] = 1
    assert_same(x, n)


# ---------------------------------------------------------------- take, nonzero


@pytest.mark.parametrize("axis", [None, 0, 1, -1])
def test_take(device, axis):
    n, x = arange((3, 4), device, "float32")
    idx = [[2, 0], [-1, 1]]
    assert_same(dp.take(x, idx, axis=axis), np.take(n, idx, axis=axis))
    assert_same(dp.take(x, dp.asarray(idx, device=device), axis=axis), np.take(n, idx, axis=axis))
    assert_same(dp.take(x.T, [1, 2], axis=axis), np.take(n.T, [1, 2], axis=axis))


@pytest.mark.parametrize("dtype", ALL_DTYPES)
@pytest.mark.parametrize("shape", [(9,), (3, 4), (2, 3, 4), (0, 2)])
def test_nonzero(device, dtype, shape):
    if dtype not in dtypes_for(device):
        pytest.skip("no float64 on this device")
    n = sample(dtype, shape, seed=4) * (sample("int8", shape, seed=5) > 10).astype(dtype)
    x = dp.asarray(n, device=device)
    got = dp.nonzero(x)
    want = np.nonzero(n)
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert_same(g, w.astype("int64"))
    for g, w in zip(x.nonzero(), want):
        assert_same(g, w.astype("int64"))


def test_nonzero_strided_and_large(device):
    n = np.arange(100000, dtype="int32").reshape(200, 500) % 7 == 0
    x = dp.asarray(n, device=device)
    for g, w in zip(dp.nonzero(x[:, ::-3]), np.nonzero(n[:, ::-3])):
        assert_same(g, w.astype("int64"))


def test_nonzero_counts_nan_and_negative_zero(device):
    n = np.array([0.0, -0.0, np.nan, 1.0], dtype="float32")
    got = dp.nonzero(dp.asarray(n, device=device))[0]
    assert_same(got, np.array([2, 3]))


# ---------------------------------------------------------------- errors


def test_int_out_of_range(device):
    _, x = arange((3, 4), device)
    with pytest.raises(IndexError, match="index 3 is out of bounds for axis 0 with size 3"):
        x[3]
    with pytest.raises(IndexError, match="index -5 is out of bounds for axis 1 with size 4"):
        x[0, -5]
    with pytest.raises(IndexError, match="out of bounds for axis 1"):
        x[:, 4] = 1


def test_too_many_indices(device):
    _, x = arange((3, 4), device)
    with pytest.raises(IndexError, match="too many indices for array: array is 2-dimensional, but 3"):
        x[0, 0, 0]
    with pytest.raises(IndexError, match="too many indices"):
        x[..., 0, 0, 0]
    with pytest.raises(IndexError, match="too many indices"):
        dp.asarray(5, device=device)[0]


def test_bad_keys(device):
    _, x = arange((3, 4), device)
    with pytest.raises(IndexError, match="single ellipsis"):
        x[..., ...]
    with pytest.raises(IndexError, match="valid indices"):
        x[1.0]
    with pytest.raises(IndexError, match="valid indices"):
        x["a"]
    with pytest.raises(ValueError, match="slice step cannot be zero"):
        x[::0]
    with pytest.raises(IndexError, match="integer \\(or boolean\\) type"):
        x[dp.asarray([1.0], device=device)]
    with pytest.raises(IndexError, match="integer \\(or boolean\\) type"):
        x[[0.5]]


# Empty masks (a zero in some dimension) against NumPy: a zero mask dimension matches any axis,
# the others must match; the mask then selects nothing, for getitem and setitem.
EMPTY_MASK_CASES = [
    ((3, 5), (0, 5), ()),
    ((3, 5), (0,), ()),
    ((3, 5), (3, 0), ()),
    ((3, 5), (0, 0), ()),
    ((3, 5), (0,), (slice(None),)),
    ((3, 5), (0,), (Ellipsis,)),
    ((3, 5), (0, 5), (Ellipsis,)),
    ((2, 3, 4), (0,), (slice(None), Ellipsis)),
    ((2, 3, 4), (0, 4), (Ellipsis,)),
    ((2, 3, 4), (0, 4), (0,)),
    ((2, 3, 4), (3, 0), (slice(None),)),
    ((2, 3, 4), (0,), (1, Ellipsis)),
    ((0, 5), (0, 5), ()),
    ((0, 5), (0,), ()),
    ((4,), (0,), ()),
    ((3, 5), (0, 7), ()),  # 7 != 5: IndexError
    ((3, 5), (2, 0), ()),  # 2 != 3: IndexError
    ((2, 3, 4), (0, 3), (0,)),  # 3 != 4: IndexError
]


@pytest.mark.parametrize("shape,mshape,before", EMPTY_MASK_CASES)
def test_empty_mask(device, shape, mshape, before):
    n, x = arange(shape, device)
    mask = np.zeros(mshape, bool)
    m = dp.asarray(mask, device=device)
    key, nkey = before + (m,), before + (mask,)
    try:
        n[nkey]
    except IndexError:
        with pytest.raises(IndexError, match="boolean index did not match"):
            x[key]
        with pytest.raises(IndexError, match="boolean index did not match"):
            x[key] = 1
        return
    assert_same(x[key], n[nkey])
    if Ellipsis not in before:
        assert_same(x[key + (Ellipsis,)], n[nkey + (Ellipsis,)])
    x[key] = 7
    n[nkey] = 7
    assert_same(x, n)
    x[key] = dp.asarray(8, dtype="int32", device=device)
    assert_same(x, n)
    x[key] = dp.zeros(n[nkey].shape, dtype="int32", device=device)
    assert_same(x, n)


@st.composite
def masks_with_zeros(draw):
    """(x shape, number of leading slices, mask shape): mask dims match, are 0 or are random."""
    shape = tuple(draw(st.lists(st.integers(0, 3), min_size=1, max_size=3)))
    lead = draw(st.integers(0, len(shape) - 1))
    k = draw(st.integers(1, len(shape) - lead + 1))  # one too many now and then
    mshape = []
    for d in range(k):
        n = shape[lead + d] if lead + d < len(shape) else 2
        mshape.append(draw(st.sampled_from([n, 0, 0, draw(st.integers(0, 3))])))
    return shape, lead, tuple(mshape)


@SETTINGS
@given(case=masks_with_zeros(), value=st.integers(-5, 5))
def test_masks_with_zero_dims_hypothesis(device, case, value):
    shape, lead, mshape = case
    n, x = arange(shape, device)
    mask = np.zeros(mshape, bool)
    if mask.size:
        mask.flat[::2] = True
    key = (slice(None),) * lead + (dp.asarray(mask, device=device),)
    nkey = (slice(None),) * lead + (mask,)
    try:
        expected = n[nkey]
    except IndexError:
        with pytest.raises(IndexError):
            x[key]
        with pytest.raises(IndexError):
            x[key] = value
        return
    assert_same(x[key], expected)
    x[key] = value
    n[nkey] = value
    assert_same(x, n)


def test_empty_mask_with_other_indices(device):
    n, x = arange((3, 5), device)
    mask = np.zeros(0, bool)
    m = dp.asarray(mask, device=device)
    assert_same(x[m, 1:3], n[mask, 1:3])
    assert_same(x[1:, m], n[1:, mask])
    # an empty mask broadcasts with an empty index array, not with a longer one
    assert_same(x[m, dp.asarray(np.zeros(0, "int64"), device=device)], n[mask, np.zeros(0, "int64")])
    with pytest.raises(IndexError, match="shape mismatch"):
        x[m, [0, 1]]
    with pytest.raises(IndexError, match="too many indices"):
        x[dp.zeros((0, 5, 2), dtype="bool", device=device)]
    with pytest.raises(IndexError, match="boolean index did not match"):
        x[dp.zeros((2, 5), dtype="bool", device=device)]  # a non-empty mismatched mask still fails


def test_mask_shape_mismatch(device):
    _, x = arange((3, 4), device)
    with pytest.raises(IndexError, match="boolean index did not match .* axis 0; size of axis is 3"):
        x[dp.asarray([True, False], device=device)]
    with pytest.raises(IndexError, match="axis 1; size of axis is 4 but size of corresponding"):
        x[:, np.array([True, False, True])]


def test_index_arrays_not_broadcastable(device):
    _, x = arange((3, 4), device)
    with pytest.raises(IndexError, match="shape mismatch: indexing arrays could not be broadcast"):
        x[[0, 1], [0, 1, 2]]


def test_advanced_index_out_of_range_surfaces_at_sync(device):
    _, x = arange((3, 4), device)
    with pytest.raises(IndexError, match="index 5 is out of bounds for axis 0 with size 3"):
        dp.asnumpy(x[[0, 5]])
    with pytest.raises(IndexError, match="index -6 is out of bounds"):
        dp.asnumpy(dp.take(x, [-6], axis=1))
    with pytest.raises(IndexError, match=r"\[put\] index 4"):
        x[[4]] = 0
        x.sycl_queue.wait()
    x.sycl_queue.wait()  # the error was reported once
    with pytest.raises(IndexError, match="axis of size 0"):
        dp.zeros((0, 2), device=device)[[0]]


def test_value_errors(device):
    _, x = arange((3, 4), device)
    with pytest.raises(ValueError, match=r"\[setitem\] .*broadcast .*\(3,\) \(4,\)"):
        x[0] = dp.asarray([1, 2, 3], device=device)
    with pytest.raises(ValueError, match="broadcast"):
        x[[0, 1]] = dp.asarray([1, 2, 3], device=device)
    with pytest.raises(ValueError, match="broadcast"):
        x[x > 5] = dp.asarray([1, 2, 3], device=device)


def test_scalar_value_errors(device):
    x = dp.zeros(3, dtype="int8", device=device)
    with pytest.raises(OverflowError, match="Python integer 300 out of bounds for int8"):
        x[0] = 300
    with pytest.raises(OverflowError, match="out of bounds for int8"):
        x[x == 0] = -129
    with pytest.raises(OverflowError, match="out of bounds for int8"):
        x[:2] = [1, 300]
    with pytest.raises(TypeError, match="complex"):
        dp.zeros(3, dtype="float32", device=device)[0] = 1j
    with pytest.raises(ValueError, match="cannot convert float"):
        x[1] = float("nan")


def test_placement_errors(device):
    _, x = arange((3, 4), device)
    other = dp.Queue(device)
    with pytest.raises(dp.ExecutionPlacementError, match="different queues"):
        x[0] = dp.ones(4, dtype="int32", sycl_queue=other)
    with pytest.raises(dp.ExecutionPlacementError, match="different queues"):
        x[dp.asarray([0, 1], sycl_queue=other)]
    with pytest.raises(dp.ExecutionPlacementError, match="different queues"):
        dp.take(x, dp.asarray([0], sycl_queue=other))
