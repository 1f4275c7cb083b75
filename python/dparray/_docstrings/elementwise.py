"""Docstrings of dparray's C++-bound elementwise routines (keys: see dparray/_docstrings).

Every ufunc takes the same keywords (out, where, casting, order, dtype, subok) and raises the
same errors for bad arguments; `_ufunc` composes those shared sections around the text that is
specific to each op. A ufunc's key is its ``__name__`` (``dparray.acos`` is the ufunc
``arccos``, ``dparray.mod`` is ``remainder``); ``around`` is the function ``round``.
"""

import re
from textwrap import dedent, fill


def _fill(text, indent=""):
    """Each blank-line separated paragraph of text re-wrapped to 88 columns."""
    paras = [" ".join(p.split()) for p in dedent(text).strip().split("\n\n")]
    # Spaces inside ``literals`` do not break lines.
    paras = [re.sub(r"``[^`]+``", lambda m: m[0].replace(" ", "\0"), p) for p in paras]
    text = "\n\n".join(
        fill(
            p,
            88,
            initial_indent=indent,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
        for p in paras
    )
    return text.replace("\0", " ")


# What `dtype=` does to the result, by the op's output rule (init_ufunc.cpp).
_DTYPE_SAME = "The result has this dtype."
_DTYPE_BOOL = "The result stays bool."
_DTYPE_REAL = "The result has this dtype (its real dtype for a complex one)."
_DTYPE_UINT8 = "The result stays uint8."

_KEYWORDS = """\
out : ndarray, None or tuple of one ndarray, optional
    Array to write the result into, by position or keyword. The inputs must broadcast to
    its shape, it must be on the inputs' queue, and the result is cast to its dtype under
    `casting`. By default a new array is allocated.
where : bool or ndarray of bool, optional
    Where True (the default) the result is written; where False the output element keeps
    its value in `out` (or is left uninitialised in a new array). A Python bool or a
    dparray bool array that broadcasts to the output.
casting : {{'no', 'equiv', 'safe', 'same_kind', 'unsafe'}}, optional
    Casts allowed from the inputs to the loop dtype and from the result to `out`'s dtype
    (default 'same_kind').
order : {{'K', 'C', 'F', 'A'}}, optional
    Memory layout of a new result: 'F' makes a result of two or more dimensions
    Fortran-ordered; 'K' (the default), 'C' and 'A' keep the layout the op writes.
    Ignored with `out` or `where`.
dtype : dtype, optional
    Loop dtype: the array inputs are cast to it (under `casting`) and the op computes in
    it. {dtype_effect}
subok : bool, optional
    Accepted and ignored (dparray has no array subclasses). ``signature=`` is accepted
    only as None; use `dtype` to pick the loop.
"""

_RAISES_1 = """\
Raises
------
TypeError
    If `x` is not a dparray.ndarray (a list or a NumPy array: convert it with
    ``dparray.asarray(x, device=...)``), if no loop accepts its dtype{no_bool}, or if
    `casting` refuses a cast.
ValueError
    If `x` does not broadcast to `out`'s shape, or `order` or `casting` is not one of the
    listed values.
ExecutionPlacementError
    If `out` or `where` is on another queue than `x`.
"""

_RAISES_2 = """\
Raises
------
TypeError
    If neither input is a dparray.ndarray, an input is neither an array nor a Python or
    NumPy scalar (lists and NumPy arrays: convert them with ``dparray.asarray``), no loop
    accepts the input dtypes{no_bool}, or `casting` refuses a cast.{overflow}
ValueError
    If the inputs and `out` do not broadcast together, or `order` or `casting` is not one
    of the listed values.
ExecutionPlacementError
    If the array arguments are on different queues.
"""

_OVERFLOW = """
OverflowError
    If a Python int does not fit the loop dtype (NEP 50 weak scalars: ``int8_array + 1000``)."""

_DEVICE = (
    "Compute follows data: the op runs asynchronously on the queue of its array inputs and "
    "the result is allocated on their device and queue. On a device without float64, a "
    "float64 (complex128) loop computes in float32 (complex64)."
)

_ONE = "Input array{dtypes}."
_TWO = (
    "Input arrays{dtypes}, broadcast together. One of them may be a Python scalar (weak: it "
    "takes the other operand's dtype, NEP 50) or a NumPy scalar; at least one must be a "
    "dparray.ndarray."
)


def _ufunc(
    summary,
    *,
    returns,
    examples,
    nin=1,
    dtypes="",
    extended="",
    params=None,
    notes="",
    see_also="",
    dtype_effect=_DTYPE_SAME,
    no_bool=False,
    overflow=None,
):
    """The docstring of a ufunc: its own texts around the keywords and errors all share.

    dtypes completes "Input array(s)" (e.g. " of a floating dtype"); params replaces the
    input parameters altogether; overflow defaults to whether the op takes two inputs.
    """
    if params is None:
        head = "x : ndarray" if nin == 1 else "x1, x2 : ndarray or scalar"
        text = (_ONE if nin == 1 else _TWO).format(dtypes=dtypes)
        params = head + "\n" + _fill(text, "    ")
    if overflow is None:
        overflow = nin == 2
    raises = _RAISES_1 if nin == 1 else _RAISES_2
    parts = [dedent(summary).strip()]
    if extended:
        parts.append(_fill(extended))
    parts.append(
        "Parameters\n----------\n"
        + dedent(params).strip()
        + "\n"
        + _KEYWORDS.format(dtype_effect=dtype_effect).rstrip()
    )
    parts.append("Returns\n-------\nndarray\n" + _fill(returns, "    "))
    parts.append(
        raises.format(
            no_bool=(" (or it is bool)" if nin == 1 else " (or both are bool)") if no_bool else "",
            overflow=_OVERFLOW if overflow else "",
        ).rstrip()
    )
    if see_also:
        parts.append("See Also\n--------\n" + dedent(see_also).strip())
    note = _fill((notes + "\n\n" if notes else "") + _DEVICE)
    parts.append("Notes\n-----\n" + note)
    parts.append("Examples\n--------\n" + dedent(examples).strip())
    return "\n\n".join(parts)


_FLOAT_IN = (
    " of any numeric or bool dtype; bool and integers compute in the smallest float they "
    "cast to safely (bool, int8, uint8: float16; int16, uint16: float32; wider: float64)"
)
_FLOAT_RESULT = "The result, a floating or complex dtype (the loop dtype), on the inputs' device."
_NO_WARN = "NumPy's RuntimeWarnings (invalid value, divide by zero, overflow) are not raised."
_REAL_FLOAT_IN = (
    " of a real dtype (bool and integers compute in the smallest float they cast to "
    "safely; complex is a TypeError)"
)
_INT_WRAP = (
    "Integer arithmetic wraps around modulo 2**bits, as NumPy's (without its RuntimeWarning)."
)
_ROUND_INT = "Bool and integer inputs are returned unchanged with their dtype, as NumPy 2 does."


def _unary_float(summary, examples, notes, see_also="", extended="", dtypes=_FLOAT_IN):
    """A transcendental op over floating and complex loops (sqrt, exp, sin, ...)."""
    return _ufunc(
        summary,
        dtypes=dtypes,
        returns=_FLOAT_RESULT,
        notes=notes + "\n\n" + _NO_WARN,
        see_also=see_also,
        extended=extended,
        examples=examples,
    )


def _compare(summary, op, examples, see_also):
    return _ufunc(
        summary,
        nin=2,
        dtypes=" of any dtype",
        returns=f"Bool array, True where ``x1 {op} x2``.",
        dtype_effect=_DTYPE_BOOL,
        overflow=False,
        notes=f"""
            Equivalent to ``x1 {op} x2`` on arrays. A Python int outside the other operand's
            integer dtype is compared exactly (no OverflowError), as NumPy does. Any
            comparison with NaN other than ``!=`` is False. Complex numbers compare
            lexicographically (real parts first, then imaginary parts), as NumPy's.
        """,
        see_also=see_also,
        examples=examples,
    )


def _logical(summary, examples, see_also, nin=2):
    return _ufunc(
        summary,
        nin=nin,
        dtypes=" of any dtype; each element counts as True when it is nonzero (NaN counts "
        "as True, a complex number as True when either part is nonzero)",
        returns="Bool array.",
        dtype_effect=_DTYPE_BOOL,
        overflow=False,
        notes="Python ints of any size are accepted: only whether they are zero matters.",
        see_also=see_also,
        examples=examples,
    )


DOCS = {
    # ------------------------------------------------------------------ arithmetic
    "add": _ufunc(
        "Add arguments elementwise.",
        nin=2,
        dtypes=" of any dtype",
        returns="The sum ``x1 + x2``, in the promoted dtype (bool + bool is bool: logical or).",
        notes=_INT_WRAP + " Equivalent to ``x1 + x2`` on arrays.",
        see_also="subtract, multiply, sum",
        examples="""
            >>> x = dp.asarray([1, 2, 3])
            >>> dp.add(x, dp.asarray([10, 20, 30]))
            array([11, 22, 33])
            >>> dp.add(x, 1.5)
            array([2.5, 3.5, 4.5])
            >>> dp.add(dp.asarray([[0], [10]]), x)
            array([[ 1,  2,  3],
                   [11, 12, 13]])
            >>> dp.add(dp.asarray([100], dtype=dp.int8), 100)
            array([-56], dtype=int8)
            >>> int(dp.add.reduce(x))
            6
        """,
    ),
    "subtract": _ufunc(
        "Subtract arguments elementwise.",
        nin=2,
        dtypes=" of a numeric dtype (two bool inputs are a TypeError, as NumPy)",
        returns="The difference ``x1 - x2``, in the promoted dtype.",
        no_bool=True,
        notes=_INT_WRAP + " Equivalent to ``x1 - x2`` on arrays.",
        see_also="add, negative",
        examples="""
            >>> dp.subtract(dp.asarray([5, 7, 9]), dp.asarray([1, 2, 3]))
            array([4, 5, 6])
            >>> dp.subtract(dp.asarray([1.0, 2.0]), 0.5)
            array([0.5, 1.5])
            >>> dp.subtract(dp.asarray([0], dtype=dp.uint8), 1)
            array([255], dtype=uint8)
        """,
    ),
    "multiply": _ufunc(
        "Multiply arguments elementwise.",
        nin=2,
        dtypes=" of any dtype",
        returns="The product ``x1 * x2``, in the promoted dtype (bool * bool is bool: logical "
        "and).",
        notes=_INT_WRAP
        + """
            Equivalent to ``x1 * x2`` on arrays. Complex products with an infinite or NaN
            component keep C99's infinities (``inf * (1-1j)`` is ``inf-infj``), where NumPy's
            formula gives ``nan+nanj``.
        """,
        see_also="add, divide, prod",
        examples="""
            >>> dp.multiply(dp.asarray([1, 2, 3]), dp.asarray([4, 5, 6]))
            array([ 4, 10, 18])
            >>> dp.multiply(dp.asarray([1.5, 2.0]), 2)
            array([3., 4.])
            >>> dp.multiply(dp.asarray([1j]), 1j)
            array([-1.+0.j])
        """,
    ),
    "divide": _ufunc(
        "True division of the arguments, elementwise.",
        nin=2,
        dtypes=" of any numeric or bool dtype",
        returns="""
            The quotient ``x1 / x2``: floating or complex. Bool and integer inputs compute in
            the default float dtype (float64; float32 on a device without float64), as NumPy.
        """,
        notes="""
            Equivalent to ``x1 / x2`` on arrays. Division by zero follows IEEE 754: ``1 / 0``
            is inf, ``0 / 0`` NaN, for integer inputs too; NumPy's RuntimeWarning is not
            raised.
        """,
        see_also="floor_divide, remainder, reciprocal",
        examples="""
            >>> dp.divide(dp.asarray([1, 2, 3]), 2)
            array([0.5, 1. , 1.5])
            >>> dp.divide(dp.asarray([1.0, -1.0, 0.0]), 0.0)
            array([ inf, -inf,  nan])
            >>> dp.divide(dp.asarray([1, 2], dtype=dp.float32), 4).dtype
            dtype('float32')
        """,
    ),
    "floor_divide": _ufunc(
        "Largest integer not greater than the quotient, elementwise.",
        nin=2,
        dtypes=" of a real dtype (bool, integer or floating; complex is a TypeError)",
        returns="``floor(x1 / x2)`` in the promoted dtype (integers stay integers).",
        notes="""
            Equivalent to ``x1 // x2`` on arrays. Integer division by zero gives 0, and
            ``floor_divide(INT_MIN, -1)`` is ``INT_MIN``, as NumPy's (without its
            RuntimeWarning). Differs from NumPy where the Array API standard does: with an
            infinite operand the result is ``floor(x1 / x2)`` (``inf // 2`` is inf,
            ``1 // -inf`` is -0.0; NumPy gives nan and -1.0). `divmod` keeps NumPy's results.
        """,
        see_also="divide, remainder, divmod, floor",
        examples="""
            >>> dp.floor_divide(dp.asarray([7, -7, 8]), 2)
            array([ 3, -4,  4])
            >>> dp.floor_divide(dp.asarray([7.5, -7.5]), 2)
            array([ 3., -4.])
            >>> dp.floor_divide(dp.asarray([1, 2]), 0)
            array([0, 0])
        """,
    ),
    "remainder": _ufunc(
        "Remainder of division, with the sign of the divisor (Python's ``%``), elementwise.",
        nin=2,
        dtypes=" of a real dtype (bool, integer or floating; complex is a TypeError)",
        returns="``x1 - floor(x1 / x2) * x2``, in the promoted dtype.",
        extended="``dparray.mod`` and ``dparray.remainder`` are the same ufunc.",
        notes="""
            Equivalent to ``x1 % x2`` on arrays. Integer remainder by zero gives 0 (as
            NumPy's, without its RuntimeWarning); a floating remainder by zero is NaN.
        """,
        see_also="fmod, floor_divide, divmod",
        examples="""
            >>> dp.mod(dp.asarray([5, -5, 7]), 3)
            array([2, 1, 1])
            >>> dp.mod(dp.asarray([5, -5]), -3)
            array([-1, -2])
            >>> dp.mod(dp.asarray([5.5, -1.5]), 2.0)
            array([1.5, 0.5])
        """,
    ),
    "pow": _ufunc(
        "First argument raised to the power of the second, elementwise.",
        nin=2,
        dtypes=" of a numeric dtype (two bool inputs compute in int8)",
        returns="``x1 ** x2``, in the promoted dtype.",
        extended="``dparray.pow`` and ``dparray.power`` are the same ufunc.",
        notes="""
            Equivalent to ``x1 ** x2`` on arrays. Integer powers wrap around on overflow, as
            NumPy's. A negative exponent with a signed integer loop raises ValueError
            ("Integers to negative integer powers are not allowed."), checked with one
            reduction on the exponent's device.
        """,
        see_also="float_power, square, sqrt",
        examples="""
            >>> dp.pow(dp.asarray([1, 2, 3]), 2)
            array([1, 4, 9])
            >>> dp.pow(dp.asarray([2.0, 4.0]), dp.asarray([0.5, -1.0]))
            array([1.41421356, 0.25      ])
            >>> dp.pow(dp.asarray([2]), -1)
            Traceback (most recent call last):
                ...
            ValueError: ...Integers to negative integer powers are not allowed.
        """,
    ),
    "float_power": _ufunc(
        "First argument raised to the power of the second, computed in float64 or complex128.",
        nin=2,
        dtypes=" of any numeric or bool dtype",
        returns="""
            ``x1 ** x2`` as float64, or complex128 for complex inputs (float32 / complex64 on
            a device without float64).
        """,
        notes="""
            Unlike `pow`, integers are promoted to float64 first, so negative powers and
            large results are fine. A negative base with a non-integer exponent gives NaN
            for real inputs.
        """,
        see_also="pow",
        examples="""
            >>> dp.float_power(dp.asarray([1, 2, 3]), 2)
            array([1., 4., 9.])
            >>> dp.float_power(dp.asarray([2]), -1)
            array([0.5])
            >>> dp.float_power(dp.asarray([4], dtype=dp.float32), 0.5).dtype
            dtype('float64')
        """,
    ),
    "negative": _ufunc(
        "Numerical negative, elementwise.",
        dtypes=" of a numeric dtype (bool is a TypeError, as NumPy)",
        returns="``-x``, with `x`'s dtype.",
        no_bool=True,
        notes="""
            Equivalent to ``-x``. Integers wrap around: ``negative(INT_MIN)`` is ``INT_MIN``
            and unsigned values give ``2**bits - x``.
        """,
        see_also="positive, subtract, abs",
        examples="""
            >>> dp.negative(dp.asarray([1, -2, 0]))
            array([-1,  2,  0])
            >>> dp.negative(dp.asarray([1], dtype=dp.uint8))
            array([255], dtype=uint8)
        """,
    ),
    "positive": _ufunc(
        "Numerical positive: a copy of the input, elementwise.",
        dtypes=" of a numeric dtype (bool is a TypeError, as NumPy)",
        returns="A new array equal to `x`, with its dtype.",
        no_bool=True,
        notes="Equivalent to ``+x``.",
        see_also="negative",
        examples="""
            >>> dp.positive(dp.asarray([1.5, -2.0]))
            array([ 1.5, -2. ])
        """,
    ),
    "abs": _ufunc(
        "Absolute value, elementwise.",
        dtypes=" of any dtype",
        returns="""
            ``|x|``: `x`'s dtype for bool, integer and floating inputs; the real dtype for
            complex inputs (``abs(3+4j)`` is 5.0).
        """,
        dtype_effect=_DTYPE_REAL,
        extended="``dparray.abs`` and ``dparray.absolute`` are the same ufunc.",
        notes="""
            Equivalent to ``abs(x)``. ``abs(INT_MIN)`` is ``INT_MIN`` (integers wrap, as
            NumPy's). The complex magnitude is computed without undue overflow (hypot).
        """,
        see_also="fabs, sign, hypot",
        examples="""
            >>> dp.abs(dp.asarray([-1, 2, -3]))
            array([1, 2, 3])
            >>> dp.abs(dp.asarray([-1.5, 0.0]))
            array([1.5, 0. ])
            >>> dp.abs(dp.asarray([3 + 4j]))
            array([5.])
        """,
    ),
    "fabs": _ufunc(
        "Absolute value of real floating values, elementwise.",
        dtypes=_REAL_FLOAT_IN,
        returns="``|x|`` in the loop's floating dtype.",
        notes="Unlike `abs`, integers are converted to a float and complex inputs are refused.",
        see_also="abs",
        examples="""
            >>> dp.fabs(dp.asarray([-1.5, 2.0]))
            array([1.5, 2. ])
            >>> dp.fabs(dp.asarray([-3]))
            array([3.])
        """,
    ),
    "sign": _ufunc(
        "Sign of each element: -1, 0 or 1 (``x / |x|`` for complex).",
        dtypes=" of a numeric dtype (bool is a TypeError, as NumPy)",
        returns="The signs, with `x`'s dtype.",
        no_bool=True,
        notes="""
            NaN gives NaN. For complex inputs the result is ``x / |x|`` (0 for 0), NumPy 2's
            definition.
        """,
        see_also="signbit, copysign, abs",
        examples="""
            >>> dp.sign(dp.asarray([-5, 0, 3]))
            array([-1,  0,  1])
            >>> dp.sign(dp.asarray([-2.5, 0.0, np.nan]))
            array([-1.,  0., nan])
            >>> dp.sign(dp.asarray([3 + 4j]))
            array([0.6+0.8j])
        """,
    ),
    "square": _ufunc(
        "Square of each element.",
        dtypes=" of a numeric dtype (bool computes in int8)",
        returns="``x * x``, with `x`'s dtype (int8 for bool).",
        notes=_INT_WRAP,
        see_also="sqrt, pow",
        examples="""
            >>> dp.square(dp.asarray([-2, 3]))
            array([4, 9])
            >>> dp.square(dp.asarray([1j, 1.5]))
            array([-1.  +0.j,  2.25+0.j])
        """,
    ),
    "reciprocal": _ufunc(
        "Reciprocal ``1 / x``, elementwise.",
        dtypes=_FLOAT_IN,
        returns=_FLOAT_RESULT,
        notes="""
            Differs from NumPy: integer inputs compute in a float (``reciprocal(2)`` is 0.5,
            as dpctl and the Array API), where NumPy's integer loop returns ``1 // x``.
            ``reciprocal(0.0)`` is inf.
        """,
        see_also="divide",
        examples="""
            >>> dp.reciprocal(dp.asarray([2.0, 0.25, -4.0]))
            array([ 0.5 ,  4.  , -0.25])
        """,
    ),
    "maximum": _ufunc(
        "Elementwise maximum of the arguments; NaN propagates.",
        nin=2,
        dtypes=" of any dtype",
        returns="The larger of each pair, in the promoted dtype.",
        notes="""
            If either element is NaN the result is NaN (see `fmax` to ignore NaNs). Complex
            numbers compare lexicographically, as NumPy's.
        """,
        see_also="minimum, fmax, max",
        examples="""
            >>> dp.maximum(dp.asarray([1, 5, 3]), dp.asarray([4, 2, 3]))
            array([4, 5, 3])
            >>> dp.maximum(dp.asarray([1.0, np.nan]), 2.0)
            array([ 2., nan])
        """,
    ),
    "minimum": _ufunc(
        "Elementwise minimum of the arguments; NaN propagates.",
        nin=2,
        dtypes=" of any dtype",
        returns="The smaller of each pair, in the promoted dtype.",
        notes="""
            If either element is NaN the result is NaN (see `fmin` to ignore NaNs). Complex
            numbers compare lexicographically, as NumPy's.
        """,
        see_also="maximum, fmin, min",
        examples="""
            >>> dp.minimum(dp.asarray([1, 5, 3]), dp.asarray([4, 2, 3]))
            array([1, 2, 3])
            >>> dp.minimum(dp.asarray([1.0, np.nan]), 2.0)
            array([ 1., nan])
        """,
    ),
    "fmax": _ufunc(
        "Elementwise maximum of the arguments, ignoring NaNs.",
        nin=2,
        dtypes=" of any dtype",
        returns="The larger of each pair, in the promoted dtype.",
        notes="""
            When one element of a pair is NaN the other is returned; NaN only when both
            are. Complex numbers compare lexicographically.
        """,
        see_also="fmin, maximum, nanmax",
        examples="""
            >>> dp.fmax(dp.asarray([1.0, np.nan, np.nan]), dp.asarray([2.0, 3.0, np.nan]))
            array([ 2.,  3., nan])
        """,
    ),
    "fmin": _ufunc(
        "Elementwise minimum of the arguments, ignoring NaNs.",
        nin=2,
        dtypes=" of any dtype",
        returns="The smaller of each pair, in the promoted dtype.",
        notes="""
            When one element of a pair is NaN the other is returned; NaN only when both
            are. Complex numbers compare lexicographically.
        """,
        see_also="fmax, minimum, nanmin",
        examples="""
            >>> dp.fmin(dp.asarray([1.0, np.nan, np.nan]), dp.asarray([2.0, 3.0, np.nan]))
            array([ 1.,  3., nan])
        """,
    ),
    "fmod": _ufunc(
        "Remainder of division with the sign of the dividend (C's ``fmod``), elementwise.",
        nin=2,
        dtypes=" of a real dtype (complex is a TypeError)",
        returns="``x1 - trunc(x1 / x2) * x2``, in the promoted dtype.",
        notes="""
            Unlike `remainder`, the result has the sign of `x1`. Integer division by zero
            gives 0, floating division by zero NaN (as NumPy, without its RuntimeWarning).
        """,
        see_also="remainder, divmod",
        examples="""
            >>> dp.fmod(dp.asarray([5, -5, 7]), 3)
            array([ 2, -2,  1])
            >>> dp.fmod(dp.asarray([5.5, -1.5]), 2.0)
            array([ 1.5, -1.5])
        """,
    ),
    "gcd": _ufunc(
        "Greatest common divisor of the absolute values, elementwise.",
        nin=2,
        dtypes=" of an integer dtype (bool, floating and complex inputs are a TypeError)",
        returns="The non-negative gcd, in the promoted integer dtype; ``gcd(0, 0)`` is 0.",
        no_bool=True,
        see_also="lcm",
        examples="""
            >>> dp.gcd(dp.asarray([12, 20, -9]), 6)
            array([6, 2, 3])
            >>> int(dp.gcd.reduce(dp.asarray([12, 18, 30])))
            6
        """,
    ),
    "lcm": _ufunc(
        "Lowest common multiple of the absolute values, elementwise.",
        nin=2,
        dtypes=" of an integer dtype (bool, floating and complex inputs are a TypeError)",
        returns="The non-negative lcm, in the promoted integer dtype; 0 if either input is 0.",
        no_bool=True,
        notes="A product beyond the dtype's range wraps around, as NumPy's.",
        see_also="gcd",
        examples="""
            >>> dp.lcm(dp.asarray([4, 6, -3]), 10)
            array([20, 30, 30])
        """,
    ),
    "heaviside": _ufunc(
        "Heaviside step function, elementwise.",
        nin=2,
        params="""
            x1 : ndarray or scalar
                Input values, of a real dtype (bool and integers compute in a float).
            x2 : ndarray or scalar
                The result where `x1` is 0. Broadcast with `x1`; at least one of them must be
                a dparray.ndarray.
        """,
        returns="0 where ``x1 < 0``, `x2` where ``x1 == 0``, 1 where ``x1 > 0``; NaN for NaN.",
        examples="""
            >>> dp.heaviside(dp.asarray([-1.5, 0.0, 2.0]), 0.5)
            array([0. , 0.5, 1. ])
        """,
    ),
    # ------------------------------------------------------------------ exponents, logs
    "sqrt": _unary_float(
        "Non-negative square root, elementwise.",
        notes="Real negative inputs give NaN; complex inputs give the principal root.",
        see_also="cbrt, square, pow",
        examples="""
            >>> dp.sqrt(dp.asarray([1.0, 4.0, 9.0]))
            array([1., 2., 3.])
            >>> dp.sqrt(dp.asarray([4], dtype=dp.int8))
            array([2.], dtype=float16)
            >>> dp.sqrt(dp.asarray([-4 + 0j]))
            array([0.+2.j])
        """,
    ),
    "cbrt": _ufunc(
        "Cube root, elementwise.",
        dtypes=_REAL_FLOAT_IN,
        returns="The real cube root (negative for negative inputs), in the loop's float dtype.",
        see_also="sqrt",
        examples="""
            >>> dp.cbrt(dp.asarray([1.0, 8.0, -27.0]))
            array([ 1.,  2., -3.])
        """,
    ),
    "exp": _unary_float(
        "Exponential ``e**x``, elementwise.",
        notes="Overflow gives inf, ``exp(-inf)`` is 0.",
        see_also="expm1, exp2, log",
        examples="""
            >>> dp.exp(dp.asarray([0.0, 1.0]))
            array([1.        , 2.71828183])
            >>> dp.exp(dp.asarray([0.0, -np.inf, np.inf]))
            array([ 1.,  0., inf])
        """,
    ),
    "exp2": _unary_float(
        "Base-2 exponential ``2**x``, elementwise.",
        notes="Overflow gives inf.",
        see_also="exp, log2",
        examples="""
            >>> dp.exp2(dp.asarray([0.0, 3.0, -1.0]))
            array([1. , 8. , 0.5])
        """,
    ),
    "expm1": _unary_float(
        "``exp(x) - 1``, accurate for small `x`, elementwise.",
        notes="""
            Complex special values follow the Array API standard where NumPy departs from it:
            ``expm1(-0+0j)`` is ``0+0j``, ``expm1(inf+0j)`` is ``inf+0j`` and
            ``expm1(-inf+yj)`` is ``-1+0j`` (NumPy: ``-0+0j``, ``inf+nanj``, ``nan+nanj``).
        """,
        see_also="exp, log1p",
        examples="""
            >>> dp.expm1(dp.asarray([1e-10, 0.0]))
            array([1.e-10, 0.e+00])
        """,
    ),
    "log": _unary_float(
        "Natural logarithm, elementwise.",
        notes="``log(0)`` is -inf and real negative inputs give NaN; complex inputs give "
        "the principal value.",
        see_also="log10, log2, log1p, exp",
        examples="""
            >>> dp.log(dp.asarray([1.0, np.e, 0.0]))
            array([  0.,   1., -inf])
            >>> dp.log(dp.asarray([-1 + 0j]))
            array([0.+3.14159265j])
        """,
    ),
    "log2": _unary_float(
        "Base-2 logarithm, elementwise.",
        notes="``log2(0)`` is -inf and real negative inputs give NaN.",
        see_also="log, log10, exp2",
        examples="""
            >>> dp.log2(dp.asarray([1.0, 8.0, 0.5]))
            array([ 0.,  3., -1.])
        """,
    ),
    "log10": _unary_float(
        "Base-10 logarithm, elementwise.",
        notes="``log10(0)`` is -inf and real negative inputs give NaN.",
        see_also="log, log2",
        examples="""
            >>> dp.log10(dp.asarray([1.0, 100.0, 1e-3]))
            array([ 0.,  2., -3.])
        """,
    ),
    "log1p": _unary_float(
        "``log(1 + x)``, accurate for small `x`, elementwise.",
        notes="``log1p(-1)`` is -inf and real inputs below -1 give NaN.",
        see_also="log, expm1",
        examples="""
            >>> dp.log1p(dp.asarray([1e-10, 0.0, -1.0]))
            array([1.e-10, 0.e+00,   -inf])
        """,
    ),
    "logaddexp": _ufunc(
        "``log(exp(x1) + exp(x2))`` without overflow, elementwise.",
        nin=2,
        dtypes=_REAL_FLOAT_IN,
        returns="The result, in the loop's float dtype.",
        notes="Useful for adding probabilities stored as logarithms. " + _NO_WARN,
        see_also="logaddexp2, exp, log",
        examples="""
            >>> dp.logaddexp(dp.asarray([0.0, 1000.0]), dp.asarray([0.0, 1000.0]))
            array([6.93147181e-01, 1.00069315e+03])
        """,
    ),
    "logaddexp2": _ufunc(
        "``log2(2**x1 + 2**x2)`` without overflow, elementwise.",
        nin=2,
        dtypes=_REAL_FLOAT_IN,
        returns="The result, in the loop's float dtype.",
        notes="Useful for adding probabilities stored as base-2 logarithms. " + _NO_WARN,
        see_also="logaddexp, exp2, log2",
        examples="""
            >>> dp.logaddexp2(dp.asarray([1.0, 3.0]), dp.asarray([1.0, 3.0]))
            array([2., 4.])
        """,
    ),
    "ldexp": _ufunc(
        "``x1 * 2**x2``, elementwise.",
        nin=2,
        params="""
            x1 : ndarray or scalar
                Mantissas, of a real dtype (bool and integers compute in a float); `x1`
                alone picks the loop.
            x2 : ndarray or scalar
                Exponents, of an integer dtype (a floating exponent is a TypeError).
                Broadcast with `x1`; at least one of them must be a dparray.ndarray.
        """,
        returns="The result, in `x1`'s floating dtype.",
        notes="Exact unless the result overflows (inf) or underflows. The inverse of `frexp`.",
        see_also="frexp",
        examples="""
            >>> dp.ldexp(dp.asarray([1.0, 0.75, -3.0]), dp.asarray([2, 3, -1]))
            array([ 4. ,  6. , -1.5])
        """,
    ),
    "hypot": _ufunc(
        "Hypotenuse ``sqrt(x1**2 + x2**2)`` without undue overflow, elementwise.",
        nin=2,
        dtypes=_REAL_FLOAT_IN,
        returns="The result, in the loop's float dtype.",
        notes="Infinite if either input is infinite, even if the other is NaN.",
        see_also="abs",
        examples="""
            >>> dp.hypot(dp.asarray([3.0, 5.0]), dp.asarray([4.0, 12.0]))
            array([ 5., 13.])
        """,
    ),
    # ------------------------------------------------------------------ trigonometry
    "sin": _unary_float(
        "Trigonometric sine, elementwise (angles in radians).",
        notes="``sin(inf)`` is NaN.",
        see_also="cos, tan, arcsin, sinh",
        examples="""
            >>> dp.sin(dp.asarray([0.0, np.pi / 2, -np.pi / 2]))
            array([ 0.,  1., -1.])
        """,
    ),
    "cos": _unary_float(
        "Trigonometric cosine, elementwise (angles in radians).",
        notes="``cos(inf)`` is NaN.",
        see_also="sin, tan, arccos, cosh",
        examples="""
            >>> dp.cos(dp.asarray([0.0, np.pi]))
            array([ 1., -1.])
        """,
    ),
    "tan": _unary_float(
        "Trigonometric tangent, elementwise (angles in radians).",
        notes="``tan(inf)`` is NaN.",
        see_also="sin, cos, arctan, tanh",
        examples="""
            >>> dp.tan(dp.asarray([0.0, np.pi / 4]))
            array([0., 1.])
        """,
    ),
    "arcsin": _unary_float(
        "Inverse sine, elementwise.",
        extended="``dparray.asin`` and ``dparray.arcsin`` are the same ufunc.",
        notes="Real results lie in [-pi/2, pi/2]; real inputs outside [-1, 1] give NaN.",
        see_also="sin, arccos, arctan",
        examples="""
            >>> dp.arcsin(dp.asarray([0.0, 1.0, -1.0]))
            array([ 0.        ,  1.57079633, -1.57079633])
        """,
    ),
    "arccos": _unary_float(
        "Inverse cosine, elementwise.",
        extended="``dparray.acos`` and ``dparray.arccos`` are the same ufunc.",
        notes="Real results lie in [0, pi]; real inputs outside [-1, 1] give NaN.",
        see_also="cos, arcsin, arctan",
        examples="""
            >>> dp.acos(dp.asarray([1.0, 0.0, -1.0]))
            array([0.        , 1.57079633, 3.14159265])
        """,
    ),
    "arctan": _unary_float(
        "Inverse tangent, elementwise.",
        extended="``dparray.atan`` and ``dparray.arctan`` are the same ufunc.",
        notes="Real results lie in [-pi/2, pi/2]; ``arctan(inf)`` is pi/2.",
        see_also="tan, arctan2",
        examples="""
            >>> dp.arctan(dp.asarray([0.0, 1.0, np.inf]))
            array([0.        , 0.78539816, 1.57079633])
        """,
    ),
    "arctan2": _ufunc(
        "Angle of the point ``(x2, x1)``: the quadrant-aware ``arctan(x1 / x2)``, elementwise.",
        nin=2,
        params="""
            x1 : ndarray or scalar
                y-coordinates, of a real dtype (bool and integers compute in a float;
                complex is a TypeError).
            x2 : ndarray or scalar
                x-coordinates, of a real dtype. Broadcast with `x1`; at least one of them
                must be a dparray.ndarray.
        """,
        extended="``dparray.atan2`` and ``dparray.arctan2`` are the same ufunc.",
        returns="Angles in radians in [-pi, pi], in the loop's float dtype.",
        notes="Signed zeros and infinities follow C99 (``arctan2(0.0, -0.0)`` is pi).",
        see_also="arctan, angle, hypot",
        examples="""
            >>> dp.arctan2(dp.asarray([1.0, 1.0, -1.0]), dp.asarray([1.0, -1.0, -1.0]))
            array([ 0.78539816,  2.35619449, -2.35619449])
        """,
    ),
    "sinh": _unary_float(
        "Hyperbolic sine, elementwise.",
        notes="Overflow gives ±inf.",
        see_also="cosh, tanh, arcsinh",
        examples="""
            >>> dp.sinh(dp.asarray([0.0, 1.0]))
            array([0.        , 1.17520119])
        """,
    ),
    "cosh": _unary_float(
        "Hyperbolic cosine, elementwise.",
        notes="Overflow gives inf.",
        see_also="sinh, tanh, arccosh",
        examples="""
            >>> dp.cosh(dp.asarray([0.0, 1.0]))
            array([1.        , 1.54308063])
        """,
    ),
    "tanh": _unary_float(
        "Hyperbolic tangent, elementwise.",
        notes="""
            Saturates where NumPy's does on every device: exactly ±1 for ``|x| >= 10``
            (float32) and ``|x| >= 18.990341103219276`` (float64), strictly inside (-1, 1)
            below, so ``tanh(x) == 1`` agrees across devices and with NumPy.
        """,
        see_also="sinh, cosh, arctanh",
        examples="""
            >>> dp.tanh(dp.asarray([0.0, 1.0, 20.0]))
            array([0.        , 0.76159416, 1.        ])
        """,
    ),
    "arcsinh": _unary_float(
        "Inverse hyperbolic sine, elementwise.",
        extended="``dparray.asinh`` and ``dparray.arcsinh`` are the same ufunc.",
        notes="Defined for every real input.",
        see_also="sinh, arccosh, arctanh",
        examples="""
            >>> dp.arcsinh(dp.asarray([0.0, 1.0]))
            array([0.        , 0.88137359])
        """,
    ),
    "arccosh": _unary_float(
        "Inverse hyperbolic cosine, elementwise.",
        extended="``dparray.acosh`` and ``dparray.arccosh`` are the same ufunc.",
        notes="Real inputs below 1 give NaN.",
        see_also="cosh, arcsinh, arctanh",
        examples="""
            >>> dp.acosh(dp.asarray([1.0, 2.0, 0.5]))
            array([0.       , 1.3169579,       nan])
        """,
    ),
    "arctanh": _unary_float(
        "Inverse hyperbolic tangent, elementwise.",
        extended="``dparray.atanh`` and ``dparray.arctanh`` are the same ufunc.",
        notes="``arctanh(±1)`` is ±inf; real inputs outside [-1, 1] give NaN.",
        see_also="tanh, arcsinh, arccosh",
        examples="""
            >>> dp.arctanh(dp.asarray([0.0, 0.5, 1.0]))
            array([0.        , 0.54930614,        inf])
        """,
    ),
    "sinc": _ufunc(
        "Normalised sinc function ``sin(pi x) / (pi x)``, elementwise.",
        dtypes=" of any numeric or bool dtype; bool and integers compute in the default "
        "float dtype (float64; float32 on a device without float64)",
        returns=_FLOAT_RESULT + " ``sinc(0)`` is 1.",
        notes="NumPy's `numpy.sinc` is a Python function; here it is a ufunc (keywords and "
        "methods as every ufunc).",
        examples="""
            >>> dp.sinc(dp.asarray([0.0, 0.5]))
            array([1.        , 0.63661977])
        """,
    ),
    "i0": _ufunc(
        "Modified Bessel function of the first kind, order 0, elementwise.",
        dtypes=" of a real dtype; bool and integers compute in the default float dtype "
        "(float64; float32 on a device without float64); complex is a TypeError",
        returns="``I0(x)``, in the loop's float dtype.",
        notes="NumPy's `numpy.i0` is a Python function; here it is a ufunc.",
        examples="""
            >>> dp.i0(dp.asarray([0.0, 1.0]))
            array([1.        , 1.26606588])
        """,
    ),
    "deg2rad": _ufunc(
        "Convert angles from degrees to radians, elementwise.",
        dtypes=_REAL_FLOAT_IN,
        returns="``x * pi / 180``, in the loop's float dtype.",
        extended="Same as `radians`.",
        see_also="rad2deg, radians",
        examples="""
            >>> dp.deg2rad(dp.asarray([0.0, 90.0, 180.0]))
            array([0.        , 1.57079633, 3.14159265])
        """,
    ),
    "radians": _ufunc(
        "Convert angles from degrees to radians, elementwise.",
        dtypes=_REAL_FLOAT_IN,
        returns="``x * pi / 180``, in the loop's float dtype.",
        extended="Same as `deg2rad`.",
        see_also="degrees, deg2rad",
        examples="""
            >>> dp.radians(dp.asarray([180.0, -90.0]))
            array([ 3.14159265, -1.57079633])
        """,
    ),
    "rad2deg": _ufunc(
        "Convert angles from radians to degrees, elementwise.",
        dtypes=_REAL_FLOAT_IN,
        returns="``x * 180 / pi``, in the loop's float dtype.",
        extended="Same as `degrees`.",
        see_also="deg2rad, degrees",
        examples="""
            >>> dp.rad2deg(dp.asarray([0.0, np.pi / 2, np.pi]))
            array([  0.,  90., 180.])
        """,
    ),
    "degrees": _ufunc(
        "Convert angles from radians to degrees, elementwise.",
        dtypes=_REAL_FLOAT_IN,
        returns="``x * 180 / pi``, in the loop's float dtype.",
        extended="Same as `rad2deg`.",
        see_also="radians, rad2deg",
        examples="""
            >>> dp.degrees(dp.asarray([np.pi, -np.pi / 2]))
            array([180., -90.])
        """,
    ),
    # ------------------------------------------------------------------ floating point
    "copysign": _ufunc(
        "Magnitude of `x1` with the sign of `x2`, elementwise.",
        nin=2,
        dtypes=_REAL_FLOAT_IN,
        returns="The result, in the loop's float dtype.",
        notes="The sign bit is copied, so ``-0.0`` and negative NaNs count as negative.",
        see_also="signbit, sign, abs",
        examples="""
            >>> dp.copysign(dp.asarray([1.0, -2.0, 3.0]), dp.asarray([-1.0, 1.0, -0.0]))
            array([-1.,  2., -3.])
        """,
    ),
    "nextafter": _ufunc(
        "Next representable floating value after `x1` towards `x2`, elementwise.",
        nin=2,
        dtypes=_REAL_FLOAT_IN,
        returns="The result, in the loop's float dtype; `x2` when ``x1 == x2``.",
        notes="Exact on every device and dtype; float16 steps in float16 ulps.",
        see_also="spacing",
        examples="""
            >>> x = dp.nextafter(dp.asarray([1.0]), 2.0)
            >>> bool(x[0] - 1.0 == np.finfo(np.float64).eps)
            True
        """,
    ),
    "spacing": _ufunc(
        "Distance from `x` to the next representable value of larger magnitude, elementwise.",
        dtypes=_REAL_FLOAT_IN,
        returns="The ulp of each element, in the loop's float dtype (negative for negative `x`).",
        notes="NaN for NaN and infinite inputs.",
        see_also="nextafter, finfo",
        examples="""
            >>> dp.spacing(dp.asarray([1.0], dtype=dp.float32))
            array([1.1920929e-07], dtype=float32)
        """,
    ),
    "signbit": _ufunc(
        "Whether the sign bit is set (the value is negative), elementwise.",
        dtypes=_REAL_FLOAT_IN,
        returns="Bool array: True for negative values, ``-0.0`` and negative NaNs.",
        dtype_effect=_DTYPE_BOOL,
        see_also="sign, copysign",
        examples="""
            >>> dp.signbit(dp.asarray([-1.0, 0.0, -0.0, 2.0]))
            array([ True, False,  True, False])
        """,
    ),
    # ------------------------------------------------------------------ complex parts
    "conj": _ufunc(
        "Complex conjugate, elementwise.",
        dtypes=" of a numeric dtype (bool computes in int8, as NumPy)",
        returns="The conjugate; real inputs give a copy with their dtype (int8 for bool).",
        extended="``dparray.conj`` and ``dparray.conjugate`` are the same ufunc.",
        see_also="real, imag",
        examples="""
            >>> dp.conj(dp.asarray([1 + 2j, 3 - 4j]))
            array([1.-2.j, 3.+4.j])
        """,
    ),
    "real": _ufunc(
        "Real part, elementwise.",
        dtypes=" of any dtype",
        returns="The real part: complex64 gives float32, complex128 float64; other dtypes "
        "are copied with their dtype.",
        dtype_effect=_DTYPE_REAL,
        notes="Unlike `numpy.real`, the result is a new array, not a view.",
        see_also="imag, conj, angle",
        examples="""
            >>> dp.real(dp.asarray([1 + 2j, 3 - 4j]))
            array([1., 3.])
            >>> dp.real(dp.asarray([1, 2]))
            array([1, 2])
        """,
    ),
    "imag": _ufunc(
        "Imaginary part, elementwise.",
        dtypes=" of any dtype",
        returns="The imaginary part: complex64 gives float32, complex128 float64; other "
        "dtypes give zeros of their dtype.",
        dtype_effect=_DTYPE_REAL,
        notes="Unlike `numpy.imag`, the result is a new array, not a view.",
        see_also="real, conj, angle",
        examples="""
            >>> dp.imag(dp.asarray([1 + 2j, 3 - 4j]))
            array([ 2., -4.])
            >>> dp.imag(dp.asarray([1.5]))
            array([0.])
        """,
    ),
    # ------------------------------------------------------------------ rounding
    "floor": _ufunc(
        "Floor (largest integer not greater than each element), elementwise.",
        dtypes=" of a real dtype (complex is a TypeError)",
        returns="The floor, with `x`'s dtype. " + _ROUND_INT,
        see_also="ceil, trunc, rint, floor_divide",
        examples="""
            >>> dp.floor(dp.asarray([-1.5, -0.2, 0.2, 1.5]))
            array([-2., -1.,  0.,  1.])
            >>> dp.floor(dp.asarray([3, -3]))
            array([ 3, -3])
        """,
    ),
    "ceil": _ufunc(
        "Ceiling (smallest integer not less than each element), elementwise.",
        dtypes=" of a real dtype (complex is a TypeError)",
        returns="The ceiling, with `x`'s dtype. " + _ROUND_INT,
        see_also="floor, trunc, rint",
        examples="""
            >>> dp.ceil(dp.asarray([-1.5, -0.2, 0.2, 1.5]))
            array([-1., -0.,  1.,  2.])
        """,
    ),
    "trunc": _ufunc(
        "Truncate towards zero, elementwise.",
        dtypes=" of a real dtype (complex is a TypeError)",
        returns="The integer part, with `x`'s dtype. " + _ROUND_INT,
        see_also="floor, ceil, fix, rint",
        examples="""
            >>> dp.trunc(dp.asarray([-1.7, -0.2, 0.2, 1.7]))
            array([-1., -0.,  0.,  1.])
        """,
    ),
    "rint": _ufunc(
        "Round to the nearest integer, halves to even, elementwise.",
        dtypes=_FLOAT_IN,
        returns=_FLOAT_RESULT + " Complex inputs have both parts rounded.",
        see_also="round, floor, ceil, trunc",
        examples="""
            >>> dp.rint(dp.asarray([-1.5, -0.5, 0.5, 1.5, 2.5]))
            array([-2., -0.,  0.,  2.,  2.])
        """,
    ),
    # ------------------------------------------------------------------ comparisons
    "equal": _compare(
        "Whether ``x1 == x2``, elementwise.",
        "==",
        see_also="not_equal, array_equal, isclose",
        examples="""
            >>> dp.equal(dp.asarray([1, 2, 3]), dp.asarray([1, 0, 3]))
            array([ True, False,  True])
            >>> dp.equal(dp.asarray([np.nan]), np.nan)
            array([False])
        """,
    ),
    "not_equal": _compare(
        "Whether ``x1 != x2``, elementwise.",
        "!=",
        see_also="equal",
        examples="""
            >>> dp.not_equal(dp.asarray([1, 2, 3]), 2)
            array([ True, False,  True])
        """,
    ),
    "less": _compare(
        "Whether ``x1 < x2``, elementwise.",
        "<",
        see_also="less_equal, greater",
        examples="""
            >>> dp.less(dp.asarray([1, 2, 3]), 2)
            array([ True, False, False])
            >>> dp.less(dp.asarray([1], dtype=dp.int8), 1000)
            array([ True])
        """,
    ),
    "less_equal": _compare(
        "Whether ``x1 <= x2``, elementwise.",
        "<=",
        see_also="less, greater_equal",
        examples="""
            >>> dp.less_equal(dp.asarray([1, 2, 3]), 2)
            array([ True,  True, False])
        """,
    ),
    "greater": _compare(
        "Whether ``x1 > x2``, elementwise.",
        ">",
        see_also="greater_equal, less",
        examples="""
            >>> dp.greater(dp.asarray([1, 2, 3]), 2)
            array([False, False,  True])
        """,
    ),
    "greater_equal": _compare(
        "Whether ``x1 >= x2``, elementwise.",
        ">=",
        see_also="greater, less_equal",
        examples="""
            >>> dp.greater_equal(dp.asarray([1.0, 2.0, np.nan]), 2.0)
            array([False,  True, False])
        """,
    ),
    # ------------------------------------------------------------------ logical
    "logical_and": _logical(
        "Logical AND of the truth values, elementwise.",
        see_also="logical_or, logical_not, bitwise_and",
        examples="""
            >>> dp.logical_and(dp.asarray([True, True, False]), dp.asarray([True, False, False]))
            array([ True, False, False])
            >>> dp.logical_and(dp.asarray([0, 1, 2]), 3)
            array([False,  True,  True])
        """,
    ),
    "logical_or": _logical(
        "Logical OR of the truth values, elementwise.",
        see_also="logical_and, logical_xor, bitwise_or",
        examples="""
            >>> dp.logical_or(dp.asarray([True, False, False]), dp.asarray([False, True, False]))
            array([ True,  True, False])
        """,
    ),
    "logical_xor": _logical(
        "Logical XOR of the truth values, elementwise.",
        see_also="logical_or, bitwise_xor",
        examples="""
            >>> dp.logical_xor(dp.asarray([True, True, False]), dp.asarray([True, False, False]))
            array([False,  True, False])
        """,
    ),
    "logical_not": _logical(
        "Logical NOT of the truth values, elementwise.",
        nin=1,
        see_also="logical_and, bitwise_invert",
        examples="""
            >>> dp.logical_not(dp.asarray([0, 1, 2]))
            array([ True, False, False])
        """,
    ),
    # ------------------------------------------------------------------ bitwise
    "bitwise_and": _ufunc(
        "Bitwise AND of the arguments, elementwise.",
        nin=2,
        dtypes=" of a bool or integer dtype",
        returns="``x1 & x2``, in the promoted dtype (bool for two bool inputs).",
        notes="Equivalent to ``x1 & x2`` on arrays.",
        see_also="bitwise_or, bitwise_xor, logical_and",
        examples="""
            >>> dp.bitwise_and(dp.asarray([12, 10]), 6)
            array([4, 2])
            >>> dp.bitwise_and(dp.asarray([True, False]), True)
            array([ True, False])
        """,
    ),
    "bitwise_or": _ufunc(
        "Bitwise OR of the arguments, elementwise.",
        nin=2,
        dtypes=" of a bool or integer dtype",
        returns="``x1 | x2``, in the promoted dtype (bool for two bool inputs).",
        notes="Equivalent to ``x1 | x2`` on arrays.",
        see_also="bitwise_and, bitwise_xor, logical_or",
        examples="""
            >>> dp.bitwise_or(dp.asarray([12, 10]), 6)
            array([14, 14])
        """,
    ),
    "bitwise_xor": _ufunc(
        "Bitwise XOR of the arguments, elementwise.",
        nin=2,
        dtypes=" of a bool or integer dtype",
        returns="``x1 ^ x2``, in the promoted dtype (bool for two bool inputs).",
        notes="Equivalent to ``x1 ^ x2`` on arrays.",
        see_also="bitwise_and, bitwise_or, logical_xor",
        examples="""
            >>> dp.bitwise_xor(dp.asarray([12, 10]), 6)
            array([10, 12])
        """,
    ),
    "bitwise_invert": _ufunc(
        "Bitwise NOT (two's complement inversion), elementwise.",
        dtypes=" of a bool or integer dtype",
        returns="``~x``, with `x`'s dtype (logical not for bool).",
        extended="``dparray.bitwise_invert``, ``dparray.bitwise_not`` and ``dparray.invert`` "
        "are the same ufunc.",
        notes="Equivalent to ``~x``.",
        see_also="bitwise_and, logical_not",
        examples="""
            >>> dp.bitwise_invert(dp.asarray([0, 5, -1]))
            array([-1, -6,  0])
            >>> dp.bitwise_invert(dp.asarray([0, 255], dtype=dp.uint8))
            array([255,   0], dtype=uint8)
            >>> dp.bitwise_invert(dp.asarray([True, False]))
            array([False,  True])
        """,
    ),
    "left_shift": _ufunc(
        "Shift the bits of `x1` left by `x2` places, elementwise.",
        nin=2,
        dtypes=" of an integer dtype (bool computes in int8)",
        returns="``x1 << x2``, in the promoted integer dtype.",
        extended="``dparray.left_shift`` and ``dparray.bitwise_left_shift`` are the same ufunc.",
        notes="""
            Equivalent to ``x1 << x2`` on arrays. Bits shifted out are lost (the result
            wraps around); a count at least the bit width, or negative, gives 0.
        """,
        see_also="right_shift",
        examples="""
            >>> dp.bitwise_left_shift(dp.asarray([1, 3, 5]), 2)
            array([ 4, 12, 20])
            >>> dp.bitwise_left_shift(dp.asarray([1]), 64)
            array([0])
        """,
    ),
    "right_shift": _ufunc(
        "Shift the bits of `x1` right by `x2` places, elementwise.",
        nin=2,
        dtypes=" of an integer dtype (bool computes in int8)",
        returns="``x1 >> x2``, in the promoted integer dtype.",
        extended="``dparray.right_shift`` and ``dparray.bitwise_right_shift`` are the same ufunc.",
        notes="""
            Equivalent to ``x1 >> x2`` on arrays: an arithmetic shift for signed types
            (rounding towards -inf). A count at least the bit width, or negative, gives 0
            (-1 for a negative `x1`).
        """,
        see_also="left_shift",
        examples="""
            >>> dp.bitwise_right_shift(dp.asarray([16, -16, 5]), 2)
            array([ 4, -4,  1])
            >>> dp.bitwise_right_shift(dp.asarray([-8, 8]), 64)
            array([-1,  0])
        """,
    ),
    "bitwise_count": _ufunc(
        "Number of 1 bits in the absolute value of each element.",
        dtypes=" of a bool or integer dtype (bool computes in int8; floating and complex are a "
        "TypeError)",
        returns="The counts, as uint8.",
        dtype_effect=_DTYPE_UINT8,
        examples="""
            >>> dp.bitwise_count(dp.asarray([0, 7, 255, -1]))
            array([0, 3, 8, 1], dtype=uint8)
        """,
    ),
    # ------------------------------------------------------------------ classification
    "isnan": _ufunc(
        "Whether each element is NaN.",
        dtypes=" of any dtype",
        returns="Bool array; False everywhere for bool and integer inputs. A complex number "
        "is NaN when either part is.",
        dtype_effect=_DTYPE_BOOL,
        see_also="isinf, isfinite, nan_to_num",
        examples="""
            >>> dp.isnan(dp.asarray([1.0, np.nan, np.inf]))
            array([False,  True, False])
        """,
    ),
    "isinf": _ufunc(
        "Whether each element is positive or negative infinity.",
        dtypes=" of any dtype",
        returns="Bool array; False everywhere for bool and integer inputs. A complex number "
        "is infinite when either part is.",
        dtype_effect=_DTYPE_BOOL,
        see_also="isposinf, isneginf, isfinite, isnan",
        examples="""
            >>> dp.isinf(dp.asarray([1.0, np.nan, np.inf, -np.inf]))
            array([False, False,  True,  True])
        """,
    ),
    "isfinite": _ufunc(
        "Whether each element is finite (not infinite and not NaN).",
        dtypes=" of any dtype",
        returns="Bool array; True everywhere for bool and integer inputs. A complex number "
        "is finite when both parts are.",
        dtype_effect=_DTYPE_BOOL,
        see_also="isinf, isnan",
        examples="""
            >>> dp.isfinite(dp.asarray([1.0, np.nan, np.inf]))
            array([ True, False, False])
            >>> dp.isfinite(dp.asarray([1, 2]))
            array([ True,  True])
        """,
    ),
    "isposinf": _ufunc(
        "Whether each element is positive infinity.",
        dtypes=" of a real dtype (complex is a TypeError, as NumPy)",
        returns="Bool array.",
        dtype_effect=_DTYPE_BOOL,
        notes="NumPy's `numpy.isposinf` is a Python function; here it is a ufunc.",
        see_also="isneginf, isinf",
        examples="""
            >>> dp.isposinf(dp.asarray([np.inf, -np.inf, 1.0]))
            array([ True, False, False])
        """,
    ),
    "isneginf": _ufunc(
        "Whether each element is negative infinity.",
        dtypes=" of a real dtype (complex is a TypeError, as NumPy)",
        returns="Bool array.",
        dtype_effect=_DTYPE_BOOL,
        notes="NumPy's `numpy.isneginf` is a Python function; here it is a ufunc.",
        see_also="isposinf, isinf",
        examples="""
            >>> dp.isneginf(dp.asarray([np.inf, -np.inf, 1.0]))
            array([False,  True, False])
        """,
    ),
}

DOCS["clip"] = """
    Clamp each element of an array to the interval [min, max].

    Parameters
    ----------
    x : ndarray
        Input array, of any dtype.
    min : ndarray, scalar or None, optional
        Lower bound, broadcast with `x`: a dparray array or a Python or NumPy scalar (a
        Python scalar is weak: it takes `x`'s dtype, NEP 50). None (the default): no lower
        bound.
    max : ndarray, scalar or None, optional
        Upper bound, as `min`. None (the default): no upper bound.
    out : ndarray, optional
        Array to write the result into (keyword only); the inputs must broadcast to its
        shape and the result must cast to its dtype under 'same_kind'.

    Returns
    -------
    ndarray
        ``minimum(maximum(x, min), max)`` in the promoted dtype of `x` and the bounds (a
        copy of `x` when both bounds are None), on `x`'s device and queue; `out` when given.

    Raises
    ------
    TypeError
        If `x` or `out` is not a dparray.ndarray, or a bound has an unsupported type.
    OverflowError
        If a Python int bound does not fit `x`'s integer dtype.
    ValueError
        If `x`, the bounds and `out` do not broadcast together.
    ExecutionPlacementError
        If the arrays are on different queues.

    See Also
    --------
    maximum, minimum, where

    Notes
    -----
    NaN in `x` or in a bound propagates to the result. When ``min > max`` the result is
    `max`, as NumPy's. Complex inputs are clamped in NumPy's lexicographic complex order.

    Differs from NumPy >= 2.1: a Python int bound outside `x`'s integer dtype raises
    OverflowError (NEP 50 weak scalars, as every other op), where NumPy special-cases
    clip; ``a_min`` / ``a_max`` keyword names are not accepted.

    Compute follows data: the op runs asynchronously on `x`'s queue and the result is
    allocated on its device and queue.

    Examples
    --------
    >>> x = dp.asarray([1, 5, 9, 12])
    >>> dp.clip(x, 3, 10)
    array([ 3,  5,  9, 10])
    >>> dp.clip(x, None, 6)
    array([1, 5, 6, 6])
    >>> dp.clip(dp.asarray([0.5, np.nan, 2.5]), 1.0, 2.0)
    array([ 1., nan,  2.])
    >>> dp.clip(x, dp.asarray([0, 6, 0, 0]), 8)
    array([1, 6, 8, 8])
"""

DOCS["round"] = """
    Round to the given number of decimals, halves to even, elementwise.

    ``dparray.round`` and ``dparray.around`` are the same function.

    Parameters
    ----------
    x : ndarray
        Input array, of any dtype.
    decimals : int, optional
        Number of decimal places (default 0). Negative values round to the left of the
        decimal point (tens, hundreds, ...).
    out : ndarray, optional
        Array to write the result into (keyword only); the result must cast to its dtype
        under 'same_kind'.

    Returns
    -------
    ndarray
        The rounded values, with `x`'s dtype (float16 for bool, as NumPy), on `x`'s device
        and queue; `out` when given. Complex inputs have both parts rounded.

    Raises
    ------
    TypeError
        If `x` or `out` is not a dparray.ndarray, or `decimals` is not an int.
    OverflowError
        If `decimals` does not fit a 32-bit integer.

    See Also
    --------
    rint, floor, ceil, trunc

    Notes
    -----
    As NumPy: with ``decimals != 0`` the values are scaled by ``10**|decimals|``, rounded
    half to even and scaled back, so results can show binary representation error
    (``round(1.005, 2)`` is 1.0: 1.005 is stored as 1.00499...). Integer inputs are
    unchanged for ``decimals >= 0``; for negative `decimals` they are rounded in floating
    point and cast back.

    Compute follows data: the op runs asynchronously on `x`'s queue and the result is
    allocated on its device and queue.

    Examples
    --------
    >>> dp.round(dp.asarray([0.5, 1.5, 2.5, -0.5]))
    array([ 0.,  2.,  2., -0.])
    >>> dp.around(dp.asarray([1.234, 5.678]), 1)
    array([1.2, 5.7])
    >>> dp.round(dp.asarray([1234, 1250, 1350]), -2)
    array([1200, 1200, 1400])
"""
