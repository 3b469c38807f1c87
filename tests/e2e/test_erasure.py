"""Erasing a member's data takes the bot's posts about them off Discord, end to end through
real discord.py and the fake Discord: results (interaction follow-ups, channel messages,
DMs), notices and the reply to /clone are deleted, the review post too, the member's audit
posts are redacted to what the database keeps, other members' posts stay; a decision takes
the member's audio off the review post; a refused deletion becomes a redaction; a Discord
outage and a restart delay the takedown but never skip it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import update

from bot.i18n import SOURCE, tr
from bot.storage import CloneStore, Database, OutboxMessage, utcnow
from tests.e2e.conftest import BotRunner
from tests.e2e.helpers import (
    configure,
    confirm_consent,
    content_of,
    member,
    moderator,
    start_clone,
)
from tests.e2e.test_moderation import button_id, embed_text, enable_approval, sample
from tests.e2e.test_voices import clone, press, voices
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.inworld_server import FakeInworld, Fault

REMOVED = tr(SOURCE, "moderation-post-removed")

JSON = dict[str, Any]
MESSAGE_PATH = r"/channels/\d+/messages/\d+"


def text_of(message: JSON) -> str:
    """Everything a post shows: content, embeds, attachment names."""
    names = " ".join(a.get("filename", "") for a in message.get("attachments") or [])
    return f"{embed_text(message)}\n{names}"


def about(message: JSON, *clues: str) -> bool:
    shown = text_of(message)
    return any(clue in shown for clue in clues)


def deleted(fake: FakeDiscord, message_id: str) -> bool:
    return any(m["id"] == message_id for m in fake.deleted_messages)


def audit_posts(fake: FakeDiscord) -> list[JSON]:
    return list(fake.channel_messages[fake.audit_channel_id])


async def erase_my_data(fake: FakeDiscord, user_id: int) -> None:
    ask = await voices(fake, "erase-my-data", user_id)
    await press(fake, ask, "Erase everything", user_id)
    await ask.wait_for(lambda i: "Done" in content_of(i), timeout=20)


async def test_erasure_removes_the_public_result_and_redacts_the_audit(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    """A public server: the result went to the /clone interaction (a follow-up) and the
    reply names the voice; both go, her audit posts keep only what the database keeps, and
    Bob's posts are untouched."""
    fake = discord_fake
    mod, alice, bob = moderator(fake), member(fake), member(fake, "bob")
    async with run_bot(guild_ephemeral_replies=False, guild_cooldown_seconds=0):
        await configure(fake, mod, "audit-channel", channel=fake.audit_channel_id)
        voice_id = await clone(fake, fake_inworld, alice, "Alicevoice")
        await clone(fake, fake_inworld, bob, "Bobvoice")
        clues = ("Alicevoice", voice_id, f"<@{alice}>")
        (reply,) = [i for i in fake.interactions if i.name == "/clone" and i.user_id == alice]
        theirs = [reply.original or {}, *reply.followups]
        assert any(m.get("attachments") for m in theirs)  # the result, with her audio
        assert all(about(m, *clues) for m in theirs)
        await fake.wait_until_bot_sees(
            lambda: sum(about(m, *clues) for m in audit_posts(fake)) >= 3
        )
        bobs = {m["id"]: text_of(m) for m in audit_posts(fake) if about(m, "Bobvoice")}
        assert bobs

        await erase_my_data(fake, alice)

        await fake.wait_until_bot_sees(lambda: all(deleted(fake, m["id"]) for m in theirs))
        await fake.wait_until_bot_sees(lambda: not any(about(m, *clues) for m in audit_posts(fake)))
        assert {m["id"]: text_of(m) for m in audit_posts(fake) if m["id"] in bobs} == bobs
        redacted = [m for m in audit_posts(fake) if "Erased: True" in text_of(m)]
        assert any("Cloned" in text_of(m) for m in redacted)
        assert any("Warnings: 0" in text_of(m) for m in redacted)  # a fact about the work


async def test_erasure_removes_the_review_post_dms_and_notices(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    """A private server with review: the approval takes her audio off the review post at
    once; the result came by DM with a notice in the channel; erasing deletes the review
    post, the DM and the notice, and her audit posts keep the moderator who approved."""
    fake = discord_fake
    mod, alice = moderator(fake), member(fake)
    async with run_bot():
        await enable_approval(fake, mod)
        interaction = await start_clone(fake, alice, sample(), name="Alicevoice")
        await confirm_consent(fake, interaction, alice)
        review = await fake.wait_for_channel_message(fake.review_channel_id)
        assert review["attachments"] and review["files"][0].filename.endswith(".wav")
        click = await fake.click_button(review, button_id(review, "review:approve"), user_id=mod)
        await click.wait_for_callback()

        def with_the_voice(message: JSON) -> bool:
            return any(v in embed_text(message) for v in fake_inworld.voices)

        dm = await fake.wait_for_dm(alice, with_the_voice, timeout=30)
        (voice_id,) = fake_inworld.voices
        notice = await fake.wait_for_channel_message(
            fake.channel_id, lambda m: f"<@{alice}>" in (m.get("content") or "")
        )
        await fake.wait_until_bot_sees(lambda: voice_id in fake.message(review["id"])["content"])
        assert fake.message(review["id"])["attachments"] == []  # the decision took the audio
        clues = ("Alicevoice", voice_id, f"<@{alice}>")
        await fake.wait_until_bot_sees(lambda: any(about(m, *clues) for m in audit_posts(fake)))

        await erase_my_data(fake, alice)

        posts = (review, dm, notice)
        await fake.wait_until_bot_sees(lambda: all(deleted(fake, m["id"]) for m in posts))
        await fake.wait_until_bot_sees(lambda: not any(about(m, *clues) for m in audit_posts(fake)))
        approved = [m for m in audit_posts(fake) if "Approved" in text_of(m)]
        assert approved and all(f"<@{mod}>" in text_of(m) for m in approved)


@pytest.mark.parametrize("decision", ["approve", "reject", "expire"])
async def test_a_decision_takes_the_members_audio_off_the_review_post(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner, decision: str
) -> None:
    """At once (an approved request's clone call is held meanwhile); erasing then deletes
    the review post and what the member was told."""
    fake = discord_fake
    fake_inworld.enqueue(Fault.late_create("hang"))
    mod, alice = moderator(fake), member(fake)
    expiring = {"approval_timeout_hours": 0.5 / 3600, "expiry_check_seconds": 0.2}
    async with run_bot(**(expiring if decision == "expire" else {})) as bot:
        await enable_approval(fake, mod)
        interaction = await start_clone(fake, alice, sample(), name="Alicevoice")
        await confirm_consent(fake, interaction, alice)
        review = await fake.wait_for_channel_message(fake.review_channel_id)
        assert review["attachments"]
        if decision != "expire":
            button = button_id(review, f"review:{decision}")
            callback = await (
                await fake.click_button(review, button, user_id=mod)
            ).wait_for_callback()
        if decision == "approve":
            await fake_inworld.wait_for_requests(1, timeout=30, clone_only=True)
        if decision == "reject":
            modal = callback.data["custom_id"]
            await fake.submit_modal(modal, {"reason": "Not yours"}, user_id=mod, message=review)
        line = {"approve": "Approved", "reject": "Rejected", "expire": "Expired"}[decision]
        await fake.wait_until_bot_sees(lambda: line in fake.message(review["id"])["content"])
        await fake.wait_until_bot_sees(lambda: fake.message(review["id"])["attachments"] == [])
        assert not fake.message(review["id"])["components"]
        if decision == "approve":
            assert not fake_inworld.voices  # still being cloned
            # Its own outbox message (progress lines on the post are best effort).
            updates = [m for m in await bot.store.outbox_messages() if m.kind == "review_update"]
            assert ["Approved" in m.payload["line"] for m in updates] == [True]
            (voice_id,) = fake_inworld.finish_late_creates()
            told = await fake.wait_for_dm(alice, lambda m: voice_id in embed_text(m), timeout=30)
        else:  # the notice, by DM in a private server
            told = await fake.wait_for_dm(alice, lambda m: line.lower() in m["content"])

        await erase_my_data(fake, alice)

        await fake.wait_until_bot_sees(lambda: deleted(fake, review["id"]))
        await fake.wait_until_bot_sees(lambda: deleted(fake, told["id"]))


async def test_erasure_after_a_rename_forgets_the_old_name(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    fake = discord_fake
    mod, alice = moderator(fake), member(fake)
    async with run_bot() as bot:
        await configure(fake, mod, "audit-channel", channel=fake.audit_channel_id)
        voice_id = await clone(fake, fake_inworld, alice, "Oldname")
        await voices(fake, "rename", alice, voice=voice_id, name="Newname")
        await fake.wait_until_bot_sees(
            lambda: any("Previous: Oldname" in text_of(m) for m in audit_posts(fake))
        )

        await erase_my_data(fake, alice)

        events = await bot.store.audit_events(fake.guild_id, limit=200)
        assert any(e.action == "renamed" for e in events)
        stored = str([e.detail for e in events])
        assert "Oldname" not in stored and "Newname" not in stored
        await fake.wait_until_bot_sees(
            lambda: not any(about(m, "Oldname", "Newname") for m in audit_posts(fake))
        )


async def test_a_refused_deletion_is_redacted_and_an_outage_waits_for_the_next_start(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    """Discord refuses to delete one post (403): it is blanked out instead. Another delete
    meets an outage (503) and the bot stops before its next try: the next start deletes it."""
    fake = discord_fake
    alice = member(fake)
    async with run_bot(guild_ephemeral_replies=False) as bot:
        await clone(fake, fake_inworld, alice, "Alicevoice")
        (reply,) = [i for i in fake.interactions if i.name == "/clone"]
        posts = [reply.original or {}, *reply.followups]
        assert len(posts) == 2
        refused = {"message": "Missing Permissions", "code": 50013}
        fake.inject_error("DELETE", MESSAGE_PATH, status=403, body=refused)
        unavailable = {"message": "Service Unavailable", "code": 0}
        fake.inject_error("DELETE", MESSAGE_PATH, status=503, body=unavailable)
        await erase_my_data(fake, alice)
        await fake.wait_until_bot_sees(lambda: any(m["content"] == REMOVED for m in posts))
        await fake.wait_until_bot_sees(lambda: len(delete_attempts(fake)) >= 2)
        database_url = str(bot.settings.database_url)
    blanked = [m for m in posts if not deleted(fake, m["id"])]
    assert len(blanked) == 2
    (waiting,) = [m for m in blanked if m["content"] != REMOVED]
    assert about(waiting, "Alicevoice")
    assert fake.message(waiting["id"]) is waiting  # still there across the stop
    await due_now(database_url)

    async with run_bot(guild_ephemeral_replies=False):
        await fake.wait_until_bot_sees(lambda: deleted(fake, waiting["id"]), timeout=15)
    (gone,) = [m for m in blanked if m["content"] == REMOVED]
    assert gone["embeds"] == [] and gone["attachments"] == []


def delete_attempts(fake: FakeDiscord) -> list[Any]:
    return [r for r in fake.requests if r.method == "DELETE" and "/messages/" in r.path]


async def due_now(database_url: str) -> None:
    """As if the outbox's backoff had passed while the bot was stopped."""
    database = Database(database_url)
    await database.connect()
    try:
        store = CloneStore(database)
        async with store.database.session() as session, session.begin():
            await session.execute(update(OutboxMessage).values(due_at=utcnow()))
    finally:
        await database.close()
