"""What every rate limiter shares: the queue's errors, the wait estimate, and the interface."""

from __future__ import annotations

import abc
import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Protocol

from ..errors import UserFacingError
from ..i18n import Msg
from ..policy import format_duration

log = logging.getLogger(__name__)

PositionCallback = Callable[[int], Awaitable[None]]


class QueueClosed(asyncio.CancelledError):
    """The limiter closed (the bot is shutting down) before this caller got a slot.

    A cancellation: whoever waited leaves its request as it was (approved, not started), for
    recovery after the restart, exactly as if the task had been cancelled.
    """


class QueueFull(UserFacingError):
    """Too many requests are waiting already; nothing was queued."""

    def __init__(self, waiting: int, wait_seconds: float, retry_in: float, *, group: bool) -> None:
        self.waiting = waiting
        self.wait_seconds = wait_seconds
        self.retry_in = retry_in
        #: The caller's group (a server) used up its share; False: the whole queue is full.
        self.group = group
        come_back = int(time.time() + retry_in)
        super().__init__(
            Msg(
                "error-queue-full",
                waiting=waiting,
                group=group,
                wait=format_duration(wait_seconds),
                retry=format_duration(retry_in),
                at=str(come_back),
            )
        )


def expected_wait(
    calls: Sequence[float], now: float, per_period: int, period: float, position: int
) -> float:
    """Seconds until the caller at ``position`` (1 = next) gets a slot, if every caller before
    it uses its slot as soon as it gets one; ``calls`` are the times of the calls still in the
    window, oldest first."""
    planned = list(calls)
    start = now
    for _ in range(max(position, 1)):
        start = now
        if len(planned) >= per_period:
            start = max(now, planned[-per_period] + period)
        planned.append(start)
    return max(0.0, start - now)


def check_caps(
    groups: Sequence[int | None],
    group: int | None,
    *,
    max_waiting: int | None,
    max_waiting_per_group: int | None,
    wait: Callable[[int], float],
) -> None:
    """Raise :class:`QueueFull` if a newcomer (of ``group``) would exceed a cap; ``groups``
    are the groups of the callers waiting now, in queue order, ``wait(position)`` the
    expected wait of a position."""
    total = len(groups)
    if max_waiting is not None and total >= max_waiting:
        excess = total - max_waiting + 1
        raise QueueFull(total, wait(total + 1), wait(excess), group=False)
    if group is None or max_waiting_per_group is None:
        return
    positions = [i for i, waiting in enumerate(groups, 1) if waiting == group]
    if len(positions) >= max_waiting_per_group:
        excess = len(positions) - max_waiting_per_group + 1
        raise QueueFull(len(positions), wait(total + 1), wait(positions[excess - 1]), group=True)


class Slot(Protocol):
    """A call the limiter let through."""

    async def sent(self) -> None:
        """The request is going out now: count it in the window from this moment (the work
        between the grant and the request, e.g. a voice listing, must not shorten the gap
        the API sees between calls)."""


class RateLimiter(abc.ABC):
    """A FIFO sliding-window limiter: ``async with limiter.slot(on_position) as slot: ...``."""

    per_period: int
    period: float

    def __init__(self) -> None:
        #: Position callbacks running (kept referenced until they finish).
        self._notifications: set[asyncio.Task[None]] = set()

    def _notify(self, callback: PositionCallback, position: int) -> None:
        """Run the callback in the background: a slow Discord edit must not hold the queue."""

        async def run() -> None:
            try:
                await callback(position)
            except Exception:
                log.exception("queue position callback failed")

        task = asyncio.create_task(run())
        self._notifications.add(task)
        task.add_done_callback(self._notifications.discard)

    @property
    @abc.abstractmethod
    def waiting(self) -> int:
        """Callers of this process waiting now."""

    @property
    @abc.abstractmethod
    def closed(self) -> bool: ...

    @abc.abstractmethod
    async def check_room(self, group: int | None = None) -> None:
        """Raise :class:`QueueFull` if a newcomer (of ``group``) would exceed a cap.

        Checked when a request is admitted (consent, approval), not in :meth:`acquire`: a
        request already admitted (resumed after a restart, retried) always gets its turn.
        """

    @abc.abstractmethod
    async def acquire(
        self,
        on_position: PositionCallback | None = None,
        *,
        group: int | None = None,
        front: bool = False,
    ) -> Slot:
        """Wait for this caller's turn and a free call in the window, then take it.

        ``group`` (a guild) counts toward the per-group cap. ``front``: join at the head of
        the queue (the retry of a call that already waited its turn). Otherwise the queue is
        in arrival order, so a place shown to a member only ever moves forward.
        """

    @abc.abstractmethod
    async def close(self) -> None:
        """End every wait with :class:`QueueClosed`; later calls to acquire fail the same way."""

    @contextlib.asynccontextmanager
    async def slot(
        self,
        on_position: PositionCallback | None = None,
        *,
        group: int | None = None,
    ) -> AsyncIterator[Slot]:
        yield await self.acquire(on_position, group=group)
