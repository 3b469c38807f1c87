"""Column types: UTC datetimes, statuses, snowflakes and JSON on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text

from bot.storage.db import Database
from bot.storage.models import (
    DEFAULT_COOLDOWN_SECONDS,
    DEFAULT_GUILD_DAILY_QUOTA,
    DEFAULT_MEMBER_DAILY_QUOTA,
    FINAL_STATUSES,
    OPEN_STATUSES,
    AuditEvent,
    CloneRecord,
    CloneStatus,
    GuildPolicy,
    utcnow,
)

BIG = 2**63 - 1  # largest BigInteger; far above 2**53, where floats lose integers
BIGGISH = 2**53 + 1


def make_record(**overrides: object) -> CloneRecord:
    fields: dict[str, object] = {
        "guild_id": 1,
        "channel_id": 2,
        "user_id": 3,
        "display_name": "Voice",
        "language": "EN_US",
    }
    fields.update(overrides)
    return CloneRecord(**fields)  # type: ignore[arg-type]


def test_status_sets() -> None:
    assert set(CloneStatus) == FINAL_STATUSES | OPEN_STATUSES
    assert not FINAL_STATUSES & OPEN_STATUSES
    assert {
        CloneStatus.PROCESSING,
        CloneStatus.AWAITING_CONSENT,
        CloneStatus.PENDING_APPROVAL,
        CloneStatus.APPROVED,
        CloneStatus.CLONING,
        CloneStatus.RECONCILING,
    } == OPEN_STATUSES
    assert CloneStatus.DONE.is_final
    assert not CloneStatus.APPROVED.is_final
    assert CloneStatus("pending_approval") is CloneStatus.PENDING_APPROVAL


def test_python_defaults() -> None:
    policy = GuildPolicy(guild_id=5)
    assert policy.allowed_role_ids == []
    assert policy.cooldown_seconds == DEFAULT_COOLDOWN_SECONDS
    assert policy.member_daily_quota == DEFAULT_MEMBER_DAILY_QUOTA
    assert policy.guild_daily_quota == DEFAULT_GUILD_DAILY_QUOTA
    assert policy.max_sample_seconds == 15.0
    assert policy.approval_required is False
    assert policy.ephemeral is True
    assert policy.default_language is policy.remove_noise is policy.consent_text is None
    assert policy.updated_at is policy.updated_by is None
    record = make_record()
    assert record.status is CloneStatus.PROCESSING
    assert record.tags == [] and record.samples == [] and record.timings == {}
    assert record.created_at.tzinfo is UTC
    assert record.remove_noise is False


async def test_datetimes_are_stored_in_utc_and_read_back_aware(database: Database) -> None:
    local = datetime(2030, 6, 1, 12, 30, 15, 123456, tzinfo=timezone(timedelta(hours=5)))
    async with database.session() as session, session.begin():
        record = make_record(expires_at=local)
        session.add(record)
    async with database.session() as session:
        loaded = await session.get(CloneRecord, record.id)
        raw = await session.scalar(
            text("SELECT expires_at FROM clone_records WHERE id = :id"), {"id": record.id}
        )
    assert loaded is not None and loaded.expires_at is not None
    assert loaded.expires_at == local
    assert loaded.expires_at.tzinfo is UTC
    assert loaded.expires_at.hour == 7
    assert loaded.created_at.tzinfo is UTC
    assert abs(loaded.created_at - utcnow()) < timedelta(minutes=1)
    if database.backend == "sqlite":
        assert str(raw).startswith("2030-06-01 07:30:15.123456")


async def test_naive_datetimes_are_refused(database: Database) -> None:
    with pytest.raises(Exception, match="naive datetime"):
        async with database.session() as session, session.begin():
            session.add(make_record(expires_at=datetime(2030, 1, 1)))


async def test_comparisons_work_across_time_zones(database: Database) -> None:
    moment = datetime(2030, 1, 1, tzinfo=UTC)
    async with database.session() as session, session.begin():
        session.add(make_record(created_at=moment))
    plus_one = timezone(timedelta(hours=1))
    async with database.session() as session:
        query = select(CloneRecord.id).where(CloneRecord.created_at >= moment.astimezone(plus_one))
        assert len((await session.scalars(query)).all()) == 1
        later = select(CloneRecord.id).where(
            CloneRecord.created_at > (moment + timedelta(microseconds=1)).astimezone(plus_one)
        )
        assert (await session.scalars(later)).all() == []


async def test_status_is_a_plain_string_column(database: Database) -> None:
    async with database.session() as session, session.begin():
        record = make_record(status=CloneStatus.PENDING_APPROVAL)
        session.add(record)
    async with database.session() as session:
        raw = await session.scalar(text("SELECT status FROM clone_records"))
        loaded = await session.get(CloneRecord, record.id)
    assert raw == "pending_approval"
    assert loaded is not None and loaded.status is CloneStatus.PENDING_APPROVAL


async def test_snowflakes_above_2_53_round_trip(database: Database) -> None:
    async with database.session() as session, session.begin():
        session.add(
            GuildPolicy(
                guild_id=BIG,
                allowed_role_ids=[BIG, BIGGISH],
                review_channel_id=BIGGISH,
                updated_by=BIG,
            )
        )
        record = make_record(guild_id=BIG, channel_id=BIGGISH, user_id=BIG - 1, decided_by=BIG)
        session.add(record)
    async with database.session() as session, session.begin():
        event = AuditEvent(
            guild_id=BIG, action="requested", record_id=record.id, actor_id=BIG, detail={"x": BIG}
        )
        session.add(event)
    async with database.session() as session:
        policy = await session.get(GuildPolicy, BIG)
        loaded = await session.get(CloneRecord, record.id)
        audit = await session.get(AuditEvent, event.id)
    assert policy is not None and loaded is not None and audit is not None
    assert policy.allowed_role_ids == [BIG, BIGGISH]
    assert policy.review_channel_id == BIGGISH and policy.updated_by == BIG
    assert (loaded.guild_id, loaded.channel_id, loaded.user_id) == (BIG, BIGGISH, BIG - 1)
    assert loaded.decided_by == BIG
    assert audit.guild_id == audit.actor_id == BIG
    assert audit.detail == {"x": BIG}


async def test_json_columns_round_trip(database: Database) -> None:
    sample = {
        "filename": "a.ogg",
        "sha256": "ab" * 32,
        "seconds": 9.5,
        "peak_dbfs": float("-inf"),
        "clipped_fraction": float("nan"),
        "codec": "opus",
    }
    async with database.session() as session, session.begin():
        record = make_record(
            tags=["calm", "ünïcode"],
            samples=[sample],
            api_warnings=[["quiet"], []],
            timings={"decode": 0.25},
        )
        session.add(record)
    async with database.session() as session:
        loaded = await session.get(CloneRecord, record.id)
    assert loaded is not None
    assert loaded.tags == ["calm", "ünïcode"]
    assert loaded.samples == [{**sample, "peak_dbfs": None, "clipped_fraction": None}]
    assert loaded.api_warnings == [["quiet"], []]
    assert loaded.timings == {"decode": 0.25}
