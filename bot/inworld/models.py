"""Typed views of the clone API's request and response.

Memory (issue #19): the request body is encoded while it is sent (the samples' base64 never
exists whole, as a ``str`` or bytes), and the processed audio the clone API echoes back
(``audioSamplesValidated[].audioData``, as large as the sample) is not kept: nothing uses it.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

#: Raw bytes base64-encoded per step when writing a body (a multiple of 3: no padding inside).
_B64_STEP = 3 * 16_384


@dataclass(frozen=True)
class CloneSample:
    audio: bytes
    transcription: str | None = None


@dataclass(frozen=True)
class CloneRequest:
    display_name: str
    lang_code: str
    samples: tuple[CloneSample, ...]
    description: str | None = None
    tags: tuple[str, ...] = ()
    remove_background_noise: bool | None = None

    def to_json(self) -> dict[str, Any]:
        """The request body, exactly as the OpenAPI schema names its fields."""
        return self._body([base64.b64encode(s.audio).decode("ascii") for s in self.samples])

    def to_payload(self) -> bytearray:
        """``json.dumps(self.to_json()).encode()``, built without the base64 strings (the
        bytes :meth:`to_stream` sends, in one buffer)."""
        buffer = bytearray()
        for chunk in self.to_stream().chunks():
            buffer += chunk
        return buffer

    def to_stream(self) -> StreamedJson:
        """The same body as :meth:`to_payload`, written while it is sent: the JSON is dumped
        with a marker per sample, and each sample's base64 is encoded in its place a step at a
        time, so a request in flight holds ~64 kB of body instead of its whole base64 (20
        concurrent clones: ~15 MB less at the peak)."""
        marker = f"@audio-{secrets.token_hex(16)}-"
        text = json.dumps(self._body([f"{marker}{i}" for i in range(len(self.samples))]))
        pieces = text.encode().split(f'"{marker}'.encode())
        parts: list[bytes | CloneSample] = [pieces[0]]
        for piece in pieces[1:]:
            index, rest = piece.split(b'"', 1)
            parts += [b'"', self.samples[int(index)], b'"' + rest]
        return StreamedJson(tuple(parts))

    def _body(self, audio_data: list[str]) -> dict[str, Any]:
        body: dict[str, Any] = {
            "displayName": self.display_name,
            "langCode": self.lang_code,
            "voiceSamples": [
                {"audioData": data}
                | ({"transcription": s.transcription} if s.transcription else {})
                for s, data in zip(self.samples, audio_data, strict=True)
            ],
        }
        if self.description:
            body["description"] = self.description
        if self.tags:
            body["tags"] = list(self.tags)
        if self.remove_background_noise is not None:
            body["audioProcessingConfig"] = {"removeBackgroundNoise": self.remove_background_noise}
        return body


@dataclass(frozen=True)
class StreamedJson:
    """A JSON body whose samples' base64 is encoded as it is sent (see
    :meth:`CloneRequest.to_stream`); its length is known up front (a Content-Length, not
    chunked), and :meth:`chunks` starts over for each attempt."""

    parts: tuple[bytes | CloneSample, ...]

    @property
    def size(self) -> int:
        return sum(
            len(p) if isinstance(p, bytes) else 4 * ((len(p.audio) + 2) // 3) for p in self.parts
        )

    def chunks(self) -> Iterator[bytes]:
        for part in self.parts:
            if isinstance(part, bytes):
                yield part
                continue
            audio = memoryview(part.audio)  # slices without copies
            for start in range(0, len(audio), _B64_STEP):
                yield binascii.b2a_base64(audio[start : start + _B64_STEP], newline=False)

    async def stream(self) -> AsyncIterator[bytes]:
        """:meth:`chunks` for aiohttp (each a few microseconds of base64 on the loop)."""
        for chunk in self.chunks():
            yield chunk


@dataclass(frozen=True)
class Voice:
    voice_id: str
    display_name: str
    lang_code: str | None
    name: str | None
    source: str | None
    description: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class SampleValidation:
    """The API's report on one sample (its echo of the processed audio is not kept)."""

    warnings: tuple[str, ...]
    errors: tuple[str, ...]
    transcription: str | None
    lang_code: str | None


@dataclass(frozen=True)
class CloneResult:
    """``voice`` is None when the API validated the samples but created nothing."""

    voice: Voice | None
    samples: tuple[SampleValidation, ...]


class MalformedResponse(ValueError):
    """The body did not match the documented schema."""


def _texts(items: Any, what: str) -> tuple[str, ...]:
    if items is None:
        return ()
    if not isinstance(items, list):
        raise MalformedResponse(f"{what} is not a list")
    texts = []
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("text"), str):
            texts.append(item["text"])
        elif isinstance(item, str):
            texts.append(item)
    return tuple(texts)


def _optional_str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) and value else None


def parse_voice(data: Any) -> Voice:
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("voiceId"), str)
        or not data["voiceId"]
    ):
        raise MalformedResponse("voice has no voiceId")
    tags = data.get("tags") or []
    return Voice(
        voice_id=data["voiceId"],
        display_name=_optional_str(data, "displayName") or data["voiceId"],
        lang_code=_optional_str(data, "langCode"),
        name=_optional_str(data, "name"),
        source=_optional_str(data, "source"),
        description=_optional_str(data, "description"),
        tags=tuple(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else (),
    )


def _parse_sample(data: Any) -> SampleValidation:
    if not isinstance(data, dict):
        raise MalformedResponse("audioSamplesValidated item is not an object")
    return SampleValidation(
        warnings=_texts(data.get("warnings"), "warnings"),
        errors=_texts(data.get("errors"), "errors"),
        transcription=_optional_str(data, "transcription"),
        lang_code=_optional_str(data, "langCode"),
    )


def parse_clone_response(data: Any) -> CloneResult:
    if not isinstance(data, dict):
        raise MalformedResponse("response is not a JSON object")
    samples = data.get("audioSamplesValidated") or []
    if not isinstance(samples, list):
        raise MalformedResponse("audioSamplesValidated is not a list")
    voice = parse_voice(data["voice"]) if data.get("voice") else None
    parsed = tuple(_parse_sample(s) for s in samples)
    if voice is None and not parsed:
        raise MalformedResponse("response has neither a voice nor sample validation")
    return CloneResult(voice=voice, samples=parsed)


@dataclass(frozen=True)
class VoicePage:
    """One page of GET /voices/v1/voices; ``next_page_token`` is "" on the last page."""

    voices: tuple[Voice, ...]
    next_page_token: str


def parse_voice_page(data: Any) -> VoicePage:
    """A list answer; voices without an id are skipped (they cannot be anyone's clone)."""
    if not isinstance(data, dict):
        raise MalformedResponse("voice list is not a JSON object")
    items = data.get("voices") or []
    if not isinstance(items, list):
        raise MalformedResponse("voices is not a list")
    voices = []
    for item in items:
        try:
            voices.append(parse_voice(item))
        except MalformedResponse:
            continue
    token = data.get("nextPageToken") or ""
    if not isinstance(token, str):
        raise MalformedResponse("nextPageToken is not a string")
    return VoicePage(voices=tuple(voices), next_page_token=token)


@dataclass(frozen=True)
class Speech:
    """Audio synthesized by ``POST /tts/v1/voice``."""

    audio: bytes = field(repr=False)
    encoding: str
    model_id: str | None
    characters: int | None


def parse_speech(data: Any, encoding: str) -> Speech:
    if not isinstance(data, dict) or not isinstance(data.get("audioContent"), str):
        raise MalformedResponse("speech has no audioContent")
    try:
        audio = base64.b64decode(data["audioContent"], validate=True)
    except (ValueError, binascii.Error):
        raise MalformedResponse("audioContent is not base64") from None
    if not audio:
        raise MalformedResponse("audioContent is empty")
    raw_usage = data.get("usage")
    usage: dict[str, Any] = raw_usage if isinstance(raw_usage, dict) else {}
    count = usage.get("processedCharactersCount")
    return Speech(
        audio=audio,
        encoding=encoding,
        model_id=_optional_str(usage, "modelId"),
        characters=count if isinstance(count, int) and not isinstance(count, bool) else None,
    )
