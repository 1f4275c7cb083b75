"""python -m dparray stage DIR: copy the installed package to a node-local directory.

A job script stages once per node from the shared file system (e.g. into /tmp or
/dev/shm) and points every rank's PYTHONPATH there, so that thousands of ranks do not
import from the parallel file system. Copied: the package directory (Python files with
compiled bytecode, _core*.so, data), the bundled native libraries of a repaired wheel
(the `dparray.libs` directory beside the package, kept beside it so the extension's
relative RPATH finds them) and the dist-info. Prints shell lines to `eval`.
"""

import argparse
import compileall
import glob
import os
import shlex
import shutil
import subprocess
import sys


def installed_parts():
    """(package dir, [sibling dirs to copy]) of the dparray being run."""
    pkg = os.path.dirname(os.path.abspath(__file__))
    parent = os.path.dirname(pkg)
    extras = [
        p
        for pattern in ("dparray.libs", "dparray*.libs", "dparray-*.dist-info")
        for p in sorted(glob.glob(os.path.join(parent, pattern)))
        if os.path.isdir(p)
    ]
    return pkg, list(dict.fromkeys(extras))


def _copy_dir(src, dst):
    # Symlinks are followed (a development tree links to its sources): the stage holds
    # real files only, so it does not reach back into the shared file system.
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(src, dst, symlinks=False, ignore=ignore)


def _place(src, dest_dir):
    """Copy src into dest_dir atomically: a concurrent stager's finished copy wins."""
    final = os.path.join(dest_dir, os.path.basename(src))
    tmp = f"{final}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    _copy_dir(src, tmp)
    if os.path.basename(src) == "dparray":
        # Bytecode now, so that ranks neither compile nor write __pycache__ at import.
        compileall.compile_dir(tmp, quiet=1, workers=1)
    if os.path.exists(final):
        shutil.rmtree(final)
    try:
        os.rename(tmp, final)
    except OSError:
        if not os.path.isdir(final):  # not a lost race with another stager
            raise
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def needs_library_path(pkg_dir, libs_dirs):
    """Whether _core's bundled libraries are found without LD_LIBRARY_PATH (RPATH $ORIGIN)."""
    if not libs_dirs:
        return False
    cores = glob.glob(os.path.join(pkg_dir, "_core*.so"))
    if not cores:
        return True
    with open(cores[0], "rb") as f:
        data = f.read()
    return b"$ORIGIN" not in data


def check(dest, env_lines):
    """Import the staged copy in an isolated interpreter and compute on the host."""
    env = dict(os.environ)
    env["PYTHONPATH"] = dest
    for key, value in env_lines:
        if key == "LD_LIBRARY_PATH":
            env[key] = value
    code = (
        "import dparray, sys; assert float(dparray.ones(10).sum()) == 10.0; print(dparray.__file__)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    here = os.path.realpath(dest)
    if proc.returncode != 0 or not os.path.realpath(proc.stdout.strip()).startswith(here):
        raise RuntimeError(
            f"[stage] the staged copy in {dest} does not import: {proc.stderr or proc.stdout}"
        )


def stage(dest, verify=False):
    """Copies dparray into dest; returns [(variable, value)] to export."""
    pkg, extras = installed_parts()
    dest = os.path.abspath(dest)
    if os.path.realpath(pkg).startswith(os.path.realpath(dest) + os.sep):
        raise ValueError(f"[stage] {dest} already holds the running dparray ({pkg})")
    os.makedirs(dest, exist_ok=True)
    staged_pkg = _place(pkg, dest)
    libs = [_place(e, dest) for e in extras]
    libs = [p for p in libs if p.endswith(".libs")]
    env_lines = [("PYTHONPATH", dest)]
    if needs_library_path(staged_pkg, libs):
        env_lines.append(("LD_LIBRARY_PATH", os.pathsep.join(libs)))
    if verify:
        check(dest, env_lines)
    return env_lines


def main(argv):
    parser = argparse.ArgumentParser(
        prog="python -m dparray stage",
        description="Copy dparray (package, compiled bytecode, bundled libraries) into DIR "
        "and print the environment that imports it from there.",
    )
    parser.add_argument("dir", help="node-local directory, e.g. /tmp/$USER-dparray")
    parser.add_argument(
        "--check", action="store_true", help="import the staged copy once to verify it"
    )
    args = parser.parse_args(argv)
    try:
        env_lines = stage(args.dir, verify=args.check)
    except (OSError, ValueError, RuntimeError) as e:
        print(f"python -m dparray stage: {e}", file=sys.stderr)
        return 1
    for key, value in env_lines:
        print(f"export {key}={shlex.quote(value)}${{{key}:+:${key}}}")
    return 0
