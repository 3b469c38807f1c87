"""URL normalisation, connection set-up and Alembic migrations."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from bot.storage import db as db_module
from bot.storage.db import Database, alembic_config, normalize_database_url
from bot.storage.models import Base
from tests.storage.helpers import sqlite_url

#: The newest migration: every upgrade must end there.
HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()

TABLES = {
    "guild_policies",
    "clone_records",
    "sample_audio",
    "audit_events",
    "rate_tickets",
    "rate_calls",
    "consent_challenges",
    "outbox",
    "usage_marks",
    "usage_keys",
    "read_aloud_preferences",
    "alembic_version",
}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:///data/bot.db", "sqlite+aiosqlite:///data/bot.db"),
        ("sqlite:////abs/bot.db", "sqlite+aiosqlite:////abs/bot.db"),
        ("sqlite+aiosqlite:///x.db", "sqlite+aiosqlite:///x.db"),
        ("postgres://u:p@h:5432/db", "postgresql+asyncpg://u:p@h:5432/db"),
        ("postgresql://u:p%40x@h/db?ssl=require", "postgresql+asyncpg://u:p%40x@h/db?ssl=require"),
        ("POSTGRESQL://h/db", "postgresql+asyncpg://h/db"),
        ("postgresql+asyncpg://h/db", "postgresql+asyncpg://h/db"),
        ("postgresql+psycopg://h/db", "postgresql+psycopg://h/db"),
        ("  sqlite:///x.db \n", "sqlite+aiosqlite:///x.db"),
    ],
)
def test_normalize_database_url(url: str, expected: str) -> None:
    assert normalize_database_url(url, "unused/bot.db") == expected


@pytest.mark.parametrize("url", [None, "", "   "])
def test_normalize_database_url_defaults_to_sqlite_file(url: str | None, tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "bot.sqlite3"
    assert normalize_database_url(url, str(path)) == f"sqlite+aiosqlite:///{path}"
    assert path.parent.is_dir()
    assert not path.exists()


def test_normalize_database_url_rejects_garbage() -> None:
    with pytest.raises(ValueError, match="not a database URL"):
        normalize_database_url("bot.db", "x.db")


def test_database_normalizes_driver() -> None:
    db = Database("postgres://user@localhost/bot")
    assert db.url == "postgresql+asyncpg://user@localhost/bot"
    assert db.backend == "postgresql"


async def test_database_lifecycle_and_sqlite_settings(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new' / 'bot.db'}")
    with pytest.raises(RuntimeError):
        db.session()
    with pytest.raises(RuntimeError):
        _ = db.engine
    async with db:
        await db.connect()  # idempotent
        assert (tmp_path / "new" / "bot.db").exists()
        async with db.session() as session:
            assert await session.scalar(text("PRAGMA foreign_keys")) == 1
            assert await session.scalar(text("PRAGMA journal_mode")) == "wal"
            assert await session.scalar(text("PRAGMA busy_timeout")) == 30_000
    await db.close()  # twice is fine
    with pytest.raises(RuntimeError):
        db.session()


async def test_connect_fails_fast_on_unusable_database(tmp_path: Path) -> None:
    (tmp_path / "dir.db").mkdir()
    db = Database(sqlite_url(tmp_path, "dir.db"))
    with pytest.raises(Exception, match="unable to open"):
        await db.connect()
    # aiosqlite stops its worker thread in the background after a failed connect: let it
    # finish while this test's event loop still runs.
    await asyncio.sleep(0.1)
    with pytest.raises(RuntimeError):
        db.session()


def _tables(conn: Connection) -> set[str]:
    return set(inspect(conn).get_table_names())


def _revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


async def _state(db: Database) -> tuple[set[str], str | None]:
    async with db.engine.connect() as conn:
        return await conn.run_sync(_tables), await conn.run_sync(_revision)


async def test_migrate_creates_all_tables_and_is_idempotent(blank_database: Database) -> None:
    assert await _state(blank_database) == (set(), None)
    await blank_database.migrate()
    assert await _state(blank_database) == (TABLES, HEAD)
    await blank_database.migrate()
    assert await _state(blank_database) == (TABLES, HEAD)
    async with blank_database.session() as session:
        assert await session.scalar(text("SELECT count(*) FROM alembic_version")) == 1


async def test_concurrent_migrations_are_serialised(blank_database: Database) -> None:
    others = [Database(blank_database.url) for _ in range(3)]
    try:
        await asyncio.gather(*(db.connect() for db in others))
        # Without the database lock, the migrations interleave and deadlock: fail, don't hang.
        async with asyncio.timeout(20):
            await asyncio.gather(blank_database.migrate(), *(db.migrate() for db in others))
    finally:
        await asyncio.gather(*(db.close() for db in others))
    assert await _state(blank_database) == (TABLES, HEAD)


MIGRATE_SCRIPT = """
import asyncio, sys
from bot.storage.db import Database

async def main() -> None:
    async with Database(sys.argv[1]) as db:
        await db.migrate()

asyncio.run(main())
"""


async def test_two_processes_migrate_at_once(blank_database: Database) -> None:
    root = Path(__file__).resolve().parents[2]
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            MIGRATE_SCRIPT,
            blank_database.url,
            cwd=root,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        for _ in range(2)
    ]
    async with asyncio.timeout(30):
        outputs = await asyncio.gather(*(p.communicate() for p in processes))
    for process, (output, _) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, output.decode(errors="replace")
    assert await _state(blank_database) == (TABLES, HEAD)


def _schema_differences(conn: Connection) -> list[Any]:
    return compare_metadata(MigrationContext.configure(conn), Base.metadata)


async def test_migrations_match_models(database: Database) -> None:
    async with database.engine.connect() as conn:
        assert await conn.run_sync(_schema_differences) == []


def _downgrade_to_base(conn: Connection) -> None:
    command.downgrade(alembic_config(connection=conn), "base")


async def test_downgrade_then_upgrade_again(database: Database) -> None:
    async with database.engine.begin() as conn:
        await conn.run_sync(_downgrade_to_base)
    assert await _state(database) == ({"alembic_version"}, None)
    await database.migrate()
    assert await _state(database) == (TABLES, HEAD)


async def test_failed_migration_leaves_nothing_behind(
    blank_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    upgrade = db_module._upgrade_to_head

    def upgrade_then_fail(conn: Connection) -> None:
        upgrade(conn)
        raise RuntimeError("boom")

    monkeypatch.setattr(db_module, "_upgrade_to_head", upgrade_then_fail)
    with pytest.raises(RuntimeError, match="boom"):
        await blank_database.migrate()
    assert await _state(blank_database) == (set(), None)
    monkeypatch.undo()
    await blank_database.migrate()
    assert await _state(blank_database) == (TABLES, HEAD)
    if blank_database.backend == "sqlite":
        async with blank_database.session() as session:
            assert await session.scalar(text("PRAGMA foreign_keys")) == 1


async def test_in_memory_sqlite() -> None:
    async with Database("sqlite://") as db:
        await db.migrate()
        await db.migrate()
        assert await _state(db) == (TABLES, HEAD)
        async with db.session() as session:
            assert await session.scalar(text("PRAGMA foreign_keys")) == 1
