"""Stored sentences to read aloud (spoken-consent verification): one short transaction each.

A mixin of :class:`~bot.storage.repository.CloneStore`, kept apart so the request store does not
grow further. A challenge is single use: it moves ``open -> checking -> used | failed`` by
compare-and-set, so two recordings can never both use it. Each refusal also leaves a usage mark
(:mod:`bot.storage.usage`): the tries limit counts those, which erasing a member's data keeps.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any, cast

from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult

from . import usage
from .db import json_safe
from .models import ChallengeStatus, ConsentChallenge, UsageKind, utcnow

#: What a recording decision stores; the rest of a challenge is fixed when it is issued.
_DECISION_FIELDS = frozenset(
    {"recording_sha256", "voice_message", "heard", "score", "recognizer", "decision", "record_id"}
)


def _aware(name: str, value: datetime) -> None:
    if value.utcoffset() is None:
        raise ValueError(f"{name} is a naive datetime; pass an aware one (e.g. in UTC)")


class ChallengeQueries(usage.UsageQueries):
    """Issue, find, claim and settle consent challenges; find recordings seen before."""

    async def issue_challenge(self, **fields: Any) -> ConsentChallenge:
        """Store a new open challenge; the member's earlier open ones in the guild are
        superseded in the same transaction (only the newest sentence counts)."""
        for name in ("created_at", "expires_at"):
            if isinstance(fields.get(name), datetime):
                _aware(name, fields[name])
        fields["options"] = json_safe(dict(fields.get("options") or {}))
        challenge = ConsentChallenge(**fields)
        async with self.database.session() as session, session.begin():
            await session.execute(
                update(ConsentChallenge)
                .where(
                    ConsentChallenge.guild_id == challenge.guild_id,
                    ConsentChallenge.user_id == challenge.user_id,
                    ConsentChallenge.status == ChallengeStatus.OPEN.value,
                )
                .values(status=ChallengeStatus.SUPERSEDED.value, decided_at=utcnow())
                .execution_options(synchronize_session=False)
            )
            session.add(challenge)
        return challenge

    async def get_challenge(self, challenge_id: int) -> ConsentChallenge | None:
        async with self.database.session() as session:
            return await session.get(ConsentChallenge, challenge_id)

    async def latest_challenge(self, guild_id: int, user_id: int) -> ConsentChallenge | None:
        """The member's newest challenge in the guild, whatever its status."""
        query = (
            select(ConsentChallenge)
            .where(ConsentChallenge.guild_id == guild_id, ConsentChallenge.user_id == user_id)
            .order_by(ConsentChallenge.created_at.desc(), ConsentChallenge.id.desc())
            .limit(1)
        )
        async with self.database.session() as session:
            return await session.scalar(query)

    async def settle_challenge(
        self,
        challenge_id: int,
        from_statuses: Collection[ChallengeStatus],
        to: ChallengeStatus,
        *,
        unexpired_at: datetime | None = None,
        **fields: Any,
    ) -> ConsentChallenge | None:
        """Compare-and-set the challenge's status (``unexpired_at``: only if it has not
        expired then); None when it was not in ``from_statuses`` (used or refused already).
        A move to ``failed`` leaves a usage mark of the refusal in the same transaction."""
        unknown = set(fields) - _DECISION_FIELDS
        if unknown:
            raise ValueError(f"not a decision field: {', '.join(sorted(unknown))}")
        query = update(ConsentChallenge).where(
            ConsentChallenge.id == challenge_id,
            ConsentChallenge.status.in_(sorted(s.value for s in from_statuses)),
        )
        if unexpired_at is not None:
            _aware("unexpired_at", unexpired_at)
            query = query.where(ConsentChallenge.expires_at > unexpired_at)
        values = {"status": ChallengeStatus(to).value, **fields}
        if to is not ChallengeStatus.CHECKING:
            values["decided_at"] = utcnow()
        refused = to is ChallengeStatus.FAILED
        secret = await self.usage_secret() if refused else b""
        async with self.database.session() as session, session.begin():
            result = cast(
                CursorResult[Any],
                await session.execute(
                    query.values(**values).execution_options(synchronize_session=False)
                ),
            )
            if result.rowcount != 1:
                return None
            settled = await session.get(ConsentChallenge, challenge_id, populate_existing=True)
            if refused and settled is not None:
                key = usage.member_key(secret, settled.guild_id, settled.user_id)
                at = settled.decided_at or values["decided_at"]
                session.add(usage.mark(UsageKind.SENTENCE_REFUSED, settled.guild_id, key, at))
            return settled

    async def recording_seen(self, sha256: str, *, besides: int | None = None) -> bool:
        """True when a recording with this hash was given for any challenge before (in any
        guild): a replayed file is refused whoever sends it."""
        query = select(ConsentChallenge.id).where(ConsentChallenge.recording_sha256 == sha256)
        if besides is not None:
            query = query.where(ConsentChallenge.id != besides)
        async with self.database.session() as session:
            return await session.scalar(query.limit(1)) is not None

    async def verification_failures(
        self, guild_id: int, user_id: int, since: datetime
    ) -> list[datetime]:
        """When the member's recordings were refused in the guild since ``since``, oldest
        first (the retry limit): their usage marks, which outlive an erasure of the member's
        data (kept for :data:`~bot.storage.usage.SENTENCE_WINDOW` at least)."""
        _aware("since", since)
        key = await self.member_key(guild_id, user_id)
        query = usage.times_query(UsageKind.SENTENCE_REFUSED, guild_id, key, since)
        async with self.database.session() as session:
            return list(await session.scalars(query))
