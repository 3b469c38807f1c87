"""Delete the voices failed requests left behind, one sweep pass after another until it works.

A voice whose spoken sentence did not match is deleted at once; when that DELETE fails the
request still fails, the moderators are told (its audit event, ``deleted: false``) and the
voice waits here. Each pass deletes it again (a 404 means it is gone already) and, once
Inworld has no such voice, stamps it deleted with an audit event whose post tells the
moderators. Nobody can use it meanwhile (:mod:`bot.voices.access`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol

from ..inworld import InworldError
from ..storage import CloneRecord

log = logging.getLogger(__name__)

REASON = "the voice of a failed request: its first deletion failed, the bot deleted it later"


class UndeletedStore(Protocol):
    async def undeleted_voices(self, limit: int = 50) -> list[CloneRecord]: ...

    async def undeleted_voice_gone(
        self, record_id: int, detail: Mapping[str, Any]
    ) -> CloneRecord | None: ...


class UndeletedVoices:
    """One call of :meth:`run_once` per sweep pass."""

    def __init__(
        self,
        store: UndeletedStore,
        delete_voice: Callable[[str], Awaitable[None]],
        *,
        max_records: int = 50,
    ) -> None:
        self.store = store
        self.delete_voice = delete_voice
        self.max_records = max_records
        #: Records whose failed retry was logged as a warning (once each, not every pass).
        self._warned: set[int] = set()

    async def run_once(
        self, should_stop: Callable[[], bool] = lambda: False, deadline: float | None = None
    ) -> list[int]:
        """Delete what is left behind; returns the requests whose voice is now gone."""
        gone: list[int] = []
        for record in await self.store.undeleted_voices(self.max_records):
            if should_stop() or (deadline is not None and time.monotonic() > deadline):
                break
            if await self._delete(record):
                gone.append(record.id)
        return gone

    async def _delete(self, record: CloneRecord) -> bool:
        voice_id = record.voice_id
        if voice_id is None:  # pragma: no cover - the query keeps only records with one
            return False
        try:
            await self.delete_voice(voice_id)  # a 404 counts as deleted
        except InworldError as exc:
            level = logging.DEBUG if record.id in self._warned else logging.WARNING
            self._warned.add(record.id)
            log.log(
                level, "request #%s: deleting voice %s failed again: %s", record.id, voice_id, exc
            )
            return False
        self._warned.discard(record.id)
        detail = {"voice_id": voice_id, "deleted": True, "reason": REASON}
        stamped = await self.store.undeleted_voice_gone(record.id, detail)
        if stamped is not None:
            log.info("request #%s: voice %s left by a failed request deleted", record.id, voice_id)
        return stamped is not None
