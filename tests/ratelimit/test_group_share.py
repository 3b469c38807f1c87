"""A server's share of a queue (the TTS limiter's TTS_QUEUE_MAX_PER_GUILD): one server that
fills its share is refused, and another server's caller still gets in and is served in its
turn, with the in-memory limiter and with the one shared through PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from bot.ratelimit import CloneRateLimiter, QueueFull, RateLimiter, SharedRateLimiter
from bot.storage import Database

BUSY, QUIET = 7, 9
PERIOD = 1.0

MakeLimiter = Callable[..., Awaitable[RateLimiter]]


@pytest.fixture(params=["memory", "postgresql"])
def postgres_or_memory(request: pytest.FixtureRequest) -> str | None:
    """The PostgreSQL URL of the shared limiter's test (resolved outside the loop), or None
    for the in-memory one."""
    if request.param == "memory":
        return None
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
async def make_limiter(postgres_or_memory: str | None) -> AsyncIterator[MakeLimiter]:
    made: list[RateLimiter] = []
    database = Database(postgres_or_memory) if postgres_or_memory else None
    if database is not None:
        await database.connect()
        await database.migrate()

    async def make(*, max_waiting: int, max_waiting_per_group: int | None = None) -> RateLimiter:
        per_group = max_waiting_per_group
        limiter: RateLimiter
        if database is None:
            limiter = CloneRateLimiter(
                1, period=PERIOD, max_waiting=max_waiting, max_waiting_per_group=per_group
            )
        else:
            shared = SharedRateLimiter(
                database,
                "tts",
                1,
                PERIOD,
                owner="a",
                max_waiting=max_waiting,
                max_waiting_per_group=per_group,
            )
            shared.start()
            limiter = shared
        made.append(limiter)
        return limiter

    try:
        yield make
    finally:
        for limiter in made:
            await limiter.close()
        if database is not None:
            await database.close()


async def queued(limiter: RateLimiter, group: int) -> asyncio.Task[object]:
    """A waiter of ``group``, returned once it has been shown its place in the queue."""
    shown = asyncio.Event()

    async def seen(position: int) -> None:
        shown.set()

    task: asyncio.Task[object] = asyncio.create_task(limiter.acquire(seen, group=group))
    await asyncio.wait_for(shown.wait(), 10)
    return task


async def test_one_server_filling_its_share_does_not_stop_another(
    make_limiter: MakeLimiter,
) -> None:
    limiter = await make_limiter(max_waiting=10, max_waiting_per_group=2)
    await limiter.acquire(group=BUSY)  # the window is full for a while
    busy = [await queued(limiter, BUSY), await queued(limiter, BUSY)]
    with pytest.raises(QueueFull) as full:
        await limiter.check_room(BUSY)
    assert full.value.group and full.value.waiting == 2
    assert "from this server" in full.value.user_message
    await limiter.check_room(QUIET)  # the other server's preview is let in...
    other = await queued(limiter, QUIET)
    await asyncio.wait_for(asyncio.gather(*busy, other), 15)  # ...and served in its turn


async def test_without_a_share_one_server_fills_the_whole_queue(
    make_limiter: MakeLimiter,
) -> None:
    """What the share prevents: with only the total cap, the busy server's callers take every
    place and the quiet server is refused."""
    limiter = await make_limiter(max_waiting=2)
    await limiter.acquire(group=BUSY)
    busy = [await queued(limiter, BUSY), await queued(limiter, BUSY)]
    with pytest.raises(QueueFull) as full:
        await limiter.check_room(QUIET)
    assert not full.value.group
    for task in busy:
        task.cancel()
    await asyncio.gather(*busy, return_exceptions=True)
