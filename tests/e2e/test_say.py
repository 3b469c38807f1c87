"""/say, "Speak this message", read-aloud and the call commands end to end: the real bot
(real discord.py) against the fake Discord, its fake voice server (voice gateway v8, RTP
decrypted and Opus decoded) and the strict fake Inworld's streaming TTS.

The fake voice server requires DAVE in Identify (4017 otherwise) but negotiates DAVE version
0 for the media (see tests/fakes/voice_server.py): the audio checks prove transport
encryption, RTP, Opus, pacing and content, not DAVE's frame encryption.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.client import CloneBot
from bot.storage import AuditAction
from tests.e2e.conftest import BotRunner
from tests.e2e.helpers import configure, content_of, member, moderator
from tests.e2e.test_voices import clone, settled
from tests.e2e.test_voices import voices as voices_interaction
from tests.fakes.discord_server import FakeDiscord, FakeInteraction, MessageFlags
from tests.fakes.inworld_server import FakeInworld, Fault, tts_reference_pcm
from tests.fakes.voice_messages import parse_ogg_opus
from tests.fakes.voice_server import FakeVoiceServer

TEXT = "Hello everyone, this is my own voice speaking in the lounge."


async def say(fake: FakeDiscord, user_id: int, text: str, **options: Any) -> FakeInteraction:
    interaction = await fake.send_slash_command("say", {"text": text, **options}, user_id=user_id)
    await interaction.wait_for_callback(timeout=3)
    await interaction.wait_for(settled, timeout=30)
    return interaction


async def voices(fake: FakeDiscord, sub: str, user_id: int, **options: Any) -> str:
    """Run /voices <sub>; return what the member reads once it settled."""
    return content_of(await voices_interaction(fake, sub, user_id, **options))


async def spoken_audits(bot: CloneBot, guild_id: int) -> list[Any]:
    events = await bot.store.audit_events(guild_id, limit=200)
    return [e for e in events if e.action == AuditAction.SPOKE]


async def test_say_in_a_voice_channel_speaks_the_text_in_the_members_voice(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
    voice: FakeVoiceServer,
    lounge: int,
) -> None:
    fake = discord_fake
    async with run_bot() as bot:
        alice = member(fake, "alice")
        voice_id = await clone(fake, fake_inworld, alice, "Alice")
        await fake.join_voice(alice, lounge)
        reply = await say(fake, alice, TEXT)
        assert "Speaking now" in content_of(reply), content_of(reply)

        session = await voice.wait_for_session()
        reference = tts_reference_pcm(TEXT)
        await session.wait_for_audio(len(reference) / 2 / 48_000 - 0.1, timeout=30)
        await session.wait_until_quiet(quiet=0.5, timeout=30)
        match = session.compare(reference)
        assert match.correlation > 0.9 and match.length_ok, match
        assert session.decrypt_failures == 0
        # Who is speaking shows under the channel's name, then is cleared.
        await fake._wait_until(
            lambda: (
                (fake.voice_statuses[lounge] or [None])[-1] in ("", None)
                and len(fake.voice_statuses[lounge]) >= 2
            ),
            timeout=10,
            describe=lambda: f"statuses {fake.voice_statuses[lounge]}",
        )
        assert any("AI voice of alice" in (s or "") for s in fake.voice_statuses[lounge])
        # Streamed once, with the member's voice, as PCM at 48 kHz.
        (request,) = fake_inworld.stream_requests
        assert request.body["voiceId"] == voice_id
        assert request.body["audioConfig"]["sampleRateHertz"] == 48_000
        # Audited without the text.
        (event,) = await spoken_audits(bot, fake.guild_id)
        assert event.actor_id == alice
        assert event.detail["characters"] == len(TEXT)
        assert event.detail["channel_id"] == lounge
        assert TEXT not in str(event.detail)
        # Counted for /metrics.
        sample = bot.metrics.registry.get_sample_value
        await fake._wait_until(
            lambda: (
                sample(
                    "voiceclone_speech_utterances_total",
                    {"via": "voice_channel", "outcome": "done"},
                )
                == 1
            ),
            timeout=10,
            describe=lambda: "the utterance was not counted as done",
        )
        assert sample("voiceclone_speech_first_sound_seconds_count") == 1
        assert sample("voiceclone_speech_characters_total") == len(TEXT)


async def test_say_outside_a_voice_channel_posts_a_voice_message_with_its_line(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    fake = discord_fake
    async with run_bot() as bot:
        alice = member(fake, "alice")
        await clone(fake, fake_inworld, alice, "Alice")
        reply = await say(fake, alice, TEXT)
        assert "voice message" in content_of(reply), content_of(reply)
        messages = fake.channel_messages[fake.channel_id]
        line, message = messages[-2], messages[-1]
        # The line names whose AI voice it is, and pings nobody.
        assert f"<@{alice}>" in line["content"] and "AI voice" in line["content"]
        assert line["mentions"] == []
        # A real voice message: the flag, one Ogg Opus mono 48 kHz attachment, no content.
        assert message["flags"] & MessageFlags.IS_VOICE_MESSAGE
        assert not message["content"]
        (attachment,) = message["attachments"]
        (upload,) = message["files"]
        info = parse_ogg_opus(upload.data)
        assert info.channels == 1 and info.input_rate == 48_000
        reference_seconds = len(tts_reference_pcm(TEXT)) / 2 / 48_000
        assert attachment["duration_secs"] == pytest.approx(reference_seconds, abs=0.1)
        assert attachment["duration_secs"] == pytest.approx(info.duration, abs=0.1)
        assert attachment["waveform"]
        (event,) = await spoken_audits(bot, fake.guild_id)
        assert event.detail["via"] == "voice_message"


async def test_nobody_speaks_with_another_members_voice(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
    voice: FakeVoiceServer,
    lounge: int,
) -> None:
    fake = discord_fake
    async with run_bot() as bot:
        alice = member(fake, "alice")
        bob = member(fake, "bob")
        mod = moderator(fake)
        alice_voice = await clone(fake, fake_inworld, alice, "Alice")
        await fake.join_voice(bob, lounge)
        for who in (bob, mod):
            reply = await say(fake, who, "Pretending to be Alice.", voice=alice_voice)
            assert "❌" in content_of(reply) or "only" in content_of(reply).lower()
        # No voice of their own: told how to get one.
        reply = await say(fake, bob, "Hello")
        assert "/clone" in content_of(reply)
        assert fake_inworld.stream_requests == []
        assert voice.sessions == []
        assert await spoken_audits(bot, fake.guild_id) == []


async def test_refusals_cost_nothing_over_quota_or_outside_the_allowed_channels(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
    voice: FakeVoiceServer,
    lounge: int,
) -> None:
    fake = discord_fake
    other = fake.add_voice_channel("Games")
    async with run_bot(speech_member_daily_chars=60) as bot:
        alice = member(fake, "alice")
        mod = moderator(fake)
        await clone(fake, fake_inworld, alice, "Alice")
        await configure(fake, mod, "speech", add_voice_channel=str(lounge))
        await fake.join_voice(alice, other)
        reply = await say(fake, alice, "Not here please.")
        assert "does not speak in this voice channel" in content_of(reply)
        await fake.join_voice(alice, lounge)
        reply = await say(
            fake, alice, "Twelve words and sixty-one characters are over this limit now."
        )
        assert "limit" in content_of(reply).lower()
        assert fake_inworld.stream_requests == []
        assert await spoken_audits(bot, fake.guild_id) == []
        sample = bot.metrics.registry.get_sample_value
        for reason in ("voice_channel", "member_chars"):
            assert sample("voiceclone_speech_refused_total", {"reason": reason}) == 1


async def test_a_server_queue_plays_in_order_and_skip_follows_its_rules(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
    voice: FakeVoiceServer,
    lounge: int,
) -> None:
    fake = discord_fake
    fake_inworld.stream_chunk_interval = 0.05
    async with run_bot():
        alice = member(fake, "alice")
        bob = member(fake, "bob")
        mod = moderator(fake)
        await clone(fake, fake_inworld, alice, "Alice")
        await clone(fake, fake_inworld, bob, "Bob")
        for who in (alice, bob):
            await fake.join_voice(who, lounge)
        long_text = "This is a long text that takes a while to say. " * 3
        first = await say(fake, alice, long_text)
        assert "Speaking now" in content_of(first)
        second = await say(fake, bob, "Bob comes next.")
        assert "1 before yours" in content_of(second), content_of(second)
        session = await voice.wait_for_session()
        await session.wait_for_audio(0.5, timeout=20)
        # Bob cannot skip Alice; a moderator can.
        assert "Only its speaker" in await voices(fake, "skip", bob)
        assert "Skipped" in await voices(fake, "skip", mod)
        # Bob's text plays next, then the bot is quiet.
        await fake._wait_until(
            lambda: len(fake_inworld.stream_requests) >= 2,
            timeout=20,
            describe=lambda: f"{len(fake_inworld.stream_requests)} streams",
        )
        assert fake_inworld.stream_requests[-1].body["text"] == "Bob comes next."
        # A moderator stops everything at once.
        await say(fake, alice, long_text)
        assert "Stopped" in await voices(fake, "stop", mod)
        assert "Only a moderator" in await voices(fake, "stop", alice)


async def test_the_bot_leaves_a_channel_nobody_is_left_in(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
    voice: FakeVoiceServer,
    lounge: int,
) -> None:
    fake = discord_fake
    async with run_bot() as bot:
        alice = member(fake, "alice")
        await clone(fake, fake_inworld, alice, "Alice")
        await fake.join_voice(alice, lounge)
        await say(fake, alice, "Short one.")
        await voice.wait_for_session()
        assert bot.speech.hub.channel_of(fake.guild_id) == lounge
        await fake.leave_voice(alice)
        await fake._wait_until(
            lambda: (
                bot.speech.hub.channel_of(fake.guild_id) is None
                and fake.voice_state(fake.bot_user_id) is None
            ),
            timeout=10,
            describe=lambda: "the bot is still in the channel",
        )
        # The bot's last op 4 left the channel.
        assert fake.bot_voice_requests[-1]["channel_id"] is None


async def test_erasure_mid_queue_silences_the_member_at_once(
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
        await clone(fake, fake_inworld, alice, "Alice")
        await fake.join_voice(alice, lounge)
        long_text = "A long text I will regret saying, sentence after sentence. " * 4
        await say(fake, alice, long_text)
        await say(fake, alice, "And a second one waiting in the queue.")
        session = await voice.wait_for_session()
        await session.wait_for_audio(0.3, timeout=20)
        requests_before = len(fake_inworld.stream_requests)
        erase = await fake.send_slash_command(
            "voices", {}, subcommand="erase-my-data", user_id=alice
        )
        await erase.wait_for_callback(timeout=3)
        await erase.wait_for(lambda i: bool((i.original or {}).get("components")), timeout=10)
        message = erase.original
        assert message is not None
        button = message["components"][0]["components"][0]
        click = await fake.click_button(message, button["custom_id"], user_id=alice)
        await click.wait_for_callback()
        await click.wait_for(lambda i: "Done" in content_of(i), timeout=20)
        snapshot = bot.speech.hub.queue_of(fake.guild_id)
        assert snapshot.current is None and snapshot.queued == ()
        await asyncio.sleep(0.5)
        assert len(fake_inworld.stream_requests) == requests_before


async def test_speak_this_message_speaks_only_the_members_own_message(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
) -> None:
    fake = discord_fake
    async with run_bot():
        alice = member(fake, "alice")
        bob = member(fake, "bob")
        await clone(fake, fake_inworld, alice, "Alice")
        own = fake.add_user_message(fake.channel_id, alice, "Check https://example.com now!")
        interaction = await fake.send_message_command("Speak this message", own, user_id=alice)
        await interaction.wait_for_callback(timeout=3)
        await interaction.wait_for(settled, timeout=30)
        assert "voice message" in content_of(interaction), content_of(interaction)
        (request,) = fake_inworld.stream_requests
        assert request.body["text"] == "Check link now!"
        others = fake.add_user_message(fake.channel_id, alice, "mine")
        interaction = await fake.send_message_command("Speak this message", others, user_id=bob)
        await interaction.wait_for_callback(timeout=3)
        await interaction.wait_for(settled, timeout=30)
        assert "own messages" in content_of(interaction)


async def test_read_aloud_speaks_what_members_type_in_the_voice_chat(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
    voice: FakeVoiceServer,
    lounge: int,
) -> None:
    fake = discord_fake
    async with run_bot(read_aloud_enabled=True):
        alice = member(fake, "alice")
        mod = moderator(fake)
        await clone(fake, fake_inworld, alice, "Alice")
        # Not allowed in this server yet.
        assert "allow" in (await voices(fake, "read-aloud", alice, state="on")).lower()
        await configure(fake, mod, "speech", read_aloud=True)
        assert "Read-aloud is on" in await voices(fake, "read-aloud", alice, state="on")
        await fake.join_voice(alice, lounge)
        await say(fake, alice, "I am here.")
        await voice.wait_for_session()
        await fake.send_user_message(lounge, alice, "Hellooooooo **world** <:wave:123>")
        await fake.send_user_message(lounge, alice, "shh", flags=1 << 12)  # @silent
        await fake._wait_until(
            lambda: len(fake_inworld.stream_requests) >= 2,
            timeout=20,
            describe=lambda: f"{len(fake_inworld.stream_requests)} streams",
        )
        await asyncio.sleep(0.5)
        texts = [r.body["text"] for r in fake_inworld.stream_requests]
        assert texts[1] == "Helloo world wave", texts
        assert "shh" not in texts
        assert "off" in await voices(fake, "read-aloud", alice, state="off")


async def test_without_read_aloud_the_bot_asks_for_no_message_content(
    discord_fake: FakeDiscord, run_bot: BotRunner
) -> None:
    async with run_bot():
        intents = discord_fake.connection.intents or 0
        assert not intents & (1 << 15)  # MESSAGE_CONTENT
        assert intents & (1 << 7)  # GUILD_VOICE_STATES


async def test_a_mid_stream_tts_error_ends_the_utterance_and_the_next_plays(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
    voice: FakeVoiceServer,
    lounge: int,
) -> None:
    fake = discord_fake
    async with run_bot():
        alice = member(fake, "alice")
        await clone(fake, fake_inworld, alice, "Alice")
        await fake.join_voice(alice, lounge)
        fake_inworld.enqueue_stream(Fault.stream_error(after_chunks=1))
        await say(fake, alice, "This one breaks half way through its sentence.")
        await say(fake, alice, "This one plays.")
        session = await voice.wait_for_session()
        reference = tts_reference_pcm("This one plays.")
        await fake._wait_until(
            lambda: len(fake_inworld.stream_requests) >= 2,
            timeout=20,
            describe=lambda: "the second text was never streamed",
        )
        await session.wait_until_quiet(quiet=0.6, timeout=30)
        assert session.compare(reference).correlation > 0.9


async def test_a_rate_limited_voice_message_says_so_and_posts_nothing(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    fake = discord_fake
    async with run_bot() as bot:
        alice = member(fake, "alice")
        await clone(fake, fake_inworld, alice, "Alice")
        posted = len(fake.channel_messages[fake.channel_id])
        fake_inworld.enqueue_stream(*[Fault.rate_limited(retry_after=0)] * 10)
        reply = await say(fake, alice, TEXT)
        assert "text-to-speech rate limit" in content_of(reply), content_of(reply)
        assert "cloning" not in content_of(reply)
        assert len(fake.channel_messages[fake.channel_id]) == posted
        # Nothing was spoken: the characters were given back, and nothing was audited.
        assert await bot.store.speech_chars_used(fake.guild_id, alice) == (0, 0)
        assert await spoken_audits(bot, fake.guild_id) == []


async def test_say_reads_mentions_and_links_as_a_message_would(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    fake = discord_fake
    async with run_bot():
        alice = member(fake, "alice")
        bob = member(fake, "bob")
        await clone(fake, fake_inworld, alice, "Alice")
        await say(fake, alice, f"Hi <@{bob}>, look at https://example.com **now**")
        (request,) = fake_inworld.stream_requests
        assert request.body["text"] == "Hi bob, look at link now"
        reply = await say(fake, alice, "```print('only code')```")
        assert "nothing to say" in content_of(reply)
        assert len(fake_inworld.stream_requests) == 1


async def test_a_channel_without_voice_messages_gets_a_clear_answer_and_no_stray_line(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    fake = discord_fake
    async with run_bot() as bot:
        alice = member(fake, "alice")
        await clone(fake, fake_inworld, alice, "Alice")
        await fake.set_channel_permissions(fake.channel_id, deny=1 << 46)  # SEND_VOICE_MESSAGES
        posted = len(fake.channel_messages[fake.channel_id])
        reply = await say(fake, alice, TEXT)
        assert "I may not post voice messages here" in content_of(reply), content_of(reply)
        # The disclosure line went up first; it is taken down with its failed message.
        await fake._wait_until(
            lambda: (
                len([m for m in fake.channel_messages[fake.channel_id] if not m.get("deleted")])
                <= posted
            ),
            timeout=10,
            describe=lambda: f"messages {fake.channel_messages[fake.channel_id][posted:]}",
        )
        assert await bot.store.speech_chars_used(fake.guild_id, alice) == (0, 0)
        assert await spoken_audits(bot, fake.guild_id) == []
