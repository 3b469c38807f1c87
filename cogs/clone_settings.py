"""``/clone-settings``: a guild's moderators set who may clone, where, how often, and review.

Discord's command permissions apply to the whole group (a server may grant ``/clone-settings``
to any role), so the bot checks each subcommand itself, after deferring, from the member's
permissions in the interaction: every change needs Manage Server; ``show`` needs a moderator
(Manage Server or a moderator role), because it lists blocked members and moderator roles.
A moderator role only approves and rejects: it could otherwise grant itself more roles or
switch approval off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.delivery import safe_text
from bot.errors import UserFacingError
from bot.inworld import language_name
from bot.members import manages_guild, moderates_here
from bot.policy import DEFAULT_CONSENT_TEXT, format_duration
from bot.storage import GuildPolicy
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


def policy_embed(
    policy: GuildPolicy, *, bot_language: str, bot_remove_noise: bool, bot_preview: bool = True
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
        assert interaction.guild_id is not None
        if not changes:
            await self._show(interaction, "Nothing to change; current settings:")
            return
        policy = await self.bot.desk.change_policy(
            interaction.guild_id, interaction.user.id, **changes
        )
        await self._show(interaction, "✅ Settings updated.", policy)

    async def _show(
        self,
        interaction: discord.Interaction,
        content: str | None = None,
        policy: GuildPolicy | None = None,
    ) -> None:
        """Reply with the settings: ``policy`` (as just saved), else as read now."""
        assert interaction.guild_id is not None
        if policy is None:
            policy = await self.bot.desk.policy(interaction.guild_id)
        settings = self.bot.settings
        embed = policy_embed(
            policy,
            bot_language=settings.default_language,
            bot_remove_noise=settings.default_remove_noise,
            bot_preview=settings.preview_enabled,
        )
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


async def setup(bot: CloneBot) -> None:
    await bot.add_cog(CloneSettings(bot))
