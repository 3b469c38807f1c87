"""Lost clone answers end to end (real discord.py, fake Discord, strict fake Inworld): the bot
never resends the POST; it finds the voice carrying the request's tag (at once, or with the
sweep once Inworld has created it), and every member gets their voice ID.

Each case counts the voices in the fake's account: exactly one per request, zero orphans.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.inworld import CloneRequest, CloneSample, InworldClient, InworldError
from bot.storage import CloneRecord, CloneStatus, CloneStore, Database, utcnow
from tests.audio import fixtures
from tests.e2e.helpers import buttons, content_of, is_finished, member, run_clone
from tests.fakes.discord_server import FakeDiscord, FakeInteraction
from tests.fakes.inworld_server import FakeInworld, Fault, LateAnswer, make_wav
from tests.storage.helpers import postgres_test_database

NAME = "Alice Narrator"
FAST = {"reconcile_settle_seconds": 0.05}


def sample() -> dict[str, tuple[str, bytes]]:
    voice = fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice").read_bytes()
    return {"sample": ("voice-message.ogg", voice)}


def only_voice(fake: FakeInworld, name: str = NAME) -> str:
    (voice,) = fake.voices_named(name)
    assert len(fake.voices) == 1, "an orphan voice exists"
    return str(voice["voiceId"])


async def stored(database_url: str) -> list[CloneRecord]:
    database = Database(database_url)
    await database.connect()
    try:
        store = CloneStore(database)
        return [r for r in [await store.get_record(1)] if r is not None]
    finally:
        await database.close()


def bot_database(tmp_path: Path) -> str:
    """The database run_bot uses unless told otherwise (see tests/e2e/conftest.py)."""
    return f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"


async def told(fake: FakeDiscord, user_id: int, text: str, timeout: float = 15) -> str:
    """The first post (in the channel or by DM) addressed to the member containing ``text``."""

    def found() -> str | None:
        posts = [*fake.channel_messages.get(fake.channel_id, []), *fake.dm_messages[user_id]]
        for post in posts:
            parts = [post.get("content") or ""]
            parts += [str(e) for e in post.get("embeds") or []]
            whole = "\n".join(parts)
            if text in whole:
                return whole
        return None

    deadline = time.monotonic() + timeout
    while (hit := found()) is None:
        if time.monotonic() > deadline:
            raise AssertionError(f"the member was never told {text!r}")
        await asyncio.sleep(0.05)
    return hit


@pytest.mark.parametrize(
    ("fault", "overrides"),
    [
        (Fault.create_then_drop(), {}),
        (Fault.truncated_success(), {}),
        (Fault.proxy_error_after_create(502), {}),
        (Fault.proxy_error_after_create(504), {}),
        (Fault.slow_answer(4), {"inworld_timeout_seconds": 1}),
    ],
    ids=[
        "create-then-drop",
        "truncated-success",
        "502-after-create",
        "504-after-create",
        "answer-after-timeout",
    ],
)
async def test_lost_answer_still_delivers_exactly_one_voice(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: Any,
    tmp_path: Path,
    fault: Fault,
    overrides: dict[str, Any],
) -> None:
    fake_inworld.enqueue(fault)
    alice = member(discord_fake)
    async with run_bot(**FAST, **overrides):
        interaction = await run_clone(discord_fake, alice, sample(), name=NAME)
    voice_id = only_voice(fake_inworld)
    assert voice_id in content_of(interaction)  # the member received its ID
    assert len(fake_inworld.clone_requests) == 1
    (record,) = await stored(bot_database(tmp_path))
    assert record.request_tag in fake_inworld.voices[voice_id]["tags"]


@pytest.mark.parametrize("answer", ["reset", "502", "unreadable"])
async def test_a_late_voice_is_never_cloned_twice_and_reaches_the_member(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: Any, answer: LateAnswer
) -> None:
    """Inworld creates the voice seconds after the answer was lost: the member is told at once
    that the bot is checking, nothing is resent, and the sweep delivers the voice."""
    fake_inworld.enqueue(Fault.late_create(answer))
    alice = member(discord_fake)
    async with run_bot(**FAST, reconcile_sweep_seconds=0.3):
        interaction = await run_clone(discord_fake, alice, sample(), name=NAME)
        assert "may have created your voice" in content_of(interaction)
        assert "don't send it again" in content_of(interaction)
        (voice_id,) = fake_inworld.finish_late_creates()
        notice = await told(discord_fake, alice, voice_id)
    assert f"<@{alice}>" in notice
    assert len(fake_inworld.clone_requests) == 1 and only_voice(fake_inworld) == voice_id


async def test_a_dropped_request_is_not_resent_either(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: Any, tmp_path: Path
) -> None:
    """A reset before Inworld created anything looks like a late create: no second POST."""
    fake_inworld.enqueue(Fault.drop())
    alice = member(discord_fake)
    async with run_bot(**FAST):
        interaction = await run_clone(discord_fake, alice, sample(), name=NAME)
    assert "don't send it again" in content_of(interaction)
    assert len(fake_inworld.clone_requests) == 1 and fake_inworld.voices == {}
    (record,) = await stored(bot_database(tmp_path))
    assert record.status is CloneStatus.RECONCILING


async def test_list_failing_too_tells_the_member_then_the_sweep_delivers(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: Any
) -> None:
    fake_inworld.enqueue(Fault.create_then_drop())
    # The quick look after the lost answer fails with all its retries; the sweep's answers.
    fake_inworld.enqueue_list(*[Fault.rpc(14, "list down")] * 3)
    alice = member(discord_fake)
    async with run_bot(**FAST, reconcile_sweep_seconds=0.3):
        interaction = await run_clone(discord_fake, alice, sample(), name=NAME)
        assert "may have created your voice" in content_of(interaction)
        assert "don't send it again" in content_of(interaction)
        voice_id = only_voice(fake_inworld)
        # Usually told within 4 s. On the lowest dependency versions it took over 15 s in 2
        # runs of 5 (cause not yet found; an outbox retry waits 5 s, then 10 s): the test
        # promises delivery, not speed.
        notice = await told(discord_fake, alice, voice_id, timeout=40)
    assert f"<@{alice}>" in notice
    # A private (ephemeral) guild: the voice ID went by DM, the channel only heard it is ready.
    channel = discord_fake.channel_messages[discord_fake.channel_id]
    assert not any(voice_id in str(post) for post in channel)
    assert any(voice_id in str(post) for post in discord_fake.dm_messages[alice])
    assert len(fake_inworld.clone_requests) == 1
    assert only_voice(fake_inworld) == voice_id


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'crash.sqlite3'}"
    else:
        with postgres_test_database() as url:
            yield url


async def killed_mid_clone(url: str, discord_fake: FakeDiscord, user_id: int) -> CloneRecord:
    """The record a process killed right after sending its clone POST leaves behind."""
    database = Database(url)
    await database.connect()
    await database.migrate()
    try:
        store = CloneStore(database)
        record = await store.create_record(
            guild_id=discord_fake.guild_id,
            channel_id=discord_fake.channel_id,
            user_id=user_id,
            notify_channel_id=discord_fake.channel_id,
            display_name=NAME,
            language="EN_US",
        )
        moved = await store.transition(
            record.id,
            {CloneStatus.PROCESSING},
            CloneStatus.CLONING,
            clone_started_at=utcnow() - timedelta(seconds=2),
        )
        assert moved is not None and moved.request_tag is not None
        return moved
    finally:
        await database.close()


def tagged_request(tag: str) -> CloneRequest:
    return CloneRequest(NAME, "EN_US", (CloneSample(make_wav(6)),), tags=(tag,))


async def test_a_restart_mid_clone_is_settled_by_the_sweep(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: Any,
    database_url: str,
    http_session: aiohttp.ClientSession,
) -> None:
    """SQLite: the start-up pass settles it. PostgreSQL (other processes may be live): the
    record holds no live lease (its process died), so it is taken over too."""
    alice = member(discord_fake)
    url = database_url
    record = await killed_mid_clone(url, discord_fake, alice)
    # The POST reached Inworld just before the crash: the voice exists, nobody knows it.
    client = InworldClient(http_session, api_key=fake_inworld.api_key, base_url=fake_inworld.url)
    assert record.request_tag is not None
    await client.clone_once(tagged_request(record.request_tag))
    voice_id = only_voice(fake_inworld)
    async with run_bot(database_url=url, **FAST):
        notice = await told(discord_fake, alice, voice_id)
    assert f"<@{alice}>" in notice and "created after all" in notice
    (done,) = await stored(url)
    assert done.status is CloneStatus.DONE and done.voice_id == voice_id
    assert only_voice(fake_inworld) == voice_id


async def test_a_voice_created_after_the_restart_reaches_the_member_well_within_a_minute(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: Any,
    tmp_path: Path,
    http_session: aiohttp.ClientSession,
) -> None:
    """Failure mode 9: killed mid-clone; Inworld finishes the request only after the restart's
    first sweep pass looked. With the default RECONCILE_SWEEP_SECONDS a later pass delivers it
    (the quiet period, for "not created", plays no part)."""
    alice = member(discord_fake)
    url = f"sqlite+aiosqlite:///{tmp_path / 'killed.sqlite3'}"
    record = await killed_mid_clone(url, discord_fake, alice)
    assert record.request_tag is not None
    fake_inworld.enqueue(Fault.late_create())
    client = InworldClient(http_session, api_key=fake_inworld.api_key, base_url=fake_inworld.url)
    with pytest.raises(InworldError):
        await client.clone_once(tagged_request(record.request_tag))
    async with run_bot(database_url=url):  # the default sweep cadence
        await told(discord_fake, alice, "a bot restart interrupted")  # the first pass looked
        (voice_id,) = fake_inworld.finish_late_creates()
        notice = await told(discord_fake, alice, voice_id, timeout=40)
    assert "created after all" in notice
    (done,) = await stored(url)
    assert done.status is CloneStatus.DONE and done.voice_id == voice_id


async def test_every_retry_waits_for_a_slot_of_the_limiter(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: Any
) -> None:
    """One call per 1.5 s: the retry after a 429 (Inworld created nothing) waits its turn."""
    fake_inworld.enqueue(Fault.rate_limited(0))
    alice = member(discord_fake)
    async with run_bot(**FAST, clones_per_minute=1, clone_rate_period_seconds=1.5):
        interaction = await run_clone(discord_fake, alice, sample(), name=NAME)
    first, retry = fake_inworld.clone_requests
    # When each call began (the body streams in after): the limiter governs starts.
    assert retry.arrived_at is not None and first.arrived_at is not None
    assert retry.arrived_at - first.arrived_at >= 1.4
    assert only_voice(fake_inworld) in content_of(interaction)


async def test_the_api_key_never_reaches_the_member_or_the_database(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: Any, tmp_path: Path
) -> None:
    key = fake_inworld.api_key
    fake_inworld.enqueue(Fault.rpc(3, f"sample rejected for credential {key}"))
    alice = member(discord_fake)
    url = f"sqlite+aiosqlite:///{tmp_path / 'secret.sqlite3'}"
    async with run_bot(database_url=url, **FAST):
        interaction = await run_clone(discord_fake, alice, sample(), name=NAME)
    shown = content_of(interaction)
    assert "sample rejected for credential ***" in shown and key not in shown
    (failed,) = await stored(url)
    assert failed.status is CloneStatus.FAILED
    assert failed.failure_reason is not None and key not in failed.failure_reason
    assert fake_inworld.voices == {}


async def lost_answer_in(fake: FakeDiscord, user_id: int, locale: str) -> FakeInteraction:
    """/clone by a member whose Discord is in ``locale``, whose answer Inworld loses."""
    name, data = sample()["sample"]
    attachment = fake.add_attachment(name, data)
    interaction = await fake.send_slash_command(
        "clone", {"name": NAME}, user_id=user_id, attachments={"sample": attachment}, locale=locale
    )
    await interaction.wait_for(lambda i: bool(buttons(i.original or {})), timeout=30)
    prompt = interaction.original or {}
    (confirm,) = [b for b in buttons(prompt) if b["custom_id"].startswith("consent:yes")]
    await fake.click_button(prompt, confirm["custom_id"], user_id=user_id, locale=locale)
    await interaction.wait_for(is_finished, timeout=30)
    return interaction


async def test_a_lost_answer_is_told_in_the_members_language(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: Any
) -> None:
    discord_fake.guilds[discord_fake.guild_id].locale = "ja"
    fake_inworld.enqueue(Fault.late_create("reset"))
    alice = member(discord_fake)
    async with run_bot(**FAST):
        interaction = await lost_answer_in(discord_fake, alice, "pt-BR")
    reply = (interaction.original or {}).get("content") or ""
    assert reply.startswith("❌ A Inworld pode ter criado sua voz")


async def test_a_voice_the_sweep_finds_is_sent_in_the_servers_language(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: Any
) -> None:
    """A request stores no language of its member: the server's applies, to the headline
    and the embed alike."""
    discord_fake.guilds[discord_fake.guild_id].locale = "ja"
    fake_inworld.enqueue(Fault.late_create("reset"))
    alice = member(discord_fake)
    async with run_bot(**FAST, reconcile_sweep_seconds=0.3):
        await lost_answer_in(discord_fake, alice, "pt-BR")
        (voice_id,) = fake_inworld.finish_late_creates()
        result = await told(discord_fake, alice, voice_id)
    assert f"声 {NAME}" in result and f"<@{alice}> 声 **{NAME}** は作成されていました" in result
