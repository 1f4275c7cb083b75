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
# Scale-out (docs/scale-out.md), each where its packages are installed: SciPy / scikit-learn
# through the Array API, MPI ranks, a 2-worker Dask cluster.
echo; echo "=== examples/scale"
python3 examples/scale/array_api_ecosystem.py
if command -v mpirun >/dev/null && python3 -c "import mpi4py" 2>/dev/null; then
  mpirun --allow-run-as-root --oversubscribe -n 2 python3 examples/scale/mpi_sum.py --n 1000000
  mpirun --allow-run-as-root --oversubscribe -n 2 python3 examples/scale/heat2d_mpi.py --n 256 --steps 50
fi
if python3 -c "import distributed" 2>/dev/null; then
  python3 examples/scale/dask_sum.py --n 4000000 --chunk 1000000 --repeat 1
fi
