#!/usr/bin/env bash
# Sets the machine up, builds Herald in release mode and runs the dunning job on the bundled
# examples, writing the messages due on 2026-11-29 into ./outbox, then prints the summary.
# Run it twice: the second run sends nothing, because the ledger already has every message.
#
#   scripts/demo.sh                 # examples/customers.jsonl into ./outbox
#   scripts/demo.sh --dry-run       # extra options go to `herald run`
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product herald
herald=.build/release/herald

status=0
"$herald" run --as-of 2026-11-29 --input examples/customers.jsonl --outbox outbox "$@" || status=$?
case $status in
    0) echo "demo: every record handled; the messages are in outbox/{email,sms,letter,handover}/new/" ;;
    3) echo "demo: done; the examples include deliberately bad records, listed in outbox/rejects/ (exit status 3)"
       status=0 ;;
    *) echo "demo: herald run failed with exit status $status" >&2 ;;
esac
exit $status
