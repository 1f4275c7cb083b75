"""Typed IR -> OpenCL C.

Arrays are passed as a pointer to the start of their allocation, an element offset, the
shape and (unless C-contiguous) the element strides. Range dimension d maps to OpenCL
dimension ndim-1-d, so the last index (the contiguous one in C order) varies fastest
across neighbouring work-items, as in SYCL. float16 is stored as half and computed in
float; bool is stored as uchar.
"""

import math

from . import ir
from . import types as T
from .errors import KernelError

CTYPE = {
    "bool": "bool",
    "int8": "char",
    "int16": "short",
    "int32": "int",
    "int64": "long",
    "uint8": "uchar",
    "uint16": "ushort",
    "uint32": "uint",
    "uint64": "ulong",
    "float16": "float",
    "float32": "float",
    "float64": "double",
    "complex64": "float2",
    "complex128": "double2",
}
STORE = dict(CTYPE, bool="uchar", float16="half")
UNSIGNED = {"int8": "uchar", "int16": "ushort", "int32": "uint", "int64": "ulong"}
_ID_FN = {
    "global_id": "get_global_id",
    "global_range": "get_global_size",
    "local_id": "get_local_id",
    "local_range": "get_local_size",
    "group_id": "get_group_id",
    "group_range": "get_num_groups",
}
_MATH = {"gamma": "tgamma", "fabs": "fabs"}
_CMP = {"lt": "<", "le": "<=", "gt": ">", "ge": ">=", "eq": "==", "ne": "!="}
_SPACE = {"global": "__global", "local": "__local", "private": ""}


def ctype(t):
    return CTYPE[T.strong(t)]


def _lit(t, v):
    t = T.strong(t)
    if t == "bool":
        return "true" if v else "false"
    if T.kind(t) in "iu":
        if t == "int64":
            return f"((long){v}L)" if v != -(2**63) else "((long)(-9223372036854775807L-1))"
        if t == "uint64":
            return f"((ulong){v}UL)"
        if t == "int32" and v == -(2**31):
            return "((int)(-2147483647-1))"
        return f"(({CTYPE[t]}){v})"
    if T.kind(t) == "f":
        return _flit(t, v)
    c = complex(v)
    base = "float" if t == "complex64" else "double"
    return f"(({CTYPE[t]})({_flit(base if base == 'double' else 'float32', c.real)}, {_flit(base if base == 'double' else 'float32', c.imag)}))"


def _flit(t, v):
    dbl = T.strong(t) in ("float64", "double")
    if math.isnan(v):
        return "(double)NAN" if dbl else "NAN"
    if v in (float("inf"), float("-inf")):
        s = "" if v > 0 else "-"
        return f"({s}(double)INFINITY)" if dbl else f"({s}INFINITY)"
    r = repr(float(v))
    if "e" not in r and "." not in r:
        r += ".0"
    return f"({r})" if dbl else f"({r}f)"


class OpenCLGen:
    def __init__(self, kernel_fn):
        self.kernel = kernel_fn
        self.helpers = {}  # name -> C source of a helper function
        self.ndim = None
        self.funcs = []

    def generate(self, ndim):
        """The program source; the kernel is named after the IR function."""
        self.ndim = ndim
        order = []
        seen = set()

        def visit(f):
            for c in f.callees:
                if id(c) not in seen:
                    seen.add(id(c))
                    visit(c)
                    order.append(c)

        visit(self.kernel)
        bodies = [self.function(f) for f in order] + [self.function(self.kernel)]
        head = []
        if self.kernel.uses_fp64:
            head.append("#pragma OPENCL EXTENSION cl_khr_fp64 : enable")
        if any(k.startswith("dp_atomic_") and ("64" in k) for k in self.helpers):
            head.append("#pragma OPENCL EXTENSION cl_khr_int64_base_atomics : enable")
            head.append("#pragma OPENCL EXTENSION cl_khr_int64_extended_atomics : enable")
        return "\n".join(head + list(self.helpers.values()) + bodies) + "\n"

    # -- functions ----------------------------------------------------------------------

    def array_params(self, name, t, kernel):
        sp = _SPACE[t.space]
        ps = [f"{sp} {STORE[t.dtype]}* {name}_p"]
        if t.space == "global" or not kernel:
            ps.append(f"long {name}_o")
        ps += [f"long {name}_s{d}" for d in range(t.ndim)]
        if not t.contig:
            ps += [f"long {name}_t{d}" for d in range(t.ndim)]
        return ps

    def function(self, f):
        self.fn = f
        self.private = {}
        params, pro = [], []
        for name, t in f.params:
            if isinstance(t, T.ArrayType):
                params += self.array_params(name, t, f.is_kernel)
            elif isinstance(t, T.IndexType):
                continue
            elif f.is_kernel and t in ("bool", "float16"):
                params.append(f"{'uchar' if t == 'bool' else 'float'} {name}_a")
                pro.append(f"{ctype(t)} {name} = {name}_a;")
            elif f.is_kernel and T.is_complex(t):
                c = "float" if t == "complex64" else "double"
                params += [f"{c} {name}_re", f"{c} {name}_im"]
                pro.append(f"{ctype(t)} {name} = ({ctype(t)})({name}_re, {name}_im);")
            else:
                params.append(f"{ctype(t)} {name}")
        decls = [f"{ctype(t)} {n};" for n, t in f.locals.items() if T.is_scalar(t)]
        self._collect_private(f.body)
        for n, t in self.private.items():
            size = 1
            for s in t.shape:
                size *= s
            decls.append(f"{STORE[t.dtype]} {n}_p[{size}];")
        body = self.block(f.body, 1)
        if f.is_kernel:
            sig = f"__kernel void {f.name}({', '.join(params) or 'void'})"
        else:
            ret = ctype(f.ret) if f.ret is not None else "void"
            sig = f"static {ret} {f.name}({', '.join(params) or 'void'})"
        inner = "\n".join("  " + s for s in pro + decls) + ("\n" if pro or decls else "")
        return f"{sig} {{\n{inner}{body}}}\n"

    def _collect_private(self, stmts):
        for s in stmts:
            if isinstance(s, ir.PrivateDecl):
                self.private[s.name] = s.ty
            for a in ("body", "orelse"):
                if hasattr(s, a):
                    self._collect_private(getattr(s, a))

    # -- statements ---------------------------------------------------------------------

    def block(self, stmts, depth):
        return "".join(self.stmt(s, depth) for s in stmts)

    def stmt(self, s, d):
        ind = "  " * d
        if isinstance(s, ir.Assign):
            return f"{ind}{s.name} = {self.e(s.value)};\n"
        if isinstance(s, ir.Store):
            return ind + self.store(s.array, s.index, self.e(s.value)) + ";\n"
        if isinstance(s, ir.If):
            r = f"{ind}if ((bool){self.e(s.cond)}) {{\n{self.block(s.body, d + 1)}{ind}}}"
            if s.orelse:
                r += f" else {{\n{self.block(s.orelse, d + 1)}{ind}}}"
            return r + "\n"
        if isinstance(s, ir.ForRange):
            v = s.var
            if s.step_sign > 0:
                cond = f"{v} < {self.e(s.stop)}"
            elif s.step_sign < 0:
                cond = f"{v} > {self.e(s.stop)}"
            else:
                st = self.e(s.step)
                cond = f"({st} > 0 ? {v} < {self.e(s.stop)} : {v} > {self.e(s.stop)})"
            return (
                f"{ind}for ({v} = {self.e(s.start)}; {cond}; {v} += {self.e(s.step)}) {{\n"
                f"{self.block(s.body, d + 1)}{ind}}}\n"
            )
        if isinstance(s, ir.While):
            return f"{ind}while ((bool){self.e(s.cond)}) {{\n{self.block(s.body, d + 1)}{ind}}}\n"
        if isinstance(s, ir.Break):
            return f"{ind}break;\n"
        if isinstance(s, ir.Continue):
            return f"{ind}continue;\n"
        if isinstance(s, ir.Return):
            return f"{ind}return {self.e(s.value)};\n" if s.value is not None else f"{ind}return;\n"
        if isinstance(s, ir.ExprStmt):
            return f"{ind}(void)({self.e(s.value)});\n"
        if isinstance(s, ir.Barrier):
            return f"{ind}barrier(CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE);\n"
        if isinstance(s, ir.Fence):
            return f"{ind}mem_fence(CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE);\n"
        if isinstance(s, ir.PrivateDecl):
            if not s.fill_zeros:
                return ""
            n = 1
            for x in s.ty.shape:
                n *= x
            return f"{ind}for (int _z = 0; _z < {n}; ++_z) {s.name}_p[_z] = 0;\n"
        if isinstance(s, ir.Print):
            return ind + self.print(s) + "\n"
        raise KernelError(f"internal: statement {type(s).__name__}")

    def print(self, s):
        items, sep, end = s.items
        fmt, args = [], []
        for it in items:
            if isinstance(it, str):
                fmt.append(it.replace("%", "%%"))
                continue
            t = T.strong(it.ty)
            v = self.e(it)
            if t == "bool":
                fmt.append("%s")
                args.append(f'(({v}) ? "True" : "False")')
            elif T.kind(t) == "i":
                fmt.append("%ld")
                args.append(f"(long)({v})")
            elif T.kind(t) == "u":
                fmt.append("%lu")
                args.append(f"(ulong)({v})")
            else:
                fmt.append("%g")
                args.append(f"({'double' if self.fn.uses_fp64 else 'float'})({v})")
        text = (sep.replace("%", "%%")).join(fmt) + end.replace("%", "%%")
        text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'printf("{text}"{"".join(", " + a for a in args)});'

    # -- arrays -------------------------------------------------------------------------

    def desc(self, a):
        """(pointer, offset, [shape], [strides]) C expressions of an ArrayRef's base."""
        t, n = a.ty, a.name
        shapes = (
            [f"{n}_s{d}" for d in range(t.ndim)]
            if t.space != "private"
            else [str(s) for s in t.shape]
        )
        if t.contig:
            strides = [None] * t.ndim
            acc = "1"
            for d in reversed(range(t.ndim)):
                strides[d] = acc
                acc = shapes[d] if acc == "1" else f"{acc}*{shapes[d]}"
        else:
            strides = [f"{n}_t{d}" for d in range(t.ndim)]
        if t.space == "global" or (not self.fn.is_kernel and t.space != "private"):
            off = f"{n}_o"
        else:
            off = "0"
        return f"{n}_p", off, shapes, strides

    def addr(self, a, index):
        p, off, shapes, strides = self.desc(a)
        if a.ty.contig:
            lin = None
            for d, i in enumerate(index):
                x = f"({self.e(i)})"
                lin = x if lin is None else f"({lin}*{shapes[d]} + {x})"
            lin = lin or "0"
        else:
            lin = " + ".join(f"({self.e(i)})*{strides[d]}" for d, i in enumerate(index)) or "0"
        return p, (lin if off == "0" else f"{off} + {lin}")

    def load(self, a, index):
        p, i = self.addr(a, index)
        if a.ty.dtype == "float16":
            return f"vload_half({i}, {p})"
        if a.ty.dtype == "bool":
            return f"({p}[{i}] != 0)"
        return f"{p}[{i}]"

    def store(self, a, index, v):
        p, i = self.addr(a, index)
        if a.ty.dtype == "float16":
            return f"vstore_half_rte({v}, {i}, {p})"
        if a.ty.dtype == "bool":
            return f"{p}[{i}] = (uchar)({v})"
        return f"{p}[{i}] = {v}"

    def view_args(self, a, param_t):
        """The C arguments passing ArrayRef a (maybe a row view) to a device function parameter."""
        p, off, shapes, strides = self.desc(a)
        k = len(a.prefix)
        if k:
            extra = " + ".join(f"({self.e(i)})*{strides[d]}" for d, i in enumerate(a.prefix))
            off = f"({off} + {extra})"
        out = [p, off] + shapes[k:]
        if not param_t.contig:
            out += [str(s) for s in strides[k:]]
        return out

    # -- expressions --------------------------------------------------------------------

    def e(self, x):
        r = self.e_raw(x)
        if T.strong(x.ty) == "float16" and isinstance(x, (ir.BinOp, ir.UnOp, ir.Math, ir.Cast)):
            # float16 is computed in float and rounded to half after each operation, as NumPy does
            if "dp_r16" not in self.helpers:
                self.helpers["dp_r16"] = (
                    "static inline float dp_r16(float x) { ushort h[1]; vstore_half_rte(x, 0, (half*)h); "
                    "return vload_half(0, (half*)h); }"
                )
            return f"dp_r16({r})"
        return r

    def e_raw(self, x):
        t = x.ty
        if isinstance(x, ir.Const):
            return _lit(t, x.value)
        if isinstance(x, ir.Var):
            return x.name
        if isinstance(x, ir.Load):
            return self.load(x.array, x.index)
        if isinstance(x, ir.Shape):
            _p, _off, shapes, _strides = self.desc(x.array)
            return f"((long){shapes[x.dim]})"
        if isinstance(x, ir.Cast):
            return self.cast(x.value, t)
        if isinstance(x, ir.UnOp):
            v = self.e(x.operand)
            if x.op == "not":
                return f"(!{v})"
            if x.op == "invert":
                return f"(({ctype(t)})~{v})"
            if x.op == "neg":
                if T.strong(t) in UNSIGNED and T.bits(t) >= 32:
                    u = UNSIGNED[T.strong(t)]
                    return f"(({ctype(t)})(({u})0 - ({u}){v}))"
                if T.is_int(t):
                    return f"(({ctype(t)})(-{v}))"
                return f"(-{v})"
            if x.op == "abs":
                if T.is_float(t):
                    return f"fabs({v})"
                if T.kind(t) == "u":
                    return v
                return self.helper_call("abs", t, [v])
        if isinstance(x, ir.BinOp):
            return self.binop(x)
        if isinstance(x, ir.Compare):
            a, b = self.e(x.left), self.e(x.right)
            if T.is_complex(x.left.ty):
                j = "&&" if x.op == "eq" else "||"
                return f"(({a}).x {_CMP[x.op]} ({b}).x {j} ({a}).y {_CMP[x.op]} ({b}).y)"
            return f"({a} {_CMP[x.op]} {b})"
        if isinstance(x, ir.Logical):
            return f"({self.e(x.left)} {'&&' if x.op == 'and' else '||'} {self.e(x.right)})"
        if isinstance(x, ir.Select):
            return f"({self.e(x.cond)} ? {self.e(x.then)} : {self.e(x.orelse)})"
        if isinstance(x, ir.Math):
            return self.math(x)
        if isinstance(x, ir.IndexId):
            fn = _ID_FN[x.fn]
            if isinstance(x.dim, ir.Const):
                return f"((long){fn}({self.ndim - 1 - x.dim.value}))"
            return f"((long){fn}({self.ndim - 1} - (uint)({self.e(x.dim)})))"
        if isinstance(x, ir.Call):
            args = []
            for a, (pn, pt) in zip(x.args, x.func.params):
                if isinstance(pt, T.IndexType):
                    continue
                if isinstance(pt, T.ArrayType):
                    args += self.view_args(a, pt)
                else:
                    args.append(self.e(a))
            return f"{x.func.name}({', '.join(args)})"
        if isinstance(x, ir.Atomic):
            return self.atomic(x)
        if isinstance(x, ir.Bounds):
            if "dp_bounds" not in self.helpers:
                self.helpers["dp_bounds"] = (
                    "static long dp_bounds(long i, long n, __global long* oob, long site) {\n"
                    "  if ((ulong)i < (ulong)n) return i;\n"
                    "  if (atomic_cmpxchg((volatile __global int*)oob, 0, 1) == 0) {\n"
                    "    oob[1] = site; oob[2] = i; oob[3] = n;\n"
                    "    oob[4] = get_global_id(0); oob[5] = get_global_id(1); oob[6] = get_global_id(2);\n"
                    "  }\n  return 0;\n}"
                )
            return f"dp_bounds({self.e(x.index)}, {self.e(x.size)}, _oob_p + _oob_o, {x.site})"
        if isinstance(x, ir.Complex):
            if x.op == "make":
                return f"(({ctype(t)})({self.e(x.args[0])}, {self.e(x.args[1])}))"
            v = self.e(x.args[0])
            if x.op == "real":
                return f"({v}).x"
            if x.op == "imag":
                return f"({v}).y"
            if x.op == "conj":
                return f"(({ctype(t)})(({v}).x, -({v}).y))"
            if x.op == "abs":
                return f"hypot(({v}).x, ({v}).y)"
        raise KernelError(f"internal: expression {type(x).__name__}")

    def cast(self, v, t):
        s = T.strong(v.ty)
        t = T.strong(t)
        x = self.e(v)
        if t == "bool":
            if T.is_complex(s):
                return f"(({x}).x != 0 || ({x}).y != 0)"
            return f"({x} != 0)"
        if T.is_complex(t):
            if T.is_complex(s):
                return f"convert_{ctype(t)}({x})"
            return f"(({ctype(t)})(({ctype(T.real_of(t))})({x}), 0))"
        if T.is_complex(s):
            x = f"({x}).x"
        return f"(({ctype(t)})({x}))"

    def binop(self, x):
        t = T.strong(x.ty)
        a, b = self.e(x.left), self.e(x.right)
        op = x.op
        if T.is_complex(t):
            simple = {"add": "+", "subtract": "-"}
            if op in simple:
                return f"({a} {simple[op]} {b})"
            if op in ("multiply", "true_divide", "power"):
                return self.helper_call(
                    {"multiply": "cmul", "true_divide": "cdiv", "power": "cpow"}[op], t, [a, b]
                )
            raise KernelError(f"operator {op} on complex values")
        if op in ("min", "max"):
            c = "<" if op == "min" else ">"
            return self.helper_call(op, t, [a, b]) if True else f"({b} {c} {a} ? {b} : {a})"
        if T.is_float(t):
            ops = {"add": "+", "subtract": "-", "multiply": "*", "true_divide": "/"}
            if op in ops:
                return f"({a} {ops[op]} {b})"
            if op == "power":
                return f"pow({a}, {b})"
            if op in ("floor_divide", "remainder"):
                return self.helper_call("fdiv" if op == "floor_divide" else "fmod", t, [a, b])
            raise KernelError(f"operator {op} on {t}")
        if t == "bool":
            ops = {"bitwise_and": "&", "bitwise_or": "|", "bitwise_xor": "^"}
            if op in ops:
                return f"({a} {ops[op]} {b})"
            raise KernelError(f"operator {op} on bool")
        ops = {"bitwise_and": "&", "bitwise_or": "|", "bitwise_xor": "^"}
        if op in ops:
            return f"(({ctype(t)})({a} {ops[op]} {b}))"
        if op in ("add_nsw", "multiply_nsw"):  # index arithmetic that cannot wrap
            return f"({a} {'+' if op == 'add_nsw' else '*'} {b})"
        if op in ("div_pos", "mod_pos"):
            return f"(({ctype(t)})({a} {'/' if op == 'div_pos' else '%'} {b}))"
        if op in ("add", "subtract", "multiply"):
            c = {"add": "+", "subtract": "-", "multiply": "*"}[op]
            if t in UNSIGNED:  # wrap around instead of signed overflow
                u = UNSIGNED[t]
                return f"(({ctype(t)})(({u}){a} {c} ({u}){b}))"
            return f"(({ctype(t)})({a} {c} {b}))"
        if op in ("floor_divide", "remainder", "power", "left_shift", "right_shift"):
            return self.helper_call(
                {
                    "floor_divide": "idiv",
                    "remainder": "imod",
                    "power": "ipow",
                    "left_shift": "shl",
                    "right_shift": "shr",
                }[op],
                t,
                [a, b],
            )
        raise KernelError(f"operator {op} on {t}")

    def math(self, x):
        T.strong(x.ty)
        args = [self.e(a) for a in x.args]
        n = x.fn
        if n in ("isnan", "isinf", "isfinite"):
            return f"({n}({args[0]}) != 0)"
        if n == "fabs":
            return f"fabs({args[0]})"
        name = _MATH.get(n, n)
        return f"{name}({', '.join(args)})"

    # -- helpers ------------------------------------------------------------------------

    def helper_call(self, kind, t, args):
        name = f"dp_{kind}_{T.strong(t)}"
        if name not in self.helpers:
            self.helpers[name] = self.helper_src(kind, T.strong(t), name)
        return f"{name}({', '.join(args)})"

    def helper_src(self, kind, t, name):
        c = ctype(t)
        u = UNSIGNED.get(t, c)
        bits = T.bits(t)
        if kind == "min":
            return f"static inline {c} {name}({c} a, {c} b) {{ return b < a ? b : a; }}"
        if kind == "max":
            return f"static inline {c} {name}({c} a, {c} b) {{ return b > a ? b : a; }}"
        if kind == "abs":
            return (
                f"static inline {c} {name}({c} a) {{ return a < 0 ? ({c})(({u})0 - ({u})a) : a; }}"
            )
        if kind == "idiv":
            if T.kind(t) == "u":
                return f"static inline {c} {name}({c} a, {c} b) {{ return b == 0 ? 0 : a / b; }}"
            return (
                f"static inline {c} {name}({c} a, {c} b) {{\n  if (b == 0) return 0;\n"
                f"  if (b == -1) return ({c})(({u})0 - ({u})a);\n"
                f"  {c} q = a / b;\n  if ((a % b != 0) && ((a < 0) != (b < 0))) q -= 1;\n  return q;\n}}"
            )
        if kind == "imod":
            if T.kind(t) == "u":
                return f"static inline {c} {name}({c} a, {c} b) {{ return b == 0 ? 0 : a % b; }}"
            return (
                f"static inline {c} {name}({c} a, {c} b) {{\n  if (b == 0 || b == -1) return 0;\n"
                f"  {c} r = a % b;\n  if (r != 0 && ((r < 0) != (b < 0))) r += b;\n  return r;\n}}"
            )
        if kind == "ipow":
            if T.kind(t) == "u":
                return (
                    f"static inline {c} {name}({c} a, {c} b) {{\n"
                    f"  {c} r = 1, x = a, e = b;\n  while (e) {{ if (e & 1) r *= x; x *= x; e >>= 1; }}\n  return r;\n}}"
                )
            return (
                f"static inline {c} {name}({c} a, {c} b) {{\n  if (b < 0) return a == 1 ? 1 : (a == -1 ? ((b & 1) ? -1 : 1) : 0);\n"
                f"  {u} r = 1, x = ({u})a; {u} e = ({u})b;\n  while (e) {{ if (e & 1) r *= x; x *= x; e >>= 1; }}\n  return ({c})r;\n}}"
            )
        if kind == "shl":
            return f"static inline {c} {name}({c} a, {c} b) {{ return ((ulong)b >= {bits}) ? 0 : ({c})(({u})a << b); }}"
        if kind == "shr":
            neg = "(a < 0 ? -1 : 0)" if T.kind(t) == "i" else "0"
            return f"static inline {c} {name}({c} a, {c} b) {{ return ((ulong)b >= {bits}) ? {neg} : ({c})(a >> b); }}"
        if kind == "fmod":
            return (
                f"static inline {c} {name}({c} a, {c} b) {{\n  if (b == 0) return fmod(a, b);\n  {c} m = fmod(a, b);\n"
                f"  if (m != 0) {{ if ((b < 0) != (m < 0)) m += b; }} else m = copysign(({c})0, b);\n  return m;\n}}"
            )
        if kind == "fdiv":
            return (
                f"static inline {c} {name}({c} a, {c} b) {{\n  if (b == 0) return a / b;\n  {c} m = fmod(a, b);\n"
                f"  {c} d = (a - m) / b;\n  if (m != 0 && ((b < 0) != (m < 0))) d -= 1;\n"
                f"  if (d != 0) {{ {c} f = floor(d); if (d - f > ({c})0.5) f += 1; return f; }}\n"
                f"  return copysign(({c})0, a / b);\n}}"
            )
        if kind == "cmul":
            return f"static inline {c} {name}({c} a, {c} b) {{ return ({c})(a.x*b.x - a.y*b.y, a.x*b.y + a.y*b.x); }}"
        if kind == "cdiv":
            r = ctype(T.real_of(t))
            return (
                f"static inline {c} {name}({c} a, {c} b) {{\n  {r} d = b.x*b.x + b.y*b.y;\n"
                f"  return ({c})((a.x*b.x + a.y*b.y) / d, (a.y*b.x - a.x*b.y) / d);\n}}"
            )
        if kind == "cpow":
            r = ctype(T.real_of(t))
            return (
                f"static inline {c} {name}({c} a, {c} b) {{\n  if (a.x == 0 && a.y == 0) return ({c})(b.x == 0 && b.y == 0 ? 1 : 0, 0);\n"
                f"  {r} lr = log(hypot(a.x, a.y)), th = atan2(a.y, a.x);\n"
                f"  {r} m = exp(b.x*lr - b.y*th), ph = b.y*lr + b.x*th;\n  return ({c})(m*cos(ph), m*sin(ph));\n}}"
            )
        raise KernelError(f"internal: helper {kind}")

    def atomic(self, x):
        a = x.array
        p, i = self.addr(a, x.index)
        t = T.strong(a.ty.dtype)
        sp = _SPACE[a.ty.space]
        ptr = f"&{p}[{i}]"
        op = x.op
        if op == "cas":
            ep, ei = self.addr(x.expected, x.expected_index)
            name = f"dp_atomic_cas_{t}_{a.ty.space}_{x.expected.ty.space}"
            if name not in self.helpers:
                self.helpers[name] = self.atomic_cas_src(name, t, sp, _SPACE[x.expected.ty.space])
            return f"{name}({ptr}, &{ep}[{ei}], {self.e(x.value)})"
        name = f"dp_atomic_{op}_{t}_{a.ty.space}"
        if name not in self.helpers:
            self.helpers[name] = self.atomic_src(name, op, t, sp)
        if op == "load":
            return f"{name}({ptr})"
        return f"{name}({ptr}, {self.e(x.value)})"

    def atomic_src(self, name, op, t, sp):
        c = ctype(t)
        is64 = T.bits(t) == 64
        ui = "ulong" if is64 else "uint"
        pre = "atom_" if is64 else "atomic_"
        vp = f"volatile {sp} {c}*"
        if T.is_int(t):
            if op == "load":
                return f"static inline {c} {name}({vp} p) {{ return {pre}add(p, ({c})0); }}"
            fn = {
                "add": "add",
                "sub": "sub",
                "min": "min",
                "max": "max",
                "and": "and",
                "or": "or",
                "xor": "xor",
                "exchange": "xchg",
                "store": "xchg",
            }[op]
            ret = "(void)" if op == "store" else "return "
            rt = "void" if op == "store" else c
            return f"static inline {rt} {name}({vp} p, {c} v) {{ {ret}{pre}{fn}(p, v); }}"
        asi = "as_ulong" if is64 else "as_uint"
        asf = f"as_{c}"
        uvp = f"volatile {sp} {ui}*"
        if op == "load":
            return (
                f"static inline {c} {name}({vp} p) {{ return {asf}({pre}add(({uvp})p, ({ui})0)); }}"
            )
        if op in ("exchange", "store"):
            rt = "void" if op == "store" else c
            ret = "(void)" if op == "store" else f"return {asf}"
            return f"static inline {rt} {name}({vp} p, {c} v) {{ {ret}({pre}xchg(({uvp})p, {asi}(v))); }}"
        new = {"add": "o + v", "sub": "o - v", "min": "(v < o ? v : o)", "max": "(v > o ? v : o)"}[
            op
        ]
        return (
            f"static inline {c} {name}({vp} p, {c} v) {{\n  {ui} oi = {asi}(*p), seen;\n"
            f"  for (;;) {{\n    {c} o = {asf}(oi);\n    {c} n = {new};\n"
            f"    seen = {pre}cmpxchg(({uvp})p, oi, {asi}(n));\n    if (seen == oi) return o;\n    oi = seen;\n  }}\n}}"
        )

    def atomic_cas_src(self, name, t, sp, esp):
        c = ctype(t)
        is64 = T.bits(t) == 64
        ui = "ulong" if is64 else "uint"
        pre = "atom_" if is64 else "atomic_"
        asi = "as_ulong" if is64 else "as_uint"
        asf = f"as_{c}" if T.is_float(t) else f"({c})"
        return (
            f"static inline bool {name}(volatile {sp} {c}* p, {esp} {c}* e, {c} d) {{\n"
            f"  {ui} want = {asi}(*e);\n  {ui} seen = {pre}cmpxchg((volatile {sp} {ui}*)p, want, {asi}(d));\n"
            f"  if (seen == want) return true;\n  *e = {asf}(seen);\n  return false;\n}}"
        )
