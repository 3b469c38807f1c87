"""CloneStore: policies, the record lifecycle, compare-and-set transitions, quotas, audit."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import delete, func, select

from bot.policy import History, PolicyRefusal
from bot.storage.db import Database
from bot.storage.models import (
    DEFAULT_COOLDOWN_SECONDS,
    DEFAULT_GUILD_DAILY_QUOTA,
    DEFAULT_MEMBER_DAILY_QUOTA,
    FINAL_STATUSES,
    AuditAction,
    CloneRecord,
    CloneStatus,
    GuildPolicy,
    SampleAudio,
    utcnow,
)
from bot.storage.repository import CloneStore

GUILD = 1_000_000_000_000_000_001
OTHER_GUILD = 2_000_000_000_000_000_002
ALICE = 3_000_000_000_000_000_003
BOB = 4_000_000_000_000_000_004
MOD = 5_000_000_000_000_000_005
S = CloneStatus


async def new_record(store: CloneStore, **overrides: Any) -> CloneRecord:
    fields: dict[str, Any] = {
        "guild_id": GUILD,
        "channel_id": 10,
        "user_id": ALICE,
        "display_name": "Alice's voice",
        "language": "EN_US",
    }
    fields.update(overrides)
    return await store.create_record(**fields)


async def count_rows(database: Database, model: type[Any]) -> int:
    async with database.session() as session:
        return await session.scalar(select(func.count()).select_from(model)) or 0


# --- Policies -----------------------------------------------------------------------------


async def test_policy_defaults_are_not_persisted(store: CloneStore, database: Database) -> None:
    policy = await store.get_policy(GUILD)
    assert policy.guild_id == GUILD
    assert policy.cooldown_seconds == DEFAULT_COOLDOWN_SECONDS
    assert policy.member_daily_quota == DEFAULT_MEMBER_DAILY_QUOTA
    assert policy.guild_daily_quota == DEFAULT_GUILD_DAILY_QUOTA
    assert policy.max_sample_seconds == 15.0
    assert policy.allowed_role_ids == policy.moderator_role_ids == []
    assert policy.approval_required is False and policy.ephemeral is True
    assert policy.updated_at is None
    assert await count_rows(database, GuildPolicy) == 0


async def test_update_policy_upserts(store: CloneStore, database: Database) -> None:
    created = await store.update_policy(
        GUILD, MOD, cooldown_seconds=60, allowed_role_ids=(7, 8, 7), approval_required=True
    )
    assert created.cooldown_seconds == 60
    assert created.allowed_role_ids == [7, 8]
    assert created.member_daily_quota == DEFAULT_MEMBER_DAILY_QUOTA  # untouched default
    assert created.updated_by == MOD
    assert created.updated_at is not None
    assert abs(created.updated_at - utcnow()) < timedelta(minutes=1)

    updated = await store.update_policy(
        GUILD, None, member_daily_quota=0, review_channel_id=99, default_language="DE_DE"
    )
    assert updated.cooldown_seconds == 60  # kept
    assert updated.allowed_role_ids == [7, 8]
    assert updated.member_daily_quota == 0
    assert updated.review_channel_id == 99
    assert updated.updated_by is None

    loaded = await store.get_policy(GUILD)
    assert (loaded.cooldown_seconds, loaded.member_daily_quota) == (60, 0)
    assert loaded.approval_required is True and loaded.default_language == "DE_DE"
    assert (await store.get_policy(OTHER_GUILD)).cooldown_seconds == DEFAULT_COOLDOWN_SECONDS
    assert await count_rows(database, GuildPolicy) == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"colour": "red"}, "unknown policy field"),
        ({"guild_id": 5}, "unknown policy field"),
        ({"updated_at": None}, "unknown policy field"),
        ({"cooldown_seconds": -1}, "invalid cooldown_seconds"),
        ({"cooldown_seconds": True}, "invalid cooldown_seconds"),
        ({"max_sample_seconds": 0}, "invalid max_sample_seconds"),
        ({"allowed_role_ids": "123"}, "invalid allowed_role_ids"),
        ({"allowed_role_ids": [1, "2"]}, "invalid allowed_role_ids"),
        ({"ephemeral": None}, "invalid ephemeral"),
        ({"remove_noise": "yes"}, "invalid remove_noise"),
        ({"consent_text": "  "}, "invalid consent_text"),
    ],
)
async def test_update_policy_rejects_bad_changes(
    store: CloneStore, database: Database, changes: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        await store.update_policy(GUILD, MOD, **changes)
    assert await count_rows(database, GuildPolicy) == 0


async def test_update_policy_can_reset_optional_fields(store: CloneStore) -> None:
    await store.update_policy(GUILD, MOD, remove_noise=True, consent_text="I agree")
    policy = await store.update_policy(GUILD, MOD, remove_noise=None, consent_text=None)
    assert policy.remove_noise is None and policy.consent_text is None


async def test_concurrent_first_policy_updates(store: CloneStore, database: Database) -> None:
    other = Database(database.url)
    await other.connect()
    try:
        stores = [store, CloneStore(other)] * 3
        await asyncio.gather(
            *(s.update_policy(GUILD, MOD, cooldown_seconds=n) for n, s in enumerate(stores))
        )
    finally:
        await other.close()
    assert await count_rows(database, GuildPolicy) == 1
    assert (await store.get_policy(GUILD)).cooldown_seconds in range(len(stores))


# --- Records and their samples --------------------------------------------------------------


async def test_create_and_get_record(store: CloneStore) -> None:
    expires = utcnow() + timedelta(minutes=10)
    record = await new_record(
        store,
        tags=["calm"],
        samples=[{"filename": "a.wav", "seconds": 8.0}],
        expires_at=expires,
        notify_channel_id=11,
    )
    assert record.id > 0
    assert record.status is S.PROCESSING
    assert record.created_at.tzinfo is not None
    loaded = await store.get_record(record.id)
    assert loaded is not None  # readable after its session closed
    assert loaded.display_name == "Alice's voice"
    assert loaded.tags == ["calm"]
    assert loaded.samples == [{"filename": "a.wav", "seconds": 8.0}]
    assert loaded.expires_at == expires
    assert loaded.notify_channel_id == 11
    assert await store.get_record(record.id + 1000) is None


async def test_create_record_checks_fields(store: CloneStore) -> None:
    with pytest.raises(TypeError):
        await new_record(store, colour="red")
    with pytest.raises(TypeError):
        await store.create_record(guild_id=GUILD)
    with pytest.raises(ValueError, match="naive"):
        await new_record(store, expires_at=datetime(2030, 1, 1))
    with pytest.raises(ValueError):
        await new_record(store, status="sleeping")
    record = await new_record(store, status="awaiting_consent")
    assert record.status is S.AWAITING_CONSENT


async def test_samples_save_load_replace_delete(store: CloneStore) -> None:
    record = await new_record(store)
    assert await store.load_samples(record.id) == []
    await store.save_samples(record.id, [b"RIFF-one", b"RIFF-two", bytes(range(256))])
    assert await store.load_samples(record.id) == [b"RIFF-one", b"RIFF-two", bytes(range(256))]
    await store.save_samples(record.id, [b"new"])
    assert await store.load_samples(record.id) == [b"new"]
    await store.delete_samples(record.id)
    assert await store.load_samples(record.id) == []
    with pytest.raises(LookupError):
        await store.save_samples(record.id + 1000, [b"x"])


async def test_record_lifecycle(store: CloneStore) -> None:
    record = await new_record(store)
    await store.save_samples(record.id, [b"a", b"b"])

    steps: list[tuple[set[CloneStatus], CloneStatus, dict[str, Any]]] = [
        ({S.PROCESSING}, S.AWAITING_CONSENT, {"expires_at": utcnow() + timedelta(minutes=5)}),
        (
            {S.AWAITING_CONSENT},
            S.PENDING_APPROVAL,
            {"consent_text": "yes", "consented_at": utcnow()},
        ),
        ({S.PENDING_APPROVAL}, S.APPROVED, {"decided_by": MOD, "decided_at": utcnow()}),
        ({S.APPROVED}, S.CLONING, {}),
    ]
    previous = record.updated_at
    for allowed, to, fields in steps:
        moved = await store.transition(record.id, allowed, to, **fields)
        assert moved is not None and moved.status is to
        assert moved.updated_at >= previous
        previous = moved.updated_at
        assert await store.load_samples(record.id) == [b"a", b"b"]

    done = await store.transition(
        record.id,
        {S.CLONING},
        S.DONE,
        voice_id="voice-123",
        api_warnings=[["quiet"], []],
        timings={"clone": 1.5},
    )
    assert done is not None
    assert (done.status, done.voice_id) == (S.DONE, "voice-123")
    assert done.api_warnings == [["quiet"], []]
    assert done.consent_text == "yes" and done.decided_by == MOD
    assert await store.load_samples(record.id) == []
    assert await store.transition(record.id, {S.CLONING}, S.FAILED) is None


async def test_transition_refuses_wrong_state(store: CloneStore) -> None:
    record = await new_record(store, status=S.AWAITING_CONSENT)
    assert await store.transition(record.id, {S.PENDING_APPROVAL}, S.APPROVED) is None
    unchanged = await store.get_record(record.id)
    assert unchanged is not None and unchanged.status is S.AWAITING_CONSENT
    assert unchanged.updated_at == record.updated_at
    assert await store.transition(record.id + 1000, {S.AWAITING_CONSENT}, S.EXPIRED) is None


async def test_transition_checks_arguments(store: CloneStore) -> None:
    record = await new_record(store)
    with pytest.raises(ValueError, match="empty"):
        await store.transition(record.id, set(), S.FAILED)
    for bad in ({"status": S.DONE}, {"id": 5}, {"created_at": utcnow()}, {"colour": "red"}):
        with pytest.raises(ValueError, match="cannot set"):
            await store.transition(record.id, {S.PROCESSING}, S.FAILED, **bad)
    with pytest.raises(ValueError, match="naive"):
        await store.transition(
            record.id,
            {S.PROCESSING},
            S.FAILED,
            decided_at=datetime(2030, 1, 1),
        )
    loaded = await store.get_record(record.id)
    assert loaded is not None and loaded.status is S.PROCESSING


async def test_concurrent_approvals_exactly_one_wins(store: CloneStore, database: Database) -> None:
    record = await new_record(store, status=S.PENDING_APPROVAL)
    other = Database(database.url)
    await other.connect()
    try:
        stores = [store, CloneStore(other)] * 4
        results = await asyncio.gather(
            *(
                s.transition(record.id, {S.PENDING_APPROVAL}, S.APPROVED, decided_by=n)
                for n, s in enumerate(stores)
            )
        )
    finally:
        await other.close()
    winners = [r for r in results if r is not None]
    assert len(winners) == 1
    loaded = await store.get_record(record.id)
    assert loaded is not None and loaded.status is S.APPROVED
    assert loaded.decided_by == winners[0].decided_by


@pytest.mark.parametrize("final", sorted(FINAL_STATUSES))
async def test_final_transition_deletes_samples(store: CloneStore, final: CloneStatus) -> None:
    record = await new_record(store, status=S.AWAITING_CONSENT)
    keep = await new_record(store, status=S.AWAITING_CONSENT)
    await store.save_samples(record.id, [b"a"])
    await store.save_samples(keep.id, [b"k"])
    moved = await store.transition(record.id, {S.AWAITING_CONSENT}, final)
    assert moved is not None and moved.status is final
    assert await store.load_samples(record.id) == []
    assert await store.load_samples(keep.id) == [b"k"]


async def test_deleting_a_record_cascades(store: CloneStore, database: Database) -> None:
    record = await new_record(store)
    await store.save_samples(record.id, [b"a"])
    event = await store.add_audit(GUILD, AuditAction.REQUESTED, record_id=record.id)
    async with database.session() as session, session.begin():
        await session.execute(delete(CloneRecord).where(CloneRecord.id == record.id))
    assert await count_rows(database, SampleAudio) == 0
    [kept] = await store.audit_events(GUILD)
    assert kept.id == event.id and kept.record_id is None


# --- Open requests (quotas and cooldowns: test_usage.py) ------------------------------------


async def test_open_request(store: CloneStore) -> None:
    now = utcnow()
    assert await store.open_request(GUILD, ALICE) is None
    await new_record(store, status=S.DONE, created_at=now)
    await new_record(store, status=S.CANCELLED, created_at=now)
    assert await store.open_request(GUILD, ALICE) is None
    older = await new_record(store, status=S.APPROVED, created_at=now - timedelta(hours=1))
    newer = await new_record(store, status=S.AWAITING_CONSENT, created_at=now)
    await new_record(store, guild_id=OTHER_GUILD, status=S.CLONING, created_at=now)
    found = await store.open_request(GUILD, ALICE)
    assert found is not None and found.id == newer.id
    await store.transition(newer.id, {S.AWAITING_CONSENT}, S.CANCELLED)
    found = await store.open_request(GUILD, ALICE)
    assert found is not None and found.id == older.id
    assert await store.open_request(GUILD, BOB) is None
    for status in (S.PROCESSING, S.PENDING_APPROVAL, S.CLONING):
        bob = await new_record(store, user_id=BOB, status=status)
        found = await store.open_request(GUILD, BOB)
        assert found is not None and found.id == bob.id
        await store.transition(bob.id, {status}, S.FAILED)


# --- Sweeps ---------------------------------------------------------------------------------


async def test_due_for_expiry(store: CloneStore) -> None:
    now = utcnow()
    past, future = now - timedelta(seconds=1), now + timedelta(minutes=5)
    due_consent = await new_record(store, status=S.AWAITING_CONSENT, expires_at=past)
    due_approval = await new_record(store, status=S.PENDING_APPROVAL, expires_at=now)
    await new_record(store, status=S.PENDING_APPROVAL, expires_at=future)
    await new_record(store, status=S.PENDING_APPROVAL)  # never expires
    await new_record(store, status=S.APPROVED, expires_at=past)
    await new_record(store, status=S.DONE, expires_at=past)
    due = await store.due_for_expiry(now)
    assert [r.id for r in due] == [due_consent.id, due_approval.id]
    assert await store.due_for_expiry(past - timedelta(seconds=1)) == []
    assert len(await store.due_for_expiry(future)) == 3


async def test_interrupted_and_approved_not_started(store: CloneStore) -> None:
    processing = await new_record(store, status=S.PROCESSING)
    cloning = await new_record(store, status=S.CLONING, guild_id=OTHER_GUILD)
    approved = await new_record(store, status=S.APPROVED)
    for status in (S.AWAITING_CONSENT, S.PENDING_APPROVAL, S.DONE, S.FAILED):
        await new_record(store, status=status)
    assert [r.id for r in await store.interrupted()] == [processing.id, cloning.id]
    assert [r.id for r in await store.approved_not_started()] == [approved.id]
    # Only requests no live process holds (another process may be working on them).
    now = utcnow()
    soon = now + timedelta(seconds=30)
    assert await store.claim_lease(processing.id, {S.PROCESSING}, "a", soon)
    assert await store.claim_lease(approved.id, {S.APPROVED}, "a", soon)
    assert [r.id for r in await store.interrupted(now)] == [cloning.id]
    assert await store.approved_not_started(now) == []
    later = soon + timedelta(seconds=1)
    assert [r.id for r in await store.interrupted(later)] == [processing.id, cloning.id]
    assert [r.id for r in await store.approved_not_started(later)] == [approved.id]


async def test_a_lease_is_taken_only_when_free_or_expired(store: CloneStore) -> None:
    record = await new_record(store, status=S.APPROVED)
    soon = utcnow() + timedelta(seconds=30)
    held = await store.claim_lease(record.id, {S.APPROVED}, "a", soon)
    assert held is not None and held.lease_owner == "a" and held.lease_expires_at == soon
    assert await store.claim_lease(record.id, {S.APPROVED}, "b", soon) is None
    assert await store.claim_lease(record.id, {S.APPROVED}, "a", soon)  # its own: again
    assert await store.claim_lease(record.id, {S.CLONING}, "a", soon) is None  # wrong status
    assert await store.renew_leases("b", [record.id], soon) == 0
    assert await store.renew_leases("a", [record.id], soon + timedelta(seconds=5)) == 1
    await store.release_leases("a", [record.id])  # a clean shutdown: free at once
    taken = await store.claim_lease(record.id, {S.APPROVED}, "b", soon)
    assert taken is not None and taken.lease_owner == "b"
    done = await store.transition(record.id, {S.APPROVED}, S.DONE)
    # Nothing left to hold: what the member is owed is in the outbox (bot.outbox).
    assert done is not None and done.lease_owner is None and done.lease_expires_at is None
    await store.mark_delivered(record.id)
    delivered = await store.get_record(record.id)
    assert delivered is not None and delivered.delivered_at is not None
    failed = await new_record(store, status=S.APPROVED)
    await store.claim_lease(failed.id, {S.APPROVED}, "b", soon)
    ended = await store.transition(failed.id, {S.APPROVED}, S.FAILED)
    assert ended is not None and ended.lease_owner is None  # nothing left to hold


def _refuse_a_second(history: History) -> None:
    if history.member_requests >= 1 or history.open_request_id is not None:
        raise PolicyRefusal("quota", reason="member_quota")


async def test_counting_and_creating_is_one_serialised_step(store: CloneStore) -> None:
    since = utcnow() - timedelta(hours=24)
    first = await store.create_checked(
        since,
        _refuse_a_second,
        guild_id=GUILD,
        channel_id=10,
        user_id=ALICE,
        display_name="A",
        language="EN_US",
    )
    with pytest.raises(PolicyRefusal):
        await store.create_checked(
            since,
            _refuse_a_second,
            guild_id=GUILD,
            channel_id=10,
            user_id=ALICE,
            display_name="B",
            language="EN_US",
        )
    await store.transition(first.id, {S.PROCESSING}, S.AWAITING_CONSENT)
    seen: list[History] = []
    confirmed = await store.confirm_checked(
        first, since, seen.append, S.APPROVED, consented_at=utcnow()
    )
    assert confirmed is not None and confirmed.status is S.APPROVED
    assert seen[0].member_requests == 0 and seen[0].open_request_id == first.id
    # Confirmed once: a second confirmation finds nothing awaiting consent.
    assert await store.confirm_checked(first, since, seen.append, S.APPROVED) is None


async def test_cloned_voices_and_deletion(store: CloneStore) -> None:
    mine = await new_record(store, status=S.DONE, voice_id="ws__alice_1", display_name="Alice")
    await new_record(store, status=S.DONE, voice_id="ws__bob_1", display_name="Bob", user_id=BOB)
    await new_record(store, status=S.FAILED)
    # A failed request whose voice could not be deleted: the sweep's to delete, not listed.
    await new_record(store, status=S.FAILED, voice_id="ws__alice_undeleted", display_name="Al")
    assert [r.voice_id for r in await store.cloned_voices(GUILD, user_id=ALICE)] == ["ws__alice_1"]
    assert len(await store.cloned_voices(GUILD)) == 2
    assert [r.display_name for r in await store.cloned_voices(GUILD, search="BO")] == ["Bob"]
    found = await store.find_voice(GUILD, "ws__alice_1")
    assert found is not None and found.id == mine.id
    assert await store.find_voice(OTHER_GUILD, "ws__alice_1") is None
    deleted = await store.mark_voice_deleted(mine.id)
    assert deleted is not None and deleted.voice_deleted_at is not None
    assert await store.mark_voice_deleted(mine.id) is None
    assert await store.cloned_voices(GUILD, user_id=ALICE) == []


# --- Audit ----------------------------------------------------------------------------------


async def test_audit_events(store: CloneStore) -> None:
    record = await new_record(store)
    first = await store.add_audit(
        GUILD, AuditAction.REQUESTED, record_id=record.id, actor_id=ALICE, detail={"n": 1}
    )
    assert first.id > 0 and first.action == "requested"
    assert first.created_at.tzinfo is not None
    await store.add_audit(GUILD, "policy_changed", actor_id=MOD, detail={"cooldown": [300, 60]})
    await store.add_audit(OTHER_GUILD, AuditAction.DELETED)
    last = await store.add_audit(GUILD, AuditAction.APPROVED, record_id=record.id, actor_id=MOD)

    events = await store.audit_events(GUILD)
    assert [e.action for e in events] == ["approved", "policy_changed", "requested"]
    assert events[1].detail == {"cooldown": [300, 60]}
    assert events[2].detail == {"n": 1} and events[2].actor_id == ALICE
    assert events[1].record_id is None and events[0].detail == {}
    assert [e.id for e in await store.audit_events(GUILD, limit=1)] == [last.id]
    by_record = await store.audit_events(GUILD, record_id=record.id)
    assert [e.id for e in by_record] == [last.id, first.id]
    assert await store.audit_events(GUILD, record_id=record.id + 1000) == []
    assert [e.action for e in await store.audit_events(OTHER_GUILD)] == ["deleted"]


async def test_audit_rejects_unknown_action(store: CloneStore) -> None:
    with pytest.raises(ValueError, match="unknown audit action"):
        await store.add_audit(GUILD, "exploded")
    assert await store.audit_events(GUILD) == []


async def test_policy_defaults_come_from_the_store(database: Database) -> None:
    store = CloneStore(database, {"cooldown_seconds": 60, "approval_required": True})
    fresh = await store.get_policy(GUILD)
    assert fresh.cooldown_seconds == 60 and fresh.approval_required
    saved = await store.update_policy(GUILD, MOD, member_daily_quota=7)
    assert saved.cooldown_seconds == 60 and saved.approval_required
    assert saved.member_daily_quota == 7
    with pytest.raises(ValueError):
        CloneStore(database, {"no_such_field": 1})
