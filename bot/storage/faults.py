"""What a database error means for the caller: try again, or tell the member it is down.

Two kinds of transient fault, told apart because a retry is only always safe for the first:

* **not sent**: nothing reached the database (no connection could be made, the pool timed out,
  SQLite said the file is locked: the statement did not run). Any operation can be retried.
* **connection lost**: the connection broke during a statement or its commit. A read can be
  retried; a write may or may not have been committed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from sqlalchemy import exc as sa_exc

from ..errors import UserFacingError

DATABASE_DOWN_MESSAGE = (
    "The bot's database is not answering right now, so your request could not be handled. "
    "Nothing was lost; please try again in a minute."
)

_SQLITE_BUSY = ("database is locked", "database table is locked", "database is busy")
# asyncpg errors (matched by name: asyncpg is only installed with PostgreSQL support).
_PG_NOT_SENT = frozenset(
    {"CannotConnectNowError", "TooManyConnectionsError", "ConnectionRejectionError"}
)
_PG_LOST = frozenset(
    {
        "ConnectionDoesNotExistError",
        "ConnectionFailureError",
        "InterfaceError",
        "AdminShutdownError",
    }
)


class DatabaseUnreachable(UserFacingError):
    """The database stayed unreachable (or locked) for the whole retry budget."""

    def __init__(self, operation: str, user_message: str = DATABASE_DOWN_MESSAGE) -> None:
        super().__init__(user_message)
        self.operation = operation


def voice_not_recorded_message(voice_id: str) -> str:
    """For a voice Inworld created while the database was down: the member keeps its ID."""
    return (
        f"Your voice was created (voice ID `{voice_id}`), but the bot's database is not "
        "answering right now, so it is not recorded yet; it will be as soon as the database "
        "is back. Please do not send the request again."
    )


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def is_sqlite_busy(error: BaseException) -> bool:
    for item in _chain(error):
        if isinstance(item, sqlite3.OperationalError) and str(item).startswith(_SQLITE_BUSY):
            return True
    return False


def not_sent(error: BaseException) -> bool:
    """True if the database never ran the operation: retrying it cannot apply it twice."""
    if is_sqlite_busy(error):
        return True
    if isinstance(error, sa_exc.TimeoutError):  # no connection free in the pool
        return True
    if isinstance(error, OSError | TimeoutError):  # raised while connecting, not wrapped
        return True
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return False
    return any(type(item).__name__ in _PG_NOT_SENT for item in _chain(error))


def connection_lost(error: BaseException) -> bool:
    """True if the connection broke while an operation was under way (outcome unknown)."""
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return True
    if isinstance(error, sa_exc.DBAPIError | sa_exc.InterfaceError):
        return any(
            type(item).__name__ in _PG_LOST or isinstance(item, OSError) for item in _chain(error)
        )
    return False


def is_transient(error: BaseException) -> bool:
    """A fault of the database's availability (worth a retry), not a bug or a bad query."""
    return not_sent(error) or connection_lost(error)
