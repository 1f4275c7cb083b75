"""Creation routines, dtype objects, conversions, printing and array properties against NumPy 2,
on every device."""

import operator

import numpy as np
import pytest

import dparray as dp

DTYPES = [
    "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "complex64", "complex128",
]
FP64 = {"float64", "complex128"}


def skip_if_no_fp64(device, *dtypes):
    if not device.has_aspect_fp64 and any(str(np.dtype(d)) in FP64 for d in dtypes):
        pytest.skip(f"{device.filter_string} has no float64")


def default_float(device):
    return np.float64 if device.has_aspect_fp64 else np.float32


def check(got, expected):
    """Same dtype, shape and values (NaN-aware, exact)."""
    assert isinstance(got, dp.ndarray), type(got)
    g = dp.asnumpy(got)
    e = np.asarray(expected)
    assert g.dtype == e.dtype, f"dtype {g.dtype} != {e.dtype}"
    assert g.shape == e.shape, f"shape {g.shape} != {e.shape}"
    np.testing.assert_array_equal(g, e)


def on_device(e, device):
    """A NumPy result as created on `device`: 64-bit floats become 32-bit without float64."""
    e = np.asarray(e)
    if not device.has_aspect_fp64 and e.dtype.name in FP64:
        return e.astype(np.float32 if e.dtype.kind == "f" else np.complex64)
    return e


# ---------------------------------------------------------------------------------------------
# asarray


@pytest.mark.parametrize("obj", [
    [1, 2, 3], [1.5, -2.0], [True, False], [1, 2.5, True], [1, 2j], [[1, 2], [3, 4]],
    [[[1], [2]], [[3], [4]]], (1, 2), [(1, 2), [3, 4]], [], [[]], [[], []], 5, 2.5, True, 1j,
    [2**63], [-1, 2**63], [np.float32(1), np.float32(2)], [np.int8(1), 2], [np.uint8(3), True],
    [np.float32(1), 2], np.float16(2.5), np.int16(-7),
], ids=repr)
def test_asarray_from_python_data(device, obj):
    check(dp.asarray(obj, device=device), on_device(np.asarray(obj), device))


@pytest.mark.parametrize("obj", [[[1, 2], [3]], [[1, 2], 3], [1, [2, 3]], [[[1]], [2]]],
                         ids=repr)
def test_asarray_ragged_is_value_error(device, obj):
    with pytest.raises(ValueError, match="inhomogeneous"):
        dp.asarray(obj, device=device)


@pytest.mark.parametrize("dtype", DTYPES)
def test_asarray_from_python_data_with_dtype(device, dtype):
    skip_if_no_fp64(device, dtype)
    obj = [[0, 1, 2], [3, 4, 5]]
    check(dp.asarray(obj, dtype=dtype, device=device), np.asarray(obj, dtype=dtype))
    check(dp.asarray([1.75, -0.5], dtype=dtype, device=device) if dtype[0] != "u"
          else dp.asarray([1.75, 0.5], dtype=dtype, device=device),
          np.asarray([1.75, -0.5] if dtype[0] != "u" else [1.75, 0.5]).astype(dtype))


def test_asarray_bad_values(device):
    with pytest.raises(OverflowError, match="uint8"):
        dp.asarray([300], dtype="uint8", device=device)
    with pytest.raises(OverflowError, match="int8"):
        dp.asarray([[1], [-129]], dtype="int8", device=device)
    with pytest.raises(OverflowError):
        dp.asarray([2**64], device=device)
    with pytest.raises(ValueError, match="nan"):
        dp.asarray([1.0, float("nan")], dtype="int32", device=device)
    with pytest.raises(TypeError, match="str"):
        dp.asarray(["a", "b"], device=device)
    with pytest.raises(TypeError, match="NoneType"):
        dp.asarray(None, device=device)
    with pytest.raises(TypeError, match="not understood"):
        dp.asarray([1], dtype="float33", device=device)


@pytest.mark.parametrize("dtype", DTYPES + [">i4", ">f8", "<u2"])
def test_asarray_from_numpy_every_dtype(device, dtype):
    skip_if_no_fp64(device, dtype)
    a = (np.arange(24) % 5 - 1).astype(dtype).reshape(4, 6)
    native = a.astype(a.dtype.newbyteorder("="))
    check(dp.asarray(a, device=device), native)
    check(dp.asarray(a[:, ::2], device=device), native[:, ::2])  # non-contiguous
    check(dp.asarray(a.T, device=device), native.T)
    check(dp.asarray(a[::-1, 1:], device=device), native[::-1, 1:])
    check(dp.asarray(np.asarray(a[0, 0]), device=device), native[0, 0])  # 0-d
    check(dp.asarray(a[:0], device=device), native[:0])


def test_asarray_from_numpy_with_dtype_and_fp64_fallback(device):
    a = np.linspace(0, 1, 7)
    check(dp.asarray(a, dtype="float32", device=device), a.astype(np.float32))
    check(dp.asarray(a, dtype="int16", device=device), a.astype(np.int16))
    check(dp.asarray(a, device=device), on_device(a, device))


def test_asarray_from_dparray(device):
    x = dp.asarray([[1, 2], [3, 4]], dtype="int16", device=device)
    assert dp.asarray(x) is x
    assert dp.asarray(x, copy=False) is x
    assert dp.asarray(x, dtype="int16") is x
    assert dp.asarray(x, device=device) is x
    c = dp.asarray(x, copy=True)
    assert c is not x
    check(c, np.array([[1, 2], [3, 4]], np.int16))
    f = dp.asarray(x, dtype="float32")
    check(f, np.array([[1, 2], [3, 4]], np.float32))
    with pytest.raises(ValueError, match="copy=False"):
        dp.asarray(x, dtype="float32", copy=False)
    with pytest.raises(ValueError, match="copy=False"):
        dp.asarray([1, 2], copy=False, device=device)
    h = dp.asarray(x, usm_type="host")
    assert h.usm_type == "host" and h.sycl_queue == x.sycl_queue
    check(h, np.array([[1, 2], [3, 4]], np.int16))


def test_asarray_across_devices():
    devices = dp.get_devices()
    for src in devices:
        x = dp.asarray(np.arange(6, dtype=np.int32).reshape(2, 3), device=src)
        for dst in devices:
            y = dp.asarray(x, device=dst)
            assert y.sycl_device == dst
            check(y, np.arange(6, dtype=np.int32).reshape(2, 3))
            if dst != src:
                with pytest.raises(ValueError, match="copy=False"):
                    dp.asarray(x, device=dst, copy=False)


def test_asarray_of_arrays_in_a_list(device):
    x = dp.asarray([1, 2], dtype="int8", device=device)
    r = dp.asarray([x, x])
    assert r.sycl_queue == x.sycl_queue  # compute follows data
    check(r, np.array([[1, 2], [1, 2]], np.int8))
    check(dp.asarray([dp.asarray(1, device=device), 2.5]), on_device(np.asarray([1, 2.5]), device))


def test_asarray_queue_keywords(device):
    q = dp.Queue(device)
    assert dp.asarray([1], sycl_queue=q).sycl_queue == q
    assert dp.asarray([1], queue=q).sycl_queue == q
    assert dp.asarray([1], device=q).sycl_queue == q
    with pytest.raises(ValueError, match="not both"):
        dp.asarray([1], sycl_queue=q, queue=q)
    with pytest.raises(TypeError, match="sycl_queue"):
        dp.asarray([1], sycl_queue="cpu")
    with pytest.raises(ValueError, match="usm_type"):
        dp.asarray([1], usm_type="global", device=device)


# ---------------------------------------------------------------------------------------------
# empty / zeros / ones / full and their *_like


@pytest.mark.parametrize("shape", [3, (3,), (2, 3), (), (0,), (2, 0, 4), [2, 2]], ids=repr)
def test_zeros_ones_full_empty_shapes(device, shape):
    f = default_float(device)
    check(dp.zeros(shape, device=device), np.zeros(shape, f))
    check(dp.ones(shape, device=device), np.ones(shape, f))
    check(dp.full(shape, 7, device=device), np.full(shape, 7))
    check(dp.full(shape, 2.5, device=device), np.full(shape, 2.5, f))
    e = dp.empty(shape, device=device)
    assert e.shape == np.empty(shape).shape and e.dtype == f


@pytest.mark.parametrize("dtype", DTYPES)
def test_creation_dtypes(device, dtype):
    skip_if_no_fp64(device, dtype)
    check(dp.zeros((2, 3), dtype=dtype, device=device), np.zeros((2, 3), dtype))
    check(dp.ones(4, dtype=dtype, device=device), np.ones(4, dtype))
    check(dp.full((2, 2), 1, dtype=dtype, device=device), np.full((2, 2), 1, dtype))
    assert dp.empty(5, dtype=dtype, device=device).dtype == dtype
    x = dp.asarray(np.arange(6).reshape(2, 3) % 2, dtype=dtype, device=device)
    check(dp.zeros_like(x), np.zeros((2, 3), dtype))
    check(dp.ones_like(x), np.ones((2, 3), dtype))
    check(dp.full_like(x, 1), np.ones((2, 3), dtype))
    e = dp.empty_like(x)
    assert e.shape == (2, 3) and e.dtype == dtype and e.sycl_queue == x.sycl_queue


def test_full_values(device):
    f = default_float(device)
    check(dp.full(3, True, device=device), np.full(3, True))
    check(dp.full(2, 2**63, device=device), np.full(2, 2**63))
    check(dp.full(2, 1.5, dtype="int8", device=device), np.full(2, 1.5, dtype="int8"))
    check(dp.full(2, np.int8(5), device=device), np.full(2, np.int8(5)))
    check(dp.full(2, dp.asarray(3.0, dtype="float32", device=device), device=device),
          np.full(2, 3.0, np.float32))
    check(dp.full((2, 2), -1.5, dtype="float32", device=device), np.full((2, 2), -1.5, "f4"))
    c = dp.full(2, 1 + 2j, device=device)
    assert c.dtype == (np.complex128 if f is np.float64 else np.complex64)
    with pytest.raises(OverflowError, match="int8"):
        dp.full(2, 300, dtype="int8", device=device)
    with pytest.raises(OverflowError, match="uint8"):
        dp.full(2, -1, dtype="uint8", device=device)
    with pytest.raises(ValueError, match="int32"):
        dp.full(2, float("nan"), dtype="int32", device=device)
    with pytest.raises(TypeError, match="fill_value"):
        dp.full(2, "x", device=device)


@pytest.mark.parametrize("name", ["empty", "zeros", "ones"])
def test_negative_shape_is_value_error(device, name):
    with pytest.raises(ValueError, match="negative"):
        getattr(dp, name)(-1, device=device)
    with pytest.raises(ValueError, match=r"negative.*\(2, -3\)"):
        getattr(dp, name)((2, -3), device=device)
    with pytest.raises(TypeError, match="shape"):
        getattr(dp, name)((2, 1.5), device=device)
    with pytest.raises(TypeError, match="shape"):
        getattr(dp, name)("3", device=device)


def test_full_negative_shape(device):
    with pytest.raises(ValueError, match="negative"):
        dp.full((-2,), 1, device=device)


@pytest.mark.parametrize("usm_type", ["device", "shared", "host"])
def test_placement_keywords(device, usm_type):
    q = dp.Queue(device)
    for make in (lambda **kw: dp.zeros(3, **kw), lambda **kw: dp.ones(3, **kw),
                 lambda **kw: dp.empty(3, **kw), lambda **kw: dp.full(3, 1, **kw),
                 lambda **kw: dp.arange(3, **kw), lambda **kw: dp.linspace(0, 1, 3, **kw),
                 lambda **kw: dp.eye(3, **kw), lambda **kw: dp.asarray([1, 2, 3], **kw)):
        a = make(device=device, usm_type=usm_type)
        assert a.usm_type == usm_type and a.sycl_device == device
        b = make(sycl_queue=q, usm_type=usm_type)
        assert b.sycl_queue == q and b.usm_type == usm_type
        assert make(queue=q).sycl_queue == q
        assert make(device=device).usm_type == "device"
        assert make(device=device.filter_string).sycl_device == device


def test_like_placement(device):
    x = dp.ones((2, 2), dtype="int32", device=device, usm_type="shared")
    for like in (dp.zeros_like, dp.ones_like, dp.empty_like):
        r = like(x)
        assert r.sycl_queue == x.sycl_queue and r.usm_type == "shared" and r.dtype == dp.int32
        assert like(x, usm_type="host").usm_type == "host"
        assert like(x, dtype="float32").dtype == dp.float32
        q = dp.Queue(device)
        assert like(x, sycl_queue=q).sycl_queue == q
    other = dp.get_devices()[-1]
    y = dp.full_like(x, 3, device=other)
    assert y.sycl_device == other
    check(y, np.full((2, 2), 3, np.int32))
    check(dp.full_like(x, 2.7), np.full((2, 2), 2, np.int32))  # cast to x.dtype, as NumPy


def test_bad_device_and_queue_arguments(device):
    with pytest.raises(ValueError, match="no_such"):
        dp.zeros(2, device="no_such:gpu")
    with pytest.raises(TypeError, match="device"):
        dp.zeros(2, device=3.5)
    other = [d for d in dp.get_devices() if d != device]
    if other:
        with pytest.raises(ValueError, match="different devices"):
            dp.zeros(2, device=other[0], sycl_queue=dp.Queue(device))


# ---------------------------------------------------------------------------------------------
# arange, linspace, eye


@pytest.mark.parametrize("args", [
    (5,), (0,), (-3,), (2, 7), (7, 2), (1, 10, 3), (10, 1, -3), (5, 0, -1), (-5, 5, 2),
    (0.5, 3), (1, 2, 0.1), (0, 1, 0.25), (-3, 3, 1.5), (3.0,), (0, -1, -0.3), (True,), (False, 3),
    (2**62, 2**62 + 3), (np.int8(3),), (np.float32(2.5),), (np.uint8(2), 5),
], ids=repr)
def test_arange(device, args):
    check(dp.arange(*args, device=device), on_device(np.arange(*args), device))


@pytest.mark.parametrize("args, dtype", [
    ((5,), "float32"), ((0, 5, 1.5), "int64"), ((0.5, 3), "int8"), ((-3, 3, 1.5), "int32"),
    ((2,), "bool"), ((6,), "uint16"), ((0, 2, 0.5), "complex64"), ((3,), "float16"),
], ids=repr)
def test_arange_dtype(device, args, dtype):
    check(dp.arange(*args, dtype=dtype, device=device), np.arange(*args, dtype=dtype))


def test_arange_errors(device):
    with pytest.raises(ValueError, match="step"):
        dp.arange(0, 5, 0, device=device)
    with pytest.raises(ValueError, match="step"):
        dp.arange(0, 1, 0.0, device=device)
    with pytest.raises(TypeError, match="complex"):
        dp.arange(0, 1j, device=device)
    with pytest.raises(TypeError, match="bool"):
        dp.arange(5, dtype=bool, device=device)
    with pytest.raises(TypeError, match="real numbers"):
        dp.arange("5", device=device)
    with pytest.raises(ValueError, match="finite"):
        dp.arange(0, float("inf"), device=device)


@pytest.mark.parametrize("args, kw", [
    ((0, 1, 5), {}), ((0, 1, 5), {"endpoint": False}), ((2, -3, 11), {}), ((0, 1, 0), {}),
    ((0, 1, 1), {}), ((0, 1, 1), {"endpoint": False}), ((1, 1, 4), {}), ((-1, 1, 7), {}),
    ((0, 10, 4), {"dtype": "int64"}), ((-1, 1, 7), {"dtype": "int8"}),
    ((0, 1, 5), {"dtype": "float32"}), ((0, 1j, 3), {}), ((1 + 1j, -1, 4), {"endpoint": False}),
    ((5, 0, 6), {"dtype": "uint8"}), ((0, 1, 3), {"dtype": "float16"}),
], ids=repr)
def test_linspace(device, args, kw):
    expected = on_device(np.linspace(*args, **kw), device)
    got = dp.linspace(*args, device=device, **kw)
    g = dp.asnumpy(got)
    assert g.dtype == expected.dtype and g.shape == expected.shape
    np.testing.assert_allclose(g, expected, rtol=4 * np.finfo(np.float32).eps
                               if expected.dtype.kind in "fc" and expected.itemsize <= 8 and
                               expected.dtype != np.complex128 else 1e-15)
    if expected.dtype.kind in "iu":
        np.testing.assert_array_equal(g, expected)


def test_linspace_retstep(device):
    r, step = dp.linspace(0, 1, 5, retstep=True, device=device)
    e, estep = np.linspace(0, 1, 5, retstep=True)
    assert step == estep
    check(r, on_device(e, device))
    _, s1 = dp.linspace(0, 1, 1, retstep=True, device=device)
    assert np.isnan(s1) and np.isnan(np.linspace(0, 1, 1, retstep=True)[1])
    _, s2 = dp.linspace(0, 1, 4, endpoint=False, retstep=True, device=device)
    assert s2 == 0.25
    with pytest.raises(ValueError, match="num"):
        dp.linspace(0, 1, -1, device=device)
    with pytest.raises(TypeError, match="numbers"):
        dp.linspace("a", 1, device=device)


@pytest.mark.parametrize("n, m, k", [
    (3, None, 0), (3, None, 1), (3, None, -2), (2, 4, 1), (4, 2, -1), (3, 3, 5), (3, 3, -5),
    (0, None, 0), (1, 5, 4), (5, 1, -4), (4, 6, -1),
])
def test_eye(device, n, m, k):
    check(dp.eye(n, m, k=k, device=device), on_device(np.eye(n, m, k=k), device))
    check(dp.eye(n, m, k=k, dtype="int16", device=device), np.eye(n, m, k=k, dtype="int16"))
    check(dp.eye(n, m, k=k, dtype=bool, device=device), np.eye(n, m, k=k, dtype=bool))


def test_eye_negative(device):
    with pytest.raises(ValueError, match="negative"):
        dp.eye(-1, device=device)
    with pytest.raises(ValueError, match="negative"):
        dp.eye(2, -2, device=device)


# ---------------------------------------------------------------------------------------------
# dtype objects and promotion functions


@pytest.mark.parametrize("name", DTYPES)
def test_dtype_objects(name):
    t = getattr(dp, name)
    n = np.dtype(name)
    assert t == n and n == t
    assert t == name and t == n.type and t == n.char
    assert t != "complex256" and t != None and t != 3
    assert repr(t) == repr(n) and str(t) == str(n)
    assert t.name == n.name and t.itemsize == n.itemsize and t.kind == n.kind
    assert t.char == n.char and t.str == n.str
    assert hash(t) == hash(dp.dtype(name))
    assert dp.dtype(name) is t and dp.dtype(n) is t and dp.dtype(n.type) is t
    assert np.dtype(t) == n  # NumPy reads dparray dtypes
    assert t.type is n.type
    assert len({t, dp.dtype(n)}) == 1


def test_dtype_aliases_and_errors():
    assert dp.dtype(float) == dp.float64 and dp.dtype(int) == dp.int64
    assert dp.dtype(bool) == dp.bool and dp.dtype(complex) == dp.complex128
    assert dp.dtype("f") == dp.float32 and dp.dtype("<i2") == dp.int16 and dp.dtype("c8") == "F"
    assert dp.bool_ == dp.bool
    with pytest.raises(TypeError, match="float33"):
        dp.dtype("float33")
    with pytest.raises(TypeError, match="not understood"):
        dp.dtype(object)
    with pytest.raises(TypeError):
        dp.dtype(None)


def test_dtype_call_makes_scalars(device):
    v = dp.float32(3.0)
    assert v == np.float32(3.0) and type(v) is np.float32
    assert type(dp.int8(-3)) is np.int8 and dp.int8(-3) == -3
    assert dp.complex64(1 + 2j) == np.complex64(1 + 2j)
    x = dp.asarray([1.7, -2.2], device=device)
    check(dp.int32(x), np.array([1, -2], np.int32))
    assert dp.zeros(2, dtype=np.float32, device=device).dtype == dp.float32
    assert np.zeros(2, dtype=dp.int16).dtype == np.int16


def test_result_type_promote_types_can_cast():
    for a in DTYPES:
        for b in DTYPES:
            assert dp.promote_types(a, b) == np.promote_types(a, b), (a, b)
            assert dp.result_type(a, b) == np.result_type(a, b), (a, b)
            for casting in ("no", "equiv", "safe", "same_kind", "unsafe"):
                assert dp.can_cast(a, b, casting=casting) == np.can_cast(a, b, casting), (
                    a, b, casting)
        for s in (1, 2.5, True, 1j):
            assert dp.result_type(a, s) == np.result_type(a, s), (a, s)
    assert dp.result_type(1, 2.0) == np.result_type(1, 2.0)
    assert dp.result_type(True, 1) == dp.int64
    assert dp.result_type(dp.int8, dp.uint8, 1.0) == np.result_type(np.int8, np.uint8, 1.0)
    x = dp.ones(2, dtype="int16")
    assert dp.result_type(x, 1.0) == np.result_type(np.int16, 1.0)
    assert dp.can_cast(x, "int32") and not dp.can_cast(x, "int8")
    with pytest.raises(ValueError, match="casting"):
        dp.can_cast("f4", "i4", casting="bogus")
    with pytest.raises(ValueError, match="at least one"):
        dp.result_type()
    assert dp.result_type(None) == np.result_type(None)  # None is the default float64
    # NumPy scalars count with their dtype (NumPy 2), Python scalars are weak.
    for v in (np.float32(1), np.int16(1), np.uint8(3), np.complex64(1), np.bool_(True)):
        for b in DTYPES:
            assert dp.result_type(v, b) == np.result_type(v, b), (v, b)
        assert dp.result_type(v) == np.result_type(v), v
    with pytest.raises(TypeError, match="not understood"):
        dp.promote_types("int8", "cat")


# ---------------------------------------------------------------------------------------------
# Conversions, len, iteration


@pytest.mark.parametrize("dtype", DTYPES)
def test_python_conversions_of_size_one_arrays(device, dtype):
    skip_if_no_fp64(device, dtype)
    for shape in ((), (1,), (1, 1)):
        a = np.full(shape, 3, dtype)
        x = dp.asarray(a, device=device)
        assert x.item() == a.item() and type(x.item()) is type(a.item())
        assert bool(x) is bool(a)
        if a.dtype.kind == "c":
            with pytest.raises(TypeError, match="complex"):
                float(x)
            with pytest.raises(TypeError, match="complex"):
                int(x)
        else:
            assert float(x) == float(a.item()) and type(float(x)) is float
            assert int(x) == int(a.item()) and type(int(x)) is int
        assert complex(x) == complex(a.item())
        if a.dtype.kind in "iu":
            assert operator.index(x) == 3
        else:
            with pytest.raises(TypeError, match="integer"):
                operator.index(x)


def test_conversion_errors(device):
    x = dp.asarray([1, 2], device=device)
    for f in (bool, int, float, complex):
        with pytest.raises(ValueError, match="(one element|ambiguous)"):
            f(x)
    with pytest.raises(ValueError, match="ambiguous"):
        bool(dp.asarray([], device=device))
    with pytest.raises(ValueError):
        int(dp.asarray(float("nan"), device=device))
    with pytest.raises(ValueError, match="one element"):
        x.item()


def test_len_and_iteration(device):
    a = np.arange(12, dtype=np.int32).reshape(3, 4)
    x = dp.asarray(a, device=device)
    assert len(x) == 3 and len(x.T) == 4
    rows = list(x)
    assert len(rows) == 3
    for r, e in zip(rows, a):
        assert isinstance(r, dp.ndarray)
        check(r, e)
    cols = list(x.T)
    for c, e in zip(cols, a.T):
        check(c, e)
    assert [int(v) for v in dp.asarray([5, 6], device=device)] == [5, 6]
    it = iter(x)
    assert iter(it) is it
    check(next(it), a[0])
    x += 1  # rows are views: later rows see the update
    check(next(it), a[1] + 1)
    assert list(dp.ones((0, 2), device=device)) == []
    s = dp.asarray(1, device=device)
    with pytest.raises(TypeError, match="len"):
        len(s)
    with pytest.raises(TypeError, match="0-d"):
        iter(s)


# ---------------------------------------------------------------------------------------------
# repr / str / format / __array__


@pytest.mark.parametrize("a", [
    np.array([1, 2]), np.array([1, 2], dtype=np.int8), np.array([1.5, 2.0]),
    np.array([1.5, 2.0], np.float32), np.array([[1, 2], [3, 4]], np.uint16), np.array(3),
    np.array(2.5), np.array(True), np.array([True, False]), np.array([], np.float32),
    np.zeros((2, 0)), np.array([1 + 2j, -1j]), np.array([1 + 2j], np.complex64),
    np.array([0.5, np.nan, np.inf], np.float16), np.array([2**63 + 5], np.uint64),
    np.arange(2000, dtype=np.int64), np.arange(24.0).reshape(2, 3, 4),
], ids=lambda a: f"{a.dtype}{a.shape}")
def test_repr_and_str_like_numpy(device, a):
    skip_if_no_fp64(device, a.dtype)
    x = dp.asarray(a, device=device)
    assert repr(x) == repr(a)
    assert str(x) == str(a)


def test_format(device):
    x = dp.asarray(1.5, device=device)
    assert f"{x:.2f}" == "1.50" and f"{x}" == "1.5" and format(x, ">6") == format(1.5, ">6")
    assert f"{dp.asarray(7, device=device):04d}" == "0007"
    v = dp.asarray([1.5, 2.0], device=device)
    assert f"{v}" == str(np.array([1.5, 2.0]))
    with pytest.raises(TypeError, match="format"):
        format(v, ".2f")


def test_dunder_array(device):
    a = np.arange(6, dtype=np.int16).reshape(2, 3)
    x = dp.asarray(a, device=device)
    n = np.asarray(x)
    assert type(n) is np.ndarray
    np.testing.assert_array_equal(n, a)
    assert n.dtype == np.int16
    assert np.asarray(x, dtype=np.float32).dtype == np.float32
    np.testing.assert_array_equal(np.asarray(x.T), a.T)
    np.testing.assert_array_equal(np.array(x) + 1, a + 1)
    with pytest.raises(ValueError, match="copy"):
        np.asarray(x, copy=False)
    np.testing.assert_array_equal(dp.asnumpy(x), a)
    assert type(dp.asnumpy(x)) is np.ndarray


# ---------------------------------------------------------------------------------------------
# Properties, views and transfers


@pytest.mark.parametrize("dtype", ["int8", "float32", "complex64", "bool", "uint64"])
def test_properties(device, dtype):
    a = np.zeros((2, 3, 4), dtype)
    x = dp.asarray(a, device=device)
    assert x.shape == (2, 3, 4) and x.ndim == 3 and x.size == 24
    assert x.dtype == dtype and isinstance(x.dtype, dp.dtype)
    assert x.strides == a.strides and x.itemsize == a.itemsize and x.nbytes == a.nbytes
    assert repr(x.device) == f"Device({device.filter_string})"
    assert x.device.sycl_device == device and x.sycl_device == device
    assert x.usm_type == "device"
    assert isinstance(x.sycl_queue, dp.Queue) and x.sycl_queue.sycl_device == device
    assert x.T.shape == (4, 3, 2) and x.T.strides == a.T.strides
    assert x.mT.shape == (2, 4, 3) and x.mT.strides == np.swapaxes(a, -1, -2).strides
    s = dp.asarray(np.float32(1), device=device)
    assert s.shape == () and s.ndim == 0 and s.size == 1 and s.strides == ()
    assert s.T.shape == ()
    with pytest.raises(ValueError, match="mT"):
        _ = s.mT
    with pytest.raises(ValueError, match="mT"):
        _ = dp.ones(3, device=device).mT
    assert x.__array_namespace__() is dp


def test_transposes_share_memory(device):
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    x = dp.asarray(a, device=device)
    check(x.T, a.T)
    check(x.mT, a.T)
    check(x.T.T, a)
    x += 1
    check(x.T, (a + 1).T)


def test_ndarray_constructor_views(device):
    base = dp.asarray(np.arange(12, dtype=np.int32), device=device)
    v = dp.ndarray((3, 2), dtype="int32", strides=(4, 1), buffer=base, offset=1)
    check(v, np.array([[1, 2], [5, 6], [9, 10]], np.int32))
    r = dp.ndarray((4,), dtype="int32", strides=(-3,), buffer=base, offset=11)
    check(r, np.arange(12, dtype=np.int32)[::-3])
    assert r.sycl_queue == base.sycl_queue
    n = dp.ndarray((2, 3), dtype="float32", buffer="shared",
                   buffer_ctor_kwargs={"queue": dp.Queue(device)})
    assert n.usm_type == "shared" and n.shape == (2, 3) and n.sycl_device == device
    f = dp.ndarray((2, 3), dtype="int16", order="F", buffer="host")
    assert f.strides == (2, 4) and f.usm_type == "host"
    with pytest.raises(ValueError, match="bytes"):
        dp.ndarray((5,), dtype="int32", buffer=base, offset=8)
    with pytest.raises(ValueError, match="before the start"):
        dp.ndarray((3,), dtype="int32", strides=(-2,), buffer=base, offset=3)
    with pytest.raises(ValueError, match="strides"):
        dp.ndarray((3,), dtype="int32", strides=(1, 1), buffer=base)
    with pytest.raises(TypeError, match="buffer"):
        dp.ndarray((3,), buffer=3)


def test_to_device_and_asnumpy():
    a = np.arange(10, dtype=np.float32)
    for src in dp.get_devices():
        x = dp.asarray(a, device=src)
        for dst in dp.get_devices():
            y = x.to_device(dst)
            assert y.sycl_device == dst
            check(y, a)
            z = x.to_device(dst.filter_string)
            assert z.sycl_device == dst
        q = dp.Queue(src)
        w = x.to_device(q)
        assert w.sycl_queue == q
        check(w, a)
        check(x.T.to_device(src), a)
    with pytest.raises(ValueError):
        dp.ones(2).to_device("no_such_backend")


# ---------------------------------------------------------------------------------------------
# astype / copy


def cast_samples(src, dst):
    """Values of `src` whose conversion to `dst` is defined (no NaN, inf or out-of-range floats
    into integers; negative floats never go to unsigned types)."""
    k = np.dtype(src).kind
    vals = {"b": [True, False], "i": [0, 1, 3, 100, -1, -100], "u": [0, 1, 3, 100, 200],
            "f": [0.0, 1.0, 2.5, 100.75, -1.5, -0.0], "c": [0, 1 + 2j, 2.5 - 1j, -3 + 0.5j]}[k]
    a = np.array(vals).astype(src)
    if np.dtype(dst).kind in "iub" and k in "fc":
        if np.dtype(dst).kind == "u":
            a = a[a.real >= 0]
        if np.dtype(dst).kind in "iu":
            a = a[np.abs(a.real) < 120]
    if np.dtype(dst).kind == "i" and np.dtype(dst).itemsize == 1 and k == "u":
        a = a[a < 128]
    return a


@pytest.mark.filterwarnings("ignore::numpy.exceptions.ComplexWarning")
@pytest.mark.parametrize("src", DTYPES)
def test_astype_every_pair(device, src):
    skip_if_no_fp64(device, src)
    for dst in DTYPES:
        if not device.has_aspect_fp64 and dst in FP64:
            continue
        a = cast_samples(src, dst)
        x = dp.asarray(a, device=device)
        check(x.astype(dst), a.astype(dst))
        check(dp.astype(x, dst), a.astype(dst))
        check(x.T.astype(dst, copy=False), a.astype(dst))
    x = dp.asarray(cast_samples(src, src), device=device)
    assert x.astype(src, copy=False) is x and dp.astype(x, src, copy=False) is x
    assert x.astype(None).dtype == default_float(device)
    c = x.copy()
    check(c, cast_samples(src, src))
    assert c.sycl_queue == x.sycl_queue


def test_copy_is_independent(device):
    a = np.arange(6, dtype=np.int32).reshape(2, 3)
    x = dp.asarray(a, device=device)
    for c in (x.copy(), dp.copy(x), dp.asarray(x, copy=True), x.astype("int32")):
        x += 0  # ordered before the next write
        c += 10
        check(x, a)
        check(c, a + 10)
    t = x.T.copy()
    check(t, a.T)
    assert t.strides == np.ascontiguousarray(a.T).strides
