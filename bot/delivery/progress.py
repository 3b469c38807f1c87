"""Progress of a request on its interaction while the token lives, then in a fallback.

Before the token runs out (with ``margin`` to spare for the rest of the work) the reply says
where the rest will appear, and later progress goes to one notice posted where the member
can see it (a DM or the channel, by the guild's privacy), which is edited from then on. The
hand-over happens on the next progress line, or when :meth:`ProgressRelay.hand_over_if_due`
is called (a timer set for :meth:`ProgressRelay.due_in`), whichever comes first.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Sequence
from typing import Protocol

from .chain import DEFAULT_RETRY, RetryPolicy, Route, Sent, Step, deliver
from .faults import DeliveryError, Fault
from .lease import TokenLease
from .letter import Letter

log = logging.getLogger(__name__)


class Reply(Protocol):
    """The interaction's own reply: editable while its token lives."""

    @property
    def lease(self) -> TokenLease: ...

    def edit_original(self, content: str) -> Awaitable[None]: ...


class ProgressRelay:
    def __init__(
        self,
        reply: Reply | None,
        fallback: Sequence[Route],
        *,
        notice_prefix: str,
        handover: str,
        margin: float,
        mention: int | None,
        retry: RetryPolicy = DEFAULT_RETRY,
    ) -> None:
        self.reply = reply
        self.fallback = fallback
        self.notice_prefix = notice_prefix
        self.handover = handover
        self.margin = margin
        self.mention = mention
        self.retry = retry
        self._on_reply = reply is not None
        self._notice: Sent | None = None
        self._notice_tried = False
        self._last: str | None = None
        self._lock = asyncio.Lock()

    @property
    def on_interaction(self) -> bool:
        """True while progress is still shown on the interaction's reply."""
        return self._on_reply

    def due_in(self) -> float | None:
        """Seconds until the hand-over is due; None once progress left the reply."""
        if not self._on_reply or self.reply is None:
            return None
        return max(0.0, self.reply.lease.remaining() - self.margin)

    async def hand_over_if_due(self) -> None:
        """Hand over now if the token no longer has ``margin`` left (a timer calls this)."""
        async with self._lock:
            reply = self.reply
            if not self._on_reply or reply is None or reply.lease.lasts(self.margin):
                return
            await self._hand_over()
            if self._last is not None:
                await self._show_elsewhere(self._last)

    async def show(self, text: str) -> None:
        """Show one progress line; never raises for a Discord fault."""
        async with self._lock:
            self._last = text
            await self._show(text)

    async def _show(self, text: str) -> None:
        if self._on_reply and self.reply is not None:
            if self.reply.lease.lasts(self.margin):
                try:
                    await self.reply.edit_original(text)
                    return
                except DeliveryError as exc:
                    if exc.fault is not Fault.EXPIRED:
                        log.info("progress edit failed: %s", exc)
                        return
                    self._on_reply = False
            else:
                await self._hand_over()
        await self._show_elsewhere(text)

    async def finish(self, text: str) -> None:
        """The last line: on the reply if it is still there, else on the notice (if any)."""
        async with self._lock:
            await self._finish(text)

    async def _finish(self, text: str) -> None:
        if self._on_reply and self.reply is not None and self.reply.lease.lasts(0):
            try:
                await self.reply.edit_original(text)
            except DeliveryError as exc:
                log.info("final status edit failed: %s", exc)
            return
        if self._notice is not None:
            await self._notice.edit(f"{self.notice_prefix} {text}")

    async def _hand_over(self) -> None:
        self._on_reply = False
        if self.reply is None or not self.reply.lease.lasts(0):
            return
        try:
            await self.reply.edit_original(self.handover)
        except DeliveryError as exc:
            log.info("hand-over edit failed: %s", exc)

    async def _show_elsewhere(self, text: str) -> None:
        content = f"{self.notice_prefix} {text}"
        if self._notice is not None:
            await self._notice.edit(content)
            return
        if self._notice_tried:
            return
        self._notice_tried = True
        steps = [Step(route, Letter(content, mention=self.mention)) for route in self.fallback]
        delivered = await deliver(steps, self.retry)
        self._notice = delivered.sent if delivered is not None else None
