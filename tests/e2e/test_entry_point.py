"""``python -m bot`` as a real process: configured only through the environment, it syncs,
clones a voice through the loopback fakes, keeps secrets out of its logs and stops on SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from pathlib import Path

from tests.e2e.helpers import content_of, member, run_clone
from tests.e2e.test_clone_command import voice_message
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.inworld_server import FakeInworld
from tests.helpers import python_m_bot

ROOT = Path(__file__).resolve().parents[2]


def bot_env(discord_fake: FakeDiscord, fake_inworld: FakeInworld, **extra: str) -> dict[str, str]:
    """The environment of a bot process pointed at the fakes (and nothing from the host)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "INWORLD_"))}
    env.update(
        DISCORD_TOKEN=discord_fake.token,
        INWORLD_API_KEY=fake_inworld.api_key,
        INWORLD_API_URL=fake_inworld.url,
        DISCORD_API_URL=f"{discord_fake.base_url}/api/v10",
        DISCORD_GATEWAY_URL=discord_fake.gateway_url,
        PYTHONPATH=str(ROOT),
        **extra,
    )
    return env


async def test_python_m_bot_end_to_end(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, tmp_path: Path
):
    env = bot_env(discord_fake, fake_inworld, LOG_LEVEL="DEBUG")
    # A file, not a pipe: nobody reads a pipe until the end, and a full one (DEBUG logs) would
    # block the bot mid-clone.
    log_path = tmp_path / "bot.log"
    with log_path.open("wb") as log_file:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=tmp_path, env=env, stdout=log_file, stderr=log_file
        )
    try:
        await discord_fake.wait_for_sync(timeout=60)
        assert any(c["name"] == "clone" for c in discord_fake.synced_commands[None])
        alice = member(discord_fake)
        await asyncio.sleep(0.5)  # let the process finish parsing READY
        interaction = await run_clone(
            discord_fake, alice, {"sample": ("voice.ogg", voice_message())}, name="Proc"
        )
        assert next(iter(fake_inworld.voices)) in content_of(interaction)
        assert (tmp_path / "data" / "voiceclone.sqlite3").exists()  # the default database
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 30)
    log = log_path.read_text(errors="replace")
    assert process.returncode == 0, log[-3000:]
    assert "Traceback" not in log, log[-3000:]
    assert discord_fake.token not in log and fake_inworld.api_key not in log


async def test_unreachable_database_is_one_clear_line(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, tmp_path: Path
):
    env = bot_env(
        discord_fake, fake_inworld, DATABASE_URL="postgresql://postgres:hunter2@127.0.0.1:1/vc"
    )
    returncode, _, text = await python_m_bot(env=env, cwd=tmp_path)
    assert returncode == 1
    assert "Database error: could not open the postgresql database" in text
    assert "Traceback" not in text and "hunter2" not in text


async def test_taken_health_port_is_one_clear_line(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, tmp_path: Path
):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = bot_env(discord_fake, fake_inworld, HEALTH_PORT=str(port))
        returncode, _, text = await python_m_bot(env=env, cwd=tmp_path)
    assert returncode == 1
    assert f"Health endpoint error: could not listen on 127.0.0.1:{port}" in text
    assert "Traceback" not in text


async def test_sharding_required_is_one_clear_line(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, tmp_path: Path
):
    """Discord closes a shard holding too many servers with 4011: the owner is told what to
    change, not shown a traceback."""
    discord_fake.max_guilds_per_shard = 1
    discord_fake.add_guild("Second server")
    env = bot_env(discord_fake, fake_inworld, SHARD_COUNT="1")
    returncode, _, text = await python_m_bot(env=env, cwd=tmp_path)
    assert returncode == 1
    assert "Discord closed the gateway: sharding required (4011)" in text and "SHARD_COUNT" in text
    assert "Traceback" not in text
