"""glibc's malloc, tuned for the bot: two arenas instead of up to eight per core.

glibc gives each thread that allocates its own arena (up to 8 per core), and an arena keeps
the pages its freed blocks sat on. The bot's threads (asyncio's executor decoding and shaping
audio, aiosqlite's, discord.py's voice players) each grew one: under 20 concurrent /clone,
``MALLOC_ARENA_MAX=2`` lowered the process's peak RSS from 196 to 170 MB and its RSS after the
burst from 184 to 150 MB (benchmarks/footprint.py), at no measurable cost. ``malloc_trim(0)``
after each audio job was tried too and left the RSS after the burst unchanged (155 MB), so the
bot does not call it. Elsewhere (musl, macOS, Windows) this does nothing.
"""

from __future__ import annotations

import ctypes
import logging
import os

log = logging.getLogger(__name__)

#: ``mallopt`` parameter of glibc's <malloc.h>.
M_ARENA_MAX = -8
#: Arenas the bot's threads share (the event loop's main arena plus one).
ARENAS = 2


def _glibc() -> ctypes.CDLL | None:
    """The C library, when it is glibc (the only one with these knobs)."""
    try:
        version = os.confstr("CS_GNU_LIBC_VERSION")
    except (AttributeError, ValueError, OSError):
        return None
    if not version or not version.startswith("glibc"):
        return None
    try:
        return ctypes.CDLL(None)
    except OSError:
        return None


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's arenas at ``arenas`` (before the threads start); True if applied. An
    operator's own ``MALLOC_ARENA_MAX`` is left as it is."""
    if "MALLOC_ARENA_MAX" in os.environ:
        return False
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.mallopt(M_ARENA_MAX, arenas))
