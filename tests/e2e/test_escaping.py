"""Text the bot did not write reaches Discord inert in every post (real discord.py, the fake
Discord and Inworld): names, descriptions, tags, transcriptions and the API's echo of them,
consent statements, preview sentences and reasons moderators typed. Each post must show the
words, never as a masked link, a mention, emphasis, a header or a quote."""

from __future__ import annotations

from typing import Any

from tests.audio import fixtures
from tests.e2e.conftest import BotRunner
from tests.e2e.helpers import (
    buttons,
    configure,
    confirm_consent,
    content_of,
    member,
    moderator,
    run_clone,
    start_clone,
)
from tests.e2e.inert import (
    HOSTILE_LINES,
    assert_inert,
    hostile,
    hostile_name,
    hostile_tags,
    message_text,
)
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.inworld_server import FakeInworld


def sample() -> dict[str, tuple[str, bytes]]:
    voice = fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice").read_bytes()
    return {"sample": ("voice-message.ogg", voice)}


def button_id(message: dict[str, Any], prefix: str) -> str:
    return next(str(b["custom_id"]) for b in buttons(message) if b["custom_id"].startswith(prefix))


def hostile_role(fake: FakeDiscord) -> int:
    """A real role id, so ``<@&id>`` would be a real mention if it formed."""
    return int(fake.add_role("Everyone important")["id"])


async def test_review_post_rejection_notice_and_audit_are_inert(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    role = hostile_role(discord_fake)
    text = hostile(role)
    mod, alice = moderator(discord_fake), member(discord_fake)
    async with run_bot():
        review_channel, audit_channel = (
            discord_fake.review_channel_id,
            discord_fake.audit_channel_id,
        )
        await configure(discord_fake, mod, "approval", required=True, review_channel=review_channel)
        await configure(discord_fake, mod, "audit-channel", channel=audit_channel)
        # Moderators' wording: the statement members confirm, shown back in the settings.
        assert_inert(await configure(discord_fake, mod, "consent", text=text), role)

        prompt = await start_clone(
            discord_fake,
            alice,
            sample(),
            name=hostile_name(role),
            description=text,
            tags=hostile_tags(role),
        )
        assert_inert(content_of(prompt), role)  # the consent prompt: name and statement
        await confirm_consent(discord_fake, prompt, alice)
        await prompt.wait_for(lambda i: "moderators" in ((i.original or {}).get("content") or ""))
        review = await discord_fake.wait_for_channel_message(review_channel)
        assert_inert(message_text(review), role)  # name, description, tags, statement
        assert "Description" in message_text(review) and "Tags" in message_text(review)

        click = await discord_fake.click_button(
            review, button_id(review, "review:reject"), user_id=mod
        )
        modal = (await click.wait_for_callback()).data["custom_id"]
        await discord_fake.submit_modal(
            modal, {"reason": text + HOSTILE_LINES}, user_id=mod, message=review
        )
        notice = await discord_fake.wait_for_dm(
            alice, lambda m: "rejected" in (m.get("content") or "")
        )
        edited = await discord_fake.wait_for_channel_message(
            review_channel, lambda m: "Rejected by" in (m.get("content") or "")
        )
        audit = await discord_fake.wait_for_channel_message(
            audit_channel, lambda m: "Rejected" in message_text(m)
        )
        posts = list(discord_fake.channel_messages[audit_channel])
    assert_inert(notice["content"], role)
    assert_inert(edited["content"], role)
    assert_inert(message_text(audit), role)
    for post in posts:  # requested, consented (with the statement), policy changes...
        assert_inert(message_text(post), role, shows="")


async def test_result_and_voice_details_are_inert(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    role = hostile_role(discord_fake)
    text = hostile(role)
    mod, alice = moderator(discord_fake), member(discord_fake)
    # The API's warnings may quote what it was sent; its transcription echoes the member's.
    fake_inworld.extra_warnings = [text]
    async with run_bot():
        assert_inert(await configure(discord_fake, mod, "previews", text=text), role)
        done = await run_clone(
            discord_fake, alice, sample(), name=hostile_name(role), transcription=text
        )
        result = content_of(done)
        assert "Heard" in result and "🔊 Preview" in result
        assert_inert(result, role)  # name, warnings, transcription, preview sentence

        voice_id = next(iter(fake_inworld.voices))
        details = await discord_fake.send_slash_command(
            "voices", {"voice": voice_id}, subcommand="info", user_id=alice
        )
        await details.wait_for(lambda i: bool((i.original or {}).get("embeds")))
        # /voices preview says the member's own sentence back.
        spoken = await discord_fake.send_slash_command(
            "voices", {"voice": voice_id, "text": text}, subcommand="preview", user_id=alice
        )
        await spoken.wait_for(lambda i: "says" in ((i.original or {}).get("content") or ""))
    assert_inert(content_of(details), role, shows="ok")
    assert_inert(content_of(spoken), role)


async def test_sentence_with_a_hostile_member_name_is_inert(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    role = hostile_role(discord_fake)
    mod = moderator(discord_fake)
    payload = discord_fake.add_member(
        name="alice", roles=[discord_fake.member_role_id], nick=hostile_name(role)
    )
    alice = int(payload["user"]["id"])
    async with run_bot():
        await configure(discord_fake, mod, "verification", mode="on")
        recording = discord_fake.add_attachment("voice-message.ogg", sample()["sample"][1])
        asked = await discord_fake.send_slash_command(
            "clone",
            {"name": hostile_name(role)},
            user_id=alice,
            attachments={"sample": recording},
        )
        await asked.wait_for(lambda i: "Read this sentence" in content_of(i))
    assert_inert(content_of(asked), role, shows="ok")
