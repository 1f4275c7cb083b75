"""DLPack: zero-copy exchange with NumPy and PyTorch (CPU), and its error cases."""

import gc
import threading
import time
import weakref

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp

HOST = dp.select_device("host")
OPENCL = dp.get_devices(backend="opencl")
DTYPES = [
    "bool",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
]


def _data(dtype, shape=(3, 4)):
    n = int(np.prod(shape))
    return (np.arange(n) % 5).astype(dtype).reshape(shape)


# ---- export: NumPy reads dparray memory -------------------------------------------


@pytest.mark.parametrize("dtype", DTYPES)
def test_numpy_from_dlpack_every_dtype(dtype):
    x = dp.asarray(_data(dtype), device=HOST)
    n = np.from_dlpack(x)
    assert n.dtype == np.dtype(dtype) and n.shape == (3, 4)
    np.testing.assert_array_equal(n, _data(dtype))


def test_numpy_view_shares_memory_both_ways():
    x = dp.zeros(6, dtype="int64", device=HOST)
    n = np.from_dlpack(x)
    dp.add(x, 5, out=x)  # asynchronous on x's queue
    x.sycl_queue.wait()
    np.testing.assert_array_equal(n, np.full(6, 5))
    n[2] = -1  # NumPy writes, dparray sees
    assert_same(x, np.array([5, 5, -1, 5, 5, 5]))


def test_export_waits_for_pending_work():
    x = dp.zeros(1_000_000, dtype="float32", device=HOST)
    for _ in range(5):
        dp.add(x, 1, out=x)
    n = np.from_dlpack(x)  # __dlpack__ waits on the queue
    assert n[0] == 5 and n[-1] == 5


def test_export_of_views_keeps_strides_and_offset():
    base = dp.asarray(np.arange(24, dtype="int32").reshape(4, 6), device=HOST)
    ref = np.arange(24, dtype="int32").reshape(4, 6)
    for view, expected in [(base.T, ref.T), (base.mT, ref.T)]:
        n = np.from_dlpack(view)
        np.testing.assert_array_equal(n, expected)
    sub = base.T.T
    np.testing.assert_array_equal(np.from_dlpack(sub), ref)


def test_capsule_keeps_the_buffer_alive():
    x = dp.arange(1000, dtype="float64", device=HOST)
    n = np.from_dlpack(x)
    del x
    gc.collect()
    dp.ones(1000, device=HOST)  # would reuse the freed block
    np.testing.assert_array_equal(n, np.arange(1000, dtype="float64"))


def test_zero_size_and_zero_dim():
    np.testing.assert_array_equal(np.from_dlpack(dp.zeros((0, 3), device=HOST)), np.zeros((0, 3)))
    z = np.from_dlpack(dp.asarray(7, device=HOST))
    assert z.shape == () and z == 7


def test_dlpack_device_and_protocol_arguments():
    x = dp.ones(3, device=HOST)
    assert x.__dlpack_device__() == (1, 0)
    for kw in [
        {},
        {"max_version": (1, 0)},
        {"max_version": (0, 8)},
        {"dl_device": (1, 0)},
        {"copy": False},
        {"stream": None},
    ]:
        cap = x.__dlpack__(**kw)
        assert type(cap).__name__ == "PyCapsule"
    with pytest.raises(TypeError):
        x.__dlpack__(None)  # keyword only
    with pytest.raises(BufferError, match=r"dl_device=\(2, 0\)"):
        x.__dlpack__(dl_device=(2, 0))
    with pytest.raises(ValueError, match="stream"):
        x.__dlpack__(stream=1)


def test_copy_true_gives_independent_memory():
    x = dp.zeros(4, device=HOST)
    n = np.from_dlpack(x, copy=True)
    dp.add(x, 1, out=x)
    x.sycl_queue.wait()
    np.testing.assert_array_equal(n, np.zeros(4))


def test_sub_device_arrays_are_host_memory():
    sub = HOST.create_sub_devices(partition=1)[0]
    x = dp.arange(5, device=sub)
    assert x.__dlpack_device__() == (1, 0)
    np.testing.assert_array_equal(np.from_dlpack(x), np.arange(5))


@pytest.mark.skipif(not OPENCL, reason="no OpenCL device")
def test_opencl_device_memory_is_not_exported_without_a_copy():
    x = dp.arange(4, device=OPENCL[0])
    assert x.__dlpack_device__() == (4, 0)
    with pytest.raises(BufferError, match="host cannot access"):
        x.__dlpack__()
    with pytest.raises(BufferError, match="copy=False"):
        x.__dlpack__(dl_device=(1, 0), copy=False)
    # Asking for the CPU explicitly gives a host copy.
    n = np.from_dlpack(x, device="cpu")
    np.testing.assert_array_equal(n, np.arange(4))


# ---- import: dparray reads NumPy memory ---------------------------------------------


@pytest.mark.parametrize("dtype", DTYPES)
def test_from_dlpack_numpy_every_dtype(dtype):
    n = _data(dtype)
    x = dp.from_dlpack(n)
    assert x.sycl_device == HOST
    assert_same(x, n)


def test_from_dlpack_numpy_shares_memory_both_ways():
    n = np.zeros(5, dtype="float64")
    x = dp.from_dlpack(n)
    n[1] = 3.0  # NumPy writes, dparray sees
    assert_same(x, np.array([0, 3, 0, 0, 0.0]))
    dp.multiply(x, 2, out=x)
    dp.add(x, 1, out=x)
    x.sycl_queue.wait()
    np.testing.assert_array_equal(n, [1, 7, 1, 1, 1])
    assert_same(x + 1, n + 1)


def test_from_dlpack_strided_and_reversed_views():
    base = np.arange(30, dtype="int16").reshape(5, 6)
    for view in [base[::2, 1::2], base[::-1], base[:, ::-1], base.T, base[3:, :2]]:
        x = dp.from_dlpack(view)
        assert_same(x, view)
        assert_same(x * 2, view * 2)
    v = base[::-1, ::2]
    x = dp.from_dlpack(v)
    dp.add(x, 1000, out=x)
    x.sycl_queue.wait()
    assert base[4, 0] == 1024 and base[4, 1] == 25


def test_from_dlpack_owner_released_off_the_main_thread():
    # The last owner of imported memory dies inside a queued command on the
    # worker thread; the producer must still be released (later, with the GIL).
    refs = []
    for _ in range(5):
        n = np.ones(2_000_000, dtype="float32")
        refs.append(weakref.ref(n))
        x = dp.from_dlpack(n)
        y = x * 2  # large: runs on the queue's worker, holding x's buffer
        del n, x
        y.sycl_queue.wait()
        assert float(dp.asnumpy(y)[-1]) == 2.0
    for _ in range(100):
        gc.collect()
        if all(r() is None for r in refs):
            break
        time.sleep(0.01)
    assert all(r() is None for r in refs)


def test_from_dlpack_releases_from_other_threads():
    results = []

    def work():
        a = np.arange(100_000, dtype="float64")
        x = dp.from_dlpack(a)
        results.append(float(dp.asnumpy(x * 2)[-1]))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [199998.0] * 4


def test_from_dlpack_readonly_is_copied():
    n = np.arange(4.0)
    n.flags.writeable = False
    x = dp.from_dlpack(n)
    dp.add(x, 1, out=x)
    assert_same(x, np.arange(4.0) + 1)
    np.testing.assert_array_equal(n, np.arange(4.0))
    with pytest.raises(BufferError, match="read-only"):
        dp.from_dlpack(n, copy=False)


def test_from_dlpack_copy_true_is_independent():
    n = np.zeros(3)
    x = dp.from_dlpack(n, copy=True)
    n[0] = 9
    assert_same(x, np.zeros(3))


@pytest.mark.parametrize(
    "target", [d for d in dp.get_devices() if d != HOST], ids=lambda d: d.filter_string
)
def test_from_dlpack_to_another_device_copies(target):
    n = np.arange(8, dtype="float32").reshape(2, 4)
    x = dp.from_dlpack(n, device=target)
    assert x.sycl_device == target
    n[0, 0] = 50
    assert_same(x, np.arange(8, dtype="float32").reshape(2, 4))
    with pytest.raises(BufferError, match="copy=False"):
        dp.from_dlpack(n, device=target, copy=False)


def test_from_dlpack_with_device_host_is_zero_copy():
    n = np.zeros(3)
    x = dp.from_dlpack(n, device="host:cpu:0", copy=False)
    n[0] = 1
    assert_same(x, np.array([1.0, 0, 0]))


def test_from_dlpack_of_a_dparray_array(device):
    x = dp.arange(4, device=device)
    y = dp.from_dlpack(x)
    assert y.sycl_queue == x.sycl_queue
    assert_same(y, np.arange(4))
    z = dp.from_dlpack(x, device=HOST)
    assert z.sycl_device == HOST
    assert_same(z, np.arange(4))


def test_roundtrip_numpy_dparray_numpy_shares_memory():
    n = np.arange(6.0)
    back = np.from_dlpack(dp.from_dlpack(n))
    back[0] = 42
    assert n[0] == 42


def test_from_dlpack_rejects_non_producers():
    with pytest.raises(TypeError, match="does not implement the DLPack protocol"):
        dp.from_dlpack([1, 2, 3])
    with pytest.raises(TypeError, match="DLPack"):
        dp.from_dlpack(3.0)


def test_from_dlpack_rejects_non_cpu_producers():
    class OnGpu:
        def __dlpack__(self, **kw):
            raise AssertionError("not called")

        def __dlpack_device__(self):
            return (2, 0)  # kDLCUDA

    with pytest.raises(BufferError, match=r"DLPack device \(2, 0\)"):
        dp.from_dlpack(OnGpu())


# ---- PyTorch (CPU) --------------------------------------------------------------------


def test_torch_reads_dparray_memory():
    torch = pytest.importorskip("torch")
    x = dp.arange(4, device=HOST)
    t = torch.from_dlpack(x)
    assert t.tolist() == [0, 1, 2, 3] and t.dtype == torch.int64
    dp.multiply(x, -1, out=x)
    x.sycl_queue.wait()
    assert t.tolist() == [0, -1, -2, -3]
    t[0] = 9
    assert_same(x, np.array([9, -1, -2, -3]))


def test_dparray_reads_torch_memory():
    torch = pytest.importorskip("torch")
    t = torch.arange(6, dtype=torch.float32).reshape(2, 3)
    x = dp.from_dlpack(t)
    assert x.sycl_device == HOST and x.dtype == dp.float32
    t[0, 0] = -2.0
    assert_same(x, np.array([[-2, 1, 2], [3, 4, 5]], dtype="float32"))
    dp.add(x, 10, out=x)
    x.sycl_queue.wait()
    assert t[1, 2].item() == 15.0
    tv = t.t()  # strided view
    assert_same(dp.from_dlpack(tv), tv.numpy())


@pytest.mark.parametrize(
    "dtype",
    [
        "bool",
        "int8",
        "uint8",
        "int16",
        "int32",
        "int64",
        "float16",
        "float32",
        "float64",
        "complex64",
        "complex128",
    ],
)
def test_torch_roundtrip_dtypes(dtype):
    torch = pytest.importorskip("torch")
    x = dp.asarray(_data(dtype, (5,)), device=HOST)
    t = torch.from_dlpack(x)
    assert str(t.dtype) == f"torch.{dtype}"
    back = dp.from_dlpack(t)
    assert_same(back, _data(dtype, (5,)))


def test_torch_bfloat16_is_rejected():
    torch = pytest.importorskip("torch")
    with pytest.raises(TypeError, match="no dparray dtype"):
        dp.from_dlpack(torch.ones(3, dtype=torch.bfloat16))
