"""Schema revision checks without Alembic, and the upgrade in a short-lived child process.

Alembic, Mako and the migration scripts cost the bot about 11 MB that a long-running process
never gives back, for work done once per schema change. So start-up first reads the
``alembic_version`` table with plain SQLAlchemy and compares it with the newest revision found
in ``migrations/versions`` (parsed, not imported): an up-to-date database costs nothing. An
upgrade runs, when :func:`set_upgrades_in_child` asked for it (``python -m bot`` does), in
a child process (:func:`main`), which runs :meth:`Database.migrate` itself (the same locks:
PostgreSQL's advisory lock, SQLite's ``BEGIN IMMEDIATE``), so Alembic's memory dies with it.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Final

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, make_url

log = logging.getLogger(__name__)

VERSIONS_DIR: Final = Path(__file__).resolve().with_name("migrations") / "versions"
_REVISION: Final = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN_REVISION: Final = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.M)
_QUOTED: Final = re.compile(r"['\"]([^'\"]+)['\"]")

_in_child = False


def set_upgrades_in_child(enabled: bool = True) -> None:
    """Run schema upgrades of file and server databases in a child process from now on (the
    bot's entry point asks for it; tests keep them in-process, which is faster)."""
    global _in_child
    _in_child = enabled


def upgrades_in_child() -> bool:
    return _in_child


@functools.cache
def head_revision() -> str:
    """The newest revision of ``migrations/versions``: the one no script revises.

    Read from the scripts' ``revision`` / ``down_revision`` lines, as Alembic would find it
    (a test compares the two), without importing Alembic.
    """
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in VERSIONS_DIR.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        revisions.add(found.group(1))
        down = _DOWN_REVISION.search(source)
        if down is not None:
            revised.update(_QUOTED.findall(down.group(1)))
    heads = revisions - revised
    if len(heads) != 1:
        raise RuntimeError(f"migrations/versions has {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def current_revisions(connection: Connection) -> set[str]:
    """The revisions in ``alembic_version`` (none for a database without the table)."""
    if not inspect(connection).has_table("alembic_version"):
        return set()
    return {
        str(row[0]) for row in connection.execute(text("SELECT version_num FROM alembic_version"))
    }


def at_head(connection: Connection) -> bool:
    return current_revisions(connection) == {head_revision()}


def shareable(url: str) -> bool:
    """Whether another process reaches the same database (not so an in-memory SQLite one)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return True
    database = parsed.database or ""
    return (
        database not in ("", ":memory:")
        and parsed.query.get("mode") != "memory"
        and not database.startswith("file::memory:")
    )


@dataclass(frozen=True)
class UpgradeJob:
    """What the child needs to open the database as its parent does (sent on its stdin, so
    the URL's password is never in a command line)."""

    url: str
    sqlite_busy_timeout_ms: int
    lock_timeout: float
    idle_in_transaction_timeout: float


#: Not ``-m``: this module is already imported by its package when runpy would run it.
_CHILD: Final = f"from {__name__} import main; raise SystemExit(main())"


class UpgradeFailed(RuntimeError):
    """The child process could not upgrade the schema (its error is on stderr)."""


async def upgrade_in_child(job: UpgradeJob) -> None:
    """Run :func:`main` in a child for ``job`` and wait for it. Cancelled, the child is
    killed: its upgrade is one transaction, which the database then rolls back."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _CHILD, stdin=asyncio.subprocess.PIPE
    )
    try:
        await process.communicate(json.dumps(asdict(job)).encode())
    except BaseException:
        if process.returncode is None:
            process.kill()
            await process.wait()
        raise
    if process.returncode != 0:
        raise UpgradeFailed(
            f"the schema upgrade failed in its child process (exit status {process.returncode})"
        )


async def _child(job: UpgradeJob) -> None:
    from .db import Database

    database = Database(
        job.url,
        sqlite_busy_timeout_ms=job.sqlite_busy_timeout_ms,
        lock_timeout=job.lock_timeout,
        idle_in_transaction_timeout=job.idle_in_transaction_timeout,
    )
    async with database:
        await database.migrate(in_child=False)


def main() -> int:
    """The child: read the job from stdin, upgrade, exit 0 (1 with the error on stderr)."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic.runtime.migration").setLevel(logging.INFO)  # "Running upgrade"
    job = UpgradeJob(**json.loads(sys.stdin.read()))
    try:
        asyncio.run(_child(job))
    except Exception:
        log.exception("schema upgrade failed")
        return 1
    return 0
