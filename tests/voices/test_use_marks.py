"""Counted uses (renames, previews) and opened requests in the store, on SQLite and
PostgreSQL: counted in one serialised transaction, nothing written when refused, kept
through an erasure of the member's data and through pruning while a window counts them."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.policy import HOUR, QUOTA_WINDOW, History, Limit, PolicyRefusal, check_opened
from bot.policy import opened_limits as opened_request_limits
from bot.storage import usage
from bot.storage.db import Database
from bot.storage.models import CloneStatus, UsageKind, UsageMark, utcnow
from bot.storage.repository import CloneStore

GUILD = 1_000_000_000_000_000_001
OTHER_GUILD = 2_000_000_000_000_000_002
ALICE = 3_000_000_000_000_000_003
BOB = 4_000_000_000_000_000_004
RENAMED = UsageKind.RENAMED
COOLDOWN = Limit(1, timedelta(seconds=30), "member")
SERVER_HOURLY = Limit(3, HOUR, "server")


async def kinds(database: Database) -> list[str]:
    async with database.session() as session:
        return list(await session.scalars(select(UsageMark.kind).order_by(UsageMark.id)))


async def test_a_use_is_counted_per_member_and_per_server(
    store: CloneStore, database: Database
) -> None:
    limits = [COOLDOWN, SERVER_HOURLY]
    now = utcnow()
    assert await store.take_use(RENAMED, GUILD, ALICE, limits, now) is None
    refused = await store.take_use(RENAMED, GUILD, ALICE, limits, now + timedelta(seconds=10))
    assert refused is not None and refused.limit == COOLDOWN
    assert refused.frees_at == now + timedelta(seconds=30)
    # Another member, another guild, another kind: their own counts.
    assert await store.take_use(RENAMED, GUILD, BOB, limits, now) is None
    assert await store.take_use(RENAMED, OTHER_GUILD, ALICE, limits, now) is None
    assert await store.take_use(UsageKind.PREVIEWED, GUILD, ALICE, limits, now) is None
    # The cooldown is over; then the server's third rename of the hour is its last.
    later = now + timedelta(seconds=31)
    assert await store.take_use(RENAMED, GUILD, ALICE, limits, later) is None
    full = await store.take_use(RENAMED, GUILD, BOB, limits, later + timedelta(seconds=40))
    assert full is not None and full.limit == SERVER_HOURLY
    assert full.frees_at == now + HOUR
    # Refusals wrote nothing: 5 uses counted.
    assert len(await kinds(database)) == 5


async def test_concurrent_uses_never_pass_a_limit(database: Database) -> None:
    """Twelve members of one guild at once, a server limit of 5: exactly 5 pass, on SQLite
    (the first write takes the lock) and on PostgreSQL from two engines (two processes,
    serialised by the guild's advisory lock)."""
    second = Database(database.url) if database.backend == "postgresql" else database
    if second is not database:
        await second.connect()
    try:
        stores = [CloneStore(database), CloneStore(second)]
        for store in stores:  # made once: the uses below start together
            await store.usage_secret()
        limit = [Limit(5, HOUR, "server")]
        results = await asyncio.gather(
            *(
                stores[n % 2].take_use(UsageKind.PREVIEWED, GUILD, 1000 + n, limit)
                for n in range(12)
            )
        )
    finally:
        if second is not database:
            await second.close()
    assert sum(result is None for result in results) == 5
    assert len(await kinds(database)) == 5


async def test_erasing_a_members_data_resets_no_use_limit(store: CloneStore) -> None:
    record = await store.create_record(
        guild_id=GUILD,
        channel_id=1,
        user_id=ALICE,
        display_name="Alice",
        language="EN_US",
        status=CloneStatus.DONE,
        voice_id="ws__alice",
    )
    limits = [Limit(1, HOUR, "member")]
    assert await store.take_use(UsageKind.PREVIEWED, GUILD, ALICE, limits) is None
    assert await store.erase_member(GUILD, ALICE) == 1
    assert await store.get_record(record.id) is None
    assert await store.take_use(UsageKind.PREVIEWED, GUILD, ALICE, limits) is not None


async def test_marks_stay_while_a_window_counts_them(store: CloneStore, database: Database) -> None:
    """The longest window a use limit may have is within what pruning keeps."""
    assert usage.USE_WINDOW <= usage.BASE_RETENTION
    now = utcnow()
    day = [Limit(2, usage.USE_WINDOW, "member")]
    for kind in (UsageKind.RENAMED, UsageKind.PREVIEWED):
        old = now - usage.USE_WINDOW + timedelta(minutes=1)
        assert await store.take_use(kind, GUILD, ALICE, day, old) is None
        assert await store.take_use(kind, GUILD, ALICE, day, old) is None
    await store.prune_usage(now)
    for kind in (UsageKind.RENAMED, UsageKind.PREVIEWED):
        assert await store.take_use(kind, GUILD, ALICE, day, now) is not None
    with pytest.raises(ValueError, match="longer than the marks are kept"):
        too_long = Limit(1, usage.BASE_RETENTION + timedelta(seconds=1), "member")
        await store.take_use(UsageKind.RENAMED, GUILD, ALICE, [too_long])


async def opened(store: CloneStore, user: int, *, hours_ago: float = 0) -> None:
    limits = opened_request_limits(member_hour=2, member_day=3, server_hour=4, server_day=5)
    now = utcnow()

    def check(history: History) -> None:
        check_opened(limits, history, now)

    await store.create_checked(
        now - QUOTA_WINDOW,
        check,
        guild_id=GUILD,
        channel_id=1,
        user_id=user,
        display_name="A voice",
        language="EN_US",
        status=CloneStatus.CANCELLED,  # settled: the one-open-request rule is not in play
        created_at=now - timedelta(hours=hours_ago),
    )


async def test_opened_requests_are_counted_in_the_guilds_serialised_check(
    store: CloneStore,
) -> None:
    """create_checked's history carries the member's and the guild's opened requests: the
    admission check counts them before the record (or any download) exists."""
    await opened(store, ALICE, hours_ago=2)
    await opened(store, ALICE)
    await opened(store, ALICE)
    with pytest.raises(PolicyRefusal, match="You have used your 2 clone requests for this hour"):
        await opened(store, ALICE)
    await store.erase_member(GUILD, ALICE)
    history = await store.history(GUILD, ALICE, utcnow() - QUOTA_WINDOW)
    assert len(history.member_opened) == len(history.guild_opened) == 3
    await opened(store, BOB)
    await opened(store, BOB)
    with pytest.raises(PolicyRefusal, match="This server has used its 4 clone requests"):
        await opened(store, BOB + 1)
