"""More of /say end to end (the real bot, real discord.py, against the fake Discord, its fake
voice server and the fake Inworld): the voice autocomplete, server voices, the speech text
channels and roles, the server's share of the TTS queue, /voices leave, moving between
channels, the daily characters over several texts, erasure of another member and deletion of
the voice being spoken."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.e2e.conftest import BotRunner
from tests.e2e.helpers import configure, content_of, member, moderator
from tests.e2e.test_say import say, settled, spoken_audits, voices
from tests.e2e.test_voices import clone, press
from tests.e2e.test_voices import voices as voices_interaction
from tests.fakes.discord_server import CONNECT, FakeDiscord, MessageFlags
from tests.fakes.inworld_server import FakeInworld, tts_reference_pcm
from tests.fakes.voice_server import FakeVoiceServer

LONG = "This is a long text that takes quite a while to say out loud. " * 4


async def offered(fake: FakeDiscord, user_id: int, typed: str = "") -> set[str]:
    """The voice IDs /say's autocomplete offers the member."""
    suggest = await fake.send_autocomplete(
        "say", {"text": "hi", "voice": typed}, focused="voice", user_id=user_id
    )
    callback = await suggest.wait_for_callback(timeout=3)  # Discord's deadline
    return {c["value"] for c in callback.data["choices"]}


def bot_messages(fake: FakeDiscord, channel_id: int) -> list[dict[str, Any]]:
    return [
        m for m in fake.channel_messages[channel_id] if int(m["author"]["id"]) == fake.bot_user_id
    ]


async def test_autocomplete_and_server_voices(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
    voice: FakeVoiceServer,
    lounge: int,
) -> None:
    fake = discord_fake
    async with run_bot():
        alice, bob, mod = member(fake, "alice"), member(fake, "bob"), moderator(fake)
        alices = await clone(fake, fake_inworld, alice, "Alice")
        bobs_private = await clone(fake, fake_inworld, bob, "Bob private")
        narrator = await clone(fake, fake_inworld, bob, "Narrator")
        shared = await voices(fake, "server", mod, voice=narrator, shared=True)
        assert "now a server voice" in shared, shared
        # Server voices on (the default): own voices and the server's; never Bob's private one,
        # not even for a moderator.
        assert await offered(fake, alice) == {alices, narrator}
        assert await offered(fake, mod) == {narrator}
        assert await offered(fake, bob) == {bobs_private, narrator}
        assert await offered(fake, alice, "narr") == {narrator}
        # Speaking with the server voice: its status and its line say it is the server's.
        await fake.join_voice(alice, lounge)
        reply = await say(fake, alice, "The narrator speaks.", voice=narrator)
        assert "Speaking now" in content_of(reply), content_of(reply)
        await voice.wait_for_session()
        await fake._wait_until(
            lambda: any("server voice Narrator" in (s or "") for s in fake.voice_statuses[lounge]),
            timeout=10,
            describe=lambda: f"statuses {fake.voice_statuses[lounge]}",
        )
        assert fake_inworld.stream_requests[-1].body["voiceId"] == narrator
        await fake.leave_voice(alice)
        reply = await say(fake, alice, "As a voice message.", voice=narrator)
        assert "voice message" in content_of(reply), content_of(reply)
        line = bot_messages(fake, fake.channel_id)[-2]["content"]
        assert "the server's AI voice **Narrator**" in line and f"<@{bob}>" not in line
        # Server voices off: only one's own, and speaking with the server's is refused.
        await configure(fake, mod, "speech", server_voices=False)
        assert await offered(fake, alice) == {alices}
        assert await offered(fake, mod) == set()
        streams = len(fake_inworld.stream_requests)
        reply = await say(fake, alice, "Not any more.", voice=narrator)
        assert "only with their own voices" in content_of(reply), content_of(reply)
        assert len(fake_inworld.stream_requests) == streams


async def test_speech_text_channels_and_roles(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    fake = discord_fake
    tts = int(fake.add_channel("tts")["id"])
    speakers = int(fake.add_role("Speakers")["id"])
    async with run_bot():
        alice, mod = member(fake, "alice"), moderator(fake)
        carol = member(fake, "carol", roles=(speakers,))
        await clone(fake, fake_inworld, alice, "Alice")
        await clone(fake, fake_inworld, carol, "Carol")
        await clone(fake, fake_inworld, mod, "Mod")
        await configure(fake, mod, "speech", add_text_channel=tts, add_role=speakers)
        before = len(bot_messages(fake, fake.channel_id))
        # Not a speech text channel: refused, nothing streamed or posted.
        reply = await say(fake, carol, "Not in this channel.")
        assert "not allowed in this channel" in content_of(reply), content_of(reply)
        assert f"<#{tts}>" in content_of(reply)
        # Without the speech role: refused; a moderator always may.
        interaction = await fake.send_slash_command(
            "say", {"text": "No role."}, user_id=alice, channel_id=tts
        )
        await interaction.wait_for(settled, timeout=30)
        assert "You need one of these roles" in content_of(interaction)
        assert fake_inworld.stream_requests == []
        assert len(bot_messages(fake, fake.channel_id)) == before
        assert bot_messages(fake, tts) == []
        for who in (carol, mod):
            interaction = await fake.send_slash_command(
                "say", {"text": "Allowed here."}, user_id=who, channel_id=tts
            )
            await interaction.wait_for(settled, timeout=30)
            assert "voice message" in content_of(interaction), content_of(interaction)
        assert len(fake_inworld.stream_requests) == 2
        assert bot_messages(fake, tts)[-1]["flags"] & MessageFlags.IS_VOICE_MESSAGE


async def test_the_servers_share_of_the_tts_queue(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    fake = discord_fake
    async with run_bot(
        preview_enabled=False,
        tts_per_minute=1,
        tts_rate_period_seconds=3,
        tts_queue_max_per_guild=1,
    ) as bot:
        alice = member(fake, "alice")
        await clone(fake, fake_inworld, alice, "Alice")
        first = await say(fake, alice, "First one.")
        assert "voice message" in content_of(first)
        # The second waits for the next call in the window; the third finds no room.
        second = await fake.send_slash_command("say", {"text": "Second."}, user_id=alice)
        await second.wait_for_callback(timeout=3)
        await fake.wait_until_bot_sees(lambda: bot.previews.limiter.waiting == 1, timeout=10)
        third = await say(fake, alice, "Third.")
        assert "Too many spoken texts from this server" in content_of(third), content_of(third)
        await second.wait_for(settled, timeout=30)
        assert "voice message" in content_of(second), content_of(second)
        assert [r.body["text"] for r in fake_inworld.stream_requests] == ["First one.", "Second."]
        assert len(await spoken_audits(bot, fake.guild_id)) == 2


async def test_voices_leave_rules(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
    voice: FakeVoiceServer,
    lounge: int,
) -> None:
    fake = discord_fake
    games = fake.add_voice_channel("Games")
    fake_inworld.stream_chunk_interval = 0.05
    async with run_bot() as bot:
        alice, bob, mod = member(fake, "alice"), member(fake, "bob"), moderator(fake)
        await clone(fake, fake_inworld, alice, "Alice")
        assert "not in a voice channel" in await voices(fake, "leave", mod)
        for who in (alice, bob):
            await fake.join_voice(who, lounge)
        await say(fake, alice, LONG)
        await (await voice.wait_for_session()).wait_for_audio(0.2, timeout=20)
        # Bob may not make the bot leave while Alice's text plays; from elsewhere, nobody may.
        assert "Someone else's text" in await voices(fake, "leave", bob)
        await fake.join_voice(bob, games)
        assert "Join my voice channel first" in await voices(fake, "leave", bob)
        # Alice, whose text alone plays, may.
        assert "Left the voice channel" in await voices(fake, "leave", alice)
        await fake._wait_until(
            lambda: fake.voice_state(fake.bot_user_id) is None,
            timeout=10,
            describe=lambda: "the bot is still in voice",
        )
        assert fake.bot_voice_requests[-1]["channel_id"] is None
        assert bot.speech.hub.channel_of(fake.guild_id) is None
        # A moderator makes it leave whatever plays, from anywhere.
        await say(fake, alice, LONG)
        await fake._wait_until(
            lambda: bot.speech.hub.channel_of(fake.guild_id) == lounge,
            timeout=20,
            describe=lambda: "the bot did not come back",
        )
        assert "Left the voice channel" in await voices(fake, "leave", mod)
        assert bot.speech.hub.queue_of(fake.guild_id).current is None


async def test_the_bot_moves_only_when_idle(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
    voice: FakeVoiceServer,
    lounge: int,
) -> None:
    fake = discord_fake
    games = fake.add_voice_channel("Games")
    fake_inworld.stream_chunk_interval = 0.05
    async with run_bot() as bot:
        alice, bob = member(fake, "alice"), member(fake, "bob")
        await clone(fake, fake_inworld, alice, "Alice")
        await clone(fake, fake_inworld, bob, "Bob")
        await fake.join_voice(alice, lounge)
        await fake.join_voice(bob, games)
        await say(fake, alice, LONG)
        await (await voice.wait_for_session()).wait_for_audio(0.2, timeout=20)
        reply = await say(fake, bob, "Over here please.")
        assert f"I am speaking in <#{lounge}> right now" in content_of(reply), content_of(reply)
        assert all(r.body["text"] != "Over here please." for r in fake_inworld.stream_requests)
        # Once quiet, the bot follows Bob.
        await fake._wait_until(
            lambda: bot.speech.hub.queue_of(fake.guild_id).current is None,
            timeout=30,
            describe=lambda: "Alice's text never ended",
        )
        reply = await say(fake, bob, "Over here please.")
        assert "Speaking now" in content_of(reply), content_of(reply)
        await fake._wait_until(
            lambda: (fake.voice_state(fake.bot_user_id) or {}).get("channel_id") == str(games),
            timeout=20,
            describe=lambda: f"bot voice state {fake.voice_state(fake.bot_user_id)}",
        )
        await fake._wait_until(
            lambda: fake_inworld.stream_requests[-1].body["text"] == "Over here please.",
            timeout=20,
            describe=lambda: "Bob's text was never streamed",
        )


async def test_the_daily_characters_over_several_texts(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    fake = discord_fake
    async with run_bot(speech_member_daily_chars=40) as bot:
        alice = member(fake, "alice")
        await clone(fake, fake_inworld, alice, "Alice")
        for text in ("Fifteen chars..", "Fifteen more..."):
            assert "voice message" in content_of(await say(fake, alice, text))
        reply = await say(fake, alice, "And fifteen now")
        text = content_of(reply)
        assert "would go over your limit of 40 characters of speech per 24 hours" in text, text
        assert "free again" in text and "tomorrow" in text, text
        assert len(fake_inworld.stream_requests) == 2
        # A shorter one still fits.
        assert "voice message" in content_of(await say(fake, alice, "Ten chars."))
        assert len(await spoken_audits(bot, fake.guild_id)) == 3


async def test_erasing_one_member_leaves_another_speaking(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
    voice: FakeVoiceServer,
    lounge: int,
) -> None:
    fake = discord_fake
    fake_inworld.stream_chunk_interval = 0.05
    async with run_bot() as bot:
        alice, bob = member(fake, "alice"), member(fake, "bob")
        await clone(fake, fake_inworld, alice, "Alice")
        await clone(fake, fake_inworld, bob, "Bob")
        for who in (alice, bob):
            await fake.join_voice(who, lounge)
        bobs_text = "Bob keeps talking about something entirely his own."
        await say(fake, bob, bobs_text)
        await say(fake, alice, "Alice waits her turn.")
        session = await voice.wait_for_session()
        await session.wait_for_audio(0.2, timeout=20)
        ask = await voices_interaction(fake, "erase-my-data", alice)
        click = await press(fake, ask, "Erase", alice)
        await click.wait_for(lambda i: "Done" in content_of(i), timeout=20)
        snapshot = bot.speech.hub.queue_of(fake.guild_id)
        assert snapshot.queued == ()
        await session.wait_until_quiet(quiet=0.6, timeout=30)
        # Bob's text was said to its end; Alice's never was.
        assert session.compare(tts_reference_pcm(bobs_text)).correlation > 0.9
        assert [r.body["text"] for r in fake_inworld.stream_requests] == [bobs_text]


async def test_deleting_the_voice_being_spoken_stops_it(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
    voice: FakeVoiceServer,
    lounge: int,
) -> None:
    fake = discord_fake
    fake_inworld.stream_chunk_interval = 0.1
    async with run_bot() as bot:
        alice = member(fake, "alice")
        voice_id = await clone(fake, fake_inworld, alice, "Alice")
        await fake.join_voice(alice, lounge)
        await say(fake, alice, LONG)
        session = await voice.wait_for_session()
        await session.wait_for_audio(0.2, timeout=20)
        ask = await voices_interaction(fake, "delete", alice, voice=voice_id)
        click = await press(fake, ask, "Delete", alice)
        await click.wait_for(lambda i: "was deleted" in content_of(i), timeout=20)
        assert bot.speech.hub.queue_of(fake.guild_id).current is None
        requests = len(fake_inworld.stream_requests)
        await session.wait_until_quiet(quiet=0.5, timeout=10)
        await asyncio.sleep(0.3)
        assert len(fake_inworld.stream_requests) == requests
        assert session.audio_seconds < len(tts_reference_pcm(LONG)) / 2 / 48_000


@pytest.mark.slow
async def test_a_move_discord_never_completes_is_refused(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
    voice: FakeVoiceServer,
    lounge: int,
) -> None:
    """Discord ignores an op 4 to a channel the bot may not connect to (it answers nothing):
    the move times out inside discord.py."""
    fake = discord_fake
    closed = fake.add_voice_channel("Closed")
    async with run_bot():
        alice, bob = member(fake, "alice"), member(fake, "bob")
        await clone(fake, fake_inworld, alice, "Alice")
        await clone(fake, fake_inworld, bob, "Bob")
        await fake.join_voice(alice, lounge)
        await say(fake, alice, "Short one.")
        session = await voice.wait_for_session()
        await session.wait_for_audio(0.1, timeout=20)
        await session.wait_until_quiet(quiet=0.5, timeout=20)  # idle: the bot may move
        await fake.set_channel_permissions(closed, deny=CONNECT)
        await fake.join_voice(bob, closed)
        reply = await say(fake, bob, "Follow me.")
        assert "could not join your voice channel" in content_of(reply), content_of(reply)
