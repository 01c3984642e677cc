#!/usr/bin/env bash
# Dunning-run benchmark: `herald run` (release) against the Python baseline
# (../shared/bench/baseline.py: python-liquid, lxml, email, atomic writes) on the same input.
#
# Generates N customers with ../shared/bench/gen_data.py, sets up the baseline's virtual
# environment with ../shared/bench/setup.sh, then runs both REPS times, interleaved so machine
# noise hits both alike, each into a fresh outbox, under /usr/bin/time -v. Prints medians of
# messages/s, customers/s and peak RSS, and the throughput ratio. With MILLION=1 it also runs
# herald once on 1,000,000 customers and reports its peak RSS. With RERUN=1 it then runs
# herald again on the first outbox of each size, as a daily rerun does (nothing new to send,
# the whole ledger to load), and reports that peak RSS too.
#
# Usage: scripts/bench-pipeline.sh [N (default 100000)] [REPS (default 3)]
# Environment: BENCH_VENV (default $TMPDIR/herald-bench-venv), SKIP_BUILD=1, MILLION=1, RERUN=1,
# WORK=DIR (keep the data and outboxes there instead of a temporary folder).
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-100000}"
reps="${2:-3}"
bench=../shared/bench
venv="${BENCH_VENV:-${TMPDIR:-/tmp}/herald-bench-venv}"
as_of=2026-11-29
work="${WORK:-$(mktemp -d)}"
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "bench-pipeline: building herald (release)" >&2
    swift build -c release --product herald >&2
fi
herald="$(swift build -c release --show-bin-path)/herald"

if ! "$venv/bin/python" -c 'import liquid, lxml, babel, sys; sys.exit(liquid.__version__ != "2.3.6")' 2>/dev/null; then
    echo "bench-pipeline: setting up the baseline's venv in $venv" >&2
    "$bench/setup.sh" "$venv" >&2
fi
python="$venv/bin/python"

input="$work/customers-$count.jsonl"
if [ ! -s "$input" ]; then
    echo "bench-pipeline: generating $count customers" >&2
    python3 "$bench/gen_data.py" "$count" --as-of "$as_of" >"$input"
fi

results="$work/results.tsv"
: >"$results"
peak_rss() { sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$1"; }
cpu_seconds() { # user + system time of the process and its children
    awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { total += $2 } END { print total }' "$1"
}

# Every run writes into a fresh outbox, and all are deleted only at the end: on an ext4 file
# system without a journal (this machine kind's), the kernel skips inodes deleted in the last
# few minutes when it allocates new ones, scanning past every one of them, so deleting one run's
# 60,000 files just before the next run would slow that run's file creation several times over.
run_number=0

run_herald() { # label input [outbox]
    run_number=$((run_number + 1))
    local outbox="${3:-$work/outbox-herald-$run_number}"
    /usr/bin/time -v -o "$work/time.txt" "$herald" run --input "$2" --outbox "$outbox" --as-of "$as_of" \
        --no-progress >"$work/herald.txt" || [ $? = 3 ]
    local messages seconds
    messages=$(sed -n 's/^total[[:space:]]*\([0-9,]*\)$/\1/p' "$work/herald.txt" | tr -d ,)
    seconds=$(sed -n 's/^duration \([0-9.]*\) s.*/\1/p' "$work/herald.txt")
    printf '%s\therald\t%s\t%s\t%s\t%s\n' "$1" "$messages" "$seconds" "$(peak_rss "$work/time.txt")" \
        "$(cpu_seconds "$work/time.txt")" >>"$results"
}

run_baseline() { # label input
    run_number=$((run_number + 1))
    local outbox="$work/outbox-baseline-$run_number"
    /usr/bin/time -v -o "$work/time.txt" "$python" "$bench/baseline.py" "$2" "$outbox" --as-of "$as_of" \
        --workers 2 >"$work/baseline.txt"
    local messages seconds
    messages=$(sed -n 's/^baseline: \([0-9]*\) messages.*/\1/p' "$work/baseline.txt")
    seconds=$(sed -n 's/^baseline: .* rejects, \([0-9.]*\) s,.*/\1/p' "$work/baseline.txt")
    printf '%s\tbaseline\t%s\t%s\t%s\t%s\n' "$1" "$messages" "$seconds" "$(peak_rss "$work/time.txt")" \
        "$(cpu_seconds "$work/time.txt")" >>"$results"
}

for rep in $(seq 1 "$reps"); do
    echo "bench-pipeline: repetition $rep of $reps ($count customers)" >&2
    run_herald "$count" "$input"
    run_baseline "$count" "$input"
done

if [ "${MILLION:-0}" = 1 ]; then
    million="$work/customers-1000000.jsonl"
    if [ ! -s "$million" ]; then
        echo "bench-pipeline: generating 1,000,000 customers" >&2
        python3 "$bench/gen_data.py" 1000000 --as-of "$as_of" >"$million"
    fi
    echo "bench-pipeline: herald on 1,000,000 customers" >&2
    run_herald 1000000 "$million"
    million_outbox="$work/outbox-herald-$run_number"
fi

if [ "${RERUN:-0}" = 1 ]; then
    echo "bench-pipeline: herald rerun on the first $count-customer outbox" >&2
    run_herald "rerun-$count" "$input" "$work/outbox-herald-1"
    if [ -n "${million_outbox:-}" ]; then
        echo "bench-pipeline: herald rerun on the 1,000,000-customer outbox" >&2
        run_herald rerun-1000000 "$million" "$million_outbox"
    fi
fi

rm -rf "$work"/outbox-*

python3 - "$results" "$count" <<'PY'
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
count = int(sys.argv[2])
def stats(label, engine):
    picked = [r for r in rows if r[0] == label and r[1] == engine]
    if not picked:
        return None
    rates = [int(r[2]) / float(r[3]) for r in picked]
    return {"n": len(picked), "messages": int(picked[0][2]), "seconds": statistics.median(float(r[3]) for r in picked),
            "rate": statistics.median(rates), "customers": statistics.median(int(r[0]) / float(r[3]) for r in picked),
            "rss": statistics.median(int(r[4]) for r in picked) / 1024, "max_rss": max(int(r[4]) for r in picked) / 1024,
            "cpu_ms": statistics.median(float(r[5]) * 1000 / int(r[2]) for r in picked)}
h, b = stats(str(count), "herald"), stats(str(count), "baseline")
print(f"{count:,} customers, medians of {h['n']} runs each (peak RSS: median, max)")
print(f"{'engine':<30} {'messages':>9} {'seconds':>8} {'messages/s':>11} {'customers/s':>12} {'CPU ms/msg':>11} {'peak RSS MB':>14}")
for name, s in (("herald run (release, 2 cores)", h), ("baseline.py --workers 2", b)):
    print(f"{name:<30} {s['messages']:>9,} {s['seconds']:>8.2f} {s['rate']:>11,.0f} {s['customers']:>12,.0f} {s['cpu_ms']:>11.2f} {s['rss']:>7.1f}, {s['max_rss']:.1f}")
print(f"throughput ratio (messages/s): {h['rate'] / b['rate']:.1f}x; (customers/s): {h['customers'] / b['customers']:.1f}x;"
      f" CPU time per message: {b['cpu_ms'] / h['cpu_ms']:.1f}x less")
print("baseline peak RSS is the largest single process (GNU time reports the maximum over the process tree, not the sum)")
m = stats("1000000", "herald")
if m:
    print(f"herald on 1,000,000 customers: {m['messages']:,} messages, {m['seconds']:.1f} s, {m['rate']:,.0f} messages/s, peak RSS {m['rss']:.1f} MB")
for label, size in ((f"rerun-{count}", f"{count:,}"), ("rerun-1000000", "1,000,000")):
    picked = [r for r in rows if r[0] == label]
    if picked:
        print(f"herald rerun on {size} customers (nothing new to send, whole ledger loaded): {float(picked[0][3]):.1f} s, peak RSS {int(picked[0][4]) / 1024:.1f} MB")
PY
