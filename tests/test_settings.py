"""Settings: defaults, validation, and the one-line start-up error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = {"DISCORD_TOKEN": "discord-secret-token", "INWORLD_API_KEY": "inworld-secret-key"}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.startswith(("DISCORD_", "INWORLD_", "MAX_", "MIN_", "DEFAULT_", "DATABASE_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no developer .env


def test_only_the_secrets_are_required(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in REQUIRED.items():
        monkeypatch.setenv(name, value)
    settings = load_settings()
    assert settings.inworld_api_url == "https://api.inworld.ai"
    assert settings.discord_guild_ids == ()
    assert settings.audio_limits.max_seconds == 15
    assert settings.default_language == "EN_US"
    assert "discord-secret-token" not in repr(settings)
    assert "inworld-secret-key" not in str(settings)


def test_values_are_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in REQUIRED.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("DISCORD_GUILD_IDS", "123, 456")
    monkeypatch.setenv("DEFAULT_LANGUAGE", "fr-fr")
    monkeypatch.setenv("MAX_SAMPLE_SECONDS", "12.5")
    monkeypatch.setenv("INWORLD_API_URL", "http://127.0.0.1:9999/")
    settings = load_settings()
    assert settings.discord_guild_ids == (123, 456)
    assert settings.default_language == "FR_FR"
    assert settings.audio_limits.max_seconds == 12.5
    assert settings.inworld_api_url == "http://127.0.0.1:9999"


def test_dotenv_file_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DISCORD_TOKEN=a\nINWORLD_API_KEY=b\nSAMPLE_RATE=16000\n")
    assert load_settings().sample_rate == 16000


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("MAX_SAMPLE_SECONDS", "20", "MAX_SAMPLE_SECONDS"),
        ("DEFAULT_LANGUAGE", "klingon", "DEFAULT_LANGUAGE"),
        ("DISCORD_GUILD_IDS", "abc", "DISCORD_GUILD_IDS"),
        ("MAX_ATTACHMENT_BYTES", "-1", "MAX_ATTACHMENT_BYTES"),
        ("INWORLD_API_URL", "ftp://x", "INWORLD_API_URL"),
    ],
)
def test_invalid_values_name_the_setting(monkeypatch, name, value, expected) -> None:
    for key, secret in REQUIRED.items():
        monkeypatch.setenv(key, secret)
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert expected in str(info.value)


def test_missing_token_exits_with_one_clear_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "INWORLD_"))}
    env["INWORLD_API_KEY"] = "inworld-secret-key"
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "DISCORD_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr
    assert "inworld-secret-key" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_env_example_documents_every_setting() -> None:
    import re

    from bot.settings import Settings

    text = (ROOT / ".env.example").read_text()
    documented = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", text, re.MULTILINE))
    compose_only = {"POSTGRES_PASSWORD"}  # read by docker-compose.yml, not by the bot
    assert {name.upper() for name in Settings.model_fields} | compose_only == documented


def test_sharding_is_automatic_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in REQUIRED.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("SHARD_COUNT", raising=False)
    monkeypatch.delenv("SHARD_IDS", raising=False)
    settings = load_settings()
    assert (settings.shard_count, settings.shard_ids) == (None, None)
    assert settings.shard_description.startswith("automatic sharding")


@pytest.mark.parametrize(
    ("count", "ids", "expected", "description"),
    [
        ("4", "1, 3", [1, 3], "shards 1,3 of 4"),
        ("2", "1", [1], "shard 1 of 2"),
        ("2", "0;1", [0, 1], "shards 0,1 of 2"),
        ("4", "", None, "all 4 shards"),  # SHARD_COUNT alone: this process runs them all
        ("", "", None, "automatic sharding (as many shards as Discord recommends)"),
    ],
)
def test_shard_settings_are_parsed(
    monkeypatch: pytest.MonkeyPatch, count: str, ids: str, expected: object, description: str
) -> None:
    for name, value in REQUIRED.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("SHARD_COUNT", count)
    monkeypatch.setenv("SHARD_IDS", ids)
    settings = load_settings()
    assert settings.shard_count == (int(count) if count else None)
    assert settings.shard_ids == expected
    assert settings.shard_description == description


@pytest.mark.parametrize(
    ("count", "ids", "message"),
    [
        (None, "0,1", "SHARD_IDS needs SHARD_COUNT"),
        ("2", "0,2", "SHARD_IDS: 2 is out of range for SHARD_COUNT=2 (shard ids go from 0 to 1)"),
        ("4", "1,3,1", "SHARD_IDS: 1 is listed more than once"),
        ("2", "one", "SHARD_IDS: must be comma-separated shard numbers such as 0,1"),
        ("2", "-1", "SHARD_IDS: must be comma-separated shard numbers"),
        ("0", None, "SHARD_COUNT: Input should be greater than or equal to 1"),
        ("two", None, "SHARD_COUNT"),
    ],
)
def test_bad_shard_settings_are_explained(
    monkeypatch: pytest.MonkeyPatch, count: str | None, ids: str | None, message: str
) -> None:
    for name, value in REQUIRED.items():
        monkeypatch.setenv(name, value)
    for name, value in (("SHARD_COUNT", count), ("SHARD_IDS", ids)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert message in str(info.value)


def test_env_example_as_env_keeps_the_health_endpoint_on_this_machine(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Outside the image, .env.example copied as .env and filled in: the health endpoint (once
    HEALTH_PORT is set) listens on loopback only, as the example says."""
    monkeypatch.delenv("HEALTH_HOST", raising=False)
    monkeypatch.delenv("HEALTH_PORT", raising=False)
    text = (ROOT / ".env.example").read_text()
    text = text.replace("DISCORD_TOKEN=\n", "DISCORD_TOKEN=a\n").replace(
        "INWORLD_API_KEY=\n", "INWORLD_API_KEY=b\n"
    )
    (tmp_path / ".env").write_text(text + "HEALTH_PORT=8080\n")
    settings = load_settings()
    assert (settings.health_host, settings.health_port) == ("127.0.0.1", 8080)


SPEECH_ENV = (
    "READ_ALOUD_ENABLED",
    "VOICE_IDLE_MINUTES",
    "SPEECH_QUEUE_MAX_PER_GUILD",
    "SPEECH_MAX_CHARS",
    "READ_ALOUD_MAX_CHARS",
    "SPEECH_MODEL_ID",
    "SPEECH_MEMBER_DAILY_CHARS",
    "SPEECH_GUILD_DAILY_CHARS",
)


def test_speech_settings_have_working_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in REQUIRED.items():
        monkeypatch.setenv(name, value)
    for name in SPEECH_ENV:
        monkeypatch.delenv(name, raising=False)
    settings = load_settings()
    assert settings.read_aloud_enabled is False  # no privileged intent unless asked for
    assert (settings.voice_idle_minutes, settings.voice_idle_seconds) == (5, 300)
    assert settings.speech_queue_max_per_guild == 10
    assert (settings.speech_max_chars, settings.read_aloud_max_chars) == (1000, 300)
    assert settings.speech_model_id == "inworld-tts-1.5-mini"
    assert (settings.speech_member_daily_chars, settings.speech_guild_daily_chars) == (5000, 50000)


def test_speech_settings_are_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in REQUIRED.items():
        monkeypatch.setenv(name, value)
    values = {
        "READ_ALOUD_ENABLED": "true",
        "VOICE_IDLE_MINUTES": "0.5",
        "SPEECH_QUEUE_MAX_PER_GUILD": "3",
        "SPEECH_MAX_CHARS": "2000",
        "READ_ALOUD_MAX_CHARS": "2000",
        "SPEECH_MODEL_ID": "inworld-tts-1.5-max",
        "SPEECH_MEMBER_DAILY_CHARS": "0",
        "SPEECH_GUILD_DAILY_CHARS": "1000000",
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    settings = load_settings()
    assert settings.read_aloud_enabled and settings.voice_idle_seconds == 30
    assert (settings.speech_queue_max_per_guild, settings.speech_max_chars) == (3, 2000)
    assert settings.read_aloud_max_chars == 2000
    assert settings.speech_model_id == "inworld-tts-1.5-max"
    assert (settings.speech_member_daily_chars, settings.speech_guild_daily_chars) == (
        0,
        1_000_000,
    )


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("READ_ALOUD_ENABLED", "maybe"),
        ("VOICE_IDLE_MINUTES", "0"),
        ("VOICE_IDLE_MINUTES", "1441"),
        ("SPEECH_QUEUE_MAX_PER_GUILD", "0"),
        ("SPEECH_QUEUE_MAX_PER_GUILD", "101"),
        ("SPEECH_MAX_CHARS", "0"),
        ("SPEECH_MAX_CHARS", "4001"),
        ("READ_ALOUD_MAX_CHARS", "0"),
        ("SPEECH_MODEL_ID", ""),
        ("SPEECH_MEMBER_DAILY_CHARS", "-1"),
        ("SPEECH_MEMBER_DAILY_CHARS", "1000001"),
        ("SPEECH_GUILD_DAILY_CHARS", "-1"),
        ("SPEECH_GUILD_DAILY_CHARS", "1000001"),
    ],
)
def test_bad_speech_settings_name_the_setting(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    for key, secret in REQUIRED.items():
        monkeypatch.setenv(key, secret)
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert name in str(info.value)


def test_read_aloud_is_never_longer_than_speech(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, secret in REQUIRED.items():
        monkeypatch.setenv(key, secret)
    monkeypatch.setenv("SPEECH_MAX_CHARS", "200")
    monkeypatch.delenv("READ_ALOUD_MAX_CHARS", raising=False)
    with pytest.raises(SettingsError, match="READ_ALOUD_MAX_CHARS must not exceed SPEECH_MAX"):
        load_settings()
    monkeypatch.setenv("READ_ALOUD_MAX_CHARS", "200")
    assert load_settings().read_aloud_max_chars == 200
