"""The limits on uses in a rolling window (bot.policy): when a use fits again, and what the
member reads when it does not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.policy import (
    HOUR,
    OPENED,
    QUOTA_WINDOW,
    Exceeded,
    History,
    Limit,
    PolicyRefusal,
    Wording,
    check_opened,
    first_exceeded,
    limit_refusal,
    opened_limits,
)

NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
PREVIEWS = Wording("previews", "previewed a voice")


def ago(**delta: float) -> datetime:
    return NOW - timedelta(**delta)


def test_room_comes_back_when_the_oldest_counted_use_leaves_the_window() -> None:
    limit = Limit(2, HOUR, "member")
    assert limit.frees_at([], NOW) is None
    assert limit.frees_at([ago(minutes=5)], NOW) is None
    newest_first = [ago(minutes=5), ago(minutes=20), ago(minutes=50)]
    # Three uses in the window (a lowered limit): room once the second newest leaves.
    assert limit.frees_at(newest_first, NOW) == ago(minutes=20) + HOUR
    # A use exactly a window old no longer counts.
    assert limit.frees_at([ago(minutes=5), ago(hours=1)], NOW) is None


def test_a_zero_count_is_no_limit() -> None:
    assert Limit(0, HOUR, "server").frees_at([NOW] * 50, NOW) is None


def test_the_first_broken_limit_is_named_with_its_own_uses() -> None:
    member = Limit(2, HOUR, "member")
    server = Limit(3, HOUR, "server")
    mine, everyone = [ago(minutes=1)], [ago(minutes=1), ago(minutes=2), ago(minutes=3)]
    assert first_exceeded([member, server], mine, everyone, NOW) == Exceeded(
        server, ago(minutes=3) + HOUR
    )
    assert first_exceeded([member, server], mine, mine, NOW) is None
    assert first_exceeded([member, server], everyone, everyone, NOW) == Exceeded(
        member, ago(minutes=2) + HOUR
    )


@pytest.mark.parametrize(
    ("limit", "uses", "wording", "expected"),
    [
        (
            Limit(1, timedelta(seconds=30), "member"),
            [ago(seconds=5)],
            Wording("renames", "renamed a voice"),
            "You renamed a voice a moment ago; try again in 25 s.",
        ),
        (
            Limit(30, HOUR, "server"),
            [ago(minutes=48)] * 30,
            Wording("renames", "renamed a voice"),
            "This server has used its 30 renames for this hour; the next one is available "
            "in 12 min.",
        ),
        (
            Limit(300, QUOTA_WINDOW, "server"),
            [ago(hours=21, minutes=55)] * 300,
            PREVIEWS,
            "This server has used its 300 previews for today; the next one is available "
            "at 14:05 UTC.",
        ),
        (
            Limit(30, QUOTA_WINDOW, "member"),
            [ago(hours=1)] * 30,
            PREVIEWS,
            "You have used your 30 previews for today; the next one is available tomorrow "
            "at 11:00 UTC.",
        ),
        (
            Limit(1, QUOTA_WINDOW, "member"),
            [ago(hours=2)],
            PREVIEWS,
            "You previewed a voice recently; try again tomorrow at 10:00 UTC.",
        ),
        (
            Limit(2, HOUR, "member"),
            [ago(minutes=10), ago(minutes=30)],
            OPENED,
            "You have used your 2 clone requests for this hour (every request opened counts, "
            "confirmed or not); the next one is available in 30 min.",
        ),
    ],
)
def test_refusals_say_which_limit_and_when(
    limit: Limit, uses: list[datetime], wording: Wording, expected: str
) -> None:
    exceeded = first_exceeded([limit], uses, uses, NOW)
    assert exceeded is not None
    assert limit_refusal(exceeded, NOW, wording) == expected


@pytest.mark.parametrize(
    ("mine", "everyone", "broken"),
    [
        ([ago(minutes=1)] * 2, [ago(minutes=1)] * 2, "member hour"),
        ([ago(hours=2)] * 5, [ago(hours=2)] * 5, "member day"),
        ([], [ago(minutes=1)] * 10, "server hour"),
        ([], [ago(hours=3)] * 20, "server day"),
    ],
)
def test_opened_requests_are_limited_per_member_and_server_per_hour_and_day(
    mine: list[datetime], everyone: list[datetime], broken: str
) -> None:
    limits = opened_limits(member_hour=2, member_day=5, server_hour=10, server_day=20)
    history = History(None, 0, 0, member_opened=tuple(mine), guild_opened=tuple(everyone))
    with pytest.raises(PolicyRefusal) as refused:
        check_opened(limits, history, NOW)
    assert refused.value.reason == "opened_limit"
    whose, window = broken.split()
    assert refused.value.user_message.startswith(
        "You have used your" if whose == "member" else "This server has used its"
    )
    assert ("this hour" if window == "hour" else "today") in refused.value.user_message
    # One use fewer of each fits.
    check_opened(
        limits,
        History(None, 0, 0, member_opened=tuple(mine[1:]), guild_opened=tuple(everyone[1:])),
        NOW,
    )
