"""Voice library: server voices, renames, spoken previews and member data erasure.

``clone_records.server_voice`` marks a voice a moderator shared with the whole server;
``guild_policies`` gains the preview settings (on/off, the sentence, and whether members may
preview each other's voices).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("clone_records") as batch:
        batch.add_column(
            sa.Column("server_voice", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("guild_policies") as batch:
        batch.add_column(sa.Column("preview_enabled", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("preview_text", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column("preview_open", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("guild_policies") as batch:
        batch.drop_column("preview_open")
        batch.drop_column("preview_text")
        batch.drop_column("preview_enabled")
    with op.batch_alter_table("clone_records") as batch:
        batch.drop_column("server_voice")
