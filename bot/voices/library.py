"""The voices of a server: list, info, rename, delete, server flag, and erasing a member's data.

Plain async code over the store and the Inworld client (no Discord), so tests call it directly.
Every voice is looked up among the records of the guild first: an ID the guild did not create
is refused before any API call, whatever a member types.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from bot.errors import UserFacingError
from bot.i18n import Msg
from bot.inworld.errors import NotFound
from bot.policy import Limit
from bot.storage import OPEN_STATUSES, AuditAction, CloneRecord, GuildPolicy
from bot.storage.models import UsageKind
from bot.storage.repository import RequestStillOpen

from .access import (
    NOT_HERE_MSG,
    Actor,
    can_see,
    check_manage,
    check_moderator,
    live_voice_of_guild,
)
from .limits import RENAMES, UseStore, take_use

log = logging.getLogger(__name__)

_STILL_OPEN = Msg("voices-erase-still-open")
_DELETED_MEANWHILE = Msg("voices-deleted-meanwhile")

#: Inworld's limit on a display name (the clone route's, reused for PATCH).
MAX_NAME_LENGTH = 100


class LibraryStore(UseStore, Protocol):
    async def get_policy(self, guild_id: int) -> GuildPolicy: ...

    async def find_voice(self, guild_id: int, voice_id: str) -> CloneRecord | None: ...

    async def library(
        self,
        guild_id: int,
        *,
        user_id: int | None = None,
        include_server: bool = False,
        search: str = "",
        offset: int = 0,
        limit: int = 25,
    ) -> tuple[list[CloneRecord], int]: ...

    async def update_voice(self, record_id: int, **changes: Any) -> CloneRecord | None: ...

    async def mark_voice_deleted(self, record_id: int) -> CloneRecord | None: ...

    async def member_records(self, guild_id: int, user_id: int) -> list[CloneRecord]: ...

    async def erase_member(self, guild_id: int, user_id: int) -> int: ...

    async def add_audit(
        self,
        guild_id: int,
        action: AuditAction | str,
        *,
        record_id: int | None = None,
        actor_id: int | None = None,
        detail: Any = None,
    ) -> Any: ...


class VoiceApi(Protocol):
    async def update_voice(self, voice_id: str, *, display_name: str | None = None) -> Any: ...

    async def delete_voice(self, voice_id: str) -> None: ...


#: ``audit(policy, action, record, actor_id, detail)``: the audit channel post.
AuditPost = Callable[
    [GuildPolicy, AuditAction, CloneRecord | None, int | None, dict[str, Any]], Awaitable[None]
]


@dataclass(frozen=True)
class LibraryPage:
    records: list[CloneRecord]
    page: int  # 0-based, clamped to the pages there are
    pages: int
    total: int
    scope: str  # "mine", "server"


@dataclass(frozen=True)
class Erasure:
    voices_deleted: int
    requests_erased: int


class VoiceLibrary:
    def __init__(
        self,
        *,
        store: LibraryStore,
        inworld: VoiceApi,
        post_audit: AuditPost,
        page_size: int = 5,
        rename_limits: Sequence[Limit] = (),
    ) -> None:
        self.store = store
        self.inworld = inworld
        self.post_audit = post_audit
        self.page_size = page_size
        #: A member's cooldown and the server's limit (RENAME_COOLDOWN_SECONDS, ...).
        self.rename_limits = tuple(rename_limits)

    async def find(self, actor: Actor, voice_id: str) -> CloneRecord:
        """A live voice this guild created, by ID; refused otherwise (see ``access``)."""
        record = await self.store.find_voice(actor.guild_id, voice_id.strip())
        return live_voice_of_guild(record, actor.guild_id)

    async def page(self, actor: Actor, page: int = 0) -> LibraryPage:
        """Moderators page through every voice of the server; members through theirs plus the
        server voices."""
        user_id = None if actor.moderator else actor.user_id
        size = self.page_size
        records, total = await self.store.library(
            actor.guild_id,
            user_id=user_id,
            include_server=True,
            offset=max(0, page) * size,
            limit=size,
        )
        pages = max(1, math.ceil(total / size))
        if page >= pages and total:
            page = pages - 1
            records, total = await self.store.library(
                actor.guild_id, user_id=user_id, include_server=True, offset=page * size, limit=size
            )
        return LibraryPage(
            records, max(0, page), pages, total, "server" if actor.moderator else "mine"
        )

    async def suggest(self, actor: Actor, search: str) -> list[CloneRecord]:
        """Autocomplete: the voices the member may act on, matching ``search``."""
        records, _ = await self.store.library(
            actor.guild_id,
            user_id=None if actor.moderator else actor.user_id,
            include_server=True,
            search=search.strip(),
            limit=25,
        )
        return records

    async def info(self, actor: Actor, voice_id: str) -> CloneRecord:
        record = await self.find(actor, voice_id)
        if not can_see(record, actor):
            raise UserFacingError(Msg("voices-info-private"))
        return record

    async def check_delete(self, actor: Actor, voice_id: str) -> CloneRecord:
        """The refusals of ``delete``, before a confirmation is asked."""
        record = await self.find(actor, voice_id)
        check_manage(record, actor, "delete")
        return record

    async def rename(self, actor: Actor, voice_id: str, new_name: str) -> CloneRecord:
        """PATCH the display name on Inworld, then in the record; audited. Counted against
        the rename limits after every other refusal, before the PATCH."""
        name = " ".join(new_name.split())
        if not name:
            raise UserFacingError(Msg("voices-rename-empty"))
        if len(name) > MAX_NAME_LENGTH:
            raise UserFacingError(Msg("voices-rename-too-long", max=MAX_NAME_LENGTH))
        record = await self.find(actor, voice_id)
        check_manage(record, actor, "rename")
        assert record.voice_id is not None
        await take_use(self.store, UsageKind.RENAMED, actor, self.rename_limits, RENAMES)
        try:
            await self.inworld.update_voice(record.voice_id, display_name=name)
        except NotFound:
            await self.store.mark_voice_deleted(record.id)
            raise UserFacingError(Msg("voices-gone-on-inworld")) from None
        updated = await self.store.update_voice(record.id, display_name=name)
        if updated is None:
            raise UserFacingError(_DELETED_MEANWHILE)
        await self._audit(
            AuditAction.RENAMED,
            updated,
            actor,
            voice_id=record.voice_id,
            previous=record.display_name,
        )
        return updated

    async def delete(self, actor: Actor, voice_id: str) -> CloneRecord:
        """DELETE on Inworld (a 404 means already gone), then stamp the record; audited."""
        record = await self.check_delete(actor, voice_id)
        assert record.voice_id is not None
        await self.inworld.delete_voice(record.voice_id)  # a 404 counts as deleted
        updated = await self.store.mark_voice_deleted(record.id)
        if updated is None:
            raise UserFacingError(NOT_HERE_MSG)
        await self._audit(AuditAction.DELETED, updated, actor, voice_id=record.voice_id)
        return updated

    async def set_server_voice(self, actor: Actor, voice_id: str, shared: bool) -> CloneRecord:
        """A moderator shares a voice with the whole server (or withdraws it)."""
        record = await self.find(actor, voice_id)
        check_moderator(actor, "server-voice")
        updated = await self.store.update_voice(record.id, server_voice=shared)
        if updated is None:
            raise UserFacingError(_DELETED_MEANWHILE)
        await self._audit(
            AuditAction.SERVER_VOICE, updated, actor, voice_id=record.voice_id, server_voice=shared
        )
        return updated

    async def check_erase(self, actor: Actor, member_id: int) -> list[CloneRecord]:
        """The refusals of ``erase`` (before a confirmation is asked); the records it erases."""
        if member_id != actor.user_id:
            check_moderator(actor, "erase")
        records = await self.store.member_records(actor.guild_id, member_id)
        if any(r.status in OPEN_STATUSES for r in records):
            raise UserFacingError(_STILL_OPEN)
        return records

    async def erase(self, actor: Actor, member_id: int) -> Erasure:
        """Delete a member's voices on Inworld, then their stored requests and audio; the audit
        events stay, stripped of personal content. Their own, or a moderator for anyone."""
        records = await self.check_erase(actor, member_id)
        deleted = 0
        for record in records:
            if record.voice_id is None or record.voice_deleted_at is not None:
                continue
            # An error here stops the erasure with nothing of the member's data removed
            # yet but the voices deleted so far; running it again finishes it.
            await self.inworld.delete_voice(record.voice_id)
            await self.store.mark_voice_deleted(record.id)
            deleted += 1
        try:
            erased = await self.store.erase_member(actor.guild_id, member_id)
        except RequestStillOpen:  # opened since the check above
            raise UserFacingError(_STILL_OPEN) from None
        detail: dict[str, Any] = {"voices_deleted": deleted, "requests_erased": erased}
        # Who asked is kept only when it was a moderator (not the member whose data went).
        by = None if member_id == actor.user_id else actor.user_id
        await self._store_audit(AuditAction.ERASED, None, actor.guild_id, by, detail)
        policy = await self.store.get_policy(actor.guild_id)
        await self.post_audit(policy, AuditAction.ERASED, None, by, detail)
        return Erasure(deleted, erased)

    async def _audit(
        self, action: AuditAction, record: CloneRecord, actor: Actor, **detail: Any
    ) -> None:
        await self._store_audit(action, record, actor.guild_id, actor.user_id, detail)
        policy = await self.store.get_policy(record.guild_id)
        await self.post_audit(policy, action, record, actor.user_id, detail)

    async def _store_audit(
        self,
        action: AuditAction,
        record: CloneRecord | None,
        guild_id: int,
        actor_id: int | None,
        detail: dict[str, Any],
    ) -> None:
        try:
            await self.store.add_audit(
                guild_id,
                action,
                record_id=record.id if record is not None else None,
                actor_id=actor_id,
                detail=detail,
            )
        except Exception:
            log.exception("could not store audit event %s", action)
