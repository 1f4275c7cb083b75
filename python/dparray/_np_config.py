"""NumPy's floating-point error settings, buffer size, configuration reports and info().

dparray records the error settings with NumPy's semantics (seterr returns the old ones,
errstate restores them on exit) but its device math reports no floating-point errors:
division by zero, overflow, underflow and invalid operations give inf / nan / 0 silently on
every device, so the settings change nothing there. Exceptions dparray raises itself (its
argument and value checks) raise whatever the settings are."""

import contextlib
import operator
import os
import sys
import threading

from . import _core as _c

__all__ = [
    "errstate",
    "get_include",
    "getbufsize",
    "geterr",
    "geterrcall",
    "info",
    "setbufsize",
    "seterr",
    "seterrcall",
    "show_config",
    "show_runtime",
]

_MODES = ("ignore", "warn", "raise", "call", "print", "log")
_KINDS = ("divide", "over", "under", "invalid")
_state = threading.local()


def _settings():
    s = getattr(_state, "settings", None)
    if s is None:
        s = _state.settings = {
            "divide": "warn",
            "over": "warn",
            "under": "ignore",
            "invalid": "warn",
            "call": None,
            "bufsize": 8192,
        }
    return s


def geterr():
    """Return the recorded floating-point error handling.

    Returns
    -------
    dict
        The modes for ``'divide'``, ``'over'``, ``'under'`` and ``'invalid'``, each one of
        ``'ignore'``, ``'warn'``, ``'raise'``, ``'call'``, ``'print'``, ``'log'`` (the
        defaults: ``'warn'``, ``'warn'``, ``'ignore'``, ``'warn'``, as NumPy's). A new dict.

    See Also
    --------
    seterr, errstate, geterrcall

    Notes
    -----
    dparray's device math reports no floating-point errors: division by zero, overflow,
    underflow and invalid operations give inf, nan or 0 silently on every device, whatever
    these settings say (NumPy would warn, raise ``FloatingPointError``, or call the callback).
    The settings are recorded, per thread, with NumPy's semantics so that code written for
    NumPy runs unchanged; they are dparray's own, not NumPy's (``numpy.geterr`` is not
    affected).

    Examples
    --------
    >>> sorted(dp.geterr())
    ['divide', 'invalid', 'over', 'under']
    >>> with dp.errstate(over="ignore"):
    ...     dp.geterr()["over"]
    'ignore'
    """
    s = _settings()
    return {k: s[k] for k in _KINDS}


def seterr(all=None, divide=None, over=None, under=None, invalid=None):
    """Set how floating-point errors are to be handled.

    Parameters
    ----------
    all : str, optional
        The mode for every kind not given on its own (default None: unchanged).
    divide, over, under, invalid : str, optional
        The mode for division by zero, overflow, underflow and invalid operations: one of
        ``'ignore'``, ``'warn'``, ``'raise'``, ``'call'``, ``'print'``, ``'log'``
        (default None: unchanged, or `all`).

    Returns
    -------
    dict
        The settings before the call, as ``geterr()`` gave them (pass them back as
        ``seterr(**old)`` to restore).

    Raises
    ------
    ValueError
        If a mode is not one of the six names.

    See Also
    --------
    geterr, errstate, seterrcall

    Notes
    -----
    dparray's device math reports no floating-point errors: division by zero, overflow,
    underflow and invalid operations give inf, nan or 0 silently on every device, whatever
    these settings say (NumPy would warn, raise ``FloatingPointError``, or call the callback).
    The settings are recorded, per thread, with NumPy's semantics so that code written for
    NumPy runs unchanged; they are dparray's own, not NumPy's (``numpy.geterr`` is not
    affected).

    Examples
    --------
    >>> old = dp.seterr(all="ignore")
    >>> dp.geterr()["divide"]
    'ignore'
    >>> _ = dp.seterr(**old)
    >>> dp.geterr() == old
    True
    """
    new = {"divide": divide, "over": over, "under": under, "invalid": invalid}
    for k in _KINDS:
        if new[k] is None:
            new[k] = all
    for k, v in new.items():
        if v is not None and v not in _MODES:
            raise ValueError(f"[seterr] invalid error mode {v!r} for {k!r}; one of {_MODES}")
    old = geterr()
    s = _settings()
    for k, v in new.items():
        if v is not None:
            s[k] = v
    return old


def geterrcall():
    """Return the recorded floating-point error callback.

    Returns
    -------
    callable, object with a ``write`` method, or None
        What ``seterrcall`` set for the ``'call'`` / ``'log'`` modes (None by default).

    See Also
    --------
    seterrcall, geterr

    Notes
    -----
    dparray's device math reports no floating-point errors: division by zero, overflow,
    underflow and invalid operations give inf, nan or 0 silently on every device, whatever
    these settings say (NumPy would warn, raise ``FloatingPointError``, or call the callback).
    The settings are recorded, per thread, with NumPy's semantics so that code written for
    NumPy runs unchanged; they are dparray's own, not NumPy's (``numpy.geterr`` is not
    affected). The callback is never called.

    Examples
    --------
    >>> dp.geterrcall() is None
    True
    """
    return _settings()["call"]


def seterrcall(func):
    """Set the callback for the ``'call'`` and ``'log'`` error modes.

    Parameters
    ----------
    func : callable, object with a ``write`` method, or None
        The function called as ``func(kind, flag)`` in ``'call'`` mode, or the object whose
        ``write`` method receives a message in ``'log'`` mode; None removes it.

    Returns
    -------
    callable, object or None
        The callback before the call.

    Raises
    ------
    ValueError
        If `func` is neither None, callable, nor an object with a callable ``write``.

    See Also
    --------
    geterrcall, seterr, errstate

    Notes
    -----
    dparray's device math reports no floating-point errors: division by zero, overflow,
    underflow and invalid operations give inf, nan or 0 silently on every device, whatever
    these settings say (NumPy would warn, raise ``FloatingPointError``, or call the callback).
    The settings are recorded, per thread, with NumPy's semantics so that code written for
    NumPy runs unchanged; they are dparray's own, not NumPy's (``numpy.geterr`` is not
    affected). The callback is recorded but never called.

    Examples
    --------
    >>> def handler(kind, flag):
    ...     print("floating-point error:", kind)
    >>> old = dp.seterrcall(handler)
    >>> dp.geterrcall() is handler
    True
    >>> dp.seterrcall(old) is handler
    True
    """
    if func is not None and not callable(func) and not callable(getattr(func, "write", None)):
        raise ValueError("[seterrcall] func must be callable or have a callable write method")
    s = _settings()
    old, s["call"] = s["call"], func
    return old


def getbufsize():
    """Return the recorded ufunc buffer size.

    Returns
    -------
    int
        The size in elements (8192 by default, as NumPy's).

    See Also
    --------
    setbufsize

    Notes
    -----
    The value is kept, per thread, for NumPy compatibility; dparray's kernels do not use it.

    Examples
    --------
    >>> dp.getbufsize()
    8192
    """
    return _settings()["bufsize"]


def setbufsize(size):
    """Set the recorded ufunc buffer size.

    Parameters
    ----------
    size : int
        The size in elements: a multiple of 16, from 16 to 10**7.

    Returns
    -------
    int
        The size before the call.

    Raises
    ------
    TypeError
        If `size` is not an integer.
    ValueError
        If `size` is above 10**7, below 5, or not a multiple of 16.

    See Also
    --------
    getbufsize

    Notes
    -----
    The value is kept, per thread, for NumPy compatibility; dparray's kernels do not use it.

    Examples
    --------
    >>> old = dp.setbufsize(16384)
    >>> dp.getbufsize()
    16384
    >>> dp.setbufsize(old)
    16384
    """
    try:
        size = operator.index(size)
    except TypeError:
        raise TypeError(
            f"[setbufsize] size must be an integer, not {type(size).__name__}"
        ) from None
    if size > 10_000_000:
        raise ValueError(f"Buffer size, {size}, is too big")
    if size < 5:
        raise ValueError(f"Buffer size, {size}, is too small")
    if size % 16:
        raise ValueError(f"Buffer size, {size}, is not a multiple of 16")
    s = _settings()
    old, s["bufsize"] = s["bufsize"], size
    return old


class errstate(contextlib.ContextDecorator):
    """Context manager (and decorator) setting the floating-point error handling for a block.

    On entry it applies the given modes with ``seterr`` (and `call` with ``seterrcall``); on
    exit it restores the settings before the block. Used as a decorator, it wraps every call
    of the function. One object can be entered again after it exited, and nested.

    Parameters
    ----------
    call : callable or object with a ``write`` method, optional
        The callback for the ``'call'`` / ``'log'`` modes during the block (default None:
        unchanged).
    all, divide, over, under, invalid : str, optional
        The modes during the block, as for ``seterr`` (default None: unchanged). Keyword only.

    Raises
    ------
    ValueError
        If a mode is not one of ``'ignore'``, ``'warn'``, ``'raise'``, ``'call'``,
        ``'print'``, ``'log'`` (when the object is made).

    See Also
    --------
    seterr, geterr, seterrcall

    Notes
    -----
    dparray's device math reports no floating-point errors: division by zero, overflow,
    underflow and invalid operations give inf, nan or 0 silently on every device, whatever
    these settings say (NumPy would warn, raise ``FloatingPointError``, or call the callback).
    The settings are recorded, per thread, with NumPy's semantics so that code written for
    NumPy runs unchanged; they are dparray's own, not NumPy's (``numpy.geterr`` is not
    affected).

    Examples
    --------
    >>> before = dp.geterr()
    >>> with dp.errstate(divide="ignore", invalid="ignore"):
    ...     dp.geterr()["divide"]
    'ignore'
    >>> dp.geterr() == before
    True
    >>> @dp.errstate(all="raise")
    ... def modes():
    ...     return dp.geterr()["over"]
    >>> modes()
    'raise'
    """

    def __init__(self, *, call=None, all=None, divide=None, over=None, under=None, invalid=None):
        self._call_given = call is not None
        self.call = call
        self.kwargs = {
            "all": all,
            "divide": divide,
            "over": over,
            "under": under,
            "invalid": invalid,
        }
        for k, v in self.kwargs.items():
            if v is not None and v not in _MODES:
                raise ValueError(f"[errstate] invalid error mode {v!r} for {k!r}")
        self._saved = []

    def __enter__(self):
        old_err = seterr(**self.kwargs)
        old_call = seterrcall(self.call) if self._call_given else None
        self._saved.append((old_err, old_call))
        return self

    def __exit__(self, *exc):
        old_err, old_call = self._saved.pop()
        seterr(**old_err)
        if self._call_given:
            seterrcall(old_call)
        return False


# ---------------------------------------------------------------- reports


def _devices():
    try:
        return list(_c.get_devices())
    except RuntimeError as e:  # pragma: no cover - a broken platform still reports
        return [f"<device discovery failed: {e}>"]


def show_config() -> None:
    """Print how dparray was built and the devices it sees.

    The report gives dparray's version, the backends (the host backend's threading, vector
    math, BLAS / LAPACK and FFT libraries; the OpenCL backend), the path of the compiled
    extension, and each visible device with its filter string, name and float64 support.

    See Also
    --------
    show_runtime, get_devices

    Notes
    -----
    Device discovery runs if it has not yet; its failure is printed, not raised.

    Examples
    --------
    >>> dp.show_config()
    dparray ...
      build:
        host backend: ...
      devices:
        host:cpu:0: ...
    """
    from . import __version__

    print(f"dparray {__version__}")
    print("  build:")
    print("    host backend: oneTBB threads, SLEEF vector math, OpenBLAS / LAPACK, pocketfft")
    print("    OpenCL backend: kernels generated at run time (any OpenCL 1.2+ device)")
    print(f"    extension: {_c.__file__}")
    print("  devices:")
    for d in _devices():
        name = getattr(d, "filter_string", d)
        fp64 = getattr(d, "has_aspect_fp64", None)
        print(f"    {name}: {getattr(d, 'name', '')} (fp64: {fp64})")


def show_runtime() -> None:
    """Print the run-time environment.

    The report gives dparray's version, Python's version and the platform, the number of
    CPUs, NumPy's version (or that it is not installed), and the filter string of every
    visible device.

    See Also
    --------
    show_config, get_devices

    Examples
    --------
    >>> dp.show_runtime()
    dparray ...
    python ...
    cpus: ...
    device: host:cpu:0...
    """
    import platform  # here, not at import: dparray's import stays small

    from . import __version__

    print(f"dparray {__version__}")
    print(f"python {sys.version.split()[0]} on {platform.platform()} ({platform.machine()})")
    print(f"cpus: {os.cpu_count()}")
    try:
        import numpy

        print(f"numpy {numpy.__version__}")
    except ImportError:  # pragma: no cover
        print("numpy: not installed")
    for d in _devices():
        print(f"device: {getattr(d, 'filter_string', d)}")


def get_include():
    """Return the directory holding dparray's C++ headers.

    It contains the ``dparray/`` include tree (``#include "dparray/array/array.h"``), for
    building C++ code against dparray, as ``numpy.get_include()``.

    Returns
    -------
    str
        The package's ``include/`` directory when installed; ``src/`` of the source checkout
        when dparray is imported from its sources (``python/dparray`` or a staged build linking
        to it).

    Raises
    ------
    FileNotFoundError
        If neither holds the headers.

    Examples
    --------
    >>> import os
    >>> os.path.isfile(os.path.join(dp.get_include(), "dparray", "array", "array.h"))
    True
    """
    here = os.path.dirname(os.path.realpath(__file__))
    for cand in (os.path.join(here, "include"), os.path.join(here, "..", "..", "src")):
        if os.path.isfile(os.path.join(cand, "dparray", "array", "array.h")):
            return os.path.normpath(cand)
    raise FileNotFoundError(
        "[get_include] dparray's C++ headers are not installed with the package; use a "
        "source checkout (its src/ directory holds the dparray/ include tree)"
    )


def info(object=None, maxwidth=76, output=None, toplevel="dparray") -> None:
    """Print documentation of an object.

    Parameters
    ----------
    object : object or str, optional
        A function, class or other object: its name and signature, then its docstring. A
        string: the same for every object of that name in ``dparray``, ``dparray.linalg`` and
        ``dparray.fft``, each headed by where it was found, or ``Help for NAME not found.``
        Default None: ``info`` itself.
    maxwidth : int, optional
        The widest the signature line may be; a longer one is cut, ending in ``...``
        (default 76).
    output : file-like, optional
        Where to write (default None: ``sys.stdout``).
    toplevel : str, optional
        Accepted for NumPy's signature; not used (default ``'dparray'``).

    See Also
    --------
    show_config

    Notes
    -----
    Difference from NumPy: strings are looked up in dparray's namespaces only, and the
    docstring is printed as ``inspect.getdoc`` gives it.

    Examples
    --------
    >>> import io
    >>> buf = io.StringIO()
    >>> dp.info(dp.base_repr, output=buf)
    >>> buf.getvalue().splitlines()[0]
    ' base_repr(number, base=2, padding=0)'
    >>> dp.info("no_such_name")
    Help for no_such_name not found.
    """
    out = sys.stdout if output is None else output
    if object is None:
        object = info
    if isinstance(object, str):
        import dparray

        from . import fft, linalg

        hits = []
        for mod in (dparray, linalg, fft):
            if hasattr(mod, object):
                hits.append((f"{mod.__name__}.{object}", getattr(mod, object)))
        if not hits:
            print(f"Help for {object} not found.", file=out)
            return
        for name, obj in hits:
            print(f"     *** Found in {name.rsplit('.', 1)[0]} ***", file=out)
            info(obj, maxwidth, out, toplevel)
        return
    import inspect  # here, not at import: inspect pulls in ast, dis and tokenize

    name = getattr(object, "__name__", type(object).__name__)
    try:
        sig = str(inspect.signature(object))
    except (TypeError, ValueError):
        sig = "(...)" if callable(object) else ""
    head = f" {name}{sig}"
    print(head if len(head) <= maxwidth else head[: maxwidth - 3] + "...", file=out)
    print(file=out)
    print(inspect.getdoc(object) or "", file=out)
