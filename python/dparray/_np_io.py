"""File I/O of dparray arrays in NumPy's formats: .npy / .npz (save, load, savez,
savez_compressed), text (savetxt, loadtxt, genfromtxt, fromregex) and raw binary (fromfile).

Files are read and written on the host by NumPy (the formats and parsers are NumPy's, so
the files are interchangeable with NumPy's); arrays are copied to the host to be written
and loaded arrays are copied to the requested device (device= / sycl_queue= / usm_type=)."""

import collections.abc

from . import _core as _c

__all__ = [
    "fromfile",
    "fromregex",
    "genfromtxt",
    "load",
    "loadtxt",
    "save",
    "savetxt",
    "savez",
    "savez_compressed",
]


def _numpy(op):
    try:
        import numpy

        return numpy
    except ImportError:  # pragma: no cover
        raise ImportError(
            f"[{op}] needs NumPy installed: it reads and writes the file formats"
        ) from None


def _run(op, f, *args, **kwargs):
    """NumPy's reader / writer f, its argument errors raised naming the dparray function
    (file-system errors pass through unchanged)."""
    try:
        return f(*args, **kwargs)
    except OSError:
        raise
    except (TypeError, ValueError, AttributeError) as e:
        kind = ValueError if isinstance(e, ValueError) else TypeError
        raise kind(f"[{op}] {e}") from e


def _source(fname, op):
    """NumPy's text readers take paths, files and sequences of lines; a mapping is none."""
    if isinstance(fname, (collections.abc.Mapping, collections.abc.Set)):
        raise TypeError(
            f"[{op}] fname must be a path, a file or a sequence of lines, not {type(fname).__name__}"
        )
    return fname


def _host(x, op):
    if isinstance(x, _c.ndarray):
        return _c.asnumpy(x)
    np = _numpy(op)
    h = np.asarray(x)
    if h.dtype.kind not in "biufc":
        raise TypeError(f"[{op}] cannot save values of dtype {h.dtype}: dparray arrays are numeric")
    return h


def _placement(device, usm_type, sycl_queue):
    kw = {"device": device, "usm_type": usm_type, "sycl_queue": sycl_queue}
    return {k: v for k, v in kw.items() if v is not None}


def _to_device(h, op, kw):
    if h.dtype.kind not in "biufc":
        raise TypeError(
            f"[{op}] the file holds values of dtype {h.dtype}, which dparray arrays cannot hold"
        )
    if not h.dtype.isnative:  # files may hold big-endian data
        h = h.astype(h.dtype.newbyteorder("="))
    return _c.asarray(h, **kw)


def save(file, arr, allow_pickle=True):
    """Write arr to a .npy file (numpy.save; '.npy' is appended to a file name without
    it). allow_pickle is accepted for NumPy's signature: dparray arrays are numeric and
    never pickled."""
    np = _numpy("save")
    _run("save", np.save, file, _host(arr, "save"), allow_pickle=False)


def _savez(op, file, args, kwds, compressed):
    np = _numpy(op)
    host_args = [_host(a, op) for a in args]
    host_kwds = {k: _host(v, op) for k, v in kwds.items()}
    f = np.savez_compressed if compressed else np.savez
    _run(op, f, file, *host_args, **host_kwds)


def savez(file, *args, allow_pickle=True, **kwds):
    """Write several arrays to an uncompressed .npz archive (numpy.savez): positional ones
    as arr_0, arr_1, ..., keyword ones under their names."""
    _savez("savez", file, args, kwds, compressed=False)


def savez_compressed(file, *args, allow_pickle=True, **kwds):
    """Write several arrays to a compressed .npz archive (numpy.savez_compressed)."""
    _savez("savez_compressed", file, args, kwds, compressed=True)


class NpzFile(collections.abc.Mapping):
    """The arrays of an .npz archive, each loaded onto the device when first read
    (numpy.lib.npyio.NpzFile's mapping interface; a context manager closing the file)."""

    def __init__(self, npz, kw):
        self._npz, self._kw = npz, kw
        self.files = list(npz.files)

    def __getitem__(self, key):
        return _to_device(self._npz[key], "load", self._kw)

    def __iter__(self):
        return iter(self.files)

    def __len__(self):
        return len(self.files)

    def __contains__(self, key):
        return key in self.files

    def close(self):
        self._npz.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return f"<dparray NpzFile with arrays {self.files}>"


def load(
    file,
    mmap_mode=None,
    allow_pickle=False,
    fix_imports=True,
    encoding="ASCII",
    *,
    max_header_size=10000,
    device=None,
    usm_type=None,
    sycl_queue=None,
):
    """Read a .npy file (an array on the device) or an .npz archive (an NpzFile mapping
    names to device arrays) written by NumPy or dparray (numpy.load). mmap_mode is not
    supported: device arrays cannot map a file."""
    op = "load"
    if mmap_mode is not None:
        raise ValueError(
            f"[{op}] mmap_mode={mmap_mode!r} is not supported: dparray arrays live in device "
            "memory and cannot map a file; load without mmap_mode"
        )
    np = _numpy(op)
    kw = _placement(device, usm_type, sycl_queue)
    r = _run(
        op,
        np.load,
        file,
        allow_pickle=allow_pickle,
        fix_imports=fix_imports,
        encoding=encoding,
        max_header_size=max_header_size,
    )
    if isinstance(r, np.ndarray):
        return _to_device(r, op, kw)
    if hasattr(r, "files"):
        return NpzFile(r, kw)
    raise TypeError(f"[{op}] the file holds a pickled {type(r).__name__}, not an array")


def savetxt(
    fname,
    X,
    fmt="%.18e",
    delimiter=" ",
    newline="\n",
    header="",
    footer="",
    comments="# ",
    encoding=None,
):
    """Write a 1-D or 2-D array to a text file (numpy.savetxt; formatted by NumPy)."""
    np = _numpy("savetxt")
    _run(
        "savetxt",
        np.savetxt,
        fname,
        _host(X, "savetxt"),
        fmt,
        delimiter,
        newline,
        header,
        footer,
        comments,
        encoding,
    )


def loadtxt(fname, dtype=float, *args, device=None, usm_type=None, sycl_queue=None, **kwargs):
    """Read an array from a text file (numpy.loadtxt; parsed by NumPy on the host) onto
    the device. NumPy's arguments pass through; the result must be numeric (no structured
    dtypes)."""
    np = _numpy("loadtxt")
    r = _run(
        "loadtxt", np.loadtxt, _source(fname, "loadtxt"), _np_dtype(np, dtype), *args, **kwargs
    )
    if isinstance(r, tuple):  # unpack=True with a structured dtype
        return tuple(_to_device(x, "loadtxt", _placement(device, usm_type, sycl_queue)) for x in r)
    return _to_device(r, "loadtxt", _placement(device, usm_type, sycl_queue))


def genfromtxt(fname, dtype=float, *args, device=None, usm_type=None, sycl_queue=None, **kwargs):
    """Read an array from a text file with missing values handled (numpy.genfromtxt;
    parsed by NumPy on the host) onto the device. usemask=True is not supported: dparray
    has no masked arrays."""
    np = _numpy("genfromtxt")
    if kwargs.get("usemask"):
        raise ValueError("[genfromtxt] usemask=True is not supported: dparray has no masked arrays")
    r = _run(
        "genfromtxt",
        np.genfromtxt,
        _source(fname, "genfromtxt"),
        _np_dtype(np, dtype),
        *args,
        **kwargs,
    )
    return _to_device(np.asarray(r), "genfromtxt", _placement(device, usm_type, sycl_queue))


def fromfile(
    file,
    dtype=float,
    count=-1,
    sep="",
    offset=0,
    *,
    like=None,
    device=None,
    usm_type=None,
    sycl_queue=None,
):
    """Read raw binary (sep='') or separated text data from a file (numpy.fromfile) onto
    the device."""
    np = _numpy("fromfile")
    r = _run("fromfile", np.fromfile, file, _np_dtype(np, dtype), count, sep, offset)
    return _to_device(r, "fromfile", _placement(device, usm_type, sycl_queue))


def fromregex(file, regexp, dtype, encoding=None, *, device=None, usm_type=None, sycl_queue=None):
    """Arrays of the regular expression's groups in a text file (numpy.fromregex). dparray
    has no structured dtypes: a one-field dtype gives that field's array, several fields a
    dict of name -> array."""
    np = _numpy("fromregex")
    r = _run("fromregex", np.fromregex, file, regexp, _np_dtype(np, dtype), encoding)
    kw = _placement(device, usm_type, sycl_queue)
    names = r.dtype.names
    if not names:
        return _to_device(r, "fromregex", kw)
    if len(names) == 1:
        return _to_device(np.ascontiguousarray(r[names[0]]), "fromregex", kw)
    return {n: _to_device(np.ascontiguousarray(r[n]), "fromregex", kw) for n in names}


def _np_dtype(np, dtype):
    """dparray dtypes stand for the NumPy dtypes of the same name."""
    if isinstance(dtype, _c.dtype):
        return np.dtype(str(dtype))
    return dtype
