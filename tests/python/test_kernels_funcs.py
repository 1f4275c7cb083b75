"""Device functions, globals and closures as constants, async launches and the caches."""

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import kernel_api as kapi


@pytest.fixture(params=["compiled", "reference"])
def run(request):
    if request.param == "compiled":
        return dpex.call_kernel
    return lambda k, r, *a: kapi.call_kernel(k.py_func, r, *a)


@dpex.device_func
def square(x):
    return x * x


@dpex.device_func
def sum_squares(a, b):
    return square(a) + square(b)


@dpex.device_func
def store_id(item, out):
    out[item.get_id(0)] = item.get_id(0) * 2


@dpex.device_func
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


@dpex.kernel
def use_funcs(item, a, out, ids):
    i = item.get_id(0)
    out[i] = sum_squares(a[i], 2) + clamp(a[i], 1, 3)
    store_id(item, ids)


@pytest.mark.parametrize("dtype", ["int32", "float32", "int64"])
def test_device_functions_nested_and_specialised(device, run, dtype):
    x = np.arange(6).astype(dtype)
    out = dp.zeros(6, dtype=dtype, device=device)
    ids = dp.zeros(6, dtype="int64", device=device)
    run(use_funcs, dpex.Range(6), dp.asarray(x, device=device), out, ids)
    np.testing.assert_array_equal(dp.asnumpy(out), (x * x + 4 + np.clip(x, 1, 3)).astype(dtype))
    np.testing.assert_array_equal(dp.asnumpy(ids), np.arange(6) * 2)


@dpex.device_func
def row_total(row):
    s = 0
    for j in range(row.shape[0]):
        s += row[j]
    return s


@dpex.kernel
def pass_views(item, a, out):
    i = item.get_id(0)
    out[i] = row_total(a[i])


def test_device_function_takes_row_views(device, run):
    x = np.arange(12, dtype=np.int64).reshape(3, 4)
    out = dp.zeros(3, dtype="int64", device=device)
    run(pass_views, dpex.Range(3), dp.asarray(x, device=device)[:, ::-1], out)
    np.testing.assert_array_equal(dp.asnumpy(out), x.sum(1))


def test_device_function_not_callable_from_host():
    with pytest.raises(TypeError, match="only from a kernel"):
        square(3)


def make_scaler(factor):
    @dpex.kernel
    def scale(item, a):
        i = item.get_id(0)
        a[i] = a[i] * factor

    return scale


def test_closure_constants(device):
    a = dp.ones(4, dtype="int32", device=device)
    dpex.call_kernel(make_scaler(3), dpex.Range(4), a)
    dpex.call_kernel(make_scaler(5), dpex.Range(4), a)
    np.testing.assert_array_equal(dp.asnumpy(a), np.full(4, 15))


@dpex.kernel
def inc(item, a):
    i = item.get_id(0)
    a[i] = a[i] + 1


def test_async_dependency_chain(device):
    a = dp.zeros(1000, dtype="int32", device=device)
    ev = ()
    for _ in range(5):
        host_ev, k_ev = dpex.call_kernel_async(inc, dpex.Range(1000), ev, a)
        ev = (k_ev,)
    ev[0].wait()
    host_ev.wait()
    np.testing.assert_array_equal(dp.asnumpy(a), np.full(1000, 5))
    with pytest.raises(TypeError, match="tuple"):
        dpex.call_kernel_async(inc, dpex.Range(10), [ev[0]], a)


def test_relaunch_does_not_recompile(device):
    @dpex.kernel
    def fresh(item, a):
        a[item.get_id(0)] = 7

    a = dp.zeros(10, dtype="int16", device=device)
    dpex.call_kernel(fresh, dpex.Range(10), a)
    dpex.call_kernel(fresh, dpex.Range(5), a)
    assert fresh.compile_count == 1
    dpex.call_kernel(fresh, dpex.Range(5), dp.zeros(3, dtype="int32", device=device))
    assert fresh.compile_count == 2


_SCRIPT = """
import json, sys, time
t0 = time.perf_counter()
import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import jit
misses = []
orig = jit.compile_ir
def spy(text):
    misses.append(1)
    return orig(text)
jit.compile_ir = spy

@dpex.kernel
def k(item, a):
    i = item.get_id(0)
    a[i] = a[i] + OFFSET

OFFSET = {offset}
a = dp.zeros(8, dtype="int64", device="host")
dpex.call_kernel(k, dpex.Range(8), a)
print(json.dumps({{"misses": len(misses), "value": int(a[0])}}))
"""


def _run_script(tmp_path, offset, cache, edit=False):
    path = tmp_path / "prog.py"
    src = textwrap.dedent(_SCRIPT.format(offset=offset))
    if edit:
        src = src.replace("a[i] = a[i] + OFFSET", "a[i] = OFFSET + a[i]")
    path.write_text(src)
    env = dict(os.environ, DPARRAY_CACHE_DIR=str(cache))
    out = subprocess.run(
        [sys.executable, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    import json

    return json.loads(out.stdout.strip().splitlines()[-1])


def test_disk_cache_across_processes(tmp_path):
    cache = tmp_path / "cache"
    assert _run_script(tmp_path, 1, cache) == {"misses": 1, "value": 1}
    assert _run_script(tmp_path, 1, cache) == {"misses": 0, "value": 1}  # loaded, not compiled
    assert _run_script(tmp_path, 2, cache) == {"misses": 1, "value": 2}  # a changed constant misses
    assert _run_script(tmp_path, 2, cache, edit=True) == {
        "misses": 1,
        "value": 2,
    }  # so does an edit
    assert _run_script(tmp_path, 2, cache, edit=True) == {"misses": 0, "value": 2}


@dpex.device_func
def group_sum(it, row, slm):
    lid = it.get_local_id(0)
    slm[lid] = square(row[it.get_global_id(0)])
    s = it.get_local_range(0) // 2
    while s > 0:
        kapi.group_barrier(it.get_group())
        if lid < s:
            slm[lid] += slm[lid + s]
        s //= 2
    kapi.group_barrier(it.get_group())
    return slm[0]


@dpex.kernel
def sums_of_squares(it, m, out, slm):
    out[it.get_global_id(0)] = group_sum(it, m[1], slm) + 1


def test_barrier_inside_device_function(device, run):
    x = np.arange(64, dtype=np.float32).reshape(2, 32)
    out = dp.zeros(32, dtype="float32", device=device)
    run(
        sums_of_squares,
        dpex.NdRange((32,), (8,)),
        dp.asarray(x, device=device),
        out,
        kapi.LocalAccessor(8, np.float32),
    )
    expect = np.repeat((x[1] ** 2).reshape(4, 8).sum(1), 8) + 1
    np.testing.assert_allclose(dp.asnumpy(out), expect)


@dpex.kernel
def prints(item, a):
    i = item.get_id(0)
    print("item", i, "value", a[i], i > 0)


def test_print_in_kernels(device, capfd):
    a = dp.asarray(np.array([1.5, -2.25], np.float32), device=device)
    dpex.call_kernel(prints, dpex.Range(2), a)
    out = capfd.readouterr().out.splitlines()
    assert sorted(out) == ["item 0 value 1.5 False", "item 1 value -2.25 True"]


@dpex.kernel
def no_item(a):
    a[0] = 5


def test_kernel_without_item_still_runs(device):
    a = dp.zeros(1, dtype="int32", device=device)
    with pytest.warns(DeprecationWarning):
        dpex.call_kernel(no_item, dpex.Range(1), a)
    assert int(a[0]) == 5
