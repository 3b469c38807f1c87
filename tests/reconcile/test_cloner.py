"""The clone call against the strict fake: ambiguous failures are looked up, not resent.

Every case counts the voices in the fake's account: exactly one per request, no orphan.
"""

from __future__ import annotations

import aiohttp
import pytest

from bot.inworld import CloneRequest, CloneSample, InworldClient
from bot.inworld.errors import ConnectionFailed, PermissionDenied
from bot.reconcile import ListLimits, ReconcileLimits, ReconcilingCloner, VoiceMayExist
from tests.fakes.inworld_server import FakeInworld, Fault, make_wav
from tests.reconcile.conftest import client_for

FAST = ReconcileLimits(settle_seconds=0.01, looks_while_running=3)
NAME = "Bob Narrator"


def request(name: str = NAME) -> CloneRequest:
    return CloneRequest(name, "EN_US", (CloneSample(make_wav(6)),))


class Hooks:
    """Counts limiter slots taken and remembers the snapshot stored before the POST."""

    def __init__(self, fake: FakeInworld) -> None:
        self.fake = fake
        self.slots: list[int] = []
        self.known: list[frozenset[str] | None] = []

    async def take_slot(self) -> None:
        self.slots.append(len(self.fake.clone_requests))

    async def on_sent(self, known: frozenset[str] | None) -> None:
        assert self.fake.clone_requests == [] or len(self.known) == 0
        self.known.append(known)


async def clone(
    client: InworldClient, hooks: Hooks, limits: ReconcileLimits = FAST, name: str = NAME
):
    return await ReconcilingCloner(client, limits).clone(
        request(name), take_slot=hooks.take_slot, on_sent=hooks.on_sent
    )


@pytest.mark.parametrize(
    "fault",
    [
        Fault.create_then_drop(),
        Fault.truncated_success(),
        Fault.proxy_error_after_create(502),
        Fault.proxy_error_after_create(504),
    ],
    ids=["create-then-drop", "truncated-success", "502-after-create", "504-after-create"],
)
async def test_voice_created_without_an_answer_is_found(
    fake_inworld: FakeInworld, inworld: InworldClient, fault: Fault
) -> None:
    fake_inworld.enqueue(fault)
    hooks = Hooks(fake_inworld)
    cloned = await clone(inworld, hooks)
    assert cloned.reconciled
    assert cloned.result.voice is not None
    assert [v["voiceId"] for v in fake_inworld.voices_named(NAME)] == [cloned.result.voice.voice_id]
    assert len(fake_inworld.clone_requests) == 1  # never resent
    assert hooks.slots == []
    assert hooks.known == [frozenset()]


async def test_answer_after_the_client_timeout_is_found(
    fake_inworld: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    fake_inworld.enqueue(Fault.slow_answer(5))
    hooks = Hooks(fake_inworld)
    cloned = await clone(client_for(fake_inworld, http_session, timeout=0.5), hooks)
    assert cloned.reconciled and cloned.result.voice is not None
    assert len(fake_inworld.voices_named(NAME)) == 1
    assert len(fake_inworld.clone_requests) == 1


async def test_timeout_before_the_voice_exists_is_never_resent(
    fake_inworld: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    """Inworld may still be working: "not found yet" is no proof, so no second POST."""
    fake_inworld.enqueue(Fault.stall(30))
    hooks = Hooks(fake_inworld)
    with pytest.raises(VoiceMayExist) as info:
        await clone(client_for(fake_inworld, http_session, timeout=0.3), hooks)
    assert "don't send it again" in info.value.user_message
    assert len(fake_inworld.clone_requests) == 1
    assert hooks.slots == []


async def test_timeout_then_the_voice_appears_while_looking(
    fake_inworld: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    fake_inworld.enqueue(Fault.stall(0.6))  # created 0.3 s after the client gave up
    hooks = Hooks(fake_inworld)
    limits = ReconcileLimits(settle_seconds=0.25, looks_while_running=4)
    cloned = await clone(client_for(fake_inworld, http_session, timeout=0.3), hooks, limits)
    assert cloned.reconciled
    assert len(fake_inworld.voices_named(NAME)) == 1
    assert len(fake_inworld.clone_requests) == 1


@pytest.mark.parametrize(
    "fault", [Fault.drop(), Fault.non_json(502)], ids=["dropped-before-create", "502-no-voice"]
)
async def test_nothing_created_means_a_retry_through_the_limiter(
    fake_inworld: FakeInworld, inworld: InworldClient, fault: Fault
) -> None:
    fake_inworld.enqueue(fault)
    hooks = Hooks(fake_inworld)
    cloned = await clone(inworld, hooks)
    assert not cloned.reconciled and cloned.attempts == 2
    assert len(fake_inworld.voices_named(NAME)) == 1
    assert len(fake_inworld.clone_requests) == 2
    assert hooks.slots == [1]  # the retry took a slot, like a first attempt


async def test_plain_retries_take_a_slot_each(
    fake_inworld: FakeInworld, inworld: InworldClient
) -> None:
    fake_inworld.enqueue(Fault.rate_limited(0), Fault.rpc(14, "down"))
    hooks = Hooks(fake_inworld)
    cloned = await clone(inworld, hooks)
    assert cloned.attempts == 3 and hooks.slots == [1, 2]
    assert len(fake_inworld.voices_named(NAME)) == 1


async def test_refused_connection_is_retried_plainly(http_session: aiohttp.ClientSession) -> None:
    import asyncio

    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    client = InworldClient(http_session, api_key="k", base_url=f"http://127.0.0.1:{port}")
    client.retry = client.retry.__class__(max_attempts=2, base_delay=0.01, total_budget=5)
    slots: list[None] = []

    async def take_slot() -> None:
        slots.append(None)

    with pytest.raises(ConnectionFailed) as info:
        await ReconcilingCloner(client, FAST).clone(request(), take_slot=take_slot)
    assert not info.value.ambiguous
    assert len(slots) == 1  # retried once (through the limiter), no reconciliation


async def test_list_failing_too_leaves_the_outcome_unknown(
    fake_inworld: FakeInworld, inworld: InworldClient
) -> None:
    fake_inworld.enqueue(Fault.create_then_drop())
    # The snapshot's list succeeds; every later list fails (the client retries reads).
    hooks = Hooks(fake_inworld)
    original = fake_inworld.enqueue_list

    async def on_sent(known: frozenset[str] | None) -> None:
        hooks.known.append(known)
        original(*[Fault.rpc(14, "list down")] * 10)

    with pytest.raises(VoiceMayExist) as info:
        await ReconcilingCloner(inworld, FAST).clone(
            request(), take_slot=hooks.take_slot, on_sent=on_sent
        )
    assert info.value.ambiguous and "list down" in str(info.value)
    assert len(fake_inworld.clone_requests) == 1
    assert len(fake_inworld.voices_named(NAME)) == 1  # exists; the sweep will attach it


async def test_no_snapshot_means_unknown_instead_of_a_guess(
    fake_inworld: FakeInworld, inworld: InworldClient
) -> None:
    fake_inworld.enqueue_list(*[Fault.rpc(14, "list down")] * 3)
    fake_inworld.enqueue(Fault.create_then_drop())
    hooks = Hooks(fake_inworld)
    with pytest.raises(VoiceMayExist):
        await clone(inworld, hooks)
    assert hooks.known == [None]
    assert len(fake_inworld.clone_requests) == 1


async def test_an_older_voice_with_the_same_name_is_not_mistaken(
    fake_inworld: FakeInworld, inworld: InworldClient
) -> None:
    older = await inworld.clone_once(request())
    assert older.voice is not None
    fake_inworld.enqueue(Fault.drop())  # nothing created this time
    hooks = Hooks(fake_inworld)
    cloned = await clone(inworld, hooks)
    assert not cloned.reconciled and cloned.result.voice is not None
    assert cloned.result.voice.voice_id != older.voice.voice_id
    assert hooks.known == [frozenset({older.voice.voice_id})]
    assert len(fake_inworld.voices_named(NAME)) == 2  # one per request


async def test_voices_claimed_by_other_requests_are_skipped(
    fake_inworld: FakeInworld, inworld: InworldClient
) -> None:
    hooks = Hooks(fake_inworld)
    claimed_id: list[str] = []

    async def claimed(ids: object) -> set[str]:
        return set(claimed_id)

    async def on_sent(known: frozenset[str] | None) -> None:
        # Another request's same-named voice appears while ours is under way.
        other = await inworld.clone_once(request())
        assert other.voice is not None
        claimed_id.append(other.voice.voice_id)
        fake_inworld.enqueue(Fault.create_then_drop())

    cloned = await ReconcilingCloner(inworld, FAST).clone(
        request(), take_slot=hooks.take_slot, on_sent=on_sent, claimed=claimed
    )
    assert cloned.reconciled and cloned.result.voice is not None
    assert cloned.result.voice.voice_id not in claimed_id


async def test_listing_is_paginated_and_bounded(
    fake_inworld: FakeInworld, inworld: InworldClient
) -> None:
    for _ in range(5):
        await inworld.clone_once(request("Someone Else"))
    fake_inworld.enqueue(Fault.create_then_drop())
    # The display-name filter is refused by this "API": the source-only filter pages through.
    paged = ReconcileLimits(settle_seconds=0.01, listing=ListLimits(page_size=2, max_pages=10))
    hooks = Hooks(fake_inworld)
    original = fake_inworld.enqueue_list
    original(Fault.rpc(3, "unsupported filter field 'displayName'"))

    async def on_sent(known: frozenset[str] | None) -> None:
        hooks.known.append(known)
        original(Fault.rpc(3, "unsupported filter field 'displayName'"))

    cloned = await ReconcilingCloner(inworld, paged).clone(
        request(), take_slot=hooks.take_slot, on_sent=on_sent
    )
    assert cloned.reconciled
    pages = [r.query.get("pageToken", "") for r in fake_inworld.list_requests]
    assert len(pages) >= 6 and sum(1 for p in pages if p) >= 4

    fake_inworld.enqueue(Fault.create_then_drop())
    refused = Fault.rpc(3, "unsupported filter field 'displayName'")
    original(refused)  # the snapshot's first try; the look's is below
    tight = ReconcileLimits(settle_seconds=0.01, listing=ListLimits(page_size=2, max_pages=2))
    with pytest.raises(VoiceMayExist):  # more pages than allowed: any verdict would be a guess
        await ReconcilingCloner(inworld, tight).clone(request("Third"))


async def test_a_definite_error_is_raised_at_once(
    fake_inworld: FakeInworld, inworld: InworldClient
) -> None:
    fake_inworld.enqueue(Fault.rpc(7, "read only"))
    hooks = Hooks(fake_inworld)
    with pytest.raises(PermissionDenied):
        await clone(inworld, hooks)
    assert hooks.slots == [] and len(fake_inworld.clone_requests) == 1
