#!/usr/bin/env bash
# Builds the documentation site (docs/, Sphinx with warnings as errors) into
# docs/_build/html, then checks it in headless Chromium (tools/docs_check.py: search,
# the API page of dparray.sum, images; screenshots in docs/_build/screenshots/).
# Needs `import dparray` (installed, or PYTHONPATH=build/NAME/pkg). Chromium is installed
# with apt-get when run as root; without it the browser check is skipped with a message.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
t0=$(date +%s)
python3 -c "import dparray" 2>/dev/null || {
  echo "docs: cannot import dparray: install it or set PYTHONPATH=build/NAME/pkg" >&2
  exit 1
}
python3 -c "import sphinx, myst_parser, furo" 2>/dev/null ||
  python3 -m pip install -q sphinx myst-parser furo
# -E: a fresh environment (the reference follows the package); -j: read pages in parallel.
python3 -m sphinx -W --keep-going -q -E -j "$(nproc)" -b html docs docs/_build/html
echo "docs: built docs/_build/html/index.html in $(($(date +%s) - t0)) s"

browser=""
find_browser() {
  for b in chromium chromium-browser google-chrome; do
    if command -v "$b" >/dev/null; then browser=$(command -v "$b"); return 0; fi
  done
  return 1
}
if ! find_browser && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  { apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 ||
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; }; } || true
  find_browser || true
fi
if [ -z "$browser" ]; then
  echo "docs: browser check skipped: no Chromium (apt-get install chromium as root to run it)"
  exit 0
fi
# A wrapper that cannot start here (e.g. a snap stub in a container) is not a failed check.
if ! timeout 60 "$browser" --headless --no-sandbox --disable-gpu --dump-dom about:blank >/dev/null 2>&1; then
  echo "docs: browser check skipped: $browser does not start headless here"
  exit 0
fi
python3 tools/docs_check.py --browser "$browser" docs/_build/html
echo "docs: done in $(($(date +%s) - t0)) s"
