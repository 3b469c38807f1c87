"""Where a request's outcome goes, by the guild's privacy, and the letters for each place.

Public guild: the interaction's follow-up while its token lives, else a channel message that
mentions the member, else a DM. Private (ephemeral) guild: an ephemeral follow-up, else a DM
with a channel notice that only says it is ready, else a channel notice pointing to
``/voices``. The channel never gets file content in a private guild. The outcome is already
stored when this runs, so a failure here loses nothing.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

import discord

from ..i18n import SOURCE, tr
from .chain import DEFAULT_RETRY, RetryPolicy, Route, Step, deliver
from .letter import Attachment, Letter
from .text import safe_name

log = logging.getLogger(__name__)


class Where(enum.StrEnum):
    """Where the member got the full result."""

    INTERACTION = "interaction"
    CHANNEL = "channel"
    DM = "dm"
    #: Only a channel notice (private guild, DMs closed): the details are in ``/voices``.
    NOTICE = "notice"
    NOWHERE = "nowhere"


@dataclass(frozen=True)
class Report:
    """One outcome, written for each place it may go."""

    #: The whole result (text, embed, audio) for the channel or the interaction.
    full: Letter
    #: The whole result for a DM.
    private: Letter
    #: Channel notice of a private guild once the DM went through.
    notice_after_dm: Letter
    #: Channel notice of a private guild when no DM could be sent.
    notice_without_dm: Letter


@dataclass(frozen=True)
class Destinations:
    channel: Route
    dm: Route
    #: The interaction's follow-up, with its own letter (None when the token is gone).
    interaction: Step | None = None


async def send_report(
    report: Report, to: Destinations, *, private: bool, retry: RetryPolicy = DEFAULT_RETRY
) -> Where:
    """Deliver ``report``; return where the member got it. Never raises for Discord."""
    first = [to.interaction] if to.interaction is not None else []
    if not private:
        steps = [*first, Step(to.channel, report.full), Step(to.dm, report.private)]
        done = await deliver(steps, retry)
        return Where(done.route) if done is not None else _nowhere()
    done = await deliver([*first, Step(to.dm, report.private)], retry)
    if done is not None and done.route == Where.INTERACTION:
        return Where.INTERACTION
    if done is not None:
        await deliver([Step(to.channel, report.notice_after_dm)], retry)
        return Where.DM
    notice = await deliver([Step(to.channel, report.notice_without_dm)], retry)
    return Where.NOTICE if notice is not None else _nowhere()


def _nowhere() -> Where:
    log.warning("the outcome reached the member nowhere; it stays stored (see /voices)")
    return Where.NOWHERE


def result_headline(
    user_id: int,
    name: str,
    *,
    created: bool,
    approved: bool = False,
    resumed: bool = False,
    locale: str = SOURCE,
) -> str:
    """The first line about an outcome; "approved" only when a moderator approved it."""
    if created:
        key = "clone-headline-approved-ready" if approved else "clone-headline-ready"
    else:
        key = "clone-headline-approved-not-created" if approved else "clone-headline-not-created"
    text = tr(locale, key, user=str(user_id), name=safe_name(name))
    if resumed:
        text = tr(locale, "clone-headline-resumed", headline=text)
    return text


def build_report(
    *,
    user_id: int,
    headline: str,
    embed: discord.Embed,
    attachments: tuple[Attachment, ...],
    created: bool,
    reason: str = "",
    nonce: str | None = None,
    locale: str = SOURCE,
) -> Report:
    """The letters for one outcome (``reason``: why no voice was created, if it was not;
    ``nonce``: Discord's de-duplication of channel messages and DMs, for a retried send)."""
    full = Letter(
        headline, embed=embed, attachments=attachments, mention=user_id, nonce=nonce, locale=locale
    )
    if created:
        after_dm = tr(locale, "clone-report-created-after-dm", headline=headline)
        without_dm = tr(locale, "clone-report-created-no-dm", headline=headline)
    else:
        after_dm = tr(locale, "clone-report-failed-after-dm", headline=headline)
        without_dm = f"{headline} {reason}".strip() if reason else headline
    # Each letter goes to one place (the DM, or the channel): the same nonce never meets
    # itself, but the two channel notices exclude each other and the full result.
    return Report(
        full=full,
        private=Letter(headline, embed=embed, attachments=attachments, nonce=nonce, locale=locale),
        notice_after_dm=Letter(after_dm, mention=user_id, nonce=_variant(nonce, "d")),
        notice_without_dm=Letter(without_dm[:1900], mention=user_id, nonce=_variant(nonce, "n")),
    )


def _variant(nonce: str | None, suffix: str) -> str | None:
    return None if nonce is None else (nonce[:24] + suffix)
