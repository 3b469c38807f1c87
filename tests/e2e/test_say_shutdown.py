"""SIGTERM while the bot speaks in a voice channel: ``python -m bot`` as a real process against
the fake Discord, its fake voice server (TLS trusted through SSL_CERT_FILE) and the fake
Inworld. It stops in time with exit code 0, leaves the voice channel, clears the channel's
status and logs no error."""

from __future__ import annotations

import asyncio
import re
import signal
import sys
import time
from pathlib import Path

from tests.e2e.helpers import content_of, member, run_clone
from tests.e2e.test_entry_point import bot_env
from tests.e2e.test_say import say
from tests.e2e.test_voices import sample
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.inworld_server import FakeInworld
from tests.fakes.voice_server import attached_voice_server

GRACE = 5.0
LONG = "A long text that is still being spoken when the bot is told to stop. " * 6


async def test_sigterm_while_speaking_leaves_the_channel_cleanly(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, tmp_path: Path
) -> None:
    fake = discord_fake
    lounge = fake.add_voice_channel("Lounge")
    fake_inworld.stream_chunk_interval = 0.2  # the text outlasts the test's wait
    async with attached_voice_server(fake, trust_in_process=False) as voice:
        env = bot_env(
            fake, fake_inworld, SHUTDOWN_GRACE_SECONDS=str(GRACE), **voice.ca.subprocess_env()
        )
        log_path = tmp_path / "bot.log"
        with log_path.open("wb") as log_file:
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", cwd=tmp_path, env=env, stdout=log_file, stderr=log_file
            )
        try:
            await fake.wait_for_sync(timeout=60)
            await asyncio.sleep(0.5)  # let the process finish parsing READY
            alice = member(fake, "alice")
            await run_clone(fake, alice, sample(), name="Alice")
            await fake.join_voice(alice, lounge)
            reply = await say(fake, alice, LONG)
            assert "Speaking now" in content_of(reply), content_of(reply)
            session = await voice.wait_for_session(timeout=30)
            await session.wait_for_audio(0.3, timeout=30)
            assert any("AI voice of alice" in (s or "") for s in fake.voice_statuses[lounge])
            process.send_signal(signal.SIGTERM)
            signalled = time.monotonic()
            await asyncio.wait_for(process.wait(), GRACE + 5)
            took = time.monotonic() - signalled
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
        log = log_path.read_text(errors="replace")
        assert process.returncode == 0, log[-3000:]
        assert took <= GRACE + 5, took
        # The voice connection was closed: the bot left (op 4 without a channel) or its voice
        # websocket closed.
        left = any(r.get("channel_id") is None for r in fake.bot_voice_requests)
        assert left or session.connection.ws.closed, fake.bot_voice_requests
        assert fake.voice_state(fake.bot_user_id) is None or session.connection.ws.closed
        # The status saying whose voice spoke is cleared.
        assert fake.voice_statuses[lounge][-1] in ("", None), fake.voice_statuses[lounge]
        # Nothing alarming in the log.
        assert "Traceback" not in log, log[-3000:]
        errors = [line for line in log.splitlines() if re.search(r"\bERROR\b", line)]
        assert errors == [], errors
        assert fake.token not in log and fake_inworld.api_key not in log
