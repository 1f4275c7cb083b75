"""Typed IR -> LLVM IR (llvmlite) for the host backend.

The module exports `entry(i64* block, i64 lo, i64 hi)`. block holds the global range
(slots 0-2), the local range (3-5) and the packed arguments. A Range kernel runs the
work-items of outer indices [lo, hi) (dimension 0 for 1-D kernels, the flattened leading
dimensions otherwise); an NdRange kernel runs the work-groups of linear ids [lo, hi), each
as a sequence of work-item loops split at barriers (see regions.py). The innermost loop
walks the last dimension, so LLVM can vectorise it.
"""

import llvmlite.ir as L

from . import ir
from . import types as T
from .errors import KernelError
from .regions import ExitRegion, UExit, UIf, UStmt, UWhile, WiLoop, split

I1, I8, I16, I32, I64 = L.IntType(1), L.IntType(8), L.IntType(16), L.IntType(32), L.IntType(64)
F16, F32, F64 = L.HalfType(), L.FloatType(), L.DoubleType()
C64, C128 = L.LiteralStructType([F32, F32]), L.LiteralStructType([F64, F64])
VAL = {
    "bool": I1,
    "int8": I8,
    "int16": I16,
    "int32": I32,
    "int64": I64,
    "uint8": I8,
    "uint16": I16,
    "uint32": I32,
    "uint64": I64,
    "float16": F32,
    "float32": F32,
    "float64": F64,
    "complex64": C64,
    "complex128": C128,
}
MEM = dict(VAL, bool=I8, float16=F16)
CTX = L.ArrayType(I64, 18)
_CTX_FIELD = {
    "global_id": 0,
    "global_range": 3,
    "local_id": 6,
    "local_range": 9,
    "group_id": 12,
    "group_range": 15,
}
_INTRINSIC = {
    "sqrt",
    "exp",
    "log",
    "log10",
    "log2",
    "sin",
    "cos",
    "fabs",
    "floor",
    "ceil",
    "trunc",
    "exp2",
}
_LIBM = {
    "expm1",
    "log1p",
    "tan",
    "sinh",
    "cosh",
    "tanh",
    "asin",
    "acos",
    "atan",
    "asinh",
    "acosh",
    "atanh",
    "erf",
    "erfc",
    "gamma",
    "lgamma",
    "cbrt",
    "atan2",
    "fmod",
    "hypot",
}
_ICMP_S = {"lt": "<", "le": "<=", "gt": ">", "ge": ">=", "eq": "==", "ne": "!="}


def vty(t):
    return VAL[T.strong(t)]


def mty(t):
    return MEM[T.strong(t)]


def _signed(t):
    return T.kind(t) == "i"


class _Arr:
    """An array in scope: typed element pointer, element offset, shape and strides (i64 values)."""

    def __init__(self, ptr, off, shape, strides):
        self.ptr, self.off, self.shape, self.strides = ptr, off, shape, strides


class LLVMGen:
    def __init__(self, kernel_fn, itype, argtypes, symbol, local=None):
        self.kernel = kernel_fn
        self.local = local  # an NdRange kernel's work-group size, compiled in (or None)
        self.itype = itype
        self.argtypes = argtypes
        self.symbol = symbol
        self.module = L.Module(name=symbol)
        self.funcs = {}
        self.helpers = {}
        self.strings = {}

    # -- module ---------------------------------------------------------------------------

    def generate(self):
        order, seen = [], set()

        def visit(f):
            for c in f.callees:
                if id(c) not in seen:
                    seen.add(id(c))
                    visit(c)
                    order.append(c)

        if self.kernel.uses_barrier and any(c.uses_barrier for c in self.kernel.callees):
            from .inline import inline_barrier_calls

            self.kernel = inline_barrier_calls(self.kernel)
        visit(self.kernel)
        order = [f for f in order if not f.uses_barrier]
        for f in order:
            self.declare(f)
        for f in order:
            self.define(f)
        self.entry()
        return str(self.module)

    def fn_params(self, f):
        tys = [CTX.as_pointer()]  # every device function sees the work-item's ids
        for _, t in f.params:
            if isinstance(t, T.IndexType):
                tys.append(CTX.as_pointer())
            elif isinstance(t, T.ArrayType):
                tys += (
                    [mty(t.dtype).as_pointer(), I64]
                    + [I64] * t.ndim
                    + ([] if t.contig else [I64] * t.ndim)
                )
            else:
                tys.append(vty(t))
        return tys

    def declare(self, f):
        ret = vty(f.ret) if f.ret is not None else L.VoidType()
        fn = L.Function(
            self.module, L.FunctionType(ret, self.fn_params(f)), name=f"{self.symbol}_{f.name}"
        )
        fn.linkage = "internal"
        fn.attributes.add("alwaysinline")
        self.funcs[id(f)] = fn

    def define(self, f):
        fn = self.funcs[id(f)]
        self.start_function(fn, f)
        b = self.b
        args = list(fn.args)
        self.ctx = args.pop(0)
        for name, t in f.params:
            if isinstance(t, T.IndexType):
                args.pop(0)
            elif isinstance(t, T.ArrayType):
                ptr, off = args.pop(0), args.pop(0)
                shape = [args.pop(0) for _ in range(t.ndim)]
                strides = None if t.contig else [args.pop(0) for _ in range(t.ndim)]
                self.arrays[name] = self.make_arr(t, ptr, off, shape, strides)
            else:
                slot = self.entry_alloca(vty(t), name)
                b.store(args.pop(0), slot)
                self.slots[name] = slot
        self.declare_locals(f, set())
        self.exit_bb = None
        self.stmts(f.body)
        if not b.block.is_terminated:
            if f.ret is None:
                b.ret_void()
            else:
                b.ret(L.Constant(vty(f.ret), L.Undefined))
        self.finish_entry()

    def start_function(self, fn, f):
        self.fn = fn
        self.f = f
        self.entry_bb = fn.append_basic_block("entry")
        self.body_bb = fn.append_basic_block("body")
        self.b = L.IRBuilder(self.body_bb)
        self.arrays = {}
        self.slots = {}
        self.loops = []  # (continue block, break block)
        self.ctx = None
        self.per_wi = set()
        self.wi = None

    def entry_alloca(self, ty, name="", count=None):
        b = L.IRBuilder(self.entry_bb)
        return b.alloca(ty, size=count, name=name)

    def finish_entry(self):
        L.IRBuilder(self.entry_bb).branch(self.body_bb)

    def make_arr(self, t, ptr, off, shape, strides):
        if strides is None:
            strides = [None] * t.ndim
            acc = L.Constant(I64, 1)
            for d in reversed(range(t.ndim)):
                strides[d] = acc
                acc = self.b.mul(acc, shape[d]) if d > 0 else acc
        return _Arr(ptr, off, shape, strides)

    def declare_locals(self, f, per_wi, lsize=None):
        for name, t in f.locals.items():
            if not T.is_scalar(t) or name in self.slots:
                continue
            if name in per_wi:
                self.slots[name] = ("wi", self.entry_alloca(vty(t), name, lsize))
            else:
                self.slots[name] = self.entry_alloca(vty(t), name)
        self.private_decls = {}
        self._private(f.body, per_wi, lsize)

    def _private(self, stmts, per_wi, lsize):
        for s in stmts:
            if isinstance(s, ir.PrivateDecl):
                n = 1
                for x in s.ty.shape:
                    n *= x
                ty = mty(s.ty.dtype)
                if s.name in per_wi:
                    cnt = self.b_entry_mul(lsize, n)
                    self.private_decls[s.name] = ("wi", self.entry_alloca(ty, s.name, cnt), n, s.ty)
                else:
                    self.private_decls[s.name] = (
                        "one",
                        self.entry_alloca(ty, s.name, L.Constant(I64, n)),
                        n,
                        s.ty,
                    )
            for a in ("body", "orelse"):
                self._private(getattr(s, a, ()) or (), per_wi, lsize)

    def b_entry_mul(self, lsize, n):
        return L.IRBuilder(self.entry_bb).mul(lsize, L.Constant(I64, n))

    def slot(self, name):
        s = self.slots[name]
        if isinstance(s, tuple):
            return self.b.gep(s[1], [self.wi])
        return s

    def private_arr(self, name):
        kind, base, n, t = self.private_decls[name]
        ptr = base if kind == "one" else self.b.gep(base, [self.b.mul(self.wi, L.Constant(I64, n))])
        shape = [L.Constant(I64, s) for s in t.shape]
        return self.make_arr(t, ptr, L.Constant(I64, 0), shape, None)

    # -- the entry ------------------------------------------------------------------------

    def entry(self):
        f = self.kernel
        fnty = L.FunctionType(L.VoidType(), [I64.as_pointer(), I64, I64])
        fn = L.Function(self.module, fnty, name=f"{self.symbol}_entry")
        blk, lo, hi = fn.args
        self.start_function(fn, f)
        b = self.b
        slot_i = [6]

        def slot_val():
            v = b.load(b.gep(blk, [L.Constant(I64, slot_i[0])]))
            slot_i[0] += 1
            return v

        nd = self.itype.ndim if hasattr(self.itype, "ndim") else self.itype.itype.ndim
        is_nd = (getattr(self.itype, "what", None) or self.itype.itype.what) == "nditem"
        grange = [b.load(b.gep(blk, [L.Constant(I64, d)])) for d in range(nd)]
        lrange = [b.load(b.gep(blk, [L.Constant(I64, 3 + d)])) for d in range(nd)]
        if is_nd and self.local is not None:
            # Specialised on the work-group size: constant work-item loop bounds let LLVM
            # unroll and vectorise them without runtime checks (and the LICM/memcpy idioms
            # see fixed sizes). The launcher is keyed by it.
            lrange = [L.Constant(I64, int(x)) for x in self.local]
        if not is_nd and nd > 1:  # slots 3, 4: blocks per row and block length (see init_kernels)
            self.range_blocks = (lrange[0], lrange[1])
            lrange = [L.Constant(I64, 1)] * nd
        self.ctx = self.entry_alloca(CTX, "ctx")
        locals_mem = []
        params = f.params
        if params and isinstance(params[0][1], T.IndexType):
            params = params[1:]
        for (name, t), at in zip(params, self.argtypes):
            if isinstance(t, T.ArrayType) and t.space == "local":
                shape = [slot_val() for _ in range(t.ndim)]
                locals_mem.append((name, t, shape))
            elif isinstance(t, T.ArrayType):
                p = b.inttoptr(slot_val(), mty(t.dtype).as_pointer())
                off = slot_val()
                shape = [slot_val() for _ in range(t.ndim)]
                strides = None if t.contig else [slot_val() for _ in range(t.ndim)]
                self.arrays[name] = self.make_arr(t, p, off, shape, strides)
            else:
                raw = slot_val()
                v = self.unpack_scalar(raw, t, slot_val)
                s = self.entry_alloca(vty(t), name)
                b.store(v, s)
                self.slots[name] = s
        ngroups = [b.udiv(g, l) for g, l in zip(grange, lrange)] if is_nd else None
        for d in range(nd):
            self.set_ctx("global_range", d, grange[d])
            self.set_ctx("local_range", d, lrange[d] if is_nd else L.Constant(I64, 1))
            self.set_ctx("group_range", d, ngroups[d] if is_nd else grange[d])
        lsize = L.Constant(I64, 1)
        for l_ in lrange:
            lsize = b.mul(lsize, l_)
        if is_nd:
            plan = split(f)
        else:
            plan = split(f)
        self.plan = plan
        self.lsize = lsize
        # per-work-item storage is sized in the entry block from the local size
        eb = L.IRBuilder(self.entry_bb)
        lsz_e = L.Constant(I64, 1)
        for d in range(nd if is_nd else 0):
            lsz_e = eb.mul(lsz_e, eb.load(eb.gep(blk, [L.Constant(I64, 3 + d)])))
        self.declare_locals(f, plan.per_wi if is_nd else set(), lsz_e)
        for name in plan.flags:
            self.slots[name] = self.entry_alloca(I1, name)
        self.uloops = []
        self.done = None
        if is_nd and plan.has_return and len([1 for _ in self._loops(plan.nodes)]) > 1:
            self.done = self.entry_alloca(I8, "done", lsz_e)
        mallocs = []
        if locals_mem:
            malloc = self.libfn("malloc", L.FunctionType(I8.as_pointer(), [I64]))
            for name, t, shape in locals_mem:
                n = L.Constant(I64, t.ndim and 1)
                for s in shape:
                    n = b.mul(n, s)
                raw = b.call(
                    malloc,
                    [b.mul(b.add(n, L.Constant(I64, 1)), L.Constant(I64, max(1, t_size(t.dtype))))],
                )
                mallocs.append(raw)
                p = b.bitcast(raw, mty(t.dtype).as_pointer())
                self.arrays[name] = self.make_arr(t, p, L.Constant(I64, 0), shape, None)
        if not is_nd:
            self.range_loops(nd, grange, lo, hi)
        else:
            self.group_loop(nd, grange, lrange, ngroups, lo, hi)
        if mallocs:
            free = self.libfn("free", L.FunctionType(L.VoidType(), [I8.as_pointer()]))
            for m in mallocs:
                self.b.call(free, [m])
        self.b.ret_void()
        self.finish_entry()
        for fn_ in self.funcs.values():
            pass

    def _loops(self, nodes):
        for n in nodes:
            if isinstance(n, WiLoop):
                yield n
            elif isinstance(n, UIf):
                yield from self._loops(n.then)
                yield from self._loops(n.orelse)
            elif isinstance(n, UWhile):
                yield from self._loops(n.body)

    def unpack_scalar(self, raw, t, next_slot):
        b = self.b
        t = T.strong(t)
        if t == "bool":
            return b.icmp_unsigned("!=", raw, L.Constant(I64, 0))
        if T.is_int(t):
            return b.trunc(raw, vty(t)) if T.bits(t) < 64 else raw
        if t in ("float32", "float16"):
            return b.bitcast(b.trunc(raw, I32), F32)
        if t == "float64":
            return b.bitcast(raw, F64)
        part = F32 if t == "complex64" else F64

        def one(r):
            return b.bitcast(b.trunc(r, I32), F32) if part is F32 else b.bitcast(r, F64)

        re_ = one(raw)
        im = one(next_slot())
        v = L.Constant(vty(t), L.Undefined)
        v = b.insert_value(v, re_, 0)
        return b.insert_value(v, im, 1)

    def set_ctx(self, field, d, v):
        self.b.store(
            v, self.b.gep(self.ctx, [L.Constant(I32, 0), L.Constant(I32, _CTX_FIELD[field] + d)])
        )

    def counted_loop(self, lo, hi, body, name):
        """for (i = lo; i < hi; ++i) body(i); returns after the loop."""
        b = self.b
        pre = b.block
        head = self.fn.append_basic_block(f"{name}.head")
        bodyb = self.fn.append_basic_block(f"{name}.body")
        latch = self.fn.append_basic_block(f"{name}.latch")
        exit_ = self.fn.append_basic_block(f"{name}.exit")
        b.branch(head)
        b.position_at_end(head)
        i = b.phi(I64, name=name)
        i.add_incoming(lo, pre)
        b.cbranch(b.icmp_signed("<", i, hi), bodyb, exit_)
        b.position_at_end(bodyb)
        body(i, latch)
        if not b.block.is_terminated:
            b.branch(latch)
        b.position_at_end(latch)
        nxt = b.add(i, L.Constant(I64, 1))
        i.add_incoming(nxt, latch)
        b.branch(head)
        b.position_at_end(exit_)

    def range_loops(self, nd, grange, lo, hi):
        b = self.b
        if nd == 1:

            def body(i, latch):
                self.set_ctx("global_id", 0, i)
                self.wi_body(self.plan.nodes[0].stmts, latch)

            self.counted_loop(lo, hi, body, "wi")
            return

        # unit u = row * per_row + block; the block covers [block * len, (block + 1) * len)
        per_row, length = self.range_blocks

        def outer(u, _latch):
            rem = b.udiv(u, per_row)
            start = b.mul(b.urem(u, per_row), length)
            stop = b.add(start, length)
            stop = b.select(b.icmp_signed("<", stop, grange[nd - 1]), stop, grange[nd - 1])
            ids = [None] * nd
            for d in reversed(range(nd - 1)):
                ids[d] = b.urem(rem, grange[d])
                rem = b.udiv(rem, grange[d])
            for d in range(nd - 1):
                self.set_ctx("global_id", d, ids[d])

            def inner(j, latch):
                self.set_ctx("global_id", nd - 1, j)
                self.wi_body(self.plan.nodes[0].stmts, latch)

            self.counted_loop(start, stop, inner, "wi")

        self.counted_loop(lo, hi, outer, "outer")

    def group_loop(self, nd, grange, lrange, ngroups, lo, hi):
        b = self.b

        def group(g, _latch):
            rem = g
            gids = [None] * nd
            for d in reversed(range(nd)):
                gids[d] = b.urem(rem, ngroups[d])
                rem = b.udiv(rem, ngroups[d])
            for d in range(nd):
                self.set_ctx("group_id", d, gids[d])
            self.gids = gids
            self.lrange = lrange
            if self.done is not None:
                self.counted_loop(
                    L.Constant(I64, 0),
                    self.lsize,
                    lambda w, _l: self.b.store(L.Constant(I8, 0), self.b.gep(self.done, [w])),
                    "clr",
                )
            self.nodes(self.plan.nodes)

        self.counted_loop(lo, hi, group, "group")

    def nodes(self, nodes):
        for n in nodes:
            if isinstance(n, WiLoop):
                self.wi_region(n.stmts)
            elif isinstance(n, UIf):
                c = self.uniform(n.cond)
                b = self.b
                then = self.fn.append_basic_block("uif.then")
                els = self.fn.append_basic_block("uif.else")
                end = self.fn.append_basic_block("uif.end")
                b.cbranch(c, then, els)
                b.position_at_end(then)
                self.nodes(n.then)
                b.branch(end)
                b.position_at_end(els)
                self.nodes(n.orelse)
                b.branch(end)
                b.position_at_end(end)
            elif isinstance(n, UStmt):
                self.set_wi(L.Constant(I64, 0), [L.Constant(I64, 0)] * len(self.lrange))
                self.stmt(n.stmt)
            elif isinstance(n, UWhile):
                b = self.b
                head = self.fn.append_basic_block("uwhile.head")
                body = self.fn.append_basic_block("uwhile.body")
                tail = self.fn.append_basic_block("uwhile.tail")
                end = self.fn.append_basic_block("uwhile.end")
                b.branch(head)
                b.position_at_end(head)
                b.cbranch(self.uniform(n.cond), body, end)
                b.position_at_end(body)
                self.uloops.append((tail, end))
                self.nodes(n.body)
                self.uloops.pop()
                b.branch(tail)
                b.position_at_end(tail)
                self.nodes(n.tail)
                b.branch(head)
                b.position_at_end(end)
            elif isinstance(n, UExit):
                b = self.b
                tail, end = self.uloops[-1]
                stay = self.fn.append_basic_block("uexit.stay")
                go_on = self.fn.append_basic_block("uexit.next")
                b.cbranch(b.load(self.slots[n.brk]), end, stay)
                b.position_at_end(stay)
                b.cbranch(b.load(self.slots[n.cont]), tail, go_on)
                b.position_at_end(go_on)

    def uniform(self, cond):
        """cond evaluated as work-item 0 of the group."""
        self.set_wi(L.Constant(I64, 0), [L.Constant(I64, 0)] * len(self.lrange))
        return self.val(cond)

    def set_wi(self, wi, lids):
        self.wi = wi
        for d, l_ in enumerate(lids):
            self.set_ctx("local_id", d, l_)
            self.set_ctx("global_id", d, self.b.add(self.b.mul(self.gids[d], self.lrange[d]), l_))

    def wi_region(self, stmts):
        nd = len(self.lrange)
        b = self.b
        lids = [None] * nd

        def level(d, acc):
            def body(l_, latch):
                lids[d] = l_
                lin = b.add(b.mul(acc, self.lrange[d]), l_)
                if d + 1 < nd:
                    level(d + 1, lin)
                    return
                self.set_wi(lin, lids)
                if self.done is not None:
                    dn = b.load(b.gep(self.done, [lin]))
                    go = self.fn.append_basic_block("wi.live")
                    b.cbranch(b.icmp_unsigned("!=", dn, L.Constant(I8, 0)), latch, go)
                    b.position_at_end(go)
                self.wi_body(stmts, latch)

            self.counted_loop(L.Constant(I64, 0), self.lrange[d], body, f"wi{d}")

        level(0, L.Constant(I64, 0))

    def wi_body(self, stmts, latch):
        self.exit_bb = latch
        self.stmts(stmts)

    # -- statements -----------------------------------------------------------------------

    def stmts(self, stmts):
        for s in stmts:
            if self.b.block.is_terminated:
                self.b.position_at_end(self.fn.append_basic_block("dead"))
            self.stmt(s)

    def stmt(self, s):
        b = self.b
        if isinstance(s, ir.Assign):
            b.store(self.val(s.value), self.slot(s.name))
        elif isinstance(s, ir.Store):
            self.store(s.array, s.index, self.val(s.value))
        elif isinstance(s, ir.If):
            c = self.val(s.cond)
            then = self.fn.append_basic_block("if.then")
            els = self.fn.append_basic_block("if.else")
            end = self.fn.append_basic_block("if.end")
            b.cbranch(c, then, els)
            b.position_at_end(then)
            self.stmts(s.body)
            if not b.block.is_terminated:
                b.branch(end)
            b.position_at_end(els)
            self.stmts(s.orelse)
            if not b.block.is_terminated:
                b.branch(end)
            b.position_at_end(end)
        elif isinstance(s, ir.ForRange):
            b.store(self.val(s.start), self.slot(s.var))
            head = self.fn.append_basic_block("for.head")
            body = self.fn.append_basic_block("for.body")
            latch = self.fn.append_basic_block("for.latch")
            end = self.fn.append_basic_block("for.end")
            b.branch(head)
            b.position_at_end(head)
            i = b.load(self.slot(s.var))
            stop = self.val(s.stop)
            if s.step_sign > 0:
                c = b.icmp_signed("<", i, stop)
            elif s.step_sign < 0:
                c = b.icmp_signed(">", i, stop)
            else:
                c = b.select(
                    b.icmp_signed(">", self.val(s.step), L.Constant(I64, 0)),
                    b.icmp_signed("<", i, stop),
                    b.icmp_signed(">", i, stop),
                )
            b.cbranch(c, body, end)
            b.position_at_end(body)
            self.loops.append((latch, end))
            self.stmts(s.body)
            self.loops.pop()
            if not b.block.is_terminated:
                b.branch(latch)
            b.position_at_end(latch)
            b.store(b.add(b.load(self.slot(s.var)), self.val(s.step)), self.slot(s.var))
            b.branch(head)
            b.position_at_end(end)
        elif isinstance(s, ir.While):
            head = self.fn.append_basic_block("while.head")
            body = self.fn.append_basic_block("while.body")
            end = self.fn.append_basic_block("while.end")
            b.branch(head)
            b.position_at_end(head)
            b.cbranch(self.val(s.cond), body, end)
            b.position_at_end(body)
            self.loops.append((head, end))
            self.stmts(s.body)
            self.loops.pop()
            if not b.block.is_terminated:
                b.branch(head)
            b.position_at_end(end)
        elif isinstance(s, ir.Break):
            b.branch(self.loops[-1][1])
        elif isinstance(s, ir.Continue):
            b.branch(self.loops[-1][0])
        elif isinstance(s, ir.Return):
            if self.f.is_kernel:
                if getattr(self, "done", None) is not None and self.wi is not None:
                    b.store(L.Constant(I8, 1), b.gep(self.done, [self.wi]))
                b.branch(self.exit_bb)
            elif s.value is not None:
                b.ret(self.val(s.value))
            else:
                b.ret_void()
        elif isinstance(s, ir.ExprStmt):
            self.val(s.value)
        elif isinstance(s, ExitRegion):
            b.branch(self.exit_bb)
        elif isinstance(s, ir.Fence):
            b.fence("seq_cst")
        elif isinstance(s, ir.Barrier):
            raise KernelError(f"internal: barrier left in a work-item region (line {s.line})")
        elif isinstance(s, ir.PrivateDecl):
            self.arrays.pop(s.name, None)
            if s.fill_zeros:
                a = self.private_arr(s.name)
                n = 1
                for x in s.ty.shape:
                    n *= x
                ty = mty(s.ty.dtype)
                zero = L.Constant(ty, None)

                def z(i, _l):
                    self.b.store(zero, self.b.gep(a.ptr, [i]))

                self.counted_loop(L.Constant(I64, 0), L.Constant(I64, n), z, "zero")
        elif isinstance(s, ir.Print):
            self.print(s)
        else:
            raise KernelError(f"internal: statement {type(s).__name__}")

    def print(self, s):
        items, sep, end = s.items
        fmt, args = [], []
        b = self.b
        for it in items:
            if isinstance(it, str):
                fmt.append(it.replace("%", "%%"))
                continue
            t = T.strong(it.ty)
            v = self.val(it)
            if t == "bool":
                fmt.append("%s")
                args.append(b.select(v, self.cstring("True"), self.cstring("False")))
            elif T.kind(t) == "i":
                fmt.append("%lld")
                args.append(b.sext(v, I64) if T.bits(t) < 64 else v)
            elif T.kind(t) == "u":
                fmt.append("%llu")
                args.append(b.zext(v, I64) if T.bits(t) < 64 else v)
            else:
                fmt.append("%g")
                args.append(b.fpext(v, F64) if v.type != F64 else v)
        text = sep.replace("%", "%%").join(fmt) + end.replace("%", "%%")
        printf = self.libfn("printf", L.FunctionType(I32, [I8.as_pointer()], var_arg=True))
        b.call(printf, [self.cstring(text)] + args)
        fflush = self.libfn("fflush", L.FunctionType(I32, [I8.as_pointer()]))
        b.call(fflush, [L.Constant(I8.as_pointer(), None)])

    def cstring(self, text):
        g = self.strings.get(text)
        if g is None:
            data = bytearray(text.encode()) + b"\0"
            ty = L.ArrayType(I8, len(data))
            g = L.GlobalVariable(self.module, ty, name=f"{self.symbol}_str{len(self.strings)}")
            g.global_constant = True
            g.linkage = "internal"
            g.initializer = L.Constant(ty, data)
            self.strings[text] = g
        return self.b.bitcast(g, I8.as_pointer())

    def libfn(self, name, fnty):
        try:
            return self.module.get_global(name)
        except KeyError:
            return L.Function(self.module, fnty, name=name)

    # -- arrays ---------------------------------------------------------------------------

    def arr(self, ref):
        if (
            ref.name in self.private_decls
            and ref.ty.space == "private"
            and ref.ty.shape is not None
        ):
            return self.private_arr(ref.name)
        return self.arrays[ref.name]

    def addr(self, ref, index):
        a = self.arr(ref)
        b = self.b
        lin = a.off
        for d, i in enumerate(index):
            lin = b.add(lin, b.mul(self.val(i), a.strides[d]))
        return b.gep(a.ptr, [lin])

    def load(self, ref, index):
        p = self.addr(ref, index)
        v = self.b.load(p)
        t = ref.ty.dtype
        if t == "bool":
            return self.b.icmp_unsigned("!=", v, L.Constant(I8, 0))
        if t == "float16":
            return self.b.fpext(v, F32)
        return v

    def store(self, ref, index, v):
        p = self.addr(ref, index)
        t = ref.ty.dtype
        if t == "bool":
            v = self.b.zext(v, I8)
        elif t == "float16":
            v = self.b.fptrunc(v, F16)
        self.b.store(v, p)

    def view_args(self, ref, param_t):
        a = self.arr(ref)
        b = self.b
        k = len(ref.prefix)
        off = a.off
        for d, i in enumerate(ref.prefix):
            off = b.add(off, b.mul(self.val(i), a.strides[d]))
        out = [a.ptr, off] + a.shape[k:]
        if not param_t.contig:
            out += a.strides[k:]
        return out

    # -- expressions ----------------------------------------------------------------------

    def val(self, x):
        b = self.b
        t = x.ty
        if isinstance(x, ir.Const):
            return self.const(t, x.value)
        if isinstance(x, ir.Var):
            return b.load(self.slot(x.name))
        if isinstance(x, ir.Load):
            return self.load(x.array, x.index)
        if isinstance(x, ir.Shape):
            return self.arr(x.array).shape[x.dim]
        if isinstance(x, ir.Cast):
            return self.cast(self.val(x.value), T.strong(x.value.ty), T.strong(t))
        if isinstance(x, ir.UnOp):
            v = self.val(x.operand)
            if x.op == "not":
                return b.not_(v)
            if x.op == "invert":
                return b.not_(v)
            if x.op == "neg":
                if T.is_int(t):
                    return b.neg(v)
                if T.is_complex(t):  # {re, im}: fneg takes no struct
                    v = b.insert_value(v, b.fneg(b.extract_value(v, 0)), 0)
                    return b.insert_value(v, b.fneg(b.extract_value(v, 1)), 1)
                return self.round16(b.fneg(v), t)
            if x.op == "abs":
                if T.is_float(t):
                    return self.intrinsic("fabs", [v])
                if T.kind(t) == "u":
                    return v
                return b.select(b.icmp_signed("<", v, L.Constant(v.type, 0)), b.neg(v), v)
        if isinstance(x, ir.BinOp):
            return self.binop(x)
        if isinstance(x, ir.Compare):
            return self.compare(x.op, self.val(x.left), self.val(x.right), T.strong(x.left.ty))
        if isinstance(x, ir.Logical):
            lv = self.val(x.left)
            start = b.block
            rhs = self.fn.append_basic_block("logic.rhs")
            end = self.fn.append_basic_block("logic.end")
            if x.op == "and":
                b.cbranch(lv, rhs, end)
            else:
                b.cbranch(lv, end, rhs)
            b.position_at_end(rhs)
            rv = self.val(x.right)
            rend = b.block
            b.branch(end)
            b.position_at_end(end)
            phi = b.phi(I1)
            phi.add_incoming(L.Constant(I1, 0 if x.op == "and" else 1), start)
            phi.add_incoming(rv, rend)
            return phi
        if isinstance(x, ir.Select):
            c = self.val(x.cond)
            if _pure(x.then) and _pure(x.orelse):
                return b.select(c, self.val(x.then), self.val(x.orelse))
            tb = self.fn.append_basic_block("sel.then")
            eb = self.fn.append_basic_block("sel.else")
            end = self.fn.append_basic_block("sel.end")
            b.cbranch(c, tb, eb)
            b.position_at_end(tb)
            tv = self.val(x.then)
            tend = b.block
            b.branch(end)
            b.position_at_end(eb)
            ev = self.val(x.orelse)
            eend = b.block
            b.branch(end)
            b.position_at_end(end)
            phi = b.phi(tv.type)
            phi.add_incoming(tv, tend)
            phi.add_incoming(ev, eend)
            return phi
        if isinstance(x, ir.Math):
            return self.math(x)
        if isinstance(x, ir.IndexId):
            base = _CTX_FIELD[x.fn]
            idx = (
                b.add(L.Constant(I64, base), self.val(x.dim))
                if not isinstance(x.dim, ir.Const)
                else L.Constant(I64, base + x.dim.value)
            )
            return b.load(b.gep(self.ctx, [L.Constant(I64, 0), idx]))
        if isinstance(x, ir.Bounds):
            return self.bounds(self.val(x.index), self.val(x.size), x.site)
        if isinstance(x, ir.Call):
            args = [self.ctx]
            for a, (_, pt) in zip(x.args, x.func.params):
                if isinstance(pt, T.IndexType):
                    args.append(self.ctx)
                elif isinstance(pt, T.ArrayType):
                    args += self.view_args(a, pt)
                else:
                    args.append(self.val(a))
            return b.call(self.funcs[id(x.func)], args)
        if isinstance(x, ir.Atomic):
            return self.atomic(x)
        if isinstance(x, ir.Complex):
            if x.op == "make":
                v = L.Constant(vty(t), L.Undefined)
                v = b.insert_value(v, self.val(x.args[0]), 0)
                return b.insert_value(v, self.val(x.args[1]), 1)
            v = self.val(x.args[0])
            if x.op == "real":
                return b.extract_value(v, 0)
            if x.op == "imag":
                return b.extract_value(v, 1)
            if x.op == "conj":
                return b.insert_value(v, b.fneg(b.extract_value(v, 1)), 1)
            if x.op == "abs":
                return self.libm(
                    "hypot", [b.extract_value(v, 0), b.extract_value(v, 1)], T.real_of(x.args[0].ty)
                )
        raise KernelError(f"internal: expression {type(x).__name__}")

    def bounds(self, i, n, site):
        """i if 0 <= i < n; else the first failure is recorded in _oob and the access uses 0."""
        b = self.b
        ok = b.icmp_unsigned("<", i, n)
        start = b.block
        bad = self.fn.append_basic_block("oob")
        end = self.fn.append_basic_block("oob.end")
        b.cbranch(ok, end, bad)
        b.position_at_end(bad)
        oob = self.arrays["_oob"]
        base = b.gep(oob.ptr, [oob.off])
        res = b.cmpxchg(base, L.Constant(I64, 0), L.Constant(I64, 1), "seq_cst", "seq_cst")
        first = self.fn.append_basic_block("oob.first")
        b.cbranch(b.extract_value(res, 1), first, end)
        b.position_at_end(first)
        vals = [L.Constant(I64, site), i, n] + [
            b.load(
                b.gep(self.ctx, [L.Constant(I32, 0), L.Constant(I32, _CTX_FIELD["global_id"] + d)])
            )
            for d in range(3)
        ]
        for k, v in enumerate(vals):
            b.store(v, b.gep(base, [L.Constant(I64, k + 1)]))
        b.branch(end)
        b.position_at_end(end)
        phi = b.phi(I64)
        phi.add_incoming(i, start)
        phi.add_incoming(L.Constant(I64, 0), bad)
        phi.add_incoming(L.Constant(I64, 0), first)
        return phi

    def const(self, t, v):
        t = T.strong(t)
        if t == "bool":
            return L.Constant(I1, int(bool(v)))
        if T.is_int(t):
            return L.Constant(vty(t), int(v) & ((1 << T.bits(t)) - 1))
        if T.is_float(t):
            return L.Constant(vty(t), float(v))
        c = complex(v)
        part = F32 if t == "complex64" else F64
        return L.Constant(vty(t), [L.Constant(part, c.real), L.Constant(part, c.imag)])

    def round16(self, v, t):
        if T.strong(t) == "float16":
            return self.b.fpext(self.b.fptrunc(v, F16), F32)
        return v

    def cast(self, v, s, t):
        b = self.b
        if s == t:
            return v
        if t == "bool":
            if s == "bool":
                return v
            if T.is_int(s):
                return b.icmp_unsigned("!=", v, L.Constant(v.type, 0))
            if T.is_float(s):
                return b.fcmp_unordered("!=", v, L.Constant(v.type, 0))
            re_, im = b.extract_value(v, 0), b.extract_value(v, 1)
            return b.or_(
                b.fcmp_unordered("!=", re_, L.Constant(re_.type, 0)),
                b.fcmp_unordered("!=", im, L.Constant(im.type, 0)),
            )
        if T.is_complex(t):
            part = T.real_of(t)
            if T.is_complex(s):
                re_ = self.cast(b.extract_value(v, 0), T.real_of(s), part)
                im = self.cast(b.extract_value(v, 1), T.real_of(s), part)
            else:
                re_ = self.cast(v, s, part)
                im = L.Constant(vty(part), 0.0)
            out = L.Constant(vty(t), L.Undefined)
            return b.insert_value(b.insert_value(out, re_, 0), im, 1)
        if T.is_complex(s):
            return self.cast(b.extract_value(v, 0), T.real_of(s), t)
        dst = vty(t)
        if s == "bool":
            return b.zext(v, dst) if T.is_int(t) else b.uitofp(v, dst)
        if T.is_int(s) and T.is_int(t):
            sb, tb = T.bits(s), T.bits(t)
            if sb == tb:
                return v
            if sb > tb:
                return b.trunc(v, dst)
            return b.sext(v, dst) if _signed(s) else b.zext(v, dst)
        if T.is_int(s):
            r = b.sitofp(v, dst) if _signed(s) else b.uitofp(v, dst)
            return self.round16(r, t)
        if T.is_int(t):
            src = "f32" if v.type == F32 else "f64"
            name = f"llvm.{'fptosi' if _signed(t) else 'fptoui'}.sat.i{T.bits(t)}.{src}"
            fn = self.libfn(name, L.FunctionType(dst, [v.type]))
            return b.call(fn, [v])
        # float -> float (float16 is computed in float32)
        if v.type == dst:
            return self.round16(v, t)
        r = b.fpext(v, dst) if dst == F64 else b.fptrunc(v, dst)
        return self.round16(r, t)

    def compare(self, op, a, c, t):
        b = self.b
        if t == "bool" or T.is_int(t):
            if t != "bool" and _signed(t):
                return b.icmp_signed(_ICMP_S[op], a, c)
            return b.icmp_unsigned(_ICMP_S[op], a, c)
        if T.is_complex(t):
            re_ = self.compare(op, b.extract_value(a, 0), b.extract_value(c, 0), T.real_of(t))
            im = self.compare(op, b.extract_value(a, 1), b.extract_value(c, 1), T.real_of(t))
            return b.and_(re_, im) if op == "eq" else b.or_(re_, im)
        if op == "ne":
            return b.fcmp_unordered("!=", a, c)
        return b.fcmp_ordered(_ICMP_S[op], a, c)

    def binop(self, x):
        b = self.b
        t = T.strong(x.ty)
        a, c = self.val(x.left), self.val(x.right)
        op = x.op
        if op in ("min", "max"):
            lt = self.compare("lt" if op == "min" else "gt", c, a, T.strong(x.left.ty))
            return b.select(lt, c, a)
        if T.is_complex(t):
            ar, ai, cr, ci = (
                b.extract_value(a, 0),
                b.extract_value(a, 1),
                b.extract_value(c, 0),
                b.extract_value(c, 1),
            )
            if op in ("add", "subtract"):
                f = b.fadd if op == "add" else b.fsub
                rr, ri = f(ar, cr), f(ai, ci)
            elif op == "multiply":
                rr = b.fsub(b.fmul(ar, cr), b.fmul(ai, ci))
                ri = b.fadd(b.fmul(ar, ci), b.fmul(ai, cr))
            elif op == "true_divide":
                d = b.fadd(b.fmul(cr, cr), b.fmul(ci, ci))
                rr = b.fdiv(b.fadd(b.fmul(ar, cr), b.fmul(ai, ci)), d)
                ri = b.fdiv(b.fsub(b.fmul(ai, cr), b.fmul(ar, ci)), d)
            else:
                raise KernelError(f"operator {op} on complex values")
            out = L.Constant(vty(t), L.Undefined)
            return b.insert_value(b.insert_value(out, rr, 0), ri, 1)
        if T.is_float(t):
            simple = {"add": b.fadd, "subtract": b.fsub, "multiply": b.fmul, "true_divide": b.fdiv}
            if op in simple:
                return self.round16(simple[op](a, c), t)
            if op == "power":
                return self.round16(self.intrinsic("pow", [a, c]), t)
            if op in ("floor_divide", "remainder"):
                return self.round16(b.call(self.float_divmod(t, op), [a, c]), t)
            raise KernelError(f"operator {op} on {t}")
        if t == "bool":
            f = {"bitwise_and": b.and_, "bitwise_or": b.or_, "bitwise_xor": b.xor}.get(op)
            if f is None:
                raise KernelError(f"operator {op} on bool")
            return f(a, c)
        simple = {
            "add": b.add,
            "subtract": b.sub,
            "multiply": b.mul,
            "bitwise_and": b.and_,
            "bitwise_or": b.or_,
            "bitwise_xor": b.xor,
        }
        if op in simple:
            return simple[op](a, c)
        if op in ("add_nsw", "multiply_nsw"):  # index arithmetic that cannot wrap
            return (b.add if op == "add_nsw" else b.mul)(a, c, flags=["nsw"])
        if op in ("div_pos", "mod_pos"):
            if _signed(t):
                return b.sdiv(a, c) if op == "div_pos" else b.srem(a, c)
            return b.udiv(a, c) if op == "div_pos" else b.urem(a, c)
        if op in ("floor_divide", "remainder", "power"):
            return b.call(self.int_helper(t, op), [a, c])
        if op in ("left_shift", "right_shift"):
            bits = L.Constant(a.type, T.bits(t))
            big = b.icmp_unsigned(">=", c, bits)
            safe = b.select(big, L.Constant(a.type, 0), c)
            if op == "left_shift":
                return b.select(big, L.Constant(a.type, 0), b.shl(a, safe))
            if _signed(t):
                fill = b.select(
                    b.icmp_signed("<", a, L.Constant(a.type, 0)),
                    L.Constant(a.type, -1),
                    L.Constant(a.type, 0),
                )
                return b.select(big, fill, b.ashr(a, safe))
            return b.select(big, L.Constant(a.type, 0), b.lshr(a, safe))
        raise KernelError(f"operator {op} on {t}")

    def helper_fn(self, name, ret, params):
        if name in self.helpers:
            return self.helpers[name], None
        fn = L.Function(self.module, L.FunctionType(ret, params), name=f"{self.symbol}_{name}")
        fn.linkage = "internal"
        fn.attributes.add("alwaysinline")
        self.helpers[name] = fn
        return fn, L.IRBuilder(fn.append_basic_block())

    def int_helper(self, t, op):
        ty = vty(t)
        fn, hb = self.helper_fn(f"{op}_{t}", ty, [ty, ty])
        if hb is None:
            return fn
        a, c = fn.args
        zero, one = L.Constant(ty, 0), L.Constant(ty, 1)
        signed = _signed(t)
        if op == "power":
            # exponentiation by squaring; a negative exponent gives 0 (or +-1 for a base of +-1)
            loop = fn.append_basic_block("loop")
            done = fn.append_basic_block("done")
            neg = hb.icmp_signed("<", c, zero) if signed else L.Constant(I1, 0)
            if signed:
                m1 = L.Constant(ty, -1)
                odd_c = hb.icmp_unsigned("!=", hb.and_(c, one), zero)
                negres = hb.select(
                    hb.icmp_signed("==", a, one),
                    one,
                    hb.select(hb.icmp_signed("==", a, m1), hb.select(odd_c, m1, one), zero),
                )
            else:
                negres = zero
            start = hb.block
            hb.cbranch(neg, done, loop)
            hb.position_at_end(loop)
            r = hb.phi(ty)
            x = hb.phi(ty)
            e = hb.phi(ty)
            r.add_incoming(one, start)
            x.add_incoming(a, start)
            e.add_incoming(c, start)
            odd = hb.icmp_unsigned("!=", hb.and_(e, one), zero)
            r2 = hb.select(odd, hb.mul(r, x), r)
            x2 = hb.mul(x, x)
            e2 = hb.lshr(e, one)
            r.add_incoming(r2, loop)
            x.add_incoming(x2, loop)
            e.add_incoming(e2, loop)
            hb.cbranch(hb.icmp_unsigned("!=", e2, zero), loop, done)
            hb.position_at_end(done)
            res = hb.phi(ty)
            res.add_incoming(negres, start)
            res.add_incoming(r2, loop)
            hb.ret(res)
            return fn
        bad = hb.icmp_unsigned("==", c, zero)
        if signed:
            bad = hb.or_(bad, hb.icmp_signed("==", c, L.Constant(ty, -1)))
        safe_c = hb.select(bad, one, c)
        if op == "floor_divide":
            if not signed:
                hb.ret(hb.select(bad, zero, hb.udiv(a, safe_c)))
                return fn
            q = hb.sdiv(a, safe_c)
            r = hb.srem(a, safe_c)
            adj = hb.and_(
                hb.icmp_signed("!=", r, zero),
                hb.xor(hb.icmp_signed("<", r, zero), hb.icmp_signed("<", c, zero)),
            )
            q = hb.select(adj, hb.sub(q, one), q)
            negc = hb.icmp_signed("==", c, L.Constant(ty, -1))
            hb.ret(hb.select(negc, hb.neg(a), hb.select(bad, zero, q)))
            return fn
        if not signed:
            hb.ret(hb.select(bad, zero, hb.urem(a, safe_c)))
            return fn
        r = hb.srem(a, safe_c)
        adj = hb.and_(
            hb.icmp_signed("!=", r, zero),
            hb.xor(hb.icmp_signed("<", r, zero), hb.icmp_signed("<", c, zero)),
        )
        hb.ret(hb.select(bad, zero, hb.select(adj, hb.add(r, c), r)))
        return fn

    def float_divmod(self, t, op):
        ty = vty(t)
        fn, hb = self.helper_fn(f"{op}_{t}", ty, [ty, ty])
        if hb is None:
            return fn
        a, c = fn.args
        zero = L.Constant(ty, 0.0)
        fmod = hb.frem(a, c)
        # C's `x != 0` (NumPy's npy_divmod) is true for NaN: unordered not-equal.
        if op == "remainder":
            adj = hb.and_(
                hb.fcmp_unordered("!=", fmod, zero),
                hb.xor(hb.fcmp_ordered("<", c, zero), hb.fcmp_ordered("<", fmod, zero)),
            )
            m = hb.select(adj, hb.fadd(fmod, c), fmod)
            csign = self.intrinsic("copysign", [zero, c], hb)
            m = hb.select(hb.fcmp_ordered("==", m, zero), csign, m)
            hb.ret(hb.select(hb.fcmp_ordered("==", c, zero), fmod, m))
            return fn
        d = hb.fdiv(hb.fsub(a, fmod), c)
        adj = hb.and_(
            hb.fcmp_unordered("!=", fmod, zero),
            hb.xor(hb.fcmp_ordered("<", c, zero), hb.fcmp_ordered("<", fmod, zero)),
        )
        d = hb.select(adj, hb.fsub(d, L.Constant(ty, 1.0)), d)
        fl = self.intrinsic("floor", [d], hb)
        fl = hb.select(
            hb.fcmp_ordered(">", hb.fsub(d, fl), L.Constant(ty, 0.5)),
            hb.fadd(fl, L.Constant(ty, 1.0)),
            fl,
        )
        q = hb.fdiv(a, c)
        z = self.intrinsic("copysign", [zero, q], hb)
        res = hb.select(hb.fcmp_unordered("!=", d, zero), fl, z)
        hb.ret(hb.select(hb.fcmp_ordered("==", c, zero), q, res))
        return fn

    def intrinsic(self, name, args, b=None):
        ty = args[0].type
        suffix = {F32: "f32", F64: "f64"}[ty]
        fn = self.libfn(f"llvm.{name}.{suffix}", L.FunctionType(ty, [ty] * len(args)))
        return (b or self.b).call(fn, args)

    def libm(self, name, args, t):
        cname = {"gamma": "tgamma"}.get(name, name)
        ty = vty(t)
        if ty == F32:
            cname += "f"
        fn = self.libfn(cname, L.FunctionType(ty, [ty] * len(args)))
        return self.b.call(fn, args)

    def math(self, x):
        b = self.b
        t = T.strong(x.ty)
        args = [self.val(a) for a in x.args]
        n = x.fn
        if n in ("isnan", "isinf", "isfinite"):
            v = args[0]
            if n == "isnan":
                return b.fcmp_unordered("uno", v, v)
            av = self.intrinsic("fabs", [v])
            inf = L.Constant(v.type, float("inf"))
            if n == "isinf":
                return b.fcmp_ordered("==", av, inf)
            return b.fcmp_ordered("<", av, inf)
        if n == "radians":
            import math

            return self.round16(b.fmul(args[0], L.Constant(args[0].type, math.pi / 180)), t)
        if n == "degrees":
            import math

            return self.round16(b.fmul(args[0], L.Constant(args[0].type, 180 / math.pi)), t)
        if n == "pow":
            return self.round16(self.intrinsic("pow", args), t)
        if n == "copysign":
            return self.round16(self.intrinsic("copysign", args), t)
        if n in _INTRINSIC:
            return self.round16(self.intrinsic(n, args), t)
        if n in _LIBM:
            return self.round16(self.libm(n, args, t), t)
        raise KernelError(f"math.{n} is not supported")

    def atomic(self, x):
        b = self.b
        t = T.strong(x.array.ty.dtype)
        p = self.addr(x.array, x.index)
        order = "seq_cst" if x.order >= 3 else "monotonic"
        op = x.op
        ity = L.IntType(T.bits(t))
        if op == "load":
            v = b.load_atomic(p, "seq_cst" if x.order else "monotonic", T.bits(t) // 8)
            return v
        val = self.val(x.value)
        if op == "store":
            b.store_atomic(val, p, "seq_cst" if x.order else "monotonic", T.bits(t) // 8)
            return val
        if op == "cas":
            ep = self.addr(x.expected, x.expected_index)
            exp = b.load(ep)
            ip = b.bitcast(p, ity.as_pointer())
            ie = b.bitcast(exp, ity) if T.is_float(t) else exp
            iv = b.bitcast(val, ity) if T.is_float(t) else val
            res = b.cmpxchg(ip, ie, iv, "seq_cst", "seq_cst")
            old = b.extract_value(res, 0)
            ok = b.extract_value(res, 1)
            oldv = b.bitcast(old, vty(t)) if T.is_float(t) else old
            b.store(b.select(ok, exp, oldv), ep)
            return ok
        if T.is_float(t):
            rmw = {"add": "fadd", "sub": "fsub", "min": "fmin", "max": "fmax", "exchange": "xchg"}[
                op
            ]
        else:
            s = _signed(t)
            rmw = {
                "add": "add",
                "sub": "sub",
                "min": "min" if s else "umin",
                "max": "max" if s else "umax",
                "and": "and",
                "or": "or",
                "xor": "xor",
                "exchange": "xchg",
            }[op]
        return b.atomic_rmw(rmw, p, val, order)


def _pure(e):
    """Whether evaluating e eagerly is safe (no loads, calls, atomics or divisions)."""
    if isinstance(e, (ir.Load, ir.Call, ir.Atomic, ir.Logical)):
        return False
    if isinstance(e, ir.BinOp) and e.op in ("floor_divide", "remainder", "power"):
        return False
    if isinstance(e, ir.Bounds):
        return False
    for a in ("left", "right", "operand", "value", "cond", "then", "orelse"):
        v = getattr(e, a, None)
        if isinstance(v, ir.Expr) and not _pure(v):
            return False
    for v in getattr(e, "args", None) or ():
        if isinstance(v, ir.Expr) and not _pure(v):
            return False
    return True


def t_size(dtype):
    import numpy as np

    return np.dtype(dtype).itemsize
