"""Sphinx configuration: the guide (Markdown through MyST) and the generated API reference.

Build with `bash tools/docs.sh` or `sphinx-build -W docs docs/_build/html`; `import dparray`
must work (PYTHONPATH=build/NAME/pkg or the installed package).
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

try:
    import dparray
except ImportError as e:  # the reference is generated from the built package
    raise SystemExit(f"docs: cannot import dparray ({e}); set PYTHONPATH=build/NAME/pkg") from e

import docs_api

docs_api.generate()

project = "dparray"
author = "the dparray authors"
copyright = "the dparray authors"
release = version = dparray.__version__

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon", "docstring_markup"]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
# `x` in docstrings is code, as in the Markdown pages.
default_role = "literal"
exclude_patterns = ["_build", "_generated", "Thumbs.db", ".DS_Store"]

myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3

autodoc_docstring_signature = True
autodoc_member_order = "alphabetical"
autodoc_typehints = "signature"
napoleon_numpy_docstring = True
napoleon_google_docstring = False
# Attributes sections as fields: named tuples' fields are also autodoc members.
napoleon_use_ivar = True
# A type such as `Kernel` or `shape` in a Parameters section names several classes or
# attributes (dparray.Kernel, dparray.kernels.Kernel); the first match is the link.
suppress_warnings = ["ref.python"]

try:
    import furo  # noqa: F401

    html_theme = "furo"
except ImportError:
    html_theme = "alabaster"
html_title = f"dparray {release}"
html_static_path = ["_static"]
html_logo = "_static/dparray-logo.svg"
