"""Who may do what with a voice of this server: pure rules, no I/O.

Every refusal is a :class:`~bot.errors.UserFacingError` carrying a message id (``voices.ftl``),
rendered in the member's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from bot.errors import UserFacingError
from bot.i18n import Msg
from bot.storage import CloneRecord, CloneStatus

#: The one answer for a voice the member may not know about (any server's, any state).
NOT_HERE_MSG: Final = Msg("voices-not-here")
PREVIEW_PRIVATE: Final = Msg("voices-preview-private")

Managing = Literal["delete", "rename"]
#: What only moderators do: a message id suffix of ``voices-moderators-only-*``.
ModeratorAct = Literal["server-voice", "erase"]


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
        raise UserFacingError(NOT_HERE_MSG)
    return record


def check_manage(record: CloneRecord, actor: Actor, verb: Managing) -> None:
    """Rename or delete: the voice's owner, or a moderator."""
    if record.user_id != actor.user_id and not actor.moderator:
        raise UserFacingError(Msg(f"voices-not-yours-{verb}"))


def check_moderator(actor: Actor, act: ModeratorAct) -> None:
    if not actor.moderator:
        raise UserFacingError(Msg(f"voices-moderators-only-{act}"))


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
