"""Whether this installation can speak in voice channels: discord.py encodes voice with
libopus, a system library the run command installs only where it may (root or passwordless
sudo). Without it /clone and voice messages still work (ffmpeg encodes those)."""

from __future__ import annotations

import functools
import logging

log = logging.getLogger(__name__)


@functools.cache
def opus_available() -> bool:
    """libopus loads (probed once: installing it needs a restart anyway)."""
    import discord.opus

    if discord.opus.is_loaded():
        return True
    try:
        loaded = bool(discord.opus._load_default())
    except Exception:  # a broken library file: the same answer as a missing one
        loaded = False
    if not loaded:
        log.warning(
            "libopus could not be loaded: /say in voice channels is refused (voice messages "
            "still work); install the Opus library (see python -m bot check) and restart"
        )
    return loaded
