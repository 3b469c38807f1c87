"""The account's voices with one display name: every page, bounded in pages and time."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Protocol

from ..inworld import InworldError, Voice, VoicePage
from ..inworld.errors import InvalidArgument


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


class ListingFailed(Exception):
    """The voices could not all be listed (an error, too many pages, out of time)."""


def filters_for(display_name: str) -> list[str]:
    """Server-side filters to try, narrowest first. The display-name filter is documented
    only by example, so a 400 for it falls back to ``source`` alone, then to no filter; the
    names are always compared client-side as well."""
    tried = []
    if '"' not in display_name and "\\" not in display_name:
        tried.append(f'source = "IVC" AND displayName = "{display_name}"')
    tried += ['source = "IVC"', ""]
    return tried


async def voices_named(
    client: VoiceLister, display_name: str, limits: ListLimits = ListLimits()
) -> tuple[Voice, ...]:
    """Every cloned voice called exactly ``display_name``; raises :class:`ListingFailed`."""
    try:
        async with asyncio.timeout(limits.budget_seconds):
            for filter_ in filters_for(display_name):
                try:
                    return await _all_pages(client, filter_, display_name, limits)
                except InvalidArgument:
                    if not filter_:
                        raise
    except TimeoutError:
        raise ListingFailed(f"listing voices took over {limits.budget_seconds:g} s") from None
    except InworldError as exc:
        raise ListingFailed(f"listing voices failed: {exc}") from None
    raise ListingFailed("no filter was accepted")  # pragma: no cover - "" is always accepted


async def _all_pages(
    client: VoiceLister, filter_: str, display_name: str, limits: ListLimits
) -> tuple[Voice, ...]:
    found: list[Voice] = []
    token = ""
    for _ in range(limits.max_pages):
        page = await client.list_voices(
            filter=filter_, page_size=limits.page_size, page_token=token
        )
        found += [v for v in page.voices if v.display_name == display_name and v.source != "SYSTEM"]
        token = page.next_page_token
        if not token:
            return tuple(found)
    raise ListingFailed(f"more than {limits.max_pages} pages of voices")
