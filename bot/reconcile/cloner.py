"""The clone POST with its outcome made certain: snapshot, attempt, and on an ambiguous
failure look before resending."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field

from ..inworld import CloneRequest, CloneResult, InworldClient, InworldError, Voice
from ..inworld.client import RetryCallback
from ..inworld.errors import RateLimited, RequestTimeout
from .listing import ListingFailed, ListLimits, voices_named
from .matching import new_voices

log = logging.getLogger(__name__)

#: Takes a slot of the shared clone limiter (awaited before every attempt after the first).
TakeSlot = Callable[[], Awaitable[None]]
#: Stores the snapshot (voice IDs known before the POST; None if they could not be listed).
#: Awaited once, right before the first POST: from then on a voice may exist.
OnSent = Callable[[frozenset[str] | None], Awaitable[None]]
#: Which of these voice IDs already belong to a request.
Claimed = Callable[[Collection[str]], Awaitable[set[str]]]


class VoiceMayExist(InworldError):
    """The clone may have created a voice, and the bot could not find out (yet)."""

    ambiguous = True
    user_message = (
        "Inworld may have created your voice, but its answer was lost on the way and the bot "
        "could not check yet. Please don't send it again: the bot keeps checking and will "
        "tell you here (with the voice ID) once it knows."
    )


@dataclass(frozen=True)
class ReconcileLimits:
    #: Seconds to wait after an ambiguous failure before listing (let Inworld finish).
    settle_seconds: float = 2.0
    #: Looks after a timeout or 504, when the request may still be running at Inworld; if
    #: none finds the voice the outcome stays unknown (no resend) for the sweep to settle.
    looks_while_running: int = 3
    listing: ListLimits = field(default_factory=ListLimits)


@dataclass(frozen=True)
class Cloned:
    result: CloneResult
    #: True when the voice was found in the account after an ambiguous failure.
    reconciled: bool = False
    attempts: int = 1


async def _no_slot() -> None:
    return None


async def _not_stored(known: frozenset[str] | None) -> None:
    return None


class ReconcilingCloner:
    """Sends a clone POST at most once per attempt it can justify."""

    def __init__(self, client: InworldClient, limits: ReconcileLimits | None = None) -> None:
        self.client = client
        self.limits = limits or ReconcileLimits()

    async def snapshot(self, display_name: str) -> frozenset[str] | None:
        """IDs of the voices already called ``display_name``; None if they cannot be listed."""
        try:
            voices = await voices_named(self.client, display_name, self.limits.listing)
        except ListingFailed as exc:
            log.warning("no voice snapshot before the clone (%s); going on without one", exc)
            return None
        return frozenset(v.voice_id for v in voices)

    async def clone(
        self,
        request: CloneRequest,
        *,
        take_slot: TakeSlot = _no_slot,
        on_sent: OnSent = _not_stored,
        claimed: Claimed | None = None,
        on_retry: RetryCallback | None = None,
    ) -> Cloned:
        """Clone once; retry only what provably created nothing (each retry takes a slot)."""
        known = await self.snapshot(request.display_name)
        await on_sent(known)
        policy = self.client.retry
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            if attempt > 1:
                await take_slot()
            try:
                return Cloned(await self.client.clone_once(request), attempts=attempt)
            except InworldError as exc:
                error = exc
            if error.ambiguous:
                found = await self._look(request.display_name, known, claimed, error)
                if found is not None:
                    log.info("clone answer lost (%s); found voice %s", error, found.voice_id)
                    return Cloned(CloneResult(voice=found, samples=()), True, attempt)
                log.info("clone answer lost (%s) and no voice was created", error)
            elif not self.client.retryable(error):
                raise error
            if attempt >= policy.max_attempts:
                raise error
            retry_after = error.retry_after if isinstance(error, RateLimited) else None
            wait = policy.delay(attempt, retry_after)
            if wait > policy.total_budget - (time.monotonic() - started):
                raise error
            if on_retry is not None:
                await on_retry(error, wait)
            await asyncio.sleep(wait)

    async def _look(
        self,
        display_name: str,
        known: frozenset[str] | None,
        claimed: Claimed | None,
        error: InworldError,
    ) -> Voice | None:
        """The voice this POST created, or None when it provably created none."""
        if known is None:
            raise VoiceMayExist(f"{error}; no snapshot to compare with") from error
        still_running = isinstance(error, RequestTimeout) or error.http_status == 504
        looks = max(1, self.limits.looks_while_running) if still_running else 1
        for _ in range(looks):
            await asyncio.sleep(self.limits.settle_seconds)
            try:
                voices = await voices_named(self.client, display_name, self.limits.listing)
            except ListingFailed as exc:
                raise VoiceMayExist(f"{error}; then {exc}") from error
            fresh = new_voices(voices, known)
            if fresh and claimed is not None:
                taken = await claimed([v.voice_id for v in fresh])
                fresh = new_voices(fresh, (), taken)
            if len(fresh) == 1:
                return fresh[0]
            if len(fresh) > 1:
                raise VoiceMayExist(f"{error}; {len(fresh)} new voices with that name") from error
        if still_running:
            raise VoiceMayExist(f"{error}; no voice yet, the request may still run") from error
        return None
