"""The storage the reconcile sweep relies on, on SQLite and PostgreSQL (skipped if absent),
and migration 0003 over rows written by 0002."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import Connection

from bot.storage import CloneStatus, CloneStore, Database, utcnow
from bot.storage.db import alembic_config
from tests.storage.conftest import (  # noqa: F401  (fixtures)
    database,
    database_kind,
    database_postgres_url,
    postgres_url,
)


async def record(store: CloneStore, status: CloneStatus, **fields: Any) -> int:
    created = await store.create_record(
        guild_id=1, channel_id=2, user_id=3, display_name="V", language="EN_US"
    )
    moved = await store.transition(created.id, {CloneStatus.PROCESSING}, status, **fields)
    assert moved is not None
    return moved.id


async def test_to_reconcile_and_claimed_voice_ids(database: Database) -> None:  # noqa: F811
    store = CloneStore(database)
    started = utcnow()
    unsent = await record(store, CloneStatus.CLONING)
    sent = await record(store, CloneStatus.CLONING, clone_started_at=started, known_voice_ids=[])
    parked = await record(store, CloneStatus.RECONCILING, clone_started_at=started)
    done = await record(store, CloneStatus.DONE, voice_id="ws__v_20261201_120000z")
    assert [r.id for r in await store.to_reconcile()] == [sent, parked]
    # Respecting leases, a "cloning" row a live process holds is left alone; "reconciling"
    # ones always count.
    soon = utcnow() + timedelta(minutes=1)
    assert await store.claim_lease(sent, {CloneStatus.CLONING}, "other-process", soon)
    assert [r.id for r in await store.to_reconcile(utcnow())] == [parked]
    assert [r.id for r in await store.to_reconcile(soon + timedelta(seconds=1))] == [sent, parked]
    assert [r.id for r in await store.to_reconcile(limit=1)] == [sent]
    assert unsent not in [r.id for r in await store.to_reconcile()]
    fetched = await store.get_record(sent)
    assert fetched is not None and fetched.known_voice_ids == []
    assert fetched.clone_started_at == started and fetched.reconcile_checks == 0
    assert (await store.get_record(unsent)).known_voice_ids is None  # type: ignore[union-attr]
    claimed = await store.claimed_voice_ids(["ws__v_20261201_120000z", "other"])
    assert claimed == {"ws__v_20261201_120000z"}
    assert await store.claimed_voice_ids([]) == set()
    assert done


def _to(revision: str) -> Callable[[Connection], None]:
    def run(conn: Connection) -> None:
        command.downgrade(alembic_config(connection=conn), revision)

    return run


def _up(conn: Connection) -> None:
    command.upgrade(alembic_config(connection=conn), "head")


async def test_migration_0003_keeps_existing_rows(database: Database) -> None:  # noqa: F811
    store = CloneStore(database)
    old = await record(store, CloneStatus.DONE, voice_id="ws__old_20261101_100000z")
    async with database.engine.begin() as conn:
        await conn.run_sync(_to("0002"))
        result = await conn.execute(text("SELECT * FROM clone_records"))
        names = list(result.keys())
        assert "reconcile_checks" not in names and "voice_deleted_at" in names
    async with database.engine.begin() as conn:
        await conn.run_sync(_up)
    kept = await store.get_record(old)
    assert kept is not None and kept.voice_id == "ws__old_20261101_100000z"
    assert kept.reconcile_checks == 0 and kept.known_voice_ids is None
