"""``/say``, "Speak this message" and read-aloud: thin adapters over :mod:`bot.speech`.

Every handler acknowledges first, then hands the work to the bot (owned, awaited at shutdown).
Read-aloud listens to the messages of the voice channel's own text chat (or the server's
speech text channels) only when ``READ_ALOUD_ENABLED`` asked Discord for the privileged
MESSAGE_CONTENT intent.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

import discord
from discord import app_commands
from discord.ext import commands

from bot.delivery import safe_name
from bot.errors import UserFacingError
from bot.handoff import hand_off
from bot.i18n import SOURCE, Msg, tr
from bot.members import moderates, role_ids
from bot.speech.service import Source, Speaker, SpeakOutcome, SpeakRequest
from bot.speech.text import Names, is_silent, prepare_message
from bot.tree import member_locale

if TYPE_CHECKING:
    from bot.client import CloneBot

log = logging.getLogger(__name__)

#: Discord drops an autocomplete answer after 3 s.
AUTOCOMPLETE_SECONDS = 2.0
VoiceId = app_commands.Range[str, 1, 255]


async def speaker_of(bot: CloneBot, member: discord.abc.User, guild_id: int) -> Speaker:
    policy = await bot.store.get_policy(guild_id)
    return Speaker(
        guild_id=guild_id,
        user_id=member.id,
        display_name=getattr(member, "display_name", member.name),
        moderator=moderates(policy, member),
        role_ids=role_ids(member),
    )


async def speech_voice_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """The voices the member may speak with: their own, and the server voices where allowed.
    Only a suggestion: the service checks again whatever ID arrives."""
    if interaction.guild_id is None:
        return []
    bot = cast("CloneBot", interaction.client)
    try:
        async with asyncio.timeout(AUTOCOMPLETE_SECONDS):
            speaker = await speaker_of(bot, interaction.user, interaction.guild_id)
            records = await bot.speech.voices_for(speaker, current)
    except TimeoutError:
        log.warning("speech voice autocomplete: the database took over %ss", AUTOCOMPLETE_SECONDS)
        return []
    return [
        app_commands.Choice(name=f"{r.display_name} ({r.voice_id})"[:100], value=r.voice_id)
        for r in records
        if r.voice_id
    ][:25]


def voice_channel_of(member: discord.abc.User) -> Any:
    """The voice (or stage) channel the member is in, per the gateway's voice states."""
    state = getattr(member, "voice", None)
    return None if state is None else state.channel


def spoken_reply(outcome: SpeakOutcome, locale: str = SOURCE) -> str:
    """The member's reply to /say and "Speak this message", in their language."""
    name = safe_name(outcome.voice.display_name)
    if outcome.where == "voice_message":
        return tr(locale, "speech-sent-voice-message", name=name, chars=outcome.chars)
    if not outcome.position:
        return tr(locale, "speech-speaking-now", name=name, chars=outcome.chars)
    return tr(locale, "speech-queued", name=name, position=outcome.position, chars=outcome.chars)


class SpeechCog(commands.Cog):
    def __init__(self, bot: CloneBot) -> None:
        self.bot = bot
        self.speak_menu = app_commands.ContextMenu(
            name="Speak this message", callback=self.speak_message
        )
        self.speak_menu.guild_only = True
        bot.tree.add_command(self.speak_menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.speak_menu.name, type=self.speak_menu.type)

    async def _ack(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        ephemeral = self.bot.store.policies.ephemeral(interaction.guild_id)
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)

    def _speak(
        self,
        interaction: discord.Interaction,
        text: str,
        voice: str | None,
        source: Source,
    ) -> None:
        hand_off(
            self.bot.inflight,
            interaction,
            self._run(interaction, text, voice, source),
            what=f"speech ({source})",
        )

    async def _run(
        self, interaction: discord.Interaction, text: str, voice: str | None, source: Source
    ) -> None:
        assert interaction.guild_id is not None
        if source == "say":
            # Mentions, links, emoji and markdown typed in /say are read as in a message; the
            # service refuses what is still over SPEECH_MAX_CHARS.
            mentioned = await mentioned_members(interaction.guild, text)
            text = prepare_message(
                text, guild_names(interaction.guild, mentioned), max_chars=len(text)
            )
            if not text:
                raise UserFacingError(Msg("speech-say-nothing-aloud"))
        speaker = await speaker_of(self.bot, interaction.user, interaction.guild_id)
        server_locale = await self.bot.guild_locale(interaction.guild_id)
        outcome = await self.bot.speech.say(
            SpeakRequest(
                speaker=speaker,
                text=text,
                text_channel_id=interaction.channel_id or 0,
                voice_channel=voice_channel_of(interaction.user),
                voice_id=voice,
                source=source,
                server_locale=server_locale,
            )
        )
        await interaction.edit_original_response(
            content=spoken_reply(outcome, member_locale(interaction))
        )

    @app_commands.command(
        name="say",
        description="Speak a text in your cloned voice (your voice channel, or a voice message).",
    )
    @app_commands.guild_only()
    @app_commands.describe(
        text="What to say", voice="Which voice (yours, or a server voice; default: your newest)"
    )
    @app_commands.autocomplete(voice=speech_voice_autocomplete)
    async def say(
        self,
        interaction: discord.Interaction,
        text: app_commands.Range[str, 1, 2000],
        voice: VoiceId | None = None,
    ) -> None:
        await self._ack(interaction)
        self._speak(interaction, text, voice, "say")

    async def speak_message(
        self, interaction: discord.Interaction, message: discord.Message
    ) -> None:
        """The message context menu: a member's own message, prepared as read-aloud does."""
        await self._ack(interaction)
        if message.author.id != interaction.user.id:
            raise UserFacingError(Msg("speech-only-own-messages"))
        text = prepare_message(
            message.content,
            names_for(message),
            max_chars=self.bot.settings.speech_max_chars,
        )
        if not text:
            raise UserFacingError(Msg("speech-message-nothing-aloud"))
        self._speak(interaction, text, None, "message")

    # --- read-aloud -----------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if not self.bot.settings.read_aloud_enabled or not self.bot.accepting:
            return
        guild = message.guild
        member = message.author
        if guild is None or member.bot or message.webhook_id is not None:
            return
        if is_silent(message.flags.value) or not message.content:
            return
        channel = voice_channel_of(member)
        if channel is None or channel.id != self.bot.speech.hub.channel_of(guild.id):
            return
        self.bot.spawn(self._read_aloud(message, channel), name=f"read-aloud {message.id}")

    async def _read_aloud(self, message: discord.Message, channel: Any) -> None:
        assert message.guild is not None
        guild_id = message.guild.id
        preference = await self.bot.store.get_read_aloud(guild_id, message.author.id)
        if preference is None:
            return
        policy = await self.bot.store.get_policy(guild_id)
        linked = message.channel.id == channel.id or message.channel.id in set(
            policy.speech_text_channel_ids
        )
        if not linked:
            return
        text = prepare_message(
            message.content,
            names_for(message),
            max_chars=self.bot.settings.read_aloud_max_chars,
        )
        if not text:
            return
        speaker = await speaker_of(self.bot, message.author, guild_id)
        server_locale = await self.bot.guild_locale(guild_id)
        try:
            await self.bot.speech.say(
                SpeakRequest(
                    speaker=speaker,
                    text=text,
                    text_channel_id=message.channel.id,
                    voice_channel=channel,
                    voice_id=preference.voice_id,
                    source="read_aloud",
                    server_locale=server_locale,
                )
            )
        except UserFacingError as refused:
            log.info("read-aloud of message %s refused: %s", message.id, refused.user_message)

    @commands.Cog.listener()
    async def on_voice_state_update(
        self, member: discord.Member, before: discord.VoiceState, after: discord.VoiceState
    ) -> None:
        await self.bot.speech.hub.voice_state_changed(member, before, after)


def guild_names(guild: discord.Guild | None, mentioned: Sequence[discord.abc.User] = ()) -> Names:
    """Display names for mentions: the message's own mentioned users first, then the cache."""
    users = {u.id: getattr(u, "display_name", u.name) for u in mentioned}

    def user(user_id: int) -> str | None:
        if user_id in users:
            return users[user_id]
        member = guild.get_member(user_id) if guild else None
        return None if member is None else member.display_name

    def role(role_id: int) -> str | None:
        found = guild.get_role(role_id) if guild else None
        return None if found is None else found.name

    def channel(channel_id: int) -> str | None:
        found = guild.get_channel(channel_id) if guild else None
        return None if found is None else found.name

    return Names(user=user, role=role, channel=channel)


#: A slash command's text carries no resolved mentions, and the bot has no member cache
#: (no privileged intent): at most this many mentioned members are fetched, each bounded.
MAX_FETCHED_MENTIONS = 5
FETCH_MENTION_SECONDS = 2.0
_USER_MENTION = re.compile(r"<@!?(\d{15,20})>")


async def mentioned_members(guild: discord.Guild | None, text: str) -> list[discord.Member]:
    """The members mentioned in ``text`` (the first few, fetched when not cached; an unknown
    or slow one is read as "someone")."""
    if guild is None:
        return []
    found: list[discord.Member] = []
    ids = list(dict.fromkeys(int(m) for m in _USER_MENTION.findall(text)))
    for user_id in ids[:MAX_FETCHED_MENTIONS]:
        member = guild.get_member(user_id)
        if member is None:
            try:
                async with asyncio.timeout(FETCH_MENTION_SECONDS):
                    member = await guild.fetch_member(user_id)
            except (TimeoutError, discord.HTTPException):
                continue
        found.append(member)
    return found


def names_for(message: discord.Message) -> Names:
    return guild_names(message.guild, message.mentions)


async def setup(bot: CloneBot) -> None:
    await bot.add_cog(SpeechCog(bot))
