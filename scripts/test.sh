#!/usr/bin/env bash
# Set up (first time only) and run the test suite, except the long end-to-end runs marked
# `slow` (`bash scripts/test.sh -m slow -n 0` runs those; .ci/run runs both). Four pytest-xdist
# workers, a test file each at a time: most tests wait on loopback fakes and subprocesses, so
# four overlap well on two cores. Extra arguments go to pytest; a -m among them replaces
# `not slow`, and `-n 0` runs everything in this one process.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
exec .venv/bin/python -m pytest -m "not slow" -n 4 --dist loadfile "$@"
