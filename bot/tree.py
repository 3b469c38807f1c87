"""One error path for every application command: a friendly reply, details in the log."""

from __future__ import annotations

import logging
import uuid
from typing import Any

import discord
from discord import app_commands

from .audio import AudioError
from .errors import UserFacingError
from .i18n import ListOf, Msg, catalogue_for, tr
from .inworld import InworldError

log = logging.getLogger(__name__)


def user_message_for(error: BaseException, locale: str | None = None) -> str | None:
    """The member-facing text for an expected failure in ``locale`` (English by default), or
    None for a bug."""
    if isinstance(error, UserFacingError | AudioError | InworldError):
        return error.render(locale)
    if isinstance(error, app_commands.CommandOnCooldown):
        return tr(locale, "error-cooldown", seconds=round(error.retry_after))
    if isinstance(error, app_commands.MissingPermissions):
        names = ListOf([name.replace("_", " ").title() for name in error.missing_permissions])
        return Msg("error-missing-permissions", permissions=names).render(locale)
    if isinstance(error, app_commands.NoPrivateMessage):
        return tr(locale, "error-server-only")
    if isinstance(error, app_commands.CheckFailure):
        return str(error) or tr(locale, "error-not-allowed")
    if isinstance(error, app_commands.TransformerError):
        return tr(locale, "error-bad-value", value=repr(error.value))
    return None


def member_locale(interaction: discord.Interaction) -> str:
    """The catalogue of the member's Discord language."""
    return catalogue_for(interaction.locale)


async def reply(interaction: discord.Interaction, content: str, *, ephemeral: bool = True) -> None:
    """Answer whatever state the interaction is in, without ever raising."""
    try:
        if not interaction.response.is_done():
            await interaction.response.send_message(content, ephemeral=ephemeral)
        elif interaction.response.type in (
            discord.InteractionResponseType.deferred_channel_message,
            discord.InteractionResponseType.channel_message,
        ):
            await interaction.edit_original_response(
                content=content, embed=None, attachments=[], view=None
            )
        else:
            await interaction.followup.send(content, ephemeral=ephemeral)
    except discord.HTTPException as exc:
        log.warning("could not send an error reply (interaction %s): %s", interaction.id, exc)


async def report_error(interaction: discord.Interaction, error: BaseException) -> None:
    """Tell the member what went wrong (a bug gets a reference, the log gets the details)."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    locale = member_locale(interaction)
    message = user_message_for(error, locale)
    where = interaction.command.qualified_name if interaction.command else _custom_id(interaction)
    if message is None:
        ref = uuid.uuid4().hex[:8]
        log.error("%s failed (ref %s)", where, ref, exc_info=error)
        message = tr(locale, "error-bug", ref=ref)
    else:
        log.info("%s refused: %s", where, error)
    await reply(interaction, f"❌ {message}")


def _custom_id(interaction: discord.Interaction) -> str:
    data: dict[str, Any] = dict(interaction.data or {})
    return str(data.get("custom_id", "interaction"))


class BotTree(app_commands.CommandTree[discord.Client]):
    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await report_error(interaction, error)
