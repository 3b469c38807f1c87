"""Every store test here runs on SQLite and on PostgreSQL (skipped if unreachable), with the
storage tests' fixtures."""

from tests.storage.conftest import (
    database,
    database_kind,
    database_postgres_url,
    postgres_url,
    store,
)

__all__ = ["database", "database_kind", "database_postgres_url", "postgres_url", "store"]
