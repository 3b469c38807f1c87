"""Run ffmpeg on untrusted bytes: allow-listed demuxers and protocols, bounded output and time.

The input is written to a private temporary file and opened as ``file:`` with only the ``file``
protocol allowed, and only plain audio/video demuxers allowed. That keeps a file's *content* from
making ffmpeg open a URL, another local file or a device (HLS playlists, concat scripts, SDP,
image sequences are all refused before they are parsed). ffmpeg decodes at most ``max_seconds``
of audio, straight to mono 16-bit PCM at the requested rate.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import AudioTimeout, NoAudioStream, UndecodableAudio, UnsupportedFormat

#: Demuxers that read one self-contained media file and never open other resources.
ALLOWED_DEMUXERS = (
    "wav,w64,mp3,ogg,mov,flac,matroska,aac,aiff,caf,amr,au,avi,asf,flv,mpegts,mpeg,"
    "ac3,eac3,wv,ape,tta,voc,mp4"
)
ALLOWED_PROTOCOLS = "file"
_STDERR_LIMIT = 64 * 1024
_MAX_SINGLE_ALLOC = 256 * 1024 * 1024

_DURATION_RE = re.compile(r"Duration: (\d+):(\d{2}):(\d{2}(?:\.\d+)?)")
_INPUT_RE = re.compile(r"Input #0, (.+?), from ")
_AUDIO_RE = re.compile(r"Stream #0:\d+.*?: Audio: ([\w-]+)")


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


def build_command(ffmpeg: str, path: Path, *, max_seconds: float, sample_rate: int) -> list[str]:
    """The full ffmpeg argument list; public so tests and the benchmark can inspect it."""
    return [
        ffmpeg,
        "-hide_banner",
        "-nostdin",
        "-nostats",
        "-loglevel",
        "info",
        "-max_alloc",
        str(_MAX_SINGLE_ALLOC),
        "-protocol_whitelist",
        ALLOWED_PROTOCOLS,
        "-format_whitelist",
        ALLOWED_DEMUXERS,
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
    if "not on whitelist" in stderr:
        return UnsupportedFormat(detail="demuxer or protocol refused")
    return UndecodableAudio(
        detail=stderr.strip().splitlines()[-1][:200] if stderr.strip() else None
    )


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
) -> DecodedAudio:
    """Decode at most ``max_seconds`` of the first audio stream of the file at ``path``.

    ``path`` must be an absolute path the caller created (its name is ours, never the
    member's).
    """
    if not path.is_absolute():
        raise ValueError("decode() needs an absolute path")
    max_pcm_bytes = int(max_seconds * sample_rate) * 2 + 8 * sample_rate
    proc = await asyncio.create_subprocess_exec(
        *build_command(ffmpeg, path, max_seconds=max_seconds, sample_rate=sample_rate),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=path.parent,
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
