"""Discord helpers of the workflow: the review post (its ids are stored with the request),
progress relays, and the result letters the outbox's sender delivers (through
:mod:`bot.delivery`: retried, with fallbacks, by the guild's privacy)."""

from __future__ import annotations

import asyncio
import functools
import io
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol

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
    safe_name,
    safe_text,
    send_report,
)
from .delivery.letter import Attachment
from .delivery.routes import ChannelRoute, DirectRoute, InteractionRoute
from .embeds import result_parts, review_embed, sample_filename
from .i18n import SOURCE, catalogue_for, tr
from .outbox.posts import Post, RecordingRoute
from .storage import CloneRecord, GuildPolicy

DEFAULT_UPLOAD_LIMIT = 10 * 1024 * 1024

log = logging.getLogger(__name__)


class AddPreview(Protocol):
    """Adds the spoken preview to a result (bot.voices.result.ResultPreviews)."""

    async def __call__(
        self,
        record: CloneRecord,
        outcome: CloneOutcome,
        embed: discord.Embed,
        attachments: list[Attachment],
        size_limit: int,
        *,
        locale: str = ...,
    ) -> list[Attachment]: ...


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
        #: ``(record id, the server's language) -> the review post's buttons``.
        self.review_view: Callable[[int, str], discord.ui.View] | None = None
        #: Adds the spoken preview to a result (embed line, attachment); set by the client.
        self.add_preview: AddPreview | None = None
        #: The language of a server's posts (the client sets it to ``CloneBot.guild_locale``);
        #: unset: English.
        self.guild_locale: Callable[[int], Awaitable[str]] | None = None

    async def server_locale(self, guild_id: int) -> str:
        """The server's language for posts everyone reads (English if it cannot be told)."""
        if self.guild_locale is None:
            return SOURCE
        try:
            return await self.guild_locale(guild_id)
        except Exception:
            log.warning("guild %s: language unknown (database?), posting in English", guild_id)
            return SOURCE

    async def member_locale(
        self, record: CloneRecord, interaction: InteractionRoute | None = None
    ) -> str:
        """The requester's language when their own interaction is at hand, else the
        server's (a request record stores no language of its member)."""
        if interaction is not None and interaction.interaction.user.id == record.user_id:
            return catalogue_for(interaction.interaction.locale)
        return await self.server_locale(record.guild_id)

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

    async def post_review(
        self,
        policy: GuildPolicy,
        record: CloneRecord,
        samples: Sequence[ProcessedSample],
        *,
        locale: str | None = None,
    ) -> tuple[int, int] | None:
        """The review post, in ``locale`` (default: the server's language)."""
        channel = await self._channel(policy.review_channel_id)
        if channel is None or self.review_view is None:
            return None
        if locale is None:
            locale = await self.server_locale(record.guild_id)
        files = [
            discord.File(io.BytesIO(s.wav), filename=sample_filename(record.display_name, i))
            for i, s in enumerate(samples)
        ]
        try:
            message = await channel.send(
                embed=review_embed(record, samples, locale=locale),
                files=files,
                view=self.review_view(record.id, locale),
                allowed_mentions=discord.AllowedMentions.none(),
                # One review post per request, even when a lost answer makes it try again.
                nonce=f"review-{record.id}",
            )
        except Exception as exc:  # any fault (HTTP, a dropped connection): no review post
            log.warning("review post to %s failed: %s", policy.review_channel_id, exc)
            return None
        return message.channel.id, message.id

    async def show_on_review(self, record: CloneRecord, line: str) -> None:
        """Progress on the review post (best effort: the outcome itself goes by the outbox,
        whose update also takes the member's audio off the post)."""
        if record.review_channel_id is None or record.review_message_id is None:
            return
        channel = await self._channel(record.review_channel_id)
        if channel is None:
            return
        try:
            message = channel.get_partial_message(record.review_message_id)  # type: ignore[attr-defined]
            await message.edit(content=line, view=None, attachments=[])
        except Exception as exc:  # any fault: only a progress line is lost
            log.info("review message %s progress not shown: %s", record.review_message_id, exc)

    async def private(self, guild_id: int) -> bool:
        """Whether the guild keeps answers private (its ephemeral setting; unknown: yes)."""
        if self.is_private is None:
            return False
        try:
            return await self.is_private(guild_id)
        except Exception:
            log.warning("guild %s: privacy unknown (database?), answering privately", guild_id)
            return True

    def routes(self, record: CloneRecord) -> tuple[ChannelRoute, DirectRoute]:
        return ChannelRoute(self.client, record.notify_channel_id), DirectRoute(
            self.client, record.user_id
        )

    def recorded_routes(
        self, record: CloneRecord, posts: list[Post]
    ) -> tuple[RecordingRoute, RecordingRoute]:
        """:meth:`routes` noting in ``posts`` the ids of what they post (for an erasure)."""
        channel, dm = self.routes(record)
        return RecordingRoute(channel, posts), RecordingRoute(dm, posts)

    def _upload_limit(self, record: CloneRecord, interaction: InteractionRoute | None) -> int:
        if interaction is not None:
            return interaction.interaction.filesize_limit
        guild = self.client.get_guild(record.guild_id)
        return guild.filesize_limit if guild is not None else DEFAULT_UPLOAD_LIMIT

    async def send_result(
        self,
        record: CloneRecord,
        outcome: CloneOutcome,
        *,
        private: bool,
        headline: str,
        interaction: InteractionRoute | None = None,
        nonce: str | None = None,
        posts: list[Post] | None = None,
        locale: str | None = None,
    ) -> Where:
        """Send a stored outcome where the member can see it (see bot.delivery.result).

        ``private``: the guild's ephemeral setting; ``interaction``: the request's live
        interaction, tried first; ``nonce``: the outbox message's, for channel posts and DMs;
        ``posts``: gets the ids of every message posted; ``locale``: the member's language
        (the outbox payload's ``locale``), else :meth:`member_locale`. Never raises for a
        Discord fault.
        """
        if locale is None:
            locale = await self.member_locale(record, interaction)
        # Off the event loop: result_parts renders the waveform PNGs.
        limit = self._upload_limit(record, interaction)
        embed, attachments = await asyncio.to_thread(
            functools.partial(result_parts, outcome, limit, locale=locale)
        )
        if self.add_preview is not None:
            attachments = await self.add_preview(
                record, outcome, embed, list(attachments), limit, locale=locale
            )
        created = outcome.result.voice is not None
        reason = "; ".join(safe_text(e) for v in outcome.result.samples for e in v.errors)
        report = build_report(
            user_id=record.user_id,
            headline=headline,
            embed=embed,
            attachments=tuple(attachments),
            created=created,
            reason=reason[:1000],
            nonce=nonce,
            locale=locale,
        )
        noted: list[Post] = [] if posts is None else posts
        channel, dm = self.recorded_routes(record, noted)
        first = None
        if interaction is not None:
            letter = Letter("", embed=embed, attachments=tuple(attachments), locale=locale)
            first = Step(RecordingRoute(interaction, noted), letter)
        where = await send_report(
            report,
            Destinations(channel=channel, dm=dm, interaction=first),
            private=private,
            retry=self.retry,
        )
        log.info("request #%s: outcome delivered via %s", record.id, where.value)
        return where

    @staticmethod
    def voice_embed(record: CloneRecord, *, locale: str = SOURCE) -> discord.Embed:
        """A voice's ID and the API's stored per-sample report (no audio)."""
        embed = discord.Embed(
            title=tr(locale, "clone-stored-title", name=safe_name(record.display_name)),
            description=tr(locale, "clone-stored-voice-id", voice=str(record.voice_id)),
            colour=discord.Colour.green(),
        )
        for index, warnings in enumerate(record.api_warnings or []):
            if warnings:
                shown = "\n".join(f"• {safe_text(w)}" for w in warnings)[:1000]
                name = tr(locale, "clone-stored-warnings", index=index + 1)
                embed.add_field(name=name, value=shown, inline=False)
        return embed

    def progress_relay(
        self,
        record: CloneRecord,
        reply: InteractionRoute | None,
        *,
        private: bool,
        margin: float,
        locale: str = SOURCE,
    ) -> ProgressRelay:
        """Progress on ``reply`` while its token lasts ``margin`` more seconds, then in one
        notice: by DM for a private guild (else the channel), in the channel otherwise;
        ``locale``: the member's language."""
        channel, dm = self.routes(record)
        name = safe_name(record.display_name)
        if private:
            fallback: list[ChannelRoute | DirectRoute] = [dm, channel]
            handover = tr(locale, "clone-relay-later-dm")
        else:
            fallback = [channel, dm]
            handover = tr(locale, "clone-relay-later-channel")
        return ProgressRelay(
            reply,
            fallback,
            notice_prefix=tr(locale, "clone-relay-prefix", user=str(record.user_id), name=name),
            handover=handover,
            margin=margin,
            mention=record.user_id,
            retry=self.retry,
        )
