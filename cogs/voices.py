"""``/voices``: list, info, preview, rename, delete and share the voices cloned in this server,
and erase a member's data; ``/clone-delete`` stays as an alias of ``/voices delete`` (no
confirmation, as before).

Thin adapters over :mod:`bot.voices`: every handler defers first, then calls the library.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, Literal, cast

import discord
from discord import app_commands
from discord.ext import commands

from bot.delivery import safe_name, safe_text
from bot.handoff import hand_off
from bot.i18n import tr
from bot.inworld.client import MAX_TTS_CHARACTERS
from bot.members import moderates
from bot.speech.service import Speaker
from bot.storage import CloneRecord
from bot.tree import member_locale
from bot.voices import Actor
from bot.voices.ui import ConfirmView, PagerView, info_embed, page_embed
from cogs.speech import speaker_of, speech_voice_autocomplete, voice_channel_of

if TYPE_CHECKING:
    from bot.client import CloneBot


log = logging.getLogger(__name__)

#: Discord drops an autocomplete answer after 3 s.
AUTOCOMPLETE_SECONDS = 2.0

VoiceId = app_commands.Range[str, 1, 255]


async def actor_of(bot: CloneBot, interaction: discord.Interaction) -> Actor:
    assert interaction.guild_id is not None
    policy = await bot.desk.policy(interaction.guild_id)
    return Actor(interaction.guild_id, interaction.user.id, moderates(policy, interaction.user))


async def voice_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """The voices the member may act on, by name or ID. Only a suggestion: every command
    checks again whatever ID arrives."""
    if interaction.guild_id is None:
        return []
    bot = cast("CloneBot", interaction.client)
    # An autocomplete cannot be deferred: a slow database gives no suggestions, not an
    # "interaction failed".
    try:
        async with asyncio.timeout(AUTOCOMPLETE_SECONDS):
            records = await bot.library.suggest(await actor_of(bot, interaction), current)
    except TimeoutError:
        log.warning("voice autocomplete: the database took over %ss", AUTOCOMPLETE_SECONDS)
        return []
    return [
        app_commands.Choice(name=f"{r.display_name} ({r.voice_id})"[:100], value=r.voice_id)
        for r in records
        if r.voice_id
    ][:25]


async def _ack(interaction: discord.Interaction) -> None:
    await interaction.response.defer(ephemeral=True, thinking=True)


@app_commands.guild_only()
class VoicesCog(commands.GroupCog, group_name="voices"):
    """The voices cloned in this server."""

    def __init__(self, bot: CloneBot) -> None:
        self.bot = bot
        super().__init__()

    async def _actor(self, interaction: discord.Interaction) -> Actor:
        return await actor_of(self.bot, interaction)

    def _owned(
        self, interaction: discord.Interaction, work: Coroutine[Any, Any, None], what: str
    ) -> None:
        """Inworld calls run as owned work: refused once shutdown began, awaited in its grace."""
        hand_off(self.bot.inflight, interaction, work, what=what)

    # --- list / info ----------------------------------------------------------------------

    @app_commands.command(name="list", description="Your voices and the server voices.")
    async def voices_list(self, interaction: discord.Interaction) -> None:
        """Moderators see every voice of the server."""
        await _ack(interaction)
        locale = member_locale(interaction)
        actor = await self._actor(interaction)
        page = await self.bot.library.page(actor, 0)
        if page.pages <= 1:
            await interaction.edit_original_response(embed=page_embed(page, locale))
            return
        view = PagerView(
            actor.user_id, page, lambda n: self.bot.library.page(actor, n), locale=locale
        )
        await interaction.edit_original_response(embed=page_embed(page, locale), view=view)

    @app_commands.command(name="info", description="Details of one voice.")
    @app_commands.describe(voice="The voice (start typing its name)")
    @app_commands.autocomplete(voice=voice_autocomplete)
    async def info(self, interaction: discord.Interaction, voice: VoiceId) -> None:
        await _ack(interaction)
        record = await self.bot.library.info(await self._actor(interaction), voice)
        await interaction.edit_original_response(
            embed=info_embed(record, member_locale(interaction))
        )

    # --- preview --------------------------------------------------------------------------

    @app_commands.command(name="preview", description="Hear a voice say a sentence.")
    @app_commands.describe(
        voice="The voice (yours, or a server voice)",
        text="What it should say (default: the server's preview sentence)",
    )
    @app_commands.autocomplete(voice=voice_autocomplete)
    async def preview(
        self,
        interaction: discord.Interaction,
        voice: VoiceId,
        text: app_commands.Range[str, 1, MAX_TTS_CHARACTERS] | None = None,
    ) -> None:
        await _ack(interaction)
        self._owned(interaction, self._preview(interaction, voice, text), "/voices preview")

    async def _preview(
        self, interaction: discord.Interaction, voice: str, text: str | None
    ) -> None:
        actor = await self._actor(interaction)
        preview = await self.bot.previews.preview(actor, voice, text)
        record = await self.bot.library.find(actor, voice)
        await interaction.edit_original_response(
            content=tr(
                member_locale(interaction),
                "voices-preview-says",
                name=safe_name(record.display_name),
                voice_id=record.voice_id,
                text=safe_text(preview.text),
            ),
            attachments=[discord.File(io.BytesIO(preview.audio), preview.filename)],
        )

    # --- rename / delete / server ---------------------------------------------------------

    @app_commands.command(name="rename", description="Change a voice's display name.")
    @app_commands.describe(voice="The voice (yours; moderators: any)", name="Its new name")
    @app_commands.autocomplete(voice=voice_autocomplete)
    async def rename(
        self,
        interaction: discord.Interaction,
        voice: VoiceId,
        name: app_commands.Range[str, 1, 100],
    ) -> None:
        await _ack(interaction)
        self._owned(interaction, self._rename(interaction, voice, name), "/voices rename")

    async def _rename(self, interaction: discord.Interaction, voice: str, name: str) -> None:
        record = await self.bot.library.rename(await self._actor(interaction), voice, name)
        await interaction.edit_original_response(
            content=tr(
                member_locale(interaction),
                "voices-renamed",
                voice_id=record.voice_id,
                name=safe_name(record.display_name),
            )
        )

    @app_commands.command(name="delete", description="Delete a voice from Inworld.")
    @app_commands.describe(voice="The voice (yours; moderators: any from this server)")
    @app_commands.autocomplete(voice=voice_autocomplete)
    async def delete(self, interaction: discord.Interaction, voice: VoiceId) -> None:
        await _ack(interaction)
        locale = member_locale(interaction)
        actor = await self._actor(interaction)
        record = await self.bot.library.check_delete(actor, voice)

        async def confirmed(click: discord.Interaction) -> None:
            self._owned(click, self._delete(click, actor, voice), "/voices delete")

        label = tr(locale, "voices-delete-button")
        await interaction.edit_original_response(
            content=tr(
                locale,
                "voices-delete-ask",
                name=safe_name(record.display_name),
                voice_id=record.voice_id,
            ),
            view=ConfirmView(actor.user_id, confirmed, label=label, locale=locale),
        )

    async def _delete(self, interaction: discord.Interaction, actor: Actor, voice: str) -> None:
        record = await self.bot.library.delete(actor, voice)
        await self.bot.speech.forget_voice(actor.guild_id, voice.strip())
        await interaction.edit_original_response(content=deleted_reply(interaction, record))

    @app_commands.command(name="server", description="Share a voice with the whole server.")
    @app_commands.describe(
        voice="The voice", shared="On: every member sees and may preview it; off: private"
    )
    @app_commands.autocomplete(voice=voice_autocomplete)
    async def server(self, interaction: discord.Interaction, voice: VoiceId, shared: bool) -> None:
        """Moderators only (checked by the library, whatever the command's visibility)."""
        await _ack(interaction)
        record = await self.bot.library.set_server_voice(
            await self._actor(interaction), voice, shared
        )
        if not record.server_voice and record.voice_id:
            await self.bot.speech.voice_unshared(record.guild_id, record.voice_id)
        await interaction.edit_original_response(
            content=tr(
                member_locale(interaction),
                "voices-shared" if record.server_voice else "voices-unshared",
                name=safe_name(record.display_name),
                voice_id=record.voice_id,
            )
        )

    # --- speaking: the call, read-aloud -----------------------------------------------------

    async def _speaker(self, interaction: discord.Interaction) -> Speaker:
        assert interaction.guild_id is not None
        return await speaker_of(self.bot, interaction.user, interaction.guild_id)

    @app_commands.command(name="skip", description="Skip what the bot is saying in your call.")
    async def skip(self, interaction: discord.Interaction) -> None:
        """Members skip their own utterances (or their voice's); moderators any."""
        await _ack(interaction)
        skipped = await self.bot.speech.skip(await self._speaker(interaction))
        await interaction.edit_original_response(
            content=tr(
                member_locale(interaction), "voices-skipped" if skipped else "voices-nothing-said"
            )
        )

    @app_commands.command(
        name="stop", description="Moderators: stop speaking at once and clear the queue."
    )
    async def stop(self, interaction: discord.Interaction) -> None:
        await _ack(interaction)
        dropped = await self.bot.speech.stop(await self._speaker(interaction))
        await interaction.edit_original_response(
            content=tr(member_locale(interaction), "voices-stopped", dropped=dropped)
        )

    @app_commands.command(name="leave", description="Make the bot leave the voice channel.")
    async def leave(self, interaction: discord.Interaction) -> None:
        await _ack(interaction)
        left = await self.bot.speech.leave(
            await self._speaker(interaction),
            getattr(voice_channel_of(interaction.user), "id", None),
        )
        await interaction.edit_original_response(
            content=tr(
                member_locale(interaction), "voices-left" if left else "voices-not-in-channel"
            )
        )

    @app_commands.command(
        name="read-aloud",
        description="Speak what you type in your voice channel's chat, in your cloned voice.",
    )
    @app_commands.describe(
        state="On: what you type is spoken while we share a voice channel; off: not",
        voice="Which voice reads (yours, or a server voice; default: your newest)",
    )
    @app_commands.autocomplete(voice=speech_voice_autocomplete)
    async def read_aloud(
        self,
        interaction: discord.Interaction,
        state: Literal["on", "off"],
        voice: VoiceId | None = None,
    ) -> None:
        await _ack(interaction)
        chosen = await self.bot.speech.set_read_aloud(
            await self._speaker(interaction), state == "on", voice
        )
        locale = member_locale(interaction)
        if chosen is None:
            await interaction.edit_original_response(content=tr(locale, "voices-read-aloud-off"))
            return
        await interaction.edit_original_response(
            content=tr(locale, "voices-read-aloud-on", name=safe_name(chosen.display_name))
        )

    # --- a member's data ------------------------------------------------------------------

    @app_commands.command(
        name="erase-my-data", description="Delete all your voices and everything stored about you."
    )
    async def erase_my_data(self, interaction: discord.Interaction) -> None:
        await _ack(interaction)
        await self._ask_erase(interaction, await self._actor(interaction), interaction.user.id)

    @app_commands.command(
        name="erase-member", description="Moderators: erase a member's voices and data."
    )
    @app_commands.describe(member="The member (e.g. one who left: paste their user ID)")
    async def erase_member(self, interaction: discord.Interaction, member: discord.User) -> None:
        await _ack(interaction)
        await self._ask_erase(interaction, await self._actor(interaction), member.id)

    async def _ask_erase(
        self, interaction: discord.Interaction, actor: Actor, member_id: int
    ) -> None:
        records = await self.bot.library.check_erase(actor, member_id)  # before confirming
        voices = sum(1 for r in records if r.voice_id and r.voice_deleted_at is None)
        locale = member_locale(interaction)
        if member_id == actor.user_id:
            ask = tr(locale, "voices-erase-ask-own", voices=voices, requests=len(records))
        else:
            ask = tr(
                locale,
                "voices-erase-ask-member",
                member_id=str(member_id),
                voices=voices,
                requests=len(records),
            )

        async def confirmed(click: discord.Interaction) -> None:
            self._owned(click, self._erase(click, actor, member_id), "/voices erase")

        label = tr(locale, "voices-erase-button")
        await interaction.edit_original_response(
            content=ask,
            view=ConfirmView(actor.user_id, confirmed, label=label, locale=locale),
        )

    async def _erase(self, interaction: discord.Interaction, actor: Actor, member_id: int) -> None:
        await self.bot.library.check_erase(actor, member_id)  # refused: nothing is forgotten
        # Nothing more is said by or with the member from now on, queued texts included.
        await self.bot.speech.forget_member(actor.guild_id, member_id)
        erasure = await self.bot.library.erase(actor, member_id)
        await interaction.edit_original_response(
            content=tr(
                member_locale(interaction),
                "voices-erased",
                voices=erasure.voices_deleted,
                requests=erasure.requests_erased,
            )
        )


def deleted_reply(interaction: discord.Interaction, record: CloneRecord) -> str:
    return tr(
        member_locale(interaction),
        "voices-deleted",
        name=safe_name(record.display_name),
        voice_id=record.voice_id,
    )


class CloneDeleteAlias(commands.Cog):
    """``/clone-delete``: the older name of ``/voices delete`` (no confirmation, as before)."""

    def __init__(self, bot: CloneBot) -> None:
        self.bot = bot

    @app_commands.command(name="clone-delete", description="Delete a voice cloned here.")
    @app_commands.guild_only()
    @app_commands.describe(voice="The voice to delete (yours; moderators: any from this server)")
    @app_commands.autocomplete(voice=voice_autocomplete)
    async def clone_delete(self, interaction: discord.Interaction, voice: VoiceId) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        hand_off(
            self.bot.inflight, interaction, self._delete(interaction, voice), what="/clone-delete"
        )

    async def _delete(self, interaction: discord.Interaction, voice: str) -> None:
        actor = await actor_of(self.bot, interaction)
        record = await self.bot.library.delete(actor, voice)
        await self.bot.speech.forget_voice(actor.guild_id, voice.strip())
        await interaction.edit_original_response(content=deleted_reply(interaction, record))


async def setup(bot: CloneBot) -> None:
    await bot.add_cog(VoicesCog(bot))
    await bot.add_cog(CloneDeleteAlias(bot))
