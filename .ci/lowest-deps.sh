#!/usr/bin/env bash
# The lowest versions pyproject.toml allows (constraints/lowest.txt pins each lower bound), on
# this Python: install them in a fresh venv with the dev tools and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=$(mktemp -d)/venv
trap 'rm -rf "$(dirname "$venv")"' EXIT
start=$SECONDS
python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q -c constraints/lowest.txt ".[dev]" 2>&1 \
    | grep -v "is ignored: it is neither" || true
"$venv/bin/python" - <<'PY'
import importlib.metadata as md
import re
from pathlib import Path

# Every pin took effect: the suite below really runs on the lowest versions.
for line in Path("constraints/lowest.txt").read_text().splitlines():
    match = re.match(r"^([A-Za-z0-9_.\-]+)==(\S+)", line)
    if match:
        name, version = match.groups()
        try:
            installed = md.version(name)
        except md.PackageNotFoundError:
            continue  # e.g. audioop-lts, only for Python 3.13+
        assert installed == version, f"{name}: {installed} installed, {version} pinned"
        print(f"  {name}=={installed}")
PY
echo "  installed in $((SECONDS - start)) s"
"$venv/bin/python" -m pytest -q -p no:cacheprovider
