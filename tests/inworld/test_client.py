"""InworldClient against the strict fake Inworld server on loopback."""

from __future__ import annotations

import asyncio
import base64
import logging
import time
from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.inworld import CloneRequest, CloneSample, InworldClient, RetryPolicy
from bot.inworld.client import parse_retry_after
from bot.inworld.errors import (
    BadResponse,
    ConnectionFailed,
    InvalidArgument,
    PermissionDenied,
    RateLimited,
    RequestTimeout,
    Unauthenticated,
    Unavailable,
)
from bot.inworld.models import StreamedJson
from tests.fakes.inworld_server import FakeInworld, Fault, make_wav

FAST_RETRY = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.05, total_budget=5)


def client_for(
    fake: FakeInworld,
    session: aiohttp.ClientSession,
    *,
    key: str | None = None,
    timeout: float = 5,
    retry: RetryPolicy = FAST_RETRY,
) -> InworldClient:
    return InworldClient(
        session, api_key=key or fake.api_key, base_url=fake.url, timeout=timeout, retry=retry
    )


def request(seconds: float = 8.0, **kwargs: object) -> CloneRequest:
    params: dict[str, object] = {
        "display_name": "Test Voice",
        "lang_code": "EN_US",
        "samples": (CloneSample(make_wav(seconds), "Hello there."),),
    }
    params.update(kwargs)
    return CloneRequest(**params)  # type: ignore[arg-type]


def test_body_matches_the_openapi_schema() -> None:
    wav = make_wav(1)
    body = CloneRequest(
        display_name="n",
        lang_code="FR_FR",
        samples=(CloneSample(wav, "Bonjour"), CloneSample(wav)),
        description="d",
        tags=("a", "b"),
        remove_background_noise=True,
    ).to_json()
    assert body == {
        "displayName": "n",
        "langCode": "FR_FR",
        "voiceSamples": [
            {"audioData": base64.b64encode(wav).decode(), "transcription": "Bonjour"},
            {"audioData": base64.b64encode(wav).decode()},
        ],
        "description": "d",
        "tags": ["a", "b"],
        "audioProcessingConfig": {"removeBackgroundNoise": True},
    }


async def test_clone_success_returns_typed_result(fake_inworld, http_session) -> None:
    client = client_for(fake_inworld, http_session)
    result = await client.clone_voice(request(seconds=4, tags=("demo",)))
    assert result.voice is not None
    assert result.voice.voice_id.startswith("test_ws__test_voice_")
    assert result.voice.display_name == "Test Voice"
    assert result.voice.source == "IVC"
    (sample,) = result.samples
    assert sample.transcription == "Hello there."
    assert any("shorter" in w.lower() for w in sample.warnings)
    assert not hasattr(sample, "audio")  # the echoed processed audio is not kept (memory)
    (recorded,) = fake_inworld.clone_requests
    assert recorded.header("Authorization") == f"Basic {fake_inworld.api_key}"
    assert recorded.body["tags"] == ["demo"]
    assert recorded.samples[0] == make_wav(4)


async def test_all_samples_failing_gives_no_voice(fake_inworld, http_session) -> None:
    client = client_for(fake_inworld, http_session)
    silent = CloneRequest("Quiet", "EN_US", (CloneSample(make_wav(6, amplitude=0)),))
    result = await client.clone_voice(silent)
    assert result.voice is None
    assert result.samples[0].errors


async def test_rate_limited_then_success_honours_retry_after(fake_inworld, http_session) -> None:
    fake_inworld.enqueue(Fault.rate_limited(retry_after=0.3))
    client = client_for(fake_inworld, http_session)
    started = time.monotonic()
    result = await client.clone_voice(request())
    assert result.voice is not None
    assert time.monotonic() - started >= 0.3
    assert len(fake_inworld.clone_requests) == 2


@pytest.mark.parametrize(
    "fault",
    [Fault.rpc(14, "backend unavailable"), Fault.rate_limited(0), Fault.non_json(503)],
    ids=["503", "429", "non-json-503"],
)
async def test_transient_faults_are_retried(fake_inworld, http_session, fault) -> None:
    fake_inworld.enqueue(fault)
    result = await client_for(fake_inworld, http_session).clone_voice(request())
    assert result.voice is not None
    assert len(fake_inworld.clone_requests) == 2


@pytest.mark.parametrize(
    ("fault", "error", "created"),
    [
        (Fault.drop(), ConnectionFailed, 0),
        (Fault.create_then_drop(), ConnectionFailed, 1),
        (Fault.truncated_success(), ConnectionFailed, 1),
        (Fault.non_json(502), Unavailable, 0),
        (Fault.proxy_error_after_create(502), Unavailable, 1),
        (Fault.proxy_error_after_create(504), Unavailable, 1),
        (Fault.rpc(4, "deadline exceeded"), Unavailable, 0),
        (Fault.malformed_json(), BadResponse, 0),
    ],
    ids=[
        "dropped",
        "create-then-drop",
        "truncated-success",
        "502",
        "502-after-create",
        "504-after-create",
        "rpc-deadline-504",
        "malformed-200",
    ],
)
async def test_ambiguous_faults_are_flagged_and_never_resent(
    fake_inworld, http_session, fault, error, created
) -> None:
    """The request may have been acted on: resending could create a second voice."""
    fake_inworld.enqueue(fault)
    with pytest.raises(error) as info:
        await client_for(fake_inworld, http_session).clone_voice(request())
    assert info.value.ambiguous
    assert len(fake_inworld.clone_requests) == 1
    assert len(fake_inworld.voices) == created


async def test_answer_after_the_client_timeout_is_ambiguous(fake_inworld, http_session) -> None:
    fake_inworld.enqueue(Fault.slow_answer(5))
    client = client_for(fake_inworld, http_session, timeout=0.5)
    with pytest.raises(RequestTimeout) as info:
        await client.clone_once(request())
    assert info.value.ambiguous
    assert len(fake_inworld.voices) == 1  # created although the answer never arrived


async def test_refused_connection_is_plainly_retryable(http_session) -> None:
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    client = InworldClient(
        http_session, api_key="k", base_url=f"http://127.0.0.1:{port}", retry=FAST_RETRY
    )
    with pytest.raises(ConnectionFailed) as info:
        await client.clone_once(request())
    assert not info.value.ambiguous and not info.value.sent
    assert client.retryable(info.value)


async def test_unknown_host_is_plainly_retryable(http_session) -> None:
    client = InworldClient(
        http_session, api_key="k", base_url="http://no-such-host.invalid", retry=FAST_RETRY
    )
    with pytest.raises(ConnectionFailed) as info:
        await client.clone_once(request())
    assert not info.value.ambiguous


async def test_each_retry_runs_before_retry_first(fake_inworld, http_session) -> None:
    """Retries inside the client pass the caller's hook (the shared limiter) each time."""
    fake_inworld.enqueue(Fault.rpc(14, "down"), Fault.rate_limited(0))
    slots: list[int] = []

    async def take_slot() -> None:
        slots.append(len(fake_inworld.clone_requests))

    result = await client_for(fake_inworld, http_session).clone_voice(
        request(), before_retry=take_slot
    )
    assert result.voice is not None
    assert slots == [1, 2]  # before the 2nd and the 3rd POST, never before the 1st
    assert len(fake_inworld.clone_requests) == 3


async def test_a_retry_tells_the_caller_then_waits_then_runs_before_retry(
    fake_inworld, http_session
) -> None:
    """``on_retry`` gets the error and the wait (Retry-After plus jitter) before the wait."""
    fake_inworld.enqueue(Fault.rate_limited(retry_after=0.2))
    events: list[tuple[object, ...]] = []

    async def on_retry(error: Exception, wait: float) -> None:
        events.append(("told", type(error), wait, len(fake_inworld.clone_requests)))

    async def before_retry() -> None:
        events.append(("slot", len(fake_inworld.clone_requests)))

    result = await client_for(fake_inworld, http_session).clone_voice(
        request(), on_retry=on_retry, before_retry=before_retry
    )
    assert result.voice is not None
    told, slot = events
    assert told[:2] == ("told", RateLimited) and told[3] == 1 and slot == ("slot", 1)
    assert 0.2 <= told[2] <= 0.2 + 0.25 * FAST_RETRY.base_delay


async def test_list_voices_pages_and_filters(fake_inworld, http_session) -> None:
    client = client_for(fake_inworld, http_session)
    for _ in range(3):
        await client.clone_once(request())
    first = await client.list_voices(filter='source = "IVC"', page_size=2)
    assert len(first.voices) == 2 and first.next_page_token
    second = await client.list_voices(
        filter='source = "IVC"', page_size=2, page_token=first.next_page_token
    )
    assert len(second.voices) == 1 and second.next_page_token == ""
    ids = {v.voice_id for v in first.voices + second.voices}
    assert ids == set(fake_inworld.voices)
    (query,) = {r.query.get("filter") for r in fake_inworld.list_requests}
    assert query == 'source = "IVC"'


async def test_list_voices_is_retried_like_any_read(fake_inworld, http_session) -> None:
    fake_inworld.enqueue_list(Fault.drop(), Fault.non_json(502))
    page = await client_for(fake_inworld, http_session).list_voices()
    assert [v.voice_id for v in page.voices] == ["Alex", "Ashley"]
    assert len(fake_inworld.list_requests) == 3


async def test_api_key_is_scrubbed_from_member_facing_text(fake_inworld, http_session) -> None:
    secret = fake_inworld.api_key
    fake_inworld.enqueue(Fault.rpc(3, f"voiceSamples[0] is bad for key {secret}"))
    with pytest.raises(InvalidArgument) as info:
        await client_for(fake_inworld, http_session).clone_voice(request())
    shown = " ".join([str(info.value), info.value.user_message, info.value.message])
    assert secret not in shown
    assert "voiceSamples[0] is bad for key ***" in info.value.user_message


async def test_decoded_basic_credential_is_scrubbed_too(http_session) -> None:
    secret_half = "s3cr3t-part-of-the-key"
    key = base64.b64encode(f"key-id:{secret_half}".encode()).decode()
    async with FakeInworld(api_key=key) as fake:
        fake.enqueue(Fault.rpc(3, f"bad credentials key-id:{secret_half} ({secret_half})"))
        with pytest.raises(InvalidArgument) as info:
            await client_for(fake, http_session).clone_voice(request())
    shown = " ".join([str(info.value), info.value.user_message])
    assert secret_half not in shown and key not in shown


async def test_retries_are_bounded_in_attempts(fake_inworld, http_session) -> None:
    fake_inworld.enqueue(*[Fault.rpc(14, "down")] * 5)
    with pytest.raises(Unavailable) as info:
        await client_for(fake_inworld, http_session).clone_voice(request())
    assert len(fake_inworld.clone_requests) == 3
    assert info.value.code == 14 and info.value.http_status == 503


async def test_retry_after_beyond_budget_fails_at_once(fake_inworld, http_session) -> None:
    fake_inworld.enqueue(Fault.rate_limited(retry_after=120))
    started = time.monotonic()
    with pytest.raises(RateLimited) as info:
        await client_for(fake_inworld, http_session).clone_voice(request())
    assert time.monotonic() - started < 2
    assert info.value.retry_after == pytest.approx(120)
    assert "rate limit" in info.value.user_message


@pytest.mark.parametrize(
    ("fault", "error", "attempts"),
    [
        (Fault.rpc(7, "API key has insufficient access level"), PermissionDenied, 1),
        (Fault.rpc(3, "displayName is too long"), InvalidArgument, 1),
        (Fault.rpc(16, "bad key"), Unauthenticated, 1),
        (Fault.missing_voice(), BadResponse, 1),
        (Fault.http(500, "<html>oops</html>", content_type="text/html"), Unavailable, 1),
    ],
)
async def test_errors_are_typed(fake_inworld, http_session, fault, error, attempts) -> None:
    fake_inworld.enqueue(fault)
    with pytest.raises(error) as info:
        await client_for(fake_inworld, http_session).clone_voice(request())
    assert info.value.user_message
    assert len(fake_inworld.clone_requests) == attempts


async def test_invalid_argument_shows_the_api_reason(fake_inworld, http_session) -> None:
    fake_inworld.enqueue(Fault.rpc(3, "voiceSamples[0].audioData is not valid"))
    with pytest.raises(InvalidArgument) as info:
        await client_for(fake_inworld, http_session).clone_voice(request())
    assert "audioData is not valid" in info.value.user_message


async def test_read_only_key_gets_a_clear_message(http_session) -> None:
    async with FakeInworld(write_access=False) as fake:
        with pytest.raises(PermissionDenied) as info:
            await client_for(fake, http_session).clone_voice(request())
    assert "read-only" in info.value.user_message
    assert info.value.code == 7


async def test_wrong_key_is_unauthenticated_and_never_echoed(fake_inworld, http_session, caplog):
    caplog.set_level(logging.DEBUG)
    secret = "sk-very-secret-key-123"
    client = client_for(fake_inworld, http_session, key=secret)
    with pytest.raises(Unauthenticated) as info:
        await client.clone_voice(request())
    shown = " ".join([str(info.value), info.value.user_message, repr(client), caplog.text])
    assert secret not in shown


async def test_stall_times_out_without_retrying(fake_inworld, http_session) -> None:
    fake_inworld.enqueue(Fault.stall(30))
    client = client_for(fake_inworld, http_session, timeout=0.5)
    with pytest.raises(RequestTimeout):
        await client.clone_voice(request())
    # A timed-out clone may still succeed server-side: never resend it blindly.
    assert len(fake_inworld.clone_requests) == 1


async def test_unreachable_server_is_a_connection_error(http_session) -> None:
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    client = InworldClient(
        http_session, api_key="k", base_url=f"http://127.0.0.1:{port}", retry=FAST_RETRY
    )
    with pytest.raises(ConnectionFailed):
        await client.clone_voice(request())


async def test_server_side_validation_accepts_what_we_send(fake_inworld, http_session) -> None:
    # Every optional field at once: the strict fake rejects any deviation from the schema.
    req = request(description="Warm narrator", tags=("calm", "en"), remove_background_noise=False)
    result = await client_for(fake_inworld, http_session).clone_voice(req)
    assert result.voice is not None and result.voice.tags == ("calm", "en")


def test_parse_retry_after() -> None:
    assert parse_retry_after("3") == 3
    assert parse_retry_after("1.5") == 1.5
    assert parse_retry_after(None) is None
    assert parse_retry_after("garbage") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0


async def test_a_clone_body_is_streamed_with_its_length(
    fake_inworld, http_session, monkeypatch
) -> None:
    """The body is encoded while it is sent (memory), yet arrives as the same JSON with a
    Content-Length, not chunked; a retried attempt sends the whole body again."""
    streams: list[int] = []
    original = StreamedJson.stream

    def stream(self: StreamedJson) -> AsyncIterator[bytes]:
        streams.append(self.size)
        return original(self)

    monkeypatch.setattr(StreamedJson, "stream", stream)
    client = client_for(fake_inworld, http_session)
    sent = request(seconds=6, description="d")
    fake_inworld.enqueue(Fault.rate_limited(retry_after=0))
    result = await client.clone_voice(sent)
    assert result.voice is not None
    first, second = fake_inworld.clone_requests
    for recorded in (first, second):
        assert recorded.raw == sent.to_payload()
        assert recorded.header("Content-Length") == str(len(recorded.raw))
        assert recorded.header("Transfer-Encoding") is None
    assert streams == [len(first.raw)] * 2  # each attempt streamed
