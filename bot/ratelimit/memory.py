"""The limiter of one process: at most N calls per period, first come first served.

Inworld's clone limit is per account (reported: 5 per minute), so a burst of requests must wait
its turn instead of failing with 429s. Waiters are told their place in the queue as it changes.
This one lives in memory: right for a single process (the SQLite default); several processes
on one PostgreSQL database share :class:`~bot.ratelimit.shared.SharedRateLimiter` instead.

The queue is bounded (in total and per group, i.e. guild): :meth:`CloneRateLimiter.check_room`
refuses a newcomer with :class:`QueueFull`, which says how long the wait is and when to come
back. :meth:`CloneRateLimiter.close` (the bot shutting down) ends every wait with
:class:`QueueClosed`, so no new call starts while the bot stops.

Every change of the queue happens without awaiting (one event loop), and a waiter that leaves
(cancelled, even twice) takes its ticket out and wakes the others synchronously: nothing can
leave a ghost in the queue. Waiters sleep on an event swapped at each move, bounded with
:func:`asyncio.timeout` (no inner task and no lock, unlike ``wait_for`` around a
``Condition``, which a second cancellation could leave holding the lock).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from .waiting import (
    PositionCallback,
    QueueClosed,
    RateLimiter,
    Slot,
    check_caps,
    expected_wait,
)

log = logging.getLogger(__name__)


@dataclass(eq=False)
class _Ticket:
    group: int | None


@dataclass(eq=False)
class _Call(Slot):
    at: float
    limiter: CloneRateLimiter

    async def sent(self) -> None:
        self.at = max(self.at, self.limiter._clock())
        self.limiter._resort()


class CloneRateLimiter(RateLimiter):
    """A FIFO sliding-window limiter in this process's memory."""

    def __init__(
        self,
        per_period: int,
        period: float = 60.0,
        *,
        max_waiting: int | None = None,
        max_waiting_per_group: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        if per_period < 1 or period <= 0:
            raise ValueError("per_period must be >= 1 and period > 0")
        self.per_period = per_period
        self.period = period
        self.max_waiting = max_waiting
        self.max_waiting_per_group = max_waiting_per_group
        self._clock = clock
        self._closed = False
        self._calls: collections.deque[_Call] = collections.deque()
        self._queue: collections.deque[_Ticket] = collections.deque()
        self._moved = asyncio.Event()

    @property
    def waiting(self) -> int:
        return len(self._queue)

    @property
    def closed(self) -> bool:
        return self._closed

    def expected_wait(self, position: int) -> float:
        """Seconds until the caller at ``position`` (1 = next) would get a slot, if every
        caller before it uses its slot as soon as it gets one."""
        self._prune()
        calls = [call.at for call in self._calls]
        return expected_wait(calls, self._clock(), self.per_period, self.period, position)

    async def check_room(self, group: int | None = None) -> None:
        check_caps(
            [ticket.group for ticket in self._queue],
            group,
            max_waiting=self.max_waiting,
            max_waiting_per_group=self.max_waiting_per_group,
            wait=self.expected_wait,
        )

    async def close(self) -> None:
        self._closed = True
        self._wake()

    def _wake(self) -> None:
        """Every waiter re-checks its place (set, then a fresh event for the next move)."""
        moved, self._moved = self._moved, asyncio.Event()
        moved.set()

    def _prune(self) -> None:
        horizon = self._clock() - self.period
        while self._calls and self._calls[0].at <= horizon:
            self._calls.popleft()

    def _resort(self) -> None:
        self._calls = collections.deque(sorted(self._calls, key=lambda call: call.at))

    async def acquire(
        self,
        on_position: PositionCallback | None = None,
        *,
        group: int | None = None,
        front: bool = False,
    ) -> Slot:
        if self._closed:
            raise QueueClosed("the clone queue is closed: the bot is shutting down")
        ticket = _Ticket(group)
        if front:
            self._queue.appendleft(ticket)
        else:
            self._queue.append(ticket)
        shown: int | None = None
        try:
            while True:
                if self._closed:
                    raise QueueClosed("the clone queue is closed: the bot is shutting down")
                self._prune()
                position = self._queue.index(ticket) + 1
                if position == 1 and len(self._calls) < self.per_period:
                    self._queue.popleft()
                    call = _Call(self._clock(), self)
                    self._calls.append(call)
                    self._wake()
                    return call
                if on_position is not None and position != shown:
                    shown = position
                    self._notify(on_position, position)
                wait: float | None = None
                if position == 1:
                    wait = max(0.0, self._calls[0].at + self.period - self._clock())
                moved = self._moved
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(wait):
                        await moved.wait()
        except BaseException:
            if ticket in self._queue:  # no await from here on: a second cancel cannot interrupt
                self._queue.remove(ticket)
                self._wake()
            raise
