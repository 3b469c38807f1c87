"""Check 2: which ffmpeg the bot runs (path; configured, system or the imageio-ffmpeg wheel's;
version) and that it has every demuxer and audio decoder of the pipeline's allow-lists; notes
say who updates it and whether it will run without network."""

from __future__ import annotations

import asyncio
import re
import shutil

from ..audio.ffmpeg import ALLOWED_DECODERS, ALLOWED_DEMUXERS
from ..audio.ffmpeg_binary import INSTALL_HINT, FFmpegBinary, FFmpegNotFound, Source, is_auto
from ..audio.ffmpeg_binary import resolve as resolve_ffmpeg
from ..audio.sandbox import probe_network_isolation
from .model import CheckResult, failed, passed
from .process import ProcessTimeout, run_command

NAME = "ffmpeg"
LABEL = "ffmpeg"
INSTALL_FIX = INSTALL_HINT
CONFIGURED_FIX = (
    "set FFMPEG_PATH to an ffmpeg executable, or remove it to use the system's ffmpeg or the "
    'static build of pip install "voiceclone-bot[ffmpeg]"'
)
FULL_BUILD_FIX = (
    "install a full ffmpeg build (e.g. Debian's or Ubuntu's ffmpeg package, or the official "
    "static build) or set FFMPEG_PATH to one"
)

#: ``ffmpeg -demuxers`` rows: flags (``D``, then ``E``/``d`` or blanks), then the name, which
#: may be several comma-separated aliases (``mov,mp4,m4a,3gp,3g2,mj2``).
_ROW = re.compile(r"^\s*D[E.\s]?[d.\s]?\s+(\S+)")
#: ``ffmpeg -decoders`` rows: six flag characters, the first the kind (V, A, S, D or T).
_DECODER_ROW = re.compile(r"^\s*([VASDT])[A-Z.]{5}\s+(\S+)")
_VERSION = re.compile(r"\bversion\s+(\S+)")


def required_demuxers() -> tuple[str, ...]:
    """The ``-format_whitelist`` the audio pipeline passes to ffmpeg, one name each."""
    return tuple(name for name in ALLOWED_DEMUXERS.split(",") if name)


def required_decoders() -> tuple[str, ...]:
    """The ``-codec_whitelist`` the audio pipeline passes to ffmpeg, one name each."""
    return tuple(name for name in ALLOWED_DECODERS.split(",") if name)


def parse_demuxers(listing: str) -> set[str]:
    """Every demuxer name (aliases split) in the output of ``ffmpeg -hide_banner -demuxers``."""
    lines = listing.splitlines()
    start = next((i + 1 for i, line in enumerate(lines) if line.strip().startswith("--")), 0)
    names: set[str] = set()
    for line in lines[start:]:
        if match := _ROW.match(line):
            names.update(alias for alias in match.group(1).split(",") if alias)
    return names


def parse_decoders(listing: str) -> dict[str, str]:
    """Decoder name -> kind (``A`` audio, ``V`` video, ``S`` subtitle...) from the output of
    ``ffmpeg -hide_banner -decoders`` (the legend above the ``------`` line is skipped)."""
    lines = listing.splitlines()
    start = next((i + 1 for i, line in enumerate(lines) if line.strip().startswith("--")), 0)
    return {m.group(2): m.group(1) for line in lines[start:] if (m := _DECODER_ROW.match(line))}


def missing_demuxers(available: set[str]) -> list[str]:
    """Allow-list entries ffmpeg lacks (ffmpeg matches a whitelist entry against any alias)."""
    return [name for name in required_demuxers() if name not in available]


def missing_decoders(available: dict[str, str]) -> list[str]:
    """Allow-list entries ffmpeg lacks as audio decoders."""
    return [name for name in required_decoders() if available.get(name) != "A"]


def parse_version(output: str) -> str | None:
    first = output.strip().splitlines()[0] if output.strip() else ""
    match = _VERSION.search(first)
    return match.group(1) if match else None


async def network_note(unshare: str | None) -> str:
    """Whether the pipeline's ffmpeg runs get a network namespace of their own here
    (``unshare``: the util-linux tool's path, if there is one)."""
    if unshare is None:
        isolated, reason = False, "no unshare command"
    else:
        isolated, reason = await probe_network_isolation(unshare)
    if isolated:
        return "network: none for ffmpeg (a network namespace of its own per run)"
    return (
        f"network: ffmpeg shares the host's network ({reason}); its protocol allow-list keeps "
        "it to the one local file"
    )


def source_note(binary: FFmpegBinary) -> str:
    """Where the ffmpeg came from and, for the wheel's, who updates it."""
    if binary.source is Source.WHEEL:
        return (
            f"runs {binary.path}: the static build of {binary.detail}; no distribution "
            "security updates reach it: keep it current with pip install -U imageio-ffmpeg, or "
            "install your distribution's ffmpeg (preferred when present)"
        )
    if binary.source is Source.SYSTEM:
        return f"runs {binary.path}: the system's ffmpeg (on PATH)"
    return f"runs {binary.path}: set by FFMPEG_PATH"


async def check_ffmpeg(ffmpeg_path: str | None, *, timeout: float) -> CheckResult:
    try:
        # The wheel's lookup imports imageio-ffmpeg and runs its ffmpeg once: off the loop.
        binary = await asyncio.to_thread(resolve_ffmpeg, ffmpeg_path)
    except FFmpegNotFound:
        if is_auto(ffmpeg_path):
            return failed(
                NAME, "ffmpeg: none found (not on PATH, imageio-ffmpeg not installed)", INSTALL_FIX
            )
        return failed(NAME, f"ffmpeg: not found (FFMPEG_PATH={ffmpeg_path!r})", CONFIGURED_FIX)
    executable = binary.path
    try:
        listing = await run_command(executable, "-hide_banner", "-demuxers", timeout=timeout)
        decoders = await run_command(executable, "-hide_banner", "-decoders", timeout=timeout)
        version = await run_command(executable, "-version", timeout=timeout)
    except ProcessTimeout as exc:
        return failed(NAME, f"ffmpeg at {executable} did not finish: {exc}", INSTALL_FIX)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return failed(NAME, f"ffmpeg at {executable} could not be run ({reason})", INSTALL_FIX)
    for what, run in (("demuxers", listing), ("decoders", decoders)):
        if run.returncode != 0:
            return failed(
                NAME,
                f"ffmpeg at {executable} failed to list its {what} (exit {run.returncode})",
                INSTALL_FIX,
            )
    version_text = parse_version(version.stdout) or "(unknown version)"
    label = f"ffmpeg {version_text} ({binary.source}{_wheel_label(binary)})"
    required = required_demuxers()
    allowed = required_decoders()
    missing = missing_demuxers(parse_demuxers(listing.stdout))
    lacking = missing_decoders(parse_decoders(decoders.stdout))
    gaps = []
    if missing:
        gaps.append(
            f"{len(missing)} of the {len(required)} demuxers the audio pipeline uses: "
            f"{', '.join(missing)}"
        )
    if lacking:
        gaps.append(
            f"{len(lacking)} of the {len(allowed)} audio decoders the audio pipeline allows: "
            f"{', '.join(lacking)}"
        )
    if gaps:
        return failed(NAME, f"{label} lacks {'; and '.join(gaps)}", FULL_BUILD_FIX)
    return passed(
        NAME,
        f"{label} with all {len(required)} demuxers",
        source_note(binary),
        f"audio decoders: all {len(allowed)} of the pipeline's allow-list",
        await network_note(shutil.which("unshare")),
    )


def _wheel_label(binary: FFmpegBinary) -> str:
    return f": {binary.detail}" if binary.source is Source.WHEEL else ""
