"""NumPy and Array API names that are other spellings of catalogue ops."""

from . import _core

absolute = _core.abs
power = _core.pow
true_divide = _core.divide
mod = _core.remainder
invert = _core.bitwise_invert
bitwise_not = _core.bitwise_invert
bitwise_left_shift = _core.left_shift
bitwise_right_shift = _core.right_shift
asin = _core.arcsin
acos = _core.arccos
atan = _core.arctan
atan2 = _core.arctan2
around = _core.round

bool_ = _core.bool
float_ = _core.float64
int_ = _core.int64
e = 2.718281828459045
pi = 3.141592653589793
inf = float("inf")
nan = float("nan")
newaxis = None

__all__ = [
    "absolute",
    "acos",
    "around",
    "asin",
    "atan",
    "atan2",
    "bitwise_left_shift",
    "bitwise_not",
    "bitwise_right_shift",
    "bool_",
    "e",
    "float_",
    "inf",
    "int_",
    "invert",
    "mod",
    "nan",
    "newaxis",
    "pi",
    "power",
    "true_divide",
]
