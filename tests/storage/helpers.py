"""Reusable database set-up for tests of anything that stores data (SQLite and PostgreSQL).

Another test package can reuse it with a conftest like ``tests/storage/conftest.py``: a
session-scoped fixture around :func:`postgres_test_database` and a per-test fixture calling
:func:`make_database`.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bot.storage.db import Database, normalize_database_url
from bot.storage.models import Base

KINDS = ("sqlite", "postgresql")
POSTGRES_URL_ENV = "TEST_POSTGRES_URL"
DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"


def postgres_unreachable_reason(admin_url: str) -> str:
    where = make_url(admin_url)
    return (
        f"PostgreSQL not reachable at {where.host}:{where.port or 5432} (set {POSTGRES_URL_ENV} "
        "to use another)"
    )


def postgres_required(environ: Mapping[str, str] = os.environ) -> bool:
    """True in CI, where a PostgreSQL test must run: ``CI`` set to anything but "", "0" or
    "false", as ``in_ci`` in .ci/lib.sh reads it (CI services set ``CI=true``)."""
    value = environ.get("CI", "")
    return value != "" and value != "0" and value.lower() != "false"


def postgres_missing(reason: str, environ: Mapping[str, str] = os.environ) -> NoReturn:
    """Skip the calling test because PostgreSQL (or a tool for it) is missing; in CI fail it
    instead: a skipped test there would let CI claim what it never proved."""
    if postgres_required(environ):
        pytest.fail(
            f"{reason}; CI={environ['CI']}: the PostgreSQL tests must run in CI, so this fails",
            pytrace=False,
        )
    pytest.skip(f"{reason}; PostgreSQL tests skipped (with CI=true they fail)")


CONNECT_TIMEOUT_SECONDS = 3.0


def postgres_admin_url() -> str:
    """URL of a database on the test server from which test databases are created."""
    return normalize_database_url(os.environ.get(POSTGRES_URL_ENV) or DEFAULT_POSTGRES_URL, "")


def _unreachable(exc: BaseException) -> bool:
    """True if ``exc`` (or what caused it) means nothing answered, not e.g. a bad password."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ConnectionError | TimeoutError | OSError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


async def _admin(admin_url: str, *statements: str) -> None:
    engine = create_async_engine(
        admin_url,
        isolation_level="AUTOCOMMIT",
        connect_args={"timeout": CONNECT_TIMEOUT_SECONDS},
    )
    try:
        async with engine.connect() as conn:
            for statement in statements:
                await conn.execute(text(statement))
    finally:
        await engine.dispose()


@contextmanager
def postgres_test_database(admin_url: str | None = None) -> Iterator[str]:
    """Create a uniquely named PostgreSQL database, yield its URL, then drop it.

    If the server is unreachable, skips the calling test (or every test of a session
    fixture), or fails it in CI (see :func:`postgres_missing`). Must not be called from a
    running event loop (use it from a synchronous fixture).
    """
    admin = admin_url or postgres_admin_url()
    name = f"voiceclone_test_{uuid.uuid4().hex[:12]}"
    try:
        asyncio.run(_admin(admin, f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        if _unreachable(exc):
            postgres_missing(postgres_unreachable_reason(admin))
        raise
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        asyncio.run(
            _admin(
                admin,
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE datname = '{name}' AND pid <> pg_backend_pid()",
                f'DROP DATABASE IF EXISTS "{name}"',
            )
        )


def sqlite_url(tmp_path: Path, name: str = "storage.sqlite3") -> str:
    """URL of a SQLite file in ``tmp_path``."""
    return f"sqlite+aiosqlite:///{tmp_path / name}"


async def make_database(
    kind: str,
    tmp_path: Path,
    *,
    postgres_url: str | None = None,
    migrate: bool = True,
) -> Database:
    """A connected :class:`Database` of ``kind`` ("sqlite" or "postgresql"); close it after.

    With ``migrate`` the schema is at head and every table is empty; without, the database has
    no tables at all. PostgreSQL needs ``postgres_url`` (from :func:`postgres_test_database`);
    its tables are emptied or dropped here, so tests sharing it must not run in parallel.
    """
    if kind == "sqlite":
        database = Database(sqlite_url(tmp_path))
    elif kind == "postgresql":
        if postgres_url is None:
            raise ValueError("postgres_url is needed for a PostgreSQL database")
        database = Database(postgres_url)
    else:
        raise ValueError(f"unknown database kind {kind!r}")
    await database.connect()
    try:
        if kind == "postgresql":
            await _reset_postgres(database, keep_schema=migrate)
        if migrate:
            await database.migrate()
    except BaseException:
        await database.close()
        raise
    return database


async def _reset_postgres(database: Database, *, keep_schema: bool) -> None:
    tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    async with database.engine.begin() as conn:
        exists = await conn.scalar(text("SELECT to_regclass('alembic_version') IS NOT NULL"))
        if keep_schema and exists:
            await conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        else:
            await conn.execute(text(f"DROP TABLE IF EXISTS {tables}, alembic_version CASCADE"))
