"""The settings of the limits on opened requests, renames and previews: what they allow is
what the marks can count (windows within their retention, counts within what is read)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from bot.observability.metrics import refusal_reason
from bot.policy import HOUR, MAX_COUNTED, QUOTA_WINDOW, Limit, PolicyRefusal
from bot.settings import Settings, SettingsError, load_settings
from bot.storage import usage

COUNTS = (
    "opened_requests_per_member_hour",
    "opened_requests_per_member_day",
    "opened_requests_per_guild_hour",
    "opened_requests_per_guild_day",
    "renames_per_guild_hour",
    "previews_per_member_day",
    "previews_per_guild_day",
)


def settings(**values: Any) -> Settings:
    return load_settings(_env_file=None, discord_token="t", inworld_api_key="k", **values)


def windows(of: Settings) -> list[Limit]:
    return [*of.opened_request_limits, *of.rename_limits, *of.preview_limits]


def test_every_limit_is_on_by_default_and_counted_within_the_retention() -> None:
    limits = windows(settings())
    assert all(limit.count > 0 for limit in limits)
    longest = windows(settings(rename_cooldown_seconds=int(QUOTA_WINDOW.total_seconds())))
    assert max(limit.window for limit in longest) <= usage.BASE_RETENTION
    assert settings().tts_queue_max_per_guild < settings().tts_queue_max


def test_a_rename_cooldown_longer_than_the_marks_are_kept_is_refused() -> None:
    with pytest.raises(SettingsError, match="RENAME_COOLDOWN_SECONDS"):
        settings(rename_cooldown_seconds=int(usage.BASE_RETENTION.total_seconds()) + 1)


@pytest.mark.parametrize("name", COUNTS)
def test_a_count_beyond_what_the_store_reads_is_refused(name: str) -> None:
    assert settings(**{name: MAX_COUNTED})
    with pytest.raises(SettingsError, match=name.upper()):
        settings(**{name: MAX_COUNTED + 1})


def test_zero_turns_a_limit_off() -> None:
    off = settings(**dict.fromkeys(COUNTS, 0), rename_cooldown_seconds=0)
    assert all(limit.count == 0 for limit in windows(off))
    on = settings(rename_cooldown_seconds=45, renames_per_guild_hour=7)
    assert on.rename_limits == (
        Limit(1, timedelta(seconds=45), "member"),
        Limit(7, HOUR, "server"),
    )


def test_an_opened_limit_refusal_has_its_own_metric_label() -> None:
    assert refusal_reason(PolicyRefusal("no", reason="opened_limit")) == "opened_limit"
