#!/usr/bin/env bash
# Liquid rendering benchmark: HeraldLiquid (release build) against python-liquid 2.3.6.
#
# Renders the Golden Liquid benchmark fixtures and the dunning email (Benchmarks/dunning) on one
# thread with both engines, interleaving Swift and Python repetitions so machine noise hits both
# alike, checks that both engines produce the same text, and prints median renders per second
# and the Swift/Python ratio per case and overall.
#
# Usage: scripts/bench-liquid.sh [REPETITIONS (default 5)] [SECONDS PER CASE (default 1)]
# Environment: BENCH_VENV (default $TMPDIR/herald-bench-venv), FIXTURES (default
# ../shared/liquid/golden/benchmark_fixtures), SKIP_BUILD=1 to reuse the release build,
# BENCH_CPU=N to pin both engines to CPU N.
set -euo pipefail
cd "$(dirname "$0")/.."

repetitions="${1:-5}"
seconds="${2:-1}"
fixtures="${FIXTURES:-../shared/liquid/golden/benchmark_fixtures}"
venv="${BENCH_VENV:-${TMPDIR:-/tmp}/herald-bench-venv}"
[ -d "$fixtures" ] || { echo "bench-liquid: no fixtures at $fixtures (set FIXTURES)" >&2; exit 2; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "bench-liquid: building liquid-bench (release)" >&2
    swift build -c release --product liquid-bench >&2
fi
bench="$(swift build -c release --show-bin-path)/liquid-bench"

if ! "$venv/bin/python" -c 'import liquid, sys; sys.exit(liquid.__version__ != "2.3.6")' 2>/dev/null; then
    echo "bench-liquid: installing python-liquid 2.3.6 into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q python-liquid==2.3.6 >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/out"

# Both engines render on one thread. BENCH_CPU=N also pins each run to that CPU with taskset.
pin=()
[ -n "${BENCH_CPU:-}" ] && pin=(taskset -c "$BENCH_CPU")

for repetition in $(seq 1 "$repetitions"); do
    echo "bench-liquid: repetition $repetition of $repetitions" >&2
    dump=()
    [ "$repetition" = 1 ] && dump=(--dump "$work/out")
    "${pin[@]}" "$bench" --fixtures "$fixtures" --dunning Benchmarks/dunning --seconds "$seconds" "${dump[@]}" \
        >>"$work/results.jsonl"
    "${pin[@]}" "$venv/bin/python" Benchmarks/python/bench_liquid.py --fixtures "$fixtures" \
        --dunning Benchmarks/dunning --seconds "$seconds" "${dump[@]}" >>"$work/results.jsonl"
done

python3 - "$work/results.jsonl" "$work/out" <<'PY'
import json, math, os, statistics, sys

rows = [json.loads(line) for line in open(sys.argv[1])]
cases = sorted({row["case"] for row in rows}, key=lambda name: (name == "dunning", name))
def rates(engine_prefix, case):
    return [row["renders_per_second"] for row in rows if row["case"] == case and row["engine"].startswith(engine_prefix)]

print(f"{'case':<9} {'bytes':>6} {'same text':>9} {'Swift renders/s':>16} {'Python renders/s':>17} {'ratio':>7}  (medians of {len(rates('Herald', cases[0]))})")
swift_time = python_time = 0.0
ratios = []
for case in cases:
    swift, python = statistics.median(rates("Herald", case)), statistics.median(rates("python", case))
    swift_time += 1 / swift
    python_time += 1 / python
    ratios.append(swift / python)
    out = sys.argv[2]
    swift_text = open(os.path.join(out, f"{case}.swift.txt"), "rb").read()
    python_text = open(os.path.join(out, f"{case}.python.txt"), "rb").read()
    same = "yes" if swift_text == python_text else "no*"
    size = len(swift_text)
    print(f"{case:<9} {size:>6} {same:>9} {swift:>16,.0f} {python:>17,.0f} {swift / python:>6.1f}x")
print(f"{'all (one render of each case)':<34} {1 / swift_time:>16,.0f} {1 / python_time:>17,.0f} {python_time / swift_time:>6.1f}x")
print(f"geometric mean of the ratios: {math.exp(statistics.mean(math.log(r) for r in ratios)):.1f}x; lowest: {min(ratios):.1f}x")
print("no* = python-liquid differs from Ruby Liquid on this fixture (see docs/benchmarks.md)")
PY
