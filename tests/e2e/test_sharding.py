"""Sharding end to end: the real CloneBot (an AutoShardedBot) against the fake gateway, which
routes each guild's events and interactions to the connection of its shard
(``(guild_id >> 22) % shard_count``), as Discord does."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

import discord
import pytest
from discord.ext import commands

from bot.check.config import check_settings
from bot.observability import DiscordGateway
from bot.observability.health import Check
from bot.settings import load_settings
from tests.e2e.helpers import member, run_clone
from tests.e2e.test_clone_command import voice_message
from tests.fakes.discord_server import (
    FakeDiscord,
    FakeGuild,
    GatewayConnection,
    running_bot,
    shard_of,
)
from tests.fakes.inworld_server import FakeInworld
from tests.observability.helpers import free_port
from tests.observability.test_endpoint_e2e import healthz, until, until_healthy

WAIT = 15  # seconds; only a bound on waiting


@pytest.fixture
async def discord_fake(caplog: pytest.LogCaptureFixture) -> AsyncIterator[FakeDiscord]:
    """The e2e fake (same end-of-test checks), its default guild on shard 1 of 2."""
    async with FakeDiscord(default_guild_shard=(1, 2)) as server:
        yield server
    assert server.unhandled == [], f"routes the fake does not implement: {server.unhandled}"
    errors = [
        r.getMessage()
        for r in caplog.records
        if r.name.startswith("discord") and r.levelno >= logging.ERROR
    ]
    assert errors == [], errors


def identified(fake: FakeDiscord) -> list[GatewayConnection]:
    return [c for c in fake.connections if c.identify is not None]


def interactions_on(connection: GatewayConnection) -> set[str]:
    return {p["d"]["id"] for p in connection.dispatched if p["t"] == "INTERACTION_CREATE"}


async def list_voices(fake: FakeDiscord, guild: FakeGuild) -> str:
    """/voices list in ``guild`` as its owner; returns the interaction id once answered."""
    interaction = await fake.send_slash_command(
        "voices", subcommand="list", user_id=guild.owner_id, guild_id=guild.id
    )
    await interaction.wait_for_callback(timeout=5)
    return interaction.id


async def test_a_process_runs_only_its_shards_and_serves_their_guilds(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot,
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake = discord_fake
    other_shard = fake.add_guild("On shard 0", shard=(0, 2))
    same_shard = fake.add_guild("Also on shard 1", shard=(1, 2))
    assert shard_of(fake.guild_id, 2) == 1
    alice = member(fake)
    caplog.set_level(logging.INFO, logger="bot.client")
    # Global commands: the fake would offer them in every guild, whichever shard it is on.
    async with run_bot(shard_count=2, shard_ids=[1], discord_guild_ids=()) as bot:
        (connection,) = identified(fake)
        assert connection.identify is not None and connection.identify["shard"] == [1, 2]
        assert (bot.shard_count, bot.shard_ids, set(bot.shards)) == (2, [1], {1})
        assert {g.id for g in bot.guilds} == {fake.guild_id, same_shard.id}
        assert bot.get_guild(other_shard.id) is None
        assert bot.get_channel(next(iter(other_shard.channels))) is None
        assert bot.get_channel(fake.channel_id) is not None

        created = await run_clone(fake, alice, {"sample": ("voice.ogg", voice_message())}, name="A")
        assert "✅" in (created.original or {}).get("content", "")
        assert len(fake_inworld.clone_requests) == 1

        # The guild of shard 0 is another process's: Discord delivers nothing of it here.
        with pytest.raises(LookupError, match="no open connection"):
            await fake.send_slash_command(
                "voices", subcommand="list", user_id=other_shard.owner_id, guild_id=other_shard.id
            )
        # DMs belong to shard 0 as well.
        with pytest.raises(LookupError, match="no open connection receives the events of DMs"):
            fake.connection_for(None)

        async with asyncio.timeout(WAIT):
            await bot.wait_until_ready()
        await until(lambda: any("shard 1 of 2 ready" in r.getMessage() for r in caplog.records))
    messages = [r.getMessage() for r in caplog.records if r.name == "bot.client"]
    assert "gateway: this process runs shard 1 of 2" in messages
    assert "shard 1 of 2 ready in 2 guilds" in messages
    assert any(
        m.startswith("ready as ") and m.endswith("in 2 guilds on shard 1 of 2") for m in messages
    )


async def test_one_process_with_two_automatic_shards(
    discord_fake: FakeDiscord, run_bot, caplog: pytest.LogCaptureFixture
) -> None:
    """Unset SHARD_COUNT: discord.py asks GET /gateway/bot and runs every recommended shard.

    discord.py (2.7) does not use ``session_start_limit.max_concurrency``: its default
    ``before_identify_hook`` waits 5 s before every IDENTIFY after the first, whatever the
    concurrency Discord allows. That pacing is kept (it is Discord's identify rate limit).
    """
    fake = discord_fake
    fake.recommended_shards = 2
    fake.max_concurrency = 16  # ignored by discord.py
    shard0 = fake.add_guild("On shard 0", shard=(0, 2))
    shard1 = fake.guilds[fake.guild_id]
    caplog.set_level(logging.INFO, logger="bot.client")
    port = free_port()
    async with run_bot(health_port=port, discord_guild_ids=()) as bot:
        first, second = identified(fake)
        assert (first.shard, second.shard) == ((0, 2), (1, 2))
        assert first.identified_at is not None and second.identified_at is not None
        assert second.identified_at - first.identified_at >= 4.5
        assert (bot.shard_count, bot.shard_ids) == (2, None)
        assert {g.id: g.shard_id for g in bot.guilds} == {shard0.id: 0, shard1.id: 1}

        # Each guild's interactions go to its own shard's connection, and only there.
        on_0, on_1 = await list_voices(fake, shard0), await list_voices(fake, shard1)
        assert interactions_on(first) == {on_0}
        assert interactions_on(second) == {on_1}

        body = await until_healthy(port)
        discord_check = body["checks"]["discord"]
        assert discord_check["ok"] is True and discord_check["detail"] == "connected"
        assert discord_check["shard_count"] == 2

        # Each shard is ready once its guilds have arrived (discord.py's guild_ready_timeout).
        async with asyncio.timeout(WAIT):
            while not all(s["ready"] for s in body["checks"]["discord"]["shards"]):
                await asyncio.sleep(0.05)
                _, body = await healthz(port)
        shards = body["checks"]["discord"]["shards"]
        assert [(s["id"], s["connected"], s["ready"]) for s in shards] == [
            (0, True, True),
            (1, True, True),
        ]
        assert all(s["latency_ms"] is not None and s["latency_ms"] >= 0 for s in shards)
    assert "gateway: this process runs all 2 shards (automatic)" in caplog.messages


async def test_healthz_names_a_disconnected_shard(
    discord_fake: FakeDiscord, run_bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    async with run_bot(shard_count=2, shard_ids=[1], health_port=port) as bot:
        async with asyncio.timeout(WAIT):
            await bot.wait_until_ready()
        body = await until_healthy(port)
        assert body["checks"]["discord"]["shard_count"] == 2
        assert [s["id"] for s in body["checks"]["discord"]["shards"]] == [1]

        async def unanswered(connection: GatewayConnection, payload: dict[str, object]) -> None:
            return None

        monkeypatch.setattr(discord_fake, "_on_gateway_payload", unanswered)
        count = len(discord_fake.connections)
        await discord_fake.connection.ws.close(code=4000, message=b"dropped by the test")
        await until(lambda: len(discord_fake.connections) > count)
        status, body = await healthz(port)
        assert status == 503, body
        assert body["checks"]["discord"]["detail"] == (
            "shard 1 disconnected from the gateway (reconnecting)"
        )
        (shard,) = body["checks"]["discord"]["shards"]
        assert (shard["id"], shard["connected"]) == (1, False)

        monkeypatch.undo()
        count = len(discord_fake.connections)
        await discord_fake.connections[-1].ws.close(code=4000, message=b"try again")
        await until(lambda: any(c.ready for c in discord_fake.connections[count:]))
        body = await until_healthy(port)
        assert body["checks"]["discord"]["shards"][0]["connected"] is True


@pytest.mark.parametrize(
    ("fake_options", "client_options", "code"),
    [
        # A shard id outside the count: 4010 Invalid shard (SHARD_IDS validation prevents it).
        ({}, {"shard_count": 2, "shard_ids": [2]}, 4010),
        # More than 2,500 guilds (here: 1) on one shard: 4011 Sharding required.
        ({"max_guilds_per_shard": 1}, {"shard_count": 1}, 4011),
    ],
)
async def test_the_gateway_refuses_a_bad_shard(
    fake_options: dict[str, Any], client_options: dict[str, Any], code: int
) -> None:
    """discord.py does not retry these close codes: ``start()`` raises ConnectionClosed."""
    async with FakeDiscord(**fake_options) as fake:
        fake.add_guild("Second guild")
        client = discord.AutoShardedClient(intents=discord.Intents.none(), **client_options)
        with pytest.raises(RuntimeError, match="stopped before it was ready") as info:
            async with running_bot(fake, client, timeout=WAIT):
                pass
    error = info.value.__cause__
    assert isinstance(error, discord.ConnectionClosed)
    assert error.code == code
    assert error.shard_id == (client_options.get("shard_ids") or [0])[0]
    (connection,) = fake.connections  # refused once: no reconnect, no retry
    assert connection.close_code == code and not connection.ready


@pytest.mark.parametrize(
    ("sharding", "notes"),
    [
        ({"shard_count": 4, "shard_ids": "2,3"}, ("Sharding: shards 2,3 of 4",)),
        ({"shard_count": 2}, ("Sharding: all 2 shards",)),
        ({"shard_count": None, "shard_ids": None}, ()),  # automatic: nothing to say
    ],
)
def test_the_checklist_names_the_shards_of_this_process(
    sharding: dict[str, Any], notes: tuple[str, ...]
) -> None:
    def load() -> Any:
        return load_settings(_env_file=None, discord_token="t", inworld_api_key="k", **sharding)

    settings, result = check_settings(load)
    assert settings is not None and result.notes == notes


async def test_discord_gateway_url_wins_over_the_url_of_gateway_bot(
    discord_fake: FakeDiscord, run_bot
) -> None:
    """Automatic sharding asks GET /gateway/bot, which names Discord's gateway; a gateway
    proxy set with DISCORD_GATEWAY_URL is used all the same."""
    discord_fake.gateway_bot_url = "ws://127.0.0.1:9/not-the-proxy"
    async with run_bot(discord_gateway_url=discord_fake.gateway_url) as bot:
        assert bot.shard_count == 1
        (connection,) = identified(discord_fake)
        assert connection.shard == (0, 1)


async def test_the_gateway_check_of_a_sharded_bot_that_never_connected() -> None:
    # (discord.py's AutoShardedClient.close() needs the set-up of ``async with`` or start().)
    bot = commands.AutoShardedBot(
        command_prefix="!", intents=discord.Intents.none(), shard_count=4, shard_ids=[1, 3]
    )
    gateway = DiscordGateway(bot)
    never = {"connected": False, "ready": False, "latency_ms": None}
    extra = {"shard_count": 4, "shards": [{"id": 1, **never}, {"id": 3, **never}]}
    async with bot:
        assert gateway() == Check(False, "not ready yet (connecting to the gateway)", extra=extra)
        assert gateway().as_json() == {
            "ok": False,
            "detail": "not ready yet (connecting to the gateway)",
            **extra,
        }
    assert gateway() == Check(False, "the bot is shutting down", extra=extra)

    automatic = commands.AutoShardedBot(command_prefix="!", intents=discord.Intents.none())
    async with automatic:
        check = DiscordGateway(automatic)()
    assert check.extra == {"shard_count": None, "shards": []}  # before GET /gateway/bot
