"""The repository side of the voice library on SQLite and PostgreSQL: paging with server
voices, renames and the server flag, and erasing a member's data (audit events kept,
impersonal)."""

from __future__ import annotations

from typing import Any

from bot.storage.models import AuditAction, CloneRecord, CloneStatus
from bot.storage.repository import CloneStore

GUILD = 111


async def voice(store: CloneStore, user_id: int, name: str, **extra: Any) -> CloneRecord:
    return await store.create_record(
        guild_id=extra.pop("guild_id", GUILD),
        channel_id=2,
        user_id=user_id,
        display_name=name,
        language="EN_US",
        status=CloneStatus.DONE,
        voice_id=f"ws__{name.lower().replace(' ', '_')}",
        transcription="something personal",
        **extra,
    )


async def test_library_pages_mine_plus_server_voices(store: CloneStore) -> None:
    mine = [await voice(store, 1, f"Mine {n}") for n in range(3)]
    other = await voice(store, 2, "Theirs")
    await voice(store, 1, "Elsewhere", guild_id=GUILD + 1)
    records, total = await store.library(GUILD, user_id=1, include_server=True, limit=2)
    assert total == 3 and [r.display_name for r in records] == ["Mine 2", "Mine 1"]
    shared = await store.update_voice(other.id, server_voice=True)
    assert shared is not None and shared.server_voice
    records, total = await store.library(GUILD, user_id=1, include_server=True, offset=2, limit=2)
    assert total == 4 and [r.display_name for r in records] == ["Mine 1", "Mine 0"]
    _, everything = await store.library(GUILD)
    assert everything == 4
    renamed = await store.update_voice(mine[0].id, display_name="Narrator")
    assert renamed is not None and renamed.display_name == "Narrator"
    await store.mark_voice_deleted(mine[0].id)
    assert await store.update_voice(mine[0].id, display_name="x") is None
    _, total = await store.library(GUILD, user_id=1, search="narr")
    assert total == 0


async def test_erase_member_keeps_impersonal_audit(store: CloneStore) -> None:
    record = await voice(store, 1, "Alice")
    await store.save_samples(record.id, [b"RIFF....WAVE"])
    keep = await voice(store, 2, "Bob")
    await store.add_audit(
        GUILD, AuditAction.CLONED, record_id=record.id, actor_id=1,
        detail={"voice_id": record.voice_id, "reason": "Alice said hi", "status": "done"},
    )  # fmt: skip
    await store.add_audit(GUILD, AuditAction.CLONED, record_id=keep.id, actor_id=2, detail={})
    assert await store.erase_member(GUILD, 1) == 1
    assert await store.member_records(GUILD, 1) == []
    assert await store.load_samples(record.id) == []
    assert [r.id for r in await store.member_records(GUILD, 2)] == [keep.id]
    events = await store.audit_events(GUILD)
    erased = [e for e in events if e.detail.get("erased")]
    assert len(erased) == 1 and erased[0].detail == {"status": "done", "erased": True}
    assert erased[0].actor_id is None and erased[0].record_id is None
    assert any(e.record_id == keep.id and e.actor_id == 2 for e in events)
