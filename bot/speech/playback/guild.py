"""One guild's voice playback: the FIFO queue, the voice connection, status and idle timer."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.speech.playback.model import (
    BusyElsewhere,
    ConnectFailed,
    Connector,
    HubClosed,
    NotYourUtterance,
    Outcome,
    QueueFull,
    QueueSnapshot,
    Skipped,
    StatusBoard,
    Utterance,
    VocalChannel,
    VoiceLink,
    status_text,
)
from bot.speech.playback.status import StatusKeeper

if TYPE_CHECKING:
    from bot.speech.playback.source import StreamingPcmSource

log = logging.getLogger(__name__)

WATCH_INTERVAL = 0.2


@dataclass(frozen=True)
class PlaybackConfig:
    queue_max: int = 20  # queued utterances per guild, the one playing not counted
    idle_seconds: float = 300.0  # leave after this long without speaking
    connect_timeout: float = 20.0
    disconnect_timeout: float = 10.0
    chunk_timeout: float = 30.0  # the longest wait for the first or the next audio chunk
    buffer_seconds: float = 30.0  # audio buffered ahead of the player before the feeder waits
    end_grace_seconds: float = 40.0  # beyond the buffered audio, for the player to end
    callback_timeout: float = 10.0  # on_started / on_finished
    status_timeout: float = 10.0
    stop_timeout: float = 10.0  # waiting for a stopped utterance to wind down


@dataclass(eq=False)
class _Playing:
    utterance: Utterance
    source: StreamingPcmSource
    ended: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task[None] | None = None
    reason: Outcome | None = None  # why it is being ended early (skip, stop, erasure)
    cancellable: bool = False
    player_error: BaseException | None = None


class GuildSpeaker:
    """Plays one guild's utterances in order through one voice connection."""

    def __init__(
        self,
        guild_id: int,
        connector: Connector,
        status: StatusBoard,
        config: PlaybackConfig,
    ) -> None:
        self.guild_id = guild_id
        self._connector = connector
        self._config = config
        self._lock = asyncio.Lock()  # connect, move and leave, one at a time
        self._link: VoiceLink | None = None
        self._queue: deque[Utterance] = deque()
        self._current: _Playing | None = None
        self._runner: asyncio.Task[None] | None = None
        self._idle: asyncio.Task[None] | None = None
        self._watch: asyncio.Task[None] | None = None
        self._status = StatusKeeper(status, timeout=config.status_timeout, name=str(guild_id))
        self._closed = False

    # -- queries --------------------------------------------------------------------------------

    @property
    def channel_id(self) -> int | None:
        channel = self._link.channel if self._link is not None else None
        return channel.id if channel is not None else None

    def snapshot(self) -> QueueSnapshot:
        current = self._current.utterance if self._current is not None else None
        return QueueSnapshot(self.channel_id, current, tuple(self._queue))

    def is_idle(self) -> bool:
        return self._current is None and not self._queue

    def tasks(self) -> list[asyncio.Task[Any]]:
        found = [self._runner, self._idle, self._watch, self._status.task]
        if self._current is not None:
            found.append(self._current.task)
        return [t for t in found if t is not None and not t.done()]

    # -- enqueue --------------------------------------------------------------------------------

    async def enqueue(self, channel: VocalChannel, utterance: Utterance) -> int:
        async with self._lock:
            if self._closed:
                raise HubClosed("the voice player is closed")
            if self._link is not None and self._link.is_gone():
                # Disconnected from outside before the watch noticed: start afresh.
                await self._teardown("stopped")
            here = self.channel_id
            if self._link is not None and here is not None and here != channel.id:
                others = [u for u in self._all() if u.speaker_id != utterance.speaker_id]
                if others:
                    raise BusyElsewhere(here)
            if len(self._queue) >= self._config.queue_max:
                raise QueueFull(self._config.queue_max)
            position = len(self._queue) + (1 if self._current is not None else 0)
            self._queue.append(utterance)
            self._cancel_idle()
            try:
                await self._join(channel)
            except BaseException:
                if utterance in self._queue:
                    self._queue.remove(utterance)
                if self.is_idle():
                    self._arm_idle()
                raise
            self._kick()
            return position

    async def _join(self, channel: VocalChannel) -> None:
        link = self._link
        try:
            if link is None:
                async with asyncio.timeout(self._config.connect_timeout + 5):
                    link = await self._connector.connect(
                        channel, timeout=self._config.connect_timeout
                    )
                if self._closed:
                    await self._disconnect(link)
                    raise HubClosed("the voice player is closed")
                self._link = link
            elif self.channel_id != channel.id:
                async with asyncio.timeout(self._config.connect_timeout + 5):
                    await link.move_to(channel, timeout=self._config.connect_timeout)
                # discord.py's move_to only logs a move Discord never completed.
                if not link.is_connected() or self.channel_id != channel.id:
                    raise ConnectFailed(channel.id)
        except (HubClosed, ConnectFailed, asyncio.CancelledError):
            raise
        except Exception as exc:
            log.warning("voice connect to channel %s failed: %r", channel.id, exc)
            raise ConnectFailed(channel.id) from exc

    def _all(self) -> list[Utterance]:
        current = [self._current.utterance] if self._current is not None else []
        return current + list(self._queue)

    # -- the runner: one utterance after another ------------------------------------------------

    def _kick(self) -> None:
        if self._runner is None or self._runner.done():
            self._runner = asyncio.create_task(self._run(), name=f"voice-runner-{self.guild_id}")

    async def _run(self) -> None:
        # Imported here: the source loads numpy (memory, issue #19); the idle bot plays nothing.
        from bot.speech.playback.source import StreamingPcmSource

        playing: _Playing | None = None
        try:
            while self._queue and self._link is not None and not self._closed:
                utterance = self._queue.popleft()
                source = StreamingPcmSource(
                    asyncio.get_running_loop(), buffer_seconds=self._config.buffer_seconds
                )
                playing = _Playing(utterance, source)
                self._current = playing
                playing.task = asyncio.create_task(
                    self._play(playing), name=f"voice-utterance-{utterance.id}"
                )
                await asyncio.wait({playing.task})
                self._current = playing = None
            if self._link is not None and not self._closed:
                self._status.want(self._link.channel, "")
                self._arm_idle()
        finally:
            if playing is not None and playing.task is not None and not playing.task.done():
                self._end(playing, "stopped")
                await asyncio.wait({playing.task}, timeout=self._config.stop_timeout)
            self._current = None

    async def _play(self, playing: _Playing) -> None:
        utterance, source = playing.utterance, playing.source
        outcome: Outcome = "stopped"
        stream: AsyncIterator[bytes] | None = None
        link: VoiceLink | None = None
        started = False
        try:
            playing.cancellable = True
            if playing.reason is not None:  # ended before this task first ran
                raise asyncio.CancelledError
            stream = utterance.audio()
            first = await self._next_chunk(stream)
            if first is None:
                raise RuntimeError("the audio stream ended before any audio")
            if not await source.feed(first):
                raise asyncio.CancelledError
            link = self._link
            if link is None:
                raise RuntimeError("not connected to voice")
            link.play(source, after=self._after_callback(playing))
            started = True
            self._status.want(link.channel, status_text(utterance))
            playing.cancellable = False
            await self._callback(utterance.on_started, ())
            playing.cancellable = True
            if playing.reason is not None:
                raise asyncio.CancelledError
            while (chunk := await self._next_chunk(stream)) is not None:
                if not await source.feed(chunk):
                    break
            source.finish()
            grace = source.buffered_seconds() + self._config.end_grace_seconds
            async with asyncio.timeout(grace):
                await playing.ended.wait()
            outcome = playing.reason or "done"
        except asyncio.CancelledError:
            outcome = playing.reason or "stopped"
            if playing.reason is None:
                raise
            task = asyncio.current_task()
            if task is not None:
                task.uncancel()
        except Exception as exc:
            outcome = playing.reason or "failed"
            if playing.reason is None:
                log.warning("utterance %s failed: %r", utterance.id, exc)
        finally:
            playing.cancellable = False
            source.abort()
            if started and link is not None:
                if not playing.ended.is_set():
                    link.stop()
                # discord.py's player thread calls ``after`` as it ends: wait for it, bounded.
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self._config.stop_timeout):
                        await playing.ended.wait()
            if stream is not None:
                await self._close_stream(stream)
            await self._callback(utterance.on_finished, (outcome,))

    async def _next_chunk(self, stream: AsyncIterator[bytes]) -> bytes | None:
        """The next non-empty chunk, None at the end; a stalled stream raises TimeoutError."""
        while True:
            try:
                async with asyncio.timeout(self._config.chunk_timeout):
                    chunk = await anext(stream)
            except StopAsyncIteration:
                return None
            if chunk:
                return chunk

    def _after_callback(self, playing: _Playing) -> Callable[[Exception | None], None]:
        loop = asyncio.get_running_loop()

        def after(error: Exception | None) -> None:  # discord.py's player thread
            playing.player_error = error
            playing.source.abort()
            with contextlib.suppress(RuntimeError):  # the loop is closed
                loop.call_soon_threadsafe(self._player_ended, playing)

        return after

    def _player_ended(self, playing: _Playing) -> None:
        playing.ended.set()
        if playing.reason is None and (
            playing.player_error is not None or not playing.source.exhausted
        ):
            # Not by us (a disconnect, an encoder error): stop waiting for the TTS stream.
            log.warning(
                "utterance %s: playback ended early: %r",
                playing.utterance.id,
                playing.player_error,
            )
            playing.reason = "failed"
            if playing.cancellable and playing.task is not None:
                playing.task.cancel()

    async def _close_stream(self, stream: AsyncIterator[bytes]) -> None:
        aclose = getattr(stream, "aclose", None)
        if aclose is None:
            return
        try:
            async with asyncio.timeout(self._config.stop_timeout):
                await aclose()
        except Exception as exc:
            log.warning("closing an audio stream failed: %r", exc)

    async def _callback(
        self, function: Callable[..., Awaitable[None]] | None, args: tuple[Any, ...]
    ) -> None:
        if function is None:
            return
        try:
            async with asyncio.timeout(self._config.callback_timeout):
                await function(*args)
        except Exception:
            log.exception("voice playback callback failed")

    # -- ending things --------------------------------------------------------------------------

    def _end(self, playing: _Playing, reason: Outcome) -> None:
        """End the utterance now (synchronous effect: no more audio is read from it)."""
        if playing.reason is not None:
            return
        playing.reason = reason
        playing.source.abort()
        if self._link is not None and not playing.ended.is_set():
            self._link.stop()
        if playing.cancellable and playing.task is not None:
            playing.task.cancel()

    async def _wait_current(self, playing: _Playing | None) -> None:
        if playing is not None and playing.task is not None and not playing.task.done():
            await asyncio.wait({playing.task}, timeout=self._config.stop_timeout)

    async def _drop(self, match: Callable[[Utterance], bool], outcome: Outcome) -> int:
        dropped = [u for u in self._queue if match(u)]
        for u in dropped:
            self._queue.remove(u)
        playing = self._current
        if playing is not None and match(playing.utterance) and playing.reason is None:
            self._end(playing, outcome)
        else:
            playing = None
        for u in dropped:
            await self._callback(u.on_finished, (outcome,))
        await self._wait_current(playing)
        return len(dropped) + (1 if playing is not None else 0)

    async def skip(self, *, user_id: int, moderator: bool) -> Skipped | None:
        playing = self._current
        if playing is None or playing.reason is not None:
            return None
        utterance = playing.utterance
        own = user_id in (utterance.speaker_id, utterance.voice_owner_id)
        if not own and not moderator:
            raise NotYourUtterance("members may skip only their own utterance")
        self._end(playing, "skipped")
        await self._wait_current(playing)
        return Skipped(utterance, by_moderator=not own)

    async def stop(self) -> int:
        return await self._drop(lambda _u: True, "stopped")

    async def forget(self, match: Callable[[Utterance], bool]) -> int:
        return await self._drop(match, "forgotten")

    async def leave(self, *, only_if_idle: bool = False, outcome: Outcome = "stopped") -> bool:
        """Stop everything and disconnect. False if not connected (or, if asked, not idle)."""
        async with self._lock:
            if self._link is None or (only_if_idle and not self.is_idle()):
                return False
            await self._teardown(outcome)
            return True

    async def leave_if_alone(self) -> bool:
        """Leave when no human is left in the bot's voice channel."""
        async with self._lock:
            channel = self._link.channel if self._link is not None else None
            if channel is None or any(not m.bot for m in channel.members):
                return False
            log.info("leaving empty voice channel %s in guild %s", channel.id, self.guild_id)
            await self._teardown("stopped")
            return True

    def watch_connection(self) -> None:
        """The bot's own voice state changed: tear down if discord.py drops the connection.

        discord.py handles the disconnect in a task of its own (and a reconnect looks alike at
        first), so this polls the link briefly for being gone for good.
        """
        if self._link is None or (self._watch is not None and not self._watch.done()):
            return
        self._watch = asyncio.create_task(
            self._watch_link(self._link), name=f"voice-watch-{self.guild_id}"
        )

    async def _watch_link(self, link: VoiceLink) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._config.disconnect_timeout
        while self._link is link and loop.time() < deadline:
            if link.is_gone():
                log.info("voice in guild %s was disconnected from outside", self.guild_id)
                async with self._lock:
                    if self._link is link:
                        await self._teardown("stopped")
                return
            await asyncio.sleep(WATCH_INTERVAL)

    async def close(self) -> None:
        self._closed = True
        await self._teardown("stopped")

    async def _teardown(self, outcome: Outcome) -> None:
        self._cancel_idle()
        watch, self._watch = self._watch, None
        if watch is not None and watch is not asyncio.current_task():
            watch.cancel()
        link, self._link = self._link, None
        dropped = list(self._queue)
        self._queue.clear()
        playing = self._current
        if playing is not None:
            self._end(playing, outcome)
        for u in dropped:
            await self._callback(u.on_finished, (outcome,))
        await self._wait_current(playing)
        if self._runner is not None and not self._runner.done():
            await asyncio.wait({self._runner}, timeout=self._config.stop_timeout)
            self._runner.cancel()
        await self._status.clear()
        if link is not None and not link.is_gone():
            await self._disconnect(link)

    async def _disconnect(self, link: VoiceLink) -> None:
        try:
            async with asyncio.timeout(self._config.disconnect_timeout):
                await link.disconnect(force=True)
        except Exception as exc:
            log.warning("voice disconnect in guild %s failed: %r", self.guild_id, exc)

    # -- idle timer -----------------------------------------------------------------------------

    def _arm_idle(self) -> None:
        self._cancel_idle()
        if self._link is not None and not self._closed:
            self._idle = asyncio.create_task(self._idle_leave(), name=f"voice-idle-{self.guild_id}")

    def _cancel_idle(self) -> None:
        idle, self._idle = self._idle, None
        if idle is not None and idle is not asyncio.current_task():
            idle.cancel()

    async def _idle_leave(self) -> None:
        await asyncio.sleep(self._config.idle_seconds)
        if await self.leave(only_if_idle=True):
            log.info(
                "left voice in guild %s after %ss idle", self.guild_id, self._config.idle_seconds
            )
