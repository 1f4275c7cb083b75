"""NumPy's manipulation functions (stacking, splitting, append / delete / insert, pad in every
mode, resize, trim_zeros, rotations, rollaxis, copyto, require, ndim / shape / size) against
NumPy on every device, with their edge cases and the errors NumPy raises."""

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp


def both(shape, device, dtype="int64", start=0):
    n = (np.arange(int(np.prod(shape)), dtype=dtype) + start).reshape(shape)
    return n, dp.asarray(n, device=device)


def same_list(got, expected):
    assert isinstance(got, list) and len(got) == len(expected)
    for g, e in zip(got, expected):
        assert_same(g, e)


# ---------------------------------------------------------------- stacking


def test_hstack_vstack_dstack_column_stack(device):
    a1, x1 = both((3,), device)
    a2, x2 = both((2, 3), device, start=10)
    b1 = np.array([7, 8, 9])
    y1 = dp.asarray(b1, device=device)
    assert_same(dp.hstack([x1, y1]), np.hstack([a1, b1]))
    assert_same(dp.hstack((x2, x2)), np.hstack((a2, a2)))
    assert_same(dp.vstack([x1, y1]), np.vstack([a1, b1]))
    assert_same(dp.vstack([x2, x1]), np.vstack([a2, a1]))
    assert_same(dp.row_stack([x2, x1]), np.vstack([a2, a1]))
    assert_same(dp.dstack([x2, x2]), np.dstack([a2, a2]))
    assert_same(dp.dstack([x1, y1]), np.dstack([a1, b1]))
    assert_same(dp.column_stack([x1, y1]), np.column_stack([a1, b1]))
    assert_same(dp.column_stack([x2.T, x1]), np.column_stack([a2.T, a1]))
    # 0-d inputs and promotion
    s = dp.asarray(np.float32(2.5), device=device)
    assert_same(
        dp.hstack([s, dp.asarray(np.float32(1), device=device)]),
        np.hstack([np.float32(2.5), np.float32(1)]),
    )
    assert_same(
        dp.hstack([x1, dp.asarray(b1.astype("float32"), device=device)]),
        np.hstack([a1, b1.astype("float32")]),
    )
    assert dp.hstack([x1, y1]).device == x1.device


def test_stack_dtype_and_casting(device):
    a, x = both((2,), device)
    assert_same(dp.hstack([x, x], dtype="float32"), np.hstack([a, a], dtype="float32"))
    assert_same(
        dp.vstack([x, x], dtype="int8", casting="unsafe"),
        np.vstack([a, a], dtype="int8", casting="unsafe"),
    )
    with pytest.raises(TypeError, match="vstack"):
        dp.vstack([x, x], dtype="int8", casting="safe")
    with pytest.raises(ValueError, match="hstack"):
        dp.hstack([x], casting="bogus")


def test_stacking_errors(device):
    _, x = both((2, 3), device)
    _, y = both((4,), device)
    with pytest.raises(TypeError, match="hstack"):
        dp.hstack(x)
    with pytest.raises(TypeError, match="vstack"):
        dp.vstack([x, np.ones(3)])
    with pytest.raises(ValueError):
        dp.vstack([x, y])
    with pytest.raises(ValueError, match="hstack"):
        dp.hstack([])


def test_block(device):
    a, x = both((2, 2), device)
    b, y = both((2, 3), device, start=10)
    c, z = both((1, 5), device, start=20)
    assert_same(dp.block([[x, y], [z]]), np.block([[a, b], [c]]))
    a1, x1 = both((3,), device)
    assert_same(dp.block([x1, 1, x1]), np.block([a1, 1, a1]))
    assert_same(dp.block([[x1], [x1]]), np.block([[a1], [a1]]))
    assert_same(dp.block(x), np.block(a))
    assert dp.block(x) is not x
    assert_same(dp.block([[[x]]]), np.block([[[a]]]))
    assert dp.block([[x, y]]).device == x.device
    with pytest.raises(TypeError, match="block"):
        dp.block((x, x))
    with pytest.raises(ValueError, match="block"):
        dp.block([x, [x]])
    with pytest.raises(ValueError, match="block"):
        dp.block([[], [x]])


# ---------------------------------------------------------------- splitting


def test_array_split_and_split(device):
    a, x = both((7, 4), device)
    same_list(dp.array_split(x, 3), np.array_split(a, 3))
    same_list(dp.array_split(x, 3, axis=-1), np.array_split(a, 3, axis=-1))
    same_list(dp.array_split(x, [2, 5]), np.array_split(a, [2, 5]))
    same_list(dp.array_split(x, [3, 1, 9, -1]), np.array_split(a, [3, 1, 9, -1]))
    same_list(dp.array_split(x, 10), np.array_split(a, 10))  # more sections than rows
    same_list(dp.split(x, 2, axis=1), np.split(a, 2, axis=1))
    same_list(dp.split(x, [1, 4]), np.split(a, [1, 4]))
    same_list(dp.split(x, dp.asarray([1, 4], device=device)), np.split(a, [1, 4]))
    e = np.zeros((0, 3))
    same_list(dp.array_split(dp.asarray(e, device=device), 2), np.array_split(e, 2))
    parts = dp.split(x, 7)
    parts[0][0, 0] = 100  # views of x, as NumPy
    assert int(x[0, 0]) == 100
    with pytest.raises(ValueError, match="split"):
        dp.split(x, 3)
    with pytest.raises(ValueError, match="array_split"):
        dp.array_split(x, 0)
    with pytest.raises(IndexError):
        dp.split(x, 2, axis=2)
    with pytest.raises(TypeError, match="split"):
        dp.split(x, 2.5)


def test_hsplit_vsplit_dsplit(device):
    a, x = both((2, 4, 6), device)
    same_list(dp.hsplit(x, 2), np.hsplit(a, 2))
    same_list(dp.vsplit(x, [1]), np.vsplit(a, [1]))
    same_list(dp.dsplit(x, 3), np.dsplit(a, 3))
    a1, x1 = both((6,), device)
    same_list(dp.hsplit(x1, 3), np.hsplit(a1, 3))
    with pytest.raises(ValueError, match="hsplit"):
        dp.hsplit(dp.asarray(1.0, device=device), 1)
    with pytest.raises(ValueError, match="vsplit"):
        dp.vsplit(x1, 2)
    with pytest.raises(ValueError, match="dsplit"):
        dp.dsplit(x[0], 2)


# ---------------------------------------------------------------- append, delete, insert


def test_append(device):
    a, x = both((2, 3), device)
    assert_same(dp.append(x, [1, 2]), np.append(a, [1, 2]))
    assert_same(dp.append(x, x, axis=0), np.append(a, a, axis=0))
    assert_same(dp.append(x, [[7], [8]], axis=1), np.append(a, [[7], [8]], axis=1))
    assert_same(dp.append(x, 1.5), np.append(a, 1.5))
    with pytest.raises(ValueError, match="append"):
        dp.append(x, [1, 2, 3], axis=0)


@pytest.mark.parametrize(
    "obj,axis",
    [
        (1, None),
        (-1, 0),
        ([0, 2], 1),
        ([-1, 0, 0], 1),
        (slice(1, None, 2), 1),
        (slice(None), 0),
        ([], 0),
        (np.array([True, False, True, False]), 1),
        ((0, 1), 0),
    ],
)
def test_delete(device, obj, axis):
    a, x = both((3, 4), device)
    assert_same(dp.delete(x, obj, axis=axis), np.delete(a, obj, axis=axis))


def test_delete_device_indices_and_errors(device):
    a, x = both((3, 4), device)
    idx = dp.asarray([3, -4], device=device)
    assert_same(dp.delete(x, idx, axis=1), np.delete(a, [3, -4], axis=1))
    mask = dp.asarray([True, False, False], device=device)
    assert_same(dp.delete(x, mask, axis=0), np.delete(a, [True, False, False], axis=0))
    with pytest.raises(IndexError, match="delete"):
        dp.delete(x, 4, axis=1)
    with pytest.raises(IndexError, match="delete"):
        dp.delete(x, [0, 5], axis=1)
    with pytest.raises(IndexError, match="delete"):
        dp.delete(x, [1.0], axis=1)
    with pytest.raises(ValueError, match="delete"):
        dp.delete(x, [True, False], axis=1)
    with pytest.raises(IndexError):  # NumPy's AxisError is an IndexError and a ValueError
        dp.delete(x, 0, axis=2)
    with pytest.raises(ValueError):
        dp.delete(x, 0, axis=-3)


@pytest.mark.parametrize(
    "obj,values,axis",
    [
        (1, 9, None),
        (1, 9, 1),
        (1, [[7], [8], [9]], 1),
        ([1], [[7], [8], [9]], 1),
        (1, [7, 8, 9], 1),
        ([2, 2], [6, 7], None),
        ([0, 2, -1], 5, 1),
        (slice(0, 2), [10, 20], 1),
        ((1, 2), 999, 1),
        (-1, [1, 2], 0),
        (2, [1.7, 2.2], 0),
        ([], [], 1),
    ],
)
def test_insert(device, obj, values, axis):
    a, x = both((3, 2), device)
    assert_same(dp.insert(x, obj, values, axis=axis), np.insert(a, obj, values, axis=axis))


def test_insert_device_and_errors(device):
    a, x = both((4,), device)
    got = dp.insert(x, dp.asarray([1, 3, 1], device=device), dp.asarray([7, 8, 9], device=device))
    assert_same(got, np.insert(a, [1, 3, 1], [7, 8, 9]))
    mask = np.array([True, False, True, False])
    assert_same(dp.insert(x, dp.asarray(mask, device=device), 0), np.insert(a, mask, 0))
    assert_same(dp.insert(x, 4, 5), np.insert(a, 4, 5))
    with pytest.raises(IndexError, match="insert"):
        dp.insert(x, 5, 1)
    with pytest.raises(IndexError, match="insert"):
        dp.insert(x, [0, 6], [1, 2])
    with pytest.raises(IndexError, match="insert"):
        dp.insert(x, -5, 1)
    with pytest.raises(ValueError, match="insert"):
        dp.insert(x, [[0, 1]], 1)
    with pytest.raises(IndexError):
        dp.insert(x, 0, 1, axis=1)


# ---------------------------------------------------------------- pad

PAD_WIDTHS = [2, (1, 3), ((0, 2), (3, 1)), ((5,), (1,)), [[1, 0]]]


@pytest.mark.parametrize("width", PAD_WIDTHS, ids=str)
@pytest.mark.parametrize(
    "mode", ["constant", "edge", "reflect", "symmetric", "wrap", "linear_ramp"]
)
def test_pad_modes(device, mode, width):
    a, x = both((3, 4), device, dtype="float32")
    assert_same(dp.pad(x, width, mode), np.pad(a, width, mode))


@pytest.mark.parametrize("mode", ["maximum", "minimum", "mean", "median"])
@pytest.mark.parametrize("stat_length", [None, 2, ((1, 2), (3, 1)), 100])
def test_pad_statistics(device, mode, stat_length):
    a = np.array([[3, 1, 4, 1], [5, 9, 2, 6], [5, 3, 5, 8]], dtype="int32")
    x = dp.asarray(a, device=device)
    assert_same(
        dp.pad(x, ((2, 1), (1, 3)), mode, stat_length=stat_length),
        np.pad(a, ((2, 1), (1, 3)), mode, stat_length=stat_length),
    )
    f = a.astype("float64") / 3
    y = dp.asarray(f, device=device)
    assert_same(
        dp.pad(y, (2, 2), mode, stat_length=stat_length),
        np.pad(f, (2, 2), mode, stat_length=stat_length),
    )


def test_pad_median_nan(device):
    a = np.array([1.0, np.nan, 3.0, 4.0])
    assert_same(dp.pad(dp.asarray(a, device=device), 2, "median"), np.pad(a, 2, "median"))


@pytest.mark.parametrize("mode", ["reflect", "symmetric"])
@pytest.mark.parametrize("dtype", ["float64", "int16", "uint8"])
def test_pad_reflect_odd_and_wide(device, mode, dtype):
    a = np.array([[1, 4, 2, 7], [3, 3, 9, 1], [8, 2, 5, 6]], dtype=dtype)
    x = dp.asarray(a, device=device)
    for width in [((2, 1), (3, 2)), ((7, 9), (11, 5))]:  # wider than the axis: repeated reflections
        for rt in ["even", "odd"]:
            assert_same(
                dp.pad(x, width, mode, reflect_type=rt), np.pad(a, width, mode, reflect_type=rt)
            )


@pytest.mark.parametrize("mode", ["reflect", "symmetric"])
def test_pad_reflect_odd_bool(device, mode):
    a = np.array([[True, False, False, True, False], [False, False, True, False, False]]).T
    x = dp.asarray(a, device=device)
    for width in [((2, 3), (0, 1)), ((13, 9), (1, 0))]:
        assert_same(
            dp.pad(x, width, mode, reflect_type="odd"), np.pad(a, width, mode, reflect_type="odd")
        )


def test_pad_wrap_wide_singleton_and_3d(device):
    a, x = both((2, 3, 1), device)
    assert_same(
        dp.pad(x, ((5, 4), (7, 2), (0, 0)), "wrap"), np.pad(a, ((5, 4), (7, 2), (0, 0)), "wrap")
    )
    for mode in ["reflect", "symmetric"]:  # a length-1 axis pads with its value
        assert_same(
            dp.pad(x, ((1, 1), (1, 1), (2, 3)), mode, reflect_type="odd"),
            np.pad(a, ((1, 1), (1, 1), (2, 3)), mode, reflect_type="odd"),
        )


def test_pad_values_and_ramps(device):
    a, x = both((2, 3), device)
    cv = ((1, 2), (3, 4))
    assert_same(dp.pad(x, (1, 2), constant_values=cv), np.pad(a, (1, 2), constant_values=cv))
    assert_same(dp.pad(x, 1, constant_values=7.9), np.pad(a, 1, constant_values=7.9))
    assert_same(
        dp.pad(x, (3, 2), "linear_ramp", end_values=(10, -5)),
        np.pad(a, (3, 2), "linear_ramp", end_values=(10, -5)),
    )
    f = a.astype("float64")
    y = dp.asarray(f, device=device)
    assert_same(
        dp.pad(y, ((2, 4), (3, 1)), "linear_ramp", end_values=((1, 2), (3, 4))),
        np.pad(f, ((2, 4), (3, 1)), "linear_ramp", end_values=((1, 2), (3, 4))),
    )


def test_pad_empty_and_zero_sized(device):
    a, x = both((2, 3), device, dtype="float32")
    r = dp.pad(x, ((1, 2), (0, 1)), "empty")
    assert r.shape == (5, 4) and r.dtype == dp.float32
    np.testing.assert_array_equal(dp.asnumpy(r)[1:3, 0:3], a)
    e = np.zeros((0, 3))
    xe = dp.asarray(e, device=device)
    assert_same(dp.pad(xe, ((1, 1), (2, 0))), np.pad(e, ((1, 1), (2, 0))))
    assert_same(dp.pad(xe, ((0, 0), (2, 1)), "edge"), np.pad(e, ((0, 0), (2, 1)), "edge"))
    with pytest.raises(ValueError, match="pad"):
        dp.pad(xe, ((1, 0), (0, 0)), "edge")
    s = dp.asarray(3.0, device=device)
    assert_same(dp.pad(s, 2), np.pad(np.float64(3.0), 2))
    r = dp.pad(x, 0)
    assert r is not x
    assert_same(r, a)


def test_pad_callable(device):
    def pad_with(vector, pad_width, iaxis, kwargs):
        value = kwargs.get("padder", 10)
        vector[: pad_width[0]] = value
        if pad_width[1]:
            vector[-pad_width[1] :] = value

    a, x = both((2, 3), device)
    assert_same(dp.pad(x, 2, pad_with), np.pad(a, 2, pad_with))
    assert_same(dp.pad(x, (1, 2), pad_with, padder=-1), np.pad(a, (1, 2), pad_with, padder=-1))


def test_pad_errors(device):
    _, x = both((2, 3), device)
    with pytest.raises(ValueError, match="pad"):
        dp.pad(x, 1, "bogus")
    with pytest.raises(ValueError, match="pad"):
        dp.pad(x, 1, "edge", constant_values=3)
    with pytest.raises(ValueError, match="pad"):
        dp.pad(x, -1)
    with pytest.raises(TypeError, match="pad"):
        dp.pad(x, 1.5)
    with pytest.raises(ValueError, match="pad"):
        dp.pad(x, ((1, 2), (3, 4), (5, 6)))
    with pytest.raises(ValueError, match="pad"):
        dp.pad(x, 1, "maximum", stat_length=0)
    with pytest.raises(ValueError, match="pad"):
        dp.pad(x, 1, "reflect", reflect_type="bogus")
    with pytest.raises(TypeError, match="pad"):
        dp.pad(np.ones(3), 1)


# ---------------------------------------------------------------- resize, trim_zeros


def test_resize(device):
    a, x = both((2, 3), device)
    for shape in [(3, 4), 7, (2,), (0,), (1, 0, 2), (6,)]:
        assert_same(dp.resize(x, shape), np.resize(a, shape))
    e = np.zeros(0, "float32")
    assert_same(dp.resize(dp.asarray(e, device=device), (2, 2)), np.resize(e, (2, 2)))
    with pytest.raises(ValueError, match="resize"):
        dp.resize(x, (2, -1))


def test_trim_zeros(device):
    a = np.array([0, 0, 3, 0, 2, 1, 0])
    x = dp.asarray(a, device=device)
    for trim in ["fb", "f", "b", "BF"]:
        assert_same(dp.trim_zeros(x, trim), np.trim_zeros(a, trim))
    b = np.array([[0, 0, 2, 3, 0, 0], [0, 1, 0, 3, 0, 0], [0, 0, 0, 0, 0, 0]])
    y = dp.asarray(b, device=device)
    assert_same(dp.trim_zeros(y), np.trim_zeros(b))
    assert_same(dp.trim_zeros(y, axis=-1), np.trim_zeros(b, axis=-1))
    assert_same(dp.trim_zeros(y, "f", axis=0), np.trim_zeros(b, "f", axis=0))
    z = np.zeros((2, 3))
    assert_same(dp.trim_zeros(dp.asarray(z, device=device)), np.trim_zeros(z))
    assert_same(dp.trim_zeros(dp.asarray(np.zeros(0), device=device)), np.trim_zeros(np.zeros(0)))
    with pytest.raises(ValueError, match="trim_zeros"):
        dp.trim_zeros(x, "x")
    with pytest.raises(IndexError):
        dp.trim_zeros(x, axis=1)


# ---------------------------------------------------------------- rotations, axes


@pytest.mark.parametrize("k", [-3, -1, 0, 1, 2, 3, 5])
def test_rot90(device, k):
    a, x = both((2, 3, 4), device)
    assert_same(dp.rot90(x, k), np.rot90(a, k))
    assert_same(dp.rot90(x, k, axes=(2, 0)), np.rot90(a, k, axes=(2, 0)))
    assert_same(dp.rot90(x, k, axes=(-1, 1)), np.rot90(a, k, axes=(-1, 1)))


def test_rot90_flips_errors(device):
    a, x = both((2, 3), device)
    assert_same(dp.fliplr(x), np.fliplr(a))
    assert_same(dp.flipud(x), np.flipud(a))
    assert_same(dp.flipud(x[0]), np.flipud(a[0]))
    with pytest.raises(ValueError, match="rot90"):
        dp.rot90(x, axes=(0,))
    with pytest.raises(ValueError, match="rot90"):
        dp.rot90(x, axes=(0, 0))
    with pytest.raises(ValueError, match="rot90"):
        dp.rot90(x, axes=(0, 2))
    with pytest.raises(ValueError, match="fliplr"):
        dp.fliplr(x[0])
    with pytest.raises(ValueError, match="flipud"):
        dp.flipud(dp.asarray(1, device=device))


def test_rollaxis(device):
    a, x = both((2, 3, 4, 5), device)
    for axis, start in [(3, 1), (2, 0), (1, 4), (-1, 0), (0, -1), (2, 2), (1, 2)]:
        assert_same(dp.rollaxis(x, axis, start), np.rollaxis(a, axis, start))
    with pytest.raises(ValueError, match="rollaxis"):
        dp.rollaxis(x, 4)
    with pytest.raises(IndexError, match="rollaxis"):
        dp.rollaxis(x, 0, 5)
    with pytest.raises(ValueError, match="rollaxis"):
        dp.rollaxis(x, 0, -5)


def test_ndim_shape_size(device):
    _, x = both((2, 3, 4), device)
    assert dp.ndim(x) == 3 and dp.shape(x) == (2, 3, 4) and dp.size(x) == 24
    assert dp.size(x, 1) == 3 and dp.size(x, -1) == 4 and dp.size(x, (0, 2)) == 8
    assert dp.ndim(5) == 0 and dp.shape(5) == () and dp.size(5) == 1
    assert dp.shape([[1, 2, 3], [4, 5, 6]]) == (2, 3) and dp.ndim([[1], [2]]) == 2
    assert dp.shape([]) == np.shape([]) and dp.size([]) == 0
    with pytest.raises(IndexError, match="size"):
        dp.size(x, 3)
    with pytest.raises(ValueError, match="size"):
        dp.size(x, (0, 0))


# ---------------------------------------------------------------- copyto, require


def test_copyto(device):
    a, x = both((2, 3), device, dtype="float32")
    src = np.array([10.0, 20.0, 30.0], dtype="float32")
    dp.copyto(x, dp.asarray(src, device=device))
    np.copyto(a, src)
    assert_same(x, a)
    mask = np.array([[True, False, True], [False, False, True]])
    dp.copyto(x, 5, where=dp.asarray(mask, device=device))
    np.copyto(a, 5, where=mask)
    assert_same(x, a)
    dp.copyto(
        x, dp.asarray(np.arange(3), device=device), casting="unsafe", where=[True, False, False]
    )
    np.copyto(a, np.arange(3), casting="unsafe", where=[True, False, False])
    assert_same(x, a)
    i, y = both((3,), device, dtype="int32")
    with pytest.raises(TypeError, match="copyto"):
        dp.copyto(y, 1.5)
    with pytest.raises(TypeError, match="copyto"):
        dp.copyto(y, dp.asarray([1, 2, 3], device=device, dtype="int64"), casting="safe")
    with pytest.raises(ValueError, match="copyto"):
        dp.copyto(y, 1, casting="bogus")
    dp.copyto(y, 1.5, casting="unsafe")
    np.copyto(i, 1.5, casting="unsafe")
    assert_same(y, i)


def test_require(device):
    a, x = both((3, 4), device)
    assert dp.require(x) is x
    assert dp.require(x, requirements="C") is x
    f = dp.require(x, requirements=["F", "A"])
    assert f._is_f_contiguous and not f._is_c_contiguous
    assert_same(f, a)
    c = dp.require(x.T, dtype="float32", requirements=["C_CONTIGUOUS"])
    assert c._is_c_contiguous
    assert_same(c, np.require(a.T, "float32", ["C_CONTIGUOUS"]))
    o = dp.require(x, requirements="O")
    assert o is not x
    assert_same(o, a)
    with pytest.raises(ValueError, match="require"):
        dp.require(x, requirements="CF")
    with pytest.raises(KeyError):
        dp.require(x, requirements="Z")


def test_zero_dimensional_inputs(device):
    z = np.float64(2.5)
    x = dp.asarray(z, device=device)
    assert_same(dp.delete(x, 0), np.delete(z, 0))
    assert_same(dp.insert(x, 0, 1), np.insert(z, 0, 1))
    assert_same(dp.append(x, 1), np.append(z, 1))
    assert_same(dp.trim_zeros(x), np.trim_zeros(np.asarray(z)))
    assert_same(dp.hstack([x, x]), np.hstack([z, z]))
    assert_same(dp.column_stack([x, x]), np.column_stack([z, z]))
    assert_same(dp.resize(x, (2, 2)), np.resize(z, (2, 2)))
    with pytest.raises(IndexError, match="array_split"):
        dp.array_split(x, 2)
    with pytest.raises(ValueError, match="rot90"):
        dp.rot90(dp.asarray([1, 2], device=device))


@pytest.mark.skipif(len(dp.get_devices()) < 2, reason="needs two devices")
def test_operands_on_two_devices_raise():
    d0, d1 = list(dp.get_devices())[:2]
    x = dp.zeros(3, device=d0)
    y = dp.ones(3, device=d1)
    for call in (
        lambda: dp.hstack([x, y]),
        lambda: dp.append(x, y),
        lambda: dp.insert(x, 1, y),
        lambda: dp.insert(x, [0, 2], y[:2]),
        lambda: dp.copyto(x, y),
        lambda: dp.copyto(x, y, where=[True, False, True]),
        lambda: dp.block([x, y]),
    ):
        with pytest.raises(dp.ExecutionPlacementError):
            call()
