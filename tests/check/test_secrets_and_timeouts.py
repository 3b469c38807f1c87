"""Secrets never reach the output, not even through an exception; every call is bounded."""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.check import run_check
from bot.settings import load_settings
from tests.check.conftest import RunCheck

TOKEN = "MTIzNDU2.token-secret-Aa1"
KEY = "aW53b3JsZC1rZXktc2VjcmV0LUJi"
PASSWORD = "pg-password-Cc3"


@pytest.fixture
async def silent_server() -> AsyncIterator[str]:
    """An HTTP endpoint that accepts connections and never answers."""
    held: list[asyncio.StreamWriter] = []

    async def hold(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)
        await reader.read()  # until the client gives up

    server = await asyncio.start_server(hold, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        for writer in held:
            writer.close()
        server.close()
        await server.wait_closed()


async def test_crashing_checks_print_no_secret(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    async def leaky(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(f"boom token={TOKEN} key={KEY} url=postgresql://u:{PASSWORD}@h/db")

    for target in (
        "bot.check.inworld.request",
        "bot.check.discord_bot.request",
        "bot.check.database._probe",
    ):
        monkeypatch.setattr(target, leaky)
    values = {
        "_env_file": None,
        "discord_token": TOKEN,
        "inworld_api_key": KEY,
        "database_url": f"postgresql://u:{PASSWORD}@127.0.0.1:1/db",
    }
    out = io.StringIO()
    code = await run_check(lambda: load_settings(**values), out=out, timeout=2)
    output = out.getvalue()
    assert code == 1
    assert output.count("the check itself crashed (RuntimeError: boom token=*** key=***") == 3
    assert "could not open the postgresql database postgresql://u:***@127.0.0.1:1/db" in output
    for secret in (TOKEN, KEY, PASSWORD):
        assert secret not in output


async def test_credential_with_a_line_break_is_refused_before_sending(run: RunCheck) -> None:
    checked = await run(discord_token=f"{TOKEN}\nx", inworld_api_key=f" {KEY}")
    assert checked.line("✘ Discord token:") == (
        "✘ Discord token: DISCORD_TOKEN contains spaces or line breaks — fix: set DISCORD_TOKEN "
        "to the credential alone, without spaces or quotes"
    )
    assert checked.line("✘ Inworld API key:").startswith(
        "✘ Inworld API key: INWORLD_API_KEY contains spaces or line breaks"
    )


async def test_apis_that_never_answer_time_out(run: RunCheck, silent_server: str) -> None:
    started = time.monotonic()
    checked = await run(
        timeout=0.3, inworld_api_url=silent_server, discord_api_url=f"{silent_server}/api/v10"
    )
    assert time.monotonic() - started < 3
    assert checked.code == 1
    assert checked.line("✘ Inworld API key:").startswith(
        f"✘ Inworld API key: could not reach the Inworld API at {silent_server} "
        "(no answer within 0.3 s)"
    )
    assert checked.line("✘ Discord token:").startswith(
        f"✘ Discord token: could not reach Discord at {silent_server}/api/v10 "
        "(no answer within 0.3 s) — fix: unset DISCORD_API_URL or set it to"
    )
