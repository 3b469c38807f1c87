"""The orphan sweep: requests left cloning or reconciling, settled by their tags against the
fake's account."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.inworld import CloneRequest, CloneSample, InworldClient
from bot.reconcile import ListLimits, OrphanSweep, SweepLimits
from bot.storage import AuditAction, CloneRecord, CloneStatus, CloneStore, new_request_tag, utcnow
from tests.fakes.inworld_server import FakeInworld, Fault, make_wav
from tests.reconcile.conftest import RecordingNotifier

ALICE, BOB = 42, 43
NAME = "Alice Narrator"
QUIET = SweepLimits(quiet_after=timedelta(seconds=0), listing=ListLimits(budget_seconds=5))
NOT_QUIET = SweepLimits(quiet_after=timedelta(hours=1), listing=ListLimits(budget_seconds=5))


async def cloning_record(
    store: CloneStore,
    *,
    name: str = NAME,
    started_ago: timedelta = timedelta(seconds=1),
    status: CloneStatus = CloneStatus.CLONING,
    guild: int = 1,
    user: int = ALICE,
) -> CloneRecord:
    record = await store.create_record(
        guild_id=guild,
        channel_id=2,
        user_id=user,
        notify_channel_id=2,
        display_name=name,
        language="EN_US",
    )
    moved = await store.transition(
        record.id, {CloneStatus.PROCESSING}, status, clone_started_at=utcnow() - started_ago
    )
    assert moved is not None and moved.request_tag is not None
    return moved


async def create_voice(inworld: InworldClient, tag: str | None, name: str = NAME) -> str:
    """A voice as the clone POST of the request tagged ``tag`` creates it."""
    tags = (tag,) if tag is not None else ()
    sample = (CloneSample(make_wav(6)),)
    result = await inworld.clone_once(CloneRequest(name, "EN_US", sample, tags=tags))
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
        lifecycle=notifier,
        limits=limits,
        **kwargs,  # type: ignore[arg-type]
    )


async def test_a_voice_created_before_a_crash_is_attached_on_the_first_pass(
    store: CloneStore,
    inworld: InworldClient,
    notifier: RecordingNotifier,
    fake_inworld: FakeInworld,
) -> None:
    """A restart mid-clone: the start-up pass attaches the voice carrying the request's tag,
    long before the quiet period; a same-named voice of another request is left alone."""
    other = await create_voice(inworld, new_request_tag())
    record = await cloning_record(store)
    orphan = await create_voice(inworld, record.request_tag)
    report = await sweep_for(store, inworld, notifier, NOT_QUIET).run_once()
    assert report.attached == [record.id]
    done = await store.get_record(record.id)
    assert done is not None and done.status is CloneStatus.DONE and done.voice_id == orphan
    assert done.reconcile_checks == 1
    ((user, text),) = notifier.told
    assert user == ALICE and orphan in text and other not in text
    assert notifier.audits[0][0] is AuditAction.RECONCILED
    assert len(fake_inworld.voices_named(NAME)) == 2


async def test_a_request_that_created_nothing_never_gets_another_members_voice(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier
) -> None:
    """Failure mode 3: Alice (server 1) and Bob (server 2) both lost the answer of a clone
    named alike; only Bob's created a voice. It is Bob's; Alice's request created nothing."""
    quiet_since = timedelta(minutes=20)
    alice = await cloning_record(store, started_ago=quiet_since, status=CloneStatus.RECONCILING)
    bob = await cloning_record(
        store, started_ago=quiet_since, status=CloneStatus.RECONCILING, guild=2, user=BOB
    )
    bobs = await create_voice(inworld, bob.request_tag)
    limits = SweepLimits(quiet_after=timedelta(minutes=10), listing=ListLimits(budget_seconds=5))
    report = await sweep_for(store, inworld, notifier, limits).run_once()
    assert report.attached == [bob.id] and report.not_created == [alice.id]
    got_bob, got_alice = await store.get_record(bob.id), await store.get_record(alice.id)
    assert got_bob is not None and got_bob.voice_id == bobs
    assert got_alice is not None and got_alice.status is CloneStatus.FAILED
    assert got_alice.voice_id is None
    told = dict(notifier.told)
    assert bobs in told[BOB] and "no voice was created" in told[ALICE]


async def test_a_late_voice_is_attached_on_the_first_pass_that_sees_it(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier
) -> None:
    record = await cloning_record(store, status=CloneStatus.RECONCILING)
    sweep = sweep_for(store, inworld, notifier, NOT_QUIET)
    assert (await sweep.run_once()).pending == [record.id]
    voice_id = await create_voice(inworld, record.request_tag)  # Inworld finished late
    assert (await sweep.run_once()).attached == [record.id]
    assert voice_id in notifier.told[-1][1]


async def test_nothing_created_fails_the_request_once_quiet(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier
) -> None:
    record = await cloning_record(store, status=CloneStatus.RECONCILING)
    await create_voice(inworld, new_request_tag())  # someone else's voice, same name
    report = await sweep_for(store, inworld, notifier).run_once()
    assert report.not_created == [record.id]
    failed = await store.get_record(record.id)
    assert failed is not None and failed.status is CloneStatus.FAILED
    assert "did not create" in (failed.failure_reason or "")
    assert "no voice was created" in notifier.told[0][1]


async def test_an_incomplete_listing_never_says_not_created(
    store: CloneStore,
    inworld: InworldClient,
    notifier: RecordingNotifier,
    fake_inworld: FakeInworld,
) -> None:
    record = await cloning_record(store, status=CloneStatus.RECONCILING)
    for _ in range(5):
        await create_voice(inworld, new_request_tag(), "Filler")
    limits = SweepLimits(quiet_after=timedelta(0), listing=ListLimits(page_size=2, max_pages=2))
    assert (await sweep_for(store, inworld, notifier, limits).run_once()).pending == [record.id]
    assert len(fake_inworld.list_requests) == 2
    fake_inworld.enqueue_list(*[Fault.rpc(14, "list down")] * 3)
    assert (await sweep_for(store, inworld, notifier).run_once()).pending == [record.id]
    assert notifier.told == []  # parked already: the member was told by the desk
    assert (await sweep_for(store, inworld, notifier).run_once()).not_created == [record.id]


async def test_too_early_to_tell_keeps_waiting_and_tells_the_member_once(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier
) -> None:
    record = await cloning_record(store)
    sweep = sweep_for(store, inworld, notifier, NOT_QUIET)
    assert (await sweep.run_once()).pending == [record.id]
    assert (await sweep.run_once()).pending == [record.id]
    parked = await store.get_record(record.id)
    assert parked is not None and parked.status is CloneStatus.RECONCILING
    assert parked.reconcile_checks == 2
    assert len(notifier.told) == 1 and "may have created it" in notifier.told[0][1]


async def test_one_listing_serves_every_request_of_a_pass(
    store: CloneStore,
    inworld: InworldClient,
    notifier: RecordingNotifier,
    fake_inworld: FakeInworld,
) -> None:
    records = [await cloning_record(store, guild=g) for g in (1, 2, 3)]
    voices = {r.id: await create_voice(inworld, r.request_tag) for r in records}
    fake_inworld.requests.clear()
    report = await sweep_for(store, inworld, notifier).run_once()
    assert sorted(report.attached) == [r.id for r in records]
    assert len(fake_inworld.list_requests) == 1
    for record in records:
        done = await store.get_record(record.id)
        assert done is not None and done.voice_id == voices[record.id]


async def test_an_untagged_request_is_settled_as_unknown_at_once(
    store: CloneStore,
    inworld: InworldClient,
    notifier: RecordingNotifier,
    fake_inworld: FakeInworld,
) -> None:
    """Sent before tags existed: a same-named voice proves nothing, so it is never attached;
    waiting would not help either, so the member is told at once."""
    record = await cloning_record(store, status=CloneStatus.RECONCILING)
    await store.transition(
        record.id, {CloneStatus.RECONCILING}, CloneStatus.RECONCILING, request_tag=None
    )
    await create_voice(inworld, None)
    report = await sweep_for(store, inworld, notifier, NOT_QUIET).run_once()
    assert report.given_up == [record.id]
    failed = await store.get_record(record.id)
    assert failed is not None and failed.status is CloneStatus.FAILED and failed.voice_id is None
    assert "without a request tag" in (failed.failure_reason or "")
    assert "cannot check" in notifier.told[0][1]
    assert fake_inworld.list_requests == []


async def test_a_found_voice_owes_its_member_only_an_outbox_message(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier
) -> None:
    """The result is written with the move to done: no lease is kept for it, and another
    process's pass sends it (once) if this one dies first."""
    record = await cloning_record(store)
    voice_id = await create_voice(inworld, record.request_tag)
    assert (await sweep_for(store, inworld, notifier).run_once()).attached == [record.id]
    done = await store.get_record(record.id)
    assert done is not None and done.lease_owner is None and done.voice_id == voice_id
    (result,) = [m for m in await store.outbox_messages(record.id) if m.kind == "result"]
    assert result.payload["created"] is True and result.delivered_at is None


async def test_list_failing_marks_for_reconciliation_then_settles(
    store: CloneStore,
    inworld: InworldClient,
    notifier: RecordingNotifier,
    fake_inworld: FakeInworld,
) -> None:
    record = await cloning_record(store)
    voice_id = await create_voice(inworld, record.request_tag)
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
    store: CloneStore,
    inworld: InworldClient,
    notifier: RecordingNotifier,
    fake_inworld: FakeInworld,
) -> None:
    record = await cloning_record(
        store, status=CloneStatus.RECONCILING, started_ago=timedelta(hours=30)
    )
    fake_inworld.enqueue_list(*[Fault.rpc(14, "list down")] * 9)
    report = await sweep_for(store, inworld, notifier).run_once()
    assert report.given_up == [record.id]
    assert "check your voice list" in notifier.told[0][1]


async def test_running_and_fresh_records_are_left_alone(
    store: CloneStore,
    inworld: InworldClient,
    notifier: RecordingNotifier,
    fake_inworld: FakeInworld,
) -> None:
    running = await cloning_record(store)
    fresh = await cloning_record(store, name="Fresh")
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
    assert notifier.told == [] and fake_inworld.list_requests == []  # nothing to look up


async def test_cloning_records_whose_post_never_started_are_not_swept(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier
) -> None:
    record = await store.create_record(
        guild_id=1, channel_id=2, user_id=ALICE, display_name=NAME, language="EN_US"
    )
    await store.transition(record.id, {CloneStatus.PROCESSING}, CloneStatus.CLONING)
    assert await store.to_reconcile() == []


@pytest.mark.parametrize("order", ["first-created-first", "last-created-first"])
async def test_same_named_requests_each_get_their_own_voice(
    store: CloneStore,
    inworld: InworldClient,
    notifier: RecordingNotifier,
    fake_inworld: FakeInworld,
    order: str,
) -> None:
    first = await cloning_record(store)
    second = await cloning_record(store, guild=2, user=BOB)
    created = (first, second) if order == "first-created-first" else (second, first)
    voices = {r.id: await create_voice(inworld, r.request_tag) for r in created}
    report = await sweep_for(store, inworld, notifier).run_once()
    assert sorted(report.attached) == [first.id, second.id]
    for record in (first, second):
        done = await store.get_record(record.id)
        assert done is not None and done.voice_id == voices[record.id]
    assert len(fake_inworld.voices_named(NAME)) == 2


async def test_a_found_voice_whose_spoken_consent_was_never_checked_is_deleted(
    store: CloneStore,
    inworld: InworldClient,
    notifier: RecordingNotifier,
    fake_inworld: FakeInworld,
) -> None:
    """Spoken consent left to the API's transcription: with the answer lost there is none."""
    record = await cloning_record(store)
    pending = {"challenge_id": 1, "sentence": "I agree...", "decision": "pending"}
    await store.transition(
        record.id, {CloneStatus.CLONING}, CloneStatus.CLONING, verification=pending
    )
    orphan = await create_voice(inworld, record.request_tag)
    sweep = sweep_for(store, inworld, notifier, delete_voice=inworld.delete_voice)
    await sweep.run_once()
    failed = await store.get_record(record.id)
    assert failed is not None and failed.status is CloneStatus.FAILED
    assert failed.voice_id == orphan and failed.voice_deleted_at is not None
    assert fake_inworld.voices_named(NAME) == []  # the account is left clean
    ((user, text),) = notifier.told
    assert user == ALICE and "could not be" in text and "deleted" in text
    assert notifier.audits[0][0] is AuditAction.DELETED


async def test_the_member_is_told_in_the_servers_language(
    store: CloneStore, inworld: InworldClient, notifier: RecordingNotifier
) -> None:
    """Server 1 speaks Japanese, server 2's language cannot be read (English); a request
    stores no language of its member, so the server's applies."""
    japanese = await cloning_record(store, status=CloneStatus.RECONCILING)
    reconciling = CloneStatus.RECONCILING
    await store.transition(japanese.id, {reconciling}, reconciling, review_message_id=5)
    unknown = await cloning_record(store, status=CloneStatus.RECONCILING, guild=2, user=BOB)
    voice_id = await create_voice(inworld, japanese.request_tag)

    async def locale_of(guild_id: int) -> str:
        if guild_id == 2:
            raise ConnectionError("the database is away")
        return "ja"

    sweep = sweep_for(store, inworld, notifier, locale_of=locale_of)
    report = await sweep.run_once()
    assert report.attached == [japanese.id] and report.not_created == [unknown.id]
    told = dict(notifier.told)
    assert told[ALICE].startswith(f"<@{ALICE}> 声 **{NAME}** は作成されていました")
    assert "no voice was created" in told[BOB]
    (result,) = [m for m in await store.outbox_messages(japanese.id) if m.kind == "result"]
    assert result.payload["locale"] == "ja"  # the stored result's embed follows it
    (line,) = [m for m in await store.outbox_messages(japanese.id) if m.kind == "review_update"]
    assert line.payload["line"] == f"✅ 声を作成しました（失われた応答の後に発見）：`{voice_id}`"
