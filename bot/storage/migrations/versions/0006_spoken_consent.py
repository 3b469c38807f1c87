"""Spoken-consent verification: the guild's mode, each request's verification facts, and the
sentences members are asked to read (``consent_challenges``).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("guild_policies") as batch:
        batch.add_column(
            sa.Column(
                "verification", sa.String(16), nullable=False, server_default=sa.text("'off'")
            )
        )
    with op.batch_alter_table("clone_records") as batch:
        batch.add_column(sa.Column("verification", sa.JSON(), nullable=True))
    op.create_table(
        "consent_challenges",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("language", sa.String(32), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recording_sha256", sa.String(64), nullable=True),
        sa.Column("voice_message", sa.Boolean(), nullable=True),
        sa.Column("heard", sa.Text(), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("recognizer", sa.String(32), nullable=True),
        sa.Column("decision", sa.String(32), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["clone_records.id"],
            name="fk_consent_challenges_record_id_clone_records",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_consent_challenges"),
    )
    op.create_index(
        "ix_consent_challenges_guild_id_user_id_created_at",
        "consent_challenges",
        ["guild_id", "user_id", "created_at"],
    )
    op.create_index(
        "ix_consent_challenges_recording_sha256", "consent_challenges", ["recording_sha256"]
    )


def downgrade() -> None:
    op.drop_index("ix_consent_challenges_recording_sha256", table_name="consent_challenges")
    op.drop_index(
        "ix_consent_challenges_guild_id_user_id_created_at", table_name="consent_challenges"
    )
    op.drop_table("consent_challenges")
    with op.batch_alter_table("clone_records") as batch:
        batch.drop_column("verification")
    with op.batch_alter_table("guild_policies") as batch:
        batch.drop_column("verification")
