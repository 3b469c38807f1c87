"""Fixtures of the multi-process tests: a fresh PostgreSQL database per test (skipped, with one
clear line, when PostgreSQL is unreachable) and a voice message to clone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.multiprocess.harness import voice_message_bytes
from tests.storage.helpers import postgres_test_database


@pytest.fixture
def database_url() -> Iterator[str]:
    """URL of a PostgreSQL database created for this test (dropped after it); the bot
    processes migrate it themselves. Synchronous: postgres_test_database runs its own loop."""
    with postgres_test_database() as url:
        yield url


@pytest.fixture(scope="session")
def clip() -> bytes:
    """A Discord voice message (OGG/Opus, about 12 s of speech)."""
    return voice_message_bytes()
