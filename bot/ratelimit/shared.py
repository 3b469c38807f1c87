"""A rate limiter shared by every bot process on one PostgreSQL database.

The account's limit (N calls per period) holds for the whole deployment, first come first
served across processes. The queue is ``rate_tickets`` (one row per waiting caller, ordered by
``front`` then ``queued_at``), the window is ``rate_calls`` (one row per call let through).
Every decision runs in one transaction under a transaction-scoped advisory lock, so two
processes never both take the last free call; times come from the database's clock, so the
processes' clocks need not agree. ``LISTEN``/``NOTIFY`` wakes the waiters of every process
when the queue moves (with a poll as a fallback), and each waiter recomputes its place in the
whole queue, so the member sees it.

A process that dies while waiting never blocks the queue: its tickets carry a lease it renews;
an expired ticket is dropped by the next decision. A call's row simply leaves the window after
the period, whoever made it. A waiter that leaves (cancelled, e.g. by a timeout around it) never
blocks it either: each waiter makes a token before its first try, so a retried enqueue is one
ticket and the waiter removes exactly that ticket on its way out; only the tickets of live
waiters are renewed, so one whose removal failed lapses like a dead process's.

Written on PostgreSQL itself rather than with a job queue: see the README ("Several
processes") for why ``pgqueuer`` and ``procrastinate`` were not used.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from ..storage import Database
from .waiting import (
    PositionCallback,
    QueueClosed,
    RateLimiter,
    Slot,
    check_caps,
    expected_wait,
)

log = logging.getLogger(__name__)

_NAME = re.compile(r"[a-z][a-z0-9_]{0,31}")

_LOCK = text("SELECT pg_advisory_xact_lock(:key)")
_DROP_EXPIRED = text(
    "DELETE FROM rate_tickets WHERE limiter = :name AND lease_expires_at < clock_timestamp()"
)
_PRUNE_CALLS = text(
    "DELETE FROM rate_calls WHERE limiter = :name "
    "AND called_at <= clock_timestamp() - make_interval(secs => :window)"
)
_WINDOW = text(
    "SELECT extract(epoch FROM clock_timestamp()) AS now, "
    "array(SELECT extract(epoch FROM called_at) FROM rate_calls "
    "WHERE limiter = :name AND called_at > clock_timestamp() - make_interval(secs => :window) "
    "ORDER BY called_at) AS calls"
)
_ENQUEUE = text(
    "INSERT INTO rate_tickets "
    "(limiter, owner, group_id, front, queued_at, lease_expires_at, token) "
    "VALUES (:name, :owner, :group_id, :front, coalesce(:queued_at, clock_timestamp()), "
    "clock_timestamp() + make_interval(secs => :lease), :token) "
    "ON CONFLICT (token) DO NOTHING"
)
_TICKET = text("SELECT id, queued_at, front, group_id FROM rate_tickets WHERE token = :token")
_POSITION = text(
    "SELECT count(*) FROM rate_tickets WHERE limiter = :name "
    "AND (NOT front, queued_at, id) < (NOT :front, :queued_at, :id)"
)
_EXISTS = text("SELECT 1 FROM rate_tickets WHERE id = :id")
_TAKE = text(
    "INSERT INTO rate_calls (limiter, owner, called_at) "
    "VALUES (:name, :owner, clock_timestamp()) RETURNING id"
)
_DEQUEUE = text("DELETE FROM rate_tickets WHERE id = :id")
_REMOVE = text("DELETE FROM rate_tickets WHERE token = :token")
_NOTIFY = text("SELECT pg_notify(:channel, '')")
_RENEW = text(
    "UPDATE rate_tickets SET lease_expires_at = clock_timestamp() + make_interval(secs => :lease) "
    "WHERE limiter = :name AND token = ANY(:tokens)"
)
_QUEUE_GROUPS = text(
    "SELECT group_id FROM rate_tickets WHERE limiter = :name "
    "AND lease_expires_at >= clock_timestamp() ORDER BY NOT front, queued_at, id"
)
_SENT = text(
    "UPDATE rate_calls SET called_at = greatest(called_at, clock_timestamp()) WHERE id = :id"
)


def _lock_key(name: str) -> int:
    """A stable signed 64-bit advisory-lock key for this limiter."""
    digest = hashlib.blake2b(f"voiceclone-rate:{name}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


@dataclass(frozen=True)
class _Ticket:
    token: str
    id: int
    queued_at: datetime
    front: bool
    group: int | None


@dataclass(frozen=True)
class _Decision:
    #: The call taken, or None: then ``position`` in the queue and, when first, the ``wait``
    #: until the window has room.
    call_id: int | None = None
    position: int | None = None
    wait: float | None = None
    #: The ticket is no longer queued (its lease lapsed while the database was away).
    gone: bool = False


@dataclass(eq=False)
class _SharedCall(Slot):
    limiter: SharedRateLimiter
    id: int

    async def sent(self) -> None:
        try:
            async with self.limiter.database.engine.begin() as conn:
                await conn.execute(_SENT, {"id": self.id})
        except Exception:
            log.warning("could not restamp rate-limited call %s", self.id, exc_info=True)


class SharedRateLimiter(RateLimiter):
    """A FIFO sliding-window limiter whose queue and window live in PostgreSQL.

    ``name`` tells limiters apart ("clone", "tts"); ``owner`` is this process's identity (its
    tickets' lease). ``guard_seconds`` widens the window slightly: the API times a call when
    it arrives, a little after the grant.
    """

    def __init__(
        self,
        database: Database,
        name: str,
        per_period: int,
        period: float = 60.0,
        *,
        owner: str,
        max_waiting: int | None = None,
        max_waiting_per_group: int | None = None,
        lease_seconds: float = 30.0,
        poll_seconds: float = 2.0,
        guard_seconds: float | None = None,
    ) -> None:
        super().__init__()
        if per_period < 1 or period <= 0:
            raise ValueError("per_period must be >= 1 and period > 0")
        if not _NAME.fullmatch(name):
            raise ValueError("a limiter name is lower-case letters, digits and _")
        if database.backend != "postgresql":
            raise ValueError("SharedRateLimiter needs PostgreSQL")
        self.database = database
        self.name = name
        self.per_period = per_period
        self.period = period
        self.owner = owner
        self.max_waiting = max_waiting
        self.max_waiting_per_group = max_waiting_per_group
        self.lease_seconds = lease_seconds
        self.poll_seconds = poll_seconds
        self.guard_seconds = min(0.25, period * 0.02) if guard_seconds is None else guard_seconds
        self._key = _lock_key(name)
        self._channel = f"voiceclone_rate_{name}"
        self._closed = False
        self._waiting = 0
        self._moved = asyncio.Event()
        #: One decision of this process at a time: every move wakes all of its waiters, and
        #: their transactions would otherwise pile up on the event loop (and on the lock).
        self._deciding = asyncio.Lock()
        self._tasks: list[asyncio.Task[None]] = []
        #: Tokens of the tickets that waiters of this process hold now: the only ones renewed
        #: (a token leaves with its waiter, so a ticket left behind lapses).
        self._held: set[str] = set()
        #: Removals of departed waiters' tickets still running (kept referenced).
        self._removals: set[asyncio.Task[None]] = set()

    @property
    def window(self) -> float:
        return self.period + self.guard_seconds

    @property
    def waiting(self) -> int:
        return self._waiting

    @property
    def closed(self) -> bool:
        return self._closed

    def _params(self, **more: Any) -> dict[str, Any]:
        return {"name": self.name, "owner": self.owner, "window": self.window, **more}

    # --- background: wake-ups and leases ------------------------------------------------

    def start(self) -> None:
        """Start listening for queue moves and renewing this process's tickets."""
        if self._tasks:
            return
        self._tasks = [
            asyncio.create_task(self._listen(), name=f"rate-{self.name}-listen"),
            asyncio.create_task(self._renew_leases(), name=f"rate-{self.name}-leases"),
        ]

    def _wake(self, *_: Any) -> None:
        """Every waiter of this process re-checks its place (set, then a fresh event)."""
        moved, self._moved = self._moved, asyncio.Event()
        moved.set()

    async def _listen(self) -> None:
        while not self._closed:
            try:
                async with self.database.engine.connect() as conn:
                    raw = await conn.get_raw_connection()
                    driver: Any = raw.driver_connection
                    lost = asyncio.Event()
                    driver.add_termination_listener(lambda _conn, lost=lost: lost.set())
                    await driver.add_listener(self._channel, self._wake)
                    try:
                        self._wake()  # moves missed while not listening
                        await lost.wait()  # until the connection drops (or close() cancels)
                    finally:
                        with contextlib.suppress(Exception):
                            await driver.remove_listener(self._channel, self._wake)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.warning("rate limiter %s: not listening (polling)", self.name, exc_info=True)
            if not self._closed:
                await asyncio.sleep(self.poll_seconds)

    async def _renew_leases(self) -> None:
        while not self._closed:
            await asyncio.sleep(self.lease_seconds / 3)
            tokens = list(self._held)
            if not tokens:
                continue
            try:
                async with self.database.engine.begin() as conn:
                    await conn.execute(
                        _RENEW, self._params(tokens=tokens, lease=self.lease_seconds)
                    )
            except Exception:
                log.warning("rate limiter %s: could not renew leases", self.name, exc_info=True)

    async def close(self) -> None:
        self._closed = True
        self._wake()
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._removals:  # tickets of waiters that just left (each logs its own failure)
            await asyncio.gather(*self._removals, return_exceptions=True)

    # --- the queue ------------------------------------------------------------------------

    async def _window(self, conn: AsyncConnection) -> tuple[float, list[float]]:
        row = (await conn.execute(_WINDOW, self._params())).one()
        return float(row.now), [float(c) for c in row.calls]

    async def check_room(self, group: int | None = None) -> None:
        async with self.database.engine.connect() as conn:
            groups = list((await conn.execute(_QUEUE_GROUPS, self._params())).scalars())
            now, calls = await self._window(conn)
        check_caps(
            groups,
            group,
            max_waiting=self.max_waiting,
            max_waiting_per_group=self.max_waiting_per_group,
            wait=lambda position: expected_wait(calls, now, self.per_period, self.window, position),
        )

    async def _enqueue(
        self, token: str, group: int | None, front: bool, queued_at: datetime | None
    ) -> _Ticket:
        """Join the queue: stamped under the lock, so the order of the stamps is the order in
        which the tickets became visible, and nobody already shown a place is overtaken.
        Idempotent: if an earlier try with ``token`` committed (its caller saw an error
        anyway), that ticket is the one. ``queued_at`` only brings back a ticket of ours that
        was dropped (its lease lapsed)."""
        async with self.database.engine.begin() as conn:
            await conn.execute(_LOCK, {"key": self._key})
            await conn.execute(
                _ENQUEUE,
                self._params(
                    token=token,
                    group_id=group,
                    front=front,
                    queued_at=queued_at,
                    lease=self.lease_seconds,
                ),
            )
            row = (await conn.execute(_TICKET, {"token": token})).one()
            await conn.execute(_NOTIFY, {"channel": self._channel})
        return _Ticket(token, int(row.id), row.queued_at, bool(row.front), row.group_id)

    async def _decide(self, ticket: _Ticket) -> _Decision:
        """One decision under the lock: take a call if this ticket is first and the window
        has room; else its position (None: the ticket is gone) and, when first, the wait."""
        async with self._deciding, self.database.engine.begin() as conn:
            await conn.execute(_LOCK, {"key": self._key})
            dropped = (await conn.execute(_DROP_EXPIRED, self._params())).rowcount
            await conn.execute(_PRUNE_CALLS, self._params())
            if dropped:
                await conn.execute(_NOTIFY, {"channel": self._channel})
            if (await conn.execute(_EXISTS, {"id": ticket.id})).first() is None:
                return _Decision(gone=True)
            ahead = (
                await conn.execute(
                    _POSITION,
                    self._params(front=ticket.front, queued_at=ticket.queued_at, id=ticket.id),
                )
            ).scalar_one()
            now, calls = await self._window(conn)
            position = int(ahead) + 1
            if position == 1 and len(calls) < self.per_period:
                call_id = (await conn.execute(_TAKE, self._params())).scalar_one()
                await conn.execute(_DEQUEUE, {"id": ticket.id})
                await conn.execute(_NOTIFY, {"channel": self._channel})
                return _Decision(call_id=int(call_id))
            wait = None
            if position == 1:
                wait = max(0.0, calls[-self.per_period] + self.window - now)
            return _Decision(position=position, wait=wait)

    async def _remove(self, token: str) -> None:
        """Delete the ticket of ``token``, if any; on failure its lease lapses (not renewed)."""
        try:
            async with self.database.engine.begin() as conn:
                if (await conn.execute(_REMOVE, {"token": token})).rowcount:
                    await conn.execute(_NOTIFY, {"channel": self._channel})
        except Exception:
            log.warning(
                "rate limiter %s: could not remove a departed waiter's ticket; its lease will "
                "lapse",
                self.name,
                exc_info=True,
            )

    async def _leave(self, token: str) -> None:
        """Remove a departing waiter's ticket, shielded: a second cancellation of the waiter
        does not stop the removal, which finishes in the background."""
        removal = asyncio.create_task(self._remove(token), name=f"rate-{self.name}-remove")
        self._removals.add(removal)
        removal.add_done_callback(self._removals.discard)
        await asyncio.shield(removal)

    async def acquire(
        self,
        on_position: PositionCallback | None = None,
        *,
        group: int | None = None,
        front: bool = False,
    ) -> Slot:
        if self._closed:
            raise QueueClosed("the clone queue is closed: the bot is shutting down")
        # Made before the first try: every try enqueues the same ticket, and whatever ends
        # this wait removes exactly it.
        token = uuid.uuid4().hex
        self._waiting += 1
        self._held.add(token)
        ticket: _Ticket | None = None
        queued_at: datetime | None = None
        shown: int | None = None
        try:
            while True:
                if self._closed:
                    raise QueueClosed("the clone queue is closed: the bot is shutting down")
                moved = self._moved
                try:
                    if ticket is None:
                        ticket = await self._enqueue(token, group, front, queued_at)
                        queued_at = ticket.queued_at  # a lost ticket comes back in its place
                    decision = await self._decide(ticket)
                except Exception:
                    log.warning(
                        "rate limiter %s: database error, retrying", self.name, exc_info=True
                    )
                    decision = _Decision(position=shown, wait=self.poll_seconds)
                if decision.call_id is not None:
                    return _SharedCall(self, decision.call_id)  # its ticket left with the grant
                if decision.gone:
                    ticket = None  # queue again, in the same place
                    continue
                if on_position is not None and decision.position not in (None, shown):
                    shown = decision.position
                    self._notify(on_position, decision.position)
                timeout = self.poll_seconds
                if decision.wait is not None:
                    timeout = min(timeout, decision.wait)
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(timeout):  # a cancellation is never swallowed
                        await moved.wait()
        except BaseException:
            # Whether or not this waiter learned of its ticket (an enqueue whose COMMIT went
            # through may still have raised here), it is no longer renewed, then removed.
            self._held.discard(token)
            await self._leave(token)
            raise
        finally:
            self._held.discard(token)
            self._waiting -= 1
