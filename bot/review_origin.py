"""Whether an Approve/Reject press came from the request's own review post.

The buttons are keyed by the request id alone (so they survive restarts), which is why the
press itself must show it belongs: in the request's server, on the message posted for it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from .errors import UserFacingError
from .i18n import Msg
from .storage import CloneRecord, CloneStatus

_NOT_ITS_POST = Msg("moderation-not-its-review-post")
#: The bot posts the review post, then stores its id: a press in between waits this long
#: for the id (a moderator is rarely that quick; tests are).
STORED_WAIT_SECONDS = 5.0
_POLL_SECONDS = 0.05

Load = Callable[[int], Awaitable[CloneRecord | None]]


def check_review_origin(
    record: CloneRecord | None, *, guild_id: int | None, message_id: int | None
) -> CloneRecord:
    """``record`` if the press (in ``guild_id``, on ``message_id``) came from its review post;
    else a UserFacingError that changes nothing."""
    if record is None:
        raise UserFacingError(Msg("moderation-request-gone"))
    if (
        record.guild_id != guild_id
        or record.review_message_id is None
        or record.review_message_id != message_id
    ):
        raise UserFacingError(_NOT_ITS_POST)
    return record


def _being_posted(record: CloneRecord | None, guild_id: int | None) -> bool:
    return (
        record is not None
        and record.guild_id == guild_id
        and record.status is CloneStatus.PENDING_APPROVAL
        and record.review_message_id is None
    )


async def pressed_on_review_post(
    load: Load,
    record_id: int,
    *,
    guild_id: int | None,
    message_id: int | None,
    wait: float = STORED_WAIT_SECONDS,
    poll: float = _POLL_SECONDS,
) -> CloneRecord:
    """:func:`check_review_origin` on the stored request, once the id of its review post is
    stored (waiting up to ``wait`` seconds while it is being posted)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    record = await load(record_id)
    while _being_posted(record, guild_id) and loop.time() < deadline:
        await asyncio.sleep(poll)
        record = await load(record_id)
    return check_review_origin(record, guild_id=guild_id, message_id=message_id)
