"""One queue in front of the clone endpoint: at most N calls per period, first come first served.

Inworld's clone limit is per account (reported: 5 per minute), so a burst of requests must wait
its turn instead of failing with 429s. Waiters are told their place in the queue as it changes.

The queue is bounded (in total and per group, i.e. guild): :meth:`CloneRateLimiter.check_room`
refuses a newcomer with :class:`QueueFull`, which says how long the wait is and when to come
back. :meth:`CloneRateLimiter.close` (the bot shutting down) ends every wait with
:class:`QueueClosed`, so no new call starts while the bot stops.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

from .errors import UserFacingError
from .policy import format_duration

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
        scope = " from this server" if group else ""
        come_back = int(time.time() + retry_in)
        requests = (
            f"{waiting} request{scope} is" if waiting == 1 else f"{waiting} requests{scope} are"
        )
        super().__init__(
            f"The clone queue is full: {requests} waiting (a wait of about "
            f"{format_duration(wait_seconds)}). Nothing was queued; please try again in about "
            f"{format_duration(retry_in)} (at <t:{come_back}:t>)."
        )


@dataclass(eq=False)
class _Ticket:
    group: int | None


class CloneRateLimiter:
    """A FIFO sliding-window limiter. Use ``async with limiter.slot(on_position): ...``."""

    def __init__(
        self,
        per_period: int,
        period: float = 60.0,
        *,
        max_waiting: int | None = None,
        max_waiting_per_group: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_period < 1 or period <= 0:
            raise ValueError("per_period must be >= 1 and period > 0")
        self.per_period = per_period
        self.period = period
        self.max_waiting = max_waiting
        self.max_waiting_per_group = max_waiting_per_group
        self._clock = clock
        self._closed = False
        self._calls: collections.deque[float] = collections.deque()
        self._queue: collections.deque[_Ticket] = collections.deque()
        self._changed = asyncio.Condition()
        self._notifications: set[asyncio.Task[None]] = set()

    @property
    def waiting(self) -> int:
        return len(self._queue)

    @property
    def closed(self) -> bool:
        return self._closed

    def waiting_in(self, group: int) -> int:
        return sum(1 for ticket in self._queue if ticket.group == group)

    def expected_wait(self, position: int) -> float:
        """Seconds until the caller at ``position`` (1 = next) would get a slot, if every
        caller before it uses its slot as soon as it gets one."""
        self._prune()
        now = self._clock()
        calls = list(self._calls)
        start = now
        for _ in range(max(position, 1)):
            start = now
            if len(calls) >= self.per_period:
                start = max(now, calls[-self.per_period] + self.period)
            calls.append(start)
        return max(0.0, start - now)

    def check_room(self, group: int | None = None) -> None:
        """Raise :class:`QueueFull` if a newcomer (of ``group``) would exceed a cap.

        Checked when a request is admitted (consent, approval), not in :meth:`acquire`: a
        request already admitted (resumed after a restart, retried) always gets its turn.
        """
        total = len(self._queue)
        if self.max_waiting is not None and total >= self.max_waiting:
            excess = total - self.max_waiting + 1
            raise QueueFull(
                total, self.expected_wait(total + 1), self.expected_wait(excess), group=False
            )
        if group is None or self.max_waiting_per_group is None:
            return
        positions = [i for i, ticket in enumerate(self._queue, 1) if ticket.group == group]
        if len(positions) >= self.max_waiting_per_group:
            excess = len(positions) - self.max_waiting_per_group + 1
            raise QueueFull(
                len(positions),
                self.expected_wait(total + 1),
                self.expected_wait(positions[excess - 1]),
                group=True,
            )

    async def close(self) -> None:
        """End every wait with :class:`QueueClosed`; later calls to acquire fail the same way."""
        self._closed = True
        async with self._changed:
            self._changed.notify_all()

    def _prune(self) -> None:
        horizon = self._clock() - self.period
        while self._calls and self._calls[0] <= horizon:
            self._calls.popleft()

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

    async def acquire(
        self,
        on_position: PositionCallback | None = None,
        *,
        group: int | None = None,
        front: bool = False,
    ) -> None:
        """Wait for this caller's turn and a free call in the window, then take it.

        ``group`` (a guild) only counts toward :meth:`check_room`'s per-group cap.
        ``front``: join at the head of the queue (the retry of a call that already waited
        its turn; it still needs a free call in the window like any first attempt).
        """
        if self._closed:
            raise QueueClosed("the clone queue is closed: the bot is shutting down")
        ticket = _Ticket(group)
        if front:
            self._queue.appendleft(ticket)
        else:
            self._queue.append(ticket)
        shown: int | None = None
        try:
            async with self._changed:
                while True:
                    if self._closed:
                        raise QueueClosed("the clone queue is closed: the bot is shutting down")
                    self._prune()
                    position = self._queue.index(ticket) + 1
                    if position == 1 and len(self._calls) < self.per_period:
                        self._queue.popleft()
                        self._calls.append(self._clock())
                        self._changed.notify_all()
                        return
                    if on_position is not None and position != shown:
                        shown = position
                        self._notify(on_position, position)
                    wait: float | None = None
                    if position == 1:
                        wait = max(0.0, self._calls[0] + self.period - self._clock())
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._changed.wait(), wait)
        except BaseException:
            if ticket in self._queue:
                self._queue.remove(ticket)
                async with self._changed:
                    self._changed.notify_all()
            raise

    @contextlib.asynccontextmanager
    async def slot(
        self, on_position: PositionCallback | None = None, *, group: int | None = None
    ) -> AsyncIterator[None]:
        await self.acquire(on_position, group=group)
        yield
