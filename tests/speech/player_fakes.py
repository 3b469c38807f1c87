"""Fakes for the voice player's seams, faithful to discord.VoiceClient's playing contract.

FakeLink.play starts a real thread that reads the source as discord.py's AudioPlayer does (until
read() returns b'' or stop()), then calls ``after(error)`` from that thread and ``cleanup()``;
play() raises discord.ClientException when not connected or already playing, as VoiceClient does.
The thread reads every millisecond (not every 20 ms) to keep the tests short.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any, cast

import discord

from bot.speech.playback.source import SILENCE_FRAME
from bot.speech.player import PlaybackConfig, Utterance, VoiceHub


@dataclass
class FakeMember:
    id: int
    bot: bool = False


@dataclass
class FakeGuild:
    id: int


@dataclass
class FakeChannel:
    id: int
    guild: FakeGuild
    members: list[FakeMember] = field(default_factory=list)


class FakePlayer(threading.Thread):
    def __init__(
        self, source: discord.AudioSource, after: Callable[[Exception | None], Any], link: FakeLink
    ) -> None:
        super().__init__(daemon=True)
        self.source, self.after, self.link = source, after, link
        self.end = threading.Event()

    def run(self) -> None:
        error: Exception | None = None
        try:
            while not self.end.is_set():
                data = self.source.read()
                if not data:
                    break
                if len(data) != 3840:
                    raise ValueError("a PCM frame must be 3,840 bytes")
                self.link.frames.append(data)
                time.sleep(0.001)
        except Exception as exc:
            error = exc
        finally:
            self.end.set()
            self.after(error)
            self.source.cleanup()


class FakeLink:
    def __init__(self, channel: FakeChannel) -> None:
        self.channel: FakeChannel | None = channel
        self.connected = True
        self.gone = False
        self.frames: list[bytes] = []
        self.plays = 0
        self.moves: list[int] = []
        self.disconnects = 0
        self.player: FakePlayer | None = None
        self.players: list[FakePlayer] = []

    def is_connected(self) -> bool:
        return self.connected

    def is_gone(self) -> bool:
        return self.gone

    def is_playing(self) -> bool:
        return self.player is not None and not self.player.end.is_set()

    def play(
        self, source: discord.AudioSource, *, after: Callable[[Exception | None], Any]
    ) -> None:
        if not self.connected:
            raise discord.ClientException("Not connected to voice.")
        if self.is_playing():
            raise discord.ClientException("Already playing audio.")
        if not isinstance(source, discord.AudioSource):
            raise TypeError("source must be an AudioSource")
        self.plays += 1
        self.player = FakePlayer(source, after, self)
        self.players.append(self.player)
        self.player.start()

    def stop(self) -> None:
        if self.player is not None:
            self.player.end.set()
            self.player = None

    async def move_to(self, channel: Any, *, timeout: float) -> None:
        self.moves.append(channel.id)
        self.channel = channel

    async def disconnect(self, *, force: bool) -> None:
        self.stop()
        self.connected = False
        self.gone = True
        self.disconnects += 1

    def audio(self) -> bytes:
        """What was played, the silence of underruns left out."""
        return b"".join(f for f in self.frames if f != SILENCE_FRAME)


class FakeConnector:
    def __init__(self) -> None:
        self.links: list[FakeLink] = []
        self.fail: Exception | None = None
        self.gate: asyncio.Event | None = None

    async def connect(self, channel: Any, *, timeout: float) -> FakeLink:
        if self.gate is not None:
            await self.gate.wait()
        if self.fail is not None:
            raise self.fail
        link = FakeLink(channel)
        self.links.append(link)
        return link


class FakeStatus:
    def __init__(self) -> None:
        self.calls: list[tuple[int, str]] = []
        self.fail: Exception | None = None

    async def set(self, channel: Any, text: str) -> None:
        self.calls.append((channel.id, text))
        if self.fail is not None:
            raise self.fail


class Script:
    """A TTS stream the test drives: push chunks, end it, or fail it."""

    def __init__(self) -> None:
        self.queue: asyncio.Queue[bytes | BaseException | None] = asyncio.Queue()
        self.opened = False
        self.closed = False

    def push(self, *chunks: bytes) -> Script:
        for chunk in chunks:
            self.queue.put_nowait(chunk)
        return self

    def end(self) -> Script:
        self.queue.put_nowait(None)
        return self

    def fail(self, exc: BaseException) -> Script:
        self.queue.put_nowait(exc)
        return self

    async def stream(self) -> AsyncIterator[bytes]:
        self.opened = True
        try:
            while True:
                item = await self.queue.get()
                if item is None:
                    return
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            self.closed = True


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []

    def started(self, uid: str) -> Callable[[], Any]:
        async def cb() -> None:
            self.events.append(("started", uid))

        return cb

    def finished(self, uid: str) -> Callable[[str], Any]:
        async def cb(outcome: str) -> None:
            self.events.append((outcome, uid))

        return cb

    def outcome(self, uid: str) -> str | None:
        for kind, u in self.events:
            if u == uid and kind != "started":
                return kind
        return None


GUILD = FakeGuild(10)
BOT = FakeMember(1, bot=True)


def utterance(
    uid: str,
    script: Script,
    rec: Recorder,
    *,
    speaker: int = 100,
    owner: int | None = None,
    voice: str = "v1",
    owner_name: str = "Alice",
) -> Utterance:
    return Utterance(
        id=uid,
        guild_id=GUILD.id,
        speaker_id=speaker,
        voice_owner_id=speaker if owner is None else owner,
        voice_id=voice,
        voice_name="Alice's voice",
        text_channel_id=50,
        chars=12,
        audio=script.stream,
        owner_name=owner_name,
        on_started=rec.started(uid),
        on_finished=rec.finished(uid),
    )


def channel(cid: int = 20, humans: int = 1) -> FakeChannel:
    return FakeChannel(cid, GUILD, [BOT, *(FakeMember(200 + i) for i in range(humans))])


def make_hub(**config: Any) -> tuple[VoiceHub, FakeConnector, FakeStatus]:
    connector, status = FakeConnector(), FakeStatus()
    defaults: dict[str, Any] = {"idle_seconds": 600.0, "stop_timeout": 5.0}
    hub = VoiceHub(
        connector, status, self_id=lambda: BOT.id, config=PlaybackConfig(**(defaults | config))
    )
    return hub, connector, status


def vc(ch: FakeChannel) -> Any:
    """A fake channel where the hub's API is typed with discord.py's channels."""
    return cast(Any, ch)


async def until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait (bounded) for a condition another thread or task brings about."""
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.002)
