"""The limiter shared through PostgreSQL: one window and one FIFO queue for every process."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

import pytest
from sqlalchemy import text

from bot.ratelimit import QueueFull, SharedRateLimiter
from bot.storage import Database, utcnow


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


async def test_two_processes_share_one_window_in_arrival_order(
    databases: tuple[Database, Database],
) -> None:
    a, b = limiter(databases[0], "a"), limiter(databases[1], "b")
    granted: list[tuple[float, int]] = []
    positions: dict[int, list[int]] = {i: [] for i in range(10)}

    async def request(i: int) -> None:
        async def seen(position: int) -> None:
            positions[i].append(position)

        async with (a if i % 2 else b).slot(seen):
            granted.append((time.monotonic(), i))

    tasks = []
    for i in range(10):
        tasks.append(asyncio.create_task(request(i)))
        await asyncio.sleep(0.02)  # arrival order is request order
    await asyncio.wait_for(asyncio.gather(*tasks), 30)
    await asyncio.sleep(0.05)
    await a.close()
    await b.close()
    assert [i for _, i in granted] == list(range(10))  # first come, first served
    assert most_in_any_window([t for t, _ in granted], 0.6) <= 3
    for i, seen in positions.items():
        assert seen == sorted(seen, reverse=True), (i, seen)  # only ever forward
    # The last one waited behind everyone, whichever process they were in.
    assert positions[9][0] >= 5


async def test_a_dead_process_never_blocks_the_queue(
    databases: tuple[Database, Database],
) -> None:
    db = databases[0]
    # A process that died while first in the queue: its ticket's lease runs out.
    async with db.engine.begin() as conn:
        await conn.execute(
            text(
                "INSERT INTO rate_tickets (limiter, owner, group_id, front, queued_at, "
                "lease_expires_at) VALUES ('clone', 'dead', NULL, false, :q, :e)"
            ),
            {"q": utcnow() - timedelta(seconds=5), "e": utcnow() + timedelta(seconds=0.5)},
        )
    alive = limiter(db, "alive")
    seen: list[int] = []

    async def note(position: int) -> None:
        seen.append(position)

    started = time.monotonic()
    await asyncio.wait_for(alive.acquire(note), 10)
    assert time.monotonic() - started >= 0.3  # it waited behind the dead ticket...
    await asyncio.sleep(0.05)
    assert seen[0] == 2  # ...shown second, behind it
    await alive.close()


async def test_queue_caps_count_every_process(databases: tuple[Database, Database]) -> None:
    a = limiter(databases[0], "a", per_period=1, period=30, max_waiting=3, max_waiting_per_group=2)
    b = limiter(databases[1], "b", per_period=1, period=30, max_waiting=3, max_waiting_per_group=2)
    await a.acquire(group=7)  # the window is full from now on
    waiters = [
        asyncio.create_task(a.acquire(group=7)),
        asyncio.create_task(b.acquire(group=7)),
    ]
    await asyncio.sleep(0.3)
    with pytest.raises(QueueFull) as full:
        await b.check_room(7)  # the guild's two are waiting, one in each process
    assert full.value.waiting == 2
    await b.check_room(9)  # another guild still has room
    waiters.append(asyncio.create_task(b.acquire(group=9)))
    await asyncio.sleep(0.3)
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
    shared = limiter(databases[0], "a", per_period=1, period=0.5, guard_seconds=0)
    first = await shared.acquire()
    await asyncio.sleep(0.3)
    await first.sent()  # the request left only now: the next call waits 0.5 s from here
    sent_at = time.monotonic()
    await asyncio.wait_for(shared.acquire(), 5)
    assert time.monotonic() - sent_at >= 0.45
    await shared.close()


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
