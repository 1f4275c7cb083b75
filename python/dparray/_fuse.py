"""dparray.fuse: compiles a Python function of arrays and scalars (elementwise operations,
where, casts and optionally one final reduction) into one kernel per argument signature,
with CuPy's cupy.fuse semantics. See docs/fusion.md.
"""

import functools
import hashlib
import linecache
import math
import re

import numpy as np

from . import _fuse_codegen as codegen
from . import _fuse_ops as ops
from ._fuse_trace import FusedValue, Tracer, fuse_error, traced_copy

_CHUNKS = 256  # work-items of a full reduction (each sums one contiguous chunk)
_PY_SCALARS = (bool, int, float, complex)


def fuse(*args, kernel_name=None):
    """Decorator: ``@dparray.fuse`` or ``@dparray.fuse(kernel_name=...)``."""
    if len(args) == 1 and callable(args[0]) and kernel_name is None:
        return Fused(args[0])
    if args:
        raise TypeError("dparray.fuse: use @fuse or @fuse(kernel_name=...)")
    return lambda f: Fused(f, kernel_name)


def _narrow(s):
    if type(s) is float:
        return np.float32(s)
    if type(s) is complex:
        return np.complex64(s)
    return s


class Fused:
    """A fused function: call it like the original function."""

    def __init__(self, func, kernel_name=None):
        if not callable(func):
            raise TypeError(f"dparray.fuse: expected a function, not {type(func).__name__}")
        self._func = func
        name = kernel_name or getattr(func, "__name__", "fused")
        self._kname = "fused_" + re.sub(r"[^A-Za-z0-9_]", "_", name)
        self._plans = {}
        self.trace_count = 0
        functools.update_wrapper(self, func)
        if "__name__" not in self.__dict__:  # a callable object
            self.__name__ = type(func).__name__

    def __repr__(self):
        return f"<dparray.fuse of {self._func!r}>"

    def cache_info(self):
        """traces: signatures traced; kernels: generated kernels (signature x layout);
        compiles: kernel builds across devices (memory-cache misses of dparray.kernels)."""
        kernels = [k for p in self._plans.values() for k in p.kernels.values()]
        return {
            "traces": self.trace_count,
            "kernels": len(kernels),
            "compiles": sum(k.compile_count for k in kernels),
        }

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError(f"dparray.fuse: {self.__name__}() takes no keyword arguments")
        from . import _core

        ndarray = _core.ndarray
        sig = []
        for i, a in enumerate(args):
            t = type(a)
            if t is FusedValue:  # called from another fused function: trace inline
                return traced_copy(self._func, a.tracer)(*args)
            if t is ndarray:
                sig.append((a.dtype, a.ndim))
            elif t in _PY_SCALARS:
                sig.append(t)
            elif isinstance(a, np.generic) and a.dtype.kind in "biufc":
                sig.append(a.dtype)
            elif isinstance(a, ndarray):
                sig.append((a.dtype, a.ndim))
            elif isinstance(a, np.ndarray):
                raise TypeError(
                    f"dparray.fuse: argument {i} of {self.__name__}() is a NumPy array; "
                    "move it with dparray.asarray(x, device=...)"
                )
            else:
                raise TypeError(
                    f"dparray.fuse: argument {i} of {self.__name__}() has type "
                    f"{t.__name__}; fused functions take dparray arrays and scalars"
                )
        key = tuple(sig)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._trace(args)
            self._plans[key] = plan
        return plan.run(args)

    def _trace(self, args):
        from . import _core

        first = next((a for a in args if isinstance(a, _core.ndarray)), None)
        tr = Tracer(self.__name__, first.sycl_device if first is not None else None)
        proxies = []
        for i, a in enumerate(args):
            if isinstance(a, _core.ndarray):
                proxies.append(tr.array_input(i, a.dtype, a.ndim))
            else:
                proxies.append(tr.scalar_input(i, a))
        if not any(isinstance(a, _core.ndarray) for a in args):
            raise TypeError(
                f"dparray.fuse: {self.__name__}() needs at least one dparray array argument "
                "(it decides the device)"
            )
        try:
            result = traced_copy(self._func, tr)(*proxies)
        except TypeError as e:
            if "FusedValue" not in str(e) or str(e).startswith("dparray.fuse"):
                raise
            raise TypeError(
                f"dparray.fuse: {self.__name__}(): a dparray function got a traced value "
                "outside the fused function's globals, closure and helper functions (held in "
                f"a default argument or an attribute?), which is not supported: {e}"
            ) from None
        self.trace_count += 1
        return Plan(self, tr, result)


class Plan:
    """One traced signature: the graph, its outputs and its kernels per launch layout."""

    def __init__(self, fused, tracer, result):
        self.fused = fused
        self.name = fused.__name__
        self.tuple_result = isinstance(result, tuple)
        outs = list(result) if self.tuple_result else [result]
        if not outs:
            raise fuse_error("returning an empty tuple")
        for o in outs:
            if not isinstance(o, FusedValue) or o.tracer is not tracer:
                raise fuse_error(f"returning a {type(o).__name__} (return array values)")
            if o.node.weak is not None:
                raise fuse_error("returning a value computed from Python scalars only")
        self.reduce = None
        red = [o for o in outs if o.node.op in ops.REDUCTIONS]
        if red:
            if len(outs) > 1:
                raise fuse_error("a reduction among several results (return one reduction)")
            node = red[0].node
            (value,) = node.args
            self.reduce = (node.op, node.dtype)
            self.axes = node.kw["axes"]
            self.keepdims = node.kw["keepdims"]
            self.outputs = [value]
            self.out_dtypes = [node.dtype]
        else:
            self.outputs = [o.node for o in outs]
            self.out_dtypes = [o.node.dtype for o in outs]
        self.nodes = tracer.nodes
        used = self._used()
        self.arrays = [n.index for n in self.nodes if n.op == "array" and id(n) in used]
        self.scalars = [n.index for n in self.nodes if n.op == "scalar" and id(n) in used]
        self.all_arrays = [n.index for n in self.nodes if n.op == "array"]
        if self.reduce is not None and not self.arrays:
            raise fuse_error("a reduction of a value that depends on no array argument")
        self.int_checks = self._int_checks()
        self.kernels = {}

    def _used(self):
        seen, stack = set(), list(self.outputs)
        while stack:
            n = stack.pop()
            if id(n) not in seen:
                seen.add(id(n))
                stack.extend(n.args)
        return seen

    def _int_checks(self):
        # NumPy 2 raises OverflowError when a Python int does not fit the integer dtype it
        # meets; scalar arguments are checked per call, as dparray's own ops do.
        checks = []
        for n in self.nodes:
            policy = ops.ELEMENTWISE.get(n.op, (0, None))[1]
            if policy in ("result", "promote", "where"):
                target = n.kw.get("compute", n.dtype)
                for a in n.args:
                    if (
                        a.op == "scalar"
                        and a.weak is int
                        and target is not None
                        and target.kind in "iu"
                    ):
                        checks.append((a.index, target, ops.ALIASES.get(n.op, n.op)))
        return checks

    def kernel(self, layout, acc=None):
        k = self.kernels.get((layout, acc))
        if k is None:
            from .kernels import kernel

            reduce = None if acc is None else (self.reduce[0], acc, self.reduce[1])
            src = codegen.kernel_source(
                self.fused._kname, self.nodes, self.arrays, self.scalars, self.outputs,
                reduce, layout,
            )  # fmt: skip
            digest = hashlib.blake2b(src.encode(), digest_size=8).hexdigest()
            filename = f"<dparray.fuse:{self.fused._kname}:{digest}>"
            # linecache lets inspect.getsource (the kernel translator) read generated text
            linecache.cache[filename] = (len(src), None, src.splitlines(True), filename)
            g = {"np": np, "math": math}
            exec(compile(src, filename, "exec"), g)  # noqa: S102 (generated source)
            k = kernel(g[self.fused._kname])
            k.fuse_source = src
            self.kernels[(layout, acc)] = k
        return k

    def run(self, args):
        import dparray as dp

        from .kernels import Range
        from .kernels.dispatch import _launch

        arrays = [args[i] for i in self.all_arrays]
        q = arrays[0].sycl_queue
        for i in self.all_arrays[1:]:
            if args[i].sycl_queue != q:
                raise dp.ExecutionPlacementError(
                    f"dparray.fuse: {self.name}(): arguments {self.all_arrays[0]} and {i} are on "
                    f"different queues ({q} and {args[i].sycl_queue}); move them with to_device"
                )
        try:
            shape = np.broadcast_shapes(*[a.shape for a in arrays])
        except ValueError:
            shapes = " ".join(str(a.shape) for a in arrays)
            raise ValueError(
                f"dparray.fuse: {self.name}(): operands could not be broadcast together with "
                f"shapes {shapes}"
            ) from None
        for i, dt, op in self.int_checks:
            info = np.iinfo(dt)
            if not info.min <= args[i] <= info.max:
                raise OverflowError(f"[{op}] Python integer {args[i]} out of bounds for {dt}")
        ins = [args[i] for i in self.arrays]
        scal = [args[i] for i in self.scalars]
        fp64 = q.sycl_device.has_aspect_fp64
        if not fp64:  # Python floats would be float64 kernel arguments: pass them narrower
            scal = [_narrow(s) for s in scal]
        if self.reduce is not None:
            return self._run_reduce(dp, Range, _launch, q, ins, scal, shape, fp64)
        outs = [dp.empty(shape, dtype=dt.name, sycl_queue=q) for dt in self.out_dtypes]
        n = math.prod(shape)
        if n:
            if all(a.shape == shape and a._is_c_contiguous for a in ins):
                dims = (n,)
                views = [a.reshape(dims) for a in ins]  # contiguous: views, no copies
            else:
                dims = shape
                views = [dp.broadcast_to(a, shape) for a in ins]
            ovs = [o.reshape(dims) if dims != shape else o for o in outs]
            self._launch(Range, _launch, dims, 0, False, ovs, views, scal)
        return tuple(outs) if self.tuple_result else outs[0]

    def _launch(self, Range, launch, kept, R, chunked, outs, views, scal, acc=None):
        # kept: the Range's extents (the chunk count of a chunked full reduction)
        K = 0 if chunked else len(kept)
        U = K - 2 if K > 3 else 1
        k = self.kernel((K, R, chunked, U), acc)
        if K > 3:
            rng = Range(math.prod(kept[:U]), *kept[U:])
        elif chunked:
            rng = Range(*kept)
        else:
            rng = Range(*kept)
        # deps None: a small launch may run inline on the host (as dparray ops do); never waits
        launch(k, rng, (*outs, *views, *scal), None)

    def _run_reduce(self, dp, Range, launch, q, ins, scal, shape, fp64):
        op, res_t = self.reduce
        acc_t = codegen.accumulator(op, res_t, fp64)
        nd = len(shape)
        axes = self.axes
        if nd == 0:  # a 0-d expression: reduce over one element
            shape, axes = (1,), (0,)
            ins = [a.reshape((1,)) for a in ins]
        kept = [d for d in range(len(shape)) if d not in axes]
        kshape = tuple(shape[d] for d in kept)
        rshape = tuple(shape[d] for d in axes)
        if math.prod(rshape) == 0 and op in ("max", "min"):
            name = "maximum" if op == "max" else "minimum"
            raise ValueError(
                f"dparray.fuse: {self.name}(): zero-size array to reduction operation {name} "
                "which has no identity"
            )
        out_shape = kshape
        if self.keepdims:
            out_shape = tuple(1 if d in axes else shape[d] for d in range(len(shape)))
            if nd == 0:
                out_shape = ()
        elif nd == 0:
            out_shape = ()
        if kept:
            out = dp.empty(kshape, dtype=res_t.name, sycl_queue=q)
            if math.prod(kshape):
                perm = tuple(kept) + tuple(axes)
                views = [dp.permute_dims(dp.broadcast_to(a, shape), perm) for a in ins]
                self._launch(Range, launch, kshape, len(axes), False, [out], views, scal, acc_t)
            return out.reshape(out_shape) if out_shape != kshape else out
        # A full reduction: partial results per chunk, combined by dparray's reduction.
        n = math.prod(shape)
        if n == 0:
            ident = {"sum": 0, "prod": 1, "any": False, "all": True}[op]
            return dp.full(out_shape, ident, dtype=res_t.name, sycl_queue=q)
        if all(a.shape == shape and a._is_c_contiguous for a in ins):
            views, extents = [a.reshape((n,)) for a in ins], [n]
        else:
            views, extents = [dp.broadcast_to(a, shape) for a in ins], list(shape)
        P = min(_CHUNKS, extents[0])  # each work-item takes extents[0] // P + 1 rows
        part_t = "bool" if op in ("any", "all") else acc_t.name
        part = dp.empty((P,), dtype=part_t, sycl_queue=q)
        self._launch(Range, launch, (P,), len(extents), True, [part], views, scal, acc_t)
        final = getattr(dp, op)(part)
        if final.dtype != res_t:
            final = dp.astype(final, res_t.name)
        return final.reshape(out_shape) if out_shape != () else final
