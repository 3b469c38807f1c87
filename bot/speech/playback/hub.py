"""All guilds' voice playback, one GuildSpeaker per guild, owned by one hub per bot."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import discord

from bot.speech.playback.discord_glue import DiscordConnector, DiscordStatusBoard
from bot.speech.playback.guild import GuildSpeaker, PlaybackConfig
from bot.speech.playback.model import (
    Connector,
    HubClosed,
    QueueSnapshot,
    Skipped,
    StatusBoard,
    Utterance,
    VocalChannel,
)

log = logging.getLogger(__name__)


class VoiceHub:
    """Per-guild FIFO voice playback with skip/stop/leave, erasure, idle and empty-channel leave."""

    def __init__(
        self,
        connector: Connector,
        status: StatusBoard,
        *,
        self_id: Callable[[], int | None],
        config: PlaybackConfig | None = None,
    ) -> None:
        self._connector = connector
        self._status = status
        self._self_id = self_id
        self.config = config or PlaybackConfig()
        self._guilds: dict[int, GuildSpeaker] = {}
        self._closed = False

    @classmethod
    def for_client(cls, client: discord.Client, config: PlaybackConfig | None = None) -> VoiceHub:
        """The production hub: discord.py's VoiceClient and HTTP client."""
        config = config or PlaybackConfig()
        return cls(
            DiscordConnector(),
            DiscordStatusBoard(client.http),
            self_id=lambda: client.user.id if client.user is not None else None,
            config=config,
        )

    def _speaker(self, guild_id: int) -> GuildSpeaker:
        speaker = self._guilds.get(guild_id)
        if speaker is None:
            speaker = GuildSpeaker(guild_id, self._connector, self._status, self.config)
            self._guilds[guild_id] = speaker
        return speaker

    async def enqueue(self, channel: VocalChannel, utterance: Utterance) -> int:
        """Queue ``utterance`` for ``channel``; its position (0: nothing ahead of it).

        Joins the channel if needed, or moves there if nobody else is using the bot in this
        guild. Raises QueueFull, BusyElsewhere, ConnectFailed or HubClosed.
        """
        if self._closed:
            raise HubClosed("the voice player is closed")
        if channel.guild.id != utterance.guild_id:
            raise ValueError("the channel is not in the utterance's guild")
        return await self._speaker(utterance.guild_id).enqueue(channel, utterance)

    async def skip(self, guild_id: int, *, user_id: int, moderator: bool) -> Skipped | None:
        """End the utterance speaking now (its speaker, its voice's owner, or a moderator).

        None if nothing is speaking; raises NotYourUtterance for someone else's.
        """
        speaker = self._guilds.get(guild_id)
        return None if speaker is None else await speaker.skip(user_id=user_id, moderator=moderator)

    async def stop(self, guild_id: int) -> int:
        """Moderators: clear the queue and stop now; how many utterances were ended."""
        speaker = self._guilds.get(guild_id)
        return 0 if speaker is None else await speaker.stop()

    async def leave(self, guild_id: int) -> bool:
        """Stop everything and leave the voice channel; False if not in one."""
        speaker = self._guilds.get(guild_id)
        return False if speaker is None else await speaker.leave()

    async def forget_member(self, guild_id: int | None, user_id: int) -> int:
        """Erasure: end every utterance the member asked for or spoken in their voice.

        ``guild_id`` None means every guild. The effect (queue dropped, audio stopped) is
        immediate, before the first await; the count of utterances ended is returned.
        """
        speakers = list(self._guilds.values()) if guild_id is None else [self._guilds.get(guild_id)]
        ended = [
            s.forget(lambda u: user_id in (u.speaker_id, u.voice_owner_id))
            for s in speakers
            if s is not None
        ]
        return sum(await asyncio.gather(*ended))

    async def forget_voice(self, voice_id: str) -> int:
        """A deleted voice: end every utterance using it, in every guild."""
        ended = [s.forget(lambda u: u.voice_id == voice_id) for s in self._guilds.values()]
        return sum(await asyncio.gather(*ended))

    def queue_of(self, guild_id: int) -> QueueSnapshot:
        speaker = self._guilds.get(guild_id)
        return QueueSnapshot(None, None, ()) if speaker is None else speaker.snapshot()

    def channel_of(self, guild_id: int) -> int | None:
        """The voice channel the bot is in for this guild, if any."""
        speaker = self._guilds.get(guild_id)
        return None if speaker is None else speaker.channel_id

    async def voice_state_changed(
        self, member: discord.Member, before: discord.VoiceState, after: discord.VoiceState
    ) -> None:
        """Call from on_voice_state_update: leaves a channel no human is left in."""
        speaker = self._guilds.get(member.guild.id)
        if speaker is None or self._closed:
            return
        if member.id == self._self_id():
            speaker.watch_connection()
        ours = speaker.channel_id
        if ours is None:
            return
        touched = {c.id for c in (before.channel, after.channel) if c is not None}
        if ours in touched or member.id == self._self_id():
            await speaker.leave_if_alone()

    def tasks(self) -> list[asyncio.Task[object]]:
        """The hub's running tasks (for tests and shutdown checks)."""
        return [t for s in self._guilds.values() for t in s.tasks()]

    async def close(self) -> None:
        """Shutdown: stop playback, cancel every task, clear statuses, disconnect everywhere."""
        self._closed = True
        results = await asyncio.gather(
            *(s.close() for s in self._guilds.values()), return_exceptions=True
        )
        for result in results:
            if isinstance(result, BaseException):
                log.error("closing voice playback failed: %r", result)
