#!/bin/sh
# Wall time of the whole ABI proof: `abi-check verify` of both specs, every
# flavor (linux, portable, xen), all ten target ABIs — 30 compiles, two at a
# time (in-process through libclang), plus the comparison with the spec.
# Goal: under 2 s on 2 cores.
#
#   bench/abi-check-verify.sh            # 10 runs (RUNS=N to change)
#
# Uses hyperfine when installed, otherwise a loop timed with date +%s.%N.
#
# Beside it, interleaved in the same run, two baselines:
#   - the process path: the same verify with ABI_CHECK_LIBCLANG=0, one clang
#     process per (flavor, target), as it ran before the libclang fast path;
#   - the floor of that path: the same 30 clang processes, two at a time, on
#     an empty file.  Clang's start-up is 31-85 ms a run depending on the
#     machine, which is why the fast path exists.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${IOMMU_ABI_PYTHON:-python3}
RUNS=${RUNS:-10}
TOOL="$ROOT/abi-check/abi-check"

# one untimed run: fails loudly if the proof itself fails
"$PY" "$TOOL" verify -q

# The floor's command: every ABI's clang invocation, three times (one per
# flavor), on an empty file, two at a time as verify runs them.
EMPTY=$(mktemp "${TMPDIR:-/tmp}/abi-check-floor.XXXXXX.c")
trap 'rm -f "$EMPTY"' EXIT
TRIPLES=$("$PY" -c '
import sys
sys.path.insert(0, sys.argv[1])
from iommu_abi_check import clang_layout as cl
print(" ".join(a.triple for a in cl.resolve_abis()))' "$ROOT/abi-check")
CLANG=${CLANG:-clang}
floor() {
    for t in $TRIPLES $TRIPLES $TRIPLES; do echo "$t"; done |
        xargs -P 2 -I{} "$CLANG" -target {} -ffreestanding -fsyntax-only -w "$EMPTY"
}

# stats LABEL TIMES...: mean/min/max line
stats() {
    label=$1; shift
    echo "$@" | awk -v label="$label" '{
        min = $1; max = $1; sum = 0
        for (i = 1; i <= NF; i++) { sum += $i; if ($i < min) min = $i; if ($i > max) max = $i }
        printf "%s mean %.3f s, min %.3f s, max %.3f s over %d runs\n", label, sum / NF, min, max, NF
    }'
}

echo "abi-check verify (2 specs x 3 flavors x 10 ABIs), $RUNS runs, $(nproc 2>/dev/null || echo '?') CPUs"
if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 1 --runs "$RUNS" "$PY $TOOL verify -q" "ABI_CHECK_LIBCLANG=0 $PY $TOOL verify -q" \
        "for t in $TRIPLES $TRIPLES $TRIPLES; do echo \$t; done | xargs -P 2 -I{} $CLANG -target {} -ffreestanding -fsyntax-only -w $EMPTY"
    exit 0
fi
i=0
vtimes=""
ptimes=""
ftimes=""
while [ "$i" -lt "$RUNS" ]; do
    # interleaved, so all three see the same machine
    t0=$(date +%s.%N)
    "$PY" "$TOOL" verify -q
    t1=$(date +%s.%N)
    ABI_CHECK_LIBCLANG=0 "$PY" "$TOOL" verify -q
    t2=$(date +%s.%N)
    floor
    t3=$(date +%s.%N)
    vtimes="$vtimes $(echo "$t1 $t0" | awk '{printf "%.4f", $1 - $2}')"
    ptimes="$ptimes $(echo "$t2 $t1" | awk '{printf "%.4f", $1 - $2}')"
    ftimes="$ftimes $(echo "$t3 $t2" | awk '{printf "%.4f", $1 - $2}')"
    i=$((i + 1))
done
stats "verify (libclang, in-process):" $vtimes
stats "verify, one clang per compile:" $ptimes
stats "floor (30 empty clang runs):  " $ftimes
mean() { echo "$@" | awk '{ s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.4f", s / NF }'; }
v=$(mean $vtimes); p=$(mean $ptimes)
echo "$v $p" | awk '{
    printf "process path / verify: %.2fx; goal: verify < 2 s: %s\n", $2 / $1, ($1 < 2) ? "met" : "MISSED"
}'
