"""What every stage of the desk shares: its collaborators, the guild's settings, audit events
and how a stage's failure is stored (always through :mod:`bot.lifecycle`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Iterator
from datetime import timedelta
from typing import Any, Protocol

from ..audio import ProcessedSample
from ..cloning import CloneService
from ..consent.verifier import ConsentVerifier
from ..delivery.text import safe_name
from ..errors import UserFacingError
from ..i18n import CLONE_LANGUAGE, SOURCE, Msg, Text, catalogue_for
from ..inworld import LANGUAGES, InworldError
from ..leases import LeaseKeeper
from ..lifecycle import Event, Lifecycle, Said
from ..observability.metrics import BotMetrics, CloneOutcomeLabel, refusal_reason
from ..outbox.live import LiveRequests
from ..policy import default_consent as policy_default_consent
from ..ratelimit import RateLimiter
from ..storage import AuditAction, CloneRecord, CloneStore, GuildPolicy

log = logging.getLogger(__name__)


class ReviewPoster(Protocol):
    """Posts a request to the review channel; its (channel id, message id), or None."""

    async def post_review(
        self, policy: GuildPolicy, record: CloneRecord, samples: list[ProcessedSample]
    ) -> tuple[int, int] | None: ...


def request_line(user_id: int, name: str) -> Msg:
    """How a notice names the member's request (the name made safe to post)."""
    return Msg("clone-request-line", user=str(user_id), name=safe_name(name))


def default_consent(locale: str) -> str:
    """The default consent statement in ``locale`` (bot.policy's)."""
    return policy_default_consent(locale)


def api_language(locale: str | None) -> str | None:
    """The clone API's language code (``JA_JP``) for a member's Discord language, or None
    when the API does not speak it. :data:`CLONE_LANGUAGE` gives the language (``ja``); the
    API's code of the same region wins (``pt-BR``: ``PT_BR``), else its only one.

    English says little (Discord's default, kept by many who speak another language), and a
    locale without a catalogue (``sv-SE``, answered in English) says nothing: None, the
    bot's default.
    """
    catalogue = catalogue_for(locale)
    if catalogue == SOURCE:
        return None
    spoken = CLONE_LANGUAGE.get(catalogue)
    if spoken is None:
        return None
    codes = [code for code in LANGUAGES if code.split("_")[0].lower() == spoken]
    exact = catalogue.upper().replace("-", "_")
    return exact if exact in codes else (codes[0] if codes else None)


class AlreadyHandled(UserFacingError):
    """Another task or process got to this request first."""

    def __init__(self, user_message: Text | None = None) -> None:
        super().__init__(user_message or Msg("clone-already-handled"))


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
        #: The language of a server's posts (the client sets it to ``CloneBot.guild_locale``):
        #: texts written for later delivery to a member whose language is unknown here, and
        #: the review post's lines. Unset: the policy's language, else English.
        self.guild_locale: Callable[[int], Awaitable[str]] | None = None

    # --- the guild's settings --------------------------------------------------------------

    async def policy(self, guild_id: int) -> GuildPolicy:
        return await self.store.get_policy(guild_id)

    def language_for(
        self, policy: GuildPolicy, chosen: str | None, member_locale: str | None = None
    ) -> str:
        """The clone language: the member's choice, else the server's default, else the
        member's Discord language when the clone API speaks it, else the bot's default."""
        if chosen or policy.default_language:
            return chosen or policy.default_language or self.default_language
        return api_language(member_locale) or self.default_language

    async def server_locale(self, guild_id: int) -> str:
        """The server's language (see :attr:`guild_locale`); English if it cannot be told."""
        try:
            if self.guild_locale is not None:
                return await self.guild_locale(guild_id)
            chosen = getattr(await self.store.get_policy(guild_id), "locale", None)
        except Exception:
            log.warning("guild %s: language unknown, writing in English", guild_id)
            return SOURCE
        return catalogue_for(chosen) if chosen else SOURCE

    def remove_noise_for(self, policy: GuildPolicy, chosen: bool | None) -> bool:
        if chosen is not None:
            return chosen
        return self.default_remove_noise if policy.remove_noise is None else policy.remove_noise

    @staticmethod
    def consent_text(policy: GuildPolicy, locale: str = SOURCE) -> str:
        """The server's statement as its moderators wrote it, else the default in
        ``locale``."""
        return policy.consent_text or default_consent(locale)

    def _guild_lock(self, guild_id: int) -> asyncio.Lock:
        return self._guild_locks.setdefault(guild_id, asyncio.Lock())

    async def change_policy(self, guild_id: int, actor_id: int, **changes: Any) -> GuildPolicy:
        """Update the guild's policy and audit the change."""
        try:
            policy = await self.store.update_policy(guild_id, actor_id, **changes)
        except ValueError as exc:
            raise UserFacingError(Msg("clone-setting-not-changed", error=str(exc))) from exc
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
        # The audit keeps the reason by message id (its post renders it in the server's
        # language); the stored failure reason is English.
        shown: Text
        if isinstance(exc, InworldError):
            outcome, reason = "api_error", exc.user_message
            shown = exc.text()
        elif isinstance(exc, UserFacingError):
            outcome = "failed" if refusal_reason(exc) is None else None
            reason, shown = exc.user_message, exc.message
        else:
            outcome, reason = "failed", f"internal error: {type(exc).__name__}"
            shown = reason
        await self.lifecycle.fire(
            record.id,
            Event.PREPARE_FAILED,
            said=Said(detail={"reason": shown}),
            outcome=outcome,
            failure_reason=reason[:1000],
        )
