"""dparray on an OpenCL CPU device (PoCL here) beside NumPy (and PyOpenCL when importable):
reductions, mean(axis=0), matmul and an elementwise op, plus first-call (compile) times on a
cold cache (fresh DPARRAY_CACHE_DIR and POCL_CACHE_DIR, in a subprocess) and after
`python -m dparray --warm-cache`.

    python benchmarks/bench_opencl_cpu.py [--device opencl:cpu:0] [--quick] [--no-cold]
                                          [--name opencl_cpu]

Ratios are NumPy time / dparray time (above 1: dparray is faster). Where dpnp is importable,
it runs the same cases on the same device (its SYCL runtime reaches OpenCL CPU devices only
through Intel's OpenCL CPU runtime, not PoCL): give both that runtime with
OCL_ICD_FILENAMES=<intel-opencl-rt>/lib/libintelocl.so (docs/opencl-cpu.md). Writes
results/<name>.json.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time

import numpy as np
from harness import timeit, write_json

import dparray as dp


def _cases(quick):
    n1 = 1 << (22 if quick else 24)
    n2 = 2048 if quick else 4096
    mm = [512, 1024] if quick else [1024, 2048]
    cases = [
        ("sum float32", "sum", (n1,), "float32"),
        ("sum float64", "sum", (n1,), "float64"),
        ("sum(axis=1) float32", "sum1", (n2, n2), "float32"),
        ("mean(axis=0) float32", "mean0", (n2, n2), "float32"),
        ("max(axis=0) float32", "max0", (n2, n2), "float32"),
        ("add float32", "add", (n1,), "float32"),
    ]
    cases += [(f"matmul {n}^2 float32", "matmul", (n, n), "float32") for n in mm]
    cases.append((f"matmul {mm[0]}^2 float64", "matmul", (mm[0], mm[0]), "float64"))
    return cases


def _numpy_fn(kind, x, y):
    return {
        "sum": lambda: x.sum(),
        "sum1": lambda: x.sum(axis=1),
        "mean0": lambda: x.mean(axis=0),
        "max0": lambda: x.max(axis=0),
        "add": lambda: np.add(x, y),
        "matmul": lambda: x @ y,
    }[kind]


def _dparray_fn(kind, x, y):
    return {
        "sum": lambda: dp.sum(x),
        "sum1": lambda: dp.sum(x, axis=1),
        "mean0": lambda: dp.mean(x, axis=0),
        "max0": lambda: dp.max(x, axis=0),
        "add": lambda: dp.add(x, y),
        "matmul": lambda: dp.matmul(x, y),
    }[kind]


def _pyopencl_fn(kind, x, y):
    """The PyOpenCL equivalent (pyopencl.array), or None."""
    try:
        import pyopencl as cl
        import pyopencl.array as cla
    except ImportError:
        return None
    if kind not in ("sum", "add"):
        return None
    ctx = cl.Context([d for p in cl.get_platforms() for d in p.get_devices(cl.device_type.CPU)][:1])
    q = cl.CommandQueue(ctx)
    gx, gy = cla.to_device(q, x), cla.to_device(q, y)
    if kind == "sum":
        return lambda: cla.sum(gx).get()
    return lambda: (gx + gy).finish()


def _dpnp_fn(kind, x, y, device):
    """The dpnp equivalent on `device` with its synchronisation, or None without dpnp."""
    try:
        import dpnp
    except ImportError:
        return None
    try:
        gx, gy = dpnp.asarray(x, device=device), dpnp.asarray(y, device=device)
    except Exception:  # noqa: BLE001 (dpnp cannot reach this device: no column)
        return None
    fn = {
        "sum": lambda: gx.sum(),
        "sum1": lambda: gx.sum(axis=1),
        "mean0": lambda: gx.mean(axis=0),
        "max0": lambda: gx.max(axis=0),
        "add": lambda: dpnp.add(gx, gy),
        "matmul": lambda: dpnp.matmul(gx, gy),
    }[kind]
    return fn, gx.sycl_queue.wait


def run_speed(device, quick):
    q = dp.Queue(device)
    fp64 = dp.select_device(device).has_aspect_fp64
    rng = np.random.default_rng(0)
    rows = []
    for label, kind, shape, dtype in _cases(quick):
        if dtype == "float64" and not fp64:
            continue
        x = rng.random(shape).astype(dtype)
        y = rng.random(shape).astype(dtype)
        dx, dy = dp.asarray(x, device=q), dp.asarray(y, device=q)
        f = _dparray_fn(kind, dx, dy)
        got = dp.asnumpy(f())
        want = _numpy_fn(kind, x, y)()
        tol = 1e-3 if dtype == "float32" else 1e-9
        assert np.allclose(got, want, rtol=tol, atol=tol * max(1, shape[-1] ** 0.5)), label
        t_np = timeit(_numpy_fn(kind, x, y), repeat=5)
        t_dp = timeit(f, sync=q.wait, repeat=5)
        row = {"case": label, "numpy_s": t_np, "dparray_s": t_dp, "ratio": t_np / t_dp}
        pf = _pyopencl_fn(kind, x, y)
        if pf is not None:
            row["pyopencl_s"] = timeit(pf, repeat=5)
            row["ratio_vs_pyopencl"] = row["pyopencl_s"] / t_dp
        rows.append(row)
        dpnp_case = _dpnp_fn(kind, x, y, device)
        if dpnp_case is not None:
            dfn, dsync = dpnp_case
            assert np.allclose(np.asarray(dfn().asnumpy()), want, rtol=tol, atol=1), label
            row["dpnp_s"] = timeit(dfn, sync=dsync, repeat=5)
            row["ratio_vs_dpnp"] = row["dpnp_s"] / t_dp
        extra = f"  pyopencl {row['pyopencl_s'] * 1e3:9.3f} ms" if "pyopencl_s" in row else ""
        if "dpnp_s" in row:
            extra += (
                f"  dpnp {row['dpnp_s'] * 1e3:9.3f} ms  dpnp/dparray {row['ratio_vs_dpnp']:6.2f}"
            )
        print(
            f"{label:28s} numpy {t_np * 1e3:9.3f} ms  dparray {t_dp * 1e3:9.3f} ms  "
            f"ratio {row['ratio']:6.2f}{extra}",
            flush=True,
        )
    return rows


FIRST_CALLS = """
import json, sys, time
import numpy as np
import dparray as dp
q = dp.Queue({device!r})
out = {{}}
t = time.perf_counter(); x = dp.asarray(np.ones(1000, np.float32), device=q); q.wait()
out["first transfer"] = time.perf_counter() - t
def first(name, fn):
    t = time.perf_counter(); r = fn(); dp.asnumpy(r) if isinstance(r, dp.ndarray) else r
    out[name] = time.perf_counter() - t
first("add float32", lambda: dp.add(x, x))
first("sin float32", lambda: dp.sin(x))
first("sum float32", lambda: float(dp.sum(x)))
a = dp.asarray(np.random.default_rng(0).random(({n}, {n}), dtype=np.float32), device=q)
first("mean(axis=0) float32", lambda: dp.mean(a, axis=0))
first("matmul {n}^2 float32", lambda: a @ a)
first("matmul {n}^2 float32 (second call)", lambda: a @ a)
print(json.dumps(out))
"""


def _subprocess(code, env):
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=1800,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    return proc


def run_first_calls(device, quick):
    """First-call seconds on a cold cache, then in a new process after --warm-cache."""
    n = 1024 if quick else 2048
    code = textwrap.dedent(FIRST_CALLS.format(device=device, n=n))
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(
            os.environ,
            DPARRAY_CACHE_DIR=os.path.join(tmp, "dparray"),
            POCL_CACHE_DIR=os.path.join(tmp, "pocl"),
        )
        cold = json.loads(_subprocess(code, env).stdout.strip().splitlines()[-1])
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(
            os.environ,
            DPARRAY_CACHE_DIR=os.path.join(tmp, "dparray"),
            POCL_CACHE_DIR=os.path.join(tmp, "pocl"),
        )
        t = time.perf_counter()
        _subprocess(f"import dparray.__main__ as m; m.main(['--warm-cache', {device!r}])", env)
        warm_s = time.perf_counter() - t
        warm = json.loads(_subprocess(code, env).stdout.strip().splitlines()[-1])
    print(f"\nfirst calls on {device} (seconds; --warm-cache itself took {warm_s:.1f} s):")
    print(f"{'op':36s} {'cold cache':>11s} {'after --warm-cache':>19s}")
    for k in cold:
        print(f"{k:36s} {cold[k]:11.3f} {warm[k]:19.3f}")
    return {"cold": cold, "after_warm_cache": warm, "warm_cache_seconds": warm_s}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--device", default="opencl:cpu:0")
    ap.add_argument("--quick", action="store_true", help="smaller sizes")
    ap.add_argument("--no-cold", action="store_true", help="skip the first-call subprocesses")
    ap.add_argument("--name", default="opencl_cpu", help="results/<name>.json")
    args = ap.parse_args()
    if not dp.get_devices(backend="opencl"):
        print("no OpenCL device")
        return
    print(f"device {args.device}, NumPy {np.__version__}; ratio = NumPy time / dparray time\n")
    results = {"device": args.device, "speed": run_speed(args.device, args.quick)}
    if not args.no_cold:
        results["first_calls"] = run_first_calls(args.device, args.quick)
    write_json(args.name, results)


if __name__ == "__main__":
    main()
