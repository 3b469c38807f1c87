"""Tests of the fake Inworld Voice API itself (tests/fakes/inworld_server.py)."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import re
import struct
import time
import wave
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import numpy as np
import pytest

from tests.fakes.inworld_server import (
    GRPC_HTTP_STATUS,
    LANGUAGE_CODES,
    MAX_DISPLAY_NAME_CHARS,
    FakeInworld,
    Fault,
    make_wav,
    tts_reference_pcm,
)

CLONE = "/voices/v1/voices:clone"
LEGACY_CLONE = "/voices/v1/workspaces/test_ws/voices:clone"
AUTH = {"Authorization": "Basic test-inworld-key"}
VOICE_ID_RE = re.compile(r"^test_ws__([a-z0-9_]+)_(\d{8}_\d{6})z$")
WAV_6S = make_wav(6.0)
MP3_STUB = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + bytes(400)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def clone_body(*samples: bytes, name: str = "Test Voice", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "displayName": name,
        "langCode": "EN_US",
        "voiceSamples": [{"audioData": b64(s)} for s in (samples or (WAV_6S,))],
    }
    body.update(extra)
    return body


@pytest.fixture
async def fake() -> AsyncIterator[FakeInworld]:
    async with FakeInworld() as server:
        yield server


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as s:
        yield s


async def call(
    session: aiohttp.ClientSession,
    fake: FakeInworld,
    method: str,
    path: str,
    *,
    json_body: Any = None,
    data: bytes | str | None = None,
    headers: dict[str, str] | None = None,
    params: dict[str, str] | None = None,
) -> tuple[int, Any, Any]:
    """Send a request and return (status, parsed JSON or text, headers)."""
    hdrs = dict(AUTH if headers is None else headers)
    async with session.request(
        method, fake.url + path, json=json_body, data=data, headers=hdrs, params=params
    ) as resp:
        text = await resp.text()
        try:
            payload: Any = json.loads(text)
        except ValueError:
            payload = text
        return resp.status, payload, resp.headers


async def clone(
    session: aiohttp.ClientSession, fake: FakeInworld, body: Any, **kwargs: Any
) -> tuple[int, Any, Any]:
    return await call(session, fake, "POST", CLONE, json_body=body, **kwargs)


def assert_rpc(status: int, payload: Any, code: int, http: int, fragment: str = "") -> None:
    assert status == http, payload
    assert isinstance(payload, dict), payload
    assert set(payload) == {"code", "message", "details"}
    assert payload["code"] == code
    assert payload["details"] == []
    assert fragment in payload["message"], payload["message"]


# ------------------------------------------------------------------------------------ make_wav


def test_make_wav_header_and_level() -> None:
    data = make_wav(6.0, rate=22050, channels=2, amplitude=0.5)
    with wave.open(io.BytesIO(data)) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (2, 2, 22050)
        assert w.getnframes() == 6 * 22050
        pcm = np.frombuffer(w.readframes(w.getnframes()), "<i2")
    assert abs(int(np.max(np.abs(pcm))) - round(0.5 * 32767)) <= 1
    assert make_wav(6.0) == make_wav(6.0)  # deterministic
    silent = make_wav(1.0, amplitude=0.0)
    with wave.open(io.BytesIO(silent)) as w:
        assert not any(w.readframes(w.getnframes()))


# ------------------------------------------------------------------------------------ success


async def test_clone_success_shape(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    wav = make_wav(12.0)
    body = clone_body(
        wav,
        name="My Voice: Déjà vu!",
        description="A test voice.",
        tags=["demo", "clone"],
        audioProcessingConfig={"removeBackgroundNoise": True},
    )
    body["voiceSamples"][0]["transcription"] = "Hello there."
    status, payload, headers = await clone(session, fake, body)
    assert status == 200, payload
    assert headers["Content-Type"].startswith("application/json")
    assert set(payload) == {"voice", "audioSamplesValidated"}
    voice = payload["voice"]
    match = VOICE_ID_RE.match(voice["voiceId"])
    assert match is not None, voice["voiceId"]
    assert match.group(1) == "my_voice_deja_vu"
    voice_name = voice["voiceId"].split("__", 1)[1]
    assert voice == {
        "voiceId": voice["voiceId"],
        "langCode": "EN_US",
        "displayName": "My Voice: Déjà vu!",
        "description": "A test voice.",
        "tags": ["demo", "clone"],
        "name": f"workspaces/test_ws/voices/{voice_name}",
        "source": "IVC",
        "gender": "",
        "ageGroup": "",
        "categories": [],
        "promptLanguages": ["en-US"],
    }
    assert payload["audioSamplesValidated"] == [
        {
            "langCode": "EN_US",
            "warnings": [],
            "errors": [],
            "transcription": "Hello there.",
            "audioData": b64(wav),
        }
    ]
    assert fake.voices[voice["voiceId"]] == voice

    (rec,) = fake.clone_requests
    assert rec.method == "POST" and rec.path == CLONE
    assert rec.header("authorization") == "Basic test-inworld-key"
    assert rec.body == body
    assert json.loads(rec.raw) == body
    assert rec.samples == [wav]
    assert rec.status == 200
    assert rec.received_at <= time.monotonic()


async def test_clone_generated_transcription_and_defaults(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    status, payload, _ = await clone(session, fake, clone_body(WAV_6S, MP3_STUB))
    assert status == 200, payload
    voice = payload["voice"]
    assert voice["description"] == "" and voice["tags"] == []
    samples = payload["audioSamplesValidated"]
    assert len(samples) == 2
    assert all(s["transcription"] for s in samples)
    assert samples[1]["audioData"] == b64(MP3_STUB)
    assert samples[1]["warnings"] == [] and samples[1]["errors"] == []


async def test_clone_legacy_path(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    status, payload, _ = await call(session, fake, "POST", LEGACY_CLONE, json_body=clone_body())
    assert status == 200, payload
    assert payload["voice"]["voiceId"].startswith("test_ws__")
    status, payload, _ = await call(
        session,
        fake,
        "POST",
        "/voices/v1/workspaces/other_ws/voices:clone",
        json_body=clone_body(),
    )
    assert_rpc(status, payload, 7, 403, "other_ws")
    assert len(fake.clone_requests) == 2


async def test_voice_ids_unique_for_same_name(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    ids = []
    for _ in range(3):
        status, payload, _ = await clone(session, fake, clone_body(name="Same"))
        assert status == 200
        ids.append(payload["voice"]["voiceId"])
    assert len(set(ids)) == 3
    assert all(VOICE_ID_RE.match(i) for i in ids)
    assert sorted(fake.voices) == sorted(ids)


async def test_non_ascii_name_slug(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    status, payload, _ = await clone(session, fake, clone_body(name="声音", langCode="ZH_CN"))
    assert status == 200
    match = VOICE_ID_RE.match(payload["voice"]["voiceId"])
    assert match is not None and match.group(1) == "voice"
    assert payload["voice"]["promptLanguages"] == ["zh-CN"]


# ------------------------------------------------------------------------------ sample analysis


def _clipped_wav(seconds: float = 6.0, rate: int = 24000) -> bytes:
    """A square wave at full scale: every sample clips."""
    pcm = np.where(np.sin(np.arange(int(seconds * rate)) / 10) >= 0, 32767, -32768)
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.astype("<i2").tobytes())
    return buf.getvalue()


@pytest.mark.parametrize(
    ("wav", "fragment"),
    [
        (make_wav(3.0), "shorter than the recommended 10-15 seconds"),
        (make_wav(16.0, rate=16000), "longer than 15 seconds will be truncated"),
        (make_wav(6.0, rate=8000), "Low sample rate (8000 Hz)"),
        (make_wav(6.0, channels=2), "2 channels"),
        (_clipped_wav(), "clipping"),
    ],
    ids=["short", "long", "low-rate", "stereo", "clipping"],
)
async def test_sample_warnings(
    fake: FakeInworld, session: aiohttp.ClientSession, wav: bytes, fragment: str
) -> None:
    status, payload, _ = await clone(session, fake, clone_body(wav))
    assert status == 200, payload
    (sample,) = payload["audioSamplesValidated"]
    assert sample["errors"] == []
    texts = [w["text"] for w in sample["warnings"]]
    assert len(texts) == 1 and fragment in texts[0], texts


def _float_wav(seconds: float, rate: int = 24000) -> bytes:
    """IEEE-float WAV, which the wave module cannot read (exercises the RIFF fallback)."""
    t = np.arange(int(seconds * rate)) / rate
    data = (0.3 * np.sin(2 * np.pi * 200 * t)).astype("<f4").tobytes()
    fmt = struct.pack("<HHIIHH", 3, 1, rate, rate * 4, 4, 32)
    chunks = b"fmt " + struct.pack("<I", len(fmt)) + fmt
    chunks += b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks


async def test_float_wav_is_analysed(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    status, payload, _ = await clone(session, fake, clone_body(_float_wav(3.0)))
    assert status == 200, payload
    (sample,) = payload["audioSamplesValidated"]
    assert sample["errors"] == []
    assert "shorter than" in sample["warnings"][0]["text"]


async def test_undecodable_and_empty_wav_are_sample_errors(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    broken = b"RIFF\x10\x00\x00\x00WAVEjunkjunk"
    empty = make_wav(0.0)
    status, payload, _ = await clone(session, fake, clone_body(broken, empty, WAV_6S))
    assert status == 200, payload
    first, second, third = payload["audioSamplesValidated"]
    assert first["errors"][0]["text"].startswith("Audio could not be decoded")
    assert second["errors"] == [{"text": "Audio sample contains no audio frames."}]
    assert third["errors"] == []
    assert first["transcription"] == ""
    assert payload["voice"]["source"] == "IVC"


async def test_silent_sample_partial_failure_still_clones(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    silent = make_wav(6.0, amplitude=0.0)
    status, payload, _ = await clone(session, fake, clone_body(WAV_6S, silent))
    assert status == 200, payload
    good, bad = payload["audioSamplesValidated"]
    assert good["errors"] == []
    assert bad["errors"] == [{"text": "No speech detected in the audio sample."}]
    assert payload["voice"] is not None
    assert len(fake.voices) == 1


async def test_all_samples_failed_default_is_200_without_voice(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    silent = make_wav(6.0, amplitude=0.0)
    status, payload, _ = await clone(session, fake, clone_body(silent, silent))
    assert status == 200, payload
    assert payload["voice"] is None
    assert [s["errors"][0]["text"] for s in payload["audioSamplesValidated"]] == [
        "No speech detected in the audio sample."
    ] * 2
    assert fake.voices == {}


async def test_all_samples_failed_rpc_error_mode(session: aiohttp.ClientSession) -> None:
    async with FakeInworld(all_samples_failed="rpc_error") as fake:
        status, payload, _ = await clone(session, fake, clone_body(make_wav(6.0, amplitude=0.0)))
        assert_rpc(status, payload, 3, 400, "All audio samples failed validation")
        assert "sample 0: No speech detected" in payload["message"]
        assert fake.voices == {}


async def test_extra_warnings_and_errors(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    fake.extra_warnings = ["Background noise detected."]
    status, payload, _ = await clone(session, fake, clone_body(WAV_6S, MP3_STUB))
    assert status == 200
    for sample in payload["audioSamplesValidated"]:
        assert sample["warnings"] == [{"text": "Background noise detected."}]
    fake.extra_errors = ["Multiple speakers detected."]
    status, payload, _ = await clone(session, fake, clone_body(WAV_6S))
    assert status == 200
    assert payload["voice"] is None
    assert payload["audioSamplesValidated"][0]["errors"] == [
        {"text": "Multiple speakers detected."}
    ]


# ------------------------------------------------------------------------------ validation


def _body_without(key: str) -> dict[str, Any]:
    body = clone_body()
    del body[key]
    return body


def _sample(**fields: Any) -> dict[str, Any]:
    return clone_body() | {"voiceSamples": [fields]}


_WAV_B64 = b64(WAV_6S)

VALIDATION_CASES: list[tuple[str, Any, str]] = [
    ("array-body", [clone_body()], "expected a JSON object, got array"),
    ("unknown-field", clone_body(voiceName="x"), 'unknown field "voiceName"'),
    ("snake-case", clone_body(display_name="x"), 'did you mean "displayName"'),
    ("missing-name", _body_without("displayName"), "displayName is required"),
    ("missing-lang", _body_without("langCode"), "langCode is required"),
    ("missing-samples", _body_without("voiceSamples"), "voiceSamples is required"),
    ("name-null", clone_body(displayName=None), "displayName must be a string, got null"),
    ("name-number", clone_body(displayName=3), "displayName must be a string, got number"),
    ("name-blank", clone_body(displayName="   "), "displayName must not be empty"),
    (
        "name-too-long",
        clone_body(displayName="x" * (MAX_DISPLAY_NAME_CHARS + 1)),
        f"at most {MAX_DISPLAY_NAME_CHARS} characters",
    ),
    ("lang-unspecified", clone_body(langCode="LANGUAGE_CODE_UNSPECIFIED"), "must be specified"),
    ("lang-bcp47", clone_body(langCode="en-US"), "'en-US' is not a supported language code"),
    ("lang-int", clone_body(langCode=1), "langCode must be a string, got number"),
    ("samples-object", clone_body(voiceSamples={}), "voiceSamples must be an array"),
    ("samples-empty", clone_body(voiceSamples=[]), "at least 1 sample"),
    (
        "samples-too-many",
        clone_body(*[make_wav(0.5)] * 4),
        "at most 3 samples (got 4)",
    ),
    ("sample-string", clone_body(voiceSamples=[_WAV_B64]), "voiceSamples[0] must be an object"),
    ("sample-unknown", _sample(audioData=_WAV_B64, mimeType="x"), '"voiceSamples[0].mimeType"'),
    ("audio-missing", _sample(transcription="hi"), "voiceSamples[0].audioData is required"),
    ("audio-empty", _sample(audioData=""), "voiceSamples[0].audioData must not be empty"),
    ("audio-number", _sample(audioData=5), "audioData must be a string, got number"),
    ("audio-bad-b64", _sample(audioData="not base64!"), "is not valid standard base64"),
    ("audio-no-padding", _sample(audioData=b64(b"RIFF").rstrip("=")), "base64"),
    ("audio-urlsafe", _sample(audioData="-_-_"), "is not valid standard base64"),
    ("audio-newlines", _sample(audioData=base64.encodebytes(WAV_6S).decode()), "base64"),
    ("audio-ogg", _sample(audioData=b64(b"OggS" + bytes(64))), "(detected: Ogg)"),
    ("audio-text", _sample(audioData=b64(b"hello world, not audio")), "unsupported audio"),
    (
        "transcription-type",
        _sample(audioData=_WAV_B64, transcription=["hi"]),
        "voiceSamples[0].transcription must be a string, got array",
    ),
    ("description-type", clone_body(description=1), "description must be a string"),
    ("tags-string", clone_body(tags="a,b"), "tags must be an array, got string"),
    ("tags-item", clone_body(tags=["a", 2]), "tags[1] must be a string, got number"),
    ("apc-type", clone_body(audioProcessingConfig=True), "audioProcessingConfig must be an object"),
    (
        "apc-unknown",
        clone_body(audioProcessingConfig={"denoise": True}),
        '"audioProcessingConfig.denoise"',
    ),
    (
        "apc-bool",
        clone_body(audioProcessingConfig={"removeBackgroundNoise": "true"}),
        "removeBackgroundNoise must be a boolean, got string",
    ),
]


@pytest.mark.parametrize(
    ("body", "fragment"),
    [(body, fragment) for _, body, fragment in VALIDATION_CASES],
    ids=[case_id for case_id, _, _ in VALIDATION_CASES],
)
async def test_clone_validation_errors(
    fake: FakeInworld, session: aiohttp.ClientSession, body: Any, fragment: str
) -> None:
    status, payload, _ = await clone(session, fake, body)
    assert_rpc(status, payload, 3, 400, fragment)
    assert fake.voices == {}


@pytest.mark.parametrize(
    ("data", "content_type", "fragment"),
    [
        (b"{}", None, "Content-Type must be application/json"),
        (b'{"displayName": "x"}', "text/plain", "Content-Type must be application/json"),
        (b"{}", "application/json; charset=latin-1", "charset must be utf-8"),
        (b"", "application/json", "the body is empty"),
        (b'{"displayName": ', "application/json", "malformed JSON at line 1"),
        (b'{"displayName": "a", "displayName": "b"}', "application/json", "duplicate field"),
        (b'{"displayName": NaN}', "application/json", "NaN is not valid JSON"),
        (b'{"displayName": "\xff"}', "application/json", "not valid UTF-8"),
    ],
    ids=["no-ct", "text-plain", "latin1", "empty", "truncated", "dup-key", "nan", "bad-utf8"],
)
async def test_clone_body_parsing_errors(
    fake: FakeInworld,
    session: aiohttp.ClientSession,
    data: bytes,
    content_type: str | None,
    fragment: str,
) -> None:
    headers = dict(AUTH)
    if content_type is not None:
        headers["Content-Type"] = content_type
    # skip_auto_headers keeps aiohttp from adding application/octet-stream
    async with session.post(
        fake.url + CLONE, data=data, headers=headers, skip_auto_headers=["Content-Type"]
    ) as resp:
        payload = await resp.json()
    assert_rpc(resp.status, payload, 3, 400, fragment)


async def test_charset_utf8_is_accepted(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    headers = {**AUTH, "Content-Type": "application/json; charset=UTF-8"}
    data = json.dumps(clone_body()).encode()
    status, payload, _ = await call(session, fake, "POST", CLONE, data=data, headers=headers)
    assert status == 200, payload


async def test_sample_size_limits(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    fake.max_sample_bytes = len(WAV_6S) - 1
    status, payload, _ = await clone(session, fake, clone_body())
    assert_rpc(status, payload, 3, 400, f"{len(WAV_6S)} bytes decoded")
    assert "per sample" in payload["message"]
    fake.max_sample_bytes = len(WAV_6S)
    fake.max_total_sample_bytes = 2 * len(WAV_6S) - 1
    status, payload, _ = await clone(session, fake, clone_body(WAV_6S, WAV_6S))
    assert_rpc(status, payload, 3, 400, "in total")


async def test_webm_accepted_unless_disabled(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    webm = b"\x1a\x45\xdf\xa3" + bytes(100)
    status, payload, _ = await clone(session, fake, clone_body(webm))
    assert status == 200, payload
    fake.accept_webm = False
    status, payload, _ = await clone(session, fake, clone_body(webm))
    assert_rpc(status, payload, 3, 400, "expected WAV or MP3")


async def test_body_size_limit(session: aiohttp.ClientSession) -> None:
    async with FakeInworld(max_body_bytes=64 * 1024) as fake:
        body = clone_body(make_wav(3.0))  # ~190 KB of base64
        status, payload, _ = await clone(session, fake, body)
        assert_rpc(status, payload, 3, 413, "request body too large")
        assert fake.clone_requests[0].raw == b""


# ------------------------------------------------------------------------------ auth


@pytest.mark.parametrize(
    ("headers", "fragment"),
    [
        ({}, "Missing Authorization header"),
        ({"Authorization": "Basic wrong-key"}, "Invalid API key"),
        ({"Authorization": "Bearer test-inworld-key"}, "scheme 'Bearer'"),
        ({"Authorization": "basic test-inworld-key"}, "scheme 'basic'"),
        ({"Authorization": "Basic  test-inworld-key"}, "Invalid API key"),
        ({"Authorization": "test-inworld-key"}, "expected 'Basic <API key>'"),
    ],
    ids=["missing", "wrong-key", "bearer", "lowercase", "double-space", "bare-key"],
)
@pytest.mark.parametrize("method", ["POST", "GET"])
async def test_auth_errors(
    fake: FakeInworld,
    session: aiohttp.ClientSession,
    headers: dict[str, str],
    fragment: str,
    method: str,
) -> None:
    path = CLONE if method == "POST" else "/voices/v1/voices"
    body = clone_body() if method == "POST" else None
    status, payload, _ = await call(session, fake, method, path, json_body=body, headers=headers)
    assert_rpc(status, payload, 16, 401, fragment)
    assert fake.voices == {}


async def test_custom_api_key(session: aiohttp.ClientSession) -> None:
    async with FakeInworld(api_key="abc123==") as fake:
        assert fake.api_key == "abc123=="
        hdrs = {"Authorization": "Basic abc123=="}
        status, _, _ = await call(session, fake, "GET", "/voices/v1/voices", headers=hdrs)
        assert status == 200
        status, _, _ = await call(session, fake, "GET", "/voices/v1/voices")
        assert status == 401


async def test_read_only_key(session: aiohttp.ClientSession) -> None:
    async with FakeInworld(write_access=False) as fake:
        fake.voices["test_ws__v"] = {"voiceId": "test_ws__v", "source": "IVC"}
        expected = (
            "API key has insufficient access level for 'voices' in workspace 'test_ws'. "
            "Current access level in API key: read (r). Required access level: write (rw)."
        )
        for method, path, body in [
            ("POST", CLONE, clone_body()),
            ("POST", LEGACY_CLONE, clone_body()),
            ("PATCH", "/voices/v1/voices/test_ws__v", {"displayName": "x"}),
            ("DELETE", "/voices/v1/voices/test_ws__v", None),
        ]:
            status, payload, _ = await call(session, fake, method, path, json_body=body)
            assert_rpc(status, payload, 7, 403)
            assert payload["message"] == expected
        status, payload, _ = await call(session, fake, "GET", "/voices/v1/voices/test_ws__v")
        assert status == 200
        assert "test_ws__v" in fake.voices


# ------------------------------------------------------------------------------ faults


async def test_fault_http_variants(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    fake.enqueue(
        Fault.http(500, {"error": "boom"}),
        Fault.http(503, "try later", headers={"X-Test": "1"}, content_type="text/plain"),
        Fault.http(204),
        Fault.http(418, b"\x00\x01", content_type="application/octet-stream"),
        Fault.http(200, "{}", content_type="application/json; charset=utf-8"),
        Fault.http(200, "{}", headers={"content-type": "text/x-custom"}),
    )
    assert fake.pending_faults == 6
    status, payload, _ = await clone(session, fake, clone_body())
    assert (status, payload) == (500, {"error": "boom"})
    status, payload, headers = await clone(session, fake, clone_body())
    assert (status, payload, headers["X-Test"]) == (503, "try later", "1")
    assert headers["Content-Type"].startswith("text/plain")
    status, payload, _ = await clone(session, fake, clone_body())
    assert (status, payload) == (204, "")
    async with session.post(fake.url + CLONE, json=clone_body(), headers=AUTH) as resp:
        assert (resp.status, await resp.read()) == (418, b"\x00\x01")
    for content_type in ("application/json; charset=utf-8", "text/x-custom"):
        async with session.post(fake.url + CLONE, json=clone_body(), headers=AUTH) as resp:
            assert resp.headers["Content-Type"] == content_type
    assert fake.pending_faults == 0
    status, payload, _ = await clone(session, fake, clone_body())
    assert status == 200, payload  # queue drained: normal handling again
    assert [r.status for r in fake.clone_requests] == [500, 503, 204, 418, 200, 200, 200]
    assert len(fake.voices) == 1


async def test_faults_are_fifo_and_only_for_clone(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    fake.enqueue(Fault.rpc(14, "first"))
    fake.enqueue(Fault.rpc(13, "second"))
    status, _, _ = await call(session, fake, "GET", "/voices/v1/voices")
    assert status == 200
    assert fake.pending_faults == 2
    status, payload, _ = await call(session, fake, "POST", LEGACY_CLONE, json_body=clone_body())
    assert_rpc(status, payload, 14, 503, "first")
    status, payload, _ = await clone(session, fake, clone_body())
    assert_rpc(status, payload, 13, 500, "second")
    with pytest.raises(TypeError):
        fake.enqueue("not a fault")  # type: ignore[arg-type]


async def test_faults_precede_auth(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    fake.enqueue(Fault.rpc(14, "down"))
    status, payload, _ = await clone(session, fake, clone_body(), headers={})
    assert_rpc(status, payload, 14, 503, "down")


@pytest.mark.parametrize(("code", "http"), sorted(GRPC_HTTP_STATUS.items())[1:])
async def test_fault_rpc_status_mapping(
    fake: FakeInworld, session: aiohttp.ClientSession, code: int, http: int
) -> None:
    fake.enqueue(Fault.rpc(code, f"code {code}"))
    status, payload, headers = await clone(session, fake, clone_body())
    assert_rpc(status, payload, code, http, f"code {code}")
    assert headers["Content-Type"].startswith("application/json")


async def test_fault_rpc_explicit_status_and_unknown_code(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    fake.enqueue(Fault.rpc(8, "quota", http_status=400), Fault.rpc(99, "odd"))
    status, payload, _ = await clone(session, fake, clone_body())
    assert_rpc(status, payload, 8, 400, "quota")
    status, payload, _ = await clone(session, fake, clone_body())
    assert_rpc(status, payload, 99, 500, "odd")


@pytest.mark.parametrize(
    ("retry_after", "header"),
    [
        (None, None),
        (2, "2"),
        (1.5, "1.5"),
        ("Wed, 21 Oct 2015 07:28:00 GMT", "Wed, 21 Oct 2015 07:28:00 GMT"),
        ("x", "x"),
    ],
    ids=["none", "int", "float", "http-date", "garbage"],
)
async def test_fault_rate_limited(
    fake: FakeInworld,
    session: aiohttp.ClientSession,
    retry_after: float | str | None,
    header: str | None,
) -> None:
    fake.enqueue(Fault.rate_limited(retry_after))
    status, payload, headers = await clone(session, fake, clone_body())
    assert_rpc(status, payload, 8, 429)
    assert headers.get("Retry-After") == header


async def test_fault_non_json(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    fake.enqueue(Fault.non_json(), Fault.non_json(504))
    status, payload, headers = await clone(session, fake, clone_body())
    assert status == 502
    assert headers["Content-Type"].startswith("text/html")
    assert "<title>502 Bad Gateway</title>" in payload
    status, payload, _ = await clone(session, fake, clone_body())
    assert status == 504 and "Gateway Timeout" in payload


async def test_fault_malformed_json_and_missing_voice(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    fake.enqueue(Fault.malformed_json(), Fault.missing_voice())
    async with session.post(fake.url + CLONE, json=clone_body(), headers=AUTH) as resp:
        assert resp.status == 200
        assert resp.content_type == "application/json"
        with pytest.raises(json.JSONDecodeError):
            await resp.json()
    status, payload, _ = await clone(session, fake, clone_body())
    assert status == 200
    assert "voice" not in payload
    assert fake.voices == {}


async def test_fault_stall_then_normal(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    fake.enqueue(Fault.stall(0.3))
    started = time.monotonic()
    status, payload, _ = await clone(session, fake, clone_body())
    assert time.monotonic() - started >= 0.3
    assert status == 200 and payload["voice"]["source"] == "IVC"


async def test_fault_stall_client_timeout_still_creates_voice(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    fake.enqueue(Fault.stall(0.4))
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(clone(session, fake, clone_body()), 0.1)
    assert fake.voices == {}
    deadline = time.monotonic() + 5
    while not fake.voices and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert len(fake.voices) == 1  # the server went on after the client gave up


async def test_fault_huge_stall_is_cancelled_on_stop(session: aiohttp.ClientSession) -> None:
    fake = FakeInworld()
    await fake.start()
    fake.enqueue(Fault.stall(3600))
    task = asyncio.create_task(clone(session, fake, clone_body()))
    (rec,) = await fake.wait_for_requests(1, timeout=2)
    assert rec.status is None
    started = time.monotonic()
    await fake.stop()
    assert time.monotonic() - started < 1.5
    with pytest.raises(aiohttp.ClientError):
        await task
    assert fake.voices == {}
    await fake.stop()  # idempotent


async def test_fault_drop(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    fake.enqueue(Fault.drop())
    body = clone_body()
    with pytest.raises(aiohttp.ClientError) as info:
        await clone(session, fake, body)
    assert isinstance(info.value, aiohttp.ServerDisconnectedError | aiohttp.ClientOSError)
    (rec,) = fake.clone_requests
    assert rec.body == body  # the body was read before the connection was closed
    assert rec.status is None
    status, _, _ = await clone(session, fake, clone_body())
    assert status == 200


# ----------------------------------------------------- faults after handling (voice created)


async def test_fault_create_then_drop(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    fake.enqueue(Fault.create_then_drop())
    with pytest.raises(aiohttp.ClientError) as info:
        await clone(session, fake, clone_body(name="Dropped"))
    assert isinstance(info.value, aiohttp.ServerDisconnectedError | aiohttp.ClientOSError)
    (voice,) = fake.voices_named("Dropped")  # created, although no answer arrived
    assert VOICE_ID_RE.match(voice["voiceId"])
    (rec,) = fake.clone_requests
    assert rec.status is None


async def test_fault_slow_answer_comes_after_the_client_gave_up(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    fake.enqueue(Fault.slow_answer(0.5))
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(clone(session, fake, clone_body(name="Slow")), 0.2)
    assert len(fake.voices_named("Slow")) == 1  # created before the (late) answer
    fake.enqueue(Fault.slow_answer(0.2))
    started = time.monotonic()
    status, payload, _ = await clone(session, fake, clone_body(name="Slow"))
    assert status == 200 and payload["voice"]["displayName"] == "Slow"
    assert time.monotonic() - started >= 0.2


async def test_fault_truncated_success(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    fake.enqueue(Fault.truncated_success())
    with pytest.raises(aiohttp.ClientPayloadError):
        async with session.post(
            fake.url + CLONE, json=clone_body(name="Cut"), headers=AUTH
        ) as resp:
            assert resp.status == 200
            assert resp.content_length and resp.content_length > 1000
            await resp.read()
    assert len(fake.voices_named("Cut")) == 1


@pytest.mark.parametrize("status", [502, 504])
async def test_fault_proxy_error_after_create(
    fake: FakeInworld, session: aiohttp.ClientSession, status: int
) -> None:
    fake.enqueue(Fault.proxy_error_after_create(status))
    got, payload, headers = await clone(session, fake, clone_body(name="Proxied"))
    assert got == status and headers["Content-Type"].startswith("text/html")
    assert f"<title>{status} " in payload
    assert len(fake.voices_named("Proxied")) == 1


async def test_faults_after_handling_keep_real_errors(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    fake.enqueue(Fault.create_then_drop())
    with pytest.raises(aiohttp.ClientError):
        await clone(session, fake, {"displayName": "x"})  # invalid: nothing is created
    assert fake.voices == {}


# ------------------------------------------- late creates (the voice appears after the answer)


async def test_fault_late_create_reset_then_created_on_release(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    fake.enqueue(Fault.late_create())
    with pytest.raises(aiohttp.ClientError) as info:
        await clone(session, fake, clone_body(name="Late", tags=["vcreq-a"]))
    assert isinstance(info.value, aiohttp.ServerDisconnectedError | aiohttp.ClientOSError)
    (rec,) = fake.clone_requests
    assert rec.status is None
    assert fake.voices == {} and fake.late_creates == 1  # accepted, not created yet
    (voice_id,) = fake.finish_late_creates()
    assert VOICE_ID_RE.match(voice_id) and fake.late_creates == 0
    _, payload, _ = await call(session, fake, "GET", "/voices/v1/voices")
    (listed,) = [v for v in payload["voices"] if v["voiceId"] == voice_id]
    assert listed["tags"] == ["vcreq-a"] and listed["displayName"] == "Late"


@pytest.mark.parametrize(("answer", "status"), [("502", 502), ("504", 504), ("unreadable", 200)])
async def test_fault_late_create_spoiled_answers(
    fake: FakeInworld, session: aiohttp.ClientSession, answer: Any, status: int
) -> None:
    fake.enqueue(Fault.late_create(answer))
    async with session.post(fake.url + CLONE, json=clone_body(), headers=AUTH) as resp:
        assert resp.status == status
        raw = await resp.read()
    with pytest.raises(ValueError):
        json.loads(raw)  # a proxy page, or JSON cut in half
    assert fake.voices == {}
    assert len(fake.finish_late_creates()) == 1 and len(fake.voices) == 1


async def test_fault_late_create_truncated(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    fake.enqueue(Fault.late_create("truncate"))
    with pytest.raises(aiohttp.ClientPayloadError):
        async with session.post(fake.url + CLONE, json=clone_body(), headers=AUTH) as resp:
            assert resp.status == 200
            await resp.read()
    assert fake.voices == {} and fake.late_creates == 1


async def test_fault_late_create_hang_answers_once_created(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    fake.enqueue(Fault.late_create("hang"), Fault.late_create("hang"))
    task = asyncio.create_task(clone(session, fake, clone_body(name="Hung")))
    await fake.wait_for_requests(1, clone_only=True)
    while fake.late_creates == 0:  # accepted once its body was checked
        await asyncio.sleep(0)
    assert not task.done()
    (voice_id,) = fake.finish_late_creates()
    status, payload, _ = await task
    assert status == 200 and payload["voice"]["voiceId"] == voice_id
    gave_up = asyncio.create_task(clone(session, fake, clone_body(name="Hung")))
    await fake.wait_for_requests(2, clone_only=True)
    await fake.stop()  # a hanging request ends with the fake, its voice never created
    with pytest.raises(aiohttp.ClientError):
        await gave_up
    assert len(fake.voices_named("Hung")) == 1


async def test_two_concurrent_same_named_clones_lose_both_answers(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    """Both voices are created, in the order the test chooses; neither client hears of it."""
    fake.enqueue(Fault.late_create(), Fault.late_create())
    results = await asyncio.gather(
        clone(session, fake, clone_body(name="Twin", tags=["vcreq-first"])),
        clone(session, fake, clone_body(name="Twin", tags=["vcreq-second"])),
        return_exceptions=True,
    )
    assert all(isinstance(r, aiohttp.ClientError) for r in results)
    (second,) = fake.finish_late_creates(tagged="vcreq-second")
    assert [v["voiceId"] for v in fake.voices_named("Twin")] == [second]
    (first,) = fake.finish_late_creates()
    assert {first, second} == set(fake.voices) and first != second
    assert fake.voices[first]["tags"] == ["vcreq-first"]


async def test_late_create_of_an_invalid_request_creates_nothing(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    fake.enqueue(Fault.late_create())
    with pytest.raises(aiohttp.ClientError):
        await clone(session, fake, {"displayName": "x"})
    assert fake.late_creates == 0 and fake.finish_late_creates() == []
    assert fake.voices == {}


async def test_tags_are_returned_by_list_and_get(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    status, payload, _ = await clone(session, fake, clone_body(tags=["calm", "vcreq-x"]))
    assert status == 200 and payload["voice"]["tags"] == ["calm", "vcreq-x"]
    voice_id = payload["voice"]["voiceId"]
    _, got, _ = await call(session, fake, "GET", f"/voices/v1/voices/{voice_id}")
    assert got["tags"] == ["calm", "vcreq-x"]
    params = {"filter": 'source = "IVC"'}
    _, listed, _ = await call(session, fake, "GET", "/voices/v1/voices", params=params)
    assert [v["tags"] for v in listed["voices"]] == [["calm", "vcreq-x"]]
    params = {"filter": 'tags = "vcreq-x"'}  # no tag filter is documented: the fake refuses it
    status, refused, _ = await call(session, fake, "GET", "/voices/v1/voices", params=params)
    assert_rpc(status, refused, 3, 400, "unsupported filter field 'tags'")


# ------------------------------------------------------------------------------ list faults


async def test_list_faults_apply_to_list_requests_only(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    fake.enqueue_list(Fault.rpc(14, "list down"), Fault.non_json(502))
    status, payload, _ = await call(session, fake, "GET", "/voices/v1/voices")
    assert_rpc(status, payload, 14, 503, "list down")
    assert (await clone(session, fake, clone_body()))[0] == 200  # clones are unaffected
    assert (await call(session, fake, "GET", "/voices/v1/voices"))[0] == 502
    assert (await call(session, fake, "GET", "/voices/v1/voices"))[0] == 200
    assert fake.pending_list_faults == 0
    assert len(fake.list_requests) == 3
    with pytest.raises(ValueError):
        fake.enqueue_list(Fault.create_then_drop())


async def test_list_drop_fault(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    # aiohttp resends an idempotent GET once by itself when the connection drops: one drop is
    # absorbed, two in a row reach the caller.
    fake.enqueue_list(Fault.drop())
    assert (await call(session, fake, "GET", "/voices/v1/voices"))[0] == 200
    assert [r.status for r in fake.list_requests] == [None, 200]
    fake.enqueue_list(Fault.drop(), Fault.drop())
    with pytest.raises(aiohttp.ClientError):
        await call(session, fake, "GET", "/voices/v1/voices")
    assert [r.status for r in fake.list_requests] == [None, 200, None, None]


async def test_list_stall_fault(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    fake.enqueue_list(Fault.stall(0.2))
    started = time.monotonic()
    status, payload, _ = await call(session, fake, "GET", "/voices/v1/voices")
    assert status == 200 and time.monotonic() - started >= 0.2
    assert payload["totalSize"] == 2


# ------------------------------------------------------------------------------ rate limit


async def test_rate_limit_sliding_window(session: aiohttp.ClientSession) -> None:
    now = [1000.0]
    async with FakeInworld(rate_limit_per_minute=2, clock=lambda: now[0]) as fake:
        assert (await clone(session, fake, clone_body()))[0] == 200
        now[0] += 20
        # a rejected (invalid) request still counts towards the limit
        assert (await clone(session, fake, {"displayName": "x"}))[0] == 400
        now[0] += 10
        status, payload, headers = await clone(session, fake, clone_body())
        assert_rpc(status, payload, 8, 429, "at most 2 voice clone requests per minute")
        assert headers["Retry-After"] == "30"
        # GETs are not rate limited, faults do not count
        assert (await call(session, fake, "GET", "/voices/v1/voices"))[0] == 200
        now[0] += 30  # the first call leaves the window
        fake.enqueue(Fault.rpc(14, "down"))
        assert (await clone(session, fake, clone_body()))[0] == 503
        assert (await clone(session, fake, clone_body()))[0] == 200
        status, _, headers = await clone(session, fake, clone_body())
        assert status == 429 and headers["Retry-After"] == "20"
    with pytest.raises(ValueError):
        FakeInworld(rate_limit_per_minute=0)


# ------------------------------------------------------------------------------ voices CRUD


async def _create(session: aiohttp.ClientSession, fake: FakeInworld, name: str, **kw: Any) -> str:
    status, payload, _ = await clone(session, fake, clone_body(name=name, **kw))
    assert status == 200, payload
    return str(payload["voice"]["voiceId"])


async def test_list_filter_and_pagination(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    ids = [await _create(session, fake, f"voice {i}") for i in range(5)]
    await _create(session, fake, "german", langCode="DE_DE")
    status, payload, _ = await call(session, fake, "GET", "/voices/v1/voices")
    assert status == 200
    assert payload["totalSize"] == 8 and payload["nextPageToken"] == ""
    assert {v["source"] for v in payload["voices"]} == {"SYSTEM", "IVC"}

    seen: list[str] = []
    token = ""
    params = {"filter": 'source = "IVC" AND langCode = "en-US"', "pageSize": "2"}
    while True:
        status, payload, _ = await call(
            session, fake, "GET", "/voices/v1/voices", params=params | {"pageToken": token}
        )
        assert status == 200, payload
        assert payload["totalSize"] == 5
        assert len(payload["voices"]) <= 2
        seen += [v["voiceId"] for v in payload["voices"]]
        token = payload["nextPageToken"]
        if not token:
            break
    assert seen == ids

    status, payload, _ = await call(
        session,
        fake,
        "GET",
        "/voices/v1/voices",
        params={"filter": "source != IVC", "orderBy": "displayName desc"},
    )
    assert [v["voiceId"] for v in payload["voices"]] == ["Ashley", "Alex"]


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"filter": "name ~ x"}, "unsupported filter expression"),
        ({"filter": 'colour = "red"'}, "unsupported filter field 'colour'"),
        ({"pageSize": "ten"}, "pageSize must be an integer"),
        ({"pageSize": "-1"}, "must not be negative"),
        ({"pageToken": "garbage"}, "invalid pageToken"),
        ({"orderBy": "createTime"}, "unsupported orderBy"),
        ({"page": "2"}, "unknown query parameter 'page'"),
    ],
)
async def test_list_errors(
    fake: FakeInworld, session: aiohttp.ClientSession, params: dict[str, str], fragment: str
) -> None:
    status, payload, _ = await call(session, fake, "GET", "/voices/v1/voices", params=params)
    assert_rpc(status, payload, 3, 400, fragment)


async def test_page_token_bound_to_filter(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    for i in range(3):
        await _create(session, fake, f"v{i}")
    _, payload, _ = await call(session, fake, "GET", "/voices/v1/voices", params={"pageSize": "1"})
    token = payload["nextPageToken"]
    status, payload, _ = await call(
        session,
        fake,
        "GET",
        "/voices/v1/voices",
        params={"pageToken": token, "filter": 'source = "IVC"'},
    )
    assert_rpc(status, payload, 3, 400, "does not match")


async def test_get_patch_delete(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    voice_id = await _create(session, fake, "orig")
    path = f"/voices/v1/voices/{voice_id}"
    status, payload, _ = await call(session, fake, "GET", path)
    assert status == 200 and payload == fake.voices[voice_id]

    update = {"displayName": "renamed", "description": "d", "tags": ["t"]}
    status, payload, _ = await call(session, fake, "PATCH", path, json_body=update)
    assert status == 200, payload
    assert {k: payload[k] for k in update} == update
    assert payload["voiceId"] == voice_id

    for body, fragment in [
        ({}, "nothing to update"),
        ({"langCode": "DE_DE"}, 'unknown field "langCode"'),
        ({"displayName": ""}, "displayName must not be empty"),
        ({"tags": [1]}, "tags[0] must be a string"),
    ]:
        status, payload, _ = await call(session, fake, "PATCH", path, json_body=body)
        assert_rpc(status, payload, 3, 400, fragment)

    status, payload, _ = await call(session, fake, "DELETE", path)
    assert (status, payload) == (200, {})
    assert voice_id not in fake.voices
    for method in ("GET", "PATCH", "DELETE"):
        body = {"displayName": "x"} if method == "PATCH" else None
        status, payload, _ = await call(session, fake, method, path, json_body=body)
        assert_rpc(status, payload, 5, 404, voice_id)


async def test_system_voices_are_read_only(
    fake: FakeInworld, session: aiohttp.ClientSession
) -> None:
    status, payload, _ = await call(session, fake, "GET", "/voices/v1/voices/Alex")
    assert status == 200 and payload["source"] == "SYSTEM"
    status, payload, _ = await call(session, fake, "DELETE", "/voices/v1/voices/Alex")
    assert_rpc(status, payload, 7, 403, "system voice")


async def test_unknown_route_and_method(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    status, payload, _ = await call(session, fake, "GET", "/voices/v2/voices")
    assert_rpc(status, payload, 5, 404, "Not Found")
    status, payload, _ = await call(session, fake, "GET", CLONE)
    assert_rpc(status, payload, 12, 405, "Method Not Allowed")
    assert [r.status for r in fake.requests] == [404, 405]


# ------------------------------------------------------------------------------ misc


async def test_wait_for_requests(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    with pytest.raises(TimeoutError, match="expected 1 requests"):
        await fake.wait_for_requests(1, timeout=0.05)
    task = asyncio.create_task(fake.wait_for_requests(2, timeout=2, clone_only=True))
    await call(session, fake, "GET", "/voices/v1/voices")
    await clone(session, fake, clone_body())
    await clone(session, fake, clone_body())
    got = await task
    assert [r.path for r in got] == [CLONE, CLONE]
    assert len(fake.requests) == 3


async def test_url_requires_start() -> None:
    fake = FakeInworld()
    with pytest.raises(RuntimeError):
        _ = fake.url
    await fake.start()
    try:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", fake.url)
        with pytest.raises(RuntimeError):
            await fake.start()
    finally:
        await fake.stop()


def test_language_codes_match_seed() -> None:
    assert len(LANGUAGE_CODES) == 16
    assert "LANGUAGE_CODE_UNSPECIFIED" not in LANGUAGE_CODES


# ------------------------------------------------------------------------------ TTS streaming

STREAM = "/tts/v1/voice:stream"
SPOKEN = "The quick brown fox jumps over the lazy dog."


def stream_body(text: str = SPOKEN, **config: Any) -> dict[str, Any]:
    audio_config = {"audioEncoding": "LINEAR16", "sampleRateHertz": 48_000, **config}
    return {
        "text": text,
        "voiceId": "Alex",
        "modelId": "inworld-tts-1.5-mini",
        "audioConfig": audio_config,
    }


async def stream_lines(
    session: aiohttp.ClientSession, fake: FakeInworld, body: Any
) -> tuple[int, list[dict[str, Any]]]:
    """POST a stream and return (status, the JSON of every line)."""
    async with session.post(fake.url + STREAM, json=body, headers=AUTH) as resp:
        raw = await resp.read()
        return resp.status, [json.loads(line) for line in raw.splitlines() if line.strip()]


def correlation(a: np.ndarray[Any, Any], b: np.ndarray[Any, Any]) -> float:
    """Peak normalised cross-correlation of two signals (FFT-based)."""
    n = len(a) + len(b)
    size = 1 << (n - 1).bit_length()
    spectrum = np.fft.rfft(a, size) * np.conj(np.fft.rfft(b, size))
    peak = float(np.max(np.abs(np.fft.irfft(spectrum, size))))
    return peak / float(np.linalg.norm(a) * np.linalg.norm(b))


def pcm_array(pcm: bytes) -> np.ndarray[Any, Any]:
    return np.frombuffer(pcm, "<i2").astype(np.float64)


@pytest.fixture
async def quick(fake: FakeInworld) -> FakeInworld:
    fake.stream_first_chunk_delay = 0
    fake.stream_chunk_interval = 0
    return fake


def test_reference_pcm_is_deterministic_sized_and_identifying() -> None:
    pcm = tts_reference_pcm(SPOKEN, 48_000)
    assert pcm == tts_reference_pcm(SPOKEN, 48_000)
    assert len(pcm) % 2 == 0
    seconds = len(pcm) / 2 / 48_000
    assert seconds == pytest.approx(0.5 + len(SPOKEN) / 15, rel=0.15)
    samples = pcm_array(pcm)
    peak_dbfs = 20 * np.log10(np.max(np.abs(samples)) / 32768)
    assert -12.5 < peak_dbfs < -11.5
    other = pcm_array(tts_reference_pcm(SPOKEN.replace("fox", "cat"), 48_000))
    assert correlation(samples, samples) > 0.99
    assert correlation(samples, other) < 0.5
    long = tts_reference_pcm("word " * 400, 8_000)
    assert len(long) / 2 / 8_000 == pytest.approx(0.5 + 2000 / 15, rel=0.15)
    with pytest.raises(ValueError):
        tts_reference_pcm(SPOKEN, 96_000)


async def test_stream_linear16_chunks_carry_their_own_wav_header(
    quick: FakeInworld, session: aiohttp.ClientSession
) -> None:
    status, lines = await stream_lines(session, quick, stream_body(sampleRateHertz=24_000))
    assert status == 200
    pcm = bytearray()
    for message in lines:
        assert set(message) == {"result"}
        audio = base64.b64decode(message["result"]["audioContent"], validate=True)
        with wave.open(io.BytesIO(audio)) as w:
            assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 24_000)
            frames = w.readframes(w.getnframes())
        assert audio[:4] == b"RIFF" and len(audio) == 44 + len(frames)
        pcm += frames
    assert bytes(pcm) == tts_reference_pcm(SPOKEN, 24_000)
    chunk_frames = {len(base64.b64decode(m["result"]["audioContent"])) - 44 for m in lines[:-1]}
    assert chunk_frames == {2 * round(24_000 * quick.stream_chunk_seconds)}
    assert lines[-1]["result"]["usage"] == {
        "processedCharactersCount": len(SPOKEN),
        "modelId": "inworld-tts-1.5-mini",
    }
    assert quick.streams[0].end == "complete"
    assert quick.streams[0].chunks_sent == len(lines)
    assert [r.status for r in quick.stream_requests] == [200]


async def test_stream_pcm_is_headerless_and_chunk_bytes_may_split_samples(
    quick: FakeInworld, session: aiohttp.ClientSession
) -> None:
    quick.stream_chunk_bytes = 1001
    _, lines = await stream_lines(session, quick, stream_body(audioEncoding="PCM"))
    chunks = [base64.b64decode(m["result"]["audioContent"]) for m in lines]
    assert {len(c) for c in chunks[:-1]} == {1001}
    assert b"".join(chunks) == tts_reference_pcm(SPOKEN, 48_000)


@pytest.mark.parametrize(
    ("body", "headers", "code", "http", "fragment"),
    [
        (stream_body(), {}, 16, 401, "Missing Authorization"),
        (stream_body(), {"Authorization": "Basic wrong"}, 16, 401, "Invalid API key"),
        ({**stream_body(), "voiceId": "test_ws__nobody"}, AUTH, 5, 404, "not found"),
        ({**stream_body(), "extra": 1}, AUTH, 3, 400, 'unknown field "extra"'),
        (stream_body("x" * 2001), AUTH, 3, 400, "at most 2000"),
        (stream_body("  "), AUTH, 3, 400, "must not be empty"),
        ({**stream_body(), "modelId": "tts-9"}, AUTH, 3, 400, "unknown modelId"),
        (stream_body(audioEncoding="MP3"), AUTH, 12, 501, "not MP3"),
        (stream_body(sampleRateHertz=96_000), AUTH, 3, 400, "8000-48000"),
        (stream_body(sampleRateHertz=22_050.5), AUTH, 3, 400, "integer"),
        (stream_body(speakingRate=2), AUTH, 3, 400, "0.5-1.5"),
        (stream_body(speakingRate="fast"), AUTH, 3, 400, "must be a number"),
    ],
)
async def test_stream_is_validated_before_streaming(
    quick: FakeInworld,
    session: aiohttp.ClientSession,
    body: Any,
    headers: dict[str, str],
    code: int,
    http: int,
    fragment: str,
) -> None:
    status, payload, _ = await call(session, quick, "POST", STREAM, json_body=body, headers=headers)
    assert_rpc(status, payload, code, http, fragment)
    assert quick.streams == []
    assert [r.status for r in quick.stream_requests] == [http]


async def test_stream_read_only_key_is_refused(session: aiohttp.ClientSession) -> None:
    async with FakeInworld(write_access=False) as fake:
        status, payload, _ = await call(session, fake, "POST", STREAM, json_body=stream_body())
    assert_rpc(status, payload, 7, 403, "Required access level: write")


async def test_stream_speaking_rate_in_range_is_accepted(
    quick: FakeInworld, session: aiohttp.ClientSession
) -> None:
    status, lines = await stream_lines(session, quick, stream_body(speakingRate=0.5))
    assert status == 200 and lines


async def test_stream_pre_stream_faults_replace_the_answer(
    quick: FakeInworld, session: aiohttp.ClientSession
) -> None:
    quick.enqueue_stream(Fault.rpc(14, "busy"), Fault.rate_limited(retry_after=2))
    status, payload, _ = await call(session, quick, "POST", STREAM, json_body=stream_body())
    assert_rpc(status, payload, 14, 503, "busy")
    status, payload, headers = await call(session, quick, "POST", STREAM, json_body=stream_body())
    assert_rpc(status, payload, 8, 429)
    assert headers["Retry-After"] == "2"
    assert quick.streams == []
    status, _ = await stream_lines(session, quick, stream_body())
    assert status == 200 and len(quick.streams) == 1


async def test_stream_error_line_after_chunks(
    quick: FakeInworld, session: aiohttp.ClientSession
) -> None:
    quick.enqueue_stream(Fault.stream_error(after_chunks=2, code=8, message="quota"))
    status, lines = await stream_lines(session, quick, stream_body())
    assert status == 200
    assert [set(m) for m in lines] == [{"result"}, {"result"}, {"error"}]
    assert lines[2]["error"] == {"code": 8, "message": "quota", "details": []}
    assert quick.streams[0].end == "error"


async def test_stream_cut_after_chunks(quick: FakeInworld, session: aiohttp.ClientSession) -> None:
    quick.enqueue_stream(Fault.stream_cut(after_chunks=1))
    with pytest.raises(aiohttp.ClientPayloadError):
        await stream_lines(session, quick, stream_body())
    assert (await quick.wait_stream(0)).end == "cut"
    assert quick.streams[0].chunks_sent == 1


async def test_stream_hold_until_released(
    quick: FakeInworld, session: aiohttp.ClientSession
) -> None:
    quick.enqueue_stream(Fault.stream_hold(after_chunks=1))
    task = asyncio.create_task(stream_lines(session, quick, stream_body()))
    record = await quick.wait_stream(0, held=True)
    assert (record.chunks_sent, record.end) == (1, None)
    quick.release_streams()
    status, lines = await task
    assert status == 200 and record.end == "complete" and not record.held
    pcm = b"".join(base64.b64decode(m["result"]["audioContent"])[44:] for m in lines)
    assert pcm == tts_reference_pcm(SPOKEN, 48_000)


async def test_stream_hold_ends_when_the_fake_stops(session: aiohttp.ClientSession) -> None:
    fake = FakeInworld()
    await fake.start()
    try:
        fake.enqueue_stream(Fault.stream_hold(after_chunks=0))
        task = asyncio.create_task(stream_lines(session, fake, stream_body()))
        record = await fake.wait_stream(0, held=True)
    finally:
        await fake.stop()
    assert record.end == "stopped"
    with pytest.raises(aiohttp.ClientPayloadError):
        await task


async def test_stream_paces_its_chunks(fake: FakeInworld, session: aiohttp.ClientSession) -> None:
    """The pacing settings are honoured (read from the fake's own send times, which a loaded
    machine can only spread further apart)."""
    fake.stream_first_chunk_delay = 0.05
    fake.stream_chunk_interval = 0.02
    status, lines = await stream_lines(session, fake, stream_body("Four words right here."))
    record = fake.streams[0]
    assert status == 200 and len(lines) == record.chunks_sent == len(record.sent_at) > 5
    assert record.sent_at[0] - record.started_at >= 0.049  # asyncio timers may be 1 ns early
    gaps = np.diff(record.sent_at)
    assert float(np.min(gaps)) >= 0.019


def test_mid_stream_faults_only_go_to_streams() -> None:
    fake = FakeInworld()
    for fault in (Fault.stream_cut(1), Fault.stream_error(1), Fault.stream_hold(1)):
        for enqueue in (fake.enqueue, fake.enqueue_list, fake.enqueue_tts):
            with pytest.raises(ValueError, match="TTS streams"):
                enqueue(fault)
    with pytest.raises(ValueError, match="clone requests"):
        fake.enqueue_stream(Fault.create_then_drop())
    with pytest.raises(TypeError):
        fake.enqueue_stream("drop")  # type: ignore[arg-type]
    fake.enqueue_stream(Fault.drop(), Fault.stream_cut(2))
    assert fake.pending_stream_faults == 2
