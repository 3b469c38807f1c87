"""Characters of speech per day: taken before any TTS call, refused with a message saying
which limit and when, refunded when nothing was spoken (the store: tests/storage)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.policy import QUOTA_WINDOW, Exceeded, Limit
from bot.speech.policy import SpeechRefusal
from bot.speech.quota import Charge, chars_refusal, refund, take_chars
from bot.storage.db import Database
from bot.storage.repository import CloneStore
from tests.storage.helpers import make_database

GUILD, ALICE, BOB = 10, 1, 2
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[CloneStore]:
    database: Database = await make_database("sqlite", tmp_path)
    try:
        yield CloneStore(database)
    finally:
        await database.close()


def exceeded(count: int, per: str, frees_in: timedelta) -> Exceeded:
    return Exceeded(Limit(count, QUOTA_WINDOW, per), NOW + frees_in)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("limit", "chars", "expected"),
    [
        (
            exceeded(5000, "member", timedelta(minutes=12)),
            300,
            "This would go over your limit of 5,000 characters of speech per 24 hours; enough "
            "is free again in 12 min (or try a shorter text).",
        ),
        (
            exceeded(5000, "member", timedelta(hours=20)),
            300,
            "This would go over your limit of 5,000 characters of speech per 24 hours; enough "
            "is free again tomorrow at 08:00 UTC (or try a shorter text).",
        ),
        (
            exceeded(100, "member", QUOTA_WINDOW),
            300,
            "This text has 300 characters, more than your limit of 100 characters of speech "
            "per 24 hours here: please make it shorter.",
        ),
        (
            exceeded(50000, "server", timedelta(hours=2)),
            10,
            "This server has used its 50,000 characters of speech for the last 24 hours; "
            "enough is free again at 14:00 UTC.",
        ),
        (
            exceeded(200, "server", QUOTA_WINDOW),
            1000,
            "This text has 1,000 characters, more than this server's limit of 200 characters "
            "of speech per 24 hours: please make it shorter.",
        ),
    ],
)
def test_refusals_say_which_limit_and_when(limit: Exceeded, chars: int, expected: str) -> None:
    assert str(chars_refusal(limit, chars, NOW)) == expected


async def test_take_refuse_and_refund(store: CloneStore) -> None:
    charge = await take_chars(store, GUILD, ALICE, 80, (100, 1000))
    assert (charge.guild_id, charge.user_id, charge.chars) == (GUILD, ALICE, 80)
    with pytest.raises(SpeechRefusal) as info:
        await take_chars(store, GUILD, ALICE, 30, (100, 1000))
    assert info.value.reason == "member_chars"
    assert "your limit of 100 characters" in info.value.user_message
    # Failed before any audio: all of it back; repeating the refund changes nothing.
    assert await refund(store, charge)
    assert not await refund(store, charge)
    again = await take_chars(store, GUILD, ALICE, 100, (100, 1000))
    # Cut short after 40 characters: those stay counted.
    assert await refund(store, again, spoken=40)
    await take_chars(store, GUILD, ALICE, 60, (100, 1000))
    with pytest.raises(SpeechRefusal):
        await take_chars(store, GUILD, ALICE, 1, (100, 1000))
    assert await store.speech_chars_used(GUILD, ALICE) == (100, 100)


async def test_the_server_limit_counts_every_member(store: CloneStore) -> None:
    await take_chars(store, GUILD, ALICE, 60, (0, 100))
    with pytest.raises(SpeechRefusal) as info:
        await take_chars(store, GUILD, BOB, 50, (0, 100))
    assert info.value.reason == "server_chars"
    assert "This server has used its 100 characters" in info.value.user_message
    await take_chars(store, GUILD, BOB, 40, (0, 100))


async def test_a_refund_never_gives_back_more_than_was_taken(store: CloneStore) -> None:
    charge = await take_chars(store, GUILD, ALICE, 50, (100, 0))
    assert await refund(store, charge, spoken=500)  # keeps all 50
    assert await store.speech_chars_used(GUILD, ALICE) == (50, 50)
    other = Charge(guild_id=GUILD, user_id=BOB, chars=50, taken_at=charge.taken_at)
    assert not await refund(store, other)  # Bob took nothing then
    assert await store.speech_chars_used(GUILD, ALICE) == (50, 50)
