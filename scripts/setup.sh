#!/usr/bin/env bash
# Idempotent set-up for a fresh machine: ffmpeg (and espeak-ng for the tests), a virtualenv in
# .venv, and the project installed into it. Safe to run again; it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_dev="${1:-}"
packages=(ffmpeg)
[[ "$want_dev" == "--dev" ]] && packages+=(espeak-ng)

missing=()
for pkg in "${packages[@]}"; do
    command -v "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
    echo "Installing ${missing[*]} with apt-get..."
    sudo_cmd=()
    [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "Please install ${missing[*]} with your package manager, then run this again." >&2
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
