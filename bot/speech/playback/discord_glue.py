"""The production seams: discord.py's VoiceClient and the voice channel status endpoint."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import discord
from discord.http import HTTPClient, Route

from bot.speech.playback.model import ChannelLike, VocalChannel, VoiceLink

log = logging.getLogger(__name__)


class DiscordVoiceLink:
    """A VoiceLink over discord.VoiceClient."""

    def __init__(self, client: discord.VoiceClient) -> None:
        self._vc = client

    @property
    def voice_client(self) -> discord.VoiceClient:
        return self._vc

    @property
    def channel(self) -> ChannelLike | None:
        channel = self._vc.channel
        if isinstance(channel, discord.VoiceChannel | discord.StageChannel):
            return channel
        return None

    def is_connected(self) -> bool:
        return self._vc.is_connected()

    def is_gone(self) -> bool:
        # discord.py unregisters a voice client once it is disconnected for good (it stays
        # registered while it reconnects).
        return self._vc.guild.voice_client is not self._vc

    def is_playing(self) -> bool:
        return self._vc.is_playing()

    def play(
        self, source: discord.AudioSource, *, after: Callable[[Exception | None], Any]
    ) -> None:
        self._vc.play(source, after=after, signal_type="voice")

    def stop(self) -> None:
        self._vc.stop()

    async def move_to(self, channel: VocalChannel, *, timeout: float) -> None:
        await self._vc.move_to(channel, timeout=timeout)

    async def disconnect(self, *, force: bool) -> None:
        await self._vc.disconnect(force=force)


class DiscordConnector:
    """Connects with discord.py (self-deafened: the bot never listens)."""

    async def connect(self, channel: VocalChannel, *, timeout: float) -> VoiceLink:
        existing = channel.guild.voice_client
        if isinstance(existing, discord.VoiceClient):
            # Left over (e.g. connected before this hub knew): reuse it or clear it away.
            if existing.is_connected():
                link = DiscordVoiceLink(existing)
                await link.move_to(channel, timeout=timeout)
                return link
            await existing.disconnect(force=True)
        client: discord.VoiceClient = await channel.connect(
            timeout=timeout, reconnect=True, self_deaf=True
        )
        return DiscordVoiceLink(client)


VOICE_STATUS_MAX = 500


class DiscordStatusBoard:
    """``PUT /channels/{id}/voice-status`` through discord.py's HTTP client, where permitted."""

    def __init__(self, http: HTTPClient, *, timeout: float = 10.0) -> None:
        self._http = http
        self._timeout = timeout

    async def set(self, channel: ChannelLike, text: str) -> None:
        if not isinstance(channel, discord.VoiceChannel):
            return  # stage channels have a topic, not a status
        me = channel.guild.me
        if me is None or not channel.permissions_for(me).set_voice_channel_status:
            log.debug("no permission to set the status of voice channel %s", channel.id)
            return
        route = Route("PUT", "/channels/{channel_id}/voice-status", channel_id=channel.id)
        async with asyncio.timeout(self._timeout):
            await self._http.request(route, json={"status": text[:VOICE_STATUS_MAX]})
