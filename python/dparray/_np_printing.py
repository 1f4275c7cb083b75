"""NumPy's print options and array formatting for dparray arrays.

dparray keeps its own print options (NumPy's names and defaults); repr / str of dparray
arrays and the functions here format with them through NumPy's formatter. Formatting copies
the array to the host, as printing does."""

import contextlib
import threading

from . import _core as _c

__all__ = [
    "array2string",
    "array_repr",
    "array_str",
    "format_float_positional",
    "format_float_scientific",
    "get_printoptions",
    "printoptions",
    "set_printoptions",
]

_DEFAULTS = {
    "edgeitems": 3,
    "threshold": 1000,
    "floatmode": "maxprec",
    "precision": 8,
    "suppress": False,
    "linewidth": 75,
    "nanstr": "nan",
    "infstr": "inf",
    "sign": "-",
    "formatter": None,
    "legacy": False,
    "override_repr": None,
}
_state = threading.local()


def _options():
    o = getattr(_state, "options", None)
    if o is None:
        o = _state.options = dict(_DEFAULTS)
    return o


def _numpy(op):
    try:
        import numpy

        return numpy
    except ImportError:  # pragma: no cover
        raise ImportError(f"[{op}] needs NumPy installed") from None


@contextlib.contextmanager
def numpy_options():
    """NumPy's print options set to dparray's for the block (used by repr / str)."""
    np = _numpy("printoptions")
    opts = {k: v for k, v in _options().items() if k in np.get_printoptions()}
    with np.printoptions(**opts):
        yield np


def set_printoptions(
    precision=None,
    threshold=None,
    edgeitems=None,
    linewidth=None,
    suppress=None,
    nanstr=None,
    infstr=None,
    formatter=None,
    sign=None,
    floatmode=None,
    *,
    legacy=None,
    override_repr=None,
) -> None:
    """Set how dparray arrays are printed.

    The options are dparray's own (NumPy's are not changed): they apply to ``repr`` /
    ``str`` of dparray arrays and to ``array2string``, ``array_repr`` and ``array_str``.
    Options not given keep their values, except `formatter`, which is reset when not given
    (as in NumPy).

    Parameters
    ----------
    precision : int, optional
        Digits after the decimal point of floating values (default 8).
    threshold : int, optional
        Arrays with more elements are summarised with ``...`` (default 1000).
    edgeitems : int, optional
        Items shown at each end of a summarised axis (default 3).
    linewidth : int, optional
        Characters per line (default 75).
    suppress : bool, optional
        If True, print small floating values as 0 instead of in scientific notation
        (default False).
    nanstr, infstr : str, optional
        How NaN and infinity are written (default ``'nan'`` and ``'inf'``).
    formatter : dict of callables, optional
        Per-type formatting functions, as NumPy's (keys such as ``'float'``, ``'int'``,
        ``'all'``); default None.
    sign : {'-', '+', ' '}, optional
        The sign shown for positive values (default ``'-'``: none).
    floatmode : {'fixed', 'unique', 'maxprec', 'maxprec_equal'}, optional
        How `precision` is used (default ``'maxprec'``).
    legacy : str or False, optional
        NumPy's legacy printing mode (``'1.13'``, ``'1.21'``, ``'1.25'``, ``'2.1'``...);
        keyword only.
    override_repr : callable, optional
        A function giving the whole repr of an array; keyword only.

    Raises
    ------
    TypeError, ValueError
        If an option is not valid, as NumPy checks it.

    See Also
    --------
    get_printoptions, printoptions, array2string

    Notes
    -----
    The options are kept per thread.

    Examples
    --------
    >>> old = dp.get_printoptions()
    >>> dp.set_printoptions(precision=3)
    >>> dp.asarray([1 / 3, 2 / 3])
    array([0.333, 0.667])
    >>> dp.set_printoptions(**old)
    >>> dp.asarray([1 / 3])
    array([0.33333333])
    """
    new = {
        "precision": precision,
        "threshold": threshold,
        "edgeitems": edgeitems,
        "linewidth": linewidth,
        "suppress": suppress,
        "nanstr": nanstr,
        "infstr": infstr,
        "sign": sign,
        "floatmode": floatmode,
        "legacy": legacy,
        "override_repr": override_repr,
    }
    given = {k: v for k, v in new.items() if v is not None}
    checked = _validated("set_printoptions", formatter, given)
    o = _options()
    for k in given:
        o[k] = checked[k]
    o["formatter"] = formatter  # NumPy, too, resets the formatter when it is not given


def _validated(op, formatter, given):
    """NumPy's print options after applying `given` (NumPy's checks, its exception types
    with the op named), leaving NumPy's own options unchanged."""
    np = _numpy(op)
    try:
        with np.printoptions():
            np.set_printoptions(formatter=formatter, **given)
            return np.get_printoptions()
    except (TypeError, ValueError) as e:
        raise type(e)(f"[{op}] {e}") from None


def get_printoptions():
    """Return the current print options of dparray arrays.

    Returns
    -------
    dict
        A new dict with the keys ``precision``, ``threshold``, ``edgeitems``,
        ``linewidth``, ``suppress``, ``nanstr``, ``infstr``, ``formatter``, ``sign``,
        ``floatmode``, ``legacy`` and ``override_repr`` (see ``set_printoptions``); it can be
        passed back as ``set_printoptions(**options)``.

    See Also
    --------
    set_printoptions, printoptions

    Examples
    --------
    >>> with dp.printoptions(precision=4):
    ...     dp.get_printoptions()["precision"]
    4
    """
    return dict(_options())


class printoptions:
    """Context manager setting print options for a block.

    On entry the options are set as by ``set_printoptions`` (so an option not given keeps
    its value, `formatter` excepted); on exit all options are restored. ``with ... as opts``
    gives the options in effect inside the block (a dict).

    Parameters
    ----------
    *args, **kwargs
        The arguments of ``set_printoptions`` (the first ten may be positional, in its
        order).

    Raises
    ------
    TypeError, ValueError
        If an option is not valid (checked when the object is made), or an argument is
        unknown or given twice (``TypeError``).

    See Also
    --------
    set_printoptions, get_printoptions

    Examples
    --------
    >>> with dp.printoptions(precision=2):
    ...     dp.asarray([1 / 3, 2 / 3])
    array([0.33, 0.67])
    >>> with dp.printoptions(threshold=5, edgeitems=2):
    ...     print(dp.arange(10))
    [0 1 ... 8 9]
    """

    def __init__(self, *args, **kwargs):
        names = ("precision", "threshold", "edgeitems", "linewidth", "suppress", "nanstr")
        names += ("infstr", "formatter", "sign", "floatmode")
        if len(args) > len(names):
            raise TypeError(f"[printoptions] takes at most {len(names)} positional arguments")
        opts = dict(zip(names, args))
        for k in kwargs:
            if k in opts or k not in names + ("legacy", "override_repr"):
                raise TypeError(f"[printoptions] unexpected or repeated argument {k!r}")
        opts.update(kwargs)
        formatter = opts.pop("formatter", None)
        _validated("printoptions", formatter, {k: v for k, v in opts.items() if v is not None})
        self._opts, self._formatter, self._saved = opts, formatter, []

    def __enter__(self):
        self._saved.append(dict(_options()))
        set_printoptions(formatter=self._formatter, **self._opts)
        return get_printoptions()

    def __exit__(self, *exc):
        o = _options()
        o.clear()
        o.update(self._saved.pop())
        return False


def _host(a, op):
    if isinstance(a, _c.ndarray):
        return _c.asnumpy(a)
    raise TypeError(f"[{op}] expected a dparray.ndarray, not {type(a).__name__}")


def array2string(
    a,
    max_line_width=None,
    precision=None,
    suppress_small=None,
    separator=" ",
    prefix="",
    *,
    formatter=None,
    threshold=None,
    edgeitems=None,
    sign=None,
    floatmode=None,
    suffix="",
    legacy=None,
):
    """Return a string representation of an array's values.

    Parameters
    ----------
    a : ndarray
        A dparray array.
    max_line_width : int, optional
        Characters per line (default None: the ``linewidth`` print option).
    precision : int, optional
        Digits of floating values (default None: the print option).
    suppress_small : bool, optional
        Print values very close to 0 as 0 (default None: the ``suppress`` print option).
    separator : str, optional
        Between elements (default ``' '``).
    prefix, suffix : str, optional
        Text the string will be printed after / before: the wrapped lines are indented by
        ``len(prefix)`` and the width accounts for `suffix` (default ``''``); neither is
        included in the result.
    formatter, threshold, edgeitems, sign, floatmode, legacy : optional
        As in ``set_printoptions``; keyword only (default None: the print option).

    Returns
    -------
    str
        The values, as ``numpy.array2string`` formats them.

    Raises
    ------
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    array_repr, array_str, set_printoptions

    Notes
    -----
    Formatting copies the array to the host (waiting for the work that produces it) and
    formats it with NumPy (required), with dparray's print options, the given arguments
    taking precedence.

    Examples
    --------
    >>> x = dp.asarray([1.0, 2.5, 3.0])
    >>> dp.array2string(x)
    '[1.  2.5 3. ]'
    >>> dp.array2string(x, separator=", ")
    '[1. , 2.5, 3. ]'
    >>> dp.array2string(x, precision=2, floatmode="fixed")
    '[1.00 2.50 3.00]'
    """
    h = _host(a, "array2string")
    with numpy_options() as np:
        return np.array2string(
            h,
            max_line_width,
            precision,
            suppress_small,
            separator,
            prefix,
            formatter=formatter,
            threshold=threshold,
            edgeitems=edgeitems,
            sign=sign,
            floatmode=floatmode,
            suffix=suffix,
            legacy=legacy,
        )


def array_repr(arr, max_line_width=None, precision=None, suppress_small=None):
    """Return the string representation of an array (what ``repr`` gives).

    Parameters
    ----------
    arr : ndarray
        A dparray array.
    max_line_width : int, optional
        Characters per line (default None: the ``linewidth`` print option).
    precision : int, optional
        Digits of floating values (default None: the print option).
    suppress_small : bool, optional
        Print values very close to 0 as 0 (default None: the ``suppress`` print option).

    Returns
    -------
    str
        ``'array([...])'``, with ``dtype=`` when the dtype is not the default one for the
        values (as NumPy's).

    Raises
    ------
    TypeError
        If `arr` is not a dparray array.

    See Also
    --------
    array_str, array2string

    Notes
    -----
    Formatting copies the array to the host (waiting for the work that produces it) and
    formats it with NumPy (required), with dparray's print options, the given arguments
    taking precedence. The device is not part of the string.

    Examples
    --------
    >>> dp.array_repr(dp.asarray([1, 2], dtype=dp.int8))
    'array([1, 2], dtype=int8)'
    >>> dp.array_repr(dp.asarray([1e-10, 1.0]), suppress_small=True)
    'array([0., 1.])'
    """
    h = _host(arr, "array_repr")
    with numpy_options() as np:
        return np.array_repr(h, max_line_width, precision, suppress_small)


def array_str(a, max_line_width=None, precision=None, suppress_small=None):
    """Return the string form of an array's data (what ``str`` gives).

    Parameters
    ----------
    a : ndarray
        A dparray array.
    max_line_width : int, optional
        Characters per line (default None: the ``linewidth`` print option).
    precision : int, optional
        Digits of floating values (default None: the print option).
    suppress_small : bool, optional
        Print values very close to 0 as 0 (default None: the ``suppress`` print option).

    Returns
    -------
    str
        The values, without ``array(...)`` and the dtype.

    Raises
    ------
    TypeError
        If `a` is not a dparray array.

    See Also
    --------
    array_repr, array2string

    Notes
    -----
    Formatting copies the array to the host (waiting for the work that produces it) and
    formats it with NumPy (required), with dparray's print options, the given arguments
    taking precedence.

    Examples
    --------
    >>> print(dp.array_str(dp.asarray([[1, 2], [3, 4]])))
    [[1 2]
     [3 4]]
    """
    h = _host(a, "array_str")
    with numpy_options() as np:
        return np.array_str(h, max_line_width, precision, suppress_small)


def _float(x, op):
    if isinstance(x, _c.ndarray):
        if x.size != 1:
            raise TypeError(f"[{op}] expects a scalar, got an array of shape {x.shape}")
        x = x.item()
    np = _numpy(op)
    if isinstance(x, (bool, int)) or not isinstance(x, (float, np.floating)):
        raise TypeError(f"[{op}] not a float: {x!r}")
    return x


def format_float_positional(
    x,
    precision=None,
    unique=True,
    fractional=True,
    trim="k",
    sign=False,
    pad_left=None,
    pad_right=None,
    min_digits=None,
):
    """Format a floating-point value in positional notation.

    Parameters
    ----------
    x : float, NumPy floating scalar or ndarray
        The value: a Python float, a NumPy floating scalar (its own precision decides the
        shortest unique digits), or a one-element dparray array (its value).
    precision : int, optional
        The most digits to print after the point (default None: as many as needed with
        `unique`; required when `unique` is False).
    unique : bool, optional
        If True (default), the shortest digits that identify the value uniquely
        (Dragon4), cut to `precision` when given; if False, exactly `precision` digits.
    fractional : bool, optional
        If True (default), `precision` counts digits after the point; if False, significant
        digits.
    trim : {'k', '.', '0', '-'}, optional
        What to do with trailing zeros and the point: ``'k'`` keep (default), ``'.'`` trim
        zeros but keep the point, ``'0'`` trim zeros but keep one after the point, ``'-'``
        trim zeros and the point.
    sign : bool, optional
        Show the sign of positive values (default False).
    pad_left, pad_right : int, optional
        Pad with spaces to this many characters left of the point / digits right of it.
    min_digits : int, optional
        The least digits to print after the point (with `unique`).

    Returns
    -------
    str
        The formatted value, from ``numpy.format_float_positional``.

    Raises
    ------
    TypeError
        If `x` is an array of more than one element, or not a floating value (a Python
        ``int`` or ``bool`` included).

    See Also
    --------
    format_float_scientific, array2string

    Notes
    -----
    A one-element array is read back to the host (waiting for its producer).

    Examples
    --------
    >>> dp.format_float_positional(0.1)
    '0.1'
    >>> dp.format_float_positional(3.14159, precision=3)
    '3.142'
    >>> dp.format_float_positional(1.0, trim="-")
    '1'
    >>> dp.format_float_positional(dp.asarray(2.5))
    '2.5'
    """
    x = _float(x, "format_float_positional")
    return _numpy("format_float_positional").format_float_positional(
        x, precision, unique, fractional, trim, sign, pad_left, pad_right, min_digits
    )


def format_float_scientific(
    x,
    precision=None,
    unique=True,
    trim="k",
    sign=False,
    pad_left=None,
    exp_digits=None,
    min_digits=None,
):
    """Format a floating-point value in scientific notation.

    Parameters
    ----------
    x : float, NumPy floating scalar or ndarray
        The value: a Python float, a NumPy floating scalar (its own precision decides the
        shortest unique digits), or a one-element dparray array (its value).
    precision : int, optional
        The most digits to print after the point (default None: as many as needed with
        `unique`; required when `unique` is False).
    unique : bool, optional
        If True (default), the shortest digits that identify the value uniquely
        (Dragon4), cut to `precision` when given; if False, exactly `precision` digits.
    trim : {'k', '.', '0', '-'}, optional
        What to do with trailing zeros and the point, as in ``format_float_positional``
        (default ``'k'``).
    sign : bool, optional
        Show the sign of positive values (default False).
    pad_left : int, optional
        Pad with spaces to this many characters left of the point.
    exp_digits : int, optional
        The least digits of the exponent (default None: at least 2).
    min_digits : int, optional
        The least digits to print after the point (with `unique`).

    Returns
    -------
    str
        The formatted value, from ``numpy.format_float_scientific``.

    Raises
    ------
    TypeError
        If `x` is an array of more than one element, or not a floating value (a Python
        ``int`` or ``bool`` included).

    See Also
    --------
    format_float_positional, array2string

    Notes
    -----
    A one-element array is read back to the host (waiting for its producer).

    Examples
    --------
    >>> dp.format_float_scientific(12345.678)
    '1.2345678e+04'
    >>> dp.format_float_scientific(0.0001, exp_digits=3)
    '1.e-004'
    """
    x = _float(x, "format_float_scientific")
    return _numpy("format_float_scientific").format_float_scientific(
        x, precision, unique, trim, sign, pad_left, exp_digits, min_digits
    )
