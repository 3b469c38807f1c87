"""Fixtures: a real InworldClient against the fake, a migrated SQLite store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.inworld import InworldClient, RetryPolicy
from bot.lifecycle import Event, Lifecycle, Said
from bot.storage import AuditAction, CloneRecord, CloneStore
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
    """The sweep's mover (a real :class:`Lifecycle` on the store) that notes what each move
    wrote to the outbox: the member's notices and results, and the audit posts."""

    def __init__(self, store: CloneStore) -> None:
        self.lifecycle = Lifecycle(store)
        self.store = store
        self.audits: list[tuple[AuditAction, dict[str, Any]]] = []
        self.told: list[tuple[int, str]] = []
        self._seen: set[int] = set()

    async def fire(
        self, record_id: int, event: Event, *, said: Said | None = None, **kwargs: Any
    ) -> CloneRecord | None:
        moved = await self.lifecycle.fire(record_id, event, said=said, **kwargs)
        for message in await self.store.outbox_messages(record_id):
            if message.id in self._seen or moved is None:
                continue
            self._seen.add(message.id)
            payload = message.payload
            if message.kind == "audit":
                self.audits.append((AuditAction(payload["action"]), dict(payload["detail"])))
            elif message.kind == "notice":
                self.told.append((moved.user_id, str(payload["text"])))
            elif message.kind == "result":
                shown = f"{payload['headline']} Voice ID: `{moved.voice_id}`"
                self.told.append((moved.user_id, shown))
        return moved


@pytest.fixture
def notifier(store: CloneStore) -> RecordingNotifier:
    return RecordingNotifier(store)
