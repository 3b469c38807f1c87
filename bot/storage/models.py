"""ORM models: guild policy, clone requests, their audio awaiting a decision, and the audit log.

Only portable types are used (JSON, LargeBinary, BigInteger, timezone-aware DateTime), so the same
schema runs on SQLite and PostgreSQL. Discord snowflakes are BigInteger. Every datetime is stored
in UTC and read back as an aware ``datetime`` in UTC; naive datetimes are refused.
"""

from __future__ import annotations

import enum
import secrets
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DEFAULT_COOLDOWN_SECONDS = 0
DEFAULT_MEMBER_DAILY_QUOTA = 25
DEFAULT_GUILD_DAILY_QUOTA = 200
DEFAULT_MAX_SAMPLE_SECONDS = 15.0
#: Characters of speech a member, and a whole server, may have spoken in 24 hours when neither
#: the server (/clone-settings speech) nor the bot's settings chose otherwise (0 = unlimited).
DEFAULT_SPEECH_MEMBER_DAILY_CHARS = 5000
DEFAULT_SPEECH_GUILD_DAILY_CHARS = 50000


def utcnow() -> datetime:
    """The current time as an aware UTC datetime."""
    return datetime.now(UTC)


#: Every request's correlation tag starts with this (see :func:`new_request_tag`).
REQUEST_TAG_PREFIX = "vcreq-"


def new_request_tag() -> str:
    """A request's correlation tag, sent in the clone POST's ``tags``: the voice that carries
    it belongs to that request and to no other (80 random bits; 26 characters)."""
    return REQUEST_TAG_PREFIX + secrets.token_hex(10)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware DateTime stored in UTC; SQLite keeps it naive, so UTC is re-attached."""

    impl = DateTime
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(timezone=True)

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: pass an aware datetime (e.g. in UTC)")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class CloneStatus(enum.StrEnum):
    """Where a clone request is in its life."""

    PROCESSING = "processing"
    AWAITING_CONSENT = "awaiting_consent"
    PENDING_APPROVAL = "pending_approval"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    CLONING = "cloning"
    #: The clone call may have created the voice but no answer said so; the reconcile sweep
    #: looks for it in the account's voices and settles the request.
    RECONCILING = "reconciling"
    DONE = "done"
    FAILED = "failed"

    @property
    def is_final(self) -> bool:
        """True when nothing more can happen to the request."""
        return self in FINAL_STATUSES


FINAL_STATUSES: frozenset[CloneStatus] = frozenset(
    {
        CloneStatus.REJECTED,
        CloneStatus.EXPIRED,
        CloneStatus.CANCELLED,
        CloneStatus.DONE,
        CloneStatus.FAILED,
    }
)
OPEN_STATUSES: frozenset[CloneStatus] = frozenset(CloneStatus) - FINAL_STATUSES


class AuditAction(enum.StrEnum):
    """What an audit event records."""

    REQUESTED = "requested"
    CONSENTED = "consented"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    CLONED = "cloned"
    FAILED = "failed"
    DELETED = "deleted"
    POLICY_CHANGED = "policy_changed"
    INTERRUPTED = "interrupted"
    #: The clone's outcome is unknown; the request waits for the reconcile sweep.
    RECONCILING = "reconciling"
    #: A voice created without a usable answer was found and attached to its request.
    RECONCILED = "reconciled"
    #: A voice's display name was changed (/voices rename).
    RENAMED = "renamed"
    #: A voice was shared with, or withdrawn from, the whole server (/voices server).
    SERVER_VOICE = "server_voice"
    #: A spoken preview was synthesized: who, which voice, how many characters (never the text).
    PREVIEWED = "previewed"
    #: A cloned voice spoke (/say, a message spoken, read-aloud): who (the actor), which
    #: voice, which channel, how many characters; never the text.
    SPOKE = "spoke"
    #: Speech was stopped: a moderator's /voices stop, a skip, or an erasure emptying a queue.
    SPEECH_STOPPED = "speech_stopped"
    #: A member's voices and stored data were erased (/voices erase-my-data).
    ERASED = "erased"
    #: A sentence to read aloud was issued (spoken-consent verification).
    CHALLENGE_ISSUED = "challenge_issued"
    #: The recording of the sentence was heard and accepted.
    VERIFIED = "verified"
    #: The recording was refused: another sentence, a replay, an upload in strict mode...
    VERIFICATION_FAILED = "verification_failed"


class VerificationMode(enum.StrEnum):
    """Whether a guild makes members read a fresh sentence aloud before a clone."""

    OFF = "off"
    #: Any recording of the sentence (a voice message or an uploaded file).
    ON = "on"
    #: Only a Discord voice message, recorded live in the client.
    STRICT = "strict"


class ChallengeStatus(enum.StrEnum):
    """Where a sentence to read is in its (single-use) life."""

    OPEN = "open"
    #: A recording arrived and is being checked: nobody else may use the sentence.
    CHECKING = "checking"
    #: Its recording was accepted (or, checked by the API's transcription, sent).
    USED = "used"
    #: Its recording was refused.
    FAILED = "failed"
    #: A newer sentence was issued to the member before this one was used.
    SUPERSEDED = "superseded"


class StatusType(TypeDecorator[CloneStatus]):
    """A :class:`CloneStatus` kept in a plain string column."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: CloneStatus | str | None, dialect: Dialect) -> str | None:
        return None if value is None else CloneStatus(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> CloneStatus | None:
        return None if value is None else CloneStatus(value)


class Base(MappedAsDataclass, DeclarativeBase, kw_only=True, eq=False):
    """Declarative base: models are keyword-only dataclasses compared by identity."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _snowflakes(*, stored: bool = False) -> Any:
    """A list of Discord IDs; ``stored``: with a database default (a column added to a table
    that may already have rows)."""
    if stored:
        return mapped_column(
            JSON, default_factory=list, insert_default=list, server_default=text("'[]'")
        )
    return mapped_column(JSON, default_factory=list, insert_default=list)


class GuildPolicy(Base):
    """Per-guild rules for /clone. A guild without a row uses these defaults."""

    __tablename__ = "guild_policies"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    # Empty allowed_* lists mean "no restriction".
    allowed_role_ids: Mapped[list[int]] = _snowflakes()
    allowed_channel_ids: Mapped[list[int]] = _snowflakes()
    blocked_user_ids: Mapped[list[int]] = _snowflakes()
    moderator_role_ids: Mapped[list[int]] = _snowflakes()
    cooldown_seconds: Mapped[int] = mapped_column(Integer, default=DEFAULT_COOLDOWN_SECONDS)
    # 0 = unlimited.
    member_daily_quota: Mapped[int] = mapped_column(Integer, default=DEFAULT_MEMBER_DAILY_QUOTA)
    guild_daily_quota: Mapped[int] = mapped_column(Integer, default=DEFAULT_GUILD_DAILY_QUOTA)
    max_sample_seconds: Mapped[float] = mapped_column(Float, default=DEFAULT_MAX_SAMPLE_SECONDS)
    # None = the bot's configured default.
    default_language: Mapped[str | None] = mapped_column(String(32), default=None)
    remove_noise: Mapped[bool | None] = mapped_column(Boolean, default=None)
    approval_required: Mapped[bool] = mapped_column(Boolean, default=False)
    review_channel_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    audit_channel_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    ephemeral: Mapped[bool] = mapped_column(Boolean, default=True)
    # None = the default consent wording.
    consent_text: Mapped[str | None] = mapped_column(Text, default=None)
    # Spoken preview after a clone: None = the bot's configured default (PREVIEW_ENABLED).
    preview_enabled: Mapped[bool | None] = mapped_column(Boolean, default=None)
    # None = the default sentence of the voice's language.
    preview_text: Mapped[str | None] = mapped_column(Text, default=None)
    # True: any member may preview any voice of this server, not only its owner's.
    preview_open: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    #: Members speak with cloned voices here (/say, read-aloud); off stops all speech.
    speech_enabled: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    #: Roles that may speak (empty: every member; moderators always may).
    speech_role_ids: Mapped[list[int]] = _snowflakes(stored=True)
    #: Voice channels the bot speaks in (empty: any).
    speech_voice_channel_ids: Mapped[list[int]] = _snowflakes(stored=True)
    #: Text channels where /say posts voice messages and read-aloud reads (empty: any; a
    #: voice channel's own chat is that voice channel's ID).
    speech_text_channel_ids: Mapped[list[int]] = _snowflakes(stored=True)
    #: Members may turn read-aloud on for themselves (the bot needs READ_ALOUD_ENABLED too).
    read_aloud_allowed: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("false")
    )
    #: Members may speak with the server voices (not only their own).
    speech_server_voices: Mapped[bool] = mapped_column(
        Boolean, default=True, server_default=text("true")
    )
    #: Characters of speech per member and per server in 24 hours: None = the bot's setting
    #: (SPEECH_MEMBER_DAILY_CHARS, SPEECH_GUILD_DAILY_CHARS), 0 = unlimited.
    speech_member_daily_chars: Mapped[int | None] = mapped_column(Integer, default=None)
    speech_guild_daily_chars: Mapped[int | None] = mapped_column(Integer, default=None)
    #: Spoken-consent verification (a :class:`VerificationMode` value).
    verification: Mapped[str] = mapped_column(
        String(16), default=VerificationMode.OFF.value, server_default=text("'off'")
    )
    #: The language of posts everyone reads (a bot.i18n catalogue, e.g. "ja"): None = Discord's
    #: preferred locale of the server (/clone-settings language).
    locale: Mapped[str | None] = mapped_column(String(16), default=None)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    updated_by: Mapped[int | None] = mapped_column(BigInteger, default=None)


class CloneRecord(Base):
    """One /clone request, from upload to a cloned voice (or not)."""

    __tablename__ = "clone_records"
    __table_args__ = (
        Index(None, "guild_id", "user_id", "created_at"),
        Index(None, "guild_id", "created_at"),
        Index(None, "status"),
        Index(None, "voice_id", unique=True),
        Index(None, "request_tag", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True, init=False)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    channel_id: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int] = mapped_column(BigInteger)
    display_name: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(32))
    #: Sent in the clone POST's tags; the one voice carrying it is this request's.
    request_tag: Mapped[str | None] = mapped_column(
        String(64), default_factory=new_request_tag, insert_default=new_request_tag
    )
    description: Mapped[str | None] = mapped_column(Text, default=None)
    tags: Mapped[list[str]] = mapped_column(JSON, default_factory=list, insert_default=list)
    transcription: Mapped[str | None] = mapped_column(Text, default=None)
    remove_noise: Mapped[bool] = mapped_column(Boolean, default=False)
    # One dict of facts per sample: filename, sha256, seconds, speech_seconds, original_seconds,
    # container, codec, input_bytes, peak_dbfs, clipped_fraction.
    samples: Mapped[list[dict[str, Any]]] = mapped_column(
        JSON, default_factory=list, insert_default=list
    )
    consent_text: Mapped[str | None] = mapped_column(Text, default=None)
    consented_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    status: Mapped[CloneStatus] = mapped_column(StatusType(), default=CloneStatus.PROCESSING)
    voice_id: Mapped[str | None] = mapped_column(String(255), default=None)
    # One list of messages per sample.
    api_warnings: Mapped[list[list[str]]] = mapped_column(
        JSON, default_factory=list, insert_default=list
    )
    api_errors: Mapped[list[list[str]]] = mapped_column(
        JSON, default_factory=list, insert_default=list
    )
    failure_reason: Mapped[str | None] = mapped_column(Text, default=None)
    decided_by: Mapped[int | None] = mapped_column(BigInteger, default=None)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    decision_reason: Mapped[str | None] = mapped_column(Text, default=None)
    review_channel_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    review_message_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    # Where to tell the requester how it went.
    notify_channel_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    timings: Mapped[dict[str, Any]] = mapped_column(JSON, default_factory=dict, insert_default=dict)
    created_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default_factory=utcnow, insert_default=utcnow
    )
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default_factory=utcnow, insert_default=utcnow
    )
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    #: When the cloned voice was deleted from Inworld with /clone-delete.
    voice_deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    #: Set just before the first clone POST: from then on a voice may exist in the account.
    clone_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    #: IDs of the account's voices with this display name before the POST (None: unknown), so
    #: that a voice created without a usable answer can be told apart from older ones.
    known_voice_ids: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True), default=None)
    #: How many times the reconcile sweep looked for this request's voice.
    reconcile_checks: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    #: A moderator shared this voice with the server: listed for, and previewable by, everyone.
    server_voice: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    #: The bot process working on this request (processing, queued or cloning) and until when
    #: its lease lasts; it renews the lease while it works. Another process takes the request
    #: over only once the lease has expired (its holder died or lost the database).
    lease_owner: Mapped[str | None] = mapped_column(String(100), default=None)
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    #: When the member got the result of a done request (None: not yet; recovery re-sends it).
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    #: Spoken-consent verification of the first sample (None: the guild did not ask for it):
    #: challenge_id, sentence, keywords, mode, recognizer, heard, score, recording_sha256,
    #: voice_message and decision ("verified", or "pending" until the API's transcription
    #: is judged).
    verification: Mapped[dict[str, Any] | None] = mapped_column(
        JSON(none_as_null=True), default=None
    )


class ConsentChallenge(Base):
    """A fresh sentence a member must read aloud; single use, bound to member and guild."""

    __tablename__ = "consent_challenges"
    __table_args__ = (
        Index(None, "guild_id", "user_id", "created_at"),
        Index(None, "recording_sha256"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True, init=False)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int] = mapped_column(BigInteger)
    channel_id: Mapped[int] = mapped_column(BigInteger)
    #: The language of the sentence (English when the clone language has no word list).
    language: Mapped[str] = mapped_column(String(32))
    sentence: Mapped[str] = mapped_column(Text)
    keywords: Mapped[list[str]] = mapped_column(JSON, default_factory=list, insert_default=list)
    #: The clone options of the request that asked for it (name, language, description...),
    #: so the recording alone (the message menu) can start the clone.
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default_factory=dict, insert_default=dict)
    #: 1 for a member's first sentence, +1 for each one issued after a refused recording.
    attempt: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(16), default=ChallengeStatus.OPEN.value)
    created_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default_factory=utcnow, insert_default=utcnow
    )
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), default_factory=utcnow)
    #: SHA-256 of the recording as uploaded; a recording seen before is refused (replay).
    recording_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    voice_message: Mapped[bool | None] = mapped_column(Boolean, default=None)
    heard: Mapped[str | None] = mapped_column(Text, default=None)
    score: Mapped[float | None] = mapped_column(Float, default=None)
    recognizer: Mapped[str | None] = mapped_column(String(32), default=None)
    #: accepted, pending (judged by the API's transcription), mismatch, replayed, expired...
    decision: Mapped[str | None] = mapped_column(String(32), default=None)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    record_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("clone_records.id", ondelete="SET NULL"), default=None
    )


class RateTicket(Base):
    """A caller waiting for a shared rate limiter (PostgreSQL deployments), in queue order.

    ``front`` tickets (retries of a call that already had its turn) come first, then by
    ``queued_at``. A ticket whose lease expired belonged to a dead process and is dropped.
    """

    __tablename__ = "rate_tickets"
    __table_args__ = (Index(None, "limiter", "front", "queued_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True, init=False)
    limiter: Mapped[str] = mapped_column(String(32))
    owner: Mapped[str] = mapped_column(String(100))
    group_id: Mapped[int | None] = mapped_column(BigInteger)
    front: Mapped[bool] = mapped_column(Boolean)
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    lease_expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: Made by the waiter before it enqueues: enqueueing twice (a retried COMMIT) is one
    #: ticket, and a cancelled waiter removes exactly its own.
    token: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)


class RateCall(Base):
    """One call a shared rate limiter let through; calls inside the window count."""

    __tablename__ = "rate_calls"
    __table_args__ = (Index(None, "limiter", "called_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True, init=False)
    limiter: Mapped[str] = mapped_column(String(32))
    owner: Mapped[str] = mapped_column(String(100))
    called_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SampleAudio(Base):
    """Processed WAV of one sample, kept only while a request awaits consent or approval."""

    __tablename__ = "sample_audio"

    record_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("clone_records.id", ondelete="CASCADE"), primary_key=True
    )
    index: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    wav: Mapped[bytes] = mapped_column(LargeBinary, repr=False)


class AuditEvent(Base):
    """Something that happened in a guild, for moderators."""

    __tablename__ = "audit_events"
    __table_args__ = (Index(None, "guild_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True, init=False)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[int | None] = mapped_column(
        Integer,
        ForeignKey("clone_records.id", ondelete="SET NULL"),
        index=True,
        default=None,
    )
    actor_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default_factory=dict, insert_default=dict)
    created_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default_factory=utcnow, insert_default=utcnow
    )


class OutboxMessage(Base):
    """A Discord side effect of a state change (a result, a notice, an audit post, a review
    post's update), written in the same transaction as the change and delivered by
    :mod:`bot.outbox`: retried with backoff, never twice (its ``nonce``), across restarts."""

    __tablename__ = "outbox"
    __table_args__ = (Index(None, "delivered_at", "due_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True, init=False)
    kind: Mapped[str] = mapped_column(String(32))
    guild_id: Mapped[int] = mapped_column(BigInteger)
    record_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("clone_records.id", ondelete="CASCADE"), index=True, default=None
    )
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default_factory=dict, insert_default=dict)
    #: Discord's message nonce (at most 25 characters), sent with ``enforce_nonce``.
    nonce: Mapped[str] = mapped_column(String(25), default_factory=lambda: secrets.token_hex(12))
    created_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default_factory=utcnow, insert_default=utcnow
    )
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), default_factory=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    #: Set when it was given up (delivered nowhere after every attempt): kept for moderators.
    abandoned_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    #: Where it went (interaction, channel, dm, notice), and Discord's ids of what was sent.
    outcome: Mapped[dict[str, Any]] = mapped_column(JSON, default_factory=dict, insert_default=dict)
    claimed_by: Mapped[str | None] = mapped_column(String(100), default=None)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class UsageKind(enum.StrEnum):
    """What a :class:`UsageMark` counts."""

    #: A request was opened (``/clone`` stored it).
    OPENED = "opened"
    #: A request was confirmed by its member: the daily quotas and the cooldown count these.
    CONSENTED = "consented"
    #: A recording of a sentence to read aloud was refused (the tries-per-hour limit).
    SENTENCE_REFUSED = "sentence_refused"
    #: A voice was renamed (``/voices rename``: the cooldown and the server's limit).
    RENAMED = "renamed"
    #: A voice spoke a preview for ``/voices preview`` (the daily limits of the TTS cost).
    PREVIEWED = "previewed"
    #: Characters spoken with a cloned voice (/say, read-aloud): the mark's ``amount``.
    SPOKEN = "spoken"


class UsageMark(Base):
    """One counted use, without personal content: the member is a keyed hash of the guild and
    member IDs (:mod:`bot.storage.usage`). Kept when a member's data is erased, so erasing
    resets no quota, cooldown or limit; deleted once no window counts it any more."""

    __tablename__ = "usage_marks"
    __table_args__ = (
        Index(None, "guild_id", "kind", "at"),
        Index(None, "guild_id", "member_key", "kind", "at"),
        Index(None, "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True, init=False)
    kind: Mapped[str] = mapped_column(String(24))
    guild_id: Mapped[int] = mapped_column(BigInteger)
    #: HMAC-SHA256 (hex) of "guild_id:user_id" under the bot's :class:`UsageKey`.
    member_key: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: How much this use counts: 1, or the characters spoken (:attr:`UsageKind.SPOKEN`).
    amount: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class ReadAloudPreference(Base):
    """A member who turned read-aloud on in a guild (no row: off). Erased with their data."""

    __tablename__ = "read_aloud_preferences"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    #: The voice to read with; None = the member's newest own voice at the time of speaking.
    voice_id: Mapped[str | None] = mapped_column(String(255), default=None)
    enabled_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default_factory=utcnow, insert_default=utcnow
    )


class UsageKey(Base):
    """The bot's secret key for :attr:`UsageMark.member_key`: made once (by the migration or
    the first mark), one row, never configured, never logged."""

    __tablename__ = "usage_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    #: 32 random bytes, hex.
    secret: Mapped[str] = mapped_column(String(64), repr=False)
    created_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default_factory=utcnow, insert_default=utcnow
    )
