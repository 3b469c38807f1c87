"""The outbox's queries: Discord side effects written with the state change they follow, and
claimed, delivered, rescheduled or abandoned one short transaction each.

A mixin of :class:`~bot.storage.repository.CloneStore` (like the challenges). A message is
claimed by one process at a time (``claimed_by`` until ``claimed_until``), so two processes
never deliver it both; a claim that lapses (its process died) is taken by the next pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import or_, select, update
from sqlalchemy.engine import CursorResult

from .db import Database, json_safe
from .erasure import impersonal, posts_of
from .models import AuditAction, AuditEvent, CloneRecord, OutboxMessage, utcnow


class OutboxKind:
    """What an outbox message is (the column holds the string)."""

    #: An embed in the guild's audit channel (payload: audit_id, action, actor_id, detail).
    AUDIT = "audit"
    #: A text for the requester (payload: text), by the guild's privacy rules.
    NOTICE = "notice"
    #: A request's outcome (payload: headline, created, reason, ...), interaction first.
    RESULT = "result"
    #: The moderators' review post loses its buttons and audio, and shows a line (payload: line).
    REVIEW_UPDATE = "review_update"
    #: Delete a post of the bot about an erased member (payload: channel_id, message_id).
    DELETE_POST = "delete_post"
    #: Edit an erased member's audit post to the impersonal event (payload: channel_id,
    #: message_id, action, actor_id, detail, posted_at).
    REDACT_POST = "redact_post"


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


def takedowns(
    sent: Iterable[OutboxMessage],
    records: Iterable[CloneRecord] = (),
    *,
    user_id: int | None,
    audit_channel_id: int | None = None,
) -> list[OutboxMessage]:
    """The outbox messages that take down what the bot posted about an erased member.

    ``sent``: the member's outbox messages (their requests', and the audit posts of events
    they made); ``records``: their requests (each one's review post). An audit post is
    redacted to the impersonal event, without ``user_id`` as its actor (None: without any
    actor); every other post is deleted. An audit post stored with its ``message_id`` only
    (before posts were recorded) is looked for in ``audit_channel_id``.
    """
    out: list[OutboxMessage] = []
    seen: set[tuple[int, int]] = set()

    def add(kind: str, guild_id: int, channel_id: int, message_id: int, **extra: Any) -> None:
        if (channel_id, message_id) not in seen:
            seen.add((channel_id, message_id))
            payload = {"channel_id": channel_id, "message_id": message_id, **extra}
            out.append(message(kind, guild_id, None, **payload))

    for record in records:
        if record.review_channel_id is not None and record.review_message_id is not None:
            channel_id, message_id = record.review_channel_id, record.review_message_id
            add(OutboxKind.DELETE_POST, record.guild_id, channel_id, message_id)
    for sent_message in sent:
        outcome = sent_message.outcome or {}
        posts = posts_of(outcome)
        if sent_message.kind != OutboxKind.AUDIT:
            for channel_id, message_id in posts:
                add(OutboxKind.DELETE_POST, sent_message.guild_id, channel_id, message_id)
            continue
        if not posts and outcome.get("message_id") and audit_channel_id is not None:
            posts = [(audit_channel_id, int(outcome["message_id"]))]
        payload = sent_message.payload
        action = str(payload.get("action"))
        actor = payload.get("actor_id")
        for channel_id, message_id in posts:
            add(
                OutboxKind.REDACT_POST,
                sent_message.guild_id,
                channel_id,
                message_id,
                action=action,
                actor_id=None if user_id is None or actor == user_id else actor,
                detail=impersonal(action, dict(payload.get("detail") or {})),
                posted_at=sent_message.created_at.isoformat(),
            )
    return out


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

    async def outbox_sent(self, message_id: int, owner: str, outcome: Mapping[str, Any]) -> bool:
        """Delivered (``outcome``: where, and the ids of what was sent). False: ``owner`` no
        longer holds it (see :meth:`outbox_orphaned`)."""
        return await self._settle_outbox(
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

    async def _settle_outbox(self, message_id: int, owner: str, **values: Any) -> bool:
        statement = (
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id, OutboxMessage.claimed_by == owner)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        async with self.database.session() as session, session.begin():
            result = cast(CursorResult[Any], await session.execute(statement))
        return result.rowcount == 1

    async def outbox_orphaned(self, sent: OutboxMessage, outcome: Mapping[str, Any]) -> int:
        """``sent`` was posted (``outcome``) while an erasure removed it: its posts are taken
        down like the erasure's own (its audit post without any actor). Returns how many
        takedowns were written; none if the message still exists (its claim passed to
        another process, or a retried settlement had committed)."""
        # By id and nonce: SQLite gives a deleted row's id to the next row inserted.
        same = select(OutboxMessage.id).where(
            OutboxMessage.id == sent.id, OutboxMessage.nonce == sent.nonce
        )
        async with self.database.session() as session, session.begin():
            if await session.scalar(same) is not None:
                return 0
            posted = OutboxMessage(
                kind=sent.kind,
                guild_id=sent.guild_id,
                payload=dict(sent.payload),
                outcome=dict(outcome),
                created_at=sent.created_at,
            )
            rows = takedowns([posted], user_id=None)
            session.add_all(rows)
        return len(rows)

    async def review_update_superseded(self, update_message: OutboxMessage) -> bool:
        """Whether a later update of the same review post was delivered (it showed a newer
        line and took the audio off already): this one, retried late, must not undo it."""
        query = select(OutboxMessage.id).where(
            OutboxMessage.kind == OutboxKind.REVIEW_UPDATE,
            OutboxMessage.record_id == update_message.record_id,
            OutboxMessage.id > update_message.id,
            OutboxMessage.delivered_at.is_not(None),
        )
        async with self.database.session() as session:
            return await session.scalar(query.limit(1)) is not None

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
