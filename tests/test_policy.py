"""Policy checks: each refusal has its own rule and message."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from bot.policy import (
    History,
    PolicyRefusal,
    Requester,
    check_request,
    format_duration,
    is_moderator,
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
