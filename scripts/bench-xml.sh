#!/usr/bin/env bash
# XML validation benchmark: validated XHTML 1.0 Transitional emails per CPU-second on one
# core, through HeraldXML and through a plain libxml2 loop over the same bytes, in one run
# (see docs/benchmarks.md, "XML validation").
#
# Usage: scripts/bench-xml.sh [--repetitions N] [--seconds S]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product xml-bench >&2
binary="$(swift build -c release --show-bin-path)/xml-bench"
if command -v taskset >/dev/null 2>&1; then
    exec taskset -c 0 "$binary" "$@"
fi
exec "$binary" "$@"
