"""Persistence: guild policies, clone requests and the audit log on SQLite or PostgreSQL."""

from .db import Database, normalize_database_url
from .models import (
    FINAL_STATUSES,
    OPEN_STATUSES,
    AuditAction,
    AuditEvent,
    CloneRecord,
    CloneStatus,
    GuildPolicy,
    SampleAudio,
    utcnow,
)
from .repository import CloneStore

__all__ = [
    "FINAL_STATUSES",
    "OPEN_STATUSES",
    "AuditAction",
    "AuditEvent",
    "CloneRecord",
    "CloneStatus",
    "CloneStore",
    "Database",
    "GuildPolicy",
    "SampleAudio",
    "normalize_database_url",
    "utcnow",
]
