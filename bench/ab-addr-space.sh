#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# ab-addr-space.sh - iommu-ref-bench against an earlier translator/addr_space.c,
# side by side: the benchmark built twice, once with the working tree's
# address space and once with REV's, then run alternately so that both see
# the same machine (on a shared VM the DRAM floor alone moves by 1.5x
# between runs; alternating spreads that over both).
#
#   bench/ab-addr-space.sh REV [RUNS] [-- BENCH-ARGS...]
#
#   REV         a commit whose translator/addr_space.c is the baseline
#               (its addr_space.h must be compatible with the tree's)
#   RUNS        runs of each binary (default 2)
#   BENCH-ARGS  passed to both (default: --max-size 64K, the cache, stride
#               and thread rows with a short size table; --max-size 1M adds
#               the 1 M targets, about 70 s a run)
#
# Prints the target lines of each run, labelled REV or "tree".  Needs gcc,
# pkg-config and GLib (the benchmark's GTree baseline), as the CMake build.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
if [ $# -lt 1 ] || [ "$1" = -h ] || [ "$1" = --help ]; then
    sed -n '/^#   bench/,/^#               the 1 M/p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
fi
rev=$1
shift
runs=2
if [ $# -gt 0 ] && [ "$1" != -- ]; then
    runs=$1
    shift
fi
case $runs in ''|0|*[!0-9]*) echo "ab-addr-space: RUNS wants a positive number, not '$runs'" >&2; exit 2 ;; esac
[ "${1:-}" = -- ] && shift
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--max-size 64K)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! git -C "$root" show "$rev:translator/addr_space.c" > "$work/addr_space_base.c" 2>"$work/err"; then
    echo "ab-addr-space: no translator/addr_space.c at '$rev': $(cat "$work/err")" >&2
    exit 2
fi
glib=$(pkg-config --cflags --libs glib-2.0) || {
    echo "ab-addr-space: GLib not found (Debian: apt-get install libglib2.0-dev pkg-config)" >&2
    exit 2
}
# Every C file in bench/translator is the benchmark's (bench/CMakeLists.txt
# builds the same ones), so a new one is picked up here without a second list.
sources=("$here"/translator/*.c)
build() {   # build OUT ADDR_SPACE_C
    # shellcheck disable=SC2086  # $glib is a list of flags
    gcc -O2 -g -I"$here/translator" -I"$root/translator" -o "$1" \
        "${sources[@]}" "$2" $glib -lpthread -lm
}
build "$work/bench-base" "$work/addr_space_base.c"
build "$work/bench-tree" "$root/translator/addr_space.c"

for ((i = 1; i <= runs; i++)); do
    for which in base tree; do
        label=$([ $which = base ] && echo "$rev" || echo tree)
        echo "== run $i, addr_space.c of $label"
        "$work/bench-$which" "${args[@]}" | grep -E "goal|of which|pointer chase|translate, hot" || {
            echo "ab-addr-space: the $label benchmark failed" >&2
            exit 1
        }
    done
done
