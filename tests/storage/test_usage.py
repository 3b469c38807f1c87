"""Usage marks: the quotas, the cooldown and the sentence-tries limit count marks that hold no
personal content and outlive an erasure of the member's data (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.engine import Connection

from bot.consent.verifier import FAILURE_WINDOW
from bot.policy import QUOTA_WINDOW, History, PolicyRefusal
from bot.storage import usage
from bot.storage.db import Database, alembic_config
from bot.storage.models import (
    ChallengeStatus,
    CloneRecord,
    CloneStatus,
    ConsentChallenge,
    UsageKey,
    UsageKind,
    UsageMark,
    utcnow,
)
from bot.storage.repository import CloneStore

GUILD = 1_000_000_000_000_000_001
OTHER_GUILD = 2_000_000_000_000_000_002
ALICE = 3_000_000_000_000_000_003
BOB = 4_000_000_000_000_000_004
S = CloneStatus
DAY = timedelta(days=1)


def _anything(history: History) -> None:
    """A check that lets every request through."""


async def opened(
    store: CloneStore,
    at: datetime,
    *,
    user: int = ALICE,
    guild: int = GUILD,
    check: Callable[[History], None] = _anything,
) -> CloneRecord:
    """A request as /clone stores it (opened at ``at``), awaiting its member's consent."""
    record = await store.create_checked(
        utcnow() - QUOTA_WINDOW,
        check,
        guild_id=guild,
        channel_id=10,
        user_id=user,
        display_name="A voice",
        language="EN_US",
        created_at=at,
    )
    moved = await store.transition(record.id, {S.PROCESSING}, S.AWAITING_CONSENT)
    assert moved is not None
    return moved


async def confirmed(
    store: CloneStore, at: datetime, *, user: int = ALICE, guild: int = GUILD, done: bool = True
) -> CloneRecord:
    """A request opened and confirmed at ``at`` (then done, so it can be erased)."""
    record = await opened(store, at, user=user, guild=guild)
    moved = await store.confirm_checked(
        record, utcnow() - QUOTA_WINDOW, _anything, S.APPROVED, consented_at=at
    )
    assert moved is not None
    if done:
        finished = await store.transition(record.id, {S.APPROVED}, S.DONE, voice_id=None)
        assert finished is not None
    return moved


async def refused_sentence(store: CloneStore, *, user: int = ALICE) -> ConsentChallenge:
    now = utcnow()
    challenge = await store.issue_challenge(
        guild_id=GUILD,
        user_id=user,
        channel_id=10,
        language="EN_US",
        sentence="read this",
        created_at=now,
        expires_at=now + timedelta(minutes=5),
    )
    failed = await store.settle_challenge(
        challenge.id, {ChallengeStatus.OPEN}, ChallengeStatus.FAILED, decision="mismatch"
    )
    assert failed is not None
    return failed


async def marks(database: Database) -> list[UsageMark]:
    async with database.session() as session:
        return list(await session.scalars(select(UsageMark).order_by(UsageMark.id)))


async def add_marks(database: Database, *rows: UsageMark) -> None:
    async with database.session() as session, session.begin():
        session.add_all(rows)


# --- Counting ----------------------------------------------------------------------------------


async def test_requests_are_counted_by_their_marks(store: CloneStore) -> None:
    now = utcnow()
    day_ago = now - DAY
    await opened(store, now - 2 * DAY)  # too old
    await confirmed(store, now - timedelta(hours=5))
    await confirmed(store, now - timedelta(hours=4))
    await opened(store, now - timedelta(hours=3))  # never confirmed
    await confirmed(store, now - timedelta(hours=1), user=BOB)
    await confirmed(store, now, guild=OTHER_GUILD)

    assert await store.count_requests(GUILD, day_ago) == 4
    assert await store.count_requests(GUILD, day_ago, user_id=ALICE) == 3
    assert await store.count_requests(GUILD, day_ago, user_id=ALICE, consented_only=True) == 2
    assert await store.count_requests(GUILD, day_ago, consented_only=True) == 3
    assert await store.count_requests(GUILD, now - 3 * DAY, user_id=ALICE) == 4
    assert await store.count_requests(OTHER_GUILD, day_ago) == 1
    assert await store.count_requests(GUILD, now + timedelta(seconds=1)) == 0

    assert await store.last_request_at(GUILD, ALICE) == now - timedelta(hours=3)
    assert await store.last_request_at(GUILD, ALICE, consented_only=True) == now - timedelta(
        hours=4
    )
    assert await store.last_request_at(GUILD, BOB) == now - timedelta(hours=1)
    assert await store.last_request_at(OTHER_GUILD, BOB) is None
    history = await store.history(GUILD, ALICE, day_ago)
    assert (history.member_requests, history.guild_requests) == (2, 3)
    assert history.last_request_at == now - timedelta(hours=4)
    with pytest.raises(ValueError, match="naive"):
        await store.count_requests(GUILD, datetime(2030, 1, 1))


async def test_a_mark_is_written_only_with_what_it_counts(
    store: CloneStore, database: Database
) -> None:
    """A refused request leaves no mark; a second confirmation adds none."""

    def refuse(history: History) -> None:
        raise PolicyRefusal("no", reason="member_quota")

    with pytest.raises(PolicyRefusal):
        await opened(store, utcnow(), check=refuse)
    assert await marks(database) == []
    record = await confirmed(store, utcnow(), done=False)
    again = await store.confirm_checked(record, utcnow() - DAY, _anything, S.APPROVED)
    assert again is None
    kinds = sorted(m.kind for m in await marks(database))
    assert kinds == [UsageKind.CONSENTED.value, UsageKind.OPENED.value]


async def test_refused_sentences_are_counted_by_their_marks(
    store: CloneStore, database: Database
) -> None:
    since = utcnow() - FAILURE_WINDOW
    first = await refused_sentence(store)
    await refused_sentence(store, user=BOB)
    # A challenge only checked (then used) is no refusal.
    now = utcnow()
    used = await store.issue_challenge(
        guild_id=GUILD,
        user_id=ALICE,
        channel_id=10,
        language="EN_US",
        sentence="s",
        created_at=now,
        expires_at=now + timedelta(minutes=5),
    )
    await store.settle_challenge(used.id, {ChallengeStatus.OPEN}, ChallengeStatus.CHECKING)
    await store.settle_challenge(used.id, {ChallengeStatus.CHECKING}, ChallengeStatus.USED)
    assert await store.verification_failures(GUILD, ALICE, since) == [first.decided_at]
    assert await store.verification_failures(OTHER_GUILD, ALICE, since) == []
    assert await store.verification_failures(GUILD, ALICE, utcnow() + timedelta(seconds=1)) == []
    # Refused again (the API's transcription judged it afterwards): a second refusal.
    await store.settle_challenge(used.id, {ChallengeStatus.USED}, ChallengeStatus.FAILED)
    assert len(await store.verification_failures(GUILD, ALICE, since)) == 2


# --- Erasure -----------------------------------------------------------------------------------


async def test_erasing_a_members_data_resets_no_limit(
    store: CloneStore, database: Database
) -> None:
    """Finding 2: quota, cooldown, the server's quota and the sentence tries are counted from
    what erasure keeps, so clone -> erase -> clone gains nothing."""
    since = utcnow() - QUOTA_WINDOW
    record = await confirmed(store, utcnow())
    refusal = await refused_sentence(store)
    before = await store.history(GUILD, ALICE, since)
    assert await store.erase_member(GUILD, ALICE) == 1
    assert await store.get_record(record.id) is None
    assert await store.get_challenge(refusal.id) is None
    after = await store.history(GUILD, ALICE, since)
    assert after.member_requests == before.member_requests == 1
    assert after.guild_requests == before.guild_requests == 1
    assert after.last_request_at == before.last_request_at is not None
    failures = await store.verification_failures(GUILD, ALICE, utcnow() - FAILURE_WINDOW)
    assert failures == [refusal.decided_at]


async def test_marks_hold_no_personal_content(store: CloneStore, database: Database) -> None:
    await confirmed(store, utcnow())
    await confirmed(store, utcnow(), guild=OTHER_GUILD)
    await refused_sentence(store)
    await store.erase_member(GUILD, ALICE)
    stored = await marks(database)
    assert stored
    for row in stored:
        values = [row.kind, row.guild_id, row.member_key, row.at]
        assert not any(str(ALICE) in str(v) for v in values)
        assert len(row.member_key) == 64
    # The same member is a different key in each guild: nothing links their marks.
    keys = {row.guild_id: row.member_key for row in stored}
    assert keys[GUILD] != keys[OTHER_GUILD]
    async with database.session() as session:
        (key,) = list(await session.scalars(select(UsageKey)))
    assert keys[GUILD] == usage.member_key(bytes.fromhex(key.secret), GUILD, ALICE)
    assert keys[GUILD] != usage.member_key(b"", GUILD, ALICE)  # keyed, not a plain hash


async def test_every_process_uses_the_same_key(store: CloneStore, database: Database) -> None:
    others = [CloneStore(database) for _ in range(3)]
    secrets = await asyncio.gather(*(s.usage_secret() for s in [store, *others]))
    assert len(set(secrets)) == 1 and len(secrets[0]) == 32


# --- Pruning -----------------------------------------------------------------------------------


def test_the_retention_covers_every_window_that_counts_marks() -> None:
    assert usage.SENTENCE_WINDOW == FAILURE_WINDOW
    assert max(QUOTA_WINDOW, FAILURE_WINDOW) <= usage.BASE_RETENTION
    assert usage.retention(3 * 86400) == 3 * DAY
    assert usage.retention(60) == usage.BASE_RETENTION


async def test_marks_are_kept_for_their_guilds_longest_window(
    store: CloneStore, database: Database
) -> None:
    now = utcnow()
    slow = 3_000_000_000_000_000_333
    await store.update_policy(OTHER_GUILD, None, cooldown_seconds=60)
    await store.update_policy(slow, None, cooldown_seconds=2 * 86400)  # a 2-day cooldown

    def at(guild: int, age: timedelta) -> UsageMark:
        return usage.mark(UsageKind.CONSENTED, guild, "k" * 64, now - age)

    await add_marks(
        database,
        at(GUILD, timedelta(hours=25)),  # no policy: 24 h
        at(GUILD, timedelta(hours=23)),
        at(OTHER_GUILD, timedelta(hours=25)),  # a short cooldown: 24 h
        at(slow, timedelta(hours=47)),  # the cooldown counts it
        at(slow, timedelta(hours=49)),
    )
    assert await store.prune_usage(now) == 3
    left = sorted(
        (m.guild_id, round((now - m.at) / timedelta(hours=1))) for m in await marks(database)
    )
    assert left == [(GUILD, 23), (slow, 47)]
    assert await store.prune_usage(now) == 0


async def test_a_long_default_cooldown_keeps_marks_of_guilds_without_a_policy(
    database: Database,
) -> None:
    store = CloneStore(database, {"cooldown_seconds": 3 * 86400})
    now = utcnow()
    await store.update_policy(OTHER_GUILD, None, cooldown_seconds=0)
    mark = usage.mark(UsageKind.OPENED, GUILD, "k" * 64, now - 2 * DAY)
    await add_marks(
        database, mark, usage.mark(UsageKind.OPENED, OTHER_GUILD, "k" * 64, now - 2 * DAY)
    )
    assert await store.prune_usage(now) == 1
    assert [m.guild_id for m in await marks(database)] == [GUILD]
    assert await store.prune_usage(now + 2 * DAY) == 1


async def test_one_process_prunes_at_a_time(store: CloneStore, database: Database) -> None:
    """Processes sharing PostgreSQL never prune the same rows at once (no deadlock): one
    that finds another pruning skips its turn."""
    if database.backend != "postgresql":
        pytest.skip("SQLite serves one process")
    await add_marks(database, usage.mark(UsageKind.OPENED, GUILD, "k" * 64, utcnow() - 2 * DAY))
    space, key = usage._PRUNE_LOCK
    async with database.session() as other, other.begin():
        await other.execute(
            text("SELECT pg_advisory_xact_lock(:space, :key)"), {"space": space, "key": key}
        )
        assert await store.prune_usage() == 0
    assert await store.prune_usage() == 1


# --- The upgrade -------------------------------------------------------------------------------


def _downgrade_to_0007(conn: Connection) -> None:
    command.downgrade(alembic_config(connection=conn), "0007")


async def test_upgrading_counts_what_was_stored_before(database: Database) -> None:
    """Migration 0008 writes the marks of the requests and refusals still inside a window,
    with the store's own keyed hash: upgrading resets no limit either."""
    async with database.engine.begin() as conn:
        await conn.run_sync(_downgrade_to_0007)
    now = utcnow()
    base: dict[str, Any] = {"channel_id": 1, "display_name": "v", "language": "EN_US"}
    async with database.session() as session, session.begin():
        session.add_all(
            [
                CloneRecord(
                    guild_id=GUILD, user_id=ALICE, created_at=now, consented_at=now, **base
                ),
                CloneRecord(guild_id=GUILD, user_id=BOB, created_at=now - 2 * DAY, **base),
                ConsentChallenge(
                    guild_id=GUILD,
                    user_id=ALICE,
                    channel_id=1,
                    language="EN_US",
                    sentence="s",
                    status=ChallengeStatus.FAILED.value,
                    decided_at=now,
                ),
            ]
        )
    await database.migrate()
    store = CloneStore(database)
    history = await store.history(GUILD, ALICE, now - QUOTA_WINDOW)
    assert (history.member_requests, history.guild_requests, history.last_request_at) == (
        1,
        1,
        now,
    )
    assert await store.count_requests(GUILD, now - QUOTA_WINDOW) == 1  # Bob's is too old
    assert await store.verification_failures(GUILD, ALICE, now - FAILURE_WINDOW) == [now]
