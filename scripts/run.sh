#!/usr/bin/env bash
# Set up (first time only) and run the bot. Configure it in .env first (see .env.example).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m bot "$@"
