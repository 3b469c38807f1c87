"""The Discord side effects of the moderation workflow: audit posts, review posts, notices."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from typing import Any

import discord

from .audio import ProcessedSample
from .cloning import CloneOutcome
from .embeds import audit_embed, result_embed, review_embed, sample_filename, sample_files
from .storage import AuditAction, CloneRecord, GuildPolicy

log = logging.getLogger(__name__)


class DiscordNotifier:
    """Posts through the bot's REST client; Discord failures are logged, never raised."""

    def __init__(self, client: discord.Client) -> None:
        self.client = client
        #: Builds the Approve/Reject view for a record id; the review cog sets it when loaded.
        self.review_view: Callable[[int], discord.ui.View] | None = None

    async def _channel(self, channel_id: int | None) -> discord.abc.Messageable | None:
        if channel_id is None:
            return None
        channel = self.client.get_channel(channel_id)
        if channel is None:
            try:
                channel = await self.client.fetch_channel(channel_id)
            except discord.HTTPException as exc:
                log.warning("channel %s unavailable: %s", channel_id, exc)
                return None
        return channel if isinstance(channel, discord.abc.Messageable) else None

    async def audit(
        self,
        policy: GuildPolicy,
        action: AuditAction,
        record: CloneRecord | None,
        actor_id: int | None,
        detail: dict[str, Any],
    ) -> None:
        channel = await self._channel(policy.audit_channel_id)
        if channel is None:
            return
        try:
            await channel.send(
                embed=audit_embed(action, record, actor_id, detail),
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except discord.HTTPException as exc:
            log.warning("audit post to %s failed: %s", policy.audit_channel_id, exc)

    async def post_review(
        self, policy: GuildPolicy, record: CloneRecord, samples: Sequence[ProcessedSample]
    ) -> tuple[int, int] | None:
        channel = await self._channel(policy.review_channel_id)
        if channel is None or self.review_view is None:
            return None
        files = [
            discord.File(io.BytesIO(s.wav), filename=sample_filename(record.display_name, i))
            for i, s in enumerate(samples)
        ]
        try:
            message = await channel.send(
                embed=review_embed(record, samples),
                files=files,
                view=self.review_view(record.id),
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except discord.HTTPException as exc:
            log.warning("review post to %s failed: %s", policy.review_channel_id, exc)
            return None
        return message.channel.id, message.id

    async def update_review(self, record: CloneRecord, status_line: str) -> None:
        """Replace the review post's buttons with the decision (the embed stays)."""
        if record.review_channel_id is None or record.review_message_id is None:
            return
        channel = await self._channel(record.review_channel_id)
        if channel is None:
            return
        try:
            message = channel.get_partial_message(record.review_message_id)  # type: ignore[attr-defined]
            await message.edit(content=status_line, view=None)
        except discord.HTTPException as exc:
            log.warning("review message %s update failed: %s", record.review_message_id, exc)

    async def tell_requester(
        self, record: CloneRecord, text: str, outcome: CloneOutcome | None = None
    ) -> None:
        channel = await self._channel(record.notify_channel_id)
        if channel is None:
            return
        kwargs: dict[str, Any] = {}
        if outcome is not None:
            limit = getattr(getattr(channel, "guild", None), "filesize_limit", 10 * 1024 * 1024)
            files, _ = sample_files(outcome, limit)
            kwargs = {"embed": result_embed(outcome), "files": files}
        try:
            await channel.send(
                text,
                allowed_mentions=discord.AllowedMentions(
                    users=[discord.Object(record.user_id)], roles=False, everyone=False
                ),
                **kwargs,
            )
        except discord.HTTPException as exc:
            log.warning("could not tell requester in %s: %s", record.notify_channel_id, exc)
