"""The seed's examples (examples/*.py) run with only their imports changed, and print what the seed shows."""

import os
import re
import subprocess
import sys

import pytest

import dparray as dp

EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "examples")


def run(name, env=None):
    proc = subprocess.run(
        [sys.executable, os.path.join(EXAMPLES, name)],
        capture_output=True, text=True, timeout=300, check=False, env={**os.environ, **(env or {})},
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_dpctl_devices_lists_platforms_and_gpus():
    out = run("dpctl_devices.py")
    n_gpu = dp.get_num_devices(device_type="gpu")
    assert f"Found {n_gpu} GPU devices" in out
    assert "Found CPU devices:  True" in out
    for p in dp.get_platforms():
        assert p.name in out


def test_dpctl_tensor_square_runs_on_the_first_device_type_present():
    out = run("dpctl_tensor_square.py").strip()
    expected = dp.select_device("gpu,cpu").filter_string
    assert out == f"Device({expected})"


def test_dpnp_sum_result_follows_the_data():
    out = run("dpnp_sum.py")
    lines = out.strip().splitlines()
    dev = re.search(r"Device\((.*)\)", lines[0]).group(1)
    assert lines[0] == f"Array x allocated on the device: Device({dev})"
    assert lines[1] == f"Result y is located on the device: Device({dev})"


def test_dpnp_timing_waits_for_the_queue():
    out = run("dpnp_timing.py")
    assert re.match(r"Execution time: [0-9.e-]+ sec", out.strip())


def test_dlpack_with_torch_shares_memory():
    pytest.importorskip("torch")
    out = run("dlpack_torch.py")
    assert "Original PyTorch array: tensor([-2,  1,  2,  3])" in out
    assert "dpnp view of PyTorch array: [-2  1  2  3] on device Device(host:cpu:0)" in out
    assert "Original dpnp array: [-3  1  2  3] on device Device(" in out
    assert "PyTorch view of dpnp array: tensor([-3,  1,  2,  3])" in out


@pytest.mark.parametrize("selector", ["opencl:*", "host:*"])
def test_examples_follow_the_device_selector(selector):
    if selector.startswith("opencl") and not dp.get_devices(backend="opencl"):
        pytest.skip("no OpenCL device")
    out = run("dpnp_sum.py", env={"DPARRAY_DEVICE_SELECTOR": selector})
    backend = selector.split(":")[0]
    assert f"Device({backend}:" in out
