"""NumPy-style docstrings of the names dparray's C++ module defines.

Functions, ufuncs, classes, methods and properties bound in C++ (dparray._core) read their
documentation from here on first use of ``__doc__``, so ``help()``, ``inspect.getdoc`` and
the Sphinx reference show it and ``import dparray`` pays nothing for it. The texts live in
one module per routine group (``DOCS = {key: text}``); a key is the name as seen from
``dparray``: ``"sum"``, ``"ndarray.sum"``, ``"ndarray.shape"``, ``"Device"``, ``"add"``.
The build writes the same texts into the shipped ``_core.pyi`` stub (``stub.py``).
"""

import importlib

# Modules holding the texts; each defines DOCS.
GROUPS = (
    "array",
    "creation",
    "devices",
    "elementwise",
    "indexing",
    "linalg",
    "manipulation",
    "program",
    "random",
    "reductions",
    "sorting",
    "utilities",
)

_table = None


def table():
    """Every text, by key (loaded once; a key defined twice is an error)."""
    global _table
    if _table is None:
        merged = {}
        for group in GROUPS:
            docs = importlib.import_module(f"{__name__}.{group}").DOCS
            twice = merged.keys() & docs.keys()
            if twice:
                raise RuntimeError(f"[docstrings] defined twice: {sorted(twice)}")
            merged.update(docs)
        _table = {key: _clean(text) for key, text in merged.items()}
    return _table


def _clean(text):
    lines = text.strip("\n").splitlines()
    indent = min((len(s) - len(s.lstrip()) for s in lines[1:] if s.strip()), default=0)
    first = lines[0].strip()
    return "\n".join([first] + [s[indent:] for s in lines[1:]]).rstrip() + "\n"


def key_of(obj):
    """The key of a C++ function or method: its qualname, prefixed by its submodule."""
    qualname = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", "")
    module = getattr(obj, "__module__", "") or ""
    sub = module.removeprefix("dparray._core").removeprefix("dparray").strip(".")
    return f"{sub}.{qualname}" if sub else qualname


def _signature_line(doc):
    """The first paragraph: the ufunc's `name(params)` line (kept, as NumPy's ufuncs do)."""
    return doc.split("\n\n", 1)[0] if doc else ""


def function_doc(func):
    """__doc__ of a C++ function or method (called by signed_function.cpp, once per function)."""
    text = table().get(key_of(func))
    return func.__doc__ if text is None else text  # help() shows __signature__ above it


def ufunc_doc(ufunc, own):
    """__doc__ of a ufunc instance: its signature line, then the text for its name."""
    text = table().get(ufunc.__name__)
    return own if text is None else f"{_signature_line(own)}\n\n{text}"


class _ClassDoc:
    """A class's __doc__, looked up on first read (type.__doc__ calls __get__(None, cls))."""

    def __init__(self, key, own):
        self.key, self.own = key, own

    def __get__(self, obj, tp=None):
        return table().get(self.key, self.own)


class _DocProperty(property):
    """A property whose __doc__ comes from the table on first read."""

    def __init__(self, prop, key):
        self._key = key
        super().__init__(prop.fget, prop.fset, prop.fdel)

    @property
    def __doc__(self):
        return table().get(self._key) or (self.fget.__doc__ if self.fget else None)

    @__doc__.setter
    def __doc__(self, value):  # property.__init__ stores fget's text; the table wins
        pass


def document_class(cls):
    """Gives a C++ class a lazy __doc__ and its properties lazy docs (called at module init)."""
    key = cls.__qualname__
    own = cls.__dict__.get("__doc__")
    if own is None or isinstance(own, str):  # the ufunc type has a per-instance __doc__
        cls.__doc__ = _ClassDoc(key, own)
    for name, value in list(cls.__dict__.items()):
        if type(value) is property and not name.startswith("__"):
            setattr(cls, name, _DocProperty(value, f"{key}.{name}"))
