"""Waiters of the shared limiter that leave early never stall the queue of any process.

Each case leaves a ticket behind in process "a" (a waiter timed out, or an enqueue whose
COMMIT went through while its caller saw an error), keeps another waiter of "a" alive (so "a"
keeps renewing leases), and checks that process "b" still gets its turn: the ticket left
behind is removed, or, when its removal fails too, no longer renewed, so its lease lapses.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import text

from bot.ratelimit import SharedRateLimiter
from bot.storage import Database

#: The group of the waiter that leaves; the live waiters are in other groups.
DOOMED = 666
LIVE = 7
LEASE = 1.5
#: Liveness bound of each wait below: far beyond a lease, never reached when all is well.
BOUND = 15.0


def limiter(database: Database, owner: str) -> SharedRateLimiter:
    """One call per minute: the window stays full until :func:`free_window`."""
    shared = SharedRateLimiter(
        database, "clone", 1, 60.0, owner=owner, lease_seconds=LEASE, poll_seconds=0.2
    )
    shared.start()
    return shared


async def scalar(database: Database, sql: str, **params: Any) -> Any:
    async with database.engine.connect() as conn:
        return (await conn.execute(text(sql), params)).scalar()


async def lease_of(database: Database, group: int) -> datetime | None:
    return await scalar(  # type: ignore[no-any-return]
        database, "SELECT lease_expires_at FROM rate_tickets WHERE group_id = :g", g=group
    )


async def next_renewal(database: Database, group: int, after: datetime | None) -> datetime:
    """Wait until the lease of ``group``'s ticket moves past ``after`` (a renewal ran)."""

    async def poll() -> datetime:
        while True:
            lease = await lease_of(database, group)
            if lease is not None and (after is None or lease > after):
                return lease
            await asyncio.sleep(0.05)

    return await asyncio.wait_for(poll(), BOUND)


async def refuse_removal(database: Database) -> None:
    """The database refuses to delete the doomed ticket while its lease runs (the removal
    fails, as on a lost connection); a lapsed one is dropped as usual."""
    async with database.engine.begin() as conn:
        await conn.execute(
            text(
                "CREATE FUNCTION refuse_removal() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"IF OLD.group_id = {DOOMED} AND OLD.lease_expires_at >= clock_timestamp() "
                "THEN RAISE EXCEPTION 'removal refused (test)'; END IF; RETURN OLD; END $$"
            )
        )
        await conn.execute(
            text(
                "CREATE TRIGGER refuse_removal BEFORE DELETE ON rate_tickets "
                "FOR EACH ROW EXECUTE FUNCTION refuse_removal()"
            )
        )


async def free_window(database: Database) -> None:
    async with database.engine.begin() as conn:
        await conn.execute(text("DELETE FROM rate_calls"))
        await conn.execute(text("SELECT pg_notify('voiceclone_rate_clone', '')"))


async def queued(shared: SharedRateLimiter, group: int) -> asyncio.Task[object]:
    """A waiter of ``group``, returned once it has been shown its place."""
    placed = asyncio.Event()

    async def seen(_position: int) -> None:
        placed.set()

    task: asyncio.Task[object] = asyncio.create_task(shared.acquire(seen, group=group))
    await asyncio.wait_for(placed.wait(), BOUND)
    return task


async def check_no_stall(
    databases: tuple[Database, Database],
    leave: Callable[[SharedRateLimiter], Awaitable[None]],
    *,
    removal_fails: bool,
) -> None:
    db_a, db_b = databases
    if removal_fails:
        await refuse_removal(db_a)
    a, b = limiter(db_a, "a"), limiter(db_b, "b")
    live: asyncio.Task[object] | None = None
    try:
        await a.acquire()  # the window is full until the test frees it
        await leave(a)
        left_behind = await lease_of(db_a, DOOMED)
        if not removal_fails:
            assert left_behind is None  # the waiter removed exactly its ticket on its way out
        turn = await queued(b, 1)
        live = await queued(a, LIVE)  # "a" keeps renewing its live waiter's lease

        # Two renewals of the live ticket: the first starts after the doomed waiter left (a
        # renewal already under way then may have taken it along once), the second does not
        # touch the ticket left behind.
        first = await next_renewal(db_a, LIVE, await lease_of(db_a, LIVE))
        left_behind = await lease_of(db_a, DOOMED)
        await next_renewal(db_a, LIVE, first)
        assert await lease_of(db_a, DOOMED) in (None, left_behind)  # not renewed

        await free_window(db_a)
        await asyncio.wait_for(turn, BOUND)  # "b" got its turn: nothing left ahead of it
        assert await lease_of(db_a, DOOMED) is None
        assert await scalar(db_a, "SELECT count(*) FROM rate_tickets") == 1  # only `live`
    finally:
        await a.close()
        await b.close()
        if live is not None:
            await asyncio.gather(live, return_exceptions=True)  # QueueClosed


@pytest.mark.parametrize("removal_fails", [False, True], ids=["removed", "removal-fails"])
async def test_a_waiter_timed_out_in_the_queue_does_not_stall_it(
    databases: tuple[Database, Database], removal_fails: bool
) -> None:
    async def time_out(a: SharedRateLimiter) -> None:
        shown: list[int] = []

        async def seen(position: int) -> None:
            shown.append(position)

        with pytest.raises(TimeoutError):
            await asyncio.wait_for(a.acquire(seen, group=DOOMED), 1.0)
        assert shown == [1]  # it was queued, first, when the timeout cancelled it

    await check_no_stall(databases, time_out, removal_fails=removal_fails)


@pytest.mark.parametrize(
    ("error", "removal_fails"),
    [
        (ConnectionResetError, False),
        (asyncio.CancelledError, False),
        (asyncio.CancelledError, True),
    ],
    ids=[
        "error-retried-then-cancelled",
        "cancelled-in-commit",
        "cancelled-in-commit-removal-fails",
    ],
)
async def test_an_enqueue_committed_but_failed_does_not_stall_the_queue(
    databases: tuple[Database, Database],
    monkeypatch: pytest.MonkeyPatch,
    error: type[BaseException],
    removal_fails: bool,
) -> None:
    async def fail_after_commit(a: SharedRateLimiter) -> None:
        enqueue = a._enqueue
        tickets: list[int] = []
        retried = asyncio.Event()

        async def committed_then_failed(*args: Any, **kwargs: Any) -> Any:
            await enqueue(*args, **kwargs)
            tickets.append(await scalar(a.database, "SELECT count(*) FROM rate_tickets"))
            if len(tickets) == 2:
                retried.set()
            raise error("the connection was lost during COMMIT (test)")

        monkeypatch.setattr(a, "_enqueue", committed_then_failed)
        waiter = asyncio.create_task(a.acquire(group=DOOMED))
        if error is not asyncio.CancelledError:  # retried: then a timeout ends the wait
            await asyncio.wait_for(retried.wait(), BOUND)
            waiter.cancel()
        await asyncio.wait({waiter}, timeout=BOUND)
        assert waiter.cancelled()  # it ended: the cancellation was not swallowed
        monkeypatch.undo()
        assert tickets and all(count == 1 for count in tickets)  # each retry: the same ticket

    await check_no_stall(databases, fail_after_commit, removal_fails=removal_fails)


async def test_the_same_token_enqueued_twice_is_one_ticket(
    databases: tuple[Database, Database],
) -> None:
    shared = limiter(databases[0], "a")
    try:
        first = await shared._enqueue("t" * 32, 5, False, None)
        again = await shared._enqueue("t" * 32, 5, False, None)
        assert again == first
        assert await scalar(databases[0], "SELECT count(*) FROM rate_tickets") == 1
    finally:
        await shared.close()
