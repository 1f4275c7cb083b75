"""Every ```python block of the guide pages (docs/guide/*.md and docs/index.md) runs.

The blocks of one page run in order in one fresh namespace, so a page may build on its
earlier blocks. They name the host device ("cpu") or use the default device.
"""

import contextlib
import io
import re
import runpy
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = sorted((DOCS / "guide").glob("*.md")) + [DOCS / "index.md"]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def blocks(page):
    return BLOCK.findall(page.read_text())


def test_guide_has_examples():
    # The extraction would pass vacuously if the pattern stopped matching.
    assert sum(len(blocks(p)) for p in PAGES) >= 15


@pytest.mark.parametrize("page", [p for p in PAGES if blocks(p)], ids=lambda p: p.stem)
def test_examples_run(page, tmp_path):
    # Run from a file: Python kernels read their source through inspect.
    script = tmp_path / f"{page.stem}.py"
    script.write_text("\n\n".join(blocks(page)))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_path(str(script), run_name="__docs__")
    assert out.getvalue()  # every page prints something it computed
