"""llvmlite JIT for host kernels: LLVM IR -> optimised object code -> a function address.

Object code is cached on disk (DPARRAY_CACHE_DIR, default ~/.cache/dparray/kernels) under
a key made of the kernel's identity (source, closure and global constants, types), the
host CPU and the versions of dparray and LLVM, so a second process skips compilation.
A cache file is a header (magic, length, BLAKE2b digest of the object) and the object: a
truncated or corrupted file fails the check and is recompiled, never loaded. The directory
holds at most DPARRAY_DISK_CACHE_LIMIT bytes (least recently used files evicted first).
"""

import ctypes
import ctypes.util
import hashlib
import os
import threading

_lock = threading.Lock()
_state = {}


def _llvm():
    s = _state
    if "tm" not in s:
        import llvmlite.binding as llvm

        try:
            llvm.initialize()
        except RuntimeError:  # newer llvmlite initialises itself
            pass
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        for lib in ("m", "c"):
            path = ctypes.util.find_library(lib)
            if path:
                llvm.load_library_permanently(path)
        target = llvm.Target.from_default_triple()
        # Position-independent, small code model: objects that object_loader.cpp can map.
        s["tm"] = target.create_target_machine(
            cpu=llvm.get_host_cpu_name(),
            features=llvm.get_host_cpu_features().flatten(),
            opt=3,
            reloc="pic",
            codemodel="small",
        )
        s["llvm"] = llvm
        s["cpu"] = llvm.get_host_cpu_name() + ":" + llvm.get_host_cpu_features().flatten()
        s["version"] = ".".join(map(str, llvm.llvm_version_info))
    return s


def cache_dir():
    d = os.environ.get("DPARRAY_CACHE_DIR")
    base = (
        os.path.join(d, "kernels")
        if d
        else os.path.join(os.path.expanduser("~"), ".cache", "dparray", "kernels")
    )
    return base


def cache_key(ident):
    """The disk-cache key of a kernel identity string on this machine."""
    import dparray

    s = _cpu_id() + _compiler_hash()
    h = hashlib.sha256()
    h.update(ident.encode())
    h.update(s.encode())
    h.update(getattr(dparray, "__version__", "0").encode())
    return h.hexdigest()[:40]


_compiler = []


def _compiler_hash():
    # The translator's own sources: a changed compiler never loads stale object code.
    if not _compiler:
        h = hashlib.sha1()
        here = os.path.dirname(os.path.abspath(__file__))
        for name in sorted(os.listdir(here)):
            if name.endswith(".py"):
                with open(os.path.join(here, name), "rb") as f:
                    h.update(f.read())
        _compiler.append(h.hexdigest()[:16])
    return _compiler[0]


def _cpu_id():
    # Cheap to compute without initialising LLVM: the machine and the llvmlite version.
    import platform

    import llvmlite

    return platform.machine() + ":" + llvmlite.__version__ + ":" + _cpu_flags()


def _cpu_flags():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("flags"):
                    return hashlib.sha1(line.encode()).hexdigest()[:12]
    except OSError:
        pass
    return "?"


_MAGIC = b"DPKOBJ1\0"
_HEADER = len(_MAGIC) + 8 + 16  # magic, little-endian length, digest


def _digest(obj):
    return hashlib.blake2b(obj, digest_size=16).digest()


def pack_cached(obj):
    """The bytes of a cache file holding object code obj."""
    return _MAGIC + len(obj).to_bytes(8, "little") + _digest(obj) + obj


def unpack_cached(data):
    """The object code in a cache file's bytes, or None when they are not an intact one."""
    if len(data) < _HEADER or not data.startswith(_MAGIC):
        return None
    n = int.from_bytes(data[len(_MAGIC) : len(_MAGIC) + 8], "little")
    obj = data[_HEADER:]
    if n != len(obj) or data[len(_MAGIC) + 8 : _HEADER] != _digest(obj):
        return None
    return obj


def cache_path(key):
    return os.path.join(cache_dir(), key + ".o")


def load_cached(key):
    """The cached object code of key, or None (a damaged file is removed)."""
    path = cache_path(key)
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return None
    obj = unpack_cached(data)
    if obj is None:
        drop_cached(key)
        return None
    try:
        os.utime(path)  # most recently used, for the LRU eviction
    except OSError:
        pass
    return obj


def drop_cached(key):
    try:
        os.remove(cache_path(key))
    except OSError:
        pass


def save_cached(key, obj):
    from .. import _core

    d = cache_dir()
    path = cache_path(key)
    try:
        os.makedirs(d, exist_ok=True)
        tmp = os.path.join(d, f".{key}.o.tmp{os.getpid()}")
        with open(tmp, "wb") as f:
            f.write(pack_cached(obj))
        os.replace(tmp, path)
    except OSError:
        return  # a read-only or full cache only costs a recompile
    _core._kernel_evict_disk_cache(d, path)


def compile_ir(text):
    """Optimised object code of LLVM IR text."""
    s = _llvm()
    llvm = s["llvm"]
    mod = llvm.parse_assembly(text)
    mod.triple = s["tm"].triple
    mod.data_layout = str(s["tm"].target_data)
    mod.verify()
    pto = llvm.create_pipeline_tuning_options(speed_level=3)
    pto.loop_vectorization = True
    pto.slp_vectorization = True
    pto.loop_unrolling = True
    pb = llvm.create_pass_builder(s["tm"], pto)
    pm = pb.getModulePassManager()
    pm.run(mod, pb)
    return s["tm"].emit_object(mod)


def load_object(obj, symbol):
    """The address of `symbol` in object code obj, linked into the process: by dparray's own
    ELF loader when it can (no LLVM needed), else by LLVM's JIT linker."""
    from .. import _core

    addr = _core._kernel_load_object(obj, symbol)
    if addr:
        return addr
    s = _llvm()
    with _lock:
        if "engine" not in s:
            s["engine"] = s["llvm"].create_mcjit_compiler(s["llvm"].parse_assembly(""), s["tm"])
        eng = s["engine"]
        eng.add_object_file(s["llvm"].ObjectFileRef.from_data(obj))
        eng.finalize_object()
        addr = eng.get_function_address(symbol)
    if not addr:
        raise RuntimeError(f"kernel symbol {symbol} not found in its object code")
    return addr


def optimised_ir(text):
    """The optimised LLVM IR (for inspection and tests)."""
    s = _llvm()
    llvm = s["llvm"]
    mod = llvm.parse_assembly(text)
    mod.triple = s["tm"].triple
    mod.data_layout = str(s["tm"].target_data)
    pto = llvm.create_pipeline_tuning_options(speed_level=3)
    pto.loop_vectorization = True
    pto.slp_vectorization = True
    pb = llvm.create_pass_builder(s["tm"], pto)
    pb.getModulePassManager().run(mod, pb)
    return str(mod)
