"""Fixtures: a real InworldClient against the fake, a migrated SQLite store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.inworld import InworldClient, RetryPolicy
from bot.storage import AuditAction, CloneRecord, CloneStore, GuildPolicy
from tests.fakes.inworld_server import FakeInworld
from tests.storage.helpers import make_database

FAST_RETRY = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.05, total_budget=5)


def client_for(
    fake: FakeInworld, session: aiohttp.ClientSession, *, timeout: float = 5
) -> InworldClient:
    return InworldClient(
        session, api_key=fake.api_key, base_url=fake.url, timeout=timeout, retry=FAST_RETRY
    )


@pytest.fixture
def inworld(fake_inworld: FakeInworld, http_session: aiohttp.ClientSession) -> InworldClient:
    return client_for(fake_inworld, http_session)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[CloneStore]:
    database = await make_database("sqlite", tmp_path)
    try:
        yield CloneStore(database)
    finally:
        await database.close()


class RecordingNotifier:
    def __init__(self) -> None:
        self.audits: list[tuple[AuditAction, dict[str, Any]]] = []
        self.told: list[tuple[int, str]] = []
        #: The guild's privacy each found voice was delivered with.
        self.private: list[bool] = []

    async def audit(
        self,
        policy: GuildPolicy,
        action: AuditAction,
        record: CloneRecord | None,
        actor_id: int | None,
        detail: dict[str, Any],
    ) -> None:
        self.audits.append((action, detail))

    async def tell_requester(self, record: CloneRecord, text: str) -> None:
        self.told.append((record.user_id, text))

    async def tell_voice_found(
        self, record: CloneRecord, voice_id: str, headline: str, *, private: bool
    ) -> None:
        self.told.append((record.user_id, f"{headline} Voice ID: `{voice_id}`"))
        self.private.append(private)


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()
