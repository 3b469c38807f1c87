"""Upkeep: requests nobody acted on expire; requests a restart interrupted are settled."""

from __future__ import annotations

from ..i18n import Msg
from ..lifecycle import Event, Said
from ..storage import CloneRecord, CloneStatus, utcnow
from .base import DeskBase, request_line


class Upkeep(DeskBase):
    async def expire_due(self) -> list[CloneRecord]:
        """Expire requests nobody confirmed or reviewed in time."""
        expired = []
        for record in await self.store.due_for_expiry(utcnow()):
            if record.status is CloneStatus.PENDING_APPROVAL:
                # Written now, sent later: in the server's language (the member's is not stored).
                locale = await self.server_locale(record.guild_id)
                request = request_line(record.user_id, record.display_name)
                said = Said(
                    detail={"previous": record.status.value},
                    review_line=Msg("clone-review-expired").render(locale),
                    notice=Msg("clone-notice-review-expired", request=request).render(locale),
                )
                updated = await self.lifecycle.fire(record.id, Event.REVIEW_EXPIRED, said=said)
            else:
                said = Said(detail={"previous": record.status.value})
                updated = await self.lifecycle.fire(record.id, Event.CONSENT_EXPIRED, said=said)
            if updated is not None:
                expired.append(updated)
        return expired

    async def recover(self, *, respect_leases: bool = False) -> list[CloneRecord]:
        """Settle requests a crash interrupted and tell their members.

        Returns the approved requests that never started, for the caller to run again. With
        ``respect_leases`` only requests no live process holds count (several processes share
        a PostgreSQL database); each is claimed before it is touched.
        """
        free_at = utcnow() if respect_leases else None
        for record in await self.store.interrupted(free_at):
            if record.id in self._running:
                continue
            posted = record.clone_started_at is not None
            if record.status is CloneStatus.CLONING and self.reconciles and posted:
                continue  # its POST started: the reconcile sweep looks for the voice first
            if respect_leases:
                async with self.leases.claimed(record.id, {record.status}) as claimed:
                    if claimed is not None:
                        await self._settle_interrupted(record)
            else:
                await self._settle_interrupted(record)
        waiting = await self.store.approved_not_started(free_at)
        return [r for r in waiting if r.id not in self._running]

    async def _settle_interrupted(self, record: CloneRecord) -> None:
        if record.status is CloneStatus.CLONING and record.clone_started_at is None:
            # Its slot was taken but the POST never left (clone_started_at is stored before
            # it): nothing was created, so it is queued again, not failed.
            await self.lifecycle.fire(
                record.id,
                Event.REQUEUED,
                said=Said(detail={"previous": "cloning", "requeued": True}),
                lease_owner=None,
                lease_expires_at=None,
            )
            return
        was_cloning = record.status is CloneStatus.CLONING
        notice = Msg(
            "clone-notice-interrupted-cloning" if was_cloning else "clone-notice-interrupted",
            request=request_line(record.user_id, record.display_name),
        )
        await self.lifecycle.fire(
            record.id,
            Event.INTERRUPTED,
            said=Said(
                detail={"previous": record.status.value},
                notice=notice.render(await self.server_locale(record.guild_id)),
            ),
            failure_reason="interrupted by a bot restart",
        )
