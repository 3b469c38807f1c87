"""Fixtures: every storage test runs on SQLite and on PostgreSQL (skipped if unreachable)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.storage.db import Database
from bot.storage.repository import CloneStore
from tests.storage.helpers import KINDS, make_database, postgres_test_database


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """URL of a fresh database created for this test session (dropped at the end)."""
    with postgres_test_database() as url:
        yield url


@pytest.fixture(params=KINDS)
def database_kind(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgresql"."""
    kind: str = request.param
    return kind


@pytest.fixture
def database_postgres_url(database_kind: str, request: pytest.FixtureRequest) -> str | None:
    """The session's PostgreSQL URL when the test runs on PostgreSQL (resolved outside a loop)."""
    if database_kind != "postgresql":
        return None
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
async def database(
    database_kind: str, database_postgres_url: str | None, tmp_path: Path
) -> AsyncIterator[Database]:
    """A connected database migrated to head, with empty tables."""
    db = await make_database(database_kind, tmp_path, postgres_url=database_postgres_url)
    try:
        yield db
    finally:
        await db.close()


@pytest.fixture
async def blank_database(
    database_kind: str, database_postgres_url: str | None, tmp_path: Path
) -> AsyncIterator[Database]:
    """A connected database without any tables (not migrated)."""
    db = await make_database(
        database_kind, tmp_path, postgres_url=database_postgres_url, migrate=False
    )
    try:
        yield db
    finally:
        await db.close()


@pytest.fixture
def store(database: Database) -> CloneStore:
    """A :class:`CloneStore` over ``database``."""
    return CloneStore(database)
