#!/usr/bin/env bash
# Idempotent set-up for a fresh machine: ffmpeg and libopus (and espeak-ng for the tests), a
# virtualenv in .venv, and the project installed into it. Safe to run again; it only does what
# is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_dev="${1:-}"
packages=(ffmpeg)
[[ "$want_dev" == "--dev" ]] && packages+=(espeak-ng)

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
    "${PYTHON:-python3}" -c \
        'import ctypes.util, sys; sys.exit(ctypes.util.find_library("opus") is None)' 2>/dev/null
}

missing=()
for pkg in "${packages[@]}"; do
    command -v "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
opus_found || missing+=(libopus0)
if ((${#missing[@]})); then
    echo "Installing ${missing[*]} with apt-get..."
    sudo_cmd=()
    [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "Please install ${missing[*]} with your package manager (libopus0 is Debian's name" \
            "for the Opus library: opus on Fedora, Alpine, Arch and Homebrew), then run this" \
            "again." >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python_bin="${PYTHON:-python3}"
if ! "$python_bin" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "Python 3.11 or newer is required (found: $("$python_bin" --version 2>&1))." >&2
    exit 1
fi
if [[ ! -x .venv/bin/python ]]; then
    if ! "$python_bin" -m venv .venv 2>/dev/null; then
        # Debian and Ubuntu ship venv separately.
        rm -rf .venv
        if command -v apt-get >/dev/null 2>&1; then
            sudo_cmd=()
            [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
            version=$("$python_bin" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
            "${sudo_cmd[@]}" apt-get update -qq
            "${sudo_cmd[@]}" apt-get install -y -qq "python${version}-venv" >/dev/null \
                || "${sudo_cmd[@]}" apt-get install -y -qq python3-venv >/dev/null
        fi
        "$python_bin" -m venv .venv
    fi
fi
stamp=".venv/.installed${want_dev:+-dev}"
if [[ ! -f "$stamp" || pyproject.toml -nt "$stamp" ]]; then
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null
    if [[ "$want_dev" == "--dev" ]]; then
        .venv/bin/python -m pip install -q -e ".[dev]"
    else
        .venv/bin/python -m pip install -q -e .
    fi
    touch "$stamp"
fi
