"""CloneDesk without Discord: state changes, races, failures and recovery."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.audio import AudioPipeline, ProcessedSample
from bot.cloning import CloneService, SampleSource, Stage
from bot.desk import AlreadyHandled, CloneDesk, sample_facts
from bot.errors import UserFacingError
from bot.inworld import InworldClient, RetryPolicy
from bot.leases import LeaseKeeper
from bot.observability import BotMetrics
from bot.outbox import LiveRequest, OutboxDispatcher
from bot.policy import PolicyRefusal
from bot.ratelimit import CloneRateLimiter
from bot.storage import (
    AuditAction,
    CloneRecord,
    CloneStatus,
    CloneStore,
    Database,
    GuildPolicy,
    OutboxMessage,
    utcnow,
)
from tests.audio import fixtures
from tests.fakes.inworld_server import FakeInworld, Fault

GUILD, ALICE, MOD = 1, 10, 20


class ReviewPosts:
    """Stands in for the review channel (every other Discord effect is in the outbox)."""

    async def post_review(
        self, policy: GuildPolicy, record: CloneRecord, samples: Sequence[ProcessedSample]
    ) -> tuple[int, int] | None:
        return (policy.review_channel_id or 0, 555)


async def told(desk: CloneDesk, record_id: int | None = None) -> list[str]:
    """What the outbox holds for members (notices and results), oldest first."""
    return [
        str(m.payload.get("text") or m.payload.get("headline"))
        for m in await desk.store.outbox_messages(record_id)
        if m.kind in ("notice", "result")
    ]


async def audited(desk: CloneDesk) -> list[str]:
    """The audit posts waiting in the outbox, oldest first."""
    return [
        str(m.payload["action"]) for m in await desk.store.outbox_messages() if m.kind == "audit"
    ]


class RecordingSender:
    def __init__(self) -> None:
        self.sent: list[OutboxMessage] = []

    async def send(self, message: OutboxMessage, live: LiveRequest | None) -> dict[str, Any]:
        self.sent.append(message)
        return {"where": "test"}


async def no_progress(stage: Stage, detail: str | None) -> None:
    return None


@contextlib.asynccontextmanager
async def desk_for(
    tmp_path: Path,
    fake_inworld: FakeInworld,
    *,
    metrics: BotMetrics | None = None,
    max_attachment_bytes: int = 10**7,
) -> AsyncIterator[CloneDesk]:
    """A desk on a fresh SQLite database, talking to ``fake_inworld``."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'desk.sqlite3'}")
    await database.connect()
    await database.migrate()
    async with aiohttp.ClientSession() as session:
        inworld = InworldClient(
            session,
            api_key=fake_inworld.api_key,
            base_url=fake_inworld.url,
            timeout=5,
            retry=RetryPolicy(max_attempts=1),
            metrics=metrics,
        )
        clones = CloneService(
            session=session,
            pipeline=AudioPipeline(),
            inworld=inworld,
            max_attachment_bytes=max_attachment_bytes,
            download_timeout=5,
            metrics=metrics,
        )
        yield CloneDesk(
            store=CloneStore(database),
            clones=clones,
            limiter=CloneRateLimiter(5),
            notifier=ReviewPosts(),
            default_language="EN_US",
            default_remove_noise=False,
            max_sample_seconds=15,
            consent_timeout=timedelta(minutes=10),
            approval_timeout=timedelta(hours=1),
            metrics=metrics,
        )
    await database.close()


@pytest.fixture
async def desk(tmp_path: Path, fake_inworld: FakeInworld) -> AsyncIterator[CloneDesk]:
    async with desk_for(tmp_path, fake_inworld) as desk:
        yield desk


async def awaiting_consent(desk: CloneDesk, wav: bytes) -> CloneRecord:
    """A request as /clone leaves it: processed, stored, waiting for the member."""
    sample = await desk.clones.pipeline.process(wav)
    record = await desk.store.create_record(
        guild_id=GUILD, channel_id=2, user_id=ALICE, display_name="Alice", language="EN_US"
    )
    await desk.store.save_samples(record.id, [sample.wav])
    updated = await desk.store.transition(
        record.id,
        {CloneStatus.PROCESSING},
        CloneStatus.AWAITING_CONSENT,
        samples=[sample_facts(SampleSource("a.wav", "", len(wav)), sample)],
    )
    assert updated is not None
    return updated


def speech() -> bytes:
    return fixtures.standard_speech_wav().read_bytes()


async def test_only_the_requester_can_consent(desk: CloneDesk) -> None:
    record = await awaiting_consent(desk, speech())
    with pytest.raises(UserFacingError, match="Only the member"):
        await desk.consent(record.id, MOD)
    consented = await desk.consent(record.id, ALICE)
    assert consented.status is CloneStatus.APPROVED and consented.consent_text
    with pytest.raises(UserFacingError, match="no longer be confirmed"):
        await desk.consent(record.id, ALICE)


async def test_concurrent_approvals_clone_once(desk: CloneDesk, fake_inworld: FakeInworld):
    await desk.change_policy(GUILD, MOD, approval_required=True, review_channel_id=3)
    record = await awaiting_consent(desk, speech())
    pending = await desk.consent(record.id, ALICE)
    assert pending.status is CloneStatus.PENDING_APPROVAL and pending.review_message_id == 555
    results = await asyncio.gather(
        *(desk.approve(record.id, MOD) for _ in range(5)), return_exceptions=True
    )
    assert sum(isinstance(r, CloneRecord) for r in results) == 1
    assert all("already approved" in str(r) for r in results if isinstance(r, Exception))
    outcome = await desk.execute(record.id, no_progress)
    assert outcome.result.voice is not None
    with pytest.raises(UserFacingError):
        await desk.execute(record.id, no_progress)
    assert len(fake_inworld.clone_requests) == 1
    done = await desk.store.get_record(record.id)
    assert done is not None and done.status is CloneStatus.DONE
    assert await desk.store.load_samples(record.id) == []  # audio is not kept once final


async def test_no_voice_created_is_a_failure_with_the_api_errors(
    desk: CloneDesk, fake_inworld: FakeInworld
):
    fake_inworld.extra_errors = ["Sample too noisy"]
    record = await awaiting_consent(desk, speech())
    await desk.consent(record.id, ALICE)
    outcome = await desk.execute(record.id, no_progress)
    assert outcome.result.voice is None
    failed = await desk.store.get_record(record.id)
    assert failed is not None and failed.status is CloneStatus.FAILED
    assert "Sample too noisy" in (failed.failure_reason or "")
    assert failed.api_errors == [["Sample too noisy"]]


async def test_shutdown_mid_clone_is_reported_at_the_next_start(
    desk: CloneDesk, fake_inworld: FakeInworld
):
    fake_inworld.enqueue(Fault.stall(30))
    record = await awaiting_consent(desk, speech())
    await desk.consent(record.id, ALICE)
    task = asyncio.create_task(desk.execute(record.id, no_progress))
    await fake_inworld.wait_for_requests(1, clone_only=True)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    left = await desk.store.get_record(record.id)
    assert left is not None and left.status is CloneStatus.CLONING
    assert await desk.recover() == []
    recovered = await desk.store.get_record(record.id)
    assert recovered is not None and recovered.status is CloneStatus.FAILED
    assert "check your voice list" in (await told(desk, record.id))[-1]
    assert AuditAction.INTERRUPTED in await audited(desk)


async def test_api_error_fails_the_record(desk: CloneDesk, fake_inworld: FakeInworld) -> None:
    fake_inworld.enqueue(Fault.rpc(7, "read only"))
    record = await awaiting_consent(desk, speech())
    await desk.consent(record.id, ALICE)
    with pytest.raises(Exception, match="PermissionDenied"):
        await desk.execute(record.id, no_progress)
    failed = await desk.store.get_record(record.id)
    assert failed is not None and failed.status is CloneStatus.FAILED
    assert "read-only" in (failed.failure_reason or "")


async def test_a_request_another_live_process_holds_is_left_to_it(
    desk: CloneDesk, fake_inworld: FakeInworld
) -> None:
    """Ownership by lease, not by age: a request queued in another live process is neither
    run nor failed here, however long it waits; once that lease expires it is taken over."""
    record = await awaiting_consent(desk, speech())
    await desk.consent(record.id, ALICE)
    desk.leases.drop(record.id)
    soon = utcnow() + timedelta(seconds=0.5)
    assert await desk.store.claim_lease(record.id, {CloneStatus.APPROVED}, "other", soon) is None
    await desk.store.release_leases(desk.leases.owner, [record.id])
    assert await desk.store.claim_lease(record.id, {CloneStatus.APPROVED}, "other", soon)
    assert await desk.recover(respect_leases=True) == []
    with pytest.raises(AlreadyHandled):
        await desk.execute(record.id, no_progress)
    assert fake_inworld.clone_requests == []
    await asyncio.sleep(0.6)  # the other process died: its lease ran out
    (resumable,) = await desk.recover(respect_leases=True)
    assert resumable.id == record.id
    outcome = await desk.execute(record.id, no_progress)
    assert outcome.result.voice is not None and len(fake_inworld.clone_requests) == 1


async def test_confirming_rechecks_the_guild_quota(desk: CloneDesk) -> None:
    await desk.change_policy(GUILD, MOD, guild_daily_quota=1)
    first = await awaiting_consent(desk, speech())
    second = await awaiting_consent(desk, speech())  # both opened while the quota was free
    await desk.consent(first.id, ALICE)
    with pytest.raises(PolicyRefusal, match="This server has reached its limit"):
        await desk.consent(second.id, ALICE)
    failed = await desk.store.get_record(second.id)
    assert failed is not None and failed.status is CloneStatus.FAILED
    with pytest.raises(UserFacingError, match="no longer be confirmed"):
        await desk.consent(first.id, ALICE)  # a double click is not a quota refusal


async def test_leases_are_renewed_while_held_and_released_at_shutdown(desk: CloneDesk) -> None:
    keeper = LeaseKeeper(desk.store, 0.3, owner="me")
    record = await awaiting_consent(desk, speech())
    await desk.consent(record.id, ALICE)
    assert await keeper.claim(record.id, {CloneStatus.APPROVED}) is None  # the desk's lease
    await desk.store.release_leases(desk.leases.owner, [record.id])
    assert await keeper.claim(record.id, {CloneStatus.APPROVED}) is not None
    keeper.start()
    await asyncio.sleep(0.7)  # past the first lease: renewed twice since
    assert (
        await desk.store.claim_lease(
            record.id, {CloneStatus.APPROVED}, "other", utcnow() + timedelta(seconds=5)
        )
        is None
    )
    await keeper.stop()  # a clean shutdown: others may take over at once
    assert await desk.store.claim_lease(
        record.id, {CloneStatus.APPROVED}, "other", utcnow() + timedelta(seconds=5)
    )


async def test_a_request_killed_before_its_post_is_queued_again(desk: CloneDesk) -> None:
    """It had its slot but its POST never left (no clone_started_at): nothing was created, so
    recovery queues it again instead of failing it."""
    record = await awaiting_consent(desk, speech())
    await desk.consent(record.id, ALICE)
    await desk.store.transition(record.id, {CloneStatus.APPROVED}, CloneStatus.CLONING)
    desk.leases.drop(record.id)
    (again,) = await desk.recover()
    assert again.id == record.id and again.status is CloneStatus.APPROVED
    assert await told(desk, record.id) == []


async def test_a_result_is_in_the_outbox_with_its_move_and_sent_once(
    desk: CloneDesk, fake_inworld: FakeInworld
) -> None:
    """The result is written with the move to done (no lease kept for it): a process that
    dies before it tells the member leaves it to the next dispatcher pass, which sends it
    once."""
    record = await awaiting_consent(desk, speech())
    await desk.consent(record.id, ALICE)
    outcome = await desk.execute(record.id, no_progress)
    assert outcome.result.voice is not None
    stored = await desk.store.get_record(record.id)
    assert stored is not None and stored.lease_owner is None
    (result,) = [m for m in await desk.store.outbox_messages(record.id) if m.kind == "result"]
    assert result.payload["created"] is True and result.delivered_at is None
    sender = RecordingSender()
    dispatcher = OutboxDispatcher(desk.store, sender, owner="next-process")
    await dispatcher.run_once()
    await dispatcher.run_once()
    assert [m.id for m in sender.sent if m.kind == "result"] == [result.id]
    (sent,) = [m for m in await desk.store.outbox_messages(record.id) if m.kind == "result"]
    assert sent.delivered_at is not None and sent.outcome == {"where": "test"}


STORE_CALLS_AFTER_THE_POST = ("transition", "claimed_voice_ids", "get_record", "add_audit")


async def test_a_database_error_after_the_post_parks_the_request_never_fails_it(
    desk: CloneDesk, fake_inworld: FakeInworld, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Failure mode 1 of the exactly-once review: the connection drops after Inworld created
    the voice, and the first database call after the POST fails once (it was the "claimed
    voice ids" lookup): the request was marked failed although the voice existed, so the
    member's retry made a second voice. Now only an Inworld answer fails a request whose
    POST may have left: it is parked, the member told not to send it again, and the voice
    is found by its tag."""
    record = await awaiting_consent(desk, speech())
    await desk.consent(record.id, ALICE)
    fake_inworld.enqueue(Fault.create_then_drop())
    broken = False

    def flaky(name: str) -> Any:
        real = getattr(desk.store, name)

        async def call(*args: Any, **kwargs: Any) -> Any:
            nonlocal broken
            if fake_inworld.clone_requests and not broken:
                broken = True
                raise RuntimeError(f"the database broke during {name}")
            return await real(*args, **kwargs)

        return call

    for name in STORE_CALLS_AFTER_THE_POST:
        monkeypatch.setattr(desk.store, name, flaky(name))
    with pytest.raises(Exception):  # noqa: B017 - whichever error the member sees
        await desk.execute(record.id, no_progress)
    assert broken and len(fake_inworld.voices) == 1  # Inworld created it; the bot broke
    monkeypatch.undo()
    parked = await desk.store.get_record(record.id)
    assert parked is not None and parked.status is CloneStatus.RECONCILING
    assert "don't send it again" in (await told(desk, record.id))[-1]
    assert AuditAction.FAILED not in await audited(desk)
