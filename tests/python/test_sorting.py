"""sort, argsort, searchsorted, take_along_axis, unique_* / unique and isin on every device,
with NumPy as the oracle (its stable sort; descending as the Array API's flip semantics)."""

import numpy as np
import pytest

import dparray as dp

DTYPES = [
    "bool",
    "int8",
    "uint8",
    "int16",
    "uint16",
    "int32",
    "uint32",
    "int64",
    "uint64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
]
# Lengths around the algorithms' thresholds: bitonic blocks (512 on OpenCL), the radix sort
# (4096 on OpenCL), VQSort's small-array paths, the host's parallel chunked sort (2**16).
SIZES = [1, 2, 3, 17, 511, 512, 513, 1000, 4095, 4096, 70000]


def skip_fp64(device, dtype):
    if dtype in ("float64", "complex128") and not device.has_aspect_fp64:
        pytest.skip("no float64 on this device")


def sample(dtype, shape, seed=0):
    """Values with many ties; floats also get NaN, +-inf and both zeros."""
    rng = np.random.default_rng(seed)
    n = int(np.prod(shape))
    if dtype == "bool":
        return rng.integers(0, 2, n).astype(bool).reshape(shape)
    base = rng.integers(-6, 7, n)
    if dtype.startswith("u"):
        base = np.abs(base)
    a = base.astype(dtype)
    if dtype.startswith(("float", "complex")):
        specials = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0, 0.5, -0.5], dtype=dtype)
        pick = rng.integers(0, 3, n) == 0
        a[pick] = specials[rng.integers(0, len(specials), pick.sum())]
    if dtype.startswith("complex"):
        im = rng.integers(-2, 3, n).astype(dtype) * 1j
        im[rng.integers(0, 6, n) == 0] = complex(0, np.nan)
        a = a + im
    return a.reshape(shape)


def np_argsort(a, axis, descending):
    if not descending:
        return np.argsort(a, axis=axis, kind="stable")
    # The Array API's descending stable order: ties keep their input order.
    n = a.shape[axis]
    return n - 1 - np.flip(np.argsort(np.flip(a, axis), axis=axis, kind="stable"), axis)


def same_bits(got, expected):
    """Exact comparison that tells -0.0 from +0.0 and matches NaNs."""
    g = dp.asnumpy(got)
    assert g.dtype == expected.dtype and g.shape == expected.shape
    if g.dtype.kind in "fc":
        np.testing.assert_array_equal(np.signbit(g.real), np.signbit(expected.real))
        np.testing.assert_array_equal(g, expected)  # NaNs compare equal here
    else:
        np.testing.assert_array_equal(g, expected)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("descending", [False, True])
def test_sort_argsort_every_dtype(device, dtype, descending):
    skip_fp64(device, dtype)
    for n in SIZES:
        a = sample(dtype, (2, n), seed=n)
        x = dp.asarray(a, device=device)
        idx = np_argsort(a, -1, descending)
        got = dp.argsort(x, descending=descending)
        assert got.dtype == dp.int64
        np.testing.assert_array_equal(dp.asnumpy(got), idx, err_msg=f"n={n}")
        same_bits(dp.sort(x, descending=descending), np.take_along_axis(a, idx, -1))


@pytest.mark.parametrize("axis", [0, 1, 2, -1, -2, None])
def test_sort_any_axis(device, axis):
    a = sample("float32", (4, 5, 6), seed=3)
    x = dp.asarray(a, device=device)
    same_bits(dp.sort(x, axis=axis), np.sort(a, axis=axis, kind="stable"))
    np.testing.assert_array_equal(
        dp.asnumpy(dp.argsort(x, axis=axis)), np.argsort(a, axis=axis, kind="stable")
    )
    if axis is not None:
        np.testing.assert_array_equal(
            dp.asnumpy(dp.argsort(x, axis=axis, descending=True)), np_argsort(a, axis, True)
        )


def test_sort_views_and_methods(device):
    a = sample("int32", (6, 8), seed=4)
    x = dp.asarray(a, device=device)
    v = x[::2, ::-1]
    np.testing.assert_array_equal(dp.asnumpy(dp.sort(v)), np.sort(a[::2, ::-1], kind="stable"))
    np.testing.assert_array_equal(dp.asnumpy(x.argsort(axis=0)), a.argsort(axis=0, kind="stable"))
    y = dp.asarray(a, device=device)
    assert y.sort() is None
    np.testing.assert_array_equal(dp.asnumpy(y), np.sort(a))
    # In place through a strided view sorts only the viewed elements.
    z = dp.asarray(a, device=device)
    z[:, 1::2].sort(axis=0, descending=True)
    e = a.copy()
    e[:, 1::2] = -np.sort(-a[:, 1::2], axis=0)
    np.testing.assert_array_equal(dp.asnumpy(z), e)


def test_nan_zero_and_ties(device):
    a = np.array([np.nan, 1.0, -0.0, np.inf, 0.0, -np.inf, np.nan, -0.0, 1.0, -1.0])
    x = dp.asarray(a.astype(np.float32), device=device)
    same_bits(dp.sort(x), np.sort(a.astype(np.float32), kind="stable"))
    np.testing.assert_array_equal(dp.asnumpy(dp.argsort(x)), [5, 9, 2, 4, 7, 1, 8, 3, 0, 6])
    # Descending: NaNs first, ties (the zeros, the ones, the NaNs) in input order.
    np.testing.assert_array_equal(
        dp.asnumpy(dp.argsort(x, descending=True)), [0, 6, 3, 1, 8, 2, 4, 7, 9, 5]
    )


def test_empty_and_zero_d(device):
    for shape in [(0,), (3, 0), (0, 4)]:
        x = dp.zeros(shape, dtype=dp.float32, device=device)
        assert dp.sort(x).shape == shape
        assert dp.argsort(x, axis=0).shape == shape
        assert dp.argsort(x).dtype == dp.int64
    s = dp.asarray(np.float32(2.0), device=device)
    with pytest.raises(IndexError, match=r"\[sort\] axis -1 is out of bounds"):
        dp.sort(s)
    with pytest.raises(IndexError, match=r"argsort"):
        dp.argsort(s)
    np.testing.assert_array_equal(dp.asnumpy(dp.sort(s, axis=None)), [2.0])


def test_sort_bad_arguments(device):
    x = dp.asarray(np.arange(6.0).reshape(2, 3), device=device)
    with pytest.raises(IndexError, match=r"\[sort\] axis 2 is out of bounds"):
        dp.sort(x, axis=2)
    with pytest.raises(IndexError, match=r"\[argsort\] axis -3"):
        dp.argsort(x, axis=-3)
    with pytest.raises(TypeError, match="axis"):
        dp.sort(x, axis=1.0)
    with pytest.raises(ValueError, match="sort kind"):
        dp.sort(x, kind="bogus")
    with pytest.raises(ValueError, match="order"):
        dp.sort(x, order="f")
    for kind in ["quicksort", "mergesort", "heapsort", "stable"]:
        np.testing.assert_array_equal(
            dp.asnumpy(dp.sort(x, kind=kind)), np.arange(6.0).reshape(2, 3)
        )
    with pytest.raises(TypeError):
        dp.sort(np.arange(3))


@pytest.mark.parametrize("dtype", ["int16", "uint64", "float16", "float32", "float64", "complex64"])
@pytest.mark.parametrize("side", ["left", "right"])
def test_searchsorted(device, dtype, side):
    skip_fp64(device, dtype)
    hay = np.sort(sample(dtype, (200,), seed=7), kind="stable")
    v = sample(dtype, (3, 40), seed=8)
    x1 = dp.asarray(hay, device=device)
    x2 = dp.asarray(v, device=device)
    got = dp.searchsorted(x1, x2, side=side)
    assert got.dtype == dp.int64
    np.testing.assert_array_equal(dp.asnumpy(got), np.searchsorted(hay, v, side=side))
    np.testing.assert_array_equal(
        dp.asnumpy(x1.searchsorted(x2, side=side)), np.searchsorted(hay, v, side=side)
    )


def test_searchsorted_nan_haystack_sorter_scalars(device):
    hay = np.array([3.0, np.nan, 1.0, 2.0, np.nan, 2.0])
    order = np.argsort(hay, kind="stable")
    v = np.array([np.nan, 2.0, 0.0, 5.0, np.inf])
    x1 = dp.asarray(hay.astype(np.float32), device=device)
    s = dp.asarray(order, device=device)
    for side in ["left", "right"]:
        got = dp.searchsorted(
            x1, dp.asarray(v.astype(np.float32), device=device), side=side, sorter=s
        )
        np.testing.assert_array_equal(
            dp.asnumpy(got), np.searchsorted(hay, v, side=side, sorter=order)
        )
    sorted_x = dp.asarray(np.arange(10), device=device)
    r = dp.searchsorted(sorted_x, 4, side="right")
    assert r.shape == () and int(r) == 5
    assert int(dp.searchsorted(sorted_x, 4.5)) == 5  # weak scalar: promotes to float
    assert (
        dp.asnumpy(dp.searchsorted(dp.asarray(np.zeros(0), device=device), x1)).tolist() == [0] * 6
    )


def test_searchsorted_bad_input(device):
    x1 = dp.asarray(np.arange(5.0), device=device)
    with pytest.raises(ValueError, match="side must be 'left' or 'right'"):
        dp.searchsorted(x1, x1, side="middle")
    with pytest.raises(ValueError, match="sorter has shape"):
        dp.searchsorted(x1, x1, sorter=dp.asarray(np.arange(4), device=device))
    with pytest.raises(ValueError, match="sorter index out of range"):
        dp.searchsorted(x1, x1, sorter=dp.asarray(np.array([0, 1, 2, 3, 5]), device=device))
    with pytest.raises(TypeError, match="sorter must be an integer"):
        dp.searchsorted(x1, x1, sorter=x1)
    with pytest.raises(ValueError, match="1-dimensional"):
        dp.searchsorted(dp.reshape(x1[:4], (2, 2)), x1)


@pytest.mark.parametrize("axis", [0, 1, -1])
def test_take_along_axis(device, axis):
    a = sample("float32", (4, 5), seed=9)
    x = dp.asarray(a, device=device)
    idx = np.argsort(a, axis=axis, kind="stable")
    np.testing.assert_array_equal(
        dp.asnumpy(dp.take_along_axis(x, dp.asarray(idx, device=device), axis=axis)),
        np.take_along_axis(a, idx, axis=axis),
    )
    # Broadcasting except along axis, negative indices, a different length along axis.
    ind = np.array([[-1, 0, 2]]) if axis != 0 else np.array([[-1], [0], [3]])
    np.testing.assert_array_equal(
        dp.asnumpy(dp.take_along_axis(x, dp.asarray(ind, device=device), axis=axis)),
        np.take_along_axis(a, ind, axis=axis),
    )


def test_take_along_axis_bad_input(device):
    x = dp.asarray(np.arange(6.0).reshape(2, 3), device=device)
    with pytest.raises(IndexError, match=r"take_along_axis.*out of bounds for axis 1 with size 3"):
        dp.take_along_axis(x, dp.asarray(np.array([[3], [0]]), device=device), axis=1)
    with pytest.raises(IndexError, match="take_along_axis"):
        dp.take_along_axis(x, dp.asarray(np.array([[-4], [0]]), device=device), axis=1)
    with pytest.raises(ValueError, match="same number of dimensions"):
        dp.take_along_axis(x, dp.asarray(np.array([0]), device=device), axis=1)
    with pytest.raises(TypeError, match="integer"):
        dp.take_along_axis(x, x, axis=1)
    with pytest.raises(IndexError, match="axis 2"):
        dp.take_along_axis(x, dp.asarray(np.array([[0]]), device=device), axis=2)


@pytest.mark.parametrize(
    "dtype", ["bool", "int8", "uint32", "int64", "float16", "float32", "float64", "complex128"]
)
def test_unique_functions(device, dtype):
    skip_fp64(device, dtype)
    a = sample(dtype, (6, 7), seed=11)
    x = dp.asarray(a, device=device)
    r = dp.unique_all(x)
    assert type(r).__name__ == "UniqueAllResult"
    assert r._fields == ("values", "indices", "inverse_indices", "counts")
    vals = dp.asnumpy(r.values)
    flat = a.ravel()
    # The standard's rule: every NaN is its own value; signed zeros are one value.
    nan = np.isnan(flat) if flat.dtype.kind in "fc" else np.zeros(flat.shape, bool)
    e_vals, e_idx, _, e_cnt = np.unique(
        flat[~nan], return_index=True, return_inverse=True, return_counts=True
    )
    nnan = int(nan.sum())
    assert vals.shape == (len(e_vals) + nnan,)
    np.testing.assert_array_equal(vals[: len(e_vals)], e_vals)
    assert np.isnan(vals[len(e_vals) :]).all()
    cnt = dp.asnumpy(r.counts)
    np.testing.assert_array_equal(cnt[: len(e_vals)], e_cnt)
    assert (cnt[len(e_vals) :] == 1).all()
    idx = dp.asnumpy(r.indices)
    inv = dp.asnumpy(r.inverse_indices)
    assert inv.shape == a.shape
    # Indices point at a first occurrence; values[inverse] rebuilds x.
    np.testing.assert_array_equal(flat[idx[: len(e_vals)]], e_vals)
    np.testing.assert_array_equal(np.arange(flat.size)[~nan][e_idx], idx[: len(e_vals)])
    np.testing.assert_array_equal(vals[inv], a)
    c = dp.unique_counts(x)
    np.testing.assert_array_equal(dp.asnumpy(c.counts), cnt)
    i = dp.unique_inverse(x)
    np.testing.assert_array_equal(dp.asnumpy(i.inverse_indices), inv)
    np.testing.assert_array_equal(dp.asnumpy(dp.unique_values(x)), vals)


def test_unique_numpy_and_zeros(device):
    a = np.array([[2.0, np.nan, -0.0], [0.0, np.nan, 2.0]])
    x = (
        dp.asarray(a, device=device)
        if device.has_aspect_fp64
        else dp.asarray(a.astype(np.float32), device=device)
    )
    na = dp.asnumpy(x)
    for kw in [
        {},
        {"return_index": True},
        {"return_inverse": True, "return_counts": True},
        {"return_index": True, "return_inverse": True, "return_counts": True},
    ]:
        got = dp.unique(x, **kw)
        exp = np.unique(na, **kw)
        if not kw:
            got, exp = (got,), (exp,)
        for g, e in zip(got, exp):
            np.testing.assert_array_equal(dp.asnumpy(g), e)
    assert dp.unique_values(x).shape == (4,)  # 0.0 once, each NaN apart
    assert dp.unique(x, equal_nan=False).shape == (4,)
    for f in (dp.unique_values, dp.unique_all, dp.unique_counts, dp.unique_inverse):
        r = f(dp.zeros((0, 3), device=device))
        first = r if f is dp.unique_values else r.values
        assert first.shape == (0,)
    assert dp.unique_inverse(dp.zeros((0, 3), device=device)).inverse_indices.shape == (0, 3)
    # axis= is supported now (tests/python/test_np_sets.py); NaN rows stay distinct, as NumPy
    np.testing.assert_array_equal(dp.asnumpy(dp.unique(x, axis=0)), np.unique(na, axis=0))


@pytest.mark.parametrize("dtype", ["int32", "float32", "complex64"])
def test_isin(device, dtype):
    a = sample(dtype, (5, 6), seed=12)
    b = sample(dtype, (9,), seed=13)
    x1, x2 = dp.asarray(a, device=device), dp.asarray(b, device=device)
    np.testing.assert_array_equal(dp.asnumpy(dp.isin(x1, x2)), np.isin(a, b))
    np.testing.assert_array_equal(
        dp.asnumpy(dp.isin(x1, x2, invert=True)), np.isin(a, b, invert=True)
    )
    np.testing.assert_array_equal(dp.asnumpy(dp.isin(x1, 0)), np.isin(a, 0))
    empty = dp.asarray(np.zeros(0, dtype), device=device)
    np.testing.assert_array_equal(dp.asnumpy(dp.isin(x1, empty)), np.zeros(a.shape, bool))
    # Mixed dtypes promote: int values found among floats.
    ints = dp.asarray(np.array([1, 2, 7]), device=device)
    fl = dp.asarray(np.array([2.0, 7.5], dtype=np.float32), device=device)
    np.testing.assert_array_equal(dp.asnumpy(dp.isin(ints, fl)), [False, True, False])


def test_placement_errors():
    devs = list(dp.get_devices())
    if len(devs) < 2:
        pytest.skip("needs two devices")
    x = dp.asarray(np.arange(4.0), device=devs[0])
    y = dp.asarray(np.arange(4.0), device=devs[1])
    with pytest.raises(dp.ExecutionPlacementError):
        dp.searchsorted(x, y)
    with pytest.raises(dp.ExecutionPlacementError):
        dp.isin(x, y)
