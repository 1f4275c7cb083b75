"""Queues and events, compute follows data, explicit moves, and usm_type of results."""

import gc
import re

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp

DEVICES = dp.get_devices()


# ---- queues and events -----------------------------------------------------------


def test_queue_properties(device):
    q = dp.Queue(device)
    assert q.sycl_device == device and q.device == device
    assert q.is_in_order is True
    assert q.has_enable_profiling is False
    assert device.filter_string in repr(q)
    same = q
    assert q == same and q != dp.Queue(device)
    assert len({q, same}) == 1
    q.wait()  # nothing submitted


def test_queue_defaults_and_property_spellings():
    assert dp.Queue().sycl_device == dp.select_default_device()
    assert dp.Queue("host").sycl_device == dp.select_device("host")
    assert dp.Queue("host", property="in_order").is_in_order
    assert dp.Queue("host", property=["in_order", "enable_profiling"]).has_enable_profiling


@pytest.mark.parametrize("prop", ["foo", "out_of_order", ["enable_profiling", "bogus"]])
def test_bad_queue_property_raises(prop):
    bad = prop if isinstance(prop, str) else prop[-1]
    with pytest.raises(ValueError, match=f"property '{bad}'"):
        dp.Queue("host", property=prop)


def test_in_order_queue_chains_dependent_commands(device):
    # Each op reads the previous result, with no waits in between.
    q = dp.Queue(device)
    x = dp.zeros(200_000, dtype="int32", sycl_queue=q)
    for _ in range(20):
        dp.add(x, 1, out=x)
    q.wait()
    assert_same(x, np.full(200_000, 20, dtype="int32"))


def test_profiling_times_are_ordered(device):
    q = dp.Queue(device, property="enable_profiling")
    x = dp.ones(500_000, dtype="float32", sycl_queue=q)
    y = x * 3
    e = q.submit_barrier()
    e.wait()
    assert e.is_complete and e.execution_status == "complete"
    submit, start, end = e.profiling_info_submit, e.profiling_info_start, e.profiling_info_end
    assert 0 < submit <= start <= end
    z = y + 1
    e2 = q.submit_barrier()
    assert e2.profiling_info_start >= end  # in order
    assert_same(z, np.full(500_000, 4, dtype="float32"))


def test_events_without_profiling_raise(device):
    q = dp.Queue(device)
    dp.ones(10, sycl_queue=q)
    e = q.submit_barrier()
    e.wait()
    with pytest.raises(ValueError, match="profiling"):
        _ = e.profiling_info_start


def test_array_device_object(device):
    q = dp.Queue(device)
    x = dp.ones(3, sycl_queue=q)
    assert x.sycl_queue == q and x.sycl_device == device
    assert x.device.sycl_queue == q and x.device.sycl_device == device
    assert repr(x.device) == f"Device({device.filter_string})"
    assert x.device == dp.zeros(1, sycl_queue=q).device
    x.device.wait()


def test_default_queue_is_shared_per_device(device):
    a, b = dp.ones(2, device=device), dp.zeros(2, device=device.filter_string)
    assert a.sycl_queue == b.sycl_queue == dp.get_default_queue(device)
    assert_same(a + b, np.ones(2))


def test_queue_dropped_with_work_in_flight():
    # The last reference to a queue may go away inside its own worker.
    for _ in range(3):
        q = dp.Queue("host")
        x = dp.ones(2_000_000, sycl_queue=q)
        y = x * 2
        del q, x, y
        gc.collect()
    assert_same(dp.ones(3, device="host") + 1, np.full(3, 2.0))


# ---- compute follows data ------------------------------------------------------------


def _queue_id(q):
    return re.search(r"id (\d+)", repr(q)).group(1)


def test_operands_on_different_queues_raise_naming_both(device):
    q1, q2 = dp.Queue(device), dp.Queue(device)
    x, y = dp.ones(4, sycl_queue=q1), dp.ones(4, sycl_queue=q2)
    for f in (lambda: x + y, lambda: dp.add(x, y), lambda: dp.multiply(y, x)):
        with pytest.raises(dp.ExecutionPlacementError) as info:
            f()
        msg = str(info.value)
        assert f"id {_queue_id(q1)}" in msg and f"id {_queue_id(q2)}" in msg
        assert "to_device" in msg
    with pytest.raises(dp.ExecutionPlacementError):
        dp.add(x, x, out=y)
    assert isinstance(dp.ExecutionPlacementError("m"), ValueError)


@pytest.mark.skipif(len(DEVICES) < 2, reason="needs two devices")
def test_operands_on_different_devices_raise():
    a, b = DEVICES[0], DEVICES[1]
    x, y = dp.ones(4, device=a), dp.ones(4, device=b)
    with pytest.raises(dp.ExecutionPlacementError, match=f"{a.filter_string}.*{b.filter_string}"):
        x + y


def test_numpy_operand_is_rejected_with_a_hint(device):
    x = dp.ones(3, device=device)
    n = np.ones(3)
    for f in (lambda: x + n, lambda: n + x, lambda: dp.add(x, n), lambda: dp.add(n, x)):
        with pytest.raises(TypeError, match=r"asarray\(x, device=\.\.\.\)"):
            f()


def test_python_scalars_are_fine(device):
    x = dp.arange(4, dtype="int32", device=device)
    assert_same(x + 1, np.arange(4, dtype="int32") + 1)
    assert_same(2.5 * x.astype("float32"), 2.5 * np.arange(4, dtype="float32"))
    assert (x + 1).sycl_queue == x.sycl_queue


@pytest.mark.parametrize("src", DEVICES, ids=lambda d: d.filter_string)
def test_to_device_moves_between_every_pair(src, device):
    data = np.arange(12, dtype="float32").reshape(3, 4)
    x = dp.asarray(data, device=src)
    y = x.to_device(device)
    assert y.sycl_device == device
    assert_same(y, data)
    assert_same(y * 2, data * 2)
    z = dp.asarray(x, device=device)
    assert z.sycl_device == device
    assert_same(z, data)
    w = x.T.to_device(device)  # non-contiguous source
    assert_same(w, data.T)


def test_to_device_with_a_queue_and_stream(device):
    x = dp.arange(5, device=device)
    q = dp.Queue(device)
    y = x.to_device(q)
    assert y.sycl_queue == q
    assert_same(y + x.to_device(q), 2 * np.arange(5))
    assert x.to_device(device, stream=q).sycl_queue == q


def test_asarray_of_numpy_copies_to_the_device(device):
    n = np.arange(6)
    x = dp.asarray(n, device=device)
    n[0] = 100
    assert x.sycl_device == device
    assert_same(x, np.arange(6))


def test_asnumpy_is_the_way_back(device):
    x = dp.arange(5, device=device)
    assert isinstance(dp.asnumpy(x), np.ndarray)
    assert_same(dp.asnumpy(x * 2), np.arange(5) * 2)


# ---- usm_type ------------------------------------------------------------------------

USM = ["device", "shared", "host"]


@pytest.mark.parametrize("a", USM)
@pytest.mark.parametrize("b", USM)
def test_usm_type_of_mixed_results(device, a, b):
    x = dp.ones(4, device=device, usm_type=a)
    y = dp.ones(4, device=device, usm_type=b)
    assert x.usm_type == a and y.usm_type == b
    expected = min(a, b, key=USM.index)
    assert (x + y).usm_type == expected
    assert dp.add(y, x).usm_type == expected
    assert (x + 1).usm_type == a
    assert (-x).usm_type == a
    assert_same(x + y, np.full(4, 2.0))


def test_usm_type_defaults_and_moves(device):
    assert dp.ones(2, device=device).usm_type == "device"
    x = dp.ones(2, device=device, usm_type="host")
    assert dp.asarray(x, usm_type="shared").usm_type == "shared"
    assert dp.zeros_like(x).usm_type == "host"
    with pytest.raises(ValueError, match="'managed'"):
        dp.ones(2, device=device, usm_type="managed")
