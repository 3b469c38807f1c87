"""Which ffmpeg the bot runs: the one place that decides.

In order:

1. ``FFMPEG_PATH``, when the owner set it (an absolute path or a command name on ``PATH``).
   Set and not found is an error, never a silent fallback to another build.
2. ``ffmpeg`` on ``PATH``: the system's, which gets the distribution's security updates.
3. The static build shipped in the ``imageio-ffmpeg`` wheel (``pip install
   "voiceclone-bot[ffmpeg]"``), for machines without ffmpeg and without root. It is only as
   fresh as the installed imageio-ffmpeg release, so it comes last.

``FFMPEG_PATH`` unset, empty or the bare word ``ffmpeg`` (the old default, still in many
``.env`` files) means "auto": steps 2 then 3. A found binary is cached per setting and ``PATH``
(the wheel's lookup runs ``ffmpeg -version`` once); a miss is not, so installing ffmpeg later
needs no restart.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from enum import StrEnum
from importlib import metadata
from pathlib import Path

log = logging.getLogger(__name__)

#: Values of ``FFMPEG_PATH`` that mean "find one": system first, then the wheel's.
AUTO_VALUES = ("", "ffmpeg")

INSTALL_HINT = (
    'install ffmpeg with your package manager, or pip install "voiceclone-bot[ffmpeg]" (or '
    "pip install imageio-ffmpeg) for a static build, or set FFMPEG_PATH to an ffmpeg executable"
)


class Source(StrEnum):
    """Where the ffmpeg came from."""

    CONFIGURED = "configured"
    SYSTEM = "system"
    WHEEL = "wheel"


@dataclass(frozen=True)
class FFmpegBinary:
    """An ffmpeg executable: absolute path, its source and a few words about that source."""

    path: str
    source: Source
    detail: str

    def describe(self) -> str:
        """E.g. ``/usr/bin/ffmpeg (system: on PATH)``."""
        return f"{self.path} ({self.source}: {self.detail})"


class FFmpegNotFound(FileNotFoundError):
    """No ffmpeg to run: the configured one is missing, or auto found none."""


_cache: dict[tuple[str, str], FFmpegBinary] = {}
_announced: set[FFmpegBinary] = set()


def is_auto(configured: str | None) -> bool:
    return configured is None or configured.strip() in AUTO_VALUES


def resolve(configured: str | None = None, *, announce: bool = False) -> FFmpegBinary:
    """The ffmpeg to run for this ``FFMPEG_PATH`` value (``None`` or ``""``: auto).

    ``announce``: log (INFO, once per binary) that it runs, for its first run rather than at
    start-up, when logging may not be set up yet. Raises :class:`FFmpegNotFound` with a
    message that says what to do.
    """
    key = ("" if configured is None else configured.strip(), os.environ.get("PATH", ""))
    found = _cache.get(key)
    if found is None:
        found = _resolve(key[0])
        _cache[key] = found
    if announce and found not in _announced:
        _announced.add(found)
        log.info("ffmpeg: %s", found.describe())
    return found


def clear_cache() -> None:
    """Forget resolved binaries (tests; a process whose PATH or packages changed)."""
    _cache.clear()
    _announced.clear()


def _absolute(found: str) -> str:
    return str(Path(found).absolute())


def _resolve(configured: str) -> FFmpegBinary:
    if not is_auto(configured):
        found = shutil.which(configured)
        if found is None:
            raise FFmpegNotFound(
                f"FFMPEG_PATH={configured!r} was not found or is not executable; set it to an "
                "ffmpeg executable, or remove it to use the system's ffmpeg or the one shipped "
                'in pip install "voiceclone-bot[ffmpeg]"'
            )
        return FFmpegBinary(_absolute(found), Source.CONFIGURED, "FFMPEG_PATH")
    if (found := shutil.which("ffmpeg")) is not None:
        return FFmpegBinary(_absolute(found), Source.SYSTEM, "on PATH")
    wheel = _wheel_ffmpeg()
    if wheel is not None:
        return wheel
    raise FFmpegNotFound(f"no ffmpeg found on PATH; {INSTALL_HINT}")


def wheel_version() -> str | None:
    """The installed imageio-ffmpeg's version, or None if it is not installed."""
    try:
        return metadata.version("imageio-ffmpeg")
    except metadata.PackageNotFoundError:
        return None


def _wheel_ffmpeg() -> FFmpegBinary | None:
    """imageio-ffmpeg's binary, imported only now (it is an optional extra)."""
    try:
        import imageio_ffmpeg  # type: ignore[import-untyped]
    except ImportError:
        return None
    try:
        exe: str = imageio_ffmpeg.get_ffmpeg_exe()
    except RuntimeError as exc:  # the package is there but its binary is not usable
        log.warning("imageio-ffmpeg has no usable ffmpeg: %s", exc)
        return None
    found = shutil.which(exe)
    if found is None:
        return None
    path = _absolute(found)
    label = f"imageio-ffmpeg {wheel_version() or '(unknown version)'}"
    package = Path(imageio_ffmpeg.__file__).resolve().parent
    if not Path(path).resolve().is_relative_to(package):
        # IMAGEIO_FFMPEG_EXE or a conda ffmpeg in sys.prefix: imageio-ffmpeg's own choice.
        label += " chose it (IMAGEIO_FFMPEG_EXE or conda)"
    return FFmpegBinary(path, Source.WHEEL, label)
