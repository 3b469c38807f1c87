"""Streaming TTS (``POST /tts/v1/voice:stream``): newline-delimited JSON to PCM s16le mono.

Each line is ``{"result": {"audioContent": base64, ...}}`` or ``{"error": rpcStatus}``; every
line is checked. LINEAR16 chunks each start with their own WAV header (Inworld's examples cut
44 bytes); the header is parsed, not assumed, and a carry byte keeps 16-bit samples aligned
when a chunk has an odd length.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
import struct
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import aiohttp

from .errors import BadResponse, ConnectionFailed, InworldError, RequestTimeout, error_from_response

log = logging.getLogger(__name__)

Redact = Callable[[str], str]
#: WAV ``data`` sizes that mean "unknown length" in streamed WAV headers.
_UNKNOWN_SIZES = frozenset({0, 0xFFFFFFFF})
_WAVE_FORMAT_PCM = 1
_WAVE_FORMAT_EXTENSIBLE = 0xFFFE


@dataclass(frozen=True)
class StreamLimits:
    """Time and size bounds of one streamed synthesis."""

    #: From sending the request (connection included) to the first audio.
    first_chunk_timeout: float = 10.0
    #: Longest wait for more audio once it has started.
    chunk_timeout: float = 10.0
    #: The whole stream, counted from its first audio: ``base + per_character * len(text)``
    #: (generous: speech runs at about 15 characters per second, 7 at ``speakingRate`` 0.5).
    total_base_seconds: float = 30.0
    total_seconds_per_character: float = 0.3
    max_line_bytes: int = 4 * 1024 * 1024
    #: Audio longer than ``base + len(text) / characters_per_second`` is refused.
    audio_base_seconds: float = 10.0
    audio_min_characters_per_second: float = 4.0
    max_error_body_bytes: int = 1024 * 1024

    def total_seconds(self, characters: int) -> float:
        return self.total_base_seconds + self.total_seconds_per_character * characters

    def max_audio_bytes(self, characters: int, sample_rate: int) -> int:
        seconds = self.audio_base_seconds + characters / self.audio_min_characters_per_second
        return int(seconds * sample_rate) * 2

    def max_wire_bytes(self, characters: int, sample_rate: int) -> int:
        """Base64 and JSON around the audio: twice the audio plus one line is ample."""
        return 2 * self.max_audio_bytes(characters, sample_rate) + self.max_line_bytes


def _bad(message: str) -> BadResponse:
    return BadResponse(message, http_status=200)


def wav_payload(chunk: bytes, sample_rate: int) -> bytes:
    """The PCM of ``chunk`` without its WAV header, if it starts with one.

    The header is walked chunk by chunk (``fmt ``, then any others, then ``data``), so headers
    longer than 44 bytes work; the format must be 16-bit PCM mono at ``sample_rate``.
    """
    if len(chunk) < 12 or chunk[:4] != b"RIFF" or chunk[8:12] != b"WAVE":
        return chunk
    pos = 12
    fmt_seen = False
    while pos + 8 <= len(chunk):
        chunk_id = chunk[pos : pos + 4]
        (size,) = struct.unpack_from("<I", chunk, pos + 4)
        body_start = pos + 8
        if chunk_id == b"data":
            if not fmt_seen:
                raise _bad("WAV data chunk before its fmt chunk in the audio stream")
            remaining = len(chunk) - body_start
            length = remaining if size in _UNKNOWN_SIZES or size > remaining else size
            return chunk[body_start : body_start + length]
        if body_start + size > len(chunk):
            break
        if chunk_id == b"fmt ":
            _check_fmt(chunk[body_start : body_start + size], sample_rate)
            fmt_seen = True
        pos = body_start + size + (size & 1)
    raise _bad("truncated WAV header in the audio stream")


def _check_fmt(fmt: bytes, sample_rate: int) -> None:
    if len(fmt) < 16:
        raise _bad("WAV fmt chunk too short in the audio stream")
    tag, channels, rate, _, _, bits = struct.unpack_from("<HHIIHH", fmt)
    if tag == _WAVE_FORMAT_EXTENSIBLE and len(fmt) >= 26:
        (tag,) = struct.unpack_from("<H", fmt, 24)
    if (tag, channels, rate, bits) != (_WAVE_FORMAT_PCM, 1, sample_rate, 16):
        raise _bad(
            f"the stream sent WAV format {tag}, {channels} channel(s), {rate} Hz, {bits} bits; "
            f"expected 16-bit PCM mono at {sample_rate} Hz"
        )


class PcmDecoder:
    """Turns the raw bytes of the response into PCM pieces (even lengths, never empty)."""

    def __init__(
        self,
        *,
        sample_rate: int,
        redact: Redact,
        max_line_bytes: int,
        max_audio_bytes: int,
        max_wire_bytes: int,
    ) -> None:
        self._sample_rate = sample_rate
        self._redact = redact
        self._max_line = max_line_bytes
        self._max_audio = max_audio_bytes
        self._max_wire = max_wire_bytes
        self._buffer = bytearray()
        self._scanned = 0  # bytes of the buffer known to hold no newline
        self._carry = b""
        self._failure: InworldError | None = None
        self.wire_bytes = 0
        self.audio_bytes = 0

    def check(self) -> None:
        """Raise the failure found after audio that has been handed out (see :meth:`feed`)."""
        if self._failure is not None:
            raise self._failure

    def feed(self, data: bytes) -> list[bytes]:
        """PCM from the complete lines in ``data``. A failing line after audio in the same
        read is held back until :meth:`check`, so the audio before it is played first."""
        self.check()
        self.wire_bytes += len(data)
        if self.wire_bytes > self._max_wire:
            raise _bad(f"the audio stream exceeded {self._max_wire} bytes")
        self._buffer += data
        pieces: list[bytes] = []
        while (end := self._buffer.find(b"\n", self._scanned)) >= 0:
            line = bytes(self._buffer[:end])
            del self._buffer[: end + 1]
            self._scanned = 0
            try:
                self._check_line_length(len(line))
                pieces.extend(self._line(line))
            except InworldError as exc:
                if not pieces:
                    raise
                self._failure = exc
                return pieces
        self._scanned = len(self._buffer)
        self._check_line_length(len(self._buffer))
        return pieces

    def finish(self) -> list[bytes]:
        """At the end of the body: the last line may lack its newline."""
        self.check()
        line, self._buffer = bytes(self._buffer), bytearray()
        pieces = self._line(line)
        if self._carry:
            log.debug("Inworld stream ended on half a sample; one byte dropped")
            self._carry = b""
        return pieces

    def _check_line_length(self, length: int) -> None:
        if length > self._max_line:
            raise _bad(f"a line of the audio stream exceeds {self._max_line} bytes")

    def _line(self, line: bytes) -> list[bytes]:
        if not line.strip():
            return []
        try:
            message = json.loads(line)
        except (ValueError, UnicodeDecodeError):
            raise _bad("a line of the audio stream is not JSON") from None
        if not isinstance(message, dict):
            raise _bad("a line of the audio stream is not a JSON object")
        if "error" in message:
            error = message["error"]
            if not isinstance(error, dict):
                raise _bad("the audio stream sent an error without a status")
            raise error_from_response(200, error, redact=self._redact)
        result = message.get("result")
        if not isinstance(result, dict):
            raise _bad("a line of the audio stream has neither result nor error")
        encoded = result.get("audioContent", "")
        if not isinstance(encoded, str):
            raise _bad("audioContent of the audio stream is not a string")
        try:
            audio = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise _bad("audioContent of the audio stream is not base64") from None
        return self._align(wav_payload(audio, self._sample_rate))

    def _align(self, pcm: bytes) -> list[bytes]:
        data = self._carry + pcm
        cut = len(data) - len(data) % 2
        self._carry = data[cut:]
        if not cut:
            return []
        self.audio_bytes += cut
        if self.audio_bytes > self._max_audio:
            raise _bad(f"the audio stream exceeded {self._max_audio} bytes of audio")
        return [data[:cut]]


def network_error(exc: aiohttp.ClientError, redact: Redact) -> InworldError:
    """The ``InworldError`` of an aiohttp failure (message scrubbed of secrets)."""
    text = redact(f"{type(exc).__name__}: {exc}")
    if isinstance(exc, aiohttp.ConnectionTimeoutError | aiohttp.ClientConnectorError):
        return ConnectionFailed(text)  # the request never left
    if isinstance(exc, aiohttp.ClientPayloadError | aiohttp.ClientConnectionError):
        return ConnectionFailed(text, sent=True)  # cut or reset once connected
    return BadResponse(text)


async def read_audio(
    response: aiohttp.ClientResponse, decoder: PcmDecoder
) -> tuple[list[bytes], bool]:
    """Read until the decoder yields PCM or the body ends: ``(pieces, ended)``."""
    decoder.check()
    while True:
        data = await response.content.readany()
        if not data:
            return decoder.finish(), True
        pieces = decoder.feed(data)
        if pieces:
            return pieces, False


@dataclass
class LiveStream:
    """An open response whose first audio has arrived."""

    response: aiohttp.ClientResponse
    decoder: PcmDecoder
    pending: deque[bytes]
    ended: bool
    deadline: float  # loop time by which the whole stream must be over


#: Opens the stream (retrying as the client's policy allows) up to its first audio.
Opener = Callable[[], Awaitable[LiveStream]]


class SpeechStream(AsyncIterator[bytes]):
    """PCM s16le mono chunks of one synthesis, as they arrive.

    Use it as ``async with client.stream_speech(...) as chunks: async for pcm in chunks``.
    The request is sent on the first ``__anext__``. Leaving the ``async with``, ``aclose()``,
    or cancelling a task blocked in ``__anext__`` closes the HTTP response at once (its
    connection is dropped, not reused). After an error or the end, iteration stops.
    """

    def __init__(
        self,
        opener: Opener,
        *,
        limits: StreamLimits,
        redact: Redact,
        on_failure: Callable[[InworldError], None],
    ) -> None:
        self._opener = opener
        self._limits = limits
        self._redact = redact
        self._on_failure = on_failure
        self._live: LiveStream | None = None
        self._closed = False
        self._busy = False
        #: Bytes of PCM handed out so far.
        self.audio_bytes = 0

    def __aiter__(self) -> SpeechStream:
        return self

    async def __aenter__(self) -> SpeechStream:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    @property
    def closed(self) -> bool:
        return self._closed

    async def aclose(self) -> None:
        """Stop the stream and drop its connection (idempotent, never blocks)."""
        self._close()

    def _close(self) -> None:
        self._closed = True
        live, self._live = self._live, None
        if live is not None:
            if live.ended:
                live.response.release()
            else:
                live.response.close()

    async def __anext__(self) -> bytes:
        if self._busy:
            raise RuntimeError("SpeechStream is already being read by another task")
        if self._closed:
            raise StopAsyncIteration
        self._busy = True
        try:
            piece = await self._next()
        except BaseException:
            self._close()  # ended, failed or cancelled: nothing more will be read
            raise
        finally:
            self._busy = False
        self.audio_bytes += len(piece)
        return piece

    async def _next(self) -> bytes:
        live = self._live
        if live is None:
            live = self._live = await self._opener()
        while not live.pending:
            if live.ended:
                raise StopAsyncIteration
            try:
                pieces, live.ended = await self._read_more(live)
            except InworldError as exc:
                self._on_failure(exc)
                raise
            live.pending.extend(pieces)
        return live.pending.popleft()

    async def _read_more(self, live: LiveStream) -> tuple[list[bytes], bool]:
        loop = asyncio.get_running_loop()
        gap_end = loop.time() + self._limits.chunk_timeout
        try:
            async with asyncio.timeout_at(min(gap_end, live.deadline)):
                return await read_audio(live.response, live.decoder)
        except aiohttp.ClientError as exc:
            raise network_error(exc, self._redact) from None
        except TimeoutError:
            if loop.time() >= live.deadline:
                raise RequestTimeout("the audio stream ran past its time limit") from None
            raise RequestTimeout(
                f"no audio for {self._limits.chunk_timeout:g} s in the middle of the stream"
            ) from None


def decode_json(raw: bytes) -> Any:
    """A parsed error body; ``{}`` when empty, None when not JSON."""
    if not raw.strip():
        return {}
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
