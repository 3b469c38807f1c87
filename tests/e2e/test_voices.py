"""/voices end to end through real discord.py and the strict fake Inworld: list (paginated),
info, preview, rename, delete (with confirmation), server voices, erasing a member's data,
and the refusals: not the owner, not a moderator, a voice of another server."""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.storage import AuditAction, CloneStatus
from tests.audio import fixtures
from tests.e2e.conftest import BotRunner
from tests.e2e.helpers import (
    buttons,
    configure,
    content_of,
    member,
    moderator,
    run_clone,
    start_clone,
)
from tests.fakes.discord_server import FakeDiscord, FakeInteraction, MessageFlags
from tests.fakes.inworld_server import FakeInworld
from tests.storage.helpers import postgres_test_database


def sample() -> dict[str, tuple[str, bytes]]:
    wav = fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice").read_bytes()
    return {"sample": ("voice-message.ogg", wav)}


def settled(interaction: FakeInteraction) -> bool:
    message = interaction.original
    return message is not None and not message["flags"] & MessageFlags.LOADING


async def voices(fake: FakeDiscord, sub: str, user_id: int, **options: Any) -> FakeInteraction:
    """Run /voices <sub>; return once its reply left the loading state."""
    interaction = await fake.send_slash_command("voices", options, subcommand=sub, user_id=user_id)
    await interaction.wait_for_callback(timeout=3)
    await interaction.wait_for(settled, timeout=20)
    return interaction


async def press(
    fake: FakeDiscord, interaction: FakeInteraction, label: str, user_id: int
) -> FakeInteraction:
    message = interaction.original
    assert message is not None
    button = next(b for b in buttons(message) if label in (b.get("label") or ""))
    click = await fake.click_button(message, button["custom_id"], user_id=user_id)
    await click.wait_for_callback()
    return click


async def clone(fake: FakeDiscord, fake_inworld: FakeInworld, user_id: int, name: str) -> str:
    before = set(fake_inworld.voices)
    await run_clone(fake, user_id, sample(), name=name)
    (voice_id,) = set(fake_inworld.voices) - before
    return voice_id


def decodes(audio: bytes, suffix: str) -> float:
    """Seconds of audio ffmpeg decodes from ``audio`` (fails the test if it cannot)."""
    out = subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-f", suffix, "-i", "pipe:0",
         "-f", "s16le", "-ac", "1", "-ar", "16000", "pipe:1"],
        input=audio, capture_output=True, check=True,
    ).stdout  # fmt: skip
    return len(out) / 2 / 16000


async def test_list_is_paginated_and_scoped(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    mod, alice, bob = moderator(discord_fake), member(discord_fake), member(discord_fake, "bob")
    async with run_bot(voices_page_size=2, guild_cooldown_seconds=0):
        for n in range(3):
            await clone(discord_fake, fake_inworld, alice, f"Alice {n}")
        bobs = await clone(discord_fake, fake_inworld, bob, "Bob voice")

        mine = await voices(discord_fake, "list", alice)
        text = content_of(mine)
        assert "Alice 2" in text and "Alice 1" in text and "Alice 0" not in text
        assert "Page 1/2" in text and "Bob voice" not in text
        await press(discord_fake, mine, "Next", alice)
        await mine.wait_for(lambda i: "Page 2/2" in content_of(i))
        assert "Alice 0" in content_of(mine) and "private" in content_of(mine)
        # Only the member who asked can turn the pages.
        other = await press(discord_fake, mine, "Previous", bob)
        assert other.callbacks[0].data.get("content", "").startswith("❌")

        everything = await voices(discord_fake, "list", mod)
        assert "This server's voices" in content_of(everything)
        assert "Page 1/2" in content_of(everything) and "4 voice(s)" in content_of(everything)

        # A server voice is listed for every member.
        shared = await voices(discord_fake, "server", mod, voice=bobs, shared=True)
        assert "now a server voice" in content_of(shared)
        mine = await voices(discord_fake, "list", alice)
        assert "5 voice(s)" not in content_of(mine) and "4 voice(s)" in content_of(mine)
        refused = await voices(discord_fake, "server", alice, voice=bobs, shared=False)
        assert "Only a moderator" in content_of(refused)


async def test_info_rename_delete_with_refusals(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    mod, alice, bob = moderator(discord_fake), member(discord_fake), member(discord_fake, "bob")
    async with run_bot() as bot:
        voice_id = await clone(discord_fake, fake_inworld, alice, "Alice")

        suggest = await discord_fake.send_autocomplete(
            "voices", {"voice": "ali"}, focused="voice", user_id=alice, subcommand="rename"
        )
        assert [c["value"] for c in (await suggest.wait_for_callback()).data["choices"]] == [
            voice_id
        ]
        nothing = await discord_fake.send_autocomplete(
            "voices", {"voice": "ali"}, focused="voice", user_id=bob, subcommand="rename"
        )
        assert (await nothing.wait_for_callback()).data["choices"] == []

        info = await voices(discord_fake, "info", alice, voice=voice_id)
        assert voice_id in content_of(info) and "Server voice: no" in content_of(info)
        assert "private" in content_of(await voices(discord_fake, "info", bob, voice=voice_id))

        refused = await voices(discord_fake, "rename", bob, voice=voice_id, name="Stolen")
        assert "only rename voices you cloned" in content_of(refused)
        renamed = await voices(discord_fake, "rename", alice, voice=voice_id, name="Narrator")
        assert "now called **Narrator**" in content_of(renamed)
        assert fake_inworld.voices[voice_id]["displayName"] == "Narrator"
        patch = next(r for r in fake_inworld.requests if r.method == "PATCH")
        assert patch.body == {"displayName": "Narrator"} and patch.status == 200
        record = await bot.store.find_voice(discord_fake.guild_id, voice_id)
        assert record is not None and record.display_name == "Narrator"

        refused = await voices(discord_fake, "delete", bob, voice=voice_id)
        assert "only delete voices you cloned" in content_of(refused)
        ask = await voices(discord_fake, "delete", alice, voice=voice_id)
        assert "cannot be undone" in content_of(ask) and voice_id in fake_inworld.voices
        await press(discord_fake, ask, "Cancel", alice)
        await ask.wait_for(lambda i: "Cancelled" in content_of(i))
        assert voice_id in fake_inworld.voices

        ask = await voices(discord_fake, "delete", mod, voice=voice_id)  # a moderator may
        await press(discord_fake, ask, "Delete", mod)
        await ask.wait_for(lambda i: "was deleted" in content_of(i))
        assert voice_id not in fake_inworld.voices
        gone = await voices(discord_fake, "info", alice, voice=voice_id)
        assert "already deleted" in content_of(gone)


async def test_delete_of_a_voice_already_gone_on_inworld(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot():
        voice_id = await clone(discord_fake, fake_inworld, alice, "Alice")
        del fake_inworld.voices[voice_id]  # deleted in Inworld's console meanwhile
        ask = await voices(discord_fake, "delete", alice, voice=voice_id)
        await press(discord_fake, ask, "Delete", alice)
        await ask.wait_for(lambda i: "was deleted" in content_of(i))
        delete = next(r for r in fake_inworld.requests if r.method == "DELETE")
        assert delete.status == 404


async def test_voices_of_another_server_are_refused_everywhere(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    """One Inworld account, several servers: an ID this server did not create is refused in
    every command, before any API call, whoever types it."""
    mod, alice = moderator(discord_fake), member(discord_fake)
    async with run_bot() as bot:
        foreign = await clone(discord_fake, fake_inworld, alice, "Elsewhere")
        record = await bot.store.find_voice(discord_fake.guild_id, foreign)
        assert record is not None
        # Move the record to another guild, as if it had been cloned there.
        await bot.store.create_record(
            guild_id=discord_fake.guild_id + 1,
            channel_id=1,
            user_id=alice,
            display_name="Other server",
            language="EN_US",
            status=CloneStatus.DONE,
            voice_id="test_ws__other_server_voice",
        )
        fake_inworld.voices["test_ws__other_server_voice"] = dict(
            fake_inworld.voices[foreign], voiceId="test_ws__other_server_voice"
        )
        before = len(fake_inworld.requests)
        for who in (alice, mod):
            for sub, extra in (
                ("info", {}),
                ("preview", {}),
                ("rename", {"name": "Mine now"}),
                ("delete", {}),
                ("server", {"shared": True}),
            ):
                for typed in ("test_ws__other_server_voice", "Alex"):  # another server; system
                    reply = await voices(discord_fake, sub, who, voice=typed, **extra)
                    assert "No voice with that ID was cloned in this server" in content_of(reply), (
                        sub,
                        who,
                        typed,
                    )
        assert len(fake_inworld.requests) == before  # not one API call
        assert "test_ws__other_server_voice" in fake_inworld.voices


async def test_preview_command_is_bounded_and_audited(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    mod, alice, bob = moderator(discord_fake), member(discord_fake), member(discord_fake, "bob")
    async with run_bot(preview_cooldown_seconds=60, preview_max_chars=50) as bot:
        voice_id = await clone(discord_fake, fake_inworld, alice, "Alice")
        calls = len(fake_inworld.tts_requests)

        heard = await voices(discord_fake, "preview", alice, voice=voice_id, text="Good morning!")
        (audio,) = heard.original["files"]
        assert audio.filename.endswith(".mp3") and decodes(audio.data, "mp3") > 0.5
        body = fake_inworld.tts_requests[-1].body
        assert body["text"] == "Good morning!" and body["modelId"] == "inworld-tts-1.5-mini"
        assert body["voiceId"] == voice_id and body["audioConfig"] == {"audioEncoding": "MP3"}

        again = await voices(discord_fake, "preview", alice, voice=voice_id)
        assert "try again in" in content_of(again)
        # Not even a moderator previews a member's private voice.
        by_mod = await voices(discord_fake, "preview", mod, voice=voice_id, text="Hi")
        assert "Only its owner can preview this voice" in content_of(by_mod)
        private = await voices(discord_fake, "preview", bob, voice=voice_id)
        assert "Only its owner can preview this voice" in content_of(private)
        assert len(fake_inworld.tts_requests) == calls + 1

        # A server voice: any member may preview it; a long text is refused before the API.
        await voices(discord_fake, "server", mod, voice=voice_id, shared=True)
        too_long = await voices(discord_fake, "preview", bob, voice=voice_id, text="x" * 51)
        assert "too long for a preview: 51 characters, the limit is 50" in content_of(too_long)
        ok = await voices(discord_fake, "preview", bob, voice=voice_id)
        assert ok.original["files"] and len(fake_inworld.tts_requests) == calls + 2

        events = await bot.store.audit_events(discord_fake.guild_id)
        previews = [e for e in events if e.action == "previewed" and e.detail["via"] == "command"]
        assert [(e.actor_id, e.detail["text_length"]) for e in previews] == [
            (bob, len(fake_inworld.tts_requests[-1].body["text"])),
            (alice, len("Good morning!")),
        ]
        assert all("text" not in e.detail for e in previews)


async def test_guild_may_open_previews_to_every_member(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    mod, alice, bob = moderator(discord_fake), member(discord_fake), member(discord_fake, "bob")
    async with run_bot(preview_cooldown_seconds=0):
        voice_id = await clone(discord_fake, fake_inworld, alice, "Alice")
        interaction = await discord_fake.send_slash_command(
            "clone-settings", {"open_to_members": True}, subcommand="previews", user_id=mod
        )
        await interaction.wait_for(settled)
        assert "Settings updated" in content_of(interaction)
        ok = await voices(discord_fake, "preview", bob, voice=voice_id)
        assert ok.original["files"]


async def test_erase_my_data(discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot):
    alice, bob = member(discord_fake), member(discord_fake, "bob")
    async with run_bot(guild_cooldown_seconds=0) as bot:
        first = await clone(discord_fake, fake_inworld, alice, "Alice one")
        second = await clone(discord_fake, fake_inworld, alice, "Alice two")
        bobs = await clone(discord_fake, fake_inworld, bob, "Bob")

        ask = await voices(discord_fake, "erase-my-data", alice)
        assert "2 voice(s) will be deleted" in content_of(ask)
        assert first in fake_inworld.voices
        await press(discord_fake, ask, "Erase everything", alice)
        await ask.wait_for(lambda i: "Done" in content_of(i))
        assert "2 voice(s) deleted" in content_of(ask)
        assert first not in fake_inworld.voices and second not in fake_inworld.voices
        assert bobs in fake_inworld.voices

        guild = discord_fake.guild_id
        assert await bot.store.member_records(guild, alice) == []
        assert len(await bot.store.member_records(guild, bob)) == 1
        events = await bot.store.audit_events(guild, limit=200)
        assert events, "audit events are kept"
        for event in events:
            if event.actor_id == alice or event.detail.get("erased"):
                assert "Alice" not in str(event.detail) and "voice_id" not in event.detail
        assert not any(e.actor_id == alice for e in events)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'voices.sqlite3'}"
    else:
        with postgres_test_database() as url:
            yield url


async def erase_my_data(fake: FakeDiscord, user_id: int) -> None:
    ask = await voices(fake, "erase-my-data", user_id)
    await press(fake, ask, "Erase everything", user_id)
    await ask.wait_for(lambda i: "Done" in content_of(i))


async def test_erasing_my_data_resets_no_limit(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner, database_url: str
) -> None:
    """Finding 2: clone -> erase -> clone on the operator's account. The cooldown and the
    daily quota still count the erased request (its usage mark), on SQLite and PostgreSQL."""
    mod, alice = moderator(discord_fake), member(discord_fake)
    limits = {"guild_cooldown_seconds": 3600, "guild_member_daily_quota": 1}
    async with run_bot(database_url=database_url, **limits) as bot:
        await clone(discord_fake, fake_inworld, alice, "Alice")
        await erase_my_data(discord_fake, alice)
        assert await bot.store.member_records(discord_fake.guild_id, alice) == []
        again = await start_clone(discord_fake, alice, sample(), name="Alice again")
        assert "You are on cooldown" in content_of(again)
        await configure(discord_fake, mod, "limits", cooldown_seconds=0)
        again = await start_clone(discord_fake, alice, sample(), name="Alice again")
        assert "your limit of 1 clone requests" in content_of(again)
    assert len(fake_inworld.clone_requests) == 1


async def test_a_failed_requests_voice_is_nobodys_until_the_sweep_deletes_it(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    """Finding 3: a voice whose spoken sentence did not match and whose deletion failed is
    not listed, suggested, shown, previewed, renamed or shared; the sweep deletes it and the
    moderators are told in the audit channel."""
    mod, alice = moderator(discord_fake), member(discord_fake)
    async with run_bot(reconcile_sweep_seconds=3600, preview_cooldown_seconds=0) as bot:
        await configure(discord_fake, mod, "audit-channel", channel=discord_fake.audit_channel_id)
        voice_id = await clone(discord_fake, fake_inworld, alice, "Mismatched")
        record = await bot.store.find_voice(discord_fake.guild_id, voice_id)
        assert record is not None
        # As the spoken-mismatch path leaves it when Inworld's DELETE failed.
        failed = await bot.store.transition(
            record.id,
            {CloneStatus.DONE},
            CloneStatus.FAILED,
            failure_reason="the spoken sentence did not match; deleting the voice failed",
        )
        assert failed is not None and failed.voice_deleted_at is None
        before = len(fake_inworld.requests)

        for who in (alice, mod):
            listed = await voices(discord_fake, "list", who)
            assert voice_id not in content_of(listed) and "Mismatched" not in content_of(listed)
            suggest = await discord_fake.send_autocomplete(
                "voices", {"voice": "mis"}, focused="voice", user_id=who, subcommand="rename"
            )
            assert (await suggest.wait_for_callback()).data["choices"] == []
            for sub, extra in (
                ("info", {}),
                ("preview", {}),
                ("rename", {"name": "Mine now"}),
                ("server", {"shared": True}),
            ):
                reply = await voices(discord_fake, sub, who, voice=voice_id, **extra)
                assert "No voice with that ID" in content_of(reply), (sub, who)
        assert len(fake_inworld.requests) == before  # not one API call
        assert voice_id in fake_inworld.voices

        report = await bot.sweeper.sweep.run_once()
        assert report.voices_deleted == [record.id]
        assert voice_id not in fake_inworld.voices
        post = await discord_fake.wait_for_channel_message(
            discord_fake.audit_channel_id,
            lambda m: any(
                AuditAction.DELETED.value.capitalize() in (e.get("title") or "")
                and voice_id in str(e)
                for e in m.get("embeds") or ()
            ),
        )
        assert "deleted it later" in str(post["embeds"])


async def test_moderator_erases_a_member_who_left(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    mod, alice, bob = moderator(discord_fake), member(discord_fake), member(discord_fake, "bob")
    async with run_bot() as bot:
        voice_id = await clone(discord_fake, fake_inworld, alice, "Alice")
        refused = await voices(discord_fake, "erase-member", bob, member=alice)
        assert "Only a moderator" in content_of(refused) and voice_id in fake_inworld.voices

        ask = await voices(discord_fake, "erase-member", mod, member=alice)
        assert f"<@{alice}>'s data" in content_of(ask)
        refused_click = await press(discord_fake, ask, "Erase everything", bob)
        assert refused_click.callbacks[0].data.get("content", "").startswith("❌")
        await press(discord_fake, ask, "Erase everything", mod)
        await ask.wait_for(lambda i: "Done" in content_of(i))
        assert voice_id not in fake_inworld.voices
        assert await bot.store.member_records(discord_fake.guild_id, alice) == []
        erased = [
            e for e in await bot.store.audit_events(discord_fake.guild_id) if e.action == "erased"
        ]
        assert erased[0].actor_id == mod


async def test_clone_delete_alias_still_works(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot():
        voice_id = await clone(discord_fake, fake_inworld, alice, "Alice")
        interaction = await discord_fake.send_slash_command(
            "clone-delete", {"voice": voice_id}, user_id=alice
        )
        await interaction.wait_for(lambda i: "was deleted" in content_of(i))
        assert voice_id not in fake_inworld.voices
        await asyncio.sleep(0)


@pytest.mark.parametrize("bad", ["test_ws__nope", "../voices:clone", "a/b"])
async def test_typed_ids_never_reach_the_api(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot, bad: str
):
    alice = member(discord_fake)
    async with run_bot():
        reply = await voices(discord_fake, "rename", alice, voice=bad, name="x")
        assert "No voice with that ID" in content_of(reply)
    assert fake_inworld.requests == []


def result_message(interaction: FakeInteraction) -> dict[str, Any]:
    """The message of the result (the one with the voice ID embed)."""
    for message in [interaction.original or {}, *interaction.followups]:
        if any(
            (e.get("title") or "").startswith("Voice cloned") for e in message.get("embeds") or []
        ):
            return message
    raise AssertionError(interaction.summary())


async def test_result_carries_a_playable_preview(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot(tts_model_id="inworld-tts-1.5-max") as bot:
        interaction = await run_clone(discord_fake, alice, sample(), name="Alice")
        message = result_message(interaction)
        previews = [f for f in message["files"] if f.filename.startswith("preview-")]
        assert len(previews) == 1 and previews[0].filename.endswith(".mp3")
        assert previews[0].data[:3] == b"ID3" or previews[0].data[0] == 0xFF
        assert decodes(previews[0].data, "mp3") > 1.0
        assert "🔊 Preview: Attached" in content_of(interaction)
        (tts,) = fake_inworld.tts_requests
        voice_id = next(iter(fake_inworld.voices))
        assert tts.body == {
            "text": "Hello! This is my new voice. How does it sound to you?",
            "voiceId": voice_id,
            "modelId": "inworld-tts-1.5-max",
            "audioConfig": {"audioEncoding": "MP3"},
        }
        events = await bot.store.audit_events(discord_fake.guild_id)
        assert any(e.action == "previewed" and e.detail["via"] == "result" for e in events)


async def test_result_preview_in_the_voice_language_and_as_wav(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot(tts_audio_encoding="LINEAR16"):
        interaction = await run_clone(discord_fake, alice, sample(), name="Alice", language="FR_FR")
        (tts,) = fake_inworld.tts_requests
        assert tts.body["text"].startswith("Bonjour")
        (wav,) = [
            f for f in result_message(interaction)["files"] if f.filename.startswith("preview-")
        ]
        assert wav.filename.endswith(".wav") and wav.data[:4] == b"RIFF"
        assert decodes(wav.data, "wav") > 1.0


@pytest.mark.parametrize(
    ("fault", "why"),
    [
        ("unknown_model", "modelId"),
        ("rpc", "TTS is down"),
        ("read_only", "access level"),
    ],
)
async def test_failed_preview_still_shows_the_voice_id(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot, fault: str, why: str
):
    from tests.fakes.inworld_server import Fault

    alice = member(discord_fake)
    overrides: dict[str, Any] = {}
    if fault == "unknown_model":
        overrides["tts_model_id"] = "inworld-tts-9-imaginary"
    elif fault == "rpc":
        fake_inworld.enqueue_tts(*[Fault.rpc(14, "TTS is down")] * 3)
    async with run_bot(**overrides):
        if fault == "read_only":
            original = fake_inworld._check_write

            def read_only_tts(request: Any) -> None:
                if request.path.startswith("/tts/"):
                    fake_inworld.write_access = False
                try:
                    original(request)
                finally:
                    fake_inworld.write_access = True

            fake_inworld._check_write = read_only_tts  # type: ignore[method-assign]
        interaction = await run_clone(discord_fake, alice, sample(), name="Alice")
        voice_id = next(iter(fake_inworld.voices))
        text = content_of(interaction)
        assert voice_id in text
        assert "The spoken preview failed" in text and "/voices preview" in text
        message = result_message(interaction)
        assert not any(f.filename.startswith("preview-") for f in message["files"])
        assert any(f.filename.endswith(".wav") for f in message["files"])  # the sample still
        assert fake_inworld.tts_requests and all(r.status != 200 for r in fake_inworld.tts_requests)
        del why  # the member sees the client's user message, not the raw API text


async def test_previews_off_by_setting_and_by_guild(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    mod, alice = moderator(discord_fake), member(discord_fake)
    async with run_bot(preview_enabled=False, guild_cooldown_seconds=0):
        interaction = await run_clone(discord_fake, alice, sample(), name="Alice")
        assert "Voice cloned" in content_of(interaction) and fake_inworld.tts_requests == []
        assert "Preview" not in content_of(interaction)
    async with run_bot(guild_cooldown_seconds=0):
        interaction = await discord_fake.send_slash_command(
            "clone-settings", {"enabled": False}, subcommand="previews", user_id=mod
        )
        await interaction.wait_for(settled)
        assert "In clone results: off" in content_of(interaction)
        await run_clone(discord_fake, alice, sample(), name="Alice two")
        assert fake_inworld.tts_requests == []
        interaction = await discord_fake.send_slash_command(
            "clone-settings",
            {"enabled": True, "text": "Welcome to our server!"},
            subcommand="previews",
            user_id=mod,
        )
        await interaction.wait_for(settled)
        await run_clone(discord_fake, alice, sample(), name="Alice three")
        assert [r.body["text"] for r in fake_inworld.tts_requests] == ["Welcome to our server!"]


async def test_tts_calls_have_their_own_limiter(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot(tts_per_minute=1, tts_queue_max=1, preview_cooldown_seconds=0) as bot:
        assert bot.previews.limiter is not bot.desk.limiter
        assert bot.previews.limiter.per_period == 1 and bot.desk.limiter.per_period == 5
        voice_id = await clone(discord_fake, fake_inworld, alice, "Alice")  # 1 TTS call
        assert len(fake_inworld.tts_requests) == 1
        # The window is full: the next preview waits for a slot; one more finds the queue full.
        waiting = await discord_fake.send_slash_command(
            "voices", {"voice": voice_id}, subcommand="preview", user_id=alice
        )
        await waiting.wait_for_callback(timeout=3)
        await asyncio.sleep(0.3)
        full = await voices(discord_fake, "preview", alice, voice=voice_id)
        assert "Too many previews are waiting already" in content_of(full)
        assert len(fake_inworld.tts_requests) == 1


async def test_erase_waits_for_a_request_in_progress(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot():
        await start_clone(discord_fake, alice, sample(), name="Pending")  # awaits consent
        refused = await voices(discord_fake, "erase-my-data", alice)
        assert "still in progress" in content_of(refused) and not buttons(refused.original or {})
