"""The route chain: bounded retries, files dropped when refused, then the next route."""

from __future__ import annotations

import pytest

from bot.delivery import Attachment, Fault, Letter, RetryPolicy, Step, deliver
from bot.i18n import tr
from tests.delivery.helpers import ScriptedRoute, Sleeps

NO_FILES_NOTE = tr("en-US", "error-audio-not-attached")

LETTER = Letter("hello", attachments=(Attachment("a.wav", b"RIFF"),), mention=7)


async def test_transient_faults_are_retried_with_backoff_then_succeed():
    sleeps = Sleeps()
    route = ScriptedRoute("channel", Fault.TRANSIENT, Fault.TRANSIENT)
    done = await deliver(
        [Step(route, LETTER)], RetryPolicy(attempts=3, base_delay=0.5), sleep=sleeps
    )
    assert done is not None and done.route == "channel"
    assert len(route.attempts) == 3 and sleeps.delays == [0.5, 1.0]


async def test_retries_are_bounded_then_the_next_route_is_used():
    sleeps = Sleeps()
    first = ScriptedRoute("interaction", always=Fault.TRANSIENT)
    second = ScriptedRoute("channel")
    done = await deliver(
        [Step(first, LETTER), Step(second, LETTER)], RetryPolicy(attempts=2), sleep=sleeps
    )
    assert done is not None and done.route == "channel"
    assert len(first.attempts) == 2 and len(sleeps.delays) == 1


async def test_refused_files_are_dropped_and_said_so():
    route = ScriptedRoute("channel", Fault.FILES_REFUSED)
    done = await deliver([Step(route, LETTER)], sleep=Sleeps())
    assert done is not None
    (sent,) = route.delivered
    assert sent.attachments == () and NO_FILES_NOTE in sent.content and sent.mention == 7


async def test_missing_permission_moves_on_without_retrying_the_same_route():
    sleeps = Sleeps()
    channel = ScriptedRoute("channel", always=Fault.FORBIDDEN)
    dm = ScriptedRoute("dm")
    done = await deliver([Step(channel, LETTER), Step(dm, LETTER)], sleep=sleeps)
    assert done is not None and done.route == "dm"
    assert len(channel.attempts) == 1 and sleeps.delays == []


async def test_nothing_works_returns_none_without_raising():
    routes = [ScriptedRoute(n, always=f) for n, f in [("a", Fault.GONE), ("b", Fault.DMS_CLOSED)]]
    assert await deliver([Step(r, LETTER) for r in routes], sleep=Sleeps()) is None


async def test_every_attempt_of_a_step_carries_one_nonce_even_without_files():
    route = ScriptedRoute("channel", Fault.TRANSIENT, Fault.FILES_REFUSED)
    done = await deliver([Step(route, LETTER)], sleep=Sleeps())
    assert done is not None and done.letter.nonce is not None
    assert {a.nonce for a in route.attempts} == {done.letter.nonce} and len(route.attempts) == 3


async def test_the_letters_own_nonce_is_kept():
    route = ScriptedRoute("dm", Fault.TRANSIENT)
    await deliver([Step(route, Letter("hi", nonce="outbox-1"))], sleep=Sleeps())
    assert [a.nonce for a in route.attempts] == ["outbox-1", "outbox-1"]


async def test_a_letter_that_may_have_been_posted_is_not_repeated_anywhere():
    sleeps = Sleeps()
    followup = ScriptedRoute("interaction", Fault.UNCERTAIN)
    channel = ScriptedRoute("channel")
    done = await deliver([Step(followup, LETTER), Step(channel, LETTER)], sleep=sleeps)
    assert done is not None and done.route == "interaction" and not done.confirmed
    assert len(followup.attempts) == 1 and channel.attempts == [] and sleeps.delays == []


def test_a_nonce_longer_than_discord_allows_is_refused_at_once():
    with pytest.raises(ValueError, match="nonce"):
        Letter("hi", nonce="n" * 26)
    assert Letter("hi").with_nonce().nonce != Letter("hi").with_nonce().nonce
