"""@kernel / @device_func objects, argument typing, compilation caches and launches."""

import inspect
import os
import re
import warnings

import numpy as np

from . import ir
from . import types as T
from .errors import KernelError
from .lru import LRU
from .memory import LocalAccessor
from .ranges import NdRange, Range

_SCALAR_OF_PY = {bool: "bool", int: "int64", float: "float64", complex: "complex128"}


class DeviceFunction:
    """A function callable from kernels and other device functions (never from the host)."""

    def __init__(self, py_func):
        self.py_func = py_func
        self.__name__ = py_func.__name__
        self.__doc__ = py_func.__doc__
        self._ir = LRU()  # argument types -> typed IR

    def __call__(self, *args, **kwargs):
        from .reference import active

        if active():  # inside kernel_api.call_kernel: plain Python
            return self.py_func(*args, **kwargs)
        raise TypeError(
            f"device function {self.py_func.__name__} can be called only from a kernel or another device function"
        )

    def specialise(self, argtypes, stack, node, caller):
        key = argtypes
        f = self._ir.get(key) if caller.sites is None else None
        if f is None:
            from .frontend import Frontend

            self._count = getattr(self, "_count", 0) + 1
            name = _c_name(self.py_func) + f"_{self._count}"
            fe = Frontend(self.py_func, argtypes, False, _registry, stack, caller.sites)
            f = fe.run(name)
            caller.constants.update(
                {f"{self.py_func.__qualname__}.{k}": v for k, v in fe.constants.items()}
            )
            caller.constants[f"{self.py_func.__qualname__}#source"] = _source_text(self.py_func)
            if caller.sites is None:
                self._ir[key] = f
        return f


def _registry(devfn, argtypes, stack, node, caller):
    return devfn.specialise(argtypes, stack, node, caller)


def _c_name(fn):
    return "dpk_" + re.sub(r"[^A-Za-z0-9_]", "_", fn.__qualname__)


def _source_text(fn):
    try:
        return inspect.getsource(fn)
    except (OSError, TypeError):
        return fn.__code__.co_code.hex()


class Kernel:
    """A @kernel function: launch it with call_kernel(k, Range or NdRange, *args)."""

    def __init__(self, py_func, options):
        self.py_func = py_func
        self.__name__ = py_func.__name__
        self.__doc__ = py_func.__doc__
        self.options = options
        env = os.environ.get("DPARRAY_KERNEL_BOUNDSCHECK", "").lower() in ("1", "true", "yes")
        self.boundscheck = bool(options.get("boundscheck", env))
        self._compiled = LRU()  # (item type, arg types, device) -> launcher
        # (range kind, argument signature, queue) -> launcher: a plain dict for the per-call
        # lookup, emptied when it outgrows the LRU's capacity (a miss only re-runs the checks)
        self._fast = {}
        self.compile_count = 0
        self._nparams = len(inspect.signature(py_func).parameters)

    def __call__(self, *args, **kwargs):
        raise TypeError(
            f"kernel {self.py_func.__name__} cannot be called directly: "
            "use dparray.kernels.call_kernel(kernel, Range(...) or NdRange(...), *args)"
        )

    def __getitem__(self, _):
        raise TypeError(
            "kernel[range](...) launches were removed: use call_kernel(kernel, range, *args)"
        )

    def lower(self, itype, argtypes):
        """The typed IR of this kernel for one signature (compiles nothing)."""
        from .frontend import Frontend

        types = ([] if isinstance(itype, _NoItem) else [itype]) + list(argtypes)
        sites = [] if self.boundscheck else None
        fe = Frontend(self.py_func, types, True, _registry, (), sites)
        f = fe.run(_c_name(self.py_func))
        f.sites = sites
        return f, fe.constants

    def launcher(self, itype, argtypes, queue, local=None):
        """The launcher of one signature on queue's device; local is the work-group size of an
        NdRange launch, to which host kernels are specialised (OpenCL ones are not)."""
        dev = queue.sycl_device
        if dev.backend != "host":
            local = None
        key = (itype, argtypes, dev.filter_string, local)
        lf = self._compiled.get(key)
        if self.boundscheck:
            from .frontend import OOB_TYPE

            argtypes = (*argtypes, OOB_TYPE)
        if lf is None and dev.backend == "host" and not self.boundscheck:
            # The disk cache is keyed without running the frontend, so a second process
            # loads the object code without translating or compiling anything.
            from .launch_host import build

            ident = identity(self.py_func)
            lf = build(
                None,
                itype,
                argtypes,
                queue,
                ident,
                self.options,
                lambda: self.lower(itype, argtypes)[0],
                local,
            )
            self.compile_count += 1
            self._compiled[key] = lf
        if lf is None:
            f, consts = self.lower(itype, argtypes)
            if f.uses_fp64 and not dev.has_aspect_fp64:
                raise ValueError(
                    f"kernel {self.py_func.__name__} uses float64 or complex128, which device "
                    f"'{dev.filter_string}' does not support (no double precision); use float32 values "
                    "(np.float32(x)) and arrays"
                )
            ident = _source_text(self.py_func) + repr(sorted(consts.items()))
            if dev.backend == "opencl":
                from .launch_opencl import build

                lf = build(f, itype, argtypes, queue, ident)
            else:
                from .launch_host import build

                lf = build(f, itype, argtypes, queue, ident, self.options, local=local)
            if self.boundscheck:
                lf = BoundsChecked(lf, f.sites, self.py_func.__name__, dev.backend == "opencl")
            self.compile_count += 1
            self._compiled[key] = lf
        return lf


def identity(fn, _seen=None):
    """A string naming everything a kernel's translation depends on: its source and the
    values of the globals and closure variables it uses (device functions recursively)."""
    from .frontend import closure_values
    from .resolve import describe

    seen = _seen if _seen is not None else set()
    if fn in seen:
        return "<recursive>"
    seen.add(fn)
    parts = [fn.__module__ or "", fn.__qualname__, _source_text(fn)]
    closure = closure_values(fn)
    names = set()
    stack = [fn.__code__]
    while stack:
        code = stack.pop()
        names.update(code.co_names)
        names.update(code.co_freevars)
        stack.extend(c for c in code.co_consts if hasattr(c, "co_names"))
    for name in sorted(names):
        if name in closure:
            v = closure[name]
        elif name in fn.__globals__:
            v = fn.__globals__[name]
        else:
            continue
        try:
            d = describe(v)
        except Exception:  # noqa: BLE001 - an odd global only makes the key more specific
            d = None
        if d is None:
            parts.append(f"{name}=?{type(v).__name__}")
        elif d[0] == "const":
            parts.append(f"{name}={d[1]!r}:{type(d[1]).__name__}")
        elif d[0] in ("devfn", "kernelfn"):
            parts.append(f"{name}=fn({identity(d[1].py_func, seen)})")
        elif d[0] == "module":
            # constants read through a module (cfg.TILE) are part of the key too
            attrs = [
                f"{a}={getattr(v, a)!r}"
                for a in sorted(names)
                if isinstance(getattr(v, a, None), (int, float, complex, bool))
            ]
            parts.append(f"{name}=module:{v.__name__}:{','.join(attrs)}")
        else:
            parts.append(f"{name}={d[0]}:{d[1]}")
    return "\n".join(parts)


class BoundsChecked:
    """A launcher of a bounds-checked kernel: passes the hidden _oob record and raises
    IndexError naming the array, index and work-item once the kernel has run."""

    def __init__(self, inner, sites, name, reversed_ids):
        self.inner = inner
        self.sites = sites
        self.name = name
        self.reversed_ids = reversed_ids
        self.records = {}  # queue -> int64[8] record on that queue

    def __call__(self, index_space, args, q, deps=None):
        import dparray as dp

        rec = self.records.get(q)
        if rec is None:
            rec = self.records[q] = dp.zeros(8, dtype="int64", sycl_queue=q)
        ev = self.inner(index_space, (*args, rec), q, deps)
        ev.wait()
        r = dp.asnumpy(rec)
        if r[0]:
            rec[...] = 0
            array, dim, file, line, fn = self.sites[int(r[1])]
            nd = len(index_space._global) if isinstance(index_space, NdRange) else len(index_space)
            gid = [int(x) for x in r[4:7]]
            gid = gid[:nd][::-1] if self.reversed_ids else gid[:nd]
            raise IndexError(
                f"kernel {self.name}: index {int(r[2])} is out of bounds for axis {dim} of array "
                f"'{array}' with size {int(r[3])}, in work-item {tuple(gid)} ({file}:{line}, in {fn})"
            )
        return ev


def kernel(func=None, **options):
    """Decorator: @kernel or @kernel(boundscheck=False, debug=False)."""
    if func is None:
        return lambda f: kernel(f, **options)
    if isinstance(func, (str, tuple, list)):
        raise NotImplementedError(
            "kernel signatures are not supported: kernels are compiled per call signature"
        )
    if not inspect.isfunction(func):
        raise ValueError(f"kernel: expected a function, got {type(func).__name__}")
    unknown = set(options) - {"boundscheck", "debug", "inline_threshold"}
    if unknown:
        raise TypeError(f"kernel: unknown options {sorted(unknown)}")
    return Kernel(func, options)


def device_func(func=None, **options):
    """Decorator: a function callable from kernels (it may return a scalar)."""
    if func is None:
        return lambda f: device_func(f, **options)
    if isinstance(func, (str, tuple, list)):
        raise NotImplementedError(
            "device_func signatures are not supported: compiled per call signature"
        )
    if not inspect.isfunction(func):
        raise ValueError(f"device_func: expected a function, got {type(func).__name__}")
    return DeviceFunction(func)


# -- launching -----------------------------------------------------------------------------


def _arg_type(a, i):
    import dparray as dp

    if isinstance(a, dp.ndarray):
        return T.ArrayType(a.dtype.name, a.ndim, "global", bool(a._is_c_contiguous))
    if isinstance(a, LocalAccessor):
        return T.ArrayType(a.dtype.name, a.ndim, "local", True)
    t = _SCALAR_OF_PY.get(type(a))
    if t is not None:
        if t == "int64" and not -(2**63) <= a < 2**63:
            raise OverflowError(
                f"call_kernel: argument {i} ({a}) does not fit in int64; pass np.uint64(x)"
            )
        return t
    if isinstance(a, np.generic) and a.dtype.name in T.SCALARS:
        return a.dtype.name
    if isinstance(a, np.ndarray):
        raise TypeError(
            f"call_kernel: argument {i} is a NumPy array; kernels take dparray arrays: move it with "
            "dparray.asarray(x, device=...) (or run the function with kernel_api.call_kernel)"
        )
    raise TypeError(
        f"call_kernel: argument {i} of type {type(a).__name__} is not a dparray array, a scalar or a LocalAccessor"
    )


def _queue_of(args):
    import dparray as dp

    q, first = None, None
    for i, a in enumerate(args):
        if isinstance(a, dp.ndarray):
            aq = a.sycl_queue
            if q is None:
                q, first = aq, i
            elif aq != q:
                raise dp.ExecutionPlacementError(
                    f"call_kernel: arguments {first} and {i} are on different queues ({q} and {aq}); "
                    "move them with to_device / asarray(..., device=...)"
                )
    if q is None:
        raise TypeError(
            "call_kernel: a kernel needs at least one dparray array argument (it decides the device)"
        )
    return q


def _launch(kern, index_space, args, deps=None):
    """Looks up (or compiles) the launcher for this call's signature and enqueues the kernel;
    deps None: call_kernel's launch; a tuple of events: an asynchronous launch after them."""
    if type(kern) is not Kernel:
        return _launch_checked(kern, index_space, args, deps)
    t = type(index_space)
    if t is Range:
        rk = len(index_space)
    elif t is NdRange:
        rk = index_space._local  # a tuple: host kernels are compiled per work-group size
    else:
        return _launch_checked(kern, index_space, args, deps)
    ndarray = _ndarray()
    sig = []
    q = None
    for a in args:
        ta = type(a)
        if ta is ndarray:
            sig.append((a.dtype, a.ndim, a._is_c_contiguous))
            if q is None:
                q = a.sycl_queue
        elif ta in _SCALAR_OF_PY:
            sig.append(ta)
        elif ta is LocalAccessor:
            sig.append((a.dtype, len(a.shape), "L"))
        else:
            return _launch_checked(kern, index_space, args, deps)
    lf = kern._fast.get((rk, tuple(sig), q))
    if lf is None:
        return _launch_checked(kern, index_space, args, deps)
    return lf(index_space, args, q, deps)


def _ndarray():
    import dparray

    return dparray.ndarray


def _launch_checked(kern, index_space, args, deps):
    """The full checks of a launch (first call of a signature, or unusual arguments)."""
    if not isinstance(kern, Kernel):
        if isinstance(kern, DeviceFunction):
            raise TypeError(
                "call_kernel: a device_func cannot be launched; decorate the kernel with @kernel"
            )
        raise TypeError(
            f"call_kernel: {getattr(kern, '__name__', kern)!r} is not a @kernel; decorate it with "
            "dparray.kernels.kernel (or run plain functions with kernel_api.call_kernel)"
        )
    if isinstance(index_space, NdRange):
        itype = T.IndexType("nditem", index_space.ndim)
    elif isinstance(index_space, Range):
        itype = T.IndexType("item", len(index_space))
        for a in args:
            if isinstance(a, LocalAccessor):
                raise TypeError(
                    "call_kernel: a LocalAccessor argument needs an NdRange launch, not a Range"
                )
    else:
        raise TypeError(
            f"call_kernel: the index space must be a Range or NdRange, not {type(index_space).__name__}"
        )
    n = kern._nparams
    if n == len(args):
        warnings.warn(
            "Kernels without item/nd_item will be not supported in the future",
            DeprecationWarning,
            stacklevel=3,
        )
        itype_param = None
    elif n == len(args) + 1:
        itype_param = itype
    else:
        raise TypeError(
            f"call_kernel: {kern.__name__} takes {n} parameters (its item first), {len(args)} arguments given"
        )
    argtypes = tuple(_arg_type(a, i) for i, a in enumerate(args))
    q = _queue_of(args)
    local = tuple(index_space._local) if isinstance(index_space, NdRange) else None
    lf = kern.launcher(
        itype_param if itype_param is not None else _NoItem(itype), argtypes, q, local
    )
    fast = _fast_key(index_space, args, q)
    if fast is not None:
        if len(kern._fast) >= kern._compiled.cap:
            kern._fast.clear()
        kern._fast[fast] = lf
    return lf(index_space, args, q, deps)


def _fast_key(index_space, args, q):
    """The key under which _launch finds this call's launcher without checks (None: never)."""
    ndarray = _ndarray()
    t = type(index_space)
    if t is Range:
        rk = len(index_space)
    elif t is NdRange:
        rk = index_space._local
    else:
        return None
    sig = []
    for a in args:
        ta = type(a)
        if ta is ndarray:
            sig.append((a.dtype, a.ndim, a._is_c_contiguous))
        elif ta in _SCALAR_OF_PY:
            if ta is int and not -(2**63) <= a < 2**63:
                return None
            sig.append(ta)
        elif ta is LocalAccessor:
            sig.append((a.dtype, len(a.shape), "L"))
        else:
            return None
    return (rk, tuple(sig), q)


class _NoItem:
    """The index type of a kernel declared without an item parameter."""

    def __init__(self, itype):
        self.itype = itype

    def __hash__(self):
        return hash(("noitem", self.itype))

    def __eq__(self, o):
        return isinstance(o, _NoItem) and o.itype == self.itype


def call_kernel(kern, index_space, *args):
    """Runs a @kernel over index_space with args and waits for it."""
    ev = _launch(kern, index_space, args)
    ev.wait()


def call_kernel_async(kern, index_space, dependent_events, *args):
    """Enqueues a @kernel to run after dependent_events (a tuple of Events of any queue) and
    returns at once: (host_event, kernel_event), see docs/kernels.md."""
    if type(dependent_events) is not tuple:
        raise TypeError(
            f"call_kernel_async: dependent_events must be a tuple of events, not {type(dependent_events).__name__}"
        )
    event_type = _event_type()
    for e in dependent_events:
        if not isinstance(e, event_type):
            raise TypeError(f"call_kernel_async: {e!r} is not an Event")
    # The async launch (deps not None) is always queued, never run inline on this thread.
    ev = _launch(kern, index_space, args, dependent_events)
    return ev, ev


def _event_type():
    from .. import _core

    return _core.Event


__all__ = [
    "DeviceFunction",
    "Kernel",
    "KernelError",
    "call_kernel",
    "call_kernel_async",
    "device_func",
    "ir",
    "kernel",
]
