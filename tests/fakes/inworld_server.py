"""A strict, loopback-only fake of the Inworld Voice API for the test suite.

The fake is an :mod:`aiohttp` web application bound to ``127.0.0.1`` on a random free port.
It implements the voice endpoints the bot uses, following the OpenAPI page of
``POST /voices/v1/voices:clone`` and the project's API notes:

* ``POST /voices/v1/voices:clone`` and the legacy
  ``POST /voices/v1/workspaces/{workspace}/voices:clone``
* ``GET /voices/v1/voices`` (``filter``, ``orderBy``, ``pageSize``, ``pageToken``)
* ``GET`` / ``PATCH`` / ``DELETE /voices/v1/voices/{voiceId}``
* ``POST /tts/v1/voice`` (text to speech, for previews; see :meth:`FakeInworld._handle_tts`).
* ``POST /tts/v1/voice:stream`` (streaming text to speech; see
  :meth:`FakeInworld._handle_tts_stream`): newline-delimited JSON lines
  ``{"result": {"audioContent": base64}}`` paced like a synthesizer, with mid-stream faults
  (:meth:`Fault.stream_error`, :meth:`Fault.stream_cut`, :meth:`Fault.stream_hold`). The audio
  is :func:`tts_reference_pcm` of the text, so a test can prove what was played.
  ``GET /tts/v1/voice:preview`` is deliberately missing (404, code 5): the bot must not depend
  on it.

Every error is an ``rpcStatus`` JSON body ``{"code", "message", "details": []}`` with the HTTP
status of the usual gRPC-gateway mapping (see :data:`GRPC_HTTP_STATUS`). Unknown routes answer
404 (code 5) and a wrong method 405 (code 12), also as ``rpcStatus``.

The fake is deliberately *stricter* than the real service is known to be, so that client bugs
surface in tests instead of in production. What it checks, in this order:

1. Scripted :class:`Fault` objects (FIFO, one per request, before anything else; the body is
   always read and recorded first): :meth:`FakeInworld.enqueue` for the clone endpoints,
   :meth:`FakeInworld.enqueue_list` for ``GET /voices/v1/voices``. Most faults replace the
   answer; the *after-handling* ones (:meth:`Fault.create_then_drop`, :meth:`Fault.slow_answer`,
   :meth:`Fault.truncated_success`, :meth:`Fault.proxy_error_after_create`) let the request be
   handled first (the voice is created) and then spoil the answer, as a real outage after the
   work was done would. :meth:`Fault.late_create` spoils the answer at once and creates the
   voice only when the test calls :meth:`FakeInworld.finish_late_creates` (a backend that
   finishes the request seconds after the connection broke; no real sleeps). Two concurrent
   same-named clones given a ``late_create`` each lose both answers while both voices are
   created, in whichever order the test releases them (``tagged=``).
2. Authentication: exactly one header ``Authorization: Basic <api_key>`` (case-sensitive scheme,
   single space). Anything else is 401, code 16.
3. Write access: with ``write_access=False`` every POST/PATCH/DELETE is 403, code 7, with the
   message of the OpenAPI page's ``insufficientAccessLevel`` example. The legacy clone path with
   another workspace than :attr:`FakeInworld.workspace` is also 403, code 7.
4. Rate limit (clone endpoints only, when ``rate_limit_per_minute`` is set): a sliding window of
   :attr:`FakeInworld.rate_limit_window` seconds (60) over accepted clone calls; above the limit
   429, code 8, with an integer ``Retry-After`` header (seconds until a slot frees up). Every
   authenticated and authorised clone call counts, including the ones later rejected by
   validation; calls answered by a :class:`Fault` do not count.
5. Body validation (every violation is 400, code 3, with a message naming the field; the first
   violation found is reported):

   * ``Content-Type`` must be ``application/json`` (a ``charset`` parameter must be utf-8).
   * The body must be UTF-8 JSON holding an object, with no duplicate keys and no
     ``NaN``/``Infinity``. ``null`` is rejected for every field (stricter than proto JSON,
     which would treat it as the default).
   * Only the schema's fields, spelled in lowerCamelCase, are allowed. Unknown fields are
     rejected like proto JSON parsing does; snake_case aliases (``display_name``) are rejected
     too (proto JSON would accept them) with a hint naming the camelCase spelling.
   * ``displayName``: required, a string that is not blank, at most
     :data:`MAX_DISPLAY_NAME_CHARS` (100) characters.
   * ``langCode``: required, one of the 16 values of :data:`LANGUAGE_CODES`;
     ``LANGUAGE_CODE_UNSPECIFIED`` and integer enum values are rejected.
   * ``voiceSamples``: required, a list of 1 to :data:`MAX_SAMPLES` (3) objects with only
     ``audioData`` (required non-empty string of *standard*, padded base64, no whitespace, no
     URL-safe alphabet) and ``transcription`` (optional string).
   * Decoded audio must be WAV (``RIFF....WAVE``), MP3 (``ID3`` tag or an MPEG-1/2/2.5 Layer III
     frame sync) or WebM/Matroska (EBML magic; :attr:`FakeInworld.accept_webm`, default on, as
     WebM support is only reported). Each sample at most :data:`MAX_SAMPLE_BYTES` (4 MiB)
     decoded and all samples together at most :data:`MAX_TOTAL_SAMPLE_BYTES` (16 MiB). Those
     limits are assumptions (reported by third parties, unverified); with 3 samples of 4 MiB the
     total limit cannot be reached unless the per-sample limit is raised on an instance.
   * ``description``: string. ``tags``: list of strings. ``audioProcessingConfig``: object with
     only ``removeBackgroundNoise`` (boolean).
   * The whole request body may not exceed :data:`MAX_BODY_BYTES` (25 MiB; aiohttp
     ``client_max_size``); a larger body is answered 413, code 3.

Sample analysis (WAV only; MP3 and WebM are accepted without analysis and get no warnings):

* Parsed with :mod:`wave`; IEEE-float and WAVE_FORMAT_EXTENSIBLE files, which :mod:`wave`
  cannot read, go through a small RIFF parser. A WAV that cannot be decoded gets the per-sample
  error ``"Audio could not be decoded: ..."``, a WAV without frames ``"Audio sample contains no
  audio frames."``.
* Warnings: duration under :data:`SHORT_AUDIO_SECONDS` (5 s), over :data:`MAX_AUDIO_SECONDS`
  (15 s; the audio is *not* cut in the response), sample rate under :data:`MIN_SAMPLE_RATE`
  (16 kHz), more than one channel, clipping (over 1 % of the samples at full scale).
* Error: RMS level under :data:`SILENCE_DBFS` (-50 dBFS) -> ``"No speech detected in the audio
  sample."``.
* :attr:`FakeInworld.extra_warnings` / :attr:`FakeInworld.extra_errors` are appended to every
  sample (all formats).

Samples with errors are left out of the clone. When *every* sample has errors, the fake answers
by default (``all_samples_failed="no_voice"``) **200 with ``"voice": null``** and the per-sample
errors: the response schema carries ``errors[]`` per sample precisely to explain rejected samples,
the official examples print them, and the examples' ``"errors": []`` show that the gateway emits
unpopulated fields (so an unset ``voice`` appears as ``null``). Set
``all_samples_failed="rpc_error"`` to get the other plausible behaviour instead: 400, code 3,
``"All audio samples failed validation: ..."``. A client must handle both (and a 200 without a
``voice`` key at all, see :meth:`Fault.missing_voice`).

Success responses follow ``v1CloneVoiceResponse``. Voice ids are
``{workspace}__{slug}_{YYYYMMDD_HHMMSS}z`` (UTC), where ``slug`` is the display name folded to
ASCII, lower-cased, with runs of other characters replaced by ``_``, cut at 64 characters, or
``voice`` when nothing is left. An id is never issued twice (not even after deletion): on a
clash the timestamp is moved forward one second at a time, so ids always keep the documented
shape. ``audioData`` of each validated sample is the uploaded audio, unchanged.

Voice management:

* ``GET /voices/v1/voices`` lists :attr:`FakeInworld.system_voices` (``Alex``, ``Ashley``,
  source ``SYSTEM``) then the created voices. ``filter``: terms ``field = "value"`` or
  ``field != value`` joined by ``AND``, on ``source``, ``langCode`` (also BCP-47 or a prefix such
  as ``en``), ``gender``, ``ageGroup``, ``displayName``, ``voiceId``; anything else is 400.
  ``orderBy``: ``displayName``, ``voiceId`` or ``langCode``, optionally ``asc``/``desc``.
  ``pageSize``: default 50, 0 means the default, capped at 1000, negative is 400.
  ``pageToken``: opaque, bound to the filter and order it was issued for. Unknown query
  parameters are 400. The answer is ``{voices, totalSize, nextPageToken}`` (``""`` at the end).
  Every voice carries its ``tags`` (as the real API returns them, in list and get); there is
  no tag filter (none is documented), so a client must match tags itself.
* ``GET`` returns the voice; ``PATCH`` takes only ``displayName``/``description``/``tags``
  (same checks as for clone, at least one of them) and returns the updated voice; ``DELETE``
  returns ``{}``. Unknown ids are 404, code 5; changing a ``SYSTEM`` voice is 403, code 7.

Usage::

    async with FakeInworld(rate_limit_per_minute=5) as fake:
        fake.enqueue(Fault.rate_limited(retry_after=1))
        client = InworldClient(base_url=fake.url, api_key=fake.api_key)
        ...
        assert len(fake.clone_requests) == 2
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import hashlib
import hmac
import io
import json
import logging
import math
import re
import socket
import struct
import time
import unicodedata
import wave
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from typing import Any, Final, Literal

import numpy as np
from aiohttp import web

__all__ = [
    "GRPC_HTTP_STATUS",
    "LANGUAGE_CODES",
    "MAX_AUDIO_SECONDS",
    "MAX_BODY_BYTES",
    "MAX_DISPLAY_NAME_CHARS",
    "MAX_SAMPLES",
    "MAX_SAMPLE_BYTES",
    "MAX_TOTAL_SAMPLE_BYTES",
    "MIN_SAMPLE_RATE",
    "SHORT_AUDIO_SECONDS",
    "SILENCE_DBFS",
    "FakeInworld",
    "Fault",
    "RecordedRequest",
    "StreamRecord",
    "make_wav",
    "tts_reference_pcm",
]

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------------
# Constants (the fake's documented assumptions)
# --------------------------------------------------------------------------------------------

LANGUAGE_CODES: Final[tuple[str, ...]] = (
    "EN_US",
    "ZH_CN",
    "KO_KR",
    "JA_JP",
    "RU_RU",
    "AUTO",
    "IT_IT",
    "ES_ES",
    "PT_BR",
    "DE_DE",
    "FR_FR",
    "AR_SA",
    "PL_PL",
    "NL_NL",
    "HI_IN",
    "HE_IL",
)
"""The ``inworldttslanguage_codesLanguageCode`` enum of the OpenAPI page."""

MAX_DISPLAY_NAME_CHARS: Final = 100
MAX_SAMPLES: Final = 3
MAX_SAMPLE_BYTES: Final = 4 * 1024 * 1024
MAX_TOTAL_SAMPLE_BYTES: Final = 16 * 1024 * 1024
MAX_BODY_BYTES: Final = 25 * 1024 * 1024
SHORT_AUDIO_SECONDS: Final = 5.0
MAX_AUDIO_SECONDS: Final = 15.0
MIN_SAMPLE_RATE: Final = 16_000
SILENCE_DBFS: Final = -50.0
CLIPPING_FRACTION: Final = 0.01
GENERATED_TRANSCRIPTION: Final = "Hello, this is an automatically transcribed voice sample."

GRPC_HTTP_STATUS: Final[Mapping[int, int]] = {
    0: 200,  # OK
    1: 499,  # CANCELLED
    2: 500,  # UNKNOWN
    3: 400,  # INVALID_ARGUMENT
    4: 504,  # DEADLINE_EXCEEDED
    5: 404,  # NOT_FOUND
    6: 409,  # ALREADY_EXISTS
    7: 403,  # PERMISSION_DENIED
    8: 429,  # RESOURCE_EXHAUSTED
    9: 400,  # FAILED_PRECONDITION
    10: 409,  # ABORTED
    11: 400,  # OUT_OF_RANGE
    12: 501,  # UNIMPLEMENTED
    13: 500,  # INTERNAL
    14: 503,  # UNAVAILABLE
    15: 500,  # DATA_LOSS
    16: 401,  # UNAUTHENTICATED
}
"""google.rpc code -> HTTP status, as grpc-gateway maps them."""

_PROMPT_LANGUAGES: Final[Mapping[str, str]] = {
    code: f"{code[:2].lower()}-{code[3:]}" for code in LANGUAGE_CODES if code != "AUTO"
}

_CLONE_FIELDS: Final = (
    "displayName",
    "langCode",
    "voiceSamples",
    "description",
    "tags",
    "audioProcessingConfig",
)
_SAMPLE_FIELDS: Final = ("audioData", "transcription")
_AUDIO_PROCESSING_FIELDS: Final = ("removeBackgroundNoise",)
_PATCH_FIELDS: Final = ("displayName", "description", "tags")

_DEFAULT_PAGE_SIZE: Final = 50
_MAX_PAGE_SIZE: Final = 1000
_LIST_QUERY_PARAMS: Final[Mapping[str, str]] = {
    "filter": "filter",
    "orderBy": "orderBy",
    "order_by": "orderBy",
    "pageSize": "pageSize",
    "page_size": "pageSize",
    "pageToken": "pageToken",
    "page_token": "pageToken",
}
_FILTER_FIELDS: Final[Mapping[str, str]] = {
    "source": "source",
    "langCode": "langCode",
    "lang_code": "langCode",
    "gender": "gender",
    "ageGroup": "ageGroup",
    "age_group": "ageGroup",
    "displayName": "displayName",
    "display_name": "displayName",
    "voiceId": "voiceId",
    "voice_id": "voiceId",
}
_FILTER_TERM = re.compile(r'^\s*(\w+)\s*(=|!=)\s*(?:"([^"]*)"|([\w.\-]+))\s*$')
_ORDER_FIELDS: Final = ("displayName", "voiceId", "langCode")

#: ``POST /tts/v1/voice``: the documented fields, models and encodings.
_TTS_FIELDS: Final = ("text", "voiceId", "modelId", "audioConfig", "temperature")
_AUDIO_CONFIG_FIELDS: Final = ("audioEncoding", "sampleRateHertz", "bitRate", "speakingRate")
TTS_MODELS: Final = ("inworld-tts-1.5-max", "inworld-tts-1.5-mini", "inworld-tts-2")
TTS_ENCODINGS: Final = ("MP3", "LINEAR16", "OGG_OPUS", "PCM", "FLAC", "ALAW", "MULAW")
MAX_TTS_CHARS: Final = 2000
#: What ``POST /tts/v1/voice:stream`` of the fake can synthesize.
TTS_STREAM_ENCODINGS: Final = ("LINEAR16", "PCM")
#: Peak level of :func:`tts_reference_pcm` (-12 dBFS).
REFERENCE_PEAK: Final = 10 ** (-12 / 20)

_CLONE_ROUTES: Final = frozenset({"clone", "clone_legacy"})
_WRITE_METHODS: Final = frozenset({"POST", "PATCH", "DELETE"})

_HTML_PROXY_PAGE: Final = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
    "<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)


# --------------------------------------------------------------------------------------------
# Public helpers
# --------------------------------------------------------------------------------------------


def make_wav(
    seconds: float,
    rate: int = 24_000,
    channels: int = 1,
    amplitude: float = 0.3,
    *,
    seed: int = 0,
) -> bytes:
    """Return a 16-bit PCM WAV of a deterministic, speech-like signal.

    The signal is a harmonic tone with a drifting pitch (~110-170 Hz), a 3.5 Hz "syllable"
    envelope and a little noise, peak-normalised to ``amplitude`` (0..1). ``amplitude=0`` gives
    digital silence, which the fake reports as "No speech detected".
    """
    if seconds < 0 or rate <= 0 or channels <= 0 or not 0.0 <= amplitude <= 1.0:
        raise ValueError("make_wav: invalid seconds, rate, channels or amplitude")
    n = round(seconds * rate)
    t = np.arange(n, dtype=np.float64) / rate
    f0 = 140.0 + 30.0 * np.sin(2 * np.pi * 0.7 * t)
    phase = 2 * np.pi * np.cumsum(f0) / rate
    voiced = sum(np.sin(h * phase) / h for h in range(1, 6))
    envelope = 0.55 + 0.45 * np.sin(2 * np.pi * 3.5 * t)
    rng = np.random.default_rng(seed)
    signal = voiced * envelope + rng.normal(0.0, 0.05, n)
    peak = float(np.max(np.abs(signal))) if n else 0.0
    signal = signal * (amplitude / peak) if peak > 0 and amplitude > 0 else np.zeros(n)
    pcm = np.round(signal * 32767).astype("<i2")
    interleaved = np.repeat(pcm, channels) if channels > 1 else pcm
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(interleaved.tobytes())
    return buf.getvalue()


def tts_reference_pcm(text: str, sample_rate: int = 48_000) -> bytes:
    """The audio the fake streams for ``text``: PCM s16le mono at ``sample_rate``.

    0.25 s of silence, then one chirp per word lasting ``(len(word) + 1) / 15`` s (at least
    0.12 s, so about 15 characters per second as :meth:`FakeInworld._handle_tts`), then 0.25 s
    of silence. Each chirp sweeps between two frequencies of 200-1600 Hz drawn from SHA-256 of
    the text and the word's index, with 10 ms fades, peaking at -12 dBFS: deterministic, and
    different for any other text, so a cross-correlation tells which text was played.
    """
    if not 8_000 <= sample_rate <= 48_000:
        raise ValueError("sample_rate must be 8000-48000")
    words = text.split() or [text]
    pause = np.zeros(round(0.25 * sample_rate))
    parts = [pause]
    fade = max(1, round(0.01 * sample_rate))
    for index, word in enumerate(words):
        digest = hashlib.sha256(f"{index}\0{text}".encode()).digest()
        start = 200 + int.from_bytes(digest[0:2], "little") % 1400
        end = 200 + int.from_bytes(digest[2:4], "little") % 1400
        seconds = max(0.12, (len(word) + 1) / 15)
        n = round(seconds * sample_rate)
        t = np.arange(n, dtype=np.float64) / sample_rate
        phase = 2 * np.pi * (start * t + (end - start) * t * t / (2 * seconds))
        envelope = np.ones(n)
        ramp = np.linspace(0.0, 1.0, min(fade, n // 2))
        envelope[: len(ramp)] = ramp
        envelope[n - len(ramp) :] = ramp[::-1]
        parts.append(np.sin(phase) * envelope)
    parts.append(pause)
    signal = np.concatenate(parts) * REFERENCE_PEAK
    return bytes(np.round(signal * 32767).astype("<i2").tobytes())


def _wav_header(data_bytes: int, sample_rate: int) -> bytes:
    """The 44-byte header Inworld puts before each LINEAR16 chunk of a stream."""
    return struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + data_bytes,
        b"WAVE",
        b"fmt ",
        16,
        1,
        1,
        sample_rate,
        sample_rate * 2,
        2,
        16,
        b"data",
        data_bytes,
    )


StreamEnd = Literal["complete", "error", "cut", "client_gone", "stopped"]


@dataclass
class StreamRecord:
    """One ``POST /tts/v1/voice:stream`` that got past validation (the 200 was sent)."""

    text: str
    voice_id: str
    encoding: str
    sample_rate: int
    chunks_sent: int = 0
    #: :func:`time.monotonic` when the request was accepted, and when each chunk was written.
    started_at: float = field(default_factory=time.monotonic)
    sent_at: list[float] = field(default_factory=list)
    #: True while a :meth:`Fault.stream_hold` holds the rest back.
    held: bool = False
    #: How it ended; None while it runs.
    end: StreamEnd | None = None
    ended: asyncio.Event = field(default_factory=asyncio.Event)

    def finish(self, end: StreamEnd) -> None:
        self.end = end
        self.held = False
        self.ended.set()


@dataclass
class RecordedRequest:
    """One request received by the fake (recorded after its body was read)."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any
    """The body parsed as JSON, or ``None`` when empty or not valid JSON."""
    raw: bytes
    samples: list[bytes]
    """Decoded ``voiceSamples[].audioData`` (entries that are not valid base64 are omitted)."""
    received_at: float
    """:func:`time.monotonic` when the body had been read."""
    query: dict[str, str] = field(default_factory=dict)
    arrived_at: float | None = None
    """:func:`time.monotonic` when the request line and headers had arrived (a client that
    streams its body sends the rest later): when the call began, for rate checks."""
    status: int | None = None
    """HTTP status answered, ``None`` while pending or when the connection was dropped."""

    def header(self, name: str) -> str | None:
        """Case-insensitive header lookup."""
        lowered = name.lower()
        for key, value in self.headers.items():
            if key.lower() == lowered:
                return value
        return None


FaultKind = Literal[
    "http",
    "stall",
    "drop",
    "create_then_drop",
    "slow_answer",
    "truncate",
    "after_create",
    "late_create",
    "stream_error",
    "stream_cut",
    "stream_hold",
]
#: How a :meth:`Fault.late_create` spoils the answer (the voice is created later regardless).
LateAnswer = Literal["reset", "truncate", "502", "504", "unreadable", "hang"]
#: Faults that let the request be handled (the voice created) and then spoil the answer.
_AFTER_HANDLING: Final = frozenset(
    {"create_then_drop", "slow_answer", "truncate", "after_create", "late_create"}
)
#: Faults that spoil a TTS stream after some chunks (only for ``enqueue_stream``).
_MID_STREAM: Final = frozenset({"stream_error", "stream_cut", "stream_hold"})


@dataclass(frozen=True)
class Fault:
    """A scripted misbehaviour for the next request to a clone endpoint.

    Build them with the static constructors and queue them with :meth:`FakeInworld.enqueue`.
    """

    kind: FaultKind
    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    content_type: str | None = None
    seconds: float = 0.0
    label: str = ""
    late_answer: LateAnswer = "reset"
    #: Mid-stream faults: how many audio chunks are sent before the fault.
    after_chunks: int = 0
    #: ``stream_error``: the rpcStatus code of the error line.
    code: int = 0

    def __repr__(self) -> str:
        return f"Fault({self.label or self.kind})"

    @staticmethod
    def http(
        status: int,
        body: dict[str, Any] | str | bytes | None = None,
        headers: dict[str, str] | None = None,
        content_type: str = "application/json",
    ) -> Fault:
        """Answer ``status`` with ``body`` (a dict is sent as JSON, str as UTF-8, None empty)."""
        if isinstance(body, dict):
            raw = json.dumps(body).encode()
        elif isinstance(body, str):
            raw = body.encode()
        else:
            raw = body or b""
        return Fault(
            "http",
            status=status,
            body=raw,
            headers=dict(headers or {}),
            content_type=content_type,
            label=f"http {status}",
        )

    @staticmethod
    def rpc(code: int, message: str, http_status: int | None = None) -> Fault:
        """Answer an ``rpcStatus`` body; the HTTP status follows :data:`GRPC_HTTP_STATUS`."""
        status = http_status if http_status is not None else GRPC_HTTP_STATUS.get(code, 500)
        return Fault(
            "http",
            status=status,
            body=json.dumps(_rpc_body(code, message)).encode(),
            content_type="application/json",
            label=f"rpc {code} ({status})",
        )

    @staticmethod
    def rate_limited(retry_after: float | str | None = None) -> Fault:
        """429 with ``rpcStatus`` code 8 and, when given, a ``Retry-After`` header.

        A number is formatted with ``%g`` (``1`` -> ``"1"``, ``1.5`` -> ``"1.5"``); a string is
        sent verbatim (e.g. an HTTP date, or garbage to test the client's parsing).
        """
        headers: dict[str, str] = {}
        if retry_after is not None:
            headers["Retry-After"] = (
                retry_after if isinstance(retry_after, str) else f"{retry_after:g}"
            )
        return Fault(
            "http",
            status=429,
            body=json.dumps(
                _rpc_body(8, "Rate limit exceeded for voice cloning. Please retry later.")
            ).encode(),
            headers=headers,
            content_type="application/json",
            label=f"rate_limited retry_after={retry_after!r}",
        )

    @staticmethod
    def non_json(status: int = 502) -> Fault:
        """An HTML error page as a reverse proxy would send it."""
        page = _HTML_PROXY_PAGE.format(status=status, reason=_reason(status))
        return Fault(
            "http",
            status=status,
            body=page.encode(),
            content_type="text/html",
            label=f"non_json {status}",
        )

    @staticmethod
    def stall(seconds: float) -> Fault:
        """Sleep ``seconds`` and then handle the request normally.

        The sleep ends early when the fake stops; the connection is then closed without an
        answer. The server keeps going when the client gives up (like the real service, a
        request the client timed out on may still create a voice).
        """
        return Fault("stall", seconds=seconds, label=f"stall {seconds:g}s")

    @staticmethod
    def drop() -> Fault:
        """Read the whole body, then close the connection without any response."""
        return Fault("drop", label="drop")

    @staticmethod
    def create_then_drop() -> Fault:
        """Handle the request (a clone creates its voice), then close the connection without
        sending the answer: the client cannot know the voice exists."""
        return Fault("create_then_drop", label="create_then_drop")

    @staticmethod
    def slow_answer(seconds: float) -> Fault:
        """Handle the request at once (a clone creates its voice), then hold the answer back
        ``seconds`` (longer than the client's timeout: the answer comes after it gave up)."""
        return Fault("slow_answer", seconds=seconds, label=f"slow_answer {seconds:g}s")

    @staticmethod
    def truncated_success() -> Fault:
        """Handle the request, send the 200 headers with the full ``Content-Length`` and half
        of the JSON body, then close the connection (a success body cut off mid-stream)."""
        return Fault("truncate", label="truncated_success")

    @staticmethod
    def proxy_error_after_create(status: int = 502) -> Fault:
        """Handle the request (the voice is created), then answer a proxy's HTML ``status``
        page (502 or 504) instead of the real answer."""
        page = _HTML_PROXY_PAGE.format(status=status, reason=_reason(status))
        return Fault(
            "after_create",
            status=status,
            body=page.encode(),
            content_type="text/html",
            label=f"proxy_error_after_create {status}",
        )

    @staticmethod
    def late_create(answer: LateAnswer = "reset") -> Fault:
        """Accept the request (validated, counted, its voice ID issued), spoil the answer at
        once, and create the voice only when the test calls
        :meth:`FakeInworld.finish_late_creates` (a backend finishing a request after the
        client gave up). ``answer``: ``"reset"`` closes the connection without a response;
        ``"truncate"`` sends the 200 headers and half the body; ``"502"``/``"504"`` a proxy's
        HTML page; ``"unreadable"`` a complete 200 whose JSON is cut; ``"hang"`` holds the
        connection (the client times out) until the voice is created, then answers. An
        invalid request creates nothing and its answer is spoiled the same way."""
        return Fault("late_create", late_answer=answer, label=f"late_create {answer}")

    @staticmethod
    def stream_error(
        after_chunks: int, code: int = 13, message: str = "Internal error while synthesizing."
    ) -> Fault:
        """A TTS stream: ``after_chunks`` audio chunks, then the line ``{"error": rpcStatus}``
        and the end of the body (the HTTP status was already 200)."""
        return Fault(
            "stream_error",
            body=message.encode(),
            after_chunks=after_chunks,
            code=code,
            label=f"stream_error code {code} after {after_chunks}",
        )

    @staticmethod
    def stream_cut(after_chunks: int) -> Fault:
        """A TTS stream: ``after_chunks`` audio chunks, then the connection is closed (the
        chunked body never ends)."""
        return Fault("stream_cut", after_chunks=after_chunks, label=f"stream_cut {after_chunks}")

    @staticmethod
    def stream_hold(after_chunks: int) -> Fault:
        """A TTS stream: ``after_chunks`` audio chunks, then nothing until the test calls
        :meth:`FakeInworld.release_streams` (then the rest follows), the client goes away or
        the fake stops."""
        return Fault("stream_hold", after_chunks=after_chunks, label=f"stream_hold {after_chunks}")

    @staticmethod
    def malformed_json() -> Fault:
        """200 ``application/json`` whose body is truncated JSON."""
        return Fault(
            "http",
            status=200,
            body=b'{"voice": {"voiceId": "test_ws__trunc',
            content_type="application/json",
            label="malformed_json",
        )

    @staticmethod
    def missing_voice() -> Fault:
        """200 with valid JSON but no ``voice`` key at all."""
        return Fault(
            "http",
            status=200,
            body=json.dumps({"audioSamplesValidated": []}).encode(),
            content_type="application/json",
            label="missing_voice",
        )


# --------------------------------------------------------------------------------------------
# Internals
# --------------------------------------------------------------------------------------------


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _rpc_body(code: int, message: str) -> dict[str, Any]:
    return {"code": code, "message": message, "details": []}


#: The request key carrying a mid-stream :class:`Fault` from the middleware to the handler.
#: The lowest aiohttp the bot allows (3.10, CI's lowest-versions run) has no ``web.RequestKey``.
_STREAM_FAULT: Final[Any] = (
    web.RequestKey("fake_inworld.stream_fault", Fault)
    if hasattr(web, "RequestKey")
    else "fake_inworld.stream_fault"
)


def _check_faults(faults: Iterable[Fault], *, mid_stream: bool) -> None:
    for fault in faults:
        if not isinstance(fault, Fault):
            raise TypeError(f"expected Fault, got {type(fault).__name__}")
        if fault.kind in _AFTER_HANDLING:
            raise ValueError(f"{fault!r} only applies to clone requests")
        if fault.kind in _MID_STREAM and not mid_stream:
            raise ValueError(f"{fault!r} only applies to TTS streams")


class _RpcError(Exception):
    """Raised inside handlers; turned into an ``rpcStatus`` response by the middleware."""

    def __init__(
        self,
        code: int,
        message: str,
        *,
        http_status: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.http_status = (
            http_status if http_status is not None else GRPC_HTTP_STATUS.get(code, 500)
        )
        self.headers = dict(headers or {})

    def response(self) -> web.Response:
        return web.json_response(
            _rpc_body(self.code, self.message), status=self.http_status, headers=self.headers
        )


def _invalid(message: str) -> _RpcError:
    return _RpcError(3, message)


class _JsonReject(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _JsonReject(f'duplicate field "{key}"')
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise _JsonReject(f"{name} is not valid JSON")


def _parse_json_strict(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _invalid(
            f"invalid request body: not valid UTF-8 ({exc.reason} at byte {exc.start})"
        ) from None
    if text.startswith("\ufeff"):
        raise _invalid("invalid request body: a UTF-8 byte order mark is not allowed")
    if not text.strip():
        raise _invalid("invalid request body: the body is empty; expected a JSON object")
    try:
        return json.loads(
            text, object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as exc:
        raise _invalid(
            f"invalid request body: malformed JSON at line {exc.lineno} column {exc.colno}: "
            f"{exc.msg}"
        ) from None
    except _JsonReject as exc:
        raise _invalid(f"invalid request body: {exc}") from None


def _parse_json_lenient(raw: bytes) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__  # pragma: no cover


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _check_fields(obj: Mapping[str, Any], allowed: Iterable[str], prefix: str) -> None:
    allowed = tuple(allowed)
    for key in obj:
        if key not in allowed:
            path = f"{prefix}{key}"
            hint = ""
            if _camel(key) in allowed and _camel(key) != key:
                hint = f' (did you mean "{prefix}{_camel(key)}"? use the lowerCamelCase name)'
            raise _invalid(f'invalid request body: unknown field "{path}"{hint}')


def _expect(value: Any, expected: str, path: str) -> None:
    actual = _json_type(value)
    if actual != expected:
        article = "an" if expected[0] in "aeiou" else "a"
        raise _invalid(f"{path} must be {article} {expected}, got {actual}")


def _check_display_name(value: Any, path: str = "displayName") -> str:
    _expect(value, "string", path)
    if not value.strip():
        raise _invalid(f"{path} must not be empty")
    if len(value) > MAX_DISPLAY_NAME_CHARS:
        raise _invalid(
            f"{path} must be at most {MAX_DISPLAY_NAME_CHARS} characters (got {len(value)})"
        )
    return str(value)


def _check_tags(value: Any, path: str = "tags") -> list[str]:
    _expect(value, "array", path)
    for i, tag in enumerate(value):
        _expect(tag, "string", f"{path}[{i}]")
    return list(value)


def _detect_audio_format(data: bytes) -> str | None:
    """Return ``"wav"``, ``"mp3"`` or ``"webm"`` from the magic bytes, else ``None``."""
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "wav"
    if data[:3] == b"ID3":
        return "mp3"
    if len(data) >= 4 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0:
        version = (data[1] >> 3) & 0x3
        layer = (data[1] >> 1) & 0x3
        bitrate_index = data[2] >> 4
        rate_index = (data[2] >> 2) & 0x3
        if version != 0b01 and layer == 0b01 and bitrate_index != 0xF and rate_index != 0b11:
            return "mp3"
    if data[:4] == b"\x1a\x45\xdf\xa3":
        return "webm"
    return None


def _describe_audio(data: bytes) -> str:
    if data[:4] == b"OggS":
        return "Ogg"
    if data[:4] == b"fLaC":
        return "FLAC"
    if data[4:8] == b"ftyp":
        return "MP4/M4A"
    if data[:4] == b"RIFF":
        return f"RIFF/{data[8:12].decode('latin-1', 'replace')!r}"
    if len(data) >= 2 and data[0] == 0xFF and data[1] & 0xF6 == 0xF0:
        return "AAC (ADTS)"
    return "unknown"


@dataclass
class _Sample:
    audio: bytes
    transcription: str
    fmt: str


@dataclass
class _CloneRequest:
    display_name: str
    lang_code: str
    samples: list[_Sample]
    description: str
    tags: list[str]
    remove_background_noise: bool


@dataclass
class _LateCreate:
    """A voice accepted by a :meth:`Fault.late_create` request, created when released."""

    voice: dict[str, Any]
    created: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass
class _WavInfo:
    channels: int
    rate: int
    frames: int
    signal: np.ndarray[Any, np.dtype[np.float64]]

    @property
    def duration(self) -> float:
        return self.frames / self.rate


def _pcm_to_float(data: bytes, width: int) -> np.ndarray[Any, np.dtype[np.float64]]:
    usable = len(data) - len(data) % width
    buf = data[:usable]
    if width == 1:
        return (np.frombuffer(buf, np.uint8).astype(np.float64) - 128.0) / 128.0
    if width == 2:
        return np.frombuffer(buf, "<i2").astype(np.float64) / 32768.0
    if width == 3:
        b = np.frombuffer(buf, np.uint8).reshape(-1, 3).astype(np.int32)
        v = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        v = np.where(v >= 1 << 23, v - (1 << 24), v)
        return v.astype(np.float64) / float(1 << 23)
    if width == 4:
        return np.frombuffer(buf, "<i4").astype(np.float64) / float(1 << 31)
    raise ValueError(f"unsupported PCM sample width: {width * 8} bits")


def _parse_riff(data: bytes) -> _WavInfo:
    """Minimal RIFF/WAVE reader for what :mod:`wave` rejects (float, extensible)."""
    pos = 12
    fmt: tuple[int, int, int, int] | None = None
    while pos + 8 <= len(data):
        chunk_id = data[pos : pos + 4]
        (size,) = struct.unpack_from("<I", data, pos + 4)
        body = data[pos + 8 : pos + 8 + size]
        if chunk_id == b"fmt ":
            if len(body) < 16:
                raise ValueError("fmt chunk too short")
            tag, channels, rate, _, _, bits = struct.unpack_from("<HHIIHH", body)
            if tag == 0xFFFE:
                if len(body) < 26:
                    raise ValueError("WAVE_FORMAT_EXTENSIBLE fmt chunk too short")
                (tag,) = struct.unpack_from("<H", body, 24)
            fmt = (tag, channels, rate, bits)
        elif chunk_id == b"data":
            if fmt is None:
                raise ValueError("data chunk before fmt chunk")
            tag, channels, rate, bits = fmt
            if channels == 0 or rate == 0:
                raise ValueError("zero channels or sample rate")
            if tag == 1:
                signal = _pcm_to_float(body, bits // 8)
            elif tag == 3 and bits in (32, 64):
                dtype = "<f4" if bits == 32 else "<f8"
                width = bits // 8
                signal = np.frombuffer(body[: len(body) - len(body) % width], dtype).astype(
                    np.float64
                )
            else:
                raise ValueError(f"unsupported WAV encoding (format tag {tag}, {bits} bits)")
            frames = len(signal) // channels
            return _WavInfo(channels, rate, frames, signal[: frames * channels])
        pos += 8 + size + (size & 1)
    raise ValueError("no fmt/data chunk found")


def _read_wav(data: bytes) -> _WavInfo:
    try:
        with wave.open(io.BytesIO(data), "rb") as w:
            channels, width, rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
            raw = w.readframes(w.getnframes())
    except (wave.Error, EOFError, struct.error, RuntimeError, ValueError) as exc:
        # RuntimeError: wave's chunk reader failing to seek past a truncated chunk.
        log.debug("wave could not read sample (%s); trying the RIFF fallback", exc)
        return _parse_riff(data)
    if channels == 0 or rate == 0:
        raise ValueError("zero channels or sample rate")
    signal = _pcm_to_float(raw, width)
    frames = len(signal) // channels
    return _WavInfo(channels, rate, frames, signal[: frames * channels])


def _analyse_wav(data: bytes) -> tuple[list[str], list[str]]:
    """Return (warnings, errors) for one WAV sample."""
    try:
        info = _read_wav(data)
    except Exception as exc:  # any failure on a corrupt file is a per-sample error
        return [], [f"Audio could not be decoded: {exc or type(exc).__name__}"]
    if info.frames == 0:
        return [], ["Audio sample contains no audio frames."]
    warnings: list[str] = []
    duration = info.duration
    if duration < SHORT_AUDIO_SECONDS:
        warnings.append(
            f"Audio is shorter than the recommended 10-15 seconds ({duration:.1f} s); "
            "the cloned voice may be less accurate."
        )
    elif duration > MAX_AUDIO_SECONDS:
        warnings.append(
            f"Audio longer than 15 seconds will be truncated ({duration:.1f} s provided)."
        )
    if info.rate < MIN_SAMPLE_RATE:
        warnings.append(
            f"Low sample rate ({info.rate} Hz); at least {MIN_SAMPLE_RATE} Hz is recommended."
        )
    if info.channels > 1:
        warnings.append(f"Audio has {info.channels} channels; it will be downmixed to mono.")
    signal = info.signal
    clipped = float(np.mean(np.abs(signal) >= 0.999))
    if clipped > CLIPPING_FRACTION:
        warnings.append(
            f"Audio is clipping ({clipped:.1%} of samples at full scale); reduce the input gain."
        )
    rms = float(np.sqrt(np.mean(np.square(signal))))
    dbfs = 20 * math.log10(rms) if rms > 0 else -math.inf
    errors: list[str] = []
    if dbfs < SILENCE_DBFS:
        errors.append("No speech detected in the audio sample.")
    return warnings, errors


async def _mp3(seconds: float, rate: int) -> bytes:
    """A real MP3 of a tone, encoded by ffmpeg (the suite needs ffmpeg anyway)."""
    rate = rate if rate in (16_000, 22_050, 24_000, 32_000, 44_100, 48_000) else 24_000
    process = await asyncio.create_subprocess_exec(
        "ffmpeg", "-hide_banner", "-loglevel", "error", "-f", "lavfi",
        "-i", f"sine=frequency=220:sample_rate={rate}:duration={seconds:.2f}",
        "-ac", "1", "-c:a", "libmp3lame", "-b:a", "64k", "-f", "mp3", "pipe:1",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await process.communicate()
    if process.returncode != 0 or not out:
        raise _RpcError(13, f"the fake could not encode MP3: {err.decode(errors='replace')}")
    return out


def _slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")[:64].strip("_")
    return slug or "voice"


def _encode_page_token(offset: int, filter_: str, order_by: str) -> str:
    payload = json.dumps({"o": offset, "f": filter_, "b": order_by}).encode()
    return base64.urlsafe_b64encode(payload).decode()


def _decode_page_token(token: str, filter_: str, order_by: str) -> int:
    try:
        payload = json.loads(base64.urlsafe_b64decode(token.encode()))
        offset = payload["o"]
        same = payload["f"] == filter_ and payload["b"] == order_by
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise _invalid(f"invalid pageToken {token!r}") from None
    if not isinstance(offset, int) or offset < 0:
        raise _invalid(f"invalid pageToken {token!r}")
    if not same:
        raise _invalid("pageToken does not match the request's filter and orderBy")
    return offset


def _system_voice(
    voice_id: str, lang: str, gender: str, age: str, description: str
) -> dict[str, Any]:
    return {
        "voiceId": voice_id,
        "langCode": lang,
        "displayName": voice_id,
        "description": description,
        "tags": [gender, age],
        "name": f"workspaces/inworld/voices/{voice_id}",
        "source": "SYSTEM",
        "gender": gender,
        "ageGroup": age,
        "categories": ["companions"],
        "promptLanguages": [_PROMPT_LANGUAGES.get(lang, "en-US")],
    }


def _default_system_voices() -> dict[str, dict[str, Any]]:
    return {
        "Alex": _system_voice("Alex", "EN_US", "male", "middle_aged", "Energetic, expressive."),
        "Ashley": _system_voice("Ashley", "EN_US", "female", "middle_aged", "Warm, natural."),
    }


def _line(message: dict[str, Any]) -> bytes:
    return json.dumps(message).encode() + b"\n"


def _client_gone(request: web.Request) -> bool:
    transport = request.transport
    return transport is None or transport.is_closing()


# --------------------------------------------------------------------------------------------
# The fake server
# --------------------------------------------------------------------------------------------


class FakeInworld:
    """Loopback fake of the Inworld Voice API. See the module docstring for its rules.

    Public state, safe to read and to change between requests:

    * :attr:`requests` every request received, :attr:`clone_requests` the clone POSTs;
    * :attr:`voices` voices created by clones (voiceId -> voice resource), editable;
    * :attr:`system_voices` built-in voices (``Alex``, ``Ashley``) shown by list/get;
    * :attr:`extra_warnings` / :attr:`extra_errors` texts appended to every validated sample;
    * :attr:`all_samples_failed` ``"no_voice"`` (200, ``"voice": null``) or ``"rpc_error"``;
    * :attr:`accept_webm`, :attr:`max_samples`, :attr:`max_sample_bytes`,
      :attr:`max_total_sample_bytes`, :attr:`rate_limit_per_minute`, :attr:`rate_limit_window`,
      :attr:`write_access`.
    """

    api_key: str = "test-inworld-key"
    workspace: str = "test_ws"

    def __init__(
        self,
        *,
        api_key: str = "test-inworld-key",
        workspace: str = "test_ws",
        rate_limit_per_minute: int | None = None,
        write_access: bool = True,
        all_samples_failed: Literal["no_voice", "rpc_error"] = "no_voice",
        max_body_bytes: int = MAX_BODY_BYTES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate_limit_per_minute is not None and rate_limit_per_minute < 1:
            raise ValueError("rate_limit_per_minute must be >= 1 or None")
        self.api_key = api_key
        self.workspace = workspace
        self.rate_limit_per_minute = rate_limit_per_minute
        self.rate_limit_window = 60.0
        self.write_access = write_access
        self.all_samples_failed: Literal["no_voice", "rpc_error"] = all_samples_failed
        self.accept_webm = True
        self.max_samples = MAX_SAMPLES
        self.max_sample_bytes = MAX_SAMPLE_BYTES
        self.max_total_sample_bytes = MAX_TOTAL_SAMPLE_BYTES
        self.max_body_bytes = max_body_bytes
        self.extra_warnings: list[str] = []
        self.extra_errors: list[str] = []
        #: How the fake "hears" a sample sent without a transcription (the real API runs its
        #: own speech recognition); a test sets it to what that audio says. By default every
        #: such sample is heard as GENERATED_TRANSCRIPTION.
        self.transcribe: Callable[[bytes], str] = lambda audio: GENERATED_TRANSCRIPTION
        self.requests: list[RecordedRequest] = []
        self.voices: dict[str, dict[str, Any]] = {}
        self.system_voices: dict[str, dict[str, Any]] = _default_system_voices()
        self._clock = clock
        self._faults: deque[Fault] = deque()
        self._list_faults: deque[Fault] = deque()
        self._tts_faults: deque[Fault] = deque()
        self._stream_faults: deque[Fault] = deque()
        #: Streams that started (after validation), in arrival order.
        self.streams: list[StreamRecord] = []
        #: Seconds before the first chunk of a stream, then between two chunks (a little
        #: faster than the 0.16 s of audio each chunk holds), and the audio per chunk.
        self.stream_first_chunk_delay = 0.05
        self.stream_chunk_interval = 0.12
        self.stream_chunk_seconds = 0.16
        #: When set, every chunk holds this many bytes of PCM (an odd number splits samples).
        self.stream_chunk_bytes: int | None = None
        self._stream_releases = 0
        self._stream_event = asyncio.Event()
        #: ``modelId`` values POST /tts/v1/voice accepts.
        self.tts_models: tuple[str, ...] = TTS_MODELS
        self._clone_times: deque[float] = deque()
        self._issued_ids: set[str] = set()
        self._late: list[_LateCreate] = []
        self._runner: web.AppRunner | None = None
        self._url: str | None = None
        self._closing = asyncio.Event()
        self._request_arrived = asyncio.Event()

    # ---------------------------------------------------------------- lifecycle

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:54321`` (no trailing slash)."""
        if self._url is None:
            raise RuntimeError("FakeInworld is not started")
        return self._url

    async def start(self) -> None:
        """Bind to a free port on 127.0.0.1 and start serving."""
        if self._runner is not None:
            raise RuntimeError("FakeInworld is already started")
        self._closing = asyncio.Event()
        self._request_arrived = asyncio.Event()
        self._stream_event = asyncio.Event()

        @web.middleware
        async def middleware(
            request: web.Request,
            handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
        ) -> web.StreamResponse:
            return await self._middleware(request, handler)

        app = web.Application(middlewares=[middleware], client_max_size=self.max_body_bytes)
        app.router.add_post("/voices/v1/voices:clone", self._handle_clone, name="clone")
        app.router.add_post(
            "/voices/v1/workspaces/{workspace}/voices:clone",
            self._handle_clone,
            name="clone_legacy",
        )
        app.router.add_get("/voices/v1/voices", self._handle_list, allow_head=False, name="list")
        app.router.add_get("/voices/v1/voices/{voice_id}", self._handle_get, allow_head=False)
        app.router.add_patch("/voices/v1/voices/{voice_id}", self._handle_patch)
        app.router.add_delete("/voices/v1/voices/{voice_id}", self._handle_delete)
        app.router.add_post("/tts/v1/voice", self._handle_tts, name="tts")
        app.router.add_post("/tts/v1/voice:stream", self._handle_tts_stream, name="tts_stream")
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=2.0)
        await runner.setup()
        # Bind the socket ourselves so the port is known and never raced for.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        site = web.SockSite(runner, sock)
        try:
            await site.start()
        except BaseException:
            sock.close()
            await runner.cleanup()
            raise
        self._runner = runner
        host, port = sock.getsockname()[:2]
        self._url = f"http://{host}:{port}"
        log.debug("FakeInworld listening on %s", self._url)

    async def stop(self) -> None:
        """Stop serving; stalled requests are ended at once. Idempotent."""
        runner, self._runner = self._runner, None
        self._closing.set()
        if runner is not None:
            await runner.cleanup()

    async def __aenter__(self) -> FakeInworld:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # ---------------------------------------------------------------- test API

    @property
    def clone_requests(self) -> list[RecordedRequest]:
        """The recorded POSTs to either clone endpoint, in arrival order."""
        return [
            r
            for r in self.requests
            if r.method == "POST"
            and (
                r.path == "/voices/v1/voices:clone"
                or re.fullmatch(r"/voices/v1/workspaces/[^/]+/voices:clone", r.path) is not None
            )
        ]

    @property
    def pending_faults(self) -> int:
        """How many queued faults have not been consumed yet."""
        return len(self._faults)

    def enqueue(self, *faults: Fault) -> None:
        """Queue faults; each clone request consumes the oldest one before normal handling."""
        for fault in faults:
            if not isinstance(fault, Fault):
                raise TypeError(f"expected Fault, got {type(fault).__name__}")
            if fault.kind in _MID_STREAM:
                raise ValueError(f"{fault!r} only applies to TTS streams")
        self._faults.extend(faults)

    def enqueue_list(self, *faults: Fault) -> None:
        """Queue faults for ``GET /voices/v1/voices`` (FIFO, one per list request): ``http``,
        ``rpc``, ``non_json``, ``drop`` and ``stall`` faults apply as for clones."""
        for fault in faults:
            if not isinstance(fault, Fault):
                raise TypeError(f"expected Fault, got {type(fault).__name__}")
            if fault.kind in _AFTER_HANDLING:
                raise ValueError(f"{fault!r} only applies to clone requests")
            if fault.kind in _MID_STREAM:
                raise ValueError(f"{fault!r} only applies to TTS streams")
        self._list_faults.extend(faults)

    @property
    def pending_list_faults(self) -> int:
        """How many queued list faults have not been consumed yet."""
        return len(self._list_faults)

    @property
    def late_creates(self) -> int:
        """How many accepted :meth:`Fault.late_create` voices are not created yet."""
        return len(self._late)

    def finish_late_creates(self, *, tagged: str | None = None) -> list[str]:
        """Create the voices of :meth:`Fault.late_create` requests (all, or only those whose
        request carried the tag ``tagged``), in arrival order; returns their voice IDs."""
        done = [late for late in self._late if tagged is None or tagged in late.voice["tags"]]
        for late in done:
            self._late.remove(late)
            self.voices[late.voice["voiceId"]] = late.voice
            late.created.set()
        return [late.voice["voiceId"] for late in done]

    def enqueue_tts(self, *faults: Fault) -> None:
        """Queue faults for ``POST /tts/v1/voice`` (FIFO, one per request)."""
        _check_faults(faults, mid_stream=False)
        self._tts_faults.extend(faults)

    def enqueue_stream(self, *faults: Fault) -> None:
        """Queue faults for ``POST /tts/v1/voice:stream`` (FIFO, one per request): ``http``,
        ``rpc``, ``rate_limited``, ``non_json``, ``drop`` and ``stall`` replace the answer
        before streaming; ``stream_error``, ``stream_cut`` and ``stream_hold`` strike after
        some audio chunks of a valid request."""
        _check_faults(faults, mid_stream=True)
        self._stream_faults.extend(faults)

    @property
    def pending_stream_faults(self) -> int:
        return len(self._stream_faults)

    @property
    def stream_requests(self) -> list[RecordedRequest]:
        """The recorded ``POST /tts/v1/voice:stream`` requests, in arrival order."""
        return [r for r in self.requests if r.method == "POST" and r.path == "/tts/v1/voice:stream"]

    def release_streams(self) -> None:
        """Let every stream held by :meth:`Fault.stream_hold` go on."""
        self._stream_releases += 1
        self._stream_event.set()

    async def wait_stream(
        self, index: int = 0, *, held: bool = False, timeout: float = 5.0
    ) -> StreamRecord:
        """Wait until stream ``index`` exists and, with ``held``, is being held back (else
        until it has ended); return its record."""

        async def wait() -> StreamRecord:
            while True:
                if index < len(self.streams):
                    record = self.streams[index]
                    if record.held if held else record.end is not None:
                        return record
                self._stream_event.clear()
                await self._stream_event.wait()

        return await asyncio.wait_for(wait(), timeout)

    @property
    def tts_requests(self) -> list[RecordedRequest]:
        """The recorded ``POST /tts/v1/voice`` requests, in arrival order."""
        return [r for r in self.requests if r.method == "POST" and r.path == "/tts/v1/voice"]

    def requests_for(self, voice_id: str) -> list[RecordedRequest]:
        """Every request that named ``voice_id`` (in its path or as a TTS ``voiceId``)."""
        return [
            r
            for r in self.requests
            if r.path.endswith(f"/{voice_id}")
            or (isinstance(r.body, dict) and r.body.get("voiceId") == voice_id)
        ]

    @property
    def list_requests(self) -> list[RecordedRequest]:
        """The recorded ``GET /voices/v1/voices`` requests, in arrival order."""
        return [r for r in self.requests if r.method == "GET" and r.path == "/voices/v1/voices"]

    def voices_named(self, display_name: str) -> list[dict[str, Any]]:
        """The account's cloned voices with this display name (to count them in tests)."""
        return [v for v in self.voices.values() if v.get("displayName") == display_name]

    async def wait_for_requests(
        self, n: int, timeout: float = 5.0, *, clone_only: bool = False
    ) -> list[RecordedRequest]:
        """Wait until ``n`` requests (or clone requests) were received; return them.

        Raises :class:`TimeoutError` after ``timeout`` seconds.
        """

        def current() -> list[RecordedRequest]:
            return self.clone_requests if clone_only else list(self.requests)

        async def wait() -> list[RecordedRequest]:
            while len(got := current()) < n:
                self._request_arrived.clear()
                await self._request_arrived.wait()
            return got

        try:
            return await asyncio.wait_for(wait(), timeout)
        except TimeoutError:
            raise TimeoutError(
                f"expected {n} {'clone ' if clone_only else ''}requests within {timeout} s, "
                f"got {len(current())}"
            ) from None

    # ---------------------------------------------------------------- plumbing

    async def _middleware(
        self,
        request: web.Request,
        handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
    ) -> web.StreamResponse:
        arrived_at = time.monotonic()
        try:
            raw = await request.read()
        except web.HTTPRequestEntityTooLarge:
            record = self._record(request, b"", arrived_at)
            response: web.StreamResponse = _RpcError(
                3,
                f"request body too large: the limit is {self.max_body_bytes} bytes",
                http_status=413,
            ).response()
            record.status = response.status
            return response
        record = self._record(request, raw, arrived_at)
        try:
            route = request.match_info.route.name
            queue = (
                self._faults
                if route in _CLONE_ROUTES
                else self._list_faults
                if route == "list"
                else self._tts_faults
                if route == "tts"
                else self._stream_faults
                if route == "tts_stream"
                else None
            )
            if queue:
                fault = queue.popleft()
                log.debug("FakeInworld: applying %r to %s", fault, request.path)
                if fault.kind in _MID_STREAM:
                    request[_STREAM_FAULT] = fault
                    response = await handler(request)
                    record.status = response.status
                    return response
                if fault.kind in _AFTER_HANDLING:
                    return await self._spoil_answer(request, fault, record, handler)
                fault_response = await self._apply_fault(request, fault)
                if fault_response is not None:
                    record.status = None if fault.kind != "http" else fault_response.status
                    return fault_response
            response = await handler(request)
        except _RpcError as exc:
            response = exc.response()
        except web.HTTPMethodNotAllowed:
            response = _RpcError(12, "Method Not Allowed", http_status=405).response()
        except web.HTTPNotFound:
            response = _RpcError(5, "Not Found", http_status=404).response()
        record.status = response.status
        return response

    def _record(
        self, request: web.Request, raw: bytes, arrived_at: float | None = None
    ) -> RecordedRequest:
        body = _parse_json_lenient(raw)
        samples: list[bytes] = []
        if isinstance(body, dict) and isinstance(body.get("voiceSamples"), list):
            for sample in body["voiceSamples"]:
                if isinstance(sample, dict) and isinstance(sample.get("audioData"), str):
                    with contextlib.suppress(binascii.Error, ValueError):
                        samples.append(base64.b64decode(sample["audioData"], validate=True))
        record = RecordedRequest(
            method=request.method,
            path=request.path,
            headers=dict(request.headers),
            body=body,
            raw=raw,
            samples=samples,
            received_at=time.monotonic(),
            query=dict(request.query),
            arrived_at=arrived_at,
        )
        self.requests.append(record)
        self._request_arrived.set()
        return record

    async def _apply_fault(self, request: web.Request, fault: Fault) -> web.Response | None:
        if fault.kind == "http":
            headers = dict(fault.headers)
            if fault.content_type and not any(k.lower() == "content-type" for k in headers):
                # Set verbatim, so parameters such as "; charset=utf-8" are kept as given.
                headers["Content-Type"] = fault.content_type
            return web.Response(status=fault.status, body=fault.body, headers=headers)
        if fault.kind == "drop":
            return self._abort(request)
        # stall
        try:
            await asyncio.wait_for(self._closing.wait(), fault.seconds)
        except TimeoutError:
            return None  # handle normally
        return self._abort(request)

    async def _spoil_answer(
        self,
        request: web.Request,
        fault: Fault,
        record: RecordedRequest,
        handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
    ) -> web.StreamResponse:
        """Run the real handler (its effects happen), then spoil the answer as ``fault`` says."""
        if fault.kind == "late_create":
            return await self._late_answer(request, fault, record)
        try:
            answer = await handler(request)
        except _RpcError as exc:
            answer = exc.response()
        if fault.kind == "after_create":
            record.status = fault.status
            headers = {"Content-Type": fault.content_type or "text/html"}
            return web.Response(status=fault.status, body=fault.body, headers=headers)
        if fault.kind == "slow_answer":
            try:
                await asyncio.wait_for(self._closing.wait(), fault.seconds)
            except TimeoutError:
                record.status = answer.status
                return answer
            return self._abort(request)
        record.status = None
        if fault.kind == "create_then_drop":
            return self._abort(request)
        return await self._cut(request, answer)

    async def _late_answer(
        self, request: web.Request, fault: Fault, record: RecordedRequest
    ) -> web.StreamResponse:
        """A :meth:`Fault.late_create`: the voice waits in ``_late``, the answer is spoiled."""
        late: _LateCreate | None = None
        try:
            voice, body = await self._accept_clone(request)
            answer: web.Response = web.json_response(body)
            if voice is not None:
                late = _LateCreate(voice)
                self._late.append(late)
        except _RpcError as exc:
            answer = exc.response()
        kind = fault.late_answer
        record.status = None
        if kind == "reset":
            return self._abort(request)
        if kind == "truncate":
            return await self._cut(request, answer)
        if kind in ("502", "504"):
            status = int(kind)
            record.status = status
            page = _HTML_PROXY_PAGE.format(status=status, reason=_reason(status))
            return web.Response(status=status, text=page, content_type="text/html")
        if kind == "unreadable":
            data = answer.body if isinstance(answer.body, bytes) else b""
            record.status = answer.status
            half = data[: max(1, len(data) // 2)]
            return web.Response(status=answer.status, body=half, content_type="application/json")
        # hang: no answer until the voice is created (or the fake stops)
        waits = [asyncio.ensure_future(self._closing.wait())]
        if late is not None:
            waits.append(asyncio.ensure_future(late.created.wait()))
        _, pending = await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        for waiting in pending:
            waiting.cancel()
        if self._closing.is_set() or late is None:
            return self._abort(request)
        record.status = answer.status
        return answer

    @staticmethod
    async def _cut(request: web.Request, answer: web.StreamResponse) -> web.StreamResponse:
        """The headers promise the whole body; half of it arrives, then the connection ends."""
        body = answer.body if isinstance(answer, web.Response) else b""
        data = body if isinstance(body, bytes) else b""
        cut = web.StreamResponse(status=answer.status)
        cut.content_type = "application/json"
        cut.content_length = len(data)
        await cut.prepare(request)
        await cut.write(data[: max(1, len(data) // 2)])
        transport = request.transport
        if transport is not None:
            transport.close()
        return cut

    @staticmethod
    def _abort(request: web.Request) -> web.Response:
        transport = request.transport
        if transport is not None:
            transport.close()
        # aiohttp ignores the write of this response to the closed transport.
        return web.Response(status=499)

    def _check_auth(self, request: web.Request) -> None:
        values = request.headers.getall("Authorization", [])
        if not values:
            raise _RpcError(
                16, "Missing Authorization header; expected 'Authorization: Basic <API key>'."
            )
        if len(values) > 1:
            raise _RpcError(16, "Multiple Authorization headers are not allowed.")
        header = values[0]
        scheme = header.split(" ", 1)[0]
        if scheme != "Basic":
            raise _RpcError(
                16, f"Unsupported authorization scheme {scheme!r}; expected 'Basic <API key>'."
            )
        if not hmac.compare_digest(header.encode(), f"Basic {self.api_key}".encode()):
            raise _RpcError(16, "Invalid API key.")

    def _check_write(self, request: web.Request) -> None:
        if request.method in _WRITE_METHODS and not self.write_access:
            raise _RpcError(
                7,
                f"API key has insufficient access level for 'voices' in workspace "
                f"'{self.workspace}'. Current access level in API key: read (r). "
                "Required access level: write (rw).",
            )

    def _check_rate_limit(self) -> None:
        limit = self.rate_limit_per_minute
        if limit is None:
            return
        now = self._clock()
        while self._clone_times and now - self._clone_times[0] >= self.rate_limit_window:
            self._clone_times.popleft()
        if len(self._clone_times) >= limit:
            retry_after = max(1, math.ceil(self._clone_times[0] + self.rate_limit_window - now))
            raise _RpcError(
                8,
                f"Rate limit exceeded: at most {limit} voice clone requests per minute. "
                f"Retry after {retry_after} s.",
                headers={"Retry-After": str(retry_after)},
            )
        self._clone_times.append(now)

    @staticmethod
    def _check_json_content_type(request: web.Request) -> None:
        given = request.headers.get("Content-Type")
        charset = request.charset
        if request.content_type != "application/json" or given is None:
            raise _invalid(f"Content-Type must be application/json (got {given!r})")
        if charset is not None and charset.lower() not in ("utf-8", "utf8"):
            raise _invalid(f"Content-Type charset must be utf-8 (got {charset!r})")

    async def _json_object(self, request: web.Request) -> dict[str, Any]:
        self._check_json_content_type(request)
        value = _parse_json_strict(await request.read())
        if not isinstance(value, dict):
            raise _invalid(f"invalid request body: expected a JSON object, got {_json_type(value)}")
        return value

    # ---------------------------------------------------------------- clone

    def _validate_clone(self, body: dict[str, Any]) -> _CloneRequest:
        _check_fields(body, _CLONE_FIELDS, "")
        for required in ("displayName", "langCode", "voiceSamples"):
            if required not in body:
                raise _invalid(f"{required} is required")
        display_name = _check_display_name(body["displayName"])

        lang = body["langCode"]
        _expect(lang, "string", "langCode")
        if lang == "LANGUAGE_CODE_UNSPECIFIED":
            raise _invalid("langCode must be specified (LANGUAGE_CODE_UNSPECIFIED is not allowed)")
        if lang not in LANGUAGE_CODES:
            raise _invalid(
                f"langCode {lang!r} is not a supported language code; expected one of "
                + ", ".join(LANGUAGE_CODES)
            )

        raw_samples = body["voiceSamples"]
        _expect(raw_samples, "array", "voiceSamples")
        if not raw_samples:
            raise _invalid("voiceSamples must contain at least 1 sample")
        if len(raw_samples) > self.max_samples:
            raise _invalid(
                f"voiceSamples must contain at most {self.max_samples} samples "
                f"(got {len(raw_samples)})"
            )
        samples: list[_Sample] = []
        total = 0
        for i, raw_sample in enumerate(raw_samples):
            path = f"voiceSamples[{i}]"
            _expect(raw_sample, "object", path)
            _check_fields(raw_sample, _SAMPLE_FIELDS, f"{path}.")
            if "audioData" not in raw_sample:
                raise _invalid(f"{path}.audioData is required")
            encoded = raw_sample["audioData"]
            _expect(encoded, "string", f"{path}.audioData")
            if not encoded:
                raise _invalid(f"{path}.audioData must not be empty")
            try:
                audio = base64.b64decode(encoded, validate=True)
            except (binascii.Error, ValueError) as exc:
                raise _invalid(f"{path}.audioData is not valid standard base64 ({exc})") from None
            if len(audio) > self.max_sample_bytes:
                raise _invalid(
                    f"{path}.audioData is too large: {len(audio)} bytes decoded "
                    f"(limit {self.max_sample_bytes} bytes per sample)"
                )
            total += len(audio)
            if total > self.max_total_sample_bytes:
                raise _invalid(
                    f"voiceSamples are too large: {total} bytes decoded in total "
                    f"(limit {self.max_total_sample_bytes} bytes)"
                )
            fmt = _detect_audio_format(audio)
            if fmt is None or (fmt == "webm" and not self.accept_webm):
                detected = "WebM" if fmt == "webm" else _describe_audio(audio)
                expected = "WAV, MP3 or WebM" if self.accept_webm else "WAV or MP3"
                raise _invalid(
                    f"{path}.audioData has an unsupported audio format (detected: {detected}); "
                    f"expected {expected}"
                )
            transcription = raw_sample.get("transcription", "")
            _expect(transcription, "string", f"{path}.transcription")
            samples.append(_Sample(audio, transcription, fmt))

        description = body.get("description", "")
        _expect(description, "string", "description")
        tags = _check_tags(body["tags"]) if "tags" in body else []
        remove_noise = False
        if "audioProcessingConfig" in body:
            config = body["audioProcessingConfig"]
            _expect(config, "object", "audioProcessingConfig")
            _check_fields(config, _AUDIO_PROCESSING_FIELDS, "audioProcessingConfig.")
            if "removeBackgroundNoise" in config:
                remove_noise = config["removeBackgroundNoise"]
                _expect(remove_noise, "boolean", "audioProcessingConfig.removeBackgroundNoise")
        return _CloneRequest(display_name, lang, samples, description, tags, remove_noise)

    def _new_voice_names(self, display_name: str) -> tuple[str, str]:
        slug = _slugify(display_name)
        stamp = datetime.now(UTC).replace(microsecond=0)
        while True:
            voice = f"{slug}_{stamp:%Y%m%d_%H%M%S}z"
            voice_id = f"{self.workspace}__{voice}"
            if voice_id not in self._issued_ids and voice_id not in self.voices:
                self._issued_ids.add(voice_id)
                return voice_id, voice
            stamp += timedelta(seconds=1)

    async def _handle_clone(self, request: web.Request) -> web.Response:
        voice, body = await self._accept_clone(request)
        if voice is not None:
            self.voices[voice["voiceId"]] = voice
        return web.json_response(body)

    async def _accept_clone(
        self, request: web.Request
    ) -> tuple[dict[str, Any] | None, dict[str, Any]]:
        """Check and process a clone: the voice to create (None if none) and the answer."""
        self._check_auth(request)
        self._check_write(request)
        workspace = request.match_info.get("workspace")
        if workspace is not None and workspace != self.workspace:
            raise _RpcError(7, f"API key has no access to workspace '{workspace}'.")
        self._check_rate_limit()
        clone = self._validate_clone(await self._json_object(request))

        validated: list[dict[str, Any]] = []
        for sample in clone.samples:
            warnings, errors = _analyse_wav(sample.audio) if sample.fmt == "wav" else ([], [])
            warnings = warnings + list(self.extra_warnings)
            errors = errors + list(self.extra_errors)
            transcription = ""
            if not errors:
                transcription = sample.transcription or self.transcribe(sample.audio)
            validated.append(
                {
                    "langCode": clone.lang_code,
                    "warnings": [{"text": text} for text in warnings],
                    "errors": [{"text": text} for text in errors],
                    "transcription": transcription,
                    "audioData": base64.b64encode(sample.audio).decode("ascii"),
                }
            )

        if all(entry["errors"] for entry in validated):
            if self.all_samples_failed == "rpc_error":
                details = "; ".join(
                    f"sample {i}: " + ", ".join(e["text"] for e in entry["errors"])
                    for i, entry in enumerate(validated)
                )
                raise _invalid(f"All audio samples failed validation: {details}")
            return None, {"voice": None, "audioSamplesValidated": validated}

        voice_id, voice_name = self._new_voice_names(clone.display_name)
        prompt = _PROMPT_LANGUAGES.get(clone.lang_code)
        voice: dict[str, Any] = {
            "voiceId": voice_id,
            "langCode": clone.lang_code,
            "displayName": clone.display_name,
            "description": clone.description,
            "tags": clone.tags,
            "name": f"workspaces/{self.workspace}/voices/{voice_name}",
            "source": "IVC",
            "gender": "",
            "ageGroup": "",
            "categories": [],
            "promptLanguages": [prompt] if prompt else [],
        }
        return voice, {"voice": voice, "audioSamplesValidated": validated}

    # ---------------------------------------------------------------- voices

    def _lookup(self, voice_id: str) -> dict[str, Any]:
        voice = self.voices.get(voice_id) or self.system_voices.get(voice_id)
        if voice is None:
            raise _RpcError(5, f"Voice '{voice_id}' not found in workspace '{self.workspace}'.")
        return voice

    def _owned(self, voice_id: str) -> dict[str, Any]:
        voice = self._lookup(voice_id)
        if voice.get("source") == "SYSTEM":
            raise _RpcError(7, f"Voice '{voice_id}' is a system voice and cannot be modified.")
        return voice

    @staticmethod
    def _filter(voices: list[dict[str, Any]], expression: str) -> list[dict[str, Any]]:
        if not expression.strip():
            return voices
        for term in re.split(r"\s+AND\s+", expression.strip()):
            match = _FILTER_TERM.match(term)
            if match is None:
                raise _invalid(f"unsupported filter expression {term.strip()!r}")
            name, op, quoted, bare = match.groups()
            key = _FILTER_FIELDS.get(name)
            if key is None:
                raise _invalid(
                    f"unsupported filter field {name!r}; supported: "
                    + ", ".join(sorted(set(_FILTER_FIELDS.values())))
                )
            wanted = quoted if quoted is not None else bare

            def matches(voice: dict[str, Any], key: str = key, wanted: str = wanted) -> bool:
                actual = str(voice.get(key, ""))
                if key == "langCode":
                    norm = wanted.replace("-", "_").upper()
                    return actual == norm or actual.startswith(norm + "_")
                return actual == wanted

            voices = [v for v in voices if matches(v) == (op == "=")]
        return voices

    async def _handle_list(self, request: web.Request) -> web.Response:
        self._check_auth(request)
        params: dict[str, str] = {}
        for name, value in request.query.items():
            canonical = _LIST_QUERY_PARAMS.get(name)
            if canonical is None:
                raise _invalid(f"unknown query parameter {name!r}")
            params[canonical] = value
        filter_ = params.get("filter", "")
        order_by = params.get("orderBy", "")

        page_size = _DEFAULT_PAGE_SIZE
        if "pageSize" in params:
            try:
                page_size = int(params["pageSize"])
            except ValueError:
                raise _invalid(
                    f"pageSize must be an integer (got {params['pageSize']!r})"
                ) from None
            if page_size < 0:
                raise _invalid(f"pageSize must not be negative (got {page_size})")
            page_size = min(page_size or _DEFAULT_PAGE_SIZE, _MAX_PAGE_SIZE)
        offset = 0
        if params.get("pageToken"):
            offset = _decode_page_token(params["pageToken"], filter_, order_by)

        voices = self._filter([*self.system_voices.values(), *self.voices.values()], filter_)
        if order_by.strip():
            parts = order_by.split()
            key = parts[0]
            descending = len(parts) == 2 and parts[1].lower() == "desc"
            if (
                key not in _ORDER_FIELDS
                or len(parts) > 2
                or (len(parts) == 2 and parts[1].lower() not in ("asc", "desc"))
            ):
                raise _invalid(
                    f"unsupported orderBy {order_by!r}; use one of "
                    + ", ".join(_ORDER_FIELDS)
                    + " optionally followed by asc or desc"
                )
            voices = sorted(voices, key=lambda v: str(v.get(key, "")), reverse=descending)
        page = voices[offset : offset + page_size]
        next_offset = offset + len(page)
        next_token = (
            _encode_page_token(next_offset, filter_, order_by) if next_offset < len(voices) else ""
        )
        return web.json_response(
            {"voices": page, "totalSize": len(voices), "nextPageToken": next_token}
        )

    async def _handle_get(self, request: web.Request) -> web.Response:
        self._check_auth(request)
        return web.json_response(self._lookup(request.match_info["voice_id"]))

    async def _handle_patch(self, request: web.Request) -> web.Response:
        self._check_auth(request)
        self._check_write(request)
        voice = self._owned(request.match_info["voice_id"])
        body = await self._json_object(request)
        _check_fields(body, _PATCH_FIELDS, "")
        if not body:
            raise _invalid("nothing to update: set at least one of " + ", ".join(_PATCH_FIELDS))
        updates: dict[str, Any] = {}
        if "displayName" in body:
            updates["displayName"] = _check_display_name(body["displayName"])
        if "description" in body:
            _expect(body["description"], "string", "description")
            updates["description"] = body["description"]
        if "tags" in body:
            updates["tags"] = _check_tags(body["tags"])
        voice.update(updates)
        return web.json_response(voice)

    # ---------------------------------------------------------------- text to speech

    def _validate_tts(
        self, body: dict[str, Any], synthesized: tuple[str, ...] = ("MP3", "LINEAR16")
    ) -> tuple[str, str, str, int]:
        _check_fields(body, _TTS_FIELDS, "")
        for required in ("text", "voiceId", "modelId"):
            if required not in body:
                raise _invalid(f"{required} is required")
        text = body["text"]
        _expect(text, "string", "text")
        if not text.strip():
            raise _invalid("text must not be empty")
        if len(text) > MAX_TTS_CHARS:
            raise _invalid(f"text must be at most {MAX_TTS_CHARS} characters (got {len(text)})")
        _expect(body["voiceId"], "string", "voiceId")
        _expect(body["modelId"], "string", "modelId")
        if body["modelId"] not in self.tts_models:
            raise _invalid(
                f"unknown modelId {body['modelId']!r}; one of " + ", ".join(self.tts_models)
            )
        encoding, rate = "MP3", 24_000
        if "audioConfig" in body:
            config = body["audioConfig"]
            _expect(config, "object", "audioConfig")
            _check_fields(config, _AUDIO_CONFIG_FIELDS, "audioConfig.")
            if "audioEncoding" in config:
                _expect(config["audioEncoding"], "string", "audioConfig.audioEncoding")
                if config["audioEncoding"] not in TTS_ENCODINGS:
                    raise _invalid(f"unknown audioConfig.audioEncoding {config['audioEncoding']!r}")
                encoding = config["audioEncoding"]
            if "sampleRateHertz" in config:
                _expect(config["sampleRateHertz"], "number", "audioConfig.sampleRateHertz")
                rate = int(config["sampleRateHertz"])
                if rate != config["sampleRateHertz"] or not 8_000 <= rate <= 48_000:
                    raise _invalid("audioConfig.sampleRateHertz must be an integer, 8000-48000")
            if "speakingRate" in config:
                _expect(config["speakingRate"], "number", "audioConfig.speakingRate")
                if not 0.5 <= config["speakingRate"] <= 1.5:
                    raise _invalid("audioConfig.speakingRate must be 0.5-1.5")
        if encoding not in synthesized:
            raise _RpcError(
                12, f"the fake synthesizes only {' and '.join(synthesized)} here, not {encoding}"
            )
        return text, body["voiceId"], encoding, rate

    async def _handle_tts(self, request: web.Request) -> web.Response:
        """``POST /tts/v1/voice``: auth, write access, strict body (unknown fields, text of
        1-2000 characters, a known ``modelId``), an existing voice (else 404, code 5); answers
        real, decodable audio: a WAV for LINEAR16, an MP3 (encoded with ffmpeg) otherwise."""
        self._check_auth(request)
        self._check_write(request)
        body = await self._json_object(request)
        text, voice_id, encoding, rate = self._validate_tts(body)
        self._lookup(voice_id)
        seconds = min(10.0, 0.5 + len(text) / 15)
        audio = make_wav(seconds, rate) if encoding == "LINEAR16" else await _mp3(seconds, rate)
        return web.json_response(
            {
                "audioContent": base64.b64encode(audio).decode(),
                "usage": {"processedCharactersCount": len(text), "modelId": body["modelId"]},
                "timestampInfo": {},
            }
        )

    async def _handle_tts_stream(self, request: web.Request) -> web.StreamResponse:
        """``POST /tts/v1/voice:stream``: checked as :meth:`_handle_tts` (an unknown voice is
        404, code 5, before any streaming), LINEAR16 or PCM only. Then a 200 whose body is
        one JSON line per chunk of :func:`tts_reference_pcm`: ``{"result": {"audioContent"}}``,
        each LINEAR16 chunk with its own 44-byte WAV header as Inworld sends them; the last
        line also carries ``usage``. Paced by :attr:`stream_first_chunk_delay` and
        :attr:`stream_chunk_interval`; a mid-stream :class:`Fault` strikes after its chunks."""
        self._check_auth(request)
        self._check_write(request)
        body = await self._json_object(request)
        text, voice_id, encoding, rate = self._validate_tts(body, TTS_STREAM_ENCODINGS)
        self._lookup(voice_id)
        fault: Fault | None = request.get(_STREAM_FAULT)
        pcm = tts_reference_pcm(text, rate)
        size = self.stream_chunk_bytes or 2 * max(1, round(rate * self.stream_chunk_seconds))
        chunks = [pcm[i : i + size] for i in range(0, len(pcm), size)]
        record = StreamRecord(text, voice_id, encoding, rate)
        self.streams.append(record)
        self._stream_event.set()
        response = web.StreamResponse(status=200, headers={"Content-Type": "application/json"})
        if await self._pause(request, self.stream_first_chunk_delay):
            record.finish("stopped" if self._closing.is_set() else "client_gone")
            return self._abort(request)
        await response.prepare(request)
        try:
            end = await self._stream_chunks(request, response, record, chunks, fault, body)
        except ConnectionError:
            end = "client_gone"
        record.finish(end)
        self._stream_event.set()
        if end in ("cut", "client_gone", "stopped"):
            self._abort(request)
        return response

    async def _stream_chunks(
        self,
        request: web.Request,
        response: web.StreamResponse,
        record: StreamRecord,
        chunks: list[bytes],
        fault: Fault | None,
        body: dict[str, Any],
    ) -> StreamEnd:
        for index in range(len(chunks) + 1):
            if fault is not None and fault.after_chunks == index:
                if fault.kind == "stream_error":
                    message = fault.body.decode()
                    await response.write(_line({"error": _rpc_body(fault.code, message)}))
                    await response.write_eof()
                    return "error"
                if fault.kind == "stream_cut":
                    return "cut"
                if fault.kind == "stream_hold" and (end := await self._hold(request, record)):
                    return end
            if index == len(chunks):
                break
            if index and await self._pause(request, self.stream_chunk_interval):
                return "stopped" if self._closing.is_set() else "client_gone"
            chunk = chunks[index]
            audio = _wav_header(len(chunk), record.sample_rate) + chunk
            if record.encoding == "PCM":
                audio = chunk
            result: dict[str, Any] = {"audioContent": base64.b64encode(audio).decode()}
            if index == len(chunks) - 1:
                result["usage"] = {
                    "processedCharactersCount": len(record.text),
                    "modelId": body["modelId"],
                }
            await response.write(_line({"result": result}))
            record.chunks_sent += 1
            record.sent_at.append(time.monotonic())
            self._stream_event.set()
        await response.write_eof()
        return "complete"

    async def _hold(self, request: web.Request, record: StreamRecord) -> StreamEnd | None:
        """Hold a stream until :meth:`release_streams` (None), the client leaves or the fake
        stops. The client's leaving is polled: aiohttp tells a handler only when it writes."""
        releases = self._stream_releases
        record.held = True
        self._stream_event.set()
        try:
            while self._stream_releases == releases:
                if self._closing.is_set():
                    return "stopped"
                if _client_gone(request):
                    return "client_gone"
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._closing.wait(), 0.01)
            return None
        finally:
            record.held = False

    async def _pause(self, request: web.Request, seconds: float) -> bool:
        """Sleep ``seconds`` as a synthesizer would; True when the fake stops or the client
        leaves meanwhile."""
        if seconds > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), seconds)
        else:
            await asyncio.sleep(0)
        return self._closing.is_set() or _client_gone(request)

    async def _handle_delete(self, request: web.Request) -> web.Response:
        self._check_auth(request)
        self._check_write(request)
        voice_id = request.match_info["voice_id"]
        self._owned(voice_id)
        del self.voices[voice_id]
        return web.json_response({})
