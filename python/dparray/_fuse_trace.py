"""Tracing for dparray.fuse: runs the user's function once per signature on FusedValue
proxies and records an expression graph. Each node's dtype is found by applying dparray's own
operation to one-element host arrays of the operand dtypes (a "probe"), so the fused result
has exactly the dtype (and raises exactly the errors) that the unfused expression has.
"""

import builtins
import types

import numpy as np

from . import _fuse_ops as ops

_WEAK_SAMPLE = {bool: True, int: 1, float: 1.0, complex: 1.0 + 0.0j}


def _probe_device(fallback):
    """The host device (probes are cheapest there; dtypes do not depend on the device), or
    the arguments' device when a device selector hides the host."""
    import dparray as dp

    try:
        return dp.select_device("host")
    except ValueError:
        return fallback


def fuse_error(what):
    return TypeError(f"dparray.fuse: {what} is not supported in a fused function")


class Node:
    """One value of the traced function: an input, a literal or an operation on nodes."""

    __slots__ = ("args", "dtype", "index", "kw", "op", "probe", "value", "weak")

    def __init__(self, op, args=(), dtype=None, weak=None, probe=None):
        self.op = op  # "array", "scalar", "const", "astype", an ELEMENTWISE or REDUCTIONS name
        self.args = tuple(args)
        self.dtype = dtype  # np.dtype, or None for a weak Python scalar
        self.weak = weak  # the Python type of a weak scalar (bool / int / float / complex)
        self.probe = probe  # a one-element host array (or a Python scalar when weak)
        self.value = None  # the literal of a "const" node
        self.index = None  # the argument position of an "array" / "scalar" node
        self.kw = {}


class Tracer:
    def __init__(self, fname, fallback_device):
        self.fname = fname
        self.nodes = []
        self.device = _probe_device(fallback_device)

    def add(self, node):
        self.nodes.append(node)
        return node

    def array_input(self, i, dtype, ndim):
        import dparray as dp

        probe = dp.ones((1,) * ndim, dtype=dtype, device=self.device)
        n = Node("array", dtype=np.dtype(dtype.name), probe=probe)
        n.index = i
        return FusedValue(self, self.add(n))

    def scalar_input(self, i, value):
        if isinstance(value, np.generic):
            import dparray as dp

            probe = dp.asarray(value, device=self.device)
            n = Node("scalar", dtype=value.dtype, probe=probe)
        else:
            t = type(value)
            n = Node("scalar", weak=t, probe=_WEAK_SAMPLE[t])
        n.index = i
        return FusedValue(self, self.add(n))

    def operand(self, x, what):
        """A node for an operand of an op: a traced value or a Python / NumPy literal."""
        if isinstance(x, FusedValue):
            if x.tracer is not self:
                raise fuse_error(f"a value of another fused function in {what}")
            if x.node.op in ops.REDUCTIONS:
                raise fuse_error(
                    f"using the result of {x.node.op}() in {what} (only a final reduction is)"
                )
            return x.node
        t = type(x)
        if t in _WEAK_SAMPLE:
            n = Node("const", weak=t, probe=x)
            n.value = x
            return self.add(n)
        if isinstance(x, np.generic) and x.dtype.kind in "biufc":
            import dparray as dp

            n = Node("const", dtype=x.dtype, probe=dp.asarray(x, device=self.device))
            n.value = x
            return self.add(n)
        raise fuse_error(f"an operand of type {type(x).__name__} in {what}")

    def apply(self, name, *args):
        """Records elementwise op `name` on args (FusedValues or literals)."""
        import dparray as dp

        nodes = [self.operand(a, name) for a in args]
        if all(n.weak is not None for n in nodes):
            return self._weak_apply(name, nodes)
        res = getattr(dp, name)(*[n.probe for n in nodes])
        node = Node(name, nodes, dtype=np.dtype(res.dtype.name), probe=res)
        if ops.ELEMENTWISE[name][1] == "promote":
            node.kw["compute"] = np.dtype(dp.result_type(*[n.probe for n in nodes]).name)
        for n in nodes:
            if n.dtype is not None and n.dtype.kind == "c" and name in ops.REAL_ONLY:
                raise fuse_error(f"{name} of a complex value")
        return FusedValue(self, self.add(node))

    def _weak_apply(self, name, nodes):
        # Only Python scalars: Python's own arithmetic decides the type (as it would unfused).
        import operator

        pyop = {
            "add": operator.add,
            "subtract": operator.sub,
            "multiply": operator.mul,
            "divide": operator.truediv,
            "negative": operator.neg,
        }.get(name)
        if pyop is None:
            raise fuse_error(f"{name} of Python scalars only (make one operand an array)")
        r = pyop(*[n.probe for n in nodes])
        node = Node(name, nodes, weak=type(r), probe=r)
        return FusedValue(self, self.add(node))

    def astype(self, x, dtype):
        import dparray as dp

        node = self.operand(x, "astype")
        probe = node.probe if node.weak is None else dp.asarray(node.probe, device=self.device)
        res = dp.astype(probe, dtype)
        n = Node("astype", [node], dtype=np.dtype(res.dtype.name), probe=res)
        return FusedValue(self, self.add(n))

    def reduce(self, name, x, axis=None, keepdims=False, dtype=None, out=None, **kw):
        import dparray as dp

        if out is not None or kw:
            extra = "out=" if out is not None else ", ".join(f"{k}=" for k in kw)
            raise fuse_error(f"{extra} in {name}()")
        node = self.operand(x, name)
        if node.weak is not None:
            raise fuse_error(f"{name}() of a Python scalar")
        if node.dtype.kind == "c" and name in ("max", "min"):
            raise fuse_error(f"{name}() of a complex value")
        fn = getattr(dp, ops.REDUCTIONS[name])
        kwargs = {"axis": axis, "keepdims": keepdims}
        if dtype is not None:
            if name not in ("sum", "prod"):
                raise fuse_error(f"dtype= in {name}()")
            kwargs["dtype"] = dtype
        res = fn(node.probe, **kwargs)
        nd = node.probe.ndim
        if axis is None:
            axes = tuple(range(nd))
        else:
            seq = axis if isinstance(axis, tuple) else (axis,)
            axes = tuple(sorted(a % nd if nd else 0 for a in seq))
        n = Node(ops.REDUCTIONS[name], [node], dtype=np.dtype(res.dtype.name), probe=res)
        n.kw = {"axes": axes, "keepdims": bool(keepdims)}
        return FusedValue(self, self.add(n))


class FusedValue:
    """A traced array or scalar inside a fused function."""

    __slots__ = ("node", "tracer")
    __array_priority__ = 1000

    def __init__(self, tracer, node):
        self.tracer = tracer
        self.node = node

    # -- what a traced value can do ----------------------------------------------------------

    @property
    def dtype(self):
        import dparray as dp

        if self.node.dtype is None:
            raise fuse_error("dtype of a Python scalar argument")
        return dp.dtype(self.node.dtype.name)

    @property
    def ndim(self):
        return 0 if self.node.weak is not None else self.node.probe.ndim

    @property
    def real(self):
        return self.tracer.apply("real", self)

    @property
    def imag(self):
        return self.tracer.apply("imag", self)

    def conj(self):
        return self.tracer.apply("conj", self)

    conjugate = conj

    def astype(self, dtype, copy=True):
        return self.tracer.astype(self, dtype)

    def sum(self, axis=None, dtype=None, out=None, keepdims=False):
        return self.tracer.reduce("sum", self, axis, keepdims, dtype, out)

    def prod(self, axis=None, dtype=None, out=None, keepdims=False):
        return self.tracer.reduce("prod", self, axis, keepdims, dtype, out)

    def max(self, axis=None, out=None, keepdims=False):
        return self.tracer.reduce("max", self, axis, keepdims, None, out)

    def min(self, axis=None, out=None, keepdims=False):
        return self.tracer.reduce("min", self, axis, keepdims, None, out)

    def any(self, axis=None, out=None, keepdims=False):
        return self.tracer.reduce("any", self, axis, keepdims, None, out)

    def all(self, axis=None, out=None, keepdims=False):
        return self.tracer.reduce("all", self, axis, keepdims, None, out)

    def __neg__(self):
        return self.tracer.apply("negative", self)

    def __pos__(self):
        return self.tracer.apply("positive", self)

    def __abs__(self):
        return self.tracer.apply("absolute", self)

    def __invert__(self):
        return self.tracer.apply("bitwise_invert", self)

    # -- what it cannot do: each raises a TypeError that names the construct -----------------

    def __bool__(self):
        raise fuse_error(
            "Python control flow on an array value (if / while / and / or / not / bool(), "
            "min() / max() builtins); use dparray.where"
        )

    def __len__(self):
        raise fuse_error("len() of an array value")

    def __iter__(self):
        raise fuse_error("iterating over an array value")

    def __getitem__(self, key):
        raise fuse_error("indexing an array value")

    def __setitem__(self, key, value):
        raise fuse_error("assigning into an array value")

    def __float__(self):
        raise fuse_error("float() of an array value")

    def __int__(self):
        raise fuse_error("int() of an array value")

    def __index__(self):
        raise fuse_error("an array value used as an integer")

    def __complex__(self):
        raise fuse_error("complex() of an array value")

    def __matmul__(self, other):
        raise fuse_error("the @ operator (matmul)")

    __rmatmul__ = __matmul__

    def __getattr__(self, name):
        if name.startswith("__"):  # protocols NumPy and Python probe for: absent
            raise AttributeError(name)
        raise fuse_error(f"the array attribute or method {name!r}")

    def __hash__(self):
        return id(self)

    # NumPy functions on traced values (np.exp(x), np.where(c, x, y), np.sum(x)).
    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        name = ops.canonical(ufunc.__name__)
        if method != "__call__" or name is None or name in ops.REDUCTIONS or kwargs:
            raise fuse_error(
                f"numpy.{ufunc.__name__}" + ("" if method == "__call__" else f".{method}")
            )
        return self.tracer.apply(name, *inputs)

    def __array_function__(self, func, types_, args, kwargs):
        return _traced_function(self.tracer, func.__name__, "numpy")(*args, **kwargs)

    def __array__(self, *a, **k):
        raise fuse_error("converting an array value to a NumPy array")


def _binary(op, reflected):
    def method(self, other):
        if reflected:
            return self.tracer.apply(op, other, self)
        return self.tracer.apply(op, self, other)

    return method


for _py, _op in {**ops.OPERATORS, **ops.COMPARISONS}.items():
    setattr(FusedValue, f"__{_py}__", _binary(_op, False))
    if _py in ops.OPERATORS:
        setattr(FusedValue, f"__r{_py}__", _binary(_op, True))


def _traced_function(tracer, name, module):
    """The traced stand-in for dparray (or NumPy) function `name` inside a fused function."""
    op = ops.canonical(name)
    if op is None:
        if module == "numpy" and name == "where":
            op = "where"
        else:

            def unsupported(*a, **k):
                raise fuse_error(f"{module}.{name}")

            return unsupported
    if op in ops.REDUCTIONS:
        return lambda x, axis=None, *a, **k: tracer.reduce(op, x, axis, *a, **k)
    if op == "astype":
        return lambda x, dtype, copy=True, **k: tracer.astype(x, dtype)

    def call(*args, **kwargs):
        if kwargs:
            raise fuse_error(f"keyword arguments ({', '.join(kwargs)}) of {module}.{name}")
        if op == "where" and len(args) != 3:
            raise fuse_error(f"{module}.where with {len(args)} arguments")
        return tracer.apply(op, *args)

    return call


class _TracedModule:
    """Stands in for the dparray module inside a traced function."""

    def __init__(self, tracer, real):
        self._tracer = tracer
        self._real = real

    def __getattr__(self, name):
        real = getattr(self._real, name)
        if callable(real) and not isinstance(real, type) and type(real).__name__ != "dtype":
            return _traced_function(self._tracer, name, "dparray")
        return real


def _dp_functions(tracer):
    """id -> name of the dparray module's functions (once per trace)."""
    table = getattr(tracer, "dp_funcs", None)
    if table is None:
        import dparray as dp

        table = {}
        for name in dir(dp):
            obj = getattr(dp, name, None)
            if callable(obj) and not isinstance(obj, type) and type(obj).__name__ != "dtype":
                table.setdefault(id(obj), name)
        tracer.dp_funcs = table
        tracer.copies = {}
    return table


def _substitute(value, tracer):
    import dparray as dp

    if value is dp:
        return _TracedModule(tracer, dp)
    name = _dp_functions(tracer).get(id(value))
    if name is not None:
        return _traced_function(tracer, name, "dparray")
    if isinstance(value, types.FunctionType) and not (
        getattr(value, "__module__", None) or ""
    ).startswith(("dparray", "numpy")):
        return traced_copy(value, tracer)  # a helper function: trace through it too
    return value


def traced_copy(func, tracer):
    """func with the dparray module and functions in its globals and closure (and those of
    the helper functions it calls) replaced by traced stand-ins."""
    code = getattr(func, "__code__", None)
    if code is None:  # not a Python function (a callable object): operators still trace
        return func
    _dp_functions(tracer)
    done = tracer.copies.get(id(func))
    if done is not None:  # recursion, or a helper used twice
        return done
    g = dict(func.__globals__)
    g.setdefault("__builtins__", builtins)
    closure = None
    if func.__closure__:
        cells = []
        for c in func.__closure__:
            try:
                cells.append(types.CellType(c.cell_contents))
            except ValueError:  # an empty cell (a name assigned later)
                cells.append(c)
        closure = tuple(cells)
    new = types.FunctionType(code, g, func.__name__, func.__defaults__, closure)
    new.__kwdefaults__ = func.__kwdefaults__
    tracer.copies[id(func)] = new
    for name in _global_names(code):
        if name in g:
            g[name] = _substitute(g[name], tracer)
    for cell in closure or ():
        try:
            cell.cell_contents = _substitute(cell.cell_contents, tracer)
        except ValueError:
            pass
    return new


def _global_names(code):
    """Names a function (and the functions and lambdas defined in it) may read as globals."""
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _global_names(const)
    return names
