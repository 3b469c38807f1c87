"""A record of every call a shared rate limiter lets through, for tests to check its window.

``rate_calls`` forgets a call once it has left the window, so a trigger of the test's own
copies every row written to it: a call's grant (the insert), then the moment its request was
sent (``Slot.sent`` moves ``called_at`` forward). Times are the database's clock, the one the
limiter decides by, so no delay in the test's own process (a busy event loop, a loaded
machine) shifts them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

_CREATE = (
    "CREATE TABLE test_limited_calls (call_id integer NOT NULL, limiter text NOT NULL, "
    "counted_from timestamptz NOT NULL)",
    "CREATE FUNCTION test_record_limited_call() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "INSERT INTO test_limited_calls VALUES (NEW.id, NEW.limiter, NEW.called_at); "
    "RETURN NEW; END $$",
    "CREATE TRIGGER test_record_limited_call AFTER INSERT OR UPDATE ON rate_calls "
    "FOR EACH ROW EXECUTE FUNCTION test_record_limited_call()",
)
_READ = text(
    "SELECT call_id, extract(epoch FROM max(counted_from)) AS counted_from "
    "FROM test_limited_calls WHERE limiter = :limiter GROUP BY call_id ORDER BY call_id"
)


@dataclass(frozen=True)
class LimitedCall:
    """One call a limiter let through."""

    #: Its row in ``rate_calls``: ids follow the order of the grants.
    id: int
    #: When the window counts it from (seconds, the database's clock): the moment its
    #: request was sent if the caller said so, else its grant.
    counted_from: float


async def record_limited_calls(connection: AsyncConnection) -> None:
    """Record every call let through from now on (the schema must be migrated already)."""
    for statement in _CREATE:
        await connection.execute(text(statement))


async def limited_calls(connection: AsyncConnection, limiter: str = "clone") -> list[LimitedCall]:
    """Every call ``limiter`` let through since :func:`record_limited_calls`, in grant order."""
    rows = (await connection.execute(_READ, {"limiter": limiter})).all()
    return [LimitedCall(int(row.call_id), float(row.counted_from)) for row in rows]
