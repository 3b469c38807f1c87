"""Check 3: the database answers and its schema is at the newest Alembic revision.

Nothing is written: a SQLite file that does not exist yet is not created (start-up creates it
and the schema), and the schema is only read (``alembic_version`` and the table names).
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import inspect
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.engine.url import URL
from sqlalchemy.exc import ArgumentError, DBAPIError

from ..storage import Database, normalize_database_url
from ..storage.db import alembic_config
from .model import CheckResult, failed, passed
from .redact import Redactor, database_password

NAME = "database"
LABEL = "Database"
URL_EXAMPLE = "postgresql://user:password@host:5432/voiceclone, or empty for a SQLite file"


@dataclass(frozen=True)
class SchemaState:
    revisions: tuple[str, ...]
    #: Tables other than ``alembic_version``.
    tables: tuple[str, ...]


def _read_schema(connection: Connection) -> SchemaState:
    revisions = MigrationContext.configure(connection).get_current_heads()
    tables = inspect(connection).get_table_names()
    return SchemaState(tuple(revisions), tuple(t for t in tables if t != "alembic_version"))


def _migrations() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def shown_url(url: URL) -> str:
    """The URL without its driver suffix and with the password masked."""
    return url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)


def describe_error(exc: BaseException) -> str:
    """Type and driver message, without SQLAlchemy's statement and background link."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        exc = exc.orig
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0][:200]}" if lines else type(exc).__name__


@dataclass(frozen=True)
class SqliteFile:
    path: Path
    exists: bool
    #: Whether the bot could create the file (the nearest existing folder is writable).
    creatable: bool


def _inspect_sqlite_file(database: str) -> SqliteFile:
    path = Path(database).expanduser().absolute()
    if path.exists():
        return SqliteFile(path, exists=True, creatable=True)
    return SqliteFile(path, exists=False, creatable=_writable_folder(path) is not None)


def _writable_folder(path: Path) -> Path | None:
    """The nearest existing folder of ``path``, if the bot could create the file there."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder if os.access(folder, os.W_OK | os.X_OK) else None


def _setting_name(database_url: str | None) -> str:
    return "DATABASE_URL" if database_url else "SQLITE_PATH (or DATABASE_URL)"


def _pending(script: ScriptDirectory, head: str, current: str) -> int:
    return sum(1 for _ in script.iterate_revisions(head, current))


def judge_schema(
    where: str, state: SchemaState, script: ScriptDirectory, setting: str = "DATABASE_URL"
) -> CheckResult:
    """Whether start-up can bring this schema to head (and whether it already is there)."""
    heads = tuple(script.get_heads())
    head = heads[0] if len(heads) == 1 else ", ".join(heads)
    if set(state.revisions) == set(heads):
        return passed(NAME, f"{LABEL}: {where}, schema at revision {head} (current)")
    if not state.revisions:
        if state.tables:
            return failed(
                NAME,
                f"{LABEL}: {where} has tables ({', '.join(sorted(state.tables)[:5])}) but no "
                "Alembic revision: it is not this bot's database",
                f"point {setting} at an empty database or at this bot's own database",
            )
        return passed(
            NAME,
            f"{LABEL}: {where} is empty; the schema (revision {head}) will be created at start-up",
        )
    try:
        for revision in state.revisions:
            script.get_revision(revision)
        behind = sum(_pending(script, h, r) for h in heads for r in state.revisions)
    except CommandError:
        at = ", ".join(state.revisions)
        return failed(
            NAME,
            f"{LABEL}: {where} is at revision {at}, which this version of the bot does not know "
            f"(its newest is {head}; was it migrated by a newer version?)",
            f"run the bot version that migrated this database, or point {setting} at another "
            "database",
        )
    return passed(
        NAME,
        f"{LABEL}: {where}, schema at revision {', '.join(state.revisions)}; {behind} "
        f"migration(s) to {head} will be applied at start-up",
    )


async def _probe(url: str) -> SchemaState:
    async with Database(url) as database, database.engine.connect() as connection:
        return await connection.run_sync(_read_schema)


async def check_database(
    database_url: str | None, sqlite_path: str, *, timeout: float
) -> CheckResult:
    setting = _setting_name(database_url)
    try:
        normalized = normalize_database_url(database_url, sqlite_path)
        url = make_url(normalized)
    except (ValueError, ArgumentError):
        return failed(
            NAME, f"{LABEL}: DATABASE_URL is not a database URL", f"set it to {URL_EXAMPLE}"
        )
    except OSError as exc:
        return failed(
            NAME,
            f"{LABEL}: the folder of SQLITE_PATH could not be created ({exc.strerror})",
            "set SQLITE_PATH to a file in a folder the bot may write to",
        )
    backend = url.get_backend_name()
    script = await asyncio.to_thread(_migrations)

    if backend == "sqlite" and url.database and url.database != ":memory:":
        sqlite = await asyncio.to_thread(_inspect_sqlite_file, url.database)
        path = sqlite.path
        where = f"SQLite file {path}"
        if not sqlite.exists:
            if not sqlite.creatable:
                return failed(
                    NAME,
                    f"{LABEL}: {where} cannot be created (the folder is not writable)",
                    f"make {path.parent} writable by the bot's user, or set {setting} to a "
                    "writable place",
                )
            return passed(
                NAME,
                f"{LABEL}: {where} does not exist yet; it will be created, with the schema "
                f"(revision {script.get_current_head()}), at start-up",
            )
        fix = f"check that {path} is a SQLite database the bot may read and write, or set {setting}"
    else:
        where = f"{backend} database {shown_url(url)}"
        fix = (
            f"start the database or check its credentials, or set {setting} to one that is "
            f"reachable ({URL_EXAMPLE})"
        )

    redact = Redactor(database_password(database_url))
    try:
        state = await asyncio.wait_for(_probe(normalized), timeout)
    except TimeoutError:
        return failed(
            NAME,
            f"{LABEL}: {where} did not answer within {timeout:g} s",
            f"start the database, or set {setting} to one that is reachable ({URL_EXAMPLE})",
        )
    except Exception as exc:
        return failed(
            NAME,
            f"{LABEL}: could not open the {where} ({redact(describe_error(exc))})",
            fix,
        )
    return judge_schema(where, state, script, setting)
