"""The clone queue's caps (QueueFull with the wait and when to come back) and its closing."""

from __future__ import annotations

import asyncio
import re

import pytest

from bot.ratelimit import CloneRateLimiter, QueueClosed, QueueFull


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def waiters(limiter: CloneRateLimiter, groups: list[int]) -> list[asyncio.Task[None]]:
    tasks = [asyncio.create_task(limiter.acquire(group=g)) for g in groups]
    await asyncio.sleep(0.01)
    return tasks


async def test_expected_wait_follows_the_sliding_window() -> None:
    clock = Clock()
    limiter = CloneRateLimiter(2, period=60, clock=clock)
    assert limiter.expected_wait(1) == 0 and limiter.expected_wait(2) == 0
    assert limiter.expected_wait(3) == 60 and limiter.expected_wait(5) == 120
    await limiter.acquire()
    clock.now += 10
    assert limiter.expected_wait(1) == 0
    assert limiter.expected_wait(2) == 50  # the call 10 s ago frees its place at +60


async def test_total_cap_refuses_with_the_wait_and_when_to_come_back() -> None:
    clock = Clock()
    limiter = CloneRateLimiter(1, period=60, max_waiting=2, clock=clock)
    await limiter.acquire()  # the window is full for 60 s
    tasks = await waiters(limiter, [1, 2])
    assert limiter.waiting == 2
    with pytest.raises(QueueFull) as caught:
        await limiter.check_room(3)
    error = caught.value
    assert error.waiting == 2
    assert error.wait_seconds == 180  # two ahead, one call a minute, and the full window
    assert error.retry_in == 60  # when the first waiter has its slot, there is room again
    assert "2 requests are waiting" in error.user_message
    assert "a wait of about 3 min" in error.user_message
    assert "try again in about 1 min" in error.user_message
    assert re.search(r"<t:\d+:t>", error.user_message)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    assert limiter.waiting == 0
    await limiter.check_room(3)  # room again


async def test_per_guild_cap_counts_only_that_guild() -> None:
    limiter = CloneRateLimiter(1, period=60, max_waiting=10, max_waiting_per_group=1)
    await limiter.acquire()
    tasks = await waiters(limiter, [7, 8])
    await limiter.check_room(9)  # another guild still has room
    with pytest.raises(QueueFull) as caught:
        await limiter.check_room(7)
    assert "from this server" in caught.value.user_message
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def test_close_ends_every_wait_as_a_cancellation() -> None:
    limiter = CloneRateLimiter(1, period=60)
    await limiter.acquire()
    tasks = await waiters(limiter, [1, 1, 2])
    await limiter.close()
    await asyncio.gather(*tasks, return_exceptions=True)
    assert all(t.cancelled() for t in tasks)  # each waiter's task ends as if cancelled
    assert limiter.waiting == 0 and limiter.closed
    with pytest.raises(QueueClosed):
        await limiter.acquire()
