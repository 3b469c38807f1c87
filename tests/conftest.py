"""Shared fixtures: loopback fakes and a shared aiohttp session."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from tests.audio import fixtures
from tests.fakes.inworld_server import FakeInworld


@pytest.fixture(scope="session", autouse=True)
def audio_fixture_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Session cache directory that every generator in ``tests.audio.fixtures`` writes into."""
    path = tmp_path_factory.mktemp("audio-fixtures")
    fixtures.set_cache_dir(path)
    return path


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
