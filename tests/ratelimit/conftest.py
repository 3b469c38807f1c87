"""A fresh PostgreSQL database per test (skipped with a clear line where none is reachable)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from bot.storage import Database
from tests.storage.helpers import postgres_test_database


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with postgres_test_database() as url:
        yield url


@pytest.fixture
async def databases(postgres_url: str) -> AsyncIterator[tuple[Database, Database]]:
    """Two engines on one database: two bot processes, as far as PostgreSQL can tell."""
    first, second = Database(postgres_url), Database(postgres_url)
    await first.connect()
    await first.migrate()
    await second.connect()
    try:
        yield first, second
    finally:
        await first.close()
        await second.close()
