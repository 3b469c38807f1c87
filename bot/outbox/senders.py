"""Sends each kind of outbox message to Discord (through :mod:`bot.delivery`'s routes, with
their fallbacks and the guild's privacy), with the message's nonce so a retry after a lost
answer never posts twice. Every post's channel and message ids go into the outcome
(``posts``), so an erasure can take them down (:mod:`.takedown`). A request erased meanwhile
has no messages left (they cascade).

Languages: audit posts are rendered here, at send time, in the server's current language
(``DiscordNotifier.server_locale``); a result in the member's language the payload carries
(``locale``), else the server's. Notices and review lines were rendered when written (the
writer chose the language), so they are sent as they are."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Protocol

import discord

from ..delivery import Destinations, Letter, Step, Where, build_report, deliver, send_report
from ..delivery.routes import NETWORK_ERRORS, InteractionRoute
from ..embeds import audit_embed
from ..notifier import DiscordNotifier
from ..storage import AuditAction, CloneRecord, GuildPolicy, OutboxMessage
from ..storage.outbox import OutboxKind
from .dispatcher import NotDelivered
from .live import LiveRequest
from .posts import Post, RecordingRoute, post_of
from .takedown import PostRemover

log = logging.getLogger(__name__)

_GONE = {403, 404}


class SenderStore(Protocol):
    async def get_policy(self, guild_id: int) -> GuildPolicy: ...

    async def get_record(self, record_id: int) -> CloneRecord | None: ...

    async def mark_delivered(self, record_id: int) -> None: ...

    async def review_update_superseded(self, update_message: OutboxMessage) -> bool: ...


class DiscordSender:
    def __init__(self, notifier: DiscordNotifier, store: SenderStore) -> None:
        self.notifier = notifier
        self.store = store
        self.remover = PostRemover(notifier.client, self._server_locale)

    async def send(self, message: OutboxMessage, live: LiveRequest | None) -> Mapping[str, Any]:
        if message.kind == OutboxKind.AUDIT:
            return await self._audit(message)
        if message.kind == OutboxKind.DELETE_POST:
            return await self.remover.delete(message)
        if message.kind == OutboxKind.REDACT_POST:
            return await self.remover.redact(message)
        record = await self.store.get_record(message.record_id) if message.record_id else None
        if record is None:
            return {"where": "dropped: the request no longer exists"}
        if message.kind == OutboxKind.NOTICE:
            return await self._notice(record, message)
        if message.kind == OutboxKind.RESULT:
            return await self._result(record, message, live)
        if message.kind == OutboxKind.REVIEW_UPDATE:
            return await self._review_update(record, message)
        raise NotDelivered(f"unknown outbox kind {message.kind!r}", permanent=True)

    async def _server_locale(self, guild_id: int) -> str:
        """The language of the server's posts, as it is now (English if unknown)."""
        return await self.notifier.server_locale(guild_id)

    async def _channel(self, channel_id: int) -> discord.abc.Messageable:
        client = self.notifier.client
        channel = client.get_channel(channel_id)
        if channel is None:
            try:
                channel = await client.fetch_channel(channel_id)
            except discord.HTTPException as exc:
                raise NotDelivered(
                    f"channel {channel_id}: {exc.status}", permanent=exc.status in _GONE
                ) from exc
        if not isinstance(channel, discord.abc.Messageable):
            raise NotDelivered(f"channel {channel_id} takes no messages", permanent=True)
        return channel

    async def _audit(self, message: OutboxMessage) -> Mapping[str, Any]:
        policy = await self.store.get_policy(message.guild_id)
        if policy.audit_channel_id is None:
            return {"where": "no audit channel"}
        record = await self.store.get_record(message.record_id) if message.record_id else None
        payload = message.payload
        embed = audit_embed(
            AuditAction(payload["action"]),
            record,
            payload.get("actor_id"),
            dict(payload.get("detail") or {}),
            locale=await self._server_locale(message.guild_id),
        )
        channel = await self._channel(policy.audit_channel_id)
        try:
            sent = await channel.send(
                embed=embed, allowed_mentions=discord.AllowedMentions.none(), nonce=message.nonce
            )
        except discord.HTTPException as exc:
            raise NotDelivered(
                f"audit post: {exc.status} {exc.code}", permanent=exc.status in _GONE
            ) from exc
        post = post_of(sent)
        return {"where": "channel", **(post or {}), "posts": [post] if post else []}

    def _member_steps(
        self, record: CloneRecord, text: str, nonce: str, private: bool, posts: list[Post]
    ) -> list[Step]:
        channel, dm = self.notifier.recorded_routes(record, posts)
        steps = [
            Step(channel, Letter(text, mention=record.user_id, nonce=nonce)),
            Step(dm, Letter(text, nonce=nonce)),
        ]
        if private:
            steps.reverse()  # a private guild: by DM; the channel only when DMs are closed
        return steps

    async def _notice(self, record: CloneRecord, message: OutboxMessage) -> Mapping[str, Any]:
        private = await self.notifier.private(record.guild_id)
        text = str(message.payload["text"])
        posts: list[Post] = []
        done = await deliver(self._member_steps(record, text, message.nonce, private, posts))
        if done is None:
            raise NotDelivered("the member could be reached nowhere")
        return {"where": done.route, "posts": posts}

    async def _result(
        self, record: CloneRecord, message: OutboxMessage, live: LiveRequest | None
    ) -> Mapping[str, Any]:
        payload = message.payload
        headline = str(payload["headline"])
        created = bool(payload.get("created"))
        private = await self.notifier.private(record.guild_id)
        # The language the headline was written in (the member's, else the server's).
        locale = str(payload.get("locale") or await self._server_locale(record.guild_id))
        interaction = live.interaction if live is not None else None
        posts: list[Post] = []
        if live is not None and live.outcome is not None:
            where = await self.notifier.send_result(
                record,
                live.outcome,
                private=private,
                headline=headline,
                interaction=interaction,
                nonce=message.nonce,
                posts=posts,
                locale=locale,
            )
        elif created and record.voice_id is not None:
            where = await self._stored_result(
                record, headline, private, message.nonce, posts, locale
            )
        else:
            where = await self._text_result(
                record, headline, private, message.nonce, interaction, posts
            )
        if interaction is not None and not private:
            await self._note_reply(interaction, posts)
        if live is not None:
            live.where = where
        if where is Where.NOWHERE:
            raise NotDelivered("the result reached the member nowhere")
        if created:
            await self.store.mark_delivered(record.id)
        log.info("request #%s: result delivered via %s", record.id, where.value)
        return {"where": where.value, "posts": posts}

    @staticmethod
    async def _note_reply(interaction: InteractionRoute, posts: list[Post]) -> None:
        """The member's public reply to /clone (it ends naming the voice): its ids too."""
        try:
            reply = await interaction.interaction.original_response()
        except (discord.HTTPException, *NETWORK_ERRORS) as exc:
            log.info("the reply's id is unknown (%s): an erasure cannot remove it", exc)
            return
        post = post_of(reply)
        if post is not None and post not in posts:
            posts.append(post)

    async def _stored_result(
        self,
        record: CloneRecord,
        headline: str,
        private: bool,
        nonce: str,
        posts: list[Post],
        locale: str,
    ) -> Where:
        """A voice whose full outcome this process does not hold (found by the sweep, or
        cloned before a restart): its ID and the API's stored report."""
        embed = self.notifier.voice_embed(record, locale=locale)
        report = build_report(
            user_id=record.user_id,
            headline=headline,
            embed=embed,
            attachments=(),
            created=True,
            nonce=nonce,
            locale=locale,
        )
        channel, dm = self.notifier.recorded_routes(record, posts)
        return await send_report(
            report,
            Destinations(channel=channel, dm=dm),
            private=private,
            retry=self.notifier.retry,
        )

    async def _text_result(
        self,
        record: CloneRecord,
        text: str,
        private: bool,
        nonce: str,
        interaction: Any | None,
        posts: list[Post],
    ) -> Where:
        steps = self._member_steps(record, text, nonce, private, posts)
        if interaction is not None:
            steps.insert(0, Step(RecordingRoute(interaction, posts), Letter(text)))
        done = await deliver(steps, self.notifier.retry)
        return Where(done.route) if done is not None else Where.NOWHERE

    async def _review_update(
        self, record: CloneRecord, message: OutboxMessage
    ) -> Mapping[str, Any]:
        if record.review_channel_id is None or record.review_message_id is None:
            return {"where": "no review post"}
        if await self.store.review_update_superseded(message):
            return {"where": "superseded by a later update"}
        channel = await self._channel(record.review_channel_id)
        post = channel.get_partial_message(record.review_message_id)  # type: ignore[attr-defined]
        try:
            # A decision was made: the member's processed audio leaves the post with the buttons.
            await post.edit(content=str(message.payload["line"]), view=None, attachments=[])
        except discord.HTTPException as exc:
            raise NotDelivered(
                f"review post: {exc.status} {exc.code}", permanent=exc.status in _GONE
            ) from exc
        return {"where": "review post", "message_id": record.review_message_id}
