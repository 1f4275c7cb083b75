"""Kernel source for dparray.fuse: one dparray.kernels Range kernel per traced graph and
launch layout. Every operand is converted explicitly to the dtype dparray's own op computes
in, so the kernel's result equals the unfused expression's.
"""

import math

import numpy as np

from . import _fuse_ops as ops

LANES = 2  # accumulators of a flat full reduction (4 or 8 measured slower: LLVM shuffles)

# Ops whose bool form is a logical one (NumPy's bool loops).
_BOOL_FORMS = {
    "add": "({0} or {1})",
    "multiply": "({0} and {1})",
    "maximum": "({0} or {1})",
    "minimum": "({0} and {1})",
    "fmax": "({0} or {1})",
    "fmin": "({0} and {1})",
    "bitwise_and": "({0} and {1})",
    "bitwise_or": "({0} or {1})",
    "bitwise_xor": "({0} != {1})",
    "bitwise_invert": "(not {0})",
    "positive": "{0}",
    "absolute": "{0}",
    "square": "{0}",
}


def _ctor(dt):
    return "np.bool_" if dt.kind == "b" else f"np.{dt.name}"


def cast(expr, src, dst):
    """expr (of dtype src; None for a weak Python scalar) converted to dtype dst."""
    if dst is None or src == dst:
        return expr
    if dst.kind == "b":
        return f"({expr} != 0)"
    if src is not None and src.kind == "c" and dst.kind != "c":
        return f"{_ctor(dst)}(({expr}).real)"
    return f"{_ctor(dst)}({expr})"


def literal(value):
    if isinstance(value, np.generic):
        return f"{_ctor(value.dtype)}({literal(value.item())})"
    if isinstance(value, bool):
        return repr(value)
    if isinstance(value, complex):
        return f"complex({literal(value.real)}, {literal(value.imag)})"
    if isinstance(value, float):
        if math.isnan(value):
            return "math.nan"
        if math.isinf(value):
            return "math.inf" if value > 0 else "(-math.inf)"
    return repr(value)


def _init(op, acc):
    if op in ("any", "all"):
        return "False" if op == "any" else "True"
    if op == "sum":
        return f"{_ctor(acc)}(0)"
    if op == "prod":
        return f"{_ctor(acc)}(1)"
    if acc.kind == "b":
        return "False" if op == "max" else "True"
    if acc.kind == "f":
        return f"{_ctor(acc)}({'-' if op == 'max' else ''}math.inf)"
    info = np.iinfo(acc)
    return f"{_ctor(acc)}({info.min if op == 'max' else info.max})"


def _combine(op, acc_t, v, acc="acc"):
    """Source of accumulator `acc` after taking in value v (both of dtype acc_t). NaNs of a
    float max / min are tracked apart (a flag), so the update is a plain select."""
    if op == "sum":
        return f"{acc} + {v}"
    if op == "prod":
        return f"{acc} * {v}"
    if op == "any" or (op == "max" and acc_t.kind == "b"):
        return f"{acc} | {v}"
    if op == "all" or acc_t.kind == "b":
        return f"{acc} & {v}"
    cmp = ">" if op == "max" else "<"
    return f"{v} if {v} {cmp} {acc} else {acc}"


def accumulator(op, result, fp64=True):
    """The dtype a reduction accumulates in: wider than float32 / complex64 sums (where the
    device has float64)."""
    if (
        fp64
        and op in ("sum", "prod")
        and result.kind in "fc"
        and result.itemsize < 8 * (2 if result.kind == "c" else 1)
    ):
        return np.dtype("complex128" if result.kind == "c" else "float64")
    return result


class Source:
    """Builds the text of one kernel."""

    def __init__(self, nodes, arrays, scalars):
        self.nodes = nodes
        self.arrays = arrays  # argument positions of the array inputs, in parameter order
        self.scalars = scalars
        self.lines = []
        self.names = {}
        self.prefix = "v"

    def emit(self, line, depth):
        self.lines.append("    " * depth + line)

    def value(self, node, idx, depth):
        """Emits the computation of node (and what it needs) once; returns its variable."""
        name = self.names.get(id(node))
        if name is not None:
            return name
        if node.op == "const":  # inline: the kernel types a literal by the value it meets
            return literal(node.value)
        name = f"{self.prefix}{len(self.names)}"
        self.names[id(node)] = name
        if node.op == "array":
            self.emit(f"{name} = a{self.arrays.index(node.index)}[{idx}]", depth)
        elif node.op == "scalar":
            self.emit(f"{name} = s{self.scalars.index(node.index)}", depth)
        elif node.op == "astype":
            (a,) = node.args
            self.emit(f"{name} = {cast(self.value(a, idx, depth), a.dtype, node.dtype)}", depth)
        else:
            args = [self.value(a, idx, depth) for a in node.args]
            self.emit(f"{name} = {self.expression(node, args)}", depth)
        return name

    def expression(self, node, args):
        _, policy, template = ops.ELEMENTWISE[node.op]
        srcs = [a.dtype for a in node.args]
        res = node.dtype
        if node.weak is not None:  # Python scalars only: Python arithmetic, no casts
            return template.format(*args)
        if policy == "result":
            conv = [cast(a, s, res) for a, s in zip(args, srcs)]
        elif policy == "promote":
            conv = [cast(a, s, node.kw["compute"]) for a, s in zip(args, srcs)]
        elif policy == "bool":
            conv = [cast(a, s, np.dtype(bool)) for a, s in zip(args, srcs)]
        elif policy == "where":
            conv = [cast(args[0], srcs[0], np.dtype(bool))]
            conv += [cast(a, s, res) for a, s in zip(args[1:], srcs[1:])]
        else:
            conv = list(args)
        src0 = srcs[0] if srcs[0] is not None else None
        if node.op in ("isinf", "isfinite") and (src0 is None or src0.kind not in "fc"):
            return "False" if node.op == "isinf" else "True"
        if src0 is not None and src0.kind == "c":
            x = conv[0]
            if node.op == "isinf":
                return f"(math.isinf({x}.real) or math.isinf({x}.imag))"
            if node.op == "isfinite":
                return f"(math.isfinite({x}.real) and math.isfinite({x}.imag))"
            if node.op == "negative":  # exact signs of zero parts
                return f"{_ctor(res)}(complex(-{x}.real, -{x}.imag))"
        elif node.op in ("real", "conj"):  # of a real value: the value itself
            return conv[0] if res == src0 else cast(conv[0], src0, res)
        elif node.op == "imag":
            return f"{_ctor(res)}(0)"
        if node.op in ("floor", "ceil", "trunc") and res.kind in "biu":
            return conv[0]
        if res.kind == "b" and policy == "result":
            form = _BOOL_FORMS.get(node.op)
            return form.format(*conv) if form else f"({template.format(*conv)} != 0)"
        if node.op == "floor_divide" and res.kind == "f":
            # An infinite or NaN operand: floor(x / y), as the unfused op (docs/semantics.md).
            x, y = conv
            return (
                f"{_ctor(res)}({x} // {y} if math.isfinite({x}) and math.isfinite({y}) "
                f"else math.floor({x} / {y}))"
            )
        if node.op == "sign":
            t = _ctor(res)
            x = conv[0]
            if res.kind == "u":
                return f"({t}(1) if {x} > 0 else {x})"
            return f"({t}(1) if {x} > 0 else ({t}(-1) if {x} < 0 else {x}))"
        if node.op in ("absolute", "positive", "square") and res.kind == "b":
            return conv[0]
        expr = template.format(*conv)
        if res.kind == "b":
            return expr
        if node.op in ("real", "imag", "absolute") and src0 is not None and src0.kind == "c":
            return cast(expr, np.dtype("float64"), res)
        return f"{_ctor(res)}({expr})"


def kernel_source(fname, nodes, arrays, scalars, outputs, reduce, layout):
    """Source of the kernel `fname` for a launch layout (K, R, chunked, U):
    K kept (elementwise) dimensions launched as a Range (U of them unravelled into Range
    dimension 0 when K > 3), R reduced dimensions looped over inside each work-item, chunked:
    a full reduction whose work-items each take a chunk of the first reduced dimension.
    outputs: the output nodes (elementwise) or [reduced value node]; reduce: None or
    (op, accumulator dtype, result dtype)."""
    K, R, chunked, U = layout
    src = Source(nodes, arrays, scalars)
    nout = len(outputs)
    params = ["item"] + [f"out{m}" for m in range(nout)]
    params += [f"a{k}" for k in range(len(arrays))] + [f"s{k}" for k in range(len(scalars))]
    src.emit(f"def {fname}({', '.join(params)}):", 0)
    # Extents come from the shape of an operand (every view has the launch's full shape):
    # the translator knows shapes and ids are never negative, so indexing needs no wrap-around.
    ref = "a0" if arrays else "out0"
    for d in range(K + R):
        src.emit(f"e{d} = {ref}.shape[{d}]", 1)
    kept = [f"i{d}" for d in range(K)]
    if K <= 3:
        for d in range(K):
            src.emit(f"i{d} = item.get_id({d})", 1)
    else:
        src.emit("q = item.get_id(0)", 1)
        for d in range(U - 1, 0, -1):
            src.emit(f"i{d} = q % e{d}", 1)
            src.emit(f"q = q // e{d}", 1)
        src.emit("i0 = q", 1)
        for d in range(U, K):
            src.emit(f"i{d} = item.get_id({d - U + 1})", 1)
    red = [f"r{j}" for j in range(R)]
    idx = ", ".join(kept + red)
    if reduce is None:
        for m, node in enumerate(outputs):
            v = src.value(node, idx, 1)
            src.emit(f"out{m}[{', '.join(kept)}] = {v}", 1)
        return "\n".join(src.lines) + "\n"
    op, acc_t, res_t = reduce
    (node,) = outputs
    nan_flag = op in ("max", "min") and acc_t.kind == "f"
    # A flat full reduction keeps LANES accumulators: independent dependency chains.
    lanes = LANES if (chunked and K == 0 and R == 1) else 1
    if chunked:
        src.emit("p = item.get_id(0)", 1)
        src.emit(f"ck = e{K} // item.get_range(0) + 1", 1)
        src.emit(f"lo = min(p * ck, e{K})", 1)
        src.emit(f"hi = min(lo + ck, e{K})", 1)
    for u in range(lanes):
        src.emit(f"acc{u} = {_init(op, acc_t)}", 1)
    if nan_flag:
        src.emit("nan = False", 1)

    def body(index, depth, u):
        src.names = {}  # each lane and the tail compute their own values
        src.prefix = f"v{u}_" if lanes > 1 else "v"
        v = src.value(node, index, depth)
        to = np.dtype(bool) if op in ("any", "all") else acc_t
        src.emit(f"w{u} = {cast(v, node.dtype, to)}", depth)
        src.emit(f"acc{u} = {_combine(op, acc_t, f'w{u}', f'acc{u}')}", depth)
        if nan_flag:
            src.emit(f"nan = nan | (w{u} != w{u})", depth)

    if lanes > 1:
        src.emit(f"mid = lo + (hi - lo) // {lanes} * {lanes}", 1)
        src.emit(f"for r0 in range(lo, mid, {lanes}):", 1)
        for u in range(lanes):
            body(f"r0 + {u}" if u else "r0", 2, u)
        src.emit("for r0 in range(mid, hi):", 1)
        body("r0", 2, 0)
    else:
        depth = 1
        for j in range(R):
            rng = "lo, hi" if (chunked and j == 0) else f"e{K + j}"
            src.emit(f"for r{j} in range({rng}):", depth)
            depth += 1
        body(idx, depth, 0)
    src.emit("acc = acc0", 1)
    for u in range(1, lanes):
        src.emit(f"acc = {_combine(op, acc_t, f'acc{u}')}", 1)
    if nan_flag:
        src.emit("if nan:", 1)
        src.emit(f"acc = {_ctor(acc_t)}(math.nan)", 2)
    store = "p" if chunked else ", ".join(kept)
    final = "acc" if chunked else cast("acc", acc_t, res_t)
    src.emit(f"out0[{store}] = {final}", 1)
    return "\n".join(src.lines) + "\n"
