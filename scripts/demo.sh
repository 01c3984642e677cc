#!/usr/bin/env bash
# Sets the machine up, builds Herald in release mode and runs the dunning job on the bundled
# examples, writing the messages due on 2026-11-29 into ./outbox.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product herald
.build/release/herald run --as-of 2026-11-29 "$@"
