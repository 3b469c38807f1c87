"""Settle requests whose clone may have created a voice nobody was told about.

Requests left ``cloning`` by a crash (after their POST started) and those marked
``reconciling`` are looked up by their tag (one listing of the account per pass, for every
tag): the voice carrying a request's tag is attached to it (``done``) and its member told the
voice ID, on the first pass that sees it. A tag missing from a complete listing once the POST
is ``quiet_after`` old means no voice was created (the member may send it again); while the
listing fails the request stays ``reconciling`` until ``give_up_after``. A request without a
tag (sent before tags existed) cannot be matched, so it is settled at once as unknown.
Bounded: records per pass, pages and seconds per listing, seconds per pass. It never sends a
clone POST, so it costs no clone quota and needs no slot of the limiter.

What the member is told (and the review post's line) is written in the server's language
(``locale_of``): a request stores no language of its member.

Each pass also deletes the voices failed requests left behind (:mod:`.undeleted`) and, every
``prune_every``, the usage marks no window counts any more (:mod:`bot.storage.usage`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from ..i18n import SOURCE, Msg
from ..inworld import InworldError, Voice
from ..lifecycle import Event, Said
from ..observability.metrics import CloneOutcomeLabel
from ..storage import CloneRecord, CloneStatus, utcnow
from .listing import ListLimits, TagLook, VoiceLister, look_for_tags
from .undeleted import UndeletedStore, UndeletedVoices

log = logging.getLogger(__name__)


class SweepStore(UndeletedStore, Protocol):
    async def to_reconcile(
        self, lease_free_at: datetime | None = None, *, limit: int = 100
    ) -> list[CloneRecord]: ...

    async def prune_usage(self, now: datetime | None = None) -> int: ...


class Mover(Protocol):
    """Moves a request by the lifecycle's table (bot.lifecycle.Lifecycle)."""

    async def fire(
        self,
        record_id: int,
        event: Event,
        *,
        said: Said | None = None,
        outcome: CloneOutcomeLabel | None = None,
        **fields: Any,
    ) -> CloneRecord | None: ...


@dataclass(frozen=True)
class SweepLimits:
    max_records: int = 50
    #: Seconds per pass; records left over wait for the next pass.
    budget_seconds: float = 60.0
    #: After this long past the POST's start, a tag missing from a complete listing means no
    #: voice was created: long enough for Inworld to finish a request it was still working on
    #: when the bot gave up (the client's timeout plus its retries, with a wide margin).
    quiet_after: timedelta = timedelta(minutes=10)
    #: Unknown for this long (the listing kept failing): the request fails, member told.
    give_up_after: timedelta = timedelta(hours=24)
    listing: ListLimits = field(default_factory=ListLimits)
    #: Seconds between two prunings of the usage marks (the first pass prunes).
    prune_every: float = 600.0


@dataclass
class SweepReport:
    attached: list[int] = field(default_factory=list)
    not_created: list[int] = field(default_factory=list)
    pending: list[int] = field(default_factory=list)
    given_up: list[int] = field(default_factory=list)
    #: Failed requests whose left-over voice this pass deleted.
    voices_deleted: list[int] = field(default_factory=list)
    pruned: int = 0

    @property
    def settled(self) -> int:
        return len(self.attached) + len(self.not_created) + len(self.given_up)


class OrphanSweep:
    """Every settlement is a move of :mod:`bot.lifecycle`, whose outbox messages tell the
    member (and update the review post) in the move's own transaction."""

    def __init__(
        self,
        *,
        store: SweepStore,
        lister: VoiceLister,
        lifecycle: Mover,
        limits: SweepLimits | None = None,
        is_running: Callable[[int], bool] = lambda record_id: False,
        respect_leases: bool = False,
        clock: Callable[[], datetime] = utcnow,
        show_name: Callable[[str], str] = lambda name: name,
        delete_voice: Callable[[str], Awaitable[None]] | None = None,
        locale_of: Callable[[int], Awaitable[str]] | None = None,
    ) -> None:
        self.store = store
        self.lister = lister
        self.lifecycle = lifecycle
        self.limits = limits or SweepLimits()
        self.is_running = is_running
        #: Only ``cloning`` records no live process holds a lease on (PostgreSQL: other
        #: processes may be calling the API for theirs).
        self.respect_leases = respect_leases
        self.clock = clock
        #: Makes a member-chosen name safe to post (the Discord layer escapes markdown).
        self.show_name = show_name
        #: Deletes a found voice whose spoken consent was to be judged by the API's
        #: transcription: with the answer lost there is none, so it cannot be verified; and
        #: the voices failed requests left behind.
        self.delete_voice = delete_voice
        self.undeleted = (
            UndeletedVoices(store, delete_voice, max_records=self.limits.max_records)
            if delete_voice is not None
            else None
        )
        self._next_prune = 0.0
        #: A server's language (guild id -> catalogue); None: English.
        self.locale_of = locale_of

    async def run_once(self, should_stop: Callable[[], bool] = lambda: False) -> SweepReport:
        report = SweepReport()
        deadline = time.monotonic() + self.limits.budget_seconds
        await self._reconcile(report, should_stop, deadline)
        if self.undeleted is not None and not should_stop():
            try:
                report.voices_deleted = await self.undeleted.run_once(should_stop, deadline)
            except Exception:
                log.exception("reconcile sweep: deleting the voices failed requests left")
        if time.monotonic() >= self._next_prune and not should_stop():
            self._next_prune = time.monotonic() + self.limits.prune_every
            try:
                report.pruned = await self.store.prune_usage(self.clock())
            except Exception:
                log.exception("reconcile sweep: pruning the usage marks")
        return report

    async def _reconcile(
        self, report: SweepReport, should_stop: Callable[[], bool], deadline: float
    ) -> None:
        now = self.clock()
        free_at = now if self.respect_leases else None
        records = [
            r
            for r in await self.store.to_reconcile(free_at, limit=self.limits.max_records)
            if not self.is_running(r.id)
        ]
        if not records or should_stop():
            return
        tags = [r.request_tag for r in records if r.request_tag]
        look = await look_for_tags(self.lister, tags, self.limits.listing) if tags else TagLook()
        if look.problem:
            log.warning("reconcile sweep: %s", look.problem)
        for record in records:
            if should_stop() or time.monotonic() > deadline:
                break
            try:
                await self._settle(record, look, now, report)
            except Exception:
                log.exception("reconcile sweep: request #%s", record.id)
        if report.settled or report.pending:
            log.info(
                "reconcile sweep: %d attached, %d not created, %d given up, %d pending",
                len(report.attached),
                len(report.not_created),
                len(report.given_up),
                len(report.pending),
            )

    async def _settle(
        self, record: CloneRecord, look: TagLook, looked_at: datetime, report: SweepReport
    ) -> None:
        """``looked_at``: a time before the listing began (so "quiet" is judged safely)."""
        started = record.clone_started_at or record.updated_at
        checks = record.reconcile_checks + 1
        tag = record.request_tag
        if tag is None:
            await self._untagged(record, checks)
            report.given_up.append(record.id)
            return
        voices = look.found.get(tag, ())
        if voices:
            await self._attach(record, voices[0], checks, also=list(voices[1:]))
            report.attached.append(record.id)
            return
        if look.complete and looked_at - started >= self.limits.quiet_after:
            await self._not_created(record, checks)
            report.not_created.append(record.id)
            return
        if looked_at - started >= self.limits.give_up_after:
            await self._give_up(record, checks)
            report.given_up.append(record.id)
            return
        await self._keep_pending(record, checks)
        report.pending.append(record.id)

    async def _attach(
        self, record: CloneRecord, voice: Voice, checks: int, *, also: list[Voice]
    ) -> None:
        pending = (record.verification or {}).get("decision") == "pending"
        if pending and self.delete_voice is not None:
            await self._discard_unverified(record, voice, checks)
            return
        detail: dict[str, Any] = {"voice_id": voice.voice_id, "found_by": "sweep"}
        if also:
            detail["also_matched"] = ", ".join(v.voice_id for v in also)
        locale = await self._locale(record)
        headline = self._told(record, "moderation-sweep-found").render(locale)
        line = Msg("moderation-sweep-found-line", voice_id=voice.voice_id).render(locale)
        await self.lifecycle.fire(
            record.id,
            Event.FOUND,
            said=Said(
                detail=detail,
                result={"headline": headline, "created": True, "locale": locale},
                review_line=line,
            ),
            voice_id=voice.voice_id,
            failure_reason=None,
            reconcile_checks=checks,
        )

    async def _discard_unverified(self, record: CloneRecord, voice: Voice, checks: int) -> None:
        """The voice exists but its spoken sentence was never checked (the API's answer,
        with its transcription, was lost): deleted, and the request fails."""
        assert self.delete_voice is not None
        try:
            await self.delete_voice(voice.voice_id)
        except InworldError as exc:
            log.warning("request #%s: deleting unverified voice failed: %s", record.id, exc)
            return  # still unsettled: the next sweep tries again
        reason = "the voice could not be checked against the spoken sentence, so it was deleted"
        await self.lifecycle.fire(
            record.id,
            Event.FOUND_UNVERIFIABLE,
            said=Said(
                detail={"voice_id": voice.voice_id, "reason": reason},
                notice=await self._notice(record, "moderation-sweep-unverifiable"),
            ),
            voice_id=voice.voice_id,
            voice_deleted_at=self.clock(),
            failure_reason=reason,
            reconcile_checks=checks,
        )

    async def _not_created(self, record: CloneRecord, checks: int) -> None:
        await self._settle_failed(
            record,
            Event.CONFIRMED_NOT_CREATED,
            checks,
            "Inworld did not create the voice (checked after its answer was lost)",
            "moderation-sweep-not-created",
        )

    async def _give_up(self, record: CloneRecord, checks: int) -> None:
        await self._settle_failed(
            record,
            Event.GIVEN_UP,
            checks,
            "could not confirm with Inworld whether the voice was created",
            "moderation-sweep-given-up",
        )

    async def _untagged(self, record: CloneRecord, checks: int) -> None:
        """Sent before requests carried a tag: no voice can be proved to be this request's
        (a same-named voice may be another member's), so the outcome stays unknown."""
        await self._settle_failed(
            record,
            Event.GIVEN_UP,
            checks,
            "sent without a request tag: whether Inworld created the voice cannot be checked",
            "moderation-sweep-untagged",
        )

    async def _settle_failed(
        self, record: CloneRecord, event: Event, checks: int, reason: str, notice: str
    ) -> None:
        """End an unsettled request as failed (once: a lost race is silent) and tell its owner
        (``notice``: the message id; ``reason`` stays English, for the database)."""
        await self.lifecycle.fire(
            record.id,
            event,
            said=Said(detail={"reason": reason}, notice=await self._notice(record, notice)),
            failure_reason=reason,
            reconcile_checks=checks,
        )

    async def _keep_pending(self, record: CloneRecord, checks: int) -> None:
        if record.status is CloneStatus.RECONCILING:
            await self.lifecycle.fire(record.id, Event.STILL_UNKNOWN, reconcile_checks=checks)
            return
        # Left "cloning" by a restart: the member has heard nothing yet.
        reason = "the clone was interrupted; waiting to see whether Inworld created the voice"
        await self.lifecycle.fire(
            record.id,
            Event.LEFT_UNKNOWN,
            said=Said(
                detail={"reason": reason},
                notice=await self._notice(record, "moderation-sweep-interrupted"),
            ),
            failure_reason=reason,
            reconcile_checks=checks,
        )

    def _told(self, record: CloneRecord, message_id: str) -> Msg:
        """What the member is told about their request, by message id."""
        name = self.show_name(record.display_name)
        return Msg(message_id, user_id=str(record.user_id), name=name)

    async def _notice(self, record: CloneRecord, message_id: str) -> str:
        return self._told(record, message_id).render(await self._locale(record))

    async def _locale(self, record: CloneRecord) -> str:
        """The server's language; English when it cannot be told (the notice still goes)."""
        if self.locale_of is None:
            return SOURCE
        try:
            return await self.locale_of(record.guild_id)
        except Exception:
            log.warning("guild %s: language unknown, telling in English", record.guild_id)
            return SOURCE
