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
):
    """Set how dparray arrays print (numpy.set_printoptions): the arguments NumPy takes,
    validated by NumPy; options not given are kept."""
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
    """The current print options (numpy.get_printoptions), a new dict."""
    return dict(_options())


class printoptions:
    """Context manager setting print options for its block (numpy.printoptions); the
    options are checked when it is made."""

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
    """The array's values as a string (numpy.array2string), with dparray's print options
    for whatever is not given."""
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
    """repr of an array (numpy.array_repr): 'array([...])' with the dtype when it is not
    the default one."""
    h = _host(arr, "array_repr")
    with numpy_options() as np:
        return np.array_repr(h, max_line_width, precision, suppress_small)


def array_str(a, max_line_width=None, precision=None, suppress_small=None):
    """str of an array (numpy.array_str)."""
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
    """A float in positional notation (numpy.format_float_positional, Dragon4)."""
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
    """A float in scientific notation (numpy.format_float_scientific, Dragon4)."""
    x = _float(x, "format_float_scientific")
    return _numpy("format_float_scientific").format_float_scientific(
        x, precision, unique, trim, sign, pad_left, exp_digits, min_digits
    )
