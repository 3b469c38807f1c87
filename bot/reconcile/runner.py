"""Run the orphan sweep at start-up and then periodically, as one owned task."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from .sweep import OrphanSweep

log = logging.getLogger(__name__)


class SweepRunner:
    """``start()`` once; ``await stop()`` on close: a pass under way may finish within
    ``grace`` seconds (cancelling mid-query would strand a database connection), then the
    task is cancelled."""

    def __init__(self, sweep: OrphanSweep, interval: float) -> None:
        self.sweep = sweep
        self.interval = interval
        self.passes = 0
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._loop(), name="reconcile-sweep")

    async def _loop(self) -> None:
        while not self._stopping.is_set():
            try:
                await self.sweep.run_once(self._stopping.is_set)
            except Exception:
                log.exception("reconcile sweep failed")
            self.passes += 1
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.interval)

    async def stop(self, grace: float = 10.0) -> None:
        self._stopping.set()
        task, self._task = self._task, None
        if task is None or task.done():
            return
        try:
            await asyncio.wait_for(asyncio.shield(task), grace)
        except TimeoutError:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
