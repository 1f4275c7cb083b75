"""DLPack 1.x: versioned capsules (DLManagedTensorVersioned) with their version and flags when
the consumer asks for max_version >= (1, 0), legacy capsules otherwise; from_dlpack of both;
zero-copy both ways with NumPy and PyTorch; copies of OpenCL device memory flagged as copies.
test_dlpack.py covers dtypes, strides, lifetimes and the error paths of the legacy protocol."""

import ctypes

import numpy as np
import pytest

import dparray as dp

HOST = dp.select_device("host")
OPENCL = dp.get_devices(backend="opencl")
READ_ONLY, IS_COPIED = 1, 2  # DLPACK_FLAG_BITMASK_READ_ONLY / _IS_COPIED

_name = ctypes.pythonapi.PyCapsule_GetName
_name.restype, _name.argtypes = ctypes.c_char_p, [ctypes.py_object]
_pointer = ctypes.pythonapi.PyCapsule_GetPointer
_pointer.restype, _pointer.argtypes = ctypes.c_void_p, [ctypes.py_object, ctypes.c_char_p]


class _Versioned(ctypes.Structure):
    """The head of DLManagedTensorVersioned (dlpack.h 1.x) up to DLTensor.data."""

    _fields_ = [
        ("major", ctypes.c_uint32),
        ("minor", ctypes.c_uint32),
        ("manager_ctx", ctypes.c_void_p),
        ("deleter", ctypes.c_void_p),
        ("flags", ctypes.c_uint64),
        ("data", ctypes.c_void_p),
    ]


def capsule_info(cap):
    """(name, (major, minor) or None, flags or None, data pointer)."""
    name = _name(cap)
    p = _pointer(cap, name)
    if name == b"dltensor_versioned":
        h = _Versioned.from_address(p)
        return name, (h.major, h.minor), h.flags, h.data
    assert name == b"dltensor", name
    return name, None, None, ctypes.c_void_p.from_address(p).value  # DLTensor.data first


def data_pointer(x):
    return capsule_info(x.__dlpack__())[3]


@pytest.mark.parametrize("max_version", [(1, 0), (1, 1), (1, 7), (2, 0)])
def test_versioned_capsule_when_asked_for_1x(max_version):
    x = dp.arange(6.0, device=HOST)
    name, version, flags, data = capsule_info(x.__dlpack__(max_version=max_version))
    assert name == b"dltensor_versioned"
    assert version[0] == 1  # a 1.x capsule: minor versions share the ABI; consumers check
    assert flags & (READ_ONLY | IS_COPIED) == 0  # dparray's memory, writable, not a copy
    assert data == data_pointer(x)


@pytest.mark.parametrize("kw", [{}, {"max_version": None}, {"max_version": (0, 8)}])
def test_legacy_capsule_otherwise(kw):
    x = dp.arange(6.0, device=HOST)
    assert capsule_info(x.__dlpack__(**kw))[0] == b"dltensor"


def test_copy_true_is_flagged_as_a_copy():
    x = dp.arange(6.0, device=HOST)
    name, _, flags, data = capsule_info(x.__dlpack__(max_version=(1, 0), copy=True))
    assert name == b"dltensor_versioned" and flags & IS_COPIED and not flags & READ_ONLY
    assert data != data_pointer(x)
    n = np.from_dlpack(x, copy=True)
    n[0] = 42.0
    assert float(x[0]) == 0.0


def test_unconsumed_versioned_capsules_are_released():
    x = dp.ones(1000, device=HOST)
    for kw in [{"max_version": (1, 0)}, {"max_version": (1, 0), "copy": True}]:
        for _ in range(100):
            x.__dlpack__(**kw)  # dropped: the capsule's deleter runs
    assert float(x.sum()) == 1000.0


@pytest.mark.skipif(not OPENCL, reason="no OpenCL device")
def test_opencl_memory_copies_to_the_cpu_flagged():
    x = dp.arange(5.0, device=OPENCL[0])
    for kw in [{"dl_device": (1, 0)}, {"copy": True}, {"dl_device": (1, 0), "copy": True}]:
        name, _, flags, _ = capsule_info(x.__dlpack__(max_version=(1, 0), **kw))
        assert name == b"dltensor_versioned" and flags & IS_COPIED, kw
    np.testing.assert_array_equal(np.from_dlpack(x, copy=True), np.arange(5.0))
    np.testing.assert_array_equal(np.from_dlpack(x, device="cpu"), np.arange(5.0))


@pytest.mark.skipif(not OPENCL, reason="no OpenCL device")
@pytest.mark.parametrize("stream", [None, -1, 0])
def test_opencl_memory_without_a_copy_is_a_buffer_error_whatever_the_stream(stream):
    # mpi4py asks non-CPU producers with stream=-1 and copy=False: the answer must be a
    # BufferError about device memory, never a pointer the host cannot read.
    x = dp.arange(5.0, device=OPENCL[0])
    with pytest.raises(BufferError, match="device memory"):
        x.__dlpack__(stream=stream, max_version=(1, 0), copy=False)
    with pytest.raises(BufferError, match="device memory"):
        x.__dlpack__(stream=stream)


def test_from_dlpack_takes_both_capsule_kinds_zero_copy():
    a = np.arange(8.0)
    for cap in [a.__dlpack__(), a.__dlpack__(max_version=(1, 0))]:
        x = dp.from_dlpack(cap)
        a[1] = -1.0
        assert float(x[1]) == -1.0
        a[1] = 1.0


def test_from_dlpack_of_a_legacy_only_producer():
    class Legacy:  # a producer from before DLPack 1.0: __dlpack__ takes no max_version
        def __init__(self, a):
            self.a = a

        def __dlpack__(self, stream=None):
            return self.a.__dlpack__()

        def __dlpack_device__(self):
            return (1, 0)

    a = np.arange(4, dtype=np.int32)
    x = dp.from_dlpack(Legacy(a))
    a[0] = 9
    assert int(x[0]) == 9


def test_from_dlpack_of_a_read_only_versioned_capsule_copies():
    a = np.arange(4.0)
    a.flags.writeable = False
    x = dp.from_dlpack(a)  # the versioned capsule says read-only: dparray copies
    assert data_pointer(x) != a.ctypes.data
    np.testing.assert_array_equal(dp.asnumpy(x), a)
    with pytest.raises(BufferError):
        dp.from_dlpack(a, copy=False)


def test_numpy_zero_copy_both_ways():
    x = dp.arange(6.0, device=HOST)
    n = np.from_dlpack(x)  # NumPy 2 asks for max_version (1, x)
    assert n.ctypes.data == data_pointer(x)
    n[2] = 20.0
    assert float(x[2]) == 20.0
    back = dp.from_dlpack(n)
    assert data_pointer(back) == n.ctypes.data


def test_torch_zero_copy_both_ways():
    torch = pytest.importorskip("torch")
    x = dp.arange(6, dtype=dp.float32, device=HOST)
    t = torch.from_dlpack(x)
    assert t.data_ptr() == data_pointer(x)
    t[0] = 5.0
    assert float(x[0]) == 5.0
    src = torch.arange(4, dtype=torch.int64)
    y = dp.from_dlpack(src)
    assert data_pointer(y) == src.data_ptr()
    src[3] = -3
    assert int(y[3]) == -3
    assert torch.equal(torch.from_dlpack(y), src)
