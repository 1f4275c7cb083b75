"""python -m dparray --warm-cache: builds the common OpenCL programs ahead of a job."""

import json
import os
import subprocess
import sys

import pytest
from dparray.__main__ import main

import dparray as dp

OPENCL = [d.filter_string for d in dp.get_devices(backend="opencl")]


def test_host_has_nothing_to_warm(capsys):
    assert main(["--warm-cache", "host:cpu:0"]) == 0
    assert "nothing to warm" in capsys.readouterr().out


def test_bad_device_is_an_error():
    with pytest.raises(ValueError):
        main(["--warm-cache", "nosuchbackend:gpu:7"])


@pytest.mark.skipif(not OPENCL, reason="no OpenCL device")
@pytest.mark.skipif("asan" in os.environ.get("LD_PRELOAD", ""), reason="slow under ASan")
def test_warm_cache_builds_the_common_programs_once(tmp_path):
    code = (
        "import json; from dparray._warm_cache import warm_cache\n"
        f"first = warm_cache([{OPENCL[0]!r}], log=lambda s: None)\n"
        f"again = warm_cache([{OPENCL[0]!r}], log=lambda s: None)\n"
        "print(json.dumps([first, again]))"
    )
    env = dict(os.environ, DPARRAY_CACHE_DIR=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    first, again = (r[OPENCL[0]] for r in json.loads(proc.stdout.strip().splitlines()[-1]))
    assert first["compiles"] + first["disk_hits"] >= 50  # elementwise, casts, reductions, matmul
    assert again["compiles"] == 0 and again["disk_hits"] == 0  # all held in memory now
