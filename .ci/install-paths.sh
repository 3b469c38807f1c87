#!/usr/bin/env bash
# The two ways a user installs and runs the bot, each from scratch and each through one whole
# /clone against the loopback fakes (tests/install/drive.py):
#   1. a fresh virtualenv with a non-editable `pip install .` (no dev extras), then
#      `python -m bot` from a directory outside the checkout, settings in the environment;
#   2. the README's `bash scripts/run.sh` in a fresh copy of the tree, settings in `.env`.
# Needs the dev venv (bash scripts/setup.sh --dev) for the fakes.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
drive=("$root/.venv/bin/python" -m tests.install.drive)

echo "== install path 1: pip install . into a fresh venv, python -m bot outside the checkout"
start=$SECONDS
python3 -m venv "$work/venv"
pip_install "$work/venv/bin/python" "$root"
(cd "$work" && "$work/venv/bin/python" - <<'PY'
# The wheel carries what the bot reads at run time, not only its modules.
from importlib.resources import files
migrations = files("bot.storage.migrations")
for name in ("env.py", "script.py.mako", "versions/0001_initial.py"):
    assert (migrations / name).is_file(), f"the installed package lacks migrations/{name}"
import bot
assert "site-packages" in bot.__file__, bot.__file__
print(f"  installed non-editable: {bot.__file__}")
# Voice: the install brought davey and PyNaCl (discord.py[voice]); libopus is on this machine.
import davey, nacl.secret, discord.opus as opus
assert opus._load_default(), "libopus cannot be loaded (scripts/setup.sh installs libopus0)"
print(f"  voice: {opus._OpusStruct.get_opus_version()}, davey {davey.__version__}")
PY
)
if "$work/venv/bin/python" -c 'import pytest' 2>/dev/null; then
    echo "the runtime install pulled in dev tools (pytest)" >&2
    exit 1
fi
mkdir "$work/run"
"${drive[@]}" --cwd "$work/run" --probe "cd $work/run && $work/venv/bin/python -m bot check" \
    -- "$work/venv/bin/python" -m bot
[[ -f "$work/run/data/voiceclone.sqlite3" ]] || { echo "no default SQLite database" >&2; exit 1; }
echo "  took $((SECONDS - start)) s"

echo "== install path 2: bash scripts/run.sh in a fresh copy of the tree, settings in .env"
start=$SECONDS
mkdir "$work/clone"
# What a clone of this tree holds: tracked and new files, nothing ignored (.venv, .env, data).
git ls-files -z --cached --others --exclude-standard \
    | xargs -0 -I{} sh -c 'test -e "{}" && printf "%s\0" "{}"' \
    | tar --null -T - -c | tar -x -C "$work/clone"
"${drive[@]}" --env-file "$work/clone/.env" --cwd "$work" -- bash "$work/clone/scripts/run.sh"
echo "  took $((SECONDS - start)) s"
