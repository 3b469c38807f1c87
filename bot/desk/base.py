"""What every stage of the desk shares: its collaborators, the guild's settings, audit events
and how a stage's failure is stored (always through :mod:`bot.lifecycle`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator
from datetime import timedelta
from typing import Any, Protocol

from ..audio import ProcessedSample
from ..cloning import CloneService
from ..consent.verifier import ConsentVerifier
from ..delivery.text import safe_name
from ..errors import UserFacingError
from ..inworld import InworldError
from ..leases import LeaseKeeper
from ..lifecycle import Event, Lifecycle, Said
from ..observability.metrics import BotMetrics, CloneOutcomeLabel, refusal_reason
from ..outbox.live import LiveRequests
from ..policy import DEFAULT_CONSENT_TEXT
from ..ratelimit import RateLimiter
from ..storage import AuditAction, CloneRecord, CloneStore, GuildPolicy

log = logging.getLogger(__name__)


class ReviewPoster(Protocol):
    """Posts a request to the review channel; its (channel id, message id), or None."""

    async def post_review(
        self, policy: GuildPolicy, record: CloneRecord, samples: list[ProcessedSample]
    ) -> tuple[int, int] | None: ...


def request_line(user_id: int, name: str) -> str:
    """How a notice names the member's request (the name made safe to post)."""
    return f"<@{user_id}> your voice clone request **{safe_name(name)}**"


class AlreadyHandled(UserFacingError):
    """Another task or process got to this request first."""


class DeskBase:
    """The desk's state; the stages (admission, review, execution, upkeep) add the steps."""

    def __init__(
        self,
        *,
        store: CloneStore,
        clones: CloneService,
        limiter: RateLimiter,
        notifier: ReviewPoster,
        default_language: str,
        default_remove_noise: bool,
        max_sample_seconds: float,
        consent_timeout: timedelta,
        approval_timeout: timedelta,
        metrics: BotMetrics | None = None,
        leases: LeaseKeeper | None = None,
        verifier: ConsentVerifier | None = None,
        live: LiveRequests | None = None,
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
        #: Interactions and full outcomes of the requests this process runs (bot.outbox).
        self.live = live or LiveRequests()
        #: Every state change, by the table in bot.lifecycle; its on_moved wakes the outbox.
        self.lifecycle = Lifecycle(
            store,
            self.metrics,
            owner=self.leases.owner,
            live=lambda record_id: record_id in self.live.ids,
        )
        #: Counting and creating a guild's requests is serialised: in this process here, and
        #: across processes by the store (PostgreSQL advisory lock).
        self._guild_locks: dict[int, asyncio.Lock] = {}
        #: Records this process is executing (queued or calling the API).
        self._running: set[int] = set()
        #: Set when an orphan sweep (bot.reconcile) settles requests whose clone POST had
        #: started: recovery then leaves those to it instead of failing them blind.
        self.reconciles = False

    # --- the guild's settings --------------------------------------------------------------

    async def policy(self, guild_id: int) -> GuildPolicy:
        return await self.store.get_policy(guild_id)

    def language_for(self, policy: GuildPolicy, chosen: str | None) -> str:
        return chosen or policy.default_language or self.default_language

    def remove_noise_for(self, policy: GuildPolicy, chosen: bool | None) -> bool:
        if chosen is not None:
            return chosen
        return self.default_remove_noise if policy.remove_noise is None else policy.remove_noise

    @staticmethod
    def consent_text(policy: GuildPolicy) -> str:
        return policy.consent_text or DEFAULT_CONSENT_TEXT

    def _guild_lock(self, guild_id: int) -> asyncio.Lock:
        return self._guild_locks.setdefault(guild_id, asyncio.Lock())

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
        await self.audit_event(guild_id, AuditAction.POLICY_CHANGED, None, actor_id, detail)
        return policy

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
        """Store an audit event with its post to the audit channel (one transaction: the
        outbox delivers the post); ``record`` may be None (a sentence issued)."""
        record_id = record.id if record is not None else None
        try:
            await self.store.add_audit(
                guild_id, action, record_id=record_id, actor_id=actor_id, detail=detail
            )
        except Exception:
            log.exception("could not store audit event %s for record %s", action, record_id)
            return
        if self.lifecycle.on_moved is not None:
            self.lifecycle.on_moved()

    # --- failures -------------------------------------------------------------------------

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

    async def _prepare_failed(self, record: CloneRecord, exc: BaseException) -> None:
        """The request failed before the member was asked to confirm: stored and audited;
        the member sees why on the interaction that is still open."""
        outcome: CloneOutcomeLabel | None
        if isinstance(exc, InworldError):
            outcome, reason = "api_error", exc.user_message
        elif isinstance(exc, UserFacingError):
            outcome = "failed" if refusal_reason(exc) is None else None
            reason = exc.user_message
        else:
            outcome, reason = "failed", f"internal error: {type(exc).__name__}"
        await self.lifecycle.fire(
            record.id,
            Event.PREPARE_FAILED,
            said=Said(detail={"reason": reason}),
            outcome=outcome,
            failure_reason=reason[:1000],
        )
