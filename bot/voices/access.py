"""Who may do what with a voice of this server: pure rules, no I/O.

Every refusal is a :class:`~bot.errors.UserFacingError` whose text the member reads as is.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.errors import UserFacingError
from bot.storage import CloneRecord, CloneStatus

NOT_HERE = "No voice with that ID was cloned in this server (or it is already deleted)."
NOT_YOURS = "You can only {verb} voices you cloned yourself (moderators: any voice of this server)."
MODERATORS_ONLY = "Only a moderator of this server can {verb}."
PREVIEW_PRIVATE = (
    "Only its owner can preview this voice: it is not a server voice, and this server lets "
    "members preview only their own voices and the server voices."
)


@dataclass(frozen=True)
class Actor:
    """The member behind a command: their ID and whether they moderate the guild."""

    guild_id: int
    user_id: int
    moderator: bool


def live_voice_of_guild(record: CloneRecord | None, guild_id: int) -> CloneRecord:
    """The record, if it holds a live voice created by this guild; else refused.

    Live: a done request's voice, not deleted. A failed request may still hold a voice whose
    deletion failed (the reconcile sweep deletes it): nobody may list, preview or rename it.
    One Inworld account holds the voices of every server: an ID created elsewhere (or never)
    gets the same answer, so nothing about other servers leaks."""
    if (
        record is None
        or record.guild_id != guild_id
        or record.status is not CloneStatus.DONE
        or record.voice_id is None
        or record.voice_deleted_at is not None
    ):
        raise UserFacingError(NOT_HERE)
    return record


def check_manage(record: CloneRecord, actor: Actor, verb: str) -> None:
    """Rename or delete: the voice's owner, or a moderator."""
    if record.user_id != actor.user_id and not actor.moderator:
        raise UserFacingError(NOT_YOURS.format(verb=verb))


def check_moderator(actor: Actor, verb: str) -> None:
    if not actor.moderator:
        raise UserFacingError(MODERATORS_ONLY.format(verb=verb))


def can_see(record: CloneRecord, actor: Actor) -> bool:
    """``info`` and listing: the owner, moderators, everyone for a server voice."""
    return record.user_id == actor.user_id or actor.moderator or record.server_voice


def check_preview(record: CloneRecord, actor: Actor, *, open_previews: bool) -> None:
    """A server voice: anyone; otherwise only its owner, unless the guild opened previews to
    every member (``/clone-settings previews``)."""
    if record.server_voice or open_previews:
        return
    if record.user_id != actor.user_id:
        raise UserFacingError(PREVIEW_PRIVATE)
