"""Filter strings and DPARRAY_DEVICE_SELECTOR, seen from Python."""

import json
import os
import subprocess
import sys

import pytest

import dparray as dp

HAS_OPENCL = bool(dp.get_devices(backend="opencl"))
HAS_GPU = dp.has_gpu_devices()


def _visible(
    env_value,
    code="import dparray as dp; print(json.dumps([d.filter_string for d in dp.get_devices()]))",
):
    """Runs code in a fresh interpreter under DPARRAY_DEVICE_SELECTOR; returns (rc, out, err)."""
    env = dict(os.environ)
    if env_value is None:
        env.pop("DPARRAY_DEVICE_SELECTOR", None)
    else:
        env["DPARRAY_DEVICE_SELECTOR"] = env_value
    proc = subprocess.run(
        [sys.executable, "-c", "import json\n" + code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    return proc.returncode, proc.stdout, proc.stderr


def _devices_under(env_value):
    rc, out, err = _visible(env_value)
    assert rc == 0, err
    return json.loads(out)


# ---- filter strings ----------------------------------------------------------


@pytest.mark.parametrize("s", ["cpu", "host", "host:cpu", "host:cpu:0", "default"])
def test_filter_strings_that_name_the_host_cpu(s):
    d = dp.select_device(s)
    if s == "default":
        assert d == dp.select_default_device()
    else:
        assert d.filter_string == "host:cpu:0"
        assert d.backend == "host" and d.is_cpu


def test_index_counts_all_visible_devices():
    devices = dp.get_devices()
    for i, d in enumerate(devices):
        assert dp.select_device(str(i)) == d
    with pytest.raises(ValueError, match=f"'{len(devices)}'"):
        dp.select_device(str(len(devices)))


def test_each_device_is_found_by_its_own_filter_string():
    for d in dp.get_devices():
        assert dp.select_device(d.filter_string) == d
        assert dp.Device(d.filter_string) == d


def test_list_takes_the_first_that_exists():
    expected = dp.get_devices(device_type="gpu")[0] if HAS_GPU else dp.select_device("cpu")
    assert dp.select_device("gpu,cpu") == expected
    assert dp.select_device("accelerator,host") == dp.select_device("host")
    assert dp.select_device("level_zero:gpu,cpu") == dp.select_device("cpu")


@pytest.mark.parametrize(
    "s",
    [
        " CPU ",
        "Host:CPU:0",
        "HOST",
        "  host : cpu : 0  ",
        "Gpu , Cpu",
        "host:cpu: 0",
        "host:cpu:00",
        "cpu ",
        "\thost",
        "01",
        "host:cpu:+0",
        "OPENCL:cpu",
    ],
)
def test_filter_strings_are_strict_as_dpctl(s):
    # dpctl's grammar: lowercase names, no spaces; dparray also rejects leading zeros.
    with pytest.raises(ValueError, match="malformed"):
        dp.select_device(s)
    with pytest.raises(ValueError, match="malformed"):
        dp.Device(s)
    with pytest.raises(ValueError, match="malformed"):
        dp.zeros(2, device=s)


def test_filter_string_must_be_a_str():
    with pytest.raises(TypeError, match=r"\[select_device\] filter_string must be a str"):
        dp.select_device(0)


@pytest.mark.skipif(not HAS_OPENCL, reason="no OpenCL device")
def test_opencl_filter_strings():
    d = dp.select_device("opencl")
    assert d.backend == "opencl"
    assert dp.select_device("opencl:0") == d
    assert dp.select_device(d.filter_string) == d
    assert d.filter_string.startswith("opencl:" + d.device_type + ":")


@pytest.mark.parametrize(
    "s",
    [
        "cpu:gpu",
        "foo",
        "host:cpu:x",
        "",
        "  ",
        "host:cpu:0:0",
        ":cpu",
        "cpu,",
        "0:cpu",
        "gpu:host",
        "-1",
        "host;cpu",
    ],
)
def test_malformed_filter_strings_raise_quoting_them(s):
    with pytest.raises(ValueError, match=f"'{s}'"):
        dp.select_device(s)
    with pytest.raises(ValueError, match="malformed"):
        dp.Device(s)


@pytest.mark.skipif(HAS_GPU, reason="this machine has a GPU")
def test_gpu_without_gpu_raises_and_lists_what_exists():
    with pytest.raises(
        ValueError, match=r"no device matches filter string 'gpu' \(available: host:cpu:0"
    ):
        dp.select_device("gpu")
    with pytest.raises(ValueError, match="'gpu'"):
        dp.zeros(3, device="gpu")


def test_unavailable_backend_matches_nothing():
    with pytest.raises(ValueError, match="'level_zero:gpu'"):
        dp.select_device("level_zero:gpu")


def test_device_argument_types():
    d = dp.select_device("host")
    q = dp.Queue(d)
    for spec in ["host", d, q, dp.zeros(1, device=d).device]:
        assert dp.zeros(2, device=spec).sycl_device == d
    with pytest.raises(TypeError, match="filter string, Device or Queue"):
        dp.zeros(2, device=3.5)


# ---- DPARRAY_DEVICE_SELECTOR (fresh interpreters) -------------------------------


def test_env_host_only():
    assert _devices_under("host:*") == ["host:cpu:0"]


def test_env_excluding_opencl():
    assert _devices_under("!opencl:*") == ["host:cpu:0"]


@pytest.mark.skipif(not HAS_OPENCL, reason="no OpenCL device")
def test_env_opencl_only():
    got = _devices_under("opencl:*")
    assert got == [d.filter_string for d in dp.get_devices(backend="opencl")]
    got = _devices_under("!host:*")
    assert got and all(s.startswith("opencl:") for s in got)


@pytest.mark.skipif(not dp.get_devices(backend="opencl", device_type="cpu"), reason="no OpenCL CPU")
def test_env_opencl_cpu_is_renumbered_and_selected_by_index():
    code = (
        "import dparray as dp\n"
        "names = [d.filter_string for d in dp.get_devices()]\n"
        "print(json.dumps([names, dp.select_device('0').filter_string,"
        " dp.select_default_device().backend, dp.zeros(2).device.filter_string]))"
    )
    rc, out, err = _visible("opencl:cpu", code)
    assert rc == 0, err
    names, zero, default_backend, placed = json.loads(out)
    assert names and all(s.startswith("opencl:cpu:") for s in names)
    assert names[0] == "opencl:cpu:0" and zero == "opencl:cpu:0"
    assert default_backend == "opencl" and placed.startswith("opencl:")


def test_env_index_counts_within_each_backend():
    # "*:0" keeps the first device of every backend.
    expected = ["host:cpu:0"] + (
        [dp.get_devices(backend="opencl")[0].filter_string] if HAS_OPENCL else []
    )
    assert _devices_under("*:0") == expected


@pytest.mark.skipif(len(dp.get_devices(backend="opencl")) < 2, reason="needs two OpenCL devices")
def test_env_exclusion_renumbers():
    ocl = dp.get_devices(backend="opencl")
    got = _devices_under("opencl:*;!opencl:0")
    assert len(got) == len(ocl) - 1


@pytest.mark.parametrize("value", [" HOST : * ", "HOST:*", "host:* ", "host: *", "opencl:00"])
def test_env_is_strict_about_case_spaces_and_indices(value):
    rc, _, err = _visible(value, "import dparray as dp\nprint('imported')\ndp.get_devices()")
    assert rc != 0
    assert "ValueError" in err
    assert f"[DPARRAY_DEVICE_SELECTOR] '{value}' is malformed" in err


def test_env_unknown_backend_driver_matches_nothing():
    rc, _, err = _visible("level_zero:*", "import dparray as dp\ndp.zeros(1)")
    assert rc != 0
    assert "no device is visible" in err and "level_zero:*" in err


@pytest.mark.parametrize(
    "value", ["foo:*", "host", "", ";", "host:x", "host:*;bad", "opencl:", "!"]
)
def test_malformed_env_raises_at_first_use_naming_it(value):
    rc, out, err = _visible(value, "import dparray as dp\nprint('imported')\ndp.get_devices()")
    assert rc != 0
    assert "imported" in out
    assert "ValueError" in err
    assert f"[DPARRAY_DEVICE_SELECTOR] '{value}' is malformed" in err


def test_env_filtered_device_is_not_selectable():
    code = (
        "import dparray as dp\n"
        "try:\n    dp.select_device('opencl')\nexcept ValueError as e:\n    print(e)"
    )
    rc, out, err = _visible("host:*", code)
    assert rc == 0, err
    assert "no device matches filter string 'opencl'" in out
    assert "available: host:cpu:0" in out
