"""Bad arguments to every binding: the exception a NumPy user expects, naming the op.

A Python int beyond int64 is OverflowError (ValueError "maximum allowed dimension
exceeded" where it is a dimension, as NumPy's), a wrong type is TypeError, a bad value
ValueError; no RuntimeError (std::bad_cast) ever reaches Python.
"""

import ctypes

import numpy as np
import pytest

import dparray as dp

HUGE = [2**63, 2**64, 2**70, -(2**63) - 1, -(2**100)]
OPENCL = [d for d in dp.get_devices() if d.filter_string.startswith("opencl")]


def raises(exc, op, fn):
    """fn() raises exc (never a RuntimeError) naming the op: "[op] ..." from dparray, or
    nanobind's "op(): incompatible function arguments" for a None where none is allowed."""
    with pytest.raises(exc) as info:
        fn()
    assert not isinstance(info.value, RuntimeError), repr(info.value)
    msg = str(info.value)
    assert f"[{op}]" in msg or msg.startswith(f"{op}(): incompatible function arguments"), msg
    return info.value


# ---- the cases of the issue ----------------------------------------------------------


def test_issue_cases(device):
    x = dp.ones(4, device=device)
    raises(ValueError, "empty", lambda: dp.empty(2**63, device=device))
    raises(ValueError, "reshape", lambda: dp.reshape(x, (2**63,)))
    raises(OverflowError, "sum", lambda: dp.sum(x, axis=2**70))
    raises(OverflowError, "create_sub_devices", lambda: device.create_sub_devices(partition=2**64))
    raises(TypeError, "Queue", lambda: dp.Queue(device, property=["enable_profiling", 5]))
    raises(TypeError, "__dlpack__", lambda: x.__dlpack__(dl_device="ab"))


@pytest.mark.skipif(not OPENCL, reason="no OpenCL device")
def test_issue_submit_negative_range():
    q = dp.Queue(OPENCL[0])
    k = dp.program.create_program_from_source(q, "__kernel void f(__global float* a) {}")
    a = dp.ones(4, device=q)
    raises(ValueError, "submit", lambda: dp.program.submit(q, k.get_kernel("f"), [a], [-1]))
    raises(OverflowError, "submit", lambda: dp.program.submit(q, k.get_kernel("f"), [a], [2**64]))
    raises(TypeError, "submit", lambda: dp.program.submit(q, k.get_kernel("f"), [a], ["8"]))
    raises(TypeError, "submit", lambda: dp.program.submit(q, k.get_kernel("f"), [a], [[8]]))
    raises(TypeError, "submit", lambda: dp.program.submit(q, k.get_kernel("f"), [a], 8.0))
    raises(ValueError, "submit", lambda: dp.program.submit(q, k.get_kernel("f"), [a], [8], [-2]))


# ---- creation ---------------------------------------------------------------------------

CREATORS = {
    "empty": lambda s, d: dp.empty(s, device=d),
    "zeros": lambda s, d: dp.zeros(s, device=d),
    "ones": lambda s, d: dp.ones(s, device=d),
    "full": lambda s, d: dp.full(s, 1, device=d),
}


@pytest.mark.parametrize("op", list(CREATORS))
@pytest.mark.parametrize("big", HUGE)
def test_shape_beyond_int64_is_a_value_error(device, op, big):
    e = raises(ValueError, op, lambda: CREATORS[op](big, device))
    assert "maximum allowed dimension exceeded" in str(e)
    raises(ValueError, op, lambda: CREATORS[op]((2, big), device))
    with pytest.raises(ValueError):  # NumPy agrees on the type
        np.empty((2, big))


@pytest.mark.parametrize("op", list(CREATORS))
@pytest.mark.parametrize("bad", [2.5, "3", None, [1.0], [[2]], ["a"], (2, None), True, {"a": 1}])
def test_shape_of_a_wrong_type_is_a_type_error(device, op, bad):
    raises(TypeError, op, lambda: CREATORS[op](bad, device))


@pytest.mark.parametrize("op", list(CREATORS))
def test_negative_shape_is_a_value_error(device, op):
    raises(ValueError, op, lambda: CREATORS[op](-1, device))
    raises(ValueError, op, lambda: CREATORS[op]((3, -2), device))


@pytest.mark.parametrize("big", HUGE)
def test_linspace_eye_arange_sizes(device, big):
    raises(ValueError, "linspace", lambda: dp.linspace(0, 1, big, device=device))
    raises(ValueError, "linspace", lambda: dp.linspace(0, 1, -1, device=device))
    raises(TypeError, "linspace", lambda: dp.linspace(0, 1, 2.5, device=device))
    raises(TypeError, "linspace", lambda: dp.linspace(0, 1, "3", device=device))
    raises(TypeError, "linspace", lambda: dp.linspace(0, 1, 3, endpoint="yes", device=device))
    raises(ValueError, "eye", lambda: dp.eye(big, device=device))
    raises(ValueError, "eye", lambda: dp.eye(3, big, device=device))
    raises(ValueError, "eye", lambda: dp.eye(-1, device=device))
    raises(TypeError, "eye", lambda: dp.eye(3.0, device=device))
    raises(TypeError, "eye", lambda: dp.eye(3, k="a", device=device))


def test_eye_k_beyond_int64_is_an_empty_diagonal(device):
    # NumPy: eye(3, k=2**64) is all zeros.
    for k in [2**64, -(2**64)]:
        np.testing.assert_array_equal(
            dp.asnumpy(dp.eye(3, k=k, device=device)), np.eye(3, k=k, dtype=np.float32)
        )


def test_asarray_copy_and_usm_type(device):
    raises(TypeError, "asarray", lambda: dp.asarray([1, 2], copy="yes", device=device))
    raises(TypeError, "asarray", lambda: dp.asarray([1, 2], copy=[1], device=device))
    assert dp.asarray([1, 2], copy=np.True_, device=device).shape == (2,)
    raises(TypeError, "usm_type", lambda: dp.zeros(2, usm_type=1, device=device))
    raises(ValueError, "usm_type", lambda: dp.zeros(2, usm_type="gpu", device=device))


# ---- NEP 50: Python scalars that do not fit the dtype ------------------------------------

INT_DTYPES = ["int8", "uint8", "int16", "int32", "uint32", "int64", "uint64"]


@pytest.mark.parametrize("dtype", INT_DTYPES)
@pytest.mark.parametrize("value", [1e300, 3e9, 1e19, 300.0, -1.0, float("inf"), float("-inf")])
def test_python_float_into_int_dtype_as_numpy(device, dtype, value):
    """asarray(v, dtype=int) and x[i] = v: NumPy truncates, then checks the range."""

    def numpy_outcome(fn):
        try:
            fn()
            return None
        except (OverflowError, ValueError) as e:
            return type(e)

    expected = numpy_outcome(lambda: np.asarray(value, dtype=dtype))
    for op, fn in [
        ("asarray", lambda: dp.asarray(value, dtype=dtype, device=device)),
        ("asarray", lambda: dp.asarray([0.0, value], dtype=dtype, device=device)),
        ("setitem", lambda: dp.zeros(3, dtype=dtype, device=device).__setitem__(1, value)),
    ]:
        if expected is None:
            got = fn()
            if op == "asarray":
                np.testing.assert_array_equal(
                    dp.asnumpy(got),
                    np.asarray(np.asarray(value, dtype=dtype), dtype=dtype)
                    if got.ndim == 0
                    else np.asarray([0.0, value], dtype=dtype),
                )
        else:
            raises(expected, op, fn)


@pytest.mark.parametrize("dtype", INT_DTYPES)
def test_nan_into_int_dtype_is_a_value_error(device, dtype):
    raises(ValueError, "asarray", lambda: dp.asarray(float("nan"), dtype=dtype, device=device))
    raises(
        ValueError,
        "setitem",
        lambda: dp.zeros(2, dtype=dtype, device=device).__setitem__(0, float("nan")),
    )


def test_python_int_out_of_range_is_an_overflow_error(device):
    x8 = dp.zeros(3, dtype="int8", device=device)
    raises(OverflowError, "full", lambda: dp.full(3, 300, dtype="int8", device=device))
    raises(OverflowError, "full", lambda: dp.full(3, -1, dtype="uint8", device=device))
    raises(OverflowError, "full_like", lambda: dp.full_like(x8, 300))
    raises(OverflowError, "add", lambda: x8 + 300)
    raises(OverflowError, "asarray", lambda: dp.asarray([300], dtype="int8", device=device))
    raises(OverflowError, "setitem", lambda: x8.__setitem__(0, 300))
    raises(OverflowError, "setitem", lambda: x8.__setitem__(0, 2**64))
    with pytest.raises(OverflowError):
        np.zeros(3, dtype="int8")[0] = 300


def test_python_float_that_promotes_is_fine(device):
    # NumPy promotes int8 + 1e300 to float64 (or the device's default float): no error.
    x8 = dp.zeros(3, dtype="int8", device=device)
    r = x8 + 1e300
    assert r.dtype.kind == "f"


# ---- reductions, manipulation, linalg, elementwise ---------------------------------------

REDUCTIONS = ["sum", "prod", "mean", "max", "min", "any", "all", "var", "std"]


@pytest.mark.parametrize("op", REDUCTIONS)
def test_reduction_axes(device, op):
    x = dp.ones((2, 3), device=device)
    f = getattr(dp, op)
    for big in HUGE:
        raises(OverflowError, op, lambda big=big: f(x, axis=big))
        raises(OverflowError, op, lambda big=big: f(x, axis=(0, big)))
        raises(OverflowError, op, lambda big=big: getattr(x, op)(axis=big))
    for bad in [1.0, "0", [0.5], [[0]], True, {0: 1}]:
        raises(TypeError, op, lambda bad=bad: f(x, axis=bad))
    with pytest.raises((ValueError, IndexError)):  # NumPy's AxisError is both
        f(x, axis=5)


# Functions taking an axis, each called with one out of range for a 2-d (3, 4) array.
AXIS_CALLS = {
    "sum": lambda x: dp.sum(x, axis=2),
    "prod": lambda x: dp.prod(x, axis=(0, -3)),
    "mean": lambda x: dp.mean(x, axis=-3),
    "max": lambda x: dp.max(x, axis=2),
    "argmax": lambda x: dp.argmax(x, axis=2),
    "cumsum": lambda x: dp.cumsum(x, axis=2),
    "sort": lambda x: dp.sort(x, axis=2),
    "argsort": lambda x: dp.argsort(x, axis=-3),
    "take": lambda x: dp.take(x, dp.asarray([0], device=x.device), axis=2),
    "expand_dims": lambda x: dp.expand_dims(x, axis=3),
    "squeeze": lambda x: dp.squeeze(x, axis=2),
    "moveaxis": lambda x: dp.moveaxis(x, 2, 0),
    "flip": lambda x: dp.flip(x, axis=2),
    "roll": lambda x: dp.roll(x, 1, axis=2),
    "concat": lambda x: dp.concat([x, x], axis=2),
    "stack": lambda x: dp.stack([x, x], axis=4),
    "fft": lambda x: dp.fft.fft(x, axis=2),
    "diff": lambda x: dp.diff(x, axis=2),
    "median": lambda x: dp.median(x, axis=2),
    "ptp": lambda x: dp.ptp(x, axis=2),
    "rollaxis": lambda x: dp.rollaxis(x, 2),
    "delete": lambda x: dp.delete(x, 0, axis=2),
    "add.reduce": lambda x: dp.add.reduce(x, axis=2),
    "cumulative_sum": lambda x: dp.cumulative_sum(x, axis=2),
    "unique": lambda x: dp.unique(x, axis=2),
    "take_along_axis": lambda x: dp.take_along_axis(x, dp.zeros((3, 4), "i8", device=x.device), 2),
    "tensordot": lambda x: dp.tensordot(x, x, axes=([2], [0])),
    "unwrap": lambda x: dp.unwrap(x, axis=2),
    "apply_along_axis": lambda x: dp.apply_along_axis(dp.sum, 2, x),
    "linalg.cross": lambda x: dp.linalg.cross(x[:, :3], x[:, :3], axis=2),
    "percentile": lambda x: dp.percentile(x, 50, axis=2),
    "argpartition": lambda x: dp.argpartition(x, 1, axis=2),
    "random.permutation": lambda x: dp.random.default_rng(0).permuted(x, axis=2),
}


@pytest.mark.parametrize("name", list(AXIS_CALLS))
def test_axis_out_of_range_is_dparray_axis_error(device, name):
    x = dp.ones((3, 4), device=device)
    with pytest.raises(dp.AxisError) as info:
        AXIS_CALLS[name](x)
    msg = str(info.value)
    assert "out of bounds for array of dimension" in msg, msg
    assert msg.startswith("[") and "] " in msg, f"the op in brackets first: {msg}"
    # as NumPy's AxisError: both, so code catching either keeps working
    assert isinstance(info.value, ValueError) and isinstance(info.value, IndexError)
    assert dp.fft.AxisError is dp.AxisError


@pytest.mark.parametrize("op", ["argmax", "argmin", "cumsum"])
def test_single_axis_reductions(device, op):
    x = dp.ones((2, 3), device=device)
    f = getattr(dp, op)
    for big in HUGE:
        raises(OverflowError, op, lambda big=big: f(x, axis=big))
    for bad in [1.0, "0", (0,), None.__class__]:
        raises(TypeError, op, lambda bad=bad: f(x, axis=bad))


def test_var_ddof_types(device):
    x = dp.ones(4, device=device)
    raises(TypeError, "var", lambda: dp.var(x, ddof="1"))
    raises(TypeError, "std", lambda: dp.std(x, correction=[1]))
    raises(TypeError, "var", lambda: dp.var(x, ddof=1j))


def test_manipulation_ints(device):
    x = dp.ones((2, 3), device=device)
    for big in HUGE:
        raises(ValueError, "reshape", lambda big=big: x.reshape(big))
        raises(ValueError, "reshape", lambda big=big: x.reshape((big, 1)))
        raises(OverflowError, "permute_dims", lambda big=big: dp.permute_dims(x, (0, big)))
        raises(OverflowError, "expand_dims", lambda big=big: dp.expand_dims(x, big))
        raises(OverflowError, "squeeze", lambda big=big: dp.squeeze(x, big))
        raises(OverflowError, "roll", lambda big=big: dp.roll(x, big))
        raises(OverflowError, "stack", lambda big=big: dp.stack([x], axis=big))
        raises(OverflowError, "concat", lambda big=big: dp.concat([x], axis=big))
        raises(OverflowError, "flip", lambda big=big: dp.flip(x, axis=big))
        raises(OverflowError, "moveaxis", lambda big=big: dp.moveaxis(x, big, 0))
        raises(
            OverflowError,
            "take",
            lambda big=big: dp.take(x, dp.asarray([0], device=device), axis=big),
        )
    raises(TypeError, "reshape", lambda: dp.reshape(x, ("a", 3)))
    raises(TypeError, "reshape", lambda: dp.reshape(x, 6.0))
    raises(TypeError, "reshape", lambda: dp.reshape(x, (6,), copy="no"))
    raises(TypeError, "stack", lambda: dp.stack([x], axis="0"))


def test_linalg_ints(device):
    x = dp.ones(3, device=device)
    m = dp.ones((3, 3), device=device)
    for big in HUGE:
        raises(OverflowError, "vecdot", lambda big=big: dp.vecdot(x, x, axis=big))
        raises(OverflowError, "tensordot", lambda big=big: dp.tensordot(m, m, axes=big))
        raises(OverflowError, "tensordot", lambda big=big: dp.tensordot(m, m, axes=([big], [0])))
    raises(TypeError, "vecdot", lambda: dp.vecdot(x, x, axis="0"))
    raises(TypeError, "tensordot", lambda: dp.tensordot(m, m, axes=([0.5], [0])))


def test_round_decimals(device):
    x = dp.ones(3, device=device)
    for big in [2**31, 2**63, 2**70, -(2**31) - 1]:
        raises(OverflowError, "round", lambda big=big: dp.round(x, big))
    raises(TypeError, "round", lambda: dp.round(x, 1.5))
    raises(TypeError, "round", lambda: dp.round(x, "1"))


def test_can_cast_and_dtype_strings():
    raises(TypeError, "can_cast", lambda: dp.can_cast("int8", "int16", casting=1))
    raises(ValueError, "can_cast", lambda: dp.can_cast("int8", "int16", casting="bad"))


# ---- ndarray constructor, conversions, DLPack ----------------------------------------------


def test_ndarray_constructor(device):
    q = dp.Queue(device)
    kw = {"buffer_ctor_kwargs": {"queue": q}}
    raises(ValueError, "ndarray", lambda: dp.ndarray(2**63, **kw))
    raises(OverflowError, "ndarray", lambda: dp.ndarray((2,), offset=2**64, **kw))
    raises(TypeError, "ndarray", lambda: dp.ndarray((2,), offset="1", **kw))
    raises(TypeError, "ndarray", lambda: dp.ndarray((2,), order=1, **kw))
    raises(OverflowError, "ndarray", lambda: dp.ndarray((2,), strides=(2**64,), **kw))
    raises(TypeError, "ndarray", lambda: dp.ndarray((2,), strides=("a",), **kw))
    raises(TypeError, "__array__", lambda: dp.ones(2, device=device).__array__(copy="no"))


def test_dlpack_export_arguments(device):
    x = dp.ones(3, device=device)
    for bad in ["ab", 5, [1, 0], None.__class__]:
        raises(TypeError, "__dlpack__", lambda bad=bad: x.__dlpack__(dl_device=bad))
    raises(ValueError, "__dlpack__", lambda: x.__dlpack__(dl_device=(1,)))
    raises(OverflowError, "__dlpack__", lambda: x.__dlpack__(dl_device=(1, 2**70)))
    raises(TypeError, "__dlpack__", lambda: x.__dlpack__(dl_device=(1.0, 0)))
    raises(TypeError, "__dlpack__", lambda: x.__dlpack__(copy="yes"))


def test_from_dlpack_bad_producer_device():
    class Producer:
        def __init__(self, dev):
            self.dev = dev

        def __dlpack_device__(self):
            return self.dev

        def __dlpack__(self, **kw):
            return np.ones(3).__dlpack__(**kw)

    for bad in ["ab", (1,), ("a", 0), 5]:
        with pytest.raises((TypeError, ValueError)) as info:
            dp.from_dlpack(Producer(bad))
        assert "[from_dlpack]" in str(info.value)
    raises(OverflowError, "from_dlpack", lambda: dp.from_dlpack(Producer((1, 2**70))))
    raises(TypeError, "from_dlpack", lambda: dp.from_dlpack(np.ones(3), copy="yes"))


# ---- runtime: devices, queues, random ---------------------------------------------------------


def test_runtime_arguments(device):
    for bad in [2.5, None, [1.5], [[1]], {"a": 1}]:
        raises(
            TypeError,
            "create_sub_devices",
            lambda bad=bad: device.create_sub_devices(partition=bad),
        )
    for big in HUGE:
        raises(
            OverflowError,
            "create_sub_devices",
            lambda big=big: device.create_sub_devices(partition=[big]),
        )
    raises(ValueError, "create_sub_devices", lambda: device.create_sub_devices(partition=0))
    raises(ValueError, "create_sub_devices", lambda: device.create_sub_devices(partition=[-1]))
    raises(TypeError, "Queue", lambda: dp.Queue(device, property=5))
    raises(TypeError, "Queue", lambda: dp.Queue(device, property=[None]))
    raises(ValueError, "Queue", lambda: dp.Queue(device, property="fast"))
    raises(TypeError, "select_device", lambda: dp.select_device(None))
    raises(TypeError, "Device", lambda: dp.Device(3))


def test_random_arguments(device):
    rs = dp.random.RandomState(1)
    raises(ValueError, "seed", lambda: dp.random.RandomState(2**64))
    raises(ValueError, "seed", lambda: dp.random.RandomState(-1))
    raises(TypeError, "seed", lambda: dp.random.RandomState("1"))
    raises(ValueError, "set_state", lambda: rs.set_state((2**64, 0)))
    raises(TypeError, "set_state", lambda: rs.set_state((1, "a")))
    raises(TypeError, "set_state", lambda: rs.set_state([1, 2]))
    raises(ValueError, "rand", lambda: rs.rand(2**63, device=device))
    raises(TypeError, "rand", lambda: rs.rand(2.5, device=device))
    raises(ValueError, "random_sample", lambda: rs.random_sample(2**64, device=device))
    raises(ValueError, "randint", lambda: rs.randint(0, 2**70, device=device))
    raises(TypeError, "uniform", lambda: rs.uniform("a", 1, device=device))


# ---- program arguments (OpenCL) -----------------------------------------------------------------

SRC = """
__kernel void axpy(__global float* y, __global const float* x, float a) {
  size_t i = get_global_id(0);
  y[i] = a * x[i] + y[i];
}
"""


@pytest.mark.skipif(not OPENCL, reason="no OpenCL device")
def test_program_arguments():
    q = dp.Queue(OPENCL[0])
    raises(
        TypeError, "create_program_from_source", lambda: dp.program.create_program_from_source(q, 5)
    )
    raises(
        TypeError,
        "create_program_from_source",
        lambda: dp.program.create_program_from_source(q, SRC, options=["-O2"]),
    )
    k = dp.program.create_program_from_source(q, SRC).get_kernel("axpy")
    y = dp.ones(8, dtype="float32", device=q)
    raises(OverflowError, "submit", lambda: dp.program.submit(q, k, [y, y, (2**40, "int32")], [8]))
    raises(OverflowError, "submit", lambda: dp.program.submit(q, k, [y, y, (1e300, "int32")], [8]))
    raises(ValueError, "LocalMemory", lambda: dp.program.LocalMemory(-1))
    raises(ValueError, "LocalMemory", lambda: dp.program.LocalMemory(0))
    raises(OverflowError, "LocalMemory", lambda: dp.program.LocalMemory(2**64))
    raises(TypeError, "LocalMemory", lambda: dp.program.LocalMemory(1.5))
    # ctypes values keep working
    dp.program.submit(q, k, [y, y, ctypes.c_float(1.0)], [8]).wait()


def test_no_runtime_error_for_any_wrong_type(device):
    """A sweep of wrong-typed values through many bindings: never a RuntimeError."""
    x = dp.ones((2, 2), device=device)
    calls = [
        lambda v: dp.empty(v, device=device),
        lambda v: dp.sum(x, axis=v),
        lambda v: dp.argmax(x, axis=v),
        lambda v: dp.reshape(x, v),
        lambda v: dp.linspace(0, 1, v, device=device),
        lambda v: dp.eye(v, device=device),
        lambda v: dp.round(x, v),
        lambda v: dp.vecdot(x, x, axis=v),
        lambda v: dp.Queue(device, property=v),
        lambda v: x.__dlpack__(dl_device=v),
        lambda v: dp.asarray([1], copy=v, device=device),
        lambda v: dp.random.RandomState(v),
        lambda v: dp.stack([x], axis=v),
        lambda v: dp.take(x, dp.asarray([0], device=device), axis=v),
    ]
    values = [2**63, 2**64, -(2**70), 1.5, "a", b"a", [None], [[1]], ["x"], {1: 2}, object(), 1j]
    for call in calls:
        for v in values:
            try:
                call(v)
            except (TypeError, ValueError, OverflowError, IndexError):
                pass
            except RuntimeError as e:  # pragma: no cover - the regression
                pytest.fail(f"RuntimeError for {v!r}: {e}")


# ---- launch limits of user programs (checked before the launch: no driver abort) -------------

LIMITS_SRC = """
__kernel void fill(__global int* out, __local int* tmp) {
  tmp[get_local_id(0)] = 1;
  barrier(CLK_LOCAL_MEM_FENCE);
  out[get_global_id(0)] = tmp[get_local_id(0)];
}
__kernel void fill2(__global int* out) {
  out[get_global_id(1) * get_global_size(0) + get_global_id(0)] = 2;
}
"""


@pytest.fixture(params=OPENCL, ids=lambda d: d.filter_string)
def ocl_queue(request):
    return dp.Queue(request.param)


def test_local_memory_beyond_the_device_is_a_value_error(ocl_queue):
    q = ocl_queue
    k = dp.program.create_program_from_source(q, LIMITS_SRC).get_kernel("fill")
    out = dp.zeros(64, dtype="int32", device=q)
    too_much = q.sycl_device.local_mem_size + 4
    e = raises(
        ValueError,
        "submit",
        lambda: dp.program.submit(q, k, [out, dp.program.LocalMemory(too_much)], [64], [64]),
    )
    assert str(too_much) in str(e) and "CL_DEVICE_LOCAL_MEM_SIZE" in str(e)
    # the process goes on: a launch within the limits works afterwards
    dp.program.submit(q, k, [out, dp.program.LocalMemory(64 * 4)], [64], [64]).wait()
    np.testing.assert_array_equal(dp.asnumpy(out), np.ones(64, dtype=np.int32))


def test_work_group_limits_are_value_errors(ocl_queue):
    q = ocl_queue
    dev = q.sycl_device
    k = dp.program.create_program_from_source(q, LIMITS_SRC).get_kernel("fill2")
    out = dp.zeros(4096, dtype="int32", device=q)
    big = dev.max_work_group_size * 2
    raises(ValueError, "submit", lambda: dp.program.submit(q, k, [out], [big], [big]))
    g = dev.max_work_group_size
    raises(ValueError, "submit", lambda: dp.program.submit(q, k, [out], [g, 2], [g, 2]))
    raises(ValueError, "submit", lambda: dp.program.submit(q, k, [out], [8, 8], [0, 1]))
    raises(ValueError, "submit", lambda: dp.program.submit(q, k, [out], [0]))
    raises(ValueError, "submit", lambda: dp.program.submit(q, k, [out], [8, 8], [3, 1]))
    raises(ValueError, "submit", lambda: dp.program.submit(q, k, [out], [8, 8], [8]))
    raises(ValueError, "submit", lambda: dp.program.submit(q, k, [out], [1, 1, 1, 1]))
    raises(ValueError, "submit", lambda: dp.program.submit(q, k, [out], []))
    raises(ValueError, "submit", lambda: dp.program.submit(q, k, [], [8]))
    raises(ValueError, "submit", lambda: dp.program.submit(q, k, [out, out], [8]))
    dp.program.submit(q, k, [out], [64, 64], [8, 8]).wait()
    assert int(dp.sum(out)) == 2 * 4096


# ---- from_dlpack lets the producer's exception through (as numpy.from_dlpack) ------------------


class _FailingProducer:
    def __init__(self, exc):
        self.exc = exc

    def __dlpack_device__(self):
        return (1, 0)

    def __dlpack__(self, **kwargs):
        raise self.exc


@pytest.mark.parametrize(
    "exc", [RuntimeError("device busy"), ValueError("bad stream"), BufferError("no export")]
)
def test_from_dlpack_propagates_the_producers_exception(exc):
    for imp in (dp.from_dlpack, np.from_dlpack):
        with pytest.raises(type(exc), match=str(exc)) as info:
            imp(_FailingProducer(exc))
        assert info.value is exc


def test_from_dlpack_retries_old_producers_without_max_version():
    class OldProducer:
        def __init__(self):
            self.a = np.arange(5.0)

        def __dlpack_device__(self):
            return (1, 0)

        def __dlpack__(self, stream=None):  # predates max_version: TypeError on keywords
            return self.a.__dlpack__()

    np.testing.assert_array_equal(dp.asnumpy(dp.from_dlpack(OldProducer())), np.arange(5.0))


# The NumPy-namespace functions that check an axis in Python (through _core._normalize_axis),
# each given a float axis.
FLOAT_AXIS_CALLS = {
    "unique": lambda x: dp.unique(x, axis=1.5),
    "linalg.cross": lambda x: dp.cross(x[:, :3], x[:, :3], axisa=0.5),
    "linspace": lambda x: dp.linspace(x[0], x[1], 3, axis=0.5),
    "median": lambda x: dp.median(x, axis=1.0),
    "packbits": lambda x: dp.packbits(x > 0, axis=1.0),
    "rollaxis": lambda x: dp.rollaxis(x, 1.0),
    "random.permuted": lambda x: dp.random.default_rng(0).permuted(x, axis=1.0),
}


@pytest.mark.parametrize("name", list(FLOAT_AXIS_CALLS))
def test_float_axis_is_type_error_naming_the_op(device, name):
    x = dp.ones((3, 4), device=device)
    with pytest.raises(TypeError) as info:
        FLOAT_AXIS_CALLS[name](x)
    msg = str(info.value)
    assert msg.startswith("[") and "must be an integer" in msg, msg
