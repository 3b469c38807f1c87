"""/clone-settings in the member's language, and the server's language (real discord.py, the
fake Discord): a Japanese or German moderator reads the settings and their changes in their
language; /clone-settings language sets the language of posts everyone reads, which
``CloneBot.guild_locale`` follows (else Discord's preferred locale of the server)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.storage import AuditAction
from tests.e2e.conftest import BotRunner
from tests.e2e.helpers import content_of, is_finished, member, moderator
from tests.e2e.test_settings_permissions import grant_command
from tests.fakes.discord_server import FakeDiscord, MessageFlags


async def configure(
    fake: FakeDiscord, user_id: int, subcommand: str, *, locale: str, **options: Any
) -> str:
    """/clone-settings <subcommand> from a member whose Discord is in ``locale``."""
    interaction = await fake.send_slash_command(
        "clone-settings", options, subcommand=subcommand, user_id=user_id, locale=locale
    )
    await interaction.wait_for(
        lambda i: i.original is not None and not i.original["flags"] & MessageFlags.LOADING,
        timeout=10,
    )
    return content_of(interaction)


async def test_a_japanese_moderator_reads_the_settings_in_japanese(
    discord_fake: FakeDiscord, run_bot: BotRunner
) -> None:
    mod = moderator(discord_fake)
    async with run_bot():
        shown = await configure(discord_fake, mod, "show", locale="ja")
        changed = await configure(
            discord_fake, mod, "limits", locale="ja", cooldown_seconds=3720, member_daily=5
        )
        english = await configure(discord_fake, mod, "show", locale="en-US")
    assert "音声クローンの設定" in shown and "ロール: 全員" in shown
    assert "サーバーの言語: Discordのサーバー言語（English）" in shown
    assert "私は、これらの録音の声が私自身のものである" in shown  # the default statement
    assert "Cooldown" not in shown and "Voice clone settings" not in shown
    assert changed.startswith("✅ 設定を更新しました。")
    assert "メンバーごとのクールダウン: 1時間2分" in changed and "5件 / 24時間" in changed
    assert "Cooldown per member: 1 h 2 min\nPer member: 5 requests / 24 h" in english
    assert "Server language: Discord's server language (English)" in english


async def test_a_german_member_reads_changes_and_refusals_in_german(
    discord_fake: FakeDiscord, run_bot: BotRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    helpers = int(discord_fake.add_role("Settings helpers")["id"])
    mod, helper = moderator(discord_fake), member(discord_fake, "helper", roles=(helpers,))
    grant_command(monkeypatch, discord_fake, "clone-settings", helpers)
    async with run_bot():
        changed = await configure(discord_fake, mod, "approval", locale="de", required=False)
        refused = await configure(discord_fake, mod, "roles", locale="de", action="add")
        not_a_moderator = await configure(discord_fake, helper, "show", locale="de")
        no_change = await configure(discord_fake, helper, "block", locale="de", member=mod)
    assert changed.startswith("✅ Einstellungen aktualisiert.")
    assert "Einstellungen für Stimmklone" in changed and "Freigabe erforderlich: nein" in changed
    assert "Bitte wähle aus, was hinzugefügt oder entfernt werden soll." in refused
    assert "Nur die Moderatoren dieses Servers" in not_a_moderator
    assert "**Server verwalten**" in no_change and "es wurde nichts geändert" in no_change


async def test_the_server_language_is_chosen_audited_and_reset(
    discord_fake: FakeDiscord, run_bot: BotRunner
) -> None:
    discord_fake.guilds[discord_fake.guild_id].locale = "de"  # Discord's server language
    mod = moderator(discord_fake)
    guild = discord_fake.guild_id
    async with run_bot() as bot:
        assert await bot.guild_locale(guild) == "de"
        chosen = await configure(discord_fake, mod, "language", locale="en-US", language="ja")
        policy = await bot.desk.policy(guild)
        assert policy.locale == "ja" and await bot.guild_locale(guild) == "ja"
        in_japanese = await configure(discord_fake, mod, "show", locale="ja")
        reset = await configure(discord_fake, mod, "language", locale="en-US", language="discord")
        assert (await bot.desk.policy(guild)).locale is None
        assert await bot.guild_locale(guild) == "de"
        events = await bot.store.audit_events(guild)
    assert "✅ Settings updated." in chosen and "Server language: 日本語" in chosen
    assert "サーバーの言語: 日本語" in in_japanese
    assert "Server language: Discord's server language (Deutsch)" in reset
    changes = [e.detail for e in events if e.action == AuditAction.POLICY_CHANGED.value]
    assert {"locale": "ja"} in changes and {"locale": None} in changes
    assert {e.actor_id for e in events if e.action == AuditAction.POLICY_CHANGED.value} == {mod}


async def test_a_blocked_japanese_member_is_refused_in_japanese(
    discord_fake: FakeDiscord, run_bot: BotRunner
) -> None:
    mod, alice = moderator(discord_fake), member(discord_fake)
    async with run_bot():
        await configure(discord_fake, mod, "block", locale="en-US", member=alice)
        attachment = discord_fake.add_attachment("v.ogg", b"never downloaded")
        interaction = await discord_fake.send_slash_command(
            "clone", {"name": "A"}, user_id=alice, attachments={"sample": attachment}, locale="ja"
        )
        await interaction.wait_for(is_finished, timeout=10)
    assert "このサーバーでは、あなたは音声をクローンできません。" in content_of(interaction)
    assert discord_fake.downloads[int(attachment["id"])] == 0
