"""Approve/Reject act only from the request's own review post, in its server (real discord.py,
the fake Discord): the buttons are keyed by the request id alone, so the same button on any
other message (another server's, or another message of this one) must change nothing."""

from __future__ import annotations

from typing import Any

from bot.i18n import SOURCE, tr
from bot.storage import CloneStatus
from tests.audio import fixtures
from tests.e2e.conftest import BotRunner
from tests.e2e.helpers import buttons, configure, confirm_consent, member, moderator, start_clone
from tests.fakes.discord_server import FakeDiscord, FakeInteraction
from tests.fakes.inworld_server import FakeInworld

NOT_ITS_REVIEW_POST = tr(SOURCE, "moderation-not-its-review-post")


def sample() -> dict[str, tuple[str, bytes]]:
    voice = fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice").read_bytes()
    return {"sample": ("voice-message.ogg", voice)}


def button_id(message: dict[str, Any], prefix: str) -> str:
    return next(str(b["custom_id"]) for b in buttons(message) if b["custom_id"].startswith(prefix))


def elsewhere(fake: FakeDiscord, review: dict[str, Any], channel_id: int) -> dict[str, Any]:
    """Another bot message in ``channel_id`` carrying the review post's buttons."""
    guild_id = next(g.id for g in fake.guilds.values() if channel_id in g.channels)
    return {
        **{k: v for k, v in review.items() if k != "files"},
        "id": str(fake._snowflake()),
        "channel_id": str(channel_id),
        "guild_id": str(guild_id),
    }


def said(interaction: FakeInteraction) -> str:
    messages = [interaction.original or {}, *interaction.followups]
    return "\n".join(m.get("content") or "" for m in messages)


async def refused(interaction: FakeInteraction) -> str:
    await interaction.wait_for(lambda i: "❌" in said(i))
    return said(interaction)


async def pending_review(fake: FakeDiscord, mod: int, alice: int) -> dict[str, Any]:
    review_channel = fake.review_channel_id
    await configure(fake, mod, "approval", required=True, review_channel=review_channel)
    interaction = await start_clone(fake, alice, sample(), name="Alice")
    await confirm_consent(fake, interaction, alice)
    return await fake.wait_for_channel_message(review_channel)


async def test_approve_and_reject_only_from_the_requests_review_post(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    other = discord_fake.add_guild("Another server")  # before the bot connects
    other_mod = int(
        discord_fake.add_member(
            name="other-mod", roles=[int(other.role_named("Moderator")["id"])], guild_id=other.id
        )["user"]["id"]
    )
    mod, alice = moderator(discord_fake), member(discord_fake)
    async with run_bot() as bot:
        review = await pending_review(discord_fake, mod, alice)
        approve, reject = button_id(review, "review:approve"), button_id(review, "review:reject")
        abroad = elsewhere(discord_fake, review, next(iter(other.channels)))
        copy = elsewhere(discord_fake, review, discord_fake.channel_id)

        # Approve: a moderator of another server there; this server's moderator elsewhere.
        for message, who in ((abroad, other_mod), (copy, mod)):
            click = await discord_fake.click_button(message, approve, user_id=who)
            assert NOT_ITS_REVIEW_POST in await refused(click)

        # Reject: the modal opens at once (no database read before it), its submission is
        # checked against the message it came from.
        for message, who in ((abroad, other_mod), (copy, mod)):
            click = await discord_fake.click_button(message, reject, user_id=who)
            modal = (await click.wait_for_callback()).data["custom_id"]
            submit = await discord_fake.submit_modal(
                modal, {"reason": "Not from here"}, user_id=who, message=message
            )
            assert NOT_ITS_REVIEW_POST in await refused(submit)

        record = await bot.store.get_record(1)
        assert record is not None and record.status is CloneStatus.PENDING_APPROVAL
        assert record.decided_by is None and record.decision_reason is None
        assert buttons(discord_fake.message(int(review["id"])))  # the post still waits

        # The request's own post still works.
        click = await discord_fake.click_button(review, approve, user_id=mod)
        await click.wait_for(lambda i: "Approved by" in ((i.original or {}).get("content") or ""))
        approved = await bot.store.get_record(1)
        assert approved is not None and approved.decided_by == mod
