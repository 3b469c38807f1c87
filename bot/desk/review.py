"""Consent and review: the member confirms (or cancels), moderators approve or reject. Ends
with the request approved (queued for this process to run) or settled."""

from __future__ import annotations

from typing import Any

from ..delivery.text import safe_name, safe_text
from ..errors import UserFacingError
from ..i18n import SOURCE, Msg, tr
from ..lifecycle import TABLE, Event, Said, rows_for
from ..policy import QUOTA_WINDOW, History, PolicyRefusal, check_quotas
from ..storage import CloneRecord, CloneStatus, GuildPolicy, utcnow
from .base import DeskBase
from .samples import restore_samples


def _no_longer(status: CloneStatus, verb: str) -> Msg:
    """``verb``: confirmed, cancelled or decided."""
    known = {
        CloneStatus.PENDING_APPROVAL,
        CloneStatus.APPROVED,
        CloneStatus.REJECTED,
        CloneStatus.EXPIRED,
        CloneStatus.CANCELLED,
        CloneStatus.CLONING,
        CloneStatus.DONE,
        CloneStatus.FAILED,
    }
    state = (
        Msg("moderation-state-" + status.value.replace("_", "-"))
        if status in known
        else Msg("moderation-state-other", status=status.value)
    )
    return Msg(f"moderation-no-longer-{verb}", state=state)


class Review(DeskBase):
    async def _own_record(self, record_id: int, user_id: int) -> CloneRecord:
        record = await self.store.get_record(record_id)
        if record is None:
            raise UserFacingError(Msg("moderation-request-gone"))
        if record.user_id != user_id:
            raise UserFacingError(Msg("moderation-not-your-request"))
        return record

    async def consent(self, record_id: int, user_id: int, locale: str = SOURCE) -> CloneRecord:
        """The requester attests; the request goes to review or straight to the queue. The
        statement stored (and quoted to reviewers and in the audit) is the one the member
        was shown: the server's own, else the default in the member's language."""
        record = await self._own_record(record_id, user_id)
        policy = await self.store.get_policy(record.guild_id)
        now = utcnow()
        review = policy.approval_required
        if not review and record.status is CloneStatus.AWAITING_CONSENT:
            # Straight to the queue: refused (still awaiting consent) while the queue is full.
            with self._counting_refusals():
                await self.limiter.check_room(record.guild_id)
        fields: dict[str, Any] = {
            "consent_text": self.consent_text(policy, locale),
            "consented_at": now,
            "expires_at": now + self.approval_timeout if review else None,
        }
        if not review:
            fields.update(self.leases.fields())  # queued: this process runs it (execute)
        # The move of the lifecycle's table, made with the quota check in one transaction.
        step = TABLE[Event.SENT_FOR_REVIEW if review else Event.CONSENTED]
        said = Said(actor_id=user_id, detail={"statement": fields["consent_text"]})

        def check(history: History) -> None:
            check_quotas(policy, history)

        def consented(moved: CloneRecord) -> list[Any]:
            return rows_for(step, moved, said)

        try:
            with self._counting_refusals():
                async with self._guild_lock(record.guild_id):
                    updated = await self.store.confirm_checked(
                        record, now - QUOTA_WINDOW, check, step.target, effects=consented, **fields
                    )
        except PolicyRefusal as exc:
            # Others confirmed theirs since this one was opened: the quota is used up.
            await self.lifecycle.fire(
                record_id,
                Event.QUOTA_USED_UP,
                said=Said(detail={"reason": exc.reason}),
                failure_reason=exc.user_message[:1000],
            )
            raise
        if updated is None:
            raise UserFacingError(_no_longer(record.status, "confirmed"))
        if self.lifecycle.on_moved is not None:
            self.lifecycle.on_moved()
        if review:
            updated = await self._send_for_review(updated, policy)
        return updated

    async def _send_for_review(self, record: CloneRecord, policy: GuildPolicy) -> CloneRecord:
        samples = restore_samples(record, await self.store.load_samples(record.id))
        posted = await self.notifier.post_review(policy, record, samples)
        if posted is None:
            reason = "the review channel is missing or the bot cannot post there"
            await self.lifecycle.fire(
                record.id,
                Event.REVIEW_UNAVAILABLE,
                said=Said(detail={"reason": reason}),
                failure_reason=reason,
            )
            raise UserFacingError(Msg("moderation-review-unavailable"))
        channel_id, message_id = posted
        stored = await self.lifecycle.fire(
            record.id,
            Event.REVIEW_POSTED,
            review_channel_id=channel_id,
            review_message_id=message_id,
        )
        return stored or record

    async def cancel(self, record_id: int, user_id: int) -> CloneRecord:
        record = await self._own_record(record_id, user_id)
        updated = await self.lifecycle.fire(record_id, Event.CANCELLED, said=Said(actor_id=user_id))
        if updated is None:
            raise UserFacingError(_no_longer(record.status, "cancelled"))
        return updated

    async def approve(
        self, record_id: int, moderator_id: int, *, locale: str | None = None
    ) -> CloneRecord:
        """``locale``: the server's language (the review post's line), if the caller knows
        it."""
        pending = await self.store.get_record(record_id)
        if pending is not None and pending.status is CloneStatus.PENDING_APPROVAL:
            # Approval queues it: refused (still pending) while the queue is full.
            with self._counting_refusals():
                await self.limiter.check_room(pending.guild_id)
        if locale is None and pending is not None:
            locale = await self.server_locale(pending.guild_id)
        updated = await self.lifecycle.fire(
            record_id,
            Event.APPROVED,
            said=Said(
                actor_id=moderator_id,
                review_line=tr(
                    locale, "moderation-approved-queued", moderator_id=str(moderator_id)
                ),
            ),
            decided_by=moderator_id,
            decided_at=utcnow(),
            expires_at=None,
            **self.leases.fields(),  # queued: this process runs it (execute)
        )
        if updated is None:
            raise UserFacingError(await self._already_decided(record_id))
        return updated

    async def reject(
        self, record_id: int, moderator_id: int, reason: str, *, locale: str | None = None
    ) -> CloneRecord:
        """``locale``: the server's language, if the caller knows it: the review post's line,
        and the member's notice (a request stores no language of its member)."""
        pending = await self.store.get_record(record_id)
        if locale is None and pending is not None:
            locale = await self.server_locale(pending.guild_id)
        name = pending.display_name if pending is not None else ""
        user_id = pending.user_id if pending is not None else 0
        shown = safe_text(reason)  # typed by a moderator: shown literally
        notice = Msg(
            "moderation-rejected-notice", user_id=str(user_id), name=safe_name(name), reason=shown
        )
        said = Said(
            actor_id=moderator_id,
            detail={"reason": reason},
            review_line=tr(
                locale, "moderation-rejected-line", moderator_id=str(moderator_id), reason=shown
            ),
            notice=notice.render(locale),
        )
        updated = await self.lifecycle.fire(
            record_id,
            Event.REJECTED,
            said=said,
            decided_by=moderator_id,
            decided_at=utcnow(),
            decision_reason=reason[:1000],
            expires_at=None,
        )
        if updated is None:
            raise UserFacingError(await self._already_decided(record_id))
        return updated

    async def _already_decided(self, record_id: int) -> Msg:
        record = await self.store.get_record(record_id)
        if record is None:
            return Msg("moderation-request-gone")
        return _no_longer(record.status, "decided")
