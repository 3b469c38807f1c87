"""Member-chosen text made safe to show in a bot post."""

from __future__ import annotations

import discord


def safe_text(text: str) -> str:
    """Text shown literally: no markdown, masked links or mass mentions.

    ``escape_markdown`` escapes ``[`` (so ``[click](https://evil)`` is no masked link) and
    ``*_~|`>``; ``escape_mentions`` defuses ``@everyone``, ``@here`` and ``<@id>`` pings.
    Every post also sends ``allowed_mentions`` that can ping the requester only.
    """
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def safe_name(name: str) -> str:
    """A member-chosen name, on one line, shown literally."""
    return safe_text(" ".join(name.split()))
