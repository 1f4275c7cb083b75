"""Renders plain-text docstrings safely: those that are not valid reStructuredText are converted.

Many docstrings are written as plain text with Markdown-style `code` spans and operators such
as `*` or `|a - b|`, which reStructuredText reads as markup (and `sphinx-build -W` fails on).
A docstring that parses cleanly is left alone; otherwise `code` spans become literals and the
remaining inline-markup characters are escaped, so it renders as written.
"""

import re

import docutils.core
import docutils.utils

IGNORED = re.compile(
    r"Unknown interpreted text role|Unknown directive type|No role entry|No directive entry"
)
CODE = re.compile(r"``.+?``|`[^`]+`")


def _problems(text):
    messages = []

    class Collect:
        def write(self, msg):
            messages.append(msg)

    try:
        docutils.core.publish_doctree(
            text,
            settings_overrides={"report_level": 2, "halt_level": 5, "warning_stream": Collect()},
        )
    except Exception as e:  # noqa: BLE001 (any parse failure means: convert)
        return [str(e)]
    return [m for m in messages if m.strip() and not IGNORED.search(m)]


def _escape_plain(text):
    return re.sub(r"([\\*|_])", r"\\\1", text)


def convert_line(line):
    out, pos = [], 0
    for m in CODE.finditer(line):
        out.append(_escape_plain(line[pos : m.start()]))
        code = m.group(0).strip("`")
        out.append(f"``{code}``" if code.strip() == code else f":literal:`{code}`")
        pos = m.end()
    out.append(_escape_plain(line[pos:]))
    return "".join(out)


def process(app, what, name, obj, options, lines):
    text = "\n".join(lines)
    if not text.strip() or not _problems(text):
        return
    lines[:] = [convert_line(ln) for ln in lines]


def setup(app):
    app.connect("autodoc-process-docstring", process, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
