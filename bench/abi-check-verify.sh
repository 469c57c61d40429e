#!/bin/sh
# Wall time of the whole ABI proof: `abi-check verify` of both specs, every
# flavor (linux, portable, xen), all ten target ABIs — 30 clang runs in
# parallel plus the comparison with the spec.  Goal: under 2 s on 2 cores.
#
#   bench/abi-check-verify.sh            # 10 runs (RUNS=N to change)
#
# Uses hyperfine when installed, otherwise a loop timed with date +%s.%N.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${IOMMU_ABI_PYTHON:-python3}
RUNS=${RUNS:-10}
TOOL="$ROOT/abi-check/abi-check"

# one untimed run: fails loudly if the proof itself fails
"$PY" "$TOOL" verify -q

echo "abi-check verify (2 specs x 3 flavors x 10 ABIs), $RUNS runs, $(nproc 2>/dev/null || echo '?') CPUs"
if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 1 --runs "$RUNS" "$PY $TOOL verify -q"
    exit 0
fi
i=0
times=""
while [ "$i" -lt "$RUNS" ]; do
    t0=$(date +%s.%N)
    "$PY" "$TOOL" verify -q
    t1=$(date +%s.%N)
    times="$times $(echo "$t1 $t0" | awk '{printf "%.4f", $1 - $2}')"
    i=$((i + 1))
done
echo "$times" | awk '{
    min = $1; max = $1; sum = 0
    for (i = 1; i <= NF; i++) { sum += $i; if ($i < min) min = $i; if ($i > max) max = $i }
    printf "wall time: mean %.3f s, min %.3f s, max %.3f s over %d runs (goal < 2 s)\n", sum / NF, min, max, NF
}'
