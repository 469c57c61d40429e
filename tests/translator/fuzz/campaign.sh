#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# campaign.sh - a long fuzzing campaign: run each libFuzzer target for a
# number of executions (or a time), merge what it found into the committed
# corpus, minimize that corpus, and record the figures.
#
#   tests/translator/fuzz/campaign.sh [-b BUILD] [-r RUNS | -t SECONDS]
#                                     [-l MAX_LEN] [-T TIMEOUT] [-o FIGURES] [-k]
#                                     [TARGET...]
#
#   -b BUILD    build directory holding tests/translator/fuzz/<target>
#               (default: build)
#   -r RUNS     executions per target (default 10000000)
#   -t SECONDS  stop each target after this time instead (or as well: the
#               first limit reached ends the run)
#   -l MAX_LEN  longest input libFuzzer may create (default 512; ctest's
#               short runs use 4096; shorter inputs mean more executions in
#               the same time, and every state of these targets is reached
#               within a few hypercalls or requests)
#   -T TIMEOUT  seconds one input may take before it counts as a hang
#               (default 120: libFuzzer measures wall-clock time, and a run
#               under nice on a shared machine gets a fraction of a core; a
#               trace that maps the 2^18-page limit takes seconds there)
#   -o FIGURES  append one tab-separated line per target here
#               (default: tests/translator/fuzz/campaign-figures.tsv)
#   -k          keep the committed corpus as it is (measure only; the
#               minimized corpus is left in the work directory)
#   TARGET      fuzz_viommu, fuzz_xen, fuzz_replay (default: all three, one
#               after the other; the machine is shared, so never in parallel)
#
# The work directory is BUILD/tests/translator/fuzz/campaign-<target>/: the
# new inputs, the minimized corpus, crash artifacts and the full log stay
# there.  The committed corpus tests/translator/fuzz/corpus/<target>/ is
# replaced by the minimized one (libFuzzer -merge=1 of the old corpus and
# everything the run found, so no coverage is lost) only when the run ended
# without a crash.
#
# Figures line: date, target, git commit, executions, seconds, exec/s, edge
# coverage (cov) and features (ft) at the end of the run, cov/ft of the
# minimized corpus alone, corpus files and bytes before and after, crash,
# leak, timeout or out-of-memory artifacts, and how the run stopped: "limit"
# (-r or -t reached), "interrupted" (SIGINT to the fuzzer, e.g.
# kill -INT PID, ends one target early and keeps what it found) or
# "artifact".
#
# Exit status: 0 all targets ran clean; 1 a target crashed, leaked or timed
# out (its artifact is named on stderr); 2 usage or missing fuzzer binary.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=build
runs=10000000
seconds=0
timeout=120
max_len=512
figures="$here/campaign-figures.tsv"
keep=0
usage() {
    sed -n '/^#   tests/,/^#   TARGET/p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}
while getopts "b:r:t:l:T:o:kh" opt; do
    case $opt in
    b) build=$OPTARG ;;
    r) runs=$OPTARG ;;
    t) seconds=$OPTARG ;;
    T) timeout=$OPTARG ;;
    l) max_len=$OPTARG ;;
    o) figures=$OPTARG ;;
    k) keep=1 ;;
    *) usage ;;
    esac
done
shift $((OPTIND - 1))
case $runs in ''|*[!0-9]*) echo "campaign: -r wants a number of executions, not '$runs'" >&2; exit 2 ;; esac
case $seconds in ''|*[!0-9]*) echo "campaign: -t wants a number of seconds, not '$seconds'" >&2; exit 2 ;; esac
case $max_len in ''|0|*[!0-9]*) echo "campaign: -l wants a positive number of bytes, not '$max_len'" >&2; exit 2 ;; esac
case $timeout in ''|0|*[!0-9]*) echo "campaign: -T wants a positive number of seconds, not '$timeout'" >&2; exit 2 ;; esac
if [ "$runs" -eq 0 ] && [ "$seconds" -eq 0 ]; then
    echo "campaign: -r 0 without -t would never stop" >&2
    exit 2
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_viommu fuzz_xen fuzz_replay)
for t in "${targets[@]}"; do
    case $t in fuzz_viommu|fuzz_xen|fuzz_replay) ;; *) echo "campaign: unknown target '$t'" >&2; exit 2 ;; esac
    if [ ! -x "$build/tests/translator/fuzz/$t" ]; then
        echo "campaign: $build/tests/translator/fuzz/$t missing: configure with clang's libFuzzer and build ${t}_build" >&2
        exit 2
    fi
done

# Count files and bytes of a directory: "FILES BYTES".
dir_size() {
    local n b
    n=$(find "$1" -maxdepth 1 -type f | wc -l)
    b=$(find "$1" -maxdepth 1 -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')
    echo "$n $b"
}

# The last "cov: N ft: M" libFuzzer printed in a log: "N M".
last_cov() {
    grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$1" | tail -n 1 | awk '{print $2, $4}'
}

commit=$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -s "$figures" ] || printf '# date\ttarget\tcommit\texecs\tseconds\texec/s\tcov\tft\tmin_cov\tmin_ft\tfiles_before\tbytes_before\tfiles_after\tbytes_after\tcrashes\tstop\n' >"$figures"
status=0
for t in "${targets[@]}"; do
    corpus=$here/corpus/$t
    work=$(cd "$build/tests/translator/fuzz" && pwd)/campaign-$t
    rm -rf "$work"
    mkdir -p "$work/new" "$work/min" "$corpus"
    # Run a copy: rebuilding the target during a long run must not change
    # the program under test halfway.
    cp "$build/tests/translator/fuzz/$t" "$work/$t"
    fuzzer=$work/$t
    read -r files_before bytes_before < <(dir_size "$corpus")
    limits=(-runs="$runs")
    [ "$runs" -gt 0 ] || limits=(-runs=-1)
    [ "$seconds" -eq 0 ] || limits+=(-max_total_time="$seconds")
    echo "campaign: $t: ${limits[*]} from $files_before corpus files; log $work/fuzz.log" >&2
    start=$(date +%s)
    crashed=0
    "$fuzzer" "${limits[@]}" -timeout="$timeout" -rss_limit_mb=2048 -max_len="$max_len" \
        -print_final_stats=1 -artifact_prefix="$work/" "$work/new" "$corpus" \
        >"$work/fuzz.log" 2>&1 || crashed=1
    end=$(date +%s)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log" | tail -n 1)
    execs=${execs:-0}
    secs=$((end - start))
    [ "$secs" -gt 0 ] || secs=1
    read -r cov ft < <(last_cov "$work/fuzz.log")
    nart=$(find "$work" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    stop=limit
    if [ "$nart" -eq 0 ] && grep -q 'libFuzzer: run interrupted' "$work/fuzz.log"; then
        stop=interrupted
    elif [ "$crashed" -ne 0 ] || [ "$nart" -ne 0 ]; then
        stop=artifact
        echo "campaign: $t FAILED; artifacts:" >&2
        find "$work" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) >&2
        tail -n 40 "$work/fuzz.log" >&2
        status=1
        [ "$nart" -gt 0 ] || nart=1
    fi
    # Minimize: the smallest set of inputs of the old corpus and the new
    # ones that keeps every feature.
    "$fuzzer" -merge=1 -max_len=4096 -timeout="$timeout" -rss_limit_mb=2048 \
        "$work/min" "$corpus" "$work/new" >"$work/merge.log" 2>&1
    # Coverage of the minimized corpus alone (what ctest replays).
    "$fuzzer" -runs=0 -max_len=4096 "$work/min" >"$work/min.log" 2>&1
    read -r min_cov min_ft < <(last_cov "$work/min.log")
    if [ "$keep" -eq 0 ] && [ "$nart" -eq 0 ]; then
        find "$corpus" -maxdepth 1 -type f -delete
        cp "$work/min/"* "$corpus/"
    fi
    read -r files_after bytes_after < <(dir_size "$work/min")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
        "$(date -u +%Y-%m-%dT%H:%MZ)" "$t" "$commit" "$execs" "$secs" "$((execs / secs))" \
        "${cov:-?}" "${ft:-?}" "${min_cov:-?}" "${min_ft:-?}" \
        "$files_before" "$bytes_before" "$files_after" "$bytes_after" "$nart" "$stop" | tee -a "$figures"
done
exit $status
