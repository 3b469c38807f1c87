"""The request lifecycle is one table, and every state change goes through it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.lifecycle import TABLE, Effect, Event, Lifecycle, Said
from bot.storage import FINAL_STATUSES, CloneStatus, CloneStore
from tests.outbox.helpers import alices_request

ROOT = Path(__file__).resolve().parents[2]


def test_every_event_has_one_row_and_no_final_state_moves_again() -> None:
    assert set(TABLE) == set(Event)
    for event, step in TABLE.items():
        assert step.sources, event
        assert not step.sources & FINAL_STATUSES, f"{event}: a final request moved"


def test_every_member_facing_outcome_is_audited() -> None:
    for event, step in TABLE.items():
        if step.target.is_final or step.effects:
            assert step.audit is not None, f"{event} ends or tells without an audit event"


def test_only_the_lifecycle_moves_a_request() -> None:
    """No state change written by hand elsewhere: ``transition`` is called by bot.lifecycle
    only, and the two moves that also check quotas (creation, consent) take their target
    and effects from the table."""
    calls = re.compile(r"\.transition\(")
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("bot", "cogs")
        for path in (ROOT / folder).rglob("*.py")
        if "storage" not in path.parts and path.name != "lifecycle.py"
        if calls.search(path.read_text())
    ]
    assert offenders == []
    review = (ROOT / "bot/desk/review.py").read_text()
    assert "TABLE[Event.SENT_FOR_REVIEW if review else Event.CONSENTED]" in review
    assert "rows_for(step, moved, said)" in review


async def test_a_move_that_must_tell_the_member_refuses_to_run_silently(
    store: CloneStore,
) -> None:
    record = await alices_request(store, CloneStatus.PENDING_APPROVAL)
    lifecycle = Lifecycle(store)
    assert Effect.NOTICE in TABLE[Event.REJECTED].effects
    with pytest.raises(ValueError, match="notice"):
        await lifecycle.fire(record.id, Event.REJECTED, said=Said(actor_id=9))
    unchanged = await store.get_record(record.id)
    assert unchanged is not None and unchanged.status is CloneStatus.PENDING_APPROVAL
    moved = await lifecycle.fire(record.id, Event.REJECTED, said=Said(notice="no"))
    assert moved is not None and moved.status is CloneStatus.REJECTED
    assert await lifecycle.fire(record.id, Event.REJECTED, said=Said(notice="again")) is None
    notices = [m for m in await store.outbox_messages(record.id) if m.kind == "notice"]
    assert [m.payload["text"] for m in notices] == ["no"]  # the lost race wrote nothing
