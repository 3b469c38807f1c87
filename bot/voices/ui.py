"""Discord side of the voice library: embeds and the button views of ``/voices``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import discord

from bot.delivery import safe_name
from bot.inworld import language_name
from bot.storage import CloneRecord

from .library import LibraryPage

#: How long pagination and confirmation buttons stay usable.
VIEW_SECONDS = 300.0


def _when(record: CloneRecord) -> str:
    return discord.utils.format_dt(record.created_at, "d")


def voice_line(record: CloneRecord) -> str:
    server = "🌐 server voice" if record.server_voice else "private"
    return (
        f"```\n{record.voice_id}\n```{language_name(record.language)} · owner <@{record.user_id}>"
        f" · created {_when(record)} · {server}"
    )


def page_embed(page: LibraryPage) -> discord.Embed:
    title = "This server's voices" if page.scope == "server" else "Your voices and server voices"
    embed = discord.Embed(title=title, colour=discord.Colour.blurple())
    if not page.records:
        embed.description = "No voices yet. Use `/clone` to make one."
        return embed
    for record in page.records:
        embed.add_field(
            name=safe_name(record.display_name)[:256], value=voice_line(record), inline=False
        )
    embed.description = f"Page {page.page + 1}/{page.pages} · {page.total} voice(s)"
    embed.set_footer(text="/voices info · preview · rename · delete")
    return embed


def info_embed(record: CloneRecord) -> discord.Embed:
    embed = discord.Embed(
        title=f"Voice: {safe_name(record.display_name)[:200]}", colour=discord.Colour.blurple()
    )
    embed.add_field(name="Voice ID", value=f"```\n{record.voice_id}\n```", inline=False)
    embed.add_field(name="Language", value=language_name(record.language), inline=True)
    embed.add_field(name="Owner", value=f"<@{record.user_id}>", inline=True)
    embed.add_field(name="Created", value=_when(record), inline=True)
    embed.add_field(
        name="Server voice",
        value="yes (every member may preview it)" if record.server_voice else "no",
        inline=True,
    )
    return embed


PageLoader = Callable[[int], Awaitable[LibraryPage]]


class PagerView(discord.ui.View):
    """◀ / ▶ through the pages of ``/voices list``; only the member who asked can turn."""

    def __init__(self, owner_id: int, page: LibraryPage, load: PageLoader) -> None:
        super().__init__(timeout=VIEW_SECONDS)
        self.owner_id = owner_id
        self.page = page
        self.load = load
        self._sync()

    def _sync(self) -> None:
        self.previous.disabled = self.page.page <= 0
        self.next.disabled = self.page.page >= self.page.pages - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message(
                "❌ These buttons belong to the member who ran /voices list.", ephemeral=True
            )
            return False
        return True

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        await interaction.response.defer()
        self.page = await self.load(self.page.page + step)
        self._sync()
        await interaction.edit_original_response(embed=page_embed(self.page), view=self)

    @discord.ui.button(label="◀ Previous", style=discord.ButtonStyle.secondary)
    async def previous(
        self, interaction: discord.Interaction, button: discord.ui.Button[PagerView]
    ) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(label="Next ▶", style=discord.ButtonStyle.secondary)
    async def next(
        self, interaction: discord.Interaction, button: discord.ui.Button[PagerView]
    ) -> None:
        await self._turn(interaction, 1)


Confirmed = Callable[[discord.Interaction], Awaitable[None]]


class ConfirmView(discord.ui.View):
    """A destructive step: Confirm runs ``on_confirm`` (once), Cancel leaves all as it was."""

    def __init__(self, owner_id: int, on_confirm: Confirmed, *, label: str) -> None:
        super().__init__(timeout=VIEW_SECONDS)
        self.owner_id = owner_id
        self.on_confirm = on_confirm
        self.confirm.label = label

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message(
                "❌ Only the member who asked can confirm this.", ephemeral=True
            )
            return False
        return True

    @discord.ui.button(label="Confirm", style=discord.ButtonStyle.danger)
    async def confirm(
        self, interaction: discord.Interaction, button: discord.ui.Button[ConfirmView]
    ) -> None:
        self.stop()
        await interaction.response.edit_message(view=None)
        await self.on_confirm(interaction)

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(
        self, interaction: discord.Interaction, button: discord.ui.Button[ConfirmView]
    ) -> None:
        self.stop()
        await interaction.response.edit_message(
            content="Cancelled: nothing was changed.", view=None
        )
