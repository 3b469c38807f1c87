"""Database connection and schema migrations (SQLite via aiosqlite, PostgreSQL via asyncpg)."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from ..i18n import ListOf, Msg
from .upgrade import (
    UpgradeFailed,
    UpgradeJob,
    at_head,
    shareable,
    upgrade_in_child,
    upgrades_in_child,
)

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")
# Key of the PostgreSQL advisory lock held while migrating (any constant shared by all processes).
MIGRATION_LOCK_KEY = 0x766F_6963_6563_6C6E
SQLITE_BUSY_TIMEOUT_MS = 30_000
#: Seconds asyncpg waits for a new connection: an unreachable server fails fast instead of
#: holding a request for asyncpg's default minute (the store retries, see ``resilient``).
POSTGRES_CONNECT_TIMEOUT_SECONDS = 10.0
#: PostgreSQL ``lock_timeout`` of every bot connection. Decisions of the shared rate limiter
#: and quota checks hold their advisory locks for a few milliseconds, so a 5 s wait only
#: happens behind a stuck holder: the statement then fails and is retried (the limiter polls
#: again, the store retries) instead of piling up behind it with the connection and the
#: limiter's turn held.
POSTGRES_LOCK_TIMEOUT_SECONDS = 5.0
#: PostgreSQL ``idle_in_transaction_session_timeout``. No bot transaction waits on anything
#: but the database, so a transaction idle for 10 s belongs to a frozen process: the server
#: ends its session, which releases its locks. A lease (``LEASE_SECONDS``, 30) cannot do
#: that: the advisory lock an open transaction holds would stop every process's decisions,
#: even the one that drops expired tickets. 10 s is the lease's renewal period (a third of
#: it): the shared queue stalls for at most that long, well within a lease.
POSTGRES_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS = 10.0

_ASYNC_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
}


def normalize_database_url(url: str | None, default_sqlite_path: str) -> str:
    """Return an async SQLAlchemy URL for ``url``.

    None or blank means a SQLite file at ``default_sqlite_path`` (its folder is created);
    ``sqlite://`` gets aiosqlite, ``postgres://`` and ``postgresql://`` get asyncpg, and a URL
    that names its driver is kept as it is.
    """
    if url is None or not url.strip():
        path = Path(default_sqlite_path).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite+aiosqlite:///{path}"
    return _with_async_driver(url)


def _with_async_driver(url: str) -> str:
    url = url.strip()
    scheme, sep, rest = url.partition("://")
    if not sep or not scheme:
        raise ValueError("not a database URL (expected e.g. postgresql://... or sqlite:///...)")
    driver = _ASYNC_DRIVERS.get(scheme.lower())
    return f"{driver}://{rest}" if driver else url


def alembic_config(*, connection: Connection | None = None, url: str | None = None) -> Config:
    """Alembic configuration built in code (no alembic.ini), optionally bound to a connection."""
    from alembic.config import Config  # only when migrating: see bot.storage.upgrade

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def json_safe(value: Any) -> Any:
    """``value`` with NaN and infinities (which PostgreSQL's JSON refuses) replaced by None,
    and a message by id (:class:`bot.i18n.Msg`) kept as ``{"$msg": id, "args": {...}}`` so a
    post made later renders it in the server's language (:func:`bot.i18n.stored`)."""
    if isinstance(value, Msg):
        return {"$msg": value.id, "args": {k: json_safe(v) for k, v in value.args.items()}}
    if isinstance(value, ListOf):
        return [json_safe(v) for v in value.items]
    if isinstance(value, str):
        return str(value)  # a Localized duration: its English text
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value


def _json_dumps(value: Any) -> str:
    return json.dumps(json_safe(value), allow_nan=False)


def _sqlite_pragmas(busy_timeout_ms: int) -> Callable[[Any, Any], None]:
    """Per-connection SQLite settings: wait up to ``busy_timeout_ms`` for a lock (a locked
    database is then retried by the store, see ``resilient``), foreign keys, WAL."""

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms:d}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    return on_connect


def _postgres_settings(lock_timeout: float, idle_in_transaction_timeout: float) -> dict[str, str]:
    """The session settings of every PostgreSQL connection (asyncpg ``server_settings``)."""
    return {
        "lock_timeout": f"{round(lock_timeout * 1000):d}ms",
        "idle_in_transaction_session_timeout": f"{round(idle_in_transaction_timeout * 1000):d}ms",
    }


def _make_sqlite_folder(database: str | None) -> None:
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def _upgrade_to_head(connection: Connection) -> None:
    if at_head(connection):
        return  # another process upgraded while this one waited for the lock
    from alembic import command  # only when migrating: see bot.storage.upgrade

    command.upgrade(alembic_config(connection=connection), "head")


class Database:
    """An async engine plus session factory for one database URL.

    Use ``await connect()`` then ``await migrate()`` at start-up and ``await close()`` at the
    end (or ``async with Database(url) as db``, which connects and closes but does not migrate).
    """

    def __init__(
        self,
        url: str,
        *,
        sqlite_busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
        lock_timeout: float = POSTGRES_LOCK_TIMEOUT_SECONDS,
        idle_in_transaction_timeout: float = POSTGRES_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS,
    ) -> None:
        self.url = _with_async_driver(url)
        self.sqlite_busy_timeout_ms = sqlite_busy_timeout_ms
        self.lock_timeout = lock_timeout
        self.idle_in_transaction_timeout = idle_in_transaction_timeout
        self.backend = make_url(self.url).get_backend_name()
        self._engine: AsyncEngine | None = None
        self._sessions: async_sessionmaker[AsyncSession] | None = None

    @property
    def engine(self) -> AsyncEngine:
        """The engine; only after :meth:`connect`."""
        if self._engine is None:
            raise RuntimeError("Database.connect() has not been called")
        return self._engine

    async def connect(self) -> None:
        """Create the engine and check that the database answers. Does nothing if connected."""
        if self._engine is not None:
            return
        url = make_url(self.url)
        options: dict[str, Any] = {"json_serializer": _json_dumps}
        if self.backend == "postgresql":
            # A connection the server (or the network) dropped is found and replaced at
            # checkout, so the bot serves again as soon as the database is back.
            options["pool_pre_ping"] = True
            if url.get_driver_name() == "asyncpg":
                options["connect_args"] = {
                    "timeout": POSTGRES_CONNECT_TIMEOUT_SECONDS,
                    "server_settings": _postgres_settings(
                        self.lock_timeout, self.idle_in_transaction_timeout
                    ),
                }
        elif self.backend == "sqlite":
            _make_sqlite_folder(url.database)
        engine = create_async_engine(url, **options)
        if self.backend == "sqlite":
            event.listen(
                engine.sync_engine, "connect", _sqlite_pragmas(self.sqlite_busy_timeout_ms)
            )
        try:
            async with engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
        except BaseException:
            await engine.dispose()
            raise
        self._engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)
        log.info("Connected to %s database", self.backend)

    async def migrate(self, *, in_child: bool | None = None) -> None:
        """Upgrade the schema to the newest Alembic revision, one process at a time.

        A database already there is only read (Alembic is not imported). Otherwise, with
        ``in_child`` (by default: as :func:`~bot.storage.upgrade.set_upgrades_in_child` said),
        a child process upgrades it (not an in-memory SQLite database, which it cannot reach),
        so Alembic's memory is not kept by this one; see :mod:`bot.storage.upgrade`.

        PostgreSQL: a transaction-scoped advisory lock serialises concurrent start-ups and the
        whole upgrade commits at once. SQLite: ``BEGIN IMMEDIATE`` does the same, with foreign
        keys off (as batch migrations that rebuild tables need) and checked before commit.
        """
        if await self._at_head():
            return
        if (upgrades_in_child() if in_child is None else in_child) and shareable(self.url):
            await upgrade_in_child(
                UpgradeJob(
                    self.url,
                    self.sqlite_busy_timeout_ms,
                    self.lock_timeout,
                    self.idle_in_transaction_timeout,
                )
            )
            if not await self._at_head():
                raise UpgradeFailed("the child process left the schema behind its head")
            return
        await self._migrate_here()

    async def _at_head(self) -> bool:
        async with self.engine.connect() as conn:
            return await conn.run_sync(at_head)

    async def _migrate_here(self) -> None:
        async with self.engine.connect() as conn:
            if self.backend != "sqlite":
                async with conn.begin():
                    if self.backend == "postgresql":
                        # Wait as long as another process's upgrade takes (and for the
                        # tables' locks): the start-up lock is meant to be waited for.
                        await conn.execute(text("SET LOCAL lock_timeout = 0"))
                        await conn.execute(
                            text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                        )
                    await conn.run_sync(_upgrade_to_head)
                return
            # The foreign_keys pragma is ignored inside a transaction: set it before BEGIN.
            await conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
            try:
                await conn.exec_driver_sql("BEGIN IMMEDIATE")
                await conn.run_sync(_upgrade_to_head)
                broken = (await conn.exec_driver_sql("PRAGMA foreign_key_check")).all()
                if broken:
                    raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
                await conn.commit()
            finally:
                await conn.rollback()  # only does something if the upgrade failed
                await conn.exec_driver_sql("PRAGMA foreign_keys = ON")
                await conn.commit()

    def session(self) -> AsyncSession:
        """A new session; use as ``async with db.session() as s, s.begin(): ...``.

        Objects are not expired on commit, so they stay readable after the session closes.
        """
        if self._sessions is None:
            raise RuntimeError("Database.connect() has not been called")
        return self._sessions()

    async def close(self) -> None:
        """Dispose of the engine and its connections. Safe to call twice."""
        engine, self._engine, self._sessions = self._engine, None, None
        if engine is not None:
            await engine.dispose()

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
