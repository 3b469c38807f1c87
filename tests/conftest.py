"""Shared fixtures: loopback fakes and a shared aiohttp session."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator

import aiohttp
import pytest

from tests.fakes.inworld_server import FakeInworld

# Settings must never come from a developer's real .env during tests.
os.environ.setdefault("VOICECLONE_TESTING", "1")


@pytest.fixture
async def fake_inworld() -> AsyncIterator[FakeInworld]:
    async with FakeInworld() as fake:
        yield fake


@pytest.fixture
async def http_session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture(autouse=True)
def _quiet_noisy_loggers() -> None:
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
