"""The orphan sweep: requests left cloning or reconciling, settled against the fake's account."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.inworld import CloneRequest, CloneSample, InworldClient
from bot.leases import LeaseKeeper
from bot.reconcile import ListLimits, OrphanSweep, SweepLimits
from bot.storage import AuditAction, CloneRecord, CloneStatus, CloneStore, utcnow
from tests.fakes.inworld_server import Fault, make_wav
from tests.reconcile.conftest import RecordingNotifier

ALICE = 42
NAME = "Alice Narrator"
QUIET = SweepLimits(quiet_after=timedelta(seconds=0), listing=ListLimits(budget_seconds=5))
NOT_QUIET = SweepLimits(quiet_after=timedelta(hours=1), listing=ListLimits(budget_seconds=5))


async def cloning_record(
    store: CloneStore,
    *,
    name: str = NAME,
    known: list[str] | None = None,
    started_ago: timedelta = timedelta(seconds=1),
    status: CloneStatus = CloneStatus.CLONING,
) -> CloneRecord:
    record = await store.create_record(
        guild_id=1,
        channel_id=2,
        user_id=ALICE,
        notify_channel_id=2,
        display_name=name,
        language="EN_US",
    )
    moved = await store.transition(
        record.id,
        {CloneStatus.PROCESSING},
        status,
        clone_started_at=utcnow() - started_ago,
        known_voice_ids=known,
    )
    assert moved is not None
    return moved


async def create_voice(inworld: InworldClient, name: str = NAME) -> str:
    result = await inworld.clone_once(CloneRequest(name, "EN_US", (CloneSample(make_wav(6)),)))
    assert result.voice is not None
    return result.voice.voice_id


def sweep_for(
    store: CloneStore,
    inworld: InworldClient,
    notifier: RecordingNotifier,
    limits: SweepLimits = QUIET,
    **kwargs: object,
) -> OrphanSweep:
    return OrphanSweep(
        store=store,
        lister=inworld,
        notifier=notifier,
        limits=limits,
        **kwargs,  # type: ignore[arg-type]
    )


async def test_a_voice_created_before_a_crash_is_attached_and_its_owner_told(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier, fake_inworld
) -> None:
    older = await create_voice(inworld)  # the member's earlier voice of the same name
    record = await cloning_record(store, known=[older])
    orphan = await create_voice(inworld)  # the POST the crash interrupted
    report = await sweep_for(store, inworld, notifier).run_once()
    assert report.attached == [record.id]
    done = await store.get_record(record.id)
    assert done is not None and done.status is CloneStatus.DONE and done.voice_id == orphan
    assert done.reconcile_checks == 1
    ((user, text),) = notifier.told
    assert user == ALICE and orphan in text
    assert notifier.audits[0][0] is AuditAction.RECONCILED
    assert len(fake_inworld.voices_named(NAME)) == 2  # one per request, no orphan left
    assert await store.claimed_voice_ids([older, orphan]) == {orphan}


async def test_a_found_voice_stays_held_until_its_owner_is_told(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier
) -> None:
    """Another process's recovery must not send it a second time while this one tells."""
    record = await cloning_record(store, known=[])
    await create_voice(inworld)
    keeper = LeaseKeeper(store, 30.0, owner="sweeper")
    sweep = sweep_for(store, inworld, notifier, hold=lambda: (keeper.fields(), keeper.hold))
    assert (await sweep.run_once()).attached == [record.id]
    done = await store.get_record(record.id)
    assert done is not None and done.lease_owner == "sweeper" and record.id in keeper.held
    assert await store.undelivered(utcnow()) == []  # held: nobody else re-sends it


async def test_nothing_created_fails_the_request_once_quiet(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier
) -> None:
    record = await cloning_record(store, known=[], status=CloneStatus.RECONCILING)
    report = await sweep_for(store, inworld, notifier).run_once()
    assert report.not_created == [record.id]
    failed = await store.get_record(record.id)
    assert failed is not None and failed.status is CloneStatus.FAILED
    assert "did not create" in (failed.failure_reason or "")
    assert "no voice was created" in notifier.told[0][1]


async def test_too_early_to_tell_keeps_waiting_and_tells_the_member_once(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier
) -> None:
    record = await cloning_record(store, known=[])
    sweep = sweep_for(store, inworld, notifier, NOT_QUIET)
    assert (await sweep.run_once()).pending == [record.id]
    assert (await sweep.run_once()).pending == [record.id]
    parked = await store.get_record(record.id)
    assert parked is not None and parked.status is CloneStatus.RECONCILING
    assert parked.reconcile_checks == 2
    assert len(notifier.told) == 1 and "may have created it" in notifier.told[0][1]
    # The voice shows up later (Inworld was slow): the next pass attaches it.
    voice_id = await create_voice(inworld)
    assert (await sweep.run_once()).attached == [record.id]
    assert voice_id in notifier.told[-1][1]


async def test_list_failing_marks_for_reconciliation_then_settles(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier, fake_inworld
) -> None:
    record = await cloning_record(store, known=[])
    voice_id = await create_voice(inworld)
    fake_inworld.enqueue_list(*[Fault.rpc(14, "list down")] * 3)  # one listing, retries too
    sweep = sweep_for(store, inworld, notifier)
    assert (await sweep.run_once()).pending == [record.id]
    parked = await store.get_record(record.id)
    assert parked is not None and parked.status is CloneStatus.RECONCILING
    assert "may have created it" in notifier.told[0][1]
    assert fake_inworld.pending_list_faults == 0  # the list answers again
    assert (await sweep.run_once()).attached == [record.id]
    done = await store.get_record(record.id)
    assert done is not None and done.status is CloneStatus.DONE and done.voice_id == voice_id
    assert voice_id in notifier.told[-1][1]


async def test_unknown_for_too_long_gives_up_with_a_clear_reason(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier, fake_inworld
) -> None:
    record = await cloning_record(
        store, known=[], status=CloneStatus.RECONCILING, started_ago=timedelta(hours=30)
    )
    fake_inworld.enqueue_list(*[Fault.rpc(14, "list down")] * 9)
    report = await sweep_for(store, inworld, notifier).run_once()
    assert report.given_up == [record.id]
    assert "check your voice list" in notifier.told[0][1]


async def test_running_and_fresh_records_are_left_alone(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier
) -> None:
    running = await cloning_record(store, known=[])
    fresh = await cloning_record(store, name="Fresh", known=[])
    # Another live process holds the fresh one's lease.
    assert await store.claim_lease(
        fresh.id, {CloneStatus.CLONING}, "other-process", utcnow() + timedelta(minutes=1)
    )
    sweep = sweep_for(
        store,
        inworld,
        notifier,
        is_running=lambda record_id: record_id == running.id,
        respect_leases=True,
    )
    report = await sweep.run_once()
    assert report.settled == 0 and report.pending == []
    assert (await store.get_record(fresh.id)).status is CloneStatus.CLONING  # type: ignore[union-attr]
    assert notifier.told == []


async def test_cloning_records_whose_post_never_started_are_not_swept(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier
) -> None:
    record = await store.create_record(
        guild_id=1, channel_id=2, user_id=ALICE, display_name=NAME, language="EN_US"
    )
    await store.transition(record.id, {CloneStatus.PROCESSING}, CloneStatus.CLONING)
    assert await store.to_reconcile() == []


async def test_same_named_requests_each_get_their_own_voice(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier, fake_inworld
) -> None:
    first = await cloning_record(store, known=[])
    second = await cloning_record(store, known=[])
    voices = [await create_voice(inworld), await create_voice(inworld)]
    report = await sweep_for(store, inworld, notifier).run_once()
    assert sorted(report.attached) == [first.id, second.id]
    attached = {(await store.get_record(r.id)).voice_id for r in (first, second)}  # type: ignore[union-attr]
    assert attached == set(voices)
    assert len(fake_inworld.voices_named(NAME)) == 2


@pytest.mark.parametrize("pages", [1, 3])
async def test_the_sweep_lists_within_its_page_bound(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier, fake_inworld, pages
) -> None:
    for _ in range(4):
        await create_voice(inworld, "Filler")
    record = await cloning_record(store, known=[])
    await create_voice(inworld)
    fake_inworld.enqueue_list(Fault.rpc(3, "unsupported filter field 'displayName'"))
    limits = SweepLimits(quiet_after=timedelta(0), listing=ListLimits(page_size=2, max_pages=pages))
    report = await sweep_for(store, inworld, notifier, limits).run_once()
    if pages == 1:  # incomplete listing: no verdict, the request waits
        assert report.pending == [record.id]
        assert len(fake_inworld.list_requests) == 2
    else:
        assert report.attached == [record.id]


async def test_a_found_voice_whose_spoken_consent_was_never_checked_is_deleted(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier, fake_inworld
) -> None:
    """Spoken consent left to the API's transcription: with the answer lost there is none."""
    record = await cloning_record(store, known=[])
    pending = {"challenge_id": 1, "sentence": "I agree...", "decision": "pending"}
    await store.transition(
        record.id, {CloneStatus.CLONING}, CloneStatus.CLONING, verification=pending
    )
    orphan = await create_voice(inworld)
    sweep = sweep_for(store, inworld, notifier, delete_voice=inworld.delete_voice)
    await sweep.run_once()
    failed = await store.get_record(record.id)
    assert failed is not None and failed.status is CloneStatus.FAILED
    assert failed.voice_id == orphan and failed.voice_deleted_at is not None
    assert fake_inworld.voices_named(NAME) == []  # the account is left clean
    ((user, text),) = notifier.told
    assert user == ALICE and "could not be" in text and "deleted" in text
    assert notifier.audits[0][0] is AuditAction.DELETED
