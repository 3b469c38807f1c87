"""A frozen process cannot hold the others: the bot's PostgreSQL sessions time out.

``lock_timeout`` bounds a wait for a lock (the limiter's advisory lock among them);
``idle_in_transaction_session_timeout`` makes the server end a transaction its process left
open, which releases what it held.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from bot.ratelimit import SharedRateLimiter
from bot.settings import Settings
from bot.storage import Database
from bot.storage.db import (
    POSTGRES_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS,
    POSTGRES_LOCK_TIMEOUT_SECONDS,
)

LOCK = text("SELECT pg_advisory_xact_lock(4242)")


async def scalar(database: Database, sql: str, **params: Any) -> Any:
    async with database.engine.connect() as conn:
        return (await conn.execute(text(sql), params)).scalar_one()


async def test_bot_connections_carry_both_timeouts(postgres_url: str) -> None:
    async with Database(postgres_url) as database:
        assert await scalar(database, "SHOW lock_timeout") == "5s"
        assert await scalar(database, "SHOW idle_in_transaction_session_timeout") == "10s"
    # A stuck holder is cut (and a blocked waiter gives up) before a renewal period of the
    # default lease goes by, so live tickets never lapse because of it.
    renewal_period = Settings.model_fields["lease_seconds"].default / 3
    assert POSTGRES_LOCK_TIMEOUT_SECONDS < POSTGRES_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS
    assert renewal_period >= POSTGRES_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS


async def test_a_transaction_left_idle_is_ended_by_the_server(postgres_url: str) -> None:
    async with (
        Database(postgres_url, idle_in_transaction_timeout=0.3) as frozen,
        Database(postgres_url) as other,
    ):
        conn = await frozen.engine.connect()
        try:
            await conn.begin()
            pid = (await conn.execute(text("SELECT pg_backend_pid()"))).scalar_one()
            await conn.execute(LOCK)  # then the process freezes with its transaction open
            # The other process gets the lock (its lock_timeout, 5 s, outlasts the frozen
            # one's idle transaction), because the server ended that transaction...
            async with other.engine.begin() as theirs:
                await asyncio.wait_for(theirs.execute(LOCK), 10)

            async def session_ended() -> None:
                while await scalar(
                    other, "SELECT count(*) FROM pg_stat_activity WHERE pid = :p", p=pid
                ):
                    await asyncio.sleep(0.05)

            await asyncio.wait_for(session_ended(), 10)  # ...and its whole session
        finally:
            await conn.invalidate()
            await conn.close()


async def test_a_wait_for_a_lock_gives_up(postgres_url: str) -> None:
    async with (
        Database(postgres_url) as holder,
        Database(postgres_url, lock_timeout=0.2) as waiter,
        holder.engine.begin() as held,
    ):
        await held.execute(LOCK)
        with pytest.raises(DBAPIError, match="lock timeout"):
            async with waiter.engine.begin() as conn:
                await asyncio.wait_for(conn.execute(LOCK), 10)


async def test_the_limiter_listens_outside_any_transaction(postgres_url: str) -> None:
    """Its LISTEN connection stays open for good: it must not count as an idle transaction,
    or the server would end it every few seconds."""
    async with Database(postgres_url, idle_in_transaction_timeout=0.3) as database:
        await database.migrate()
        shared = SharedRateLimiter(database, "clone", 1, owner="a")
        shared.start()
        try:

            async def listener_state() -> str:
                while True:
                    async with database.engine.connect() as conn:
                        state = (
                            await conn.execute(
                                text(
                                    "SELECT state FROM pg_stat_activity "
                                    "WHERE query LIKE 'LISTEN %' AND pid <> pg_backend_pid()"
                                )
                            )
                        ).scalar()
                    if state is not None:
                        return str(state)
                    await asyncio.sleep(0.05)

            assert await asyncio.wait_for(listener_state(), 10) == "idle"
        finally:
            await shared.close()
