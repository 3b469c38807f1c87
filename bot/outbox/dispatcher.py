"""Delivers the outbox: every Discord side effect of a state change, once, whatever fails.

A pass claims due messages (one process at a time holds each), sends each through its
:class:`Sender`, and settles it: sent; due again after a backoff (any exception: a Discord
outage, a dropped connection, a bug); or abandoned after ``max_attempts`` or when the sender
says it can never work. Nothing here changes a request's state or holds its lease. A state
change wakes the dispatcher (:meth:`kick`); it also polls, so messages written by another
process, or left by a process that died, go out too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from ..storage import OutboxMessage, utcnow
from .live import LiveRequest, LiveRequests

log = logging.getLogger(__name__)


class NotDelivered(Exception):
    """The sender could not deliver; ``permanent``: it never will (abandon it now)."""

    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.permanent = permanent


class Sender(Protocol):
    async def send(self, message: OutboxMessage, live: LiveRequest | None) -> Mapping[str, Any]:
        """Deliver ``message``; returns what was sent (where, ids). Raises on failure."""
        ...


class OutboxStore(Protocol):
    async def claim_outbox(
        self,
        owner: str,
        lease: timedelta,
        *,
        limit: int = 20,
        record_id: int | None = None,
        now: datetime | None = None,
        exclude_records: frozenset[int] = frozenset(),
    ) -> list[OutboxMessage]: ...

    async def outbox_sent(
        self, message_id: int, owner: str, outcome: Mapping[str, Any]
    ) -> bool: ...

    async def outbox_orphaned(self, sent: OutboxMessage, outcome: Mapping[str, Any]) -> int: ...

    async def outbox_retry(
        self, message_id: int, owner: str, *, attempts: int, due_at: datetime, error: str
    ) -> None: ...

    async def outbox_abandon(
        self, message_id: int, owner: str, *, attempts: int, error: str
    ) -> None: ...


@dataclass(frozen=True)
class Backoff:
    """Delays between attempts of one message: ``base * 2**n`` up to ``cap``, with jitter.

    Persistent (the next attempt's time is stored), so it is a formula rather than an
    in-memory retry loop: the defaults spread 8 attempts over about 20 minutes.
    """

    base: float = 5.0
    cap: float = 600.0
    max_attempts: int = 8

    def delay(self, attempts: int) -> float:
        raw = min(self.cap, self.base * float(2 ** max(0, attempts - 1)))
        jitter: float = random.uniform(0.8, 1.0)
        return raw * jitter


@dataclass(frozen=True)
class Delivery:
    message_id: int
    kind: str
    record_id: int | None
    outcome: Mapping[str, Any] | None
    error: str | None = None


class OutboxDispatcher:
    def __init__(
        self,
        store: OutboxStore,
        sender: Sender,
        *,
        owner: str,
        live: LiveRequests | None = None,
        poll_seconds: float = 5.0,
        claim_seconds: float = 120.0,
        backoff: Backoff | None = None,
    ) -> None:
        self.store = store
        self.sender = sender
        self.owner = owner
        self.live = live or LiveRequests()
        self.poll_seconds = poll_seconds
        self.claim = timedelta(seconds=claim_seconds)
        self.backoff = backoff or Backoff()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._passing = asyncio.Lock()
        self._stopping = False

    def kick(self) -> None:
        """Something was written: deliver it now rather than at the next poll."""
        self._wake.set()

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="outbox-dispatcher")

    async def stop(self, timeout: float) -> None:
        """One last pass (what the requests finishing at shutdown wrote), within ``timeout``
        s; then stop. What is left stays stored (claims lapse) for the next start or another
        process."""
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping = True
        self._wake.set()
        try:
            async with asyncio.timeout(max(0.0, timeout)):
                await asyncio.shield(task)
        except TimeoutError:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run(self) -> None:
        last = False
        while True:
            try:
                await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.warning("outbox pass failed (the database?); trying again", exc_info=True)
            if last:
                return
            if self._stopping:
                last = True  # one more pass: what was written while this one ran
                continue
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.poll_seconds):
                    await self._wake.wait()
            self._wake.clear()

    async def run_once(self, *, record_id: int | None = None) -> list[Delivery]:
        """One pass: every due message (of ``record_id``), in order. Messages of requests
        this process runs itself are left to :meth:`flush`, which has their interaction."""
        async with self._passing:
            exclude = frozenset() if record_id is not None else self.live.ids
            messages = await self.store.claim_outbox(
                self.owner, self.claim, record_id=record_id, exclude_records=exclude
            )
            return [await self._deliver(m) for m in messages]

    async def flush(self, record_id: int) -> list[Delivery]:
        """Deliver the record's due messages now, with its live interaction and outcome.
        Never raises: what could not be sent (the database is away) stays for a later pass."""
        try:
            return await self.run_once(record_id=record_id)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.warning(
                "request #%s: its messages wait for the next pass", record_id, exc_info=True
            )
            return []

    async def _deliver(self, message: OutboxMessage) -> Delivery:
        attempts = message.attempts + 1
        live = self.live.get(message.record_id)
        try:
            outcome = await self.sender.send(message, live)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
            permanent = isinstance(exc, NotDelivered) and exc.permanent
            if not isinstance(exc, NotDelivered):
                log.warning("outbox message %s (%s) failed", message.id, message.kind, exc_info=exc)
            await self._settle_failure(message, attempts, error, permanent=permanent)
            return Delivery(message.id, message.kind, message.record_id, None, error)
        if not await self.store.outbox_sent(message.id, self.owner, outcome):
            await self._orphaned(message, outcome)
        return Delivery(message.id, message.kind, message.record_id, outcome)

    async def _orphaned(self, message: OutboxMessage, outcome: Mapping[str, Any]) -> None:
        """Its member's data was erased while it was being sent: what it posted is taken
        down too (the erasure could not know its ids)."""
        try:
            written = await self.store.outbox_orphaned(message, outcome)
        except Exception:
            log.warning(
                "outbox message %s: its posts %s could not be queued for removal",
                message.id,
                outcome.get("posts"),
                exc_info=True,
            )
            return
        if written:
            log.info("outbox message %s was erased while sent: its posts go too", message.id)
            self.kick()

    async def _settle_failure(
        self, message: OutboxMessage, attempts: int, error: str, *, permanent: bool
    ) -> None:
        if permanent or attempts >= self.backoff.max_attempts:
            log.warning(
                "outbox message %s (%s, request %s) given up after %d attempt(s): %s",
                message.id,
                message.kind,
                message.record_id,
                attempts,
                error,
            )
            await self.store.outbox_abandon(message.id, self.owner, attempts=attempts, error=error)
            return
        delay = self.backoff.delay(attempts)
        log.info(
            "outbox message %s (%s) not delivered (%s); next try in %.0f s",
            message.id,
            message.kind,
            error,
            delay,
        )
        await self.store.outbox_retry(
            message.id,
            self.owner,
            attempts=attempts,
            due_at=utcnow() + timedelta(seconds=delay),
            error=error,
        )
