"""Exactly one voice per request: correlation tags, the outbox, idempotent limiter tickets.

``clone_records`` gains ``request_tag`` (sent in the clone POST's tags; unique) and a unique
index on ``voice_id`` (one voice, one request: a voice that two older requests share keeps
its oldest request, the others lose the id, with a note in ``failure_reason``);
``outbox`` holds the Discord side effects of state changes until they are delivered;
``rate_tickets`` gains a client-made ``token`` (unique), so an enqueue is idempotent.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "UPDATE clone_records SET failure_reason = 'voice ' || voice_id || ' was also given to "
        "an older request', voice_id = NULL WHERE voice_id IS NOT NULL AND id > "
        "(SELECT min(other.id) FROM clone_records AS other "
        "WHERE other.voice_id = clone_records.voice_id)"
    )
    with op.batch_alter_table("clone_records") as batch:
        batch.add_column(sa.Column("request_tag", sa.String(64), nullable=True))
        batch.create_index("ix_clone_records_voice_id", ["voice_id"], unique=True)
        batch.create_index("ix_clone_records_request_tag", ["request_tag"], unique=True)
    with op.batch_alter_table("rate_tickets") as batch:
        batch.add_column(sa.Column("token", sa.String(64), nullable=True))
        batch.create_unique_constraint("uq_rate_tickets_token", ["token"])
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("nonce", sa.String(25), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("abandoned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("outcome", sa.JSON(), nullable=False),
        sa.Column("claimed_by", sa.String(100), nullable=True),
        sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["clone_records.id"],
            name="fk_outbox_record_id_clone_records",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
    )
    op.create_index("ix_outbox_delivered_at_due_at", "outbox", ["delivered_at", "due_at"])
    op.create_index("ix_outbox_record_id", "outbox", ["record_id"])


def downgrade() -> None:
    op.drop_index("ix_outbox_record_id", table_name="outbox")
    op.drop_index("ix_outbox_delivered_at_due_at", table_name="outbox")
    op.drop_table("outbox")
    with op.batch_alter_table("rate_tickets") as batch:
        batch.drop_constraint("uq_rate_tickets_token", type_="unique")
        batch.drop_column("token")
    with op.batch_alter_table("clone_records") as batch:
        batch.drop_index("ix_clone_records_request_tag")
        batch.drop_index("ix_clone_records_voice_id")
        batch.drop_column("request_tag")
