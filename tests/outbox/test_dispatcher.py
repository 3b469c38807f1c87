"""The outbox dispatcher on a real database: delivered once, retried with a stored backoff,
abandoned at the end, claimed by one process at a time, never stopped by a sender's bug."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import update

from bot.lifecycle import Event, Lifecycle, Said
from bot.outbox import Backoff, LiveRequest, NotDelivered, OutboxDispatcher
from bot.storage import CloneRecord, CloneStatus, CloneStore, OutboxMessage, utcnow
from bot.storage.repository import RequestStillOpen
from tests.outbox.helpers import alices_request


class Sender:
    """Fails each message ``failures`` times (with ``error``), then delivers it."""

    def __init__(self, failures: int = 0, error: Exception | None = None) -> None:
        self.failures = failures
        self.error = error or ConnectionResetError("server disconnected")
        self.calls: list[tuple[int, LiveRequest | None]] = []
        self.gate: asyncio.Event | None = None

    async def send(self, message: OutboxMessage, live: LiveRequest | None) -> Mapping[str, Any]:
        self.calls.append((message.id, live))
        if self.gate is not None:
            await self.gate.wait()
        if sum(1 for m, _ in self.calls if m == message.id) <= self.failures:
            raise self.error
        return {"where": "test"}


NOW_AND_THEN = Backoff(base=0.0, cap=0.0, max_attempts=3)


async def make_due(store: CloneStore) -> None:
    """As if the backoff had passed: every waiting message is due now."""
    async with store.database.session() as session, session.begin():
        await session.execute(update(OutboxMessage).values(due_at=utcnow()))


async def rejected(store: CloneStore) -> CloneRecord:
    """A request a moderator rejected: a notice and a review update wait in the outbox."""
    record = await alices_request(
        store, CloneStatus.PENDING_APPROVAL, review_channel_id=4, review_message_id=5
    )
    moved = await Lifecycle(store).fire(
        record.id,
        Event.REJECTED,
        said=Said(actor_id=9, notice="rejected", review_line="❌ Rejected", detail={"reason": "x"}),
    )
    assert moved is not None
    return moved


async def test_a_move_writes_its_messages_and_each_is_delivered_once(store: CloneStore) -> None:
    record = await rejected(store)
    kinds = [m.kind for m in await store.outbox_messages(record.id)]
    assert kinds == ["audit", "review_update", "notice"]
    sender = Sender()
    dispatcher = OutboxDispatcher(store, sender, owner="a")
    assert len(await dispatcher.run_once()) == 3
    assert await dispatcher.run_once() == []
    assert len(sender.calls) == 3
    assert all(m.delivered_at is not None for m in await store.outbox_messages(record.id))


async def test_a_failure_is_retried_after_its_stored_backoff_then_abandoned(
    store: CloneStore,
) -> None:
    record = await rejected(store)
    sender = Sender(failures=99)
    slow = OutboxDispatcher(store, sender, owner="a", backoff=Backoff(base=60, max_attempts=3))
    await slow.run_once()
    again = await slow.run_once()
    assert again == []  # due in about a minute, not now
    (notice,) = [m for m in await store.outbox_messages(record.id) if m.kind == "notice"]
    assert notice.attempts == 1 and notice.due_at > utcnow() + timedelta(seconds=40)
    assert "server disconnected" in (notice.last_error or "")
    eager = OutboxDispatcher(store, sender, owner="a", backoff=NOW_AND_THEN)
    for _ in range(3):  # the clock moves on: every retry is due
        await make_due(store)
        await eager.run_once()
    left = await store.outbox_messages(record.id)
    assert all(m.abandoned_at is not None and m.delivered_at is None for m in left)
    assert await eager.run_once() == []  # never sent again


async def test_a_permanent_refusal_is_abandoned_at_once(store: CloneStore) -> None:
    record = await rejected(store)
    sender = Sender(failures=1, error=NotDelivered("channel deleted", permanent=True))
    await OutboxDispatcher(store, sender, owner="a").run_once()
    messages = await store.outbox_messages(record.id)
    assert all(m.abandoned_at is not None and m.attempts == 1 for m in messages)


async def test_two_processes_never_deliver_one_message_both(store: CloneStore) -> None:
    record = await rejected(store)
    sender = Sender()
    sender.gate = asyncio.Event()
    first = OutboxDispatcher(store, sender, owner="a")
    second = OutboxDispatcher(store, sender, owner="b")
    running = asyncio.create_task(first.run_once())
    while not sender.calls:
        await asyncio.sleep(0)
    assert await second.run_once() == []  # all three are claimed by the first
    sender.gate.set()
    assert len(await running) == 3
    assert sorted(m for m, _ in sender.calls) == sorted(
        m.id for m in await store.outbox_messages(record.id)
    )


async def test_a_claim_left_by_a_dead_process_lapses(store: CloneStore) -> None:
    record = await rejected(store)
    claimed = await store.claim_outbox("dead", timedelta(seconds=-1))  # already lapsed
    assert len(claimed) == 3
    assert len(await OutboxDispatcher(store, Sender(), owner="b").run_once()) == 3
    assert all(m.delivered_at for m in await store.outbox_messages(record.id))


async def test_the_messages_of_a_request_this_process_runs_wait_for_its_flush(
    store: CloneStore,
) -> None:
    """The background pass leaves them to the request's own flush, which has the live
    interaction and the full outcome."""
    record = await rejected(store)
    sender = Sender()
    dispatcher = OutboxDispatcher(store, sender, owner="a")
    live = dispatcher.live.open(record.id, interaction="the interaction")
    assert await dispatcher.run_once() == []
    delivered = await dispatcher.flush(record.id)
    assert len(delivered) == 3 and all(seen is live for _, seen in sender.calls)


async def test_a_senders_bug_neither_stops_the_dispatcher_nor_loses_the_message(
    store: CloneStore,
) -> None:
    record = await rejected(store)
    sender = Sender(failures=1, error=KeyError("a bug"))
    dispatcher = OutboxDispatcher(store, sender, owner="a", poll_seconds=0.01, backoff=NOW_AND_THEN)
    dispatcher.start()
    try:
        for _ in range(500):
            if all(m.delivered_at for m in await store.outbox_messages(record.id)):
                break
            await asyncio.sleep(0.01)
    finally:
        await dispatcher.stop(5)
    messages = await store.outbox_messages(record.id)
    assert all(m.delivered_at is not None and m.attempts == 1 for m in messages)


async def test_stop_makes_a_last_pass_for_what_shutdown_wrote(store: CloneStore) -> None:
    sender = Sender()
    dispatcher = OutboxDispatcher(store, sender, owner="a", poll_seconds=60)
    dispatcher.start()
    await asyncio.sleep(0)
    record = await rejected(store)  # written while the dispatcher sleeps: no kick
    await dispatcher.stop(5)
    assert all(m.delivered_at for m in await store.outbox_messages(record.id))


async def test_an_erased_request_takes_its_undelivered_messages_with_it(
    store: CloneStore,
) -> None:
    record = await rejected(store)
    await store.erase_member(record.guild_id, record.user_id)
    left = [m for m in await store.outbox_messages() if m.record_id == record.id]
    assert left == []


async def test_erasure_refuses_a_request_still_open_in_its_own_transaction(
    store: CloneStore,
) -> None:
    """A request opened after the library's check (an approval, a resumed clone) is never
    erased under a move that is still to come: the voice on its way keeps its request."""
    record = await alices_request(store, CloneStatus.CLONING)
    with pytest.raises(RequestStillOpen):
        await store.erase_member(1, 3)
    assert await store.get_record(record.id) is not None


async def test_a_live_requests_result_waits_for_its_own_process(store: CloneStore) -> None:
    """Another process's pass cannot take the result before the process running the request
    (with its interaction and the full outcome) flushes it."""
    record = await alices_request(store, CloneStatus.CLONING)
    lifecycle = Lifecycle(store, owner="a", live=lambda record_id: True)
    said = Said(result={"headline": "ready", "created": True}, detail={})
    assert await lifecycle.fire(record.id, Event.CLONED, said=said, voice_id="v") is not None
    other = OutboxDispatcher(store, Sender(), owner="b")
    assert [d.kind for d in await other.run_once()] == ["audit"]
    mine = OutboxDispatcher(store, Sender(), owner="a")
    assert [d.kind for d in await mine.flush(record.id)] == ["result"]
