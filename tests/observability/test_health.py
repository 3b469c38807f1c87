"""The health server on loopback, with a real SQLite database and stand-in gateway checks."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import aiohttp
import discord
import pytest
from discord.ext import commands
from prometheus_client import CONTENT_TYPE_LATEST
from sqlalchemy.ext.asyncio import create_async_engine

from bot.observability import (
    BotMetrics,
    DatabaseProbe,
    DiscordGateway,
    HealthServer,
    HealthServerError,
)
from bot.observability.health import Check
from bot.storage import Database
from tests.observability.helpers import free_port, sample_value


@pytest.fixture
async def database(tmp_path: Path) -> AsyncIterator[Database]:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'health.sqlite3'}")
    await db.connect()
    yield db
    await db.close()


class Gateway:
    """A gateway check the test switches between up and down."""

    def __init__(self) -> None:
        self.result = Check(True, "connected", latency_ms=42.0)

    def __call__(self) -> Check:
        return self.result


@pytest.fixture
async def serve() -> AsyncIterator[Callable[..., Any]]:
    servers: list[HealthServer] = []

    async def start(**kwargs: Any) -> HealthServer:
        server = HealthServer(host="127.0.0.1", port=free_port(), **kwargs)
        await server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        await server.stop()


async def get(
    session: aiohttp.ClientSession, server: HealthServer, path: str
) -> tuple[int, aiohttp.ClientResponse, Any]:
    async with session.get(server.url + path) as response:
        body = await (response.json() if path == "/healthz" else response.text())
        return response.status, response, body


async def test_healthz_reports_each_part(
    serve: Callable[..., Any], database: Database, http_session: aiohttp.ClientSession
) -> None:
    gateway = Gateway()
    server = await serve(metrics=BotMetrics(), gateway=gateway, database=DatabaseProbe(database))

    status, response, body = await get(http_session, server, "/healthz")
    assert status == 200
    assert response.content_type == "application/json"
    assert body["status"] == "ok" and "failed" not in body
    assert body["checks"]["discord"] == {"ok": True, "detail": "connected", "latency_ms": 42.0}
    assert body["checks"]["database"]["ok"] is True
    assert body["checks"]["database"]["detail"] == "reachable"

    gateway.result = Check(False, "disconnected from the gateway (reconnecting)")
    status, _, body = await get(http_session, server, "/healthz")
    assert status == 503
    assert body["status"] == "unavailable" and body["failed"] == ["discord"]
    assert body["checks"]["database"]["ok"] is True

    gateway.result = Check(True, "connected")
    await database.close()
    status, _, body = await get(http_session, server, "/healthz")
    assert status == 503 and body["failed"] == ["database"]
    assert body["checks"]["database"] == {"ok": False, "detail": "not connected"}


async def test_a_failing_check_is_a_503_not_a_500(
    serve: Callable[..., Any], database: Database, http_session: aiohttp.ClientSession
) -> None:
    def broken() -> Check:
        raise RuntimeError("boom")

    server = await serve(metrics=BotMetrics(), gateway=broken, database=DatabaseProbe(database))
    status, _, body = await get(http_session, server, "/healthz")
    assert status == 503 and body["failed"] == ["discord"]
    assert body["checks"]["discord"]["detail"] == "check failed (RuntimeError)"


async def test_an_unreachable_database_is_named_without_its_url(
    serve: Callable[..., Any], http_session: aiohttp.ClientSession
) -> None:
    # Nothing listens on port 1; the URL carries a password that must not leak.
    url = "postgresql+asyncpg://bot:hunter2-secret@127.0.0.1:1/voiceclone"
    engine = create_async_engine(url)
    unreachable = SimpleNamespace(engine=engine)
    try:
        server = await serve(
            metrics=BotMetrics(),
            gateway=Gateway(),
            database=DatabaseProbe(unreachable, timeout=10),  # type: ignore[arg-type]
        )
        status, _, body = await get(http_session, server, "/healthz")
    finally:
        await engine.dispose()
    assert status == 503 and body["failed"] == ["database"]
    detail = body["checks"]["database"]["detail"]
    assert detail.startswith("unreachable (") and "hunter2" not in str(body)


class _HangingEngine:
    """An engine whose connections never open: a database that stopped answering."""

    def __init__(self) -> None:
        self.connects = 0
        self.release = asyncio.Event()

    def connect(self) -> _HangingEngine:
        self.connects += 1
        return self

    async def __aenter__(self) -> _HangingEngine:
        await self.release.wait()
        raise ConnectionError("gave up")

    async def __aexit__(self, *exc_info: object) -> None:
        return None


async def test_a_silent_database_times_out_with_one_probe_in_flight() -> None:
    engine = _HangingEngine()
    probe = DatabaseProbe(SimpleNamespace(engine=engine), timeout=0.05)  # type: ignore[arg-type]
    first = await probe()
    second = await probe()
    assert first == second == Check(False, "no answer within 0.05 s")
    assert engine.connects == 1  # the second check waited on the same probe
    engine.release.set()
    third = await probe()
    assert third == Check(False, "unreachable (ConnectionError)")
    await probe.close()


async def test_closing_the_probe_cancels_a_hung_query() -> None:
    engine = _HangingEngine()
    probe = DatabaseProbe(SimpleNamespace(engine=engine), timeout=0.01)  # type: ignore[arg-type]
    await probe()
    await probe.close()
    assert probe._probe is None


async def test_closing_lets_a_probe_in_flight_finish() -> None:
    engine = _HangingEngine()
    probe = DatabaseProbe(SimpleNamespace(engine=engine), timeout=0.01)  # type: ignore[arg-type]
    await probe()
    engine.release.set()  # it now fails while close() waits for it: no error escapes
    probe.timeout = 10
    await probe.close()


async def test_metrics_are_served_in_the_prometheus_format(
    serve: Callable[..., Any], database: Database, http_session: aiohttp.ClientSession
) -> None:
    metrics = BotMetrics()
    metrics.clone_finished("created")
    server = await serve(metrics=metrics, gateway=Gateway(), database=DatabaseProbe(database))
    status, response, text = await get(http_session, server, "/metrics")
    assert status == 200
    assert response.headers["Content-Type"] == CONTENT_TYPE_LATEST
    assert sample_value(text, "voiceclone_clones_total", outcome="created") == 1
    assert "# HELP voiceclone_inworld_request_seconds" in text


async def test_a_taken_port_fails_with_one_clear_line(database: Database) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = HealthServer(
            host="127.0.0.1",
            port=port,
            metrics=BotMetrics(),
            gateway=Gateway(),
            database=DatabaseProbe(database),
        )
        with pytest.raises(HealthServerError) as info:
            await server.start()
    message = str(info.value)
    assert message == (
        f"could not listen on 127.0.0.1:{port} (Address already in use); "
        "check HEALTH_PORT and HEALTH_HOST"
    )
    await server.stop()  # nothing to stop, and no error


async def test_the_gateway_check_of_a_bot_that_never_connected() -> None:
    bot = commands.Bot(command_prefix="!", intents=discord.Intents.none())
    gateway = DiscordGateway(bot)
    assert gateway() == Check(False, "not ready yet (connecting to the gateway)")
    await bot.close()
    assert gateway() == Check(False, "the bot is shutting down")
