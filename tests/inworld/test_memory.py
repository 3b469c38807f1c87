"""Memory of a clone call (issue #19): what the client builds, reads and keeps, traced.

Twenty requests may be at the API at once, each with about 1 MB of base64 going out and as
much coming back; these tests pin down that each holds one copy at most, and none after.
"""

from __future__ import annotations

import base64
import json
import tracemalloc
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from bot.inworld import CloneRequest, CloneSample, InworldClient
from bot.inworld.models import parse_clone_response

AUDIO = bytes(range(256)) * 4096  # 1 MiB of "WAV"
B64 = len(base64.b64encode(AUDIO))


def traced(build: Callable[[], Any]) -> tuple[Any, int, int]:
    """``build()``'s result, the peak traced while it ran and what it left allocated."""
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        result = build()
        after, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak - before, after - before


def answer(samples: int) -> bytes:
    """A clone answer as the API sends it: each sample's processed audio echoed back."""
    validated = [
        {
            "langCode": "EN_US",
            "warnings": [{"text": "short"}],
            "errors": [],
            "transcription": "Hello there.",
            "audioData": base64.b64encode(AUDIO).decode(),
        }
        for _ in range(samples)
    ]
    voice = {"voiceId": "ws__v1", "displayName": "V", "langCode": "EN_US", "source": "IVC"}
    return json.dumps({"voice": voice, "audioSamplesValidated": validated}).encode()


def test_a_parsed_clone_answer_keeps_no_audio() -> None:
    raw = bytearray(answer(samples=2))

    def parse() -> Any:
        return parse_clone_response(InworldClient._decode(raw))

    result, _, kept = traced(parse)
    assert result.voice.voice_id == "ws__v1"
    assert [s.transcription for s in result.samples] == ["Hello there."] * 2
    assert [s.warnings for s in result.samples] == [("short",)] * 2
    assert kept < 50_000  # was two decoded samples (2 MiB)


def test_decoding_an_answer_holds_one_sample_of_base64_at_a_time() -> None:
    tracemalloc.start()  # before the body exists: its release is seen
    try:
        raw = bytearray(answer(samples=3))
        size = len(raw)
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        body = InworldClient._decode(raw)
        _, peak = tracemalloc.get_traced_memory()
        peak -= before
    finally:
        tracemalloc.stop()
    assert all("audioData" not in s for s in body["audioSamplesValidated"])
    assert not raw  # released once decoded: the text replaces it
    # The body's text, then one sample's base64 at a time (in the room the bytes left); was
    # the text beside the bytes, and all three strings (size + 3 x B64).
    assert peak < size + 0.5 * B64


@pytest.mark.parametrize(
    "name",
    ["Test Voice", 'quote " and @audio-0" marker', "ünïcödé \u2028 \\ end"],
)
def test_the_payload_is_the_json_body_encoded(name: str) -> None:
    request = CloneRequest(
        display_name=name,
        lang_code="EN_US",
        samples=(CloneSample(b"\x00\x01\x02" * 70_000 + b"x", "Hi."), CloneSample(b"RIFF")),
        description="d",
        tags=("a", "b"),
        remove_background_noise=False,
    )
    assert request.to_payload() == json.dumps(request.to_json()).encode()


def test_the_payload_is_built_as_one_buffer() -> None:
    request = CloneRequest("V", "EN_US", (CloneSample(AUDIO, "Hello."),))
    payload, peak, _ = traced(request.to_payload)
    assert len(payload) > B64
    assert peak < 1.3 * B64  # was the base64 str, the dumped str and the bytes (3 x B64)


class _Content:
    def __init__(self, body: bytes) -> None:
        self.body = body

    async def iter_chunked(self, size: int) -> AsyncIterator[bytes]:
        for start in range(0, len(self.body), size):
            yield self.body[start : start + size]


class _Response:
    status = 200
    content_length = None

    def __init__(self, body: bytes) -> None:
        self.content = _Content(body)


async def test_an_answer_is_read_without_a_copy() -> None:
    body = answer(samples=1)
    response: Any = _Response(body)
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before, _ = tracemalloc.get_traced_memory()
        raw = await InworldClient._read_capped(response)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert raw == body
    assert peak - before < 1.5 * len(body)  # was the bytearray and its bytes copy (2x)


def test_sending_a_clone_body_holds_one_step_of_base64() -> None:
    """The client sends ``to_stream()``: a request in flight holds a step of base64 at a time
    (was the whole body, ~1.33 x the sample, for as long as the API took to answer)."""
    request = CloneRequest("V", "EN_US", (CloneSample(AUDIO, "Hello."),))
    stream = request.to_stream()

    def send() -> int:
        return sum(len(chunk) for chunk in stream.chunks())

    sent, peak, _ = traced(send)
    assert sent == stream.size == len(request.to_payload())
    assert peak < 0.2 * B64  # one step's base64 and the body's text
