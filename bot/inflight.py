"""Work the bot owns: every request in flight is a tracked task, drained at shutdown.

Interaction handlers acknowledge, then hand the rest of a request to :meth:`InFlight.start`,
so it runs in a task the bot owns instead of discord.py's dispatch task. At shutdown
:meth:`InFlight.drain` stops admitting work, gives what runs a grace period to finish and
deliver, then cancels the rest (which gets CANCEL_SECONDS to tell its member); a cancelled
request keeps its stored state (approved, or cloning) for recovery at the next start.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from .errors import UserFacingError
from .i18n import Msg
from .shutdown import CANCEL_SECONDS, finish_or_cancel

log = logging.getLogger(__name__)


class ShuttingDown(UserFacingError):
    """Refuses new work while the bot stops."""

    def __init__(self) -> None:
        super().__init__(Msg("error-restarting"))


class InFlight:
    """The set of tasks running requests; see the module docstring."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()
        self._accepting = True

    @property
    def accepting(self) -> bool:
        return self._accepting

    def __len__(self) -> int:
        return len(self._tasks)

    def check_accepting(self) -> None:
        """Raise :class:`ShuttingDown` once the bot has started to stop."""
        if not self._accepting:
            raise ShuttingDown

    def start(self, coro: Coroutine[Any, Any, None], *, name: str | None = None) -> bool:
        """Run ``coro`` as owned work; False (and ``coro`` is closed) while shutting down."""
        if not self._accepting:
            coro.close()
            return False
        task = asyncio.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return True

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("owned task %s failed", task.get_name(), exc_info=task.exception())

    def stop_accepting(self) -> None:
        self._accepting = False

    async def drain(self, grace: float) -> int:
        """Stop admitting work, wait up to ``grace`` seconds for what runs, then cancel the
        rest and wait up to CANCEL_SECONDS for it to end. Returns how many were cancelled."""
        return await self.stop(grace + CANCEL_SECONDS)

    async def stop(self, timeout: float) -> int:
        """:meth:`drain` within ``timeout`` seconds, the last CANCEL_SECONDS of them for
        cancelled work to end. Returns how many tasks were cancelled."""
        self._accepting = False
        cancelled = await finish_or_cancel(set(self._tasks), timeout)
        if cancelled:
            log.warning("shutdown: %d request(s) did not finish in time", len(cancelled))
        return len(cancelled)
