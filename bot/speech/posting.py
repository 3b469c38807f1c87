"""Discord's side of a voice message: the disclosure line, then the voice message itself."""

from __future__ import annotations

import contextlib
import logging
import secrets
from typing import TYPE_CHECKING

import discord

from bot.errors import UserFacingError
from bot.i18n import Msg

if TYPE_CHECKING:
    from .voice_message import VoiceMessage

log = logging.getLogger(__name__)

#: Discord's "voice messages are not allowed in this channel" and "missing permissions".
_NOT_ALLOWED_HERE = 50173
_MISSING_PERMISSIONS = 50013


class PostRefused(UserFacingError):
    """Discord refused the line or the voice message; what the member reads."""


class ChannelPoster:
    """Posts in a text channel with the bot's own token (an interaction's webhook cannot carry
    a voice message). Mentions in the line never ping: allowed mentions are none. A voice
    message carries a nonce Discord enforces, so discord.py's retry of a send whose answer was
    lost cannot post it twice."""

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def post_line(self, channel_id: int, text: str) -> int:
        channel = self.client.get_partial_messageable(channel_id)
        try:
            message = await channel.send(text, allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as error:
            raise refusal(error) from None
        return message.id

    async def delete_line(self, channel_id: int, message_id: int) -> None:
        """Best effort: the line of a voice message that could not be sent."""
        with contextlib.suppress(discord.HTTPException):
            await (
                self.client.get_partial_messageable(channel_id)
                .get_partial_message(message_id)
                .delete()
            )

    async def post_voice_message(self, channel_id: int, message: VoiceMessage) -> int:
        # Imported here: voice messages load numpy (memory, issue #19).
        from .voice_message import send_voice_message

        try:
            payload = await send_voice_message(
                self.client.http, channel_id, message, nonce=secrets.token_hex(12)
            )
        except discord.HTTPException as error:
            raise refusal(error) from None
        except TimeoutError:
            raise PostRefused(Msg("speech-post-timeout")) from None
        return int(payload["id"])


def refusal(error: discord.HTTPException) -> PostRefused:
    log.warning("a speech post was refused: %s %s", error.status, error.code)
    if error.code == _NOT_ALLOWED_HERE:
        return PostRefused(Msg("speech-post-not-allowed"))
    if error.status == 403 or error.code == _MISSING_PERMISSIONS:
        return PostRefused(Msg("speech-post-missing-permissions"))
    return PostRefused(Msg("speech-post-refused"))
