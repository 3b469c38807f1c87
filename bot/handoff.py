"""Hand an acknowledged interaction's work to the bot, out of discord.py's dispatch task.

A handler acknowledges first (defer or a response: no database read, API call or channel post
before it), refuses new work while the bot shuts down, then calls :func:`hand_off`. The work
then runs as owned work (:class:`~bot.inflight.InFlight`): awaited within the shutdown grace
period, else cancelled with the member told, its stored state left for recovery.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine
from typing import Any

import discord

from .i18n import tr
from .inflight import InFlight, ShuttingDown
from .tree import member_locale, reply, report_error

log = logging.getLogger(__name__)

#: How long telling the member about an interruption may take (the bot is stopping).
_TELL_SECONDS = 3.0


def hand_off(
    inflight: InFlight,
    interaction: discord.Interaction,
    work: Coroutine[Any, Any, None],
    *,
    what: str,
) -> None:
    """Run ``work`` as owned work; its errors are reported on ``interaction``.

    Raises :class:`ShuttingDown` (and ``work`` never runs) once shutdown has begun.
    """
    if not inflight.accepting:
        work.close()
        raise ShuttingDown
    inflight.start(_run(interaction, work), name=f"{what} (interaction {interaction.id})")


async def _run(interaction: discord.Interaction, work: Coroutine[Any, Any, None]) -> None:
    try:
        await work
    except asyncio.CancelledError:
        # The bot is stopping (grace period over, or the clone queue closed): say so.
        with contextlib.suppress(Exception):
            told = tr(member_locale(interaction), "error-interrupted")
            await asyncio.wait_for(reply(interaction, told), _TELL_SECONDS)
        raise
    except Exception as exc:
        await report_error(interaction, exc)
