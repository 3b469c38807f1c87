"""The clone-call limiter: window bound, FIFO order, positions, cancellation."""

from __future__ import annotations

import asyncio

import pytest

from bot.ratelimit import CloneRateLimiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_calls_within_the_limit_do_not_wait() -> None:
    limiter = CloneRateLimiter(3, period=60)
    for _ in range(3):
        await asyncio.wait_for(limiter.acquire(), 0.5)


async def test_burst_queues_in_order_with_positions() -> None:
    limiter = CloneRateLimiter(2, period=0.3)
    order: list[int] = []
    positions: dict[int, list[int]] = {i: [] for i in range(6)}

    async def request(i: int) -> None:
        async def seen(position: int) -> None:
            positions[i].append(position)

        async with limiter.slot(seen):
            order.append(i)

    tasks = []
    for i in range(6):
        tasks.append(asyncio.create_task(request(i)))
        await asyncio.sleep(0)  # arrival order is request order
    await asyncio.wait_for(asyncio.gather(*tasks), 5)
    await asyncio.sleep(0.01)  # let background position notifications finish
    assert order == list(range(6))
    assert positions[0] == positions[1] == []  # served at once
    assert positions[2][0] == 1 and positions[5][0] == 4
    for seen in positions.values():
        assert seen == sorted(seen, reverse=True)  # positions only ever move forward


async def test_window_is_sliding_not_fixed() -> None:
    clock = FakeClock()
    limiter = CloneRateLimiter(2, period=60, clock=clock)
    await limiter.acquire()
    clock.now += 30
    await limiter.acquire()
    waiter = asyncio.create_task(limiter.acquire())
    await asyncio.sleep(0.05)
    assert not waiter.done() and limiter.waiting == 1
    clock.now += 30.5  # the first call left the window; the second has not
    async with limiter._changed:  # wake the waiter to re-check the fake clock
        limiter._changed.notify_all()
    await asyncio.wait_for(waiter, 1)
    assert limiter.waiting == 0


async def test_cancelled_waiter_leaves_the_queue() -> None:
    limiter = CloneRateLimiter(1, period=0.2)
    await limiter.acquire()
    first = asyncio.create_task(limiter.acquire())
    second = asyncio.create_task(limiter.acquire())
    await asyncio.sleep(0.02)
    assert limiter.waiting == 2
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    await asyncio.wait_for(second, 1)
    assert limiter.waiting == 0


def test_rejects_nonsense_limits() -> None:
    with pytest.raises(ValueError):
        CloneRateLimiter(0)
