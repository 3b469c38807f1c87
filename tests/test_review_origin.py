"""An Approve/Reject press counts only from the request's review post, in its server."""

from __future__ import annotations

import dataclasses

import pytest

from bot.errors import UserFacingError
from bot.i18n import SOURCE, tr
from bot.review_origin import check_review_origin, pressed_on_review_post
from bot.storage import CloneRecord, CloneStatus

NOT_ITS_REVIEW_POST = tr(SOURCE, "moderation-not-its-review-post")

GUILD, POST = 10, 500


def posted() -> CloneRecord:
    return CloneRecord(
        guild_id=GUILD,
        channel_id=1,
        user_id=2,
        display_name="Alice",
        language="EN_US",
        status=CloneStatus.PENDING_APPROVAL,
        review_channel_id=3,
        review_message_id=POST,
    )


def test_its_own_review_post_counts() -> None:
    record = posted()
    assert check_review_origin(record, guild_id=GUILD, message_id=POST) is record


@pytest.mark.parametrize(
    ("guild_id", "message_id"),
    [
        (11, POST),  # another server, even with the post's message id
        (None, POST),  # outside any server
        (GUILD, 501),  # another message of this server
        (GUILD, None),  # no message at all
    ],
)
def test_anything_else_is_refused(guild_id: int | None, message_id: int | None) -> None:
    with pytest.raises(UserFacingError, match="does not belong"):
        check_review_origin(posted(), guild_id=guild_id, message_id=message_id)


def test_a_request_without_a_review_post_is_refused() -> None:
    record = posted()
    record.review_message_id = None
    with pytest.raises(UserFacingError) as raised:
        check_review_origin(record, guild_id=GUILD, message_id=None)
    assert raised.value.user_message == NOT_ITS_REVIEW_POST


def test_a_missing_request_is_refused() -> None:
    with pytest.raises(UserFacingError, match="no longer exists"):
        check_review_origin(None, guild_id=GUILD, message_id=POST)


class Loads:
    """The stored request as successive reads see it."""

    def __init__(self, *records: CloneRecord) -> None:
        self.records = list(records)
        self.count = 0

    async def __call__(self, record_id: int) -> CloneRecord | None:
        self.count += 1
        return self.records[min(self.count, len(self.records)) - 1]


def being_posted() -> CloneRecord:
    return dataclasses.replace(posted(), review_channel_id=None, review_message_id=None)


async def test_a_press_while_the_post_is_stored_waits_for_its_id() -> None:
    load = Loads(being_posted(), being_posted(), posted())
    record = await pressed_on_review_post(load, 1, guild_id=GUILD, message_id=POST, poll=0)
    assert record.review_message_id == POST and load.count == 3


async def test_a_post_never_stored_is_refused_after_the_wait() -> None:
    load = Loads(being_posted())
    with pytest.raises(UserFacingError, match="does not belong"):
        await pressed_on_review_post(load, 1, guild_id=GUILD, message_id=POST, wait=0, poll=0)


async def test_another_server_is_refused_without_waiting() -> None:
    load = Loads(being_posted(), posted())
    with pytest.raises(UserFacingError, match="does not belong"):
        await pressed_on_review_post(load, 1, guild_id=11, message_id=POST, poll=0)
    assert load.count == 1
