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
from typing import TYPE_CHECKING, Any, Final, Literal

import discord
from babel import Locale, UnknownLocaleError
from discord import app_commands
from discord.ext import commands

from bot.delivery import safe_text
from bot.errors import UserFacingError
from bot.i18n import LOCALES, SOURCE, Msg, catalogue_for, tr
from bot.inworld import language_name
from bot.members import manages_guild, moderates_here
from bot.policy import default_consent, format_duration
from bot.speech.policy import speech_limits
from bot.storage import GuildPolicy
from bot.storage.models import DEFAULT_SPEECH_GUILD_DAILY_CHARS, DEFAULT_SPEECH_MEMBER_DAILY_CHARS
from bot.storage.repository import ListAction, ListEdit
from bot.tree import member_locale

from .clone import LANGUAGE_CHOICES

if TYPE_CHECKING:
    from bot.client import CloneBot


#: Each catalogue's name in its own language (the choices of /clone-settings language).
LANGUAGE_NAMES: Final = {
    "en-US": "English",
    "es-ES": "Español (España)",
    "es-419": "Español (Latinoamérica)",
    "pt-BR": "Português (Brasil)",
    "fr": "Français",
    "de": "Deutsch",
    "it": "Italiano",
    "nl": "Nederlands",
    "pl": "Polski",
    "ru": "Русский",
    "ja": "日本語",
    "ko": "한국어",
    "zh-CN": "中文（简体）",
    "zh-TW": "中文（繁體）",
    "hi": "हिन्दी",
}
#: The value of the choice "Discord's server language" (no language stored).
DISCORD_LANGUAGE: Final = "discord"
SERVER_LANGUAGE_CHOICES: Final = [
    *(app_commands.Choice(name=LANGUAGE_NAMES[code], value=code) for code in LOCALES),
    app_commands.Choice(name="Discord's server language", value=DISCORD_LANGUAGE),
]


def _ids(ids: list[int], kind: str, empty: str, locale: str) -> str:
    """Mentions of ``ids``, or the message ``empty`` when there are none."""
    if not ids:
        return tr(locale, empty)
    prefix = {"role": "<@&", "channel": "<#", "user": "<@"}[kind]
    return ", ".join(f"{prefix}{i}>" for i in ids)


def _one(item_id: int | None, locale: str) -> str:
    return _ids([item_id] if item_id else [], "channel", "settings-not-set", locale)


def _on(flag: bool, locale: str) -> str:
    return tr(locale, "settings-on" if flag else "settings-off")


def _limit(value: int, message: str, locale: str) -> str:
    return tr(locale, "settings-unlimited") if value == 0 else tr(locale, message, count=value)


def _clone_language(code: str, locale: str) -> str:
    """A clone language's name in ``locale`` (English: the names /clone shows)."""
    if code == "AUTO":
        return tr(locale, "settings-language-auto")
    if catalogue_for(locale) == SOURCE:
        return language_name(code)
    try:
        shown = Locale.parse(code).get_display_name(catalogue_for(locale).replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return language_name(code)
    return shown or language_name(code)


@dataclass(frozen=True)
class SpeechDefaults:
    """The bot's speech settings the embeds mention (bot.settings.Settings has the same)."""

    speech_member_daily_chars: int = DEFAULT_SPEECH_MEMBER_DAILY_CHARS
    speech_guild_daily_chars: int = DEFAULT_SPEECH_GUILD_DAILY_CHARS
    read_aloud_enabled: bool = False


def _chars(value: int, chosen: int | None, locale: str) -> str:
    shown = _limit(value, "settings-chars-per-day", locale)
    return shown if chosen is not None else tr(locale, "settings-bot-default", value=shown)


def speech_lines(policy: GuildPolicy, defaults: SpeechDefaults, locale: str = SOURCE) -> str:
    """The guild's speech settings, one line each (/clone-settings speech and show)."""
    member, guild = speech_limits(policy, defaults)
    if not defaults.read_aloud_enabled:
        read_aloud = "settings-read-aloud-unavailable"
    elif policy.read_aloud_allowed:
        read_aloud = "settings-read-aloud-allowed"
    else:
        read_aloud = "settings-read-aloud-not-allowed"
    voices = "settings-speak-with-all" if policy.speech_server_voices else "settings-speak-with-own"
    return tr(
        locale,
        "settings-speech-lines",
        speaking=_on(policy.speech_enabled, locale),
        roles=_ids(policy.speech_role_ids, "role", "settings-every-member", locale),
        voice_channels=_ids(policy.speech_voice_channel_ids, "channel", "settings-any", locale),
        text_channels=_ids(policy.speech_text_channel_ids, "channel", "settings-any", locale),
        voices=Msg(voices),
        read_aloud=Msg(read_aloud),
        member=_chars(member, policy.speech_member_daily_chars, locale),
        server=_chars(guild, policy.speech_guild_daily_chars, locale),
    )[:1024]


def speech_embed(
    policy: GuildPolicy, defaults: SpeechDefaults, locale: str = SOURCE
) -> discord.Embed:
    embed = discord.Embed(
        title=tr(locale, "settings-speech-title"), colour=discord.Colour.blurple()
    )
    embed.description = speech_lines(policy, defaults, locale)
    return embed


def server_language(chosen: str | None, discord_locale: str | None, locale: str) -> str:
    """The server's language as /clone-settings show names it, in ``locale``."""
    if chosen:
        return tr(
            locale, "settings-server-language-chosen", language=LANGUAGE_NAMES.get(chosen, chosen)
        )
    name = LANGUAGE_NAMES.get(catalogue_for(discord_locale), str(discord_locale))
    return tr(locale, "settings-server-language-discord", language=name)


def policy_embed(
    policy: GuildPolicy,
    *,
    bot_language: str,
    bot_remove_noise: bool,
    bot_preview: bool = True,
    speech: SpeechDefaults | None = None,
    locale: str = SOURCE,
    guild_locale: str | None = None,
) -> discord.Embed:
    """Every setting, in ``locale`` (``guild_locale``: Discord's language of the server)."""
    embed = discord.Embed(title=tr(locale, "settings-title"), colour=discord.Colour.blurple())
    embed.add_field(
        name=tr(locale, "settings-who-title"),
        value=tr(
            locale,
            "settings-who-lines",
            roles=_ids(policy.allowed_role_ids, "role", "settings-everyone", locale),
            channels=_ids(policy.allowed_channel_ids, "channel", "settings-any-channel", locale),
            blocked=_ids(policy.blocked_user_ids, "user", "settings-nobody", locale),
            moderators=_ids(
                policy.moderator_role_ids, "role", "settings-manage-server-only", locale
            ),
        ),
        inline=False,
    )
    cooldown = format_duration(policy.cooldown_seconds) if policy.cooldown_seconds else None
    embed.add_field(
        name=tr(locale, "settings-limits-title"),
        value=tr(
            locale,
            "settings-limits-lines",
            cooldown=cooldown or Msg("settings-none"),
            member=_limit(policy.member_daily_quota, "settings-requests-per-day", locale),
            server=_limit(policy.guild_daily_quota, "settings-requests-per-day", locale),
            sample=policy.max_sample_seconds,
        ),
        inline=False,
    )
    noise = bot_remove_noise if policy.remove_noise is None else policy.remove_noise
    embed.add_field(
        name=tr(locale, "settings-defaults-title"),
        value=tr(
            locale,
            "settings-defaults-lines",
            language=_clone_language(policy.default_language or bot_language, locale),
            noise=_on(noise, locale),
            replies=Msg(
                "settings-replies-private" if policy.ephemeral else "settings-replies-public"
            ),
            server_language=server_language(policy.locale, guild_locale, locale),
        ),
        inline=False,
    )
    embed.add_field(
        name=tr(locale, "settings-review-title"),
        value=tr(
            locale,
            "settings-review-lines",
            approval=Msg("settings-yes" if policy.approval_required else "settings-no"),
            review=_one(policy.review_channel_id, locale),
            audit=_one(policy.audit_channel_id, locale),
        ),
        inline=False,
    )
    previews_on = bot_preview if policy.preview_enabled is None else policy.preview_enabled
    sentence = safe_text(policy.preview_text or "") or tr(
        locale, "settings-previews-default-sentence"
    )
    embed.add_field(
        name=tr(locale, "settings-previews-title"),
        value=tr(
            locale,
            "settings-previews-lines",
            enabled=_on(previews_on, locale),
            who=Msg(
                "settings-previews-anyone" if policy.preview_open else "settings-previews-owner"
            ),
            sentence=sentence,
        )[:1024],
        inline=False,
    )
    mode = policy.verification
    embed.add_field(
        name=tr(locale, "settings-verification-title"),
        value=tr(locale, f"settings-verification-{mode}")
        if mode in ("off", "on", "strict")
        else mode,
        inline=False,
    )
    embed.add_field(
        name=tr(locale, "settings-speaking-title"),
        value=speech_lines(policy, speech or SpeechDefaults(), locale),
        inline=False,
    )
    consent = policy.consent_text or default_consent(locale)
    embed.add_field(
        name=tr(locale, "settings-consent-title"),
        value=f"> {safe_text(consent)}"[:1024],
        inline=False,
    )
    return embed


def _list_edit(action: ListAction, item_id: int | None) -> ListEdit:
    """The edit to send to the store, which applies it to the list as saved (so moderators
    editing a list at the same time do not undo each other's change)."""
    if action == "clear":
        return ListEdit("clear")
    if item_id is None:
        raise UserFacingError(Msg("settings-choose-item"))
    return ListEdit(action, item_id)


#: Builds the embed a reply shows: the saved policy, in the member's language.
EmbedOf = Callable[[GuildPolicy, str], discord.Embed]


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
            raise UserFacingError(Msg("settings-needs-manage-server"))

    async def _change(self, interaction: discord.Interaction, **changes: Any) -> None:
        await self._apply(interaction, changes)

    async def _apply(
        self,
        interaction: discord.Interaction,
        changes: dict[str, Any],
        embed_of: EmbedOf | None = None,
    ) -> None:
        """Save ``changes`` (audited) and show the settings as saved (``embed_of``, else all
        of them); nothing to change: show them as they are."""
        assert interaction.guild_id is not None
        if not changes:
            await self._show(interaction, Msg("settings-nothing-to-change"), embed_of=embed_of)
            return
        policy = await self.bot.desk.change_policy(
            interaction.guild_id, interaction.user.id, **changes
        )
        await self._show(interaction, Msg("settings-updated"), policy, embed_of=embed_of)

    def _speech_defaults(self) -> SpeechDefaults:
        settings = self.bot.settings
        return SpeechDefaults(
            speech_member_daily_chars=settings.speech_member_daily_chars,
            speech_guild_daily_chars=settings.speech_guild_daily_chars,
            read_aloud_enabled=settings.read_aloud_enabled,
        )

    def _policy_embed(self, policy: GuildPolicy, interaction: discord.Interaction) -> discord.Embed:
        settings = self.bot.settings
        return policy_embed(
            policy,
            bot_language=settings.default_language,
            bot_remove_noise=settings.default_remove_noise,
            bot_preview=settings.preview_enabled,
            speech=self._speech_defaults(),
            locale=member_locale(interaction),
            guild_locale=str(interaction.guild_locale.value) if interaction.guild_locale else None,
        )

    async def _show(
        self,
        interaction: discord.Interaction,
        content: Msg | None = None,
        policy: GuildPolicy | None = None,
        *,
        embed_of: EmbedOf | None = None,
    ) -> None:
        """Reply with the settings (``embed_of``, else all of them) in the member's language:
        ``policy`` (as just saved), else as read now."""
        assert interaction.guild_id is not None
        if policy is None:
            policy = await self.bot.desk.policy(interaction.guild_id)
        locale = member_locale(interaction)
        if embed_of is None:
            embed = self._policy_embed(policy, interaction)
        else:
            embed = embed_of(policy, locale)
        await interaction.edit_original_response(
            content=content.render(locale) if content is not None else None,
            embed=embed,
            allowed_mentions=discord.AllowedMentions.none(),
        )

    async def _policy(self, interaction: discord.Interaction) -> GuildPolicy:
        assert interaction.guild_id is not None
        return await self.bot.desk.policy(interaction.guild_id)

    @app_commands.command(name="show", description="Show this server's voice clone settings.")
    async def show(self, interaction: discord.Interaction) -> None:
        await self._ack(interaction)
        policy = await self._policy(interaction)
        if not moderates_here(policy, interaction):
            raise UserFacingError(Msg("settings-needs-moderator"))
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
            raise UserFacingError(Msg("settings-choose-review-channel"))
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
    @app_commands.describe(member="The member who may no longer clone voices")
    async def block(self, interaction: discord.Interaction, member: discord.Member) -> None:
        await self._ack_change(interaction)
        await self._change(interaction, blocked_user_ids=ListEdit("add", member.id))

    @app_commands.command(name="unblock", description="Let a blocked member clone again.")
    @app_commands.describe(member="The blocked member who may clone again")
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

    @app_commands.command(name="language", description="The language of the bot's posts here.")
    @app_commands.describe(
        language="Review, audit and public posts in this language (members' replies follow theirs)"
    )
    @app_commands.choices(language=SERVER_LANGUAGE_CHOICES)
    async def language(
        self, interaction: discord.Interaction, language: app_commands.Choice[str]
    ) -> None:
        await self._ack_change(interaction)
        chosen = None if language.value == DISCORD_LANGUAGE else language.value
        await self._change(interaction, locale=chosen)

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
                raise UserFacingError(Msg("settings-one-list-edit"))
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
                raise UserFacingError(Msg("settings-chars-set-or-reset"))
            changes["speech_member_daily_chars"] = None
            changes["speech_guild_daily_chars"] = None
        if member_daily_chars is not None:
            changes["speech_member_daily_chars"] = member_daily_chars
        if server_daily_chars is not None:
            changes["speech_guild_daily_chars"] = server_daily_chars
        defaults = self._speech_defaults()
        await self._apply(
            interaction, changes, lambda policy, locale: speech_embed(policy, defaults, locale)
        )


async def setup(bot: CloneBot) -> None:
    await bot.add_cog(CloneSettings(bot))
