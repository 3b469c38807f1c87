"""Policy checks: each refusal has its own rule and message."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from bot.i18n import Msg
from bot.policy import (
    HOUR,
    Exceeded,
    History,
    Limit,
    PolicyRefusal,
    Requester,
    Wording,
    check_opened,
    check_request,
    default_consent,
    format_duration,
    is_moderator,
    limit_message,
    limit_refusal,
    opened_limits,
    when_free,
)

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


@dataclass
class Policy:
    allowed_role_ids: list[int] = field(default_factory=list)
    allowed_channel_ids: list[int] = field(default_factory=list)
    blocked_user_ids: list[int] = field(default_factory=list)
    moderator_role_ids: list[int] = field(default_factory=list)
    cooldown_seconds: int = 300
    member_daily_quota: int = 3
    guild_daily_quota: int = 20


ME = Requester(user_id=1, channel_id=10, role_ids=frozenset({100}))
QUIET = History(last_request_at=None, member_requests=0, guild_requests=0)


def refusal(policy: Policy, history: History = QUIET, who: Requester = ME) -> str:
    with pytest.raises(PolicyRefusal) as info:
        check_request(policy, who, history, NOW)
    return info.value.user_message


def test_default_policy_allows_a_first_request() -> None:
    check_request(Policy(), ME, QUIET, NOW)


def test_blocked_member() -> None:
    assert "not allowed" in refusal(Policy(blocked_user_ids=[1]))


def test_wrong_channel_names_the_allowed_ones() -> None:
    assert "<#11>" in refusal(Policy(allowed_channel_ids=[11]))


def test_missing_role_names_the_allowed_ones() -> None:
    assert "<@&200>" in refusal(Policy(allowed_role_ids=[200]))
    check_request(Policy(allowed_role_ids=[100, 200]), ME, QUIET, NOW)


def test_open_request() -> None:
    history = History(None, 0, 0, open_request_id=42)
    assert "#42" in refusal(Policy(), history)


def test_cooldown_says_how_long() -> None:
    history = History(NOW - timedelta(seconds=60), 1, 1)
    assert "4 min" in refusal(Policy(cooldown_seconds=300), history)
    check_request(Policy(cooldown_seconds=60), ME, history, NOW)


def test_member_and_guild_quotas() -> None:
    assert "your limit of 3" in refusal(Policy(), History(None, 3, 3))
    assert "server has reached" in refusal(Policy(), History(None, 0, 20))
    check_request(Policy(member_daily_quota=0, guild_daily_quota=0), ME, History(None, 99, 99), NOW)


def test_moderators() -> None:
    assert is_moderator(Policy(), manage_guild=True, role_ids=[])
    assert is_moderator(Policy(moderator_role_ids=[5]), manage_guild=False, role_ids=[5])
    assert not is_moderator(Policy(), manage_guild=False, role_ids=[5])


def test_format_duration() -> None:
    assert format_duration(59.4) == "59 s"
    assert format_duration(240) == "4 min"
    assert format_duration(3720) == "1 h 2 min"


# --- Localized durations, times and refusals ----------------------------------------------------


def _old_duration(seconds: float) -> str:
    """format_duration before localization: English must not change."""
    seconds = max(1, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    return f"{secs} s"


def test_durations_stay_english_text_and_render_per_language() -> None:
    for seconds in [0, 0.4, 1, 59.4, 60, 61, 240, 3599, 3600, 3660, 3720, 86400, 604800]:
        duration = format_duration(seconds)
        assert duration == str(duration) == f"{duration}" == _old_duration(seconds)
        assert duration.render("en-US") == _old_duration(seconds)
    assert format_duration(3720).render("ja") == "1時間2分"
    assert format_duration(59).render("de") == "59 Sek."
    assert Msg("settings-refusal-cooldown", wait=format_duration(90)).render("ja") == (
        "クールダウン中です。次のリクエストまで 1分30秒 お待ちください。"
    )


def test_when_free_stays_english_and_renders_per_language() -> None:
    late = datetime(2026, 11, 24, 23, 50, tzinfo=UTC)
    assert when_free(late + timedelta(seconds=25), late) == "in 25 s"
    assert when_free(late + timedelta(hours=9, minutes=22), late) == "tomorrow at 09:12 UTC"
    assert when_free(NOW + timedelta(hours=2, minutes=5), NOW) == "at 14:05 UTC"
    assert when_free(late + timedelta(seconds=25), late).render("ja") == "25秒後"
    assert when_free(late + timedelta(hours=9, minutes=22), late).render("ja") == "明日のUTC 9:12"
    assert when_free(NOW + timedelta(hours=2, minutes=5), NOW).render("de") == "um 14:05 UTC"


def test_refusals_render_in_the_members_language() -> None:
    policy = Policy(blocked_user_ids=[1])
    with pytest.raises(PolicyRefusal) as info:
        check_request(policy, ME, QUIET, NOW)
    assert info.value.render("ja") == "このサーバーでは、あなたは音声をクローンできません。"
    assert info.value.user_message == "You are not allowed to clone voices in this server."
    with pytest.raises(PolicyRefusal) as info:
        check_request(Policy(), ME, History(None, 0, 20), NOW)
    assert "上限（20件）" in info.value.render("ja")
    assert info.value.user_message == (
        "This server has reached its limit of 20 clone requests in 24 hours. "
        "Please try again tomorrow."
    )
    history = History(None, 0, 0, open_request_id=4242)
    assert "#4242" in refusal(Policy(), history)  # an id, never grouped as a number


def test_an_opened_limit_refusal_renders_per_language() -> None:
    limits = opened_limits(member_hour=1, member_day=0, server_hour=0, server_day=0)
    history = History(None, 0, 0, member_opened=(NOW - timedelta(minutes=10),))
    with pytest.raises(PolicyRefusal) as info:
        check_opened(limits, history, NOW)
    assert info.value.user_message == (
        "You opened a clone request a moment ago (every request opened counts, confirmed or "
        "not); try again in 50 min."
    )
    assert info.value.render("ja").startswith("少し前にクローンリクエストを作成したばかりです")
    assert "50分後にもう一度お試しください" in info.value.render("ja")


def test_a_noun_message_is_given_the_count() -> None:
    wording = Wording(Msg("settings-opened-noun"), "x")
    for count, noun in [(1, "Klon-Anfrage "), (2, "Klon-Anfragen ")]:
        exceeded = Exceeded(Limit(count, HOUR, "server"), NOW + timedelta(minutes=5))
        text = limit_message(exceeded, NOW, wording).render("de")
        assert text.startswith(f"Dieser Server hat seine {count} {noun}für diese Stunde")
    assert limit_refusal(exceeded, NOW, Wording("renames", "renamed a voice")) == (
        "This server has used its 2 renames for this hour; the next one is available in 5 min."
    )


CONSENT = (
    "I confirm that the voice in these recordings is my own, or that its owner has given me "
    "explicit permission to clone it, and that I will not use the cloned voice to deceive, "
    "impersonate or harm anyone."
)


def test_the_default_consent_statement_per_language() -> None:
    assert default_consent("en-US") == CONSENT
    assert default_consent("ja").startswith("私は")
    assert default_consent("xx-YY") == CONSENT
