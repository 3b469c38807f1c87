"""Start-up on an up-to-date database without Alembic; upgrades in a child process."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from bot.storage import db as db_module
from bot.storage.db import Database, alembic_config
from bot.storage.upgrade import UpgradeFailed, head_revision, shareable
from tests.helpers import fresh_python
from tests.storage.helpers import make_database, sqlite_url
from tests.storage.test_db import TABLES, _state

ROOT = Path(__file__).resolve().parents[2]

#: Opens and migrates the database named by argv[1], then prints which heavy modules it holds.
OPEN_SCRIPT = """
import asyncio, json, sys
from bot.storage import db as db_module
from bot.storage.db import Database

async def main() -> None:
    async with Database(sys.argv[1]) as db:
        await db.migrate()

asyncio.run(main())
print(json.dumps(sorted(m for m in ("alembic", "mako", "asyncpg") if m in sys.modules)))
"""


def _modules_after_opening(url: str) -> list[str]:
    modules: list[str] = fresh_python(OPEN_SCRIPT, url)
    return modules


def test_head_revision_is_alembics() -> None:
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


async def test_an_up_to_date_sqlite_database_is_opened_without_alembic_or_asyncpg(
    tmp_path: Path,
) -> None:
    url = sqlite_url(tmp_path)
    async with Database(url) as database:
        await database.migrate()
    assert await asyncio.to_thread(_modules_after_opening, url) == []


async def test_up_to_date_postgresql_is_opened_without_alembic(
    postgres_url: str, tmp_path: Path
) -> None:
    database = await make_database("postgresql", tmp_path, postgres_url=postgres_url)
    await database.close()
    assert await asyncio.to_thread(_modules_after_opening, postgres_url) == ["asyncpg"]


async def test_upgrade_in_child_process(
    blank_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def not_here(self: Database) -> None:
        raise AssertionError("upgraded in the test's process")

    monkeypatch.setattr(Database, "_migrate_here", not_here)
    await blank_database.migrate(in_child=True)
    assert await _state(blank_database) == (TABLES, head_revision())


async def test_up_to_date_database_starts_no_child(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def no_child(job: object) -> None:
        raise AssertionError("a child process was started")

    monkeypatch.setattr(db_module, "upgrade_in_child", no_child)
    await database.migrate(in_child=True)


async def test_concurrent_upgrades_in_child_processes(blank_database: Database) -> None:
    other = Database(blank_database.url)
    await other.connect()
    try:
        async with asyncio.timeout(120):
            await asyncio.gather(
                blank_database.migrate(in_child=True), other.migrate(in_child=True)
            )
    finally:
        await other.close()
    assert await _state(blank_database) == (TABLES, head_revision())


async def test_a_failed_upgrade_in_child_is_raised(database: Database) -> None:
    async with database.engine.begin() as conn:
        await conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    try:
        with pytest.raises(UpgradeFailed):
            await database.migrate(in_child=True)
    finally:  # the PostgreSQL database is shared by the session's tests
        async with database.engine.begin() as conn:
            await conn.execute(
                text("UPDATE alembic_version SET version_num = :head"), {"head": head_revision()}
            )


async def test_in_memory_sqlite_upgrades_in_process() -> None:
    async with Database("sqlite://") as database:
        await database.migrate(in_child=True)
        assert await _state(database) == (TABLES, head_revision())


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite+aiosqlite:///data/bot.db", True),
        ("sqlite+aiosqlite://", False),
        ("sqlite+aiosqlite:///:memory:", False),
        ("sqlite+aiosqlite:///file:x?mode=memory&uri=true", False),
        ("postgresql+asyncpg://u:p@h/db", True),
    ],
)
def test_shareable(url: str, expected: bool) -> None:
    assert shareable(url) is expected


def test_storage_import_does_not_import_alembic() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import sys, bot.storage; print('alembic' in sys.modules)"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "False"


def test_the_bot_upgrades_in_a_child(monkeypatch: pytest.MonkeyPatch) -> None:
    """``python -m bot`` asks for child upgrades before anything opens the database."""
    from bot import __main__ as entry
    from bot.settings import SettingsError
    from bot.storage import upgrade

    def no_settings() -> None:
        raise SettingsError("stop here")

    monkeypatch.setattr(upgrade, "_in_child", False)
    monkeypatch.setattr(entry, "limit_arenas", lambda: False)
    monkeypatch.setattr(entry, "load_settings", no_settings)
    assert entry.main([]) == 2
    assert upgrade.upgrades_in_child()
