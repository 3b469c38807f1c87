"""The spoken sentence judged by the clone API's own transcription, once the voice exists."""

from __future__ import annotations

import logging
from typing import Any

from ..cloning import CloneOutcome
from ..i18n import Msg
from ..inworld import InworldError
from ..lifecycle import Event, Said
from ..storage import CloneRecord, utcnow
from .base import DeskBase

log = logging.getLogger(__name__)


class SpokenJudge(DeskBase):
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
                await self.lifecycle.fire(record.id, Event.SPOKEN_VERIFIED, verification=facts)
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
        review_line = Msg(
            "clone-review-spoken-deleted" if deleted else "clone-review-spoken-not-deleted"
        )
        await self.lifecycle.fire(
            record.id,
            Event.SPOKEN_MISMATCH,
            said=Said(
                detail={"voice_id": voice.voice_id, "reason": reason, "deleted": deleted},
                review_line=review_line.render(await self.server_locale(record.guild_id)),
            ),
            voice_id=voice.voice_id,
            voice_deleted_at=utcnow() if deleted else None,
            failure_reason=reason if deleted else reason + "; deleting the voice failed",
            verification=facts,
            api_warnings=warnings,
            api_errors=errors,
            timings=timings,
        )
        refusal = await self.verifier.refusal_after_clone(record, hearing.heard)
        if not deleted:
            refusal.message = Msg("clone-spoken-delete-failed", refusal=refusal.message)
        raise refusal
