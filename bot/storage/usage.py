"""Usage marks: what the quotas, the cooldown, the sentence-tries limit and the limits on
opened requests, renames and previews count.

A mark is a kind, a guild, a time and the member as a keyed hash (HMAC-SHA256 of
"guild:member" under a random key the bot makes once and keeps in the database): no name, no
text, and the same member is not linkable across guilds. Marks are written in the transaction
of what they count and are not deleted when a member erases their data, so erasing resets no
limit. They are deleted once no window counts them (:meth:`UsageQueries.prune_usage`).

A mixin of :class:`~bot.storage.repository.CloneStore`; the query builders take a session so
the guild-serialised checks of the store read them in their own transaction.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Select, delete, func, select, text
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from ..policy import MAX_COUNTED, QUOTA_WINDOW, Exceeded, Limit, first_exceeded
from .db import Database
from .dialect import upsert_insert
from .models import (
    DEFAULT_COOLDOWN_SECONDS,
    GuildPolicy,
    UsageKey,
    UsageKind,
    UsageMark,
    utcnow,
)

#: The sentence-tries window (bot.consent.verifier.FAILURE_WINDOW; a test keeps them equal:
#: the verifier imports the store, so the store cannot import it).
SENTENCE_WINDOW = timedelta(hours=1)
#: The longest window of a limit :meth:`UsageQueries.take_use` counts (renames, previews) and
#: of the limits on opened requests; settings keep theirs within it.
USE_WINDOW = timedelta(hours=24)
#: Every guild's marks are kept at least this long: the longest fixed window that counts them.
BASE_RETENTION = max(QUOTA_WINDOW, SENTENCE_WINDOW, USE_WINDOW)
_KEY_ID = 1
#: First key of the advisory lock that lets one process at a time prune (PostgreSQL).
_PRUNE_LOCK = (0x7575, 1)
#: First key of the advisory locks that serialise a guild's counted uses (PostgreSQL).
_USE_LOCK_SPACE = 0x7576


def member_key(secret: bytes, guild_id: int, user_id: int) -> str:
    """The member as marks store them: HMAC-SHA256 of "guild:member", hex."""
    return hmac.new(secret, f"{guild_id}:{user_id}".encode(), hashlib.sha256).hexdigest()


def mark(kind: UsageKind, guild_id: int, key: str, at: datetime, amount: int = 1) -> UsageMark:
    """A mark to add in the transaction of what it counts (``amount``: how much it counts,
    e.g. the characters spoken)."""
    return UsageMark(kind=kind.value, guild_id=guild_id, member_key=key, at=at, amount=amount)


def count_query(
    kind: UsageKind, guild_id: int, since: datetime, key: str | None = None
) -> Select[Any]:
    """How many ``kind`` marks the guild (the member of ``key``) has at or after ``since``."""
    query = (
        select(func.count())
        .select_from(UsageMark)
        .where(UsageMark.guild_id == guild_id, UsageMark.kind == kind.value, UsageMark.at >= since)
    )
    return query if key is None else query.where(UsageMark.member_key == key)


def last_query(kind: UsageKind, guild_id: int, key: str) -> Select[Any]:
    """The member's newest ``kind`` mark in the guild."""
    return select(func.max(UsageMark.at)).where(
        UsageMark.guild_id == guild_id, UsageMark.member_key == key, UsageMark.kind == kind.value
    )


def times_query(kind: UsageKind, guild_id: int, key: str, since: datetime) -> Select[Any]:
    """When the member's ``kind`` marks since ``since`` were made, oldest first."""
    return (
        select(UsageMark.at)
        .where(
            UsageMark.guild_id == guild_id,
            UsageMark.member_key == key,
            UsageMark.kind == kind.value,
            UsageMark.at >= since,
        )
        .order_by(UsageMark.at)
    )


def recent_query(
    kind: UsageKind,
    guild_id: int,
    since: datetime,
    key: str | None = None,
    *,
    limit: int = MAX_COUNTED,
) -> Select[Any]:
    """When the guild's (the member's of ``key``) newest ``kind`` marks since ``since`` were
    made, newest first, at most ``limit``: what a :class:`~bot.policy.Limit` counts."""
    query = select(UsageMark.at).where(
        UsageMark.guild_id == guild_id, UsageMark.kind == kind.value, UsageMark.at >= since
    )
    if key is not None:
        query = query.where(UsageMark.member_key == key)
    return query.order_by(UsageMark.at.desc(), UsageMark.id.desc()).limit(limit)


def _lock_key(guild_id: int) -> int:
    """The guild folded into the int4 second key (a collision only serialises more)."""
    folded = (guild_id ^ (guild_id >> 32)) & 0xFFFF_FFFF
    return folded - (1 << 32) if folded >= 1 << 31 else folded


async def lock_guild_uses(session: AsyncSession, backend: str, guild_id: int) -> None:
    """On PostgreSQL, hold the guild's lock on counted uses until the transaction ends (an
    advisory lock, across processes). SQLite needs none: the first write of the transaction
    takes the database's write lock, so write the mark before counting."""
    if backend == "postgresql":
        await session.execute(
            text("SELECT pg_advisory_xact_lock(:space, :key)"),
            {"space": _USE_LOCK_SPACE, "key": _lock_key(guild_id)},
        )


class Refused(Exception):
    """Rolls back the mark a counted use wrote first (:meth:`UsageQueries.take_use`,
    :meth:`~bot.storage.speech.SpeechQueries.take_speech_chars`)."""

    def __init__(self, exceeded: Exceeded) -> None:
        super().__init__(exceeded.limit)
        self.exceeded = exceeded


def retention(cooldown_seconds: int) -> timedelta:
    """How long a guild with this cooldown keeps its marks: its longest window."""
    return max(BASE_RETENTION, timedelta(seconds=cooldown_seconds))


class UsageQueries:
    """The bot's usage key, and pruning marks no window counts any more."""

    database: Database
    policy_defaults: Mapping[str, Any]
    _usage_secret: bytes | None = None

    async def usage_secret(self) -> bytes:
        """The key of the members' hashes, made once (the first process to need it wins).

        Read in its own transaction, before any transaction that writes marks: a key made in
        a transaction that later rolls back would hash members with a key nobody keeps."""
        if self._usage_secret is not None:
            return self._usage_secret
        backend = self.database.backend
        async with self.database.session() as session, session.begin():
            if backend in ("postgresql", "sqlite"):
                insert = upsert_insert(backend)
                await session.execute(
                    insert(UsageKey)
                    .values(id=_KEY_ID, secret=secrets.token_hex(32), created_at=utcnow())
                    .on_conflict_do_nothing()
                )
            secret = await session.scalar(select(UsageKey.secret).where(UsageKey.id == _KEY_ID))
        if secret is None:  # pragma: no cover - other databases are not supported
            raise RuntimeError("the usage key could not be stored")
        self._usage_secret = bytes.fromhex(secret)
        return self._usage_secret

    async def member_key(self, guild_id: int, user_id: int) -> str:
        """The member's key in the guild's marks."""
        return member_key(await self.usage_secret(), guild_id, user_id)

    async def take_use(
        self,
        kind: UsageKind,
        guild_id: int,
        user_id: int,
        limits: Sequence[Limit],
        now: datetime | None = None,
    ) -> Exceeded | None:
        """Count one ``kind`` use of the member: the limit it would break (nothing written),
        or None once its mark is written.

        One transaction per call, serialised per guild: on PostgreSQL an advisory lock comes
        first; the mark is written before the counting, so on SQLite the write lock (taken by
        that first write) makes a concurrent call wait until this one is settled. Two
        processes never both let a member or a guild past a limit."""
        now = now or utcnow()
        longest = max((limit.window for limit in limits), default=timedelta(0))
        if longest > BASE_RETENTION:
            raise ValueError(f"a limit's window is longer than the marks are kept ({longest})")
        key = await self.member_key(guild_id, user_id)
        most = min(MAX_COUNTED, max((limit.count for limit in limits), default=0))
        try:
            async with self.database.session() as session, session.begin():
                await lock_guild_uses(session, self.database.backend, guild_id)
                written = mark(kind, guild_id, key, now)
                session.add(written)
                await session.flush()
                since = now - longest

                async def earlier(member: str | None) -> list[datetime]:
                    query = recent_query(kind, guild_id, since, member, limit=most)
                    query = query.where(UsageMark.id != written.id)
                    return list(await session.scalars(query))

                exceeded = first_exceeded(limits, await earlier(key), await earlier(None), now)
                if exceeded is not None:
                    raise Refused(exceeded)
        except Refused as refused:
            return refused.exceeded
        return None

    async def prune_usage(self, now: datetime | None = None) -> int:
        """Delete the marks older than their guild's longest window (24 h quota and limits
        on opened requests, renames and previews, 1 h sentence tries, the guild's cooldown);
        returns how many. On PostgreSQL one process
        prunes at a time (another one's call returns 0 at once)."""
        now = now or utcnow()
        default = int(self.policy_defaults.get("cooldown_seconds", DEFAULT_COOLDOWN_SECONDS))
        async with self.database.session() as session, session.begin():
            if not await self._prune_lock(session):
                return 0
            cooldowns = select(GuildPolicy.guild_id, GuildPolicy.cooldown_seconds)
            policies = {
                row.guild_id: row.cooldown_seconds for row in await session.execute(cooldowns)
            }
            base = BASE_RETENTION.total_seconds()
            longer = {g: c for g, c in policies.items() if c > base}
            deleted = 0
            if default > base:
                # Guilds without a policy keep theirs for the default cooldown.
                shorter = [g for g in policies if g not in longer]
                deleted += await _delete(
                    session, now - BASE_RETENTION, UsageMark.guild_id.in_(shorter)
                )
                unset = ~UsageMark.guild_id.in_(list(policies))
                deleted += await _delete(session, now - retention(default), unset)
            else:
                deleted += await _delete(
                    session, now - BASE_RETENTION, ~UsageMark.guild_id.in_(list(longer))
                )
            for guild_id, cooldown in longer.items():
                deleted += await _delete(
                    session, now - retention(cooldown), UsageMark.guild_id == guild_id
                )
        return deleted

    async def _prune_lock(self, session: AsyncSession) -> bool:
        if self.database.backend != "postgresql":
            return True
        taken = await session.scalar(
            text("SELECT pg_try_advisory_xact_lock(:space, :key)"),
            {"space": _PRUNE_LOCK[0], "key": _PRUNE_LOCK[1]},
        )
        return bool(taken)


async def _delete(session: AsyncSession, before: datetime, where: Any) -> int:
    result = cast(
        CursorResult[Any],
        await session.execute(
            delete(UsageMark)
            .where(UsageMark.at < before, where)
            .execution_options(synchronize_session=False)
        ),
    )
    return int(result.rowcount)
