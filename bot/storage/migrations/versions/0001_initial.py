"""Initial schema: guild policies, clone records, sample audio, audit events.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _timestamp(name: str, *, nullable: bool) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "guild_policies",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("allowed_role_ids", sa.JSON(), nullable=False),
        sa.Column("allowed_channel_ids", sa.JSON(), nullable=False),
        sa.Column("blocked_user_ids", sa.JSON(), nullable=False),
        sa.Column("moderator_role_ids", sa.JSON(), nullable=False),
        sa.Column("cooldown_seconds", sa.Integer(), nullable=False),
        sa.Column("member_daily_quota", sa.Integer(), nullable=False),
        sa.Column("guild_daily_quota", sa.Integer(), nullable=False),
        sa.Column("max_sample_seconds", sa.Float(), nullable=False),
        sa.Column("default_language", sa.String(32), nullable=True),
        sa.Column("remove_noise", sa.Boolean(), nullable=True),
        sa.Column("approval_required", sa.Boolean(), nullable=False),
        sa.Column("review_channel_id", sa.BigInteger(), nullable=True),
        sa.Column("audit_channel_id", sa.BigInteger(), nullable=True),
        sa.Column("ephemeral", sa.Boolean(), nullable=False),
        sa.Column("consent_text", sa.Text(), nullable=True),
        _timestamp("updated_at", nullable=True),
        sa.Column("updated_by", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("guild_id", name="pk_guild_policies"),
    )
    op.create_table(
        "clone_records",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("language", sa.String(32), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("transcription", sa.Text(), nullable=True),
        sa.Column("remove_noise", sa.Boolean(), nullable=False),
        sa.Column("samples", sa.JSON(), nullable=False),
        sa.Column("consent_text", sa.Text(), nullable=True),
        _timestamp("consented_at", nullable=True),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("voice_id", sa.String(255), nullable=True),
        sa.Column("api_warnings", sa.JSON(), nullable=False),
        sa.Column("api_errors", sa.JSON(), nullable=False),
        sa.Column("failure_reason", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.BigInteger(), nullable=True),
        _timestamp("decided_at", nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("review_channel_id", sa.BigInteger(), nullable=True),
        sa.Column("review_message_id", sa.BigInteger(), nullable=True),
        sa.Column("notify_channel_id", sa.BigInteger(), nullable=True),
        sa.Column("timings", sa.JSON(), nullable=False),
        _timestamp("created_at", nullable=False),
        _timestamp("updated_at", nullable=False),
        _timestamp("expires_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_clone_records"),
    )
    op.create_index(
        "ix_clone_records_guild_id_user_id_created_at",
        "clone_records",
        ["guild_id", "user_id", "created_at"],
    )
    op.create_index(
        "ix_clone_records_guild_id_created_at", "clone_records", ["guild_id", "created_at"]
    )
    op.create_index("ix_clone_records_status", "clone_records", ["status"])
    op.create_table(
        "sample_audio",
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("index", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("wav", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["clone_records.id"],
            name="fk_sample_audio_record_id_clone_records",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("record_id", "index", name="pk_sample_audio"),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("actor_id", sa.BigInteger(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        _timestamp("created_at", nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["clone_records.id"],
            name="fk_audit_events_record_id_clone_records",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_audit_events"),
    )
    op.create_index("ix_audit_events_guild_id_id", "audit_events", ["guild_id", "id"])
    op.create_index("ix_audit_events_record_id", "audit_events", ["record_id"])


def downgrade() -> None:
    op.drop_table("audit_events")
    op.drop_table("sample_audio")
    op.drop_table("clone_records")
    op.drop_table("guild_policies")
