"""Database faults: PostgreSQL going away behind a loopback TCP proxy (cut, restored), a
locked SQLite file, and the retry rules that keep every change applied exactly once."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.storage import CloneStatus, Database
from bot.storage.faults import DATABASE_DOWN_MESSAGE, DatabaseUnreachable
from bot.storage.repository import CloneStore
from bot.storage.resilient import ResilientStore
from tests.lifecycle.proxy import TcpProxy
from tests.storage.helpers import make_database, sqlite_url


def record_fields(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "guild_id": 1,
        "channel_id": 2,
        "user_id": 3,
        "display_name": "Alice",
        "language": "EN_US",
    }
    fields.update(overrides)
    return fields


@pytest.fixture
async def proxied(postgres_url: str, tmp_path: Path) -> Any:
    """(proxy, database through it): the schema made directly, then used via the proxy."""
    direct = await make_database("postgresql", tmp_path, postgres_url=postgres_url)
    await direct.close()
    target = make_url(postgres_url)
    async with TcpProxy(target.host or "127.0.0.1", target.port or 5432) as proxy:
        url = target.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        database = Database(url)
        await database.connect()
        try:
            yield proxy, database
        finally:
            await database.close()


async def test_postgres_outage_is_ridden_out_and_the_pool_recovers(proxied: Any) -> None:
    proxy, database = proxied
    store = ResilientStore(database, retry_seconds=10)
    record = await store.create_record(**record_fields())
    proxy.cut()
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, proxy.restore)
    started = time.monotonic()
    # Every pooled connection is dead: pre-ping finds it, reconnecting fails until restored.
    moved = await store.transition(record.id, {CloneStatus.PROCESSING}, CloneStatus.FAILED)
    assert moved is not None and moved.status is CloneStatus.FAILED
    assert 0.4 < time.monotonic() - started < 5
    assert (await store.get_record(record.id)).status is CloneStatus.FAILED  # type: ignore[union-attr]


async def test_postgres_down_for_longer_than_the_budget_is_a_clear_error(proxied: Any) -> None:
    proxy, database = proxied
    store = ResilientStore(database, retry_seconds=0.5)
    proxy.cut()
    started = time.monotonic()
    with pytest.raises(DatabaseUnreachable) as caught:
        await store.get_policy(1)
    assert caught.value.user_message == DATABASE_DOWN_MESSAGE
    assert time.monotonic() - started < 3
    proxy.restore()
    # No restart: the same store and engine serve the next request.
    policy = await store.get_policy(1)
    assert policy.guild_id == 1


async def test_a_query_cut_mid_flight_is_retried(proxied: Any) -> None:
    proxy, database = proxied
    store = ResilientStore(database, retry_seconds=10)

    async def slow_read() -> Any:
        async with database.session() as session:
            return await session.scalar(text("SELECT 42 FROM pg_sleep(0.5)"))

    task = asyncio.create_task(store._retry("slow_read", slow_read, repeatable=True))
    await asyncio.sleep(0.2)
    proxy.cut()  # the connection breaks during the statement
    proxy.restore()
    assert await task == 42


async def test_an_insert_is_not_repeated_when_the_connection_broke_mid_flight(
    proxied: Any,
) -> None:
    proxy, database = proxied
    store = ResilientStore(database, retry_seconds=10)
    calls = 0

    async def insert_then_break() -> None:
        nonlocal calls
        calls += 1
        async with database.session() as session:
            await session.execute(text("SELECT pg_sleep(0.5)"))

    task = asyncio.create_task(store._retry("insert", insert_then_break, repeatable=False))
    await asyncio.sleep(0.2)
    proxy.cut()
    proxy.restore()
    with pytest.raises(DatabaseUnreachable):
        await task
    assert calls == 1  # it may have been applied: never sent twice


def lost_connection() -> sa_exc.DBAPIError:
    return sa_exc.DBAPIError(
        "UPDATE", {}, ConnectionResetError(104, "reset"), connection_invalidated=True
    )


async def test_a_transition_that_committed_before_the_break_is_not_reported_as_lost(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ResilientStore(database, retry_seconds=5)
    record = await store.create_record(**record_fields())
    real = CloneStore.transition
    calls = 0

    async def commit_then_break(self: CloneStore, *args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        result = await real(self, *args, **kwargs)
        if calls == 1:
            raise lost_connection()  # committed, but the answer never arrived
        return result

    monkeypatch.setattr(CloneStore, "transition", commit_then_break)
    moved = await store.transition(
        record.id, {CloneStatus.PROCESSING}, CloneStatus.FAILED, failure_reason="x"
    )
    assert calls == 2
    assert moved is not None and moved.status is CloneStatus.FAILED
    # Someone else's move is not mistaken for ours.
    other = await store.create_record(**record_fields(user_id=4))
    await real(store, other.id, {CloneStatus.PROCESSING}, CloneStatus.FAILED, failure_reason="y")
    calls = 0

    async def break_first(self: CloneStore, *args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise lost_connection()
        return await real(self, *args, **kwargs)

    monkeypatch.setattr(CloneStore, "transition", break_first)
    assert (
        await store.transition(
            other.id, {CloneStatus.PROCESSING}, CloneStatus.FAILED, failure_reason="x"
        )
        is None
    )


def pool_timeout() -> sa_exc.TimeoutError:
    """No pooled connection free in time: the statement never reached the database."""
    return sa_exc.TimeoutError("QueuePool limit reached")


async def test_a_fault_before_sending_is_retried_with_doubling_waits_even_for_an_insert(
    database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    store = ResilientStore(database, retry_seconds=10)
    calls = 0

    async def insert() -> int:
        nonlocal calls
        calls += 1
        if calls <= 3:
            raise pool_timeout()
        return 42

    caplog.set_level(logging.INFO, logger="bot.storage.resilient")
    assert await store._retry("insert", insert, repeatable=False) == 42
    waits = [r.getMessage().split("retrying in ")[1] for r in caplog.records if "retrying" in r.msg]
    assert calls == 4 and waits == ["0.1 s", "0.2 s", "0.4 s"]


async def test_a_lost_connection_repeats_only_a_repeatable_call(database: Database) -> None:
    store = ResilientStore(database, retry_seconds=10)
    calls = 0

    async def lost_once() -> str:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise lost_connection()
        return "read"

    assert await store._retry("read", lost_once, repeatable=True) == "read" and calls == 2
    calls = 0
    with pytest.raises(DatabaseUnreachable) as caught:
        await store._retry("insert", lost_once, repeatable=False)
    assert calls == 1 and isinstance(caught.value.__cause__, sa_exc.DBAPIError)


async def test_a_fault_that_is_not_the_databases_is_raised_as_it_is(database: Database) -> None:
    store = ResilientStore(database, retry_seconds=10)
    calls = 0

    async def bad_query() -> None:
        nonlocal calls
        calls += 1
        raise sa_exc.ProgrammingError("SELECT nope", {}, ValueError("no such column"))

    with pytest.raises(sa_exc.ProgrammingError):
        await store._retry("read", bad_query, repeatable=True)
    assert calls == 1


async def test_sqlite_sets_busy_timeout(tmp_path: Path) -> None:
    database = Database(sqlite_url(tmp_path), sqlite_busy_timeout_ms=1234)
    await database.connect()
    try:
        async with database.session() as session:
            assert await session.scalar(text("PRAGMA busy_timeout")) == 1234
    finally:
        await database.close()


async def test_a_locked_sqlite_database_is_retried_not_a_crash(tmp_path: Path) -> None:
    database = await make_database("sqlite", tmp_path)
    await database.close()
    database = Database(sqlite_url(tmp_path), sqlite_busy_timeout_ms=50)
    await database.connect()
    path = str(tmp_path / "storage.sqlite3")
    locked, release = threading.Event(), threading.Event()

    def hold_lock() -> None:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        locked.set()
        release.wait(5)
        other.execute("ROLLBACK")
        other.close()

    holder = threading.Thread(target=hold_lock)
    holder.start()
    try:
        assert locked.wait(5)
        plain = CloneStore(database)
        with pytest.raises(sa_exc.OperationalError, match="locked"):
            await plain.create_record(**record_fields())
        store = ResilientStore(database, retry_seconds=10)
        asyncio.get_running_loop().call_later(0.6, release.set)
        assert not release.is_set()  # still locked when the resilient write starts
        record = await store.create_record(**record_fields())  # waits out the lock
        # It could only be written once the holder let go: the store retried, not failed.
        assert record.id is not None and release.is_set()
        release.set()
        # Locked for longer than the budget: the member's message, not a traceback.
        locked.clear()
        release.clear()
        holder.join()
        holder = threading.Thread(target=hold_lock)
        holder.start()
        assert locked.wait(5)
        with pytest.raises(DatabaseUnreachable):
            await ResilientStore(database, retry_seconds=0.3).create_record(**record_fields())
    finally:
        release.set()
        holder.join()
        await database.close()


async def test_a_final_move_that_could_not_be_stored_is_stored_once_the_database_is_back(
    proxied: Any,
) -> None:
    proxy, database = proxied
    store = ResilientStore(database, retry_seconds=0.3)
    record = await store.create_record(**record_fields())
    working = await store.create_record(**record_fields(user_id=9))
    proxy.cut()
    with pytest.raises(DatabaseUnreachable) as caught:
        await store.transition(
            record.id, {CloneStatus.PROCESSING}, CloneStatus.DONE, voice_id="voice-1"
        )
    assert "voice ID `voice-1`" in caught.value.user_message  # the member keeps the ID
    with pytest.raises(DatabaseUnreachable) as caught:
        await store.transition(working.id, {CloneStatus.PROCESSING}, CloneStatus.CLONING)
    assert caught.value.user_message == DATABASE_DOWN_MESSAGE
    assert store.settling == 1  # only the final move waits: a non-final one is the caller's
    proxy.restore()
    deadline = time.monotonic() + 15
    while store.settling and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    stored = await store.get_record(record.id)
    assert stored is not None and stored.status is CloneStatus.DONE
    assert stored.voice_id == "voice-1"
    other = await store.get_record(working.id)
    assert other is not None and other.status is CloneStatus.PROCESSING
    await store.stop_settling()
