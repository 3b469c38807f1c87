"""Persistence: guild policies, clone requests and the audit log on SQLite or PostgreSQL."""

from .db import Database, normalize_database_url
from .models import (
    FINAL_STATUSES,
    OPEN_STATUSES,
    AuditAction,
    AuditEvent,
    ChallengeStatus,
    CloneRecord,
    CloneStatus,
    ConsentChallenge,
    GuildPolicy,
    OutboxMessage,
    ReadAloudPreference,
    SampleAudio,
    UsageKind,
    VerificationMode,
    new_request_tag,
    utcnow,
)
from .repository import CloneStore

__all__ = [
    "FINAL_STATUSES",
    "OPEN_STATUSES",
    "AuditAction",
    "AuditEvent",
    "ChallengeStatus",
    "CloneRecord",
    "CloneStatus",
    "CloneStore",
    "ConsentChallenge",
    "Database",
    "GuildPolicy",
    "OutboxMessage",
    "ReadAloudPreference",
    "SampleAudio",
    "UsageKind",
    "VerificationMode",
    "new_request_tag",
    "normalize_database_url",
    "utcnow",
]
