"""Voices left behind by failed requests: a voice whose deletion failed (the spoken sentence did
not match and Inworld's DELETE failed) stays in the account until the reconcile sweep deletes
it. Nobody may use it meanwhile: the library lists only done requests' voices.

A mixin of :class:`~bot.storage.repository.CloneStore`. Stamping the deletion is no state
change (the request stays failed), so it is not a move of :mod:`bot.lifecycle`; its audit
event and audit-channel post are written in the same transaction, once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult

from .db import Database
from .models import AuditAction, CloneRecord, CloneStatus, utcnow
from .outbox import audit_rows


def _undeleted() -> list[Any]:
    return [
        CloneRecord.status == CloneStatus.FAILED,
        CloneRecord.voice_id.is_not(None),
        CloneRecord.voice_deleted_at.is_(None),
    ]


class UndeletedVoiceQueries:
    """Find failed requests that still hold a voice; stamp one deleted, audited."""

    database: Database

    async def undeleted_voices(self, limit: int = 50) -> list[CloneRecord]:
        """Failed requests whose voice was never deleted, oldest first."""
        query = select(CloneRecord).where(*_undeleted()).order_by(CloneRecord.id).limit(limit)
        async with self.database.session() as session:
            return list(await session.scalars(query))

    async def undeleted_voice_gone(
        self, record_id: int, detail: Mapping[str, Any]
    ) -> CloneRecord | None:
        """Stamp a failed request's voice deleted and audit it (``detail``), in one
        transaction; None if it was stamped already (another process, an erasure)."""
        now = utcnow()
        statement = (
            update(CloneRecord)
            .where(CloneRecord.id == record_id, *_undeleted())
            .values(voice_deleted_at=now, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        async with self.database.session() as session, session.begin():
            result = cast(CursorResult[Any], await session.execute(statement))
            if result.rowcount != 1:
                return None
            record = await session.get(CloneRecord, record_id, populate_existing=True)
            if record is None:  # pragma: no cover - just updated in this transaction
                return None
            session.add_all(
                audit_rows(record.guild_id, AuditAction.DELETED, record_id=record.id, detail=detail)
            )
        return record
