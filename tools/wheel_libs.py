"""Checks that an installed dparray wheel loads its native libraries from itself.

Run with the interpreter of the environment the wheel is installed in (tools/wheel_check.sh).
Fresh interpreters read /proc/self/maps after a workload that touches every native
dependency (oneTBB, SLEEF, OpenBLAS with LAPACK, Highway's VQSort, pocketfft):

* host only (no OpenCL ICD visible): every shared library that importing and using dparray
  adds to a bare interpreter (with NumPy) must lie in the wheel's install folders, in a
  declared dependency's wheel (llvmlite), or be a C/C++ runtime or the OpenCL ICD loader;
* with the OpenCL devices (PoCL) as well: no system copy of a bundled library is loaded.
"""

import importlib.util
import json
import os
import subprocess
import sys
import tempfile

MAPS = """
import json
import sys

libs = set()
with open("/proc/self/maps") as f:
    for line in f:
        path = line.split(maxsplit=5)[5].strip() if len(line.split()) > 5 else ""
        if ".so" in os.path.basename(path):
            libs.add(os.path.realpath(path))
# Python extension modules imported on the way (stdlib, NumPy): the baseline imports them too.
mods = [n for n, m in list(sys.modules.items())
        if str(getattr(m, "__file__", "")).endswith(".so") and not n.startswith("dparray")]
print("MAPS" + json.dumps([sorted(libs), sorted(mods)]))
"""
HOST_WORK = """
import os
import numpy
import dparray as dp

x = dp.linspace(0, 1, 1 << 20, dtype=dp.float32)
assert abs(float(dp.sum(dp.sin(x))) - float(numpy.sin(numpy.linspace(0, 1, 1 << 20, dtype=numpy.float32)).sum())) < 1
a = dp.asarray(numpy.random.default_rng(0).random((64, 64)) + 64 * numpy.eye(64))
assert numpy.allclose(dp.asnumpy(dp.matmul(a, dp.linalg.inv(a))), numpy.eye(64), atol=1e-8)
assert (dp.asnumpy(dp.sort(dp.asarray([3.0, 1.0, 2.0] * 1000)))[:3] == 1.0).all()
assert abs(complex(dp.fft.fft(dp.ones(64))[0]) - 64) < 1e-9
"""
DEVICE_WORK = """
for d in dp.get_devices():
    y = dp.arange(1000, device=d)
    assert int(dp.sum(y * 2)) == 999000, d
"""
# The C and C++ runtimes the manylinux policy lets a wheel take from the system, and the
# OpenCL ICD loader, which dparray dlopen()s when present.
SYSTEM_OK = (
    "libc.so",
    "libm.so",
    "libstdc++.so",
    "libgcc_s.so",
    "ld-linux",
    "libpthread.so",
    "libdl.so",
    "librt.so",
    "libOpenCL.so",
)
DEPENDENCY_WHEELS = ("llvmlite",)


def loaded(code, env):
    """The shared libraries mapped after running code, and the extension modules it imported."""
    out = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),
    )
    if out.returncode != 0:
        sys.exit(f"wheel_libs: the workload failed:\n{out.stdout}{out.stderr}")
    line = next(s for s in out.stdout.splitlines() if s.startswith("MAPS"))
    libs, mods = json.loads(line[4:])
    return set(libs), mods


def added_by_dparray(env):
    """Libraries the host workload maps beyond an interpreter that imports the same
    non-dparray extension modules (NumPy, the stdlib's) without dparray."""
    libs, mods = loaded(HOST_WORK + MAPS, env)
    baseline, _ = loaded(
        "import importlib, os\n" + f"for m in {mods!r}: importlib.import_module(m)\n" + MAPS, env
    )
    return libs - baseline


def stem(path):
    # libtbb-1a2b3c4d.so.12.8 (auditwheel's renamed copy) and libtbb.so.12 -> libtbb
    return os.path.basename(path).split(".so")[0].split("-")[0]


def main():
    spec = importlib.util.find_spec("dparray")
    pkg = os.path.realpath(os.path.dirname(spec.origin))
    site = os.path.dirname(pkg)
    bundled_dir = os.path.join(site, "dparray.libs")
    wheel_dirs = (pkg + os.sep, bundled_dir + os.sep)
    dep_dirs = tuple(os.path.join(site, d) + os.sep for d in DEPENDENCY_WHEELS)
    bundled = sorted(os.listdir(bundled_dir)) if os.path.isdir(bundled_dir) else []
    print(f"wheel_libs: dparray in {pkg}; bundled: {', '.join(bundled) or 'nothing'}")

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "LD_LIBRARY_PATH")}
    with tempfile.TemporaryDirectory() as no_icds:
        host_env = dict(env, OCL_ICD_VENDORS=no_icds)
        new = added_by_dparray(host_env)
    errors = []
    if not any(p.startswith(pkg + os.sep) and "_core" in p for p in new):
        errors.append(f"dparray's _core was not loaded from {pkg}")
    for p in sorted(new):
        where = (
            "wheel"
            if p.startswith(wheel_dirs)
            else "dependency wheel"
            if p.startswith(dep_dirs)
            else "system runtime"
            if os.path.basename(p).startswith(SYSTEM_OK)
            else None
        )
        print(f"  host: {where or 'NOT FROM THE WHEEL'}: {p}")
        if where is None:
            errors.append(f"{p} is loaded by dparray but is not from its wheel")

    # With the OpenCL devices the ICD loader brings its drivers (PoCL, LLVM...); those are
    # the system's, but none may be a second copy of a library the wheel bundles.
    stems = {stem(b) for b in bundled} | {"libopenblas", "libsleef", "libtbb", "libhwy"}
    for p in sorted(loaded(HOST_WORK + DEVICE_WORK + MAPS, env)[0]):
        if stem(p) in stems and not p.startswith(site + os.sep):
            errors.append(f"with OpenCL devices, the system's {p} is loaded beside the wheel's")
    if errors:
        sys.exit("wheel_libs: FAILED\n  " + "\n  ".join(errors))
    print(f"wheel_libs: ok ({len(new)} libraries added by dparray, all from the wheel or allowed)")


if __name__ == "__main__":
    main()
