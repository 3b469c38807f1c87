"""``/clone`` and its consent buttons: the Discord side of a clone request.

The work happens in ``bot.desk`` (policy, records, queue) and ``bot.cloning`` (audio, API).
"""

from __future__ import annotations

import asyncio
import io
import logging
import re
import time
import uuid
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
from bot.consent.challenge_text import has_word_list
from bot.consent.verifier import (
    RecordingRefused,
    extra_samples_refusal,
    is_live,
    options_from_facts,
)
from bot.delivery import (
    DeliveryError,
    ProgressRelay,
    TokenLease,
    Where,
    safe_name,
)
from bot.delivery.routes import InteractionRoute
from bot.desk import AlreadyHandled, SpokenRecording
from bot.embeds import challenge_embed, consent_embed, show_waveform, waveform_attachments
from bot.errors import UserFacingError
from bot.handoff import hand_off
from bot.i18n import Msg, Text, render, tr
from bot.inworld import LANGUAGES
from bot.members import requester_of
from bot.policy import format_duration
from bot.storage import CloneRecord, CloneStatus, ConsentChallenge, GuildPolicy, VerificationMode
from bot.tree import member_locale, report_error, user_message_for

if TYPE_CHECKING:
    from bot.client import CloneBot

log = logging.getLogger(__name__)

LANGUAGE_CHOICES = [app_commands.Choice(name=name, value=code) for code, name in LANGUAGES.items()]
_STAGE_MESSAGES = {
    Stage.DOWNLOADING: "clone-stage-downloading",
    Stage.PROCESSING: "clone-stage-processing",
    Stage.WAITING: "clone-stage-waiting",
    Stage.CLONING: "clone-stage-cloning",
}


def progress_text(stage: Stage, detail: Text | None, locale: str) -> str:
    """``📥 Downloading (1 file)…`` in ``locale``."""
    label = tr(locale, _STAGE_MESSAGES[stage])
    if not detail:
        return tr(locale, "clone-progress", stage=label)
    return tr(locale, "clone-progress-detail", stage=label, detail=render(detail, locale))


class ProgressMessage:
    """Shows the current stage by editing an interaction's reply; never fails the command."""

    def __init__(self, interaction: discord.Interaction) -> None:
        self.interaction = interaction
        self.locale = member_locale(interaction)

    async def __call__(self, stage: Stage, detail: Text | None) -> None:
        text = progress_text(stage, detail, self.locale)
        try:
            await self.interaction.edit_original_response(
                content=text, embed=None, attachments=[], view=None
            )
        except discord.HTTPException as exc:
            log.debug("progress edit failed: %s", exc)


class RelayedProgress:
    """Progress of a confirmed request: on its interaction while the token lasts, then in a
    notice the member can see (bot.delivery.progress)."""

    def __init__(self, relay: ProgressRelay, locale: str) -> None:
        self.relay = relay
        self.locale = locale

    async def __call__(self, stage: Stage, detail: Text | None) -> None:
        await self.relay.show(progress_text(stage, detail, self.locale))


class ConsentButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"consent:(?P<answer>yes|no):(?P<id>[0-9]+)",
):
    """Persistent: the requester can still answer after the bot restarts."""

    def __init__(self, answer: str, record_id: int, locale: str | None = None) -> None:
        yes = answer == "yes"
        super().__init__(
            discord.ui.Button(
                label=tr(locale, "clone-consent-confirm" if yes else "clone-consent-cancel"),
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


def consent_view(record_id: int, locale: str | None = None) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(ConsentButton("yes", record_id, locale))
    view.add_item(ConsentButton("no", record_id, locale))
    return view


_FINAL_PLACES = {Where.INTERACTION: "interaction", Where.CHANNEL: "channel", Where.DM: "dm"}


def final_status(outcome: CloneOutcome, where: Where, locale: str | None = None) -> str:
    """The last line of the progress reply (or notice): what happened and where it is."""
    voice = outcome.result.voice
    place = _FINAL_PLACES.get(where, "elsewhere")
    if voice is None:
        return tr(locale, f"clone-final-failed-{place}")
    return tr(locale, f"clone-final-created-{place}", name=safe_name(voice.display_name))


def _default_voice_name(user: discord.abc.User, locale: str) -> str:
    """The name of a voice cloned from the message menu without a name given."""
    base = " ".join(user.display_name.split())[: MAX_NAME_LENGTH - 8]
    if not base:
        return tr(locale, "clone-default-voice-name-unnamed")
    return tr(locale, "clone-default-voice-name", member=base)


def _refusal_text(refusal: RecordingRefused, locale: str) -> str:
    text = refusal.render(locale)
    if refusal.next_challenge is not None:
        return text + "\n" + tr(locale, "clone-refusal-new-sentence")
    if refusal.retry_in is not None:
        duration: Any = format_duration(refusal.retry_in)  # renders itself once bot.policy does
        return text + "\n" + render(Msg("clone-refusal-retry-in", duration=duration), locale)
    return text


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
    """The name of a voice cloned from the message menu, asked in the member's language."""

    def __init__(
        self, cog: CloneCog, attachments: list[discord.Attachment], locale: str | None = None
    ) -> None:
        super().__init__(
            title=tr(locale, "clone-modal-title"),
            custom_id="clone:voice-message-name",
            timeout=600,
        )
        self.voice_name: discord.ui.TextInput[VoiceNameModal] = discord.ui.TextInput(
            label=tr(locale, "clone-modal-name"),
            custom_id="name",
            min_length=1,
            max_length=MAX_NAME_LENGTH,
        )
        self.add_item(self.voice_name)
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
        #: The interaction of each request awaiting consent, and its token's lease (from when
        #: it arrived, by our monotonic clock, not the snowflake's time).
        self._pending: dict[int, tuple[discord.Interaction, TokenLease]] = {}
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
            raise UserFacingError(Msg("clone-menu-not-yours"))
        audio = [a for a in message.attachments if _looks_like_audio(a)]
        if not audio:
            raise UserFacingError(Msg("clone-menu-no-audio"))
        audio = audio[: self.bot.settings.max_samples]
        cached = self.bot.store.policies.get(interaction.guild_id or 0)
        if cached is not None and cached.verification != VerificationMode.OFF.value:
            # The recording of a sentence: its name came with the sentence, no modal.
            await self._start(interaction, audio, name=None, from_menu=True)
            return
        await interaction.response.send_modal(
            VoiceNameModal(self, audio, member_locale(interaction))
        )

    async def _start(
        self,
        interaction: discord.Interaction,
        attachments: list[discord.Attachment],
        *,
        name: str | None,
        language: str | None = None,
        transcription: str | None = None,
        description: str | None = None,
        tags: str | None = None,
        remove_noise: bool | None = None,
        from_menu: bool = False,
    ) -> None:
        """Defer at once, then prepare the request as work the bot owns (bot.handoff).

        The guild's ephemeral setting is needed before the database may be read: the policy
        this process last saw is used, ephemeral when it has none (see bot.storage.policy_cache).
        """
        received = time.monotonic()
        ephemeral = self.bot.store.policies.ephemeral(interaction.guild_id)
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)
        work = self._prepare(
            interaction,
            attachments,
            received=received,
            name=name,
            language=language,
            transcription=transcription,
            description=description,
            tags=tags,
            remove_noise=remove_noise,
            from_menu=from_menu,
        )
        hand_off(self.bot.inflight, interaction, work, what="/clone")

    async def _prepare(
        self,
        interaction: discord.Interaction,
        attachments: list[discord.Attachment],
        *,
        received: float,
        name: str | None,
        language: str | None,
        transcription: str | None,
        description: str | None,
        tags: str | None,
        remove_noise: bool | None,
        from_menu: bool = False,
    ) -> None:
        """Check and prepare the request, then ask the member to confirm consent."""
        desk = self.bot.desk
        assert interaction.guild_id is not None
        locale = member_locale(interaction)
        policy = await desk.policy(interaction.guild_id)
        attachments = attachments[: self.bot.settings.max_samples]
        mode = VerificationMode(policy.verification)
        waiting: ConsentChallenge | None = None
        if mode is not VerificationMode.OFF and desk.verifier is not None:
            waiting = await desk.verifier.waiting(interaction.guild_id, interaction.user.id)
        live = waiting if waiting is not None and is_live(waiting) else None
        try:
            options = CloneOptions(
                name=clean_name(name or _default_voice_name(interaction.user, locale)),
                language=desk.language_for(policy, language, locale),
                transcription=transcription.strip() if transcription else None,
                description=description.strip() if description else None,
                tags=parse_tags(tags),
                remove_noise=desk.remove_noise_for(policy, remove_noise),
            )
        except UserFacingError:
            self.bot.metrics.refused("invalid_options")
            raise
        spoken: SpokenRecording | None = None
        if mode is not VerificationMode.OFF:
            if live is None:
                await self._ask_for_sentence(
                    interaction, policy, mode, options, from_menu, expired=waiting is not None
                )
                return
            if from_menu:  # the recording alone: the request the sentence was issued for
                options = options_from_facts(live.options, language=options.language)
            extra = extra_samples_refusal(live, len(attachments))
            if extra is not None:  # before any download: the sentence stays valid
                await self._show_refusal(interaction, extra, mode)
                return
            spoken = self._spoken_recording(live, mode, attachments[0])
        try:
            prepared = await desk.open(
                guild_id=interaction.guild_id,
                policy=policy,
                requester=requester_of(interaction),
                options=options,
                sources=[SampleSource(a.filename, a.url, a.size) for a in attachments],
                progress=ProgressMessage(interaction),
                spoken=spoken,
            )
        except RecordingRefused as refusal:
            await self._show_refusal(interaction, refusal, mode)
            return
        record = prepared.record
        self._forget_stale()
        self._pending[record.id] = (interaction, self._lease(started=received))
        # The waveforms are small PNGs (rendered off the event loop); the processed audio
        # itself comes with the result.
        pictures = await asyncio.to_thread(waveform_attachments, prepared.samples)
        embed = consent_embed(
            options.name,
            options.language,
            prepared.samples,
            desk.consent_text(policy, locale),
            approval_required=policy.approval_required,
            verification=record.verification,
            locale=locale,
        )
        show_waveform(embed, pictures)
        await interaction.edit_original_response(
            content=None,
            embed=embed,
            attachments=[discord.File(io.BytesIO(p.data), filename=p.filename) for p in pictures],
            view=consent_view(record.id, locale),
        )

    # --- spoken consent ------------------------------------------------------------------

    async def _ask_for_sentence(
        self,
        interaction: discord.Interaction,
        policy: GuildPolicy,
        mode: VerificationMode,
        options: CloneOptions,
        from_menu: bool,
        *,
        expired: bool,
    ) -> None:
        """No sentence is waiting for this member: issue one and show it (the attachment
        given now is not used: the recording of the sentence must be the first sample)."""
        desk = self.bot.desk
        assert interaction.guild_id is not None and desk.verifier is not None
        guild = interaction.guild
        challenge = await desk.issue_challenge(
            guild_id=interaction.guild_id,
            policy=policy,
            requester=requester_of(interaction),
            options=options,
            member_name=interaction.user.display_name,
            guild_name=guild.name if guild is not None else "",
        )
        locale = member_locale(interaction)
        notes = []
        if expired:
            notes.append(tr(locale, "clone-sentence-expired"))
        notes.append(tr(locale, "clone-sentence-not-used"))
        if from_menu:
            notes.append(tr(locale, "clone-sentence-rename-later"))
        await interaction.edit_original_response(
            content=None,
            embed=challenge_embed(
                challenge,
                mode=mode,
                fell_back=not has_word_list(options.language),
                notes=notes,
                locale=locale,
            ),
            attachments=[],
            view=None,
        )

    @staticmethod
    def _spoken_recording(
        challenge: ConsentChallenge, mode: VerificationMode, recording: discord.Attachment
    ) -> SpokenRecording:
        voice_message = recording.is_voice_message()
        if mode is VerificationMode.STRICT and not voice_message:
            until = discord.utils.format_dt(challenge.expires_at, "t")
            raise UserFacingError(Msg("clone-sentence-voice-message-only", time=until))
        return SpokenRecording(challenge=challenge, mode=mode, voice_message=voice_message)

    async def _show_refusal(
        self, interaction: discord.Interaction, refusal: RecordingRefused, mode: VerificationMode
    ) -> None:
        locale = member_locale(interaction)
        embeds = [
            discord.Embed(
                title=tr(locale, "clone-refusal-title"),
                description=_refusal_text(refusal, locale),
                colour=discord.Colour.red(),
            )
        ]
        if refusal.next_challenge is not None:
            embeds.append(challenge_embed(refusal.next_challenge, mode=mode, locale=locale))
        await interaction.edit_original_response(
            content=None, embeds=embeds, attachments=[], view=None
        )

    def _lease(self, *, started: float | None = None) -> TokenLease:
        return TokenLease(self.bot.settings.interaction_token_seconds, started=started)

    @property
    def _handover_margin(self) -> float:
        """Token life a confirmed request still needs: a clone call with its retries, then
        the result (a third of the token's life at most)."""
        settings = self.bot.settings
        needed = settings.inworld_timeout_seconds * settings.inworld_max_attempts + 30
        return min(needed, settings.interaction_token_seconds / 3)

    def _forget_stale(self) -> None:
        for record_id, (_, lease) in list(self._pending.items()):
            if not lease.lasts(0):
                del self._pending[record_id]

    def _reply_target(
        self, record_id: int, clicked: discord.Interaction, clicked_lease: TokenLease
    ) -> tuple[discord.Interaction, TokenLease]:
        """The /clone interaction while its token has the time a clone needs, else the
        button click (whose token is fresher: both edit the same reply)."""
        self._forget_stale()
        original = self._pending.pop(record_id, None)
        if original is not None and original[1].lasts(self._handover_margin):
            return original
        return clicked, clicked_lease

    async def answer_consent(
        self, interaction: discord.Interaction, record_id: int, *, confirmed: bool
    ) -> None:
        """Acknowledge at once, then answer the prompt as work the bot owns (bot.handoff)."""
        try:
            await interaction.response.defer()
            work = self._answer_consent(interaction, record_id, confirmed=confirmed)
            hand_off(self.bot.inflight, interaction, work, what=f"consent to #{record_id}")
        except Exception as exc:
            await report_error(interaction, exc)

    async def _answer_consent(
        self, interaction: discord.Interaction, record_id: int, *, confirmed: bool
    ) -> None:
        target = interaction
        lease = self._lease()
        locale = member_locale(interaction)
        try:
            desk = self.bot.desk
            if not confirmed:
                await desk.cancel(record_id, interaction.user.id)
                target, lease = self._reply_target(record_id, interaction, lease)
                await target.edit_original_response(
                    content=tr(locale, "clone-cancelled"),
                    embed=None,
                    attachments=[],
                    view=None,
                )
                return
            record = await desk.consent(record_id, interaction.user.id, member_locale(interaction))
            target, lease = self._reply_target(record_id, interaction, lease)
            if record.status is CloneStatus.PENDING_APPROVAL:
                await target.edit_original_response(
                    content=tr(locale, "clone-sent-for-review"),
                    embed=None,
                    attachments=[],
                    view=None,
                )
                return
            private = (await desk.policy(record.guild_id)).ephemeral
            reply = InteractionRoute(
                target, lease, ephemeral=private, margin=min(30.0, lease.lifetime / 10)
            )
            relay = self.bot.notifier.progress_relay(
                record, reply, private=private, margin=self._handover_margin, locale=locale
            )
            await self._run_confirmed(record, reply, relay, locale)
        except Exception as exc:
            await report_error(target, exc)

    async def _run_confirmed(
        self, record: CloneRecord, reply: InteractionRoute, relay: ProgressRelay, locale: str
    ) -> None:
        """Clone a confirmed request. Its outcome was written to the outbox with the state
        change; this process sends it at once, on the interaction while the token lives."""
        desk = self.bot.desk
        progress = RelayedProgress(relay, locale)
        await progress(Stage.WAITING, None)
        live = desk.live.open(record.id)
        outcome: CloneOutcome | None = None
        failure: Exception | None = None
        timer = self._hand_over_timer(record, relay)
        try:
            try:
                outcome = await desk.execute(record.id, progress, locale=locale)
            except AlreadyHandled:
                raise
            except Exception as exc:
                failure = exc
            finally:
                if timer is not None:
                    timer.cancel()
            live.interaction = reply if relay.on_interaction else None
            await self.bot.outbox.flush(record.id)
        finally:
            desk.live.close(record.id)
        if outcome is not None:
            await relay.finish(final_status(outcome, live.where or Where.NOWHERE, locale))
        elif failure is not None:
            await self._report_failure(
                record, reply, relay, failure, told=live.where, locale=locale
            )

    def _hand_over_timer(
        self, record: CloneRecord, relay: ProgressRelay
    ) -> asyncio.TimerHandle | None:
        """Hand progress over when the token runs short even if no progress line comes
        (a long wait at the head of the queue, a slow clone call)."""
        delay = relay.due_in()
        if delay is None:
            return None

        def due() -> None:
            self.bot.spawn(relay.hand_over_if_due(), name=f"hand-over of #{record.id}")

        return asyncio.get_running_loop().call_later(delay, due)

    async def _report_failure(
        self,
        record: CloneRecord,
        reply: InteractionRoute,
        relay: ProgressRelay,
        error: Exception,
        *,
        told: Where | None,
        locale: str,
    ) -> None:
        """A confirmed request did not clone. A failure stored with the request was sent by
        the outbox (``told``: where); anything else (the bot stopping: the request is kept
        for the next start) is said on the reply while the token works, else on the notice."""
        message = user_message_for(error, locale)
        if message is None:
            ref = uuid.uuid4().hex[:8]
            log.error("request #%s failed (ref %s)", record.id, ref, exc_info=error)
            message = tr(locale, "clone-failure-bug", ref=ref)
        if told is not None and told is not Where.NOWHERE:
            await relay.finish(f"❌ {message}")
            return
        if relay.on_interaction:
            try:
                await reply.edit_original(f"❌ {message}")
                return
            except DeliveryError as exc:
                log.info("request #%s: failure reply not shown (%s)", record.id, exc)
        await relay.finish(f"❌ {message}")


async def setup(bot: CloneBot) -> None:
    bot.add_dynamic_items(ConsentButton)
    await bot.add_cog(CloneCog(bot))
