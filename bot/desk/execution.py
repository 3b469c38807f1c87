"""Execution: an approved request waits for the shared limiter, then the clone call, once.

Every outcome is a move of :mod:`bot.lifecycle` whose outbox messages tell the member (and
update the review post). Once the POST may have left, only an answer from Inworld can fail the
request: anything else (the database, a bug, a lost answer) parks it ``reconciling`` for the
sweep, which finds the voice by the request's tag.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from dataclasses import dataclass
from typing import Any

from ..cloning import CloneOutcome, Progress, Stage
from ..consent.verifier import RecordingRefused
from ..delivery import result_headline
from ..delivery.text import safe_code, safe_text
from ..errors import UserFacingError
from ..i18n import Msg, render
from ..inworld import InworldError
from ..lifecycle import Event, Said
from ..observability.metrics import CloneOutcomeLabel
from ..ratelimit import PositionCallback, Slot
from ..reconcile import VoiceMayExist
from ..storage import CloneRecord, CloneStatus, utcnow
from .base import AlreadyHandled, DeskBase, request_line
from .samples import options_of, restore_samples
from .spoken import SpokenJudge

log = logging.getLogger(__name__)


@dataclass
class _Run:
    """One execution of a request: whether its POST may have left, how it reads."""

    record: CloneRecord
    resumed: bool
    #: The member's language (what they are told) and the server's (the review post).
    locale: str
    server_locale: str
    posted: bool = False

    @property
    def approved(self) -> bool:
        return self.record.decided_by is not None

    def review_line(self, message_id: str, **args: object) -> str:
        prefix = Msg("clone-review-approved-by", moderator=str(self.record.decided_by))
        return Msg(message_id, prefix=prefix, **args).render(self.server_locale)

    def headline(self, *, created: bool) -> str:
        return result_headline(
            self.record.user_id,
            self.record.display_name,
            created=created,
            approved=self.approved,
            resumed=self.resumed,
            locale=self.locale,
        )

    def result(self, *, created: bool) -> dict[str, Any]:
        """The outbox's result message: its text in the member's language, and that
        language (the sender renders the result embed in it)."""
        return {
            "headline": self.headline(created=created),
            "created": created,
            "locale": self.locale,
        }


class Execution(SpokenJudge, DeskBase):
    def is_running(self, record_id: int) -> bool:
        """True while this process executes the record (queued or calling the API)."""
        return record_id in self._running

    async def execute(
        self,
        record_id: int,
        progress: Progress,
        *,
        resumed: bool = False,
        locale: str | None = None,
    ) -> CloneOutcome:
        """Wait for a slot in the shared limiter, then call the API once for this record.

        ``locale``: the member's language, when their interaction is at hand (else what they
        are told later is in the server's language: a request stores no language)."""
        if record_id in self._running:
            raise AlreadyHandled()
        self._running.add(record_id)
        try:
            async with self.leases.claimed(record_id, {CloneStatus.APPROVED}) as claimed:
                if claimed is None:
                    raise AlreadyHandled()
                return await self._execute(claimed, progress, resumed, locale)
        finally:
            self._running.discard(record_id)

    async def _execute(
        self, record: CloneRecord, progress: Progress, resumed: bool, locale: str | None
    ) -> CloneOutcome:
        queued = time.monotonic()
        server_locale = await self.server_locale(record.guild_id)

        async def show_position(position: int) -> None:
            await progress(Stage.WAITING, Msg("clone-detail-queue", position=position))

        async with self.limiter.slot(show_position, group=record.guild_id) as slot:
            # Ours first (compare-and-set), then the audio: a waiter in the queue holds none in
            # memory, and whoever lost the race never reads samples the winner may delete.
            running = await self.lifecycle.fire(record.id, Event.SLOT_TAKEN)
            if running is None:
                raise AlreadyHandled()
            run = _Run(running, resumed, locale or server_locale, server_locale)
            started = time.monotonic()
            try:
                samples = restore_samples(running, await self.store.load_samples(record.id))
                if not samples:
                    raise UserFacingError(Msg("clone-audio-gone"))
                outcome = await self._call_api(run, samples, progress, show_position, slot)
            except asyncio.CancelledError:
                raise  # the bot is stopping: recovery (or the sweep, once posted) settles it
            except VoiceMayExist as exc:
                await self._park(run, exc.text())
                raise
            except Exception as exc:
                await self._failed(run, exc)
                raise
        timings = dict(running.timings)
        timings.update(
            queue_seconds=round(started - queued, 3),
            api_seconds=round(outcome.timings.get("api_seconds", 0.0), 3),
        )
        try:
            await self._settle(run, outcome, timings)
        except asyncio.CancelledError:
            raise
        except RecordingRefused:
            raise  # the spoken sentence did not match: settled already, the voice deleted
        except Exception as exc:
            await self._park(run, VoiceMayExist.member_message, error=exc)
            raise
        return outcome

    async def _settle(self, run: _Run, outcome: CloneOutcome, timings: dict[str, Any]) -> None:
        """Store what the API answered: a voice (after the spoken-consent check) or none."""
        record = run.record
        warnings = [list(v.warnings) for v in outcome.result.samples]
        errors = [list(v.errors) for v in outcome.result.samples]
        voice = outcome.result.voice
        self.live.note_outcome(record.id, outcome)
        if voice is None:
            reason = "; ".join(e for errs in errors for e in errs) or "no voice was created"
            await self.lifecycle.fire(
                record.id,
                Event.NOT_CREATED,
                said=Said(
                    detail={"reason": reason},
                    result=run.result(created=False),
                    review_line=run.review_line("clone-review-not-created"),
                ),
                failure_reason=reason[:1000],
                api_warnings=warnings,
                api_errors=errors,
                timings=timings,
            )
            return
        await self._judge_spoken(record, outcome, warnings, errors, timings)
        await self.lifecycle.fire(
            record.id,
            Event.FOUND_INLINE if outcome.reconciled else Event.CLONED,
            said=Said(
                detail={
                    "voice_id": voice.voice_id,
                    "warnings": sum(map(len, warnings)),
                    "errors": sum(map(len, errors)),
                },
                result=run.result(created=True),
                review_line=run.review_line(
                    "clone-review-created", voice=safe_code(voice.voice_id)
                ),
            ),
            voice_id=voice.voice_id,
            api_warnings=warnings,
            api_errors=errors,
            timings=timings,
        )

    async def _park(
        self, run: _Run, message: str | Msg, *, error: BaseException | None = None
    ) -> None:
        """The voice may exist: ``reconciling`` until the sweep finds it (or its absence).

        Never raises: if even this cannot be stored (the database is away), the request stays
        ``cloning`` with its POST's start stored, which the sweep treats the same way."""
        record = run.record
        english = render(message)
        if error is not None:
            log.error("request #%s: error after the clone call; parked", record.id, exc_info=error)
        try:
            await self.lifecycle.fire(
                record.id,
                Event.OUTCOME_UNKNOWN,
                said=Said(
                    detail={"reason": str(error or english)[:300]},
                    result={
                        "headline": Msg(
                            "clone-headline-unknown", user=str(record.user_id), message=message
                        ).render(run.locale),
                        "created": False,
                        "locale": run.locale,
                    },
                    review_line=run.review_line("clone-review-lost"),
                ),
                failure_reason=english[:1000],
            )
        except Exception:
            log.warning("request #%s: could not park it (left to the sweep)", record.id)

    async def _failed(self, run: _Run, exc: Exception) -> None:
        """The clone call failed: an answer from Inworld (or a failure before any POST) fails
        the request; anything else once the POST may have left parks it."""
        if run.posted and not isinstance(exc, InworldError):
            await self._park(run, VoiceMayExist.member_message, error=exc)
            return
        outcome: CloneOutcomeLabel
        reason: str | Msg
        if isinstance(exc, InworldError):  # its message may echo the API: made inert
            outcome, reason = "api_error", safe_text(exc.user_message)
        elif isinstance(exc, UserFacingError):
            outcome, reason = "failed", exc.message
        else:
            ref = uuid.uuid4().hex[:8]
            log.error("request #%s failed (ref %s)", run.record.id, ref, exc_info=exc)
            outcome = "failed"
            reason = Msg("error-bug", ref=ref)
        record = run.record
        message = render(reason)  # stored and audited in English
        headline = Msg(
            "clone-failed-approved" if run.approved else "clone-failed",
            request=request_line(record.user_id, record.display_name),
            reason=reason,
        )
        await self.lifecycle.fire(
            record.id,
            Event.API_FAILED,
            said=Said(
                detail={"reason": message},
                result={
                    "headline": headline.render(run.locale),
                    "created": False,
                    "locale": run.locale,
                },
                review_line=run.review_line("clone-review-failed", reason=reason),
            ),
            outcome=outcome,
            failure_reason=message[:1000],
        )

    async def _call_api(
        self,
        run: _Run,
        samples: list[Any],
        progress: Progress,
        show_position: PositionCallback,
        slot: Slot,
    ) -> CloneOutcome:
        """The clone call, tagged with the request's correlation tag; each retry takes a
        slot of the limiter; an outcome nobody can tell raises VoiceMayExist."""
        record = run.record

        async def take_slot() -> None:
            await self.limiter.acquire(show_position, group=record.guild_id, front=True)

        async def sent(*_: Any) -> None:
            await slot.sent()  # the window counts this call from now, not from the grant
            await self.lifecycle.fire(record.id, Event.POST_SENT, clone_started_at=utcnow())
            run.posted = True  # the POST follows at once: from here on a voice may exist

        return await self.clones.clone(
            options_of(record), samples, progress, take_slot=take_slot, on_sent=sent
        )
