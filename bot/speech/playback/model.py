"""What the voice player queues, what it reports, and the narrow seams it plays through."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import discord

from bot.i18n import SOURCE, tr

Outcome = Literal["done", "skipped", "stopped", "failed", "forgotten"]
VocalChannel = discord.VoiceChannel | discord.StageChannel

STATUS_MAX_CHARS = 500


@dataclass(eq=False)
class Utterance:
    """One thing to say. ``audio`` is opened only when its turn comes (PCM48 mono chunks)."""

    id: str
    guild_id: int
    speaker_id: int  # who asked
    voice_owner_id: int  # whose voice
    voice_id: str
    voice_name: str
    text_channel_id: int
    chars: int
    audio: Callable[[], AsyncIterator[bytes]]
    #: Display name of the voice's owner, shown in the channel status ("AI voice of ...").
    owner_name: str = ""
    #: The channel status's language: the server's (everyone in the channel reads it).
    locale: str = SOURCE
    on_started: Callable[[], Awaitable[None]] | None = field(default=None, repr=False)
    on_finished: Callable[[Outcome], Awaitable[None]] | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Skipped:
    utterance: Utterance
    by_moderator: bool


@dataclass(frozen=True)
class QueueSnapshot:
    channel_id: int | None  # the voice channel the bot is in, if any
    current: Utterance | None
    queued: tuple[Utterance, ...]


class PlaybackError(Exception):
    """Base of the refusals the player raises to the caller."""


class QueueFull(PlaybackError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"the voice queue is full ({limit})")
        self.limit = limit


class BusyElsewhere(PlaybackError):
    """The bot is speaking for others in another voice channel of this guild."""

    def __init__(self, channel_id: int) -> None:
        super().__init__(f"busy in voice channel {channel_id}")
        self.channel_id = channel_id


class NotYourUtterance(PlaybackError):
    """A member tried to skip someone else's utterance."""


class ConnectFailed(PlaybackError):
    def __init__(self, channel_id: int) -> None:
        super().__init__(f"could not connect to voice channel {channel_id}")
        self.channel_id = channel_id


class HubClosed(PlaybackError):
    """The bot is shutting down."""


class MemberLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def bot(self) -> bool: ...


class ChannelLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def members(self) -> Sequence[MemberLike]: ...


class VoiceLink(Protocol):
    """The part of a voice connection the player uses (discord.VoiceClient in production)."""

    @property
    def channel(self) -> ChannelLike | None: ...
    def is_connected(self) -> bool: ...
    def is_gone(self) -> bool:
        """Disconnected for good (not just reconnecting): the link cannot be used again."""
        ...

    def is_playing(self) -> bool: ...
    def play(
        self, source: discord.AudioSource, *, after: Callable[[Exception | None], Any]
    ) -> None: ...
    def stop(self) -> None: ...
    async def move_to(self, channel: VocalChannel, *, timeout: float) -> None: ...
    async def disconnect(self, *, force: bool) -> None: ...


class Connector(Protocol):
    async def connect(self, channel: VocalChannel, *, timeout: float) -> VoiceLink: ...


class StatusBoard(Protocol):
    """Sets a voice channel's status text ("" clears it); may skip silently without permission."""

    async def set(self, channel: ChannelLike, text: str) -> None: ...


_MENTION = re.compile(r"<(?:@[!&]?|#|/[^:>]*:|a?:\w+:)\d*>|@(?=everyone|here)")
_MARKDOWN = re.compile(r"[\\*_~`|>#\[\]()<]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"\s+")


def clean_name(name: str) -> str:
    """A display name safe in a status line: no mentions, markdown or control characters."""
    text = _CONTROL.sub("", _SPACE.sub(" ", name))
    text = _MENTION.sub("", text)
    text = _MARKDOWN.sub("", text)
    return _SPACE.sub(" ", text).strip()


def status_text(utterance: Utterance) -> str:
    """The channel status while ``utterance`` plays: whose AI voice this is."""
    locale = utterance.locale
    name = (
        clean_name(utterance.owner_name)
        or clean_name(utterance.voice_name)
        or tr(locale, "speech-status-someone")
    )
    return tr(locale, "speech-status", name=name)[:STATUS_MAX_CHARS]
