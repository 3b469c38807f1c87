"""The image's HEALTHCHECK command against a real endpoint: 200 is healthy, the rest is not."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from bot.healthcheck import health_url, probe


def test_url_from_the_environment():
    assert health_url({}) is None
    assert health_url({"HEALTH_PORT": "8080"}) == "http://127.0.0.1:8080/healthz"
    assert health_url({"HEALTH_PORT": "8080", "HEALTH_HOST": "0.0.0.0"}).startswith(
        "http://127.0.0.1:"
    )
    assert health_url({"HEALTH_PORT": "9", "HEALTH_HOST": "::1"}) == "http://[::1]:9/healthz"


@pytest.fixture
async def endpoint() -> AsyncIterator[tuple[str, dict[str, int]]]:
    state = {"status": 200}

    async def healthz(_: web.Request) -> web.Response:
        body = {"status": "ok"} if state["status"] == 200 else {"failed": ["discord"]}
        return web.json_response(body, status=state["status"])

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    yield f"http://127.0.0.1:{port}/healthz", state
    await runner.cleanup()


async def test_healthy_and_unhealthy(endpoint: tuple[str, dict[str, int]]):
    url, state = endpoint
    assert await asyncio.to_thread(probe, url) == (True, "healthy (200)")
    state["status"] = 503
    healthy, line = await asyncio.to_thread(probe, url)
    assert not healthy and line == "unhealthy (503): discord"


async def test_nothing_listening_is_unhealthy():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    healthy, line = await asyncio.to_thread(probe, f"http://127.0.0.1:{port}/healthz", 2)
    assert not healthy and line.startswith("no answer from")


async def test_as_the_container_runs_it(endpoint: tuple[str, dict[str, int]]):
    url, state = endpoint
    port = url.split(":")[2].split("/")[0]
    for status, code in ((200, 0), (503, 1)):
        state["status"] = status
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.healthcheck",
            env={"PATH": os.defpath, "HEALTH_PORT": port, "HEALTH_HOST": "0.0.0.0"},
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        output, _ = await asyncio.wait_for(process.communicate(), 30)
        assert process.returncode == code, output
