#!/usr/bin/env bash
# The lowest versions pyproject.toml allows (constraints/lowest.txt pins each lower bound), on
# this Python: install them in a fresh venv with the dev tools, check every pin took effect
# (.ci/check_pins.py), then run the whole test suite. A failed install or pin stops here.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh
venv=$(mktemp -d)/venv
trap 'rm -rf "$(dirname "$venv")"' EXIT
start=$SECONDS
python3 -m venv "$venv"
pip_install "$venv/bin/python" -c constraints/lowest.txt ".[dev]"
"$venv/bin/python" .ci/check_pins.py constraints/lowest.txt pyproject.toml
echo "  installed in $((SECONDS - start)) s"
"$venv/bin/python" -m pytest -q -p no:cacheprovider
