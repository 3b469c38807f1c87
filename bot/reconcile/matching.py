"""Which voice belongs to a request: the one carrying its tag. Pure functions, no I/O.

Every request gets a random correlation tag (``bot.storage.new_request_tag``) that is sent in
the clone POST's ``tags``; a voice carrying it belongs to that request and to no other. Display
names and creation times prove nothing (two members may clone "Narrator" in the same second).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from ..inworld import Voice
from ..storage.models import REQUEST_TAG_PREFIX


def is_request_tag(tag: str) -> bool:
    """True for a tag shaped like the bot's correlation tags (a member may not use one)."""
    return tag.lower().startswith(REQUEST_TAG_PREFIX)


def request_tag_of(tags: Iterable[str]) -> str | None:
    """The one correlation tag among a request's tags; None when there is none (or, which
    the bot never sends, several: then no voice can be told to be this request's)."""
    found = [t for t in tags if is_request_tag(t)]
    return found[0] if len(found) == 1 else None


def by_tag(voices: Iterable[Voice], wanted: Collection[str]) -> dict[str, list[Voice]]:
    """The cloned voices carrying each of the ``wanted`` tags (tags compared exactly)."""
    found: dict[str, list[Voice]] = {}
    for voice in voices:
        if voice.source == "SYSTEM":
            continue
        for tag in voice.tags:
            if tag in wanted:
                found.setdefault(tag, []).append(voice)
    return found
