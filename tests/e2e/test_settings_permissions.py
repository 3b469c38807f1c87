"""/clone-settings checks Manage Server itself (real discord.py, the fake Discord): a server
may grant the whole command to a role (Discord's command permissions apply to the group), and
such a role must not be able to change what moderators set."""

from __future__ import annotations

from typing import Any

import pytest

from bot.storage import AuditAction
from cogs.clone_settings import CloneSettings
from tests.e2e.conftest import BotRunner
from tests.e2e.helpers import configure, member, moderator
from tests.fakes.discord_server import FakeDiscord, FakeGuild


def grant_command(
    monkeypatch: pytest.MonkeyPatch, fake: FakeDiscord, name: str, role_id: int
) -> None:
    """What a server's Integrations page does: members with ``role_id`` may use ``name``
    whatever its default permission (the fake itself knows only the default)."""
    check = fake._check_can_use

    def can_use(command: dict[str, Any], guild: FakeGuild | None, user_id: int) -> None:
        roles = guild.members.get(user_id, {}).get("roles", []) if guild is not None else []
        if command["name"] == name and str(role_id) in roles:
            return
        check(command, guild, user_id)

    monkeypatch.setattr(fake, "_check_can_use", can_use)


#: Every subcommand that changes something, with a change it would make.
CHANGES: list[tuple[str, dict[str, Any]]] = [
    ("approval", {"required": False}),
    ("verification", {"mode": "on"}),
    ("roles", {"action": "add", "role": "HELPERS", "kind": "moderator"}),
    ("audit-channel", {}),
    ("limits", {"cooldown_seconds": 0, "member_daily": 0}),
    ("defaults", {"ephemeral": False}),
    ("channels", {"action": "add", "channel": "GENERAL"}),
    ("block", {"member": "MOD"}),
    ("unblock", {"member": "MOD"}),
    ("consent", {"text": "I agree to whatever the helpers say today."}),
    ("previews", {"enabled": False, "open_to_members": True}),
    ("speech", {"enabled": False, "add_role": "HELPERS", "read_aloud": True}),
    ("language", {"language": "ja"}),
]


def test_every_changing_subcommand_is_covered() -> None:
    changing = {c.name for c in CloneSettings.__cog_app_commands__} - {"show"}
    assert changing == {name for name, _ in CHANGES}


async def test_a_role_granted_the_command_cannot_change_settings(
    discord_fake: FakeDiscord, run_bot: BotRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    helpers = int(discord_fake.add_role("Settings helpers")["id"])  # no permissions at all
    helper = member(discord_fake, "helper", roles=(helpers,))
    mod = moderator(discord_fake)
    grant_command(monkeypatch, discord_fake, "clone-settings", helpers)
    values = {"HELPERS": helpers, "GENERAL": discord_fake.channel_id, "MOD": mod}
    async with run_bot() as bot:
        review = discord_fake.review_channel_id
        await configure(discord_fake, mod, "approval", required=True, review_channel=review)
        await configure(discord_fake, mod, "audit-channel", channel=discord_fake.audit_channel_id)
        before = await bot.desk.policy(discord_fake.guild_id)
        for subcommand, options in CHANGES:
            options = {k: values.get(v, v) for k, v in options.items()}
            text = await configure(discord_fake, helper, subcommand, **options)
            assert "Manage Server" in text and "nothing was changed" in text, subcommand
        after = await bot.desk.policy(discord_fake.guild_id)
        events = await bot.store.audit_events(discord_fake.guild_id)
    assert after.approval_required and after.verification == before.verification == "off"
    assert after.moderator_role_ids == [] and after.audit_channel_id is not None
    assert after.blocked_user_ids == [] and after.consent_text is None and after.locale is None
    changed_by = {e.actor_id for e in events if e.action == AuditAction.POLICY_CHANGED.value}
    assert changed_by == {mod}


async def test_show_is_for_moderators_and_a_moderator_role_changes_nothing(
    discord_fake: FakeDiscord, run_bot: BotRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    helpers = int(discord_fake.add_role("Settings helpers")["id"])
    helper = member(discord_fake, "helper", roles=(helpers,))
    mod = moderator(discord_fake)
    grant_command(monkeypatch, discord_fake, "clone-settings", helpers)
    async with run_bot() as bot:
        # The blocked list and the moderator roles are moderators' business.
        assert "Only this server's moderators" in await configure(discord_fake, helper, "show")
        await configure(discord_fake, mod, "roles", action="add", role=helpers, kind="moderator")
        assert "Voice clone settings" in await configure(discord_fake, helper, "show")
        # A moderator role approves and rejects; it does not administer the bot.
        text = await configure(discord_fake, helper, "roles", action="clear", kind="moderator")
        assert "Manage Server" in text
        policy = await bot.desk.policy(discord_fake.guild_id)
    assert policy.moderator_role_ids == [helpers]
