"""Bounds of the kernel caches (disk: DPARRAY_DISK_CACHE_LIMIT with LRU eviction; memory:
DPARRAY_KERNEL_CACHE_SIZE signatures per kernel) and recovery from damaged cache files."""

import json
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import jit

_FILL = """
import json, os, sys
import dparray as dp
import dparray.kernels as dpex

def make(c):
    @dpex.kernel
    def k(item, a):
        a[item.get_id(0)] = C
    C = c
    return k

a = dp.zeros(4, dtype="int64", device=sys.argv[1])
for c in range(int(sys.argv[2])):
    dpex.call_kernel(make(c), dpex.Range(4), a)
    assert int(a[0]) == c
print(json.dumps({"ok": 1}))
"""


def _run(script, *argv, env=None, where=None):
    # kernels need their source in a file
    path = os.path.join(where or env["DPARRAY_CACHE_DIR"], "prog.py")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(textwrap.dedent(script))
    out = subprocess.run(
        [sys.executable, path, *map(str, argv)],
        env=dict(os.environ, **(env or {})),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, f"exit {out.returncode}\n{out.stdout}\n{out.stderr}"
    return json.loads(out.stdout.strip().splitlines()[-1])


def _entries(d, suffix):
    return {p: os.path.getsize(os.path.join(d, p)) for p in os.listdir(d) if p.endswith(suffix)}


def test_disk_cache_is_capped(device, tmp_path):
    """Twelve distinct kernels in a cache capped near four files' size: the oldest go."""
    sub, suffix = ("kernels", ".o") if device.backend == "host" else ("opencl", ".bin")
    cache = tmp_path / "cache"
    _run(_FILL, device.filter_string, 1, env={"DPARRAY_CACHE_DIR": str(cache)})
    one = max(_entries(cache / sub, suffix).values())
    limit = 4 * one + one // 2
    env = {"DPARRAY_CACHE_DIR": str(cache), "DPARRAY_DISK_CACHE_LIMIT": str(limit)}
    _run(_FILL, device.filter_string, 12, env=env)
    files = _entries(cache / sub, suffix)
    assert 1 <= len(files) <= 5
    assert sum(files.values()) <= limit
    assert not [p for p in os.listdir(cache / sub) if ".tmp" in p]


def test_disk_cache_hit_refreshes_lru(tmp_path, monkeypatch):
    monkeypatch.setenv("DPARRAY_CACHE_DIR", str(tmp_path))
    jit.save_cached("a" * 40, b"x" * 100)
    path = jit.cache_path("a" * 40)
    os.utime(path, (1, 1))
    assert jit.load_cached("a" * 40) == b"x" * 100
    assert os.path.getmtime(path) > 1


def test_memory_cache_is_bounded(device, monkeypatch):
    monkeypatch.setenv("DPARRAY_KERNEL_CACHE_SIZE", "2")

    @dpex.kernel
    def put(item, a):
        a[item.get_id(0)] = 3

    arrays = [dp.zeros(4, dtype=t, device=device) for t in ("int32", "int64", "float32")]
    for a in arrays:
        dpex.call_kernel(put, dpex.Range(4), a)
    assert put.compile_count == 3
    assert len(put._compiled) == 2 and len(put._fast) <= 2
    dpex.call_kernel(put, dpex.Range(4), arrays[2])  # most recent: kept
    assert put.compile_count == 3
    arrays[0][...] = 0
    dpex.call_kernel(put, dpex.Range(4), arrays[0])  # evicted: built again, still correct
    assert put.compile_count == 4
    np.testing.assert_array_equal(dp.asnumpy(arrays[0]), np.full(4, 3))


def test_memory_cache_size_must_be_positive(monkeypatch):
    monkeypatch.setenv("DPARRAY_KERNEL_CACHE_SIZE", "zero")
    with pytest.raises(ValueError, match="DPARRAY_KERNEL_CACHE_SIZE"):

        @dpex.kernel
        def k(item, a):
            a[0] = 1


_CORRUPT = """
import json, os, random, sys
import dparray as dp
import dparray.kernels as dpex
from dparray.kernels import jit

compiles = []
orig = jit.compile_ir
def spy(text):
    compiles.append(1)
    return orig(text)
jit.compile_ir = spy

@dpex.kernel
def k(item, a, b):
    i = item.get_id(0)
    b[i] = a[i] * 3 + 1

a = dp.arange(100, dtype="int64", device="host")
b = dp.zeros(100, dtype="int64", device="host")
dpex.call_kernel(k, dpex.Range(100), a, b)
print(json.dumps({"compiles": len(compiles), "ok": bool((dp.asnumpy(b) == dp.asnumpy(a) * 3 + 1).all())}))
"""

_DAMAGE = {
    "empty": lambda d, r: b"",
    "truncated_header": lambda d, r: d[:20],
    "truncated_half": lambda d, r: d[: len(d) // 2],
    "one_byte_short": lambda d, r: d[:-1],
    "random_bytes": lambda d, r: r.randbytes(len(d)),
    "flipped_code": lambda d, r: _flip(d, r, len(d) // 4, 3 * len(d) // 4),
    "flipped_header": lambda d, r: _flip(d, r, 0, 40),
    "appended": lambda d, r: d + b"\0" * 64,
}


def _flip(d, r, lo, hi):
    b = bytearray(d)
    for _ in range(8):
        i = r.randrange(lo, hi)
        b[i] ^= 1 + r.randrange(255)
    return bytes(b)


@pytest.mark.parametrize("how", sorted(_DAMAGE))
def test_damaged_cache_file_is_recompiled(tmp_path, how):
    """A cache file damaged on disk (the object loader never sees it: its digest fails) is
    recompiled and replaced; the kernel gives the right answer and nothing crashes."""
    import random

    env = {"DPARRAY_CACHE_DIR": str(tmp_path)}
    assert _run(_CORRUPT, env=env) == {"compiles": 1, "ok": True}
    assert _run(_CORRUPT, env=env) == {"compiles": 0, "ok": True}
    (name,) = _entries(tmp_path / "kernels", ".o")
    path = tmp_path / "kernels" / name
    data = path.read_bytes()
    path.write_bytes(_DAMAGE[how](data, random.Random(how)))
    assert _run(_CORRUPT, env=env) == {"compiles": 1, "ok": True}
    assert path.read_bytes() == data  # rewritten intact
    assert _run(_CORRUPT, env=env) == {"compiles": 0, "ok": True}


_FUZZ = """
import json, random, sys
import dparray as dp
import dparray.kernels as dpex
from dparray import _core
from dparray.kernels import jit
import math

@dpex.kernel
def k(item, a, b):
    i = item.get_id(0)
    b[i] = math.erf(a[i]) + math.exp(a[i])  # external calls: GOT, stubs and relocations

a = dp.ones(8, device="host"); b = dp.zeros(8, device="host")
dpex.call_kernel(k, dpex.Range(8), a, b)
launcher = next(iter(k._compiled.values()))
obj = jit.load_cached(launcher.key)
sym = "dpk" + launcher.key[:24] + "_entry"
assert _core._kernel_load_object(obj, sym) != 0
r = random.Random(7)
loaded = 0
n = len(obj)
cuts = sorted(set([0, 1, 16, 63, 64, 65] + [r.randrange(n) for _ in range(200)]))
for c in cuts:  # truncations: every structure cut somewhere
    loaded += _core._kernel_load_object(obj[:c], sym) != 0
for _ in range(3000):  # random bytes over the headers, section table and the rest
    b = bytearray(obj)
    for _ in range(r.randrange(1, 6)):
        region = r.choice([(0, 64), (max(0, n - 2048), n), (0, n)])
        i = r.randrange(*region)
        b[i] = r.randrange(256)
    loaded += _core._kernel_load_object(bytes(b), sym) != 0
print(json.dumps({"done": True, "loaded_some": loaded > 0}))
"""


def test_object_loader_survives_damaged_objects(tmp_path):
    """dparray's ELF loader bounds-checks what it reads: truncated and randomly damaged
    objects are rejected (0) or loaded, never a crash (run in a subprocess)."""
    if not any(d.backend == "host" for d in dp.get_devices()):
        pytest.skip("needs the host device")
    out = _run(_FUZZ, env={"DPARRAY_CACHE_DIR": str(tmp_path)})
    assert out["done"]


def test_nd_kernels_are_specialised_per_group_size(device):
    """Host NdRange kernels are compiled per work-group size (its loops get constant bounds);
    every size still gives the right ids, and a size seen before is not compiled again."""

    @dpex.kernel
    def ids(it, out):
        g = it.get_global_id(0) * it.get_global_range(1) + it.get_global_id(1)
        grp = it.get_group()
        out[g] = (
            grp.get_group_linear_id() * 10000
            + it.get_local_linear_id() * 10
            + it.get_local_range(0) * it.get_local_range(1)
        )

    shape = (8, 12)
    sizes = [(2, 3), (4, 4), (8, 1), (2, 3)]
    for lr in sizes:
        out = dp.zeros(96, dtype="int64", device=device)
        dpex.call_kernel(ids, dpex.NdRange(shape, lr), out)
        i, j = np.divmod(np.arange(96), shape[1])
        groups = (i // lr[0]) * (shape[1] // lr[1]) + j // lr[1]
        local = (i % lr[0]) * lr[1] + j % lr[1]
        np.testing.assert_array_equal(dp.asnumpy(out), groups * 10000 + local * 10 + lr[0] * lr[1])
    assert ids.compile_count == (3 if device.backend == "host" else 1)
