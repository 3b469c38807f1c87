"""Moderation in each reader's language, end to end through real discord.py: the review and
audit posts in the server's (here Discord's Japanese), the reject modal and the answers to a
moderator in that moderator's, the member's notice in the server's (a request stores no
language of its member)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from bot.i18n import tr
from tests.e2e.helpers import buttons, content_of, member, moderator
from tests.e2e.test_moderation import button_id, embed_text, enable_approval, sample
from tests.fakes.discord_server import FakeDiscord, FakeInteraction
from tests.fakes.inworld_server import FakeInworld


def modal_texts(component: dict[str, Any]) -> Iterator[str]:
    """Every label, placeholder and description of a modal's components, however nested."""
    for key in ("label", "placeholder", "description"):
        if component.get(key):
            yield str(component[key])
    for child in [*(component.get("components") or []), component.get("component") or {}]:
        if child:
            yield from modal_texts(child)


async def clone_in(fake: FakeDiscord, user_id: int, locale: str) -> FakeInteraction:
    """/clone by a member whose Discord is in ``locale``, up to their confirmation."""
    name, data = sample()["sample"]
    attachment = fake.add_attachment(name, data)
    interaction = await fake.send_slash_command(
        "clone", {"name": "Alice"}, user_id=user_id, attachments={"sample": attachment}
    )
    await interaction.wait_for(lambda i: bool(buttons(i.original or {})), timeout=30)
    prompt = interaction.original or {}
    click = await fake.click_button(
        prompt, button_id(prompt, "consent:yes"), user_id=user_id, locale=locale
    )
    await click.wait_for_callback()
    return interaction


async def test_a_japanese_server_a_german_moderator_and_a_brazilian_member(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    discord_fake.guilds[discord_fake.guild_id].locale = "ja"
    mod, alice = moderator(discord_fake), member(discord_fake)
    async with run_bot(guild_ephemeral_replies=True):
        await enable_approval(discord_fake, mod)
        await clone_in(discord_fake, alice, "pt-BR")

        # The review post is in the server's language.
        review = await discord_fake.wait_for_channel_message(discord_fake.review_channel_id)
        requested = tr(
            "ja", "clone-review-requested", user=str(alice), channel=str(discord_fake.channel_id)
        )
        assert requested in embed_text(review) and "Requested by" not in embed_text(review)

        # A German moderator presses Reject: the modal is in German.
        click = await discord_fake.click_button(
            review, button_id(review, "review:reject"), user_id=mod, locale="de"
        )
        modal = await click.wait_for_callback()
        assert modal.type == 9 and modal.data["title"] == "Klon-Anfrage ablehnen"
        shown = list(modal_texts(modal.data))
        assert "Grund (wird dem Mitglied angezeigt)" in shown
        assert any(text.startswith("z. B. Wir konnten nicht") for text in shown)
        submit = await discord_fake.submit_modal(
            modal.data["custom_id"],
            {"reason": "Nicht deine Stimme"},
            user_id=mod,
            message=review,
            locale="de",
        )
        await submit.wait_for(lambda i: "Abgelehnt;" in (i.original or {}).get("content", ""))
        assert content_of(submit) == "Abgelehnt; das Mitglied wurde benachrichtigt."

        # The member is told in the server's language (the guild is private: by DM).
        notice = await discord_fake.wait_for_dm(alice, lambda m: "却下" in (m.get("content") or ""))
        assert notice["content"] == (
            f"<@{alice}> 声のクローンリクエスト **Alice** はモデレーターによって却下されました。"
            "理由：Nicht deine Stimme"
        )
        # The review post and the audit post, for everyone: Japanese.
        await discord_fake.wait_until_bot_sees(
            lambda: "却下しました" in (discord_fake.message(int(review["id"]))["content"] or "")
        )
        line = discord_fake.message(int(review["id"]))["content"]
        assert line == f"❌ <@{mod}> が却下しました：Nicht deine Stimme"
        rejected = tr("ja", "clone-audit-rejected")
        audit = await discord_fake.wait_for_channel_message(
            discord_fake.audit_channel_id,
            lambda m: any(rejected in (e.get("title") or "") for e in m.get("embeds") or []),
        )
        assert "Rejected" not in embed_text(audit)
    assert fake_inworld.clone_requests == []


async def test_refusals_follow_the_pressing_members_language(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    discord_fake.guilds[discord_fake.guild_id].locale = "ja"
    mod, alice, bob = moderator(discord_fake), member(discord_fake), member(discord_fake, "bob")
    async with run_bot():
        await enable_approval(discord_fake, mod)
        await clone_in(discord_fake, alice, "pt-BR")
        review = await discord_fake.wait_for_channel_message(discord_fake.review_channel_id)
        for locale, refusal in [
            ("ko", "복제 요청은 모더레이터만 승인하거나 거절할 수 있습니다."),
            ("pt-BR", "Só moderadores podem aprovar ou recusar pedidos de clonagem."),
        ]:
            click = await discord_fake.click_button(
                review, button_id(review, "review:approve"), user_id=bob, locale=locale
            )
            await click.wait_for(lambda i: bool(i.followups) or i.callbacks[0].type == 4)
            assert f"❌ {refusal}" in content_of(click)

        # A moderator approving: the review post's line is in the server's language.
        click = await discord_fake.click_button(
            review, button_id(review, "review:approve"), user_id=mod, locale="de"
        )
        await click.wait_for(lambda i: bool(i.edits))
        queued = f"✅ <@{mod}> が承認しました：クローン作成の順番待ちです…"
        assert click.edits[0]["content"] == queued
        # Its progress on the review post, too.
        cloning = f"✅ <@{mod}> が承認しました：Inworld で声をクローン中…"
        await discord_fake.wait_until_bot_sees(
            lambda: cloning in review_lines(discord_fake, review), timeout=30
        )
        assert not any("Approved" in line for line in review_lines(discord_fake, review))


def review_lines(fake: FakeDiscord, review: dict[str, Any]) -> list[str]:
    """Every text the bot set the review post's content to."""
    path = f"/channels/{review['channel_id']}/messages/{review['id']}"
    return [
        str(r.body.get("content"))
        for r in fake.requests
        if r.method == "PATCH"
        and r.path == path
        and isinstance(r.body, dict)
        and r.body.get("content")
    ]


async def test_the_review_posts_buttons_are_in_the_servers_language(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    discord_fake.guilds[discord_fake.guild_id].locale = "ja"
    mod, alice = moderator(discord_fake), member(discord_fake)
    async with run_bot():
        await enable_approval(discord_fake, mod)
        await clone_in(discord_fake, alice, "pt-BR")
        review = await discord_fake.wait_for_channel_message(discord_fake.review_channel_id)
    assert [b.get("label") for b in buttons(review)] == ["承認", "却下"]
