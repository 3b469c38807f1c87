"""Find the account's voices carrying request tags: every page, bounded in pages and time."""

from __future__ import annotations

import asyncio
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Protocol

from ..inworld import InworldError, Voice, VoicePage
from ..inworld.errors import InvalidArgument
from .matching import by_tag


class VoiceLister(Protocol):
    async def list_voices(
        self, *, filter: str = "", page_size: int = 100, page_token: str = ""
    ) -> VoicePage: ...


@dataclass(frozen=True)
class ListLimits:
    page_size: int = 100
    #: A listing that needs more pages is incomplete: "not found" could not be trusted.
    max_pages: int = 20
    #: Seconds for the whole listing (every page, the client's own read retries included).
    budget_seconds: float = 30.0


#: The list ``filter`` is documented only by example (``source = "IVC"``): a 400 for it falls
#: back to no filter. Tags are always matched client-side (no tag filter is documented).
SOURCE_FILTER = 'source = "IVC"'


@dataclass(frozen=True)
class TagLook:
    """What one listing found: the voices carrying each wanted tag (absent: none found)."""

    found: dict[str, tuple[Voice, ...]] = field(default_factory=dict)
    #: Every page was read (or every tag found): a tag absent from ``found`` is on no voice.
    complete: bool = True
    #: Why the listing is incomplete (an error, too many pages, out of time).
    problem: str = ""


async def look_for_tags(
    client: VoiceLister, tags: Collection[str], limits: ListLimits = ListLimits()
) -> TagLook:
    """The cloned voices carrying any of ``tags``. Never raises for a failed listing: what was
    found is kept and ``complete`` is False (a missing tag then proves nothing)."""
    wanted = frozenset(tags)
    found: dict[str, list[Voice]] = {}
    if not wanted:
        return TagLook()
    problem = ""
    try:
        async with asyncio.timeout(limits.budget_seconds):
            problem = await _pages(client, wanted, found, limits)
    except TimeoutError:
        problem = f"listing voices took over {limits.budget_seconds:g} s"
    except InworldError as exc:
        problem = f"listing voices failed: {exc}"
    return TagLook(
        found={tag: tuple(voices) for tag, voices in found.items()},
        complete=not problem or set(found) == wanted,
        problem=problem,
    )


async def _pages(
    client: VoiceLister,
    wanted: frozenset[str],
    found: dict[str, list[Voice]],
    limits: ListLimits,
) -> str:
    try:
        return await _walk(client, SOURCE_FILTER, wanted, found, limits)
    except InvalidArgument:
        return await _walk(client, "", wanted, found, limits)


async def _walk(
    client: VoiceLister,
    filter_: str,
    wanted: frozenset[str],
    found: dict[str, list[Voice]],
    limits: ListLimits,
) -> str:
    """Fill ``found`` page by page; returns why the listing stopped short ("" if it did not)."""
    token = ""
    for _ in range(limits.max_pages):
        page = await client.list_voices(
            filter=filter_, page_size=limits.page_size, page_token=token
        )
        for tag, voices in by_tag(page.voices, wanted).items():
            seen = {v.voice_id for v in found.get(tag, [])}
            found.setdefault(tag, []).extend(v for v in voices if v.voice_id not in seen)
        token = page.next_page_token
        if not token or set(found) == wanted:
            return ""
    return f"more than {limits.max_pages} pages of voices"
