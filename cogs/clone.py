"""``/clone``: the Discord side of cloning a voice (the work happens in ``bot.cloning``)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.cloning import (
    MAX_DESCRIPTION_LENGTH,
    MAX_NAME_LENGTH,
    MAX_TRANSCRIPTION_LENGTH,
    CloneOptions,
    SampleSource,
    Stage,
    clean_name,
    parse_tags,
)
from bot.inworld import LANGUAGES
from bot.presentation import result_embed, sample_files

if TYPE_CHECKING:
    from bot.client import CloneBot

log = logging.getLogger(__name__)

LANGUAGE_CHOICES = [app_commands.Choice(name=name, value=code) for code, name in LANGUAGES.items()]
_STAGE_ICONS = {
    Stage.DOWNLOADING: "📥",
    Stage.PROCESSING: "🎛️",
    Stage.WAITING: "⏳",
    Stage.CLONING: "🧬",
}


class ProgressMessage:
    """Shows the current stage by editing the deferred reply; never fails the command."""

    def __init__(self, interaction: discord.Interaction) -> None:
        self.interaction = interaction

    async def __call__(self, stage: Stage, detail: str | None) -> None:
        text = f"{_STAGE_ICONS[stage]} {stage.value}" + (f" ({detail})" if detail else "") + "…"
        try:
            await self.interaction.edit_original_response(content=text)
        except discord.HTTPException as exc:
            log.debug("progress edit failed: %s", exc)


class CloneCog(commands.Cog):
    def __init__(self, bot: CloneBot) -> None:
        self.bot = bot

    @app_commands.command(name="clone", description="Clone a voice from a recording of it.")
    @app_commands.guild_only()
    @app_commands.describe(
        sample="A recording of the voice: 10-15 s of clear speech (voice message, MP3, WAV...)",
        name="A name for the new voice",
        language="The language spoken in the recording",
        sample2="Optional second recording of the same voice",
        sample3="Optional third recording of the same voice",
        transcription="Optional: exactly what is said in the first recording",
        description="Optional: a description of the voice (tone, accent, use)",
        tags="Optional: comma-separated tags, e.g. calm, narrator",
        remove_noise="Remove background noise first (can hurt already clean recordings)",
    )
    @app_commands.choices(language=LANGUAGE_CHOICES)
    async def clone(
        self,
        interaction: discord.Interaction,
        sample: discord.Attachment,
        name: app_commands.Range[str, 1, MAX_NAME_LENGTH],
        language: app_commands.Choice[str] | None = None,
        sample2: discord.Attachment | None = None,
        sample3: discord.Attachment | None = None,
        transcription: app_commands.Range[str, 1, MAX_TRANSCRIPTION_LENGTH] | None = None,
        description: app_commands.Range[str, 1, MAX_DESCRIPTION_LENGTH] | None = None,
        tags: app_commands.Range[str, 1, 400] | None = None,
        remove_noise: bool | None = None,
    ) -> None:
        settings = self.bot.settings
        ephemeral = settings.ephemeral_replies
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)
        attachments = [a for a in (sample, sample2, sample3) if a is not None]
        sources = [SampleSource(a.filename, a.url, a.size) for a in attachments]
        options = CloneOptions(
            name=clean_name(name),
            language=language.value if language else settings.default_language,
            transcription=transcription.strip() if transcription else None,
            description=description.strip() if description else None,
            tags=parse_tags(tags),
            remove_noise=settings.default_remove_noise if remove_noise is None else remove_noise,
        )
        progress = ProgressMessage(interaction)
        samples = await self.bot.clones.prepare(sources, progress)
        outcome = await self.bot.clones.clone(options, samples, progress)

        files, left_out = sample_files(outcome, interaction.filesize_limit)
        embed = result_embed(outcome)
        if left_out:
            embed.add_field(
                name="Audio",
                value=f"{left_out} processed sample(s) were too large to upload here.",
                inline=False,
            )
        await interaction.followup.send(embed=embed, files=files, ephemeral=ephemeral)
        voice = outcome.result.voice
        status = (
            f"✅ Voice **{discord.utils.escape_markdown(voice.display_name)}** created."
            if voice
            else "❌ Inworld did not create the voice; see the details below."
        )
        await interaction.edit_original_response(content=status)


async def setup(bot: CloneBot) -> None:
    await bot.add_cog(CloneCog(bot))
