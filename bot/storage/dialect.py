"""The database's own INSERT (with ON CONFLICT), imported for the backend in use only:
SQLAlchemy's PostgreSQL dialect is 19 modules (~2 MB of a process's memory) that a bot on the
default SQLite never needs (issue #19)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.dialects.postgresql.dml import Insert as PostgresInsert
    from sqlalchemy.dialects.sqlite.dml import Insert as SqliteInsert

    UpsertInsert = PostgresInsert | SqliteInsert


def upsert_insert(backend: str) -> Callable[[Any], UpsertInsert]:
    """``insert`` of ``backend`` ("postgresql" or "sqlite"), which has ``on_conflict_do_*``."""
    if backend == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgres_insert

        return postgres_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert
