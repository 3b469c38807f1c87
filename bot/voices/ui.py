"""Discord side of the voice library: embeds and the button views of ``/voices``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import discord

from bot.delivery import safe_name
from bot.i18n import SOURCE, catalogue_for, tr
from bot.inworld import language_label
from bot.storage import CloneRecord

from .library import LibraryPage

#: How long pagination and confirmation buttons stay usable.
VIEW_SECONDS = 300.0


def _when(record: CloneRecord) -> str:
    return discord.utils.format_dt(record.created_at, "d")


def voice_line(record: CloneRecord, locale: str = SOURCE) -> str:
    sharing = tr(locale, "voices-line-server" if record.server_voice else "voices-line-private")
    return f"```\n{record.voice_id}\n```" + tr(
        locale,
        "voices-line",
        language=language_label(record.language, locale),
        user_id=str(record.user_id),
        created=_when(record),
        sharing=sharing,
    )


def page_embed(page: LibraryPage, locale: str = SOURCE) -> discord.Embed:
    """One page of ``/voices list`` in the member's language."""
    title = "voices-page-title-server" if page.scope == "server" else "voices-page-title-mine"
    embed = discord.Embed(title=tr(locale, title), colour=discord.Colour.blurple())
    if not page.records:
        embed.description = tr(locale, "voices-page-empty")
        return embed
    for record in page.records:
        embed.add_field(
            name=safe_name(record.display_name)[:256],
            value=voice_line(record, locale),
            inline=False,
        )
    embed.description = tr(
        locale, "voices-page-status", page=page.page + 1, pages=page.pages, total=page.total
    )
    embed.set_footer(text=tr(locale, "voices-page-footer"))
    return embed


def info_embed(record: CloneRecord, locale: str = SOURCE) -> discord.Embed:
    """``/voices info`` in the member's language."""
    name = safe_name(record.display_name)[:200]
    embed = discord.Embed(
        title=tr(locale, "voices-info-title", name=name), colour=discord.Colour.blurple()
    )
    embed.add_field(
        name=tr(locale, "voices-info-voice-id"),
        value=f"```\n{record.voice_id}\n```",
        inline=False,
    )
    embed.add_field(
        name=tr(locale, "voices-info-language"),
        value=language_label(record.language, locale),
        inline=True,
    )
    embed.add_field(name=tr(locale, "voices-info-owner"), value=f"<@{record.user_id}>", inline=True)
    embed.add_field(name=tr(locale, "voices-info-created"), value=_when(record), inline=True)
    shared = (
        "voices-info-server-voice-yes" if record.server_voice else "voices-info-server-voice-no"
    )
    embed.add_field(
        name=tr(locale, "voices-info-server-voice"), value=tr(locale, shared), inline=True
    )
    return embed


def _clicker(interaction: discord.Interaction) -> str:
    """The language of whoever clicked (not necessarily the member the view answers)."""
    return catalogue_for(interaction.locale)


PageLoader = Callable[[int], Awaitable[LibraryPage]]


class PagerView(discord.ui.View):
    """◀ / ▶ through the pages of ``/voices list``; only the member who asked can turn."""

    def __init__(
        self, owner_id: int, page: LibraryPage, load: PageLoader, *, locale: str = SOURCE
    ) -> None:
        super().__init__(timeout=VIEW_SECONDS)
        self.owner_id = owner_id
        self.page = page
        self.load = load
        self.locale = locale
        self.previous.label = tr(locale, "voices-pager-previous")
        self.next.label = tr(locale, "voices-pager-next")
        self._sync()

    def _sync(self) -> None:
        self.previous.disabled = self.page.page <= 0
        self.next.disabled = self.page.page >= self.page.pages - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message(
                tr(_clicker(interaction), "voices-pager-not-yours"), ephemeral=True
            )
            return False
        return True

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        await interaction.response.defer()
        self.page = await self.load(self.page.page + step)
        self._sync()
        await interaction.edit_original_response(
            embed=page_embed(self.page, self.locale), view=self
        )

    # Each button is labelled in __init__, in the member's language (a label rendered here
    # would load the catalogue at import: idle memory, issue #19).
    @discord.ui.button(style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction, button: discord.ui.Button[PagerView]
    ) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(style=discord.ButtonStyle.secondary)
    async def next(
        self, interaction: discord.Interaction, button: discord.ui.Button[PagerView]
    ) -> None:
        await self._turn(interaction, 1)


Confirmed = Callable[[discord.Interaction], Awaitable[None]]


class ConfirmView(discord.ui.View):
    """A destructive step: Confirm runs ``on_confirm`` (once), Cancel leaves all as it was."""

    def __init__(
        self, owner_id: int, on_confirm: Confirmed, *, label: str, locale: str = SOURCE
    ) -> None:
        """``label``: the Confirm button's text, already in ``locale``."""
        super().__init__(timeout=VIEW_SECONDS)
        self.owner_id = owner_id
        self.on_confirm = on_confirm
        self.confirm.label = label
        self.cancel.label = tr(locale, "voices-cancel")

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message(
                tr(_clicker(interaction), "voices-confirm-not-yours"), ephemeral=True
            )
            return False
        return True

    # Labelled in __init__ (see PagerView).
    @discord.ui.button(style=discord.ButtonStyle.danger)
    async def confirm(
        self, interaction: discord.Interaction, button: discord.ui.Button[ConfirmView]
    ) -> None:
        self.stop()
        await interaction.response.edit_message(view=None)
        await self.on_confirm(interaction)

    @discord.ui.button(style=discord.ButtonStyle.secondary)
    async def cancel(
        self, interaction: discord.Interaction, button: discord.ui.Button[ConfirmView]
    ) -> None:
        self.stop()
        await interaction.response.edit_message(
            content=tr(_clicker(interaction), "voices-cancelled"), view=None
        )
