"""How often a member and a server may rename and preview voices: counted with usage marks.

Each use is counted in one transaction serialised per guild (see
:meth:`~bot.storage.usage.UsageQueries.take_use`), after every other refusal and before the
Inworld call, so a refused use costs nothing. The marks stay when a member erases their data:
erasing resets no limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from bot.errors import UserFacingError
from bot.i18n import Msg
from bot.policy import Exceeded, Limit, Wording, limit_message
from bot.storage import utcnow
from bot.storage.models import UsageKind

from .access import Actor

RENAMES = Wording(Msg("voices-renames-noun"), Msg("voices-renames-done"))
PREVIEWS = Wording(Msg("voices-previews-noun"), Msg("voices-previews-done"))


class UseStore(Protocol):
    async def take_use(
        self,
        kind: UsageKind,
        guild_id: int,
        user_id: int,
        limits: Sequence[Limit],
        now: datetime | None = None,
    ) -> Exceeded | None: ...


async def take_use(
    store: UseStore, kind: UsageKind, actor: Actor, limits: Sequence[Limit], wording: Wording
) -> None:
    """Count one use by ``actor``, or refuse it (nothing counted) saying when it fits again."""
    now = utcnow()
    exceeded = await store.take_use(kind, actor.guild_id, actor.user_id, limits, now)
    if exceeded is not None:
        raise UserFacingError(limit_message(exceeded, now, wording))
