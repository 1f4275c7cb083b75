"""The operations dparray.fuse can trace, and how each becomes kernel source.

Each elementwise op has a casting policy (the dtype its operands are converted to before the
operation, so that the fused result equals dparray's own op) and a source template.
"""

# name -> (number of operands, policy, template). Policies: "result" casts operands to the
# result dtype, "promote" to their common dtype (comparisons), "bool" to bool, "none" keeps
# them. Templates use {0}, {1}, {2} for the operands.
ELEMENTWISE = {
    "add": (2, "result", "({0} + {1})"),
    "subtract": (2, "result", "({0} - {1})"),
    "multiply": (2, "result", "({0} * {1})"),
    "divide": (2, "result", "({0} / {1})"),
    "floor_divide": (2, "result", "({0} // {1})"),
    "remainder": (2, "result", "({0} % {1})"),
    "power": (2, "result", "({0} ** {1})"),
    "bitwise_and": (2, "result", "({0} & {1})"),
    "bitwise_or": (2, "result", "({0} | {1})"),
    "bitwise_xor": (2, "result", "({0} ^ {1})"),
    "left_shift": (2, "result", "({0} << {1})"),
    "right_shift": (2, "result", "({0} >> {1})"),
    "less": (2, "promote", "({0} < {1})"),
    "less_equal": (2, "promote", "({0} <= {1})"),
    "greater": (2, "promote", "({0} > {1})"),
    "greater_equal": (2, "promote", "({0} >= {1})"),
    "equal": (2, "promote", "({0} == {1})"),
    "not_equal": (2, "promote", "({0} != {1})"),
    "logical_and": (2, "bool", "({0} and {1})"),
    "logical_or": (2, "bool", "({0} or {1})"),
    "logical_xor": (2, "bool", "({0} != {1})"),
    "logical_not": (1, "bool", "(not {0})"),
    # NaN-propagating, as NumPy's maximum / minimum
    "maximum": (2, "result", "({0} if ({0} > {1} or {0} != {0}) else {1})"),
    "minimum": (2, "result", "({0} if ({0} < {1} or {0} != {0}) else {1})"),
    "fmax": (2, "result", "({0} if ({0} > {1} or {1} != {1}) else {1})"),
    "fmin": (2, "result", "({0} if ({0} < {1} or {1} != {1}) else {1})"),
    "negative": (1, "result", "(-{0})"),
    "positive": (1, "result", "(+{0})"),
    "absolute": (1, "none", "abs({0})"),
    "bitwise_invert": (1, "result", "(~{0})"),
    "square": (1, "result", "({0} * {0})"),
    "sign": (1, "result", "(1 if {0} > 0 else (-1 if {0} < 0 else {0}))"),
    "where": (3, "where", "({1} if {0} else {2})"),
    "isnan": (1, "none", "({0} != {0})"),
    "isinf": (1, "none", "math.isinf({0})"),
    "isfinite": (1, "none", "math.isfinite({0})"),
    "real": (1, "none", "{0}.real"),
    "imag": (1, "none", "{0}.imag"),
    "conj": (1, "none", "{0}.conjugate()"),
    "arctan2": (2, "result", "math.atan2({0}, {1})"),
    "hypot": (2, "result", "math.hypot({0}, {1})"),
    "copysign": (2, "result", "math.copysign({0}, {1})"),
    "fmod": (2, "result", "math.fmod({0}, {1})"),
}

# One-operand math functions: dparray name -> Python math name (policy "result").
_MATH = {
    "exp": "exp",
    "expm1": "expm1",
    "exp2": "exp2",
    "log": "log",
    "log1p": "log1p",
    "log2": "log2",
    "log10": "log10",
    "sqrt": "sqrt",
    "cbrt": "cbrt",
    "sin": "sin",
    "cos": "cos",
    "tan": "tan",
    "arcsin": "asin",
    "arccos": "acos",
    "arctan": "atan",
    "sinh": "sinh",
    "cosh": "cosh",
    "tanh": "tanh",
    "arcsinh": "asinh",
    "arccosh": "acosh",
    "arctanh": "atanh",
    "floor": "floor",
    "ceil": "ceil",
    "trunc": "trunc",
    "deg2rad": "radians",
    "rad2deg": "degrees",
}
for _name, _m in _MATH.items():
    ELEMENTWISE[_name] = (1, "result", f"math.{_m}({{0}})")

# Ops that need a real (not complex) operand in the kernel language.
REAL_ONLY = set(_MATH) | {
    "maximum",
    "minimum",
    "fmax",
    "fmin",
    "sign",
    "arctan2",
    "hypot",
    "copysign",
    "fmod",
    "floor_divide",
    "remainder",
    "power",
    "less",
    "less_equal",
    "greater",
    "greater_equal",
}

# Other spellings (dparray and NumPy names) of the ops above.
ALIASES = {
    "true_divide": "divide",
    "pow": "power",
    "mod": "remainder",
    "abs": "absolute",
    "fabs": "absolute",
    "invert": "bitwise_invert",
    "bitwise_not": "bitwise_invert",
    "asin": "arcsin",
    "acos": "arccos",
    "atan": "arctan",
    "asinh": "arcsinh",
    "acosh": "arccosh",
    "atanh": "arctanh",
    "atan2": "arctan2",
    "radians": "deg2rad",
    "degrees": "rad2deg",
    "conjugate": "conj",
    "bitwise_left_shift": "left_shift",
    "bitwise_right_shift": "right_shift",
}

# Final reductions: name -> dparray function name.
REDUCTIONS = {"sum": "sum", "prod": "prod", "max": "max", "amax": "max", "min": "min",
              "amin": "min", "any": "any", "all": "all"}  # fmt: skip

# Python operator method -> (op, reflected)
OPERATORS = {
    "add": "add",
    "sub": "subtract",
    "mul": "multiply",
    "truediv": "divide",
    "floordiv": "floor_divide",
    "mod": "remainder",
    "pow": "power",
    "and": "bitwise_and",
    "or": "bitwise_or",
    "xor": "bitwise_xor",
    "lshift": "left_shift",
    "rshift": "right_shift",
}
COMPARISONS = {
    "lt": "less",
    "le": "less_equal",
    "gt": "greater",
    "ge": "greater_equal",
    "eq": "equal",
    "ne": "not_equal",
}


def canonical(name):
    """The op name for a dparray / NumPy function name, or None when fuse cannot trace it."""
    name = ALIASES.get(name, name)
    if name in ELEMENTWISE or name in REDUCTIONS or name == "astype":
        return name
    return None
