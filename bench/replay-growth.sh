#!/bin/bash
# How iommu-ref-replay's cost grows with its input: every workload below is
# replayed at growing sizes N, and each row prints the cost per unit (per
# command, or per endpoint of one device line) beside two ratios:
#
#   time      CPU time (user + system) of the replay minus that of the
#             process start-up (an empty trace, timed at the start);
#   x floor   that time / the same for the trace with every line commented
#             out (same bytes read and split into lines, nothing executed),
#             measured right beside it: the replay's own cost ('-' while
#             the floor is below 5 ms, too little to divide by);
#   growth    cost per unit at N / cost per unit at the smallest N of the
#             same workload.  Near-linear input handling keeps it near 1
#             (log N terms let it creep up slowly); a quadratic step doubles
#             it with every doubling of N.
#
#   bench/replay-growth.sh [REPLAY]          # sizes 1e4 1e5 1e6
#   SIZES="1000 10000" bench/replay-growth.sh build/translator/iommu-ref-replay
#   BASE=/path/to/older/iommu-ref-replay bench/replay-growth.sh
#
# REPLAY defaults to build/translator/iommu-ref-replay.  With BASE, each row
# also times that binary on the same trace (a run stopped after
# BASE_TIMEOUT seconds, default 120, prints as '>T s').  Each timing is the
# fastest of RUNS runs (default 3; other load only ever adds time).  Every
# run must exit 0 and print one line per command that prints (checked), so
# a wrong or failing replay stops the benchmark.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
REPLAY=${1:-$ROOT/build/translator/iommu-ref-replay}
SIZES=${SIZES:-"10000 100000 1000000"}
RUNS=${RUNS:-3}
BASE=${BASE:-}
BASE_TIMEOUT=${BASE_TIMEOUT:-120}
[ -x "$REPLAY" ] || { echo "replay-growth: no executable $REPLAY (build it first)" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/replay-growth.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# gen WORKLOAD N FILE: write the trace; print how many result lines it makes.
# Endpoint and domain ids are scrambled by multiplying with a constant odd
# number modulo 2^31 (a bijection), so no workload is sorted by accident.
gen() {
    awk -v w="$1" -v n="$2" '
    function id(i) { return (i * 40503 + 12345) % 2147483648 }
    function eps(n,   i) { printf "device endpoints="; for (i = 1; i <= n; i++) printf "%s%d", (i > 1 ? "," : ""), id(i) }
    BEGIN {
      if (w == "device-endpoints") {           # one line, N endpoints
        eps(n); print ""; print "translate " id(1) " 0 r"; out = 1
      } else if (w == "attach-new-domains") {  # N domains, created in scrambled order
        eps(n); print ""
        for (i = n; i >= 1; i--) print "attach " id(i) " " id(i); out = n
      } else if (w == "attach-detach") {       # N endpoints into one domain and out again
        eps(n); print ""
        for (i = 1; i <= n; i++) print "attach 1 " id(i)
        for (i = 1; i <= n; i++) print "detach 1 " id(i); out = 2 * n
      } else if (w == "map-crowded-domain") {  # maps into a domain of N endpoints, one with an MSI region
        eps(n); printf " resv=%d:0xfee00000-0xfeefffff:msi\n", id(1)
        for (i = 1; i <= n; i++) print "attach 1 " id(i)
        for (i = 0; i < n; i++) printf "map 1 0x%x 0x%x 0x%x rw\n", i * 4096, i * 4096 + 4095, i * 4096
        out = 2 * n
      } else if (w == "map-translate-unmap") { # N page mappings, translated and removed
        print "device endpoints=1"; print "attach 1 1"
        for (i = 0; i < n; i++) printf "map 1 0x%x 0x%x 0x%x rw\n", id(i) * 4096, id(i) * 4096 + 4095, i * 4096
        for (i = 0; i < n; i++) printf "translate 1 0x%x w\n", id(i) * 4096 + 8
        for (i = 0; i < n; i++) printf "unmap 1 0x%x 0x%x\n", id(i) * 4096, id(i) * 4096 + 4095
        out = 3 * n + 1
      } else if (w == "xen-map-unmap") {       # N single-page hypercalls each way, 64 K pages held
        print "xen-device devices=00:01.0"; print "xen init 2 0"; print "xen alloc"
        for (i = 0; i < n + 65536; i++) {
          if (i < n) printf "xen map 1 %d %d 0x1000 1 rw\n", i, id(i)
          if (i >= 65536) printf "xen unmap 1 %d 0x1000 1\n", id(i - 65536)
        }
        out = 2 * n + 2
      } else { print "unknown workload " w > "/dev/stderr"; exit 2 }
      print out > "/dev/stderr"
    }' 2>"$3.count" >"$3"
    cat "$3.count"
}

# units WORKLOAD N: what the cost is divided by.
units() {
    case $1 in
    device-endpoints) echo "$2" ;;
    attach-detach | map-crowded-domain) echo $((2 * $2)) ;;
    map-translate-unmap) echo $((3 * $2)) ;;
    xen-map-unmap) echo $((2 * $2)) ;;
    *) echo "$2" ;;
    esac
}

# cpu_ns CMD...: run it (stdout to $WORK/out); print the CPU time it took
# (user + system, in ns, millisecond resolution).  CPU time rather than wall
# time: on a shared machine other load adds waiting, not work.
# Fails (status 1) when the command fails.
cpu_ns() {
    local TIMEFORMAT='%3U %3S' rc=0
    { time "$@" >"$WORK/out" 2>"$WORK/err" || rc=1; } 2>"$WORK/time"
    awk '{ printf "%.0f", ($1 + $2) * 1e9 }' "$WORK/time"
    return $rc
}

# best BINARY FILE WANT_LINES: least CPU time of RUNS runs in ns; checks the
# exit status and the number of result lines.
best() {
    local b="" i t lines
    for i in $(seq "$RUNS"); do
        if ! t=$(cpu_ns "$1" "$2"); then
            echo "replay-growth: $1 $2 failed: $(cat "$WORK/err")" >&2
            exit 1
        fi
        lines=$(wc -l <"$WORK/out")
        if [ "$lines" != "$3" ]; then
            echo "replay-growth: $1 $2 printed $lines lines, expected $3" >&2
            exit 1
        fi
        if [ -z "$b" ] || [ "$t" -lt "$b" ]; then b=$t; fi
    done
    echo "$b"
}

# base_time FILE: CPU time of one run of BASE in ns, or "" when it ran out
# of (wall) time.
base_time() {
    local t
    if t=$(cpu_ns timeout "$BASE_TIMEOUT" "$BASE" "$1"); then echo "$t"; else echo ""; fi
}

: >"$WORK/empty.trace"
START=$(best "$REPLAY" "$WORK/empty.trace" 0)
echo "iommu-ref-replay cost per unit at growing sizes ($REPLAY)"
echo "CPU time, least of $RUNS runs; process start-up (empty trace) $(awk -v t="$START" 'BEGIN { printf "%.0f ms", t / 1e6 }') subtracted"
hdr=$(printf '%-20s %9s %10s %9s %8s %7s' workload N time ns/unit 'x floor' growth)
[ -n "$BASE" ] && hdr="$hdr $(printf '%10s %9s' 'base time' 'base grow')"
echo "$hdr"
for w in device-endpoints attach-new-domains attach-detach map-crowded-domain map-translate-unmap xen-map-unmap; do
    first=""
    base_first=""
    for n in $SIZES; do
        f="$WORK/$w.$n.trace"
        want=$(gen "$w" "$n" "$f")
        sed 's/^/#/' "$f" >"$f.floor"
        t=$(($(best "$REPLAY" "$f" "$want") - START))
        fl=$(($(best "$REPLAY" "$f.floor" 0) - START))
        u=$(units "$w" "$n")
        per=$(awk -v t="$t" -v u="$u" 'BEGIN { printf "%.1f", t / u }')
        [ -z "$first" ] && first=$per
        row=$(awk -v w="$w" -v n="$n" -v t="$t" -v fl="$fl" -v per="$per" -v first="$first" 'BEGIN {
            printf "%-20s %9d %9.3fs %9s ", w, n, t / 1e9, per
            if (fl >= 5e6) printf "%7.1fx ", t / fl; else printf "%8s ", "-"
            printf "%6.2fx", per / (first > 0 ? first : 1) }')
        if [ -n "$BASE" ]; then
            bt=$(base_time "$f")
            [ -n "$bt" ] && bt=$((bt - START))
            if [ -z "$bt" ]; then
                row="$row $(printf '%10s %9s' ">${BASE_TIMEOUT}s" '-')"
            else
                bper=$(awk -v t="$bt" -v u="$u" 'BEGIN { printf "%.1f", t / u }')
                [ -z "$base_first" ] && base_first=$bper
                row="$row $(awk -v t="$bt" -v p="$bper" -v f="$base_first" 'BEGIN { printf "%9.3fs %8.2fx", t / 1e9, p / (f > 0 ? f : 1) }')"
            fi
        fi
        echo "$row"
        rm -f "$f" "$f.floor" "$f.count"
    done
done
