"""Inlining device functions that contain barriers into the kernel (host backend).

The host splits a work-group at barriers (regions.py), which needs every barrier in the
kernel body itself. A call of such a device function is hoisted out of its statement and
replaced by the function's body: parameters and locals renamed, array parameters replaced
by the caller's arrays (row-view prefixes prepended to the indices), the final `return`
assigning a temporary.
"""

from dataclasses import fields

from . import ir
from .errors import KernelError


def inline_barrier_calls(f):
    """A copy of kernel f whose body calls no device function with a barrier."""
    state = {"n": 0, "locals": dict(f.locals)}
    body = _stmts(f.body, state)
    out = ir.Function(**{fl.name: getattr(f, fl.name) for fl in fields(f)})
    out.body = body
    out.locals = state["locals"]
    out.callees = []

    def reach(fn):  # the functions the inlined code still calls
        for c in fn.callees:
            if c.uses_barrier:
                reach(c)
            elif c not in out.callees:
                out.callees.append(c)

    reach(f)
    return out


def _stmts(stmts, state):
    out = []
    for s in stmts:
        pre = []
        s2 = _map_stmt(s, lambda e, pre=pre, line=s.line: _hoist(e, pre, state, line), state)
        out.extend(pre)
        if s2 is not None:
            out.append(s2)
    return out


def _map_stmt(s, fe, state):
    """s with its expressions mapped by fe and nested statement lists inlined."""
    kw = {}
    for fl in fields(s):
        v = getattr(s, fl.name)
        if fl.name in ("body", "orelse"):
            kw[fl.name] = _stmts(v, state)
        elif fl.name in ("cond",) and isinstance(s, ir.While):
            _no_barrier_call(v, s.line, "a while condition")
            kw[fl.name] = v
        else:
            kw[fl.name] = _map_value(v, fe)
    s2 = type(s)(**kw)
    if isinstance(s2, ir.ExprStmt) and s2.value is None:
        return None
    return s2


def _map_value(v, fe):
    if isinstance(v, ir.Expr):
        return fe(v)
    if isinstance(v, list):
        return [_map_value(x, fe) for x in v]
    return v


def _no_barrier_call(e, line, where):
    for x in _exprs(e):
        if isinstance(x, ir.Call) and x.func.uses_barrier:
            raise KernelError(
                f"a device function with a barrier called in {where} (line {line}) on the host"
            )


def _exprs(e):
    yield e
    for fl in fields(e):
        v = getattr(e, fl.name)
        if isinstance(v, ir.Expr):
            yield from _exprs(v)
        elif isinstance(v, list):
            for x in v:
                if isinstance(x, ir.Expr):
                    yield from _exprs(x)


def _hoist(e, pre, state, line):
    """e with barrier calls replaced by temporaries; their inlined bodies go to pre."""
    if isinstance(e, (ir.Logical, ir.Select)):
        for x in _exprs(e):
            if isinstance(x, ir.Call) and x.func.uses_barrier:
                raise KernelError(
                    f"a device function with a barrier called inside and/or or a conditional expression "
                    f"(line {line}) is not supported on the host"
                )
        return e
    kw = {}
    for fl in fields(e):
        v = getattr(e, fl.name)
        if isinstance(v, ir.Expr):
            kw[fl.name] = _hoist(v, pre, state, line)
        elif isinstance(v, list):
            kw[fl.name] = [_hoist(x, pre, state, line) if isinstance(x, ir.Expr) else x for x in v]
        else:
            kw[fl.name] = v
    e = type(e)(**kw)
    if isinstance(e, ir.Call) and e.func.uses_barrier:
        return _inline(e, pre, state, line)
    return e


def _inline(call, pre, state, line):
    g = call.func
    state["n"] += 1
    p = f"_in{state['n']}_"
    arrays, scalars = {}, set()
    for (name, t), a in zip(g.params, call.args):
        if isinstance(a, ir.ArrayRef):
            arrays[name] = a
        elif isinstance(a, ir.Expr):
            scalars.add(name)
            state["locals"][p + name] = t
            pre.append(ir.Assign(line, p + name, a))
    for n, t in g.locals.items():
        state["locals"][p + n] = t
    result = None
    if g.ret is not None:
        result = p + "ret"
        state["locals"][result] = g.ret
    body = list(g.body)
    if any(_has_return(s) for s in body[:-1]) or (
        body and not isinstance(body[-1], ir.Return) and _has_return(body[-1])
    ):
        raise KernelError(
            f"device function {g.name} has a barrier and returns before its end; the host backend "
            f"inlines such functions and needs a single return at the end (line {line})"
        )
    renamed = _rename(body, p, arrays, result)
    pre.extend(_stmts(renamed, state))
    return ir.Var(g.ret, result) if result else None


def _has_return(s):
    if isinstance(s, ir.Return):
        return True
    return any(_has_return(x) for a in ("body", "orelse") for x in getattr(s, a, ()) or ())


def _rename(stmts, p, arrays, result):
    out = []
    for s in stmts:
        if isinstance(s, ir.Return):
            if s.value is not None and result is not None:
                out.append(ir.Assign(s.line, result, _rx(s.value, p, arrays)))
            continue
        kw = {}
        for fl in fields(s):
            v = getattr(s, fl.name)
            if fl.name in ("body", "orelse"):
                kw[fl.name] = _rename(v, p, arrays, result)
            elif fl.name in ("name", "var") and isinstance(v, str):
                kw[fl.name] = p + v
            elif isinstance(s, (ir.Store,)) and fl.name in ("array", "index"):
                continue
            else:
                kw[fl.name] = _rv(v, p, arrays)
        if isinstance(s, ir.Store):
            kw["array"], kw["index"] = _access(s.array, s.index, p, arrays)
        out.append(type(s)(**kw))
    return out


def _rv(v, p, arrays):
    if isinstance(v, ir.Expr):
        return _rx(v, p, arrays)
    if isinstance(v, list):
        return [_rv(x, p, arrays) for x in v]
    if isinstance(v, ir.ArrayRef):
        return _ref(v, p, arrays)
    return v


def _ref(r, p, arrays):
    """A view ArrayRef (passed to a call) in the caller's terms."""
    prefix = tuple(_rx(x, p, arrays) for x in r.prefix)
    if r.name in arrays:
        c = arrays[r.name]
        return ir.ArrayRef(c.name, c.ty, tuple(c.prefix) + prefix)
    return ir.ArrayRef(p + r.name, r.ty, prefix)


def _access(r, index, p, arrays):
    """(base ArrayRef, full index) of an element access in the caller's terms."""
    index = [_rx(x, p, arrays) for x in index]
    if r.name in arrays:
        c = arrays[r.name]
        return ir.ArrayRef(c.name, c.ty, ()), list(c.prefix) + index
    return ir.ArrayRef(p + r.name, r.ty, ()), index


def _rx(e, p, arrays):
    if isinstance(e, ir.Var):
        return ir.Var(e.ty, p + e.name)
    if isinstance(e, ir.Shape):
        if e.array.name in arrays:
            c = arrays[e.array.name]
            return ir.Shape(e.ty, ir.ArrayRef(c.name, c.ty, ()), e.dim + len(c.prefix))
        return ir.Shape(e.ty, ir.ArrayRef(p + e.array.name, e.array.ty, ()), e.dim)
    kw = {}
    for fl in fields(e):
        v = getattr(e, fl.name)
        if fl.name in ("array", "index") and isinstance(e, (ir.Load, ir.Atomic)):
            continue
        if fl.name in ("expected", "expected_index") and isinstance(e, ir.Atomic):
            continue
        if isinstance(e, ir.Call) and fl.name == "args":
            kw["args"] = [
                _ref(a, p, arrays)
                if isinstance(a, ir.ArrayRef)
                else (_rx(a, p, arrays) if isinstance(a, ir.Expr) else a)
                for a in v
            ]
            continue
        kw[fl.name] = _rv(v, p, arrays)
    if isinstance(e, (ir.Load, ir.Atomic)):
        kw["array"], kw["index"] = _access(e.array, e.index, p, arrays)
    if isinstance(e, ir.Atomic) and e.expected is not None:
        kw["expected"], kw["expected_index"] = _access(e.expected, e.expected_index, p, arrays)
    return type(e)(**kw)
