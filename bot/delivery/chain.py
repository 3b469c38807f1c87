"""Try routes in order: bounded retries of transient faults, files dropped when they are the
problem, then the next route. Never raises for a Discord fault.

Every attempt of one step carries the same message nonce (the letter's, else one made for
the step), so a retry after an answer lost in transit finds the message already posted
instead of posting it twice. A follow-up has no nonce: if it may have been posted
(``Fault.UNCERTAIN``) the chain stops there and reports it unconfirmed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from .faults import DeliveryError, Fault
from .letter import Letter

log = logging.getLogger(__name__)


class Sent(Protocol):
    """A delivered message that can be edited later (a progress notice)."""

    async def edit(self, content: str) -> None: ...


class Route(Protocol):
    """One place a letter can go; raises :class:`DeliveryError` when it cannot."""

    @property
    def name(self) -> str: ...

    async def send(self, letter: Letter) -> Sent | None: ...


@dataclass(frozen=True)
class Step:
    route: Route
    letter: Letter


@dataclass(frozen=True)
class RetryPolicy:
    """Attempts per route for transient faults (discord.py already waits out 429s and
    retries some 5xx itself), with exponential backoff from ``base_delay``."""

    attempts: int = 3
    base_delay: float = 0.5


DEFAULT_RETRY = RetryPolicy()


@dataclass(frozen=True)
class Delivered:
    """Where the letter went; ``confirmed`` is False when it may (or may not) have been
    posted there and nothing else was tried, so as not to post it twice."""

    route: str
    letter: Letter
    sent: Sent | None
    confirmed: bool = True


Sleep = Callable[[float], Awaitable[None]]


async def deliver(
    steps: Sequence[Step], retry: RetryPolicy = DEFAULT_RETRY, *, sleep: Sleep = asyncio.sleep
) -> Delivered | None:
    """Deliver through the first step that works; None if none did (each fault is logged)."""
    for step in steps:
        delivered = await _try(step, retry, sleep)
        if delivered is not None:
            return delivered
    return None


async def _try(step: Step, retry: RetryPolicy, sleep: Sleep) -> Delivered | None:
    # A plain loop, not tenacity: refused files make the next attempt a different letter, sent
    # at once (no wait, no sleep call) yet counted against ``retry.attempts`` while never
    # stopped by it, and an uncertain fault ends in a result. In tenacity that is a hook that
    # swaps the letter, a zero wait that still calls ``sleep``, and a stop reading the fault.
    letter = step.letter.with_nonce()
    attempt = 0
    while True:
        attempt += 1
        try:
            sent = await step.route.send(letter)
        except DeliveryError as exc:
            if exc.fault is Fault.TRANSIENT and attempt < retry.attempts:
                delay = retry.base_delay * 2 ** (attempt - 1)
                log.info(
                    "delivery via %s failed (%s); retrying in %.1fs", step.route.name, exc, delay
                )
                await sleep(delay)
                continue
            if exc.fault is Fault.UNCERTAIN:
                log.warning(
                    "delivery via %s may have happened (%s); not repeated anywhere",
                    step.route.name,
                    exc,
                )
                return Delivered(step.route.name, letter, None, confirmed=False)
            if exc.fault is Fault.FILES_REFUSED and letter.attachments:
                log.info(
                    "delivery via %s refused the files (%s); sending without", step.route.name, exc
                )
                letter = letter.without_files()
                continue
            log.warning("delivery via %s failed: %s", step.route.name, exc)
            return None
        return Delivered(step.route.name, letter, sent)
