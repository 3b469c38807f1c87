"""``python -m bot check`` against the loopback fakes: settings built like the bot's."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.check import run_check
from bot.settings import load_settings
from tests.fakes.discord_server import API_PREFIX, FakeDiscord
from tests.fakes.inworld_server import FakeInworld

#: Loopback fakes answer in milliseconds; a hung check fails the test quickly.
TIMEOUT = 5.0


@dataclass
class Checked:
    code: int
    output: str

    @property
    def lines(self) -> list[str]:
        return self.output.splitlines()

    def line(self, prefix: str) -> str:
        """The one checklist line that starts with ``prefix`` (e.g. ``"✘ Database"``)."""
        found = [line for line in self.lines if line.startswith(prefix)]
        assert len(found) == 1, f"no single line starting with {prefix!r} in:\n{self.output}"
        return found[0]


RunCheck = Callable[..., Awaitable[Checked]]


@pytest.fixture
async def discord_fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server
    assert server.unhandled == [], f"routes the fake does not implement: {server.unhandled}"


def settings_values(
    discord_fake: FakeDiscord, inworld: FakeInworld, tmp_path: Path, **overrides: Any
) -> dict[str, Any]:
    values: dict[str, Any] = {
        "_env_file": None,
        "discord_token": discord_fake.token,
        "inworld_api_key": inworld.api_key,
        "inworld_api_url": inworld.url,
        "discord_api_url": f"{discord_fake.base_url}{API_PREFIX}",
        "database_url": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
    }
    values.update(overrides)
    return values


@pytest.fixture
def run(discord_fake: FakeDiscord, fake_inworld: FakeInworld, tmp_path: Path) -> RunCheck:
    """``await run(inworld=..., timeout=..., **setting_overrides)``: the checklist, in-process.

    Every run also asserts that no secret given to it appears in the output.
    """

    async def go(
        *, inworld: FakeInworld | None = None, timeout: float = TIMEOUT, **overrides: Any
    ) -> Checked:
        values = settings_values(discord_fake, inworld or fake_inworld, tmp_path, **overrides)
        out = io.StringIO()
        code = await run_check(lambda: load_settings(**values), out=out, timeout=timeout)
        checked = Checked(code, out.getvalue())
        for name in ("discord_token", "inworld_api_key"):
            secret = str(values.get(name) or "").removeprefix("Bot ").removeprefix("Basic ")
            if secret:
                assert secret not in checked.output, f"{name} was printed"
        return checked

    return go
