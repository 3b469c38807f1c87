"""The spoken preview in a clone result: synthesized, attached, or the reason it failed.

A failed preview never hides the voice ID: the result goes out with a line saying the preview
failed and why. The result is the member's: its lines are in ``locale`` (the notifier's).
"""

from __future__ import annotations

import logging

import discord

from bot.cloning import CloneOutcome
from bot.delivery.letter import Attachment
from bot.delivery.text import safe_text
from bot.errors import UserFacingError
from bot.i18n import SOURCE, Msg, tr
from bot.inworld import InworldError
from bot.ratelimit import QueueClosed
from bot.storage import CloneRecord

from .previews import PreviewService

log = logging.getLogger(__name__)

FIELD = Msg("voices-result-preview")


def _why(error: BaseException, locale: str) -> str:
    if isinstance(error, InworldError | UserFacingError):
        return error.render(locale)
    if isinstance(error, QueueClosed):
        return tr(locale, "voices-result-why-restarting")
    if isinstance(error, TimeoutError):
        return tr(locale, "voices-result-why-timeout")
    return tr(locale, "voices-result-why-unexpected", error=type(error).__name__)


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
        *,
        locale: str = SOURCE,
    ) -> list[Attachment]:
        voice = outcome.result.voice
        if voice is None:
            return attachments
        try:
            preview = await self.previews.after_clone(record, voice.voice_id)
        except (Exception, QueueClosed) as exc:  # never hides the voice ID
            log.warning("request #%s: the spoken preview failed: %s", record.id, exc)
            failed = tr(locale, "voices-result-preview-failed", why=_why(exc, locale))
            embed.add_field(
                name=FIELD.render(locale),
                value=failed[:1000] + "\n" + tr(locale, "voices-result-preview-later"),
                inline=False,
            )
            return attachments
        if preview is None:
            return attachments
        if sum(len(a.data) for a in attachments) + len(preview.audio) > size_limit:
            embed.add_field(
                name=FIELD.render(locale),
                value=tr(locale, "voices-result-preview-too-large"),
                inline=False,
            )
            return attachments
        attached = Msg(
            "voices-result-preview-attached",
            filename=preview.filename,
            text=safe_text(preview.text[:300]),
        )
        embed.add_field(name=FIELD.render(locale), value=attached.render(locale), inline=False)
        return [*attachments, Attachment(preview.filename, preview.audio)]
