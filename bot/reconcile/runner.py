"""Run the orphan sweep at start-up and then periodically, as one owned task."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from ..shutdown import finish_or_cancel
from .sweep import OrphanSweep

log = logging.getLogger(__name__)


class SweepRunner:
    """``start()`` once; at shutdown ``halt()`` (no new pass), then ``await stop(timeout)``:
    a pass under way may finish (cancelling mid-query would strand a database connection)
    until the last CANCEL_SECONDS of ``timeout``, then it is cancelled."""

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

    def halt(self) -> None:
        """Start no new pass; the one under way stops early between requests' names."""
        self._stopping.set()

    async def stop(self, timeout: float = 10.0) -> None:
        """Halt, and end the task within ``timeout`` seconds (see the class)."""
        self.halt()
        task, self._task = self._task, None
        if task is not None and await finish_or_cancel([task], timeout):
            log.warning("reconcile sweep: the pass under way was cancelled at shutdown")
