"""Run ffmpeg on untrusted bytes: allow-listed demuxers, protocols and decoders, bounded output,
time and resources, least privilege.

The input is written to a private temporary file and opened as ``file:`` with only the ``file``
protocol allowed, and only plain audio/video demuxers allowed. That keeps a file's *content* from
making ffmpeg open a URL, another local file or a device (HLS playlists, concat scripts, SDP,
image sequences are all refused before they are parsed). Only audio decoders are allowed, so
not even probing decodes a video or picture stream. ffmpeg decodes at most ``max_seconds`` of
audio, straight to mono 16-bit PCM at the requested rate, in one thread, inside
:mod:`bot.audio.sandbox` (minimal environment, memory/CPU/file limits, no network where the
platform allows it).
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import AudioTimeout, NoAudioStream, UndecodableAudio, UnsupportedFormat
from .ffmpeg_binary import resolve as resolve_ffmpeg
from .sandbox import CHILD_ENV, DEFAULT_SANDBOX, ChildLimits, Sandbox

#: Demuxers that read one self-contained media file and never open other resources.
ALLOWED_DEMUXERS = (
    "wav,w64,mp3,ogg,mov,flac,matroska,aac,aiff,caf,amr,au,avi,asf,flv,mpegts,mpeg,"
    "ac3,eac3,wv,ape,tta,voc,mp4"
)
ALLOWED_PROTOCOLS = "file"
#: Audio decoders for what those demuxers carry in voice recordings; no video, picture or
#: subtitle decoder, so probing a file's other streams decodes nothing of them.
ALLOWED_DECODERS = (
    # PCM and telephone/ADPCM codecs (WAV, W64, AIFF, CAF, AU, VOC, MOV, FLV)
    "pcm_s16le,pcm_s16be,pcm_s24le,pcm_s24be,pcm_s32le,pcm_s32be,pcm_f32le,pcm_f32be,"
    "pcm_f64le,pcm_f64be,pcm_u8,pcm_s8,pcm_alaw,pcm_mulaw,adpcm_ms,adpcm_ima_wav,adpcm_ima_qt,"
    "adpcm_swf,adpcm_sbpro_2,adpcm_sbpro_3,adpcm_sbpro_4,g722,g726,g726le,gsm,gsm_ms,"
    # MPEG audio, AAC, AC-3
    "mp1,mp1float,mp2,mp2float,mp3,mp3float,aac,aac_fixed,aac_latm,ac3,ac3_fixed,eac3,"
    # Open and lossless codecs
    "vorbis,opus,flac,alac,wavpack,ape,tta,speex,"
    # Speech, Flash and Windows Media codecs
    "amrnb,amrwb,nellymoser,wmav1,wmav2,wmapro,wmavoice,wmalossless"
)
_STDERR_LIMIT = 64 * 1024
_MAX_SINGLE_ALLOC = 256 * 1024 * 1024
#: Address space: ffmpeg maps about 270 MB of shared libraries before it reads a byte; the
#: largest single allocation is capped at 256 MB on top (``-max_alloc``).
MEMORY_LIMIT = 1024 * 1024 * 1024
#: ffmpeg needs stdio, its input and a few descriptors of its own (libraries are loaded one at
#: a time).
OPEN_FILES_LIMIT = 32

_DURATION_RE = re.compile(r"Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)")
_INPUT_RE = re.compile(r"Input #0, (.+?), from ")
_AUDIO_RE = re.compile(r"Stream #0:\d+.*?: Audio: ([\w-]+)")
_CODEC_REFUSED_RE = re.compile(r"Codec \(\w+\) not on whitelist")


@dataclass(frozen=True)
class DecodedAudio:
    """Mono signed 16-bit little-endian PCM plus what ffmpeg said about the input."""

    pcm: bytes
    sample_rate: int
    container: str | None
    codec: str | None
    original_seconds: float | None

    @property
    def seconds(self) -> float:
        return len(self.pcm) / 2 / self.sample_rate


def input_options() -> list[str]:
    """Global and input options: the allow-lists and bounds that hold whatever the file says."""
    return [
        "-hide_banner",
        "-nostdin",
        "-nostats",
        "-loglevel",
        "info",
        "-max_alloc",
        str(_MAX_SINGLE_ALLOC),
        "-threads",
        "1",
        "-protocol_whitelist",
        ALLOWED_PROTOCOLS,
        "-format_whitelist",
        ALLOWED_DEMUXERS,
        "-codec_whitelist",
        ALLOWED_DECODERS,
    ]


def child_limits(timeout: float) -> ChildLimits:
    """Resource caps for one run; the CPU cap backs up the wall-clock ``timeout``."""
    return ChildLimits(
        memory_bytes=MEMORY_LIMIT,
        cpu_seconds=math.ceil(timeout) + 1,
        open_files=OPEN_FILES_LIMIT,
    )


def build_command(ffmpeg: str, path: Path, *, max_seconds: float, sample_rate: int) -> list[str]:
    """The full ffmpeg argument list (before sandboxing); public so tests and the benchmark can
    inspect it."""
    return [
        ffmpeg,
        *input_options(),
        "-i",
        f"file:{path}",
        "-map",
        "0:a:0",
        "-t",
        f"{max_seconds:.3f}",
        "-ac",
        "1",
        "-ar",
        str(sample_rate),
        "-c:a",
        "pcm_s16le",
        "-f",
        "s16le",
        "pipe:1",
    ]


def _parse_facts(stderr: str) -> tuple[str | None, str | None, float | None]:
    container = m.group(1) if (m := _INPUT_RE.search(stderr)) else None
    codec = m.group(1) if (m := _AUDIO_RE.search(stderr)) else None
    seconds: float | None = None
    if m := _DURATION_RE.search(stderr):
        hours, minutes, secs = m.groups()
        seconds = int(hours) * 3600 + int(minutes) * 60 + float(secs)
    return container, codec, seconds


def _classify_failure(stderr: str) -> Exception:
    if "matches no streams" in stderr:
        return NoAudioStream()
    if "Error while opening decoder" in stderr and _CODEC_REFUSED_RE.search(stderr):
        # Refusals of a video stream's decoder while probing are harmless and only logged.
        return UnsupportedFormat(detail="audio codec not on the allow-list")
    if "Format not on whitelist" in stderr:
        return UnsupportedFormat(detail="demuxer not on the allow-list")
    if "Protocol" in stderr and "not on whitelist" in stderr:
        return UnsupportedFormat(detail="protocol refused")
    return UndecodableAudio(
        detail=stderr.strip().splitlines()[-1][:200] if stderr.strip() else None
    )


def _executable(ffmpeg: str | None) -> str:
    """The absolute path of the ffmpeg to run (the child's ``PATH`` is minimal): ``ffmpeg`` is
    ``FFMPEG_PATH``'s value, resolved (and cached) by :mod:`bot.audio.ffmpeg_binary`; raises
    :class:`~bot.audio.ffmpeg_binary.FFmpegNotFound`, a ``FileNotFoundError``."""
    return resolve_ffmpeg(ffmpeg, announce=True).path


async def _read_capped(stream: asyncio.StreamReader, limit: int) -> bytes:
    """Read to EOF (so ffmpeg never blocks on a full pipe), keeping at most ``limit`` bytes."""
    chunks: list[bytes] = []
    kept = 0
    while chunk := await stream.read(65536):
        if kept < limit:
            chunks.append(chunk[: limit - kept])
            kept += len(chunks[-1])
    return b"".join(chunks)


async def decode(
    path: Path,
    *,
    max_seconds: float,
    sample_rate: int,
    timeout: float,
    ffmpeg: str = "ffmpeg",
    sandbox: Sandbox = DEFAULT_SANDBOX,
) -> DecodedAudio:
    """Decode at most ``max_seconds`` of the first audio stream of the file at ``path``.

    ``path`` must be an absolute path the caller created (its name is ours, never the
    member's). ``ffmpeg`` is ``FFMPEG_PATH``'s value ("" or "ffmpeg": the system's ffmpeg, else
    the wheel's; see :mod:`bot.audio.ffmpeg_binary`).
    """
    if not path.is_absolute():
        raise ValueError("decode() needs an absolute path")
    max_pcm_bytes = int(max_seconds * sample_rate) * 2 + 8 * sample_rate
    command = build_command(
        _executable(ffmpeg), path, max_seconds=max_seconds, sample_rate=sample_rate
    )
    proc = await asyncio.create_subprocess_exec(
        *await sandbox.command(command, child_limits(timeout)),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=path.parent,
        env=CHILD_ENV,
    )
    assert proc.stdout is not None and proc.stderr is not None
    try:
        pcm, err, returncode = await asyncio.wait_for(
            asyncio.gather(
                _read_capped(proc.stdout, max_pcm_bytes),
                _read_capped(proc.stderr, _STDERR_LIMIT),
                proc.wait(),
            ),
            timeout,
        )
    except TimeoutError:
        raise AudioTimeout(detail=f"ffmpeg ran longer than {timeout:g} s") from None
    finally:
        if proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            await proc.wait()
    stderr = err.decode("utf-8", "replace")
    if returncode != 0:
        raise _classify_failure(stderr)
    container, codec, seconds = _parse_facts(stderr)
    usable = len(pcm) - len(pcm) % 2
    if usable == 0:
        raise UndecodableAudio(detail="no audio frames decoded")
    return DecodedAudio(pcm[:usable], sample_rate, container, codec, seconds)
