"""The error surface of dparray.kernels: unsupported Python, bad launches, placement, fp64."""

import numpy as np
import pytest

import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import KernelError
from dparray.kernels import kernel_api as kapi


def _launch(k, *args, rng=None, device="host"):
    a = dp.zeros(4, dtype="float32", device=device)
    dpex.call_kernel(k, rng or dpex.Range(4), a, *args)


@dpex.kernel
def returns_value(item, a):
    return 1


@dpex.kernel
def uses_try(item, a):
    try:
        a[0] = 1
    except Exception:  # noqa: BLE001, S110 - the construct under test
        pass


@dpex.kernel
def uses_list(item, a):
    x = [1, 2]
    a[0] = x[0]


@dpex.kernel
def uses_slice(item, a):
    b = a[1:3]
    b[0] = 1


@dpex.kernel
def uses_unknown(item, a):
    a[0] = undefined_name  # noqa: F821


@dpex.kernel
def uses_numpy_function(item, a):
    a[0] = np.sum(a)


@dpex.kernel
def uses_global_object(item, a):
    a[0] = SOME_DICT["x"]


SOME_DICT = {"x": 1}


def plain_helper(x):
    return x


@dpex.kernel
def uses_plain_function(item, a):
    a[0] = plain_helper(1)


@dpex.kernel
def uses_or_values(item, a):
    a[0] = a[1] or a[2]


@dpex.kernel
def float_index(item, a):
    a[1.5] = 0


@pytest.mark.parametrize(
    ("k", "match"),
    [
        (returns_value, "cannot return a value"),
        (uses_try, "try/except"),
        (uses_list, "a list"),
        (uses_slice, "slice"),
        (uses_unknown, "'undefined_name' is not defined"),
        (uses_numpy_function, "numpy.sum"),
        (uses_global_object, "SOME_DICT"),
        (uses_or_values, "'or' on a float32"),
        (float_index, "array index"),
        (uses_plain_function, "decorate it with @dparray.kernels.device_func"),
    ],
)
def test_unsupported_constructs_name_file_and_line(k, match):
    with pytest.raises(KernelError, match=match) as e:
        _launch(k)
    assert "test_kernels_errors.py:" in str(e.value)
    assert isinstance(e.value, TypeError)
    line = int(str(e.value).split("test_kernels_errors.py:")[1].split(",")[0])
    import inspect

    src, first = inspect.getsourcelines(k.py_func)
    assert first < line < first + len(src)


@dpex.kernel
def nd_only(item, a):
    a[item.get_global_id(0)] = 1


def test_nditem_method_in_range_kernel():
    with pytest.raises(KernelError, match="NdRange"):
        _launch(nd_only)


@dpex.kernel
def atomic_wrong_value_type(item, a):
    kapi.AtomicRef(a, 0).fetch_add(np.int32(1))


@dpex.kernel
def atomic_float_or(item, a):
    kapi.AtomicRef(a, 0).fetch_or(1)


def test_atomic_typing():
    with pytest.raises(KernelError, match="must match"):
        _launch(atomic_wrong_value_type)
    with pytest.raises(KernelError, match="integer refs only"):
        _launch(atomic_float_or)


@dpex.kernel
def plain(item, a):
    a[item.get_id(0)] = 1


def test_bad_launches(device):
    a = dp.zeros(4, dtype="float32", device=device)
    with pytest.raises(TypeError, match="NumPy array"):
        dpex.call_kernel(plain, dpex.Range(4), np.zeros(4))
    with pytest.raises(TypeError, match="at least one dparray array"):
        dpex.call_kernel(plain, dpex.Range(4), 3)
    with pytest.raises(TypeError, match="needs an NdRange"):
        dpex.call_kernel(plain, dpex.Range(4), a, kapi.LocalAccessor(4, np.float32))
    with pytest.raises(TypeError, match="Range or NdRange"):
        dpex.call_kernel(plain, (4,), a)
    with pytest.raises(TypeError, match="cannot be called directly"):
        plain(None, a)
    with pytest.raises(TypeError, match="not a @kernel"):
        dpex.call_kernel(plain.py_func, dpex.Range(4), a)
    with pytest.raises(TypeError, match="takes 2 parameters"):
        dpex.call_kernel(plain, dpex.Range(4), a, a, a)


def test_mixed_queues():
    devs = dp.get_devices()
    if len(devs) < 2:
        pytest.skip("one device")

    @dpex.kernel
    def two(item, a, b):
        a[0] = b[0]

    a = dp.zeros(4, device=devs[0])
    b = dp.zeros(4, device=devs[1])
    with pytest.raises(dp.ExecutionPlacementError, match="different queues"):
        dpex.call_kernel(two, dpex.Range(1), a, b)


@dpex.kernel
def uses_double(item, a):
    a[item.get_id(0)] = a[item.get_id(0)] * 1.5 + 0.1 * float(item.get_id(0))


def test_float64_on_device_without_fp64():
    devs = [d for d in dp.get_devices() if not d.has_aspect_fp64]
    if not devs:
        pytest.skip("every device here has float64")
    a = dp.zeros(4, dtype="float32", device=devs[0])
    with pytest.raises(ValueError, match="does not support"):
        dpex.call_kernel(uses_double, dpex.Range(4), a)


def test_decorator_forms():
    with pytest.raises(ValueError):
        dpex.kernel(3)
    with pytest.raises(NotImplementedError):
        dpex.kernel("void(int64)")
    k = dpex.kernel(boundscheck=False)(plain.py_func)
    assert isinstance(k, dpex.Kernel)


@dpex.device_func
def read_next(a, i):
    return a[i + 1]


@dpex.kernel(boundscheck=True)
def checked_shift(item, a, b):
    i = item.get_id(0)
    b[i] = read_next(a, i)


@dpex.kernel(boundscheck=True)
def checked_2d(it, a):
    a[it.get_global_id(0), it.get_global_id(1) * 2] = 1


def test_boundscheck_names_array_index_and_work_item(device):
    a = dp.arange(10, dtype="int32", device=device)
    b = dp.zeros(10, dtype="int32", device=device)
    with pytest.raises(
        IndexError,
        match=r"index 10 is out of bounds for axis 0 of array 'a' with size 10, in work-item \(9,\)",
    ) as e:
        dpex.call_kernel(checked_shift, dpex.Range(10), a, b)
    assert "test_kernels_errors.py:" in str(e.value)
    dpex.call_kernel(checked_shift, dpex.Range(9), a, b)  # in range: runs, and the record was reset
    np.testing.assert_array_equal(dp.asnumpy(b)[:9], np.arange(1, 10))
    m = dp.zeros((4, 6), dtype="int8", device=device)
    with pytest.raises(
        IndexError, match=r"axis 1 of array 'a' with size 6, in work-item \((\d), 3\)"
    ):
        dpex.call_kernel(checked_2d, dpex.NdRange((4, 4), (2, 2)), m)


@dpex.kernel
def add_int(item, a, v):
    a[0] = v


def test_python_int_too_large_for_int64(device):
    a = dp.zeros(1, dtype="int64", device=device)
    dpex.call_kernel(add_int, dpex.Range(1), a, 5)
    assert int(a[0]) == 5
    with pytest.raises(OverflowError):
        dpex.call_kernel(add_int, dpex.Range(1), a, 2**64)
    with pytest.raises(OverflowError):
        dpex.call_kernel(add_int, dpex.Range(1), a, 2**63)
