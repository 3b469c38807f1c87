"""Every pin in constraints/lowest.txt took effect, so the suite really runs on the lowest versions.

Usage: ``VENV/bin/python .ci/check_pins.py constraints/lowest.txt pyproject.toml``, run by the
venv under test. Each of pyproject.toml's dependencies and user extras (and each development
tool that is pinned) that applies on this Python (its marker) must be pinned at its lower bound
and installed at exactly that version; a dependency whose marker excludes this Python is
reported as not applicable. Exits 1 listing every problem.
"""

from __future__ import annotations

import importlib.metadata as md
import re
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==(\S+)\s*(?:#.*)?$")


def read_pins(text: str) -> tuple[dict[str, str], list[str]]:
    """Pins by canonical name, and the lines that are neither a pin, a comment nor blank."""
    pins: dict[str, str] = {}
    bad: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        match = PIN.match(stripped)
        if match:
            pins[canonicalize_name(match.group(1))] = match.group(2)
        else:
            bad.append(stripped)
    return pins, bad


def lower_bound(requirement: Requirement) -> str | None:
    """The version of the requirement's ``>=`` bound, if it has one."""
    bounds = [spec.version for spec in requirement.specifier if spec.operator == ">="]
    return bounds[0] if len(bounds) == 1 else None


def problems(constraints: str, pyproject: str) -> tuple[list[str], list[str]]:
    """(problems, report lines) for this interpreter's installed distributions."""
    pins, bad_lines = read_pins(constraints)
    errors = [f"not a `name==version` pin: {line}" for line in bad_lines]
    report: list[str] = []
    project = tomllib.loads(pyproject)["project"]
    extras: dict[str, list[str]] = project.get("optional-dependencies", {})
    # Every dependency and every user extra (``ffmpeg``) must be pinned; a development tool
    # only where it is (the reference meter the tests compare the bot's own with).
    chosen: dict[str, Requirement] = {}
    for text in [
        *project["dependencies"],
        *(r for n, rs in extras.items() if n != "dev" for r in rs),
    ]:
        chosen.setdefault(canonicalize_name(Requirement(text).name), Requirement(text))
    for text in extras.get("dev", []):
        name = canonicalize_name(Requirement(text).name)
        if name in pins:
            chosen.setdefault(name, Requirement(text))
    requirements = list(chosen.values())
    errors += [
        f"{name} is pinned but is not a dependency" for name in sorted(pins.keys() - chosen.keys())
    ]
    for requirement in requirements:
        name = canonicalize_name(requirement.name)
        pinned = pins.get(name)
        bound = lower_bound(requirement)
        if pinned is None:
            errors.append(f"{requirement.name} is a dependency but has no pin")
            continue
        if bound is None or Version(pinned) != Version(bound):
            errors.append(f"{requirement.name}=={pinned} is not its lower bound ({requirement})")
        if requirement.marker is not None and not requirement.marker.evaluate():
            report.append(f"  {requirement.name}: not for this Python ({requirement.marker})")
            continue
        try:
            installed = md.version(requirement.name)
        except md.PackageNotFoundError:
            errors.append(f"{requirement.name}=={pinned} is pinned but not installed")
            continue
        if Version(installed) != Version(pinned):
            errors.append(f"{requirement.name}: {installed} installed, {pinned} pinned")
        else:
            report.append(f"  {requirement.name}=={installed}")
    return errors, report


def main(argv: list[str]) -> int:
    constraints, pyproject = (Path(arg).read_text() for arg in argv)
    errors, report = problems(constraints, pyproject)
    print("\n".join(report))
    for error in errors:
        print(f"FAILED pin check: {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
