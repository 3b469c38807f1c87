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
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from ..inworld import InworldError, Voice
from ..observability.metrics import BotMetrics, CloneOutcomeLabel
from ..storage import AuditAction, CloneRecord, CloneStatus, GuildPolicy, utcnow
from .listing import ListLimits, TagLook, VoiceLister, look_for_tags

log = logging.getLogger(__name__)

_UNSETTLED = frozenset({CloneStatus.CLONING, CloneStatus.RECONCILING})


class SweepStore(Protocol):
    async def to_reconcile(
        self, lease_free_at: datetime | None = None, *, limit: int = 100
    ) -> list[CloneRecord]: ...

    async def transition(
        self,
        record_id: int,
        from_statuses: Collection[CloneStatus],
        to: CloneStatus,
        **fields: Any,
    ) -> CloneRecord | None: ...

    async def get_policy(self, guild_id: int) -> GuildPolicy: ...

    async def add_audit(
        self,
        guild_id: int,
        action: AuditAction | str,
        *,
        record_id: int | None = None,
        actor_id: int | None = None,
        detail: Mapping[str, Any] | None = None,
    ) -> Any: ...


class SweepNotifier(Protocol):
    async def audit(
        self,
        policy: GuildPolicy,
        action: AuditAction,
        record: CloneRecord | None,
        actor_id: int | None,
        detail: dict[str, Any],
    ) -> None: ...

    async def tell_requester(self, record: CloneRecord, text: str) -> None: ...

    async def tell_voice_found(
        self, record: CloneRecord, voice_id: str, headline: str, *, private: bool
    ) -> Any: ...


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


@dataclass
class SweepReport:
    attached: list[int] = field(default_factory=list)
    not_created: list[int] = field(default_factory=list)
    pending: list[int] = field(default_factory=list)
    given_up: list[int] = field(default_factory=list)

    @property
    def settled(self) -> int:
        return len(self.attached) + len(self.not_created) + len(self.given_up)


class OrphanSweep:
    def __init__(
        self,
        *,
        store: SweepStore,
        lister: VoiceLister,
        notifier: SweepNotifier,
        limits: SweepLimits | None = None,
        is_running: Callable[[int], bool] = lambda record_id: False,
        respect_leases: bool = False,
        hold: Callable[[], tuple[dict[str, Any], Callable[[int], None]]] | None = None,
        metrics: BotMetrics | None = None,
        clock: Callable[[], datetime] = utcnow,
        show_name: Callable[[str], str] = lambda name: name,
        delete_voice: Callable[[str], Awaitable[None]] | None = None,
    ) -> None:
        self.store = store
        self.lister = lister
        self.notifier = notifier
        self.limits = limits or SweepLimits()
        self.is_running = is_running
        #: Only ``cloning`` records no live process holds a lease on (PostgreSQL: other
        #: processes may be calling the API for theirs).
        self.respect_leases = respect_leases
        #: Lease columns for a voice found (and a callback to keep renewing it), so it stays
        #: held by this process until the member is told (see CloneDesk.delivered).
        self.hold = hold
        self.metrics = metrics
        self.clock = clock
        #: Makes a member-chosen name safe to post (the Discord layer escapes markdown).
        self.show_name = show_name
        #: Deletes a found voice whose spoken consent was to be judged by the API's
        #: transcription: with the answer lost there is none, so it cannot be verified.
        self.delete_voice = delete_voice

    async def run_once(self, should_stop: Callable[[], bool] = lambda: False) -> SweepReport:
        report = SweepReport()
        now = self.clock()
        free_at = now if self.respect_leases else None
        records = [
            r
            for r in await self.store.to_reconcile(free_at, limit=self.limits.max_records)
            if not self.is_running(r.id)
        ]
        if not records or should_stop():
            return report
        deadline = time.monotonic() + self.limits.budget_seconds
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
        return report

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
        lease, keep = self.hold() if self.hold is not None else ({}, None)
        done = await self.store.transition(
            record.id,
            _UNSETTLED,
            CloneStatus.DONE,
            voice_id=voice.voice_id,
            failure_reason=None,
            reconcile_checks=checks,
            **lease,
        )
        if done is None:
            return
        if keep is not None:
            keep(done.id)
        self._count("created")
        detail: dict[str, Any] = {"voice_id": voice.voice_id, "found_by": "sweep"}
        if also:
            detail["also_matched"] = ", ".join(v.voice_id for v in also)
        await self._audit(AuditAction.RECONCILED, done, detail)
        policy = await self.store.get_policy(done.guild_id)
        await self.notifier.tell_voice_found(
            done,
            voice.voice_id,
            f"<@{done.user_id}> your voice {self._name(done)} was created after all: the bot had "
            "lost Inworld's answer, then found the voice in the account.",
            private=policy.ephemeral,
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
        failed = await self.store.transition(
            record.id,
            _UNSETTLED,
            CloneStatus.FAILED,
            voice_id=voice.voice_id,
            voice_deleted_at=self.clock(),
            failure_reason=reason,
            reconcile_checks=checks,
        )
        if failed is None:
            return
        self._count("rejected_spoken_consent")
        await self._audit(
            AuditAction.DELETED, failed, {"voice_id": voice.voice_id, "reason": reason}
        )
        await self._tell(
            failed,
            f"<@{failed.user_id}> your voice {self._name(failed)} was created after Inworld's "
            "answer was lost, without its transcription, so your spoken sentence could not be "
            "checked: the voice was deleted. Run `/clone` again for a new sentence.",
        )

    async def _not_created(self, record: CloneRecord, checks: int) -> None:
        await self._settle_failed(
            record,
            checks,
            "Inworld did not create the voice (checked after its answer was lost)",
            f"<@{record.user_id}> your voice clone request {self._name(record)} did not go "
            "through: the bot checked with Inworld and no voice was created. You can send it "
            "again.",
        )

    async def _give_up(self, record: CloneRecord, checks: int) -> None:
        await self._settle_failed(
            record,
            checks,
            "could not confirm with Inworld whether the voice was created",
            f"<@{record.user_id}> the bot could not confirm whether Inworld created your voice "
            f"{self._name(record)}. Please check your voice list before sending it again.",
        )

    async def _untagged(self, record: CloneRecord, checks: int) -> None:
        """Sent before requests carried a tag: no voice can be proved to be this request's
        (a same-named voice may be another member's), so the outcome stays unknown."""
        await self._settle_failed(
            record,
            checks,
            "sent without a request tag: whether Inworld created the voice cannot be checked",
            f"<@{record.user_id}> the bot cannot check whether Inworld created your voice "
            f"{self._name(record)}: its answer was lost, and the request predates the tags the "
            "bot now uses to find a voice. If you send it again you may end up with two voices.",
        )

    async def _settle_failed(
        self, record: CloneRecord, checks: int, reason: str, notice: str
    ) -> None:
        """End an unsettled request as failed (once: a lost race is silent) and tell its owner."""
        failed = await self.store.transition(
            record.id,
            _UNSETTLED,
            CloneStatus.FAILED,
            failure_reason=reason,
            reconcile_checks=checks,
        )
        if failed is None:
            return
        self._count("api_error")
        await self._audit(AuditAction.FAILED, failed, {"reason": reason})
        await self._tell(failed, notice)

    async def _keep_pending(self, record: CloneRecord, checks: int) -> None:
        if record.status is CloneStatus.RECONCILING:
            await self.store.transition(
                record.id,
                {CloneStatus.RECONCILING},
                CloneStatus.RECONCILING,
                reconcile_checks=checks,
            )
            return
        # Left "cloning" by a restart: the member has heard nothing yet.
        reason = "the clone was interrupted; waiting to see whether Inworld created the voice"
        marked = await self.store.transition(
            record.id,
            {CloneStatus.CLONING},
            CloneStatus.RECONCILING,
            failure_reason=reason,
            reconcile_checks=checks,
        )
        if marked is None:
            return
        await self._audit(AuditAction.RECONCILING, marked, {"reason": reason})
        await self._tell(
            marked,
            f"<@{marked.user_id}> a bot restart interrupted the cloning of your voice "
            f"{self._name(marked)}. Inworld may have created it: the bot is checking and will tell "
            "you here. Please don't send it again meanwhile.",
        )

    async def _tell(self, record: CloneRecord, text: str) -> None:
        """The one place the sweep messages a member (besides a found voice's delivery)."""
        await self.notifier.tell_requester(record, text)

    def _name(self, record: CloneRecord) -> str:
        return f"**{self.show_name(record.display_name)}**"

    async def _audit(
        self, action: AuditAction, record: CloneRecord, detail: dict[str, Any]
    ) -> None:
        try:
            await self.store.add_audit(record.guild_id, action, record_id=record.id, detail=detail)
        except Exception:
            log.exception("could not store audit event %s for record %s", action, record.id)
        policy = await self.store.get_policy(record.guild_id)
        await self.notifier.audit(policy, action, record, None, detail)

    def _count(self, outcome: CloneOutcomeLabel) -> None:
        if self.metrics is not None:
            self.metrics.clone_finished(outcome)
