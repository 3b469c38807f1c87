"""A message to deliver, independent of where it ends up."""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass

import discord

NO_FILES_NOTE = "(The processed audio could not be attached here.)"


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes


@dataclass(frozen=True)
class Letter:
    """Text, an optional embed and files; ``mention`` is the only member it may ping."""

    content: str
    embed: discord.Embed | None = None
    attachments: tuple[Attachment, ...] = ()
    mention: int | None = None

    def without_files(self) -> Letter:
        """The same letter without its files, saying so."""
        if not self.attachments:
            return self
        content = f"{self.content}\n{NO_FILES_NOTE}" if self.content else NO_FILES_NOTE
        return dataclasses.replace(self, content=content, attachments=())

    def files(self) -> list[discord.File]:
        """Fresh file objects (discord.py closes the ones it sent)."""
        return [discord.File(io.BytesIO(a.data), filename=a.filename) for a in self.attachments]

    def allowed_mentions(self) -> discord.AllowedMentions:
        users = [discord.Object(self.mention)] if self.mention is not None else False
        return discord.AllowedMentions(users=users, roles=False, everyone=False, replied_user=False)
