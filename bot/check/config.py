"""Check 1: the settings load (the other checks need them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..settings import Settings, SettingsError, load_settings
from .model import CheckResult, failed, passed

NAME = "settings"
FIX = (
    "set each named variable in the environment or in .env in the bot's working directory "
    "(see .env.example for every setting and its default)"
)


def check_settings(
    load: Callable[[], Settings] = load_settings,
) -> tuple[Settings | None, CheckResult]:
    """Load the settings as start-up does; a failure names each bad setting, never a value."""
    try:
        settings = load()
    except SettingsError as exc:
        return None, failed(NAME, f"Settings: {exc}", FIX)
    env_file = Path(".env").absolute()
    source = f"the environment and {env_file}" if env_file.is_file() else "the environment"
    # Automatic sharding (the default) needs no line; a set SHARD_COUNT is worth seeing.
    notes = () if settings.shard_count is None else (f"Sharding: {settings.shard_description}",)
    return settings, passed(NAME, f"Settings: valid (read from {source})", *notes)
