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
    limiter._wake()  # the waiter re-checks the fake clock
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


async def test_a_waiter_timed_out_in_the_queue_leaves_no_ghost() -> None:
    limiter = CloneRateLimiter(1, period=1.0)
    await limiter.acquire()  # the window is full for a second
    doomed = asyncio.create_task(asyncio.wait_for(limiter.acquire(), 0.05))
    behind = asyncio.create_task(limiter.acquire())
    with pytest.raises(TimeoutError):
        await doomed
    assert limiter.waiting == 1  # only the one behind
    await asyncio.wait_for(behind, 5)  # first now, it gets the call the doomed one waited for
    assert limiter.waiting == 0


async def test_a_waiter_cancelled_twice_leaves_no_ghost() -> None:
    """A second cancellation (a timeout, then the bot stopping) may land anywhere in the
    first one's clean-up: wherever it lands, the callers behind still get their turns."""
    stuck: list[tuple[int, int]] = []
    for first_gap in range(4):
        for second_gap in range(4):
            limiter = CloneRateLimiter(1, period=0.05)
            callers = [asyncio.create_task(limiter.acquire()) for _ in range(4)]
            doomed = callers[1]  # the first to wait: it sleeps until the window has room
            for _ in range(first_gap):
                await asyncio.sleep(0)
            doomed.cancel()
            for _ in range(second_gap):
                await asyncio.sleep(0)
            doomed.cancel()
            _, pending = await asyncio.wait(callers, timeout=5)
            if pending or limiter.waiting:
                stuck.append((first_gap, second_gap))
            else:
                assert doomed.cancelled()
    assert stuck == []
