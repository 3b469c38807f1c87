"""Migration 0010 (SQLite and PostgreSQL): the server's language, ``guild_policies.locale``;
and the store's checks of it."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from bot.storage.db import Database, alembic_config
from bot.storage.repository import CloneStore

GUILD = 4242


def _downgrade_to_0009(conn: Connection) -> None:
    command.downgrade(alembic_config(connection=conn), "0009")


def _policy_columns(conn: Connection) -> set[str]:
    return {column["name"] for column in inspect(conn).get_columns("guild_policies")}


async def _columns(database: Database) -> set[str]:
    async with database.engine.connect() as conn:
        return await conn.run_sync(_policy_columns)


async def _downgrade(database: Database) -> None:
    async with database.engine.begin() as conn:
        await conn.run_sync(_downgrade_to_0009)


async def test_upgrade_keeps_policies_following_discord(database: Database) -> None:
    """Downgrade to 0009 (no locale), store a policy the 0009 way, upgrade again: the policy
    is kept and follows Discord's language (NULL); a language can then be chosen."""
    await _downgrade(database)
    assert "locale" not in await _columns(database)
    async with database.engine.begin() as conn:
        await conn.execute(
            text(
                "INSERT INTO guild_policies (guild_id, allowed_role_ids, allowed_channel_ids, "
                "blocked_user_ids, moderator_role_ids, cooldown_seconds, member_daily_quota, "
                "guild_daily_quota, max_sample_seconds, approval_required, ephemeral, "
                "preview_open, verification) VALUES (:g, '[]', '[]', '[]', '[]', 0, 7, 200, "
                "15.0, false, true, false, 'off')"
            ),
            {"g": GUILD},
        )
    await database.migrate()
    assert "locale" in await _columns(database)
    store = CloneStore(database)
    policy = await store.get_policy(GUILD)
    assert policy.locale is None and policy.member_daily_quota == 7
    assert (await store.update_policy(GUILD, 9, locale="pt-BR")).locale == "pt-BR"
    assert (await store.get_policy(GUILD)).locale == "pt-BR"
    assert (await store.update_policy(GUILD, 9, locale=None)).locale is None


async def test_downgrade_drops_only_the_language(database: Database) -> None:
    store = CloneStore(database)
    await store.update_policy(GUILD, 9, locale="ja", member_daily_quota=5)
    await _downgrade(database)
    assert "locale" not in await _columns(database)
    async with database.engine.connect() as conn:
        quota = (
            await conn.execute(
                text("SELECT member_daily_quota FROM guild_policies WHERE guild_id = :g"),
                {"g": GUILD},
            )
        ).scalar_one()
    assert quota == 5
    await database.migrate()
    assert (await store.get_policy(GUILD)).locale is None


@pytest.mark.parametrize("bad", ["xx", "en-GB", "ja ", "", 5, ["ja"], "en-XA"])
async def test_only_a_catalogue_is_a_server_language(store: CloneStore, bad: object) -> None:
    with pytest.raises(ValueError, match="invalid locale"):
        await store.update_policy(GUILD, 9, locale=bad)
    assert (await store.get_policy(GUILD)).locale is None
