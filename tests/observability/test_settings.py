"""HEALTH_PORT and HEALTH_HOST: off by default, validated with the setting's name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.startswith(("HEALTH_", "DISCORD_", "INWORLD_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no developer .env
    monkeypatch.setenv("DISCORD_TOKEN", "discord-secret-token")
    monkeypatch.setenv("INWORLD_API_KEY", "inworld-secret-key")


def test_the_endpoint_is_off_by_default() -> None:
    settings = load_settings()
    assert settings.health_port is None
    assert settings.health_host == "127.0.0.1"


def test_a_container_turns_it_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEALTH_PORT", "8080")
    monkeypatch.setenv("HEALTH_HOST", "0.0.0.0")
    settings = load_settings()
    assert (settings.health_host, settings.health_port) == ("0.0.0.0", 8080)


def test_blank_values_mean_the_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEALTH_PORT", " ")
    monkeypatch.setenv("HEALTH_HOST", "")
    settings = load_settings()
    assert (settings.health_host, settings.health_port) == ("127.0.0.1", None)


@pytest.mark.parametrize("value", ["0", "65536", "http", "-1"])
def test_a_bad_port_is_named(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("HEALTH_PORT", value)
    with pytest.raises(SettingsError, match="HEALTH_PORT"):
        load_settings()
