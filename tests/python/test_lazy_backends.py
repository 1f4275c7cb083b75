"""Backends load on first need: host work never maps the OpenCL loader, PoCL or LLVM.

Each case runs in a fresh interpreter and reads /proc/self/maps there.
"""

import glob
import json
import os
import subprocess
import sys
import textwrap

import pytest

import dparray as dp

OPENCL_LIBS = ("libOpenCL", "libpocl", "libLLVM", "libclang", "libclblast")
HAS_OPENCL = bool(dp.get_devices(backend="opencl"))
# The default device is a GPU where one exists; dparray only looks where a GPU node does.
GPU_NODES = bool(
    glob.glob("/dev/dri/renderD*")
    + glob.glob("/dev/dri/card*")
    + glob.glob("/dev/nvidia*")
    + [p for p in ("/dev/kfd", "/dev/dxg") if os.path.exists(p)]
)

pytestmark = pytest.mark.skipif(
    not os.path.exists("/proc/self/maps"), reason="needs /proc/self/maps (Linux)"
)

PROBE = """
import json, sys
def _loaded():
    names = set()
    with open("/proc/self/maps") as f:
        for line in f:
            path = line.split()[-1] if len(line.split()) >= 6 else ""
            names.add(path.rsplit("/", 1)[-1])
    return sorted(n for n in names if n.startswith({libs!r}))
{body}
print(json.dumps({{"opencl": _loaded(), "modules": sorted(sys.modules)}}))
"""


def _run(body, selector=None):
    env = dict(os.environ)
    env.pop("DPARRAY_DEVICE_SELECTOR", None)
    if selector is not None:
        env["DPARRAY_DEVICE_SELECTOR"] = selector
    code = PROBE.format(libs=OPENCL_LIBS, body=textwrap.dedent(body))
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


HOST_WORK = """
import dparray as dp
x = dp.ones(10)
assert float(x.sum()) == 10.0
assert int(dp.arange(5, device="host")[4]) == 4
assert dp.select_device("cpu").filter_string == "host:cpu:0"
assert dp.select_device("0") == dp.select_device("host:cpu:0")
dp.Queue("host").wait()
assert dp.has_cpu_devices()
assert dp.get_devices(backend="host")[0].filter_string == "host:cpu:0"
"""


def test_host_work_with_host_selector_loads_no_opencl():
    out = _run(HOST_WORK + "assert len(dp.get_devices()) == 1\ndp.lsplatform(1)\n", "host:*")
    assert out["opencl"] == []


def test_excluding_opencl_in_the_selector_keeps_it_unloaded():
    out = _run(HOST_WORK + "assert dp.get_num_devices() == 1\n", "!opencl:*")
    assert out["opencl"] == []


@pytest.mark.skipif(GPU_NODES, reason="a GPU device node exists: the default device may be a GPU")
def test_default_device_on_a_machine_without_gpu_loads_no_opencl():
    out = _run(HOST_WORK + "assert dp.Device().filter_string == 'host:cpu:0'\n")
    assert out["opencl"] == []


def test_import_and_host_work_import_neither_numpy_nor_lazy_submodules():
    out = _run(HOST_WORK, "host:*")
    mods = set(out["modules"])
    assert "numpy" not in mods
    for sub in ("random", "linalg", "program", "kernels", "fft"):
        assert f"dparray.{sub}" not in mods
    # NumPy's namespace beyond what arrays need loads on first use of one of its names
    assert "dparray._np_stats" not in mods and "dparray._np_creation" not in mods
    # heavy standard modules load where used (info, dumps, show_runtime), not at import
    for std in ("inspect", "pickle", "ast", "dis", "tokenize", "platform", "numbers"):
        assert std not in mods, std


@pytest.mark.skipif(not HAS_OPENCL, reason="no OpenCL device")
@pytest.mark.parametrize(
    "body",
    [
        "dp.get_devices()",
        "dp.Queue('opencl:cpu:0')",
        "dp.select_device('opencl')",
        "dp.has_gpu_devices()",
        "dp.get_platforms()",
    ],
)
def test_opencl_loads_on_first_need(body):
    before = "dp.select_device('cpu')\nassert not _loaded()\n" if not GPU_NODES else ""
    out = _run("import dparray as dp\n" + before + body + "\n")
    assert any(n.startswith("libOpenCL") for n in out["opencl"]), out["opencl"]


@pytest.mark.skipif(not HAS_OPENCL or GPU_NODES, reason="needs OpenCL and no GPU node")
def test_host_device_keeps_its_identity_once_opencl_loads():
    _run(
        """
        import dparray as dp
        h = dp.select_device("cpu")
        x = dp.ones(4)
        devs = dp.get_devices()
        assert devs[0] == h and h.filter_string == "host:cpu:0"
        assert any(d.filter_string == "opencl:cpu:0" for d in devs)
        y = x.to_device("opencl:cpu:0")
        assert float((y + 1).sum()) == 8.0
        assert dp.select_device("cpu") == h and dp.Device() == h
        """
    )


def test_numpy_namespace_names_are_the_same_before_and_after_it_loads():
    # A name published at import must be the one its module defines: a _core function
    # that a NumPy-namespace module redefines must wait for it (_REDEFINED_CORE_NAMES).
    _run(
        """
        import importlib
        import dparray
        before = dict(vars(dparray))
        for m in dparray._NUMPY_MODULES:
            mod = importlib.import_module("dparray." + m)
            for n in mod.__all__:
                assert before.get(n, getattr(mod, n)) is getattr(mod, n), (m, n)
        assert callable(dparray.mean) and dparray.linspace is dparray._np_creation.linspace
        names = set(dir(dparray))
        assert {"histogram", "median", "pad", "unique", "savez"} <= names
        """
    )


def test_star_import_and_dir_see_the_whole_namespace():
    _run(
        """
        ns = {}
        exec("from dparray import *", ns)
        assert "median" in ns and "linspace" in ns and "ones" in ns
        assert "_load_numpy_namespace" not in ns
        """
    )
