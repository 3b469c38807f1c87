"""The route chain: bounded retries, files dropped when refused, then the next route."""

from __future__ import annotations

from bot.delivery import Attachment, Fault, Letter, RetryPolicy, Step, deliver
from bot.delivery.letter import NO_FILES_NOTE
from tests.delivery.helpers import ScriptedRoute, Sleeps

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
