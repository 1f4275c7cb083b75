"""Devices, platforms, listing (lsplatform, python -m dparray) and sub-devices."""

import os
import re
import subprocess
import sys

import numpy as np
import pytest
from conftest import assert_same

import dparray as dp

# ---- devices ---------------------------------------------------------------


def test_device_properties(device):
    assert isinstance(device.name, str) and device.name
    assert isinstance(device.vendor, str)
    assert isinstance(device.driver_version, str)
    assert device.backend in ("host", "opencl")
    assert device.device_type in ("cpu", "gpu", "accelerator")
    assert [device.is_cpu, device.is_gpu, device.is_accelerator].count(True) == 1
    assert device.max_compute_units >= 1
    assert device.max_work_group_size >= 1
    assert device.global_mem_size > 0
    assert device.local_mem_size > 0
    assert isinstance(device.has_aspect_fp64, bool) and isinstance(device.has_aspect_fp16, bool)
    assert device.parent_device is None
    assert re.fullmatch(rf"{device.backend}:{device.device_type}:\d+", device.filter_string)


def test_device_repr_names_backend_type_and_name(device):
    r = repr(device)
    assert r.startswith("<dparray.Device [")
    assert f"backend_type.{device.backend}" in r
    assert f"device_type.{device.device_type}" in r
    assert device.name in r


def test_device_equality_and_hash(device):
    same = dp.select_device(device.filter_string)
    assert same == device and hash(same) == hash(device)
    assert len({device, same}) == 1
    assert device != "host" and device != dp.Queue(device)
    others = [d for d in dp.get_devices() if d.filter_string != device.filter_string]
    assert all(o != device for o in others)


def test_host_device_reports_the_machine():
    d = dp.select_device("host")
    assert d.max_compute_units == len(os.sched_getaffinity(0))  # the CPUs it may use
    assert d.has_aspect_fp64 and d.has_aspect_fp16
    assert d.max_num_sub_devices == d.max_compute_units


def test_print_device_info(device, capsys):
    device.print_device_info()
    out = capsys.readouterr().out
    assert device.name in out and device.filter_string in out


def test_get_devices_and_counts():
    devices = dp.get_devices()
    assert devices and devices[0].filter_string == "host:cpu:0"  # host first
    assert dp.get_num_devices() == len(devices)
    host = dp.get_devices(backend="host")
    ocl = dp.get_devices(backend="opencl")
    assert len(host) + len(ocl) == len(devices)
    assert dp.get_num_devices(backend="host") == len(host) == 1
    for t in ("cpu", "gpu", "accelerator"):
        of_type = dp.get_devices(device_type=t)
        assert all(d.device_type == t for d in of_type)
        assert dp.get_num_devices(device_type=t) == len(of_type)
    assert dp.get_devices(backend="all", device_type="all") == devices
    assert dp.has_cpu_devices() is True
    assert dp.has_gpu_devices() == bool(dp.get_devices(device_type="gpu"))
    assert dp.has_accelerator_devices() == bool(dp.get_devices(device_type="accelerator"))


@pytest.mark.parametrize("kw", [{"backend": "cuda"}, {"device_type": "tpu"}, {"backend": ""}])
def test_get_devices_rejects_unknown_filters(kw):
    bad = next(iter(kw.values()))
    with pytest.raises(ValueError, match=f"'{bad}'"):
        dp.get_devices(**kw)


def test_select_default_device_prefers_a_gpu():
    d = dp.select_default_device()
    gpus = dp.get_devices(device_type="gpu")
    assert d == (gpus[0] if gpus else dp.select_device("cpu"))
    assert dp.Device() == d
    assert dp.zeros(1).sycl_device == d
    assert dp.select_cpu_device().is_cpu


def test_platforms_group_the_devices():
    platforms = dp.get_platforms()
    assert platforms[0].backend == "host"
    listed = [d for p in platforms for d in p.get_devices()]
    assert listed == dp.get_devices()
    for p in platforms:
        assert p.name and p.version is not None
        assert repr(p).startswith("<dparray.Platform [")


# ---- listing -----------------------------------------------------------------


def test_lsplatform_verbosity_levels(capsys):
    platforms = dp.get_platforms()
    dp.lsplatform(0)
    out0 = capsys.readouterr().out
    assert len(out0.strip().splitlines()) == len(platforms)
    for p in platforms:
        assert p.name in out0
    dp.lsplatform(1)
    out1 = capsys.readouterr().out
    assert f"Platforms: {len(platforms)}" in out1
    for d in dp.get_devices():
        assert d.filter_string in out1 and d.name in out1
    assert "max_compute_units" not in out1
    dp.lsplatform(2)
    out2 = capsys.readouterr().out
    for d in dp.get_devices():
        assert d.filter_string in out2
    assert "max_compute_units" in out2 and "global_mem_size" in out2
    assert len(out2) > len(out1) > len(out0)


@pytest.mark.parametrize("bad", [3, -1, "1"])
def test_lsplatform_rejects_bad_verbosity(bad):
    with pytest.raises(ValueError, match="verbosity"):
        dp.lsplatform(bad)


def _main(*args):
    proc = subprocess.run(
        [sys.executable, "-m", "dparray", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_module_main_listings():
    summary, long, full = _main("-s"), _main("-l"), _main("-f")
    for p in dp.get_platforms():
        assert p.name in summary
    assert len(summary.strip().splitlines()) == len(dp.get_platforms())
    for d in dp.get_devices():
        assert d.filter_string in long and d.filter_string in full
    assert "max_compute_units" in full and "max_compute_units" not in long
    assert _main() == summary


def test_module_main_rejects_two_modes():
    proc = subprocess.run(
        [sys.executable, "-m", "dparray", "-s", "-f"], capture_output=True, text=True, check=False
    )
    assert proc.returncode != 0 and "not allowed with" in proc.stderr


# ---- sub-devices ---------------------------------------------------------------


HOST = dp.select_device("host")
CU = HOST.max_compute_units


@pytest.mark.parametrize("partition", [1, [1] * CU, "numa"])
def test_sub_devices_of_the_host(partition):
    subs = HOST.create_sub_devices(partition=partition)
    counts = [s.max_compute_units for s in subs]
    if partition == 1:
        assert counts == [1] * CU
    elif partition == "numa":
        assert sum(counts) == CU
    else:
        assert counts == partition
    for k, s in enumerate(subs):
        assert s.parent_device == HOST
        assert s.filter_string == f"host:cpu:0.{k}"
        assert s.backend == "host" and s.is_cpu
        assert s != HOST


def test_sub_devices_by_counts_each_have_their_own_compute_units():
    if CU < 2:
        pytest.skip("one core")
    subs = HOST.create_sub_devices(partition=[CU - 1, 1])
    assert [s.max_compute_units for s in subs] == [CU - 1, 1]
    assert subs[1].max_num_sub_devices == 0  # one core cannot be split
    half = HOST.create_sub_devices(partition=CU // 2)
    assert [s.max_compute_units for s in half] == [CU // 2] * 2


@pytest.mark.parametrize("partition", [1, "numa"])
def test_arrays_on_a_sub_device_queue_compute_correctly(partition):
    sub = HOST.create_sub_devices(partition=partition)[-1]
    q = dp.Queue(sub)
    n = 100_000
    x = dp.arange(n, dtype="float64", sycl_queue=q)
    y = dp.full(n, 2.0, sycl_queue=q)
    z = x * y + 1
    assert z.sycl_queue == q and z.sycl_device == sub
    assert_same(z, np.arange(n, dtype="float64") * 2 + 1)
    # Same sub-device, another queue: compute follows data.
    with pytest.raises(dp.ExecutionPlacementError):
        x + dp.ones(n, sycl_queue=dp.Queue(sub))
    moved = z.to_device(HOST)
    assert moved.sycl_device == HOST
    assert_same(moved, np.arange(n, dtype="float64") * 2 + 1)


def test_sub_device_by_device_keyword():
    sub = HOST.create_sub_devices(partition=1)[0]
    a = dp.ones(10, device=sub)
    b = dp.arange(10.0, device=sub)
    assert a.sycl_device == sub and a.sycl_queue == b.sycl_queue
    assert_same(a + b, np.arange(10.0) + 1)


@pytest.mark.parametrize("partition", [CU + 1, [CU, 1], [1] * (CU + 1), 0, -2, [0], [1, -1], []])
def test_over_partitioning_raises(partition):
    with pytest.raises(ValueError, match=r"\[create_sub_devices\]"):
        HOST.create_sub_devices(partition=partition)


def test_bad_partition_arguments():
    with pytest.raises(ValueError, match="'cores'"):
        HOST.create_sub_devices(partition="cores")
    with pytest.raises(TypeError, match="partition"):
        HOST.create_sub_devices(partition=1.5)
    with pytest.raises(TypeError):
        HOST.create_sub_devices(1)  # keyword only
    sub = HOST.create_sub_devices(partition=1)[0]
    with pytest.raises(ValueError, match=r"host:cpu:0\.0"):
        sub.create_sub_devices(partition=[1, 1])
