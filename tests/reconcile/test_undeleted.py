"""The voices failed requests left behind (their first deletion failed): each sweep pass
deletes them again until Inworld has none, then stamps and audits them once; and the sweep's
pruning of the usage marks."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.inworld import InworldClient
from bot.inworld.errors import Unavailable
from bot.reconcile import OrphanSweep
from bot.reconcile.undeleted import REASON
from bot.storage import AuditAction, CloneRecord, CloneStatus, CloneStore, usage, utcnow
from bot.storage.models import UsageKind, UsageMark
from tests.fakes.inworld_server import FakeInworld
from tests.reconcile.conftest import RecordingNotifier
from tests.reconcile.test_sweep import NAME, QUIET, create_voice, sweep_for

ALICE = 42


class FlakyDelete:
    """Inworld's DELETE failing ``failures`` times (a 503), then the real one."""

    def __init__(self, inworld: InworldClient, failures: int) -> None:
        self.inworld = inworld
        self.failures = failures
        self.calls: list[str] = []

    async def __call__(self, voice_id: str) -> None:
        self.calls.append(voice_id)
        if self.failures > 0:
            self.failures -= 1
            raise Unavailable("503 from Inworld", http_status=503)
        await self.inworld.delete_voice(voice_id)


async def left_behind(
    store: CloneStore, voice_id: str, *, status: CloneStatus = CloneStatus.FAILED
) -> CloneRecord:
    """A request as the spoken-mismatch path leaves it when its DELETE failed."""
    return await store.create_record(
        guild_id=1,
        channel_id=2,
        user_id=ALICE,
        display_name=NAME,
        language="EN_US",
        status=status,
        voice_id=voice_id,
        failure_reason="the spoken sentence did not match; deleting the voice failed",
    )


def sweep_with(
    store: CloneStore,
    inworld: InworldClient,
    notifier: RecordingNotifier,
    delete: FlakyDelete,
) -> OrphanSweep:
    return sweep_for(store, inworld, notifier, QUIET, delete_voice=delete)


async def deleted_audits(store: CloneStore) -> list[dict[str, object]]:
    events = await store.audit_events(1)
    return [e.detail for e in events if e.action == AuditAction.DELETED.value]


async def test_the_sweep_retries_a_failed_deletion_until_it_succeeds(
    store: CloneStore,
    inworld: InworldClient,
    notifier: RecordingNotifier,
    fake_inworld: FakeInworld,
) -> None:
    """Finding 3, the failed-delete branch: nothing retried the deletion."""
    voice_id = await create_voice(inworld, None)
    record = await left_behind(store, voice_id)
    delete = FlakyDelete(inworld, failures=2)
    sweep = sweep_with(store, inworld, notifier, delete)

    for _ in range(2):  # Inworld still failing: left for the next pass, nothing stamped
        report = await sweep.run_once()
        assert report.voices_deleted == []
        still = await store.get_record(record.id)
        assert still is not None and still.voice_deleted_at is None
        assert voice_id in fake_inworld.voices
    assert await deleted_audits(store) == []

    report = await sweep.run_once()
    assert report.voices_deleted == [record.id]
    assert voice_id not in fake_inworld.voices
    gone = await store.get_record(record.id)
    assert gone is not None and gone.voice_deleted_at is not None
    assert gone.status is CloneStatus.FAILED
    # The moderators are told: the audit event and its post to the audit channel.
    assert await deleted_audits(store) == [
        {"voice_id": voice_id, "deleted": True, "reason": REASON}
    ]
    posts = [m for m in await store.outbox_messages(record.id) if m.kind == "audit"]
    assert [p.payload["action"] for p in posts] == [AuditAction.DELETED.value]

    assert (await sweep.run_once()).voices_deleted == []  # done: never again
    assert delete.calls == [voice_id] * 3


async def test_a_voice_already_gone_on_inworld_is_stamped(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier
) -> None:
    record = await left_behind(store, "ws__never_existed")
    report = await sweep_with(store, inworld, notifier, FlakyDelete(inworld, 0)).run_once()
    assert report.voices_deleted == [record.id]  # Inworld's 404: already deleted


async def test_only_failed_requests_undeleted_voices_are_touched(
    store: CloneStore,
    inworld: InworldClient,
    notifier: RecordingNotifier,
    fake_inworld: FakeInworld,
) -> None:
    live = await create_voice(inworld, None)
    await left_behind(store, live, status=CloneStatus.DONE)  # a member's voice
    stamped = await left_behind(store, "ws__deleted_already")
    await store.mark_voice_deleted(stamped.id)
    delete = FlakyDelete(inworld, 0)
    assert (await sweep_with(store, inworld, notifier, delete).run_once()).voices_deleted == []
    assert delete.calls == [] and live in fake_inworld.voices


async def test_a_deletion_is_stamped_and_audited_once(store: CloneStore) -> None:
    """Two processes' sweeps may both delete it: only the first stamp counts."""
    record = await left_behind(store, "ws__twice")
    detail = {"voice_id": "ws__twice", "deleted": True}
    first = await store.undeleted_voice_gone(record.id, detail)
    assert first is not None and first.voice_deleted_at is not None
    assert await store.undeleted_voice_gone(record.id, detail) is None
    assert len(await deleted_audits(store)) == 1
    assert await store.undeleted_voices() == []


async def test_the_sweep_prunes_the_usage_marks(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier
) -> None:
    now = utcnow()
    async with store.database.session() as session, session.begin():
        for age in (timedelta(hours=1), timedelta(hours=30)):
            session.add(usage.mark(UsageKind.CONSENTED, 1, "k" * 64, now - age))
    sweep = sweep_for(store, inworld, notifier, QUIET)
    assert (await sweep.run_once()).pruned == 1
    async with store.database.session() as session:
        left = list(await session.scalars(select(UsageMark.at)))
    assert left == [now - timedelta(hours=1)]
