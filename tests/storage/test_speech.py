"""Speech in the store (SQLite and PostgreSQL): characters spoken per 24 hours counted in one
serialised transaction, refunds, read-aloud preferences and their erasure, the speech policy
fields, and migration 0009."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.engine import Connection

from bot.policy import Exceeded
from bot.storage import usage
from bot.storage.db import Database, alembic_config
from bot.storage.models import (
    CloneStatus,
    GuildPolicy,
    ReadAloudPreference,
    UsageKind,
    UsageMark,
    utcnow,
)
from bot.storage.repository import CloneStore, ListEdit
from bot.storage.speech import SPEECH_WINDOW, chars_free_at

GUILD = 1_000_000_000_000_000_001
OTHER_GUILD = 2_000_000_000_000_000_002
ALICE = 3_000_000_000_000_000_003
BOB = 4_000_000_000_000_000_004
SPOKEN = UsageKind.SPOKEN.value


async def spoken(database: Database) -> list[UsageMark]:
    async with database.session() as session:
        query = select(UsageMark).where(UsageMark.kind == SPOKEN).order_by(UsageMark.id)
        return list(await session.scalars(query))


async def take(
    store: CloneStore,
    user: int,
    chars: int,
    *,
    member_limit: int = 100,
    guild_limit: int = 250,
    now: datetime | None = None,
) -> Exceeded | None:
    return await store.take_speech_chars(
        GUILD, user, chars, member_limit=member_limit, guild_limit=guild_limit, now=now
    )


# --- Characters spoken -------------------------------------------------------------------------


async def test_characters_are_counted_per_member_and_per_server(
    store: CloneStore, database: Database
) -> None:
    start = utcnow() - timedelta(hours=3)
    assert await take(store, ALICE, 60, now=start) is None
    assert await take(store, ALICE, 40, now=start + timedelta(hours=1)) is None  # 100: full
    over = await take(store, ALICE, 1, now=start + timedelta(hours=2))
    assert over is not None and over.limit.per == "member" and over.limit.count == 100
    # One more character fits once the first 60 leave the window.
    assert over.frees_at == start + SPEECH_WINDOW
    assert await take(store, BOB, 100) is None
    full = await take(store, BOB + 1, 51)  # 200 used of the server's 250
    assert full is not None and full.limit.per == "server" and full.limit.count == 250
    assert await take(store, BOB + 1, 50) is None
    # Another guild counts its own; 0 is unlimited.
    assert (
        await store.take_speech_chars(OTHER_GUILD, ALICE, 90, member_limit=100, guild_limit=0)
        is None
    )
    assert await take(store, ALICE, 10_000, member_limit=0, guild_limit=0) is None
    marks = await spoken(database)
    assert [m.amount for m in marks] == [60, 40, 100, 50, 90, 10_000]  # refusals wrote nothing
    assert await store.speech_chars_used(GUILD, ALICE) == (10_100, 10_250)


async def test_old_characters_leave_the_window(store: CloneStore) -> None:
    now = utcnow()
    assert await take(store, ALICE, 100, now=now - SPEECH_WINDOW - timedelta(seconds=1)) is None
    assert await take(store, ALICE, 100, now=now) is None


async def test_a_text_longer_than_the_limit_never_fits(store: CloneStore) -> None:
    now = utcnow()
    assert await take(store, ALICE, 30, now=now) is None
    over = await take(store, ALICE, 101, now=now)
    assert over is not None and over.limit.count == 100
    assert over.frees_at == now + SPEECH_WINDOW  # the window empty: still too long


def test_when_characters_are_free_again() -> None:
    t0 = datetime(2026, 1, 1, tzinfo=utcnow().tzinfo)
    marks = [(t0, 30), (t0 + timedelta(hours=1), 50), (t0 + timedelta(hours=2), 20)]
    assert chars_free_at(marks, 0, 100, SPEECH_WINDOW) is None
    assert chars_free_at(marks, 10, 100, SPEECH_WINDOW) == t0 + SPEECH_WINDOW
    assert chars_free_at(marks, 40, 100, SPEECH_WINDOW) == t0 + timedelta(hours=1) + SPEECH_WINDOW
    assert chars_free_at(marks, 101, 100, SPEECH_WINDOW) == t0 + timedelta(hours=2) + SPEECH_WINDOW
    assert chars_free_at([], 101, 100, SPEECH_WINDOW) is None


@pytest.mark.parametrize(("chars", "member", "guild"), [(0, 1, 1), (-5, 1, 1), (1, -1, 0)])
async def test_bad_amounts_are_refused(
    store: CloneStore, chars: int, member: int, guild: int
) -> None:
    with pytest.raises(ValueError):
        await take(store, ALICE, chars, member_limit=member, guild_limit=guild)


async def test_concurrent_speech_never_passes_a_limit(database: Database) -> None:
    """Twelve members of one guild at once, 30 characters each, a server limit of 100: exactly
    3 pass, on SQLite (the first write takes the lock) and on PostgreSQL from two engines (two
    processes, serialised by the guild's advisory lock)."""
    second = Database(database.url) if database.backend == "postgresql" else database
    if second is not database:
        await second.connect()
    try:
        stores = [CloneStore(database), CloneStore(second)]
        for store in stores:  # made once: the takes below start together
            await store.usage_secret()
        results = await asyncio.gather(
            *(
                stores[n % 2].take_speech_chars(
                    GUILD, 1000 + n, 30, member_limit=0, guild_limit=100
                )
                for n in range(12)
            )
        )
        # And one member from both "processes" at once, a member limit of 50.
        mine = await asyncio.gather(
            *(
                stores[n % 2].take_speech_chars(
                    OTHER_GUILD, ALICE, 20, member_limit=50, guild_limit=0
                )
                for n in range(6)
            )
        )
    finally:
        if second is not database:
            await second.close()
    assert sum(result is None for result in results) == 3
    assert sum(result is None for result in mine) == 2
    assert sum(m.amount for m in await spoken(database)) == 3 * 30 + 2 * 20


async def test_a_refund_gives_characters_back_once(store: CloneStore, database: Database) -> None:
    now = utcnow()
    assert await take(store, ALICE, 80, now=now) is None
    assert await take(store, ALICE, 30) is not None
    # Spoken only in part: 20 stay counted; repeating it changes nothing.
    assert await store.refund_speech_chars(GUILD, ALICE, taken_at=now, kept=20)
    assert await store.refund_speech_chars(GUILD, ALICE, taken_at=now, kept=20)
    assert await store.refund_speech_chars(GUILD, ALICE, taken_at=now, kept=50)  # never more
    assert [m.amount for m in await spoken(database)] == [20]
    # Failed before any audio: all of it back, once.
    assert await store.refund_speech_chars(GUILD, ALICE, taken_at=now)
    assert not await store.refund_speech_chars(GUILD, ALICE, taken_at=now)
    assert await spoken(database) == []
    # Only the member's own mark: Bob's of the same moment stays.
    assert await take(store, BOB, 10, now=now) is None
    assert not await store.refund_speech_chars(GUILD, ALICE, taken_at=now)
    assert [m.amount for m in await spoken(database)] == [10]
    with pytest.raises(ValueError):
        await store.refund_speech_chars(GUILD, BOB, taken_at=now, kept=-1)


async def test_erasing_a_members_data_resets_no_character_limit(store: CloneStore) -> None:
    assert await take(store, ALICE, 100) is None
    await store.erase_member(GUILD, ALICE)
    assert await take(store, ALICE, 1) is not None


async def test_pruning_keeps_the_characters_of_the_window(
    store: CloneStore, database: Database
) -> None:
    assert SPEECH_WINDOW <= usage.BASE_RETENTION
    now = utcnow()
    assert await take(store, ALICE, 100, now=now - SPEECH_WINDOW + timedelta(minutes=1)) is None
    await store.prune_usage(now)
    assert await take(store, ALICE, 1, now=now) is not None


# --- Read-aloud --------------------------------------------------------------------------------


async def test_read_aloud_preferences(store: CloneStore) -> None:
    assert await store.get_read_aloud(GUILD, ALICE) is None
    on = await store.set_read_aloud(GUILD, ALICE, enabled=True)
    assert on is not None and on.voice_id is None and on.enabled_at <= utcnow()
    chosen = await store.set_read_aloud(GUILD, ALICE, enabled=True, voice_id="ws__alice")
    assert chosen is not None and chosen.voice_id == "ws__alice"
    assert chosen.enabled_at == on.enabled_at  # on again: the same preference, another voice
    await store.set_read_aloud(GUILD, BOB, enabled=True)
    await store.set_read_aloud(OTHER_GUILD, BOB, enabled=True)
    assert [p.user_id for p in await store.read_aloud_members(GUILD)] == [ALICE, BOB]
    assert [p.user_id for p in await store.read_aloud_members(GUILD, [BOB, 7])] == [BOB]
    assert await store.read_aloud_members(GUILD, []) == []
    assert await store.set_read_aloud(GUILD, ALICE, enabled=False) is None
    assert await store.set_read_aloud(GUILD, ALICE, enabled=False) is None
    assert await store.get_read_aloud(GUILD, ALICE) is None
    assert [p.user_id for p in await store.read_aloud_members(GUILD)] == [BOB]
    with pytest.raises(ValueError):
        await store.set_read_aloud(GUILD, ALICE, enabled=True, voice_id=" ")


async def test_a_forgotten_voice_falls_back_to_the_members_own(store: CloneStore) -> None:
    await store.set_read_aloud(GUILD, ALICE, enabled=True, voice_id="ws__server")
    await store.set_read_aloud(GUILD, BOB, enabled=True, voice_id="ws__bob")
    await store.set_read_aloud(OTHER_GUILD, ALICE, enabled=True, voice_id="ws__server")
    assert await store.forget_read_aloud_voice(GUILD, ["ws__server"]) == 1
    assert await store.forget_read_aloud_voice(GUILD, []) == 0
    alice = await store.get_read_aloud(GUILD, ALICE)
    assert alice is not None and alice.voice_id is None
    other = await store.get_read_aloud(OTHER_GUILD, ALICE)
    assert other is not None and other.voice_id == "ws__server"


async def test_erasure_deletes_the_members_read_aloud_and_frees_their_voices(
    store: CloneStore,
) -> None:
    await store.create_record(
        guild_id=GUILD,
        channel_id=1,
        user_id=ALICE,
        display_name="Alice",
        language="EN_US",
        status=CloneStatus.DONE,
        voice_id="ws__alice",
        server_voice=True,
    )
    await store.set_read_aloud(GUILD, ALICE, enabled=True, voice_id="ws__alice")
    await store.set_read_aloud(OTHER_GUILD, ALICE, enabled=True)
    await store.set_read_aloud(GUILD, BOB, enabled=True, voice_id="ws__alice")  # her server voice
    assert await store.erase_member(GUILD, ALICE) == 1
    assert await store.get_read_aloud(GUILD, ALICE) is None
    assert await store.get_read_aloud(OTHER_GUILD, ALICE) is not None  # another server's
    bob = await store.get_read_aloud(GUILD, BOB)
    assert bob is not None and bob.voice_id is None


async def test_erasure_of_a_member_without_requests_deletes_their_read_aloud(
    store: CloneStore,
) -> None:
    await store.set_read_aloud(GUILD, ALICE, enabled=True)
    assert await store.erase_member(GUILD, ALICE) == 0
    assert await store.get_read_aloud(GUILD, ALICE) is None


# --- The speech policy -------------------------------------------------------------------------


async def test_speech_policy_defaults_and_edits(store: CloneStore) -> None:
    policy = await store.get_policy(GUILD)
    assert (policy.speech_enabled, policy.read_aloud_allowed, policy.speech_server_voices) == (
        True,
        False,
        True,
    )
    assert policy.speech_role_ids == policy.speech_voice_channel_ids == []
    assert policy.speech_text_channel_ids == []
    assert (policy.speech_member_daily_chars, policy.speech_guild_daily_chars) == (None, None)
    saved = await store.update_policy(
        GUILD,
        9,
        speech_enabled=False,
        speech_role_ids=ListEdit("add", 11),
        speech_voice_channel_ids=[21, 21, 22],
        speech_text_channel_ids=ListEdit("add", 31),
        read_aloud_allowed=True,
        speech_server_voices=False,
        speech_member_daily_chars=0,
        speech_guild_daily_chars=700,
    )
    again = await store.get_policy(GUILD)
    for policy in (saved, again):
        assert (policy.speech_enabled, policy.read_aloud_allowed) == (False, True)
        assert policy.speech_role_ids == [11] and policy.speech_voice_channel_ids == [21, 22]
        assert policy.speech_text_channel_ids == [31] and not policy.speech_server_voices
        assert (policy.speech_member_daily_chars, policy.speech_guild_daily_chars) == (0, 700)
    reset = await store.update_policy(
        GUILD, 9, speech_member_daily_chars=None, speech_role_ids=ListEdit("remove", 11)
    )
    assert reset.speech_member_daily_chars is None and reset.speech_role_ids == []


@pytest.mark.parametrize(
    "change",
    [
        {"speech_enabled": "yes"},
        {"read_aloud_allowed": 1},
        {"speech_server_voices": None},
        {"speech_role_ids": [0]},
        {"speech_voice_channel_ids": "123"},
        {"speech_text_channel_ids": [True]},
        {"speech_member_daily_chars": -1},
        {"speech_guild_daily_chars": 1.5},
    ],
)
async def test_bad_speech_settings_are_refused(store: CloneStore, change: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=f"invalid {next(iter(change))}"):
        await store.update_policy(GUILD, 9, **change)


# --- Migration 0009 ----------------------------------------------------------------------------


def _downgrade_to_0008(conn: Connection) -> None:
    command.downgrade(alembic_config(connection=conn), "0008")


async def _columns(database: Database, table: str) -> set[str]:
    def read(conn: Connection) -> set[str]:
        from sqlalchemy import inspect

        inspector = inspect(conn)
        if not inspector.has_table(table):
            return set()
        return {column["name"] for column in inspector.get_columns(table)}

    async with database.engine.connect() as conn:
        return await conn.run_sync(read)


async def test_upgrade_keeps_policies_and_counts_every_old_mark_once(database: Database) -> None:
    """Downgrade to 0008 (speech columns and table gone), store a policy and marks the 0008
    way, upgrade again: the policy gets the speech defaults, each old mark counts 1."""
    async with database.engine.begin() as conn:
        await conn.run_sync(_downgrade_to_0008)
    assert "amount" not in await _columns(database, "usage_marks")
    assert "speech_enabled" not in await _columns(database, "guild_policies")
    assert await _columns(database, "read_aloud_preferences") == set()
    now = utcnow()
    async with database.engine.begin() as conn:
        await conn.execute(
            text(
                "INSERT INTO guild_policies (guild_id, allowed_role_ids, allowed_channel_ids, "
                "blocked_user_ids, moderator_role_ids, cooldown_seconds, member_daily_quota, "
                "guild_daily_quota, max_sample_seconds, approval_required, ephemeral, "
                "preview_open, verification) VALUES (:g, '[]', '[]', '[]', '[]', 0, 25, 200, "
                "15.0, false, true, false, 'off')"
            ),
            {"g": GUILD},
        )
        await conn.execute(
            text(
                "INSERT INTO usage_marks (kind, guild_id, member_key, at) "
                "VALUES ('renamed', :g, 'k', :at)"
            ),
            {"g": GUILD, "at": now.replace(tzinfo=None) if database.backend == "sqlite" else now},
        )
    await database.migrate()
    store = CloneStore(database)
    policy = await store.get_policy(GUILD)
    assert (policy.speech_enabled, policy.read_aloud_allowed, policy.speech_server_voices) == (
        True,
        False,
        True,
    )
    assert policy.speech_role_ids == policy.speech_voice_channel_ids == []
    assert policy.speech_text_channel_ids == []
    assert policy.speech_member_daily_chars is None
    async with database.session() as session:
        amounts = list(await session.scalars(select(UsageMark.amount)))
        stored = await session.get(GuildPolicy, GUILD)
    assert amounts == [1] and stored is not None
    await store.set_read_aloud(GUILD, ALICE, enabled=True)  # the new table works
    async with database.session() as session:
        assert len(list(await session.scalars(select(ReadAloudPreference)))) == 1
