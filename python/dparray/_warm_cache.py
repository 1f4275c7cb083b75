"""python -m dparray --warm-cache [DEVICE]: builds the programs most codes use on OpenCL
devices ahead of time, so that a job's first calls do not compile.

Each op runs once on arrays of a few thousand elements, which builds its program into the disk caches (dparray's
binaries under DPARRAY_CACHE_DIR and, on PoCL, PoCL's compiled kernels under POCL_CACHE_DIR)
and compiles the kernels the op launches: elementwise arithmetic, comparisons and math for the
common dtypes, casts between them, copies of strided views, reductions along every axis, and
matmul. Host devices need nothing: their loops are compiled into the library.
"""

import time

import numpy as np

_ARITH = ("add", "subtract", "multiply", "maximum", "minimum")
_COMPARE = ("less", "greater_equal", "equal", "not_equal")
_FLOAT_MATH = ("true_divide", "power")
_FLOAT_UNARY = ("sqrt", "exp", "log", "sin", "cos", "tanh", "abs", "negative", "floor")
_INT_UNARY = ("abs", "negative")
_REDUCTIONS = ("sum", "prod", "max", "min", "mean", "argmax", "argmin")


def _dtypes(device):
    kinds = ["float32", "int32", "int64", "bool"]
    if device.has_aspect_fp64:
        kinds.insert(1, "float64")
    return kinds


def _warm_device(dp, device, log):
    q = dp.Queue(device)
    dtypes = _dtypes(device)
    rng = np.random.default_rng(0)
    for dt in dtypes:
        # 6144 elements: above the 4096 up to which a CPU device's small ops run on the host
        # (docs/opencl-cpu.md, "Small ops"), so that every op here launches its kernel.
        host = (rng.random((64, 96)) * 4).astype(dt)
        x = dp.asarray(host, device=q)
        y = dp.asarray(host[::-1], device=q)
        floating = np.dtype(dt).kind == "f"
        if dt != "bool":
            for name in _ARITH:
                getattr(dp, name)(x, y)
                getattr(dp, name)(x, 2)
            for name in _FLOAT_MATH if floating else ():
                getattr(dp, name)(x, y)
            for name in _FLOAT_UNARY if floating else _INT_UNARY:
                getattr(dp, name)(x)
            for name in _REDUCTIONS:
                for axis in (None, 0, 1):
                    getattr(dp, name)(x, axis=axis)
            dp.sum(dp.asarray(np.ones(100000, dtype=dt), device=q))  # chunked runs
            dp.cumsum(x, axis=1)
        else:
            dp.logical_and(x, y)
            dp.logical_not(x)
            dp.any(x, axis=0)
            dp.all(x)
        for name in _COMPARE:
            getattr(dp, name)(x, y)
        dp.where(x > y if dt != "bool" else x, x, y)
        x.T.copy()  # strided copy
        x[::2, ::3] + y[::2, ::3]  # n-d strided elementwise
        for other in dtypes:
            if other != dt:
                x.astype(other)
        dp.zeros(10, dtype=dt, device=q)
        dp.full((3, 4), 1, dtype=dt, device=q)
        if floating:
            x @ dp.asarray(host.T, device=q)
        q.wait()
        log(f"  {device.filter_string}: {dt} done")


def warm_cache(devices=None, log=print):
    """Builds the common programs on `devices` (filter strings or Device objects; default:
    every OpenCL device). Returns {filter_string: {"seconds", "compiles", "disk_hits"}}."""
    import dparray as dp
    import dparray._core as core

    if devices is None:
        targets = list(dp.get_devices(backend="opencl"))
    else:
        targets = [dp.select_device(d) if isinstance(d, str) else d for d in devices]
    report = {}
    for device in targets:
        if not device.filter_string.startswith("opencl"):
            log(f"{device.filter_string}: nothing to warm (host loops are built in)")
            continue
        q = dp.Queue(device)
        before = core._program_cache_info(q)
        t0 = time.perf_counter()
        _warm_device(dp, device, log)
        after = core._program_cache_info(q)
        report[device.filter_string] = {
            "seconds": round(time.perf_counter() - t0, 2),
            "compiles": after["compiles"] - before["compiles"],
            "disk_hits": after["disk_hits"] - before["disk_hits"],
            "disk_cache_dir": after["disk_cache_dir"],
        }
        r = report[device.filter_string]
        log(
            f"{device.filter_string}: warmed in {r['seconds']} s "
            f"({r['compiles']} programs built, {r['disk_hits']} read from {r['disk_cache_dir']})"
        )
    if not targets:
        log("no OpenCL device: nothing to warm")
    return report
