"""The Discord side effects of the moderation workflow: audit posts, review posts, notices,
and results (through :mod:`bot.delivery`: retried, with fallbacks, by the guild's privacy)."""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord

from .audio import ProcessedSample
from .cloning import CloneOutcome
from .delivery import (
    DEFAULT_RETRY,
    Destinations,
    Letter,
    ProgressRelay,
    RetryPolicy,
    Step,
    Where,
    build_report,
    deliver,
    safe_name,
    send_report,
)
from .delivery.letter import Attachment
from .delivery.routes import ChannelRoute, DirectRoute, InteractionRoute
from .embeds import audit_embed, result_parts, review_embed, sample_filename
from .storage import AuditAction, CloneRecord, GuildPolicy

DEFAULT_UPLOAD_LIMIT = 10 * 1024 * 1024

log = logging.getLogger(__name__)


#: ``(record, outcome, embed, attachments, size_limit) -> attachments``: see bot.voices.result.
AddPreview = Callable[
    [CloneRecord, CloneOutcome, discord.Embed, list[Attachment], int], Awaitable[list[Attachment]]
]
#: ``(record, reached)`` after a result was sent: see CloneDesk.delivered.
OnDelivered = Callable[[CloneRecord, bool], Awaitable[None]]


class DiscordNotifier:
    """Posts through the bot's REST client; Discord failures are logged, never raised."""

    def __init__(
        self,
        client: discord.Client,
        *,
        retry: RetryPolicy = DEFAULT_RETRY,
        is_private: Callable[[int], Awaitable[bool]] | None = None,
    ) -> None:
        self.client = client
        self.retry = retry
        #: Whether a guild keeps the bot's answers private (its ephemeral setting).
        self.is_private = is_private
        #: Builds the Approve/Reject view for a record id; the review cog sets it when loaded.
        self.review_view: Callable[[int], discord.ui.View] | None = None
        #: Adds the spoken preview to a result (embed line, attachment); set by the client.
        self.add_preview: AddPreview | None = None
        #: Told each time a result was sent: (record, whether it reached the member).
        self.on_delivered: OnDelivered | None = None

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
        """A notice for the requester in the channel they asked in, else by DM (by DM first in
        a private guild). With an ``outcome`` it is a result, delivered privately (see
        :meth:`deliver_result`)."""
        if outcome is not None:
            await self.deliver_result(record, outcome, private=True, headline=text)
            return
        channel, dm = self._routes(record)
        steps = [Step(channel, Letter(text, mention=record.user_id)), Step(dm, Letter(text))]
        if await self._private(record.guild_id):
            steps.reverse()  # a private guild: by DM; the channel only when DMs are closed
        if await deliver(steps, self.retry) is None:
            log.warning("request #%s: the member could not be told: %s", record.id, text)

    async def _private(self, guild_id: int) -> bool:
        if self.is_private is None:
            return False
        try:
            return await self.is_private(guild_id)
        except Exception:
            log.warning("guild %s: privacy unknown (database?), answering privately", guild_id)
            return True

    def _routes(self, record: CloneRecord) -> tuple[ChannelRoute, DirectRoute]:
        return ChannelRoute(self.client, record.notify_channel_id), DirectRoute(
            self.client, record.user_id
        )

    def _upload_limit(self, record: CloneRecord, interaction: InteractionRoute | None) -> int:
        if interaction is not None:
            return interaction.interaction.filesize_limit
        guild = self.client.get_guild(record.guild_id)
        return guild.filesize_limit if guild is not None else DEFAULT_UPLOAD_LIMIT

    async def deliver_result(
        self,
        record: CloneRecord,
        outcome: CloneOutcome,
        *,
        private: bool,
        headline: str,
        interaction: InteractionRoute | None = None,
    ) -> Where:
        """Send a stored outcome where the member can see it (see bot.delivery.result).

        ``private``: the guild's ephemeral setting; ``interaction``: the request's live
        interaction, tried first. Never raises for a Discord fault.
        """
        where = Where.NOWHERE
        try:
            where = await self._send_result(record, outcome, private, headline, interaction)
        finally:
            await self._delivered(record, where)  # also when sending failed: not held forever
        return where

    async def _send_result(
        self,
        record: CloneRecord,
        outcome: CloneOutcome,
        private: bool,
        headline: str,
        interaction: InteractionRoute | None,
    ) -> Where:
        # Off the event loop: result_parts renders the waveform PNGs.
        limit = self._upload_limit(record, interaction)
        embed, attachments = await asyncio.to_thread(result_parts, outcome, limit)
        if self.add_preview is not None:
            attachments = await self.add_preview(record, outcome, embed, list(attachments), limit)
        created = outcome.result.voice is not None
        reason = "; ".join(e for v in outcome.result.samples for e in v.errors)
        report = build_report(
            user_id=record.user_id,
            headline=headline,
            embed=embed,
            attachments=tuple(attachments),
            created=created,
            reason=reason[:1000],
        )
        channel, dm = self._routes(record)
        first = None
        if interaction is not None:
            first = Step(interaction, Letter("", embed=embed, attachments=tuple(attachments)))
        where = await send_report(
            report,
            Destinations(channel=channel, dm=dm, interaction=first),
            private=private,
            retry=self.retry,
        )
        log.info("request #%s: outcome delivered via %s", record.id, where.value)
        return where

    async def _delivered(self, record: CloneRecord, where: Where) -> None:
        if self.on_delivered is None:
            return
        try:
            await self.on_delivered(record, where is not Where.NOWHERE)
        except Exception:
            log.warning("request #%s: could not note the delivery", record.id, exc_info=True)

    async def tell_voice_found(
        self, record: CloneRecord, voice_id: str, headline: str, *, private: bool
    ) -> Where:
        """A voice found after Inworld's answer was lost (the reconcile sweep): the voice ID
        goes where the guild's privacy says, like any result (see bot.delivery.result)."""
        embed = discord.Embed(
            title=f"Voice {safe_name(record.display_name)}",
            description=f"Voice ID: `{voice_id}`",
            colour=discord.Colour.green(),
        )
        report = build_report(
            user_id=record.user_id, headline=headline, embed=embed, attachments=(), created=True
        )
        channel, dm = self._routes(record)
        where = await send_report(
            report, Destinations(channel=channel, dm=dm), private=private, retry=self.retry
        )
        log.info("request #%s: found voice delivered via %s", record.id, where.value)
        await self._delivered(record, where)
        return where

    def progress_relay(
        self,
        record: CloneRecord,
        reply: InteractionRoute | None,
        *,
        private: bool,
        margin: float,
    ) -> ProgressRelay:
        """Progress on ``reply`` while its token lasts ``margin`` more seconds, then in one
        notice: by DM for a private guild (else the channel), in the channel otherwise."""
        channel, dm = self._routes(record)
        name = safe_name(record.display_name)
        if private:
            fallback: list[ChannelRoute | DirectRoute] = [dm, channel]
            later = "I will send you the result by DM."
        else:
            fallback = [channel, dm]
            later = "I will post the result in this channel and mention you."
        return ProgressRelay(
            reply,
            fallback,
            notice_prefix=f"<@{record.user_id}> your voice clone **{name}**:",
            handover=f"⏳ This is taking a while (you are in a queue). {later}",
            margin=margin,
            mention=record.user_id,
            retry=self.retry,
        )
