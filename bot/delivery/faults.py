"""What a failed Discord call means for delivery: retry, drop the files, or go elsewhere."""

from __future__ import annotations

import enum


class Fault(enum.Enum):
    """Why one delivery route failed, as far as delivery cares."""

    #: The interaction token has expired (401 Invalid Webhook Token) or its message is gone:
    #: this interaction can no longer be used at all.
    EXPIRED = "expired"
    #: A 5xx, a 429 discord.py did not absorb, a dropped connection: worth another try.
    TRANSIENT = "transient"
    #: The connection was lost after the request may have reached Discord, and the message
    #: has no nonce that would make a repeat harmless (an interaction follow-up): it may have
    #: been posted, so it is neither retried nor sent elsewhere.
    UNCERTAIN = "uncertain"
    #: The message was refused because of its files (no Attach Files, too large).
    FILES_REFUSED = "files_refused"
    #: The bot may not post there (Missing Permissions, Missing Access).
    FORBIDDEN = "forbidden"
    #: The member does not accept DMs from the bot (Cannot send messages to this user).
    DMS_CLOSED = "dms_closed"
    #: The channel (or message) no longer exists.
    GONE = "gone"
    #: Discord refused the message itself (an invalid body): another route may take it.
    REJECTED = "rejected"


# Discord's JSON error codes that matter here.
UNKNOWN_CHANNEL = 10003
UNKNOWN_MESSAGE = 10008
UNKNOWN_WEBHOOK = 10015
UNKNOWN_INTERACTION = 10062
ENTITY_TOO_LARGE = 40005
MISSING_ACCESS = 50001
CANNOT_DM_USER = 50007
MISSING_PERMISSIONS = 50013
INVALID_WEBHOOK_TOKEN = 50027

_TOKEN_GONE = frozenset({UNKNOWN_WEBHOOK, UNKNOWN_INTERACTION, UNKNOWN_MESSAGE})


def classify(status: int, code: int, *, with_files: bool, token_route: bool) -> Fault:
    """The fault behind an HTTP ``status`` and Discord error ``code``.

    ``with_files``: the refused message carried files; ``token_route``: it went through an
    interaction's webhook (authenticated by its token, not the bot's).
    """
    if status == 401 or code == INVALID_WEBHOOK_TOKEN:
        return Fault.EXPIRED if token_route else Fault.FORBIDDEN
    if status == 429 or status >= 500:
        return Fault.TRANSIENT
    if status == 413 or code == ENTITY_TOO_LARGE:
        return Fault.FILES_REFUSED if with_files else Fault.REJECTED
    if status == 403:
        if code == CANNOT_DM_USER:
            return Fault.DMS_CLOSED
        if with_files and code == MISSING_PERMISSIONS:
            return Fault.FILES_REFUSED
        return Fault.FORBIDDEN
    if status == 404:
        if token_route and code in _TOKEN_GONE:
            return Fault.EXPIRED
        return Fault.GONE
    return Fault.REJECTED


class DeliveryError(Exception):
    """A route could not deliver a message; ``fault`` says what to do next."""

    def __init__(self, fault: Fault, detail: str = "") -> None:
        super().__init__(f"{fault.value}: {detail}" if detail else fault.value)
        self.fault = fault
