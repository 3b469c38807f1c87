"""Discord voice messages: PCM48 to Ogg Opus with duration and waveform, and sending one.

**Encoding.** ffmpeg's libopus encoder in :mod:`bot.audio.sandbox` (minimal environment,
memory/CPU limits, no file writes, no network where the platform allows it), fed on stdin and
read from stdout, bounded in time and output bytes; its only allowed protocol is ``pipe``. Not
discord.py's ``opus.Encoder``: it is built for stereo RTP frames (``CHANNELS = 2``, in-band FEC
tuned for packet loss), so a mono file would need its private state and ``_lib`` for the
encoder's lookahead, plus an Ogg muxer of our own (page CRCs, granule positions, pre-skip, end
trimming). ffmpeg is already a dependency and gets all of that right; starting it costs tens of
milliseconds, nothing next to the speech synthesis before it.

**Waveform.** What Discord's clients do (the desktop client's recorder, reproduced by client
mods such as Vencord's): ten bins per second, at least 32 and at most 256, each the RMS of its
window scaled to 0-255, then all bins raised by an eased gain so quiet recordings still show
(the loudest bin reaches 255 only when it is already fairly loud).

**Sending.** discord.py 2.7 has no API for voice messages (PR #10230): a multipart
``POST /channels/{id}/messages`` through :meth:`discord.http.HTTPClient.request`, so its rate
limit buckets, ``429`` handling and retries apply.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import discord
import numpy as np

from bot.audio.ffmpeg import child_limits
from bot.audio.ffmpeg_binary import FFmpegNotFound
from bot.audio.ffmpeg_binary import resolve as resolve_ffmpeg
from bot.audio.sandbox import CHILD_ENV, DEFAULT_SANDBOX, Sandbox

FILENAME = "voice-message.ogg"
CONTENT_TYPE = "audio/ogg"
#: ``MessageFlags.voice``: the message is a voice message.
IS_VOICE_MESSAGE = 1 << 13
SAMPLE_RATE = 48_000
BITRATE = "32k"
MIN_SECONDS = 0.1
#: Longer than any reply the speech service produces (its character quota ends far sooner).
MAX_SECONDS = 20 * 60.0
#: Discord's default upload limit for a bot in a server without boosts.
MAX_OGG_BYTES = 10 * 1024 * 1024
MAX_WAVEFORM_BINS = 256
_MIN_WAVEFORM_BINS = 32
_WAVEFORM_BINS_PER_SECOND = 10
_STDERR_LIMIT = 16 * 1024
#: Whole send, rate-limit waits and retries included.
SEND_TIMEOUT = 60.0


class VoiceMessageError(Exception):
    """The audio cannot become a voice message (the text says why; no secrets in it)."""


@dataclass(frozen=True)
class VoiceMessage:
    """An encoded voice message, ready to send."""

    ogg: bytes
    duration_secs: float
    #: Base64 of up to 256 one-byte amplitudes (0-255).
    waveform: str
    filename: str = FILENAME


def waveform_bins(samples: np.ndarray[Any, np.dtype[np.int16]], sample_rate: int) -> bytes:
    """The waveform Discord's clients compute (see the module docstring), as raw bytes."""
    count = len(samples)
    if count == 0:
        raise VoiceMessageError("no audio to draw a waveform of")
    seconds = count / sample_rate
    bins = min(
        max(math.floor(seconds * _WAVEFORM_BINS_PER_SECOND), min(_MIN_WAVEFORM_BINS, count)),
        MAX_WAVEFORM_BINS,
    )
    per_bin = count // bins
    rms = np.empty(bins, dtype=np.float64)
    for index in range(bins):  # one window at a time: no copy of the whole clip as floats
        window = samples[index * per_bin : (index + 1) * per_bin].astype(np.float64) / 32768.0
        rms[index] = math.sqrt(float(np.dot(window, window)) / per_bin)
    levels = np.floor(rms * 255.0)
    peak = float(levels.max())
    if peak == 0.0:
        return bytes(bins)
    ratio = 1.0 + (255.0 / peak - 1.0) * min(1.0, 100.0 * (peak / 255.0) ** 3)
    return np.minimum(255.0, np.floor(levels * ratio)).astype(np.uint8).tobytes()


def encode_command(ffmpeg: str, *, sample_rate: int) -> list[str]:
    """ffmpeg's arguments (before sandboxing): PCM s16le mono on stdin, Ogg Opus on stdout."""
    return [
        ffmpeg,
        "-hide_banner",
        "-nostdin",
        "-nostats",
        "-loglevel",
        "error",
        "-threads",
        "1",
        "-protocol_whitelist",
        "pipe",
        "-format_whitelist",
        "s16le",
        "-codec_whitelist",
        "pcm_s16le",
        "-f",
        "s16le",
        "-ar",
        str(sample_rate),
        "-ac",
        "1",
        "-i",
        "pipe:0",
        "-map_metadata",
        "-1",
        "-c:a",
        "libopus",
        "-b:a",
        BITRATE,
        "-vbr",
        "on",
        # Tuned for speech intelligibility, which is all a voice message carries.
        "-application",
        "voip",
        "-frame_duration",
        "20",
        "-ar",
        str(SAMPLE_RATE),
        "-ac",
        "1",
        "-protocol_whitelist",
        "pipe",
        "-f",
        "ogg",
        "pipe:1",
    ]


def default_timeout(seconds: float) -> float:
    """Wall-clock bound for encoding ``seconds`` of audio (libopus runs far faster)."""
    return 10.0 + seconds / 4


def _max_ogg_bytes(seconds: float) -> int:
    """Twice the nominal bitrate plus headers: VBR never gets near it."""
    return min(MAX_OGG_BYTES, int(seconds * 32_000 / 8 * 2) + 64 * 1024)


async def build_voice_message(
    pcm: bytes,
    *,
    sample_rate: int = SAMPLE_RATE,
    timeout: float | None = None,
    max_seconds: float = MAX_SECONDS,
    ffmpeg: str = "ffmpeg",
    sandbox: Sandbox = DEFAULT_SANDBOX,
) -> VoiceMessage:
    """Encode PCM (signed 16-bit little-endian, mono, ``sample_rate`` Hz) as a voice message.

    Raises :class:`VoiceMessageError` for empty, odd-length, too short (< 0.1 s) or too long
    audio, and when ffmpeg fails, overruns ``timeout`` (default: :func:`default_timeout`) or
    produces more than the upload limit.
    """
    if not 8_000 <= sample_rate <= 192_000:
        raise VoiceMessageError(f"unsupported sample rate {sample_rate}")
    if len(pcm) % 2:
        raise VoiceMessageError("PCM must be whole 16-bit samples (odd byte count)")
    seconds = len(pcm) / 2 / sample_rate
    if seconds < MIN_SECONDS:
        raise VoiceMessageError(
            f"audio too short for a voice message ({seconds:.3f} s, at least {MIN_SECONDS:g} s)"
        )
    if seconds > max_seconds:
        raise VoiceMessageError(
            f"audio too long for a voice message ({seconds:.0f} s, at most {max_seconds:g} s)"
        )
    samples = np.frombuffer(pcm, dtype="<i2")
    waveform = await asyncio.to_thread(waveform_bins, samples, sample_rate)  # milliseconds
    ogg = await _encode(
        pcm,
        sample_rate=sample_rate,
        seconds=seconds,
        timeout=default_timeout(seconds) if timeout is None else timeout,
        ffmpeg=ffmpeg,
        sandbox=sandbox,
    )
    return VoiceMessage(
        ogg=ogg, duration_secs=seconds, waveform=base64.b64encode(waveform).decode("ascii")
    )


def _executable(ffmpeg: str | None) -> str:
    """The absolute path of the ffmpeg to run (the child's ``PATH`` is minimal), chosen by
    :mod:`bot.audio.ffmpeg_binary` ("ffmpeg": the system's, else the wheel's)."""
    try:
        return resolve_ffmpeg(ffmpeg, announce=True).path
    except FFmpegNotFound as exc:
        raise VoiceMessageError(str(exc)) from None


async def _encode(
    pcm: bytes,
    *,
    sample_rate: int,
    seconds: float,
    timeout: float,
    ffmpeg: str,
    sandbox: Sandbox,
) -> bytes:
    command = encode_command(_executable(ffmpeg), sample_rate=sample_rate)
    limit = _max_ogg_bytes(seconds)
    proc = await asyncio.create_subprocess_exec(
        *await sandbox.command(command, child_limits(timeout)),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd="/",
        env=CHILD_ENV,
    )
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    try:
        async with asyncio.timeout(timeout):
            _, ogg, err, returncode = await asyncio.gather(
                _feed(proc.stdin, pcm),
                _read_capped(proc.stdout, limit, on_overflow=proc.kill),
                _read_capped(proc.stderr, _STDERR_LIMIT),
                proc.wait(),
            )
    except TimeoutError:
        raise VoiceMessageError(f"encoding ran longer than {timeout:g} s") from None
    finally:
        if proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            await proc.wait()
    if ogg is None:
        raise VoiceMessageError(f"encoded voice message larger than {limit} bytes")
    if returncode != 0:
        lines = (err or b"").decode("utf-8", "replace").strip().splitlines()
        detail = lines[-1][:200] if lines else f"exit status {returncode}"
        raise VoiceMessageError(f"ffmpeg could not encode the voice message: {detail}")
    if not ogg.startswith(b"OggS"):
        raise VoiceMessageError("ffmpeg produced no Ogg stream")
    return ogg


async def _feed(stdin: asyncio.StreamWriter, pcm: bytes) -> None:
    """Write all of ``pcm`` then close; a child that died early shows in its exit status."""
    try:
        stdin.write(pcm)
        await stdin.drain()
    except (BrokenPipeError, ConnectionResetError):
        pass
    finally:
        stdin.close()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            await stdin.wait_closed()


async def _read_capped(
    stream: asyncio.StreamReader, limit: int, *, on_overflow: Callable[[], None] | None = None
) -> bytes | None:
    """Read to EOF, keeping at most ``limit`` bytes (the child never blocks on a full pipe).
    With ``on_overflow``: call it (it kills the child) and answer ``None`` past the limit."""
    chunks: list[bytes] = []
    kept = 0
    overflowed = False
    while chunk := await stream.read(65536):
        if kept + len(chunk) > limit and on_overflow is not None and not overflowed:
            overflowed = True
            with contextlib.suppress(ProcessLookupError):
                on_overflow()
        if kept < limit:
            chunks.append(chunk[: limit - kept])
            kept += len(chunks[-1])
    return None if overflowed else b"".join(chunks)


def voice_message_form(message: VoiceMessage, *, nonce: str | None = None) -> list[dict[str, Any]]:
    """The multipart fields (``aiohttp.FormData.add_field`` keyword arguments)."""
    payload: dict[str, Any] = {
        "flags": IS_VOICE_MESSAGE,
        "attachments": [
            {
                "id": 0,
                "filename": message.filename,
                "duration_secs": message.duration_secs,
                "waveform": message.waveform,
            }
        ],
    }
    if nonce is not None:
        # Discord answers a repeated create (a retry after a lost response) with the first
        # message instead of posting a second one.
        payload["nonce"] = nonce
        payload["enforce_nonce"] = True
    return [
        {
            "name": "payload_json",
            "value": json.dumps(payload, separators=(",", ":")),
            "content_type": "application/json",
        },
        {
            "name": "files[0]",
            "value": message.ogg,
            "filename": message.filename,
            "content_type": CONTENT_TYPE,
        },
    ]


async def send_voice_message(
    http: discord.http.HTTPClient,
    channel_id: int,
    message: VoiceMessage,
    *,
    nonce: str | None = None,
    timeout: float = SEND_TIMEOUT,
) -> dict[str, Any]:
    """Post ``message`` to ``channel_id``; returns Discord's message payload.

    ``nonce`` (1 to 25 characters) makes the create idempotent: a retry after a lost answer
    gets the first message back. ``timeout`` bounds the whole call, rate-limit waits and
    discord.py's retries included (:class:`TimeoutError`). Discord's refusals raise
    :class:`discord.HTTPException` and its subclasses, as everywhere in discord.py.
    """
    if nonce is not None and not 0 < len(nonce) <= 25:
        raise ValueError("a nonce is 1 to 25 characters")
    route = discord.http.Route("POST", "/channels/{channel_id}/messages", channel_id=channel_id)
    try:
        async with asyncio.timeout(timeout):
            # Values are bytes and str, so each retry rebuilds the form from the same fields.
            created: dict[str, Any] = await http.request(
                route, form=voice_message_form(message, nonce=nonce)
            )
    except TimeoutError:
        raise TimeoutError(f"the voice message was not sent within {timeout:g} s") from None
    return created
