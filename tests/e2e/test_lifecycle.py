"""Lifecycle faults through the real bot and real discord.py: a slow or vanishing PostgreSQL
(behind a loopback TCP proxy the test slows, cuts and restores), shutdown with requests in
flight or queued, and the bounded clone queue."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from bot.client import CloneBot
from bot.i18n import tr
from bot.storage import CloneStatus, CloneStore, Database
from bot.storage.faults import DATABASE_DOWN_MESSAGE
from tests.audio import fixtures
from tests.e2e.helpers import (
    buttons,
    configure,
    confirm_consent,
    content_of,
    is_finished,
    member,
    moderator,
    run_clone,
    start_clone,
)
from tests.e2e.test_entry_point import bot_env
from tests.fakes.discord_server import FakeDiscord, FakeInteraction, MessageFlags
from tests.fakes.inworld_server import FakeInworld, Fault
from tests.lifecycle.proxy import TcpProxy
from tests.storage.helpers import postgres_test_database

INTERRUPTED_MESSAGE = tr("en-US", "error-interrupted")
RESTARTING_MESSAGE = tr("en-US", "error-restarting")

log = logging.getLogger(__name__)

#: Per chunk, each way: a policy read then takes about 4 s (over Discord's 3 s).
SLOW_DELAY = 0.3
ACK_LIMIT = 1.0


def sample() -> dict[str, tuple[str, bytes]]:
    voice = fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice").read_bytes()
    return {"sample": ("voice-message.ogg", voice)}


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with postgres_test_database() as url:
        yield url


@pytest.fixture
async def proxy(postgres_url: str) -> AsyncIterator[TcpProxy]:
    target = make_url(postgres_url)
    async with TcpProxy(target.host or "127.0.0.1", target.port or 5432) as running:
        yield running


@pytest.fixture
def proxied_url(postgres_url: str, proxy: TcpProxy) -> str:
    url = make_url(postgres_url).set(host="127.0.0.1", port=proxy.port)
    return url.render_as_string(hide_password=False)


async def record_of(bot: CloneBot, record_id: int = 1) -> Any:
    return await bot.store.get_record(record_id)


def loaded(interaction: FakeInteraction) -> bool:
    original = interaction.original
    return original is not None and not original["flags"] & MessageFlags.LOADING


async def wait_for_text(interaction: FakeInteraction, text: str, timeout: float = 30) -> None:
    await interaction.wait_for(lambda i: text in content_of(i), timeout=timeout)


# --- acknowledge before anything else (part 7) ------------------------------------------


async def test_every_handler_answers_at_once_with_a_slow_database(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: Any,
    proxy: TcpProxy,
    proxied_url: str,
) -> None:
    mod, alice = moderator(discord_fake), member(discord_fake)
    latencies: dict[str, float] = {}

    async def slowly(what: str, send: Any) -> FakeInteraction:
        """Send one interaction with the database slow; back to normal once it is answered."""
        proxy.delay = SLOW_DELAY
        try:
            interaction: FakeInteraction = await send()
            callback = await interaction.wait_for_callback(timeout=5)
        finally:
            proxy.delay = 0
        latencies[what] = callback.received_at - interaction.created_at
        return interaction

    async with run_bot(database_url=proxied_url) as bot:
        proxy.delay = SLOW_DELAY
        started = time.monotonic()
        await bot.store.get_record(1)  # what the database costs now: over Discord's limit
        slow_read = time.monotonic() - started
        proxy.delay = 0

        show = await slowly(
            "/clone-settings show",
            lambda: discord_fake.send_slash_command(
                "clone-settings", {}, subcommand="show", user_id=mod
            ),
        )
        await show.wait_for(loaded, timeout=30)
        assert "Voice clone settings" in content_of(show)

        await configure(discord_fake, mod, "audit-channel", channel=discord_fake.audit_channel_id)
        approval = await slowly(
            "/clone-settings approval (two writes and an audit post)",
            lambda: discord_fake.send_slash_command(
                "clone-settings",
                {"required": True, "review_channel": discord_fake.review_channel_id},
                subcommand="approval",
                user_id=mod,
            ),
        )
        await approval.wait_for(loaded, timeout=30)
        assert "Approval required: yes" in content_of(approval)

        attachments = {"sample": discord_fake.add_attachment(*sample()["sample"])}
        clone = await slowly(
            "/clone",
            lambda: discord_fake.send_slash_command(
                "clone", {"name": "Alice"}, user_id=alice, attachments=attachments
            ),
        )
        assert clone.callbacks[0].type == 5
        await clone.wait_for(lambda i: bool(buttons(i.original or {})), timeout=30)
        prompt = clone.original or {}
        confirm = next(b for b in buttons(prompt) if b["custom_id"].startswith("consent:yes"))
        await slowly(
            "consent button",
            lambda: discord_fake.click_button(prompt, confirm["custom_id"], user_id=alice),
        )
        review = await discord_fake.wait_for_channel_message(
            discord_fake.review_channel_id, timeout=30
        )
        reject_id = next(b["custom_id"] for b in buttons(review) if "reject" in b["custom_id"])
        approve_id = next(b["custom_id"] for b in buttons(review) if "approve" in b["custom_id"])
        refused = await slowly(
            "reject button (not a moderator)",
            lambda: discord_fake.click_button(review, reject_id, user_id=alice),
        )
        assert "Only moderators" in content_of(refused)
        modal = await slowly(
            "reject button (modal)",
            lambda: discord_fake.click_button(review, reject_id, user_id=mod),
        )
        assert modal.callbacks[0].type == 9
        await slowly(
            "approve button",
            lambda: discord_fake.click_button(review, approve_id, user_id=mod),
        )
        await discord_fake.wait_for_dm(
            alice, lambda m: f"<@{alice}>" in (m.get("content") or ""), timeout=30
        )
        assert (await record_of(bot)).status is CloneStatus.DONE
    assert len(fake_inworld.voices) == 1
    log.warning(
        "slow database: a read took %.2f s; acknowledgements: %s",
        slow_read,
        {k: round(v, 3) for k, v in latencies.items()},
    )
    assert slow_read > 3.0
    assert all(v < ACK_LIMIT for v in latencies.values()), latencies


# --- database faults (part 5) -------------------------------------------------------------


async def test_postgres_going_away_mid_run(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: Any,
    proxy: TcpProxy,
    proxied_url: str,
) -> None:
    alice, bob = member(discord_fake), member(discord_fake, "bob")
    async with run_bot(database_url=proxied_url, database_retry_seconds=1) as bot:
        # Down when a request arrives: acknowledged, then a clear message; nothing stored.
        proxy.cut()
        refused = await run_clone(discord_fake, alice, sample(), consent=False, name="Alice")
        assert refused.callback_latency is not None and refused.callback_latency < ACK_LIMIT
        assert DATABASE_DOWN_MESSAGE in content_of(refused)
        assert "Something went wrong" not in content_of(refused)

        # Back: the same process serves the next request (the pool reconnects).
        proxy.restore()
        done = await run_clone(discord_fake, alice, sample(), name="Alice")
        assert "✅" in content_of(done)
        (voice_id,) = fake_inworld.voices
        assert voice_id in content_of(done)

        # Gone while a clone call is under way, back within the retry budget: the outcome is
        # stored once the database answers, and the member gets the voice ID.
        bot.store.retry_seconds = 10
        fake_inworld.enqueue(Fault.stall(1.0))
        interaction = await start_clone(discord_fake, bob, sample(), name="Bob")
        await confirm_consent(discord_fake, interaction, bob)
        await fake_inworld.wait_for_requests(2, clone_only=True)
        proxy.cut()
        asyncio.get_running_loop().call_later(2.0, proxy.restore)
        await interaction.wait_for(is_finished, timeout=30)
        bob_voice = next(v for v in fake_inworld.voices if v != voice_id)
        assert bob_voice in content_of(interaction)
        record = await bot.store.get_record(interaction_record_id(interaction))
        assert record is not None and record.status is CloneStatus.DONE
        assert record.voice_id == bob_voice
    assert len(fake_inworld.voices) == 2  # one per successful request, no orphan


async def test_postgres_down_past_the_budget_while_cloning_keeps_the_voice(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: Any,
    proxy: TcpProxy,
    proxied_url: str,
) -> None:
    """The database goes away after the clone POST was sent and stays away longer than the
    retry budget: the member still gets the voice ID, and the record is completed once the
    database is back, without a restart."""
    alice = member(discord_fake)
    async with run_bot(database_url=proxied_url, database_retry_seconds=0.5) as bot:
        fake_inworld.enqueue(Fault.stall(0.5))
        interaction = await start_clone(discord_fake, alice, sample(), name="Alice")
        record_id = interaction_record_id(interaction)
        await confirm_consent(discord_fake, interaction, alice)
        await fake_inworld.wait_for_requests(1, clone_only=True)
        proxy.cut()
        await interaction.wait_for(is_finished, timeout=30)
        (voice_id,) = fake_inworld.voices
        text = content_of(interaction)
        assert f"voice ID `{voice_id}`" in text and "do not send the request again" in text
        assert bot.store.settling == 1
        proxy.restore()
        deadline = time.monotonic() + 20
        while bot.store.settling and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        record = await bot.store.get_record(record_id)
        assert record is not None and record.status is CloneStatus.DONE
        assert record.voice_id == voice_id
        # And the next request is served.
        done = await run_clone(discord_fake, alice, sample(), name="Alice two")
        assert "✅" in content_of(done)
    assert len(fake_inworld.voices) == 2 and len(fake_inworld.clone_requests) == 2


async def test_postgres_going_away_while_a_request_is_processed_does_not_block_the_member(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: Any,
    proxy: TcpProxy,
    proxied_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Gone after the request was stored, before its samples were: the member gets the clear
    message, the request is ended (failed) once the database is back, and the member's next
    request is served (not refused as "you already have an open request")."""
    alice = member(discord_fake)
    async with run_bot(database_url=proxied_url, database_retry_seconds=0.5) as bot:
        real_prepare = bot.clones.prepare

        async def prepare_then_cut(*args: Any, **kwargs: Any) -> Any:
            samples = await real_prepare(*args, **kwargs)
            proxy.cut()
            return samples

        monkeypatch.setattr(bot.clones, "prepare", prepare_then_cut)
        refused = await run_clone(discord_fake, alice, sample(), consent=False, name="Alice")
        assert DATABASE_DOWN_MESSAGE in content_of(refused)
        monkeypatch.setattr(bot.clones, "prepare", real_prepare)
        assert bot.store.settling == 1
        proxy.restore()
        deadline = time.monotonic() + 20
        while bot.store.settling and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        record = await bot.store.get_record(1)
        assert record is not None and record.status is CloneStatus.FAILED
        done = await run_clone(discord_fake, alice, sample(), name="Alice")
        assert "✅" in content_of(done)
    assert len(fake_inworld.voices) == 1


def interaction_record_id(interaction: FakeInteraction) -> int:
    """The record behind a /clone reply: its consent buttons carry the id."""
    for edit in [*interaction.edits, interaction.original or {}]:
        for button in buttons(edit):
            if button["custom_id"].startswith("consent:"):
                return int(button["custom_id"].rsplit(":", 1)[1])
    raise AssertionError("no consent prompt was shown")


# --- graceful shutdown (part 6) -------------------------------------------------------------


async def test_shutdown_lets_a_clone_in_flight_deliver_and_refuses_new_requests(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: Any, caplog: Any
) -> None:
    alice, bob = member(discord_fake), member(discord_fake, "bob")
    fake_inworld.enqueue(Fault.stall(1.5))
    async with run_bot(shutdown_grace_seconds=10) as bot:
        interaction = await start_clone(discord_fake, alice, sample(), name="Alice")
        await confirm_consent(discord_fake, interaction, alice)
        await fake_inworld.wait_for_requests(1, clone_only=True)
        started = time.monotonic()
        closing = asyncio.create_task(bot.close())  # what SIGTERM does
        await asyncio.sleep(0.1)
        late = await discord_fake.send_slash_command(
            "clone",
            {"name": "Bob"},
            user_id=bob,
            attachments={"sample": discord_fake.add_attachment(*sample()["sample"])},
        )
        await late.wait_for(lambda i: RESTARTING_MESSAGE in content_of(i), timeout=5)
        assert late.callback_latency is not None and late.callback_latency < ACK_LIMIT
        await closing
        took = time.monotonic() - started
        assert 1.0 < took < 10
    (voice_id,) = fake_inworld.voices
    assert voice_id in content_of(interaction) and "✅" in content_of(interaction)
    assert "Session is closed" not in caplog.text
    assert len(fake_inworld.clone_requests) == 1


async def test_grace_period_over_leaves_the_request_recoverable(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: Any, caplog: Any
) -> None:
    alice = member(discord_fake)
    fake_inworld.enqueue(Fault.stall(3))
    async with run_bot(shutdown_grace_seconds=0.5) as bot:
        interaction = await start_clone(discord_fake, alice, sample(), name="Alice")
        record_id = interaction_record_id(interaction)
        await confirm_consent(discord_fake, interaction, alice)
        await fake_inworld.wait_for_requests(1, clone_only=True)
        started = time.monotonic()
        await bot.close()
        assert time.monotonic() - started < 0.5 + 5
    assert INTERRUPTED_MESSAGE in content_of_all(discord_fake, alice)
    assert "Session is closed" not in caplog.text
    async with run_bot() as bot:
        record = await bot.store.get_record(record_id)
        assert record is not None
        # Not a final "internal error": left for recovery, which tells the member.
        assert "internal error" not in (record.failure_reason or "")
        await discord_fake.wait_for_dm(
            alice, lambda m: f"<@{alice}>" in (m.get("content") or ""), timeout=30
        )
    assert len(fake_inworld.clone_requests) == 1  # never resent blindly


def content_of_all(fake: FakeDiscord, user_id: int) -> str:
    return "\n".join(content_of(i) for i in fake.interactions if i.user_id == user_id)


async def test_a_queued_request_at_shutdown_is_resumed_after_the_restart(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: Any
) -> None:
    alice, bob = member(discord_fake), member(discord_fake, "bob")
    async with run_bot(clones_per_minute=1, shutdown_grace_seconds=5) as bot:
        await run_clone(discord_fake, alice, sample(), name="Alice")
        interaction = await start_clone(discord_fake, bob, sample(), name="Bob")
        record_id = interaction_record_id(interaction)
        await confirm_consent(discord_fake, interaction, bob)
        await interaction.wait_for(lambda i: "position 1" in content_of(i), timeout=10)
        started = time.monotonic()
        await bot.close()
        assert time.monotonic() - started < 2  # no API call under way: nothing to wait for
        database_url = bot.settings.database_url
    assert database_url is not None
    assert await stored_status(database_url, record_id) is CloneStatus.APPROVED
    assert INTERRUPTED_MESSAGE in content_of_all(discord_fake, bob)
    assert len(fake_inworld.voices) == 1
    async with run_bot() as bot:
        notice = await discord_fake.wait_for_channel_message(
            discord_fake.channel_id, lambda m: f"<@{bob}>" in (m.get("content") or ""), timeout=30
        )
        record = await bot.store.get_record(record_id)
        assert record is not None and record.status is CloneStatus.DONE
        assert record.voice_id is not None
        # The member gets the ID: in the channel, or privately (ephemeral guilds).
        delivered = str(notice) + content_of_all(discord_fake, bob) + str(discord_fake.dm_messages)
        assert record.voice_id in delivered
    assert len(fake_inworld.voices) == 2


async def stored_status(database_url: str, record_id: int) -> CloneStatus | None:
    """A record's status read with a connection of its own (the bot is closed)."""
    database = Database(database_url)
    await database.connect()
    try:
        record = await CloneStore(database).get_record(record_id)
        return record.status if record is not None else None
    finally:
        await database.close()


# --- bounded queue (part 9) -----------------------------------------------------------------


async def test_a_full_queue_refuses_with_the_wait_and_keeps_the_prompt(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alice, bob, carol = (member(discord_fake, n) for n in ("alice", "bob", "carol"))
    async with run_bot(
        clones_per_minute=1, clone_queue_max_per_guild=1, shutdown_grace_seconds=1
    ) as bot:
        loads: list[int] = []
        real_load = bot.store.load_samples

        async def counting_load(record_id: int) -> list[bytes]:
            loads.append(record_id)
            return await real_load(record_id)

        monkeypatch.setattr(bot.store, "load_samples", counting_load)
        await run_clone(discord_fake, alice, sample(), name="Alice")
        waiting = await start_clone(discord_fake, bob, sample(), name="Bob")
        bob_record = interaction_record_id(waiting)
        await confirm_consent(discord_fake, waiting, bob)
        await waiting.wait_for(lambda i: "position 1" in content_of(i), timeout=10)
        assert bob_record not in loads  # a waiter holds no audio: loaded when its slot comes

        third = await start_clone(discord_fake, carol, sample(), name="Carol")
        carol_record = interaction_record_id(third)
        prompt = third.original or {}
        confirm = next(b for b in buttons(prompt) if b["custom_id"].startswith("consent:yes"))
        click = await discord_fake.click_button(prompt, confirm["custom_id"], user_id=carol)
        await click.wait_for(lambda i: "queue is full" in content_of(i), timeout=10)
        text = content_of(click)
        assert "1 request from this server is waiting" in text
        assert "a wait of about" in text and "try again in about" in text and "<t:" in text
        record = await bot.store.get_record(carol_record)
        assert record is not None and record.status is CloneStatus.AWAITING_CONSENT
        assert buttons(discord_fake.message(int(prompt["id"])))  # she can confirm again later
    assert len(fake_inworld.voices) == 1


async def test_sigterm_to_python_m_bot_drains_in_flight_work(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, tmp_path: Path
) -> None:
    """The real process and signal: SIGTERM while a clone call is under way."""
    env = bot_env(discord_fake, fake_inworld, SHUTDOWN_GRACE_SECONDS="15", LOG_LEVEL="DEBUG")
    log_path = tmp_path / "bot.log"
    with log_path.open("wb") as log_file:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=tmp_path, env=env, stdout=log_file, stderr=log_file
        )
    try:
        await discord_fake.wait_for_sync(timeout=60)
        alice, bob = member(discord_fake), member(discord_fake, "bob")
        await asyncio.sleep(0.5)  # let the process finish parsing READY
        fake_inworld.enqueue(Fault.stall(2.0))
        interaction = await start_clone(discord_fake, alice, sample(), name="Alice")
        await confirm_consent(discord_fake, interaction, alice)
        await fake_inworld.wait_for_requests(1, clone_only=True, timeout=10)
        process.send_signal(signal.SIGTERM)
        await asyncio.sleep(0.3)
        late = await discord_fake.send_slash_command(
            "clone",
            {"name": "Bob"},
            user_id=bob,
            attachments={"sample": discord_fake.add_attachment(*sample()["sample"])},
        )
        await late.wait_for(lambda i: RESTARTING_MESSAGE in content_of(i), timeout=5)
        await asyncio.wait_for(process.wait(), 20)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    log_text = log_path.read_text(errors="replace")
    assert process.returncode == 0, log_text[-3000:]
    assert "Traceback" not in log_text and "Session is closed" not in log_text, log_text[-3000:]
    (voice_id,) = fake_inworld.voices
    assert voice_id in content_of(interaction) and "✅" in content_of(interaction)
