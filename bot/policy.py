"""Who may clone, where and how often: pure checks over a guild's policy and its history."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from .errors import UserFacingError

DEFAULT_CONSENT_TEXT = (
    "I confirm that the voice in these recordings is my own, or that its owner has given me "
    "explicit permission to clone it, and that I will not use the cloned voice to deceive, "
    "impersonate or harm anyone."
)
QUOTA_WINDOW = timedelta(hours=24)


class PolicyView(Protocol):
    """The policy fields these checks read (the stored GuildPolicy satisfies it)."""

    @property
    def allowed_role_ids(self) -> list[int]: ...
    @property
    def allowed_channel_ids(self) -> list[int]: ...
    @property
    def blocked_user_ids(self) -> list[int]: ...
    @property
    def moderator_role_ids(self) -> list[int]: ...
    @property
    def cooldown_seconds(self) -> int: ...
    @property
    def member_daily_quota(self) -> int: ...
    @property
    def guild_daily_quota(self) -> int: ...


class PolicyRefusal(UserFacingError):
    """The request breaks the guild's policy; the message says which rule and what to do.

    ``reason`` names the rule in a word (for metrics; never shown to the member).
    """

    def __init__(self, user_message: str, *, reason: str = "policy") -> None:
        super().__init__(user_message)
        self.reason = reason


@dataclass(frozen=True)
class Requester:
    user_id: int
    channel_id: int
    role_ids: frozenset[int]


@dataclass(frozen=True)
class History:
    """What the store knows about this member's and this guild's recent requests."""

    last_request_at: datetime | None
    member_requests: int
    guild_requests: int
    open_request_id: int | None = None


def format_duration(seconds: float) -> str:
    seconds = max(1, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    return f"{secs} s"


def _mentions(ids: Collection[int], kind: str) -> str:
    prefix = {"role": "<@&", "channel": "<#"}[kind]
    return ", ".join(f"{prefix}{i}>" for i in sorted(ids))


def check_request(policy: PolicyView, who: Requester, history: History, now: datetime) -> None:
    """Raise PolicyRefusal naming the first rule the request breaks."""
    if who.user_id in policy.blocked_user_ids:
        raise PolicyRefusal("You are not allowed to clone voices in this server.", reason="blocked")
    if policy.allowed_channel_ids and who.channel_id not in policy.allowed_channel_ids:
        raise PolicyRefusal(
            "Voice cloning is not allowed in this channel. Please use "
            f"{_mentions(policy.allowed_channel_ids, 'channel')}.",
            reason="channel",
        )
    if policy.allowed_role_ids and not who.role_ids & set(policy.allowed_role_ids):
        raise PolicyRefusal(
            "You need one of these roles to clone voices: "
            f"{_mentions(policy.allowed_role_ids, 'role')}.",
            reason="role",
        )
    if history.open_request_id is not None:
        raise PolicyRefusal(
            f"You already have a clone request in progress (#{history.open_request_id}). "
            "Please wait until it is finished.",
            reason="open_request",
        )
    if policy.cooldown_seconds and history.last_request_at is not None:
        ready_at = history.last_request_at + timedelta(seconds=policy.cooldown_seconds)
        if ready_at > now:
            raise PolicyRefusal(
                "You are on cooldown: please wait "
                f"{format_duration((ready_at - now).total_seconds())} before your next request.",
                reason="cooldown",
            )
    check_quotas(policy, history)


def check_quotas(policy: PolicyView, history: History) -> None:
    """Raise PolicyRefusal if the member or the guild used up its daily quota (checked again
    when a request is confirmed: others may have confirmed theirs since it was opened)."""
    if policy.member_daily_quota and history.member_requests >= policy.member_daily_quota:
        raise PolicyRefusal(
            f"You have reached your limit of {policy.member_daily_quota} clone requests in 24 "
            "hours. Please try again tomorrow.",
            reason="member_quota",
        )
    if policy.guild_daily_quota and history.guild_requests >= policy.guild_daily_quota:
        raise PolicyRefusal(
            f"This server has reached its limit of {policy.guild_daily_quota} clone requests in "
            "24 hours. Please try again tomorrow.",
            reason="guild_quota",
        )


def is_moderator(policy: PolicyView, *, manage_guild: bool, role_ids: Collection[int]) -> bool:
    """Manage Server, or a role the guild named as moderator, may approve and reject."""
    return manage_guild or bool(set(role_ids) & set(policy.moderator_role_ids))
