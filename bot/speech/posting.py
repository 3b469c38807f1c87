"""Discord's side of a voice message: the disclosure line, then the voice message itself."""

from __future__ import annotations

import discord

from .voice_message import VoiceMessage, send_voice_message


class ChannelPoster:
    """Posts in a text channel with the bot's own token (an interaction's webhook cannot carry
    a voice message). Mentions in the line never ping: allowed mentions are none."""

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def post_line(self, channel_id: int, text: str) -> None:
        channel = self.client.get_partial_messageable(channel_id)
        await channel.send(text, allowed_mentions=discord.AllowedMentions.none())

    async def post_voice_message(self, channel_id: int, message: VoiceMessage) -> int:
        payload = await send_voice_message(self.client.http, channel_id, message)
        return int(payload["id"])
