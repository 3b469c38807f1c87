"""Several processes on one database: request leases and the shared rate limiter's tables.

``clone_records`` gains the lease of the process working on a request (owner and expiry) and
when a done request's result reached the member (every existing done request counts as
delivered);
``rate_tickets`` and ``rate_calls`` hold the queue and the window of a rate limiter shared by
every process (used on PostgreSQL; SQLite keeps the in-process limiter).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("clone_records") as batch:
        batch.add_column(sa.Column("lease_owner", sa.String(100), nullable=True))
        batch.add_column(sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE clone_records SET delivered_at = updated_at WHERE status = 'done'")
    op.create_table(
        "rate_tickets",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("limiter", sa.String(32), nullable=False),
        sa.Column("owner", sa.String(100), nullable=False),
        sa.Column("group_id", sa.BigInteger(), nullable=True),
        sa.Column("front", sa.Boolean(), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_rate_tickets"),
    )
    op.create_index(
        "ix_rate_tickets_limiter_front_queued_at", "rate_tickets", ["limiter", "front", "queued_at"]
    )
    op.create_table(
        "rate_calls",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("limiter", sa.String(32), nullable=False),
        sa.Column("owner", sa.String(100), nullable=False),
        sa.Column("called_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_rate_calls"),
    )
    op.create_index("ix_rate_calls_limiter_called_at", "rate_calls", ["limiter", "called_at"])


def downgrade() -> None:
    op.drop_index("ix_rate_calls_limiter_called_at", table_name="rate_calls")
    op.drop_table("rate_calls")
    op.drop_index("ix_rate_tickets_limiter_front_queued_at", table_name="rate_tickets")
    op.drop_table("rate_tickets")
    with op.batch_alter_table("clone_records") as batch:
        batch.drop_column("delivered_at")
        batch.drop_column("lease_expires_at")
        batch.drop_column("lease_owner")
