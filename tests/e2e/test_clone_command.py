"""/clone end to end: real discord.py, fake Discord gateway + REST, strict fake Inworld."""

from __future__ import annotations

import io
import wave

from tests.audio import fixtures
from tests.e2e.helpers import confirm_consent, content_of, is_finished, member, run_clone
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.inworld_server import FakeInworld, Fault


def voice_message() -> bytes:
    """A Discord-style voice message: OGG/Opus, 48 kHz mono, ~12 s of speech."""
    return fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice").read_bytes()


async def test_commands_are_synced_to_the_configured_guild(discord_fake: FakeDiscord, run_bot):
    async with run_bot():
        commands = {c["name"]: c for c in discord_fake.synced_commands[discord_fake.guild_id]}
    clone = commands["clone"]
    options = {o["name"]: o for o in clone["options"]}
    assert options["sample"]["type"] == 11 and options["sample"]["required"]
    assert options["name"]["max_length"] == 64
    assert len(options["language"]["choices"]) == 16
    assert {"sample2", "sample3", "transcription", "description", "tags", "remove_noise"} <= set(
        options
    )


async def test_commands_sync_globally_without_guild_ids(discord_fake: FakeDiscord, run_bot):
    async with run_bot(discord_guild_ids=()):
        pass
    assert any(c["name"] == "clone" for c in discord_fake.synced_commands[None])


async def test_clone_happy_path(discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot):
    fake_inworld.extra_warnings = ["Background noise detected"]
    alice = member(discord_fake)
    async with run_bot():
        interaction = await run_clone(
            discord_fake,
            alice,
            {"sample": ("voice-message.ogg", voice_message())},
            name="Alice Narrator",
            language="FR_FR",
            tags="calm, narrator",
        )
    # Acknowledged at once (Discord's limit is 3 s).
    assert interaction.callback_latency is not None and interaction.callback_latency < 3
    assert interaction.callbacks[0].type == 5  # deferred: "thinking"

    (request,) = fake_inworld.clone_requests
    body = request.body
    assert body["displayName"] == "Alice Narrator"
    assert body["langCode"] == "FR_FR"
    # The member's tags, then the request's correlation tag (bot.reconcile finds it by that).
    assert body["tags"][:2] == ["calm", "narrator"] and body["tags"][2].startswith("vcreq-")
    assert body["audioProcessingConfig"] == {"removeBackgroundNoise": False}
    sent = request.samples[0]
    with wave.open(io.BytesIO(sent)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 24000)
        assert 5 < wav.getnframes() / 24000 <= 15

    voice_id = next(iter(fake_inworld.voices))
    result = interaction.followups[-1]
    text = content_of(interaction)
    assert f"```\n{voice_id}\n```" in text
    assert "Background noise detected" in text
    (audio,) = [f for f in result["files"] if f.filename.endswith("-sample1.wav")]
    assert audio.data == sent
    assert "✅" in (interaction.original or {}).get("content", "")


async def test_bad_file_gets_a_clear_message_and_no_api_call(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot():
        interaction = await run_clone(
            discord_fake, alice, {"sample": ("notes.mp3", b"just some text\n" * 50)}, name="X"
        )
    assert "text file, not audio" in content_of(interaction)
    assert fake_inworld.clone_requests == []


async def test_oversized_attachment_is_refused_before_download(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    big = discord_fake.add_attachment("huge.wav", b"RIFF", size=50 * 1024 * 1024)
    async with run_bot():
        interaction = await discord_fake.send_slash_command(
            "clone", {"name": "X"}, user_id=alice, attachments={"sample": big}
        )
        await interaction.wait_for(lambda i: "❌" in (i.original or {}).get("content", ""))
    assert "larger than" in content_of(interaction)
    assert discord_fake.downloads[int(big["id"])] == 0
    assert fake_inworld.clone_requests == []


async def test_lying_size_metadata_is_caught_while_downloading(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot(max_attachment_bytes=100_000):
        interaction = await run_clone(
            discord_fake,
            alice,
            {"sample": ("clip.wav", fixtures.standard_speech_wav().read_bytes())},
            name="X",
        )
    assert "larger than" in content_of(interaction)
    assert fake_inworld.clone_requests == []


async def test_second_sample_problem_is_named(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot():
        interaction = await run_clone(
            discord_fake,
            alice,
            {
                "sample": ("good.ogg", voice_message()),
                "sample2": ("silence.wav", fixtures.silence_wav().read_bytes()),
            },
            name="X",
        )
    text = content_of(interaction)
    assert "Sample 2 (`silence.wav`)" in text and "No speech" in text
    assert fake_inworld.clone_requests == []


async def test_read_only_key_is_explained(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    fake_inworld.enqueue(Fault.rpc(7, "API key has insufficient access level"))
    alice = member(discord_fake)
    async with run_bot():
        interaction = await run_clone(
            discord_fake, alice, {"sample": ("v.ogg", voice_message())}, name="X"
        )
    assert "read-only" in content_of(interaction)


async def test_rate_limit_then_success_is_retried_and_shown(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    fake_inworld.enqueue(Fault.rate_limited(retry_after=1))
    alice = member(discord_fake)
    async with run_bot():
        interaction = await run_clone(
            discord_fake, alice, {"sample": ("v.ogg", voice_message())}, name="X"
        )
    assert len(fake_inworld.clone_requests) == 2
    assert fake_inworld.voices and next(iter(fake_inworld.voices)) in content_of(interaction)
    shown = [edit.get("content") or "" for edit in interaction.edits]
    assert any("Inworld is busy; trying again in 1 s" in text for text in shown)


async def test_secrets_never_reach_discord(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    fake_inworld.enqueue(Fault.rpc(16, f"bad key {fake_inworld.api_key}"))
    alice = member(discord_fake)
    async with run_bot():
        interaction = await run_clone(
            discord_fake, alice, {"sample": ("v.ogg", voice_message())}, name="X"
        )
    text = content_of(interaction)
    assert "rejected" in text
    assert fake_inworld.api_key not in text and discord_fake.token not in text


async def test_voice_message_context_menu(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice, bob = member(discord_fake), member(discord_fake, "bob")
    voice = discord_fake.add_voice_message(
        discord_fake.channel_id, alice, voice_message(), duration_secs=12.0
    )
    async with run_bot():
        # Someone else's voice message cannot be cloned from the menu.
        other = await discord_fake.send_message_command("Clone this voice", voice, user_id=bob)
        await other.wait_for(lambda i: bool(i.callbacks))
        assert "only clone the voice in your own messages" in content_of(other)

        menu = await discord_fake.send_message_command("Clone this voice", voice, user_id=alice)
        callback = await menu.wait_for_callback()
        assert callback.type == 9  # asks for the voice's name
        submit = await discord_fake.submit_modal(
            callback.data["custom_id"], {"name": "Alice VM"}, user_id=alice
        )
        await confirm_consent(discord_fake, submit, alice)
        await submit.wait_for(is_finished, timeout=30)
    (request,) = fake_inworld.clone_requests
    assert request.body["displayName"] == "Alice VM"
    assert next(iter(fake_inworld.voices)) in content_of(submit)


async def test_the_heap_is_trimmed_once_commands_are_synced(
    discord_fake: FakeDiscord, run_bot, monkeypatch
):
    """Start-up's garbage goes back to the system once, after the sync (idle memory)."""
    from bot.audio import heap

    seen: list[int] = []
    monkeypatch.setattr(heap, "trim", lambda: seen.append(len(discord_fake.synced_at)) or True)
    async with run_bot():
        pass
    assert seen == [1]
