#!/usr/bin/env bash
# Runs the atheris fuzzers against the sanitizer build (tools/sanitize.sh builds it).
#   tests/fuzz/run.sh [SECONDS_EACH]   (default 60; 0 = until a failure)
# pip install atheris first. The ASan runtime is preloaded as for pytest (docs/reliability.md).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
secs=${1:-60}
test -d "$top/build/asan/pkg" || bash "$top/tools/dev-build.sh" asan >/dev/null
export PYTHONPATH="$top/build/asan/pkg"
export LD_PRELOAD="$(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libstdc++.so)"
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# With GCC's ASan runtime preloaded, atheris gets no coverage from the C++ code (it says so):
# it runs as a fast random-input fuzzer. Findings go to build/fuzz-artifacts/.
mkdir -p "$top/build/fuzz-artifacts"
for f in "$top"/tests/fuzz/fuzz_*.py; do
  echo "[$(date -u +%H:%M:%S)] $(basename "$f") for ${secs}s"
  args=(-rss_limit_mb=4096 -artifact_prefix="$top/build/fuzz-artifacts/")
  [ "$secs" != 0 ] && args+=(-max_total_time="$secs")
  python3 "$f" "${args[@]}"
done
