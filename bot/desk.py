"""The moderated life of a clone request, without Discord.

open -> (consent) -> [pending approval -> approve | reject] -> queue -> clone -> done | failed,
with expiry of requests nobody acted on and recovery after a crash. Every step is stored and
audited; Discord side effects (audit embeds, the review post, telling the requester) go through
a :class:`Notifier` that the Discord layer implements.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from .audio import ProcessedSample, QualityReport
from .cloning import CloneOptions, CloneOutcome, CloneService, Progress, SampleSource, Stage
from .consent.verifier import ConsentVerifier
from .delivery.text import safe_name
from .errors import UserFacingError
from .inworld import InworldError
from .leases import LeaseKeeper
from .observability.metrics import BotMetrics, refusal_reason
from .policy import (
    DEFAULT_CONSENT_TEXT,
    QUOTA_WINDOW,
    History,
    PolicyRefusal,
    Requester,
    check_quotas,
    check_request,
)
from .ratelimit import PositionCallback, RateLimiter, Slot
from .reconcile import VoiceMayExist
from .storage import (
    AuditAction,
    CloneRecord,
    CloneStatus,
    CloneStore,
    ConsentChallenge,
    GuildPolicy,
    VerificationMode,
    utcnow,
)

log = logging.getLogger(__name__)

_SAMPLE_FACT_FIELDS = tuple(
    f.name for f in dataclasses.fields(ProcessedSample) if f.name not in ("wav", "quality")
)


class Notifier(Protocol):
    """Discord side effects of the workflow (each must swallow its own Discord errors)."""

    async def audit(
        self,
        policy: GuildPolicy,
        action: AuditAction,
        record: CloneRecord | None,
        actor_id: int | None,
        detail: dict[str, Any],
    ) -> None: ...

    async def post_review(
        self, policy: GuildPolicy, record: CloneRecord, samples: Sequence[ProcessedSample]
    ) -> tuple[int, int] | None: ...

    async def update_review(self, record: CloneRecord, status_line: str) -> None: ...

    async def tell_requester(
        self, record: CloneRecord, text: str, outcome: CloneOutcome | None = None
    ) -> None: ...

    async def tell_voice_found(
        self, record: CloneRecord, voice_id: str, headline: str, *, private: bool
    ) -> Any: ...


class AlreadyHandled(UserFacingError):
    """Another task or process got to this request first."""


@dataclass(frozen=True)
class SpokenRecording:
    """The first sample is the recording of ``challenge`` (spoken-consent verification)."""

    challenge: ConsentChallenge
    mode: VerificationMode
    #: Discord flags the attachment as a voice message (recorded live in the client).
    voice_message: bool


@dataclass(frozen=True)
class Prepared:
    record: CloneRecord
    samples: list[ProcessedSample]
    policy: GuildPolicy


def sample_facts(source: SampleSource, sample: ProcessedSample) -> dict[str, Any]:
    facts = {name: getattr(sample, name) for name in _SAMPLE_FACT_FIELDS}
    if sample.quality is not None:
        facts["quality"] = sample.quality.as_facts()
    return {"filename": source.filename, **facts}


def restore_samples(record: CloneRecord, wavs: Sequence[bytes]) -> list[ProcessedSample]:
    restored = []
    for facts, wav in zip(record.samples, wavs, strict=True):
        values: dict[str, Any] = {name: facts.get(name) for name in _SAMPLE_FACT_FIELDS}
        if values["peak_dbfs"] is None:
            values["peak_dbfs"] = float("-inf")
        quality = facts.get("quality")
        report = QualityReport.from_facts(quality) if isinstance(quality, dict) else None
        restored.append(ProcessedSample(wav=wav, quality=report, **values))
    return restored


def options_of(record: CloneRecord) -> CloneOptions:
    return CloneOptions(
        name=record.display_name,
        language=record.language,
        transcription=record.transcription,
        description=record.description,
        tags=tuple(record.tags),
        remove_noise=record.remove_noise,
    )


class CloneDesk:
    """Runs requests through policy, consent, approval, the shared limiter and the API."""

    def __init__(
        self,
        *,
        store: CloneStore,
        clones: CloneService,
        limiter: RateLimiter,
        notifier: Notifier,
        default_language: str,
        default_remove_noise: bool,
        max_sample_seconds: float,
        consent_timeout: timedelta,
        approval_timeout: timedelta,
        metrics: BotMetrics | None = None,
        leases: LeaseKeeper | None = None,
        verifier: ConsentVerifier | None = None,
    ) -> None:
        self.store = store
        self.clones = clones
        self.limiter = limiter
        self.notifier = notifier
        self.default_language = default_language
        self.default_remove_noise = default_remove_noise
        self.max_sample_seconds = max_sample_seconds
        self.consent_timeout = consent_timeout
        self.approval_timeout = approval_timeout
        self.metrics = metrics if metrics is not None else BotMetrics()
        self.metrics.watch_queue(lambda: limiter.waiting)
        #: The leases of the requests this process works on (see :mod:`bot.leases`).
        self.leases = leases or LeaseKeeper(store, 60.0)
        #: Spoken-consent verification (guilds that turned it on); None: not available.
        self.verifier = verifier
        #: Counting and creating a guild's requests is serialised: in this process here, and
        #: across processes by the store (PostgreSQL advisory lock).
        self._guild_locks: dict[int, asyncio.Lock] = {}
        #: Records this process is executing (queued or calling the API).
        self._running: set[int] = set()
        #: Set when an orphan sweep (bot.reconcile) settles requests whose clone POST had
        #: started: recovery then leaves those to it instead of failing them blind.
        self.reconciles = False

    # --- helpers --------------------------------------------------------------------------

    async def policy(self, guild_id: int) -> GuildPolicy:
        return await self.store.get_policy(guild_id)

    def language_for(self, policy: GuildPolicy, chosen: str | None) -> str:
        return chosen or policy.default_language or self.default_language

    def remove_noise_for(self, policy: GuildPolicy, chosen: bool | None) -> bool:
        if chosen is not None:
            return chosen
        return self.default_remove_noise if policy.remove_noise is None else policy.remove_noise

    async def change_policy(self, guild_id: int, actor_id: int, **changes: Any) -> GuildPolicy:
        """Update the guild's policy and audit the change."""
        try:
            policy = await self.store.update_policy(guild_id, actor_id, **changes)
        except ValueError as exc:
            raise UserFacingError(f"That setting was not changed: {exc}") from exc
        detail = {
            k: ", ".join(map(str, v)) if isinstance(v, list | tuple) else v
            for k, v in changes.items()
        }
        try:
            await self.store.add_audit(
                guild_id, AuditAction.POLICY_CHANGED, actor_id=actor_id, detail=detail
            )
        except Exception:
            log.exception("could not store the policy change audit event")
        await self.notifier.audit(policy, AuditAction.POLICY_CHANGED, None, actor_id, detail)
        return policy

    @staticmethod
    def consent_text(policy: GuildPolicy) -> str:
        return policy.consent_text or DEFAULT_CONSENT_TEXT

    async def _audit(
        self,
        action: AuditAction,
        record: CloneRecord,
        *,
        actor_id: int | None = None,
        policy: GuildPolicy | None = None,
        **detail: Any,
    ) -> None:
        await self.audit_event(record.guild_id, action, record, actor_id, detail, policy=policy)

    async def audit_event(
        self,
        guild_id: int,
        action: AuditAction,
        record: CloneRecord | None,
        actor_id: int | None,
        detail: dict[str, Any],
        *,
        policy: GuildPolicy | None = None,
    ) -> None:
        """Store and post an audit event (``record`` may be None: a sentence issued)."""
        record_id = record.id if record is not None else None
        try:
            await self.store.add_audit(
                guild_id, action, record_id=record_id, actor_id=actor_id, detail=detail
            )
        except Exception:
            log.exception("could not store audit event %s for record %s", action, record_id)
        policy = policy or await self.store.get_policy(guild_id)
        await self.notifier.audit(policy, action, record, actor_id, detail)

    async def _fail(self, record: CloneRecord, reason: str) -> None:
        updated = await self.store.transition(
            record.id,
            {CloneStatus.PROCESSING, CloneStatus.APPROVED, CloneStatus.CLONING},
            CloneStatus.FAILED,
            failure_reason=reason[:1000],
        )
        await self._audit(AuditAction.FAILED, updated or record, reason=reason)

    @contextlib.contextmanager
    def _counting_refusals(self) -> Iterator[None]:
        """Count a refusal (a policy rule, a bad file) on its way to the member."""
        try:
            yield
        except Exception as exc:
            reason = refusal_reason(exc)
            if reason is not None:
                self.metrics.refused(reason)
            raise

    @contextlib.asynccontextmanager
    async def _failing(self, record: CloneRecord) -> AsyncIterator[None]:
        """Store, audit and count a failure of the body, then re-raise it.

        A cancellation (the bot shutting down) is left alone: the record keeps its state, and
        the next start reports it to the member as interrupted. A refusal (a bad file) is
        counted by :meth:`open`, not as an outcome.
        """
        try:
            yield
        except asyncio.CancelledError:
            raise
        except VoiceMayExist:
            raise  # parked as reconciling by _call_api; the sweep settles it
        except (UserFacingError, InworldError) as exc:
            if isinstance(exc, InworldError):
                self.metrics.clone_finished("api_error")
            elif refusal_reason(exc) is None:
                self.metrics.clone_finished("failed")
            await self._fail(record, exc.user_message)
            raise
        except Exception as exc:
            self.metrics.clone_finished("failed")
            await self._fail(record, f"internal error: {type(exc).__name__}")
            raise

    # --- 1. the request -------------------------------------------------------------------

    async def open(
        self,
        *,
        guild_id: int,
        policy: GuildPolicy,
        requester: Requester,
        options: CloneOptions,
        sources: Sequence[SampleSource],
        progress: Progress,
        spoken: SpokenRecording | None = None,
    ) -> Prepared:
        """Check ``policy`` (the guild's, as just read by the caller), store the request,
        download and process its samples; count a refusal (a policy rule, a bad file).

        With ``spoken`` the first sample is the recording of the member's sentence: it is
        judged before the member is asked to confirm (:class:`RecordingRefused` if not).
        """
        with self._counting_refusals():
            self.clones.check_sizes(sources)
            lock = self._guild_locks.setdefault(guild_id, asyncio.Lock())
            async with lock:
                now = utcnow()

                def check(history: History) -> None:
                    check_admission(policy, requester, history, now)

                record = await self.store.create_checked(
                    now - QUOTA_WINDOW,
                    check,
                    guild_id=guild_id,
                    channel_id=requester.channel_id,
                    user_id=requester.user_id,
                    notify_channel_id=requester.channel_id,
                    display_name=options.name,
                    language=options.language,
                    description=options.description,
                    tags=list(options.tags),
                    transcription=options.transcription,
                    remove_noise=options.remove_noise,
                    **self.leases.fields(),
                )
                self.leases.hold(record.id)
            await self._audit(
                AuditAction.REQUESTED,
                record,
                actor_id=requester.user_id,
                policy=policy,
                name=options.name,
                language=options.language,
                samples=len(sources),
            )
            try:
                return await self._prepare(record, policy, sources, progress, spoken)
            except asyncio.CancelledError:
                self.leases.drop(record.id, release=True)  # left for recovery: no wait for it
                raise
            finally:
                self.leases.drop(record.id)  # awaiting consent: nothing to take over

    async def _prepare(
        self,
        record: CloneRecord,
        policy: GuildPolicy,
        sources: Sequence[SampleSource],
        progress: Progress,
        spoken: SpokenRecording | None = None,
    ) -> Prepared:
        started = time.monotonic()
        max_seconds = min(self.max_sample_seconds, policy.max_sample_seconds)
        # Storing the samples is inside too: with the database down the request ends
        # failed (stored once it is back), never stuck processing.
        async with self._failing(record):
            samples = await self.clones.prepare(sources, progress, max_seconds=max_seconds)
            verified: dict[str, Any] = {}
            if spoken is not None:
                if self.verifier is None:
                    raise UserFacingError("Spoken-consent verification is not available.")
                await progress(Stage.PROCESSING, "checking your spoken sentence")
                check = await self.verifier.check(
                    spoken.challenge,
                    samples[0],
                    record=record,
                    mode=spoken.mode,
                    voice_message=spoken.voice_message,
                )
                verified = {"verification": check.facts, "transcription": check.transcription}
            await self.store.save_samples(record.id, [s.wav for s in samples])
            updated = await self.store.transition(
                record.id,
                {CloneStatus.PROCESSING},
                CloneStatus.AWAITING_CONSENT,
                samples=[sample_facts(src, s) for src, s in zip(sources, samples, strict=True)],
                expires_at=utcnow() + self.consent_timeout,
                timings={"prepare_seconds": round(time.monotonic() - started, 3)},
                **verified,
            )
        if updated is None:
            raise UserFacingError("This request was cancelled while it was being processed.")
        return Prepared(updated, samples, policy)

    # --- 1b. spoken consent: the sentence to read -----------------------------------------

    async def precheck(self, guild_id: int, policy: GuildPolicy, requester: Requester) -> None:
        """The policy rules of :meth:`open`, read without storing anything: a member is not
        asked to read a sentence for a request the policy would refuse anyway."""
        with self._counting_refusals():
            now = utcnow()
            history = await self.store.history(guild_id, requester.user_id, now - QUOTA_WINDOW)
            check_admission(policy, requester, history, now)

    async def issue_challenge(
        self,
        *,
        guild_id: int,
        policy: GuildPolicy,
        requester: Requester,
        options: CloneOptions,
        member_name: str,
        guild_name: str,
    ) -> ConsentChallenge:
        """A fresh sentence for the member to read (after the policy's checks)."""
        if self.verifier is None:
            raise UserFacingError("Spoken-consent verification is not available.")
        await self.precheck(guild_id, policy, requester)
        with self._counting_refusals():
            return await self.verifier.issue(
                guild_id=guild_id,
                channel_id=requester.channel_id,
                user_id=requester.user_id,
                member_name=member_name,
                guild_name=guild_name,
                options=options,
            )

    # --- 2. consent -----------------------------------------------------------------------

    async def _own_record(self, record_id: int, user_id: int) -> CloneRecord:
        record = await self.store.get_record(record_id)
        if record is None:
            raise UserFacingError("That clone request no longer exists.")
        if record.user_id != user_id:
            raise UserFacingError("Only the member who made this request can answer it.")
        return record

    async def consent(self, record_id: int, user_id: int) -> CloneRecord:
        """The requester attests; the request goes to review or straight to the queue."""
        record = await self._own_record(record_id, user_id)
        policy = await self.store.get_policy(record.guild_id)
        now = utcnow()
        target = CloneStatus.PENDING_APPROVAL if policy.approval_required else CloneStatus.APPROVED
        if target is CloneStatus.APPROVED and record.status is CloneStatus.AWAITING_CONSENT:
            # Straight to the queue: refused (still awaiting consent) while the queue is full.
            with self._counting_refusals():
                await self.limiter.check_room(record.guild_id)
        fields: dict[str, Any] = {
            "consent_text": self.consent_text(policy),
            "consented_at": now,
            "expires_at": now + self.approval_timeout if policy.approval_required else None,
        }
        if target is CloneStatus.APPROVED:
            fields.update(self.leases.fields())  # queued: this process runs it

        def check(history: History) -> None:
            check_quotas(policy, history)

        try:
            with self._counting_refusals():
                async with self._guild_locks.setdefault(record.guild_id, asyncio.Lock()):
                    updated = await self.store.confirm_checked(
                        record, now - QUOTA_WINDOW, check, target, **fields
                    )
        except PolicyRefusal as exc:
            # Others confirmed theirs since this one was opened: the quota is used up.
            failed = await self.store.transition(
                record_id,
                {CloneStatus.AWAITING_CONSENT},
                CloneStatus.FAILED,
                failure_reason=exc.user_message[:1000],
            )
            if failed is not None:
                self.metrics.clone_finished("failed")
                await self._audit(AuditAction.FAILED, failed, policy=policy, reason=exc.reason)
            raise
        if updated is None:
            raise UserFacingError(_no_longer(record.status, "confirmed"))
        if target is CloneStatus.APPROVED:
            self.leases.hold(record_id)
        await self._audit(
            AuditAction.CONSENTED,
            updated,
            actor_id=user_id,
            policy=policy,
            statement=updated.consent_text,
        )
        if target is CloneStatus.PENDING_APPROVAL:
            updated = await self._send_for_review(updated, policy)
        return updated

    async def _send_for_review(self, record: CloneRecord, policy: GuildPolicy) -> CloneRecord:
        samples = restore_samples(record, await self.store.load_samples(record.id))
        posted = await self.notifier.post_review(policy, record, samples)
        if posted is None:
            reason = "the review channel is missing or the bot cannot post there"
            await self.store.transition(
                record.id,
                {CloneStatus.PENDING_APPROVAL},
                CloneStatus.FAILED,
                failure_reason=reason,
            )
            self.metrics.clone_finished("failed")
            await self._audit(AuditAction.FAILED, record, policy=policy, reason=reason)
            raise UserFacingError(
                "Your request could not be sent to the moderators: " + reason + ". Please tell "
                "a moderator."
            )
        channel_id, message_id = posted
        stored = await self.store.transition(
            record.id,
            {CloneStatus.PENDING_APPROVAL},
            CloneStatus.PENDING_APPROVAL,
            review_channel_id=channel_id,
            review_message_id=message_id,
        )
        return stored or record

    async def cancel(self, record_id: int, user_id: int) -> CloneRecord:
        record = await self._own_record(record_id, user_id)
        updated = await self.store.transition(
            record_id, {CloneStatus.AWAITING_CONSENT}, CloneStatus.CANCELLED
        )
        if updated is None:
            raise UserFacingError(_no_longer(record.status, "cancelled"))
        self.metrics.clone_finished("cancelled")
        await self._audit(AuditAction.CANCELLED, updated, actor_id=user_id)
        return updated

    # --- 3. review ------------------------------------------------------------------------

    async def approve(self, record_id: int, moderator_id: int) -> CloneRecord:
        pending = await self.store.get_record(record_id)
        if pending is not None and pending.status is CloneStatus.PENDING_APPROVAL:
            # Approval queues it: refused (still pending) while the queue is full.
            with self._counting_refusals():
                await self.limiter.check_room(pending.guild_id)
        updated = await self.store.transition(
            record_id,
            {CloneStatus.PENDING_APPROVAL},
            CloneStatus.APPROVED,
            decided_by=moderator_id,
            decided_at=utcnow(),
            expires_at=None,
            **self.leases.fields(),  # queued: this process runs it
        )
        if updated is None:
            raise UserFacingError(await self._already_decided(record_id))
        self.leases.hold(record_id)
        await self._audit(AuditAction.APPROVED, updated, actor_id=moderator_id)
        return updated

    async def reject(self, record_id: int, moderator_id: int, reason: str) -> CloneRecord:
        updated = await self.store.transition(
            record_id,
            {CloneStatus.PENDING_APPROVAL},
            CloneStatus.REJECTED,
            decided_by=moderator_id,
            decided_at=utcnow(),
            decision_reason=reason[:1000],
            expires_at=None,
        )
        if updated is None:
            raise UserFacingError(await self._already_decided(record_id))
        self.metrics.clone_finished("rejected_by_moderator")
        await self._audit(AuditAction.REJECTED, updated, actor_id=moderator_id, reason=reason)
        await self.notifier.update_review(updated, f"❌ Rejected by <@{moderator_id}>: {reason}")
        await self.notifier.tell_requester(
            updated,
            f"<@{updated.user_id}> your voice clone request "
            f"**{safe_name(updated.display_name)}** was "
            f"rejected by the moderators. Reason: {reason}",
        )
        return updated

    async def _already_decided(self, record_id: int) -> str:
        record = await self.store.get_record(record_id)
        if record is None:
            return "That clone request no longer exists."
        return _no_longer(record.status, "decided")

    # --- 4. the clone ---------------------------------------------------------------------

    async def execute(self, record_id: int, progress: Progress) -> CloneOutcome:
        """Wait for a slot in the shared limiter, then call the API once for this record."""
        if record_id in self._running:
            raise AlreadyHandled("That clone request is already being handled.")
        self._running.add(record_id)
        created = False
        try:
            if await self.leases.claim(record_id, {CloneStatus.APPROVED}) is None:
                raise AlreadyHandled("That clone request is already being handled.")
            outcome = await self._execute(record_id, progress)
            created = outcome.result.voice is not None
            return outcome
        except asyncio.CancelledError:
            self.leases.drop(record_id, release=True)  # left for recovery: no wait for it
            raise
        finally:
            self._running.discard(record_id)
            if not created:
                self.leases.drop(record_id)
            # else held until the result is delivered (delivered(), or a delivery that failed:
            # undelivered results are sent again by recovery)

    async def delivered(self, record: CloneRecord, reached: bool) -> None:
        """A result was sent (``reached``: the member got it, or a notice pointing to it)."""
        try:
            if reached:
                await self.store.mark_delivered(record.id)
        finally:
            self.leases.drop(record.id)

    async def _execute(self, record_id: int, progress: Progress) -> CloneOutcome:
        record = await self.store.get_record(record_id)
        if record is None or record.status is not CloneStatus.APPROVED:
            raise AlreadyHandled("That clone request is not approved, or already handled.")
        queued = time.monotonic()

        async def show_position(position: int) -> None:
            await progress(Stage.WAITING, f"position {position} in the queue")

        async with self.limiter.slot(show_position, group=record.guild_id) as slot:
            # Ours first (compare-and-set), then the audio: a waiter in the queue holds none in
            # memory, and whoever lost the race never reads samples the winner may delete.
            running = await self.store.transition(
                record_id, {CloneStatus.APPROVED}, CloneStatus.CLONING
            )
            if running is None:
                raise AlreadyHandled("That clone request is already being handled.")
            started = time.monotonic()
            async with self._failing(running):
                samples = restore_samples(running, await self.store.load_samples(record_id))
                if not samples:
                    raise UserFacingError(
                        "The audio of this request is no longer stored. Please send it again."
                    )
                outcome = await self._call_api(running, samples, progress, show_position, slot)
        timings = dict(record.timings)
        timings.update(
            queue_seconds=round(started - queued, 3),
            api_seconds=round(outcome.timings.get("api_seconds", 0.0), 3),
        )
        warnings = [list(v.warnings) for v in outcome.result.samples]
        errors = [list(v.errors) for v in outcome.result.samples]
        voice = outcome.result.voice
        if voice is None:
            reason = "; ".join(e for errs in errors for e in errs) or "no voice was created"
            await self.store.transition(
                record_id,
                {CloneStatus.CLONING},
                CloneStatus.FAILED,
                failure_reason=reason[:1000],
                api_warnings=warnings,
                api_errors=errors,
                timings=timings,
            )
            self.metrics.clone_finished("rejected_by_api")
            await self._audit(AuditAction.FAILED, running, reason=reason)
        else:
            await self._judge_spoken(running, outcome, warnings, errors, timings)
            done = await self.store.transition(
                record_id,
                {CloneStatus.CLONING},
                CloneStatus.DONE,
                voice_id=voice.voice_id,
                api_warnings=warnings,
                api_errors=errors,
                timings=timings,
            )
            self.metrics.clone_finished("created")
            await self._audit(
                AuditAction.RECONCILED if outcome.reconciled else AuditAction.CLONED,
                done or running,
                voice_id=voice.voice_id,
                warnings=sum(map(len, warnings)),
                errors=sum(map(len, errors)),
            )
        return outcome

    async def _judge_spoken(
        self,
        record: CloneRecord,
        outcome: CloneOutcome,
        warnings: list[list[str]],
        errors: list[list[str]],
        timings: dict[str, Any],
    ) -> None:
        """A recording left to the API's transcription is judged now that the voice exists:
        on a mismatch the voice is deleted at once, the request fails (audited) and
        :class:`RecordingRefused` tells the member what was heard, with a new sentence."""
        voice = outcome.result.voice
        if self.verifier is None or voice is None:
            return
        validations = outcome.result.samples
        transcription = validations[0].transcription if validations else None
        hearing = await self.verifier.judge_transcription(record, transcription)
        if hearing is None or hearing.accepted:
            if hearing is not None and record.verification is not None:
                facts = {**record.verification, "heard": hearing.heard[:2000]}
                facts.update(score=round(hearing.score, 3), decision="verified")
                await self.store.transition(
                    record.id, {CloneStatus.CLONING}, CloneStatus.CLONING, verification=facts
                )
            return
        deleted = False
        try:
            await self.clones.inworld.delete_voice(voice.voice_id)
            deleted = True
        except InworldError as exc:
            log.error(
                "request #%s: the unverified voice %s could not be deleted: %s",
                record.id,
                voice.voice_id,
                exc,
            )
        facts = {**(record.verification or {}), "heard": hearing.heard[:2000]}
        facts.update(score=round(hearing.score, 3), decision="mismatch")
        reason = "the spoken sentence did not match (checked by Inworld's transcription)"
        await self.store.transition(
            record.id,
            {CloneStatus.CLONING},
            CloneStatus.FAILED,
            voice_id=voice.voice_id,
            voice_deleted_at=utcnow() if deleted else None,
            failure_reason=reason if deleted else reason + "; deleting the voice failed",
            verification=facts,
            api_warnings=warnings,
            api_errors=errors,
            timings=timings,
        )
        self.metrics.clone_finished("rejected_spoken_consent")
        await self._audit(
            AuditAction.DELETED if deleted else AuditAction.FAILED,
            record,
            voice_id=voice.voice_id,
            reason=reason,
        )
        refusal = await self.verifier.refusal_after_clone(record, hearing.heard)
        if not deleted:
            refusal.user_message += (
                " Deleting it failed, so the moderators were told: it will be removed by hand."
            )
        raise refusal

    def is_running(self, record_id: int) -> bool:
        """True while this process executes the record (queued or calling the API)."""
        return record_id in self._running

    async def _call_api(
        self,
        record: CloneRecord,
        samples: list[ProcessedSample],
        progress: Progress,
        show_position: PositionCallback,
        slot: Slot,
    ) -> CloneOutcome:
        """The clone call: the voices with this name are noted before the POST, each retry
        takes a slot of the limiter, and an outcome nobody can tell parks the record as
        ``reconciling`` (VoiceMayExist tells the member plainly) for the sweep."""

        async def take_slot() -> None:
            await self.limiter.acquire(show_position, group=record.guild_id, front=True)

        async def sent(known: frozenset[str] | None) -> None:
            await slot.sent()  # the window counts this call from now, not from the grant
            await self.store.transition(
                record.id,
                {CloneStatus.CLONING},
                CloneStatus.CLONING,
                clone_started_at=utcnow(),
                known_voice_ids=sorted(known) if known is not None else None,
            )

        try:
            return await self.clones.clone(
                options_of(record),
                samples,
                progress,
                take_slot=take_slot,
                on_sent=sent,
                claimed=self.store.claimed_voice_ids,
            )
        except VoiceMayExist as exc:
            parked = await self.store.transition(
                record.id,
                {CloneStatus.CLONING},
                CloneStatus.RECONCILING,
                failure_reason=exc.user_message[:1000],
            )
            await self._audit(AuditAction.RECONCILING, parked or record, reason=str(exc))
            raise

    # --- 5. housekeeping ------------------------------------------------------------------

    async def expire_due(self) -> list[CloneRecord]:
        """Expire requests nobody confirmed or reviewed in time."""
        expired = []
        for record in await self.store.due_for_expiry(utcnow()):
            updated = await self.store.transition(
                record.id,
                {CloneStatus.AWAITING_CONSENT, CloneStatus.PENDING_APPROVAL},
                CloneStatus.EXPIRED,
            )
            if updated is None:
                continue
            self.metrics.clone_finished("expired")
            expired.append(updated)
            await self._audit(AuditAction.EXPIRED, updated, previous=record.status.value)
            if record.status is CloneStatus.PENDING_APPROVAL:
                await self.notifier.update_review(
                    updated, "⌛ Expired: nobody reviewed it in time."
                )
                await self.notifier.tell_requester(
                    updated,
                    f"<@{updated.user_id}> your voice clone request "
                    f"**{safe_name(updated.display_name)}** "
                    "expired before a moderator reviewed it. You can send it again.",
                )
        return expired

    async def recover(self, *, respect_leases: bool = False) -> list[CloneRecord]:
        """Fail requests a crash interrupted and tell their members.

        Returns the approved requests that never started, for the caller to run again. With
        ``respect_leases`` only requests no live process holds count (several processes share
        a PostgreSQL database); each is claimed before it is touched.
        """
        free_at = utcnow() if respect_leases else None
        for record in await self.store.interrupted(free_at):
            if record.id in self._running:
                continue
            was_cloning = record.status is CloneStatus.CLONING
            if was_cloning and self.reconciles and record.clone_started_at is not None:
                continue  # its POST started: the reconcile sweep looks for the voice first
            if respect_leases and await self.leases.claim(record.id, {record.status}) is None:
                continue  # another process took it first
            if was_cloning and record.clone_started_at is None:
                # Its slot was taken but the POST never left (clone_started_at is stored
                # before it): nothing was created, so it is queued again, not failed.
                requeued = await self.store.transition(
                    record.id,
                    {CloneStatus.CLONING},
                    CloneStatus.APPROVED,
                    lease_owner=None,
                    lease_expires_at=None,
                )
                self.leases.drop(record.id)
                if requeued is not None:
                    await self._audit(
                        AuditAction.INTERRUPTED, requeued, previous="cloning", requeued=True
                    )
                continue
            reason = "interrupted by a bot restart"
            try:
                updated = await self.store.transition(
                    record.id, {record.status}, CloneStatus.FAILED, failure_reason=reason
                )
            finally:
                self.leases.drop(record.id)
            if updated is None:
                continue
            self.metrics.clone_finished("interrupted")
            await self._audit(AuditAction.INTERRUPTED, updated, previous=record.status.value)
            hint = (
                " It may have been created anyway: check your voice list before trying again."
                if was_cloning
                else " Please send it again."
            )
            await self.notifier.tell_requester(
                updated,
                f"<@{updated.user_id}> your voice clone request "
                f"**{safe_name(updated.display_name)}** was "
                f"interrupted by a bot restart.{hint}",
            )
        await self._resend_undelivered(free_at, respect_leases=respect_leases)
        waiting = await self.store.approved_not_started(free_at)
        return [r for r in waiting if r.id not in self._running]

    async def _resend_undelivered(self, free_at: datetime | None, *, respect_leases: bool) -> None:
        """Voices cloned by a process that died before it told the member: told now, once
        (the voice is in ``/voices`` whatever happens)."""
        for record in await self.store.undelivered(free_at):
            if record.id in self.leases.held or record.voice_id is None:
                continue
            if respect_leases and await self.leases.claim(record.id, {CloneStatus.DONE}) is None:
                continue
            try:
                policy = await self.store.get_policy(record.guild_id)
                await self.notifier.tell_voice_found(
                    record,
                    record.voice_id,
                    f"<@{record.user_id}> your voice **{safe_name(record.display_name)}** is "
                    "ready: the bot restarted before it could send you the result.",
                    private=policy.ephemeral,
                )
            finally:
                await self.store.mark_delivered(record.id)
                self.leases.drop(record.id)


def check_admission(
    policy: GuildPolicy, requester: Requester, history: History, now: datetime
) -> None:
    """The policy's rules for a new request, and a review channel where approval is on."""
    check_request(policy, requester, history, now)
    if policy.approval_required and policy.review_channel_id is None:
        raise PolicyRefusal(
            "This server requires a moderator's approval for voice clones, but no review "
            "channel is set up yet. Please ask a moderator to run `/clone-settings approval`.",
            reason="no_review_channel",
        )


def _no_longer(status: CloneStatus, verb: str) -> str:
    described = {
        CloneStatus.PENDING_APPROVAL: "is waiting for a moderator",
        CloneStatus.APPROVED: "was already approved",
        CloneStatus.REJECTED: "was already rejected",
        CloneStatus.EXPIRED: "has expired",
        CloneStatus.CANCELLED: "was cancelled",
        CloneStatus.CLONING: "is already being cloned",
        CloneStatus.DONE: "is already done",
        CloneStatus.FAILED: "has already failed",
    }.get(status, f"is {status.value}")
    return f"This request can no longer be {verb}: it {described}."
