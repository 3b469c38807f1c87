"""The limiter shared through PostgreSQL: one window and one FIFO queue for every process."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import text

from bot.ratelimit import QueueFull, SharedRateLimiter
from bot.storage import Database, utcnow
from tests.ratelimit.recorder import LimitedCall, limited_calls, record_limited_calls


def limiter(database: Database, owner: str, **options: float) -> SharedRateLimiter:
    values: dict[str, float] = {"per_period": 3, "period": 0.6, "lease_seconds": 5.0}
    values.update(options)
    shared = SharedRateLimiter(
        database,
        "clone",
        int(values.pop("per_period")),
        values.pop("period"),
        owner=owner,
        max_waiting=int(values.pop("max_waiting", 100)),
        max_waiting_per_group=int(values.pop("max_waiting_per_group", 100)),
        **values,
    )
    shared.start()
    return shared


def most_in_any_window(times: list[float], period: float) -> int:
    times = sorted(times)
    return max(sum(1 for other in times if start <= other < start + period) for start in times)


async def record_calls(database: Database) -> None:
    async with database.engine.begin() as conn:
        await record_limited_calls(conn)


async def calls_let_through(database: Database) -> list[LimitedCall]:
    async with database.engine.connect() as conn:
        return await limited_calls(conn)


async def database_clock(database: Database) -> float:
    """Now, on the database's clock (the limiter's), in seconds."""
    async with database.engine.connect() as conn:
        now = await conn.execute(text("SELECT extract(epoch FROM clock_timestamp())"))
        return float(now.scalar_one())


async def until_waiting(database: Database, count: int, timeout: float = 30) -> None:
    """Until ``count`` tickets are in the queue (of any process)."""
    async with asyncio.timeout(timeout):
        while True:
            async with database.engine.connect() as conn:
                waiting = (await conn.execute(text("SELECT count(*) FROM rate_tickets"))).scalar()
            if waiting == count:
                return
            await asyncio.sleep(0.02)


async def hold_the_queue(database: Database) -> None:
    """A ticket of a third process at the head of the queue: nobody is served until
    :func:`release_the_queue`, so every caller can join first, in a known order."""
    async with database.engine.begin() as conn:
        await conn.execute(
            text(
                "INSERT INTO rate_tickets (limiter, owner, group_id, front, queued_at, "
                "lease_expires_at, token) VALUES ('clone', 'gate', NULL, true, "
                "clock_timestamp(), clock_timestamp() + interval '1 hour', 'gate')"
            )
        )


async def release_the_queue(database: Database) -> None:
    """Take the gate's ticket out and wake every process's waiters, as a leaving waiter does."""
    async with database.engine.begin() as conn:
        await conn.execute(text("DELETE FROM rate_tickets WHERE token = 'gate'"))
        await conn.execute(text("SELECT pg_notify('voiceclone_rate_clone', '')"))


async def test_two_processes_share_one_window_in_arrival_order(
    databases: tuple[Database, Database],
) -> None:
    """Ten callers, alternating between two processes, each joining once the one before it
    is in the queue (its place shown), behind a gate; then the gate opens."""
    await record_calls(databases[0])
    await hold_the_queue(databases[0])
    a, b = limiter(databases[0], "a"), limiter(databases[1], "b")
    granted: list[int] = []
    positions: dict[int, list[int]] = {i: [] for i in range(10)}
    queued = {i: asyncio.Event() for i in range(10)}

    async def request(i: int) -> None:
        async def seen(position: int) -> None:
            positions[i].append(position)
            queued[i].set()

        async with (a if i % 2 else b).slot(seen):
            granted.append(i)

    tasks = []
    for i in range(10):
        tasks.append(asyncio.create_task(request(i)))
        await asyncio.wait_for(queued[i].wait(), 30)  # arrival order is request order
    await release_the_queue(databases[0])
    await asyncio.wait_for(asyncio.gather(*tasks), 30)
    await a.close()
    await b.close()
    assert granted == list(range(10))  # first come, first served
    # Each caller's place counted every caller ahead of it, whichever process it was in.
    assert [seen[0] for seen in positions.values()] == [i + 2 for i in range(10)]
    for i, seen in positions.items():
        assert seen == sorted(seen, reverse=True), (i, seen)  # only ever forward
    calls = await calls_let_through(databases[0])
    assert len(calls) == 10
    assert most_in_any_window([call.counted_from for call in calls], 0.6) <= 3


async def test_a_dead_process_never_blocks_the_queue(
    databases: tuple[Database, Database],
) -> None:
    db = databases[0]
    # A process that died while first in the queue: its ticket's lease is not renewed.
    async with db.engine.begin() as conn:
        await conn.execute(
            text(
                "INSERT INTO rate_tickets (limiter, owner, group_id, front, queued_at, "
                "lease_expires_at) VALUES ('clone', 'dead', NULL, false, :q, :e)"
            ),
            {"q": utcnow() - timedelta(seconds=5), "e": utcnow() + timedelta(hours=1)},
        )
    alive = limiter(db, "alive")
    seen: list[int] = []
    shown = asyncio.Event()

    async def note(position: int) -> None:
        seen.append(position)
        shown.set()

    waiter = asyncio.create_task(alive.acquire(note))
    await asyncio.wait_for(shown.wait(), 10)
    assert seen == [2]  # it waits behind the dead ticket...
    assert not waiter.done()
    async with db.engine.begin() as conn:  # ...until that lease runs out
        await conn.execute(
            text(
                "UPDATE rate_tickets SET lease_expires_at = clock_timestamp() WHERE owner = 'dead'"
            )
        )
    await asyncio.wait_for(waiter, 10)  # by its own poll: nobody told it
    await alive.close()


async def test_queue_caps_count_every_process(databases: tuple[Database, Database]) -> None:
    a = limiter(databases[0], "a", per_period=1, period=30, max_waiting=3, max_waiting_per_group=2)
    b = limiter(databases[1], "b", per_period=1, period=30, max_waiting=3, max_waiting_per_group=2)
    await a.acquire(group=7)  # the window is full from now on
    waiters = [
        asyncio.create_task(a.acquire(group=7)),
        asyncio.create_task(b.acquire(group=7)),
    ]
    await until_waiting(databases[0], 2)
    with pytest.raises(QueueFull) as full:
        await b.check_room(7)  # the guild's two are waiting, one in each process
    assert full.value.waiting == 2
    await b.check_room(9)  # another guild still has room
    waiters.append(asyncio.create_task(b.acquire(group=9)))
    await until_waiting(databases[0], 3)
    with pytest.raises(QueueFull):
        await a.check_room(9)  # three in all
    await a.close()
    await b.close()
    results = await asyncio.gather(*waiters, return_exceptions=True)
    assert all(isinstance(r, asyncio.CancelledError) for r in results), results  # QueueClosed
    async with databases[0].engine.connect() as conn:
        left = (await conn.execute(text("SELECT count(*) FROM rate_tickets"))).scalar_one()
    assert left == 0  # closed waiters leave the queue


async def test_a_call_counts_from_when_it_was_sent(databases: tuple[Database, Database]) -> None:
    await record_calls(databases[0])
    shared = limiter(databases[0], "a", per_period=1, period=0.5, guard_seconds=0)
    first = await shared.acquire()
    await asyncio.sleep(0.3)  # the work between the grant and the request
    leaving = await database_clock(databases[0])
    await first.sent()  # the request left only now: the next call waits 0.5 s from here
    await asyncio.wait_for(shared.acquire(), 5)
    await shared.close()
    _, second = await calls_let_through(databases[0])
    assert second.counted_from - leaving >= 0.5


async def test_it_needs_postgresql(tmp_path: object) -> None:
    database = Database("sqlite+aiosqlite:///:memory:")
    with pytest.raises(ValueError, match="PostgreSQL"):
        SharedRateLimiter(database, "clone", 1, owner="x")


async def test_waiters_of_another_process_are_woken_by_notify(
    databases: tuple[Database, Database],
) -> None:
    """The second in line learns that the first got its call by NOTIFY, not by its poll."""
    a = limiter(databases[0], "a", per_period=1, period=0.3, poll_seconds=30.0)
    b = limiter(databases[1], "b", per_period=1, period=0.3, poll_seconds=30.0)
    await asyncio.sleep(0.2)  # both listening
    await a.acquire()  # the window is full for 0.3 s
    first = asyncio.create_task(a.acquire())
    await asyncio.sleep(0.05)
    second = asyncio.create_task(b.acquire())
    # Without NOTIFY the second would sleep its 30 s poll once the first is served.
    await asyncio.wait_for(asyncio.gather(first, second), 10)
    await a.close()
    await b.close()
