"""Which listed voice belongs to a request: pure functions, no I/O."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ..inworld import Voice

#: Clone IDs end in the UTC creation second: ``{workspace}__{slug}_{YYYYMMDD_HHMMSS}z``.
_STAMP = re.compile(r"_(\d{8})_(\d{6})z$")


def voice_created_at(voice_id: str) -> datetime | None:
    """The creation time encoded in a clone's voice ID, or None when it has none."""
    match = _STAMP.search(voice_id)
    if match is None:
        return None
    try:
        return datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None


@dataclass(frozen=True)
class MatchWindow:
    """A voice created (per its ID) outside [started - before, started + after] is not the
    request's; ``before`` absorbs clock skew and the ID's whole-second resolution."""

    before: timedelta = timedelta(minutes=5)
    after: timedelta = timedelta(minutes=30)


def new_voices(
    voices: Iterable[Voice], known: Collection[str], claimed: Collection[str] = ()
) -> list[Voice]:
    """Voices that were not there before the POST and belong to no other request."""
    return [v for v in voices if v.voice_id not in known and v.voice_id not in claimed]


def candidates_for(
    *,
    display_name: str,
    started_at: datetime | None,
    known: Collection[str] | None,
    voices: Iterable[Voice],
    claimed: Collection[str],
    window: MatchWindow = MatchWindow(),
) -> list[Voice]:
    """The voices that may be this request's, oldest first.

    A voice must carry the display name, belong to no other request, be absent from the
    snapshot taken before the POST (``known``), and, when its ID tells its creation time,
    fall within the window around ``started_at``. Without a snapshot the time is required:
    a same-named voice of unknown age could be anyone's.
    """
    picked = []
    for voice in voices:
        if voice.display_name != display_name or voice.voice_id in claimed:
            continue
        if known is not None and voice.voice_id in known:
            continue
        created = voice_created_at(voice.voice_id)
        if created is not None and started_at is not None:
            if not started_at - window.before <= created <= started_at + window.after:
                continue
        elif known is None:
            continue
        picked.append(voice)
    never = datetime.max.replace(tzinfo=UTC)
    return sorted(picked, key=lambda v: (voice_created_at(v.voice_id) or never, v.voice_id))
