"""``/voices``: the member's cloned voices (read-only, only they see it); ``/clone-delete``:
remove a cloned voice from Inworld (its owner or a moderator)."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.delivery import safe_name
from bot.embeds import voices_embed
from bot.handoff import hand_off
from bot.members import moderates

if TYPE_CHECKING:
    from bot.client import CloneBot


log = logging.getLogger(__name__)

#: Discord drops an autocomplete answer after 3 s.
AUTOCOMPLETE_SECONDS = 2.0


class VoicesCog(commands.Cog):
    def __init__(self, bot: CloneBot) -> None:
        self.bot = bot

    async def _is_moderator(self, interaction: discord.Interaction) -> bool:
        assert interaction.guild_id is not None
        return moderates(await self.bot.desk.policy(interaction.guild_id), interaction.user)

    @app_commands.command(name="voices", description="List the voices you cloned here.")
    @app_commands.guild_only()
    async def voices(self, interaction: discord.Interaction) -> None:
        """Where a member finds a voice ID whose result could not be delivered privately."""
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        records = await self.bot.desk.voices_for(
            interaction.guild_id, interaction.user.id, moderator=False
        )
        await interaction.edit_original_response(embed=voices_embed(records))

    @app_commands.command(name="clone-delete", description="Delete a voice cloned here.")
    @app_commands.guild_only()
    @app_commands.describe(voice="The voice to delete (yours; moderators: any from this server)")
    async def clone_delete(
        self, interaction: discord.Interaction, voice: app_commands.Range[str, 1, 255]
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        # An Inworld call: owned work, refused once shutdown began, awaited within its grace.
        hand_off(
            self.bot.inflight, interaction, self._delete(interaction, voice), what="/clone-delete"
        )

    async def _delete(self, interaction: discord.Interaction, voice: str) -> None:
        assert interaction.guild_id is not None
        record = await self.bot.desk.delete_voice(
            interaction.guild_id,
            voice.strip(),
            interaction.user.id,
            moderator=await self._is_moderator(interaction),
        )
        await interaction.edit_original_response(
            content=f"🗑️ Voice **{safe_name(record.display_name)}** "
            f"(`{record.voice_id}`) was deleted from Inworld."
        )

    @clone_delete.autocomplete("voice")
    async def _voice_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:
            return []
        # An autocomplete cannot be deferred: a slow database gives no suggestions, not an
        # "interaction failed".
        try:
            async with asyncio.timeout(AUTOCOMPLETE_SECONDS):
                records = await self.bot.desk.voices_for(
                    interaction.guild_id,
                    interaction.user.id,
                    moderator=await self._is_moderator(interaction),
                    search=current.strip(),
                )
        except TimeoutError:
            log.warning(
                "/clone-delete autocomplete: the database took over %ss", AUTOCOMPLETE_SECONDS
            )
            return []
        return [
            app_commands.Choice(name=f"{r.display_name} ({r.voice_id})"[:100], value=r.voice_id)
            for r in records
            if r.voice_id
        ][:25]


async def setup(bot: CloneBot) -> None:
    await bot.add_cog(VoicesCog(bot))
