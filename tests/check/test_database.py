"""The database check on SQLite in each state start-up can meet (nothing is written)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection, make_url

from bot.check.database import check_database
from bot.check.model import Status
from bot.storage import Database
from bot.storage.db import alembic_config
from tests.storage.helpers import postgres_test_database

HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()
TIMEOUT = 5.0


async def make_sqlite(path: Path, sql: tuple[str, ...] = (), revision: str | None = None) -> str:
    url = f"sqlite:///{path}"
    async with Database(url) as db:
        if revision is not None:

            def upgrade(connection: Connection) -> None:
                command.upgrade(alembic_config(connection=connection), revision)

            async with db.engine.begin() as conn:
                await conn.run_sync(upgrade)
        async with db.engine.begin() as conn:
            for statement in sql:
                await conn.execute(text(statement))
    return url


async def test_current_schema(tmp_path: Path) -> None:
    url = await make_sqlite(tmp_path / "db.sqlite3", revision="head")
    result = await check_database(url, "unused", timeout=TIMEOUT)
    assert result.status is Status.PASSED
    assert result.message.endswith(f"db.sqlite3, schema at revision {HEAD} (current)")


async def test_behind_head_is_migrated_at_start_up(tmp_path: Path) -> None:
    url = await make_sqlite(tmp_path / "db.sqlite3", revision="0002")
    result = await check_database(url, "unused", timeout=TIMEOUT)
    assert result.status is Status.PASSED
    assert result.message.endswith(
        f"schema at revision 0002; {int(HEAD) - 2} migration(s) to {HEAD} will be applied at "
        "start-up"
    )


async def test_empty_file_gets_the_schema_at_start_up(tmp_path: Path) -> None:
    url = await make_sqlite(tmp_path / "db.sqlite3")
    result = await check_database(url, "unused", timeout=TIMEOUT)
    assert result.status is Status.PASSED
    assert result.message.endswith(
        f"db.sqlite3 is empty; the schema (revision {HEAD}) will be created at start-up"
    )


async def test_revision_from_a_newer_version_fails(tmp_path: Path) -> None:
    url = await make_sqlite(
        tmp_path / "db.sqlite3", ("UPDATE alembic_version SET version_num = '0099'",), "head"
    )
    result = await check_database(url, "unused", timeout=TIMEOUT)
    assert result.status is Status.FAILED
    assert "is at revision 0099, which this version of the bot does not know" in result.message
    assert result.fix is not None and "DATABASE_URL" in result.fix


async def test_someone_elses_database_fails(tmp_path: Path) -> None:
    url = await make_sqlite(tmp_path / "db.sqlite3", ("CREATE TABLE invoices (id INTEGER)",))
    result = await check_database(url, "unused", timeout=TIMEOUT)
    assert result.status is Status.FAILED
    assert "has tables (invoices) but no Alembic revision" in result.message
    assert result.fix == "point DATABASE_URL at an empty database or at this bot's own database"


async def test_unwritable_folder_for_the_default_sqlite_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # chmod means nothing to root (CI containers): pretend the folder refuses writes instead.
    path = tmp_path / "data" / "bot.sqlite3"
    real_access = os.access

    def access(folder: str | os.PathLike[str], mode: int) -> bool:
        return Path(folder) != path.parent and real_access(folder, mode)

    monkeypatch.setattr("bot.check.database.os.access", access)
    result = await check_database(None, str(path), timeout=TIMEOUT)
    assert result.status is Status.FAILED
    assert result.message == (
        f"Database: SQLite file {path} cannot be created (the folder is not writable)"
    )
    assert result.fix == (
        f"make {path.parent} writable by the bot's user, or set SQLITE_PATH (or DATABASE_URL) "
        "to a writable place"
    )


async def test_not_a_database_url() -> None:
    result = await check_database("localhost:5432", "unused", timeout=TIMEOUT)
    assert result.status is Status.FAILED
    assert result.message == "Database: DATABASE_URL is not a database URL"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database (skipped when no server is reachable)."""
    with postgres_test_database() as url:
        yield url


async def test_postgresql_empty_then_current(postgres_url: str) -> None:
    shown = make_url(postgres_url).set(drivername="postgresql").render_as_string()
    empty = await check_database(postgres_url, "unused", timeout=TIMEOUT)
    assert (empty.status, empty.message) == (
        Status.PASSED,
        f"Database: postgresql database {shown} is empty; the schema (revision {HEAD}) will be "
        "created at start-up",
    )
    async with Database(postgres_url) as db:
        await db.migrate()
    current = await check_database(postgres_url, "unused", timeout=TIMEOUT)
    assert (current.status, current.message) == (
        Status.PASSED,
        f"Database: postgresql database {shown}, schema at revision {HEAD} (current)",
    )
