"""The bad-input corpus (bad_input_cases.py) on every device: each hostile call raises a Python
exception of an expected type naming the op; none crashes or leaks std::bad_cast."""

import os
import subprocess
import sys

import pytest
from bad_input_cases import (
    BAD_SELECTORS,
    _escaped,
    all_cases,
    namespace,
    run_case,
    run_in_children,
)

import dparray as dp

DEVICES = [d.filter_string for d in dp.get_devices()]
CASES = all_cases()
ITEMS = [
    pytest.param(c, d, id=f"{d}|{c.id}")
    for c in CASES
    for d in (DEVICES if c.per_device else DEVICES[:1])
    if not c.opencl or d.startswith("opencl")
]
_namespaces, _child_results = {}, {}


def _ns(dev):
    if dev not in _namespaces:
        _namespaces[dev] = namespace(dev)
    return _namespaces[dev]


def _crash_result(case, dev):
    # Every crash-prone case of a device runs in one child process (restarted after a crash).
    if dev not in _child_results:
        batch = [c for c in CASES if c.crash and (c.per_device or dev == DEVICES[0])]
        batch = [c for c in batch if not c.opencl or dev.startswith("opencl")]
        _child_results[dev] = run_in_children(batch, dev)
    return _child_results[dev][case.id]


def test_corpus_size():
    # The corpus is generated from tables; keep it at least as large as issue 6 asks.
    print(
        f"{len(CASES)} cases, {len(ITEMS)} case x device runs, {len(BAD_SELECTORS)} selector values"
    )
    assert len(CASES) >= 1500


@pytest.mark.parametrize("case,dev", ITEMS)
def test_bad_input(case, dev):
    failure = _crash_result(case, dev) if case.crash else run_case(case, _ns(dev))
    assert failure is None, f"{case.code.strip().splitlines()[-1]}\n-> {failure}"


def test_device_still_works_after_the_corpus():
    for dev in DEVICES:
        x = dp.arange(10, device=dev)
        assert int((x * 2).sum()) == 90


SELECTOR_CHILD = """
import dparray as dp
try:
    dp.get_devices()
except ValueError as e:
    print("ValueError", e)
else:
    print("accepted", [d.filter_string for d in dp.get_devices()])
"""


@pytest.mark.parametrize("value", BAD_SELECTORS, ids=repr)
def test_bad_device_selector_env(value):
    env = dict(os.environ, DPARRAY_DEVICE_SELECTOR=value)
    proc = subprocess.run(
        [sys.executable, "-c", SELECTOR_CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, f"exit status {proc.returncode}: {proc.stderr[-1500:]}"
    out = proc.stdout.strip()
    assert out.startswith("ValueError"), out
    assert value[:40] in out or _escaped(value)[:40] in out, (
        f"the message does not quote {value!r}: {out}"
    )
