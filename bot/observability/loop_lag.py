"""Event-loop lag: how late the loop wakes a task that asked to sleep a short interval.

A task sleeps ``interval`` seconds in a loop and records how much later than asked it woke up
(the time the loop was busy with other work: a blocking call, a long callback, CPU-heavy code
that should run in a thread). The overshoot goes to a histogram and a gauge of the largest
value seen, both in the bot's own registry (:class:`~bot.observability.metrics.BotMetrics`).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable

from prometheus_client import Gauge, Histogram

from .metrics import BotMetrics

#: From "idle" to "the bot felt frozen": Discord wants an interaction answered within 3 s.
LAG_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class LoopLagMonitor:
    """Measures the event loop's lag every ``interval`` seconds while started."""

    def __init__(
        self,
        metrics: BotMetrics,
        *,
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if interval <= 0:
            raise ValueError("interval must be > 0")
        self.interval = interval
        self._clock = clock
        self.lag_seconds = Histogram(
            "voiceclone_event_loop_lag_seconds",
            f"How much later than asked a {interval:g} s sleep on the event loop woke up.",
            buckets=LAG_BUCKETS,
            registry=metrics.registry,
        )
        self.max_lag_seconds = Gauge(
            "voiceclone_event_loop_lag_max_seconds",
            "The largest event-loop lag measured since the bot started.",
            registry=metrics.registry,
        )
        self.max_lag = 0.0
        self._task: asyncio.Task[None] | None = None

    def record(self, lag: float) -> None:
        lag = max(0.0, lag)
        self.lag_seconds.observe(lag)
        if lag > self.max_lag:
            self.max_lag = lag
            self.max_lag_seconds.set(lag)

    async def _run(self) -> None:
        while True:
            asked = self._clock()
            await asyncio.sleep(self.interval)
            self.record(self._clock() - asked - self.interval)

    def start(self) -> None:
        """Start measuring on the running loop (again after :meth:`stop`); idempotent."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="event-loop-lag")

    async def stop(self) -> None:
        """Stop measuring. Safe to call twice, or without :meth:`start`."""
        task, self._task = self._task, None
        if task is None or task.done():
            return
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
