"""Takes down the bot's posts about an erased member (the outbox's ``delete_post`` and
``redact_post`` messages, written by the erasure; see :func:`bot.storage.outbox.takedowns`).

A post is deleted; where Discord refuses the deletion (403) it is edited to say it was
removed. An audit post is edited to the impersonal event the database keeps. A post already
gone (404) counts as done; any other fault raises :class:`NotDelivered`, so the dispatcher
tries again with its stored backoff, after a restart too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import Any

import discord

from ..embeds import audit_embed
from ..i18n import SOURCE, tr
from ..storage import AuditAction, OutboxMessage
from .dispatcher import NotDelivered

_GONE = 404
_REFUSED = 403


class PostRemover:
    def __init__(
        self, client: discord.Client, locale_of: Callable[[int], Awaitable[str]] | None = None
    ) -> None:
        self.client = client
        #: The server's language (what its members read); None: English.
        self.locale_of = locale_of

    async def _locale(self, guild_id: int) -> str:
        return SOURCE if self.locale_of is None else await self.locale_of(guild_id)

    def _post(self, message: OutboxMessage) -> discord.PartialMessage:
        payload = message.payload
        channel = self.client.get_partial_messageable(int(payload["channel_id"]))
        return channel.get_partial_message(int(payload["message_id"]))

    async def delete(self, message: OutboxMessage) -> Mapping[str, Any]:
        """Delete the post; if Discord refuses, blank it out instead."""
        post = self._post(message)
        try:
            await post.delete()
        except discord.HTTPException as exc:
            if exc.status == _GONE:
                return {"where": "already gone"}
            if exc.status != _REFUSED:
                raise NotDelivered(f"delete: {exc.status} {exc.code}") from exc
            removed = tr(await self._locale(message.guild_id), "moderation-post-removed")
            await self._edit(post, content=removed, embeds=[], attachments=[], view=None)
            return {"where": "redacted (deleting was refused)"}
        return {"where": "deleted"}

    async def redact(self, message: OutboxMessage) -> Mapping[str, Any]:
        """Edit an audit post to the impersonal event (the database's content)."""
        payload = message.payload
        embed = audit_embed(
            AuditAction(payload["action"]),
            None,
            payload.get("actor_id"),
            dict(payload.get("detail") or {}),
            locale=await self._locale(message.guild_id),
        )
        posted_at = payload.get("posted_at")
        if posted_at:
            embed.timestamp = datetime.fromisoformat(str(posted_at))
        await self._edit(self._post(message), content=None, embed=embed, attachments=[])
        return {"where": "redacted"}

    @staticmethod
    async def _edit(post: discord.PartialMessage, **changes: Any) -> None:
        try:
            await post.edit(**changes)
        except discord.HTTPException as exc:
            if exc.status == _GONE:
                return
            raise NotDelivered(
                f"redact: {exc.status} {exc.code}", permanent=exc.status == _REFUSED
            ) from exc
