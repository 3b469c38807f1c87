#!/usr/bin/env bash
# Build the project's real Dockerfile on a locally made Debian base (no registry is reachable
# here) and run the image's own command through one whole /clone against the loopback fakes,
# with its health endpoint checked. podman builds (chroot isolation) and buildah runs
# (`podman run` needs cgroups, which these sandboxes lack).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh
root=$PWD

if ! command -v podman >/dev/null || ! command -v buildah >/dev/null \
    || ! command -v debootstrap >/dev/null; then
    echo "Installing podman, buildah and debootstrap with apt-get..."
    if ! { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        podman buildah debootstrap >/dev/null 2>&1 \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            --no-install-recommends podman buildah debootstrap >/dev/null; }; }; then
        ci_unavailable "container image check: podman, buildah or debootstrap could not be installed"
    fi
fi
# The compose check needs a PostgreSQL server: known before minutes of building.
if command -v psql >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    postgres=yes
else
    postgres=no
    in_ci && ci_unavailable "compose check: no PostgreSQL server (psql, pg_isready) at 127.0.0.1:5432"
fi

start=$SECONDS
base=$(bash .ci/base-image.sh)
echo "== base image $base ready after $((SECONDS - start)) s"

image=localhost/voiceclone:ci
max_image_mb=350
build_start=$SECONDS
# Layers are cached in podman's store between runs: a code change rebuilds only what follows it.
build_log=$(mktemp)
if ! podman build --isolation=chroot --network=host --format docker \
    --build-arg "BASE_IMAGE=$base" -t "$image" . >"$build_log" 2>&1; then
    tail -40 "$build_log"
    exit 1
fi
echo "  $(grep -c -- '--> Using cache' "$build_log") of $(grep -c '^\[.*STEP' "$build_log") build steps from the layer cache"
size=$(podman image inspect --format '{{.Size}}' "$image")
echo "== built $image in $((SECONDS - build_start)) s: $((size / 1000000)) MB (at most $max_image_mb MB)"
# Issue #19: Debian's ffmpeg package alone made the image 907 MB; the image's own ffmpeg build
# and a slim runtime keep it small. Growing past the limit is a decision, not an accident.
if ((size > max_image_mb * 1000000)); then
    echo "the image is $((size / 1000000)) MB, more than $max_image_mb MB" >&2
    exit 1
fi

# The image's configuration is what a user's `docker run` gets: check the promised parts.
inspect=$(podman image inspect "$image")
health_file=$(mktemp)
.venv/bin/python - "$inspect" "$health_file" <<'PY'
import json, sys
from pathlib import Path
image = json.loads(sys.argv[1])[0]
config, health = image["Config"], image.get("Healthcheck") or {}
assert config["User"] == "bot", config.get("User")
assert config["StopSignal"] == "SIGTERM", config.get("StopSignal")
assert health.get("Test", [""])[0] == "CMD", f"no HEALTHCHECK: {health}"
assert "/app/data" in config["Volumes"], config.get("Volumes")
assert config["Labels"]["org.opencontainers.image.licenses"] == "MIT"
env = dict(item.split("=", 1) for item in config["Env"])
assert env["HEALTH_PORT"] == "8080", env
print(f"  user {config['User']}, cmd {config['Cmd']}, healthcheck {health['Test'][1:]}")
Path(sys.argv[2]).write_text("".join(f"{arg}\n" for arg in health["Test"][1:]))
PY
# What this run made, removed on exit whatever happens: its working containers and its own
# PostgreSQL role and database (never one it did not create).
containers=() scratch_db=""
cleanup() {
    if ((${#containers[@]})); then
        buildah rm "${containers[@]}" >/dev/null || echo "could not remove ${containers[*]}" >&2
    fi
    if [[ -n "$scratch_db" ]]; then
        scratch_db_drop "$scratch_db" || echo "could not drop the scratch database $scratch_db" >&2
    fi
}
trap cleanup EXIT
ctr=$(buildah from --quiet "$image")
containers+=("$ctr")
# No compilers, build tools, pip or caches in the final stage (the ffmpeg stage's stay there).
if ! found=$(buildah run --isolation chroot "$ctr" sh -c '
    for tool in gcc cc c++ cpp make nasm ld as pkg-config dpkg-source pip pip3; do
        command -v "$tool" && exit 1
    done
    for path in /opt/venv/bin/pip /root/.cache/pip /usr/include/opus /build; do
        test -e "$path" && echo "$path" && exit 1
    done
    exit 0'); then
    echo "the runtime stage holds build tools or caches: $found" >&2
    exit 1
fi
# ffmpeg: the image's own build, with no protocol but `file` and `pipe` compiled in.
buildah run --isolation chroot "$ctr" sh -c \
    'ffmpeg -hide_banner -version | head -1 && ffmpeg -hide_banner -protocols' >"$build_log"
protocols=$(sed -n '/^Input:/,$p' "$build_log" | grep -v ':$' | tr -d ' ' | sort -u | tr '\n' ' ')
[[ "$protocols" == "file pipe " ]] \
    || { echo "the image's ffmpeg has protocols beyond file and pipe: $protocols" >&2; exit 1; }
echo "  $(head -1 "$build_log"), protocols: $protocols"
# A voice message, encoded in the image by the bot's own command line (libopus into Ogg).
buildah run --isolation chroot "$ctr" python -c '
import subprocess
from bot.speech.voice_message import encode_command
pcm = bytes(2 * 48_000)  # one second of silence, s16le mono
run = subprocess.run(encode_command("ffmpeg", sample_rate=48_000), input=pcm, capture_output=True)
assert run.returncode == 0, run.stderr.decode()
assert run.stdout.startswith(b"OggS") and b"OpusHead" in run.stdout[:200], run.stdout[:64]
print(f"  voice message: {len(run.stdout)} bytes of Ogg Opus for 1 s")' \
    || { echo "the image's ffmpeg cannot encode a voice message" >&2; exit 1; }
# Babel keeps only the bot's locales (and their parents): each still formats in the image.
buildah run --isolation chroot "$ctr" python - check <scripts/babel-locales.py \
    || { echo "Babel's pruned locale data fails the bot's languages" >&2; exit 1; }
# Voice: discord.py loads libopus (libopus0) and imports davey (DAVE) and PyNaCl in the image.
buildah run --isolation chroot "$ctr" python -c '
import davey, nacl.secret, discord.opus as opus
assert opus._load_default(), "libopus cannot be loaded: the image lacks libopus0"
print(f"  voice: {opus._OpusStruct.get_opus_version()}, davey {davey.__version__}")' \
    || { echo "the image cannot speak in voice channels" >&2; exit 1; }

# Hostile uploads (tests/audio/test_hostile.py) against the image's ffmpeg binary, run on this
# machine (the same Debian release, with libopus0 as the tests' own ffmpeg needs): FFMPEG_PATH
# points the pipeline at it, fixtures are still made by this machine's full ffmpeg.
echo "== hostile uploads against the image's ffmpeg"
ffmpeg_dir=$(mktemp -d)
cp "$(buildah mount "$ctr")/usr/local/bin/ffmpeg" "$ffmpeg_dir/ffmpeg"
buildah umount "$ctr" >/dev/null
echo "  $(stat -c %s "$ffmpeg_dir/ffmpeg" | awk '{printf "%.1f MB", $1 / 1e6}') binary, linked to" \
    "$(ldd "$ffmpeg_dir/ffmpeg" | awk '{print $1}' | grep -v -e linux-vdso -e ld-linux | tr '\n' ' ')"
if ldd "$ffmpeg_dir/ffmpeg" | grep 'not found'; then
    echo "the image's ffmpeg needs libraries this machine lacks (apt-get install libopus0)" >&2
    exit 1
fi
# The tripwire self-tests need an ffmpeg that follows HLS playlists (the image's has no HLS
# demuxer or network protocol at all): they run in the main suite with this machine's ffmpeg.
tripwires=(
    test_canary_sees_a_permissive_ffmpeg
    test_sentinel_sees_a_naive_ffmpeg
    test_a_disguised_playlist_is_followed_unless_ffmpeg_refuses_the_name
)
FFMPEG_PATH="$ffmpeg_dir/ffmpeg" .venv/bin/python -m pytest -q -n 0 -p no:cacheprovider \
    "${tripwires[@]/#/--deselect=tests/audio/test_hostile.py::}" tests/audio/test_hostile.py
rm -rf "$ffmpeg_dir"

health_port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# The image's HEALTHCHECK command, run inside the image beside the bot.
mapfile -t health_cmd <"$health_file"
probe="buildah run --isolation chroot --network host --env HEALTH_PORT=$health_port $ctr --"
probe+=$(printf ' %q' "${health_cmd[@]}")
# `docker run --rm --env-file .env IMAGE python -m bot check`, as the README says.
check="BOT_ENV_NAMES=\$BOT_ENV_NAMES bash $root/.ci/container-run.sh $ctr $image python -m bot check"
run_start=$SECONDS
.venv/bin/python -m tests.install.drive --env "HEALTH_PORT=$health_port" \
    --health-port "$health_port" --probe "$probe" --probe "$check" \
    -- bash "$root/.ci/container-run.sh" "$ctr" "$image"
echo "== docker run: /clone inside the image took $((SECONDS - run_start)) s"

# docker compose: the bot service's image and environment from docker-compose.yml, with the db
# service played by the local PostgreSQL (the name `db` resolves to it inside the container).
echo "== docker compose: the bot service with PostgreSQL"
if [[ "$postgres" == no ]]; then
    ci_unavailable "compose check: no PostgreSQL server (psql, pg_isready) at 127.0.0.1:5432"
fi
password=$(.venv/bin/python -c 'import secrets; print(secrets.token_hex(12))')
# The compose file names its role and database `voiceclone`; this run uses a role and database
# of its own (unique per run, dropped on exit), so a real `voiceclone` database here is never
# touched. Everything else in the bot service's DATABASE_URL is used as written.
scratch_db=$(scratch_db_name)
scratch_db_create "$scratch_db" "$password"
database_url=$(POSTGRES_PASSWORD=$password SCRATCH_DB=$scratch_db .venv/bin/python - <<'PY'
import os, re, yaml
from urllib.parse import urlsplit
# The bot service's DATABASE_URL, interpolated as compose does from .env.
url = yaml.safe_load(open("docker-compose.yml"))["services"]["bot"]["environment"]["DATABASE_URL"]
url = re.sub(r"\$\{(\w+)(:\?[^}]*)?\}", lambda m: os.environ[m.group(1)], url)
parts = urlsplit(url)
assert (parts.scheme, parts.hostname, parts.port) == ("postgresql", "db", 5432), url
assert parts.password == os.environ["POSTGRES_PASSWORD"], "the password is not from .env"
name = os.environ["SCRATCH_DB"]
print(parts._replace(netloc=f"{name}:{parts.password}@db:5432", path=f"/{name}").geturl())
PY
)
compose_ctr=$(buildah from --quiet --add-host db:127.0.0.1 "$image")
containers+=("$compose_ctr")
compose_check="BOT_ENV_NAMES=\$BOT_ENV_NAMES bash $root/.ci/container-run.sh $compose_ctr $image python -m bot check"
.venv/bin/python -m tests.install.drive --env "DATABASE_URL=$database_url" --secret "$password" \
    --env "HEALTH_PORT=$health_port" --health-port "$health_port" --probe "$compose_check" \
    -- bash "$root/.ci/container-run.sh" "$compose_ctr" "$image"
voices=$(psql -h 127.0.0.1 -U postgres -d "$scratch_db" -Atc \
    "SELECT count(*) FROM clone_records WHERE voice_id IS NOT NULL")
[[ "$voices" == 1 ]] || { echo "PostgreSQL holds $voices cloned voices, expected 1" >&2; exit 1; }
echo "  the voice is stored in PostgreSQL"
echo "== container step: $((SECONDS - start)) s"
