"""inspect.Signature objects for dparray's C++ functions, built from nanobind's text.

The C++ wrappers (python/src/signed_function.cpp) call from_nanobind() the first time
their __signature__ is read. nanobind describes each function as the text of a `def` line
(its own rendering, or the one given with nb::sig) in which the k-th default value may be
written as a placeholder \\k, the values themselves coming alongside.
"""

import ast
import inspect
import re

_PLACEHOLDER = re.compile(r"\\(\d+)$")
_OPEN, _CLOSE = "([{", ")]}"


class _Text:
    """A default value known only by its source text; repr() gives the text back."""

    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


def _split_top(text, sep):
    """text split at each `sep` outside brackets and string literals."""
    parts, depth, quote, start = [], 0, None, 0
    for i, c in enumerate(text):
        if quote:
            quote = None if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth -= 1
        elif depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            start = i + len(sep)
    parts.append(text[start:])
    return parts


def _close_paren(text, open_at):
    """Index of the parenthesis closing the one at open_at."""
    depth, quote = 0, None
    for i in range(open_at, len(text)):
        c = text[i]
        if quote:
            quote = None if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth -= 1
            if depth == 0:
                return i
    raise ValueError(f"[signature] unbalanced parentheses in {text!r}")


def _default(text, values):
    text = text.strip()
    m = _PLACEHOLDER.match(text)
    if m:
        return values[int(m.group(1))]
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return _Text(text)


def _parameters(params_text, values):
    kind = inspect.Parameter.POSITIONAL_OR_KEYWORD
    pieces = [p.strip() for p in _split_top(params_text, ",") if p.strip()]
    if "/" in pieces:  # everything before '/' is positional-only
        cut = pieces.index("/")
        for i in range(cut):
            pieces[i] = ("pos", pieces[i])
        del pieces[cut]
    out = []
    for piece in pieces:
        this_kind = kind
        if isinstance(piece, tuple):
            this_kind, piece = inspect.Parameter.POSITIONAL_ONLY, piece[1]
        if piece == "*":
            kind = inspect.Parameter.KEYWORD_ONLY
            continue
        if piece.startswith("**"):
            this_kind, piece = inspect.Parameter.VAR_KEYWORD, piece[2:]
        elif piece.startswith("*"):
            this_kind, piece = inspect.Parameter.VAR_POSITIONAL, piece[1:]
            kind = inspect.Parameter.KEYWORD_ONLY
        head, *default = _split_top(piece, "=")
        default = ["=".join(default)] if default else []
        name, *annotation = _split_top(head, ":")
        annotation = [":".join(annotation)] if annotation else []
        out.append(
            inspect.Parameter(
                name.strip(),
                this_kind,
                default=_default(default[0], values) if default else inspect.Parameter.empty,
                annotation=annotation[0].strip() if annotation else inspect.Parameter.empty,
            )
        )
    return out


def from_text(text, values=()):
    """The Signature that a nanobind `def name(...) -> ret` line describes."""
    line = text.strip().splitlines()[-1]  # nb::sig may put decorators on lines above
    open_at = line.index("(")
    close_at = _close_paren(line, open_at)
    rest = line[close_at + 1 :].strip()
    ret = rest[2:].strip().rstrip(":").strip() if rest.startswith("->") else None
    return inspect.Signature(
        _parameters(line[open_at + 1 : close_at], values or ()),
        return_annotation=ret if ret else inspect.Signature.empty,
    )


def from_nanobind(func):
    """The Signature of a nanobind function (its first overload: dparray binds no others)."""
    text, _doc, values = func.__nb_signature__[0]
    return from_text(text, values)
