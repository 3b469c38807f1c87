"""Reconcile ambiguous clone outcomes: when the POST started, the voices known before it, and
how often the sweep looked (the ``reconciling`` status needs no schema change).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("clone_records") as batch:
        batch.add_column(sa.Column("clone_started_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("known_voice_ids", sa.JSON(none_as_null=True), nullable=True))
        batch.add_column(
            sa.Column("reconcile_checks", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("clone_records") as batch:
        batch.drop_column("reconcile_checks")
        batch.drop_column("known_voice_ids")
        batch.drop_column("clone_started_at")
