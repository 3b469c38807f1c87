"""Fixtures: the outbox runs on SQLite and on PostgreSQL (skipped if unreachable)."""

from tests.storage.conftest import (  # noqa: F401 - fixtures
    blank_database,
    database,
    database_kind,
    database_postgres_url,
    postgres_url,
    store,
)
