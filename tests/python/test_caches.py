"""Bounded caches: the OpenCL program cache (an LRU in memory, a size cap on disk) and the
host allocator's cache of freed blocks (set_allocator_limit / DPARRAY_ALLOCATOR_LIMIT)."""

import json
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import dparray as dp

# ASan keeps freed memory in quarantine (up to 256 MiB), so resident-memory bounds are
# only meaningful in a normal build; the sanitizer stage checks these paths for errors.
NO_ASAN = pytest.mark.skipif(
    "libasan" in os.environ.get("LD_PRELOAD", ""), reason="RSS is not meaningful under ASan"
)

OPENCL = bool(dp.get_devices(backend="opencl"))
needs_opencl = pytest.mark.skipif(not OPENCL, reason="no OpenCL device")


def _run(code, env_extra, timeout=300):
    env = dict(os.environ)
    env.update(env_extra)
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


# ---- program cache ---------------------------------------------------------------------------

PROGRAMS = """
import json, gc
import dparray as dp
q = dp.Queue("opencl:cpu:0")
import dparray._core as core
before = core._program_cache_info(q)["live_programs"]
for i in range({n}):
    p = dp.program.create_program_from_source(q, "__kernel void k%d(__global int* a) {{ a[0] = %d; }}" % (i, i))
    k = p.get_kernel("k%d" % i)
    del p, k
gc.collect()
kept = dp.program.create_program_from_source(q, "__kernel void keep(__global int* a) {{ a[0] = 7; }}")
for i in range({n}):  # evicts 'keep' from the LRU; the object stays usable
    dp.program.create_program_from_source(q, "__kernel void j%d(__global int* a) {{ a[0] = %d; }}" % (i, i))
a = dp.zeros(1, dtype="int32", device=q)
dp.program.submit(q, kept.get_kernel("keep"), [a], [1]).wait()
info = core._program_cache_info(q)
print(json.dumps(dict(info, grew=info["live_programs"] - before, value=int(a[0]))))
"""


@needs_opencl
def test_program_cache_is_an_lru_of_the_configured_size(tmp_path):
    got = _run(
        PROGRAMS.format(n=12),
        {"DPARRAY_PROGRAM_CACHE_SIZE": "4", "DPARRAY_CACHE_DIR": str(tmp_path)},
    )
    assert got["capacity"] == 4
    assert got["entries"] == 4
    assert got["evictions"] >= 2 * 12 + 1 - 4
    # 4 cached + the kept program alive through its Python object; the dropped ones are freed
    assert got["grew"] <= 5, got
    assert got["value"] == 7


@needs_opencl
def test_program_cache_size_zero_keeps_nothing(tmp_path):
    got = _run(
        PROGRAMS.format(n=5),
        {"DPARRAY_PROGRAM_CACHE_SIZE": "0", "DPARRAY_CACHE_DIR": str(tmp_path)},
    )
    assert got["entries"] == 0 and got["grew"] <= 1 and got["value"] == 7


@needs_opencl
def test_malformed_program_cache_size_raises(tmp_path):
    env = dict(os.environ, DPARRAY_PROGRAM_CACHE_SIZE="lots", DPARRAY_CACHE_DIR=str(tmp_path))
    code = (
        "import dparray as dp\nq = dp.Queue('opencl:cpu:0')\n"
        "dp.program.create_program_from_source(q, '__kernel void f() {}')"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert proc.returncode != 0
    assert "[DPARRAY_PROGRAM_CACHE_SIZE] 'lots'" in proc.stderr


DISK = """
import json, os
import dparray as dp
import dparray._core as core
q = dp.Queue("opencl:cpu:0")
d = core._program_cache_info(q)["disk_cache_dir"]
sizes = []
for i in range({n}):
    dp.program.create_program_from_source(q, "__kernel void d%d(__global int* a) {{ a[0] = %d; }}" % (i, i))
    files = [f for f in os.listdir(d) if f.endswith(".bin")]
    sizes.append(sum(os.path.getsize(os.path.join(d, f)) for f in files))
print(json.dumps({{"dir": d, "sizes": sizes, "limit": core._program_cache_info(q)["disk_cache_limit"]}}))
"""


@needs_opencl
def test_disk_cache_is_capped_and_evicts_the_least_recently_used(tmp_path):
    # One binary's size first, then a cap of about three binaries.
    probe = _run(DISK.format(n=1), {"DPARRAY_CACHE_DIR": str(tmp_path / "probe")})
    one = probe["sizes"][0]
    assert one > 0
    cap = 3 * one + one // 2
    got = _run(
        DISK.format(n=10),
        {"DPARRAY_CACHE_DIR": str(tmp_path / "capped"), "DPARRAY_DISK_CACHE_LIMIT": str(cap)},
    )
    assert got["limit"] == cap
    assert max(got["sizes"]) <= cap, got
    names = sorted(os.listdir(got["dir"]))
    assert 1 <= len([n for n in names if n.endswith(".bin")]) <= 3
    # A hit refreshes the file: reading d9 again, then writing more, keeps d9 on disk.
    code = """
    import json, os
    import dparray as dp, dparray._core as core
    q = dp.Queue("opencl:cpu:0")
    src = lambda i: "__kernel void d%d(__global int* a) { a[0] = %d; }" % (i, i)
    dp.program.create_program_from_source(q, src(9))         # a disk hit: touched
    for i in range(20, 22):
        dp.program.create_program_from_source(q, src(i))     # two writes evict the oldest
    print(json.dumps(core._program_cache_info(q)))
    """
    info = _run(
        code,
        {"DPARRAY_CACHE_DIR": str(tmp_path / "capped"), "DPARRAY_DISK_CACHE_LIMIT": str(cap)},
    )
    assert info["disk_hits"] == 1 and info["compiles"] == 2


UNUSABLE = """
import json
import dparray as dp, dparray._core as core
q = dp.Queue("opencl:cpu:0")
for i in range(3):
    p = dp.program.create_program_from_source(q, "__kernel void u%d(__global int* a) {{ a[0] = %d; }}" % (i, i))
    p.get_kernel("u%d" % i)
print(json.dumps(core._program_cache_info(q)))
"""


@needs_opencl
def test_unusable_cache_dir_still_builds(tmp_path):
    # A cache dir that cannot be created (its parent is a file; also read-only mounts):
    # programs build from source and nothing is written.
    blocker = tmp_path / "file"
    blocker.write_text("x")
    got = _run(
        UNUSABLE, {"DPARRAY_CACHE_DIR": str(blocker / "sub"), "DPARRAY_DISK_CACHE_LIMIT": "1"}
    )
    assert got["disk_cache_dir"] == "" and got["compiles"] == 3
    got = _run(UNUSABLE, {"DPARRAY_CACHE_DIR": str(tmp_path / "missing" / "deep")})
    assert got["disk_cache_dir"].startswith(str(tmp_path / "missing" / "deep"))
    assert len(os.listdir(got["disk_cache_dir"])) == 3


@needs_opencl
def test_concurrent_processes_share_a_capped_disk_cache(tmp_path):
    env = {"DPARRAY_CACHE_DIR": str(tmp_path), "DPARRAY_DISK_CACHE_LIMIT": "64K"}
    full = dict(os.environ, **env)
    code = textwrap.dedent(UNUSABLE).replace("u%d", "c%d").replace("range(3)", "range(8)")
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code], env=full, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(3)
    ]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()[-2000:]
    d = json.loads(out.decode().strip().splitlines()[-1])["disk_cache_dir"]
    total = sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d))
    assert total <= 64 << 10 or len(os.listdir(d)) == 1


def test_malformed_disk_cache_limit_raises_at_first_use(tmp_path):
    if not OPENCL:
        pytest.skip("no OpenCL device")
    env = dict(os.environ, DPARRAY_DISK_CACHE_LIMIT="10 parsecs", DPARRAY_CACHE_DIR=str(tmp_path))
    code = (
        "import dparray as dp\nq = dp.Queue('opencl:cpu:0')\n"
        "dp.program.create_program_from_source(q, '__kernel void f() {}')"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert proc.returncode != 0
    assert "[DPARRAY_DISK_CACHE_LIMIT] '10 parsecs'" in proc.stderr


@needs_opencl
@NO_ASAN
def test_rss_bounded_over_many_distinct_programs(tmp_path):
    # Before the LRU every program stayed resident (about 1.1 MiB each on PoCL). What remains
    # per dropped program is PoCL's own bookkeeping (12 to 26 KiB, also with
    # DPARRAY_PROGRAM_CACHE_SIZE=0); benchmarks/bench_reliability.py measures 10^4 programs.
    code = """
    import json, gc
    import dparray as dp
    import dparray._core as core
    q = dp.Queue("opencl:cpu:0")
    def rss():
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    def build(lo, hi):
        for i in range(lo, hi):
            p = dp.program.create_program_from_source(q, "__kernel void r%d(__global int* a) { a[0] = %d; }" % (i, i))
            p.get_kernel("r%d" % i)
        gc.collect()
    build(0, 40)              # fills the LRU (capacity 16) and warms up the compiler
    r0 = rss()
    build(40, 160)
    r1 = rss()
    print(json.dumps({"r0": r0, "r1": r1, "live": core._program_cache_info(q)["live_programs"]}))
    """
    got = _run(code, {"DPARRAY_PROGRAM_CACHE_SIZE": "16", "DPARRAY_CACHE_DIR": str(tmp_path)})
    per_program_kib = (got["r1"] - got["r0"]) / 120
    assert per_program_kib < 100, got
    assert got["live"] <= 16 + 8, got  # the LRU plus dparray's own generated kernels


# ---- host allocator -----------------------------------------------------------------------------


def test_allocator_limit_api():
    old = dp.get_allocator_limit()
    try:
        dp.set_allocator_limit(64 << 20)
        assert dp.get_allocator_limit() == 64 << 20
        # Freed blocks are kept up to the limit...
        a = [dp.empty(1 << 20, dtype="uint8", device="host") for _ in range(8)]
        del a
        assert 0 < dp._core._allocator_cached_bytes() <= 64 << 20
        # ...and lowering the limit releases them at once.
        dp.set_allocator_limit(0)
        assert dp._core._allocator_cached_bytes() == 0
        b = dp.empty(1 << 20, dtype="uint8", device="host")
        del b
        assert dp._core._allocator_cached_bytes() == 0
        dp.set_allocator_limit(3 << 20)
        c = [dp.empty(1 << 20, dtype="uint8", device="host") for _ in range(6)]
        del c
        assert dp._core._allocator_cached_bytes() <= 3 << 20
    finally:
        dp.set_allocator_limit(old)
    with pytest.raises(ValueError, match=r"\[set_allocator_limit\]"):
        dp.set_allocator_limit(-1)
    with pytest.raises(TypeError, match=r"\[set_allocator_limit\]"):
        dp.set_allocator_limit("1G")


@NO_ASAN
def test_allocator_returns_memory_to_the_os():
    old = dp.get_allocator_limit()
    try:
        dp.set_allocator_limit(16 << 20)
        r0 = _rss_kib()
        big = [dp.ones(64 << 20, dtype="uint8", device="host") for _ in range(4)]  # 256 MiB
        big[-1].sycl_queue.wait()
        r1 = _rss_kib()
        del big
        r2 = _rss_kib()
        assert r1 - r0 > 200_000, (r0, r1)
        assert r2 - r0 < 40_000, (r0, r1, r2)  # above-limit blocks went back to the OS
    finally:
        dp.set_allocator_limit(old)


@pytest.mark.parametrize(
    "value,expected", [("1048576", 1 << 20), ("8M", 8 << 20), ("1GiB", 1 << 30)]
)
def test_allocator_limit_env(value, expected):
    got = _run(
        "import json, dparray as dp; print(json.dumps(dp.get_allocator_limit()))",
        {"DPARRAY_ALLOCATOR_LIMIT": value},
    )
    assert got == expected


def test_allocator_limit_env_malformed():
    env = dict(os.environ, DPARRAY_ALLOCATOR_LIMIT="much")
    proc = subprocess.run(
        [sys.executable, "-c", "import dparray as dp; dp.get_allocator_limit()"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert proc.returncode != 0 and "[DPARRAY_ALLOCATOR_LIMIT] 'much'" in proc.stderr


@NO_ASAN
def test_rss_flat_over_many_small_ops():
    code = """
    import json
    import dparray as dp
    def rss():
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    x = dp.ones(100, device="host")
    def run(n):
        y = x
        for i in range(n):
            y = (y + 1.0) * 0.5
            if i % 1000 == 0:
                float(y[0])
        y.sycl_queue.wait()
    run(20_000)
    r0 = rss()
    run(100_000)
    r1 = rss()
    print(json.dumps({"r0": r0, "r1": r1}))
    """
    got = _run(code, {}, timeout=600)
    assert got["r1"] <= got["r0"] * 1.05, got


# The queue's cache of scalar operands (16 slots): values that share a slot key must never
# be confused, and a value evicted and used again is filled again.
def test_scalar_operands_cached_per_value_and_dtype(device, fp64):
    ft = "float64" if fp64 else "float32"
    x = np.linspace(-3, 3, 11).astype(ft)
    a = dp.asarray(x, device=device)
    for v in [*range(40), *range(40)]:  # more values than slots, then each again
        np.testing.assert_array_equal(dp.asnumpy(a * v), x * v)
        np.testing.assert_array_equal(dp.asnumpy(float(v) - a), float(v) - x)
    # 0.0 and -0.0 compare equal but are different operands
    np.testing.assert_array_equal(dp.asnumpy(dp.copysign(a, 0.0)), np.copysign(x, 0.0))
    np.testing.assert_array_equal(dp.asnumpy(dp.copysign(a, -0.0)), np.copysign(x, -0.0))
    # one Python value at several dtypes
    for t in ["int8", "int32", "uint16", ft, "bool"]:
        y = np.arange(6).astype(t)
        np.testing.assert_array_equal(dp.asnumpy(dp.asarray(y, device=device) * 3), y * 3)
    # 256 is true for a logical op even where it does not fit the dtype
    i8 = np.array([0, 1, -1], dtype="int8")
    got = dp.logical_and(dp.asarray(i8, device=device), 256)
    np.testing.assert_array_equal(dp.asnumpy(got), np.logical_and(i8, 256))


def test_scalar_operands_on_two_queues(device):
    q1, q2 = dp.SyclQueue(device), dp.SyclQueue(device)
    a1 = dp.arange(5, sycl_queue=q1, dtype="int32")
    a2 = dp.arange(5, sycl_queue=q2, dtype="int32")
    for v in range(20):
        r1, r2 = a1 + v, a2 - v
        assert r1.sycl_queue == q1 and r2.sycl_queue == q2
        np.testing.assert_array_equal(dp.asnumpy(r1), np.arange(5) + v)
        np.testing.assert_array_equal(dp.asnumpy(r2), np.arange(5) - v)
