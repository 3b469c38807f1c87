"""Which process works on a request: a lease it holds and renews while it works.

With several processes on one PostgreSQL database, a request is taken over by another process
only once its lease expired (its holder died, or lost the database for a whole lease), never
because it simply waited long in a live process's queue. The keeper renews every lease it
holds each third of the lease's length, and releases them at a clean shutdown so the next
process (or the restarted one) takes over at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
from collections.abc import AsyncIterator, Collection
from datetime import datetime, timedelta
from typing import Any, Protocol

from .storage import CloneRecord, CloneStatus, utcnow

log = logging.getLogger(__name__)


class LeaseStore(Protocol):
    async def claim_lease(
        self, record_id: int, statuses: Collection[CloneStatus], owner: str, until: datetime
    ) -> CloneRecord | None: ...

    async def renew_leases(
        self, owner: str, record_ids: Collection[int], until: datetime
    ) -> int: ...

    async def release_leases(self, owner: str, record_ids: Collection[int]) -> None: ...


def process_identity() -> str:
    """This process, unique across hosts and restarts: host, pid and a random tag."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{secrets.token_hex(4)}"


class LeaseKeeper:
    def __init__(self, store: LeaseStore, seconds: float, owner: str | None = None) -> None:
        if seconds <= 0:
            raise ValueError("a lease lasts a positive number of seconds")
        self.store = store
        self.seconds = seconds
        self.owner = owner or process_identity()
        self._held: set[int] = set()
        #: Abandoned (work cancelled at shutdown): released at once, for a quick takeover.
        self._releasing: set[int] = set()
        self._task: asyncio.Task[None] | None = None

    @property
    def held(self) -> frozenset[int]:
        return frozenset(self._held)

    def until(self) -> datetime:
        return utcnow() + timedelta(seconds=self.seconds)

    def fields(self) -> dict[str, Any]:
        """Columns that give this process the lease, for an insert or a transition."""
        return {"lease_owner": self.owner, "lease_expires_at": self.until()}

    def hold(self, record_id: int) -> None:
        """Renew this record's lease from now on (it was set with :meth:`fields`)."""
        self._held.add(record_id)

    def drop(self, record_id: int, *, release: bool = False) -> None:
        """Stop renewing: the work is done (a final status clears the lease), or, with
        ``release``, abandoned unfinished (the lease is ended so others take over at once)."""
        if record_id in self._held and release:
            self._releasing.add(record_id)
        self._held.discard(record_id)

    @contextlib.asynccontextmanager
    async def holding(self, record_id: int) -> AsyncIterator[None]:
        """Renew the lease this process took with :meth:`fields` while the body runs; on
        any exception it is released at once (others may take over), else it just stops
        being renewed (the body's final move cleared it, or it lapses)."""
        self.hold(record_id)
        try:
            yield
        except BaseException:
            self.drop(record_id, release=True)
            raise
        self.drop(record_id)

    @contextlib.asynccontextmanager
    async def claimed(
        self, record_id: int, statuses: Collection[CloneStatus]
    ) -> AsyncIterator[CloneRecord | None]:
        """:meth:`claim` the lease (None: another live process holds it), held while the
        body runs and released on any exception, like :meth:`holding`."""
        record = await self.claim(record_id, statuses)
        if record is None:
            yield None
            return
        async with self.holding(record_id):
            yield record

    async def claim(self, record_id: int, statuses: Collection[CloneStatus]) -> CloneRecord | None:
        """Take the record's lease unless another live process holds it."""
        record = await self.store.claim_lease(record_id, statuses, self.owner, self.until())
        if record is not None:
            self._held.add(record_id)
        return record

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._renew(), name="lease-renewal")

    async def _renew(self) -> None:
        while True:
            await asyncio.sleep(self.seconds / 3)
            await self._release()
            held = set(self._held)
            if not held:
                continue
            try:
                kept = await self.store.renew_leases(self.owner, held, self.until())
            except Exception:
                log.warning("could not renew %d lease(s)", len(held), exc_info=True)
                continue
            if kept < len(held & self._held):
                log.warning(
                    "%d of %d lease(s) were no longer ours (finished, or taken over)",
                    len(held) - kept,
                    len(held),
                )

    async def stop(self, timeout: float = 5.0) -> None:
        """Stop renewing and release what is still held (a clean shutdown), within
        ``timeout`` seconds: a lease not released by then expires (LEASE_SECONDS)."""
        task, self._task = self._task, None
        self._releasing |= self._held
        self._held = set()
        releasing = len(self._releasing)
        try:
            async with asyncio.timeout(timeout):
                if task is not None:
                    task.cancel()
                    await asyncio.wait([task])  # never swallows a cancellation of our own
                await self._release()
        except TimeoutError:
            log.warning("could not release %d lease(s) in %.1f s; they expire", releasing, timeout)

    async def _release(self) -> None:
        releasing, self._releasing = self._releasing, set()
        if not releasing:
            return
        try:
            await self.store.release_leases(self.owner, releasing)
        except Exception:
            log.warning("could not release %d lease(s); they expire", len(releasing), exc_info=True)
