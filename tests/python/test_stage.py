"""python -m dparray stage DIR: the staged copy imports and computes on its own."""

import os
import shutil
import subprocess
import sys

import pytest

import dparray as dp

# Copies and re-imports the package in subprocesses: pure Python work, left out of the
# sanitizer run (tools/sanitize.sh), which it would only slow down.
pytestmark = pytest.mark.skipif(
    "libasan" in os.environ.get("LD_PRELOAD", ""), reason="file copying: not a sanitizer target"
)

PKG = os.path.dirname(os.path.abspath(dp.__file__))
CHECK = (
    "import dparray, sys; assert float(dparray.ones(10).sum()) == 10.0; "
    "assert float((dparray.arange(4) * 2).sum()) == 12.0; print(dparray.__file__)"
)


def _env(pythonpath):
    env = dict(os.environ)
    env["PYTHONPATH"] = pythonpath
    env["DPARRAY_DEVICE_SELECTOR"] = "host:*"
    return env


def _stage(dest, pythonpath, *extra):
    proc = subprocess.run(
        [sys.executable, "-m", "dparray", "stage", str(dest), *extra],
        capture_output=True,
        text=True,
        env=_env(pythonpath),
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_stage_copies_a_package_that_imports_from_the_stage(tmp_path):
    dest = tmp_path / "node-local"
    out = _stage(dest, os.path.dirname(os.path.dirname(dp.__file__)))
    assert f"export PYTHONPATH={dest}" in out
    staged = dest / "dparray"
    assert list(staged.glob("_core*.so")) and (staged / "__init__.py").is_file()
    assert not any(p.is_symlink() for p in staged.rglob("*"))  # real files, not links back
    assert list((staged / "__pycache__").glob("_np_stats*.pyc"))  # bytecode precompiled
    # PYTHONPATH, from another working directory
    proc = subprocess.run(
        [sys.executable, "-c", CHECK],
        capture_output=True,
        text=True,
        env=_env(str(dest)),
        cwd=tmp_path,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().startswith(str(staged))
    # isolated mode (-I ignores PYTHONPATH and the user site): the stage on sys.path alone
    code = f"import sys; sys.path.insert(0, {str(dest)!r}); {CHECK}"
    proc = subprocess.run(
        [sys.executable, "-I", "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().startswith(str(staged))


def test_stage_carries_bundled_libraries_and_metadata(tmp_path):
    # A wheel-like site: the package, a repaired wheel's dparray.libs and its dist-info.
    site = tmp_path / "site"
    shutil.copytree(PKG, site / "dparray", ignore=shutil.ignore_patterns("__pycache__"))
    # An installed repaired wheel's _core needs its real bundled libraries beside it.
    real_libs = os.path.join(os.path.dirname(PKG), "dparray.libs")
    if os.path.isdir(real_libs):
        shutil.copytree(real_libs, site / "dparray.libs")
    else:
        (site / "dparray.libs").mkdir()
    (site / "dparray.libs" / "libexample-1a2b3c.so.1").write_bytes(b"\x7fELF")
    (site / "dparray-0.1.0.dist-info").mkdir()
    (site / "dparray-0.1.0.dist-info" / "METADATA").write_text("Name: dparray\n")
    dest = tmp_path / "stage"
    out = _stage(dest, str(site), "--check")
    assert (dest / "dparray.libs" / "libexample-1a2b3c.so.1").read_bytes() == b"\x7fELF"
    assert (dest / "dparray-0.1.0.dist-info" / "METADATA").is_file()
    assert f"export PYTHONPATH={dest}" in out
    # staging again replaces the copy in place
    out2 = _stage(dest, str(site))
    assert out2 == out and not list(dest.glob("*.tmp-*"))


def test_stage_refuses_to_stage_onto_itself(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "dparray", "stage", os.path.dirname(PKG)],
        capture_output=True,
        text=True,
        env=_env(os.path.dirname(PKG)),
        check=False,
        timeout=120,
    )
    assert proc.returncode == 1
    assert "already holds the running dparray" in proc.stderr


def test_stage_needs_a_directory_argument():
    proc = subprocess.run(
        [sys.executable, "-m", "dparray", "stage"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 2 and "dir" in proc.stderr


@pytest.mark.parametrize("flag", ["-s", "-l"])
def test_listing_flags_still_work_beside_stage(flag):
    proc = subprocess.run(
        [sys.executable, "-m", "dparray", flag],
        capture_output=True,
        text=True,
        env=_env(os.path.dirname(os.path.dirname(dp.__file__))),
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0 and "host" in proc.stdout.lower(), proc.stderr
