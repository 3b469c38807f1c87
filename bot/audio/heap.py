"""glibc's malloc, tuned for the bot: two arenas, and big blocks always given back.

glibc gives each thread that allocates its own arena (up to 8 per core), and an arena keeps
the pages its freed blocks sat on. The bot's threads (asyncio's executor decoding and shaping
audio, aiosqlite's, discord.py's voice players) each grew one: under 20 concurrent /clone,
``MALLOC_ARENA_MAX=2`` lowered the process's peak RSS from 196 to 170 MB and its RSS after the
burst from 184 to 150 MB (benchmarks/footprint.py), at no measurable cost. ``malloc_trim(0)``
after each audio job was tried too and left the RSS after the burst unchanged (155 MB), so the
bot does not call it.

Blocks of ``MMAP_THRESHOLD`` bytes and more (audio buffers, WAVs, API bodies and their base64)
are mapped on their own and unmapped when freed. glibc's default threshold is dynamic: freeing
one mapped block raises it to that block's size, so every later buffer of up to that size
lands in an arena and its pages stay with the process (fragmented, rarely trimmed). Fixing it
at 128 KiB lowered the peak RSS of 20 concurrent /clone from 172 to 163 MB and the RSS after
the burst from 160 to 138 MB (benchmarks/footprint.py, one session). Elsewhere (musl, macOS,
Windows) this module does nothing.
"""

from __future__ import annotations

import ctypes
import logging
import os

log = logging.getLogger(__name__)

#: ``mallopt`` parameters of glibc's <malloc.h>.
M_ARENA_MAX = -8
M_MMAP_THRESHOLD = -3
#: Arenas the bot's threads share (the event loop's main arena plus one).
ARENAS = 2
#: Blocks this big or bigger are mapped on their own (glibc's initial default, kept fixed).
MMAP_THRESHOLD = 128 * 1024


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


def fix_mmap_threshold(libc: ctypes.CDLL, threshold: int = MMAP_THRESHOLD) -> bool:
    """Map blocks of ``threshold`` bytes or more on their own, for good (no dynamic raise);
    True if applied. An operator's own ``MALLOC_MMAP_THRESHOLD_`` is left as it is."""
    if "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return False
    return bool(libc.mallopt(M_MMAP_THRESHOLD, threshold))


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's arenas at ``arenas`` (before the threads start) and fix the mmap threshold
    (:func:`fix_mmap_threshold`); True if the cap was applied. An operator's own
    ``MALLOC_ARENA_MAX`` is left as it is."""
    libc = _glibc()
    if libc is None:
        return False
    fix_mmap_threshold(libc)
    if "MALLOC_ARENA_MAX" in os.environ:
        return False
    return bool(libc.mallopt(M_ARENA_MAX, arenas))


def trim() -> bool:
    """Give the pages that freed blocks sat on back to the system (``malloc_trim(0)``, which
    also releases whole free pages inside the heap, not only at its top); True if any were.
    Once after start-up: importing, migrating and syncing leave a fragmented heap behind."""
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.malloc_trim(0))
