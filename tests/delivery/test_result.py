"""Where an outcome goes, by the guild's privacy, when Discord refuses some routes."""

from __future__ import annotations

import discord

from bot.delivery import (
    Attachment,
    Destinations,
    Fault,
    Letter,
    RetryPolicy,
    Step,
    Where,
    build_report,
    result_headline,
    send_report,
)
from tests.delivery.helpers import ScriptedRoute

ALICE = 42
NO_WAIT = RetryPolicy(attempts=2, base_delay=0)
AUDIO = (Attachment("v-sample1.wav", b"RIFF"),)


def report(created: bool = True):
    headline = result_headline(ALICE, "Alice", created=created)
    embed = discord.Embed(title="Voice cloned", description="**Voice ID**\n```\nvoice-1\n```")
    return build_report(
        user_id=ALICE,
        headline=headline,
        embed=embed,
        attachments=AUDIO,
        created=created,
        reason="Sample 1: too noisy",
    )


def routes(**faults: Fault):
    made = {
        name: ScriptedRoute(name, always=faults.get(name))
        for name in ("interaction", "channel", "dm")
    }
    return made["interaction"], made["channel"], made["dm"]


def destinations(interaction, channel, dm, with_interaction: bool = True) -> Destinations:
    step = Step(interaction, Letter("", attachments=AUDIO)) if with_interaction else None
    return Destinations(channel=channel, dm=dm, interaction=step)


async def test_live_token_gets_the_result_on_the_interaction():
    interaction, channel, dm = routes()
    where = await send_report(
        report(), destinations(interaction, channel, dm), private=True, retry=NO_WAIT
    )
    assert where is Where.INTERACTION
    assert len(interaction.delivered) == 1 and not channel.attempts and not dm.attempts


async def test_public_guild_expired_token_goes_to_the_channel_with_a_mention():
    interaction, channel, dm = routes(interaction=Fault.EXPIRED)
    where = await send_report(
        report(), destinations(interaction, channel, dm), private=False, retry=NO_WAIT
    )
    assert where is Where.CHANNEL
    (letter,) = channel.delivered
    assert letter.mention == ALICE and f"<@{ALICE}>" in letter.content
    assert letter.attachments == AUDIO and letter.embed is not None


async def test_public_guild_channel_gone_falls_back_to_a_dm():
    interaction, channel, dm = routes(channel=Fault.GONE)
    where = await send_report(
        report(), destinations(interaction, channel, dm, False), private=False, retry=NO_WAIT
    )
    assert where is Where.DM and dm.delivered[0].attachments == AUDIO


async def test_private_guild_gets_a_dm_and_a_channel_notice_without_content():
    interaction, channel, dm = routes()
    where = await send_report(
        report(), destinations(interaction, channel, dm, False), private=True, retry=NO_WAIT
    )
    assert where is Where.DM
    assert dm.delivered[0].attachments == AUDIO and dm.delivered[0].embed is not None
    (notice,) = channel.delivered
    assert notice.attachments == () and notice.embed is None
    assert "by DM" in notice.content and "voice-1" not in notice.content


async def test_private_guild_with_dms_closed_points_to_voices():
    interaction, channel, dm = routes(interaction=Fault.EXPIRED, dm=Fault.DMS_CLOSED)
    where = await send_report(
        report(), destinations(interaction, channel, dm), private=True, retry=NO_WAIT
    )
    assert where is Where.NOTICE
    (notice,) = channel.delivered
    assert "/voices" in notice.content and notice.attachments == () and notice.embed is None


async def test_failed_clone_notice_without_dm_says_why():
    interaction, channel, dm = routes(dm=Fault.DMS_CLOSED)
    where = await send_report(
        report(created=False),
        destinations(interaction, channel, dm, False),
        private=True,
        retry=NO_WAIT,
    )
    assert where is Where.NOTICE
    assert "too noisy" in channel.delivered[0].content


async def test_nowhere_is_reported_not_raised():
    interaction, channel, dm = routes(
        interaction=Fault.EXPIRED, channel=Fault.GONE, dm=Fault.DMS_CLOSED
    )
    for private in (True, False):
        where = await send_report(
            report(), destinations(interaction, channel, dm), private=private, retry=NO_WAIT
        )
        assert where is Where.NOWHERE


def test_headline_says_approved_only_when_a_moderator_approved():
    assert "approved" not in result_headline(ALICE, "A", created=True, resumed=True)
    assert "resumed after a bot restart" in result_headline(ALICE, "A", created=True, resumed=True)
    assert "approved by a moderator" in result_headline(ALICE, "A", created=True, approved=True)
    assert "approved" not in result_headline(ALICE, "A", created=False)
    assert "was approved, but" in result_headline(ALICE, "A", created=False, approved=True)


def test_headline_escapes_the_name():
    text = result_headline(ALICE, "**x** [click](https://evil) @everyone", created=True)
    assert "\\[click" in text and "@\u200beveryone" in text
