"""A message to deliver, independent of where it ends up."""

from __future__ import annotations

import dataclasses
import io
import secrets
from dataclasses import dataclass

import discord

from ..i18n import SOURCE, tr

#: Discord refuses a message nonce longer than this (400 Invalid Form Body).
MAX_NONCE_LENGTH = 25


def new_nonce() -> str:
    """A fresh message nonce (96 random bits, 24 characters)."""
    return secrets.token_hex(12)


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes


@dataclass(frozen=True)
class Letter:
    """Text, an optional embed and files; ``mention`` is the only member it may ping.

    ``nonce`` (at most 25 characters) names this one message: a channel or DM post sends it
    with ``enforce_nonce``, so Discord answers a repeat within a few minutes with the
    message already posted instead of posting it again. Never give two different messages
    the same nonce. Interaction follow-ups have no nonce.
    """

    content: str
    embed: discord.Embed | None = None
    attachments: tuple[Attachment, ...] = ()
    mention: int | None = None
    nonce: str | None = None
    #: The reader's language, for what delivery adds (the note on files it could not attach).
    locale: str = SOURCE

    def __post_init__(self) -> None:
        if self.nonce is not None and not 0 < len(self.nonce) <= MAX_NONCE_LENGTH:
            raise ValueError(f"a message nonce has 1 to {MAX_NONCE_LENGTH} characters")

    def with_nonce(self) -> Letter:
        """This letter, with a fresh nonce unless it has one."""
        return self if self.nonce is not None else dataclasses.replace(self, nonce=new_nonce())

    def without_files(self) -> Letter:
        """The same letter without its files, saying so (same nonce: only the refused
        letter went out under it, and Discord created nothing for it)."""
        if not self.attachments:
            return self
        note = tr(self.locale, "error-audio-not-attached")
        content = f"{self.content}\n{note}" if self.content else note
        return dataclasses.replace(self, content=content, attachments=())

    def files(self) -> list[discord.File]:
        """Fresh file objects (discord.py closes the ones it sent)."""
        return [discord.File(io.BytesIO(a.data), filename=a.filename) for a in self.attachments]

    def allowed_mentions(self) -> discord.AllowedMentions:
        users = [discord.Object(self.mention)] if self.mention is not None else False
        return discord.AllowedMentions(users=users, roles=False, everyone=False, replied_user=False)
