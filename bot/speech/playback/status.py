"""A voice channel's status line while the bot speaks: latest wins, sent only on change."""

from __future__ import annotations

import asyncio
import logging

from bot.speech.playback.model import ChannelLike, StatusBoard

log = logging.getLogger(__name__)


class StatusKeeper:
    """One request at a time per guild; intermediate texts are coalesced (rate-limit friendly)."""

    def __init__(self, board: StatusBoard, *, timeout: float, name: str) -> None:
        self._board = board
        self._timeout = timeout
        self._name = name
        self._task: asyncio.Task[None] | None = None
        self._wanted = ""
        self._shown = ""
        self._dirty = False  # a status may be showing (a send was attempted, no clear since)
        self._channel: ChannelLike | None = None

    @property
    def task(self) -> asyncio.Task[None] | None:
        return self._task

    def want(self, channel: ChannelLike | None, text: str) -> None:
        if channel is None:
            return
        self._channel = channel
        self._wanted = text
        if text != self._shown and (self._task is None or self._task.done()):
            self._task = asyncio.create_task(self._worker(), name=f"voice-status-{self._name}")

    async def _worker(self) -> None:
        while self._wanted != self._shown and self._channel is not None:
            text = self._wanted
            if text:
                self._dirty = True
            if await self._send(self._channel, text) and not text:
                self._dirty = False
            self._shown = text

    async def _send(self, channel: ChannelLike, text: str) -> bool:
        try:
            async with asyncio.timeout(self._timeout):
                await self._board.set(channel, text)
        except Exception as exc:
            log.warning("voice channel status update failed: %r", exc)
            return False
        return True

    async def clear(self) -> None:
        """Cancel any update in flight and clear the status if one may be showing (bounded)."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            await asyncio.wait({task})
        self._wanted = self._shown = ""
        channel = self._channel
        if self._dirty and channel is not None and await self._send(channel, ""):
            self._dirty = False
