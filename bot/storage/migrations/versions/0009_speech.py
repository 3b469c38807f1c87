"""Speaking with cloned voices: the guild's speech settings, read-aloud, characters spoken.

``guild_policies`` gains the speech settings (/clone-settings speech): on/off, roles, voice and
text channels, read-aloud allowed, server voices, and the daily characters per member and per
server (NULL: the bot's settings). ``read_aloud_preferences`` holds the members who turned
read-aloud on (and the voice they chose). ``usage_marks`` gains ``amount`` (1 for every mark
stored so far): a speech mark counts the characters spoken.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID_LISTS = ("speech_role_ids", "speech_voice_channel_ids", "speech_text_channel_ids")


def upgrade() -> None:
    with op.batch_alter_table("guild_policies") as batch:
        batch.add_column(
            sa.Column("speech_enabled", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
        for name in _ID_LISTS:
            batch.add_column(
                sa.Column(name, sa.JSON(), server_default=sa.text("'[]'"), nullable=False)
            )
        batch.add_column(
            sa.Column("read_aloud_allowed", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch.add_column(
            sa.Column(
                "speech_server_voices", sa.Boolean(), server_default=sa.true(), nullable=False
            )
        )
        batch.add_column(sa.Column("speech_member_daily_chars", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("speech_guild_daily_chars", sa.Integer(), nullable=True))
    with op.batch_alter_table("usage_marks") as batch:
        batch.add_column(
            sa.Column("amount", sa.Integer(), server_default=sa.text("1"), nullable=False)
        )
    op.create_table(
        "read_aloud_preferences",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("voice_id", sa.String(255), nullable=True),
        sa.Column("enabled_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("guild_id", "user_id", name="pk_read_aloud_preferences"),
    )


def downgrade() -> None:
    op.drop_table("read_aloud_preferences")
    with op.batch_alter_table("usage_marks") as batch:
        batch.drop_column("amount")
    with op.batch_alter_table("guild_policies") as batch:
        batch.drop_column("speech_guild_daily_chars")
        batch.drop_column("speech_member_daily_chars")
        batch.drop_column("speech_server_voices")
        batch.drop_column("read_aloud_allowed")
        for name in reversed(_ID_LISTS):
            batch.drop_column(name)
        batch.drop_column("speech_enabled")
