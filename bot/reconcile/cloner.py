"""The clone POST, never resent blind: after an ambiguous failure the bot looks for the voice
carrying the request's tag, and when it is not there (yet) it says so instead of resending."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from ..i18n import Msg
from ..inworld import CloneRequest, CloneResult, InworldClient, InworldError, Voice
from ..inworld.client import RetryCallback
from .listing import ListLimits, look_for_tags
from .matching import request_tag_of

log = logging.getLogger(__name__)

#: Takes a slot of the shared clone limiter (awaited before every attempt after the first).
TakeSlot = Callable[[], Awaitable[None]]
#: Awaited once, right before the first POST: from then on a voice may exist.
OnSent = Callable[[], Awaitable[None]]
Sleep = Callable[[float], Awaitable[None]]


class VoiceMayExist(InworldError):
    """The clone may have created a voice, and the bot could not find it (yet)."""

    ambiguous = True
    member_message = Msg("moderation-voice-may-exist")


@dataclass(frozen=True)
class ReconcileLimits:
    #: Seconds to wait after an ambiguous failure before the one quick look for the tag.
    settle_seconds: float = 2.0
    listing: ListLimits = field(default_factory=ListLimits)


@dataclass(frozen=True)
class Cloned:
    result: CloneResult
    #: True when the voice was found by its tag after an ambiguous failure.
    reconciled: bool = False
    attempts: int = 1


async def _no_slot() -> None:
    return None


async def _nothing() -> None:
    return None


class ReconcilingCloner:
    """Sends a clone POST again only after an answer proving the last one created nothing
    (429, 503, a connection refused before sending); each retry takes a limiter slot."""

    def __init__(
        self,
        client: InworldClient,
        limits: ReconcileLimits | None = None,
        *,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.client = client
        self.limits = limits or ReconcileLimits()
        #: Every wait (the settle before a look, the backoff before a retry); tests drive it.
        self.sleep = sleep

    async def clone(
        self,
        request: CloneRequest,
        *,
        take_slot: TakeSlot = _no_slot,
        on_sent: OnSent = _nothing,
        on_retry: RetryCallback | None = None,
    ) -> Cloned:
        """Clone; an ambiguous failure ends in the voice found by its tag or VoiceMayExist."""
        await on_sent()
        # The client's retry rules; the hooks: tell the member, wait, take a slot, resend.
        retrying = self.client.retrying(on_retry=on_retry, before_retry=take_slot, sleep=self.sleep)
        lost: InworldError | None = None
        async for attempt in retrying:
            attempts = attempt.retry_state.attempt_number
            with attempt:
                try:
                    result = await self.client.clone_once(request)
                except InworldError as exc:
                    if not exc.ambiguous:
                        raise  # retried under the client's policy, or raised
                    lost = exc  # ends the attempts: an ambiguous failure is never resent
                else:
                    return Cloned(result, attempts=attempts)
        assert lost is not None  # the attempts end in a return, a raise or a lost answer
        voice = await self._look(request, lost)
        log.info("clone answer lost (%s); found voice %s", lost, voice.voice_id)
        return Cloned(CloneResult(voice=voice, samples=()), True, attempts)

    async def _look(self, request: CloneRequest, error: InworldError) -> Voice:
        """The voice carrying the request's tag; else VoiceMayExist (the sweep keeps looking:
        Inworld may still be creating it, so nothing proves a resend safe)."""
        tag = request_tag_of(request.tags)
        if tag is None:
            raise VoiceMayExist(f"{error}; the request carries no tag to look for") from error
        await self.sleep(self.limits.settle_seconds)
        look = await look_for_tags(self.client, [tag], self.limits.listing)
        voices = look.found.get(tag, ())
        if not voices:
            why = look.problem or "no voice carries its tag yet"
            raise VoiceMayExist(f"{error}; {why}") from error
        if len(voices) > 1:
            log.warning("tag %s is on %d voices; taking %s", tag, len(voices), voices[0].voice_id)
        return voices[0]
