#!/usr/bin/env bash
# The two ways a user installs and runs the bot, each from scratch and each through one whole
# /clone against the loopback fakes (tests/install/drive.py):
#   1. a fresh virtualenv with a non-editable `pip install .` (no dev extras), then
#      `python -m bot` from a directory outside the checkout, settings in the environment;
#   2. the README's `bash scripts/run.sh` in a fresh copy of the tree, settings in `.env`;
#   3. the same as a user without root, with no ffmpeg on PATH: setup.sh installs the `ffmpeg`
#      extra and the bot runs imageio-ffmpeg's static build; then the hostile-input suite runs
#      against that build.
# Needs the dev venv (bash scripts/setup.sh --dev) for the fakes.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
drive=("$root/.venv/bin/python" -m tests.install.drive)

# copy_tree DIR: what a clone of this tree holds: tracked and new files, nothing ignored (.venv,
# .env, data).
copy_tree() {
    git ls-files -z --cached --others --exclude-standard \
        | xargs -0 -I{} sh -c 'test -e "{}" && printf "%s\0" "{}"' \
        | tar --null -T - -c | tar -x -C "$1"
}

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
copy_tree "$work/clone"
"${drive[@]}" --env-file "$work/clone/.env" --cwd "$work" -- bash "$work/clone/scripts/run.sh"
echo "  took $((SECONDS - start)) s"

echo "== install path 3: bash scripts/run.sh as a user without root, no ffmpeg on PATH"
start=$SECONDS
command -v setpriv >/dev/null 2>&1 || ci_unavailable "setpriv (util-linux) is needed for path 3"
# Its own directory, which that user can reach (the mktemp directory above is private), and
# so can root's sandboxed ffmpeg runs below (a user namespace without root's DAC override).
user_root=$(mktemp -d /tmp/voiceclone-user.XXXXXX)
chmod 755 "$user_root"
user=""
cleanup() {
    rm -rf "$work" "$user_root"
    if [[ -n "$user" ]]; then userdel "$user" 2>/dev/null || true; fi
}
trap cleanup EXIT
if (($(id -u) == 0)); then
    command -v useradd >/dev/null 2>&1 || ci_unavailable "useradd is needed to run as a non-root user"
    user="vcci$$"
    useradd --no-create-home --home-dir "$user_root/home" --shell /bin/bash "$user"
else
    user=""  # already not root: run as ourselves
fi
as_user=(env)
[[ -n "$user" ]] && as_user=(setpriv --reuid="$user" --regid="$user" --init-groups --)
mkdir -p "$user_root/home" "$user_root/clone" "$user_root/bin"
copy_tree "$user_root/clone"
# PATH without ffmpeg: a symlink to every command on this PATH (the first of each name) except
# ffmpeg and ffprobe, from the directories that user can read (not root's pyenv shims).
IFS=: read -r -a path_dirs <<<"$PATH"
for dir in "${path_dirs[@]}"; do
    [[ -d "$dir" ]] && "${as_user[@]}" test -r "$dir" -a -x "$dir" || continue
    for found in "$dir"/*; do
        name=${found##*/}
        [[ "$name" == ffmpeg || "$name" == ffprobe || -e "$user_root/bin/$name" ]] && continue
        [[ -f "$found" && -x "$found" ]] && ln -s "$found" "$user_root/bin/$name"
    done
done
# pip's configuration as this script's pip sees it (global, user and site files, merged): the
# user's HOME holds none of it, so it gets the same index through PIP_CONFIG_FILE; PIP_* from
# the environment pass through as they are.
"$root/.venv/bin/python" -m pip config list | "$root/.venv/bin/python" -c '
import collections, re, sys
sections = collections.defaultdict(list)
for line in sys.stdin:
    if m := re.fullmatch(r"([\w-]+)\.([\w-]+)=(.*)", line.strip()):
        sections[m[1]].append(f"{m[2]} = {m[3].strip(chr(39))}")
for name, lines in sections.items():
    print(f"[{name}]", *lines, sep="\n")
' >"$user_root/pip.conf"
[[ -n "$user" ]] && chown -R "$user:" "$user_root"
user_env=(HOME="$user_root/home" PATH="$user_root/bin" PIP_CONFIG_FILE="$user_root/pip.conf")
if PATH="$user_root/bin" command -v ffmpeg >/dev/null 2>&1; then
    echo "ffmpeg is still on the user's PATH" >&2
    exit 1
fi
# The bot and its check must run the wheel's ffmpeg: its log line and check's line say so.
"${drive[@]}" --env-file "$user_root/clone/.env" --cwd "$user_root" \
    --expect-output "ffmpeg: $user_root/clone/.venv/" --expect-output "(wheel: imageio-ffmpeg" \
    --probe "cd $user_root/clone && ${as_user[*]} env ${user_env[*]} .venv/bin/python -m bot check \
        | grep -F '(wheel: imageio-ffmpeg'" \
    -- "${as_user[@]}" env "${user_env[@]}" bash "$user_root/clone/scripts/run.sh"
[[ -z "$(find "$user_root" -user root -not -name .env -print -quit)" ]] || {
    echo "path 3 left files owned by root in the user's tree" >&2
    exit 1
}
echo "  took $((SECONDS - start)) s"

echo "== the hostile-input suite against the ffmpeg path 3 shipped"
start=$SECONDS
shipped=$("$user_root/clone/.venv/bin/python" -c 'import imageio_ffmpeg; print(imageio_ffmpeg.get_ffmpeg_exe())')
FFMPEG_PATH=$shipped "$root/.venv/bin/python" -m pytest -q -n 4 -p no:cacheprovider \
    "$root/tests/audio/test_hostile.py"
echo "  took $((SECONDS - start)) s"
