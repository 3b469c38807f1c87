"""Usage marks: quotas, cooldowns and the sentence-tries limit counted without personal data.

``usage_marks`` holds one row per counted use (a request opened, a request confirmed, a
sentence refused): guild, a keyed hash of the member, a time. Erasing a member's data keeps
them, so it resets no limit. ``usage_keys`` holds the key of that hash, made here once.

The marks of the requests and refused sentences still inside a window are written from the
existing rows (a time-limited backfill), so upgrading resets no limit either.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The 24 h quota window (bot.policy.QUOTA_WINDOW), the shortest any backfill keeps.
_QUOTA_WINDOW = timedelta(hours=24)


def upgrade() -> None:
    op.create_table(
        "usage_keys",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("secret", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_usage_keys"),
    )
    op.create_table(
        "usage_marks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("member_key", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_usage_marks"),
    )
    op.create_index("ix_usage_marks_guild_id_kind_at", "usage_marks", ["guild_id", "kind", "at"])
    op.create_index(
        "ix_usage_marks_guild_id_member_key_kind_at",
        "usage_marks",
        ["guild_id", "member_key", "kind", "at"],
    )
    op.create_index("ix_usage_marks_at", "usage_marks", ["at"])
    _backfill(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_usage_marks_at", table_name="usage_marks")
    op.drop_index("ix_usage_marks_guild_id_member_key_kind_at", table_name="usage_marks")
    op.drop_index("ix_usage_marks_guild_id_kind_at", table_name="usage_marks")
    op.drop_table("usage_marks")
    op.drop_table("usage_keys")


def _aware(value: datetime | None) -> datetime | None:
    """SQLite reads back naive UTC; PostgreSQL aware."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _member_key(secret: bytes, guild_id: int, user_id: int) -> str:
    """The same keyed hash as bot.storage.usage.member_key (a test checks they agree)."""
    return hmac.new(secret, f"{guild_id}:{user_id}".encode(), hashlib.sha256).hexdigest()


def _backfill(bind: sa.Connection) -> None:
    now = datetime.now(UTC)
    secret = secrets.token_hex(32)
    keys = sa.table(
        "usage_keys",
        sa.column("id", sa.Integer()),
        sa.column("secret", sa.String()),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    bind.execute(keys.insert().values(id=1, secret=secret, created_at=now))
    longest_cooldown = bind.scalar(sa.text("SELECT max(cooldown_seconds) FROM guild_policies"))
    cutoff = now - max(_QUOTA_WINDOW, timedelta(seconds=int(longest_cooldown or 0)))
    records = sa.table(
        "clone_records",
        sa.column("guild_id", sa.BigInteger()),
        sa.column("user_id", sa.BigInteger()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("consented_at", sa.DateTime(timezone=True)),
    )
    challenges = sa.table(
        "consent_challenges",
        sa.column("guild_id", sa.BigInteger()),
        sa.column("user_id", sa.BigInteger()),
        sa.column("status", sa.String()),
        sa.column("decided_at", sa.DateTime(timezone=True)),
    )
    found: list[tuple[str, int, int, datetime | None]] = []
    for row in bind.execute(sa.select(records)):
        found.append(("opened", row.guild_id, row.user_id, _aware(row.created_at)))
        found.append(("consented", row.guild_id, row.user_id, _aware(row.consented_at)))
    refused = sa.select(challenges).where(challenges.c.status == "failed")
    for row in bind.execute(refused):
        found.append(("sentence_refused", row.guild_id, row.user_id, _aware(row.decided_at)))
    marks = list(_marks(bytes.fromhex(secret), found, cutoff))
    if marks:
        table = sa.table(
            "usage_marks",
            sa.column("kind", sa.String()),
            sa.column("guild_id", sa.BigInteger()),
            sa.column("member_key", sa.String()),
            sa.column("at", sa.DateTime(timezone=True)),
        )
        bind.execute(table.insert(), marks)


def _marks(
    secret: bytes, found: Iterable[tuple[str, int, int, datetime | None]], cutoff: datetime
) -> Iterable[dict[str, Any]]:
    for kind, guild_id, user_id, at in found:
        if at is not None and at >= cutoff:
            key = _member_key(secret, guild_id, user_id)
            yield {"kind": kind, "guild_id": guild_id, "member_key": key, "at": at}
