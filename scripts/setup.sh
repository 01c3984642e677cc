#!/usr/bin/env bash
# Installs what Herald needs on a fresh Debian machine: libxml2 headers, the W3C DTDs and the
# XML catalog that resolves them offline, xmllint, tcmalloc (the herald binary's allocator),
# time zone data (the default --as-of is the local date), and the Python checkers the tests use.
# Safe to run again: it installs only what is missing.
set -euo pipefail

packages=(libxml2-dev w3c-sgml-lib libxml2-utils xml-core pkg-config libtcmalloc-minimal4 tzdata)
missing=()
for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The SMS tests compare Herald's GSM 03.38 counting with an independent codec.
if ! python3 -c 'import gsm0338' >/dev/null 2>&1; then
    echo "setup: installing the gsm0338 codec (PyPI)" >&2
    python3 -m pip install -q gsm0338 || python3 -m pip install -q --break-system-packages gsm0338
fi

command -v swift >/dev/null || { echo "setup: Swift 6 is required (https://swift.org/install)" >&2; exit 1; }
