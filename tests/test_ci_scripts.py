"""The CI scripts fail loudly: a failed pip install, a pin that did not take effect, or (with CI
set) a missing tool or PostgreSQL stops them with a non-zero exit; the compose check touches
only a PostgreSQL role and database it made itself. Each runs in seconds with fakes on PATH."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.storage.helpers import postgres_missing

ROOT = Path(__file__).resolve().parents[1]
CI = ROOT / ".ci"
BASH = shutil.which("bash") or "/bin/bash"


def base_env(ci: str | None, path: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    if path is not None:
        env["PATH"] = path
    return env


def run_lib(script: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in bash with .ci/lib.sh sourced, as the CI scripts do."""
    return subprocess.run(
        [BASH, "-c", f"set -euo pipefail; source {CI / 'lib.sh'}; {script}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def executable(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(0o755)
    return path


# --- missing tools: an error in CI, one SKIPPED line elsewhere -------------------------------


@pytest.mark.parametrize(("ci", "code"), [("true", 1), ("1", 1), (None, 0), ("false", 0)])
def test_a_missing_prerequisite_fails_only_in_ci(ci: str | None, code: int) -> None:
    result = run_lib('ci_unavailable "the thing is missing"; echo went-on', base_env(ci))
    assert result.returncode == code
    assert "went-on" not in result.stdout
    if code:
        assert "FAILED: the thing is missing" in result.stderr
    else:
        assert "SKIPPED: the thing is missing" in result.stdout


def restricted_bin(tmp_path: Path) -> Path:
    """A PATH holding only what container.sh needs before it builds, plus a failing apt-get."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("dirname", "od", "tr"):
        found = shutil.which(tool)
        assert found, tool
        (bin_dir / tool).symlink_to(found)
    executable(bin_dir / "apt-get", "#!/bin/sh\necho 'E: Unable to locate package' >&2\nexit 100\n")
    return bin_dir


def run_container_sh(bin_dir: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [BASH, str(CI / "container.sh")],
        env=base_env(ci, path=str(bin_dir)),
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(("ci", "code"), [("true", 1), (None, 0)])
def test_container_check_without_podman_fails_in_ci(
    tmp_path: Path, ci: str | None, code: int
) -> None:
    result = run_container_sh(restricted_bin(tmp_path), ci)
    assert result.returncode == code, result.stderr
    line = "container image check: podman, buildah or debootstrap could not be installed"
    assert line in (result.stderr if code else result.stdout)


def test_container_check_without_postgresql_fails_in_ci_before_building(tmp_path: Path) -> None:
    bin_dir = restricted_bin(tmp_path)
    called = tmp_path / "called"
    for tool in ("podman", "buildah", "debootstrap", "psql"):
        executable(bin_dir / tool, f"#!/bin/sh\necho {tool} >>{called}\nexit 1\n")
    executable(bin_dir / "pg_isready", "#!/bin/sh\nexit 2\n")  # no server answers
    result = run_container_sh(bin_dir, "true")
    assert result.returncode == 1
    assert "FAILED: compose check: no PostgreSQL server" in result.stderr
    assert not called.exists(), "built an image before finding PostgreSQL missing"


# --- pip failures stop the scripts -----------------------------------------------------------

PIP_ERROR = "ERROR: No matching distribution found for discord.py==2.6.0"
KNOWN_WARNING = "Location '/nowhere' is ignored: it is neither a file nor a directory."


def test_a_failed_pip_install_stops_the_script(tmp_path: Path) -> None:
    python = executable(tmp_path / "python", f"#!/bin/sh\necho '{PIP_ERROR}' >&2\nexit 3\n")
    result = run_lib(f"pip_install {python} .; echo went-on", base_env(None))
    assert result.returncode == 3
    assert "went-on" not in result.stdout
    assert PIP_ERROR in result.stderr
    assert "FAILED: pip install ." in result.stderr


def test_a_pip_install_that_worked_shows_its_output_but_the_known_warning(
    tmp_path: Path,
) -> None:
    python = executable(
        tmp_path / "python", f"#!/bin/sh\necho \"{KNOWN_WARNING}\"\necho 'a real notice'\n"
    )
    result = run_lib(f"pip_install {python} .; echo went-on", base_env(None))
    assert result.returncode == 0, result.stderr
    assert "went-on" in result.stdout
    assert "a real notice" in result.stderr
    assert "is ignored" not in result.stderr + result.stdout


def fake_python3(tmp_path: Path, pip_exit: int) -> Path:
    """A python3 whose `-m venv DIR` makes a venv where pip exits with ``pip_exit`` having
    installed nothing, pytest only leaves a mark, and anything else runs this Python without
    site-packages (so nothing is installed there) but with ``packaging``."""
    shim = tmp_path / "shim"
    shim.mkdir()
    import packaging

    (shim / "packaging").symlink_to(Path(packaging.__file__).parent)
    venv_python = f"""#!/bin/sh
if [ "$1 $2" = "-m pip" ]; then echo '{PIP_ERROR}' >&2; exit {pip_exit}; fi
if [ "$1 $2" = "-m pytest" ]; then echo PYTEST-RAN; exit 0; fi
PYTHONPATH={shim} exec {sys.executable} -S "$@"
"""
    bin_dir = tmp_path / "bin"
    executable(
        bin_dir / "python3",
        f"""#!/bin/sh
[ "$1 $2" = "-m venv" ] || exit 99
mkdir -p "$3/bin" && cat >"$3/bin/python" <<'EOF'
{venv_python}EOF
chmod +x "$3/bin/python"
""",
    )
    return bin_dir


def run_ci_script(name: str, bin_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [BASH, str(CI / name)],
        env=base_env(None, path=f"{bin_dir}{os.pathsep}{os.environ['PATH']}"),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("script", "later_step"),
    [("lowest-deps.sh", "installed in"), ("install-paths.sh", "installed non-editable")],
)
def test_the_install_scripts_stop_when_pip_fails(
    tmp_path: Path, script: str, later_step: str
) -> None:
    result = run_ci_script(script, fake_python3(tmp_path, pip_exit=1))
    assert result.returncode == 1
    assert PIP_ERROR in result.stderr
    # The script's last words: it stopped at the install, not at a later step.
    assert re.fullmatch(r"FAILED: pip install .* \(exit 1\)", result.stderr.splitlines()[-1])
    assert later_step not in result.stdout
    assert "PYTEST-RAN" not in result.stdout


def test_lowest_deps_stops_when_a_pinned_package_is_not_installed(tmp_path: Path) -> None:
    result = run_ci_script("lowest-deps.sh", fake_python3(tmp_path, pip_exit=0))
    assert result.returncode == 1
    pinned = next(
        line
        for line in (ROOT / "constraints" / "lowest.txt").read_text().splitlines()
        if line.startswith("discord.py==")
    )
    assert f"FAILED pin check: {pinned} is pinned but not installed" in result.stderr
    assert "installed in" not in result.stdout
    assert "PYTEST-RAN" not in result.stdout


# --- the pin check ---------------------------------------------------------------------------


def check_pins(
    tmp_path: Path, pins: str, dependencies: list[str]
) -> subprocess.CompletedProcess[str]:
    (tmp_path / "lowest.txt").write_text(pins)
    quoted = ", ".join(f'"{d}"' for d in dependencies)
    (tmp_path / "pyproject.toml").write_text(f"[project]\ndependencies = [{quoted}]\n")
    return subprocess.run(
        [sys.executable, str(CI / "check_pins.py"), "lowest.txt", "pyproject.toml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_pins_that_took_effect_pass(tmp_path: Path) -> None:
    pytest_version = version("pytest")
    result = check_pins(
        tmp_path,
        f"# comment\npytest=={pytest_version}\nvoiceclone-only-on-py2==1.0\n",
        [f"pytest>={pytest_version}", "voiceclone-only-on-py2>=1.0; python_version < '3'"],
    )
    assert result.returncode == 0, result.stderr
    assert f"pytest=={pytest_version}" in result.stdout
    assert "voiceclone-only-on-py2: not for this Python" in result.stdout


@pytest.mark.parametrize(
    ("pins", "dependencies", "error"),
    [
        ("voiceclone-missing==1.0\n", ["voiceclone-missing>=1.0"], "pinned but not installed"),
        ("pytest==1.0\n", ["pytest>=1.0"], "installed, 1.0 pinned"),
        ("pytest==1.0\n", ["pytest>=0.9"], "is not its lower bound"),
        ("", ["pytest>=1.0"], "is a dependency but has no pin"),
        ("voiceclone-stale==1.0\n", [], "is pinned but is not a dependency"),
        ("pytest>=1.0\n", [], "not a `name==version` pin"),
    ],
)
def test_a_pin_that_did_not_take_effect_fails(
    tmp_path: Path, pins: str, dependencies: list[str], error: str
) -> None:
    result = check_pins(tmp_path, pins, dependencies)
    assert result.returncode == 1
    assert error in result.stderr


def test_the_real_pins_are_the_lower_bounds() -> None:
    """constraints/lowest.txt and pyproject.toml agree (installed versions aside)."""
    sys.path.insert(0, str(CI))
    try:
        import check_pins
    finally:
        sys.path.remove(str(CI))
    errors, _ = check_pins.problems(
        (ROOT / "constraints/lowest.txt").read_text(), (ROOT / "pyproject.toml").read_text()
    )
    assert [e for e in errors if "installed" not in e] == []


# --- the compose check's PostgreSQL role and database ---------------------------------------


def test_scratch_names_are_unique_and_nothing_else_is_dropped(tmp_path: Path) -> None:
    log = tmp_path / "psql.log"
    bin_dir = tmp_path / "bin"
    executable(bin_dir / "psql", f'#!/bin/sh\necho "psql $*" >>{log}\ncat >>{log}\n')
    env = base_env(None, path=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    names = {run_lib("scratch_db_name", env).stdout.strip() for _ in range(3)}
    assert len(names) == 3
    assert all(re.fullmatch(r"voiceclone_ci_\d+_[0-9a-f]{12}", name) for name in names)
    for name in ("voiceclone", "postgres", "voiceclone_ci_1_x; DROP DATABASE voiceclone"):
        refused = run_lib(f"scratch_db_drop {name!r}", env)
        assert refused.returncode == 1
        assert "not a scratch database name" in refused.stderr
    assert not log.exists()
    name = names.pop()
    assert run_lib(f"scratch_db_drop {name}", env).returncode == 0
    assert f"-v name={name}" in log.read_text()


def postgres_reachable() -> bool:
    if not (shutil.which("psql") and shutil.which("pg_isready")):
        return False
    args = ["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]
    return subprocess.run(args, timeout=10).returncode == 0


def database_exists(name: str) -> bool:
    query = f"SELECT count(*) FROM pg_database WHERE datname = '{name}'"
    args = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-Atc", query]
    return subprocess.run(args, capture_output=True, text=True, timeout=30).stdout.strip() == "1"


def test_the_scratch_database_is_made_and_dropped_on_the_real_server() -> None:
    if not postgres_reachable():
        postgres_missing("PostgreSQL (psql, pg_isready) not reachable at 127.0.0.1:5432")
    env = base_env(None)
    name = run_lib("scratch_db_name", env).stdout.strip()
    try:
        made = run_lib(f'scratch_db_create {name} "pa\'ss"', env)
        assert made.returncode == 0, made.stderr
        assert database_exists(name)
        assert run_lib(f"scratch_db_create {name} x", env).returncode != 0  # never reused
    finally:
        dropped = run_lib(f"scratch_db_drop {name}", env)
    assert dropped.returncode == 0, dropped.stderr
    assert not database_exists(name)


def test_container_sh_drops_nothing_itself() -> None:
    """Every DROP goes through scratch_db_drop, which only takes this run's scratch names."""
    assert "DROP " not in (CI / "container.sh").read_text()
