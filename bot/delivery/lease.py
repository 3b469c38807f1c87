"""How long an interaction's token lives, measured with the bot's own clock.

Discord keeps an interaction token usable for 15 minutes after the interaction was created.
The snowflake's timestamp is Discord's clock, not ours, so the bot starts its own clock when
the interaction arrives (which is slightly later: the lease errs on the short side).
"""

from __future__ import annotations

import time
from collections.abc import Callable

#: Discord's interaction token lifetime.
DISCORD_TOKEN_SECONDS = 15 * 60.0


class TokenLease:
    """The remaining life of one interaction token."""

    def __init__(
        self,
        lifetime: float = DISCORD_TOKEN_SECONDS,
        *,
        started: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._clock = clock
        self.started = clock() if started is None else started
        self.lifetime = lifetime
        self._revoked = False

    def remaining(self) -> float:
        """Seconds left; 0 once expired (or revoked after Discord refused the token)."""
        if self._revoked:
            return 0.0
        return max(0.0, self.started + self.lifetime - self._clock())

    def lasts(self, seconds: float) -> bool:
        """Whether the token is still usable ``seconds`` from now."""
        return self.remaining() > seconds

    def revoke(self) -> None:
        """Discord said the token is dead: stop using it."""
        self._revoked = True
