"""``/clone`` and its consent buttons: the Discord side of a clone request.

The work happens in ``bot.desk`` (policy, records, queue) and ``bot.cloning`` (audio, API).
"""

from __future__ import annotations

import logging
import re
import time
from datetime import timedelta
from typing import TYPE_CHECKING, Any, cast

import discord
from discord import app_commands
from discord.ext import commands

from bot.cloning import (
    MAX_DESCRIPTION_LENGTH,
    MAX_NAME_LENGTH,
    MAX_TRANSCRIPTION_LENGTH,
    CloneOptions,
    CloneOutcome,
    SampleSource,
    Stage,
    clean_name,
    parse_tags,
)
from bot.embeds import consent_embed, result_embed, sample_files
from bot.errors import UserFacingError
from bot.inworld import LANGUAGES
from bot.members import requester_of
from bot.storage import CloneStatus
from bot.tree import report_error

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
#: Discord keeps an interaction token usable for 15 minutes.
_TOKEN_LIFETIME = timedelta(minutes=14)


class ProgressMessage:
    """Shows the current stage by editing an interaction's reply; never fails the command."""

    def __init__(self, interaction: discord.Interaction) -> None:
        self.interaction = interaction

    async def __call__(self, stage: Stage, detail: str | None) -> None:
        text = f"{_STAGE_ICONS[stage]} {stage.value}" + (f" ({detail})" if detail else "") + "…"
        try:
            await self.interaction.edit_original_response(
                content=text, embed=None, attachments=[], view=None
            )
        except discord.HTTPException as exc:
            log.debug("progress edit failed: %s", exc)


class ConsentButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"consent:(?P<answer>yes|no):(?P<id>[0-9]+)",
):
    """Persistent: the requester can still answer after the bot restarts."""

    def __init__(self, answer: str, record_id: int) -> None:
        yes = answer == "yes"
        super().__init__(
            discord.ui.Button(
                label="I confirm" if yes else "Cancel",
                style=discord.ButtonStyle.success if yes else discord.ButtonStyle.secondary,
                emoji="✅" if yes else None,
                custom_id=f"consent:{answer}:{record_id}",
            )
        )
        self.answer = answer
        self.record_id = record_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> ConsentButton:
        return cls(match["answer"], int(match["id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        cog = cast(commands.Bot, interaction.client).get_cog(CloneCog.__cog_name__)
        assert isinstance(cog, CloneCog)
        await cog.answer_consent(interaction, self.record_id, confirmed=self.answer == "yes")


def consent_view(record_id: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(ConsentButton("yes", record_id))
    view.add_item(ConsentButton("no", record_id))
    return view


async def deliver(
    interaction: discord.Interaction, outcome: CloneOutcome, *, ephemeral: bool
) -> None:
    """Send the result as a follow-up (embed + processed audio) and close the progress line."""
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
    try:
        await interaction.edit_original_response(content=status, embed=None, view=None)
    except discord.HTTPException as exc:
        log.debug("final status edit failed: %s", exc)


def _looks_like_audio(attachment: discord.Attachment) -> bool:
    """Which attachments to offer as samples (the pipeline still checks the content)."""
    content_type = (attachment.content_type or "").split(";")[0]
    return (
        attachment.is_voice_message()
        or content_type.startswith(("audio/", "video/"))
        or attachment.filename.lower().endswith(_AUDIO_SUFFIXES)
    )


_AUDIO_SUFFIXES = (
    ".ogg",
    ".oga",
    ".opus",
    ".mp3",
    ".wav",
    ".m4a",
    ".aac",
    ".flac",
    ".webm",
    ".mp4",
    ".mov",
    ".mkv",
    ".aif",
    ".aiff",
    ".wma",
    ".amr",
    ".3gp",
    ".caf",
)


class VoiceNameModal(discord.ui.Modal, title="Clone this voice"):
    voice_name: discord.ui.TextInput[VoiceNameModal] = discord.ui.TextInput(
        label="Name for the new voice",
        custom_id="name",
        min_length=1,
        max_length=MAX_NAME_LENGTH,
    )

    def __init__(self, cog: CloneCog, attachments: list[discord.Attachment]) -> None:
        super().__init__(custom_id="clone:voice-message-name", timeout=600)
        self.cog = cog
        self.attachments = attachments

    async def on_submit(self, interaction: discord.Interaction) -> None:
        try:
            await self.cog._start(interaction, self.attachments, name=self.voice_name.value)
        except Exception as exc:
            await report_error(interaction, exc)


class CloneCog(commands.Cog):
    def __init__(self, bot: CloneBot) -> None:
        self.bot = bot
        #: The interaction of each request awaiting consent, and when it arrived (monotonic
        #: clock, not the snowflake's time): its token lives 15 minutes.
        self._pending: dict[int, tuple[discord.Interaction, float]] = {}
        self.voice_message_menu = app_commands.ContextMenu(
            name="Clone this voice", callback=self.clone_voice_message
        )
        self.voice_message_menu.guild_only = True

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.voice_message_menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(
            self.voice_message_menu.name, type=self.voice_message_menu.type
        )

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
        attachments = [a for a in (sample, sample2, sample3) if a is not None]
        await self._start(
            interaction,
            attachments,
            name=name,
            language=language.value if language else None,
            transcription=transcription,
            description=description,
            tags=tags,
            remove_noise=remove_noise,
        )

    async def clone_voice_message(
        self, interaction: discord.Interaction, message: discord.Message
    ) -> None:
        """Message menu "Clone this voice": a voice message cannot be picked by /clone."""
        if message.author.id != interaction.user.id:
            raise UserFacingError(
                "You can only clone the voice in your own messages. To clone a recording you "
                "have permission to use, upload it with /clone."
            )
        audio = [a for a in message.attachments if _looks_like_audio(a)]
        if not audio:
            raise UserFacingError("That message has no voice message or audio attachment.")
        await interaction.response.send_modal(
            VoiceNameModal(self, audio[: self.bot.settings.max_samples])
        )

    async def _start(
        self,
        interaction: discord.Interaction,
        attachments: list[discord.Attachment],
        *,
        name: str,
        language: str | None = None,
        transcription: str | None = None,
        description: str | None = None,
        tags: str | None = None,
        remove_noise: bool | None = None,
    ) -> None:
        """Defer, check and prepare the request, then ask the member to confirm consent."""
        received = time.monotonic()
        desk = self.bot.desk
        assert interaction.guild_id is not None
        policy = await desk.policy(interaction.guild_id)
        await interaction.response.defer(ephemeral=policy.ephemeral, thinking=True)
        attachments = attachments[: self.bot.settings.max_samples]
        try:
            options = CloneOptions(
                name=clean_name(name),
                language=desk.language_for(policy, language),
                transcription=transcription.strip() if transcription else None,
                description=description.strip() if description else None,
                tags=parse_tags(tags),
                remove_noise=desk.remove_noise_for(policy, remove_noise),
            )
        except UserFacingError:
            self.bot.metrics.refused("invalid_options")
            raise
        prepared = await desk.open(
            guild_id=interaction.guild_id,
            policy=policy,
            requester=requester_of(interaction),
            options=options,
            sources=[SampleSource(a.filename, a.url, a.size) for a in attachments],
            progress=ProgressMessage(interaction),
        )
        record = prepared.record
        self._forget_stale()
        self._pending[record.id] = (interaction, received)
        # A plain JSON edit (no upload): the processed audio comes with the result.
        await interaction.edit_original_response(
            content=None,
            embed=consent_embed(
                options.name,
                options.language,
                prepared.samples,
                desk.consent_text(policy),
                approval_required=policy.approval_required,
            ),
            view=consent_view(record.id),
        )

    def _forget_stale(self) -> None:
        oldest = time.monotonic() - _TOKEN_LIFETIME.total_seconds()
        for record_id, (_, received) in list(self._pending.items()):
            if received < oldest:
                del self._pending[record_id]

    def _reply_target(self, record_id: int, clicked: discord.Interaction) -> discord.Interaction:
        """The /clone interaction when its token is still alive, else the button click."""
        self._forget_stale()
        original = self._pending.pop(record_id, None)
        return original[0] if original is not None else clicked

    async def answer_consent(
        self, interaction: discord.Interaction, record_id: int, *, confirmed: bool
    ) -> None:
        target = interaction
        try:
            await interaction.response.defer()
            desk = self.bot.desk
            if not confirmed:
                await desk.cancel(record_id, interaction.user.id)
                target = self._reply_target(record_id, interaction)
                await target.edit_original_response(
                    content="Cancelled: nothing was sent to Inworld.",
                    embed=None,
                    attachments=[],
                    view=None,
                )
                return
            record = await desk.consent(record_id, interaction.user.id)
            target = self._reply_target(record_id, interaction)
            if record.status is CloneStatus.PENDING_APPROVAL:
                await target.edit_original_response(
                    content="📨 Thanks! Your request was sent to the moderators for approval. "
                    "You will be told the outcome in this channel.",
                    embed=None,
                    attachments=[],
                    view=None,
                )
                return
            progress = ProgressMessage(target)
            await progress(Stage.WAITING, None)
            outcome = await desk.execute(record_id, progress)
            policy = await desk.policy(record.guild_id)
            await deliver(target, outcome, ephemeral=policy.ephemeral)
        except Exception as exc:
            await report_error(target, exc)


async def setup(bot: CloneBot) -> None:
    bot.add_dynamic_items(ConsentButton)
    await bot.add_cog(CloneCog(bot))
