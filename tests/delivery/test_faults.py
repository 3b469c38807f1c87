"""Discord's answers mapped to what delivery does next."""

from __future__ import annotations

import pytest

from bot.delivery import Fault, classify


@pytest.mark.parametrize(
    ("status", "code", "with_files", "token_route", "fault"),
    [
        (401, 50027, False, True, Fault.EXPIRED),  # Invalid Webhook Token: 15 minutes are up
        (404, 10015, False, True, Fault.EXPIRED),  # Unknown Webhook
        (404, 10062, False, True, Fault.EXPIRED),  # Unknown interaction
        (404, 10003, False, False, Fault.GONE),  # Unknown Channel: deleted
        (403, 50013, True, False, Fault.FILES_REFUSED),  # no Attach Files: try without
        (403, 50013, False, False, Fault.FORBIDDEN),  # no Send Messages
        (403, 50001, True, False, Fault.FORBIDDEN),  # Missing Access: cannot see the channel
        (403, 50007, False, False, Fault.DMS_CLOSED),
        (413, 40005, True, False, Fault.FILES_REFUSED),
        (500, 0, False, True, Fault.TRANSIENT),
        (503, 0, True, False, Fault.TRANSIENT),
        (429, 0, False, False, Fault.TRANSIENT),  # a 429 discord.py did not wait out
        (400, 50035, False, False, Fault.REJECTED),
        (401, 0, False, False, Fault.FORBIDDEN),  # the bot's own token on a channel route
    ],
)
def test_classify(status: int, code: int, with_files: bool, token_route: bool, fault: Fault):
    assert classify(status, code, with_files=with_files, token_route=token_route) is fault
