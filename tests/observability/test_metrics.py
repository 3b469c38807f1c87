"""BotMetrics and its label helpers, and the instrumented domain classes without any server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot.audio.errors import SilentAudio
from bot.cloning import CloneOptions, SampleSource
from bot.desk import CloneDesk
from bot.download import AttachmentTooLarge, DownloadError
from bot.errors import UserFacingError
from bot.inworld import CloneRequest, CloneSample, InworldClient, RetryPolicy
from bot.inworld.errors import (
    BadResponse,
    ConnectionFailed,
    InworldError,
    PermissionDenied,
    RateLimited,
    RequestTimeout,
    Unavailable,
    error_from_response,
)
from bot.observability import BotMetrics
from bot.observability.metrics import (
    CLONE_OUTCOMES,
    REFUSAL_REASONS,
    error_code_label,
    refusal_reason,
)
from bot.policy import History, PolicyRefusal, Requester, check_request
from bot.ratelimit import CloneRateLimiter, QueueFull
from tests.fakes.inworld_server import FakeInworld, Fault, make_wav
from tests.observability.helpers import sample_value
from tests.test_desk import (
    ALICE,
    GUILD,
    awaiting_consent,
    desk_for,
    no_progress,
    speech,
)
from tests.test_policy import NOW, QUIET, Policy

FAST_RETRY = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.05, total_budget=5)


def text_of(metrics: BotMetrics) -> str:
    return metrics.render().decode()


# --- the registry ---------------------------------------------------------------------------


def test_each_bot_has_its_own_registry() -> None:
    first, second = BotMetrics(), BotMetrics()
    first.clone_finished("created")
    assert sample_value(text_of(first), "voiceclone_clones_total", outcome="created") == 1
    assert sample_value(text_of(second), "voiceclone_clones_total", outcome="created") == 0
    # Nothing goes to prometheus-client's process-wide default registry.
    from prometheus_client import REGISTRY, generate_latest

    assert b"voiceclone_" not in generate_latest(REGISTRY)


def test_every_outcome_and_reason_is_exported_from_the_start() -> None:
    text = text_of(BotMetrics())
    for outcome in CLONE_OUTCOMES:
        assert sample_value(text, "voiceclone_clones_total", outcome=outcome) == 0
    for reason in REFUSAL_REASONS:
        assert sample_value(text, "voiceclone_requests_refused_total", reason=reason) == 0
    assert sample_value(text, "voiceclone_audio_processing_seconds_count") == 0
    assert sample_value(text, "voiceclone_inworld_request_seconds_count", endpoint="clone") == 0
    assert sample_value(text, "voiceclone_clone_queue_depth") == 0
    assert "# TYPE voiceclone_audio_processing_seconds histogram" in text


def test_an_unknown_refusal_reason_is_counted_as_other() -> None:
    metrics = BotMetrics()
    metrics.refused("member 1234567890 of guild 42")
    text = text_of(metrics)
    assert sample_value(text, "voiceclone_requests_refused_total", reason="other") == 1
    assert "1234567890" not in text


def test_histograms_count_observations() -> None:
    metrics = BotMetrics()
    metrics.observe_processing(0.3)
    metrics.observe_api_call("clone", 2.0)
    metrics.observe_api_call("clone", 4.0)
    text = text_of(metrics)
    assert sample_value(text, "voiceclone_audio_processing_seconds_count") == 1
    assert sample_value(text, "voiceclone_audio_processing_seconds_sum") == pytest.approx(0.3)
    assert sample_value(text, "voiceclone_inworld_request_seconds_count", endpoint="clone") == 2
    assert (
        sample_value(text, "voiceclone_inworld_request_seconds_bucket", endpoint="clone", le="2.5")
        == 1
    )


# --- label helpers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "label"),
    [
        (error_from_response(403, {"code": 7, "message": "read only"}), "permission_denied"),
        (error_from_response(429, {"code": 8, "message": "slow down"}), "resource_exhausted"),
        (error_from_response(400, {"code": 3, "message": "bad"}), "invalid_argument"),
        (error_from_response(500, {"code": 99, "message": "?"}), "rpc_other"),
        (error_from_response(502, None), "http_502"),
        (error_from_response(418, {}), "http_418"),
        (InworldError("odd", http_status=1234), "http_other"),
        (RateLimited("no body"), "other"),
        (Unavailable("x", http_status=503), "http_503"),
        (RequestTimeout("no answer"), "timeout"),
        (ConnectionFailed("refused"), "connection"),
        (BadResponse("truncated", http_status=200), "bad_response"),
    ],
)
def test_error_code_label(error: InworldError, label: str) -> None:
    assert error_code_label(error) == label


@pytest.mark.parametrize(
    ("changes", "history", "reason"),
    [
        ({"blocked_user_ids": [1]}, QUIET, "blocked"),
        ({"allowed_channel_ids": [9]}, QUIET, "channel"),
        ({"allowed_role_ids": [9]}, QUIET, "role"),
        ({}, History(None, 0, 0, open_request_id=5), "open_request"),
        ({"cooldown_seconds": 60}, History(NOW, 0, 0), "cooldown"),
        ({"member_daily_quota": 1}, History(None, 1, 1), "member_quota"),
        ({"guild_daily_quota": 1}, History(None, 0, 1), "guild_quota"),
    ],
)
def test_policy_refusals_name_their_rule(
    changes: dict[str, object], history: History, reason: str
) -> None:
    policy = Policy(cooldown_seconds=0, member_daily_quota=0, guild_daily_quota=0)
    for name, value in changes.items():
        setattr(policy, name, value)
    who = Requester(user_id=1, channel_id=2, role_ids=frozenset({3}))
    with pytest.raises(PolicyRefusal) as info:
        check_request(policy, who, history, NOW)
    assert refusal_reason(info.value) == reason
    assert reason in REFUSAL_REASONS


def test_refusal_reason_of_input_errors() -> None:
    bad_audio = UserFacingError("Sample 1: silent")
    bad_audio.__cause__ = SilentAudio()
    assert refusal_reason(AttachmentTooLarge("a.wav", 10, 5)) == "too_large"
    assert refusal_reason(DownloadError("timed out")) == "download_failed"
    assert refusal_reason(bad_audio) == "bad_audio"
    assert refusal_reason(PolicyRefusal("no", reason="made-up")) == "other"
    assert refusal_reason(PolicyRefusal("no")) == "policy"
    assert refusal_reason(QueueFull(3, 120, 60, group=True)) == "queue_full"
    # Not refusals: counted as a failed request, if at all.
    assert refusal_reason(UserFacingError("cancelled while processing")) is None
    assert refusal_reason(RuntimeError("bug")) is None
    assert refusal_reason(PermissionDenied("read only")) is None


# --- the queue gauge ------------------------------------------------------------------------


async def test_queue_depth_follows_the_limiter() -> None:
    metrics = BotMetrics()
    limiter = CloneRateLimiter(1, period=3600)
    metrics.watch_queue(lambda: limiter.waiting)
    await limiter.acquire()  # the only call of the window
    waiters = [asyncio.create_task(limiter.acquire()) for _ in range(2)]
    while limiter.waiting < 2:
        await asyncio.sleep(0)
    assert sample_value(text_of(metrics), "voiceclone_clone_queue_depth") == 2
    for waiter in waiters:
        waiter.cancel()
    await asyncio.gather(*waiters, return_exceptions=True)
    assert sample_value(text_of(metrics), "voiceclone_clone_queue_depth") == 0


# --- the Inworld client ---------------------------------------------------------------------


def client_for(
    fake: FakeInworld, session: aiohttp.ClientSession, metrics: BotMetrics
) -> InworldClient:
    return InworldClient(
        session, api_key=fake.api_key, base_url=fake.url, retry=FAST_RETRY, metrics=metrics
    )


def clone_request() -> CloneRequest:
    return CloneRequest(
        display_name="Test Voice", lang_code="EN_US", samples=(CloneSample(make_wav(8.0)),)
    )


async def test_client_times_every_attempt_and_counts_errors_by_code(
    fake_inworld: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    metrics = BotMetrics()
    client = client_for(fake_inworld, http_session, metrics)
    fake_inworld.enqueue(Fault.rate_limited(0))
    result = await client.clone_voice(clone_request())  # a 429, then a success
    assert result.voice is not None
    fake_inworld.enqueue(Fault.rpc(7, "API key has insufficient access level"))
    with pytest.raises(PermissionDenied):
        await client.clone_voice(clone_request())
    fake_inworld.enqueue(Fault.missing_voice())
    with pytest.raises(BadResponse):
        await client.clone_voice(clone_request())
    await client.delete_voice(result.voice.voice_id)
    await client.delete_voice("never-existed")  # 404: already gone, not an error
    await client.list_voices()  # the reconciliation's reads are timed too

    text = text_of(metrics)
    seconds = "voiceclone_inworld_request_seconds_count"
    errors = "voiceclone_inworld_errors_total"
    assert sample_value(text, seconds, endpoint="clone") == 4
    assert sample_value(text, seconds, endpoint="delete") == 2
    assert sample_value(text, seconds, endpoint="list") == 1
    assert sample_value(text, errors, endpoint="clone", code="resource_exhausted") == 1
    assert sample_value(text, errors, endpoint="clone", code="permission_denied") == 1
    assert sample_value(text, errors, endpoint="clone", code="bad_response") == 1
    assert sample_value(text, errors, endpoint="delete", code="not_found") is None
    assert fake_inworld.api_key not in text


async def test_client_counts_a_connection_failure(http_session: aiohttp.ClientSession) -> None:
    metrics = BotMetrics()
    client = InworldClient(
        http_session,
        api_key="secret-key",
        base_url="http://127.0.0.1:1",
        retry=RetryPolicy(max_attempts=1),
        metrics=metrics,
    )
    with pytest.raises(ConnectionFailed):
        await client.clone_voice(clone_request())
    text = text_of(metrics)
    assert (
        sample_value(text, "voiceclone_inworld_errors_total", endpoint="clone", code="connection")
        == 1
    )


def test_client_works_without_metrics(http_session: aiohttp.ClientSession) -> None:
    client = InworldClient(http_session, api_key="k")
    client.metrics.observe_api_call("clone", 1.0)  # a no-op, not an error


# --- the desk -------------------------------------------------------------------------------


@pytest.fixture
async def desk(tmp_path: Path, fake_inworld: FakeInworld) -> AsyncIterator[CloneDesk]:
    async with desk_for(
        tmp_path, fake_inworld, metrics=BotMetrics(), max_attachment_bytes=1000
    ) as desk:
        yield desk


def outcomes(desk: CloneDesk) -> dict[str, float]:
    text = text_of(desk.metrics)
    found = {o: sample_value(text, "voiceclone_clones_total", outcome=o) for o in CLONE_OUTCOMES}
    return {o: v for o, v in found.items() if v}


async def test_desk_counts_each_request_once_by_outcome(
    desk: CloneDesk, fake_inworld: FakeInworld
) -> None:
    created = await awaiting_consent(desk, speech())
    await desk.consent(created.id, ALICE)
    await desk.execute(created.id, no_progress)
    assert outcomes(desk) == {"created": 1}

    cancelled = await awaiting_consent(desk, speech())
    await desk.cancel(cancelled.id, ALICE)

    fake_inworld.enqueue(Fault.rpc(14, "down for maintenance"))
    broken = await awaiting_consent(desk, speech())
    await desk.consent(broken.id, ALICE)
    with pytest.raises(InworldError):
        await desk.execute(broken.id, no_progress)

    fake_inworld.extra_errors = ["Sample too noisy"]
    refused = await awaiting_consent(desk, speech())
    await desk.consent(refused.id, ALICE)
    await desk.execute(refused.id, no_progress)

    assert outcomes(desk) == {"created": 1, "cancelled": 1, "api_error": 1, "rejected_by_api": 1}
    text = text_of(desk.metrics)
    assert (
        sample_value(text, "voiceclone_inworld_errors_total", endpoint="clone", code="unavailable")
        == 1
    )


async def test_desk_counts_refusals_by_reason(desk: CloneDesk) -> None:
    policy = await desk.change_policy(GUILD, 99, blocked_user_ids=[ALICE])
    requester = Requester(user_id=ALICE, channel_id=2, role_ids=frozenset())
    small = [SampleSource("a.ogg", "http://127.0.0.1:1/a.ogg", 10)]
    with pytest.raises(PolicyRefusal):
        await desk.open(
            guild_id=GUILD,
            policy=policy,
            requester=requester,
            options=CloneOptions(name="A", language="EN_US"),
            sources=small,
            progress=no_progress,
        )
    huge = [SampleSource("a.wav", "http://127.0.0.1:1/a.wav", 10**6)]
    with pytest.raises(AttachmentTooLarge):
        await desk.open(
            guild_id=GUILD,
            policy=policy,
            requester=requester,
            options=CloneOptions(name="A", language="EN_US"),
            sources=huge,
            progress=no_progress,
        )
    text = text_of(desk.metrics)
    assert sample_value(text, "voiceclone_requests_refused_total", reason="blocked") == 1
    assert sample_value(text, "voiceclone_requests_refused_total", reason="too_large") == 1
    assert outcomes(desk) == {}
