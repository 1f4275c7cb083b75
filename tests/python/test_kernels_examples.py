"""examples/kernels/*.py run (each checks its results against NumPy) and print what they claim."""

import os
import subprocess
import sys

import pytest

EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "examples", "kernels")
NAMES = sorted(f for f in os.listdir(EXAMPLES) if f.endswith(".py"))


@pytest.mark.parametrize("name", NAMES)
def test_example_runs(name):
    proc = subprocess.run(
        [sys.executable, os.path.join(EXAMPLES, name)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip()


def test_seed_vecadd_prints_success():
    proc = subprocess.run(
        [sys.executable, os.path.join(EXAMPLES, "vecadd.py")],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    assert proc.stdout.strip() == "Sum completed successfully"
