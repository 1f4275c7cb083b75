#!/usr/bin/env bash
# Installs what dparray needs on a fresh Debian/Ubuntu machine (system libraries
# when run as root, Python build and test tools), then builds dparray's wheel with its C++
# tests in build/ci, repairs it (tools/build_wheel.sh) and installs the repaired wheel.
#   bash tools/setup.sh [all|deps|wheel]   deps: only the packages; wheel: only the build
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
mode=${1:-all}
case $mode in all | deps | wheel) ;; *) echo "usage: tools/setup.sh [all|deps|wheel]" >&2; exit 2 ;; esac
# The system packages (as root, through apt-get) and the Python tools.
install_deps() {
  pkgs="build-essential cmake ninja-build libtbb-dev libsleef-dev libopenblas-dev opencl-headers
        ocl-icd-libopencl1 ocl-icd-opencl-dev pocl-opencl-icd libclblast-dev libgtest-dev clinfo"
  pkgs="$pkgs libhwy-dev"  # Highway VQSort: the host sort
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    missing=$(for p in $pkgs; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
    if [ -n "$missing" ]; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends $missing >/dev/null
    fi
  fi
  # pytest-xdist: the sanitizer stage runs its pytest suite in one process per core.
  python3 -m pip install -q "nanobind>=2.4" "scikit-build-core>=0.10" "numpy>=1.26" pytest hypothesis \
    llvmlite pytest-xdist
  # The Array API conformance suite (../shared/array-api-tests, run by tools/array_api.py).
  python3 -m pip install -q "hypothesis>=6.151" "ndindex>=1.8" pytest-json-report
  # The documentation site (tools/docs.sh: Sphinx, MyST Markdown, the furo theme).
  python3 -m pip install -q sphinx myst-parser furo
  # PyTorch (CPU) is optional: the DLPack example and tests use it where it installs.
  python3 -c "import torch" 2>/dev/null || python3 -m pip install -q torch==2.13.0 2>/dev/null ||
    echo "PyTorch not installed: the DLPack-with-PyTorch example and tests are skipped"
  # Scale-out and the Array API ecosystem (examples/scale, tests that skip without them):
  # array-api-compat, scikit-learn (with SciPy), mpi4py over Debian's OpenMPI, Dask.
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && ! command -v mpirun >/dev/null; then
    mpi_install() {
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        openmpi-bin libopenmpi-dev >/dev/null
    }
    mpi_install || { apt-get update -qq && mpi_install; } ||
      echo "OpenMPI not installed: the MPI tests are skipped"
  fi
  python3 -m pip install -q array-api-compat scikit-learn "dask[array]" distributed ||
    echo "array-api-compat / scikit-learn / Dask not installed: their tests are skipped"
  if command -v mpicc >/dev/null; then
    python3 -m pip install -q mpi4py || echo "mpi4py not installed: the MPI tests are skipped"
  fi
}
[ "$mode" = wheel ] || install_deps
[ "$mode" != deps ] || exit 0
# One build (build/ci, with the C++ tests for ctest) gives the wheel, repaired by auditwheel
# so that it carries its native libraries; the repaired wheel is what gets installed, so
# pytest tests dparray as users get it (docs/wheel.md).
BUILD_DIR=build/ci CMAKE_DEFINES="DPARRAY_BUILD_TESTS=ON" bash tools/build_wheel.sh
python3 -m pip install -q --force-reinstall --no-deps build/wheel/dist/dparray-*.whl
