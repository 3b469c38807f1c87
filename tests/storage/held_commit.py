"""A hook that holds one policy write open to make two of them overlap, without sleeps."""

from __future__ import annotations

import asyncio
import re
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.util import await_only as await_  # await_ itself: SQLAlchemy 2.1+

_POLICY_WRITE = re.compile(r"\s*(INSERT INTO|UPDATE) guild_policies\b", re.IGNORECASE)
#: Only a guard against a hung test: the other write normally starts at once.
_GUARD_SECONDS = 30.0


class HeldPolicyCommit:
    """Holds the first transaction that writes ``guild_policies`` at its commit (its locks
    taken, its change not yet visible) until another transaction starts writing that table.

    ``held`` is set once the first one waits at its commit; install before that transaction.
    """

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine.sync_engine
        self.held = asyncio.Event()
        self._other_write = asyncio.Event()
        self._holder: Connection | None = None

    def __enter__(self) -> HeldPolicyCommit:
        event.listen(self.engine, "before_cursor_execute", self._statement)
        event.listen(self.engine, "commit", self._commit)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._statement)
        event.remove(self.engine, "commit", self._commit)

    def _statement(self, conn: Connection, _cursor: Any, statement: str, *_args: Any) -> None:
        if not _POLICY_WRITE.match(statement):
            return
        if self._holder is None:
            self._holder = conn
        elif conn is not self._holder:
            self._other_write.set()

    def _commit(self, conn: Connection) -> None:
        if conn is self._holder and not self.held.is_set():
            self.held.set()
            # Runs in SQLAlchemy's greenlet of the async commit: wait on the event loop.
            await_(asyncio.wait_for(self._other_write.wait(), _GUARD_SECONDS))
