"""/clone-settings list edits end to end (real discord.py, SQLite and PostgreSQL): two
moderators adding a role at the same time both keep their change, and are shown it saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.storage import AuditAction
from tests.e2e.conftest import BotRunner
from tests.e2e.helpers import configure, content_of, moderator
from tests.fakes.discord_server import FakeDiscord, FakeInteraction, MessageFlags
from tests.storage.held_commit import HeldPolicyCommit
from tests.storage.helpers import postgres_test_database


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'settings.sqlite3'}"
    else:
        with postgres_test_database() as url:
            yield url


def answered(interaction: FakeInteraction) -> bool:
    return interaction.original is not None and not interaction.original["flags"] & (
        MessageFlags.LOADING
    )


async def test_concurrent_role_adds_both_stay(
    discord_fake: FakeDiscord, run_bot: BotRunner, database_url: str
) -> None:
    mod_a, mod_b = moderator(discord_fake, "mod-a"), moderator(discord_fake, "mod-b")
    role_a, role_b = (int(discord_fake.add_role(name)["id"]) for name in ("Voices A", "Voices B"))
    async with run_bot(database_url=database_url) as bot:
        await configure(discord_fake, mod_a, "show")  # the policy row need not exist yet
        with HeldPolicyCommit(bot.store.database.engine) as hook:
            first = await discord_fake.send_slash_command(
                "clone-settings",
                {"action": "add", "role": role_a},
                subcommand="roles",
                user_id=mod_a,
            )
            await hook.held.wait()  # mod A's change is written and locked, not yet committed
            second = await discord_fake.send_slash_command(
                "clone-settings",
                {"action": "add", "role": role_b},
                subcommand="roles",
                user_id=mod_b,
            )
            await first.wait_for(answered, timeout=10)
            await second.wait_for(answered, timeout=10)
        shown = await configure(discord_fake, mod_a, "show")
        events = await bot.store.audit_events(discord_fake.guild_id)
    assert f"Roles: <@&{role_a}>, <@&{role_b}>\n" in shown
    # Each reply shows the list as saved by its own change.
    assert "Settings updated" in content_of(first)
    assert f"Roles: <@&{role_a}>\n" in content_of(first)
    assert f"Roles: <@&{role_a}>, <@&{role_b}>\n" in content_of(second)
    changes = [e.detail for e in events if e.action == AuditAction.POLICY_CHANGED.value]
    assert {"allowed_role_ids": f"add {role_b}"} in changes
    assert {"allowed_role_ids": f"add {role_a}"} in changes


async def test_list_subcommands(discord_fake: FakeDiscord, run_bot: BotRunner) -> None:
    mod = moderator(discord_fake)
    channel = int(discord_fake.add_channel("clones")["id"])
    async with run_bot():
        text = await configure(discord_fake, mod, "block", member=mod)
        assert f"Blocked: <@{mod}>" in text
        text = await configure(discord_fake, mod, "unblock", member=mod)
        assert "Blocked: nobody" in text
        text = await configure(discord_fake, mod, "channels", action="add", channel=channel)
        assert f"Channels: <#{channel}>" in text
        text = await configure(discord_fake, mod, "channels", action="clear")
        assert "Channels: any channel" in text
        role = discord_fake.moderator_role_id
        text = await configure(
            discord_fake, mod, "roles", action="add", role=role, kind="moderator"
        )
        assert f"Moderator roles: <@&{role}>" in text
        text = await configure(discord_fake, mod, "roles", action="remove", kind="moderator")
        assert "Please choose which one to add or remove" in text
        text = await configure(
            discord_fake, mod, "roles", action="remove", role=role, kind="moderator"
        )
        assert "Moderator roles: Manage Server only" in text
