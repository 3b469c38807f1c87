"""A stored request of Alice's in a given state, for outbox and lifecycle tests."""

from __future__ import annotations

from typing import Any

from bot.storage import CloneRecord, CloneStatus, CloneStore

GUILD, CHANNEL, ALICE = 1, 2, 3


async def alices_request(store: CloneStore, status: CloneStatus, **fields: Any) -> CloneRecord:
    return await store.create_record(
        guild_id=GUILD,
        channel_id=CHANNEL,
        user_id=ALICE,
        display_name="Alice",
        language="EN_US",
        status=status,
        **fields,
    )
