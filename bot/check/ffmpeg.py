"""Check 2: ffmpeg is there and has every demuxer of the pipeline's allow-list."""

from __future__ import annotations

import re
import shutil

from ..audio.ffmpeg import ALLOWED_DEMUXERS
from .model import CheckResult, failed, passed
from .process import ProcessTimeout, run_command

NAME = "ffmpeg"
LABEL = "ffmpeg"
INSTALL_FIX = (
    "install ffmpeg (e.g. apt-get install ffmpeg) or set FFMPEG_PATH to the full path of an "
    "ffmpeg executable"
)
FULL_BUILD_FIX = (
    "install a full ffmpeg build (e.g. Debian's or Ubuntu's ffmpeg package, or the official "
    "static build) or set FFMPEG_PATH to one"
)

#: ``ffmpeg -demuxers`` rows: flags (``D``, then ``E``/``d`` or blanks), then the name, which
#: may be several comma-separated aliases (``mov,mp4,m4a,3gp,3g2,mj2``).
_ROW = re.compile(r"^\s*D[E.\s]?[d.\s]?\s+(\S+)")
_VERSION = re.compile(r"\bversion\s+(\S+)")


def required_demuxers() -> tuple[str, ...]:
    """The ``-format_whitelist`` the audio pipeline passes to ffmpeg, one name each."""
    return tuple(name for name in ALLOWED_DEMUXERS.split(",") if name)


def parse_demuxers(listing: str) -> set[str]:
    """Every demuxer name (aliases split) in the output of ``ffmpeg -hide_banner -demuxers``."""
    lines = listing.splitlines()
    start = next((i + 1 for i, line in enumerate(lines) if line.strip().startswith("--")), 0)
    names: set[str] = set()
    for line in lines[start:]:
        if match := _ROW.match(line):
            names.update(alias for alias in match.group(1).split(",") if alias)
    return names


def missing_demuxers(available: set[str]) -> list[str]:
    """Allow-list entries ffmpeg lacks (ffmpeg matches a whitelist entry against any alias)."""
    return [name for name in required_demuxers() if name not in available]


def parse_version(output: str) -> str | None:
    first = output.strip().splitlines()[0] if output.strip() else ""
    match = _VERSION.search(first)
    return match.group(1) if match else None


async def check_ffmpeg(ffmpeg_path: str, *, timeout: float) -> CheckResult:
    executable = shutil.which(ffmpeg_path)
    if executable is None:
        return failed(NAME, f"ffmpeg: not found (FFMPEG_PATH={ffmpeg_path!r})", INSTALL_FIX)
    try:
        listing = await run_command(executable, "-hide_banner", "-demuxers", timeout=timeout)
        version = await run_command(executable, "-version", timeout=timeout)
    except ProcessTimeout as exc:
        return failed(NAME, f"ffmpeg at {executable} did not finish: {exc}", INSTALL_FIX)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return failed(NAME, f"ffmpeg at {executable} could not be run ({reason})", INSTALL_FIX)
    if listing.returncode != 0:
        return failed(
            NAME,
            f"ffmpeg at {executable} failed to list its demuxers (exit {listing.returncode})",
            INSTALL_FIX,
        )
    label = f"ffmpeg {parse_version(version.stdout) or '(unknown version)'}"
    required = required_demuxers()
    missing = missing_demuxers(parse_demuxers(listing.stdout))
    if missing:
        return failed(
            NAME,
            f"{label} lacks {len(missing)} of the {len(required)} demuxers the audio pipeline "
            f"uses: {', '.join(missing)}",
            FULL_BUILD_FIX,
        )
    return passed(NAME, f"{label} with all {len(required)} demuxers")
