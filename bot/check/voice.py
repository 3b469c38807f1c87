"""Checks for speaking in voice channels: libopus loads and encodes, davey and PyNaCl import.

discord.py encodes the bot's audio with libopus (a system library, loaded with ctypes), encrypts
it with PyNaCl and, since Discord made DAVE end-to-end encryption mandatory (2026-03-01), with
davey; without any of them /say cannot speak in a voice channel.
"""

from __future__ import annotations

import asyncio
import platform
from dataclasses import dataclass

import discord.opus

from .model import CheckResult, failed, passed

OPUS = "opus"
OPUS_LABEL = "Opus"
LIBRARIES = "voice_libraries"
LIBRARIES_LABEL = "Voice libraries"

VOICE_EXTRA_FIX = (
    "voice needs discord.py[voice]: reinstall the bot (pip install .) or run "
    "pip install 'discord.py[voice]>=2.7.1'"
)

#: One 20 ms frame of stereo silence at 48 kHz, the frame discord.py encodes.
_SILENT_FRAME = bytes(discord.opus.Encoder.FRAME_SIZE)


def opus_install_fix(system: str | None = None) -> str:
    """How to install libopus on this kind of machine (``system`` as platform.system())."""
    if (system or platform.system()) == "Darwin":
        return "install the Opus library: brew install opus"
    return (
        "install the Opus library: apt-get install libopus0 (Debian, Ubuntu), dnf install opus "
        "(Fedora), apk add opus (Alpine), pacman -S opus (Arch)"
    )


@dataclass(frozen=True)
class OpusProbe:
    """What loading libopus found: its version string, or why it did not work."""

    version: str | None = None
    library: str | None = None
    problem: str | None = None


def probe_opus() -> OpusProbe:
    """Load libopus as discord.py does, read its version and encode one frame (blocking:
    ctypes.util.find_library may run ldconfig)."""
    if not discord.opus.is_loaded() and not discord.opus._load_default():
        return OpusProbe(problem="libopus was not found or could not be loaded")
    library = getattr(discord.opus._lib, "_name", None)
    try:
        version = discord.opus._OpusStruct.get_opus_version()
        packet = discord.opus.Encoder().encode(
            _SILENT_FRAME, discord.opus.Encoder.SAMPLES_PER_FRAME
        )
    except Exception as exc:  # a broken or foreign library: any error means no voice
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return OpusProbe(library=library, problem=reason)
    if not packet:
        return OpusProbe(library=library, problem="it encoded an empty packet")
    return OpusProbe(version=version, library=library)


def judge_opus(probe: OpusProbe) -> CheckResult:
    where = f" ({probe.library})" if probe.library else ""
    if probe.problem is not None:
        return failed(
            OPUS,
            f"{OPUS_LABEL}: {probe.problem}{where}; the bot cannot speak in voice channels",
            opus_install_fix(),
        )
    return passed(OPUS, f"{OPUS_LABEL}: {probe.version}{where}, encodes voice")


async def check_opus(*, timeout: float) -> CheckResult:
    """libopus, probed off the event loop."""
    try:
        probe = await asyncio.wait_for(asyncio.to_thread(probe_opus), timeout)
    except TimeoutError:
        probe = OpusProbe(problem=f"loading libopus took more than {timeout:g} s")
    return judge_opus(probe)


def check_voice_libraries() -> CheckResult:
    """davey (DAVE end-to-end encryption) and PyNaCl (transport encryption) import."""
    found: list[str] = []
    missing: list[str] = []
    try:
        # Imported here: the check reports a missing one instead of failing to start.
        import davey

        found.append(f"davey {davey.__version__} (DAVE protocol v{davey.DAVE_PROTOCOL_VERSION})")
    except ImportError as exc:
        missing.append(f"davey ({exc})")
    try:
        import nacl
        import nacl.secret  # what discord.py's voice client uses

        found.append(f"PyNaCl {getattr(nacl, '__version__', '(unknown version)')}")
    except ImportError as exc:
        missing.append(f"PyNaCl ({exc})")
    if missing:
        return failed(
            LIBRARIES,
            f"{LIBRARIES_LABEL}: cannot import {', '.join(missing)}; the bot cannot speak in "
            "voice channels",
            VOICE_EXTRA_FIX,
        )
    return passed(LIBRARIES, f"{LIBRARIES_LABEL}: {', '.join(found)}")
