"""opus_available: whether discord.py can encode voice here (libopus loads), probed once."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import discord.opus
import pytest

from bot.speech.opus import opus_available


@pytest.fixture(autouse=True)
def fresh_probe() -> Iterator[None]:
    opus_available.cache_clear()
    yield
    opus_available.cache_clear()


def test_a_loaded_library_is_available(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(discord.opus, "is_loaded", lambda: True)
    assert opus_available()


@pytest.mark.parametrize("outcome", ["missing", "broken"])
def test_a_missing_or_broken_library_is_unavailable_and_logged_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, outcome: str
) -> None:
    calls: list[int] = []

    def load() -> bool:
        calls.append(1)
        if outcome == "broken":
            raise OSError("libopus.so.0: invalid ELF header")
        return False

    monkeypatch.setattr(discord.opus, "is_loaded", lambda: False)
    monkeypatch.setattr(discord.opus, "_load_default", load)
    with caplog.at_level(logging.WARNING, logger="bot.speech.opus"):
        assert not opus_available()
        assert not opus_available()
    assert calls == [1]
    assert [r.getMessage() for r in caplog.records if "libopus" in r.getMessage()]
