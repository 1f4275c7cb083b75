"""What importing dparray costs a rank: time, files touched and shared libraries loaded.

Each case runs in fresh interpreters. Time is the median of --runs interpreters of the
statement alone (wall and the calling thread's CPU time, measured inside the child; CPU time
is the steadier one on a busy machine) and of the whole process beyond a bare interpreter; files come from `strace -f -e trace=%file` (every syscall naming a path:
open, stat, access, readlink, ...) beyond the bare interpreter's; shared libraries are the
distinct `.so` files in /proc/self/maps beyond the bare interpreter's. "in pkgs" counts the
paths under PYTHONPATH and site-packages: on a cluster, the ones on the shared file system. NumPy (and dpnp
where installed) are measured alike.

Use: PYTHONPATH=build/dev/pkg python benchmarks/bench_import.py [--runs 10] [--device opencl:cpu:0]
"""

import argparse
import importlib.util
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

RESULTS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")

# The child times the statement, then reports what it mapped and imported.
CHILD = """
import time as _t
_t0, _c0 = _t.perf_counter(), _t.thread_time()
{stmt}
_dt, _dc = _t.perf_counter() - _t0, _t.thread_time() - _c0
import json as _j, sys as _s
if {report}:
    _libs = set()
    with open("/proc/self/maps") as _f:
        for _line in _f:
            _p = _line.split()[-1]
            if ".so" in _p.rsplit("/", 1)[-1]:
                _libs.add(_p)
    print(_j.dumps({{"seconds": _dt, "cpu_seconds": _dc, "libs": sorted(_libs), "numpy": "numpy" in _s.modules,
                     "modules": len(_s.modules)}}))
"""

OPEN_CALLS = {"open", "openat", "openat2", "creat"}
# a line of `strace -f` output: "[pid N] name(args) = result" or "N name(args) = result"
STRACE_LINE = re.compile(r"^(?:\[pid\s+\d+\]\s+|\d+\s+)?(\w+)\((.*)\)\s+=\s+(-?\d+|\?)")


def child_code(stmt, report=True):
    return CHILD.format(stmt=stmt, report=report)


def run_child(stmt, env, report=True):
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", child_code(stmt, report)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{stmt!r} failed:\n{proc.stderr}")
    info = json.loads(proc.stdout.strip().splitlines()[-1]) if report else {}
    info["wall"] = wall
    return info


def package_roots(env):
    """Where Python packages live (PYTHONPATH, site-packages): on a cluster, the shared file system."""
    import site

    roots = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    roots += site.getsitepackages() + [site.getusersitepackages()]
    return tuple(os.path.join(os.path.abspath(r), "") for r in roots)


def file_syscalls(stmt, env, strace):
    """(calls, distinct paths, distinct paths opened, distinct paths under package roots)."""
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "trace")
        cmd = [strace, "-f", "-qq", "-e", "trace=%file", "-o", log, sys.executable, "-c"]
        proc = subprocess.run(
            cmd + [child_code(stmt, report=False)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"strace of {stmt!r} failed:\n{proc.stderr}")
        calls, paths, opened = 0, set(), set()
        roots = package_roots(env)
        with open(log) as f:
            for line in f:
                m = STRACE_LINE.match(line)
                if not m:
                    continue
                name, args, result = m.groups()
                calls += 1
                q = re.search(r'"((?:[^"\\]|\\.)*)"', args)
                if not q:
                    continue
                paths.add(q.group(1))
                if name in OPEN_CALLS and result not in ("?",) and int(result) >= 0:
                    opened.add(q.group(1))
    in_packages = {p for p in paths if p.startswith(roots) or p.rstrip("/") + "/" in roots}
    return calls, len(paths), len(opened), len(in_packages)


def measure(label, stmt, env, runs, strace):
    run_child(stmt, env)  # warm the page cache and any program cache, as a rank's second run
    infos = [run_child(stmt, env) for _ in range(runs)]
    row = {
        "case": label,
        "statement": stmt,
        "seconds": statistics.median(i["seconds"] for i in infos),
        "cpu_seconds": statistics.median(i["cpu_seconds"] for i in infos),
        "process_seconds": statistics.median(i["wall"] for i in infos),
        "libs": infos[0]["libs"],
        "numpy_imported": infos[0]["numpy"],
        "modules": infos[0]["modules"],
    }
    if strace:
        counts = file_syscalls(stmt, env, strace)
        row["file_calls"], row["paths"], row["opened"], row["package_paths"] = counts
    return row


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10, help="fresh interpreters per case")
    ap.add_argument("--device", default="opencl:cpu:0", help="the OpenCL device case ('' skips)")
    ap.add_argument("--no-json", action="store_true")
    args = ap.parse_args()

    strace = shutil.which("strace")
    if not strace:
        print("strace not found (apt-get install strace): file counts left out")
    env = dict(os.environ)
    env.pop("DPARRAY_DEVICE_SELECTOR", None)
    cases = [
        ("python", "pass"),
        ("import dparray", "import dparray"),
        ("dparray host sum", "import dparray; float(dparray.ones(10).sum())"),
    ]
    if args.device:
        cases.append(
            (
                f"dparray {args.device} sum",
                f"import dparray; float(dparray.ones(10, device={args.device!r}).sum())",
            )
        )
    cases += [
        ("import numpy", "import numpy"),
        ("numpy sum", "import numpy; float(numpy.ones(10).sum())"),
    ]
    if importlib.util.find_spec("dpnp") is not None:
        cases += [
            ("import dpnp", "import dpnp"),
            ("dpnp sum", "import dpnp; float(dpnp.ones(10).sum())"),
        ]

    rows = []
    for label, stmt in cases:
        try:
            rows.append(measure(label, stmt, env, args.runs, strace))
        except RuntimeError as e:
            print(f"{label}: skipped ({str(e).splitlines()[0]})")
    base = rows[0]
    base_libs = set(base["libs"])
    for r in rows:
        r["extra_process_seconds"] = r["process_seconds"] - base["process_seconds"]
        r["extra_libs"] = sorted(set(r["libs"]) - base_libs)
        for k in ("file_calls", "paths", "opened", "package_paths"):
            if k in r:
                r["extra_" + k] = r[k] - base[k]

    print(f"median of {args.runs} fresh interpreters; files and libraries beyond `python -c pass`")
    head = f"{'case':28s} {'stmt ms':>8s} {'cpu ms':>7s} {'+process ms':>11s} {'+file calls':>11s} "
    head += f"{'+paths':>7s} {'+opened':>8s} {'+in pkgs':>8s} {'+libs':>6s} {'numpy':>6s}"
    print(head)
    for r in rows:
        fc = [
            f"{r.get('extra_' + k, float('nan')):>{w}}"
            for k, w in (("file_calls", 11), ("paths", 7), ("opened", 8), ("package_paths", 8))
        ]
        print(
            f"{r['case']:28s} {r['seconds'] * 1e3:8.1f} {r['cpu_seconds'] * 1e3:7.1f} "
            f"{r['extra_process_seconds'] * 1e3:11.1f} "
            f"{' '.join(fc)} {len(r['extra_libs']):6d} {'yes' if r['numpy_imported'] else 'no':>6s}"
        )
    by = {r["case"]: r for r in rows}
    if "import numpy" in by and "import dparray" in by:
        ratio = by["import numpy"]["seconds"] / max(by["import dparray"]["seconds"], 1e-9)
        print(f"import numpy / import dparray time: {ratio:.1f}x")
    if not args.no_json:
        os.makedirs(RESULTS_DIR, exist_ok=True)
        path = os.path.join(RESULTS_DIR, "bench_import.json")
        meta = {"python": sys.version.split()[0], "runs": args.runs, "strace": bool(strace)}
        with open(path, "w") as f:
            json.dump({"meta": meta, "rows": rows}, f, indent=1)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
