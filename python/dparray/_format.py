"""NumPy-style repr, str and format of arrays (formatting runs once per print, in Python)."""


def _numpy():
    try:
        import numpy

        return numpy
    except ImportError:  # pragma: no cover - NumPy is optional at run time
        return None


def _plain(x):
    return f"<dparray.ndarray shape={x.shape} dtype={x.dtype}>"


def array_str(x):
    np = _numpy()
    if np is None:
        return str(x.item()) if x.ndim == 0 else _plain(x)
    from ._np_printing import numpy_options

    with numpy_options():  # dparray.set_printoptions applies
        return np.array2string(x.__array__(), separator=" ")


def array_repr(x):
    np = _numpy()
    if np is None:
        return _plain(x)
    from ._np_printing import numpy_options

    # NumPy's layout, which already names the dtype when it is not the default one.
    with numpy_options():  # dparray.set_printoptions applies
        return np.array_repr(x.__array__())


def array_format(x, spec):
    """format(x, spec): a 0-d array formats its value; others accept only an empty spec."""
    if x.ndim == 0:
        return format(x.item(), spec)
    if spec:
        raise TypeError("unsupported format string passed to dparray.ndarray.__format__")
    return array_str(x)
