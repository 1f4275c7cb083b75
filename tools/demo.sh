#!/usr/bin/env bash
# Sets up (tools/setup.sh), lists the devices, and runs the seed's examples.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
bash tools/setup.sh
python3 -m dparray -l
for ex in examples/*.py examples/kernels/*.py; do
  echo; echo "=== $ex"
  python3 "$ex"
done
