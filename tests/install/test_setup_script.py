"""scripts/setup.sh installs libopus (a library, so found through ldconfig's cache, not PATH)
along with ffmpeg: run in a copy of the tree with fake apt-get and ldconfig on a bare PATH."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASH = shutil.which("bash") or "/bin/bash"
OPUS_CACHE = "\tlibopus.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libopus.so.0\n"


def executable(path: Path, text: str) -> None:
    path.write_text(text)
    path.chmod(0o755)


def tree(tmp_path: Path, *, ldconfig_cache: str, apt: bool = True) -> Path:
    """A copy of setup.sh in a tree whose venv is already installed (so only the system
    packages are at stake), and a PATH directory with just the tools it runs."""
    root = tmp_path / "tree"
    (root / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "setup.sh", root / "scripts" / "setup.sh")
    (root / "pyproject.toml").write_text("")
    (root / ".venv" / "bin").mkdir(parents=True)
    executable(root / ".venv" / "bin" / "python", "#!/bin/sh\nexit 0\n")
    stamp = root / ".venv" / ".installed"
    stamp.touch()
    later = time.time() + 10
    os.utime(stamp, (later, later))
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "dirname", "grep", "id"):
        found = shutil.which(tool)
        assert found, tool
        (bin_dir / tool).symlink_to(found)
    (bin_dir / "python3").symlink_to(os.path.realpath(sys.executable))
    executable(bin_dir / "ffmpeg", "#!/bin/sh\nexit 0\n")
    executable(bin_dir / "sudo", '#!/bin/sh\nexec "$@"\n')
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


def apt_calls(tmp_path: Path) -> list[str]:
    log = tmp_path / "apt.log"
    return log.read_text().splitlines() if log.exists() else []


def test_missing_libopus_is_installed_with_apt(tmp_path: Path) -> None:
    root = tree(tmp_path, ldconfig_cache="\tlibc.so.6 (libc6,x86-64) => /lib/libc.so.6\n")
    result = run_setup(root, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Installing libopus0 with apt-get" in result.stdout
    assert apt_calls(tmp_path) == [
        "update -qq",
        "install -y -qq --no-install-recommends libopus0",
    ]


def test_an_installed_libopus_is_left_alone(tmp_path: Path) -> None:
    root = tree(tmp_path, ldconfig_cache=OPUS_CACHE)
    result = run_setup(root, tmp_path)
    assert result.returncode == 0, result.stderr
    assert apt_calls(tmp_path) == []


@pytest.mark.parametrize("cache", ["", "\tlibopusfile.so.0 (libc6) => /x\n"])
def test_without_apt_the_script_names_the_library(tmp_path: Path, cache: str) -> None:
    root = tree(tmp_path, ldconfig_cache=cache, apt=False)
    result = run_setup(root, tmp_path)
    assert result.returncode == 1
    assert "Please install libopus0 with your package manager" in result.stderr
    assert "opus on Fedora, Alpine, Arch and Homebrew" in result.stderr
