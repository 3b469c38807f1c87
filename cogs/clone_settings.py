"""``/clone-settings``: a guild's moderators set who may clone, where, how often, and review.

Discord's command permissions apply to the whole group (a server may grant ``/clone-settings``
to any role), so the bot checks each subcommand itself, after deferring, from the member's
permissions in the interaction: every change needs Manage Server; ``show`` needs a moderator
(Manage Server or a moderator role), because it lists blocked members and moderator roles.
A moderator role only approves and rejects: it could otherwise grant itself more roles or
switch approval off.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.delivery import safe_text
from bot.errors import UserFacingError
from bot.inworld import language_name
from bot.members import manages_guild, moderates_here
from bot.policy import DEFAULT_CONSENT_TEXT, format_duration
from bot.speech.policy import speech_limits
from bot.storage import GuildPolicy
from bot.storage.models import DEFAULT_SPEECH_GUILD_DAILY_CHARS, DEFAULT_SPEECH_MEMBER_DAILY_CHARS
from bot.storage.repository import ListAction, ListEdit

from .clone import LANGUAGE_CHOICES

if TYPE_CHECKING:
    from bot.client import CloneBot


_NEEDS_MANAGE_SERVER = (
    "Only members with the **Manage Server** permission can change these settings; nothing "
    "was changed."
)
_NEEDS_MODERATOR = "Only this server's moderators can see these settings."


def _ids(ids: list[int], kind: str, empty: str) -> str:
    if not ids:
        return empty
    prefix = {"role": "<@&", "channel": "<#", "user": "<@"}[kind]
    return ", ".join(f"{prefix}{i}>" for i in ids)


def _limit(value: int, unit: str) -> str:
    return "unlimited" if value == 0 else f"{value} {unit}"


@dataclass(frozen=True)
class SpeechDefaults:
    """The bot's speech settings the embeds mention (bot.settings.Settings has the same)."""

    speech_member_daily_chars: int = DEFAULT_SPEECH_MEMBER_DAILY_CHARS
    speech_guild_daily_chars: int = DEFAULT_SPEECH_GUILD_DAILY_CHARS
    read_aloud_enabled: bool = False


def _chars(value: int, chosen: int | None) -> str:
    shown = "unlimited" if value == 0 else f"{value:,} characters / 24 h"
    return shown if chosen is not None else f"{shown} (the bot's default)"


def speech_lines(policy: GuildPolicy, defaults: SpeechDefaults) -> str:
    """The guild's speech settings, one line each (/clone-settings speech and show)."""
    member, guild = speech_limits(policy, defaults)
    if not defaults.read_aloud_enabled:
        read_aloud = "not available on this bot (READ_ALOUD_ENABLED is off)"
    else:
        read_aloud = "allowed" if policy.read_aloud_allowed else "not allowed"
    voices = "their own and the server voices" if policy.speech_server_voices else "their own"
    roles = _ids(policy.speech_role_ids, "role", "every member")
    return (
        f"Speaking: {'on' if policy.speech_enabled else 'off'}\n"
        f"Who: {roles} (moderators always)\n"
        f"Voice channels: {_ids(policy.speech_voice_channel_ids, 'channel', 'any')}\n"
        f"Text channels: {_ids(policy.speech_text_channel_ids, 'channel', 'any')}\n"
        f"Members speak with: {voices}\n"
        f"Read-aloud: {read_aloud}\n"
        f"Per member: {_chars(member, policy.speech_member_daily_chars)}\n"
        f"Per server: {_chars(guild, policy.speech_guild_daily_chars)}"
    )[:1024]


def speech_embed(policy: GuildPolicy, defaults: SpeechDefaults) -> discord.Embed:
    embed = discord.Embed(title="Speech settings", colour=discord.Colour.blurple())
    embed.description = speech_lines(policy, defaults)
    return embed


def policy_embed(
    policy: GuildPolicy,
    *,
    bot_language: str,
    bot_remove_noise: bool,
    bot_preview: bool = True,
    speech: SpeechDefaults | None = None,
) -> discord.Embed:
    embed = discord.Embed(title="Voice clone settings", colour=discord.Colour.blurple())
    embed.add_field(
        name="Who and where",
        value=(
            f"Roles: {_ids(policy.allowed_role_ids, 'role', 'everyone')}\n"
            f"Channels: {_ids(policy.allowed_channel_ids, 'channel', 'any channel')}\n"
            f"Blocked: {_ids(policy.blocked_user_ids, 'user', 'nobody')}\n"
            f"Moderator roles: {_ids(policy.moderator_role_ids, 'role', 'Manage Server only')}"
        ),
        inline=False,
    )
    cooldown = format_duration(policy.cooldown_seconds) if policy.cooldown_seconds else "none"
    embed.add_field(
        name="Limits",
        value=(
            f"Cooldown per member: {cooldown}\n"
            f"Per member: {_limit(policy.member_daily_quota, 'requests / 24 h')}\n"
            f"Per server: {_limit(policy.guild_daily_quota, 'requests / 24 h')}\n"
            f"Sample length kept: up to {policy.max_sample_seconds:g} s"
        ),
        inline=False,
    )
    noise = bot_remove_noise if policy.remove_noise is None else policy.remove_noise
    embed.add_field(
        name="Defaults",
        value=(
            f"Language: {language_name(policy.default_language or bot_language)}\n"
            f"Noise removal: {'on' if noise else 'off'}\n"
            f"Replies: {'only visible to the member' if policy.ephemeral else 'public'}"
        ),
        inline=False,
    )
    embed.add_field(
        name="Review and audit",
        value=(
            f"Approval required: {'yes' if policy.approval_required else 'no'}\n"
            f"Review channel: {_ids([policy.review_channel_id] if policy.review_channel_id else [], 'channel', 'not set')}\n"  # noqa: E501
            f"Audit channel: {_ids([policy.audit_channel_id] if policy.audit_channel_id else [], 'channel', 'not set')}"  # noqa: E501
        ),
        inline=False,
    )
    previews_on = bot_preview if policy.preview_enabled is None else policy.preview_enabled
    sentence = safe_text(policy.preview_text or "") or "the default of the voice language"
    embed.add_field(
        name="Spoken previews",
        value=(
            f"In clone results: {'on' if previews_on else 'off'}\n"
            f"Who may preview a voice: "
            f"{'any member' if policy.preview_open else 'its owner (server voices: anyone)'}\n"
            f"Sentence: {sentence}"
        )[:1024],
        inline=False,
    )
    embed.add_field(
        name="Spoken consent",
        value={
            "off": "off: the consent button only",
            "on": "on: members read a fresh sentence aloud (a voice message or a file)",
            "strict": "strict: members read a fresh sentence in a Discord voice message",
        }.get(policy.verification, policy.verification),
        inline=False,
    )
    embed.add_field(
        name="Speaking with cloned voices",
        value=speech_lines(policy, speech or SpeechDefaults()),
        inline=False,
    )
    embed.add_field(
        name="Consent statement",
        value=f"> {safe_text(policy.consent_text or DEFAULT_CONSENT_TEXT)}"[:1024],
        inline=False,
    )
    return embed


def _list_edit(action: ListAction, item_id: int | None) -> ListEdit:
    """The edit to send to the store, which applies it to the list as saved (so moderators
    editing a list at the same time do not undo each other's change)."""
    if action == "clear":
        return ListEdit("clear")
    if item_id is None:
        raise UserFacingError("Please choose which one to add or remove.")
    return ListEdit(action, item_id)


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class CloneSettings(commands.GroupCog, group_name="clone-settings"):
    """Settings for /clone in this server (members with Manage Server)."""

    def __init__(self, bot: CloneBot) -> None:
        self.bot = bot
        super().__init__()

    @staticmethod
    async def _ack(interaction: discord.Interaction) -> None:
        """The first thing every subcommand does: nothing (no database read, no audit post)
        may make Discord wait for an answer. The reply then edits this deferred one."""
        await interaction.response.defer(ephemeral=True, thinking=True)

    @classmethod
    async def _ack_change(cls, interaction: discord.Interaction) -> None:
        """``_ack``, then refuse (nothing changed) a member without Manage Server."""
        await cls._ack(interaction)
        if not manages_guild(interaction):
            raise UserFacingError(_NEEDS_MANAGE_SERVER)

    async def _change(self, interaction: discord.Interaction, **changes: Any) -> None:
        await self._apply(interaction, changes)

    async def _apply(
        self,
        interaction: discord.Interaction,
        changes: dict[str, Any],
        embed_of: Callable[[GuildPolicy], discord.Embed] | None = None,
    ) -> None:
        """Save ``changes`` (audited) and show the settings as saved (``embed_of``, else all
        of them); nothing to change: show them as they are."""
        assert interaction.guild_id is not None
        if not changes:
            await self._show(interaction, "Nothing to change; current settings:", embed_of=embed_of)
            return
        policy = await self.bot.desk.change_policy(
            interaction.guild_id, interaction.user.id, **changes
        )
        await self._show(interaction, "✅ Settings updated.", policy, embed_of=embed_of)

    def _speech_defaults(self) -> SpeechDefaults:
        settings = self.bot.settings
        return SpeechDefaults(
            speech_member_daily_chars=settings.speech_member_daily_chars,
            speech_guild_daily_chars=settings.speech_guild_daily_chars,
            read_aloud_enabled=settings.read_aloud_enabled,
        )

    def _policy_embed(self, policy: GuildPolicy) -> discord.Embed:
        settings = self.bot.settings
        return policy_embed(
            policy,
            bot_language=settings.default_language,
            bot_remove_noise=settings.default_remove_noise,
            bot_preview=settings.preview_enabled,
            speech=self._speech_defaults(),
        )

    async def _show(
        self,
        interaction: discord.Interaction,
        content: str | None = None,
        policy: GuildPolicy | None = None,
        *,
        embed_of: Callable[[GuildPolicy], discord.Embed] | None = None,
    ) -> None:
        """Reply with the settings (``embed_of``, else all of them): ``policy`` (as just
        saved), else as read now."""
        assert interaction.guild_id is not None
        if policy is None:
            policy = await self.bot.desk.policy(interaction.guild_id)
        embed = (embed_of or self._policy_embed)(policy)
        await interaction.edit_original_response(
            content=content, embed=embed, allowed_mentions=discord.AllowedMentions.none()
        )

    async def _policy(self, interaction: discord.Interaction) -> GuildPolicy:
        assert interaction.guild_id is not None
        return await self.bot.desk.policy(interaction.guild_id)

    @app_commands.command(name="show", description="Show this server's voice clone settings.")
    async def show(self, interaction: discord.Interaction) -> None:
        await self._ack(interaction)
        policy = await self._policy(interaction)
        if not moderates_here(policy, interaction):
            raise UserFacingError(_NEEDS_MODERATOR)
        await self._show(interaction, policy=policy)

    @app_commands.command(name="limits", description="Cooldown, daily quotas, sample length.")
    @app_commands.describe(
        cooldown_seconds="Seconds a member waits between requests (0 = none)",
        member_daily="Requests per member per 24 h (0 = unlimited)",
        server_daily="Requests for the whole server per 24 h (0 = unlimited)",
        max_sample_seconds="Longest sample kept, in seconds (3-15)",
    )
    async def limits(
        self,
        interaction: discord.Interaction,
        cooldown_seconds: app_commands.Range[int, 0, 604800] | None = None,
        member_daily: app_commands.Range[int, 0, 10000] | None = None,
        server_daily: app_commands.Range[int, 0, 100000] | None = None,
        max_sample_seconds: app_commands.Range[float, 3.0, 15.0] | None = None,
    ) -> None:
        await self._ack_change(interaction)
        changes = {
            "cooldown_seconds": cooldown_seconds,
            "member_daily_quota": member_daily,
            "guild_daily_quota": server_daily,
            "max_sample_seconds": max_sample_seconds,
        }
        await self._change(interaction, **{k: v for k, v in changes.items() if v is not None})

    @app_commands.command(name="defaults", description="Default language, noise removal, replies.")
    @app_commands.describe(
        language="Default language of /clone",
        remove_noise="Remove background noise by default",
        ephemeral="Replies only the member can see (true) or public (false)",
    )
    @app_commands.choices(language=LANGUAGE_CHOICES)
    async def defaults(
        self,
        interaction: discord.Interaction,
        language: app_commands.Choice[str] | None = None,
        remove_noise: bool | None = None,
        ephemeral: bool | None = None,
    ) -> None:
        await self._ack_change(interaction)
        changes: dict[str, Any] = {}
        if language is not None:
            changes["default_language"] = language.value
        if remove_noise is not None:
            changes["remove_noise"] = remove_noise
        if ephemeral is not None:
            changes["ephemeral"] = ephemeral
        await self._change(interaction, **changes)

    @app_commands.command(name="approval", description="Require a moderator's approval.")
    @app_commands.describe(
        required="Every clone request needs a moderator's approval",
        review_channel="Where requests are posted for review",
    )
    async def approval(
        self,
        interaction: discord.Interaction,
        required: bool,
        review_channel: discord.TextChannel | None = None,
    ) -> None:
        await self._ack_change(interaction)
        changes: dict[str, Any] = {"approval_required": required}
        if review_channel is not None:
            changes["review_channel_id"] = review_channel.id
        elif required and (await self._policy(interaction)).review_channel_id is None:
            raise UserFacingError("Please choose a review channel when you turn approval on.")
        await self._change(interaction, **changes)

    @app_commands.command(
        name="verification", description="Make members read a fresh sentence aloud first."
    )
    @app_commands.describe(
        mode="off; on: any recording of the sentence; strict: only a Discord voice message"
    )
    @app_commands.choices(
        mode=[
            app_commands.Choice(name="off", value="off"),
            app_commands.Choice(name="on: any recording of the sentence", value="on"),
            app_commands.Choice(
                name="strict: only a voice message recorded in Discord", value="strict"
            ),
        ]
    )
    async def verification(
        self, interaction: discord.Interaction, mode: app_commands.Choice[str]
    ) -> None:
        await self._ack_change(interaction)
        await self._change(interaction, verification=mode.value)

    @app_commands.command(name="audit-channel", description="Where the audit log is posted.")
    @app_commands.describe(channel="The audit channel (leave empty to stop posting)")
    async def audit_channel(
        self, interaction: discord.Interaction, channel: discord.TextChannel | None = None
    ) -> None:
        await self._ack_change(interaction)
        await self._change(interaction, audit_channel_id=channel.id if channel else None)

    @app_commands.command(name="roles", description="Roles allowed to clone, or to moderate.")
    @app_commands.describe(
        action="Add, remove, or clear the list",
        role="The role to add or remove",
        kind="Which list: roles allowed to clone, or moderator roles",
    )
    async def roles(
        self,
        interaction: discord.Interaction,
        action: ListAction,
        role: discord.Role | None = None,
        kind: Literal["allowed", "moderator"] = "allowed",
    ) -> None:
        await self._ack_change(interaction)
        field = "allowed_role_ids" if kind == "allowed" else "moderator_role_ids"
        edit = _list_edit(action, role.id if role else None)
        await self._change(interaction, **{field: edit})

    @app_commands.command(name="channels", description="Channels where /clone may be used.")
    @app_commands.describe(action="Add, remove, or clear (clear = any channel)", channel="Channel")
    async def channels(
        self,
        interaction: discord.Interaction,
        action: ListAction,
        channel: discord.TextChannel | None = None,
    ) -> None:
        await self._ack_change(interaction)
        edit = _list_edit(action, channel.id if channel else None)
        await self._change(interaction, allowed_channel_ids=edit)

    @app_commands.command(name="block", description="Stop a member from cloning voices.")
    async def block(self, interaction: discord.Interaction, member: discord.Member) -> None:
        await self._ack_change(interaction)
        await self._change(interaction, blocked_user_ids=ListEdit("add", member.id))

    @app_commands.command(name="unblock", description="Let a blocked member clone again.")
    async def unblock(self, interaction: discord.Interaction, member: discord.Member) -> None:
        await self._ack_change(interaction)
        await self._change(interaction, blocked_user_ids=ListEdit("remove", member.id))

    @app_commands.command(name="consent", description="The statement members must confirm.")
    @app_commands.describe(text="Your wording (leave empty for the default statement)")
    async def consent(
        self,
        interaction: discord.Interaction,
        text: app_commands.Range[str, 20, 900] | None = None,
    ) -> None:
        await self._ack_change(interaction)
        await self._change(interaction, consent_text=text)

    @app_commands.command(name="previews", description="Spoken previews of cloned voices.")
    @app_commands.describe(
        enabled="Speak a short sentence in the new voice in every clone result",
        open_to_members="Any member may preview any voice (off: only own and server voices)",
        text="The preview sentence (any language; leave empty and set reset for the default)",
        reset_text="Go back to the default sentence of each voice's language",
    )
    async def previews(
        self,
        interaction: discord.Interaction,
        enabled: bool | None = None,
        open_to_members: bool | None = None,
        text: app_commands.Range[str, 3, 300] | None = None,
        reset_text: bool = False,
    ) -> None:
        await self._ack_change(interaction)
        changes: dict[str, Any] = {}
        if enabled is not None:
            changes["preview_enabled"] = enabled
        if open_to_members is not None:
            changes["preview_open"] = open_to_members
        if reset_text:
            changes["preview_text"] = None
        elif text is not None:
            changes["preview_text"] = " ".join(text.split())
        await self._change(interaction, **changes)

    @app_commands.command(name="speech", description="Who may speak with cloned voices, where.")
    @app_commands.describe(
        enabled="Members may speak with cloned voices here (/say, read-aloud)",
        add_role="Allow this role to speak (no roles listed: every member)",
        remove_role="Take this role off the list",
        add_voice_channel="Allow speaking in this voice channel (none listed: any)",
        remove_voice_channel="Take this voice channel off the list",
        add_text_channel="Allow /say and read-aloud in this channel (none listed: any)",
        remove_text_channel="Take this channel off the list",
        clear="Empty a list: every member, or any channel",
        read_aloud="Members may have what they type read aloud in their voice",
        server_voices="Members may speak with the server voices, not only their own",
        member_daily_chars="Characters each member may have spoken per 24 h (0 = unlimited)",
        server_daily_chars="Characters the whole server may have spoken per 24 h (0 = unlimited)",
        reset_daily_chars="Go back to the bot's default characters per day",
    )
    @app_commands.choices(
        clear=[
            app_commands.Choice(name="roles (every member may speak)", value="roles"),
            app_commands.Choice(name="voice channels (any)", value="voice_channels"),
            app_commands.Choice(name="text channels (any)", value="text_channels"),
        ]
    )
    async def speech(
        self,
        interaction: discord.Interaction,
        enabled: bool | None = None,
        add_role: discord.Role | None = None,
        remove_role: discord.Role | None = None,
        add_voice_channel: discord.VoiceChannel | discord.StageChannel | None = None,
        remove_voice_channel: discord.VoiceChannel | discord.StageChannel | None = None,
        add_text_channel: discord.TextChannel
        | discord.VoiceChannel
        | discord.StageChannel
        | None = None,
        remove_text_channel: discord.TextChannel
        | discord.VoiceChannel
        | discord.StageChannel
        | None = None,
        clear: app_commands.Choice[str] | None = None,
        read_aloud: bool | None = None,
        server_voices: bool | None = None,
        member_daily_chars: app_commands.Range[int, 0, 1_000_000] | None = None,
        server_daily_chars: app_commands.Range[int, 0, 1_000_000] | None = None,
        reset_daily_chars: bool = False,
    ) -> None:
        await self._ack_change(interaction)
        changes: dict[str, Any] = {}
        for field, added, removed, cleared in (
            ("speech_role_ids", add_role, remove_role, "roles"),
            ("speech_voice_channel_ids", add_voice_channel, remove_voice_channel, "voice_channels"),
            ("speech_text_channel_ids", add_text_channel, remove_text_channel, "text_channels"),
        ):
            actions: tuple[tuple[ListAction, Any], ...] = (("add", added), ("remove", removed))
            edits = [ListEdit(action, item.id) for action, item in actions if item is not None]
            if clear is not None and clear.value == cleared:
                edits.append(ListEdit("clear"))
            if len(edits) > 1:
                raise UserFacingError(
                    "Please change one list entry at a time (add, remove or clear); "
                    "nothing was changed."
                )
            if edits:
                changes[field] = edits[0]
        flags = {
            "speech_enabled": enabled,
            "read_aloud_allowed": read_aloud,
            "speech_server_voices": server_voices,
        }
        changes.update({k: v for k, v in flags.items() if v is not None})
        if reset_daily_chars:
            if member_daily_chars is not None or server_daily_chars is not None:
                raise UserFacingError(
                    "Please either set the characters per day or reset them; nothing was changed."
                )
            changes["speech_member_daily_chars"] = None
            changes["speech_guild_daily_chars"] = None
        if member_daily_chars is not None:
            changes["speech_member_daily_chars"] = member_daily_chars
        if server_daily_chars is not None:
            changes["speech_guild_daily_chars"] = server_daily_chars
        defaults = self._speech_defaults()
        await self._apply(interaction, changes, lambda policy: speech_embed(policy, defaults))


async def setup(bot: CloneBot) -> None:
    await bot.add_cog(CloneSettings(bot))
