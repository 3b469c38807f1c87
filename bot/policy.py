"""Who may clone, where and how often: pure checks over a guild's policy and its history."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal, Protocol

from babel.dates import format_time

from .errors import UserFacingError
from .i18n import PSEUDO, SOURCE, Msg, Text, catalogue_for


class Localized(str):
    """English text (its ``str`` value, for code that still f-strings it) that renders itself
    in any language: put it in a :class:`~bot.i18n.Msg` variable, or call ``render(locale)``."""

    message: Msg

    def __new__(cls, message: Msg) -> Localized:
        made = super().__new__(cls, message.render(SOURCE))
        made.message = message
        return made

    def render(self, locale: str | None = None) -> str:
        return self.message.render(locale)


#: The consent statement of a server that wrote none (rendered when asked for, not at import:
#: rendering loads the catalogue and Babel's data, which an idle bot does without, issue #19).
DEFAULT_CONSENT = Msg("settings-consent-default")


def default_consent(locale: str | None) -> str:
    """The default consent statement in ``locale`` (English for a language without one)."""
    return DEFAULT_CONSENT.render(locale)


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

    def __init__(self, user_message: Text, *, reason: str = "policy") -> None:
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


def format_duration(seconds: float) -> Localized:
    """ "5 min", "1 h 2 min", "59 s" (at least 1 s): ``str()`` is English; in a Msg variable
    (or ``render(locale)``) it is in the message's language."""
    seconds = max(1, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        if minutes:
            return Localized(Msg("settings-duration-hours-minutes", hours=hours, minutes=minutes))
        return Localized(Msg("settings-duration-hours", hours=hours))
    if minutes:
        if secs:
            return Localized(
                Msg("settings-duration-minutes-seconds", minutes=minutes, seconds=secs)
            )
        return Localized(Msg("settings-duration-minutes", minutes=minutes))
    return Localized(Msg("settings-duration-seconds", seconds=secs))


def _mentions(ids: Collection[int], kind: str) -> str:
    prefix = {"role": "<@&", "channel": "<#"}[kind]
    return ", ".join(f"{prefix}{i}>" for i in sorted(ids))


def check_request(policy: PolicyView, who: Requester, history: History, now: datetime) -> None:
    """Raise PolicyRefusal naming the first rule the request breaks."""
    if who.user_id in policy.blocked_user_ids:
        raise PolicyRefusal(Msg("settings-refusal-blocked"), reason="blocked")
    if policy.allowed_channel_ids and who.channel_id not in policy.allowed_channel_ids:
        raise PolicyRefusal(
            Msg(
                "settings-refusal-channel",
                channels=_mentions(policy.allowed_channel_ids, "channel"),
            ),
            reason="channel",
        )
    if policy.allowed_role_ids and not who.role_ids & set(policy.allowed_role_ids):
        raise PolicyRefusal(
            Msg("settings-refusal-role", roles=_mentions(policy.allowed_role_ids, "role")),
            reason="role",
        )
    if history.open_request_id is not None:
        raise PolicyRefusal(
            Msg("settings-refusal-open-request", request=str(history.open_request_id)),
            reason="open_request",
        )
    if policy.cooldown_seconds and history.last_request_at is not None:
        ready_at = history.last_request_at + timedelta(seconds=policy.cooldown_seconds)
        if ready_at > now:
            wait = format_duration((ready_at - now).total_seconds())
            raise PolicyRefusal(Msg("settings-refusal-cooldown", wait=wait), reason="cooldown")
    check_quotas(policy, history)


def check_quotas(policy: PolicyView, history: History) -> None:
    """Raise PolicyRefusal if the member or the guild used up its daily quota (checked again
    when a request is confirmed: others may have confirmed theirs since it was opened)."""
    if policy.member_daily_quota and history.member_requests >= policy.member_daily_quota:
        raise PolicyRefusal(
            Msg("settings-refusal-member-quota", count=policy.member_daily_quota),
            reason="member_quota",
        )
    if policy.guild_daily_quota and history.guild_requests >= policy.guild_daily_quota:
        raise PolicyRefusal(
            Msg("settings-refusal-guild-quota", count=policy.guild_daily_quota),
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
    voice", for a one-use cooldown), ``note`` (what counts, if not obvious). Each may be a
    :class:`~bot.i18n.Msg` (localized; a ``noun`` Msg is given the limit's ``$count``) or,
    until its area is localized, English text."""

    noun: Text
    done: Text
    note: Text = ""


def _period(window: timedelta) -> Msg:
    if window == HOUR:
        return Msg("settings-period-hour")
    if window == QUOTA_WINDOW:
        return Msg("settings-period-day")
    return Msg("settings-period-last", duration=format_duration(window.total_seconds()))


@dataclass(frozen=True)
class _ClockTime:
    """A time of day in UTC: 24-hour "14:05" in English (as always), each language's own
    short time format otherwise."""

    at: datetime

    def render(self, locale: str | None = None) -> str:
        chosen = catalogue_for(locale)
        if chosen in (SOURCE, PSEUDO):
            return f"{self.at:%H:%M}"
        return format_time(self.at, "short", tzinfo=UTC, locale=chosen.replace("-", "_"))


def when_free(frees_at: datetime, now: datetime) -> Localized:
    """ "in 12 min" within the hour, else "at 14:05 UTC" (or "tomorrow at 09:30 UTC"):
    ``str()`` is English; in a Msg variable (or ``render(locale)``) the message's language."""
    wait = (frees_at - now).total_seconds()
    if wait <= HOUR.total_seconds():
        return Localized(Msg("settings-when-in", duration=format_duration(wait)))
    at, today = frees_at.astimezone(UTC), now.astimezone(UTC)
    tomorrow = at.date() > today.date()
    message = "settings-when-tomorrow-at" if tomorrow else "settings-when-at"
    return Localized(Msg(message, time=_ClockTime(at)))


def _counted(noun: Text, count: int) -> Text:
    return Msg(noun.id, **{**noun.args, "count": count}) if isinstance(noun, Msg) else noun


def limit_message(exceeded: Exceeded, now: datetime, wording: Wording) -> Msg:
    """What the member reads: which limit, and when the next use fits."""
    limit, when = exceeded.limit, when_free(exceeded.frees_at, now)
    note = Msg("settings-limit-note", note=wording.note) if wording.note else ""
    if limit.per == "member" and limit.count == 1:
        recent = "hour" if limit.window <= HOUR else "longer"
        return Msg("settings-limit-once", done=wording.done, window=recent, note=note, when=when)
    return Msg(
        "settings-limit-used",
        per=limit.per,
        count=limit.count,
        noun=_counted(wording.noun, limit.count),
        period=_period(limit.window),
        note=note,
        when=when,
    )


def limit_refusal(exceeded: Exceeded, now: datetime, wording: Wording) -> str:
    """:func:`limit_message` in English (prefer limit_message: it renders per language)."""
    return str(limit_message(exceeded, now, wording))


OPENED = Wording(
    Msg("settings-opened-noun"), Msg("settings-opened-done"), Msg("settings-opened-note")
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
        raise PolicyRefusal(limit_message(exceeded, now, OPENED), reason="opened_limit")


def is_moderator(policy: PolicyView, *, manage_guild: bool, role_ids: Collection[int]) -> bool:
    """Manage Server, or a role the guild named as moderator, may approve and reject."""
    return manage_guild or bool(set(role_ids) & set(policy.moderator_role_ids))
