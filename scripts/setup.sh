#!/usr/bin/env bash
# Idempotent set-up for a fresh machine: a virtualenv in .venv with the project installed into
# it, plus what the bot needs outside Python. Needs no root: without an ffmpeg on PATH the
# project is installed with its `ffmpeg` extra (imageio-ffmpeg's static build); libopus, needed
# only to speak in voice channels, is installed with apt where that needs no password, else
# named in a warning. Safe to run again; it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_dev="${1:-}"
python_bin="${PYTHON:-python3}"

# libopus: a library, not a command. discord.py loads it (to encode the bot's voice) where
# ctypes.util.find_library finds it: in ldconfig's cache on Linux.
opus_found() {
    local ldconfig
    for ldconfig in ldconfig /sbin/ldconfig /usr/sbin/ldconfig; do
        if command -v "$ldconfig" >/dev/null 2>&1; then
            "$ldconfig" -p 2>/dev/null | grep -q 'libopus\.so'
            return
        fi
    done
    # No ldconfig (e.g. macOS): ask Python's own lookup.
    "$python_bin" -c \
        'import ctypes.util, sys; sys.exit(ctypes.util.find_library("opus") is None)' 2>/dev/null
}

# apt-get as root, directly or through sudo without a password prompt; nothing else.
sudo_cmd=()
apt_quietly() {
    command -v apt-get >/dev/null 2>&1 || return 1
    if [[ $(id -u) -eq 0 ]]; then
        sudo_cmd=()
    elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
        sudo_cmd=(sudo)
    else
        return 1
    fi
}

apt_install() {
    echo "Installing $* with apt-get..."
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

system_packages=()
if [[ "$want_dev" == "--dev" ]] && ! command -v espeak-ng >/dev/null 2>&1; then
    # The tests' speech fixtures: developer machines, where apt (through sudo) is expected.
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "Please install espeak-ng with your package manager, then run this again." >&2
        exit 1
    fi
    sudo_cmd=()
    [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    system_packages+=(espeak-ng)
fi
if ! opus_found; then
    if ((${#system_packages[@]})) || apt_quietly; then
        system_packages+=(libopus0)
    else
        echo "WARNING: the Opus library (libopus) is missing: the bot runs, clones voices and" \
            "sends voice messages, but cannot speak in voice channels until it is installed:" \
            "apt-get install libopus0 (Debian, Ubuntu), dnf install opus (Fedora), apk add opus" \
            "(Alpine), pacman -S opus (Arch), brew install opus (macOS)." >&2
    fi
fi
if ((${#system_packages[@]})); then
    apt_install "${system_packages[@]}"
fi

if ! "$python_bin" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "Python 3.11 or newer is required (found: $("$python_bin" --version 2>&1))." >&2
    exit 1
fi
if [[ ! -x .venv/bin/python ]]; then
    if ! "$python_bin" -m venv .venv 2>/dev/null; then
        rm -rf .venv
        # Debian and Ubuntu ship venv separately.
        if ! apt_quietly; then
            echo "Python's venv module is missing: install it (Debian, Ubuntu: apt-get install" \
                "python3-venv), then run this again." >&2
            exit 1
        fi
        version=$("$python_bin" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
        "${sudo_cmd[@]}" apt-get update -qq
        "${sudo_cmd[@]}" apt-get install -y -qq "python${version}-venv" >/dev/null \
            || "${sudo_cmd[@]}" apt-get install -y -qq python3-venv >/dev/null
        "$python_bin" -m venv .venv
    fi
fi

# Extras, remembered in .venv/.extras: once installed, the ffmpeg extra stays in later
# installs (a later system ffmpeg takes over at run time; nothing is uninstalled).
extras_file=.venv/.extras
extras=()
if [[ -f "$extras_file" ]]; then
    read -r -a extras <"$extras_file" || true
fi
add_extra() {
    local have
    for have in "${extras[@]}"; do [[ "$have" == "$1" ]] && return 1; done
    extras+=("$1")
}
changed=0
[[ "$want_dev" == "--dev" ]] && add_extra dev && changed=1
if ! command -v ffmpeg >/dev/null 2>&1 && add_extra ffmpeg; then
    echo "No ffmpeg on PATH: installing the project's ffmpeg extra (imageio-ffmpeg's static" \
        "build) into .venv; your package manager's ffmpeg is preferred when present."
    changed=1
fi
stamp=".venv/.installed${want_dev:+-dev}"
if ((changed)) || [[ ! -f "$stamp" || pyproject.toml -nt "$stamp" ]]; then
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null
    spec="."
    if ((${#extras[@]})); then
        spec=".[$(IFS=,; echo "${extras[*]}")]"
    fi
    .venv/bin/python -m pip install -q -e "$spec"
    echo "${extras[*]}" >"$extras_file"
    touch "$stamp"
fi
