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
    "imageio_ffmpeg": "imageio-ffmpeg",
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


def extras(*, dev: bool = False) -> dict[str, str]:
    """Distribution name (lower case) -> requirement string, for the optional extras a user
    installs (``ffmpeg``), or with ``dev`` also the development tools."""
    found: dict[str, str] = {}
    for extra, requirements in PYPROJECT["project"]["optional-dependencies"].items():
        if extra != "dev" or dev:
            found.update({requirement_name(r): r for r in requirements})
    return found


def third_party_imports(*, top_level_only: bool = False) -> dict[str, set[str]]:
    """Top-level modules imported by the run-time code -> the files importing them (with
    ``top_level_only``, only the imports a module runs when it is imported)."""
    found: dict[str, set[str]] = {}
    local = set(RUNTIME_TREES)
    for tree in RUNTIME_TREES:
        for path in (ROOT / tree).rglob("*.py"):
            module = ast.parse(path.read_text(), str(path))
            nodes = module.body if top_level_only else ast.walk(module)
            for node in nodes:
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


def distribution(module: str) -> str:
    return DISTRIBUTION_OF.get(module, module).lower()


def test_every_run_time_import_is_a_declared_dependency():
    """A dependency or, imported only where it is used (never when a module loads), a user's
    extra: the bot runs without imageio-ffmpeg wherever a system ffmpeg exists."""
    dependencies, optional = declared(), extras()
    eager = third_party_imports(top_level_only=True)
    missing = {
        module: sorted(files)
        for module, files in third_party_imports().items()
        if module not in PROVIDED_BY_DEPENDENCIES
        and distribution(module) not in dependencies
        and (distribution(module) not in optional or module in eager)
    }
    assert missing == {}, f"imported at run time but only in an extra or nowhere: {missing}"


def test_the_ffmpeg_extra_is_the_wheel_build():
    assert "imageio-ffmpeg" in {
        requirement_name(r) for r in PYPROJECT["project"]["optional-dependencies"]["ffmpeg"]
    }


def test_dev_tools_are_not_run_time_dependencies():
    assert not {"pytest", "ruff", "mypy"} & set(declared())


def test_every_lower_bound_is_pinned_in_the_lowest_constraints():
    pins = {}
    for line in (ROOT / "constraints" / "lowest.txt").read_text().splitlines():
        if match := re.match(r"^([A-Za-z0-9_.\-]+)==(\S+)$", line.strip()):
            pins[match.group(1).lower()] = release(match.group(2))
    bounds = {}
    # Every run-time dependency and user extra; a development tool only where it is pinned
    # (the reference meter the tests compare with).
    wanted = {**declared(), **extras()}
    wanted.update({n: r for n, r in extras(dev=True).items() if n in pins and n not in wanted})
    for name, requirement in wanted.items():
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


def stages(dockerfile: str) -> dict[str, str]:
    """Each stage's instructions by name (the last, unnamed one is ``runtime``)."""
    parts = re.split(r"^FROM \$\{BASE_IMAGE\}(?: AS (\w+))?$", dockerfile, flags=re.M)
    return {name or "runtime": body for name, body in zip(parts[1::2], parts[2::2], strict=True)}


def test_the_image_builds_this_project_on_a_configurable_base() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^ARG BASE_IMAGE=debian:bookworm-slim$", dockerfile, re.M)
    assert list(stages(dockerfile)) == ["ffmpeg", "build", "runtime"]
    assert dockerfile.count("FROM ") == 3
    for instruction in ("HEALTHCHECK", "STOPSIGNAL SIGTERM", "USER bot", 'VOLUME ["/app/data"]'):
        assert instruction in stages(dockerfile)["runtime"]


def installs(stage: str) -> set[str]:
    """The packages a stage's `apt-get install` lines name (up to the next `&&` or instruction)."""
    found = re.findall(
        r"apt-get install -y --no-install-recommends((?:.|\n)*?)(?:&&|\n\S|$)", stage
    )
    return {word for text in found for word in text.replace("\\", " ").split()}


def test_the_runtime_image_has_libopus_and_builds_from_wheels_only() -> None:
    """discord.py loads libopus (Debian 12: libopus0) for voice; davey and PyNaCl come as wheels,
    so the Python stages need no compiler: only the ffmpeg stage has one."""
    dockerfile = stages((ROOT / "Dockerfile").read_text())
    assert installs(dockerfile["runtime"]) == {"python3", "libopus0"}
    assert "--only-binary :all:" in dockerfile["build"]
    tools = {"gcc", "make", "build-essential", "libopus-dev", "libsodium-dev", "cargo", "nasm"}
    assert not tools & (installs(dockerfile["build"]) | installs(dockerfile["runtime"]))
    assert {"gcc", "make", "libopus-dev"} <= installs(dockerfile["ffmpeg"])


def test_the_image_runs_its_own_ffmpeg_built_from_debian_source() -> None:
    """Not Debian's ffmpeg package (655 MB of X11, SDL and Vulkan libraries): the binary the
    ffmpeg stage builds from `apt-get source ffmpeg` with scripts/build-ffmpeg.sh."""
    dockerfile = stages((ROOT / "Dockerfile").read_text())
    assert "ffmpeg" not in installs(dockerfile["runtime"])
    assert "apt-get source --only-source ffmpeg" in dockerfile["ffmpeg"]
    assert "build-ffmpeg.sh" in dockerfile["ffmpeg"]
    assert re.search(
        r"^COPY --from=ffmpeg /opt/ffmpeg/bin/ffmpeg /usr/local/bin/ffmpeg$",
        dockerfile["runtime"],
        re.M,
    )
    assert "!scripts/build-ffmpeg.sh" in (ROOT / ".dockerignore").read_text().split()
