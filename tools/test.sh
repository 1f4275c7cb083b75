#!/usr/bin/env bash
# Sets up (tools/setup.sh), then runs every test: GoogleTest through ctest for
# the C++ core, and pytest on every visible device (host CPU and each OpenCL device).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bash tools/setup.sh
python3 -m dparray -l
ctest --test-dir build/ci --output-on-failure -j2
# Run from a neutral directory so the installed package (not python/) is imported.
cd tests/python && python3 -m pytest -q -p no:cacheprovider "$@" .
