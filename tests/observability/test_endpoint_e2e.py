"""/healthz and /metrics of the real CloneBot, driven through the Discord and Inworld fakes."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from typing import Any

import aiohttp
import pytest

from bot.client import CloneBot
from bot.observability import HealthServerError
from tests.e2e.helpers import content_of, member, run_clone
from tests.e2e.test_clone_command import voice_message
from tests.fakes.discord_server import FakeDiscord, GatewayConnection
from tests.fakes.inworld_server import FakeInworld
from tests.observability.helpers import free_port, sample_value

WAIT = 15  # seconds; only a bound on waiting, nothing is timed


async def healthz(port: int) -> tuple[int, dict[str, Any]]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}/healthz") as response,
    ):
        return response.status, await response.json()


async def metrics_text(port: int) -> str:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}/metrics") as response,
    ):
        assert response.status == 200
        return await response.text()


async def until(condition: Callable[[], bool]) -> None:
    async with asyncio.timeout(WAIT):
        while not condition():
            await asyncio.sleep(0.01)


async def until_healthy(port: int) -> dict[str, Any]:
    async with asyncio.timeout(WAIT):
        while True:
            status, body = await healthz(port)
            if status == 200:
                return body
            await asyncio.sleep(0.05)


async def ready(bot: CloneBot) -> None:
    # discord.py reports ready a little after the last GUILD_CREATE (guild_ready_timeout).
    async with asyncio.timeout(WAIT):
        await bot.wait_until_ready()


async def test_no_endpoint_unless_health_port_is_set(run_bot) -> None:
    async with run_bot() as bot:
        assert bot.health is None


async def test_healthz_follows_the_gateway_and_the_database(run_bot) -> None:
    port = free_port()
    async with run_bot(health_port=port) as bot:
        await ready(bot)
        status, body = await healthz(port)
        assert status == 200, body
        assert body["status"] == "ok"
        assert body["checks"]["discord"]["ok"] and body["checks"]["discord"]["latency_ms"] >= 0
        assert body["checks"]["database"] == {
            "ok": True,
            "detail": "reachable",
            "latency_ms": body["checks"]["database"]["latency_ms"],
        }

        await bot.database.close()
        status, body = await healthz(port)
        assert status == 503
        assert body["failed"] == ["database"]
        assert body["checks"]["database"]["detail"] == "not connected"
        assert body["checks"]["discord"]["ok"] is True
    # The bot closed the endpoint with everything else.
    with pytest.raises(aiohttp.ClientConnectionError):
        await healthz(port)


async def test_healthz_is_503_while_the_gateway_is_down(
    discord_fake: FakeDiscord, run_bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    async with run_bot(health_port=port) as bot:
        await ready(bot)
        assert (await healthz(port))[0] == 200

        # Drop the connection; the fake then leaves the bot's RESUME (and heartbeats) unanswered.
        async def unanswered(connection: GatewayConnection, payload: dict[str, Any]) -> None:
            return None

        monkeypatch.setattr(discord_fake, "_on_gateway_payload", unanswered)
        count = len(discord_fake.connections)
        await discord_fake.connection.ws.close(code=4000, message=b"dropped by the test")
        await until(lambda: len(discord_fake.connections) > count)

        status, body = await healthz(port)
        assert status == 503, body
        assert body["failed"] == ["discord"]
        assert "gateway" in body["checks"]["discord"]["detail"]
        assert body["checks"]["database"]["ok"] is True

        # The fake answers again: the bot resumes and is healthy.
        monkeypatch.undo()
        count = len(discord_fake.connections)
        await discord_fake.connections[-1].ws.close(code=4000, message=b"try again")
        await until(lambda: any(c.ready for c in discord_fake.connections[count:]))
        body = await until_healthy(port)
        assert body["checks"]["discord"]["detail"] == "connected"


async def test_metrics_count_a_clone_and_a_refusal(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
) -> None:
    alice = member(discord_fake)
    port = free_port()
    async with run_bot(health_port=port, guild_cooldown_seconds=3600) as bot:
        created = await run_clone(
            discord_fake, alice, {"sample": ("voice.ogg", voice_message())}, name="Alice"
        )
        assert "✅" in (created.original or {}).get("content", "")
        refused = await run_clone(
            discord_fake, alice, {"sample": ("voice.ogg", voice_message())}, name="Again"
        )
        assert "cooldown" in content_of(refused)
        text = await metrics_text(port)
        assert bot.metrics.render().decode() == text

    assert sample_value(text, "voiceclone_clones_total", outcome="created") == 1
    assert sample_value(text, "voiceclone_clones_total", outcome="failed") == 0
    assert sample_value(text, "voiceclone_audio_processing_seconds_count") == 1
    api_calls = sample_value(text, "voiceclone_inworld_request_seconds_count", endpoint="clone")
    assert api_calls is not None and api_calls >= 1
    assert sample_value(text, "voiceclone_requests_refused_total", reason="cooldown") == 1
    assert sample_value(text, "voiceclone_requests_refused_total", reason="bad_audio") == 0
    assert sample_value(text, "voiceclone_clone_queue_depth") == 0
    # Bounded labels: no member, guild or voice identifiers, and no secrets.
    for value in (str(alice), str(discord_fake.guild_id), *fake_inworld.voices, "Alice"):
        assert value not in text
    assert discord_fake.token not in text and fake_inworld.api_key not in text


async def test_a_taken_health_port_stops_the_start_up(run_bot) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(RuntimeError) as info:
            async with run_bot(health_port=port):
                pass
    error = info.value.__cause__
    assert isinstance(error, HealthServerError)
    assert str(error).startswith(f"could not listen on 127.0.0.1:{port} (Address already in use)")
