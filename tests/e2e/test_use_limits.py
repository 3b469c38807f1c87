"""Finding 6, end to end through real discord.py against the fakes: every limit on opened
requests, renames and previews refuses past its bound with a clear line, the refusal costs
nothing (no download, no Inworld call, nothing stored), and erasing the member's data resets
none of them; one server filling its share of the TTS queue does not stop another server's
preview (in-memory limiter on SQLite, shared limiter on PostgreSQL)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.client import CloneBot
from bot.storage import CloneStatus
from tests.e2e.conftest import BotRunner
from tests.e2e.helpers import buttons, configure, content_of, is_finished, member, moderator
from tests.e2e.test_voices import clone, erase_my_data, sample, voices
from tests.fakes.discord_server import FakeDiscord, FakeInteraction
from tests.fakes.inworld_server import FakeInworld
from tests.storage.helpers import postgres_test_database

#: Every limit off but the one a test sets (the others' defaults would not bind anyway).
NO_LIMITS: dict[str, Any] = {
    "guild_cooldown_seconds": 0,
    "opened_requests_per_member_hour": 0,
    "opened_requests_per_member_day": 0,
    "opened_requests_per_guild_hour": 0,
    "opened_requests_per_guild_day": 0,
    "rename_cooldown_seconds": 0,
    "renames_per_guild_hour": 0,
    "preview_cooldown_seconds": 0,
    "previews_per_member_day": 0,
    "previews_per_guild_day": 0,
}
UTC_TIME = r"(tomorrow )?at \d\d:\d\d UTC"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'limits.sqlite3'}"
    else:
        with postgres_test_database() as url:
            yield url


# --- opened requests ---------------------------------------------------------------------------


async def open_request(fake: FakeDiscord, user_id: int) -> tuple[FakeInteraction, int]:
    """/clone with one voice message, up to the consent prompt or a refusal; the interaction
    and the attachment's id."""
    ((filename, data),) = sample().values()
    attachment = fake.add_attachment(filename, data)
    interaction = await fake.send_slash_command(
        "clone", {"name": "Voice"}, user_id=user_id, attachments={"sample": attachment}
    )
    await interaction.wait_for_callback(timeout=3)
    await interaction.wait_for(lambda i: bool(buttons(i.original or {})) or is_finished(i), 30)
    return interaction, int(attachment["id"])


async def cancel(fake: FakeDiscord, interaction: FakeInteraction, user_id: int) -> None:
    """Decline the consent prompt: the request ends cancelled, never confirmed."""
    prompt = interaction.original or {}
    no = next(b for b in buttons(prompt) if b["custom_id"].startswith("consent:no"))
    click = await fake.click_button(prompt, no["custom_id"], user_id=user_id)
    await click.wait_for_callback()
    await interaction.wait_for(lambda i: "Cancelled" in content_of(i))


@pytest.mark.parametrize(
    ("setting", "same_member", "expected"),
    [
        (
            "opened_requests_per_member_hour",
            True,
            r"You have used your 2 clone requests for this hour \(every request opened counts, "
            r"confirmed or not\); the next one is available in (59 min|1 h)",
        ),
        (
            "opened_requests_per_member_day",
            True,
            r"You have used your 2 clone requests for today \(every request opened counts, "
            rf"confirmed or not\); the next one is available {UTC_TIME}\.",
        ),
        (
            "opened_requests_per_guild_hour",
            False,
            r"This server has used its 2 clone requests for this hour .*available in (59 min|1 h)",
        ),
        (
            "opened_requests_per_guild_day",
            False,
            rf"This server has used its 2 clone requests for today .*available {UTC_TIME}\.",
        ),
    ],
)
async def test_opened_requests_are_limited_before_any_download(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
    setting: str,
    same_member: bool,
    expected: str,
) -> None:
    """Requests never confirmed count too: each one was downloaded and run through ffmpeg."""
    alice, bob, carol = (member(discord_fake, name) for name in ("alice", "bob", "carol"))
    openers = [alice, alice, alice] if same_member else [alice, bob, carol]
    async with run_bot(**{**NO_LIMITS, setting: 2}) as bot:
        for user_id in openers[:2]:
            interaction, attachment = await open_request(discord_fake, user_id)
            assert discord_fake.downloads[attachment] == 1
            await cancel(discord_fake, interaction, user_id)
        refused, attachment = await open_request(discord_fake, openers[2])
        assert re.search(expected, content_of(refused)), content_of(refused)
        assert discord_fake.downloads[attachment] == 0  # refused before the download
        records = await bot.store.member_records(discord_fake.guild_id, openers[2])
        assert len(records) == (2 if same_member else 0)  # the refused one was not stored
    assert fake_inworld.requests == []


async def test_erasing_my_data_resets_no_opened_request_limit(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner, database_url: str
) -> None:
    alice = member(discord_fake)
    limits = {**NO_LIMITS, "opened_requests_per_member_hour": 1}
    async with run_bot(database_url=database_url, **limits) as bot:
        interaction, _ = await open_request(discord_fake, alice)
        await cancel(discord_fake, interaction, alice)
        await erase_my_data(discord_fake, alice)
        assert await bot.store.member_records(discord_fake.guild_id, alice) == []
        refused, attachment = await open_request(discord_fake, alice)
        assert "You opened a clone request a moment ago" in content_of(refused)
        assert "try again in" in content_of(refused)
        assert discord_fake.downloads[attachment] == 0
    assert fake_inworld.requests == []


async def test_no_sentence_to_read_once_the_limit_is_reached(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    """With spoken consent on, /clone first gives a sentence to read: a member past the limit
    is told so at once, not after reading it."""
    mod, alice = moderator(discord_fake), member(discord_fake)
    async with run_bot(**{**NO_LIMITS, "opened_requests_per_member_hour": 1}) as bot:
        interaction, _ = await open_request(discord_fake, alice)
        await cancel(discord_fake, interaction, alice)
        assert "Settings updated" in await configure(discord_fake, mod, "verification", mode="on")
        refused, attachment = await open_request(discord_fake, alice)
        assert "You opened a clone request a moment ago" in content_of(refused)
        assert "Read this sentence" not in content_of(refused)
        assert await bot.store.latest_challenge(discord_fake.guild_id, alice) is None
        assert discord_fake.downloads[attachment] == 0
    assert fake_inworld.requests == []


# --- renames -----------------------------------------------------------------------------------


def patches(fake_inworld: FakeInworld) -> int:
    return sum(1 for r in fake_inworld.requests if r.method == "PATCH")


async def renamed_events(bot: CloneBot, guild_id: int) -> int:
    return sum(1 for e in await bot.store.audit_events(guild_id, 200) if e.action == "renamed")


async def test_a_member_waits_between_renames_even_after_erasing_their_data(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner, database_url: str
) -> None:
    alice = member(discord_fake)
    limits = {**NO_LIMITS, "rename_cooldown_seconds": 3600}
    async with run_bot(database_url=database_url, **limits) as bot:
        voice_id = await clone(discord_fake, fake_inworld, alice, "Alice")
        ok = await voices(discord_fake, "rename", alice, voice=voice_id, name="Narrator")
        assert "now called **Narrator**" in content_of(ok)
        again = await voices(discord_fake, "rename", alice, voice=voice_id, name="Storyteller")
        assert "You renamed a voice a moment ago; try again in" in content_of(again)
        assert fake_inworld.voices[voice_id]["displayName"] == "Narrator"
        assert patches(fake_inworld) == 1 and await renamed_events(bot, discord_fake.guild_id) == 1

        await erase_my_data(discord_fake, alice)
        fresh = await clone(discord_fake, fake_inworld, alice, "Alice again")
        again = await voices(discord_fake, "rename", alice, voice=fresh, name="Storyteller")
        assert "You renamed a voice a moment ago; try again in" in content_of(again)
        assert patches(fake_inworld) == 1


async def test_a_server_has_a_limit_of_renames_per_hour(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    mod, alice = moderator(discord_fake), member(discord_fake)
    async with run_bot(**{**NO_LIMITS, "renames_per_guild_hour": 2}) as bot:
        voice_id = await clone(discord_fake, fake_inworld, alice, "Alice")
        for name in ("One", "Two"):
            ok = await voices(discord_fake, "rename", alice, voice=voice_id, name=name)
            assert f"now called **{name}**" in content_of(ok)
        refused = await voices(discord_fake, "rename", mod, voice=voice_id, name="Three")
        assert re.search(
            r"This server has used its 2 renames for this hour; the next one is available in "
            r"(59 min|1 h)",
            content_of(refused),
        ), content_of(refused)
        assert patches(fake_inworld) == 2 and await renamed_events(bot, discord_fake.guild_id) == 2
        assert fake_inworld.voices[voice_id]["displayName"] == "Two"


# --- previews ----------------------------------------------------------------------------------


async def test_a_member_has_a_daily_limit_of_previews_that_erasing_does_not_reset(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner, database_url: str
) -> None:
    alice = member(discord_fake)
    limits = {**NO_LIMITS, "previews_per_member_day": 2}
    async with run_bot(database_url=database_url, **limits):
        voice_id = await clone(discord_fake, fake_inworld, alice, "Alice")
        assert len(fake_inworld.tts_requests) == 1  # the result's own preview is not counted
        for _ in range(2):
            heard = await voices(discord_fake, "preview", alice, voice=voice_id)
            assert heard.original is not None and heard.original["files"]
        refused = await voices(discord_fake, "preview", alice, voice=voice_id)
        assert re.search(
            rf"You have used your 2 previews for today; the next one is available {UTC_TIME}\.",
            content_of(refused),
        ), content_of(refused)
        assert len(fake_inworld.tts_requests) == 3

        await erase_my_data(discord_fake, alice)
        fresh = await clone(discord_fake, fake_inworld, alice, "Alice again")
        assert len(fake_inworld.tts_requests) == 4
        refused = await voices(discord_fake, "preview", alice, voice=fresh)
        assert "You have used your 2 previews for today" in content_of(refused)
        assert len(fake_inworld.tts_requests) == 4


async def test_a_server_has_a_daily_limit_of_previews(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    mod, alice, bob = moderator(discord_fake), member(discord_fake), member(discord_fake, "bob")
    async with run_bot(**{**NO_LIMITS, "previews_per_guild_day": 3}):
        voice_id = await clone(discord_fake, fake_inworld, alice, "Alice")
        await voices(discord_fake, "server", mod, voice=voice_id, shared=True)
        for who in (alice, alice, bob):
            heard = await voices(discord_fake, "preview", who, voice=voice_id)
            assert heard.original is not None and heard.original["files"]
        calls = len(fake_inworld.tts_requests)
        refused = await voices(discord_fake, "preview", bob, voice=voice_id)
        assert re.search(
            rf"This server has used its 3 previews for today; the next one is available "
            rf"{UTC_TIME}\.",
            content_of(refused),
        ), content_of(refused)
        assert len(fake_inworld.tts_requests) == calls


# --- the TTS queue's share per server --------------------------------------------------------


async def waiting(bot: CloneBot, count: int) -> None:
    """Wait until ``count`` previews of this process wait for the TTS limiter."""
    async with asyncio.timeout(10):
        while bot.previews.limiter.waiting < count:
            await asyncio.sleep(0.02)


async def test_one_server_filling_its_tts_share_does_not_stop_another_servers_preview(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner, database_url: str
) -> None:
    other = discord_fake.add_guild("Another server")  # before the bot connects
    carol = int(
        discord_fake.add_member(
            name="carol", roles=[int(other.role_named("Member")["id"])], guild_id=other.id
        )["user"]["id"]
    )
    alice = member(discord_fake)
    settings = {
        **NO_LIMITS,
        "database_url": database_url,
        "discord_guild_ids": (discord_fake.guild_id, other.id),
        "preview_enabled": False,  # the result speaks nothing: the window is the previews'
        "tts_per_minute": 1,
        "tts_rate_period_seconds": 3600,
        "tts_queue_max": 10,
        "tts_queue_max_per_guild": 1,
    }
    async with run_bot(**settings) as bot:
        voice_id = await clone(discord_fake, fake_inworld, alice, "Alice")
        await bot.store.create_record(
            guild_id=other.id,
            channel_id=next(iter(other.channels)),
            user_id=carol,
            display_name="Carol",
            language="EN_US",
            status=CloneStatus.DONE,
            voice_id="test_ws__carol",
        )
        fake_inworld.voices["test_ws__carol"] = dict(
            fake_inworld.voices[voice_id], voiceId="test_ws__carol"
        )
        served = await voices(discord_fake, "preview", alice, voice=voice_id)  # fills the window
        assert served.original is not None and served.original["files"]
        await discord_fake.send_slash_command(
            "voices", {"voice": voice_id}, subcommand="preview", user_id=alice
        )
        await waiting(bot, 1)  # this server's share of the queue is taken
        full = await voices(discord_fake, "preview", alice, voice=voice_id)
        assert "Too many previews from this server are waiting already (1)" in content_of(full)

        theirs = await discord_fake.send_slash_command(
            "voices", {"voice": "test_ws__carol"}, subcommand="preview", user_id=carol,
            guild_id=other.id,
        )  # fmt: skip
        await theirs.wait_for_callback(timeout=3)
        await waiting(bot, 2)  # let in: it waits for its turn, like this server's
        assert "Too many previews" not in content_of(theirs)
        assert len(fake_inworld.tts_requests) == 1
