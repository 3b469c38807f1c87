"""The token's age by the bot's own clock."""

from __future__ import annotations

from bot.delivery import TokenLease
from tests.delivery.helpers import FakeClock


def test_lease_counts_down_and_can_be_revoked():
    clock = FakeClock()
    lease = TokenLease(900, clock=clock)
    assert lease.remaining() == 900 and lease.lasts(600)
    clock.now += 400
    assert lease.remaining() == 500 and not lease.lasts(600) and lease.lasts(60)
    clock.now += 600
    assert lease.remaining() == 0 and not lease.lasts(0)


def test_revoked_lease_is_dead_at_once():
    lease = TokenLease(900, clock=FakeClock())
    lease.revoke()
    assert lease.remaining() == 0 and not lease.lasts(0)


def test_lease_may_start_when_the_interaction_arrived():
    clock = FakeClock()
    arrived = clock.now
    clock.now += 100
    assert TokenLease(900, started=arrived, clock=clock).remaining() == 800
