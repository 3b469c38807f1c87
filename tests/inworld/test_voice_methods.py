"""get_voice, update_voice (PATCH), synthesize (TTS) against the strict fake, and the fake's
voice and TTS routes themselves: auth, body schema, limits, 404 code 5, read-only 403 code 7."""

from __future__ import annotations

import json
from typing import Any

import aiohttp
import pytest

from bot.inworld import CloneRequest, CloneSample, InworldClient, RetryPolicy
from bot.inworld.errors import InvalidArgument, NotFound, PermissionDenied
from bot.observability import BotMetrics
from tests.fakes.inworld_server import FakeInworld, Fault, make_wav

FAST = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.05, total_budget=5)


def client(fake: FakeInworld, session: aiohttp.ClientSession, **kw: Any) -> InworldClient:
    return InworldClient(session, api_key=fake.api_key, base_url=fake.url, retry=FAST, **kw)


async def a_voice(api: InworldClient) -> str:
    result = await api.clone_voice(
        CloneRequest("Alice", "EN_US", (CloneSample(make_wav(6), "Hello there."),))
    )
    assert result.voice is not None
    return result.voice.voice_id


async def raw(
    fake: FakeInworld, session: aiohttp.ClientSession, method: str, path: str, body: Any = None,
    *, key: str | None = None,
) -> tuple[int, dict[str, Any]]:  # fmt: skip
    headers = {"Authorization": f"Basic {key or fake.api_key}"}
    data = None
    if body is not None:
        headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode()
    async with session.request(method, fake.url + path, data=data, headers=headers) as response:
        return response.status, await response.json(content_type=None)


async def test_get_update_synthesize(
    fake_inworld: FakeInworld, http_session: aiohttp.ClientSession
):
    metrics = BotMetrics()
    api = client(fake_inworld, http_session, metrics=metrics)
    voice_id = await a_voice(api)
    assert (await api.get_voice(voice_id)).display_name == "Alice"
    renamed = await api.update_voice(voice_id, display_name="Narrator")
    assert (
        renamed.display_name == "Narrator"
        and fake_inworld.voices[voice_id]["displayName"] == "Narrator"
    )
    speech = await api.synthesize("Hi there", voice_id=voice_id, model_id="inworld-tts-1.5-mini")
    assert speech.audio[:3] == b"ID3" or speech.audio[0] == 0xFF
    assert speech.characters == len("Hi there") and speech.model_id == "inworld-tts-1.5-mini"
    wav = await api.synthesize(
        "Hi", voice_id=voice_id, model_id="inworld-tts-1.5-mini", encoding="LINEAR16"
    )
    assert wav.audio[:4] == b"RIFF"
    seconds = metrics.api_seconds
    for endpoint in ("get", "update", "tts"):
        assert seconds.labels(endpoint=endpoint)._sum.get() > 0  # type: ignore[attr-defined]
    with pytest.raises(NotFound):
        await api.get_voice("test_ws__missing")
    with pytest.raises(NotFound):
        await api.synthesize("Hi", voice_id="test_ws__missing", model_id="inworld-tts-1.5-mini")
    with pytest.raises(InvalidArgument):
        await api.synthesize("Hi", voice_id=voice_id, model_id="inworld-tts-0")
    with pytest.raises(ValueError):
        await api.synthesize("x" * 2001, voice_id=voice_id, model_id="inworld-tts-1.5-mini")


async def test_tts_is_retried_on_503(
    fake_inworld: FakeInworld, http_session: aiohttp.ClientSession
):
    api = client(fake_inworld, http_session)
    voice_id = await a_voice(api)
    fake_inworld.enqueue_tts(Fault.rpc(14, "busy"))
    speech = await api.synthesize("Hi", voice_id=voice_id, model_id="inworld-tts-1.5-mini")
    assert speech.audio and len(fake_inworld.tts_requests) == 2


async def test_ids_are_quoted_into_one_path_segment(
    fake_inworld: FakeInworld, http_session: aiohttp.ClientSession
):
    api = client(fake_inworld, http_session)
    with pytest.raises(NotFound):
        await api.get_voice("../voices:clone")
    # One path segment: the fake routed it as a voice ID (not found), never to the clone route.
    assert fake_inworld.requests[-1].method == "GET" and fake_inworld.requests[-1].status == 404
    assert fake_inworld.clone_requests[1:] == [] and len(fake_inworld.requests) == 1


async def test_fake_tts_route_is_strict(
    fake_inworld: FakeInworld, http_session: aiohttp.ClientSession
):
    voice_id = await a_voice(client(fake_inworld, http_session))
    ok = {"text": "Hi", "voiceId": voice_id, "modelId": "inworld-tts-1.5-mini"}
    status, body = await raw(fake_inworld, http_session, "POST", "/tts/v1/voice", ok)
    assert status == 200 and body["audioContent"] and body["usage"]["processedCharactersCount"] == 2

    cases: list[tuple[dict[str, Any], int, int, str]] = [
        ({**ok, "text": "x" * 2001}, 400, 3, "at most 2000"),
        ({**ok, "text": "  "}, 400, 3, "must not be empty"),
        ({**ok, "voice_id": voice_id}, 400, 3, "unknown field"),
        ({k: v for k, v in ok.items() if k != "modelId"}, 400, 3, "modelId is required"),
        ({**ok, "modelId": "inworld-tts-1-max-x"}, 400, 3, "unknown modelId"),
        ({**ok, "audioConfig": {"audioEncoding": "WMA"}}, 400, 3, "audioEncoding"),
        ({**ok, "audioConfig": {"sample_rate": 1}}, 400, 3, "unknown field"),
        ({**ok, "voiceId": "test_ws__nobody"}, 404, 5, "not found"),
    ]
    for request, http, code, words in cases:
        status, body = await raw(fake_inworld, http_session, "POST", "/tts/v1/voice", request)
        assert (status, body["code"]) == (http, code), request
        assert words in body["message"], body
    status, body = await raw(fake_inworld, http_session, "POST", "/tts/v1/voice", ok, key="wrong")
    assert (status, body["code"]) == (401, 16)
    # The unbilled preview endpoint is not there: a plain 404, code 5.
    status, body = await raw(
        fake_inworld, http_session, "GET", f"/tts/v1/voice:preview?voice_id={voice_id}"
    )
    assert (status, body["code"]) == (404, 5)


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("PATCH", "/voices/v1/voices/{v}", {"displayName": "x"}),
        ("DELETE", "/voices/v1/voices/{v}", None),
        (
            "POST",
            "/tts/v1/voice",
            {"text": "Hi", "voiceId": "{v}", "modelId": "inworld-tts-1.5-mini"},
        ),
    ],
)
async def test_read_only_key_is_refused_on_writes(
    fake_inworld: FakeInworld,
    http_session: aiohttp.ClientSession,
    method: str,
    path: str,
    body: Any,
):
    voice_id = await a_voice(client(fake_inworld, http_session))
    fake_inworld.write_access = False
    filled = json.loads(json.dumps(body).replace("{v}", voice_id)) if body else None
    status, answer = await raw(
        fake_inworld, http_session, method, path.replace("{v}", voice_id), filled
    )
    assert (status, answer["code"]) == (403, 7) and "Required access level: write" in answer[
        "message"
    ]
    status, _ = await raw(fake_inworld, http_session, "GET", f"/voices/v1/voices/{voice_id}")
    assert status == 200  # reads still work
    api = client(fake_inworld, http_session)
    with pytest.raises(PermissionDenied):
        await api.update_voice(voice_id, display_name="x")


async def test_patch_schema(fake_inworld: FakeInworld, http_session: aiohttp.ClientSession):
    voice_id = await a_voice(client(fake_inworld, http_session))
    path = f"/voices/v1/voices/{voice_id}"
    for body, words in (
        ({"displayName": "x" * 101}, "at most 100"),
        ({"display_name": "x"}, "unknown field"),
        ({}, "nothing to update"),
    ):
        status, answer = await raw(fake_inworld, http_session, "PATCH", path, body)
        assert (status, answer["code"]) == (400, 3) and words in answer["message"]
    status, answer = await raw(
        fake_inworld, http_session, "PATCH", "/voices/v1/voices/test_ws__no", {"displayName": "y"}
    )
    assert (status, answer["code"]) == (404, 5)
    status, answer = await raw(fake_inworld, http_session, "GET", path, key="bad")
    assert (status, answer["code"]) == (401, 16)
