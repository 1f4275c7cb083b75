#!/usr/bin/env bash
# ASan + UBSan stage: builds dparray with DPARRAY_SANITIZE=ON into build/asan (core,
# extension module, GoogleTest binary), then runs the C++ suite and the pytest suite
# under the sanitizers. Any report fails the stage. Python itself is not instrumented,
# so the ASan runtime (and libstdc++, whose exception machinery ASan intercepts) is
# loaded first with LD_PRELOAD; see docs/reliability.md.
#   SANITIZE_PYTEST="..."   pytest arguments (default: the whole suite)
#   SANITIZE_STAGES="..."   which of "gtest pytest" to run after the build (default both;
#                           "build" alone only builds: tools/test.sh starts it early)
#   JOBS=N                  build parallelism (default 2)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
stamp() { echo "[$(date -u +%H:%M:%S)] sanitize: $*"; }
t0=$(date +%s)

stamp "build build/asan"
mkdir -p build
if ! TESTS=1 JOBS=${JOBS:-2} CMAKE_ARGS="-DDPARRAY_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo" \
  bash tools/dev-build.sh asan >build/asan-build.log 2>&1; then
  tail -50 build/asan-build.log
  exit 1
fi
stamp "built in $(($(date +%s) - t0)) s"

supp="$top/tools/sanitizers"
# Symbolised stacks, abort on the first report. allocator_may_return_null: dparray turns
# an absurd allocation into MemoryError, which ASan would otherwise report as an error.
common="abort_on_error=1:halt_on_error=1:allocator_may_return_null=1:symbolize=1"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp"

# Test processes side by side: one per core, at most 4.
workers=$(nproc)
((workers <= 4)) || workers=4

# GoogleTest: a few processes for the whole suite, not ctest's process per test (that pays
# PoCL's start-up under ASan 160 times: 14 min instead of 1), as gtest shards run side by
# side. Leak checking on, third-party leaks suppressed. PoolReusesFreedBlocks asserts the
# first reuse of a fresh pool, so it runs in a process of its own, as under ctest.
stages=${SANITIZE_STAGES:-gtest pytest}
if [[ " $stages " == *" gtest "* ]]; then
  t1=$(date +%s)
  stamp "GoogleTest under ASan + UBSan ($workers shards)"
  fresh=OpenCLMemory.PoolReusesFreedBlocks
  export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
  pids=()
  for ((k = 0; k < workers; ++k)); do
    GTEST_TOTAL_SHARDS=$workers GTEST_SHARD_INDEX=$k ASAN_OPTIONS="$common:detect_leaks=1" \
      build/asan/dparray_tests --gtest_brief=1 --gtest_filter="-$fresh" >"build/asan/gtest-$k.log" 2>&1 &
    pids+=($!)
  done
  failed=0
  for ((k = 0; k < workers; ++k)); do
    wait "${pids[$k]}" || failed=1
    cat "build/asan/gtest-$k.log"
  done
  ((failed == 0)) || { stamp "GoogleTest failed under the sanitizers"; exit 1; }
  ASAN_OPTIONS="$common:detect_leaks=1" build/asan/dparray_tests --gtest_brief=1 --gtest_filter="$fresh"
  stamp "GoogleTest done in $(($(date +%s) - t1)) s"
fi
[[ " $stages " == *" pytest "* ]] || exit 0

# pytest: CPython is not ASan-built and keeps its interned objects at exit, so leak
# checking is off there (every run would report CPython's own allocations).
t1=$(date +%s)
asan_rt=$(gcc -print-file-name=libasan.so)
cxx_rt=$(gcc -print-file-name=libstdc++.so)
# The whole suite, with the program fuzzer at 150 programs per device: about 5 minutes in two
# processes on 2 cores (docs/reliability.md); SANITIZE_PYTEST="files..." narrows it.
# shellcheck disable=SC2206
args=(${SANITIZE_PYTEST:-.})
# pytest-xdist (tools/setup.sh installs it): the suite in $workers processes.
if python3 -c "import xdist" 2>/dev/null; then args=(-n "$workers" "${args[@]}"); fi
stamp "pytest under ASan + UBSan: ${args[*]}"
cd tests/python
# use_sigaltstack=0: the shutdown tests end interpreters while daemon threads are still in
# dparray calls; ASan's per-thread alternate signal stack unmap then races process exit and
# trips an internal runtime CHECK ("unable to unmap"), a sanitizer-runtime abort, not a report.
ASAN_OPTIONS="$common:detect_leaks=0:use_sigaltstack=0" LD_PRELOAD="$asan_rt $cxx_rt" \
  DPARRAY_FUZZ_PROGRAMS=${DPARRAY_FUZZ_PROGRAMS:-150} PYTHONPATH="$top/build/asan/pkg" \
  python3 -m pytest -q -p no:cacheprovider --capture=sys -x "${args[@]}"
stamp "pytest done in $(($(date +%s) - t1)) s"
stamp "total $(($(date +%s) - t0)) s"
