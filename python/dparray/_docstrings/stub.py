"""Writes the docstring texts into nanobind's generated _core.pyi (run by the build).

    python -m dparray._docstrings.stub _core.pyi

Every module-level def and class, every method and property in a class, whose key is in the
table gets that text as its docstring (replacing nanobind's short one, or added).
"""

import ast
import re
import sys

from . import table


def _quoted(text, indent):
    body = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    pad = " " * indent
    lines = [pad + line if line.strip() else "" for line in body.rstrip("\n").splitlines()]
    return [pad + '"""'] + lines + [pad + '"""']


def _edits(tree, docs):
    """(first line, last line, replacement lines or None to insert) for each documented node."""
    out = []

    def visit(nodes, prefix):
        for node in nodes:
            if not isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                continue
            key = prefix + node.name
            if isinstance(node, ast.ClassDef):
                visit(node.body, key + ".")
            text = docs.get(key)
            if text is None:
                continue
            first = node.body[0]
            indent = node.col_offset + 4
            has_doc = (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            )
            if has_doc:
                out.append((first.lineno, first.end_lineno, _quoted(text, indent)))
            elif first.lineno == node.lineno:  # `def f(...) -> T: ...` on one line
                out.append((node.lineno, node.lineno, None, indent, text))
            else:
                out.append((first.lineno, first.lineno - 1, _quoted(text, indent)))

    visit(tree.body, "")
    return out


# stubgen renders a lambda attached to a class from Python as `<lambda> as name` in an
# import list, which is not Python; such entries are dropped.
_LAMBDA_IMPORT = re.compile(r"^\s*<lambda> as \w+,?\s*$")


def document(source, docs=None):
    """The stub text with every documented node's docstring replaced or added."""
    docs = table() if docs is None else docs
    source = "\n".join(s for s in source.splitlines() if not _LAMBDA_IMPORT.match(s))
    lines = source.splitlines()
    for edit in sorted(_edits(ast.parse(source), docs), key=lambda e: e[0], reverse=True):
        if edit[2] is None:  # split `def ...: ...` into a header and a docstring body
            row, _, _, indent, text = edit
            head = lines[row - 1].rstrip()
            head = head[: -len("...")].rstrip() if head.endswith("...") else head
            lines[row - 1 : row] = [head] + _quoted(text, indent)
        else:
            first, last, new = edit
            lines[first - 1 : last] = new
    return "\n".join(lines) + "\n"


def main(argv):
    path = argv[1]
    with open(path, encoding="utf-8") as f:
        text = document(f.read())
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main(sys.argv)
