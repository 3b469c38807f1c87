"""scripts/setup.sh needs no root: ffmpeg comes from the project's ``ffmpeg`` extra when none is
on PATH, and libopus (a library, so found through ldconfig's cache, not PATH) is installed with
apt only as root or with passwordless sudo, else named in a warning. Run in a copy of the tree
with fake apt-get, sudo, id, ldconfig and .venv/bin/python on a bare PATH."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Literal

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASH = shutil.which("bash") or "/bin/bash"
OPUS_CACHE = "\tlibopus.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libopus.so.0\n"
NO_OPUS = "\tlibc.so.6 (libc6,x86-64) => /lib/libc.so.6\n"
Sudo = Literal["passwordless", "password", "none"]


def executable(path: Path, text: str) -> None:
    path.write_text(text)
    path.chmod(0o755)


def tree(
    tmp_path: Path,
    *,
    ldconfig_cache: str,
    apt: bool = True,
    ffmpeg: bool = True,
    uid: int | None = None,
    sudo: Sudo = "passwordless",
) -> Path:
    """A copy of setup.sh in a tree whose venv is already installed (its python logs pip's
    arguments), and a PATH directory with just the tools it runs. ``uid``: what ``id -u``
    says (default: the real one)."""
    root = tmp_path / "tree"
    (root / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "setup.sh", root / "scripts" / "setup.sh")
    (root / "pyproject.toml").write_text("")
    (root / ".venv" / "bin").mkdir(parents=True)
    pip_log = tmp_path / "pip.log"
    executable(root / ".venv" / "bin" / "python", f'#!/bin/sh\necho "$*" >> {pip_log}\n')
    stamp = root / ".venv" / ".installed"
    stamp.touch()
    later = time.time() + 10
    os.utime(stamp, (later, later))
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    tools = ["bash", "dirname", "grep", "touch", "true"] + (["id"] if uid is None else [])
    for tool in tools:
        found = shutil.which(tool)
        assert found, tool
        (bin_dir / tool).symlink_to(found)
    if uid is not None:
        executable(bin_dir / "id", f'#!/bin/sh\n[ "$1" = -u ] && echo {uid}\n')
    (bin_dir / "python3").symlink_to(os.path.realpath(sys.executable))
    if ffmpeg:
        executable(bin_dir / "ffmpeg", "#!/bin/sh\nexit 0\n")
    sudo_log = tmp_path / "sudo.log"
    if sudo == "passwordless":
        executable(
            bin_dir / "sudo",
            f'#!/bin/sh\necho "$*" >> {sudo_log}\n[ "$1" = -n ] && shift\nexec "$@"\n',
        )
    elif sudo == "password":  # would prompt: -n (non-interactive) fails, as real sudo does
        executable(bin_dir / "sudo", f'#!/bin/sh\necho "$*" >> {sudo_log}\nexit 1\n')
    executable(bin_dir / "ldconfig", f"#!/bin/sh\nprintf '%s' '{ldconfig_cache}'\n")
    if apt:
        log = tmp_path / "apt.log"
        executable(bin_dir / "apt-get", f'#!/bin/sh\necho "$*" >> {log}\n')
    return root


def run_setup(root: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": str(tmp_path / "bin"), "HOME": str(tmp_path)}
    return subprocess.run(
        [BASH, str(root / "scripts" / "setup.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def logged(tmp_path: Path, name: str) -> list[str]:
    log = tmp_path / f"{name}.log"
    return log.read_text().splitlines() if log.exists() else []


def apt_calls(tmp_path: Path) -> list[str]:
    return logged(tmp_path, "apt")


def pip_installs(tmp_path: Path) -> list[str]:
    """What setup.sh installed into .venv (pip's own upgrade left out)."""
    return [line for line in logged(tmp_path, "pip") if "--upgrade pip" not in line]


def test_missing_libopus_is_installed_with_apt(tmp_path: Path) -> None:
    root = tree(tmp_path, ldconfig_cache=NO_OPUS, uid=0)
    result = run_setup(root, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Installing libopus0 with apt-get" in result.stdout
    assert apt_calls(tmp_path) == [
        "update -qq",
        "install -y -qq --no-install-recommends libopus0",
    ]
    assert logged(tmp_path, "sudo") == []


def test_passwordless_sudo_installs_libopus(tmp_path: Path) -> None:
    root = tree(tmp_path, ldconfig_cache=NO_OPUS, uid=1000, sudo="passwordless")
    result = run_setup(root, tmp_path)
    assert result.returncode == 0, result.stderr
    assert apt_calls(tmp_path) == [
        "update -qq",
        "install -y -qq --no-install-recommends libopus0",
    ]
    assert logged(tmp_path, "sudo") == [
        "-n true",
        "apt-get update -qq",
        "apt-get install -y -qq --no-install-recommends libopus0",
    ]


def test_an_installed_libopus_is_left_alone(tmp_path: Path) -> None:
    root = tree(tmp_path, ldconfig_cache=OPUS_CACHE)
    result = run_setup(root, tmp_path)
    assert result.returncode == 0, result.stderr
    assert apt_calls(tmp_path) == []
    assert pip_installs(tmp_path) == []  # the stamp is fresh and ffmpeg is on PATH


@pytest.mark.parametrize("sudo", ["password", "none"])
def test_without_root_missing_libopus_is_a_warning_not_a_prompt(tmp_path: Path, sudo: Sudo) -> None:
    root = tree(tmp_path, ldconfig_cache=NO_OPUS, uid=1000, sudo=sudo)
    result = run_setup(root, tmp_path)
    assert result.returncode == 0, result.stderr
    assert apt_calls(tmp_path) == []
    assert logged(tmp_path, "sudo") == (["-n true"] if sudo == "password" else [])
    assert "WARNING: the Opus library (libopus) is missing" in result.stderr
    assert "cannot speak in voice channels" in result.stderr


@pytest.mark.parametrize("cache", ["", "\tlibopusfile.so.0 (libc6) => /x\n"])
def test_without_apt_the_warning_names_the_library_per_distribution(
    tmp_path: Path, cache: str
) -> None:
    root = tree(tmp_path, ldconfig_cache=cache, apt=False)
    result = run_setup(root, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "apt-get install libopus0 (Debian, Ubuntu), dnf install opus (Fedora)" in result.stderr
    assert "apk add opus (Alpine), pacman -S opus (Arch), brew install opus" in result.stderr


def test_no_ffmpeg_and_no_root_installs_the_ffmpeg_extra_not_an_apt_package(
    tmp_path: Path,
) -> None:
    root = tree(tmp_path, ldconfig_cache=OPUS_CACHE, ffmpeg=False, uid=1000, sudo="none")
    result = run_setup(root, tmp_path)
    assert result.returncode == 0, result.stderr
    assert apt_calls(tmp_path) == [] and logged(tmp_path, "sudo") == []
    assert "No ffmpeg on PATH: installing the project's ffmpeg extra" in result.stdout
    assert pip_installs(tmp_path) == ["-m pip install -q -e .[ffmpeg]"]
    assert (root / ".venv" / ".extras").read_text() == "ffmpeg\n"


def test_no_ffmpeg_as_root_still_uses_the_extra(tmp_path: Path) -> None:
    root = tree(tmp_path, ldconfig_cache=OPUS_CACHE, ffmpeg=False, uid=0)
    result = run_setup(root, tmp_path)
    assert result.returncode == 0, result.stderr
    assert apt_calls(tmp_path) == []
    assert pip_installs(tmp_path) == ["-m pip install -q -e .[ffmpeg]"]


def test_the_ffmpeg_extra_is_remembered_once_a_system_ffmpeg_arrives(tmp_path: Path) -> None:
    root = tree(tmp_path, ldconfig_cache=OPUS_CACHE, ffmpeg=False)
    assert run_setup(root, tmp_path).returncode == 0
    assert run_setup(root, tmp_path).returncode == 0  # nothing new: no second install
    assert pip_installs(tmp_path) == ["-m pip install -q -e .[ffmpeg]"]
    executable(tmp_path / "bin" / "ffmpeg", "#!/bin/sh\nexit 0\n")  # the system's, later
    os.utime(root / "pyproject.toml")  # and a newer pyproject: reinstall, extra kept
    stamp = root / ".venv" / ".installed"
    os.utime(stamp, (time.time() - 10, time.time() - 10))
    result = run_setup(root, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "No ffmpeg on PATH" not in result.stdout
    assert pip_installs(tmp_path) == ["-m pip install -q -e .[ffmpeg]"] * 2
