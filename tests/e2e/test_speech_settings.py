"""/clone-settings speech end to end (real discord.py against the fake Discord): moderators set
who may speak, where, read-aloud, server voices and the characters per day; every change is
audited; members without Manage Server change nothing; the overview shows it all."""

from __future__ import annotations

from typing import Any

import pytest

from bot.storage import AuditAction
from tests.e2e.conftest import BotRunner
from tests.e2e.helpers import configure, member, moderator
from tests.e2e.test_settings_permissions import grant_command
from tests.fakes.discord_server import FakeDiscord


def speech_option(fake: FakeDiscord, name: str) -> dict[str, Any]:
    """The synced definition of one option of /clone-settings speech (what Discord enforces)."""
    for commands in fake.synced_commands.values():
        for command in commands:
            if command["name"] != "clone-settings":
                continue
            for sub in command.get("options") or []:
                if sub["name"] == "speech":
                    options: dict[str, dict[str, Any]] = {
                        o["name"]: o for o in sub.get("options") or []
                    }
                    return options[name]
    raise LookupError("/clone-settings speech was not synced")


async def test_moderators_set_the_speech_rules(
    discord_fake: FakeDiscord, run_bot: BotRunner
) -> None:
    mod = moderator(discord_fake)
    speakers = int(discord_fake.add_role("Speakers")["id"])
    lounge = discord_fake.add_voice_channel("Lounge")
    stage = discord_fake.add_voice_channel("Other voice")
    tts = int(discord_fake.add_channel("tts")["id"])
    async with run_bot() as bot:
        text = await configure(discord_fake, mod, "speech")
        assert "Nothing to change; current settings:" in text
        assert "Speech settings" in text and "Speaking: on\n" in text
        assert "Who: every member (moderators always)" in text
        assert "Voice channels: any\nText channels: any\n" in text
        assert "Members speak with: their own and the server voices" in text
        assert "Read-aloud: not available on this bot (READ_ALOUD_ENABLED is off)" in text
        assert "Per member: 5,000 characters / 24 h (the bot's default)" in text
        assert "Per server: 50,000 characters / 24 h (the bot's default)" in text

        text = await configure(
            discord_fake,
            mod,
            "speech",
            add_role=speakers,
            add_voice_channel=lounge,
            add_text_channel=tts,
            read_aloud=True,
            server_voices=False,
            member_daily_chars=1200,
            server_daily_chars=0,
        )
        assert "✅ Settings updated." in text
        assert f"Who: <@&{speakers}> (moderators always)" in text
        assert f"Voice channels: <#{lounge}>\nText channels: <#{tts}>\n" in text
        assert "Members speak with: their own\n" in text
        assert "Per member: 1,200 characters / 24 h\n" in text
        assert "Per server: unlimited" in text and "bot's default" not in text
        # A voice channel's own chat may be a text channel of the list too.
        text = await configure(discord_fake, mod, "speech", add_text_channel=stage)
        assert f"Text channels: <#{tts}>, <#{stage}>\n" in text
        text = await configure(
            discord_fake, mod, "speech", add_voice_channel=stage, remove_text_channel=tts
        )
        assert f"Voice channels: <#{lounge}>, <#{stage}>\nText channels: <#{stage}>\n" in text

        policy = await bot.desk.policy(discord_fake.guild_id)
        assert policy.speech_role_ids == [speakers] and policy.read_aloud_allowed
        assert policy.speech_voice_channel_ids == [lounge, stage]
        assert (policy.speech_member_daily_chars, policy.speech_guild_daily_chars) == (1200, 0)

        shown = await configure(discord_fake, mod, "show")
        assert f"Speaking with cloned voices: Speaking: on\nWho: <@&{speakers}>" in shown

        text = await configure(
            discord_fake,
            mod,
            "speech",
            remove_role=speakers,
            clear="voice_channels",
            reset_daily_chars=True,
            enabled=False,
        )
        assert "Speaking: off\nWho: every member" in text
        assert "Voice channels: any\n" in text
        assert "Per member: 5,000 characters / 24 h (the bot's default)" in text
        events = await bot.store.audit_events(discord_fake.guild_id)
    changes = [e.detail for e in events if e.action == AuditAction.POLICY_CHANGED.value]
    assert {
        "speech_role_ids": f"add {speakers}",
        "speech_voice_channel_ids": f"add {lounge}",
        "speech_text_channel_ids": f"add {tts}",
        "read_aloud_allowed": True,
        "speech_server_voices": False,
        "speech_member_daily_chars": 1200,
        "speech_guild_daily_chars": 0,
    } in changes
    assert {
        "speech_role_ids": f"remove {speakers}",
        "speech_voice_channel_ids": "clear",
        "speech_enabled": False,
        "speech_member_daily_chars": None,
        "speech_guild_daily_chars": None,
    } in changes
    assert {e.actor_id for e in events if e.action == AuditAction.POLICY_CHANGED.value} == {mod}


async def test_read_aloud_shows_as_allowed_when_the_bot_has_it(
    discord_fake: FakeDiscord, run_bot: BotRunner
) -> None:
    mod = moderator(discord_fake)
    async with run_bot(read_aloud_enabled=True, speech_member_daily_chars=0):
        text = await configure(discord_fake, mod, "speech")
        assert "Read-aloud: not allowed\n" in text
        assert "Per member: unlimited (the bot's default)" in text
        text = await configure(discord_fake, mod, "speech", read_aloud=True)
        assert "Read-aloud: allowed\n" in text


async def test_speech_settings_refusals(
    discord_fake: FakeDiscord, run_bot: BotRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    mod = moderator(discord_fake)
    role = int(discord_fake.add_role("Speakers")["id"])
    helpers = int(discord_fake.add_role("Settings helpers")["id"])  # no permissions at all
    alice = member(discord_fake, roles=(helpers,))
    # The server lets the helpers run /clone-settings (its Integrations page).
    grant_command(monkeypatch, discord_fake, "clone-settings", helpers)
    lounge = discord_fake.add_voice_channel("Lounge")
    async with run_bot() as bot:
        # Only Manage Server changes (or reads) them.
        for options in ({"enabled": False}, {"add_role": helpers}, {}):
            text = await configure(discord_fake, alice, "speech", **options)
            assert "Manage Server" in text and "nothing was changed" in text
            assert "Speaking:" not in text
        # One edit per list and command; setting and resetting the daily characters at once.
        text = await configure(discord_fake, mod, "speech", add_role=role, remove_role=role)
        assert "one list entry at a time" in text and "nothing was changed" in text
        text = await configure(discord_fake, mod, "speech", add_role=role, clear="roles")
        assert "one list entry at a time" in text
        text = await configure(
            discord_fake, mod, "speech", member_daily_chars=5, reset_daily_chars=True
        )
        assert "either set the characters per day or reset them" in text
        # A text channel is no voice channel (Discord's picker offers only voice and stage).
        text = await configure(
            discord_fake, mod, "speech", add_voice_channel=discord_fake.channel_id
        )
        assert "That value is not valid" in text
        policy = await bot.desk.policy(discord_fake.guild_id)
        events = await bot.store.audit_events(discord_fake.guild_id)
        assert policy.speech_enabled and policy.speech_role_ids == []
        assert policy.speech_voice_channel_ids == [] and policy.speech_member_daily_chars is None
        assert not [e for e in events if e.action == AuditAction.POLICY_CHANGED.value]
        # What Discord itself enforces, as synced: channel kinds and ranges.
        assert sorted(speech_option(discord_fake, "add_voice_channel")["channel_types"]) == [2, 13]
        assert sorted(speech_option(discord_fake, "add_text_channel")["channel_types"]) == [
            0,
            2,
            5,
            13,
        ]
        for name in ("member_daily_chars", "server_daily_chars"):
            option = speech_option(discord_fake, name)
            assert (option["min_value"], option["max_value"]) == (0, 1_000_000)
            assert option["description"]
        text = await configure(discord_fake, mod, "speech", add_voice_channel=lounge)
        assert f"Voice channels: <#{lounge}>" in text
