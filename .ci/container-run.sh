#!/usr/bin/env bash
# Run the image's own CMD (or the command after $1 $2) in working container $1, made from image
# $2, on the host network, forwarding the bot's variables named in BOT_ENV_NAMES (set by
# tests/install/drive.py).
# `buildah run` kills its child on SIGTERM instead of passing it on, so SIGTERM is handed to the
# image's process itself, as `docker stop` does with STOPSIGNAL.
set -euo pipefail
ctr=$1 image=$2
shift 2
env_args=()
for name in ${BOT_ENV_NAMES:-}; do
    env_args+=(--env "$name=${!name}")
done
if (($#)); then
    cmd=("$@")
else
    mapfile -t cmd < <(podman image inspect --format '{{range .Config.Cmd}}{{println .}}{{end}}' "$image" | sed '/^$/d')
fi
stop_signal=$(podman image inspect --format '{{.Config.StopSignal}}' "$image")
buildah run --isolation chroot --network host "${env_args[@]}" "$ctr" -- "${cmd[@]}" &
runner=$!
forward() {
    # The image's process: the descendant of buildah running the image's CMD (`python`).
    local pid queue=("$runner")
    while ((${#queue[@]})); do
        pid=${queue[0]}
        queue=("${queue[@]:1}")
        if [[ "$(readlink "/proc/$pid/exe" 2>/dev/null)" == */python3* ]]; then
            kill -s "${stop_signal:-TERM}" "$pid" 2>/dev/null || true
        fi
        mapfile -t -O "${#queue[@]}" queue < <(pgrep -P "$pid")
    done
}
trap forward TERM INT
status=0
wait "$runner" || status=$?
if ((status > 128)); then  # wait was interrupted by the trap: now wait for the bot to finish
    status=0
    wait "$runner" || status=$?
fi
exit "$status"
