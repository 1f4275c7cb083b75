"""Stress: many threads on shared and separate queues, asynchronous errors, and interpreter exit
with work in flight. Results are exact against NumPy (integer data)."""

import subprocess
import sys
import textwrap
import threading

import numpy as np
import pytest

import dparray as dp

THREADS = 8
OPS_PER_THREAD = 2500


def _worker(tid, queue, shared, shared_np, errors, barrier):
    """One thread's mixed op sequence, mirrored on NumPy; records the first difference."""
    rng = np.random.default_rng(tid)
    try:
        ref = rng.integers(-50, 50, size=(16, 16)).astype(np.int64)
        x = dp.asarray(ref, sycl_queue=queue)
        barrier.wait()  # every thread starts at once
        for i in range(OPS_PER_THREAD // 10):
            k = int(rng.integers(1, 5))
            # ten ops per round: elementwise, in-place, views, indexing, reductions, matmul
            x = x * k - shared
            ref = ref * k - shared_np
            x += 3
            ref += 3
            x[::2, 1::3] = x[1::2, 2::3]
            ref[::2, 1::3] = ref[1::2, 2::3]
            idx = rng.integers(0, 16, size=5)
            x[idx] = -x[idx]
            ref[idx] = -ref[idx]
            x = x % 1000
            ref = ref % 1000
            s = dp.sum(x, axis=0)
            s_ref = ref.sum(axis=0)
            x = dp.reshape(dp.permute_dims(x, (1, 0)), (16, 16))
            ref = ref.T.reshape(16, 16)
            m = dp.matmul(x[:4], x[:, :4])
            m_ref = ref[:4] @ ref[:, :4]
            if i % 25 == 0:  # read back now and then: a sync point per thread
                np.testing.assert_array_equal(dp.asnumpy(x), ref)
                np.testing.assert_array_equal(dp.asnumpy(s), s_ref)
                np.testing.assert_array_equal(dp.asnumpy(m), m_ref)
        np.testing.assert_array_equal(dp.asnumpy(x), ref)
        np.testing.assert_array_equal(dp.asnumpy(dp.cumsum(x, axis=1)), np.cumsum(ref, axis=1))
    except BaseException as e:  # noqa: BLE001 - reported by the main thread
        errors.append((tid, repr(e)))


@pytest.mark.parametrize("queues", ["shared", "separate"])
def test_threads_mixed_ops_exact(device, queues):
    shared_queue = dp.Queue(device)
    shared_np = np.arange(256, dtype=np.int64).reshape(16, 16) % 7
    per_thread = [shared_queue if queues == "shared" else dp.Queue(device) for _ in range(THREADS)]
    errors, barrier = [], threading.Barrier(THREADS)
    threads = []
    for t in range(THREADS):
        # a read-only operand every thread uses, on that thread's queue
        shared = dp.asarray(shared_np, sycl_queue=per_thread[t])
        threads.append(
            threading.Thread(
                target=_worker, args=(t, per_thread[t], shared, shared_np, errors, barrier)
            )
        )
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not any(t.is_alive() for t in threads), "a worker thread hangs"
    assert not errors, errors


def test_one_array_read_by_every_thread(device):
    x = dp.arange(100_000, dtype="int64", device=device)
    expected = int(np.arange(100_000).sum())
    results = []

    def read():
        for _ in range(200):
            results.append(int(dp.sum(x)))

    threads = [threading.Thread(target=read) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * (200 * THREADS)


def test_async_error_raised_once_at_next_sync_then_queue_works(device):
    q = dp.Queue(device)
    x = dp.arange(10, dtype="float32", sycl_queue=q)
    bad = dp.asarray([0, 99], sycl_queue=q)
    raised = 0
    try:
        x[bad] = 5.0  # out of range: the host checks now, an OpenCL kernel at the next sync
    except IndexError:
        raised += 1
    try:
        q.wait()
    except IndexError as e:
        raised += 1
        assert "99" in str(e)
    assert raised == 1
    q.wait()  # reported once: the next sync is clean
    y = dp.arange(10, dtype="float32", sycl_queue=q) * 2
    np.testing.assert_array_equal(dp.asnumpy(y), np.arange(10, dtype=np.float32) * 2)


def test_async_error_names_the_op_and_reaches_one_thread_only(device):
    q = dp.Queue(device)
    x = dp.zeros(8, dtype="int32", sycl_queue=q)
    errors = []
    try:
        dp.take(x, dp.asarray([1, 40], sycl_queue=q))
    except IndexError as e:
        errors.append(e)

    def sync():
        try:
            q.wait()
        except IndexError as e:
            errors.append(e)

    threads = [threading.Thread(target=sync) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(errors) == 1 and "take" in str(errors[0])


EXIT_WITH_DAEMONS = """
import threading, dparray as dp
dev = {dev!r}
def busy():
    x = dp.ones((256, 256), device=dev)
    while True:
        x = (x @ x) * 0.001 + 1
        float(x.sum())
for _ in range(4):
    threading.Thread(target=busy, daemon=True).start()
import time; time.sleep(0.5)
print("exiting", flush=True)
"""

EXIT_WITH_PENDING = """
import dparray as dp
dev = {dev!r}
x = dp.ones(1_000_000, device=dev)
for _ in range(200):
    x = x * 1.0001 + 0.5   # queued, never waited for
print("exiting", flush=True)
"""


@pytest.mark.parametrize(
    "script", [EXIT_WITH_DAEMONS, EXIT_WITH_PENDING], ids=["daemon-threads", "pending-work"]
)
def test_interpreter_exit_is_clean(device, script):
    # NumPy exits 0 on the same scripts; so must dparray (issue 6, item 3).
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script.format(dev=device.filter_string))],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "exiting" in proc.stdout
    assert proc.returncode == 0, f"exit status {proc.returncode}: {proc.stderr[-2000:]}"
