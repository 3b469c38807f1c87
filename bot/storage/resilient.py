"""A :class:`CloneStore` that rides out short database outages.

Each store method is one transaction, so a failed one changed nothing or everything; this
subclass retries it while the database is unreachable, locked or reconnecting, for at most
``retry_seconds``, then raises :class:`DatabaseUnreachable` (a clear message for the member,
not a crash). A retry never applies a change twice:

* reads, and writes that set absolute values (policy fields, the stored samples), are retried
  after any transient fault;
* :meth:`transition` is a compare-and-set: when the connection broke during it, the retry
  finds the record already moved and returns it, if that move was this one's;
* inserts (a record, an audit event) are retried only when nothing reached the database.

A move to a final status (failed, done...) that still could not be stored is kept and stored
in the background once the database is back (for up to ``settle_seconds``; a compare-and-set,
so it changes nothing if the record moved meanwhile): a request never stays half-finished, and
its member can send a new one. The error for a created voice gives the member its ID.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Awaitable, Callable, Collection, Mapping
from typing import Any, Concatenate, ParamSpec, TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, wait_exponential

from .db import Database
from .faults import (
    DatabaseUnreachable,
    connection_lost,
    is_transient,
    not_sent,
    voice_not_recorded_message,
)
from .models import CloneRecord, CloneStatus
from .repository import CloneStore, Effects

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")
StoreMethod = Callable[Concatenate["ResilientStore", P], Awaitable[T]]

DEFAULT_RETRY_SECONDS = 10.0
DEFAULT_SETTLE_SECONDS = 900.0
_FIRST_DELAY = 0.1
_MAX_DELAY = 2.0


def _retrying(*, repeatable: bool) -> Callable[[StoreMethod[P, T]], StoreMethod[P, T]]:
    """Retry the wrapped store method on transient faults (``repeatable``: even when the
    connection broke mid-transaction, because applying it twice changes nothing)."""

    def decorate(method: StoreMethod[P, T]) -> StoreMethod[P, T]:
        @functools.wraps(method)
        async def wrapper(self: ResilientStore, /, *args: P.args, **kwargs: P.kwargs) -> T:
            return await self._retry(
                method.__name__, lambda: method(self, *args, **kwargs), repeatable=repeatable
            )

        return wrapper

    return decorate


def _inherited(name: str, *, repeatable: bool) -> Any:
    return _retrying(repeatable=repeatable)(getattr(CloneStore, name))


class ResilientStore(CloneStore):
    """:class:`CloneStore` with bounded retries of transient database faults."""

    def __init__(
        self,
        database: Database,
        policy_defaults: Mapping[str, Any] | None = None,
        *,
        retry_seconds: float = DEFAULT_RETRY_SECONDS,
        settle_seconds: float = DEFAULT_SETTLE_SECONDS,
    ) -> None:
        super().__init__(database, policy_defaults)
        self.retry_seconds = retry_seconds
        self.settle_seconds = settle_seconds
        self._settling: set[asyncio.Task[None]] = set()

    @property
    def settling(self) -> int:
        """Final moves waiting for the database to come back."""
        return len(self._settling)

    async def stop_settling(self) -> None:
        """At shutdown: drop the waiting moves (recovery at the next start takes over)."""
        for task in list(self._settling):
            task.cancel()
        await asyncio.gather(*self._settling, return_exceptions=True)

    async def _retry(
        self, operation: str, call: Callable[[], Awaitable[T]], *, repeatable: bool
    ) -> T:
        deadline = time.monotonic() + self.retry_seconds

        def retryable(exc: BaseException) -> bool:
            """A transient fault, of a repeatable call or of one that never reached the
            database (``Exception`` only: a cancellation is never retried)."""
            return (
                isinstance(exc, Exception) and is_transient(exc) and (repeatable or not_sent(exc))
            )

        def log_retry(state: RetryCallState) -> None:
            fault = state.outcome.exception() if state.outcome is not None else None
            log.info(
                "database fault in %s (%s); retrying in %.1f s",
                operation,
                type(fault).__name__,
                state.upcoming_sleep,
            )

        retrying = AsyncRetrying(
            retry=retry_if_exception(retryable),
            # 0.1 s doubling to 2 s, while the next attempt would still start before the deadline.
            wait=wait_exponential(multiplier=_FIRST_DELAY, max=_MAX_DELAY),
            stop=lambda state: time.monotonic() + state.upcoming_sleep > deadline,
            before_sleep=log_retry,
            sleep=asyncio.sleep,
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    return await call()
        except Exception as exc:
            if not is_transient(exc):
                raise
            # Out of time, or an insert that may have been applied: the member's message.
            log.warning(
                "database unavailable: %s failed (%s: %s)",
                operation,
                type(exc).__name__,
                str(exc)[:200],
            )
            raise DatabaseUnreachable(operation) from exc
        raise AssertionError("unreachable: the attempts end in a return or a raise")

    # --- reads and repeatable writes ------------------------------------------------------

    get_policy = _inherited("get_policy", repeatable=True)
    update_policy = _inherited("update_policy", repeatable=True)
    get_record = _inherited("get_record", repeatable=True)
    save_samples = _inherited("save_samples", repeatable=True)
    load_samples = _inherited("load_samples", repeatable=True)
    delete_samples = _inherited("delete_samples", repeatable=True)
    count_requests = _inherited("count_requests", repeatable=True)
    last_request_at = _inherited("last_request_at", repeatable=True)
    open_request = _inherited("open_request", repeatable=True)
    history = _inherited("history", repeatable=True)
    cloned_voices = _inherited("cloned_voices", repeatable=True)
    find_voice = _inherited("find_voice", repeatable=True)
    mark_voice_deleted = _inherited("mark_voice_deleted", repeatable=True)
    due_for_expiry = _inherited("due_for_expiry", repeatable=True)
    interrupted = _inherited("interrupted", repeatable=True)
    approved_not_started = _inherited("approved_not_started", repeatable=True)
    audit_events = _inherited("audit_events", repeatable=True)
    to_reconcile = _inherited("to_reconcile", repeatable=True)
    claimed_voice_ids = _inherited("claimed_voice_ids", repeatable=True)
    renew_leases = _inherited("renew_leases", repeatable=True)
    mark_delivered = _inherited("mark_delivered", repeatable=True)
    undelivered = _inherited("undelivered", repeatable=True)
    release_leases = _inherited("release_leases", repeatable=True)
    get_challenge = _inherited("get_challenge", repeatable=True)
    latest_challenge = _inherited("latest_challenge", repeatable=True)
    recording_seen = _inherited("recording_seen", repeatable=True)
    verification_failures = _inherited("verification_failures", repeatable=True)
    # A claim that may have committed is claimed again: the owner may re-take its own lease.
    claim_lease = _inherited("claim_lease", repeatable=True)
    # The outbox: a claim re-taken by its owner, settlements that set absolute values.
    claim_outbox = _inherited("claim_outbox", repeatable=True)
    outbox_sent = _inherited("outbox_sent", repeatable=True)
    outbox_retry = _inherited("outbox_retry", repeatable=True)
    outbox_abandon = _inherited("outbox_abandon", repeatable=True)
    outbox_messages = _inherited("outbox_messages", repeatable=True)
    outbox_release_claims = _inherited("outbox_release_claims", repeatable=True)
    # Speech: read-aloud preferences (upserts and deletes), and refunds that set a mark to at
    # most what was kept (never adding: applying one twice changes nothing).
    get_read_aloud = _inherited("get_read_aloud", repeatable=True)
    set_read_aloud = _inherited("set_read_aloud", repeatable=True)
    read_aloud_members = _inherited("read_aloud_members", repeatable=True)
    forget_read_aloud_voice = _inherited("forget_read_aloud_voice", repeatable=True)
    speech_chars_used = _inherited("speech_chars_used", repeatable=True)
    refund_speech_chars = _inherited("refund_speech_chars", repeatable=True)

    # --- inserts: retried only when nothing was sent ---------------------------------------

    create_record = _inherited("create_record", repeatable=False)
    create_checked = _inherited("create_checked", repeatable=False)
    confirm_checked = _inherited("confirm_checked", repeatable=False)
    add_audit = _inherited("add_audit", repeatable=False)
    issue_challenge = _inherited("issue_challenge", repeatable=False)
    settle_challenge = _inherited("settle_challenge", repeatable=False)
    take_speech_chars = _inherited("take_speech_chars", repeatable=False)

    # --- the compare-and-set --------------------------------------------------------------

    async def transition(
        self,
        record_id: int,
        from_statuses: Collection[CloneStatus],
        to: CloneStatus,
        *,
        effects: Effects | None = None,
        **fields: Any,
    ) -> CloneRecord | None:
        broke = False

        async def attempt() -> CloneRecord | None:
            nonlocal broke
            try:
                moved = await CloneStore.transition(
                    self, record_id, from_statuses, to, effects=effects, **fields
                )
            except Exception as exc:
                broke = broke or connection_lost(exc)
                raise
            if moved is None and broke:
                # The broken attempt may have committed: then the record is where we moved it.
                return await self._moved_by_us(record_id, from_statuses, to, fields)
            return moved

        try:
            return await self._retry("transition", attempt, repeatable=True)
        except DatabaseUnreachable as exc:
            if not CloneStatus(to).is_final:
                raise
            self._settle_later(record_id, from_statuses, to, fields, effects)
            voice_id = fields.get("voice_id")
            if to is CloneStatus.DONE and isinstance(voice_id, str):
                raise DatabaseUnreachable(
                    "transition", voice_not_recorded_message(voice_id)
                ) from exc.__cause__
            raise

    def _settle_later(
        self,
        record_id: int,
        from_statuses: Collection[CloneStatus],
        to: CloneStatus,
        fields: Mapping[str, Any],
        effects: Effects | None = None,
    ) -> None:
        task = asyncio.create_task(
            self._settle(record_id, frozenset(from_statuses), to, dict(fields), effects),
            name=f"settle record {record_id} as {to.value}",
        )
        self._settling.add(task)
        task.add_done_callback(self._settling.discard)

    async def _settle(
        self,
        record_id: int,
        from_statuses: frozenset[CloneStatus],
        to: CloneStatus,
        fields: dict[str, Any],
        effects: Effects | None = None,
    ) -> None:
        # A plain loop, not tenacity: it waits before its first attempt and checks its deadline
        # before every wait, and it ends in a log line, never an exception; tenacity's
        # attempt-then-wait would need that first wait and check, and a handler, outside it.
        deadline = time.monotonic() + self.settle_seconds
        delay = _MAX_DELAY
        while time.monotonic() < deadline:
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)
            try:
                moved = await CloneStore.transition(
                    self, record_id, from_statuses, to, effects=effects, **fields
                )
            except Exception as exc:
                if is_transient(exc):
                    continue
                log.exception("record %s: storing the move to %s failed", record_id, to.value)
                return
            log.info(
                "record %s: the move to %s was stored once the database was back%s",
                record_id,
                to.value,
                "" if moved is not None else " (it had moved already)",
            )
            return
        log.error(
            "record %s: the database stayed down; the move to %s is left to recovery",
            record_id,
            to.value,
        )

    async def _moved_by_us(
        self,
        record_id: int,
        from_statuses: Collection[CloneStatus],
        to: CloneStatus,
        fields: Mapping[str, Any],
    ) -> CloneRecord | None:
        record = await CloneStore.get_record(self, record_id)
        if record is None or record.status is not to or to in from_statuses:
            return None
        for name, value in fields.items():
            if isinstance(value, str | int | float | bool) and getattr(record, name) != value:
                return None
        log.info("record %s: the interrupted move to %s had committed", record_id, to.value)
        return record
