"""Two processes on one PostgreSQL database never both let a member past a quota."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta

import pytest

from bot.policy import History, PolicyRefusal
from bot.storage import CloneStatus, CloneStore, Database, utcnow
from tests.storage.helpers import postgres_test_database

GUILD = 1_000_000_000_000_000_001


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with postgres_test_database() as url:
        yield url


@pytest.fixture
async def stores(postgres_url: str) -> AsyncIterator[list[CloneStore]]:
    databases = [Database(postgres_url) for _ in range(4)]
    for database in databases:
        await database.connect()
    await databases[0].migrate()
    try:
        yield [CloneStore(database) for database in databases]
    finally:
        for database in databases:
            await database.close()


def at_most(quota: int) -> object:
    def check(history: History) -> None:
        if history.guild_requests >= quota:
            raise PolicyRefusal("quota", reason="guild_quota")

    return check


async def test_racing_requests_of_one_guild_are_counted_one_at_a_time(
    stores: list[CloneStore],
) -> None:
    """Eight members of one guild, through four connections (processes), confirm at once
    with one place left of the guild's quota: exactly one gets it."""
    since = utcnow() - timedelta(hours=24)

    async def confirm_one(store: CloneStore, user_id: int) -> bool:
        record = await store.create_record(
            guild_id=GUILD, channel_id=2, user_id=user_id, display_name="V", language="EN_US"
        )
        await store.transition(record.id, {CloneStatus.PROCESSING}, CloneStatus.AWAITING_CONSENT)
        try:
            await store.confirm_checked(
                record, since, at_most(1), CloneStatus.APPROVED, consented_at=utcnow()
            )
        except PolicyRefusal:
            return False
        return True

    results = await asyncio.gather(*(confirm_one(stores[i % 4], 100 + i) for i in range(8)))
    assert sum(results) == 1
    assert await stores[0].count_requests(GUILD, since, consented_only=True) == 1


async def test_racing_opens_of_one_member_create_one_request(stores: list[CloneStore]) -> None:
    since = utcnow() - timedelta(hours=24)

    def one_open(history: History) -> None:
        if history.open_request_id is not None:
            raise PolicyRefusal("open", reason="open_request")

    async def open_one(store: CloneStore) -> bool:
        try:
            await store.create_checked(
                since,
                one_open,
                guild_id=GUILD,
                channel_id=2,
                user_id=7,
                display_name="V",
                language="EN_US",
            )
        except PolicyRefusal:
            return False
        return True

    results = await asyncio.gather(*(open_one(store) for store in stores * 2))
    assert sum(results) == 1
