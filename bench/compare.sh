#!/usr/bin/env bash
# Runs `dltutor bench` (release build) and the NumPy reference one after the other on this
# machine and prints each workload's speed ratio. Absolute numbers on a shared machine are noise;
# the ratio from one run is what we track (README, "Performance").
#
#   bench/compare.sh [SECONDS]             seconds per workload, default 2
#   DLTUTOR_KERNEL=avx2 bench/compare.sh   the same with the AVX2 matrix kernel on an AVX-512 CPU
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-2}

swift build -c release --product dltutor >&2
bin=$(swift build -c release --show-bin-path)/dltutor
swift_json=$("$bin" bench --seconds "$seconds" --json)

# NumPy on one thread, and with this machine's OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE unset for this
# command only: they pin OpenBLAS to an older kernel, which would flatter our ratio.
numpy_json=$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE \
  OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 \
  python3 bench/reference.py --seconds "$seconds" --json)

python3 - "$swift_json" "$numpy_json" <<'PY'
import json, sys
print(f"dltutor matrix kernel: {json.loads(sys.argv[1]).get('kernel', 'unknown')}")
swift = {w["name"]: w["steps_per_second"] for w in json.loads(sys.argv[1])["workloads"]}
numpy = {w["name"]: w["steps_per_second"] for w in json.loads(sys.argv[2])["workloads"]}
targets = {"tiny-tanh": 30, "deep-sigmoid": 4, "dropout-relu": 2, "perceptron-epoch": 200}
print(f"{'workload':<18}{'dltutor steps/s':>16}{'NumPy steps/s':>15}{'ratio':>9}{'target':>8}")
for name, target in targets.items():
    s, n = swift.get(name), numpy.get(name)
    if s is None or n is None:
        print(f"{name:<18}{'missing':>16}")
        continue
    ratio = s / n
    mark = "ok" if ratio >= target else "below"
    print(f"{name:<18}{s:>16.1f}{n:>15.1f}{ratio:>8.2f}x{target:>7}x  {mark}")
PY
