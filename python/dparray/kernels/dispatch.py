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
    """A function callable from kernels and other device functions (made by ``device_func``).

    Wraps the Python function `py_func`; it is translated, once per argument-type
    signature, together with the kernel that calls it. Use the ``device_func`` decorator
    rather than the constructor.

    Parameters
    ----------
    py_func : function
        The Python function. It may take scalars, arrays (and row views ``a[i]``),
        ``LocalAccessor`` and private arrays, items and groups, and return a scalar (or
        nothing).

    Attributes
    ----------
    py_func : function
        The wrapped function (its ``__name__`` and ``__doc__`` are copied).

    Raises
    ------
    ValueError
        At construction, if ``DPARRAY_KERNEL_CACHE_SIZE`` is not a positive integer.
    TypeError
        When called from host code outside the reference runner.

    See Also
    --------
    device_func : the decorator that makes a ``DeviceFunction``.

    Notes
    -----
    Inside ``kernel_api.call_kernel`` (the reference runner) calling it runs `py_func` as
    plain Python. The typed IR of each signature is cached (at most
    ``DPARRAY_KERNEL_CACHE_SIZE`` signatures, default 64).

    Examples
    --------
    >>> import dparray.kernels as dpex
    >>> from dparray.kernels import kernel_api as kapi
    >>> @dpex.device_func
    ... def cube(x):
    ...     return x * x * x
    >>> type(cube).__name__
    'DeviceFunction'
    >>> @dpex.kernel
    ... def cubes(item: kapi.Item, a, b):
    ...     i = item.get_id(0)
    ...     b[i] = cube(a[i])
    >>> a = dp.arange(5)
    >>> b = dp.empty_like(a)
    >>> dpex.call_kernel(cubes, dpex.Range(5), a, b)
    >>> b
    array([ 0,  1,  8, 27, 64])
    >>> np.arange(5) ** 3
    array([ 0,  1,  8, 27, 64])
    """

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
        """The typed IR of this device function for one signature (a translator hook).

        Called by the kernel translator at each call site; user code does not need it. The
        result is cached per `argtypes`, except when the caller collects bounds-check sites.

        Parameters
        ----------
        argtypes : tuple
            The argument types: NumPy dtype names for scalars (``'float32'``),
            ``types.ArrayType``, ``types.IndexType``...
        stack : tuple
            The device functions being translated (to report recursion).
        node : ast.AST or None
            The call site, for error messages.
        caller : object
            The calling translator: its ``sites`` (bounds-check sites, or None) and its
            ``constants`` dict, which receives the source and constants this function uses
            (part of the caller's cache key).

        Returns
        -------
        dparray.kernels.ir.Function
            The typed function: its ``name``, ``params`` and ``ret`` type.

        Raises
        ------
        KernelError
            If the function is outside the supported Python subset, or its types do not
            check.

        Examples
        --------
        >>> import types
        >>> import dparray.kernels as dpex
        >>> @dpex.device_func
        ... def square(x):
        ...     return x * x
        >>> caller = types.SimpleNamespace(sites=None, constants={})
        >>> f = square.specialise(("float32",), (), None, caller)
        >>> f.params, f.ret
        ([('x', 'float32')], 'float32')
        """
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
    """A kernel made by the ``kernel`` decorator; launch it with ``call_kernel``.

    Wraps the Python function `py_func`, which is translated (once per argument-type
    signature and device) to native code on the host backend and to OpenCL C on OpenCL
    devices. A ``Kernel`` cannot be called directly, and ``kernel[range](...)`` launches
    were removed (both raise ``TypeError``): use ``call_kernel(k, index_space, *args)``.

    Parameters
    ----------
    py_func : function
        The kernel function; it takes its ``Item`` or ``NdItem`` first.
    options : dict
        The decorator's options (``boundscheck``, ``debug``, ``inline_threshold``).

    Attributes
    ----------
    py_func : function
        The wrapped function (run it with ``kernel_api.call_kernel``).
    options : dict
        The options given to the decorator.
    boundscheck : bool
        Whether every array index is checked (the option, else the environment variable
        ``DPARRAY_KERNEL_BOUNDSCHECK``).
    compile_count : int
        The number of signatures built so far (loads from the disk cache included).

    Raises
    ------
    ValueError
        If ``DPARRAY_KERNEL_CACHE_SIZE`` is set and is not a positive integer.

    See Also
    --------
    kernel : the decorator that makes a ``Kernel``.
    call_kernel, call_kernel_async : launch it.

    Examples
    --------
    >>> import dparray.kernels as dpex
    >>> from dparray.kernels import kernel_api as kapi
    >>> @dpex.kernel
    ... def axpy(item: kapi.Item, alpha, x, y):
    ...     i = item.get_id(0)
    ...     y[i] = alpha * x[i] + y[i]
    >>> type(axpy).__name__, axpy.boundscheck
    ('Kernel', False)
    >>> x = dp.arange(4.0)
    >>> y = dp.ones(4)
    >>> dpex.call_kernel(axpy, dpex.Range(4), 2.0, x, y)
    >>> y
    array([1., 3., 5., 7.])
    >>> 2.0 * np.arange(4.0) + 1
    array([1., 3., 5., 7.])
    """

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
        """The typed IR of this kernel for one signature (compiles nothing).

        Runs the translator's front end: the function is parsed and type-checked for the
        given types. ``call_kernel`` does this on a cache miss; it is also a way to check a
        kernel for unsupported constructs without a device.

        Parameters
        ----------
        itype : types.IndexType
            The item's type: ``IndexType("item", ndim)`` for a Range launch,
            ``IndexType("nditem", ndim)`` for an NdRange launch.
        argtypes : tuple
            The arguments' types: ``types.ArrayType(dtype, ndim, space, contig)`` for arrays
            (space ``'global'``, or ``'local'`` for a ``LocalAccessor``), NumPy dtype names
            for scalars.

        Returns
        -------
        function : dparray.kernels.ir.Function
            The typed IR (``name``, ``params``, ``body``, flags such as ``uses_fp64``).
        constants : dict
            The global and closure values the kernel read, as part of its cache key.

        Raises
        ------
        KernelError
            If the kernel is outside the supported Python subset or its types do not check;
            the message names the construct and ``file:line``.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import types
        >>> @dpex.kernel
        ... def twice(item, a):
        ...     i = item.get_id(0)
        ...     a[i] = 2 * a[i]
        >>> f, constants = twice.lower(
        ...     types.IndexType("item", 1), (types.ArrayType("float64", 1, "global", True),)
        ... )
        >>> f.name, [name for name, _ in f.params], f.is_kernel, constants
        ('dpk_twice', ['item', 'a'], True, {})
        """
        from .frontend import Frontend

        types = ([] if isinstance(itype, _NoItem) else [itype]) + list(argtypes)
        sites = [] if self.boundscheck else None
        fe = Frontend(self.py_func, types, True, _registry, (), sites)
        f = fe.run(_c_name(self.py_func))
        f.sites = sites
        return f, fe.constants

    def launcher(self, itype, argtypes, queue, local=None):
        """The compiled launcher of one signature on a queue's device (built on first use).

        ``call_kernel`` looks the launcher up here: it is taken from the in-memory cache, else
        loaded from the disk cache, else translated and compiled (LLVM on the host backend,
        OpenCL C on OpenCL devices), then cached.

        Parameters
        ----------
        itype : types.IndexType
            The item's type (see ``lower``).
        argtypes : tuple
            The arguments' types (see ``lower``).
        queue : Queue
            The queue whose device the kernel is built for.
        local : tuple of int, optional
            The work-group size of an NdRange launch. Host kernels are compiled per
            work-group size (as PoCL does); it is ignored on OpenCL devices. Default None.

        Returns
        -------
        callable
            ``launcher(index_space, args, queue, deps=None)`` enqueues the kernel on `queue`
            and returns its ``Event``; `deps` None is a synchronous ``call_kernel`` launch, a
            tuple of events an asynchronous one after them.

        Raises
        ------
        KernelError
            If the kernel cannot be translated for these types.
        ValueError
            If the kernel uses float64 or complex128 and the device has no double
            precision.

        Examples
        --------
        >>> import dparray.kernels as dpex
        >>> from dparray.kernels import types
        >>> @dpex.kernel
        ... def increment(item, a):
        ...     i = item.get_id(0)
        ...     a[i] += 1
        >>> a = dp.zeros(3, dtype=dp.int64)
        >>> itype = types.IndexType("item", 1)
        >>> argtypes = (types.ArrayType("int64", 1, "global", True),)
        >>> run = increment.launcher(itype, argtypes, a.sycl_queue)
        >>> run(dpex.Range(3), (a,), a.sycl_queue).wait()
        >>> a, increment.compile_count
        (array([1, 1, 1]), 1)
        """
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
    """Decorator that makes a Python function a data-parallel kernel.

    numba-dpex's ``kernel`` decorator: ``@kernel`` or ``@kernel(boundscheck=True)``. The
    function takes an ``Item`` (Range launch) or ``NdItem`` (NdRange launch) first, then its
    arguments (dparray arrays, scalars, ``LocalAccessor``). It is translated when first
    launched with ``call_kernel``, once per argument-type signature and device: to native
    code with LLVM (llvmlite) on the host backend, to OpenCL C on OpenCL devices.

    Parameters
    ----------
    func : function, optional
        The kernel function. Without it, a decorator taking the function is returned.
    boundscheck : bool, optional
        Check every array index in the kernel and its device functions; the first
        out-of-range access makes ``call_kernel`` raise ``IndexError`` naming the array, the
        axis, the index, the work-item and the source line. Default: the environment variable
        ``DPARRAY_KERNEL_BOUNDSCHECK`` (``1``, ``true`` or ``yes``), else False.
    debug : bool, optional
        Accepted and ignored.
    inline_threshold : int, optional
        Accepted and ignored.

    Returns
    -------
    Kernel
        The kernel (or, without `func`, a decorator returning one).

    Raises
    ------
    NotImplementedError
        If given a signature (a string, tuple or list): kernels compile per call signature.
    ValueError
        If `func` is not a Python function, or ``DPARRAY_KERNEL_CACHE_SIZE`` is not a
        positive integer.
    TypeError
        For an unknown option.

    See Also
    --------
    call_kernel : launch a kernel.
    device_func : functions callable from kernels.
    kernel_api.call_kernel : run the plain Python function.

    Notes
    -----
    The kernel body is a subset of Python (scalars, arrays, loops, ``math``, the
    ``kernel_api`` calls); anything else is a ``KernelError`` at the first launch (see the
    kernels guide, docs/kernels.md). Typing follows NumPy 2: Python literals are weak
    (``a[i] * 2.5`` stays float32 for a float32 array). Compiled kernels are cached in memory
    and on disk (``$DPARRAY_CACHE_DIR/kernels``).

    Differences from numba-dpex: no numba or SYCL compiler is involved; signatures are not
    supported; errors are ``KernelError`` (a ``TypeError``) with ``file:line`` rather than
    numba ``TypingError``; integer division by zero gives 0 and integer arithmetic wraps.
    A bounds-checked kernel is a debugging mode: the launch waits for the kernel and LLVM
    does not vectorise it. Without bounds checking an out-of-range index is undefined
    behaviour, as in numba-dpex.

    Examples
    --------
    >>> import dparray.kernels as dpex
    >>> from dparray.kernels import kernel_api as kapi
    >>> @dpex.kernel
    ... def vecadd(item: kapi.Item, a, b, c):
    ...     i = item.get_id(0)
    ...     c[i] = a[i] + b[i]
    >>> a = dp.arange(5, dtype=dp.float32)
    >>> b = dp.full(5, 10, dtype=dp.float32)
    >>> c = dp.empty_like(a)
    >>> dpex.call_kernel(vecadd, dpex.Range(5), a, b, c)
    >>> c
    array([10., 11., 12., 13., 14.], dtype=float32)
    >>> np.arange(5, dtype=np.float32) + 10
    array([10., 11., 12., 13., 14.], dtype=float32)

    With bounds checking, an out-of-range read is reported after the launch:

    >>> @dpex.kernel(boundscheck=True)
    ... def shift(item: kapi.Item, a, b):
    ...     i = item.get_id(0)
    ...     b[i] = a[i + 1]
    >>> dpex.call_kernel(shift, dpex.Range(5), a, c)
    Traceback (most recent call last):
        ...
    IndexError: kernel shift: index 5 is out of bounds for axis 0 of array 'a' with size 5, ...
    """
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
    """Decorator that makes a Python function callable from kernels.

    numba-dpex's ``device_func``. The function may be called from kernels and from other
    device functions (not from host code); it may take scalars, arrays and row views,
    ``LocalAccessor`` and private arrays, items and groups, and return a scalar. It is
    translated with each kernel that calls it, once per argument-type signature.

    Parameters
    ----------
    func : function, optional
        The function. Without it, a decorator taking the function is returned.
    **options
        Accepted and ignored.

    Returns
    -------
    DeviceFunction
        The device function (or, without `func`, a decorator returning one).

    Raises
    ------
    NotImplementedError
        If given a signature (a string, tuple or list).
    ValueError
        If `func` is not a Python function, or ``DPARRAY_KERNEL_CACHE_SIZE`` is not a
        positive integer.

    Notes
    -----
    Recursion is a ``KernelError``. On the host backend, a device function that contains a
    ``group_barrier`` is inlined into the kernel and must return only at its end. In the
    reference runner (``kernel_api.call_kernel``) device functions run as plain Python.

    Examples
    --------
    >>> import dparray.kernels as dpex
    >>> from dparray.kernels import kernel_api as kapi
    >>> @dpex.device_func
    ... def clamp(x, lo, hi):
    ...     return min(max(x, lo), hi)
    >>> @dpex.kernel
    ... def clip01(item: kapi.Item, a, b):
    ...     i = item.get_id(0)
    ...     b[i] = clamp(a[i], 0.0, 1.0)
    >>> a = dp.asarray([-0.5, 0.25, 0.75, 1.5])
    >>> b = dp.empty_like(a)
    >>> dpex.call_kernel(clip01, dpex.Range(4), a, b)
    >>> b
    array([0.  , 0.25, 0.75, 1.  ])
    >>> np.clip([-0.5, 0.25, 0.75, 1.5], 0.0, 1.0)
    array([0.  , 0.25, 0.75, 1.  ])
    """
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
    """Runs a kernel over an index space and waits for it to finish.

    numba-dpex's ``call_kernel``. The kernel is compiled for the arguments' types and the
    device on the first launch of each signature (then taken from the caches) and runs once
    per index of `index_space`, on the queue of its array arguments (compute follows data).

    Parameters
    ----------
    kern : Kernel
        A function decorated with ``kernel``.
    index_space : Range or NdRange
        ``Range``: the kernel gets an ``Item``; ``NdRange``: an ``NdItem``, and may use
        work-groups, ``LocalAccessor`` memory and ``group_barrier``.
    *args
        The kernel's arguments after its item: dparray arrays (any of the 14 dtypes, any
        strides and offsets), Python scalars (``int`` is int64, ``float`` float64, ``bool``,
        ``complex`` complex128), NumPy scalars (keep their dtype) and, for ``NdRange``
        launches, ``LocalAccessor`` objects.

    Returns
    -------
    None
        The kernel has finished when the call returns; its writes are in the arrays.

    Raises
    ------
    TypeError
        If `kern` is not a ``Kernel`` (a ``DeviceFunction`` or a plain function), the index
        space is not a ``Range`` or ``NdRange``, the kernel's parameter count does not match
        (its item first, then one per argument), a ``LocalAccessor`` is passed to a
        ``Range`` launch, an argument is a NumPy array or of an unsupported type, or no
        argument is a dparray array.
    KernelError
        If the kernel is outside the supported Python subset (raised at the first launch of
        a signature; ``KernelError`` is a ``TypeError``).
    ExecutionPlacementError
        If the array arguments are on different queues.
    OverflowError
        If a Python int argument does not fit in int64.
    ValueError
        If the kernel uses float64 or complex128 on a device without double precision.
    IndexError
        From a kernel compiled with ``boundscheck=True``, at the first out-of-range index.

    Warns
    -----
    DeprecationWarning
        If the kernel takes no item parameter (it still runs), as in numba-dpex.

    See Also
    --------
    call_kernel_async : launch without waiting.
    kernel_api.call_kernel : run the plain Python function (reference runner).

    Notes
    -----
    All arrays must be on one queue; the kernel runs there, in order with the queue's other
    commands. On the host backend the work is spread over the device's cores with oneTBB.
    Work-items of a ``Range`` launch map to the last dimension fastest.

    Examples
    --------
    >>> import dparray.kernels as dpex
    >>> from dparray.kernels import kernel_api as kapi
    >>> @dpex.kernel
    ... def add_outer(item: kapi.Item, x, y, out):
    ...     i = item.get_id(0)
    ...     j = item.get_id(1)
    ...     out[i, j] = x[i] + y[j]
    >>> x = dp.asarray([0, 10, 20])
    >>> y = dp.asarray([1, 2])
    >>> out = dp.empty((3, 2), dtype=dp.int64)
    >>> dpex.call_kernel(add_outer, dpex.Range(3, 2), x, y, out)
    >>> out
    array([[ 1,  2],
           [11, 12],
           [21, 22]])
    >>> np.add.outer([0, 10, 20], [1, 2])
    array([[ 1,  2],
           [11, 12],
           [21, 22]])
    """
    ev = _launch(kern, index_space, args)
    ev.wait()


def call_kernel_async(kern, index_space, dependent_events, *args):
    """Enqueues a kernel to run after some events and returns without waiting.

    numba-dpex's ``call_kernel_async``. The kernel runs in order with its queue's other
    commands, after every event in `dependent_events`; it never runs on the calling
    thread.

    Parameters
    ----------
    kern : Kernel
        A function decorated with ``kernel``.
    index_space : Range or NdRange
        The index space, as for ``call_kernel``.
    dependent_events : tuple of Event
        Events of any queue or device the kernel waits for; ``()`` for none.
    *args
        The kernel's arguments, as for ``call_kernel``.

    Returns
    -------
    host_event : Event
        Completes when the kernel has finished and its argument references are released.
    kernel_event : Event
        Completes when the kernel has finished. Both are the same ``Event`` object.

    Raises
    ------
    TypeError
        If `dependent_events` is not a tuple or holds something that is not an ``Event``,
        and for the argument errors of ``call_kernel``.
    KernelError
        If the kernel is outside the supported Python subset (raised at the first launch of
        a signature; ``KernelError`` is a ``TypeError``).
    ExecutionPlacementError
        If the array arguments are on different queues.
    OverflowError
        If a Python int argument does not fit in int64.
    ValueError
        If the kernel uses float64 or complex128 on a device without double precision.

    Notes
    -----
    Events of the kernel's own queue need nothing (the queue is in-order). On the host
    backend the command waits for other events on the queue's worker thread when its turn
    comes. On an OpenCL device, events of the same OpenCL context go into the kernel's wait
    list; events the OpenCL runtime cannot wait for (the host backend's, another
    platform's) are waited for on the calling thread before the kernel is enqueued, the one
    case in which the call blocks. The command keeps the argument arrays alive until the
    kernel has finished, so they may be dropped right after the call. A bounds-checked
    kernel is waited for by the call itself.

    Examples
    --------
    >>> import dparray.kernels as dpex
    >>> from dparray.kernels import kernel_api as kapi
    >>> @dpex.kernel
    ... def scale(item: kapi.Item, a, factor):
    ...     i = item.get_id(0)
    ...     a[i] = a[i] * factor
    >>> a = dp.arange(4.0)
    >>> host_ev, kernel_ev = dpex.call_kernel_async(scale, dpex.Range(4), (), a, 3.0)
    >>> host_ev is kernel_ev
    True
    >>> _, ev = dpex.call_kernel_async(scale, dpex.Range(4), (kernel_ev,), a, 0.5)
    >>> ev.wait()
    >>> a
    array([0. , 1.5, 3. , 4.5])
    >>> np.arange(4.0) * 3.0 * 0.5
    array([0. , 1.5, 3. , 4.5])
    """
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
