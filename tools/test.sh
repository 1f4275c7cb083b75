#!/usr/bin/env bash
# Sets up (tools/setup.sh), then runs every test: GoogleTest through ctest for
# the C++ core, pytest on every visible device (host CPU and each OpenCL device),
# then the sanitizer stage (tools/sanitize.sh: ASan + UBSan build, GoogleTest and the
# pytest suite with the fuzzers, the bad-input corpus and the stress tests).
# DPARRAY_SKIP_SANITIZE=1 skips the sanitizer stage for a quick local run; CI runs it.
# Between the two: the Array API conformance suite (tools/array_api.py, DPARRAY_SKIP_ARRAY_API=1)
# and the documentation site (tools/docs.sh, DPARRAY_SKIP_DOCS=1).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
t0=$(date +%s)
stamp() { echo "[$(date -u +%H:%M:%S)] test: $* (+$(($(date +%s) - t0)) s)"; }
stamp "setup and build"
bash tools/setup.sh deps
# The sanitizer build starts now, in the background at the lowest priority: the wheel's build
# and the stages after it (pytest, the conformance suite, the docs) leave a core idle often.
asan_pid=
if [ "${DPARRAY_SKIP_SANITIZE:-0}" != 1 ]; then
  mkdir -p build
  # A process group of its own (set -m) for the kill on exit; not a session of its own
  # (setsid): the kernel's autogroups would then share the cores evenly, whatever the nice.
  set -m
  SANITIZE_STAGES=build nice -n 19 bash tools/sanitize.sh >build/asan-stage.log 2>&1 &
  asan_pid=$!
  set +m
  trap '[ -z "$asan_pid" ] || kill -- "-$asan_pid" 2>/dev/null || true' EXIT
fi
bash tools/setup.sh wheel
python3 -m dparray -l
stamp "ctest"
ctest --test-dir build/ci --output-on-failure -j2
stamp "pytest"
# Run from a neutral directory so the installed package (not python/) is imported.
(cd tests/python && python3 -m pytest -q -p no:cacheprovider "$@" .)
# The wheel as a user gets it: a fresh venv, its libraries from the wheel, the seed's
# examples (tools/wheel_check.sh). DPARRAY_SKIP_WHEEL_CHECK=1 skips it.
if [ "${DPARRAY_SKIP_WHEEL_CHECK:-0}" = 1 ]; then
  stamp "wheel check skipped (DPARRAY_SKIP_WHEEL_CHECK=1)"
else
  stamp "wheel check"
  bash tools/wheel_check.sh
fi
# The Array API conformance suite on the host and on OpenCL CPU (PoCL); failures not
# listed in tests/array_api/xfails.txt fail the run. DPARRAY_SKIP_ARRAY_API=1 skips it.
if [ "${DPARRAY_SKIP_ARRAY_API:-0}" = 1 ]; then
  stamp "array API conformance skipped (DPARRAY_SKIP_ARRAY_API=1)"
else
  stamp "array API conformance"
  python3 tools/array_api.py --ci
fi
# The documentation site: sphinx-build -W and the headless-Chromium check (tools/docs.sh).
if [ "${DPARRAY_SKIP_DOCS:-0}" = 1 ]; then
  stamp "docs stage skipped (DPARRAY_SKIP_DOCS=1)"
else
  stamp "docs"
  bash tools/docs.sh
fi
if [ "${DPARRAY_SKIP_SANITIZE:-0}" = 1 ]; then
  stamp "sanitizer stage skipped (DPARRAY_SKIP_SANITIZE=1)"
else
  stamp "sanitizer stage"
  if ! wait "$asan_pid"; then
    asan_pid=
    tail -60 build/asan-stage.log
    exit 1
  fi
  asan_pid=
  cat build/asan-stage.log
  bash tools/sanitize.sh  # its build is up to date: ninja only checks
fi
stamp "done"
