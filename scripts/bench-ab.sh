#!/usr/bin/env bash
# A/B benchmark of herald builds: runs each binary on the same input, alternating, and prints
# the median CPU time (user + system) of each and its ratio to the first.
#
# Two modes:
#   dry    (default) `herald run --dry-run --jobs 1` pinned to one core with taskset: composing
#          only (decode, policy, render, checks, channel bytes), no file system. The steadiest
#          measure on this machine kind (noise about ±2-3%), for changes of a few percent.
#   write  `herald run` on both cores into a fresh outbox: the whole job, kernel included
#          (noise about ±4%). Outboxes are kept until the end (see docs/benchmarks.md on why
#          deleting them between runs skews the next one).
#
# Usage: scripts/bench-ab.sh [--mode dry|write] [--runs N (default 7)] INPUT.jsonl HERALD...
# Run it from the project root (herald reads herald.yaml, templates/ and schemas/ there).
# Example: swift build -c release && cp .build/release/herald /tmp/herald-new
#          scripts/bench-ab.sh --runs 9 /tmp/c20k.jsonl /tmp/herald-old /tmp/herald-new
set -euo pipefail
cd "$(dirname "$0")/.."

mode=dry
runs=7
while [ $# -gt 0 ]; do
    case "$1" in
        --mode) mode="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        *) break ;;
    esac
done
if [ $# -lt 2 ] || { [ "$mode" != dry ] && [ "$mode" != write ]; }; then
    echo "usage: scripts/bench-ab.sh [--mode dry|write] [--runs N] INPUT.jsonl HERALD..." >&2
    exit 2
fi
input="$1"
shift

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
: >"$work/results.tsv"
number=0
for _ in $(seq 1 "$runs"); do
    for herald in "$@"; do
        number=$((number + 1))
        if [ "$mode" = dry ]; then
            /usr/bin/time -f "%U %S %e" -o "$work/time.txt" taskset -c 0 "$herald" run --input "$input" \
                --outbox "$work/dry" --as-of 2026-11-29 --no-progress --dry-run --jobs 1 >/dev/null || [ $? = 3 ]
        else
            /usr/bin/time -f "%U %S %e" -o "$work/time.txt" "$herald" run --input "$input" \
                --outbox "$work/outbox-$number" --as-of 2026-11-29 --no-progress >/dev/null || [ $? = 3 ]
        fi
        printf '%s\t%s\n' "$herald" "$(cat "$work/time.txt")" >>"$work/results.tsv"
    done
done

python3 - "$work/results.tsv" "$mode" "$@" <<'PY'
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
mode, binaries = sys.argv[2], sys.argv[3:]
first = None
print(f"{mode} runs, medians of {sum(1 for r in rows if r[0] == binaries[0])} each, alternating")
for binary in binaries:
    times = [r[1].split() for r in rows if r[0] == binary]
    cpu = [float(user) + float(system) for user, system, _ in times]
    wall = statistics.median(float(t[2]) for t in times)
    median = statistics.median(cpu)
    first = first or median
    print(f"{binary:40} CPU {median:6.2f} s ({median / first:5.3f})  min {min(cpu):5.2f}  max {max(cpu):5.2f}"
          f"  wall {wall:5.2f} s")
PY
