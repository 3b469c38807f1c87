"""The life of a clone request: every state change, in one table.

Each row reads: on ``event``, a request in one of ``sources`` moves to ``target``; the move is
audited as ``audit`` and writes the outbox messages ``effects`` (what the member and the
moderators are told), all in the move's own transaction, so a crash or a Discord fault can
neither lose them nor strand the request; ``outcome`` counts it in the metrics.

::

    processing ──prepared──> awaiting_consent ──consented──> approved ──slot_taken──> cloning
        │                        │  └─sent_for_review─> pending_approval ──approved──┘  │
        └─prepare_failed─> failed│                          ├─rejected─> rejected      │
                   cancelled <───┤  expired <─review_expired┘                          │
                   expired <─────┘                                                     │
    cloning ──cloned / found_inline──> done        cloning ──api_failed / not_created──> failed
    cloning ──outcome_unknown──> reconciling ──found──> done
                                      └──confirmed_not_created / given_up──> failed

The guard of every move is its ``sources``: the move is a compare-and-set in the database, so
of two racing moves (a double click, two processes) exactly one happens.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from .observability.metrics import BotMetrics, CloneOutcomeLabel
from .storage import AuditAction, CloneRecord, CloneStatus, utcnow
from .storage.outbox import OutboxKind, audit_rows, message

S = CloneStatus
#: How long a live request's result waits for its own process's flush before any may send it.
HOLD_FOR_FLUSH = timedelta(seconds=60)


class Event(enum.StrEnum):
    PREPARED = "prepared"
    PREPARE_FAILED = "prepare_failed"
    CANCELLED = "cancelled"
    CONSENTED = "consented"
    SENT_FOR_REVIEW = "sent_for_review"
    QUOTA_USED_UP = "quota_used_up"
    REVIEW_POSTED = "review_posted"
    REVIEW_UNAVAILABLE = "review_unavailable"
    APPROVED = "approved"
    REJECTED = "rejected"
    CONSENT_EXPIRED = "consent_expired"
    REVIEW_EXPIRED = "review_expired"
    SLOT_TAKEN = "slot_taken"
    POST_SENT = "post_sent"
    SPOKEN_VERIFIED = "spoken_verified"
    CLONED = "cloned"
    FOUND_INLINE = "found_inline"
    NOT_CREATED = "not_created"
    API_FAILED = "api_failed"
    SPOKEN_MISMATCH = "spoken_mismatch"
    OUTCOME_UNKNOWN = "outcome_unknown"
    REQUEUED = "requeued"
    INTERRUPTED = "interrupted"
    LEFT_UNKNOWN = "left_unknown"
    STILL_UNKNOWN = "still_unknown"
    FOUND = "found"
    FOUND_UNVERIFIABLE = "found_unverifiable"
    CONFIRMED_NOT_CREATED = "confirmed_not_created"
    GIVEN_UP = "given_up"


class Effect(enum.StrEnum):
    """An outbox message a move writes (see :class:`bot.storage.outbox.OutboxKind`)."""

    #: A text for the member (``notice=``), by the guild's privacy.
    NOTICE = OutboxKind.NOTICE
    #: The request's outcome (``result=``), on its interaction while that lives.
    RESULT = OutboxKind.RESULT
    #: The review post shows ``review_line=`` instead of its buttons (if it was posted).
    REVIEW_UPDATE = OutboxKind.REVIEW_UPDATE


@dataclass(frozen=True)
class Transition:
    sources: frozenset[CloneStatus]
    target: CloneStatus
    audit: AuditAction | None = None
    effects: tuple[Effect, ...] = ()
    outcome: CloneOutcomeLabel | None = None


def _t(
    sources: Iterable[CloneStatus],
    target: CloneStatus,
    audit: AuditAction | None = None,
    effects: tuple[Effect, ...] = (),
    outcome: CloneOutcomeLabel | None = None,
) -> Transition:
    return Transition(frozenset(sources), target, audit, effects, outcome)


A = AuditAction
E = Effect
_UNSETTLED = (S.CLONING, S.RECONCILING)

# fmt: off
#: event: (from, to, audit, outbox messages, metric). Read it top to bottom for a request's life.
TABLE: Mapping[Event, Transition] = {
    # admission (the member's own interaction answers inline: nothing to send later)
    Event.PREPARED:              _t([S.PROCESSING], S.AWAITING_CONSENT),
    Event.PREPARE_FAILED:        _t([S.PROCESSING], S.FAILED, A.FAILED),
    # consent
    Event.CANCELLED:             _t([S.AWAITING_CONSENT], S.CANCELLED, A.CANCELLED, (), "cancelled"),  # noqa: E501
    Event.CONSENTED:             _t([S.AWAITING_CONSENT], S.APPROVED, A.CONSENTED),
    Event.SENT_FOR_REVIEW:       _t([S.AWAITING_CONSENT], S.PENDING_APPROVAL, A.CONSENTED),
    Event.QUOTA_USED_UP:         _t([S.AWAITING_CONSENT], S.FAILED, A.FAILED, (), "failed"),
    Event.CONSENT_EXPIRED:       _t([S.AWAITING_CONSENT], S.EXPIRED, A.EXPIRED, (), "expired"),
    # review
    Event.REVIEW_POSTED:         _t([S.PENDING_APPROVAL], S.PENDING_APPROVAL),
    Event.REVIEW_UNAVAILABLE:    _t([S.PENDING_APPROVAL], S.FAILED, A.FAILED, (), "failed"),
    Event.APPROVED:              _t([S.PENDING_APPROVAL], S.APPROVED, A.APPROVED, (E.REVIEW_UPDATE,)),  # noqa: E501
    Event.REJECTED:              _t([S.PENDING_APPROVAL], S.REJECTED, A.REJECTED, (E.REVIEW_UPDATE, E.NOTICE), "rejected_by_moderator"),  # noqa: E501
    Event.REVIEW_EXPIRED:        _t([S.PENDING_APPROVAL], S.EXPIRED, A.EXPIRED, (E.REVIEW_UPDATE, E.NOTICE), "expired"),  # noqa: E501
    # execution
    Event.SLOT_TAKEN:            _t([S.APPROVED], S.CLONING),
    Event.POST_SENT:             _t([S.CLONING], S.CLONING),
    Event.SPOKEN_VERIFIED:       _t([S.CLONING], S.CLONING),
    Event.CLONED:                _t([S.CLONING], S.DONE, A.CLONED, (E.REVIEW_UPDATE, E.RESULT), "created"),  # noqa: E501
    Event.FOUND_INLINE:          _t([S.CLONING], S.DONE, A.RECONCILED, (E.REVIEW_UPDATE, E.RESULT), "created"),  # noqa: E501
    Event.NOT_CREATED:           _t([S.CLONING], S.FAILED, A.FAILED, (E.REVIEW_UPDATE, E.RESULT), "rejected_by_api"),  # noqa: E501
    Event.API_FAILED:            _t([S.APPROVED, S.CLONING], S.FAILED, A.FAILED, (E.REVIEW_UPDATE, E.RESULT)),  # noqa: E501
    Event.SPOKEN_MISMATCH:       _t([S.CLONING], S.FAILED, A.DELETED, (E.REVIEW_UPDATE,), "rejected_spoken_consent"),  # noqa: E501
    Event.OUTCOME_UNKNOWN:       _t([S.CLONING], S.RECONCILING, A.RECONCILING, (E.REVIEW_UPDATE, E.RESULT)),  # noqa: E501
    # recovery after a restart
    Event.REQUEUED:              _t([S.CLONING], S.APPROVED, A.INTERRUPTED),
    Event.INTERRUPTED:           _t([S.PROCESSING, S.CLONING], S.FAILED, A.INTERRUPTED, (E.NOTICE,), "interrupted"),  # noqa: E501
    # the reconcile sweep
    Event.LEFT_UNKNOWN:          _t([S.CLONING], S.RECONCILING, A.RECONCILING, (E.NOTICE,)),
    Event.STILL_UNKNOWN:         _t([S.RECONCILING], S.RECONCILING),
    Event.FOUND:                 _t(_UNSETTLED, S.DONE, A.RECONCILED, (E.REVIEW_UPDATE, E.RESULT), "created"),  # noqa: E501
    Event.FOUND_UNVERIFIABLE:    _t(_UNSETTLED, S.FAILED, A.DELETED, (E.NOTICE,), "rejected_spoken_consent"),  # noqa: E501
    Event.CONFIRMED_NOT_CREATED: _t(_UNSETTLED, S.FAILED, A.FAILED, (E.NOTICE,), "api_error"),
    Event.GIVEN_UP:              _t(_UNSETTLED, S.FAILED, A.FAILED, (E.NOTICE,), "api_error"),
}
# fmt: on


class MoveStore(Protocol):
    async def transition(
        self,
        record_id: int,
        from_statuses: Collection[CloneStatus],
        to: CloneStatus,
        *,
        effects: Callable[[CloneRecord], Iterable[Any]] | None = None,
        **fields: Any,
    ) -> CloneRecord | None: ...


@dataclass(frozen=True)
class Said:
    """What the effects of one move say (the table says which are needed)."""

    notice: str | None = None
    #: The outcome message: headline, created, reason... (see bot.outbox.senders).
    result: Mapping[str, Any] | None = None
    review_line: str | None = None
    actor_id: int | None = None
    detail: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class Holder:
    """Who delivers a live request's messages to its member: the process running it, which
    has the interaction and the full outcome; others may take them only once ``until``."""

    owner: str
    until: datetime


def rows_for(
    step: Transition, record: CloneRecord, said: Said, holder: Holder | None = None
) -> list[Any]:
    """The audit event and outbox messages of ``step`` for ``record`` as it now is."""
    rows: list[Any] = []
    if step.audit is not None:
        rows.extend(
            audit_rows(
                record.guild_id,
                step.audit,
                record_id=record.id,
                actor_id=said.actor_id,
                detail=said.detail,
            )
        )
    for effect in step.effects:
        if effect is Effect.NOTICE and said.notice is not None:
            rows.append(message(effect, record.guild_id, record.id, text=said.notice))
        elif effect is Effect.RESULT and said.result is not None:
            result = message(effect, record.guild_id, record.id, **said.result)
            if holder is not None:
                result.claimed_by, result.claimed_until = holder.owner, holder.until
            rows.append(result)
        elif (
            effect is Effect.REVIEW_UPDATE
            and said.review_line is not None
            and record.review_message_id is not None
        ):
            rows.append(message(effect, record.guild_id, record.id, line=said.review_line))
    return rows


def _check(event: Event, step: Transition, said: Said) -> None:
    needs = {
        Effect.NOTICE: said.notice,
        Effect.RESULT: said.result,
        Effect.REVIEW_UPDATE: said.review_line,
    }
    missing = [e.value for e in step.effects if e is not Effect.REVIEW_UPDATE and needs[e] is None]
    if missing:
        raise ValueError(f"{event.value} must say: {', '.join(missing)}")


class Lifecycle:
    """Moves requests by :data:`TABLE`; ``on_moved`` wakes the outbox's dispatcher."""

    def __init__(
        self,
        store: MoveStore,
        metrics: BotMetrics | None = None,
        on_moved: Callable[[], None] | None = None,
        *,
        owner: str | None = None,
        live: Callable[[int], bool] = lambda record_id: False,
    ) -> None:
        self.store = store
        self.metrics = metrics
        self.on_moved = on_moved
        #: This process, and which requests it runs with a live interaction: their results
        #: are written claimed by it for a minute, so its own flush sends them, not a pass
        #: of another process without the interaction.
        self.owner = owner
        self.live = live

    async def fire(
        self,
        record_id: int,
        event: Event,
        *,
        said: Said | None = None,
        outcome: CloneOutcomeLabel | None = None,
        **fields: Any,
    ) -> CloneRecord | None:
        """Move the request on ``event`` (None: it was not in a source state: a lost race).

        ``fields`` are columns set with the move; ``outcome`` overrides the table's metric
        (an API failure is ``api_error``, a bug ``failed``).
        """
        step = TABLE[event]
        said = said or Said()
        _check(event, step, said)
        holder = None
        if self.owner is not None and self.live(record_id):
            holder = Holder(self.owner, utcnow() + HOLD_FOR_FLUSH)
        moved = await self.store.transition(
            record_id,
            step.sources,
            step.target,
            effects=lambda record: rows_for(step, record, said, holder),
            **fields,
        )
        if moved is None:
            return None
        label = outcome or step.outcome
        if label is not None and self.metrics is not None:
            self.metrics.clone_finished(label)
        if self.on_moved is not None and (step.audit is not None or step.effects):
            self.on_moved()
        return moved
