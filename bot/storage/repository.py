"""Async data access for the clone workflow: each method is one short transaction.

Methods return ORM objects detached from their (closed) session: every column is loaded, so
attributes can be read freely, but changing them saves nothing. Change records with
:meth:`CloneStore.transition` and policies with :meth:`CloneStore.update_policy`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, Literal, cast

from sqlalchemy import JSON, Select, delete, func, or_, select, text, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from ..i18n import LOCALES
from ..policy import History
from . import usage
from .challenges import ChallengeQueries
from .db import Database, json_safe
from .dialect import upsert_insert
from .erasure import impersonal
from .models import (
    OPEN_STATUSES,
    AuditAction,
    AuditEvent,
    CloneRecord,
    CloneStatus,
    ConsentChallenge,
    GuildPolicy,
    OutboxMessage,
    ReadAloudPreference,
    SampleAudio,
    UsageKind,
    VerificationMode,
    utcnow,
)
from .outbox import OutboxKind, OutboxQueries, audit_rows, takedowns
from .speech import SpeechQueries, forget_voices
from .undeleted import UndeletedVoiceQueries
from .usage import UsageQueries

_EXPIRING = (CloneStatus.AWAITING_CONSENT, CloneStatus.PENDING_APPROVAL)
_INTERRUPTED = (CloneStatus.PROCESSING, CloneStatus.CLONING)
# Columns transition() may not set: it manages status and updated_at itself.
_FIXED_RECORD_FIELDS = frozenset({"id", "status", "created_at", "updated_at"})
_RECORD_JSON_FIELDS = frozenset(
    column.key for column in CloneRecord.__table__.columns if isinstance(column.type, JSON)
)


def _snowflake_list(value: Any) -> list[int]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise ValueError("expected a list of IDs")
    ids: list[int] = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, int) or item <= 0:
            raise ValueError(f"{item!r} is not a Discord ID")
        if item not in ids:
            ids.append(item)
    return ids


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("expected a whole number >= 0")
    return value


def _positive_seconds(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("expected a number of seconds")
    if not math.isfinite(value) or value <= 0:
        raise ValueError("expected a number of seconds > 0")
    return float(value)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("expected True or False")
    return value


def _optional(check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else check(value)


def _snowflake(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError("expected a Discord ID")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("expected non-empty text")
    return value


def _locale(value: Any) -> str:
    if value not in LOCALES:
        raise ValueError(f"expected one of {', '.join(LOCALES)}")
    return str(value)


_POLICY_FIELDS: Mapping[str, Callable[[Any], Any]] = {
    "allowed_role_ids": _snowflake_list,
    "allowed_channel_ids": _snowflake_list,
    "blocked_user_ids": _snowflake_list,
    "moderator_role_ids": _snowflake_list,
    "cooldown_seconds": _count,
    "member_daily_quota": _count,
    "guild_daily_quota": _count,
    "max_sample_seconds": _positive_seconds,
    "default_language": _optional(_text),
    "remove_noise": _optional(_flag),
    "approval_required": _flag,
    "review_channel_id": _optional(_snowflake),
    "audit_channel_id": _optional(_snowflake),
    "ephemeral": _flag,
    "consent_text": _optional(_text),
    "preview_enabled": _optional(_flag),
    "preview_text": _optional(_text),
    "preview_open": _flag,
    "verification": lambda value: VerificationMode(value).value,
    "speech_enabled": _flag,
    "speech_role_ids": _snowflake_list,
    "speech_voice_channel_ids": _snowflake_list,
    "speech_text_channel_ids": _snowflake_list,
    "read_aloud_allowed": _flag,
    "speech_server_voices": _flag,
    "speech_member_daily_chars": _optional(_count),
    "speech_guild_daily_chars": _optional(_count),
    "locale": _optional(_locale),
}


def _check_policy_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(changes) - set(_POLICY_FIELDS))
    if unknown:
        raise ValueError(f"unknown policy field(s): {', '.join(unknown)}")
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        try:
            clean[name] = _POLICY_FIELDS[name](value)
        except ValueError as exc:
            raise ValueError(f"invalid {name}: {exc}") from None
    return clean


ListAction = Literal["add", "remove", "clear"]
_LIST_FIELDS = frozenset(n for n, check in _POLICY_FIELDS.items() if check is _snowflake_list)


class ListEdit(str):
    """One change to a policy's ID list, for :meth:`CloneStore.update_policy`: applied to the
    stored list inside its locked transaction, so concurrent edits of a list all stay.

    An immutable ``str`` ("add 123", "remove 123", "clear"): that is how it reads in, and is
    stored with, the audit detail of the change.
    """

    __slots__ = ()

    def __new__(cls, action: ListAction, item: int | None = None) -> ListEdit:
        if action == "clear":
            if item is not None:
                raise ValueError("clear takes no ID")
            return super().__new__(cls, action)
        if action not in ("add", "remove"):
            raise ValueError(f"unknown list action {action!r}")
        return super().__new__(cls, f"{action} {_snowflake(item)}")

    @property
    def action(self) -> ListAction:
        return cast(ListAction, self.partition(" ")[0])

    @property
    def item(self) -> int | None:
        item = self.partition(" ")[2]
        return int(item) if item else None

    def apply(self, current: Iterable[int]) -> list[int]:
        """The list after this edit (order kept, an ID present once)."""
        ids = _snowflake_list(current)
        if self.action == "clear":
            return []
        if self.action == "add":
            return ids if self.item in ids else [*ids, cast(int, self.item)]
        return [i for i in ids if i != self.item]

    def __repr__(self) -> str:
        return f"ListEdit({self.action!r}, {self.item!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (ListEdit, (self.action, self.item))


def _split_list_edits(changes: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, ListEdit]]:
    """``changes`` checked, and the :class:`ListEdit` among them (only ID lists take one)."""
    edits = {k: v for k, v in changes.items() if k in _LIST_FIELDS and isinstance(v, ListEdit)}
    clean = _check_policy_changes({k: v for k, v in changes.items() if k not in edits})
    misplaced = sorted(k for k, v in clean.items() if isinstance(v, ListEdit))
    if misplaced:  # a text field would take it as text
        raise ValueError(f"invalid {misplaced[0]}: only an ID list takes a list edit")
    return clean, edits


def _check_aware(fields: Mapping[str, Any]) -> None:
    for name, value in fields.items():
        if isinstance(value, datetime) and value.utcoffset() is None:
            raise ValueError(f"{name} is a naive datetime; pass an aware one (e.g. in UTC)")


def _record_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Checked copy of record fields, JSON ones as they will read back (NaN/inf -> None)."""
    _check_aware(fields)
    values = {k: json_safe(v) if k in _RECORD_JSON_FIELDS else v for k, v in fields.items()}
    if "status" in values:
        values["status"] = CloneStatus(values["status"])
    return values


#: Audit detail keys that carry nothing personal (kept when a member's data is erased).
def _impersonal(event: AuditEvent) -> dict[str, Any]:
    """An erased member's audit event's detail, stripped of personal content (every key the
    code writes is classified in :mod:`bot.storage.erasure`; a rename's old name goes)."""
    return impersonal(event.action, event.detail)


def _lease_free(at: datetime | None) -> list[Any]:
    """Records no live process holds at ``at``: no lease, or an expired one."""
    if at is None:
        return []
    _check_aware({"lease_free_at": at})
    return [or_(CloneRecord.lease_expires_at.is_(None), CloneRecord.lease_expires_at < at)]


def _counted(consented_only: bool) -> UsageKind:
    """Requests count by their marks (bot.storage.usage): opened, or confirmed."""
    return UsageKind.CONSENTED if consented_only else UsageKind.OPENED


def _live_voice() -> list[Any]:
    """A voice the library lists: a done request's, not deleted. A failed request may still
    hold a voice whose deletion failed: it is the sweep's to delete, nobody's to use."""
    return [
        CloneRecord.status == CloneStatus.DONE,
        CloneRecord.voice_id.is_not(None),
        CloneRecord.voice_deleted_at.is_(None),
    ]


def _open_request_query(guild_id: int, user_id: int) -> Select[Any]:
    return (
        select(CloneRecord)
        .where(
            CloneRecord.guild_id == guild_id,
            CloneRecord.user_id == user_id,
            CloneRecord.status.in_(sorted(OPEN_STATUSES)),
        )
        .order_by(CloneRecord.created_at.desc(), CloneRecord.id.desc())
        .limit(1)
    )


#: First key of the advisory locks that serialise a guild's request counting (PostgreSQL).
_GUILD_LOCK_SPACE = 0x7663


def _guild_lock_key(guild_id: int) -> int:
    """The guild folded into the int4 second key (a collision only serialises more)."""
    folded = (guild_id ^ (guild_id >> 32)) & 0xFFFF_FFFF
    return folded - (1 << 32) if folded >= 1 << 31 else folded


class RequestStillOpen(ValueError):
    """A member's data cannot be erased while one of their requests is still open."""

    def __init__(self, guild_id: int, user_id: int) -> None:
        super().__init__(f"member {user_id} has an open request in guild {guild_id}")


#: Rows to add in the transaction of a state change, made from the record as it now is
#: (audit events, outbox messages): see :mod:`bot.lifecycle`.
Effects = Callable[[CloneRecord], Iterable[Any]]


class CloneStore(
    ChallengeQueries, OutboxQueries, SpeechQueries, UsageQueries, UndeletedVoiceQueries
):
    """Policies, clone records, their sample audio and audit events, over a :class:`Database`."""

    def __init__(
        self, database: Database, policy_defaults: Mapping[str, Any] | None = None
    ) -> None:
        self.database = database
        #: What a guild without its own settings gets (validated like a policy change).
        self.policy_defaults = _check_policy_changes(policy_defaults or {})

    # --- Guild policy ---------------------------------------------------------------------

    async def get_policy(self, guild_id: int) -> GuildPolicy:
        """The guild's policy, or an unsaved default one (``updated_at`` None) if it has none."""
        async with self.database.session() as session:
            policy = await session.get(GuildPolicy, guild_id)
        if policy is not None:
            return policy
        return GuildPolicy(guild_id=guild_id, **self.policy_defaults)

    async def update_policy(
        self, guild_id: int, actor_id: int | None, /, **changes: Any
    ) -> GuildPolicy:
        """Create or change the guild's policy; raises ValueError for unknown or bad fields.

        ID lists accept any iterable of ints (duplicates dropped), or a :class:`ListEdit`
        applied to the list as stored, with the row locked (FOR UPDATE on PostgreSQL; SQLite
        serialises writers): concurrent edits of one list all stay. Writes no audit event.
        """
        clean, edits = _split_list_edits(changes)
        backend = self.database.backend
        async with self.database.session() as session, session.begin():
            if backend in ("postgresql", "sqlite"):
                insert = upsert_insert(backend)
                await session.execute(
                    insert(GuildPolicy)
                    .values(guild_id=guild_id, **self.policy_defaults)
                    .on_conflict_do_nothing()
                )
                query = select(GuildPolicy).where(GuildPolicy.guild_id == guild_id)
                policy = (await session.scalars(query.with_for_update())).one()
            else:  # pragma: no cover - other databases are not supported
                policy = await session.get(GuildPolicy, guild_id) or GuildPolicy(guild_id=guild_id)
                session.add(policy)
            for name, value in clean.items():
                setattr(policy, name, value)
            for name, edit in edits.items():
                setattr(policy, name, edit.apply(getattr(policy, name)))
            policy.updated_at = utcnow()
            policy.updated_by = actor_id
        return policy

    # --- Clone records --------------------------------------------------------------------

    async def create_record(self, **fields: Any) -> CloneRecord:
        """Insert a record. Needs guild_id, channel_id, user_id, display_name and language.

        Status defaults to ``processing``; created_at/updated_at to now. Unknown or missing
        fields raise TypeError, naive datetimes ValueError.
        """
        record = CloneRecord(**_record_values(fields))
        async with self.database.session() as session, session.begin():
            session.add(record)
        return record

    async def get_record(self, record_id: int) -> CloneRecord | None:
        """The record with this id, or None."""
        async with self.database.session() as session:
            return await session.get(CloneRecord, record_id)

    async def transition(
        self,
        record_id: int,
        from_statuses: Collection[CloneStatus],
        to: CloneStatus,
        *,
        effects: Effects | None = None,
        **fields: Any,
    ) -> CloneRecord | None:
        """Move a record to ``to`` only if its status is one of ``from_statuses``.

        An atomic compare-and-set: of several concurrent calls for the same move, one gets the
        updated record and the others get None (also None if the record does not exist).
        ``fields`` are other columns to set at the same time; updated_at is set to now. When
        ``to`` is final the record's stored sample audio is deleted in the same transaction.
        ``effects(record)`` gives rows (audit events, outbox messages) added in the same
        transaction, only when the move happened.
        """
        allowed = sorted({CloneStatus(status) for status in from_statuses})
        if not allowed:
            raise ValueError("from_statuses is empty")
        target = CloneStatus(to)
        bad = sorted(set(fields) & _FIXED_RECORD_FIELDS)
        unknown = sorted(set(fields) - set(CloneRecord.__table__.columns.keys()))
        if bad or unknown:
            raise ValueError(f"transition() cannot set: {', '.join(bad + unknown)}")
        async with self.database.session() as session, session.begin():
            return await self._transition(session, record_id, allowed, target, fields, effects)

    @staticmethod
    async def _transition(
        session: AsyncSession,
        record_id: int,
        allowed: Sequence[CloneStatus],
        target: CloneStatus,
        fields: Mapping[str, Any],
        effects: Effects | None = None,
    ) -> CloneRecord | None:
        values = {**_record_values(fields), "status": target, "updated_at": utcnow()}
        if target.is_final:
            # Nothing left to hold: what the member is still owed is in the outbox.
            values.update(lease_owner=None, lease_expires_at=None)
        statement = (
            update(CloneRecord)
            .where(CloneRecord.id == record_id, CloneRecord.status.in_(allowed))
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        result = cast(CursorResult[Any], await session.execute(statement))
        if result.rowcount != 1:
            return None
        if target.is_final:
            await session.execute(delete(SampleAudio).where(SampleAudio.record_id == record_id))
        moved = await session.get(CloneRecord, record_id, populate_existing=True)
        if moved is not None and effects is not None:
            session.add_all(list(effects(moved)))
            await session.flush()
        return moved

    # --- Sample audio ---------------------------------------------------------------------

    async def save_samples(self, record_id: int, wavs: Sequence[bytes]) -> None:
        """Store the processed WAVs of a record, replacing any stored before.

        Raises LookupError if the record does not exist.
        """
        async with self.database.session() as session, session.begin():
            if await session.get(CloneRecord, record_id) is None:
                raise LookupError(f"no clone record {record_id}")
            await session.execute(delete(SampleAudio).where(SampleAudio.record_id == record_id))
            session.add_all(
                SampleAudio(record_id=record_id, index=index, wav=bytes(wav))
                for index, wav in enumerate(wavs)
            )

    async def load_samples(self, record_id: int) -> list[bytes]:
        """The stored WAVs of a record in order; empty if none are stored."""
        query = (
            select(SampleAudio.wav)
            .where(SampleAudio.record_id == record_id)
            .order_by(SampleAudio.index)
        )
        async with self.database.session() as session:
            return list(await session.scalars(query))

    async def delete_samples(self, record_id: int) -> None:
        """Forget the stored WAVs of a record."""
        async with self.database.session() as session, session.begin():
            await session.execute(delete(SampleAudio).where(SampleAudio.record_id == record_id))

    # --- Quotas and cooldowns -------------------------------------------------------------

    async def count_requests(
        self,
        guild_id: int,
        since: datetime,
        user_id: int | None = None,
        *,
        consented_only: bool = False,
    ) -> int:
        """Requests opened in the guild (by one member if ``user_id``) at or after ``since``;
        with ``consented_only``, requests confirmed then (a file refused before the consent
        step does not use up a quota).

        Counted from the usage marks, which erasing a member's data keeps and pruning drops
        once no window counts them: ``since`` is meant within the last 24 hours.
        """
        _check_aware({"since": since})
        key = await self.member_key(guild_id, user_id) if user_id is not None else None
        query = usage.count_query(_counted(consented_only), guild_id, since, key)
        async with self.database.session() as session:
            return int((await session.scalar(query)) or 0)

    async def _history(
        self, session: AsyncSession, guild_id: int, user_id: int, since: datetime, key: str
    ) -> History:
        """The member's and guild's confirmed and opened requests since ``since`` (their
        usage marks; ``key``: the member's), and the member's open request, read in
        ``session``'s transaction."""
        open_record = await session.scalar(_open_request_query(guild_id, user_id))
        confirmed = UsageKind.CONSENTED
        last = usage.last_query(confirmed, guild_id, key)
        member = usage.count_query(confirmed, guild_id, since, key)
        guild = usage.count_query(confirmed, guild_id, since)
        mine = usage.recent_query(UsageKind.OPENED, guild_id, since, key)
        theirs = usage.recent_query(UsageKind.OPENED, guild_id, since)
        return History(
            last_request_at=await session.scalar(last),
            member_requests=int((await session.scalar(member)) or 0),
            guild_requests=int((await session.scalar(guild)) or 0),
            open_request_id=open_record.id if open_record is not None else None,
            member_opened=tuple(await session.scalars(mine)),
            guild_opened=tuple(await session.scalars(theirs)),
        )

    async def history(self, guild_id: int, user_id: int, since: datetime) -> History:
        """What :meth:`create_checked` would check, read without creating anything."""
        _check_aware({"since": since})
        key = await self.member_key(guild_id, user_id)
        async with self.database.session() as session:
            return await self._history(session, guild_id, user_id, since, key)

    async def _serialise_guild(self, session: AsyncSession, guild_id: int) -> None:
        """Hold the guild's counting lock until the transaction ends: across processes on
        PostgreSQL (an advisory lock); SQLite has one process, which serialises itself."""
        if self.database.backend == "postgresql":
            await session.execute(
                text("SELECT pg_advisory_xact_lock(:space, :key)"),
                {"space": _GUILD_LOCK_SPACE, "key": _guild_lock_key(guild_id)},
            )

    async def create_checked(
        self,
        since: datetime,
        check: Callable[[History], None],
        *,
        effects: Effects | None = None,
        **fields: Any,
    ) -> CloneRecord:
        """Count the member's and guild's requests since ``since``, let ``check`` refuse
        (it raises), and insert the record, in one transaction serialised per guild: two
        processes never both let a member past a quota, cooldown or open request.
        ``effects(record)``: rows added with it (see :meth:`transition`)."""
        _check_aware({"since": since})
        record = CloneRecord(**_record_values(fields))
        key = await self.member_key(record.guild_id, record.user_id)
        async with self.database.session() as session, session.begin():
            await self._serialise_guild(session, record.guild_id)
            check(await self._history(session, record.guild_id, record.user_id, since, key))
            session.add(record)
            session.add(usage.mark(UsageKind.OPENED, record.guild_id, key, record.created_at))
            await session.flush()
            if effects is not None:
                session.add_all(list(effects(record)))
        return record

    async def confirm_checked(
        self,
        record: CloneRecord,
        since: datetime,
        check: Callable[[History], None],
        to: CloneStatus,
        *,
        effects: Effects | None = None,
        **fields: Any,
    ) -> CloneRecord | None:
        """Check the quotas again and move ``record`` from awaiting consent to ``to``, in one
        transaction serialised per guild (see :meth:`create_checked`); None if it was no
        longer awaiting consent."""
        _check_aware({"since": since})
        key = await self.member_key(record.guild_id, record.user_id)
        async with self.database.session() as session, session.begin():
            await self._serialise_guild(session, record.guild_id)
            current = await session.get(CloneRecord, record.id, populate_existing=True)
            if current is None or current.status is not CloneStatus.AWAITING_CONSENT:
                return None  # confirmed (or cancelled) already: not a quota question
            check(await self._history(session, record.guild_id, record.user_id, since, key))
            moved = await self._transition(
                session, record.id, [CloneStatus.AWAITING_CONSENT], CloneStatus(to), fields, effects
            )
            if moved is not None:
                at = moved.consented_at or utcnow()
                session.add(usage.mark(UsageKind.CONSENTED, record.guild_id, key, at))
            return moved

    # --- Leases: which process works on a request -----------------------------------------

    async def claim_lease(
        self,
        record_id: int,
        statuses: Collection[CloneStatus],
        owner: str,
        until: datetime,
    ) -> CloneRecord | None:
        """Take the lease of a record in one of ``statuses`` if nobody else holds a live one
        (compare-and-set, like :meth:`transition`); None if another process holds it."""
        _check_aware({"until": until})
        now = utcnow()
        statement = (
            update(CloneRecord)
            .where(
                CloneRecord.id == record_id,
                CloneRecord.status.in_(sorted({CloneStatus(s) for s in statuses})),
                or_(
                    CloneRecord.lease_owner.is_(None),
                    CloneRecord.lease_owner == owner,
                    CloneRecord.lease_expires_at.is_(None),
                    CloneRecord.lease_expires_at < now,
                ),
            )
            .values(lease_owner=owner, lease_expires_at=until)
            .execution_options(synchronize_session=False)
        )
        async with self.database.session() as session, session.begin():
            result = cast(CursorResult[Any], await session.execute(statement))
            if result.rowcount != 1:
                return None
            return await session.get(CloneRecord, record_id, populate_existing=True)

    async def renew_leases(self, owner: str, record_ids: Collection[int], until: datetime) -> int:
        """Extend ``owner``'s leases on these records; returns how many it still held."""
        _check_aware({"until": until})
        if not record_ids:
            return 0
        statement = (
            update(CloneRecord)
            .where(CloneRecord.id.in_(sorted(record_ids)), CloneRecord.lease_owner == owner)
            .values(lease_expires_at=until)
            .execution_options(synchronize_session=False)
        )
        async with self.database.session() as session, session.begin():
            result = cast(CursorResult[Any], await session.execute(statement))
            return int(result.rowcount)

    async def release_leases(self, owner: str, record_ids: Collection[int]) -> None:
        """End ``owner``'s leases now (a clean shutdown: others may take over at once)."""
        if not record_ids:
            return
        statement = (
            update(CloneRecord)
            .where(CloneRecord.id.in_(sorted(record_ids)), CloneRecord.lease_owner == owner)
            .values(lease_expires_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        async with self.database.session() as session, session.begin():
            await session.execute(statement)

    async def mark_delivered(self, record_id: int) -> None:
        """The member got the result: nothing left to hold or to re-send."""
        statement = (
            update(CloneRecord)
            .where(CloneRecord.id == record_id, CloneRecord.delivered_at.is_(None))
            .values(delivered_at=utcnow(), lease_owner=None, lease_expires_at=None)
            .execution_options(synchronize_session=False)
        )
        async with self.database.session() as session, session.begin():
            await session.execute(statement)

    async def undelivered(self, lease_free_at: datetime | None = None) -> list[CloneRecord]:
        """Done requests whose result never reached the member (the process that cloned
        them died first), that no live process holds at ``lease_free_at``."""
        return await self._records(
            CloneRecord.status == CloneStatus.DONE,
            CloneRecord.delivered_at.is_(None),
            CloneRecord.voice_id.is_not(None),
            CloneRecord.voice_deleted_at.is_(None),
            *_lease_free(lease_free_at),
        )

    async def last_request_at(
        self, guild_id: int, user_id: int, *, consented_only: bool = False
    ) -> datetime | None:
        """When the member last opened a request in the guild, for cooldowns (its usage
        mark: within the marks' retention, see :meth:`count_requests`).

        With ``consented_only``: when the member last confirmed a request.
        """
        key = await self.member_key(guild_id, user_id)
        query = usage.last_query(_counted(consented_only), guild_id, key)
        async with self.database.session() as session:
            return cast(datetime | None, await session.scalar(query))

    async def open_request(self, guild_id: int, user_id: int) -> CloneRecord | None:
        """The member's newest request that is not final yet, if any."""
        async with self.database.session() as session:
            return cast(
                CloneRecord | None, await session.scalar(_open_request_query(guild_id, user_id))
            )

    # --- Start-up and periodic sweeps (all guilds) ----------------------------------------

    async def cloned_voices(
        self, guild_id: int, *, user_id: int | None = None, search: str = "", limit: int = 25
    ) -> list[CloneRecord]:
        """Live voices cloned in the guild (by one member if ``user_id``): done requests'
        and not deleted, newest first; ``search`` matches the display name or voice ID."""
        query = select(CloneRecord).where(CloneRecord.guild_id == guild_id, *_live_voice())
        if user_id is not None:
            query = query.where(CloneRecord.user_id == user_id)
        if search:
            pattern = f"%{search.lower()}%"
            query = query.where(
                func.lower(CloneRecord.display_name).like(pattern)
                | func.lower(CloneRecord.voice_id).like(pattern)
            )
        query = query.order_by(CloneRecord.id.desc()).limit(limit)
        async with self.database.session() as session:
            return list(await session.scalars(query))

    async def library(
        self,
        guild_id: int,
        *,
        user_id: int | None = None,
        include_server: bool = False,
        search: str = "",
        offset: int = 0,
        limit: int = 25,
    ) -> tuple[list[CloneRecord], int]:
        """One page of the guild's live voices (newest first) and how many there are in all.

        ``user_id`` keeps that member's voices (plus the server voices with
        ``include_server``); None keeps every voice of the guild. Live: a done request's
        voice, not deleted."""
        query = select(CloneRecord).where(CloneRecord.guild_id == guild_id, *_live_voice())
        if user_id is not None:
            mine = CloneRecord.user_id == user_id
            shared = CloneRecord.server_voice.is_(True)
            query = query.where(mine | shared if include_server else mine)
        if search:
            pattern = f"%{search.lower()}%"
            query = query.where(
                func.lower(CloneRecord.display_name).like(pattern)
                | func.lower(CloneRecord.voice_id).like(pattern)
            )
        total = select(func.count()).select_from(query.subquery())
        page = query.order_by(CloneRecord.id.desc()).offset(max(0, offset)).limit(limit)
        async with self.database.session() as session:
            count = int(await session.scalar(total) or 0)
            return list(await session.scalars(page)), count

    async def update_voice(self, record_id: int, **changes: Any) -> CloneRecord | None:
        """Change a live voice's ``display_name`` or ``server_voice``; None if it is gone."""
        allowed = {"display_name", "server_voice"}
        if not changes or set(changes) - allowed:
            raise ValueError(f"update_voice changes only {', '.join(sorted(allowed))}")
        async with self.database.session() as session, session.begin():
            result = cast(
                CursorResult[Any],
                await session.execute(
                    update(CloneRecord)
                    .where(CloneRecord.id == record_id, CloneRecord.voice_deleted_at.is_(None))
                    .values(**changes, updated_at=utcnow())
                    .execution_options(synchronize_session=False)
                ),
            )
            if result.rowcount != 1:
                return None
            return await session.get(CloneRecord, record_id, populate_existing=True)

    async def member_records(self, guild_id: int, user_id: int) -> list[CloneRecord]:
        """Every request a member made in the guild (any status), oldest first."""
        return await self._records(CloneRecord.guild_id == guild_id, CloneRecord.user_id == user_id)

    async def erase_member(self, guild_id: int, user_id: int) -> int:
        """Erase a member's stored data in the guild: their requests, sample audio, sentences
        read aloud and read-aloud preference are deleted (other members reading with one of
        their voices go back to their own); the audit events stay, stripped of personal
        content (names, texts, voice IDs, the member's ID as actor). Returns how many
        requests were erased.

        The bot's posts about them are taken down by outbox messages written here (see
        :func:`bot.storage.outbox.takedowns`): their review posts, notices and results are
        deleted, their audit posts redacted to what this keeps. An event of another member's
        request that they only acted on (as a moderator) loses them as its actor and keeps
        the rest, and its post stays: it is that member's record.

        Only settled requests are erased: one still open (a move of bot.lifecycle may follow,
        a voice may be on its way) raises :class:`RequestStillOpen`, checked in this very
        transaction (its rows locked on PostgreSQL), so erasure never races a move."""
        async with self.database.session() as session, session.begin():
            mine = select(CloneRecord).where(
                CloneRecord.guild_id == guild_id, CloneRecord.user_id == user_id
            )
            if self.database.backend == "postgresql":
                mine = mine.with_for_update()
            records = list(await session.scalars(mine))
            if any(record.status in OPEN_STATUSES for record in records):
                raise RequestStillOpen(guild_id, user_id)
            ids = [record.id for record in records]
            events = list(
                await session.scalars(
                    select(AuditEvent).where(
                        AuditEvent.guild_id == guild_id,
                        AuditEvent.record_id.in_(ids) | (AuditEvent.actor_id == user_id),
                    )
                )
            )
            for event in events:
                if event.record_id is None or event.record_id in ids:
                    event.detail = _impersonal(event)
                if event.actor_id == user_id:
                    event.actor_id = None
            sent = await self._erased_outbox(session, guild_id, user_id, ids)
            policy = await session.get(GuildPolicy, guild_id)
            audit_channel_id = policy.audit_channel_id if policy is not None else None
            session.add_all(
                takedowns(sent, records, user_id=user_id, audit_channel_id=audit_channel_id)
            )
            await session.execute(
                delete(ConsentChallenge).where(
                    ConsentChallenge.guild_id == guild_id, ConsentChallenge.user_id == user_id
                )
            )
            await session.execute(
                delete(ReadAloudPreference).where(
                    ReadAloudPreference.guild_id == guild_id,
                    ReadAloudPreference.user_id == user_id,
                )
            )
            voice_ids = [record.voice_id for record in records if record.voice_id is not None]
            if voice_ids:
                await forget_voices(session, guild_id, voice_ids)
            if ids:
                await session.execute(delete(SampleAudio).where(SampleAudio.record_id.in_(ids)))
                await session.execute(delete(CloneRecord).where(CloneRecord.id.in_(ids)))
        return len(ids)

    @staticmethod
    async def _erased_outbox(
        session: AsyncSession, guild_id: int, user_id: int, record_ids: list[int]
    ) -> list[OutboxMessage]:
        """Delete the member's outbox messages (their requests', and the audit posts of
        events without a request they made) and return them as they were when deleted.

        One ``DELETE ... RETURNING``: a message delivered just before it comes back with
        the ids of its posts; one delivered after finds itself gone (the dispatcher then
        takes its posts down, see ``outbox_orphaned``). Undelivered ones are never sent."""
        acted = select(OutboxMessage.id, OutboxMessage.payload).where(
            OutboxMessage.guild_id == guild_id,
            OutboxMessage.kind == OutboxKind.AUDIT,
            OutboxMessage.record_id.is_(None),
        )
        theirs = [
            row.id
            for row in await session.execute(acted)
            if (row.payload or {}).get("actor_id") == user_id
        ]
        if not record_ids and not theirs:
            return []
        gone = (
            delete(OutboxMessage)
            .where(OutboxMessage.record_id.in_(record_ids) | OutboxMessage.id.in_(theirs))
            .returning(OutboxMessage)
            .execution_options(synchronize_session=False)
        )
        sent = list(await session.scalars(gone))
        for row in sent:  # deleted: SQLite may give its id to a takedown added next
            session.expunge(row)
        return sent

    async def find_voice(self, guild_id: int, voice_id: str) -> CloneRecord | None:
        """The record that created ``voice_id`` in this guild, whatever its status (a
        failed request's undeleted voice too): :mod:`bot.voices.access` decides what may be
        done with it."""
        query = select(CloneRecord).where(
            CloneRecord.guild_id == guild_id, CloneRecord.voice_id == voice_id
        )
        async with self.database.session() as session:
            return await session.scalar(query.limit(1))

    async def mark_voice_deleted(self, record_id: int) -> CloneRecord | None:
        """Stamp the record's voice as deleted (once); None if it already was."""
        async with self.database.session() as session, session.begin():
            result = cast(
                CursorResult[Any],
                await session.execute(
                    update(CloneRecord)
                    .where(CloneRecord.id == record_id, CloneRecord.voice_deleted_at.is_(None))
                    .values(voice_deleted_at=utcnow(), updated_at=utcnow())
                    .execution_options(synchronize_session=False)
                ),
            )
            if result.rowcount != 1:
                return None
            return await session.get(CloneRecord, record_id, populate_existing=True)

    async def due_for_expiry(self, now: datetime) -> list[CloneRecord]:
        """Records awaiting consent or approval whose ``expires_at`` is at or before ``now``."""
        _check_aware({"now": now})
        return await self._records(
            CloneRecord.status.in_(_EXPIRING),
            CloneRecord.expires_at.is_not(None),
            CloneRecord.expires_at <= now,
        )

    async def interrupted(self, lease_free_at: datetime | None = None) -> list[CloneRecord]:
        """Records left ``processing`` or ``cloning`` (by a crash or restart).

        ``lease_free_at`` keeps only those no live process holds then (several processes
        share a PostgreSQL database; see :meth:`claim_lease`).
        """
        return await self._records(
            CloneRecord.status.in_(_INTERRUPTED), *_lease_free(lease_free_at)
        )

    async def approved_not_started(
        self, lease_free_at: datetime | None = None
    ) -> list[CloneRecord]:
        """Approved records whose cloning has not started (see ``interrupted``)."""
        return await self._records(
            CloneRecord.status == CloneStatus.APPROVED, *_lease_free(lease_free_at)
        )

    async def to_reconcile(
        self, lease_free_at: datetime | None = None, *, limit: int = 100
    ) -> list[CloneRecord]:
        """Records whose clone may have created a voice nobody was told about: ``reconciling``
        ones, and ``cloning`` ones whose POST had started (``clone_started_at`` set), oldest
        first. ``lease_free_at`` keeps only cloning records no live process holds then
        (another process may be calling the API for them)."""
        cloning = (CloneRecord.status == CloneStatus.CLONING) & CloneRecord.clone_started_at.is_not(
            None
        )
        for condition in _lease_free(lease_free_at):
            cloning = cloning & condition
        query = (
            select(CloneRecord)
            .where((CloneRecord.status == CloneStatus.RECONCILING) | cloning)
            .order_by(CloneRecord.id)
            .limit(limit)
        )
        async with self.database.session() as session:
            return list(await session.scalars(query))

    async def claimed_voice_ids(self, voice_ids: Collection[str]) -> set[str]:
        """Which of ``voice_ids`` already belong to a request (in any guild)."""
        wanted = sorted(set(voice_ids))
        if not wanted:
            return set()
        query = select(CloneRecord.voice_id).where(CloneRecord.voice_id.in_(wanted))
        async with self.database.session() as session:
            return {v for v in await session.scalars(query) if v is not None}

    async def _records(self, *conditions: Any) -> list[CloneRecord]:
        query = select(CloneRecord).where(*conditions).order_by(CloneRecord.id)
        async with self.database.session() as session:
            return list(await session.scalars(query))

    # --- Audit ----------------------------------------------------------------------------

    async def add_audit(
        self,
        guild_id: int,
        action: AuditAction | str,
        *,
        record_id: int | None = None,
        actor_id: int | None = None,
        detail: Mapping[str, Any] | None = None,
        post: bool = True,
    ) -> AuditEvent:
        """Record an audit event and, in the same transaction, its post to the audit channel
        (the outbox); ``action`` must be an :class:`AuditAction` value. ``post=False`` stores
        the event only (read-aloud: one post per typed message would flood the channel)."""
        event, message = audit_rows(
            guild_id, action, record_id=record_id, actor_id=actor_id, detail=detail
        )
        async with self.database.session() as session, session.begin():
            session.add_all([event, message] if post else [event])
        return event

    async def audit_events(
        self, guild_id: int, limit: int = 50, record_id: int | None = None
    ) -> list[AuditEvent]:
        """The guild's newest audit events first, optionally only those of one record."""
        query = select(AuditEvent).where(AuditEvent.guild_id == guild_id)
        if record_id is not None:
            query = query.where(AuditEvent.record_id == record_id)
        query = query.order_by(AuditEvent.id.desc()).limit(limit)
        async with self.database.session() as session:
            return list(await session.scalars(query))
