"""One deadline for the whole stop sequence, so SIGTERM ends the process in bounded time.

The process is gone within SHUTDOWN_GRACE_SECONDS (G) + 5 s of SIGTERM, whatever hangs:
every step of the stop sequence is awaited for at most ``min(its own cap, time left)`` and
cancelled when it overruns, so a hang costs only that step's share, never the steps after it.

* 0 .. G: nothing new starts; requests in flight finish and deliver, and a reconcile sweep or
  expiry/recovery pass under way finishes, side by side (the queues and monitors close at once);
* G .. G + CANCEL_SECONDS: what is still running is cancelled and may tell its member;
* then CLOSE_SECONDS: the outbox's message under way, then leases released and the database
  closed, beside cogs unloaded, Discord and the HTTP session closed;
* the last EXIT_MARGIN_SECONDS are the interpreter's own exit; half-way through them
  :func:`exit_by` ends the process if something outside the sequence still holds it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Collection
from typing import Any, Protocol, runtime_checkable

log = logging.getLogger(__name__)

#: After the grace period, how long cancelled work gets to tell its member and clean up.
CANCEL_SECONDS = 2.0
#: For closing what is shared: leases, database, Discord, HTTP session.
CLOSE_SECONDS = 2.0
#: The cap of a step that should take no time (a monitor, a queue, releasing leases).
STEP_SECONDS = 1.0
#: Of CLOSE_SECONDS, kept for the database's close whatever the steps before it take: an
#: engine left open keeps its connections (SQLite: their threads, which the exit waits for).
DATABASE_CLOSE_SECONDS = 0.5
#: Left over for the interpreter to exit (what the README promises: grace + 5 s).
EXIT_MARGIN_SECONDS = 1.0
#: A step that bounds itself by its timeout gets this much more before it is cut, to log
#: and cancel its own work (never past the deadline).
_SLACK = 0.25

#: A step: ``await stop(timeout)`` should return within ``timeout`` seconds.
StopStep = Callable[[float], Awaitable[object]]


def stop_budget(grace: float) -> float:
    """The deadline of the stop sequence for a grace period of ``grace`` seconds."""
    return grace + CANCEL_SECONDS + CLOSE_SECONDS


@runtime_checkable
class LoopOwner(Protocol):
    """A cog with periodic passes: ``halt_loops`` at SIGTERM (no new pass), then
    ``stop_loops(timeout)``: a pass under way finishes or is cancelled within ``timeout``."""

    def halt_loops(self) -> None: ...

    async def stop_loops(self, timeout: float) -> None: ...


class Deadline:
    """``step(name, stop, cap=...)`` runs one step of the stop sequence within
    ``min(cap, time left)``; ``close(...)`` the same for a closer that takes no timeout.
    Neither raises: a step that fails or overruns is logged and the sequence goes on. A step
    runs as a task of its own and is not waited for once its time is up, so one that ignores
    its cancellation (``suppress(CancelledError)`` around an await) cannot hold the rest.
    ``reserve`` keeps that many seconds of the deadline for the steps after it."""

    def __init__(self, seconds: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.ends_at = clock() + seconds

    def left(self, reserve: float = 0.0) -> float:
        return max(0.0, self.ends_at - reserve - self._clock())

    async def step(self, name: str, stop: StopStep, *, cap: float, reserve: float = 0.0) -> bool:
        """Run ``stop(timeout)`` with ``timeout = min(cap, time left)``; cancel it if it is
        still running a moment later. True if it returned in time without an error."""
        timeout = min(cap, self.left(reserve))
        cut = min(timeout + _SLACK, self.left(reserve))
        task = asyncio.ensure_future(stop(timeout))
        try:
            done, _ = await asyncio.wait({task}, timeout=cut)
        except asyncio.CancelledError:
            task.cancel()
            raise
        if not done:
            task.cancel()
            log.warning("shutdown: %s did not finish within %.1f s; cancelled", name, cut)
            return False
        if not task.cancelled() and (error := task.exception()) is not None:
            log.error("shutdown: %s failed", name, exc_info=error)
            return False
        return True

    async def close(
        self,
        name: str,
        close: Callable[[], Awaitable[object]],
        *,
        cap: float,
        reserve: float = 0.0,
    ) -> bool:
        """:meth:`step` for a closer without a timeout of its own."""

        async def closing(timeout: float) -> None:
            await close()

        return await self.step(name, closing, cap=cap, reserve=reserve)


async def finish_or_cancel(
    tasks: Collection[asyncio.Task[Any]], timeout: float, *, cancel_wait: float = CANCEL_SECONDS
) -> set[asyncio.Task[Any]]:
    """Give ``tasks`` ``timeout - cancel_wait`` seconds to end, cancel those still running,
    then wait the rest of ``timeout`` for them. Returns the tasks it cancelled; returns within
    ``timeout``, and cancels them too if it is itself cancelled."""
    pending = {task for task in tasks if not task.done()}
    if not pending:
        return set()
    ends_at = time.monotonic() + max(0.0, timeout)
    try:
        finish = max(0.0, timeout - cancel_wait)
        if finish > 0:
            _, pending = await asyncio.wait(pending, timeout=finish)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=max(0.0, ends_at - time.monotonic()))
    except asyncio.CancelledError:
        for task in pending:
            task.cancel()
        raise
    return pending


def exit_by(seconds: float) -> threading.Timer:
    """SIGTERM's last resort: end the process ``seconds`` from now, status 0, even if
    something outside the stop sequence holds it: a task that ignores its cancellation when
    the event loop closes, or a thread the interpreter waits for at exit (an SQLite
    connection's, stuck on a lock). By then the stop sequence has closed what it could."""
    timer = threading.Timer(seconds, _exit_now, args=(seconds,))
    timer.daemon = True  # a process that ends in time is not held by it
    timer.start()
    return timer


def _exit_now(seconds: float) -> None:
    with contextlib.suppress(Exception):
        sys.stdout.flush()
        sys.stderr.flush()
    # Not through logging: its locks may be held by the thread that is stuck.
    os.write(2, f"shutdown: still running {seconds:g} s after SIGTERM; exiting now\n".encode())
    os._exit(0)
