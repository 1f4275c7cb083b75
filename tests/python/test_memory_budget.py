"""Bounded memory under queued work: back-pressure (set_inflight_limits,
DPARRAY_MAX_INFLIGHT_BYTES / _COMMANDS) keeps 1,000 queued `a*b+c` on 10^6 float32 far
below a gigabyte, on the host and on OpenCL devices, with results equal to NumPy's."""

import concurrent.futures
import json
import os
import subprocess
import sys

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp

# ASan's quarantine and shadow memory make resident-set bounds meaningless there.
NO_ASAN = pytest.mark.skipif(
    "libasan" in os.environ.get("LD_PRELOAD", ""), reason="RSS is not meaningful under ASan"
)

# The child queues `count` expressions before one wait() per phase, under the phase's
# bounds (None: the defaults), and reports its peak RSS (VmHWM) before and after each
# loop; writing 5 to clear_refs resets the peak between phases.
QUEUED = """
import json, numpy as np, dparray as dp

def hwm_kib():
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))

q = dp.SyclQueue({device!r})
n = 10**6
an = np.arange(n, dtype=np.float32) / n
a = dp.asarray(an, sycl_queue=q)
b = dp.asarray(an + 1, sycl_queue=q)
c = dp.asarray(an + 2, sycl_queue=q)
expected = an * (an + 1) + (an + 2)
r = a * b + c
q.wait()
out = []
for nbytes, commands, count in {phases!r}:
    if nbytes is not None:
        dp.set_inflight_limits(nbytes, commands)
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    before = hwm_kib()
    for _ in range(count):
        r = a * b + c
    q.wait()
    ok = bool(np.allclose(dp.asnumpy(r), expected))
    out.append({{"before": before, "peak": hwm_kib(), "ok": ok}})
print(json.dumps(out))
"""


@NO_ASAN
def test_queued_expressions_stay_within_the_bounds(device):
    phases = [
        (None, None, 1000),  # the case, default bounds
        (16 << 20, 1000, 300),  # a tight byte bound
        (1 << 30, 4, 300),  # a tight command bound
    ]
    proc = subprocess.run(
        [sys.executable, "-c", QUEUED.format(device=device.filter_string, phases=phases)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    default, tight_bytes, tight_commands = json.loads(proc.stdout.strip().splitlines()[-1])
    assert all(p["ok"] for p in (default, tight_bytes, tight_commands))
    assert default["peak"] < 1 << 20, default  # KiB: the whole process under 1 GiB
    # Each tight loop adds at most its bound in flight plus a few recycled 4 MB blocks
    # (without back-pressure the host queue grew by 1.6 GiB in 300 iterations).
    for p in (tight_bytes, tight_commands):
        assert p["peak"] - p["before"] < 96 << 10, p


@pytest.mark.parametrize("limits", [(1, 1), (8 << 20, 3)])
def test_results_under_tight_bounds_match_numpy(device, limits):
    old = dp.get_inflight_limits()
    try:
        dp.set_inflight_limits(*limits)
        rng = np.random.default_rng(7)
        an, bn = rng.random((2, 300_000), dtype=np.float32)
        a = dp.asarray(an, device=device)
        b = dp.asarray(bn, device=device)
        r = a
        rn = an
        for k in range(30):
            r = r * b + (a - k)
            rn = rn * bn + (an - np.float32(k))
        assert_same(r, rn, rtol=1e-5)
    finally:
        dp.set_inflight_limits(**old)


def test_threads_submitting_under_a_one_command_bound(device):
    old = dp.get_inflight_limits()
    q = dp.SyclQueue(device)
    an = np.linspace(0, 1, 200_000, dtype=np.float32)
    a = dp.asarray(an, sycl_queue=q)

    def work(k):
        r = a
        for _ in range(20):
            r = r * np.float32(0.5) + np.float32(k)
        return dp.asnumpy(r)

    try:
        dp.set_inflight_limits(commands=1)
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            futures = [pool.submit(work, k) for k in range(4)]
            results = [f.result(timeout=120) for f in futures]
    finally:
        dp.set_inflight_limits(**old)
    for k, got in enumerate(results):
        np.testing.assert_allclose(got, _expected(an, k), rtol=1e-5)


def _expected(an, k):
    r = an
    for _ in range(20):
        r = r * np.float32(0.5) + np.float32(k)
    return r


def test_inflight_limits_api():
    old = dp.get_inflight_limits()
    assert set(old) == {"nbytes", "commands"}
    assert old["nbytes"] >= 1 and old["commands"] >= 1
    try:
        dp.set_inflight_limits(64 << 20)
        assert dp.get_inflight_limits() == {"nbytes": 64 << 20, "commands": old["commands"]}
        dp.set_inflight_limits(commands=7)
        assert dp.get_inflight_limits() == {"nbytes": 64 << 20, "commands": 7}
        with pytest.raises(ValueError, match=r"\[set_inflight_limits\] nbytes must be at least 1"):
            dp.set_inflight_limits(0)
        with pytest.raises(
            ValueError, match=r"\[set_inflight_limits\] commands must be at least 1"
        ):
            dp.set_inflight_limits(commands=0)
        with pytest.raises(ValueError, match=r"\[set_inflight_limits\]"):
            dp.set_inflight_limits(-5)
        with pytest.raises(TypeError, match=r"\[set_inflight_limits\]"):
            dp.set_inflight_limits("1G")
        assert dp.get_inflight_limits() == {"nbytes": 64 << 20, "commands": 7}
    finally:
        dp.set_inflight_limits(**old)


def _child_limits(env_extra):
    env = dict(os.environ)
    env.update(env_extra)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, dparray as dp; print(json.dumps(dp.get_inflight_limits()))",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_inflight_limits_from_the_environment():
    proc = _child_limits(
        {"DPARRAY_MAX_INFLIGHT_BYTES": "64M", "DPARRAY_MAX_INFLIGHT_COMMANDS": "8"}
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"nbytes": 64 << 20, "commands": 8}


@pytest.mark.parametrize(
    "var,value,message",
    [
        ("DPARRAY_MAX_INFLIGHT_BYTES", "lots", "[DPARRAY_MAX_INFLIGHT_BYTES] 'lots'"),
        ("DPARRAY_MAX_INFLIGHT_COMMANDS", "-3", "[DPARRAY_MAX_INFLIGHT_COMMANDS] '-3'"),
        (
            "DPARRAY_MAX_INFLIGHT_COMMANDS",
            "0",
            "[DPARRAY_MAX_INFLIGHT_COMMANDS] must be at least 1",
        ),
    ],
)
def test_malformed_inflight_environment_raises(var, value, message):
    proc = _child_limits({var: value})
    assert proc.returncode != 0
    assert message in proc.stderr
