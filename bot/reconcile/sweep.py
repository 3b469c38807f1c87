"""Settle requests whose clone may have created a voice nobody was told about.

Requests left ``cloning`` by a crash (after their POST started) and those marked
``reconciling`` are matched, by display name and creation time, against the account's voices:
a match is attached to its request (``done``) and its member told the voice ID; when the list
shows that no voice was created (and the POST is long over) the request fails with a clear
reason; while it cannot tell, the request stays ``reconciling`` until ``give_up_after``.
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
from .listing import ListingFailed, ListLimits, VoiceLister, voices_named
from .matching import MatchWindow, candidates_for

log = logging.getLogger(__name__)

_UNSETTLED = frozenset({CloneStatus.CLONING, CloneStatus.RECONCILING})


class SweepStore(Protocol):
    async def to_reconcile(
        self, lease_free_at: datetime | None = None, *, limit: int = 100
    ) -> list[CloneRecord]: ...

    async def claimed_voice_ids(self, voice_ids: Collection[str]) -> set[str]: ...

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
    #: After this long past the POST's start, a voice missing from the list was never created
    #: (it must exceed the client's timeout plus its retries).
    quiet_after: timedelta = timedelta(minutes=10)
    #: Unknown for this long: the request fails and the member is told to check.
    give_up_after: timedelta = timedelta(hours=24)
    window: MatchWindow = field(default_factory=MatchWindow)
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
        deadline = time.monotonic() + self.limits.budget_seconds
        by_name: dict[str, list[CloneRecord]] = {}
        for record in records:
            by_name.setdefault(record.display_name, []).append(record)
        for name, group in by_name.items():
            if should_stop() or time.monotonic() > deadline:
                break
            try:
                voices: tuple[Voice, ...] | None = await voices_named(
                    self.lister, name, self.limits.listing
                )
            except ListingFailed as exc:
                log.warning("reconcile sweep: %s", exc)
                voices = None
            for record in group:
                try:
                    await self._settle(record, voices, report)
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
        self, record: CloneRecord, voices: tuple[Voice, ...] | None, report: SweepReport
    ) -> None:
        now = self.clock()
        started = record.clone_started_at or record.updated_at
        checks = record.reconcile_checks + 1
        if voices is not None:
            claimed = await self.store.claimed_voice_ids([v.voice_id for v in voices])
            matches = candidates_for(
                display_name=record.display_name,
                started_at=record.clone_started_at,
                known=record.known_voice_ids,
                voices=voices,
                claimed=claimed,
                window=self.limits.window,
            )
            if matches:
                await self._attach(record, matches[0], checks, also=matches[1:])
                report.attached.append(record.id)
                return
            if now - started >= self.limits.quiet_after:
                await self._not_created(record, checks)
                report.not_created.append(record.id)
                return
        if now - started >= self.limits.give_up_after:
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
        await self.notifier.tell_requester(
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
        await self.notifier.tell_requester(failed, notice)

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
        await self.notifier.tell_requester(
            marked,
            f"<@{marked.user_id}> a bot restart interrupted the cloning of your voice "
            f"{self._name(marked)}. Inworld may have created it: the bot is checking and will tell "
            "you here. Please don't send it again meanwhile.",
        )

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
