"""``GET /healthz`` and ``GET /metrics`` over aiohttp.web (off unless HEALTH_PORT is set).

``/healthz`` answers 200 when the Discord gateway is connected and the database answers a
``SELECT 1`` within a short timeout, else 503; the JSON body says which check failed and why
(never a URL, a token or a driver's message). For a sharded bot the Discord check also names
``shard_count`` and, per shard of this process, its id, whether it is connected and ready, and
its heartbeat latency. ``/metrics`` is the Prometheus text format of the bot's own registry.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import os
import socket
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import discord
from aiohttp import web
from discord.ext import commands
from prometheus_client import CONTENT_TYPE_LATEST
from sqlalchemy import text

from ..storage import Database
from .metrics import BotMetrics

log = logging.getLogger(__name__)

#: A healthy database answers ``SELECT 1`` in milliseconds; an orchestrator probes every few s.
DATABASE_TIMEOUT_SECONDS = 2.0


class HealthServerError(RuntimeError):
    """The health endpoint could not listen on HEALTH_HOST:HEALTH_PORT (one line, no secret)."""


@dataclass(frozen=True)
class Check:
    """The result of one health check; ``detail`` is short and safe to publish."""

    ok: bool
    detail: str
    latency_ms: float | None = None
    #: More JSON fields of the check (a sharded bot's ``shard_count`` and ``shards``).
    extra: Mapping[str, Any] | None = field(default=None, hash=False)

    def as_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": self.ok, "detail": self.detail}
        if self.latency_ms is not None:
            body["latency_ms"] = round(self.latency_ms, 1)
        if self.extra:
            body.update(self.extra)
        return body


GatewayCheck = Callable[[], Check]


class DatabaseCheck(Protocol):
    async def __call__(self) -> Check: ...

    async def close(self) -> None: ...


AnyBot = commands.Bot | commands.AutoShardedBot


@dataclass
class _Shard:
    connected: bool = False
    ready: bool = False


def _ids(shards: list[int]) -> str:
    return f"shard{'s' if len(shards) != 1 else ''} {', '.join(map(str, shards))}"


class DiscordGateway:
    """Is the bot's gateway connection up: ready, not closing, connected, heartbeats answered?

    discord.py keeps ``is_ready()`` true while it reconnects, so the connection's own events
    are followed too (``on_disconnect`` until the next ``on_connect`` or ``on_resumed``). A
    sharded bot (:class:`discord.AutoShardedClient`) is followed per shard (``on_shard_*``):
    healthy once ready with every shard of this process connected and answering heartbeats.
    """

    def __init__(self, bot: AnyBot) -> None:
        self.bot = bot
        self.connected = False
        self._shards: dict[int, _Shard] = {}
        bot.add_listener(self._up, "on_connect")
        bot.add_listener(self._up, "on_resumed")
        bot.add_listener(self._down, "on_disconnect")
        bot.add_listener(self._shard_connect, "on_shard_connect")
        bot.add_listener(self._shard_up, "on_shard_resumed")
        bot.add_listener(self._shard_down, "on_shard_disconnect")
        bot.add_listener(self._shard_ready, "on_shard_ready")

    async def _up(self) -> None:
        self.connected = True

    async def _down(self) -> None:
        self.connected = False

    def _shard(self, shard_id: int) -> _Shard:
        return self._shards.setdefault(shard_id, _Shard())

    async def _shard_connect(self, shard_id: int) -> None:
        # READY of a new session: connected, ready again once its guilds have arrived.
        shard = self._shard(shard_id)
        shard.connected, shard.ready = True, False

    async def _shard_up(self, shard_id: int) -> None:
        self._shard(shard_id).connected = True

    async def _shard_down(self, shard_id: int) -> None:
        self._shard(shard_id).connected = False

    async def _shard_ready(self, shard_id: int) -> None:
        self._shard(shard_id).ready = True

    def __call__(self) -> Check:
        bot = self.bot
        if isinstance(bot, discord.AutoShardedClient):
            return self._sharded(bot)
        if bot.is_closed():
            return Check(False, "the bot is shutting down")
        if not bot.is_ready():
            return Check(False, "not ready yet (connecting to the gateway)")
        if not self.connected:
            return Check(False, "disconnected from the gateway (reconnecting)")
        latency = bot.latency
        if not math.isfinite(latency):
            return Check(False, "no heartbeat acknowledged by the gateway")
        return Check(True, "connected", latency_ms=latency * 1000)

    def _sharded(self, bot: discord.AutoShardedClient) -> Check:
        running = bot.shards  # the shards launched so far (they start 5 s apart)
        count = bot.shard_count
        wanted = list(bot.shard_ids or (range(count) if count is not None else running))
        shards: list[dict[str, Any]] = []
        for shard_id in wanted:
            info, state = running.get(shard_id), self._shards.get(shard_id, _Shard())
            latency = info.latency if info is not None else math.inf
            shards.append(
                {
                    "id": shard_id,
                    "connected": state.connected and info is not None and not info.is_closed(),
                    "ready": state.ready,
                    "latency_ms": round(latency * 1000, 1) if math.isfinite(latency) else None,
                }
            )
        extra = {"shard_count": count, "shards": shards}
        if bot.is_closed():
            return Check(False, "the bot is shutting down", extra=extra)
        if not bot.is_ready():
            return Check(False, "not ready yet (connecting to the gateway)", extra=extra)
        down = [s["id"] for s in shards if not s["connected"]]
        if down:
            detail = f"{_ids(down)} disconnected from the gateway (reconnecting)"
            return Check(False, detail, extra=extra)
        silent = [s["id"] for s in shards if s["latency_ms"] is None]
        if silent:
            detail = f"no heartbeat acknowledged by the gateway on {_ids(silent)}"
            return Check(False, detail, extra=extra)
        latency = bot.latency
        if not math.isfinite(latency):  # no shard at all
            return Check(False, "no heartbeat acknowledged by the gateway", extra=extra)
        return Check(True, "connected", latency_ms=latency * 1000, extra=extra)


class _NotConnected(Exception):
    pass


class DatabaseProbe:
    """``SELECT 1`` with a timeout; at most one probe in flight, however often it is asked.

    A probe that outlives the timeout is not cancelled (cancelling a query can strand a pooled
    connection): the next check waits on the same probe instead of starting another.
    """

    def __init__(self, database: Database, *, timeout: float = DATABASE_TIMEOUT_SECONDS) -> None:
        self.database = database
        self.timeout = timeout
        self._probe: asyncio.Task[float] | None = None

    async def __call__(self) -> Check:
        probe = self._probe
        if probe is None or probe.done():
            probe = self._probe = asyncio.create_task(self._select_one(), name="health-db-probe")
            probe.add_done_callback(_retrieve_exception)
        done, _ = await asyncio.wait({probe}, timeout=self.timeout)
        if not done:
            return Check(False, f"no answer within {self.timeout:g} s")
        if probe.cancelled():
            return Check(False, "the check was cancelled")
        error = probe.exception()
        if isinstance(error, _NotConnected):
            return Check(False, "not connected")
        if error is not None:
            # Only the type: a driver's message may quote the URL and its password.
            return Check(False, f"unreachable ({type(error).__name__})")
        return Check(True, "reachable", latency_ms=probe.result() * 1000)

    async def _select_one(self) -> float:
        started = time.monotonic()
        try:
            engine = self.database.engine
        except RuntimeError:
            raise _NotConnected from None
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        return time.monotonic() - started

    async def close(self) -> None:
        """Let a probe in flight finish (briefly), then cancel it."""
        probe, self._probe = self._probe, None
        if probe is None or probe.done():
            return
        done, _ = await asyncio.wait({probe}, timeout=self.timeout)
        if done:
            return  # its outcome, if an error, was retrieved by _retrieve_exception
        probe.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await probe


def _reason(error: OSError) -> str:
    """The system's words (Address already in use), not asyncio's longer wrapping of them."""
    if isinstance(error, socket.gaierror) or not error.errno or error.errno < 0:
        return error.strerror or type(error).__name__
    return os.strerror(error.errno)


def _retrieve_exception(task: asyncio.Task[float]) -> None:
    # A probe nobody waited for to the end must not log "exception was never retrieved".
    if not task.cancelled():
        task.exception()


class HealthServer:
    """The aiohttp app serving ``/healthz`` and ``/metrics`` on one host and port."""

    def __init__(
        self,
        *,
        host: str,
        port: int,
        metrics: BotMetrics,
        gateway: GatewayCheck,
        database: DatabaseCheck,
    ) -> None:
        self.host = host
        self.port = port
        self.metrics = metrics
        self.gateway = gateway
        self.database = database
        self._runner: web.AppRunner | None = None

    @classmethod
    def for_bot(
        cls,
        bot: AnyBot,
        *,
        host: str,
        port: int,
        metrics: BotMetrics,
        database: Database,
    ) -> HealthServer:
        return cls(
            host=host,
            port=port,
            metrics=metrics,
            gateway=DiscordGateway(bot),
            database=DatabaseProbe(database),
        )

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def _app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        return app

    async def start(self) -> None:
        """Listen, or raise HealthServerError naming the address and the reason."""
        if self._runner is not None:
            return
        # No access log: an orchestrator probing every few seconds would flood it.
        runner = web.AppRunner(self._app(), access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            raise HealthServerError(
                f"could not listen on {self.host}:{self.port} ({_reason(exc)}); "
                "check HEALTH_PORT and HEALTH_HOST"
            ) from None
        self._runner = runner
        log.info("health and metrics endpoint listening on %s (/healthz, /metrics)", self.url)

    async def stop(self) -> None:
        """Stop listening and finish the database probe. Safe to call twice."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        await self.database.close()

    async def check(self) -> tuple[bool, dict[str, Any]]:
        """Run every check; ``(healthy, JSON body)``."""
        checks: dict[str, Check] = {}
        try:
            checks["discord"] = self.gateway()
        except Exception as exc:
            log.exception("the gateway health check failed")
            checks["discord"] = Check(False, f"check failed ({type(exc).__name__})")
        try:
            checks["database"] = await self.database()
        except Exception as exc:
            log.exception("the database health check failed")
            checks["database"] = Check(False, f"check failed ({type(exc).__name__})")
        failed = [name for name, result in checks.items() if not result.ok]
        body: dict[str, Any] = {
            "status": "unavailable" if failed else "ok",
            "checks": {name: result.as_json() for name, result in checks.items()},
        }
        if failed:
            body["failed"] = failed
        return not failed, body

    async def _healthz(self, request: web.Request) -> web.Response:
        healthy, body = await self.check()
        return web.json_response(
            body, status=200 if healthy else 503, headers={"Cache-Control": "no-store"}
        )

    async def _metrics(self, request: web.Request) -> web.Response:
        return web.Response(
            body=self.metrics.render(),
            headers={"Content-Type": CONTENT_TYPE_LATEST, "Cache-Control": "no-store"},
        )
