"""Rate limiters in front of the Inworld API: one queue, at most N calls per period.

:class:`CloneRateLimiter` lives in one process's memory (SQLite, one process);
:class:`SharedRateLimiter` keeps the queue and the window in PostgreSQL, so every process of
a deployment shares the account's limit.
"""

from .memory import CloneRateLimiter
from .shared import SharedRateLimiter
from .waiting import PositionCallback, QueueClosed, QueueFull, RateLimiter, Slot

__all__ = [
    "CloneRateLimiter",
    "PositionCallback",
    "QueueClosed",
    "QueueFull",
    "RateLimiter",
    "SharedRateLimiter",
    "Slot",
]
