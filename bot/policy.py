"""Who may clone, where and how often: pure checks over a guild's policy and its history."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal, Protocol

from .errors import UserFacingError

DEFAULT_CONSENT_TEXT = (
    "I confirm that the voice in these recordings is my own, or that its owner has given me "
    "explicit permission to clone it, and that I will not use the cloned voice to deceive, "
    "impersonate or harm anyone."
)
QUOTA_WINDOW = timedelta(hours=24)
HOUR = timedelta(hours=1)
#: A limit counts at most this many uses (the store reads the newest ones): settings keep
#: every count at or below it.
MAX_COUNTED = 1000


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
    #: When the member's and the guild's requests of the window were opened (confirmed or
    #: not), newest first, at most :data:`MAX_COUNTED` each: what :func:`check_opened` counts.
    member_opened: tuple[datetime, ...] = ()
    guild_opened: tuple[datetime, ...] = ()


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


# --- limits on uses in a rolling window ---------------------------------------------------------

Per = Literal["member", "server"]


@dataclass(frozen=True)
class Limit:
    """At most ``count`` uses by one member (or by the whole server, ``per``) in any rolling
    ``window``; a count of 0 is no limit."""

    count: int
    window: timedelta
    per: Per

    def frees_at(self, times: Sequence[datetime], now: datetime) -> datetime | None:
        """When one more use fits, if the uses at ``times`` (newest first) leave no room at
        ``now``; None when one fits now. A use counts while ``now - window`` is before it."""
        if self.count <= 0:
            return None
        inside = [at for at in times if at > now - self.window]
        if len(inside) < self.count:
            return None
        return inside[self.count - 1] + self.window


@dataclass(frozen=True)
class Exceeded:
    """The limit one more use would break, and when one fits again."""

    limit: Limit
    frees_at: datetime


def first_exceeded(
    limits: Sequence[Limit],
    member_times: Sequence[datetime],
    server_times: Sequence[datetime],
    now: datetime,
) -> Exceeded | None:
    """The first of ``limits`` that one more use would break (uses newest first), or None."""
    for limit in limits:
        times = member_times if limit.per == "member" else server_times
        frees_at = limit.frees_at(times, now)
        if frees_at is not None:
            return Exceeded(limit, frees_at)
    return None


@dataclass(frozen=True)
class Wording:
    """How a refusal names what is limited: ``noun`` ("previews"), ``done`` ("previewed a
    voice", for a one-use cooldown), ``note`` (what counts, if not obvious)."""

    noun: str
    done: str
    note: str = ""


def _period(window: timedelta) -> str:
    if window == HOUR:
        return "this hour"
    if window == QUOTA_WINDOW:
        return "today"
    return f"the last {format_duration(window.total_seconds())}"


def when_free(frees_at: datetime, now: datetime) -> str:
    """ "in 12 min" within the hour, else "at 14:05 UTC" (or "tomorrow at 09:30 UTC")."""
    wait = (frees_at - now).total_seconds()
    if wait <= HOUR.total_seconds():
        return f"in {format_duration(wait)}"
    at, today = frees_at.astimezone(UTC), now.astimezone(UTC)
    day = "tomorrow " if at.date() > today.date() else ""
    return f"{day}at {at:%H:%M} UTC"


def limit_refusal(exceeded: Exceeded, now: datetime, wording: Wording) -> str:
    """What the member reads: which limit, and when the next use fits."""
    limit, when = exceeded.limit, when_free(exceeded.frees_at, now)
    note = f" ({wording.note})" if wording.note else ""
    if limit.per == "member" and limit.count == 1:
        ago = "a moment ago" if limit.window <= HOUR else "recently"
        return f"You {wording.done} {ago}{note}; try again {when}."
    whose = "You have used your" if limit.per == "member" else "This server has used its"
    return (
        f"{whose} {limit.count} {wording.noun} for {_period(limit.window)}{note}; the next "
        f"one is available {when}."
    )


OPENED = Wording(
    "clone requests", "opened a clone request", "every request opened counts, confirmed or not"
)


def opened_limits(
    *, member_hour: int, member_day: int, server_hour: int, server_day: int
) -> tuple[Limit, ...]:
    """The limits on requests opened (each a download and an ffmpeg run, confirmed or not)."""
    return (
        Limit(member_hour, HOUR, "member"),
        Limit(member_day, QUOTA_WINDOW, "member"),
        Limit(server_hour, HOUR, "server"),
        Limit(server_day, QUOTA_WINDOW, "server"),
    )


def check_opened(limits: Sequence[Limit], history: History, now: datetime) -> None:
    """Raise PolicyRefusal if one more opened request would break one of ``limits``
    (windows of at most 24 hours: the history holds that much)."""
    exceeded = first_exceeded(limits, history.member_opened, history.guild_opened, now)
    if exceeded is not None:
        raise PolicyRefusal(limit_refusal(exceeded, now, OPENED), reason="opened_limit")


def is_moderator(policy: PolicyView, *, manage_guild: bool, role_ids: Collection[int]) -> bool:
    """Manage Server, or a role the guild named as moderator, may approve and reject."""
    return manage_guild or bool(set(role_ids) & set(policy.moderator_role_ids))
