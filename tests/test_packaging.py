"""What an install carries: run-time imports are declared, data files ship, bounds are tested.

The install paths themselves (a non-editable venv, ``scripts/run.sh``, the image) are exercised
by ``.ci/install-paths.sh`` and ``.ci/container.sh``; these checks are the fast guard.
"""

from __future__ import annotations

import ast
import fnmatch
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
RUNTIME_TREES = ("bot", "cogs")

#: Import name -> distribution, where they differ.
DISTRIBUTION_OF = {
    "discord": "discord.py",
    "dotenv": "python-dotenv",
    "sqlalchemy": "SQLAlchemy",
    "pydantic_settings": "pydantic-settings",
    "prometheus_client": "prometheus-client",
    "PIL": "Pillow",
    "webrtcvad": "webrtcvad-wheels",
    "nacl": "PyNaCl",
    "fluent": "fluent.runtime",
    "babel": "Babel",
}
#: Imported through a declared dependency that guarantees them (discord.py and aiohttp need yarl;
#: SQLAlchemy's asyncio extra brings greenlet).
PROVIDED_BY_DEPENDENCIES = {"yarl"}


def requirement_name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9_.\-]+", requirement)
    assert match, requirement
    return match.group(0).lower()


def release(version: str) -> tuple[int, ...]:
    """``2.7`` and ``2.7.0`` are the same release."""
    parts = [int(p) for p in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def declared() -> dict[str, str]:
    """Distribution name (lower case) -> requirement string, for [project.dependencies]."""
    return {requirement_name(r): r for r in PYPROJECT["project"]["dependencies"]}


def third_party_imports() -> dict[str, set[str]]:
    """Top-level modules imported by the run-time code -> the files importing them."""
    found: dict[str, set[str]] = {}
    local = set(RUNTIME_TREES)
    for tree in RUNTIME_TREES:
        for path in (ROOT / tree).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top not in sys.stdlib_module_names and top not in local:
                        found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_run_time_import_is_a_declared_dependency():
    dependencies = declared()
    missing = {
        module: sorted(files)
        for module, files in third_party_imports().items()
        if module not in PROVIDED_BY_DEPENDENCIES
        and DISTRIBUTION_OF.get(module, module).lower() not in dependencies
    }
    assert missing == {}, f"imported at run time but only in an extra or nowhere: {missing}"


def test_dev_tools_are_not_run_time_dependencies():
    assert not {"pytest", "ruff", "mypy"} & set(declared())


def test_every_lower_bound_is_pinned_in_the_lowest_constraints():
    pins = {}
    for line in (ROOT / "constraints" / "lowest.txt").read_text().splitlines():
        if match := re.match(r"^([A-Za-z0-9_.\-]+)==(\S+)$", line.strip()):
            pins[match.group(1).lower()] = release(match.group(2))
    bounds = {}
    for name, requirement in declared().items():
        match = re.search(r">=\s*([0-9][^,;\s]*)", requirement)
        assert match, f"{requirement}: every dependency needs a tested lower bound"
        bounds[name] = release(match.group(1))
    assert pins == bounds


def test_every_data_file_of_the_package_is_shipped():
    """Non-Python files under bot/ (e.g. Alembic's script.py.mako) reach the wheel."""
    package_data: dict[str, list[str]] = PYPROJECT["tool"]["setuptools"]["package-data"]
    unshipped = []
    for tree in RUNTIME_TREES:
        for path in (ROOT / tree).rglob("*"):
            if path.is_dir() or path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
                continue
            # A pattern of a package may reach into its data folders ("locales/*/*.ftl").
            parts = path.relative_to(ROOT).parts
            shipped = False
            for cut in range(1, len(parts)):
                package = ".".join(parts[:cut])
                inside = "/".join(parts[cut:])
                patterns = package_data.get(package, []) + package_data.get("*", [])
                shipped = shipped or any(fnmatch.fnmatch(inside, p) for p in patterns)
            if not shipped:
                unshipped.append(str(path.relative_to(ROOT)))
    assert unshipped == []


def test_the_image_builds_this_project_on_a_configurable_base():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^ARG BASE_IMAGE=debian:bookworm-slim$", dockerfile, re.M)
    assert dockerfile.count("FROM ${BASE_IMAGE}") == 2  # build and runtime stages
    for instruction in ("HEALTHCHECK", "STOPSIGNAL SIGTERM", "USER bot", 'VOLUME ["/app/data"]'):
        assert instruction in dockerfile


def test_the_runtime_image_has_libopus_and_builds_from_wheels_only() -> None:
    """discord.py loads libopus (Debian 12: libopus0) for voice; davey and PyNaCl come as wheels,
    so neither stage needs a compiler."""
    dockerfile = (ROOT / "Dockerfile").read_text()
    build, runtime = dockerfile.split("FROM ${BASE_IMAGE}")[1:]
    installs = re.findall(r"apt-get install -y --no-install-recommends ([^\\\n]+)", runtime)
    assert len(installs) == 1 and "libopus0" in installs[0].split()
    assert "--only-binary :all:" in build
    packages = " ".join(re.findall(r"apt-get install[^\\\n]*", dockerfile)).split()
    assert not {"gcc", "build-essential", "libopus-dev", "libsodium-dev", "cargo"} & set(packages)
