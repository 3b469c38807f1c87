"""``python -m bot check`` as a real process, configured only through the environment."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from bot.__main__ import main
from bot.storage.db import alembic_config
from tests.fakes.discord_server import API_PREFIX, FakeDiscord
from tests.fakes.inworld_server import FakeInworld
from tests.helpers import python_m_bot

HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()

ROOT = Path(__file__).resolve().parents[2]


def check_env(discord_fake: FakeDiscord, inworld: FakeInworld, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DISCORD_", "INWORLD_", "DATABASE_", "SQLITE_", "FFMPEG_"))
    }
    env.update(
        DISCORD_TOKEN=discord_fake.token,
        INWORLD_API_KEY=inworld.api_key,
        INWORLD_API_URL=inworld.url,
        DISCORD_API_URL=f"{discord_fake.base_url}{API_PREFIX}",
        PYTHONPATH=str(ROOT),
    )
    env.update(extra)
    return env


async def python_m_bot_check(env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    return await python_m_bot("check", env=env, cwd=cwd)


async def test_good_configuration_exits_0(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, tmp_path: Path
) -> None:
    code, out, err = await python_m_bot_check(check_env(discord_fake, fake_inworld), tmp_path)
    assert (code, err) == (0, ""), out + err
    lines = out.splitlines()
    assert [line[:2] for line in lines if not line.startswith(" ")] == ["✔ "] * 8 + ["Al"]
    assert lines[0] == "✔ Settings: valid (read from the environment)"
    assert next(line for line in lines if line.startswith("✔ Database")) == (
        f"✔ Database: SQLite file {tmp_path}/data/voiceclone.sqlite3 does not exist yet; it will "
        f"be created, with the schema (revision {HEAD}), at start-up"
    )
    assert f"client_id={discord_fake.bot_user_id}&scope=bot+applications.commands" in out
    assert lines[-1] == "All 8 checks passed: ready to go live."
    assert not (tmp_path / "data" / "voiceclone.sqlite3").exists()


async def test_bad_configuration_exits_1_without_secrets(
    discord_fake: FakeDiscord, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text("LOG_LEVEL=INFO\n")
    async with FakeInworld(write_access=False) as read_only:
        env = check_env(
            discord_fake,
            read_only,
            DISCORD_TOKEN="wrong-token-Kp4",
            DATABASE_URL="postgresql://postgres:hunter2@127.0.0.1:1/vc",
            FFMPEG_PATH="/nonexistent",
        )
        code, out, err = await python_m_bot_check(env, tmp_path)
    assert code == 1, out + err
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == f"✔ Settings: valid (read from the environment and {tmp_path}/.env)"
    assert [line[:2] for line in lines] == ["✔ ", "✔ ", "✔ ", "✘ ", "✘ ", "✔ ", "✘ ", "✘ ", "4 "]
    assert "fix: set DISCORD_TOKEN to the bot token" in lines[7]
    assert "fix: create a read-write API key" in lines[6]
    assert "set DATABASE_URL to one that is reachable" in lines[4]
    assert "fix: set FFMPEG_PATH to an ffmpeg executable" in lines[3]
    for secret in ("wrong-token-Kp4", "hunter2", read_only.api_key):
        assert secret not in out


def test_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "check " in capsys.readouterr().out
    assert main(["chek"]) == 2
    assert capsys.readouterr().err.startswith("usage: python -m bot [check]")
