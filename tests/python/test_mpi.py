"""dparray under MPI: mpi4py buffers, dparray.mpi and the examples, run by mpirun in
subprocesses (mpi_cases.py does the checks on every rank). Skipped without mpirun or mpi4py,
and under the sanitizer (MPI's runtime is not instrumented, and the runs are slow there)."""

import importlib.util
import os
import re
import shutil
import subprocess
import sys

import pytest

import dparray as dp

HERE = os.path.dirname(os.path.abspath(__file__))
SCALE = os.path.join(HERE, "..", "..", "examples", "scale")
MPIRUN = shutil.which("mpirun")
OPENCL = bool(dp.get_devices(backend="opencl"))

pytestmark = [
    pytest.mark.skipif(not MPIRUN, reason="mpirun is not installed"),
    pytest.mark.skipif(importlib.util.find_spec("mpi4py") is None, reason="no mpi4py"),
    pytest.mark.skipif(
        "asan" in os.environ.get("LD_PRELOAD", ""), reason="MPI runs are not sanitizer runs"
    ),
]


def mpirun(n, script, *args):
    cmd = [MPIRUN, "--allow-run-as-root", "--oversubscribe", "-n", str(n)]
    cmd += [sys.executable, script, *args]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    # Containers often forbid the cross-process copy (CMA) of Open MPI's shared-memory path.
    env.setdefault("OMPI_MCA_btl_vader_single_copy_mechanism", "none")
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=240, env=env, check=False)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return proc.stdout


@pytest.mark.parametrize("n", [1, 2])
def test_buffers_devices_and_streams_on_every_rank(n):
    args = ["--opencl"] if OPENCL else []
    out = mpirun(n, os.path.join(HERE, "mpi_cases.py"), *args)
    ok = re.findall(r"rank (\d+) ok (\d+)", out)
    assert sorted(int(r) for r, _ in ok) == list(range(n)), out


def test_distributed_sum_matches_numpy():
    out = mpirun(2, os.path.join(SCALE, "mpi_sum.py"), "--n", "100003")
    assert re.search(r"ranks 2 on .*: sum = ", out), out


@pytest.mark.parametrize("kind", ["fused", "plain"])
@pytest.mark.parametrize("backend", ["host", "opencl"])
def test_heat_stencil_with_halo_exchange_matches_numpy(backend, kind):
    if backend == "opencl" and not OPENCL:
        pytest.skip("no OpenCL device")
    flags = ["--plain"] if kind == "plain" else []
    out = mpirun(
        2,
        os.path.join(SCALE, "heat2d_mpi.py"),
        "--n",
        "48",
        "--steps",
        "12",
        "--backend",
        backend,
        *flags,
    )
    assert re.search(
        rf"ranks 2 on .*48x48, 12 steps \({kind}\).*max \|dparray - NumPy\| = ", out
    ), out
