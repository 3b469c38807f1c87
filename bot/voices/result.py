"""The spoken preview in a clone result: synthesized, attached, or the reason it failed.

A failed preview never hides the voice ID: the result goes out with a line saying the preview
failed and why.
"""

from __future__ import annotations

import logging

import discord

from bot.cloning import CloneOutcome
from bot.delivery.letter import Attachment
from bot.delivery.text import safe_text
from bot.errors import UserFacingError
from bot.inworld import InworldError
from bot.ratelimit import QueueClosed
from bot.storage import CloneRecord

from .previews import PreviewService

log = logging.getLogger(__name__)

FIELD = "🔊 Preview"


def _why(error: BaseException) -> str:
    if isinstance(error, InworldError | UserFacingError):
        return error.user_message
    if isinstance(error, QueueClosed):
        return "the bot is restarting"
    if isinstance(error, TimeoutError):
        return "the text-to-speech service did not answer in time"
    return f"an unexpected error ({type(error).__name__})"


class ResultPreviews:
    """``DiscordNotifier.add_preview``: adds the preview to a result before it is sent."""

    def __init__(self, previews: PreviewService) -> None:
        self.previews = previews

    async def __call__(
        self,
        record: CloneRecord,
        outcome: CloneOutcome,
        embed: discord.Embed,
        attachments: list[Attachment],
        size_limit: int,
    ) -> list[Attachment]:
        voice = outcome.result.voice
        if voice is None:
            return attachments
        try:
            preview = await self.previews.after_clone(record, voice.voice_id)
        except (Exception, QueueClosed) as exc:  # never hides the voice ID
            log.warning("request #%s: the spoken preview failed: %s", record.id, exc)
            embed.add_field(
                name=FIELD,
                value=f"⚠️ The spoken preview failed: {_why(exc)}"[:1000]
                + "\nYour voice is ready all the same; try `/voices preview` later.",
                inline=False,
            )
            return attachments
        if preview is None:
            return attachments
        if sum(len(a.data) for a in attachments) + len(preview.audio) > size_limit:
            embed.add_field(
                name=FIELD, value="The preview was too large to upload here.", inline=False
            )
            return attachments
        embed.add_field(
            name=FIELD,
            value=f"Attached: `{preview.filename}`, “{safe_text(preview.text[:300])}”",
            inline=False,
        )
        return [*attachments, Attachment(preview.filename, preview.audio)]
