"""The host keeps its TBB workers off the CPU of the thread that runs a parallel command.

Each case runs in a fresh interpreter: it runs parallel ops (checked against NumPy), then
reads every thread's CPU list from /proc/self/task/*/status.
"""

import json
import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(
    not hasattr(os, "sched_getaffinity") or not os.path.exists("/proc/self/task"),
    reason="needs Linux thread affinity",
)

PROBE = textwrap.dedent(
    """
    import json, os, threading
    import numpy as np
    import dparray as dp

    def cpus(tid):
        with open(f"/proc/self/task/{tid}/status") as f:
            line = next(l for l in f if l.startswith("Cpus_allowed_list"))
        out = set()
        for part in line.split()[1].split(","):
            lo, _, hi = part.partition("-")
            out.update(range(int(lo), int(hi or lo) + 1))
        return sorted(out)

    rng = np.random.default_rng(0)
    x = rng.random(1 << 20).astype(np.float32)
    b = rng.random(1 << 20) < 0.5
    dx, db = dp.asarray(x), dp.asarray(b)
    for _ in range(5):
        # One op through a queued command, one through the direct path (1 MiB of output).
        np.testing.assert_allclose(dp.asnumpy(dx * 2 + 1), x * 2 + 1, rtol=1e-6)
        np.testing.assert_array_equal(dp.asnumpy(dp.logical_and(db, db[::-1])), b & b[::-1])
    main = threading.get_native_id()
    print(json.dumps({
        "process": sorted(os.sched_getaffinity(0)),
        "main": cpus(main),
        "others": [cpus(int(t)) for t in os.listdir("/proc/self/task") if int(t) != main],
    }))
    """
)


def _probe(env_extra=None, cpus=None):
    env = dict(os.environ, DPARRAY_DEVICE_SELECTOR="host:*", **(env_extra or {}))
    pre = None if cpus is None else (lambda: os.sched_setaffinity(0, cpus))
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        check=False,
        env=env,
        preexec_fn=pre,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def _reduced(info):
    """Threads whose CPUs are the process's less exactly one."""
    proc = set(info["process"])
    return [c for c in info["others"] if set(c) < proc and len(proc - set(c)) == 1]


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="needs two CPUs")
def test_workers_avoid_one_cpu_and_the_caller_is_left_alone():
    info = _probe()
    assert info["main"] == info["process"], "the calling thread's affinity must not change"
    assert _reduced(info), f"no worker kept off a CPU: {info}"


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="needs two CPUs")
def test_env_switch_turns_it_off():
    info = _probe({"DPARRAY_WORKER_AFFINITY": "0"})
    assert info["main"] == info["process"]
    assert not _reduced(info)
    assert all(c == info["process"] for c in info["others"])


def test_one_cpu_process_is_left_as_it_is():
    cpu = min(os.sched_getaffinity(0))
    info = _probe(cpus={cpu})
    assert info["process"] == [cpu]
    assert all(c == [cpu] for c in [info["main"], *info["others"]])
