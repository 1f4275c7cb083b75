"""Interpreter exit while dparray is busy: daemon threads inside dparray calls and queues
with pending asynchronous work. The process must exit 0, quickly, every time."""

import os
import subprocess
import sys
import textwrap

import pytest

import dparray as dp

HAS_OPENCL = bool(dp.get_devices(backend="opencl"))
REPEATS = int(os.environ.get("DPARRAY_SHUTDOWN_REPEATS", "4"))


def _run(code, timeout=120):
    env = dict(os.environ)
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
    return proc.returncode, proc.stdout, proc.stderr


DAEMONS = """
import threading, time
import dparray as dp

DEVICES = {devices!r}
started = threading.Barrier(len(DEVICES) * 2 + 1)

def sums(dev):
    x = dp.ones(4_000_000, device=dev)
    started.wait()
    while True:
        float(dp.sum(x * 2.0))

def matmuls(dev):
    a = dp.ones((256, 256), device=dev)
    started.wait()
    while True:
        (a @ a).device.wait()

for dev in DEVICES:
    threading.Thread(target=sums, args=(dev,), daemon=True).start()
    threading.Thread(target=matmuls, args=(dev,), daemon=True).start()
started.wait()
time.sleep({delay})
print("main exits")
"""


def _devices():
    return ["host"] + (
        ["opencl:cpu:0"] if dp.get_devices(backend="opencl", device_type="cpu") else []
    )


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.3])
def test_daemon_threads_inside_dparray_calls_at_exit(delay):
    for _ in range(REPEATS):
        rc, out, err = _run(DAEMONS.format(devices=_devices(), delay=delay))
        assert rc == 0, f"exit code {rc}\nstdout: {out}\nstderr: {err[-2000:]}"
        assert "main exits" in out
        assert "terminate called" not in err


@pytest.mark.parametrize("device", ["host"] + (["opencl:cpu:0"] if HAS_OPENCL else []))
def test_exit_with_pending_work_on_queues(device):
    code = f"""
    import dparray as dp
    q = dp.Queue({device!r})
    x = dp.ones(8_000_000, sycl_queue=q)
    a = dp.ones((512, 512), sycl_queue=q)
    for _ in range(20):
        x = x * 1.0001 + 1.0   # queued, never waited for
        b = a @ a
    s = dp.sum(x)              # a 0-d result still on the device
    print("queued")
    """
    for _ in range(REPEATS):
        rc, out, err = _run(code)
        assert rc == 0, f"exit code {rc}\nstderr: {err[-2000:]}"
        assert "queued" in out


def test_exit_from_a_worker_thread_raising_while_main_finishes():
    # A daemon thread whose dparray call fails (an error raised in C++) while the main
    # thread is finalizing: the error path also re-acquires the GIL.
    code = """
    import threading, time
    import dparray as dp
    def bad():
        x = dp.ones(3)
        while True:
            try:
                dp.reshape(x, (2**62,))
            except ValueError:
                pass
            dp.sum(dp.ones(1_000_000))
    for _ in range(4):
        threading.Thread(target=bad, daemon=True).start()
    time.sleep(0.1)
    """
    for _ in range(REPEATS):
        rc, _, err = _run(code)
        assert rc == 0, f"exit code {rc}\nstderr: {err[-2000:]}"


@pytest.mark.parametrize("ending,status", [("sys.exit(3)", 3), ("raise KeyError('boom')", 1)])
def test_exit_status_and_output_are_kept_with_busy_daemons(ending, status):
    code = f"""
    import sys, threading, time
    import dparray as dp
    def spin():
        x = dp.ones(2_000_000)
        while True:
            float(dp.sum(x))
    for _ in range(3):
        threading.Thread(target=spin, daemon=True).start()
    time.sleep(0.1)
    print("last words", end="")   # unflushed when the process exits
    {ending}
    """
    for _ in range(REPEATS):
        rc, out, err = _run(code)
        assert rc == status, err[-2000:]
        assert out == "last words"
        if status == 1:
            assert "KeyError: 'boom'" in err
