"""Progress on the interaction while its token lives, then in one notice elsewhere."""

from __future__ import annotations

from bot.delivery import DeliveryError, Fault, ProgressRelay, RetryPolicy, TokenLease
from tests.delivery.helpers import FakeClock, ScriptedRoute


class FakeReply:
    def __init__(self, lease: TokenLease, *faults: Fault) -> None:
        self.lease = lease
        self.faults = list(faults)
        self.shown: list[str] = []

    async def edit_original(self, content: str) -> None:
        if self.faults:
            fault = self.faults.pop(0)
            if fault is Fault.EXPIRED:
                self.lease.revoke()
            raise DeliveryError(fault)
        self.shown.append(content)


def relay_for(reply: FakeReply | None, *fallback: ScriptedRoute) -> ProgressRelay:
    return ProgressRelay(
        reply,
        list(fallback),
        notice_prefix="<@42> your voice clone **A**:",
        handover="⏳ taking a while: the result will come by DM.",
        margin=300,
        mention=42,
        retry=RetryPolicy(attempts=1, base_delay=0),
    )


async def test_progress_stays_on_the_interaction_while_the_token_lasts():
    clock = FakeClock()
    reply = FakeReply(TokenLease(900, clock=clock))
    dm = ScriptedRoute("dm")
    relay = relay_for(reply, dm)
    await relay.show("⏳ waiting…")
    await relay.finish("✅ done.")
    assert reply.shown == ["⏳ waiting…", "✅ done."] and not dm.attempts
    assert relay.on_interaction


async def test_hand_over_before_the_token_runs_out_then_one_notice_edited():
    clock = FakeClock()
    reply = FakeReply(TokenLease(900, clock=clock))
    dm, channel = ScriptedRoute("dm"), ScriptedRoute("channel")
    relay = relay_for(reply, dm, channel)
    await relay.show("⏳ position 3…")
    clock.now += 700  # 200 s left: less than a clone may still need
    await relay.show("⏳ position 1…")
    await relay.show("🧬 cloning…")
    await relay.finish("✅ done: sent by DM.")
    assert reply.shown == ["⏳ position 3…", "⏳ taking a while: the result will come by DM."]
    assert not relay.on_interaction
    (notice,) = dm.notices  # posted once, then edited
    assert notice.content == "<@42> your voice clone **A**: ✅ done: sent by DM."
    assert notice.edits == ["<@42> your voice clone **A**: 🧬 cloning…", notice.content]
    assert dm.delivered[0].mention == 42 and not channel.attempts


async def test_token_refused_by_discord_moves_progress_to_the_fallback():
    reply = FakeReply(TokenLease(900, clock=FakeClock()), Fault.EXPIRED)
    dm, channel = ScriptedRoute("dm", always=Fault.DMS_CLOSED), ScriptedRoute("channel")
    relay = relay_for(reply, dm, channel)
    await relay.show("🧬 cloning…")
    assert not relay.on_interaction
    assert channel.delivered[0].content == "<@42> your voice clone **A**: 🧬 cloning…"


async def test_a_transient_edit_failure_keeps_the_interaction():
    reply = FakeReply(TokenLease(900, clock=FakeClock()), Fault.TRANSIENT)
    dm = ScriptedRoute("dm")
    relay = relay_for(reply, dm)
    await relay.show("⏳ waiting…")
    await relay.show("🧬 cloning…")
    assert relay.on_interaction and reply.shown == ["🧬 cloning…"] and not dm.attempts


async def test_no_fallback_left_is_quiet():
    reply = FakeReply(TokenLease(900, clock=FakeClock()), Fault.EXPIRED)
    dm = ScriptedRoute("dm", always=Fault.DMS_CLOSED)
    relay = relay_for(reply, dm)
    await relay.show("🧬 cloning…")
    await relay.show("🧬 cloning…")
    await relay.finish("✅ done.")
    assert len(dm.attempts) == 1  # tried once, not on every progress line


async def test_timer_hands_over_with_the_last_line_when_no_progress_comes():
    clock = FakeClock()
    reply = FakeReply(TokenLease(900, clock=clock))
    dm = ScriptedRoute("dm")
    relay = relay_for(reply, dm)
    await relay.show("🧬 cloning…")
    assert relay.due_in() == 600
    await relay.hand_over_if_due()  # too early: nothing happens
    assert relay.on_interaction and not dm.attempts
    clock.now += 650
    await relay.hand_over_if_due()
    assert not relay.on_interaction and relay.due_in() is None
    assert reply.shown[-1] == "⏳ taking a while: the result will come by DM."
    assert dm.delivered[0].content == "<@42> your voice clone **A**: 🧬 cloning…"
