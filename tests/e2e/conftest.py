"""End-to-end harness: the real CloneBot (real discord.py) against loopback fakes of Discord
and Inworld."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import pytest

from bot.client import CloneBot
from bot.settings import Settings, load_settings
from tests.fakes.discord_server import FakeDiscord, running_bot
from tests.fakes.inworld_server import FakeInworld
from tests.fakes.voice_server import FakeVoiceServer, attached_voice_server

BotRunner = Callable[..., AbstractAsyncContextManager[CloneBot]]


@pytest.fixture
async def discord_fake(caplog: pytest.LogCaptureFixture) -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server
    assert server.unhandled == [], f"routes the fake does not implement: {server.unhandled}"
    errors = [
        r.getMessage()
        for r in caplog.records
        if r.name.startswith("discord") and r.levelno >= logging.ERROR
    ]
    assert errors == [], errors


@pytest.fixture
def make_settings(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, tmp_path: Path
) -> Callable[..., Settings]:
    def build(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "_env_file": None,
            "discord_token": discord_fake.token,
            "inworld_api_key": fake_inworld.api_key,
            "inworld_api_url": fake_inworld.url,
            "discord_guild_ids": (discord_fake.guild_id,),
            "database_url": f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",
            "inworld_retry_base_seconds": 0.01,
        }
        values.update(overrides)
        return load_settings(**values)

    return build


@pytest.fixture
def run_bot(discord_fake: FakeDiscord, make_settings: Callable[..., Settings]) -> BotRunner:
    """``async with run_bot(**setting_overrides) as bot:`` runs a CloneBot for the block."""

    def start(**overrides: Any) -> AbstractAsyncContextManager[CloneBot]:
        bot = CloneBot(make_settings(**overrides))
        return running_bot(discord_fake, bot, timeout=15)  # type: ignore[return-value]

    return start


@pytest.fixture
async def voice(discord_fake: FakeDiscord) -> AsyncIterator[FakeVoiceServer]:
    """The fake Discord voice server, attached to the fake Discord and trusted in-process."""
    async with attached_voice_server(discord_fake) as server:
        yield server


@pytest.fixture
def lounge(discord_fake: FakeDiscord) -> int:
    """A voice channel, made before the bot connects (it arrives in GUILD_CREATE)."""
    return discord_fake.add_voice_channel("Lounge")
