"""Results outlive the interaction and survive Discord's faults (real discord.py, fake Discord
and Inworld): expired tokens, DMs closed, missing permissions, a deleted channel, 5xx answers,
and member-chosen names shown literally in every post."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.cloning import SampleSource
from bot.desk import sample_facts
from bot.storage import CloneStatus, CloneStore, Database, utcnow
from tests.audio import fixtures
from tests.e2e.helpers import (
    buttons,
    configure,
    confirm_consent,
    content_of,
    is_finished,
    member,
    moderator,
    start_clone,
)
from tests.fakes.discord_server import (
    ATTACH_FILES,
    SEND_MESSAGES,
    FakeDiscord,
    FakeInteraction,
    MessageFlags,
)
from tests.fakes.inworld_server import FakeInworld, Fault
from tests.helpers import processed_sample

HOSTILE = "**x** [click](https://evil) @everyone"


def sample() -> dict[str, tuple[str, bytes]]:
    voice = fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice").read_bytes()
    return {"sample": ("voice-message.ogg", voice)}


def text_of(message: dict[str, Any]) -> str:
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f['name']}: {f['value']}" for f in embed.get("fields") or []]
    return "\n".join(parts)


async def clone_held_at_inworld(
    fake: FakeDiscord, inworld: FakeInworld, user: int, *, name: str = "Alice", hold: float = 1.0
) -> FakeInteraction:
    """/clone, consent, and return while Inworld is still answering the clone call."""
    inworld.enqueue(Fault.stall(hold))
    interaction = await start_clone(fake, user, sample(), name=name)
    await confirm_consent(fake, interaction, user)
    await inworld.wait_for_requests(1, timeout=10, clone_only=True)
    return interaction


def expire_every_token(fake: FakeDiscord) -> None:
    for interaction in fake.interactions:
        fake.expire_token(interaction)


def webhook_statuses(fake: FakeDiscord, method: str = "POST") -> list[int | None]:
    return [
        r.status for r in fake.requests if r.method == method and r.path.startswith("/webhooks/")
    ]


def channel_posts(fake: FakeDiscord, channel_id: int) -> list[int | None]:
    path = f"/channels/{channel_id}/messages"
    return [r.status for r in fake.requests if r.method == "POST" and r.path == path]


def the_voice(inworld: FakeInworld) -> str:
    (voice_id,) = inworld.voices  # exactly one voice for the one request
    return voice_id


def has_the_voice(inworld: FakeInworld) -> Callable[[dict[str, Any]], bool]:
    """A message predicate: it shows the (one) voice Inworld created."""
    return lambda message: the_voice(inworld) in text_of(message)


async def test_expired_token_private_guild_gets_the_result_by_dm(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot():  # guilds keep results private by default
        await clone_held_at_inworld(discord_fake, fake_inworld, alice)
        expire_every_token(discord_fake)
        notice = await discord_fake.wait_for_channel_message(
            discord_fake.channel_id, lambda m: "is ready" in (m.get("content") or "")
        )
        voice_id = the_voice(fake_inworld)
        dm = await discord_fake.wait_for_dm(alice, lambda m: voice_id in text_of(m))
    assert 401 in webhook_statuses(discord_fake)  # Discord refused the dead token...
    assert dm["files"] and dm["files"][0].filename.endswith(".wav")  # ...the DM has it all
    assert f"<@{alice}>" in notice["content"] and "by DM" in notice["content"]
    assert voice_id not in text_of(notice) and not notice["files"] and not notice["embeds"]


async def test_token_the_bot_knows_is_too_old_is_not_used(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot(interaction_token_seconds=2):
        await clone_held_at_inworld(discord_fake, fake_inworld, alice, hold=2.5)
        await discord_fake.wait_for_dm(alice, has_the_voice(fake_inworld))
        await discord_fake.wait_for_channel_message(
            discord_fake.channel_id, lambda m: "is ready" in (m.get("content") or "")
        )
    assert webhook_statuses(discord_fake) == []  # no follow-up on a token past its life


async def test_dms_closed_notice_says_where_to_find_the_voice(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    discord_fake.dm_closed_users.add(alice)
    async with run_bot():
        await clone_held_at_inworld(discord_fake, fake_inworld, alice)
        expire_every_token(discord_fake)
        notice = await discord_fake.wait_for_channel_message(
            discord_fake.channel_id, lambda m: "/voices" in (m.get("content") or "")
        )
        voice_id = the_voice(fake_inworld)
        assert voice_id not in text_of(notice) and not notice["files"]
        assert f"<@{alice}>" in notice["content"]
        listing = await discord_fake.send_slash_command(
            "voices", {}, subcommand="list", user_id=alice
        )
        await listing.wait_for(lambda i: voice_id in content_of(i))
    assert listing.original is not None and listing.original["flags"] & MessageFlags.EPHEMERAL
    assert "Alice" in content_of(listing)


async def test_public_guild_expired_token_posts_in_the_channel(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot(guild_ephemeral_replies=False):
        await clone_held_at_inworld(discord_fake, fake_inworld, alice)
        expire_every_token(discord_fake)
        voice_id_in = await discord_fake.wait_for_channel_message(
            discord_fake.channel_id, lambda m: "is ready" in (m.get("content") or "")
        )
    voice_id = the_voice(fake_inworld)
    assert voice_id in text_of(voice_id_in) and f"<@{alice}>" in voice_id_in["content"]
    assert voice_id_in["files"][0].filename.endswith(".wav")


async def test_missing_attach_files_still_delivers_the_voice_id(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot(guild_ephemeral_replies=False):
        await discord_fake.set_channel_permissions(discord_fake.channel_id, deny=ATTACH_FILES)
        await clone_held_at_inworld(discord_fake, fake_inworld, alice)
        expire_every_token(discord_fake)
        posted = await discord_fake.wait_for_channel_message(
            discord_fake.channel_id, lambda m: "is ready" in (m.get("content") or "")
        )
    assert the_voice(fake_inworld) in text_of(posted) and not posted["files"]
    assert "could not be attached" in posted["content"]
    assert channel_posts(discord_fake, discord_fake.channel_id) == [403, 200]


async def test_missing_send_messages_sends_the_result_by_dm(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot(guild_ephemeral_replies=False):
        await discord_fake.set_channel_permissions(discord_fake.channel_id, deny=SEND_MESSAGES)
        await clone_held_at_inworld(discord_fake, fake_inworld, alice)
        expire_every_token(discord_fake)
        dm = await discord_fake.wait_for_dm(alice, has_the_voice(fake_inworld))
    assert dm["files"]
    assert discord_fake.channel_messages[discord_fake.channel_id] == []


async def test_deleted_channel_sends_the_result_by_dm(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot(guild_ephemeral_replies=False):
        await clone_held_at_inworld(discord_fake, fake_inworld, alice)
        expire_every_token(discord_fake)
        await discord_fake.delete_channel(discord_fake.channel_id)
        dm = await discord_fake.wait_for_dm(alice, has_the_voice(fake_inworld))
    assert dm["files"] and f"<@{alice}>" in dm["content"]


async def test_follow_up_5xx_then_success_stays_on_the_interaction(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot():
        interaction = await clone_held_at_inworld(discord_fake, fake_inworld, alice, hold=0.2)
        discord_fake.fail_followups(status=500, times=1)
        await interaction.wait_for(is_finished, timeout=20)
    assert webhook_statuses(discord_fake) == [500, 200]
    assert the_voice(fake_inworld) in content_of(interaction)
    assert discord_fake.dm_messages[alice] == []


async def test_channel_5xx_is_retried_then_posted(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot(guild_ephemeral_replies=False):
        await clone_held_at_inworld(discord_fake, fake_inworld, alice)
        expire_every_token(discord_fake)
        discord_fake.inject_error(
            "POST", rf"/channels/{discord_fake.channel_id}/messages", status=503, times=1
        )
        posted = await discord_fake.wait_for_channel_message(
            discord_fake.channel_id, lambda m: "is ready" in (m.get("content") or "")
        )
    assert the_voice(fake_inworld) in text_of(posted)
    assert channel_posts(discord_fake, discord_fake.channel_id) == [503, 200]


async def test_hostile_name_is_shown_literally_everywhere(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot(guild_ephemeral_replies=False):
        interaction = await clone_held_at_inworld(discord_fake, fake_inworld, alice, name=HOSTILE)
        await interaction.wait_for(is_finished, timeout=20)
        # A second request whose token dies: its result is a channel post.
        second = await clone_held_at_inworld(discord_fake, fake_inworld, alice, name=HOSTILE)
        expire_every_token(discord_fake)
        posted = await discord_fake.wait_for_channel_message(
            discord_fake.channel_id, lambda m: "is ready" in (m.get("content") or "")
        )
    assert second is not interaction
    shown = [content_of(interaction), text_of(posted)]
    for text in shown:
        assert "\\[click" in text  # escaped: no masked link
        assert "@everyone" not in text and "@\u200beveryone" in text
        assert "**x**" not in text
    sent = [
        r.body for r in discord_fake.requests if r.method == "POST" and isinstance(r.body, dict)
    ]
    for body in sent:
        mentions = body.get("allowed_mentions")
        if mentions is not None:
            assert "everyone" not in mentions.get("parse", [])
            assert {str(u) for u in mentions.get("users", [])} <= {str(alice)}
    assert not posted["mention_everyone"]


async def test_approved_result_in_a_public_guild_is_posted_in_the_channel(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    mod, alice = moderator(discord_fake), member(discord_fake)
    async with run_bot(guild_ephemeral_replies=False):
        await configure(
            discord_fake,
            mod,
            "approval",
            required=True,
            review_channel=discord_fake.review_channel_id,
        )
        interaction = await start_clone(discord_fake, alice, sample(), name=HOSTILE)
        await confirm_consent(discord_fake, interaction, alice)
        review = await discord_fake.wait_for_channel_message(discord_fake.review_channel_id)
        approve = next(b for b in buttons(review) if b["custom_id"].startswith("review:approve"))
        await discord_fake.click_button(review, approve["custom_id"], user_id=mod)
        posted = await discord_fake.wait_for_channel_message(
            discord_fake.channel_id, lambda m: "approved by a moderator" in (m.get("content") or "")
        )
    assert the_voice(fake_inworld) in text_of(posted) and posted["files"]
    assert "\\[click" in posted["content"] and "@everyone" not in posted["content"]
    assert "\\[click" in text_of(review)  # the review post too


async def test_resumed_request_nobody_reviewed_does_not_read_approved(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot, tmp_path: Path
):
    alice = member(discord_fake)
    url = f"sqlite+aiosqlite:///{tmp_path / 'resume.sqlite3'}"
    database = Database(url)
    await database.connect()
    await database.migrate()
    store = CloneStore(database)
    record = await store.create_record(
        guild_id=discord_fake.guild_id,
        channel_id=discord_fake.channel_id,
        user_id=alice,
        notify_channel_id=discord_fake.channel_id,
        display_name="Resumed",
        language="EN_US",
    )
    wav = fixtures.standard_speech_wav().read_bytes()
    processed = processed_sample(wav=wav)
    await store.save_samples(record.id, [wav])
    source = SampleSource("clip.wav", "http://127.0.0.1/clip.wav", len(wav))
    await store.transition(
        record.id,
        {CloneStatus.PROCESSING},
        CloneStatus.APPROVED,  # no approval needed: consented, then the bot stopped
        samples=[sample_facts(source, processed)],
        consent_text="I consent",
        consented_at=utcnow(),
    )
    await database.close()
    async with run_bot(database_url=url, guild_ephemeral_replies=False):
        posted = await discord_fake.wait_for_channel_message(
            discord_fake.channel_id,
            lambda m: "resumed after a bot restart" in (m.get("content") or ""),
        )
    assert "approved" not in posted["content"] and "is ready" in posted["content"]
    assert the_voice(fake_inworld) in text_of(posted)


async def test_failure_after_the_token_expired_is_told_privately(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice, bob = member(discord_fake), member(discord_fake, "bob")
    async with run_bot(clones_per_minute=1, clone_rate_period_seconds=2.0):
        first = await start_clone(discord_fake, bob, sample(), name="Bob")
        await confirm_consent(discord_fake, first, bob)
        await first.wait_for(is_finished, timeout=20)
        waiting = await start_clone(discord_fake, alice, sample(), name="Alice")
        await confirm_consent(discord_fake, waiting, alice)
        await waiting.wait_for(lambda i: "queue" in (i.original or {}).get("content", ""))
        expire_every_token(discord_fake)  # while Alice waits for the limiter
        fake_inworld.enqueue(Fault.rpc(7, "API key has insufficient access level"))
        told = await discord_fake.wait_for_dm(
            alice, lambda m: "failed" in (m.get("content") or ""), timeout=20
        )
        # Her progress moved to a DM notice once Discord refused the token; it ends with why.
        progress = await discord_fake.wait_for_dm(alice)
    assert f"<@{alice}>" in told["content"] and "read-only" in told["content"]
    assert progress["content"].startswith(f"<@{alice}> your voice clone **Alice**: ❌")
    assert len(fake_inworld.voices) == 1  # Bob's


async def test_reply_hands_over_before_the_token_runs_out(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot(interaction_token_seconds=3):  # hand over with 1 s left
        interaction = await clone_held_at_inworld(discord_fake, fake_inworld, alice, hold=3.5)
        await interaction.wait_for(
            lambda i: "taking a while" in (i.original or {}).get("content", ""), timeout=10
        )
        notice = await discord_fake.wait_for_dm(alice, lambda m: "Cloning" in m["content"])
        await discord_fake.wait_for_dm(alice, has_the_voice(fake_inworld), timeout=10)
        await discord_fake.wait_for_channel_message(
            discord_fake.channel_id, lambda m: "is ready" in (m.get("content") or "")
        )
    # The progress notice ends with where the result went.
    assert "✅" in notice["content"] and "by DM" in notice["content"]
    assert webhook_statuses(discord_fake) == []
