"""Owned work: awaited within the grace period at shutdown, then cancelled."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.i18n import tr
from bot.inflight import InFlight, ShuttingDown

RESTARTING_MESSAGE = tr("en-US", "error-restarting")


async def test_drain_waits_for_quick_work_and_cancels_the_rest() -> None:
    inflight = InFlight()
    finished: list[str] = []
    cancelled: list[str] = []

    async def work(name: str, seconds: float) -> None:
        try:
            await asyncio.sleep(seconds)
            finished.append(name)
        except asyncio.CancelledError:
            cancelled.append(name)
            raise

    assert inflight.start(work("quick", 0.1))
    assert inflight.start(work("slow", 30))
    assert len(inflight) == 2
    started = time.monotonic()
    assert await inflight.drain(0.5) == 1
    assert 0.4 < time.monotonic() - started < 2
    assert finished == ["quick"] and cancelled == ["slow"]
    assert len(inflight) == 0


async def test_no_new_work_once_shutdown_began() -> None:
    inflight = InFlight()
    inflight.stop_accepting()
    ran: list[int] = []

    async def work() -> None:
        ran.append(1)

    assert inflight.start(work()) is False  # closed, never run (no "never awaited" warning)
    with pytest.raises(ShuttingDown) as caught:
        inflight.check_accepting()
    assert caught.value.user_message == RESTARTING_MESSAGE
    await asyncio.sleep(0)
    assert ran == []


async def test_drain_with_nothing_in_flight_returns_at_once() -> None:
    inflight = InFlight()
    started = time.monotonic()
    assert await inflight.drain(20) == 0
    assert time.monotonic() - started < 0.1
