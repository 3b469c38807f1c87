"""The thin Discord adapter: an interaction's webhook, a channel, a DM, each as a route that
turns discord.py's exceptions into :class:`~bot.delivery.faults.DeliveryError`.

A connection lost mid-request (``aiohttp.ClientError``, ``OSError``, a timeout) is
transient wherever a repeat is harmless: channel and DM posts carry the letter's nonce
(Discord returns the message already posted), edits and reads are idempotent. A follow-up
has no nonce, so one whose answer was lost is ``Fault.UNCERTAIN`` (it may have been posted)
unless the connection was never made.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import discord

from .chain import Sent
from .faults import DeliveryError, Fault, classify
from .lease import TokenLease
from .letter import Letter

log = logging.getLogger(__name__)

#: A follow-up is not attempted on a token with less life left than this (an upload of a few
#: megabytes, with discord.py's own retries, fits well within it).
FOLLOWUP_MARGIN = 30.0


#: What a lost or broken connection raises through discord.py (``asyncio.TimeoutError`` is
#: ``TimeoutError``; aiohttp's ``ClientOSError`` is both a ClientError and an OSError).
NETWORK_ERRORS = (aiohttp.ClientError, OSError, TimeoutError)


def fault_of(
    exc: Exception, *, with_files: bool, token_route: bool, repeatable: bool = True
) -> DeliveryError:
    """The delivery fault behind an exception raised by a discord.py call.

    ``repeatable``: sending the request again cannot post a second message (a nonce, an
    edit, a read). When it can, a connection lost after it was made is UNCERTAIN.
    """
    if isinstance(exc, discord.HTTPException):
        fault = classify(exc.status, exc.code, with_files=with_files, token_route=token_route)
        return DeliveryError(fault, f"{exc.status} {exc.code}: {exc.text}")
    detail = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, discord.RateLimited | aiohttp.ClientConnectorError):
        return DeliveryError(Fault.TRANSIENT, detail)  # Discord never saw the request
    if isinstance(exc, NETWORK_ERRORS):
        return DeliveryError(Fault.TRANSIENT if repeatable else Fault.UNCERTAIN, detail)
    log.error("unexpected error while delivering a message", exc_info=exc)
    return DeliveryError(Fault.REJECTED, type(exc).__name__)


@contextlib.asynccontextmanager
async def translating(
    *, with_files: bool, token_route: bool, repeatable: bool = True
) -> AsyncIterator[None]:
    try:
        yield
    except DeliveryError:
        raise
    except Exception as exc:
        raise fault_of(
            exc, with_files=with_files, token_route=token_route, repeatable=repeatable
        ) from exc


def message_kwargs(letter: Letter) -> dict[str, Any]:
    """discord.py's arguments for the letter (without its nonce, which webhooks lack)."""
    kwargs: dict[str, Any] = {"allowed_mentions": letter.allowed_mentions()}
    if letter.content:
        kwargs["content"] = letter.content
    if letter.embed is not None:
        kwargs["embed"] = letter.embed
    if letter.attachments:
        kwargs["files"] = letter.files()
    return kwargs


def post_kwargs(letter: Letter) -> dict[str, Any]:
    """discord.py's arguments for a channel or DM post: with the letter's nonce, if any."""
    kwargs = message_kwargs(letter)
    if letter.nonce is not None:
        kwargs["nonce"] = letter.nonce
    return kwargs


class SentMessage:
    """A posted message whose text can be updated (best effort, never raises)."""

    def __init__(self, message: discord.Message | discord.WebhookMessage) -> None:
        self.message = message

    async def edit(self, content: str) -> None:
        try:
            await self.message.edit(content=content)
        except (discord.HTTPException, discord.RateLimited, *NETWORK_ERRORS) as exc:
            log.info("could not update message %s: %s", self.message.id, exc)


class InteractionRoute:
    """A follow-up on an interaction, while its token lives."""

    name = "interaction"

    def __init__(
        self,
        interaction: discord.Interaction,
        lease: TokenLease,
        *,
        ephemeral: bool,
        margin: float = FOLLOWUP_MARGIN,
    ) -> None:
        self.interaction = interaction
        self.lease = lease
        self.ephemeral = ephemeral
        self.margin = margin

    async def send(self, letter: Letter) -> Sent | None:
        if not self.lease.lasts(self.margin):
            raise DeliveryError(Fault.EXPIRED, "the interaction token is (nearly) expired")
        try:
            async with translating(
                with_files=bool(letter.attachments), token_route=True, repeatable=False
            ):
                message = await self.interaction.followup.send(
                    ephemeral=self.ephemeral, wait=True, **message_kwargs(letter)
                )
        except DeliveryError as exc:
            if exc.fault is Fault.EXPIRED:
                self.lease.revoke()
            raise
        return SentMessage(message)

    async def edit_original(self, content: str) -> None:
        """Replace the interaction's reply with ``content``; raises DeliveryError."""
        if not self.lease.lasts(0):
            raise DeliveryError(Fault.EXPIRED, "the interaction token has expired")
        try:
            async with translating(with_files=False, token_route=True):
                await self.interaction.edit_original_response(
                    content=content, embed=None, attachments=[], view=None
                )
        except DeliveryError as exc:
            if exc.fault is Fault.EXPIRED:
                self.lease.revoke()
            raise


class ChannelRoute:
    """A message in a guild channel (it mentions the member it is for).

    Sent with the letter's nonce (discord.py adds ``enforce_nonce``). A letter without one
    gets a random nonce from discord.py per call, so a repeat could post it twice: its lost
    answer is UNCERTAIN, not TRANSIENT (the chain gives every letter a nonce).
    """

    name = "channel"

    def __init__(self, client: discord.Client, channel_id: int | None) -> None:
        self.client = client
        self.channel_id = channel_id

    async def send(self, letter: Letter) -> Sent | None:
        if self.channel_id is None:
            raise DeliveryError(Fault.GONE, "no channel")
        channel: Any = self.client.get_channel(self.channel_id)
        if channel is None:
            async with translating(with_files=False, token_route=False):
                channel = await self.client.fetch_channel(self.channel_id)
        if not isinstance(channel, discord.abc.Messageable):
            raise DeliveryError(Fault.GONE, f"channel {self.channel_id} cannot take messages")
        repeatable = letter.nonce is not None
        async with translating(
            with_files=bool(letter.attachments), token_route=False, repeatable=repeatable
        ):
            message = await channel.send(**post_kwargs(letter))
        return SentMessage(message)


class DirectRoute:
    """A direct message to the member (with the letter's nonce, as :class:`ChannelRoute`)."""

    name = "dm"

    def __init__(self, client: discord.Client, user_id: int) -> None:
        self.client = client
        self.user_id = user_id

    async def send(self, letter: Letter) -> Sent | None:
        async with translating(with_files=False, token_route=False):
            channel = await self.client.create_dm(discord.Object(self.user_id))
        repeatable = letter.nonce is not None
        async with translating(
            with_files=bool(letter.attachments), token_route=False, repeatable=repeatable
        ):
            message = await channel.send(**post_kwargs(letter))
        return SentMessage(message)
