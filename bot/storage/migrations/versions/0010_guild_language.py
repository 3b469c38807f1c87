"""The server's language: ``guild_policies.locale`` (/clone-settings language).

The language of posts everyone in the server reads (review, audit, public results): a
catalogue of bot.i18n (``ja``, ``pt-BR``...), or NULL for Discord's preferred locale of the
server. Every existing server keeps following Discord's (NULL).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-09
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("guild_policies") as batch:
        batch.add_column(sa.Column("locale", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("guild_policies") as batch:
        batch.drop_column("locale")
