"""Admission: the policy's rules, the stored request, its samples and (with spoken consent)
the sentence the member reads. Ends with the request awaiting the member's consent."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from ..audio import ProcessedSample
from ..cloning import CloneOptions, Progress, SampleSource, Stage
from ..errors import UserFacingError
from ..i18n import Msg
from ..lifecycle import Event, Said
from ..policy import (
    QUOTA_WINDOW,
    History,
    Limit,
    PolicyRefusal,
    Requester,
    check_opened,
    check_request,
)
from ..storage import AuditAction, CloneRecord, ConsentChallenge, GuildPolicy, utcnow
from ..storage.outbox import audit_rows
from .base import DeskBase
from .samples import Prepared, SpokenRecording, sample_facts


def check_admission(
    policy: GuildPolicy,
    requester: Requester,
    history: History,
    now: datetime,
    opened: Sequence[Limit] = (),
) -> None:
    """The policy's rules for a new request, a review channel where approval is on, and the
    bot's ``opened`` limits on requests opened, confirmed or not (each one is downloaded and
    processed: checked before any download)."""
    check_request(policy, requester, history, now)
    if policy.approval_required and policy.review_channel_id is None:
        # cast: PolicyRefusal takes a Msg as every UserFacingError does (bot.policy).
        raise PolicyRefusal(cast(Any, Msg("clone-no-review-channel")), reason="no_review_channel")
    check_opened(opened, history, now)


class Admission(DeskBase):
    #: The bot's limits on requests opened per member and per server (OPENED_REQUESTS_*).
    opened_limits: tuple[Limit, ...] = ()

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
            async with self._guild_lock(guild_id):
                now = utcnow()

                def check(history: History) -> None:
                    check_admission(policy, requester, history, now, self.opened_limits)

                def requested(record: CloneRecord) -> list[Any]:
                    detail = {
                        "name": options.name,
                        "language": options.language,
                        "samples": len(sources),
                    }
                    return list(
                        audit_rows(
                            guild_id,
                            AuditAction.REQUESTED,
                            record_id=record.id,
                            actor_id=requester.user_id,
                            detail=detail,
                        )
                    )

                record = await self.store.create_checked(
                    now - QUOTA_WINDOW,
                    check,
                    effects=requested,
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
            if self.lifecycle.on_moved is not None:
                self.lifecycle.on_moved()
            # Held while it is processed; awaiting consent, there is nothing to take over.
            async with self.leases.holding(record.id):
                return await self._prepare(record, policy, sources, progress, spoken)

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
        try:
            samples = await self.clones.prepare(sources, progress, max_seconds=max_seconds)
            verified = await self._hear_sentence(record, samples, progress, spoken)
            await self.store.save_samples(record.id, [s.wav for s in samples])
            updated = await self.lifecycle.fire(
                record.id,
                Event.PREPARED,
                samples=[sample_facts(src, s) for src, s in zip(sources, samples, strict=True)],
                expires_at=utcnow() + self.consent_timeout,
                timings={"prepare_seconds": round(time.monotonic() - started, 3)},
                **verified,
            )
        except asyncio.CancelledError:
            raise  # the bot is stopping: recovery at the next start tells the member
        except Exception as exc:
            await self._prepare_failed(record, exc)
            raise
        if updated is None:
            raise UserFacingError(Msg("clone-cancelled-while-processing"))
        return Prepared(updated, samples, policy)

    async def _hear_sentence(
        self,
        record: CloneRecord,
        samples: list[ProcessedSample],
        progress: Progress,
        spoken: SpokenRecording | None,
    ) -> dict[str, Any]:
        """The first sample judged as the recording of the member's sentence (if any)."""
        if spoken is None:
            return {}
        if self.verifier is None:
            raise UserFacingError(Msg("clone-spoken-unavailable"))
        await progress(Stage.PROCESSING, Msg("clone-detail-checking-sentence"))
        check = await self.verifier.check(
            spoken.challenge,
            samples,  # the recording of the sentence, alone (extra samples are refused)
            record=record,
            mode=spoken.mode,
            voice_message=spoken.voice_message,
        )
        return {"verification": check.facts, "transcription": check.transcription}

    # --- spoken consent: the sentence to read ------------------------------------------------

    async def precheck(self, guild_id: int, policy: GuildPolicy, requester: Requester) -> None:
        """The policy rules of :meth:`open`, read without storing anything: a member is not
        asked to read a sentence for a request the policy would refuse anyway."""
        with self._counting_refusals():
            now = utcnow()
            history = await self.store.history(guild_id, requester.user_id, now - QUOTA_WINDOW)
            check_admission(policy, requester, history, now, self.opened_limits)

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
            raise UserFacingError(Msg("clone-spoken-unavailable"))
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


__all__ = ["Admission", "Said", "check_admission"]
