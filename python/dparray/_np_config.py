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
    """The recorded floating-point error handling (numpy.geterr): a dict of the modes for
    'divide', 'over', 'under' and 'invalid'."""
    s = _settings()
    return {k: s[k] for k in _KINDS}


def seterr(all=None, divide=None, over=None, under=None, invalid=None):
    """Record how floating-point errors are to be handled (numpy.seterr); returns the old
    settings. dparray's device math reports no such errors (see the module doc)."""
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
    """The recorded error callback (numpy.geterrcall)."""
    return _settings()["call"]


def seterrcall(func):
    """Record the callback for the 'call' / 'log' modes (numpy.seterrcall): a callable, an
    object with a write method, or None; returns the old one."""
    if func is not None and not callable(func) and not callable(getattr(func, "write", None)):
        raise ValueError("[seterrcall] func must be callable or have a callable write method")
    s = _settings()
    old, s["call"] = s["call"], func
    return old


def getbufsize():
    """The recorded ufunc buffer size in elements (numpy.getbufsize)."""
    return _settings()["bufsize"]


def setbufsize(size):
    """Record the ufunc buffer size (numpy.setbufsize): a multiple of 16 from 16 to 10^7;
    returns the old size. dparray's kernels do not use it."""
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
    """Context manager (and decorator) setting the floating-point error handling for its
    block (numpy.errstate): call=, all=, divide=, over=, under=, invalid=. The settings are
    recorded; device math reports no floating-point errors (see dparray.seterr)."""

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


def show_config():
    """Print how dparray was built and what it runs on: version, backends, the libraries
    the host backend uses, and the visible devices."""
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


def show_runtime():
    """Print the run-time environment: Python, the platform, CPU count, NumPy's version
    when installed, and dparray's visible devices."""
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
    """Directory of dparray's C++ headers (its `dparray/...` include tree): the package's
    include/ folder when installed, src/ of a source checkout when the package is imported
    from python/dparray or a staged build of it; FileNotFoundError if neither has them."""
    here = os.path.dirname(os.path.realpath(__file__))
    for cand in (os.path.join(here, "include"), os.path.join(here, "..", "..", "src")):
        if os.path.isfile(os.path.join(cand, "dparray", "array", "array.h")):
            return os.path.normpath(cand)
    raise FileNotFoundError(
        "[get_include] dparray's C++ headers are not installed with the package; use a "
        "source checkout (its src/ directory holds the dparray/ include tree)"
    )


def info(object=None, maxwidth=76, output=None, toplevel="dparray"):
    """Print help on object (numpy.info): the signature and docstring of a function or
    class, or of every dparray name matching a string."""
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
