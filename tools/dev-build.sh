#!/usr/bin/env bash
# Developer build without pip: builds the core, the extension module (and with
# TESTS=1 the GoogleTest suite) in build/NAME and stages an importable package
# in build/NAME/pkg. Use: tools/dev-build.sh NAME && PYTHONPATH=build/NAME/pkg pytest ...
# Uses ccache when installed (shared between build folders and worktrees).
# CMAKE_ARGS adds configure options on the first run (tools/sanitize.sh uses it).
set -euo pipefail
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
name=${1:-dev}
top=$(cd "$(dirname "$0")/.." && pwd)
bdir="$top/build/$name"
tests=${TESTS:-0}
if [ ! -f "$bdir/build.ninja" ]; then
  cmake -S "$top" -B "$bdir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DDPARRAY_BUILD_TESTS=$([ "$tests" = 1 ] && echo ON || echo OFF) \
    -DPython_EXECUTABLE="$(command -v python3)" \
    $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) ${CMAKE_ARGS:-} >/dev/null
fi
ninja -C "$bdir" -j"${JOBS:-2}" | grep -v "^\[" || true
test -n "$(ls "$bdir"/_core*.so 2>/dev/null)" || { echo "build failed" >&2; exit 1; }
pkg="$bdir/pkg/dparray"
mkdir -p "$pkg"
for f in "$top"/python/dparray/*; do ln -sfn "$f" "$pkg/"; done
ln -sf "$bdir"/_core*.so "$pkg/"
[ ! -f "$bdir/_core.pyi" ] || ln -sf "$bdir/_core.pyi" "$pkg/"  # typing stub
echo "PYTHONPATH=$bdir/pkg"
