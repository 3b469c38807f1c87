"""One queue in front of the clone endpoint: at most N calls per period, first come first served.

Inworld's clone limit is per account (reported: 5 per minute), so a burst of requests must wait
its turn instead of failing with 429s. Waiters are told their place in the queue as it changes.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable

log = logging.getLogger(__name__)

PositionCallback = Callable[[int], Awaitable[None]]


class CloneRateLimiter:
    """A FIFO sliding-window limiter. Use ``async with limiter.slot(on_position): ...``."""

    def __init__(
        self,
        per_period: int,
        period: float = 60.0,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_period < 1 or period <= 0:
            raise ValueError("per_period must be >= 1 and period > 0")
        self.per_period = per_period
        self.period = period
        self._clock = clock
        self._calls: collections.deque[float] = collections.deque()
        self._queue: collections.deque[object] = collections.deque()
        self._changed = asyncio.Condition()
        self._notifications: set[asyncio.Task[None]] = set()

    @property
    def waiting(self) -> int:
        return len(self._queue)

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

    async def acquire(self, on_position: PositionCallback | None = None) -> None:
        """Wait for this caller's turn and a free call in the window, then take it."""
        ticket = object()
        self._queue.append(ticket)
        shown: int | None = None
        try:
            async with self._changed:
                while True:
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
    async def slot(self, on_position: PositionCallback | None = None) -> AsyncIterator[None]:
        await self.acquire(on_position)
        yield
