"""Characters of speech per member and per server in 24 hours, taken before any TTS call.

:func:`take_chars` counts an utterance's characters in the store (one transaction serialised
per guild: concurrent utterances never pass a limit together) or refuses it with a message
saying which limit and when enough is free again; nothing is counted when refused.
:func:`refund` gives them back when the utterance failed before any audio was played or
posted (or keeps only what was spoken). The marks outlive an erasure of the member's data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from bot.i18n import Msg
from bot.policy import Exceeded, when_free
from bot.storage import utcnow

from .policy import SpeechRefusal


class CharStore(Protocol):
    async def take_speech_chars(
        self,
        guild_id: int,
        user_id: int,
        chars: int,
        *,
        member_limit: int,
        guild_limit: int,
        now: datetime | None = None,
    ) -> Exceeded | None: ...

    async def refund_speech_chars(
        self, guild_id: int, user_id: int, *, taken_at: datetime, kept: int = 0
    ) -> bool: ...


@dataclass(frozen=True)
class Charge:
    """Characters taken for one utterance: what :func:`refund` needs."""

    guild_id: int
    user_id: int
    chars: int
    taken_at: datetime


def chars_refusal(exceeded: Exceeded, chars: int, now: datetime) -> Msg:
    """What the member reads: which limit, and when ``chars`` more fit again."""
    limit = exceeded.limit.count
    whose = "member" if exceeded.limit.per == "member" else "server"
    if chars > limit:
        return Msg(f"speech-{whose}-text-over-limit", chars=chars, limit=limit)
    return Msg(f"speech-{whose}-limit", limit=limit, when=when_free(exceeded.frees_at, now))


async def take_chars(
    store: CharStore,
    guild_id: int,
    user_id: int,
    chars: int,
    limits: tuple[int, int],
) -> Charge:
    """Count ``chars`` characters for the member, or raise :class:`SpeechRefusal` (nothing
    counted). ``limits``: ``(member_limit, guild_limit)`` from
    :func:`bot.speech.policy.speech_limits`."""
    now = utcnow()
    member_limit, guild_limit = limits
    exceeded = await store.take_speech_chars(
        guild_id, user_id, chars, member_limit=member_limit, guild_limit=guild_limit, now=now
    )
    if exceeded is not None:
        reason = "member_chars" if exceeded.limit.per == "member" else "server_chars"
        raise SpeechRefusal(chars_refusal(exceeded, chars, now), reason=reason)
    return Charge(guild_id=guild_id, user_id=user_id, chars=chars, taken_at=now)


async def refund(store: CharStore, charge: Charge, *, spoken: int = 0) -> bool:
    """Give back what ``charge`` took but ``spoken`` characters (0: the utterance failed
    before any audio; the store never counts more than was taken). Safe to repeat; False if
    nothing was left to refund."""
    return await store.refund_speech_chars(
        charge.guild_id, charge.user_id, taken_at=charge.taken_at, kept=spoken
    )
