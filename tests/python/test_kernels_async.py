"""call_kernel_async: returns once enqueued, dependencies across queues and devices wait
inside the enqueued command, and the command keeps its arguments alive."""

import time

import numpy as np
import pytest

import dparray as dp
import dparray.kernels as dpex

N = 64  # work-items of the long kernels: few, so that a synchronous launch would run inline


@dpex.kernel
def spin(item, a, sink, n):
    # n dependent float32 steps per work-item (not foldable without fast-math), then a[i] = i
    i = item.get_id(0)
    x = sink[i]
    for k in range(n):
        x = x * np.float32(0.9999) + np.float32(1e-4)
    sink[i] = x
    a[i] = i


@dpex.kernel
def twice_plus_one(item, src, dst):
    i = item.get_id(0)
    dst[i] = src[i] * 2 + 1


@dpex.kernel
def add_into(item, src, dst):
    i = item.get_id(0)
    dst[i] = dst[i] + src[i]


@dpex.kernel
def spin_then_copy(item, x, out, sink, n):
    # reads x only after the long loop: a freed x would be read after reuse
    i = item.get_id(0)
    acc = sink[i]
    for k in range(n):
        acc = acc * np.float32(0.9999) + np.float32(1e-4)
    sink[i] = acc
    out[i] = x[i] * 2


def _zeros(q, n=N):
    return dp.zeros(n, dtype="float32", sycl_queue=q)


def _warm(q):
    """Compiles (and lets the driver specialise) every kernel here for q's device, outside
    the timed parts."""
    a, b, sink = _zeros(q), _zeros(q), _zeros(q)
    dpex.call_kernel(spin, dpex.Range(N), a, sink, 1)
    dpex.call_kernel(twice_plus_one, dpex.Range(N), a, b)
    dpex.call_kernel(add_into, dpex.Range(N), a, b)
    x, out, sink = (_zeros(q, N * 1024) for _ in range(3))
    dpex.call_kernel(spin_then_copy, dpex.Range(N), x, out, sink, 1)


def _long_n(q, seconds=0.6):
    """An iteration count that makes spin run about `seconds` on q (measured, not guessed)."""
    _warm(q)
    a, sink = _zeros(q), _zeros(q)
    n = 2000
    while True:
        t = time.perf_counter()
        dpex.call_kernel(spin, dpex.Range(N), a, sink, n)
        dt = time.perf_counter() - t
        if dt > 0.05 or n > 10**9:
            return max(n, int(n * seconds / max(dt, 1e-6)))
        n *= 8


def test_async_returns_before_the_kernel_finishes(device):
    q = dp.Queue(device)
    n = _long_n(q)
    a, sink = _zeros(q), _zeros(q)
    t0 = time.perf_counter()
    host_ev, kernel_ev = dpex.call_kernel_async(spin, dpex.Range(N), (), a, sink, n)
    returned = time.perf_counter() - t0
    running = not kernel_ev.is_complete
    kernel_ev.wait()
    total = time.perf_counter() - t0
    host_ev.wait()
    assert running, "call_kernel_async waited for its kernel"
    assert returned < total / 4, (returned, total)
    np.testing.assert_array_equal(dp.asnumpy(a), np.arange(N, dtype="float32"))


def test_async_chain_across_two_queues(device):
    q1, q2 = dp.Queue(device), dp.Queue(device)
    n = _long_n(q1)
    a1, sink = _zeros(q1), _zeros(q1)
    a2 = a1.to_device(q2)  # the same memory, used on q2
    b2 = _zeros(q2)
    b1 = b2.to_device(q1)
    t0 = time.perf_counter()
    _, e1 = dpex.call_kernel_async(spin, dpex.Range(N), (), a1, sink, n)
    _, e2 = dpex.call_kernel_async(twice_plus_one, dpex.Range(N), (e1,), a2, b2)
    _, e3 = dpex.call_kernel_async(add_into, dpex.Range(N), (e2,), b1, a1)
    returned = time.perf_counter() - t0
    second_waiting = not e2.is_complete
    e3.wait()
    total = time.perf_counter() - t0
    assert e1.is_complete and e2.is_complete
    assert second_waiting and returned < total / 4, (returned, total)
    i = np.arange(N, dtype="float32")
    np.testing.assert_array_equal(dp.asnumpy(b2), 2 * i + 1)  # q2 read a after e1 wrote it
    np.testing.assert_array_equal(dp.asnumpy(a1), i + 2 * i + 1)  # q1 read b after e2


def test_async_dependency_on_another_device():
    """A host kernel waits for an OpenCL kernel inside its command (the call returns at once);
    an OpenCL kernel waits for a host event on the calling thread (the documented fallback)."""
    devs = {d.backend: d for d in dp.get_devices()}
    if "host" not in devs or "opencl" not in devs:
        pytest.skip("needs the host device and an OpenCL device")
    qh, qc = dp.Queue(devs["host"]), dp.Queue(devs["opencl"])
    nc, nh = _long_n(qc), _long_n(qh)
    ac, sc = _zeros(qc), _zeros(qc)
    ah, sh = _zeros(qh), _zeros(qh)
    _, ec = dpex.call_kernel_async(spin, dpex.Range(N), (), ac, sc, nc)
    _, eh = dpex.call_kernel_async(spin, dpex.Range(N), (ec,), ah, sh, 1)
    host_waiting = not ec.is_complete and not eh.is_complete
    eh.wait()
    assert ec.is_complete
    assert host_waiting, "the host launch waited for the OpenCL event on the caller's thread"
    _, eh = dpex.call_kernel_async(spin, dpex.Range(N), (), ah, sh, nh)
    _, ec = dpex.call_kernel_async(spin, dpex.Range(N), (eh,), ac, sc, 1)
    assert eh.is_complete  # the fallback: waited for before the OpenCL launch
    ec.wait()


def test_async_keeps_arguments_alive(device):
    q = dp.Queue(device)
    n = _long_n(q)
    x = dp.asarray(np.arange(N * 1024, dtype="float32"), sycl_queue=q)
    out = _zeros(q, N * 1024)
    sink = _zeros(q, N * 1024)
    _, ev = dpex.call_kernel_async(spin_then_copy, dpex.Range(N), (), x, out, sink, n)
    del x  # the last reference: freed at once unless the command holds it
    running = not ev.is_complete
    # Allocations of the same size would reuse x's memory if it had been freed.
    junk = [dp.full(N * 1024, 7.0, dtype="float32", sycl_queue=q) for _ in range(4)]
    ev.wait()
    assert running, "the kernel finished before its argument was dropped: the test proves nothing"
    got = dp.asnumpy(out)[:N]
    np.testing.assert_array_equal(got, 2 * np.arange(N, dtype="float32"))
    assert float(junk[0][0]) == 7.0


def test_async_rejects_non_events(device):
    a = dp.zeros(4, dtype="float32", device=device)
    with pytest.raises(TypeError, match="tuple"):
        dpex.call_kernel_async(twice_plus_one, dpex.Range(4), [], a, a)
    with pytest.raises(TypeError, match="not an Event"):
        dpex.call_kernel_async(twice_plus_one, dpex.Range(4), (object(),), a, a)


def test_async_fan_out_to_many_queues(device):
    """Several queues wait for one event while it is still queued behind a long kernel:
    waiting commands must not hold the device's worker threads that the kernel needs."""
    q0 = dp.Queue(device)
    n = _long_n(q0)
    a, sink = _zeros(q0), _zeros(q0)
    views = []
    for _ in range(5):  # views first: to_device waits for a's pending writes
        q = dp.Queue(device)
        views.append((a.to_device(q), _zeros(q)))
    dpex.call_kernel_async(spin, dpex.Range(N), (), a, sink, n)
    _, last = dpex.call_kernel_async(spin, dpex.Range(N), (), a, sink, n // 8)
    outs = [
        (dst, dpex.call_kernel_async(twice_plus_one, dpex.Range(N), (last,), src, dst))
        for src, dst in views
    ]
    assert not last.is_complete
    deadline = time.perf_counter() + 120
    for dst, (_, ev) in outs:
        while not ev.is_complete:
            assert time.perf_counter() < deadline, "dependent launches did not finish"
            time.sleep(0.01)
        np.testing.assert_array_equal(dp.asnumpy(dst), 2 * np.arange(N, dtype="float32") + 1)
