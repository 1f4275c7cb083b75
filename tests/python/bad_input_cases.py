"""The bad-input corpus: tables of hostile calls across the whole API, expanded into cases.

Each case is one statement run with these names bound (see `namespace`): dp, np, x (float32,
3x4), xi (int64, 3x4), v (float32, 5), other (float32 3x4 on another queue of the same device),
dev (the device's filter string), q (a queue), k (an OpenCL kernel `axpy`, None on the host).
A case passes when the statement raises one of its accepted exception types and, where it names
an op, the message names it too. Cases that crash a build without the fix run in a child process.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from dataclasses import dataclass

import numpy as np

import dparray as dp

# What a bad argument may raise. Never RuntimeError (std::bad_cast and friends), never a crash.
BAD = (TypeError, ValueError, IndexError, OverflowError, MemoryError, BufferError)


@dataclass(frozen=True)
class Case:
    id: str
    code: str
    op: str | tuple | None  # a name the message must contain (any of a tuple)
    raises: tuple = BAD
    crash: bool = False  # may kill the process without the fix: runs in a child process
    opencl: bool = False  # needs an OpenCL queue
    per_device: bool = True


SRC = """
__kernel void axpy(__global float* y, __global const float* x, float a) {
  size_t i = get_global_id(0);
  y[i] = a * x[i] + y[i];
}
__kernel void with_local(__global float* y, __local float* tmp) {
  tmp[get_local_id(0)] = 1.0f;
  barrier(CLK_LOCAL_MEM_FENCE);
  y[get_global_id(0)] = tmp[0];
}
"""


def namespace(dev):
    # x, xi, v live on the device's default queue, where `device=dev` creates arrays too.
    ns = {"dp": dp, "np": np, "dev": dev}
    ns["x"] = dp.reshape(dp.arange(12, dtype="float32", device=dev), (3, 4))
    ns["xi"] = dp.reshape(dp.arange(12, dtype="int64", device=dev), (3, 4))
    ns["v"] = dp.ones(5, dtype="float32", device=dev)
    ns["q"] = q = ns["x"].sycl_queue
    ns["other"] = dp.ones((3, 4), dtype="float32", sycl_queue=dp.Queue(dev))
    ns["k"] = ns["kl"] = None
    ns["SRC_OK"] = SRC
    if dev.startswith("opencl"):
        prog = dp.program.create_program_from_source(q, SRC)
        ns["k"], ns["kl"] = prog.get_kernel("axpy"), prog.get_kernel("with_local")
    return ns


# Messages name an op by its NumPy name or the internal op that raised (asin -> arcsin,
# std -> var, zeros -> empty); any of these counts as naming the op.
ALIASES = {
    "asin": ("arcsin",),
    "acos": ("arccos",),
    "atan": ("arctan",),
    "atan2": ("arctan2",),
    "bitwise_left_shift": ("left_shift",),
    "bitwise_right_shift": ("right_shift",),
    "std": ("var",),
    "stack": ("concat",),
    "inner": ("tensordot",),
    "zeros": ("empty",),
    "ones": ("empty",),
    "full": ("empty",),
    "random": ("empty",),
    "rand": ("empty",),
    "empty_like": ("empty",),
    "zeros_like": ("empty",),
    "setitem": ("getitem", "put", "take"),
    "mod": ("remainder",),
    "power": ("pow",),
    "true_divide": ("divide",),
    "getitem": ("take", "asarray"),
    "dot": ("matmul",),
    "create_program_from_source": ("program_create_from_source",),
}


def _escaped(s):
    return "".join(c if " " <= c != "\x7f" else f"\\x{ord(c):02x}" for c in s)


def run_case(case, ns):
    """None when the case behaves, else a description of what went wrong."""
    try:
        exec(case.code, dict(ns))  # noqa: S102 - the corpus's own statements
        # Errors found while a command runs (bad indices) surface at the next sync point.
        ns["q"].wait()
        ns["other"].sycl_queue.wait()
    except case.raises as e:
        if case.op is None:
            return None
        names = case.op if isinstance(case.op, tuple) else (case.op,)
        names = names + tuple(a for n in names for a in ALIASES.get(n, ()))
        msg = str(e).lower()
        if not any(n.lower() in msg for n in names):
            return f"{type(e).__name__} does not name {' or '.join(names)!r}: {e}"
        return None
    except Exception as e:  # noqa: BLE001 - the wrong exception type is the finding
        return (
            f"raised {type(e).__name__} (expected {'/'.join(t.__name__ for t in case.raises)}): {e}"
        )
    return "no exception"


# ---- tables -----------------------------------------------------------------------------------

# Integers that fit no C++ integer, and things that are not integers at all.
BAD_INTS = [
    "2**63",
    "2**64",
    "-2**63 - 1",
    "2**100",
    "-(2**100)",
    "float('nan')",
    "float('inf')",
    "1.5",
    "'3'",
    "object()",
    "1j",
]

# (template, op): every place an integer argument goes. {v} is the bad value.
INT_PARAMS = [
    ("dp.empty({v}, device=dev)", "empty"),
    ("dp.zeros({v}, device=dev)", "zeros"),
    ("dp.ones({v}, device=dev)", "ones"),
    ("dp.full({v}, 1, device=dev)", "full"),
    ("dp.empty(({v}, 2), device=dev)", "empty"),
    ("dp.zeros((2, {v}), device=dev)", "zeros"),
    ("dp.arange({v}, device=dev)", "arange"),
    ("dp.arange(0, 10, {v}, device=dev)", "arange"),
    ("dp.linspace(0, 1, {v}, device=dev)", "linspace"),
    ("dp.eye({v}, device=dev)", "eye"),
    ("dp.eye(2, {v}, device=dev)", "eye"),
    ("dp.reshape(x, {v})", "reshape"),
    ("dp.reshape(x, (3, {v}))", "reshape"),
    ("x.reshape({v})", "reshape"),
    ("dp.broadcast_to(x, ({v}, 4))", "broadcast_to"),
    ("dp.expand_dims(x, axis={v})", "expand_dims"),
    ("dp.squeeze(x, axis={v})", "squeeze"),
    ("dp.swapaxes(x, 0, {v})", "swapaxes"),
    ("dp.moveaxis(x, 0, {v})", "moveaxis"),
    ("dp.permute_dims(x, (0, {v}))", "permute_dims"),
    ("dp.flip(x, axis={v})", "flip"),
    ("dp.roll(x, 1, axis={v})", "roll"),
    ("dp.concat([x, x], axis={v})", "concat"),
    ("dp.stack([x, x], axis={v})", "stack"),
    ("dp.cumsum(x, axis={v})", "cumsum"),
    ("dp.take(x, dp.asarray([0], device=dev), axis={v})", "take"),
    ("dp.sum(x, axis={v})", "sum"),
    ("dp.prod(x, axis={v})", "prod"),
    ("dp.mean(x, axis={v})", "mean"),
    ("dp.var(x, axis={v})", "var"),
    ("dp.std(x, axis={v})", "std"),
    ("dp.max(x, axis={v})", "max"),
    ("dp.min(x, axis={v})", "min"),
    ("dp.argmax(x, axis={v})", "argmax"),
    ("dp.argmin(x, axis={v})", "argmin"),
    ("dp.any(x, axis={v})", "any"),
    ("dp.all(x, axis={v})", "all"),
    ("x.sum(axis={v})", "sum"),
    ("x.max(axis={v})", "max"),
    ("x[{v}]", "getitem"),
    ("x[0, {v}]", "getitem"),
    ("x[{v}] = 1", "setitem"),
    ("x[:, {v}] = 1", "setitem"),
    ("dp.random.rand({v}, device=dev)", "rand"),
    ("dp.random.random({v}, device=dev)", "random"),
    ("dp.random.randint(0, 10, size={v}, device=dev)", "randint"),
    ("dp.Device(dev).create_sub_devices(partition={v})", "create_sub_devices"),
    ("dp.Device(dev).create_sub_devices(partition=[1, {v}])", "create_sub_devices"),
]

# Shapes whose element count overflows int64, or that are negative, or have too many dimensions.
BAD_SHAPES = [
    "(274177, 67280421310721)",
    "(2**33, 2**31)",
    "(2**31, 2**31, 2**31)",
    "(2**62, 4)",
    "(2**63 - 1, 2)",
    "(2, -3)",
    "(1,) * 65",
    "(0,) * 65",
    "(2**63,)",
    "(-2**63,)",
    "(3, 2**61, 2**3)",
]
SHAPE_CREATORS = [
    ("dp.empty({s}, device=dev)", "empty"),
    ("dp.zeros({s}, device=dev)", "zeros"),
    ("dp.ones({s}, device=dev)", "ones"),
    ("dp.full({s}, 1.5, device=dev)", "full"),
    ("dp.full({s}, 7, dtype='int8', device=dev)", "full"),
    ("dp.random.random({s}, device=dev)", "random"),
    ("dp.reshape(dp.ones(1, device=dev), {s})", "reshape"),
    ("dp.broadcast_to(dp.ones(1, device=dev), {s})", "broadcast_to"),
    ("dp.empty_like(x, shape={s})", "empty_like"),
]

REDUCTIONS = ["sum", "prod", "mean", "var", "std", "max", "min", "argmax", "argmin", "any", "all"]
BAD_AXES = ["2", "-3", "(0, 0)", "(0, 2)", "(1, -1)", "(0, 1.5)"]

BAD_DTYPES = [
    "'float128'",
    "'int128'",
    "'foo'",
    "''",
    "5",
    "object",
    "'U4'",
    "'O'",
    "'datetime64'",
    "'bfloat16'",
    "np.dtype('V8')",
    "[('a', 'f4')]",
    "'f4,f4'",
    "str",
    "'complex256'",
    "'int64 '",
]
DTYPE_PARAMS = [
    ("dp.empty(3, dtype={d}, device=dev)", "empty"),
    ("dp.zeros(3, dtype={d}, device=dev)", "zeros"),
    ("dp.ones(3, dtype={d}, device=dev)", "ones"),
    ("dp.full(3, 1, dtype={d}, device=dev)", "full"),
    ("dp.arange(3, dtype={d}, device=dev)", "arange"),
    ("dp.linspace(0, 1, 3, dtype={d}, device=dev)", "linspace"),
    ("dp.eye(3, dtype={d}, device=dev)", "eye"),
    ("dp.asarray([1, 2], dtype={d}, device=dev)", "asarray"),
    ("x.astype({d})", "astype"),
    ("dp.astype(x, {d})", "astype"),
    ("dp.sum(x, dtype={d})", "sum"),
    ("dp.zeros_like(x, dtype={d})", "zeros_like"),
    ("dp.can_cast({d}, 'int8')", ("can_cast", "dtype")),
    ("dp.result_type(x, {d})", ("result_type", "dtype")),
]

BINARY = [
    "add",
    "subtract",
    "multiply",
    "divide",
    "floor_divide",
    "remainder",
    "pow",
    "maximum",
    "minimum",
    "equal",
    "not_equal",
    "less",
    "less_equal",
    "greater",
    "greater_equal",
    "logical_and",
    "logical_or",
    "logical_xor",
    "bitwise_and",
    "bitwise_or",
    "bitwise_xor",
    "bitwise_left_shift",
    "bitwise_right_shift",
    "atan2",
]
INT_ONLY = {"bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_left_shift", "bitwise_right_shift"}
UNARY = [
    "abs",
    "negative",
    "positive",
    "sqrt",
    "square",
    "exp",
    "expm1",
    "log",
    "log1p",
    "log2",
    "log10",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "sinh",
    "cosh",
    "tanh",
    "floor",
    "ceil",
    "trunc",
    "round",
    "sign",
    "isnan",
    "isinf",
    "isfinite",
    "logical_not",
]

BAD_FILTERS = [
    "",
    ":",
    "::",
    ":::",
    "host:cpu:0:0",
    "opencl:gpu:99",
    "host:cpu:99",
    "cuda",
    "level_zero:gpu",
    "cpu:-1",
    "-1",
    "0x1",
    "1e3",
    "cpu:",
    ":cpu",
    "host,,cpu",
    "gpu,",
    ",",
    "host:gpu",
    "opencl:accelerator:7",
    "host:cpu:18446744073709551616",
    "host:cpu:99999999999999999999999",
    "*",
    "opencl:*",
    "!host",
    "host;opencl",
    "host:*",
    "hóst",
    "host\x00cpu",
    "host:cpu:0 ",
    " host",
    "HOST",
    "Host:CPU",
    "host:cpu: 0",
    "host:cpu:00",
    "host:cpu:+0",
    "host:cpu:0,",
    "cpu cpu",
    "gpu;cpu",
    "a" * 1000,
    "host:" + "cpu:" * 50,
    "\n",
    "host:cpu:0.0",
]
FILTER_USES = [
    ("dp.Device({s!r})", None),
    ("dp.select_device({s!r})", None),
    ("dp.Queue({s!r})", None),
    ("dp.zeros(2, device={s!r})", None),
    ("dp.asarray([1.0], device={s!r})", None),
]

# DPARRAY_DEVICE_SELECTOR values that must make device discovery raise ValueError quoting them.
# (Empty terms, letter case and blanks around ':' are left out: ONEAPI_DEVICE_SELECTOR's rules
# for them are not settled here.)
BAD_SELECTORS = [
    "",
    ";",
    "bogus",
    "host",
    "host:",
    ":cpu",
    "opencl:",
    "opencl:gpu,,cpu",
    "!",
    "!*",
    "*:*:*",
    "host:cpu:0:1",
    "opencl:gpu,",
    "opencl:,cpu",
    "opencl:-1",
    "opencl:1.5",
    "opencl:99999999999999999999",
    "opencl:cpu;!",
    "!opencl",
    "opencl:cpu;!host:",
    "foo:cpu",
    "opencl:foo",
    "opencl:cpu:0",
    "host:*,",
    "host:**",
    "host:cpu,1.5",
    "opencl:cpu,gpu,",
    "!host:cpu,",
    "host:0x0",
    "host:+0",
    "opencl:cpu!",
    "!!host:*",
    "host:-2",
    "opencl:" + "cpu," * 300,
    "bogus:*",
    "host:*;!",
    "opencl:gpu;!opencl",
    "::",
    "host::",
    "cuda:0:1",
    "opencl:1e2",
    "hip:*;bogus",
    "\t",
]

# DLPack producers that lie: (id, setup code defining `obj`, expected types).
DLPACK = [
    ("int", "obj = 5", BAD),
    ("str", "obj = 'capsule'", BAD),
    ("none", "obj = None", BAD),
    ("wrong_capsule_name", "obj = _capsule(b'not_dltensor')", BAD),
    ("used_capsule", "obj = _capsule(b'used_dltensor')", BAD),
    ("versioned_wrong", "obj = _capsule(b'dltensor_versioned_x')", BAD),
    (
        "dlpack_raises",
        "obj = _Producer(raises=RuntimeError('device busy'))",
        (RuntimeError, BufferError),
    ),
    ("dlpack_returns_int", "obj = _Producer(returns=5)", BAD),
    ("dlpack_returns_none", "obj = _Producer(returns=None)", BAD),
    ("dlpack_returns_str", "obj = _Producer(returns='x')", BAD),
    ("dlpack_wrong_capsule", "obj = _Producer(returns=_capsule(b'nope'))", BAD),
    (
        "device_raises",
        "obj = _Producer(device_raises=ValueError('[from_dlpack] no device'))",
        (ValueError, BufferError),
    ),
    ("device_junk_str", "obj = _Producer(device='cpu')", BAD),
    ("device_junk_short", "obj = _Producer(device=(1,))", BAD),
    ("device_junk_long", "obj = _Producer(device=(1, 0, 0))", BAD),
    ("device_unknown_type", "obj = _Producer(device=(99, 0))", BAD),
    ("device_cuda", "obj = _Producer(device=(2, 0))", BAD),
    ("device_huge_id", "obj = _Producer(device=(1, 2**64))", BAD),
    ("device_negative", "obj = _Producer(device=(-1, 0))", BAD),
    ("device_floats", "obj = _Producer(device=(1.5, 0))", BAD),
    ("device_none", "obj = _Producer(device=None)", BAD),
    ("object_dtype", "obj = np.array([object()], dtype=object)", BAD),
    ("structured", "obj = np.zeros(3, dtype=[('a', 'f4'), ('b', 'i4')])", BAD),
]
# PyTorch's bfloat16 producer, where PyTorch is installed (it is optional).
if importlib.util.find_spec("torch") is not None:
    DLPACK.append(
        ("bfloat16_torch", "import torch; obj = torch.ones(3, dtype=torch.bfloat16)", BAD)
    )
# Producers whose __dlpack__ itself raises (NumPy refuses object and structured dtypes).
PRODUCER_RAISES = {"dlpack_raises", "object_dtype", "structured"}
DLPACK_PRELUDE = """
import ctypes
def _capsule(name):
    ctypes.pythonapi.PyCapsule_New.restype = ctypes.py_object
    ctypes.pythonapi.PyCapsule_New.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p]
    _names.append(ctypes.create_string_buffer(name))
    return ctypes.pythonapi.PyCapsule_New(ctypes.addressof(_blob), _names[-1], None)
_blob = ctypes.create_string_buffer(256)
_names = []
class _Producer:
    def __init__(self, raises=None, returns=None, device=(1, 0), device_raises=None):
        self.raises, self.returns, self.device, self.device_raises = raises, returns, device, device_raises
    def __dlpack__(self, **kw):
        if self.raises is not None:
            raise self.raises
        return self.returns
    def __dlpack_device__(self):
        if self.device_raises is not None:
            raise self.device_raises
        return self.device
"""


# Values a parameter legitimately accepts (arange takes floats and any step).
VALID = {
    "dp.arange({v}, device=dev)": {"1.5"},
    "dp.arange(0, 10, {v}, device=dev)": {"1.5", "2**63", "float('inf')"},
}


def _table_cases():
    cases = []
    for tpl, op in INT_PARAMS:
        for val in BAD_INTS:
            if val in VALID.get(tpl, ()):
                continue
            cases.append(Case(f"int:{tpl}:{val}", tpl.format(v=val), op))
    for tpl, op in SHAPE_CREATORS:
        for s in BAD_SHAPES:
            cases.append(Case(f"shape:{tpl}:{s}", tpl.format(s=s), op))
    for fn in REDUCTIONS:
        for ax in BAD_AXES:
            if fn.startswith("arg") and ax.startswith("("):
                continue
            cases.append(Case(f"axis:{fn}:{ax}", f"dp.{fn}(x, axis={ax})", fn))
            cases.append(Case(f"axis:x.{fn}:{ax}", f"x.{fn}(axis={ax}, keepdims=True)", fn))
    for tpl, op in DTYPE_PARAMS:
        for d in BAD_DTYPES:
            if d == "5" and "result_type" in tpl:  # a Python int is a valid operand there
                continue
            cases.append(Case(f"dtype:{tpl}:{d}", tpl.format(d=d), op))
    for fn in BINARY:
        a = "xi" if fn in INT_ONLY else "x"
        cases += [
            Case(f"shapes:{fn}", f"dp.{fn}({a}, dp.ones(3, dtype={a}.dtype, device=dev))", fn),
            Case(
                f"shapes:{fn}:2d", f"dp.{fn}({a}, dp.ones((4, 3), dtype={a}.dtype, device=dev))", fn
            ),
            Case(
                f"queues:{fn}",
                f"dp.{fn}({a}, other.astype({a}.dtype))",
                fn,
                (dp.ExecutionPlacementError,),
            ),
            Case(
                f"numpy:{fn}", f"dp.{fn}({a}, np.ones((3, 4), dtype={a}.dtype))", fn, (TypeError,)
            ),
            Case(f"numpy-first:{fn}", f"dp.{fn}(np.ones((3, 4)), {a})", fn, (TypeError,)),
            Case(f"out-numpy:{fn}", f"dp.{fn}({a}, {a}, out=np.empty((3, 4)))", fn, (TypeError,)),
            Case(f"out-shape:{fn}", f"dp.{fn}({a}, {a}, out=dp.empty(5, device=dev))", fn),
            Case(
                f"out-queue:{fn}",
                f"dp.{fn}({a}, {a}, out=other)",
                fn,
                (dp.ExecutionPlacementError, TypeError),
            ),
            Case(f"junk:{fn}", f"dp.{fn}({a}, 'abc')", fn, (TypeError,)),
            Case(f"junk-obj:{fn}", f"dp.{fn}(object(), {a})", fn, (TypeError,)),
        ]
    for fn in UNARY:
        cases += [
            Case(f"numpy:{fn}", f"dp.{fn}(np.ones(3))", fn, (TypeError,)),
            Case(f"list:{fn}", f"dp.{fn}([1.0, 2.0])", fn, (TypeError,)),
            Case(f"out-shape:{fn}", f"dp.{fn}(x, out=dp.empty(5, device=dev))", fn),
            Case(
                f"out-queue:{fn}",
                f"dp.{fn}(x, out=other)",
                fn,
                (dp.ExecutionPlacementError, TypeError),
            ),
        ]
    for fn in REDUCTIONS + ["cumsum"]:
        cases += [
            Case(f"numpy:{fn}", f"dp.{fn}(np.ones(3))", fn, (TypeError,)),
            Case(f"junk:{fn}", f"dp.{fn}('abc')", fn, (TypeError,)),
        ]
    for fn, call in [
        ("matmul", "dp.matmul(x, {b})"),
        ("where", "dp.where(x > 1, x, {b})"),
        ("concat", "dp.concat([x, {b}])"),
        ("stack", "dp.stack([x, {b}])"),
        ("clip", "dp.clip(x, {b}, 5)"),
        ("vecdot", "dp.vecdot(x, {b})"),
        ("tensordot", "dp.tensordot(x, {b}.T, axes=1)"),
        ("dot", "dp.dot(x, {b}.T)"),
        ("inner", "dp.inner(x, {b})"),
        ("outer", "dp.outer(x, {b})"),
        ("take", "dp.take(x, {b}.astype('int64'))"),
    ]:
        cases += [Case(f"queues:{fn}", call.format(b="other"), fn, (dp.ExecutionPlacementError,))]
        if fn != "take":  # take's indices follow indexing, which accepts NumPy index arrays
            cases += [
                Case(
                    f"numpy:{fn}",
                    call.format(b="np.ones((3, 4), dtype='float32')"),
                    fn,
                    (TypeError,),
                )
            ]
        if fn not in ("outer", "take"):  # NumPy accepts any shape for these
            cases += [
                Case(
                    f"shapes:{fn}",
                    call.format(b="dp.ones((2, 7), dtype='float32', device=dev)"),
                    fn,
                ),
            ]
    for s in BAD_FILTERS:
        for tpl, _ in FILTER_USES:
            cases.append(
                Case(
                    f"filter:{tpl}:{s!r}",
                    tpl.format(s=s),
                    # Quoted with control characters escaped (\x00), so never cut short.
                    _escaped(s).lower() if s.strip() else None,
                    (ValueError, TypeError),
                    per_device=False,
                )
            )
    for name, setup, raises in DLPACK:
        code = DLPACK_PRELUDE + setup + "\ndp.from_dlpack(obj)"
        # The producer's own exception propagates unchanged (issue 6 item 7), in its words.
        op = None if name in PRODUCER_RAISES else "from_dlpack"
        cases.append(Case(f"dlpack:{name}", code, op, raises))
        if name.startswith("device"):
            cases.append(
                Case(
                    f"dlpack-to-device:{name}",
                    code.replace("(obj)", "(obj, device=dev)"),
                    "from_dlpack",
                    raises,
                )
            )
    return cases


# Calls from issue 6 and other hand-written cases; crash=True where a build without the fix
# dies (SIGSEGV, SIGABRT), so they run in a child process.
HAND = [
    # issue 6, item 1: shape products overflow int64
    Case(
        "issue1:zeros-read",
        "dp.zeros((274177, 67280421310721), device=dev)[1, 0]",
        "zeros",
        crash=True,
    ),
    Case(
        "issue1:zeros-write",
        "dp.zeros((2**33, 2**31), device=dev)[5, 5] = 1.0",
        "zeros",
        crash=True,
    ),
    Case("issue1:eye", "dp.eye(2**32, device=dev)", "eye", crash=True),
    Case(
        "issue1:broadcast-sum",
        "dp.broadcast_to(dp.ones(1, device=dev), (274177, 67280421310721)).sum()",
        "broadcast_to",
    ),
    Case(
        "issue1:reshape", "dp.reshape(dp.ones(1, device=dev), (274177, 67280421310721))", "reshape"
    ),
    Case(
        "issue1:slice-step",
        "x[::2**62]; x[::-2**62]; x[2**62::2**62]\nraise IndexError('[getitem] ok')",
        "getitem",
    ),
    # item 2: more than 32 batch dimensions, more than 64 dimensions
    Case(
        "issue2:matmul-40-batch",
        "r = dp.ones((1,) * 40 + (2, 3), device=dev) @ dp.ones((3, 2), device=dev)\n"
        "assert r.shape == (1,) * 40 + (2, 2) and float(r.sum()) == 12.0\n"
        "raise ValueError('[matmul] ok: 42 dimensions are valid, as in NumPy')",
        "matmul",
        crash=True,
    ),
    Case(
        "issue2:matmul-64-dims",
        "r = dp.ones((1,) * 62 + (2, 3), device=dev) @ dp.ones((1, 1, 1, 3, 2), device=dev)\n"
        "assert r.ndim == 64 and float(r.sum()) == 12.0\n"
        "dp.ones((1,) * 63 + (2, 3), device=dev)  # a 65-d operand cannot be made",
        ("matmul", "ones"),
        crash=True,
    ),
    Case("issue2:newaxis-100", "x[(None,) * 100]", "getitem"),
    Case("issue2:newaxis-63", "x[(None,) * 63]", "getitem"),
    Case(
        "issue2:expand-65", "dp.expand_dims(dp.ones((1,) * 64, device=dev), axis=0)", "expand_dims"
    ),
    Case("issue2:reshape-65", "dp.reshape(x, (1,) * 63 + (3, 4))", "reshape"),
    # item 4: local memory larger than the device has
    Case(
        "issue4:local-huge",
        "dp.program.submit(q, kl, [v, dp.program.LocalMemory(2**40)], [4], [4])",
        "local",
        crash=True,
        opencl=True,
    ),
    Case(
        "issue4:local-over-device",
        "dp.program.submit(q, kl, [v, dp.program.LocalMemory(q.sycl_device.local_mem_size + 4)], [4], [4])",
        "local",
        crash=True,
        opencl=True,
    ),
    # item 5: a Python float that does not fit an integer dtype (NumPy: OverflowError / ValueError)
    Case(
        "issue5:asarray-1e300-int32",
        "dp.asarray([1e300], dtype='int32', device=dev)",
        "asarray",
        (OverflowError,),
    ),
    Case(
        "issue5:asarray-inf-int64",
        "dp.asarray(float('inf'), dtype='int64', device=dev)",
        "asarray",
        (OverflowError, ValueError),
    ),
    Case(
        "issue5:asarray-nan-int8",
        "dp.asarray([float('nan')], dtype='int8', device=dev)",
        "asarray",
        (OverflowError, ValueError),
    ),
    # item 6: std::bad_cast for out-of-range ints and wrong types
    Case("issue6:empty", "dp.empty(2**63, device=dev)", "empty"),
    Case("issue6:reshape", "dp.reshape(x, (2**63,))", "reshape"),
    Case("issue6:sum-axis", "dp.sum(x, axis=2**70)", "sum"),
    Case(
        "issue6:sub-devices",
        "dp.Device(dev).create_sub_devices(partition=2**64)",
        "create_sub_devices",
    ),
    Case("issue6:queue-property", "dp.Queue(dev, property=['enable_profiling', 5])", "queue"),
    Case("issue6:queue-property-int", "dp.Queue(dev, property=5)", "queue"),
    Case("issue6:queue-property-obj", "dp.Queue(dev, property=[object()])", "queue"),
    Case("issue6:dlpack-device", "x.__dlpack__(dl_device='ab')", "__dlpack__"),
    Case("issue6:dlpack-device-tuple", "x.__dlpack__(dl_device=(1, 2**64))", "__dlpack__"),
    Case("issue6:dlpack-version", "x.__dlpack__(max_version=('a', 'b'))", "__dlpack__"),
    Case("issue6:dlpack-copy", "x.__dlpack__(copy='yes')", "__dlpack__"),
    Case(
        "issue6:submit-negative-range",
        "dp.program.submit(q, k, [v, v, np.float32(1)], [-1])",
        "submit",
        opencl=True,
    ),
    Case(
        "issue6:submit-huge-range",
        "dp.program.submit(q, k, [v, v, np.float32(1)], [2**64])",
        "submit",
        opencl=True,
    ),
    # item 7: the producer's exception must not be swallowed (see the dlpack:dlpack_raises case too)
    Case(
        "issue7:cause-kept",
        DLPACK_PRELUDE + "e0 = RuntimeError('device busy')\n"
        "try:\n    dp.from_dlpack(_Producer(raises=e0))\nexcept Exception as e:\n"
        "    assert e is e0 or e.__cause__ is e0, repr(e)\n    raise ValueError('[from_dlpack] ok')",
        "from_dlpack",
        (ValueError,),
    ),
    # item 8: an out-of-bounds index array with an empty result
    Case(
        "issue8:empty-result",
        "dp.ones((3, 4, 5), device=dev)[None, 0, [4], :0]",
        "getitem",
        (IndexError,),
    ),
    Case("issue8:empty-slice-first", "x[1:1, [7]]", "getitem", (IndexError,)),
    Case("issue8:empty-set", "x[1:1, [7]] = 1", "setitem", (IndexError,)),
    # issue 10: filter strings are exact, as dpctl's
    Case("issue10:upper", "dp.Device('HOST')", "host", (ValueError,), per_device=False),
    Case(
        "issue10:space", "dp.Device('host:cpu: 0')", "host:cpu: 0", (ValueError,), per_device=False
    ),
    Case(
        "issue10:leading-zero",
        "dp.Device('host:cpu:00')",
        "host:cpu:00",
        (ValueError,),
        per_device=False,
    ),
    # found by the program fuzzer (tests/python/fuzz_programs.py)
    Case(
        "fuzz:setitem-empty-list-leading-one",
        "y = dp.ones((1, 2, 5), device=dev)\n"
        "y[:, []] = dp.ones((), device=dev)\nraise IndexError('[setitem] ok')",
        "setitem",
        crash=True,
    ),
    Case(
        "fuzz:setitem-empty-advanced",
        "y = dp.ones((1, 1, 5, 2), dtype='int8', device=dev)\n"
        "y[:, 0:0, [0]] = dp.asarray(1, dtype='int8', device=dev)\nraise IndexError('[setitem] ok')",
        "setitem",
        crash=True,
    ),
    Case(
        "fuzz:arange-negative-unsigned",
        "dp.arange(-3, 2, dtype='uint8', device=dev)",
        "arange",
        (OverflowError,),
    ),
    Case(
        "fuzz:arange-negative-unsigned-stop",
        "dp.arange(0, -6, -1, dtype='uint32', device=dev)",
        "arange",
        (OverflowError,),
    ),
    # indexing junk
    Case("index:float", "x[1.5]", "getitem", (IndexError, TypeError)),
    Case("index:str", "x['a']", "getitem", (IndexError, TypeError)),
    Case("index:float-list", "x[[1.5]]", "getitem", (IndexError, TypeError)),
    Case("index:float-array", "x[np.array([1.5])]", "getitem", (IndexError, TypeError)),
    Case("index:two-ellipsis", "x[..., ...]", "getitem", (IndexError,)),
    Case("index:too-many", "x[0, 0, 0]", "getitem", (IndexError,)),
    Case("index:oob", "x[3]", "getitem", (IndexError,)),
    Case("index:oob-neg", "x[-4]", "getitem", (IndexError,)),
    Case("index:oob-array", "dp.asnumpy(x[[3]])", "getitem", (IndexError,)),
    Case("index:oob-array-neg", "dp.asnumpy(x[[-4]])", "getitem", (IndexError,)),
    Case(
        "index:oob-dparray",
        "dp.asnumpy(x[dp.asarray([0, 9], device=dev)])",
        "getitem",
        (IndexError,),
    ),
    Case("index:mask-shape", "x[dp.ones(5, dtype='bool', device=dev)]", "getitem", (IndexError,)),
    Case("index:mask-list-shape", "x[[True, False]]", "getitem", (IndexError,)),
    Case("index:mask-queue", "x[other > 0]", "getitem", (dp.ExecutionPlacementError, IndexError)),
    Case("index:step-zero", "x[::0]", None, (ValueError,)),
    Case("index:nested-junk", "x[(0, [object()])]", "getitem", (IndexError, TypeError)),
    Case("index:dict", "x[{}]", "getitem", (IndexError, TypeError)),
    Case("index:set-str", "x[0] = 'abc'", ("setitem", "asarray"), (TypeError, ValueError)),
    Case("index:set-obj", "x[0] = object()", ("setitem", "asarray"), (TypeError,)),
    Case("index:set-shape", "x[0] = dp.ones(7, device=dev)", "setitem", (ValueError,)),
    Case("index:set-queue", "x[0] = other[0]", "setitem", (dp.ExecutionPlacementError,)),
    Case(
        "index:set-numpy-shape",
        "x[0] = np.ones(7)",
        ("setitem", "asarray"),
        (ValueError, TypeError),
    ),
    Case("index:set-oob", "x[5] = 1", "setitem", (IndexError,)),
    Case(
        "index:set-oob-array", "x[[5]] = 1\nx.sycl_queue.wait()", ("setitem", "put"), (IndexError,)
    ),
    # arrays, methods, scalars
    Case("array:item-size", "x.item()", "item", (ValueError,)),
    Case("array:int-size", "int(x)", "int", (ValueError, TypeError)),
    Case("array:float-size", "float(x)", "float", (ValueError, TypeError)),
    Case("array:bool-size", "bool(x)", "bool", (ValueError,)),
    Case("array:index-float", "x[0, 0].__index__()", "index", (TypeError,)),
    Case("array:to-device-bad", "x.to_device('nope')", "nope", (ValueError,)),
    Case("array:to-device-int", "x.to_device(5)", "to_device", (TypeError,)),
    Case(
        "array:asarray-ragged",
        "dp.asarray([[1, 2], [3]], device=dev)",
        "asarray",
        (ValueError, TypeError),
    ),
    Case(
        "array:asarray-object",
        "dp.asarray([object()], device=dev)",
        "asarray",
        (TypeError, ValueError),
    ),
    Case(
        "array:asarray-deep",
        "dp.asarray(eval('[' * 70 + '1' + ']' * 70), device=dev)",
        "asarray",
        (ValueError,),
    ),
    Case("array:asarray-huge-int", "dp.asarray([2**64], device=dev)", "asarray", (OverflowError,)),
    Case(
        "array:asarray-usm",
        "dp.asarray([1], usm_type='nope', device=dev)",
        "usm_type",
        (ValueError,),
    ),
    Case(
        "array:zeros-usm",
        "dp.zeros(2, usm_type=5, device=dev)",
        "usm_type",
        (TypeError, ValueError),
    ),
    Case(
        "array:placement-conflict",
        "dp.zeros(2, device='host', sycl_queue=dp.Queue('opencl:cpu'))",
        "zeros",
        (ValueError, dp.ExecutionPlacementError),
    ),
    Case("array:nonzero-0d", "dp.nonzero(dp.asarray(1, device=dev))", "nonzero", (ValueError,)),
    Case("array:full-str", "dp.full(3, 'a', device=dev)", "full", (TypeError,)),
    Case(
        "array:full-int8-overflow",
        "dp.full(3, 300, dtype='int8', device=dev)",
        "full",
        (OverflowError,),
    ),
    Case(
        "array:arange-step0",
        "dp.arange(0, 10, 0, device=dev)",
        "arange",
        (ValueError, ZeroDivisionError),
    ),
    Case("array:arange-nan", "dp.arange(0, float('nan'), device=dev)", "arange", (ValueError,)),
    Case(
        "array:arange-inf",
        "dp.arange(0, float('inf'), device=dev)",
        "arange",
        (ValueError, OverflowError),
    ),
    Case("array:linspace-neg", "dp.linspace(0, 1, -1, device=dev)", "linspace", (ValueError,)),
    Case("array:eye-neg", "dp.eye(-1, device=dev)", "eye", (ValueError,)),
    Case("array:reshape-size", "dp.reshape(x, (5, 5))", "reshape", (ValueError,)),
    Case("array:reshape-two-minus1", "dp.reshape(x, (-1, -1))", "reshape", (ValueError,)),
    Case("array:reshape-minus2", "dp.reshape(x, (-2, 6))", "reshape", (ValueError,)),
    Case("array:broadcast-bad", "dp.broadcast_to(x, (4, 4))", "broadcast_to", (ValueError,)),
    Case("array:broadcast-fewer", "dp.broadcast_to(x, (4,))", "broadcast_to", (ValueError,)),
    Case("array:squeeze-not-one", "dp.squeeze(x, axis=0)", "squeeze", (ValueError,)),
    Case("array:permute-dup", "dp.permute_dims(x, (0, 0))", "permute_dims", (ValueError,)),
    Case("array:permute-short", "dp.permute_dims(x, (0,))", "permute_dims", (ValueError,)),
    Case("array:concat-empty", "dp.concat([])", "concat", (ValueError,)),
    Case("array:concat-dims", "dp.concat([x, v])", "concat", (ValueError,)),
    Case("array:stack-shapes", "dp.stack([x, v])", "stack", (ValueError,)),
    Case("array:matmul-0d", "dp.matmul(dp.asarray(1.0, device=dev), x)", "matmul", (ValueError,)),
    Case("array:matmul-inner", "x @ x", "matmul", (ValueError,)),
    Case("array:cumulative-sum-2d", "dp.cumulative_sum(x)", "cumulative_sum", (ValueError,)),
    # ddof / correction that is not a number: PyNumber_Float's NULL reached nb::steal (SIGSEGV)
    Case("array:var-ddof-str", "dp.var(x, ddof='a')", "var", (TypeError,), crash=True),
    Case("array:std-ddof-obj", "dp.std(x, ddof=object())", "std", (TypeError,), crash=True),
    Case("array:var-correction-list", "dp.var(x, correction=[1])", "var", (TypeError,), crash=True),
    Case("array:x.std-ddof-list", "x.std(ddof=[1])", "std", (TypeError,), crash=True),
    Case("array:iadd-cast", "xi += 1.5", "add", (TypeError,)),
    Case("array:ilshift-float", "x <<= 1", "left_shift", (TypeError,)),
    Case("array:bool-negative", "-dp.ones(2, dtype='bool', device=dev)", "negative", (TypeError,)),
    Case(
        "array:int8-plus-1000",
        "dp.ones(2, dtype='int8', device=dev) + 1000",
        "add",
        (OverflowError,),
    ),
    Case(
        "array:uint8-minus", "dp.ones(2, dtype='uint8', device=dev) + -1", "add", (OverflowError,)
    ),
    Case("array:invert-float", "~x", ("invert", "bitwise"), (TypeError,)),
    Case(
        "array:astype-copy-junk",
        "x.astype('float32', copy='maybe')",
        "astype",
        (TypeError, ValueError),
    ),
    # random
    Case("random:seed-neg", "dp.random.seed(-1)", "seed", (ValueError, OverflowError)),
    Case("random:seed-big", "dp.random.seed(2**64)", "seed", (ValueError, OverflowError)),
    Case("random:seed-float", "dp.random.seed(1.5)", "seed", (TypeError, ValueError)),
    Case("random:seed-str", "dp.random.seed('a')", "seed", (TypeError, ValueError)),
    Case("random:randint-empty", "dp.random.randint(5, 1, device=dev)", "randint", (ValueError,)),
    Case(
        "random:randint-huge",
        "dp.random.randint(0, 2**65, device=dev)",
        "randint",
        (ValueError, OverflowError),
    ),
    Case("random:rand-neg", "dp.random.rand(-1, device=dev)", "rand", (ValueError,)),
    Case("random:normal-size", "dp.random.normal(size=(2**63,), device=dev)", "normal"),
    Case(
        "random:uniform-dtype",
        "dp.random.uniform(size=3, dtype='int32', device=dev)",
        "uniform",
        (TypeError, ValueError),
    ),
    Case(
        "random:state-seed",
        "dp.random.RandomState(-5)",
        ("seed", "randomstate"),
        (ValueError, OverflowError),
    ),
    # devices and queues
    Case("device:int", "dp.Device(5)", "device", (TypeError, ValueError), per_device=False),
    Case("device:none-list", "dp.Device([None])", "device", (TypeError,), per_device=False),
    Case(
        "device:get-backend",
        "dp.get_devices(backend='foo')",
        "foo",
        (ValueError,),
        per_device=False,
    ),
    Case(
        "device:get-type",
        "dp.get_devices(device_type='bar')",
        "bar",
        (ValueError,),
        per_device=False,
    ),
    Case(
        "device:get-int",
        "dp.get_devices(backend=5)",
        "get_devices",
        (TypeError, ValueError),
        per_device=False,
    ),
    Case(
        "device:sub-zero",
        "dp.Device(dev).create_sub_devices(partition=0)",
        "create_sub_devices",
        (ValueError,),
    ),
    Case(
        "device:sub-neg",
        "dp.Device(dev).create_sub_devices(partition=-1)",
        "create_sub_devices",
        (ValueError, OverflowError),
    ),
    Case(
        "device:sub-too-many",
        "dp.Device(dev).create_sub_devices(partition=10**6)",
        "create_sub_devices",
        (ValueError,),
    ),
    Case(
        "device:sub-counts-neg",
        "dp.Device(dev).create_sub_devices(partition=[1, -1])",
        "create_sub_devices",
        (ValueError, OverflowError),
    ),
    Case(
        "device:sub-str",
        "dp.Device(dev).create_sub_devices(partition='bogus')",
        "create_sub_devices",
        (ValueError,),
    ),
    Case(
        "device:sub-float",
        "dp.Device(dev).create_sub_devices(partition=1.5)",
        "create_sub_devices",
        (TypeError, ValueError),
    ),
    Case("queue:property-bad", "dp.Queue(dev, property='out_of_order')", "queue", (ValueError,)),
    Case("queue:device-obj", "dp.Queue(object())", "queue", (TypeError,), per_device=False),
    Case("lsplatform:level", "dp.lsplatform(7)", "lsplatform", (ValueError,), per_device=False),
    # OpenCL programs
    Case(
        "program:syntax",
        "dp.program.create_program_from_source(q, '__kernel void f( {')",
        None,
        (dp.BuildError,),
        opencl=True,
    ),
    Case(
        "program:not-str",
        "dp.program.create_program_from_source(q, 5)",
        "create_program_from_source",
        (TypeError,),
        opencl=True,
    ),
    Case(
        "program:bad-options",
        "dp.program.create_program_from_source(q, '__kernel void f() {}', '-bogus')",
        None,
        (dp.BuildError, ValueError),
        opencl=True,
    ),
    Case(
        "program:host",
        "dp.program.create_program_from_source(dp.Queue('host'), '__kernel void f() {}')",
        "opencl",
        (ValueError,),
        per_device=False,
    ),
    Case(
        "program:no-kernel",
        "dp.program.create_program_from_source(q, SRC_OK).get_kernel('nope')",
        "nope",
        (ValueError,),
        opencl=True,
    ),
    Case(
        "submit:too-few",
        "dp.program.submit(q, k, [v, v], [5])",
        "submit",
        (ValueError,),
        opencl=True,
    ),
    Case(
        "submit:too-many",
        "dp.program.submit(q, k, [v, v, np.float32(1), np.int32(4)], [5])",
        "submit",
        (ValueError,),
        opencl=True,
    ),
    Case(
        "submit:untyped-float",
        "dp.program.submit(q, k, [v, v, 2.0], [5])",
        "submit",
        (TypeError,),
        opencl=True,
    ),
    Case(
        "submit:str-arg",
        "dp.program.submit(q, k, [v, 'x', np.float32(1)], [5])",
        "submit",
        (TypeError,),
        opencl=True,
    ),
    Case(
        "submit:none-arg",
        "dp.program.submit(q, k, [None, v, np.float32(1)], [5])",
        "submit",
        (TypeError,),
        opencl=True,
    ),
    Case(
        "submit:numpy-arg",
        "dp.program.submit(q, k, [np.ones(5, 'f4'), v, np.float32(1)], [5])",
        "submit",
        (TypeError,),
        opencl=True,
    ),
    Case(
        "program:empty",
        "dp.program.create_program_from_source(q, '')",
        "create_program_from_source",
        (ValueError,),
        opencl=True,
    ),
    Case(
        "program:nul",
        "dp.program.create_program_from_source(q, '__kernel void f() {}\\x00junk')",
        "create_program_from_source",
        (ValueError,),
        opencl=True,
    ),
    # An array of another queue on the same device is waited for (as dpctl's submit accepts
    # any memory of the context); one on another device cannot be used.
    Case(
        "submit:other-device",
        "dp.program.submit(q, k, [dp.ones(5, dtype='float32', device='host'), v, np.float32(1)],"
        " [5])",
        "submit",
        (dp.ExecutionPlacementError,),
        opencl=True,
    ),
    Case(
        "submit:range-empty",
        "dp.program.submit(q, k, [v, v, np.float32(1)], [])",
        "submit",
        (ValueError,),
        opencl=True,
    ),
    Case(
        "submit:range-4d",
        "dp.program.submit(q, k, [v, v, np.float32(1)], [1, 1, 1, 1])",
        "submit",
        (ValueError,),
        opencl=True,
    ),
    Case(
        "submit:range-float",
        "dp.program.submit(q, k, [v, v, np.float32(1)], [1.5])",
        "submit",
        (TypeError,),
        opencl=True,
    ),
    Case(
        "submit:range-str",
        "dp.program.submit(q, k, [v, v, np.float32(1)], 'abc')",
        "submit",
        (TypeError, ValueError),
        opencl=True,
    ),
    Case(
        "submit:local-mismatch",
        "dp.program.submit(q, k, [v, v, np.float32(1)], [4], [2, 2])",
        "submit",
        (ValueError,),
        opencl=True,
    ),
    Case(
        "submit:local-zero",
        "dp.program.submit(q, k, [v, v, np.float32(1)], [4], [0])",
        "submit",
        (ValueError,),
        opencl=True,
    ),
    Case(
        "submit:local-huge",
        "dp.program.submit(q, k, [v, v, np.float32(1)], [2**20], [2**20])",
        "submit",
        (ValueError,),
        crash=True,
        opencl=True,
    ),
    Case(
        "submit:local-negative",
        "dp.program.submit(q, kl, [v, dp.program.LocalMemory(-1)], [4], [4])",
        ("localmemory", "submit"),
        (ValueError, OverflowError, TypeError),
        opencl=True,
    ),
    Case(
        "submit:local-float",
        "dp.program.LocalMemory(1.5)",
        "localmemory",
        (TypeError,),
        per_device=False,
    ),
    Case(
        "submit:kernel-junk",
        "dp.program.submit(q, 'axpy', [v, v, np.float32(1)], [5])",
        "submit",
        (TypeError,),
        opencl=True,
    ),
    Case(
        "submit:scalar-type",
        "dp.program.submit(q, k, [v, v, (1.0, 'bogus')], [5])",
        "submit",
        (TypeError, ValueError),
        opencl=True,
    ),
]


# Scalar type constructors (dp.int8(...), dp.float32(...)) behave like NumPy's and are not ops.
SCALAR_TYPES = {
    "bool",
    "bool_",
    "float_",
    "int_",
    *(n for n in dir(dp) if n.startswith(("int", "uint", "float", "complex")) and n[-1].isdigit()),
}


# NumPy defines these for any argument (type predicates, help, error callbacks): a junk
# argument has an answer, not an error.
ANY_ARGUMENT = {"iscomplexobj", "isrealobj", "isscalar", "iterable", "info", "seterrcall"}


def _public_functions():
    """Every public function of dparray, dparray.random and dparray.linalg, by its call path."""
    import dparray.linalg
    import dparray.random

    out = []
    for prefix, mod in (("dp", dp), ("dp.random", dparray.random), ("dp.linalg", dparray.linalg)):
        for n in sorted(dir(mod)):
            obj = getattr(mod, n)
            if n.startswith("_") or n in SCALAR_TYPES or isinstance(obj, type) or not callable(obj):
                continue
            if getattr(obj, "__module__", "") == "numpy" or type(obj).__name__ == "module":
                continue
            if prefix == "dp" and n in ANY_ARGUMENT:
                continue
            out.append(f"{prefix}.{n}")
    return out


def _sweep_cases():
    # Junk as the first argument of every public function: a TypeError or ValueError whose
    # message names an op ("[op] ..." or the function's name), never anything else.
    cases = []
    for path in _public_functions():
        for junk in ("object()", "{}", "[object()]", "lambda: 0"):
            cases.append(Case(f"sweep:{path}:{junk}", f"{path}({junk})", (path.rsplit(".", 1)[1], "]"),
                              (TypeError, ValueError)))  # fmt: skip
    return cases


def all_cases():
    cases = _table_cases() + HAND + _sweep_cases()
    ids = [c.id for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    return cases


# ---- cases that may crash: one child process runs them in turn, restarted after a crash ----


CHILD = """
import json, sys
sys.path.insert(0, {here!r})
import bad_input_cases as b
cases = {{c.id: c for c in b.all_cases()}}
ns = b.namespace(sys.argv[1])
for cid in json.loads(sys.stdin.read()):
    print("CASE " + json.dumps(cid), flush=True)
    result = b.run_case(cases[cid], ns)
    try:  # work the case enqueued runs now, so a crash in it is charged to it
        ns["q"].wait()
    except Exception as e:
        result = result or f"deferred {{type(e).__name__}} at the next sync point: {{e}}"
    print("RESULT " + json.dumps(result), flush=True)
"""


def run_in_children(cases, dev):
    """{case id: None or failure text}; a child that dies is restarted after the case it died in."""
    import os

    results, todo = {}, [c.id for c in cases]
    child = CHILD.format(here=os.path.dirname(os.path.abspath(__file__)))
    while todo:
        proc = subprocess.run(
            [sys.executable, "-c", child, dev],
            input=json.dumps(todo),
            check=False,
            capture_output=True,
            text=True,
            timeout=600,
        )
        current = last = None
        for line in proc.stdout.splitlines():
            if line.startswith("CASE "):
                current = json.loads(line[5:])
            elif line.startswith("RESULT ") and current is not None:
                results[current], last, current = json.loads(line[7:]), current, None
        tail = " | ".join(proc.stderr.strip().splitlines()[-3:])
        if current is None:
            if proc.returncode != 0 and last is None:
                raise RuntimeError(f"corpus child failed to start (rc {proc.returncode}): {tail}")
            if proc.returncode != 0:  # died at exit, after its last case
                results[last] = (
                    results[last] or f"process died at exit (status {proc.returncode}): {tail}"
                )
            break
        results[current] = f"process died (exit status {proc.returncode}): {tail}"
        todo = todo[todo.index(current) + 1 :]
    return results
