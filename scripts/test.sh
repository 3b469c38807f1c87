#!/usr/bin/env bash
# Set up (first time only) and run the test suite, except the long end-to-end runs marked
# `slow` (`bash scripts/test.sh -m slow` runs those; .ci/run runs both). Extra arguments go to
# pytest; a -m among them replaces `not slow`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
exec .venv/bin/python -m pytest -m "not slow" "$@"
