"""Speaking with cloned voices: characters spoken per day, and the members' read-aloud choice.

A mixin of :class:`~bot.storage.repository.CloneStore`. Characters are counted with usage
marks (:mod:`bot.storage.usage`) of kind ``spoken`` whose ``amount`` is the characters: one
mark per utterance, written by :meth:`SpeechQueries.take_speech_chars` only when it fits both
daily limits, in a transaction serialised per guild, so concurrent utterances (several
processes included) never pass a limit together. Like every mark it holds no text and outlives
an erasure of the member's data (erasing resets no limit).

Refunds: an utterance that fails before any of its audio was played or posted gives its
characters back (:meth:`SpeechQueries.refund_speech_chars` with ``kept=0``); one cut short keeps
what was spoken (``kept``). The refund sets an absolute amount, so repeating it changes nothing.

Read-aloud: a row per member who turned it on in a guild (:class:`ReadAloudPreference`);
erasing the member's data deletes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from ..policy import QUOTA_WINDOW, Exceeded, Limit, Per
from . import usage
from .dialect import upsert_insert
from .models import ReadAloudPreference, UsageKind, UsageMark, utcnow

SPOKEN = UsageKind.SPOKEN
#: The window of the daily character limits (kept by pruning: see usage.BASE_RETENTION).
SPEECH_WINDOW = QUOTA_WINDOW


def chars_free_at(
    marks: Sequence[tuple[datetime, int]], chars: int, limit: int, window: timedelta
) -> datetime | None:
    """When ``chars`` more fit under ``limit`` given the ``(at, amount)`` marks of the window
    (oldest first): as each mark leaves the window its amount is free again. None when they
    fit now; the moment the whole window is empty when they never fit (``chars > limit``)."""
    used = sum(amount for _, amount in marks)
    if used + chars <= limit:
        return None
    for at, amount in marks:
        used -= amount
        if used + chars <= limit:
            return at + window
    return marks[-1][0] + window if marks else None


def _spoken(guild_id: int, since: datetime, key: str | None) -> list[Any]:
    where = [UsageMark.guild_id == guild_id, UsageMark.kind == SPOKEN.value, UsageMark.at >= since]
    return where if key is None else [*where, UsageMark.member_key == key]


def _sum_query(guild_id: int, since: datetime, key: str | None) -> Select[Any]:
    amounts = func.coalesce(func.sum(UsageMark.amount), 0)
    return select(amounts).where(*_spoken(guild_id, since, key))


def _check_voice_id(voice_id: str | None) -> str | None:
    if voice_id is not None and (not voice_id.strip() or len(voice_id) > 255):
        raise ValueError("voice_id must be None or a voice ID of 1-255 characters")
    return voice_id


class SpeechQueries(usage.UsageQueries):
    """Characters spoken (taken, refunded, read) and read-aloud preferences."""

    # --- Characters spoken ----------------------------------------------------------------

    async def take_speech_chars(
        self,
        guild_id: int,
        user_id: int,
        chars: int,
        *,
        member_limit: int,
        guild_limit: int,
        now: datetime | None = None,
    ) -> Exceeded | None:
        """Count ``chars`` characters spoken by the member: the limit they would break
        (nothing written), or None once their mark is written.

        Limits are characters per 24 hours, 0 = unlimited; the member's is checked first.
        An :class:`~bot.policy.Exceeded`'s ``limit.count`` is that limit and ``frees_at``
        when enough characters are free again (``chars > limit``: they never fit; then the
        moment the window is empty). Pass ``now`` to refund the mark later
        (:meth:`refund_speech_chars`' ``taken_at``).

        One transaction serialised per guild, like :meth:`take_use`: the PostgreSQL advisory
        lock first; the mark is written before the sums (on SQLite that first write takes the
        write lock, so a concurrent call waits until this one is settled)."""
        if isinstance(chars, bool) or not isinstance(chars, int) or chars < 1:
            raise ValueError("chars must be a whole number >= 1")
        if member_limit < 0 or guild_limit < 0:
            raise ValueError("a character limit must be >= 0 (0 = unlimited)")
        now = now or utcnow()
        key = await self.member_key(guild_id, user_id)
        since = now - SPEECH_WINDOW
        try:
            async with self.database.session() as session, session.begin():
                await usage.lock_guild_uses(session, self.database.backend, guild_id)
                written = usage.mark(SPOKEN, guild_id, key, now, amount=chars)
                session.add(written)
                await session.flush()
                for limit, member in ((member_limit, key), (guild_limit, None)):
                    exceeded = await self._chars_exceeded(
                        session, guild_id, since, member, chars, limit, written.id
                    )
                    if exceeded is not None:
                        raise usage.Refused(exceeded)
        except usage.Refused as refused:
            return refused.exceeded
        return None

    @staticmethod
    async def _chars_exceeded(
        session: AsyncSession,
        guild_id: int,
        since: datetime,
        key: str | None,
        chars: int,
        limit: int,
        written_id: int,
    ) -> Exceeded | None:
        if limit == 0:
            return None
        others = UsageMark.id != written_id
        used = int(await session.scalar(_sum_query(guild_id, since, key).where(others)) or 0)
        if used + chars <= limit:
            return None
        query = (
            select(UsageMark.at, UsageMark.amount)
            .where(*_spoken(guild_id, since, key), others)
            .order_by(UsageMark.at, UsageMark.id)
        )
        marks = [(row.at, int(row.amount)) for row in await session.execute(query)]
        frees_at = chars_free_at(marks, chars, limit, SPEECH_WINDOW) or since + SPEECH_WINDOW
        per: Per = "member" if key is not None else "server"
        return Exceeded(Limit(limit, SPEECH_WINDOW, per), frees_at)

    async def refund_speech_chars(
        self, guild_id: int, user_id: int, *, taken_at: datetime, kept: int = 0
    ) -> bool:
        """Give back the characters of the member's mark taken at ``taken_at`` but ``kept``
        (0: all of them, the mark goes). Idempotent: it sets the mark's amount to at most
        ``kept``. False when no such mark is left (already refunded, or pruned)."""
        if kept < 0:
            raise ValueError("kept must be >= 0")
        key = await self.member_key(guild_id, user_id)
        where = [
            UsageMark.guild_id == guild_id,
            UsageMark.member_key == key,
            UsageMark.kind == SPOKEN.value,
            UsageMark.at == taken_at,
        ]
        async with self.database.session() as session, session.begin():
            query = select(UsageMark.id, UsageMark.amount).where(*where)
            found = (await session.execute(query.order_by(UsageMark.id.desc()).limit(1))).first()
            if found is None:
                return False
            if kept == 0:
                await session.execute(delete(UsageMark).where(UsageMark.id == found.id))
            elif found.amount > kept:
                await session.execute(
                    update(UsageMark).where(UsageMark.id == found.id).values(amount=kept)
                )
        return True

    async def speech_chars_used(
        self, guild_id: int, user_id: int, now: datetime | None = None
    ) -> tuple[int, int]:
        """Characters the member, and the whole guild, had spoken in the last 24 hours."""
        since = (now or utcnow()) - SPEECH_WINDOW
        key = await self.member_key(guild_id, user_id)
        async with self.database.session() as session:
            member = await session.scalar(_sum_query(guild_id, since, key))
            guild = await session.scalar(_sum_query(guild_id, since, None))
        return int(member or 0), int(guild or 0)

    # --- Read-aloud -----------------------------------------------------------------------

    async def get_read_aloud(self, guild_id: int, user_id: int) -> ReadAloudPreference | None:
        """The member's read-aloud preference in the guild; None: read-aloud is off."""
        async with self.database.session() as session:
            return await session.get(ReadAloudPreference, (guild_id, user_id))

    async def set_read_aloud(
        self, guild_id: int, user_id: int, *, enabled: bool, voice_id: str | None = None
    ) -> ReadAloudPreference | None:
        """Turn the member's read-aloud on (with ``voice_id``, None: their newest own voice;
        on again keeps ``enabled_at`` and changes the voice) or off (None). Idempotent."""
        voice_id = _check_voice_id(voice_id)
        async with self.database.session() as session, session.begin():
            if not enabled:
                await session.execute(
                    delete(ReadAloudPreference).where(
                        ReadAloudPreference.guild_id == guild_id,
                        ReadAloudPreference.user_id == user_id,
                    )
                )
                return None
            insert = upsert_insert(self.database.backend)
            await session.execute(
                insert(ReadAloudPreference)
                .values(guild_id=guild_id, user_id=user_id, voice_id=voice_id, enabled_at=utcnow())
                .on_conflict_do_update(
                    index_elements=["guild_id", "user_id"], set_={"voice_id": voice_id}
                )
            )
            return await session.get(
                ReadAloudPreference, (guild_id, user_id), populate_existing=True
            )

    async def read_aloud_members(
        self, guild_id: int, user_ids: Sequence[int] | None = None
    ) -> list[ReadAloudPreference]:
        """The guild's members with read-aloud on (only among ``user_ids`` if given, e.g.
        those in the bot's voice channel), by member ID."""
        query = select(ReadAloudPreference).where(ReadAloudPreference.guild_id == guild_id)
        if user_ids is not None:
            if not user_ids:
                return []
            query = query.where(ReadAloudPreference.user_id.in_(sorted(set(user_ids))))
        async with self.database.session() as session:
            return list(await session.scalars(query.order_by(ReadAloudPreference.user_id)))

    async def forget_read_aloud_voice(self, guild_id: int, voice_ids: Sequence[str]) -> int:
        """Members who read with one of ``voice_ids`` (deleted, unshared, erased) go back to
        their newest own voice; returns how many."""
        if not voice_ids:
            return 0
        async with self.database.session() as session, session.begin():
            return await forget_voices(session, guild_id, voice_ids)


async def forget_voices(session: AsyncSession, guild_id: int, voice_ids: Sequence[str]) -> int:
    """:meth:`SpeechQueries.forget_read_aloud_voice` in ``session``'s transaction."""
    result = cast(
        CursorResult[Any],
        await session.execute(
            update(ReadAloudPreference)
            .where(
                ReadAloudPreference.guild_id == guild_id,
                ReadAloudPreference.voice_id.in_(sorted(set(voice_ids))),
            )
            .values(voice_id=None)
            .execution_options(synchronize_session=False)
        ),
    )
    return int(result.rowcount)
