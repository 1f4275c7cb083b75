#!/usr/bin/env bash
# Tests the repaired wheel as a user gets it: installs build/wheel/dist/dparray-*.whl
# (tools/build_wheel.sh) into a fresh venv, hides the system copies of the libraries it
# bundles, checks with /proc/self/maps that dparray's native libraries come from the wheel
# (tools/wheel_libs.py), then runs the seed's examples from that venv, outside the source tree. Examples that need PyTorch are skipped.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
stamp() { echo "[$(date -u +%H:%M:%S)] wheel_check: $*"; }
t0=$(date +%s)
whl=$(ls build/wheel/dist/dparray-*.whl)
venv=$top/build/wheel/venv
rm -rf "$venv"
if ! python3 -m venv "$venv" 2>/dev/null; then
  # Debian's python3 needs python3-venv for ensurepip.
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || { echo "python3 -m venv failed" >&2; exit 1; }
  apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
  rm -rf "$venv"
  python3 -m venv "$venv"
fi
# NumPy: the kernel examples use it. Dependencies come from the package index as for a user.
"$venv/bin/python" -m pip install -q "$whl" "numpy>=1.26"
stamp "installed $(basename "$whl") in a fresh venv ($(($(date +%s) - t0)) s)"
# Hide the system copies of the libraries the wheel bundles (and of OpenBLAS, which it links
# statically): /dev/null is bind-mounted over each in a private mount namespace, so a
# library that would still come from the system fails to load. Needs root and unshare;
# elsewhere the /proc/self/maps check alone shows where each library comes from.
libs=$(echo "$venv"/lib/python3*/site-packages/dparray.libs)
[ -d "$libs" ] || { echo "wheel_check: no dparray.libs in $whl: not repaired" >&2; exit 1; }
stems=$(ls "$libs" | sed 's/[-.].*//' | sort -u)
hide=$(for s in $stems libopenblas; do
  ls /usr/lib/*-linux-gnu/"$s"{,p-*}.so* /usr/lib/*-linux-gnu/*/"$s"{,p-*}.so* 2>/dev/null || true
done | xargs -r realpath | sort -u | tr '\n' ' ')
if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
  export DPARRAY_HIDE="$hide"
  stamp "hiding $(echo "$hide" | wc -w) system libraries: $hide"
  hidden() {
    unshare -m bash -c 'set -e; for f in $DPARRAY_HIDE; do mount --bind /dev/null "$f"; done
                        exec "$@"' bash "$@"
  }
else
  stamp "cannot hide the system libraries here (needs root and unshare): maps check only"
  hidden() { "$@"; }
fi
run=$(mktemp -d)
trap 'rm -rf "$run"' EXIT
cd "$run"  # not the source tree: python/dparray must not be importable from here
hidden env -u PYTHONPATH -u LD_LIBRARY_PATH "$venv/bin/python" "$top/tools/wheel_libs.py"
n=0
for ex in "$top"/examples/*.py "$top"/examples/kernels/*.py; do
  if grep -q '^import torch' "$ex"; then
    echo "=== ${ex#"$top"/}: skipped (needs PyTorch)"
    continue
  fi
  echo "=== ${ex#"$top"/}"
  hidden env -u PYTHONPATH -u LD_LIBRARY_PATH "$venv/bin/python" "$ex"
  n=$((n + 1))
done
stamp "$n examples passed from the venv; stage took $(($(date +%s) - t0)) s"
