"""The outbox's queries: Discord side effects written with the state change they follow, and
claimed, delivered, rescheduled or abandoned one short transaction each.

A mixin of :class:`~bot.storage.repository.CloneStore` (like the challenges). A message is
claimed by one process at a time (``claimed_by`` until ``claimed_until``), so two processes
never deliver it both; a claim that lapses (its process died) is taken by the next pass.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import or_, select, update
from sqlalchemy.engine import CursorResult

from .db import Database, json_safe
from .models import AuditAction, AuditEvent, OutboxMessage, utcnow


class OutboxKind:
    """What an outbox message is (the column holds the string)."""

    #: An embed in the guild's audit channel (payload: audit_id, action, actor_id, detail).
    AUDIT = "audit"
    #: A text for the requester (payload: text), by the guild's privacy rules.
    NOTICE = "notice"
    #: A request's outcome (payload: headline, created, reason, ...), interaction first.
    RESULT = "result"
    #: The moderators' review post loses its buttons and shows a line (payload: line).
    REVIEW_UPDATE = "review_update"


def audit_rows(
    guild_id: int,
    action: AuditAction | str,
    *,
    record_id: int | None = None,
    actor_id: int | None = None,
    detail: Mapping[str, Any] | None = None,
) -> tuple[AuditEvent, OutboxMessage]:
    """An audit event and the outbox message that posts it (to add in one transaction)."""
    try:
        checked = AuditAction(action)
    except ValueError:
        raise ValueError(f"unknown audit action {action!r}") from None
    safe = json_safe(dict(detail or {}))
    event = AuditEvent(
        guild_id=guild_id,
        action=checked.value,
        record_id=record_id,
        actor_id=actor_id,
        detail=safe,
    )
    post = OutboxMessage(
        kind=OutboxKind.AUDIT,
        guild_id=guild_id,
        record_id=record_id,
        payload={"action": checked.value, "actor_id": actor_id, "detail": safe},
    )
    return event, post


def message(kind: str, guild_id: int, record_id: int | None, **payload: Any) -> OutboxMessage:
    """An outbox message for ``record_id`` (added in the transaction of its state change)."""
    return OutboxMessage(
        kind=kind, guild_id=guild_id, record_id=record_id, payload=json_safe(payload)
    )


class OutboxQueries:
    """Claim due messages, then settle each: sent, due again later, or abandoned."""

    database: Database

    async def claim_outbox(
        self,
        owner: str,
        lease: timedelta,
        *,
        limit: int = 20,
        record_id: int | None = None,
        now: datetime | None = None,
        exclude_records: frozenset[int] = frozenset(),
    ) -> list[OutboxMessage]:
        """Up to ``limit`` due, undelivered messages nobody else holds, oldest first, now
        claimed by ``owner`` for ``lease`` (compare-and-set per message); none of the
        requests in ``exclude_records``."""
        now = now or utcnow()
        free = or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now)
        if record_id is not None:
            # A request's own flush also takes what was written claimed for it (bot.lifecycle
            # Holder); within a process one pass runs at a time, so nothing is sent twice.
            free = or_(free, OutboxMessage.claimed_by == owner)
        query = select(OutboxMessage.id).where(
            OutboxMessage.delivered_at.is_(None),
            OutboxMessage.abandoned_at.is_(None),
            OutboxMessage.due_at <= now,
            free,
        )
        if record_id is not None:
            query = query.where(OutboxMessage.record_id == record_id)
        if exclude_records:
            query = query.where(
                or_(
                    OutboxMessage.record_id.is_(None),
                    OutboxMessage.record_id.not_in(sorted(exclude_records)),
                )
            )
        query = query.order_by(OutboxMessage.id).limit(limit)
        claimed: list[OutboxMessage] = []
        async with self.database.session() as session, session.begin():
            for message_id in list(await session.scalars(query)):
                result = cast(
                    CursorResult[Any],
                    await session.execute(
                        update(OutboxMessage)
                        .where(OutboxMessage.id == message_id, free)
                        .values(claimed_by=owner, claimed_until=now + lease)
                        .execution_options(synchronize_session=False)
                    ),
                )
                if result.rowcount == 1:
                    row = await session.get(OutboxMessage, message_id, populate_existing=True)
                    if row is not None:
                        claimed.append(row)
        return claimed

    async def outbox_sent(self, message_id: int, owner: str, outcome: Mapping[str, Any]) -> None:
        """Delivered (``outcome``: where, and the ids of what was sent)."""
        await self._settle_outbox(
            message_id,
            owner,
            delivered_at=utcnow(),
            outcome=json_safe(dict(outcome)),
            claimed_by=None,
            claimed_until=None,
        )

    async def outbox_retry(
        self, message_id: int, owner: str, *, attempts: int, due_at: datetime, error: str
    ) -> None:
        """Not delivered this time: due again at ``due_at``."""
        await self._settle_outbox(
            message_id,
            owner,
            attempts=attempts,
            due_at=due_at,
            last_error=error[:1000],
            claimed_by=None,
            claimed_until=None,
        )

    async def outbox_abandon(
        self, message_id: int, owner: str, *, attempts: int, error: str
    ) -> None:
        """Given up after every attempt: kept (for moderators), never sent again."""
        await self._settle_outbox(
            message_id,
            owner,
            attempts=attempts,
            abandoned_at=utcnow(),
            last_error=error[:1000],
            claimed_by=None,
            claimed_until=None,
        )

    async def _settle_outbox(self, message_id: int, owner: str, **values: Any) -> None:
        statement = (
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id, OutboxMessage.claimed_by == owner)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        async with self.database.session() as session, session.begin():
            await session.execute(statement)

    async def outbox_release_claims(self) -> None:
        """Lift every claim (SQLite, at start-up: its one process is the only one)."""
        statement = (
            update(OutboxMessage)
            .where(OutboxMessage.claimed_by.is_not(None))
            .values(claimed_by=None, claimed_until=None)
            .execution_options(synchronize_session=False)
        )
        async with self.database.session() as session, session.begin():
            await session.execute(statement)

    async def outbox_messages(self, record_id: int | None = None) -> list[OutboxMessage]:
        """Every message (of one record), oldest first: for tests and diagnostics."""
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        if record_id is not None:
            query = query.where(OutboxMessage.record_id == record_id)
        async with self.database.session() as session:
            return list(await session.scalars(query))
