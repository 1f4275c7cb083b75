"""Splitting a kernel body at barriers for the host, as PoCL does.

The body becomes a tree of nodes: WiLoop(stmts) runs stmts for every work-item of the
group; UIf / UWhile are control flow around barriers, which SYCL requires to be uniform
across the group, so their condition is evaluated once (as work-item 0). Variables used in
more than one WiLoop or in a uniform condition are kept per work-item.
"""

from dataclasses import dataclass, field

from . import ir
from .errors import KernelError


@dataclass
class WiLoop:
    stmts: list
    index: int = 0


@dataclass
class UIf:
    cond: ir.Expr
    then: list
    orelse: list


@dataclass
class UWhile:
    cond: ir.Expr
    body: list
    tail: list = field(default_factory=list)  # run at the end of each iteration and on continue
    brk: str = None  # uniform flags set by break / continue inside the loop's regions
    cont: str = None


@dataclass
class UExit:
    """After a region of a loop around barriers: leave the loop or the iteration if a
    work-item's break / continue set the loop's flag (uniform, as barriers require)."""

    brk: str
    cont: str


@dataclass
class ExitRegion(ir.Stmt):
    """Ends the current work-item's part of a region (after setting a break/continue flag)."""


@dataclass
class UStmt:
    """A statement run once per work-group (the counter of a loop around barriers)."""

    stmt: object


@dataclass
class Plan:
    nodes: list
    per_wi: set = field(default_factory=set)  # variable and private-array names kept per work-item
    has_return: bool = False
    flags: set = field(default_factory=set)  # break/continue flags of loops around barriers


def _has_barrier(stmts):
    for s in stmts:
        if isinstance(s, ir.Barrier):
            return True
        for a in ("body", "orelse"):
            if _has_barrier(getattr(s, a, ()) or ()):
                return True
    return False


def _check_calls(stmts, where):
    for s in stmts:
        for e in _exprs_of(s):
            for c in _walk(e):
                if isinstance(c, ir.Call) and c.func.uses_barrier:
                    raise KernelError(
                        f"group_barrier inside device function {c.func.name} is not supported on the host "
                        f"backend yet (call it from the kernel body) (line {s.line})"
                    )
        for a in ("body", "orelse"):
            _check_calls(getattr(s, a, ()) or (), where)


def split(f):
    """The Plan of kernel f: one WiLoop when f has no barrier."""
    _check_calls(f.body, f.name)
    if not _has_barrier(f.body):
        return Plan([WiLoop(f.body)], set(), _has_return(f.body))
    flags = set()
    nodes = _split(f.body, None, flags)
    loops = []
    _collect_loops(nodes, loops)
    remat = _rematerialisable(f)
    for k, w in enumerate(loops):
        w.index = k
        _prepend_remat(w, remat)
    uses = {}
    for w in loops:
        for name in _names(w.stmts):
            uses.setdefault(name, set()).add(w.index)
    per_wi = {n for n, s in uses.items() if len(s) > 1}
    per_wi |= _cond_names(nodes)
    uniform = _uniform_counters(nodes)
    return Plan(nodes, per_wi - set(remat) - uniform - flags, _has_return(f.body), flags)


def _uniform_counters(nodes):
    out = set()
    for n in nodes:
        if isinstance(n, UStmt):
            out.add(n.stmt.name)
        elif isinstance(n, UIf):
            out |= _uniform_counters(n.then) | _uniform_counters(n.orelse)
        elif isinstance(n, UWhile):
            out |= _uniform_counters(n.body) | _uniform_counters(n.tail)
    return out


def _assign_counts(stmts, counts):
    for s in stmts:
        if isinstance(s, ir.Assign):
            counts[s.name] = counts.get(s.name, 0) + 1
        elif isinstance(s, ir.ForRange):
            counts[s.var] = counts.get(s.var, 0) + 2
        for a in ("body", "orelse"):
            _assign_counts(getattr(s, a, ()) or (), counts)
    return counts


def _rematerialisable(f):
    """Variables assigned once, at the top level, from ids, constants and parameters only
    (item.get_local_id(1) and arithmetic on it): recomputed in every work-item loop that
    uses them instead of being stored per work-item, so LLVM sees them as the loop index."""
    counts = _assign_counts(f.body, {})
    params = {n for n, t in f.params}
    out = {}

    def ok(e):
        if isinstance(e, (ir.Const, ir.IndexId)):
            return isinstance(e, ir.Const) or isinstance(e.dim, ir.Const)
        if isinstance(e, ir.Var):
            return e.name in out or (e.name in params)
        if isinstance(e, ir.Shape):
            return not e.array.prefix
        if isinstance(e, (ir.BinOp, ir.Compare)):
            return e.op not in ("power",) and ok(e.left) and ok(e.right)
        if isinstance(e, (ir.UnOp, ir.Cast)):
            return ok(e.operand if isinstance(e, ir.UnOp) else e.value)
        if isinstance(e, ir.Select):
            return ok(e.cond) and ok(e.then) and ok(e.orelse)
        return False

    for s in f.body:
        if isinstance(s, ir.Assign) and counts.get(s.name) == 1 and ok(s.value):
            out[s.name] = s
    return out


def _prepend_remat(w, remat):
    if not remat:
        return
    need = set()
    names = _names(w.stmts)
    for n in list(remat):
        if n in names:
            need.add(n)
    # dependencies among rematerialised variables, in their original order
    changed = True
    while changed:
        changed = False
        for n in list(need):
            for d in _expr_names(remat[n].value):
                if d in remat and d not in need:
                    need.add(d)
                    changed = True
    order = [s for n, s in remat.items() if n in need]
    w.stmts = order + [s for s in w.stmts if not (isinstance(s, ir.Assign) and s.name in remat)]


def _has_return(stmts):
    for s in stmts:
        if isinstance(s, ir.Return):
            return True
        for a in ("body", "orelse"):
            if _has_return(getattr(s, a, ()) or ()):
                return True
    return False


def _split(stmts, loop, flags):
    """Nodes of stmts; loop holds the flags of the innermost loop around barriers (or None)."""
    nodes, cur = [], []

    def flush():
        if cur:
            nodes.append(WiLoop(list(cur)))
            cur.clear()

    for s in stmts:
        if isinstance(s, ir.Barrier):
            flush()
            continue
        if not _has_barrier([s]):
            cur.extend(_rewrite_exits(s, loop) if loop else [s])
            continue
        flush()
        if isinstance(s, ir.If):
            nodes.append(UIf(s.cond, _split(s.body, loop, flags), _split(s.orelse, loop, flags)))
        elif isinstance(s, ir.While):
            nodes.extend(_uloop(s.cond, s.body, [], [], flags))
        elif isinstance(s, ir.ForRange):
            v = ir.Var("int64", s.var)
            if s.step_sign > 0:
                cond = ir.Compare("bool", "lt", v, s.stop)
            elif s.step_sign < 0:
                cond = ir.Compare("bool", "gt", v, s.stop)
            else:
                cond = ir.Select(
                    "bool",
                    ir.Compare("bool", "gt", s.step, ir.Const("int64", 0)),
                    ir.Compare("bool", "lt", v, s.stop),
                    ir.Compare("bool", "gt", v, s.stop),
                )
            inc = ir.Assign(s.line, s.var, ir.BinOp("int64", "add", v, s.step))
            init = [UStmt(ir.Assign(s.line, s.var, s.start))]
            nodes.extend(_uloop(cond, s.body, init, [UStmt(inc)], flags))
        else:
            raise KernelError(
                f"group_barrier inside this statement is not supported (line {s.line})"
            )
    flush()
    return nodes


def _uloop(cond, body, init, tail, flags):
    """A loop around barriers: init nodes, then the UWhile with its break/continue flags."""
    n = len(flags) // 2 + 1
    loop = {"brk": f"_brk{n}", "cont": f"_cont{n}", "used": False}
    flags |= {loop["brk"], loop["cont"]}
    inner = _split(body, loop, flags)
    w = UWhile(cond, inner, tail)
    if not loop["used"]:
        return [*init, w]
    # check the flags after every region of the body; clear them on entry / each iteration
    checked = []
    for node in inner:
        checked += [node, UExit(loop["brk"], loop["cont"])]
    false = ir.Const("bool", False)
    w.body = [UStmt(ir.Assign(0, loop["cont"], false)), *checked]
    w.brk, w.cont = loop["brk"], loop["cont"]
    return [*init, UStmt(ir.Assign(0, loop["brk"], false)), w]


def _rewrite_exits(s, loop):
    """s with break / continue of the loop around barriers turned into flag + ExitRegion."""
    if isinstance(s, (ir.Break, ir.Continue)):
        loop["used"] = True
        flag = loop["brk"] if isinstance(s, ir.Break) else loop["cont"]
        return [ir.Assign(s.line, flag, ir.Const("bool", True)), ExitRegion(s.line)]
    if isinstance(s, ir.If):
        body = [x for b in s.body for x in _rewrite_exits(b, loop)]
        orelse = [x for b in s.orelse for x in _rewrite_exits(b, loop)]
        return [ir.If(s.line, s.cond, body, orelse)]
    return [s]  # loops inside s own their break / continue


def _collect_loops(nodes, out):
    for n in nodes:
        if isinstance(n, WiLoop):
            out.append(n)
        elif isinstance(n, UIf):
            _collect_loops(n.then, out)
            _collect_loops(n.orelse, out)
        elif isinstance(n, UWhile):
            _collect_loops(n.body, out)
            _collect_loops(n.tail, out)


def _cond_names(nodes):
    out = set()
    for n in nodes:
        if isinstance(n, UIf):
            out |= _expr_names(n.cond) | _cond_names(n.then) | _cond_names(n.orelse)
        elif isinstance(n, UWhile):
            out |= _expr_names(n.cond) | _cond_names(n.body) | _cond_names(n.tail)
        elif isinstance(n, UStmt):
            out |= _expr_names(n.stmt.value)
    return out


def _exprs_of(s):
    out = []
    for a in ("value", "cond", "start", "stop", "step"):
        v = getattr(s, a, None)
        if isinstance(v, ir.Expr):
            out.append(v)
    if isinstance(s, ir.Store):
        out += list(s.index)
    if isinstance(s, ir.Print):
        out += [x for x in s.items[0] if isinstance(x, ir.Expr)]
    return out


def _walk(e):
    yield e
    for a in (
        "left",
        "right",
        "operand",
        "value",
        "cond",
        "then",
        "orelse",
        "dim",
        "size",
        "index",
    ):
        v = getattr(e, a, None)
        if isinstance(v, ir.Expr):
            yield from _walk(v)
    for a in ("args", "index", "expected_index"):
        vs = getattr(e, a, None)
        for v in vs if isinstance(vs, list) else ():
            if isinstance(v, ir.Expr):
                yield from _walk(v)
    for a in ("array", "expected"):
        r = getattr(e, a, None)
        if isinstance(r, ir.ArrayRef):
            yield _ArrayUse(r.name)
            for v in r.prefix:
                yield from _walk(v)
    if isinstance(e, ir.Call):
        for v in e.args:
            if isinstance(v, ir.ArrayRef):
                yield _ArrayUse(v.name)
                for p in v.prefix:
                    yield from _walk(p)


@dataclass
class _ArrayUse:
    name: str


def _expr_names(e):
    out = set()
    for x in _walk(e):
        if isinstance(x, (ir.Var, _ArrayUse)):
            out.add(x.name)
    return out


def _names(stmts):
    out = set()
    for s in stmts:
        if isinstance(s, (ir.Assign, ir.ForRange)):
            out.add(s.name if isinstance(s, ir.Assign) else s.var)
        if isinstance(s, ir.PrivateDecl):
            out.add(s.name)
        if isinstance(s, ir.Store):
            out.add(s.array.name)
            for p in s.array.prefix:
                out |= _expr_names(p)
        for e in _exprs_of(s):
            out |= _expr_names(e)
        for a in ("body", "orelse"):
            out |= _names(getattr(s, a, ()) or ())
    return out
