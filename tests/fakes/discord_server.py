"""A loopback fake of Discord's REST API and gateway for end-to-end tests.

The real, unmodified discord.py client runs against :class:`FakeDiscord`, an aiohttp
application served on ``127.0.0.1``. The fake implements the routes a slash-command bot
touches (login, application info, command sync, interaction callbacks, webhook follow-ups,
channel and DM messages, attachment downloads) plus a JSON gateway (HELLO, heartbeats,
IDENTIFY/RESUME, READY, GUILD_CREATE, member chunks) and records everything the bot does
so tests can assert on it.

Typical use::

    async with FakeDiscord() as fake:
        alice_id = int(fake.add_member(name="alice")["user"]["id"])
        clip = fake.add_attachment("clip.wav", wav_bytes)
        async with running_bot(fake, MyBot()):
            await fake.wait_for_sync()
            interaction = await fake.send_slash_command(
                "clone", {"name": "Alice"}, attachments={"clip": clip}, user_id=alice_id
            )
            callback = await interaction.wait_for_callback()
            await interaction.wait_for(lambda i: bool(i.followups))

Payload shapes follow Discord's API v10 and what discord.py 2.7 parses. Details that
matter to discord.py: JSON responses carry exactly ``Content-Type: application/json``
(with a charset the body is treated as text); gateway payloads are TEXT frames (only
BINARY frames are inflated); interaction callbacks are answered with the ``with_response``
body; snowflakes are strings; 429 responses carry ``Via`` so they are retried; and READY,
GUILD_CREATE and INTERACTION_CREATE carry every field whose absence makes discord.py's
parsers raise (which kills the whole client, not one command).

Sharding: IDENTIFY's ``shard`` picks the guilds of a connection, and guild events and
interactions go only to the connection of the guild's shard (:func:`shard_of`); DMs go to
shard 0. ``GET /gateway/bot`` recommends ``recommended_shards`` (1 by default) with
``session_start_limit.max_concurrency`` ``max_concurrency``. A shard id outside the shard
count closes with 4010 Invalid shard, a connection that would hold more than
``max_guilds_per_shard`` (2,500) guilds with 4011 Sharding required. ``add_guild(shard=...)``
and ``FakeDiscord(default_guild_shard=...)`` place a guild on a given shard.

Faults, as Discord answers them: an interaction token past ``interaction_token_lifetime``
(15 minutes by default) or killed with :meth:`FakeDiscord.expire_token` makes every webhook
call with it answer ``401 {"message": "Invalid Webhook Token", "code": 50027}``;
:meth:`FakeDiscord.set_channel_permissions` (channel overwrites, dispatched as CHANNEL_UPDATE)
makes posts answer 403 Missing Permissions (50013) or Missing Access (50001);
:meth:`FakeDiscord.delete_channel` makes them answer 404 Unknown Channel (10003);
``dm_closed_users`` answer 403 Cannot send messages to this user (50007);
:meth:`FakeDiscord.fail_followups` and :meth:`FakeDiscord.inject_error` answer 5xx;
:meth:`FakeDiscord.inject_disconnect` cuts the connection without an answer, before or after
the fake acted on the request (the client sees ``aiohttp.ServerDisconnectedError``, or
``aiohttp.ClientOSError`` for a reset).

Voice: :meth:`FakeDiscord.add_voice_channel` adds voice channels (type 2, with permission
overwrites); members move with :meth:`FakeDiscord.join_voice` / :meth:`FakeDiscord.leave_voice`
(VOICE_STATE_UPDATE, voice states also in GUILD_CREATE). The bot's op 4 is answered as
Discord does: VOICE_STATE_UPDATE (its gateway session id) and VOICE_SERVER_UPDATE with a token
and the ``endpoint`` of the attached :class:`tests.fakes.voice_server.FakeVoiceServer`
(:meth:`FakeDiscord.use_voice_server`); without VIEW_CHANNEL + CONNECT, or in a full channel
without MOVE_MEMBERS, nothing is sent (discord.py's ``connect()`` times out; the reason is in
``voice_refusals``); without SPEAK the bot connects but is not heard. ``PUT
/channels/{id}/voice-status`` needs SET_VOICE_CHANNEL_STATUS (and MANAGE_CHANNELS when the bot
is not in the channel), records ``voice_statuses[channel_id]`` and dispatches
VOICE_CHANNEL_STATUS_UPDATE. Creates with IS_VOICE_MESSAGE need SEND_VOICE_MESSAGES and
ATTACH_FILES and pass :func:`tests.fakes.voice_messages.voice_message_refusal` (400 with its
code otherwise); edits of voice messages are refused (50162).

Message nonces, as Discord treats them: ``nonce`` is at most 25 characters (400 Invalid Form
Body, 50035, otherwise); a create with ``enforce_nonce`` whose nonce the same author used in
the same channel within ``nonce_window`` seconds returns that first message and creates
none; without ``enforce_nonce`` a repeated nonce is a new message. (discord.py's ``send``
always sends a nonce, a random one unless given, with ``enforce_nonce``.)
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import json
import mimetypes
import re
import secrets
import socket
import struct
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import IntEnum
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Literal, Self

import aiohttp
import discord
import discord.gateway
import discord.http
import yarl
from aiohttp import web

from tests.fakes.command_rules import (
    DUPLICATE_NAME,
    check_localizations,
    duplicate_names,
    valid_command_name,
)
from tests.fakes.voice_messages import check_voice_message_edit, voice_message_refusal

if TYPE_CHECKING:
    from tests.fakes.voice_server import FakeVoiceServer

__all__ = [
    "Callback",
    "CallbackType",
    "FakeDiscord",
    "FakeFile",
    "FakeGuild",
    "FakeInteraction",
    "GatewayConnection",
    "InteractionType",
    "MessageFlags",
    "RecordedRequest",
    "running_bot",
    "shard_of",
]

JSON = dict[str, Any]
"""A decoded JSON object, as sent to or received from the client."""

API_PREFIX: Final = "/api/v10"
DISCORD_EPOCH_MS: Final = 1_420_070_400_000
DEFAULT_ATTACHMENT_SIZE_LIMIT: Final = 10 * 1024 * 1024
#: Discord keeps an interaction token usable for 15 minutes.
INTERACTION_TOKEN_LIFETIME: Final = 15 * 60.0
#: Beyond this many guilds on one connection Discord closes it with 4011 Sharding required.
MAX_GUILDS_PER_SHARD: Final = 2500
HEARTBEAT_INTERVAL_MS: Final = 41_250
MAX_CONTENT_LENGTH: Final = 2000
MAX_EMBEDS: Final = 10
MAX_EMBED_TOTAL_CHARS: Final = 6000
MAX_FILES: Final = 10
MAX_NONCE_LENGTH: Final = 25
#: Discord dedupes an enforced nonce "in the past few minutes"; the fake keeps the short end,
#: so nothing passes here that relies on a longer memory.
NONCE_WINDOW: Final = 120.0

ALL_PERMISSIONS: Final = discord.Permissions.all().value
ADMINISTRATOR: Final = discord.Permissions(administrator=True).value
VIEW_CHANNEL: Final = discord.Permissions(view_channel=True).value
SEND_MESSAGES: Final = discord.Permissions(send_messages=True).value
ATTACH_FILES: Final = discord.Permissions(attach_files=True).value
CONNECT: Final = discord.Permissions(connect=True).value
SPEAK: Final = discord.Permissions(speak=True).value
MOVE_MEMBERS: Final = discord.Permissions(move_members=True).value
MANAGE_CHANNELS: Final = discord.Permissions(manage_channels=True).value
SEND_VOICE_MESSAGES: Final = discord.Permissions(send_voice_messages=True).value  # 1 << 46
SET_VOICE_CHANNEL_STATUS: Final = discord.Permissions(
    set_voice_channel_status=True
).value  # 1 << 48
#: Voice channel status text limit (Discord: 0-500 characters).
MAX_VOICE_STATUS_LENGTH: Final = 500

EVERYONE_PERMISSIONS: Final = discord.Permissions(
    view_channel=True,
    send_messages=True,
    read_message_history=True,
    embed_links=True,
    attach_files=True,
    add_reactions=True,
    use_external_emojis=True,
    use_application_commands=True,
    connect=True,
    speak=True,
    send_voice_messages=True,
).value
MODERATOR_PERMISSIONS: Final = discord.Permissions(
    manage_guild=True, manage_messages=True, kick_members=True, moderate_members=True
).value
BOT_PERMISSIONS: Final = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    embed_links=True,
    attach_files=True,
    read_message_history=True,
    add_reactions=True,
    use_external_emojis=True,
    manage_messages=True,
    connect=True,
    speak=True,
    send_voice_messages=True,
    set_voice_channel_status=True,
).value

APPLICATION_FLAGS: Final = discord.ApplicationFlags(
    gateway_presence=True,
    gateway_guild_members=True,
    gateway_message_content=True,
    app_commands_badge=True,
).value
PRIVILEGED_INTENTS: Final = discord.Intents(
    members=True, presences=True, message_content=True
).value
GUILD_MESSAGES_INTENT: Final = discord.Intents(guild_messages=True).value
MESSAGE_CONTENT_INTENT: Final = discord.Intents(message_content=True).value

_DISCORD_PACKAGE_DIR: Final = str(Path(discord.__file__).parent)
_FILE_FIELD_RE: Final = re.compile(r"^files\[(\d+)\]$")


class GatewayOp(IntEnum):
    """Gateway opcodes used by the fake."""

    DISPATCH = 0
    HEARTBEAT = 1
    IDENTIFY = 2
    PRESENCE_UPDATE = 3
    VOICE_STATE_UPDATE = 4
    RESUME = 6
    RECONNECT = 7
    REQUEST_GUILD_MEMBERS = 8
    INVALID_SESSION = 9
    HELLO = 10
    HEARTBEAT_ACK = 11


class InteractionType(IntEnum):
    """Interaction types (``interaction.type``)."""

    PING = 1
    APPLICATION_COMMAND = 2
    MESSAGE_COMPONENT = 3
    APPLICATION_COMMAND_AUTOCOMPLETE = 4
    MODAL_SUBMIT = 5


class CallbackType(IntEnum):
    """Interaction callback (response) types."""

    PONG = 1
    CHANNEL_MESSAGE_WITH_SOURCE = 4
    DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE = 5
    DEFERRED_UPDATE_MESSAGE = 6
    UPDATE_MESSAGE = 7
    APPLICATION_COMMAND_AUTOCOMPLETE_RESULT = 8
    MODAL = 9
    PREMIUM_REQUIRED = 10
    LAUNCH_ACTIVITY = 12


class MessageFlags(IntEnum):
    """Message flags the fake sets or interprets."""

    SUPPRESS_EMBEDS = 1 << 2
    EPHEMERAL = 1 << 6
    LOADING = 1 << 7
    SUPPRESS_NOTIFICATIONS = 1 << 12
    IS_VOICE_MESSAGE = 1 << 13
    IS_COMPONENTS_V2 = 1 << 15


class _ErrorCode(IntEnum):
    GENERAL = 0
    UNKNOWN_CHANNEL = 10003
    UNKNOWN_GUILD = 10004
    UNKNOWN_MEMBER = 10007
    UNKNOWN_MESSAGE = 10008
    UNKNOWN_USER = 10013
    UNKNOWN_WEBHOOK = 10015
    UNKNOWN_APPLICATION_COMMAND = 10063
    UNKNOWN_INTERACTION = 10062
    INVALID_CHANNEL_TYPE = 50024
    ENTITY_TOO_LARGE = 40005
    ALREADY_ACKNOWLEDGED = 40060
    MISSING_ACCESS = 50001
    EMPTY_MESSAGE = 50006
    CANNOT_DM_USER = 50007
    MISSING_PERMISSIONS = 50013
    INVALID_WEBHOOK_TOKEN = 50027
    INVALID_RECIPIENT = 50033
    INVALID_FORM_BODY = 50035


# Callback types valid for each interaction type.
_ALLOWED_CALLBACKS: Final[dict[int, frozenset[int]]] = {
    InteractionType.APPLICATION_COMMAND: frozenset(
        {
            CallbackType.CHANNEL_MESSAGE_WITH_SOURCE,
            CallbackType.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE,
            CallbackType.MODAL,
            CallbackType.PREMIUM_REQUIRED,
            CallbackType.LAUNCH_ACTIVITY,
        }
    ),
    InteractionType.MESSAGE_COMPONENT: frozenset(
        {
            CallbackType.CHANNEL_MESSAGE_WITH_SOURCE,
            CallbackType.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE,
            CallbackType.DEFERRED_UPDATE_MESSAGE,
            CallbackType.UPDATE_MESSAGE,
            CallbackType.MODAL,
            CallbackType.PREMIUM_REQUIRED,
            CallbackType.LAUNCH_ACTIVITY,
        }
    ),
    InteractionType.APPLICATION_COMMAND_AUTOCOMPLETE: frozenset(
        {CallbackType.APPLICATION_COMMAND_AUTOCOMPLETE_RESULT}
    ),
    InteractionType.MODAL_SUBMIT: frozenset(
        {
            CallbackType.CHANNEL_MESSAGE_WITH_SOURCE,
            CallbackType.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE,
            CallbackType.DEFERRED_UPDATE_MESSAGE,
            CallbackType.UPDATE_MESSAGE,
            CallbackType.PREMIUM_REQUIRED,
        }
    ),
}


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


def _json_response(
    data: Any, *, status: int = 200, headers: Mapping[str, str] | None = None
) -> web.Response:
    """Build a JSON response whose Content-Type is exactly ``application/json``.

    discord.py compares the header string literally; aiohttp's ``web.json_response``
    appends ``; charset=utf-8`` and makes discord.py treat the body as text.
    """
    all_headers = {"Content-Type": "application/json"}
    if headers:
        all_headers.update(headers)
    return web.Response(status=status, body=json.dumps(data).encode(), headers=all_headers)


def _error(status: int, code: int, message: str, *, errors: JSON | None = None) -> web.Response:
    body: JSON = {"message": message, "code": int(code)}
    if errors:
        body["errors"] = errors
    return _json_response(body, status=status)


def _form_error(errors: JSON, path: Sequence[str | int], code: str, message: str) -> None:
    """Add one entry to a Discord-style nested ``errors`` object (Invalid Form Body)."""
    node = errors
    for key in path:
        node = node.setdefault(str(key), {})
    node.setdefault("_errors", []).append({"code": code, "message": message})


def _invalid_form_body(errors: JSON) -> web.Response:
    return _error(400, _ErrorCode.INVALID_FORM_BODY, "Invalid Form Body", errors=errors)


def _cut_connection(request: web.Request, *, reset: bool) -> web.Response:
    """Close (or reset) the request's connection; the response returned is never sent.

    aiohttp's server finds the transport closing when it writes the response and drops the
    connection quietly (a premature client disconnect, as far as it knows).
    """
    transport = request.transport
    if transport is not None:
        if reset:
            sock = transport.get_extra_info("socket")
            if sock is not None:
                # Linger 0: close() sends RST instead of FIN.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            transport.abort()
        else:
            transport.close()
    return web.Response(status=499)


def _public(message: JSON) -> JSON:
    """The JSON-serialisable part of a recorded message (drops the ``files`` bytes)."""
    return {key: value for key, value in message.items() if key != "files"}


def _walk_components(components: Iterable[JSON]) -> Iterable[JSON]:
    """Yield every component in a (possibly nested) component tree."""
    for component in components:
        yield component
        yield from _walk_components(component.get("components") or [])
        for key in ("accessory", "component"):
            child = component.get(key)
            if isinstance(child, dict):
                yield from _walk_components([child])


def _guess_content_type(filename: str, declared: str | None = None) -> str:
    guessed, _ = mimetypes.guess_type(filename)
    if guessed:
        return guessed
    if declared and declared != "application/octet-stream":
        return declared
    return "application/octet-stream"


def _embed_text_length(embed: JSON) -> int:
    total = len(str(embed.get("title") or "")) + len(str(embed.get("description") or ""))
    for embed_field in embed.get("fields") or []:
        total += len(str(embed_field.get("name") or "")) + len(str(embed_field.get("value") or ""))
    total += len(str((embed.get("footer") or {}).get("text") or ""))
    total += len(str((embed.get("author") or {}).get("name") or ""))
    return total


def shard_of(guild_id: int | None, shard_count: int) -> int:
    """The shard that receives a guild's events, as Discord computes it (DMs: shard 0)."""
    return 0 if guild_id is None else (guild_id >> 22) % shard_count


class _SnowflakeFactory:
    """Generates strictly increasing, time-based snowflakes."""

    def __init__(self) -> None:
        self._last = 0

    def __call__(self, shard: tuple[int, int] | None = None) -> int:
        """A new snowflake; with ``shard=(shard_id, shard_count)`` one whose guild would be
        on that shard (its timestamp moves up to ``shard_count - 1`` ms ahead)."""
        now = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
        value = max(now, self._last + 1)
        if shard is not None:
            shard_id, shard_count = shard
            if not 0 <= shard_id < shard_count:
                raise ValueError(f"shard {shard_id} is not one of {shard_count} shards")
            while shard_of(value, shard_count) != shard_id:
                value = ((value >> 22) + 1) << 22
        self._last = value
        return value


# --------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FakeFile:
    """A file the bot uploaded (multipart ``files[n]``), mapped to its attachment."""

    filename: str
    data: bytes
    content_type: str
    description: str | None = None
    attachment_id: int | None = None

    @property
    def size(self) -> int:
        """Size of the uploaded bytes."""
        return len(self.data)


@dataclass
class Callback:
    """One ``POST /interactions/{id}/{token}/callback`` received from the bot."""

    type: int
    data: JSON
    files: list[FakeFile]
    received_at: float
    payload: JSON = field(default_factory=dict)


Cut = Literal["before", "after"]
"""When :meth:`FakeDiscord.inject_disconnect` cuts: before or after the fake acted."""


@dataclass
class RecordedRequest:
    """A REST request received by the fake (path is relative to ``/api/v10``)."""

    method: str
    path: str
    query: dict[str, str]
    received_at: float
    #: The status the fake produced (None if it never acted: cut ``"before"``).
    status: int | None = None
    body: Any = None
    files: list[FakeFile] = field(default_factory=list)
    #: Set when :meth:`FakeDiscord.inject_disconnect` cut the connection: no answer was sent.
    cut: Cut | None = None


#: CI also runs these fakes with the lowest aiohttp the bot allows (3.10), which has no
#: ``web.RequestKey``; newer ones warn about plain string keys.
_RECORD_KEY: Final[Any] = (
    web.RequestKey("fake_discord_record", RecordedRequest)
    if hasattr(web, "RequestKey")
    else "fake_discord_record"
)


@dataclass
class _Injection:
    method: str
    pattern: re.Pattern[str]
    status: int
    body: JSON
    headers: dict[str, str]
    remaining: int
    #: Cut the connection instead of answering (``status``, ``body`` unused).
    cut: Cut | None = None
    reset: bool = False


@dataclass(eq=False)
class GatewayConnection:
    """One websocket connection to the fake gateway."""

    ws: web.WebSocketResponse
    query: dict[str, str]
    opened_at: float
    session_id: str | None = None
    seq: int = 0
    identify: JSON | None = None
    #: ``time.monotonic()`` when IDENTIFY arrived (discord.py paces its shards' IDENTIFYs).
    identified_at: float | None = None
    resumed: bool = False
    ready: bool = False
    closed: bool = False
    guild_ids: list[int] = field(default_factory=list)
    received: list[JSON] = field(default_factory=list)
    #: The DISPATCH payloads sent on this connection (``{"op": 0, "t": ..., "d": ...}``).
    dispatched: list[JSON] = field(default_factory=list)
    #: The close code the fake ended this connection with (4004, 4010, 4011, 4014, ...).
    close_code: int | None = None
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)

    @property
    def intents(self) -> int | None:
        """The intents sent in IDENTIFY, if any."""
        if self.identify is None:
            return None
        intents = self.identify.get("intents")
        return None if intents is None else int(intents)

    @property
    def shard(self) -> tuple[int, int] | None:
        """``(shard_id, shard_count)`` from IDENTIFY; None for an unsharded connection."""
        shard = (self.identify or {}).get("shard")
        return (int(shard[0]), int(shard[1])) if shard else None

    def receives(self, guild_id: int | None) -> bool:
        """Whether Discord sends this connection the events of a guild (None: DMs), by
        ``shard_id == (guild_id >> 22) % shard_count``; DMs go to shard 0."""
        if self.shard is None:
            return True
        shard_id, shard_count = self.shard
        return shard_of(guild_id, shard_count) == shard_id

    async def send(self, payload: JSON) -> None:
        """Send one payload as a TEXT frame (discord.py only inflates BINARY frames)."""
        async with self._lock:
            await self.ws.send_str(json.dumps(payload))

    async def refuse(self, code: int, reason: str) -> None:
        """Close the connection with a gateway close code, as Discord does (recorded)."""
        self.close_code = code
        await self.ws.close(code=code, message=reason.encode())


@dataclass(eq=False)
class FakeGuild:
    """A guild known to the fake: roles, channels and members keyed by integer id."""

    id: int
    name: str
    owner_id: int
    roles: dict[int, JSON] = field(default_factory=dict)
    channels: dict[int, JSON] = field(default_factory=dict)
    members: dict[int, JSON] = field(default_factory=dict)
    #: Voice states by user id (``channel_id`` set; leaving removes the entry).
    voice_states: dict[int, JSON] = field(default_factory=dict)
    locale: str = "en-US"
    joined_at: str = field(default_factory=_now_iso)

    @property
    def everyone_role_id(self) -> int:
        """The ``@everyone`` role shares the guild's id."""
        return self.id

    def role_named(self, name: str) -> JSON:
        """Return the role payload with this name."""
        for role in self.roles.values():
            if role["name"] == name:
                return role
        raise KeyError(f"guild {self.id} has no role named {name!r}")

    def channel_named(self, name: str) -> JSON:
        """Return the channel payload with this name."""
        for channel in self.channels.values():
            if channel["name"] == name:
                return channel
        raise KeyError(f"guild {self.id} has no channel named {name!r}")

    def permissions_for(self, user_id: int) -> int:
        """Guild-level permissions of a member, computed from roles like Discord does."""
        if user_id == self.owner_id:
            return ALL_PERMISSIONS
        member = self.members.get(user_id)
        if member is None:
            raise KeyError(f"user {user_id} is not a member of guild {self.id}")
        permissions = int(self.roles[self.everyone_role_id]["permissions"])
        for role_id in member["roles"]:
            role = self.roles.get(int(role_id))
            if role is not None:
                permissions |= int(role["permissions"])
        if permissions & ADMINISTRATOR:
            return ALL_PERMISSIONS
        return permissions

    def member_payload(self, user_id: int, *, with_permissions: bool = False) -> JSON:
        """A copy of a member payload, optionally with the computed ``permissions`` string."""
        try:
            member = dict(self.members[user_id])
        except KeyError:
            raise KeyError(
                f"user {user_id} is not a member of guild {self.id}; call add_member() first"
            ) from None
        if with_permissions:
            member["permissions"] = str(self.permissions_for(user_id))
        return member

    def to_payload(self) -> JSON:
        """The full GUILD_CREATE / GET /guilds/{id} payload."""
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "region": None,
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "premium_progress_bar_enabled": False,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "vanity_url_code": None,
            "preferred_locale": self.locale,
            "features": [],
            "max_members": 500_000,
            "max_video_channel_users": 25,
            "application_id": None,
            "roles": list(self.roles.values()),
            "emojis": [],
            "stickers": [],
            "channels": list(self.channels.values()),
            "members": list(self.members.values()),
            "member_count": len(self.members),
            "large": False,
            "unavailable": False,
            "joined_at": self.joined_at,
            "threads": [],
            "presences": [],
            # GUILD_CREATE's voice states carry neither guild_id nor member.
            "voice_states": [
                {k: v for k, v in state.items() if k not in ("guild_id", "member")}
                for state in self.voice_states.values()
            ],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "lazy": True,
        }


@dataclass(eq=False)
class FakeInteraction:
    """An interaction the fake sent to the bot, and everything the bot did with it.

    ``original`` is the live ``@original`` message (created by callback 4/5, or the
    component's message for callback 6/7) and reflects every later PATCH; ``edits`` keeps
    each PATCH payload (with its ``files``); ``followups`` holds follow-up messages.
    Message dicts are complete Discord message objects plus a ``files`` key holding the
    uploaded :class:`FakeFile` objects, aligned with ``attachments``.
    """

    id: str
    token: str
    type: int
    payload: JSON
    created_at: float
    _fake: FakeDiscord = field(repr=False)
    callbacks: list[Callback] = field(default_factory=list)
    original: JSON | None = None
    edits: list[JSON] = field(default_factory=list)
    followups: list[JSON] = field(default_factory=list)
    source_message: JSON | None = field(default=None, repr=False)
    #: Set by :meth:`FakeDiscord.expire_token`: the token is dead before its lifetime is up.
    token_expired: bool = False

    @property
    def token_alive(self) -> bool:
        """Whether webhook calls with this token still work (Discord: 15 minutes)."""
        age = time.monotonic() - self.created_at
        return not self.token_expired and age <= self._fake.interaction_token_lifetime

    @property
    def name(self) -> str:
        """Command name (``/name sub``) or component/modal custom id, for messages."""
        data = self.payload.get("data") or {}
        if "name" in data:
            parts = [data["name"]]
            options = data.get("options") or []
            while options and options[0].get("type") in (1, 2):
                parts.append(options[0]["name"])
                options = options[0].get("options") or []
            return "/" + " ".join(parts)
        return str(data.get("custom_id", "?"))

    @property
    def user_id(self) -> int:
        """Id of the user who triggered the interaction."""
        user = (self.payload.get("member") or {}).get("user") or self.payload.get("user") or {}
        return int(user["id"])

    @property
    def callback_latency(self) -> float | None:
        """Seconds between dispatch and the first callback, or ``None`` if not answered."""
        if not self.callbacks:
            return None
        return self.callbacks[0].received_at - self.created_at

    def summary(self) -> str:
        """Human-readable state, used in timeout errors."""

        def describe(message: JSON | None) -> str:
            if message is None:
                return "None"
            files = [f.filename for f in message.get("files", [])]
            embeds = [e.get("title") or e.get("description") for e in message.get("embeds", [])]
            return (
                f"{{content={message.get('content')!r}, flags={message.get('flags')}, "
                f"embeds={embeds}, files={files}}}"
            )

        lines = [
            f"interaction {self.id} {self.name} (type {self.type}) by user {self.user_id}",
            f"  callbacks: {[c.type for c in self.callbacks] or 'none'}",
            f"  original: {describe(self.original)}",
            f"  edits: {len(self.edits)}",
            f"  followups: {[describe(m) for m in self.followups] or 'none'}",
        ]
        if self._fake.unhandled:
            lines.append(f"  unhandled routes: {self._fake.unhandled}")
        return "\n".join(lines)

    async def wait_for_callback(self, timeout: float = 5.0) -> Callback:
        """Wait until the bot acknowledged the interaction; return the first callback."""
        await self.wait_for(lambda i: bool(i.callbacks), timeout=timeout)
        return self.callbacks[0]

    async def wait_for(
        self, predicate: Callable[[FakeInteraction], bool], timeout: float = 20.0
    ) -> None:
        """Wait until ``predicate(self)`` is true, re-checking after every change.

        Exceptions raised by the predicate count as "not yet" (so ``lambda i:
        i.original["content"] == "x"`` is fine before the original exists); the last one is
        reported if the wait times out.
        """
        await self._fake._wait_until(
            lambda: predicate(self), timeout=timeout, describe=self.summary
        )

    def final_message(self) -> JSON:
        """The last follow-up, else the original response."""
        if self.followups:
            return self.followups[-1]
        if self.original is not None:
            return self.original
        raise LookupError(f"the bot has not sent any message yet:\n{self.summary()}")


# --------------------------------------------------------------------------------------
# The fake
# --------------------------------------------------------------------------------------


class FakeDiscord:
    """Loopback fake of Discord's REST API and gateway for the real discord.py client.

    Construction creates the bot user, an owner and one default guild (``guild_id``) with
    text channels ``channel_id`` (#general), ``review_channel_id`` (#voice-review) and
    ``audit_channel_id`` (#audit-log); roles ``@everyone``, ``Moderator``
    (``moderator_role_id``: manage_guild, manage_messages, ...), ``Member``
    (``member_role_id``) and the bot's managed role; and the bot and owner as members.

    Call :meth:`start` (or use ``async with``), then :meth:`install` (done by
    :func:`running_bot`) so discord.py talks to the fake instead of Discord.
    """

    def __init__(
        self,
        *,
        token: str = "fake-bot-token",
        bot_name: str = "VoiceClone",
        host: str = "127.0.0.1",
        port: int = 0,
        attachment_size_limit: int = DEFAULT_ATTACHMENT_SIZE_LIMIT,
        interaction_deadline: float | None = 3.0,
        interaction_token_lifetime: float = INTERACTION_TOKEN_LIFETIME,
        recommended_shards: int = 1,
        max_concurrency: int = 1,
        max_guilds_per_shard: int = MAX_GUILDS_PER_SHARD,
        default_guild_shard: tuple[int, int] | None = None,
        nonce_window: float = NONCE_WINDOW,
    ) -> None:
        self.token = token
        self.host = host
        self.port = port
        self.attachment_size_limit = attachment_size_limit
        # Discord rejects the first callback after 3 s with 404 Unknown interaction.
        self.interaction_deadline = interaction_deadline
        # After this many seconds every webhook call with an interaction's token (follow-ups,
        # edits, fetches, deletes) answers 401 Invalid Webhook Token (50027), like Discord.
        self.interaction_token_lifetime = interaction_token_lifetime
        # How long a create with enforce_nonce finds an earlier message with its nonce.
        self.nonce_window = nonce_window
        # Privileged intents "enabled in the developer portal"; others close with 4014.
        self.enabled_privileged_intents = PRIVILEGED_INTENTS
        # GET /gateway/bot: the shard count an automatically sharded bot uses, and the
        # IDENTIFYs allowed per 5 s (session_start_limit.max_concurrency).
        self.recommended_shards = recommended_shards
        self.max_concurrency = max_concurrency
        # The gateway URL GET /gateway/bot names (None: this fake's own gateway).
        self.gateway_bot_url: str | None = None
        # A shard (or unsharded connection) with more guilds closes with 4011.
        self.max_guilds_per_shard = max_guilds_per_shard

        self._snowflake = _SnowflakeFactory()
        self._user_counter = itertools.count(1)

        self.application_id = self._snowflake()
        self.bot_user_id = self.application_id
        self.users: dict[int, JSON] = {}
        self.bot_user = self.add_user(self.bot_user_id, name=bot_name, bot=True)
        self.owner_id = self._snowflake()
        self.add_user(self.owner_id, name="guild-owner")

        self.guilds: dict[int, FakeGuild] = {}
        guild = self.add_guild(
            "Fake Guild",
            channels=("general", "voice-review", "audit-log"),
            owner_id=self.owner_id,
            shard=default_guild_shard,
        )
        self.guild_id = guild.id
        self.channel_id = int(guild.channel_named("general")["id"])
        self.review_channel_id = int(guild.channel_named("voice-review")["id"])
        self.audit_channel_id = int(guild.channel_named("audit-log")["id"])
        self.moderator_role_id = int(guild.role_named("Moderator")["id"])
        self.member_role_id = int(guild.role_named("Member")["id"])
        self.bot_role_id = int(guild.role_named(bot_name)["id"])

        # What the bot did.
        self.synced_commands: dict[int | None, list[JSON]] = {}
        self.sync_count = 0
        #: ``time.monotonic()`` of each accepted bulk overwrite (benchmarks time start-up).
        self.synced_at: list[float] = []
        #: The ``errors`` of every command sync refused (400 Invalid Form Body), by scope.
        self.refused_syncs: list[tuple[int | None, JSON]] = []
        self.channel_messages: defaultdict[int, list[JSON]] = defaultdict(list)
        self.dm_messages: defaultdict[int, list[JSON]] = defaultdict(list)
        self.deleted_messages: list[JSON] = []
        self.user_messages: list[JSON] = []
        self.interactions: list[FakeInteraction] = []
        self.connections: list[GatewayConnection] = []
        self.requests: list[RecordedRequest] = []
        self.unhandled: list[str] = []
        self.downloads: Counter[int] = Counter()
        self.dm_closed_users: set[int] = set()
        # Voice: the attached fake voice server, the bot's op 4 payloads, the joins Discord
        # ignored (why, for diagnostics) and every voice channel status set, per channel.
        self.voice_server: FakeVoiceServer | None = None
        self.bot_voice_requests: list[JSON] = []
        self.voice_refusals: list[tuple[int | None, str]] = []
        self.voice_statuses: defaultdict[int, list[str | None]] = defaultdict(list)

        self._attachments: dict[int, JSON] = {}
        self._attachment_blobs: dict[int, bytes] = {}
        self._messages_by_id: dict[int, JSON] = {}
        self._interactions_by_token: dict[str, FakeInteraction] = {}
        self._dm_channels: dict[int, JSON] = {}
        self._dm_recipients: dict[int, int] = {}
        self._sessions: dict[str, int] = {}
        self._injections: list[_Injection] = []
        # (channel, author, nonce) -> (message id, time.monotonic() when created).
        self._nonces: dict[tuple[int, int, str], tuple[int, float]] = {}
        self._runner: web.AppRunner | None = None
        self._changed: asyncio.Condition | None = None
        self._installed_depth = 0
        self._original_base: str | None = None
        self._original_gateway: yarl.URL | None = None

    # ---------------------------------------------------------------- world building

    def add_user(
        self,
        user_id: int | None = None,
        *,
        name: str | None = None,
        bot: bool = False,
        global_name: str | None = None,
    ) -> JSON:
        """Register a user (not necessarily a guild member); return its user payload."""
        user_id = self._snowflake() if user_id is None else user_id
        name = name or f"user{next(self._user_counter)}"
        user: JSON = {
            "id": str(user_id),
            "username": name,
            "discriminator": "0",
            "global_name": global_name,
            "avatar": None,
            "bot": bot,
            "system": False,
            "public_flags": 0,
            "banner": None,
            "accent_color": None,
            "avatar_decoration_data": None,
        }
        self.users[user_id] = user
        return user

    def add_guild(
        self,
        name: str = "Fake Guild",
        *,
        channels: Sequence[str] = ("general",),
        owner_id: int | None = None,
        locale: str = "en-US",
        shard: tuple[int, int] | None = None,
    ) -> FakeGuild:
        """Create a guild with ``@everyone``, ``Moderator``, ``Member`` and bot roles.

        The bot and the owner are members. Add guilds before the bot connects: the guild
        list is sent in READY / GUILD_CREATE. ``shard=(shard_id, shard_count)`` picks an id
        whose events go to that shard.
        """
        owner_id = self.owner_id if owner_id is None else owner_id
        if owner_id not in self.users:
            self.add_user(owner_id)
        guild_id = self._snowflake(shard)
        guild = FakeGuild(id=guild_id, name=name, owner_id=owner_id, locale=locale)
        self.guilds[guild.id] = guild
        guild.roles[guild.id] = self._role_payload(guild.id, "@everyone", EVERYONE_PERMISSIONS, 0)
        self.add_role("Moderator", MODERATOR_PERMISSIONS, guild_id=guild.id)
        self.add_role("Member", 0, guild_id=guild.id)
        bot_role = self.add_role(self.bot_user["username"], BOT_PERMISSIONS, guild_id=guild.id)
        bot_role["managed"] = True
        bot_role["tags"] = {"bot_id": str(self.bot_user_id)}
        for channel_name in channels:
            self.add_channel(channel_name, guild_id=guild.id)
        self._add_member_payload(guild, self.bot_user_id, [int(bot_role["id"])])
        self._add_member_payload(guild, owner_id, [])
        return guild

    def add_role(self, name: str, permissions: int = 0, *, guild_id: int | None = None) -> JSON:
        """Add a role to a guild (default guild if omitted); return its payload."""
        guild = self._guild(guild_id)
        role = self._role_payload(self._snowflake(), name, permissions, len(guild.roles))
        guild.roles[int(role["id"])] = role
        return role

    def add_channel(self, name: str, *, guild_id: int | None = None, type: int = 0) -> JSON:
        """Add a text channel (``type`` 0) to a guild; return its payload."""
        guild = self._guild(guild_id)
        channel: JSON = {
            "id": str(self._snowflake()),
            "type": type,
            "guild_id": str(guild.id),
            "name": name,
            "position": len(guild.channels),
            "permission_overwrites": [],
            "parent_id": None,
            "topic": None,
            "nsfw": False,
            "rate_limit_per_user": 0,
            "last_message_id": None,
            "flags": 0,
        }
        guild.channels[int(channel["id"])] = channel
        return channel

    def add_voice_channel(
        self,
        name: str,
        *,
        guild_id: int | None = None,
        user_limit: int = 0,
        bitrate: int = 64_000,
        overwrites: Sequence[JSON] = (),
    ) -> int:
        """Add a voice channel (type 2) and return its id.

        ``overwrites`` are permission overwrite payloads (``{"id", "type": 0 role / 1
        member, "allow", "deny"}``, bit fields as strings) as Discord sends them; see also
        :meth:`set_channel_permissions`. ``user_limit`` 0 means no limit.
        """
        channel = self.add_channel(name, guild_id=guild_id, type=2)
        for key in ("topic", "rate_limit_per_user"):
            channel.pop(key, None)
        channel.update(
            bitrate=bitrate,
            user_limit=user_limit,
            rtc_region=None,
            video_quality_mode=1,
            rate_limit_per_user=0,
            permission_overwrites=[dict(o) for o in overwrites],
        )
        return int(channel["id"])

    def add_member(
        self,
        user_id: int | None = None,
        *,
        name: str | None = None,
        roles: Sequence[int] = (),
        permissions: int | None = None,
        guild_id: int | None = None,
        bot: bool = False,
        nick: str | None = None,
    ) -> JSON:
        """Add a guild member (default guild) and return its member payload.

        ``roles`` are role ids on top of ``@everyone``. ``permissions`` creates a dedicated
        role carrying exactly those permission bits, so discord.py's own computation from
        roles agrees with the ``permissions`` string sent in interactions.
        """
        guild = self._guild(guild_id)
        if user_id is None or user_id not in self.users:
            user = self.add_user(user_id, name=name, bot=bot)
            user_id = int(user["id"])
        role_ids = list(roles)
        if permissions is not None:
            username = self.users[user_id]["username"]
            role_ids.append(
                int(self.add_role(f"{username}-perms", permissions, guild_id=guild.id)["id"])
            )
        unknown = [role_id for role_id in role_ids if role_id not in guild.roles]
        if unknown:
            raise KeyError(f"unknown role ids {unknown} in guild {guild.id}")
        return self._add_member_payload(guild, user_id, role_ids, nick=nick)

    def add_attachment(
        self,
        filename: str,
        data: bytes,
        content_type: str | None = None,
        *,
        size: int | None = None,
        duration_secs: float | None = None,
        waveform: str | None = None,
        flags: int = 0,
        description: str | None = None,
        ephemeral: bool = False,
    ) -> JSON:
        """Register an uploaded file and return its attachment payload.

        The bytes are served at ``url``/``proxy_url`` (``/attachments/<id>/<filename>``) and
        every download is counted in ``downloads[id]``. ``size`` may lie about the length
        (as a client-side check would see it); ``duration_secs`` + ``waveform`` (base64)
        make ``Attachment.is_voice_message()`` true.
        """
        attachment_id = self._snowflake()
        url = f"{self.base_url}/attachments/{attachment_id}/{filename}"
        attachment: JSON = {
            "id": str(attachment_id),
            "filename": filename,
            "size": len(data) if size is None else size,
            "url": url,
            "proxy_url": url,
            "content_type": content_type or _guess_content_type(filename),
            "flags": flags,
        }
        if description is not None:
            attachment["description"] = description
        if duration_secs is not None:
            attachment["duration_secs"] = duration_secs
        if waveform is not None:
            attachment["waveform"] = waveform
        if ephemeral:
            attachment["ephemeral"] = True
        self._attachments[attachment_id] = attachment
        self._attachment_blobs[attachment_id] = data
        return attachment

    def attachment_bytes(self, attachment_id: int | str) -> bytes:
        """The bytes served for an attachment."""
        return self._attachment_blobs[int(attachment_id)]

    def add_user_message(
        self,
        channel_id: int,
        author_id: int,
        content: str = "",
        *,
        attachments: Sequence[JSON] = (),
        flags: int = 0,
    ) -> JSON:
        """Record a message posted by a user (not the bot); return the message payload.

        Useful as the target of a message context-menu command. Not dispatched; see
        :meth:`send_user_message`.
        """
        guild = self._guild_of_channel(channel_id)
        author = self.users[author_id]
        message = self._new_message_payload(
            channel_id=channel_id,
            guild_id=guild.id if guild else None,
            author=author,
            content=content,
            attachments=[dict(a) for a in attachments],
            flags=flags,
        )
        message["files"] = []
        self._messages_by_id[int(message["id"])] = message
        self.user_messages.append(message)
        return message

    def add_voice_message(
        self,
        channel_id: int,
        author_id: int,
        data: bytes,
        *,
        duration_secs: float = 1.0,
        waveform: str | None = None,
        filename: str = "voice-message.ogg",
    ) -> JSON:
        """Record a voice message (OGG/Opus attachment + IS_VOICE_MESSAGE flag) by a user."""
        attachment = self.add_attachment(
            filename,
            data,
            "audio/ogg",
            duration_secs=duration_secs,
            waveform=waveform if waveform is not None else "AAAAAAAAAAAA",
        )
        return self.add_user_message(
            channel_id, author_id, attachments=[attachment], flags=MessageFlags.IS_VOICE_MESSAGE
        )

    async def send_user_message(
        self,
        channel_id: int,
        author_id: int,
        content: str = "",
        *,
        attachments: Sequence[JSON] = (),
        flags: int = 0,
    ) -> JSON:
        """Record a user's message and dispatch it to the bot as MESSAGE_CREATE."""
        message = self.add_user_message(
            channel_id, author_id, content, attachments=attachments, flags=flags
        )
        event = _public(message)
        guild = self._guild_of_channel(channel_id)
        if guild is not None and author_id in guild.members:
            member = guild.member_payload(author_id)
            member.pop("user", None)
            event["member"] = member
        connection = self.connection_for(guild.id if guild else None)
        intents = connection.intents or 0
        if guild is not None and not intents & GUILD_MESSAGES_INTENT:
            return message  # Discord sends a guild's messages only with GUILD_MESSAGES
        mentioned = any(int(u["id"]) == self.bot_user_id for u in event.get("mentions") or [])
        if guild is not None and not intents & MESSAGE_CONTENT_INTENT and not mentioned:
            # Without MESSAGE_CONTENT a bot sees no content, embeds, attachments or components
            # of a message that does not mention it.
            event.update(content="", embeds=[], attachments=[], components=[])
        await self._dispatch(connection, "MESSAGE_CREATE", event)
        return message

    def message(self, message_id: int | str) -> JSON:
        """Current state of any message the fake knows about."""
        return self._messages_by_id[int(message_id)]

    # ---------------------------------------------------------------- fault injection

    def inject_error(
        self,
        method: str,
        path: str,
        *,
        status: int = 500,
        body: JSON | None = None,
        headers: Mapping[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` matching requests with an error.

        ``path`` is a regular expression matched (``re.fullmatch``) against the request
        path without the ``/api/v10`` prefix, e.g. ``r"/webhooks/\\d+/[^/]+"`` or
        ``r"/attachments/.*"``. ``method`` may be ``"*"``. Note discord.py retries 500,
        502, 504 and 524 after sleeping ``1 + 2 * attempt`` seconds.
        """
        self._injections.append(
            _Injection(
                method=method.upper(),
                pattern=re.compile(path),
                status=status,
                body=body if body is not None else {"message": "injected error", "code": 0},
                headers=dict(headers or {}),
                remaining=times,
            )
        )

    def inject_rate_limit(
        self,
        method: str,
        path: str,
        *,
        retry_after: float = 0.05,
        times: int = 1,
        is_global: bool = False,
    ) -> None:
        """Answer the next matching requests with a 429 that discord.py retries.

        The ``Via`` header is included: without it discord.py treats a 429 as a Cloudflare
        ban and raises at once.
        """
        self.inject_error(
            method,
            path,
            status=429,
            body={
                "message": "You are being rate limited.",
                "retry_after": retry_after,
                "global": is_global,
            },
            headers={
                "Via": "1.1 google",
                "Retry-After": str(max(1, round(retry_after))),
                "X-RateLimit-Scope": "global" if is_global else "user",
            },
            times=times,
        )

    def inject_disconnect(
        self,
        method: str,
        path: str,
        *,
        when: Cut = "before",
        reset: bool = False,
        times: int = 1,
    ) -> None:
        """Cut the connection without an answer for the next ``times`` matching requests.

        ``method`` and ``path`` match as in :meth:`inject_error` (the two share one queue,
        first queued first). ``when="before"``: the fake reads the request and does nothing
        (no message is created); ``when="after"``: it handles the request in full (the
        message IS created, waiters are woken) and only the answer is lost. The client sees
        ``aiohttp.ServerDisconnectedError`` (the connection is closed), or with ``reset``
        ``aiohttp.ClientOSError`` ECONNRESET (a TCP reset). Neither is retried by discord.py
        nor (for POST and PATCH) by aiohttp. The request's record has ``cut`` set.
        """
        self._injections.append(
            _Injection(
                method=method.upper(),
                pattern=re.compile(path),
                status=0,
                body={},
                headers={},
                remaining=times,
                cut=when,
                reset=reset,
            )
        )

    def clear_injections(self) -> None:
        """Forget every injected fault not used yet (Discord is healthy again)."""
        self._injections.clear()

    def fail_followups(self, *, status: int = 500, times: int = 1) -> None:
        """Answer the next ``times`` follow-up POSTs with a server error ``status``.

        discord.py's webhook adapter retries every 5xx itself (sleeping ``1 + 2 * attempt``
        seconds, five attempts) before raising ``DiscordServerError``.
        """
        self.inject_error(
            "POST",
            r"/webhooks/\d+/[^/]+",
            status=status,
            body={"message": f"{status}: Internal Server Error", "code": 0},
            times=times,
        )

    def expire_token(self, interaction: FakeInteraction) -> None:
        """Make an interaction's token invalid now (as if 15 minutes had passed)."""
        interaction.token_expired = True

    async def set_channel_permissions(
        self, channel_id: int, target_id: int | None = None, *, allow: int = 0, deny: int = 0
    ) -> None:
        """Set a permission overwrite on a channel (the bot's member overwrite by default)
        and dispatch CHANNEL_UPDATE, as Discord does when a moderator edits the channel.

        E.g. ``deny=ATTACH_FILES`` or ``deny=SEND_MESSAGES``: posts there answer 403 Missing
        Permissions (50013); ``deny=VIEW_CHANNEL`` answers 403 Missing Access (50001).
        """
        channel, guild = self._channel(channel_id)
        if channel is None or guild is None:
            raise LookupError(f"unknown guild channel {channel_id}")
        target = self.bot_user_id if target_id is None else target_id
        kind = 0 if target in guild.roles else 1
        overwrites = [o for o in channel["permission_overwrites"] if int(o["id"]) != target]
        overwrites.append({"id": str(target), "type": kind, "allow": str(allow), "deny": str(deny)})
        channel["permission_overwrites"] = overwrites
        if self._has_connection():
            await self.dispatch("CHANNEL_UPDATE", dict(channel))

    async def delete_channel(self, channel_id: int) -> None:
        """Delete a guild channel and dispatch CHANNEL_DELETE; later calls for it answer
        404 Unknown Channel (10003)."""
        channel, guild = self._channel(channel_id)
        if channel is None or guild is None:
            raise LookupError(f"unknown guild channel {channel_id}")
        del guild.channels[channel_id]
        if self._has_connection():
            await self.dispatch("CHANNEL_DELETE", dict(channel))

    # ---------------------------------------------------------------- voice (test side)

    def use_voice_server(self, voice_server: FakeVoiceServer) -> None:
        """Attach a started fake voice server: VOICE_SERVER_UPDATE names its endpoint and
        its tokens."""
        self.voice_server = voice_server

    def voice_state(self, user_id: int, *, guild_id: int | None = None) -> JSON | None:
        """A member's current voice state in a guild (None when not in a voice channel)."""
        return self._guild(guild_id).voice_states.get(user_id)

    def voice_members(self, channel_id: int) -> list[int]:
        """User ids currently in a voice channel, per the fake."""
        guild = self._guild_of_channel(channel_id)
        if guild is None:
            return []
        return [
            user_id
            for user_id, state in guild.voice_states.items()
            if state["channel_id"] == str(channel_id)
        ]

    async def join_voice(
        self,
        user_id: int,
        channel_id: int,
        *,
        self_mute: bool = False,
        self_deaf: bool = False,
        mute: bool = False,
        deaf: bool = False,
    ) -> JSON | None:
        """A member joins (or moves to) a voice channel: VOICE_STATE_UPDATE is dispatched;
        returns the voice state.

        For the bot's own user this is a moderator moving the bot: Discord then also sends
        VOICE_SERVER_UPDATE with a new token (None when the bot may not connect there).
        Permissions are not checked for members (the test decides who joins); the bot's
        own joins go through op 4.
        """
        channel, guild = self._channel(channel_id)
        if channel is None or guild is None or int(channel["type"]) not in (2, 13):
            raise LookupError(f"{channel_id} is not a voice channel of a known guild")
        if user_id == self.bot_user_id:
            connection = self.connection_for(guild.id)
            return await self._bot_enters(connection, guild, channel, self_mute, self_deaf)
        state = self._set_voice_state(
            guild,
            user_id,
            channel_id,
            session_id=uuid.uuid4().hex,
            self_mute=self_mute,
            self_deaf=self_deaf,
            mute=mute,
            deaf=deaf,
        )
        if self._has_connection():
            await self.dispatch("VOICE_STATE_UPDATE", dict(state))
        await self._notify()
        return state

    async def leave_voice(self, user_id: int, *, guild_id: int | None = None) -> None:
        """A member leaves voice (for the bot: it is disconnected by a moderator):
        VOICE_STATE_UPDATE with ``channel_id`` null, and its voice session closes (4014)."""
        guild = self._guild(guild_id)
        await self._leave_voice(guild, user_id)

    async def _leave_voice(self, guild: FakeGuild, user_id: int) -> None:
        previous = guild.voice_states.pop(user_id, None)
        if previous is not None:
            state = dict(previous)
            state["channel_id"] = None
            if self._has_connection():
                await self.dispatch("VOICE_STATE_UPDATE", state)
        if self.voice_server is not None:
            await self.voice_server.revoke(guild_id=guild.id, user_id=user_id)
        await self._notify()

    def _set_voice_state(
        self,
        guild: FakeGuild,
        user_id: int,
        channel_id: int,
        *,
        session_id: str,
        self_mute: bool,
        self_deaf: bool,
        mute: bool = False,
        deaf: bool = False,
    ) -> JSON:
        state: JSON = {
            "guild_id": str(guild.id),
            "channel_id": str(channel_id),
            "user_id": str(user_id),
            "member": guild.member_payload(user_id),
            "session_id": session_id,
            "deaf": deaf,
            "mute": mute,
            "self_deaf": self_deaf,
            "self_mute": self_mute,
            "self_stream": False,
            "self_video": False,
            "suppress": False,
            "request_to_speak_timestamp": None,
        }
        guild.voice_states[user_id] = state
        return state

    def _bot_join_problem(self, guild: FakeGuild, channel: JSON | None) -> str | None:
        """Why Discord would ignore the bot's op 4 for this channel (it answers nothing)."""
        if channel is None or int(channel["type"]) not in (2, 13):
            return "not a voice channel of this guild"
        permissions = self._bot_channel_permissions(guild, channel)
        if permissions & (VIEW_CHANNEL | CONNECT) != VIEW_CHANNEL | CONNECT:
            return "missing VIEW_CHANNEL or CONNECT"
        limit = int(channel.get("user_limit") or 0)
        inside = [
            u
            for u, state in guild.voice_states.items()
            if state["channel_id"] == channel["id"] and u != self.bot_user_id
        ]
        if limit and len(inside) >= limit and not permissions & MOVE_MEMBERS:
            return f"channel full ({limit} users) and no MOVE_MEMBERS"
        return None

    async def _bot_voice_state_update(self, connection: GatewayConnection, data: JSON) -> None:
        """The bot's op 4: join, move or (``channel_id`` null) leave a voice channel."""
        self.bot_voice_requests.append(dict(data))
        guild = self.guilds.get(int(data.get("guild_id") or 0))
        if guild is None or guild.id not in connection.guild_ids:
            self.voice_refusals.append((None, "unknown guild for this connection"))
            await self._notify()
            return
        if data.get("channel_id") is None:
            await self._leave_voice(guild, self.bot_user_id)
            return
        channel = guild.channels.get(int(data["channel_id"]))
        await self._bot_enters(
            connection, guild, channel, bool(data.get("self_mute")), bool(data.get("self_deaf"))
        )

    async def _bot_enters(
        self,
        connection: GatewayConnection,
        guild: FakeGuild,
        channel: JSON | None,
        self_mute: bool,
        self_deaf: bool,
    ) -> JSON | None:
        problem = self._bot_join_problem(guild, channel)
        if problem is not None or channel is None:
            # Discord sends nothing at all; discord.py's connect() times out.
            self.voice_refusals.append((int(channel["id"]) if channel else None, str(problem)))
            await self._notify()
            return None
        session_id = connection.session_id or uuid.uuid4().hex
        # Moving: Discord closes the voice connection of the old channel with 4014 once the
        # new one is granted (discord.py's move_to reconnects on that close).
        moving = [
            s
            for s in (self.voice_server.sessions if self.voice_server is not None else [])
            if s.grant.user_id == self.bot_user_id
            and s.grant.guild_id == guild.id
            and not s.connection.ws.closed
        ]
        state = self._set_voice_state(
            guild,
            self.bot_user_id,
            int(channel["id"]),
            session_id=session_id,
            self_mute=self_mute,
            self_deaf=self_deaf,
        )
        await self._dispatch(connection, "VOICE_STATE_UPDATE", dict(state))
        if self.voice_server is None:
            self.unhandled.append("VOICE_SERVER_UPDATE: no fake voice server (use_voice_server)")
            await self._notify()
            return state
        grant = self.voice_server.grant(
            guild_id=guild.id,
            channel_id=int(channel["id"]),
            user_id=self.bot_user_id,
            session_id=session_id,
            can_speak=bool(self._bot_channel_permissions(guild, channel) & SPEAK),
        )
        await self._dispatch(
            connection,
            "VOICE_SERVER_UPDATE",
            {
                "token": grant.token,
                "guild_id": str(guild.id),
                "endpoint": self.voice_server.endpoint,
            },
        )
        for session in moving:
            await session.disconnect(4014)
        await self._notify()
        return state

    async def wait_until_bot_sees(self, check: Callable[[], object], timeout: float = 5.0) -> None:
        """Wait until ``check()`` (about the bot's state, e.g. its cache after a dispatch)
        holds; the bot's side changes without telling the fake, so this polls."""
        deadline = time.monotonic() + timeout
        while not check():
            if time.monotonic() > deadline:
                raise TimeoutError(f"the bot did not get there within {timeout:g}s")
            await asyncio.sleep(0.005)

    def _has_connection(self) -> bool:
        return any(c.ready and not c.closed and not c.ws.closed for c in self.connections)

    # ---------------------------------------------------------------- lifecycle

    @property
    def application_flags(self) -> int:
        """The application's flags as Discord reports them: a privileged intent's gateway flag
        only while it is enabled in the "developer portal" (``enabled_privileged_intents``)."""
        flags = discord.ApplicationFlags._from_value(APPLICATION_FLAGS)
        enabled = discord.Intents._from_value(self.enabled_privileged_intents)
        flags.gateway_presence = enabled.presences
        flags.gateway_guild_members = enabled.members
        flags.gateway_message_content = enabled.message_content
        return flags.value

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` (only valid once started, unless a port was given)."""
        return f"http://{self.host}:{self.port}"

    @property
    def gateway_url(self) -> str:
        """The websocket URL of the fake gateway."""
        return f"ws://{self.host}:{self.port}/gateway"

    async def start(self) -> None:
        """Start serving on ``host:port`` (an ephemeral port by default)."""
        if self._runner is not None:
            return
        self._changed = asyncio.Condition()
        app = web.Application(middlewares=[self._middleware], client_max_size=256 * 1024 * 1024)
        self._add_routes(app.router)
        runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        site = web.SockSite(runner, sock)
        await site.start()
        self._runner = runner
        # Attachments registered before start() got a URL without the real port.
        for attachment_id, attachment in self._attachments.items():
            url = f"{self.base_url}/attachments/{attachment_id}/{attachment['filename']}"
            attachment["url"] = attachment["proxy_url"] = url

    async def stop(self) -> None:
        """Close gateway connections and stop serving."""
        if self._runner is None:
            return
        for connection in self.connections:
            if not connection.ws.closed:
                with contextlib.suppress(Exception):
                    await connection.ws.close(code=1001, message=b"fake discord shutting down")
        await self._runner.cleanup()
        self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    def install(self) -> None:
        """Point discord.py's REST base and default gateway at this fake.

        Calls nest: the originals are restored by the matching last :meth:`uninstall`.
        """
        if self._runner is None:
            raise RuntimeError("start() the fake before install()")
        if self._installed_depth == 0:
            self._original_base = discord.http.Route.BASE
            self._original_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        self._installed_depth += 1
        discord.http.Route.BASE = f"{self.base_url}{API_PREFIX}"
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)

    def uninstall(self) -> None:
        """Undo :meth:`install` (restores discord.py's real URLs after the last call)."""
        if self._installed_depth == 0:
            return
        self._installed_depth -= 1
        if self._installed_depth == 0:
            assert self._original_base is not None
            assert self._original_gateway is not None
            discord.http.Route.BASE = self._original_base
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = self._original_gateway

    # ---------------------------------------------------------------- waiting

    async def _notify(self) -> None:
        if self._changed is None:
            return
        async with self._changed:
            self._changed.notify_all()

    async def _wait_until(
        self, check: Callable[[], object], *, timeout: float, describe: Callable[[], str]
    ) -> None:
        if self._changed is None:
            raise RuntimeError("the fake is not started")
        condition = self._changed
        last_error: list[BaseException] = []

        def safe_check() -> bool:
            try:
                return bool(check())
            except Exception as exc:
                last_error[:] = [exc]
                return False

        try:
            async with asyncio.timeout(timeout):
                async with condition:
                    await condition.wait_for(safe_check)
        except TimeoutError:
            detail = describe()
            if last_error:
                detail += f"\nlast predicate error: {last_error[0]!r}"
            raise TimeoutError(f"timed out after {timeout:g}s; {detail}") from None

    async def wait_for_sync(self, timeout: float = 10.0, *, count: int = 1) -> None:
        """Wait until the bot has bulk-overwritten commands at least ``count`` times."""
        await self._wait_until(
            lambda: self.sync_count >= count,
            timeout=timeout,
            describe=lambda: f"command syncs: {self.sync_count} (wanted {count})",
        )

    async def wait_for_channel_message(
        self,
        channel_id: int,
        predicate: Callable[[JSON], bool] | None = None,
        timeout: float = 10.0,
    ) -> JSON:
        """Return the first message the bot posted in the channel matching ``predicate``.

        Messages posted before the call count too; waits for one if none matches yet.
        """
        return await self._wait_for_message(
            lambda: self.channel_messages.get(channel_id, []),
            predicate,
            timeout,
            f"channel {channel_id}",
        )

    async def wait_for_dm(
        self,
        user_id: int,
        predicate: Callable[[JSON], bool] | None = None,
        timeout: float = 10.0,
    ) -> JSON:
        """Return the first DM the bot sent to the user matching ``predicate``."""
        return await self._wait_for_message(
            lambda: self.dm_messages.get(user_id, []), predicate, timeout, f"DMs to {user_id}"
        )

    async def _wait_for_message(
        self,
        messages: Callable[[], list[JSON]],
        predicate: Callable[[JSON], bool] | None,
        timeout: float,
        where: str,
    ) -> JSON:
        found: list[JSON] = []

        def check() -> bool:
            error: Exception | None = None
            for message in messages():
                try:
                    matched = predicate is None or predicate(message)
                except Exception as exc:
                    error = exc
                    continue
                if matched:
                    found.append(message)
                    return True
            if error is not None:
                raise error
            return False

        def describe() -> str:
            contents = [m.get("content") for m in messages()]
            return f"no matching message in {where}; messages so far: {contents}"

        await self._wait_until(check, timeout=timeout, describe=describe)
        return found[0]

    # ---------------------------------------------------------------- gateway side

    @property
    def connection(self) -> GatewayConnection:
        """The newest open gateway connection that completed IDENTIFY or RESUME."""
        for connection in reversed(self.connections):
            if connection.ready and not connection.closed and not connection.ws.closed:
                return connection
        raise RuntimeError(
            "no bot is connected to the fake gateway "
            f"({len(self.connections)} connection(s) so far); start the bot with running_bot()"
        )

    def connection_for(self, guild_id: int | None) -> GatewayConnection:
        """The connection (shard) that receives events for a guild; DMs go to shard 0.

        Discord routes by ``(guild_id >> 22) % shard_count``: the newest open connection of
        that shard (an unsharded one receives everything). Raises RuntimeError when no bot is
        connected, LookupError when no connection runs the guild's shard (Discord would not
        deliver the event to this bot process).
        """
        ready = [c for c in self.connections if c.ready and not c.closed and not c.ws.closed]
        if not ready:
            return self.connection  # raises, naming the connections so far
        for connection in reversed(ready):
            if connection.receives(guild_id):
                return connection
        shards = sorted({c.shard for c in ready if c.shard is not None})
        where = "DMs" if guild_id is None else f"guild {guild_id}"
        raise LookupError(
            f"no open connection receives the events of {where}: connected shards {shards}"
        )

    async def dispatch(self, event: str, data: JSON) -> None:
        """Send a DISPATCH event to the bot (to the shard of ``data["guild_id"]``, if any)."""
        guild_id = data.get("guild_id")
        connection = self.connection_for(int(guild_id) if guild_id else None)
        await self._dispatch(connection, event, data)

    async def force_reconnect(self, *, resumable: bool = True, timeout: float = 10.0) -> None:
        """Make the connected bot reconnect, and wait until it is back.

        ``resumable=True`` sends op 7 RECONNECT (the bot RESUMEs its session);
        ``False`` sends op 9 INVALID_SESSION ``false`` (the bot identifies afresh, after
        discord.py's default ``before_identify_hook`` sleeps 5 s; override the hook in
        test bots to skip that).
        """
        connection = self.connection
        count = len(self.connections)
        if resumable:
            await connection.send({"op": GatewayOp.RECONNECT, "d": None, "s": None, "t": None})
        else:
            await connection.send(
                {"op": GatewayOp.INVALID_SESSION, "d": False, "s": None, "t": None}
            )

        def back() -> bool:
            return any(c.ready and not c.closed for c in self.connections[count:])

        await self._wait_until(
            back,
            timeout=timeout,
            describe=lambda: f"the bot did not reconnect ({len(self.connections) - count} new)",
        )

    async def _dispatch(self, connection: GatewayConnection, event: str, data: JSON) -> None:
        connection.seq += 1
        if connection.session_id is not None:
            self._sessions[connection.session_id] = connection.seq
        payload: JSON = {"op": GatewayOp.DISPATCH, "t": event, "s": connection.seq, "d": data}
        connection.dispatched.append(payload)
        await connection.send(payload)

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        connection = GatewayConnection(ws=ws, query=dict(request.query), opened_at=time.monotonic())
        self.connections.append(connection)
        await connection.send(
            {
                "op": GatewayOp.HELLO,
                "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS, "_trace": ["fake-discord"]},
                "s": None,
                "t": None,
            }
        )
        try:
            async for frame in ws:
                if frame.type is not aiohttp.WSMsgType.TEXT:
                    continue
                payload = json.loads(frame.data)
                connection.received.append(payload)
                await self._on_gateway_payload(connection, payload)
        finally:
            connection.closed = True
            await self._notify()
        return ws

    async def _on_gateway_payload(self, connection: GatewayConnection, payload: JSON) -> None:
        op = payload.get("op")
        data = payload.get("d")
        if op == GatewayOp.HEARTBEAT:
            await connection.send({"op": GatewayOp.HEARTBEAT_ACK, "d": None, "s": None, "t": None})
        elif op == GatewayOp.IDENTIFY:
            await self._identify(connection, data or {})
        elif op == GatewayOp.RESUME:
            await self._resume(connection, data or {})
        elif op == GatewayOp.REQUEST_GUILD_MEMBERS:
            await self._request_members(connection, data or {})
        elif op == GatewayOp.VOICE_STATE_UPDATE and connection.ready:
            await self._bot_voice_state_update(connection, data or {})
        # PRESENCE_UPDATE and others are recorded in `received` only.

    def _token_ok(self, token: object) -> bool:
        return token in (self.token, f"Bot {self.token}")

    async def _identify(self, connection: GatewayConnection, data: JSON) -> None:
        connection.identified_at = time.monotonic()
        if not self._token_ok(data.get("token")):
            await connection.refuse(4004, "Authentication failed.")
            return
        intents = int(data.get("intents") or 0)
        if intents & PRIVILEGED_INTENTS & ~self.enabled_privileged_intents:
            await connection.refuse(4014, "Disallowed intent(s).")
            return
        connection.identify = data
        shard = data.get("shard")
        guilds = list(self.guilds.values())
        if shard:
            shard_id, shard_count = int(shard[0]), int(shard[1])
            if not 0 <= shard_id < shard_count:
                await connection.refuse(4010, "Invalid shard.")
                return
            guilds = [g for g in guilds if shard_of(g.id, shard_count) == shard_id]
        if len(guilds) > self.max_guilds_per_shard:
            await connection.refuse(4011, "Sharding required.")
            return
        connection.session_id = uuid.uuid4().hex
        connection.seq = 0
        connection.guild_ids = [g.id for g in guilds]
        ready: JSON = {
            "v": 10,
            "user": self._bot_user_me(),
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": connection.session_id,
            "session_type": "normal",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.application_id), "flags": self.application_flags},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": ["fake"],
            "user_settings": {},
            "auth_session_id_hash": secrets.token_hex(16),
            "_trace": ["fake-discord"],
        }
        if shard:
            ready["shard"] = [int(shard[0]), int(shard[1])]
        await self._dispatch(connection, "READY", ready)
        for guild in guilds:
            await self._dispatch(connection, "GUILD_CREATE", guild.to_payload())
        connection.ready = True
        await self._notify()

    async def _resume(self, connection: GatewayConnection, data: JSON) -> None:
        if not self._token_ok(data.get("token")):
            await connection.refuse(4004, "Authentication failed.")
            return
        session_id = data.get("session_id")
        if session_id not in self._sessions:
            await connection.send(
                {"op": GatewayOp.INVALID_SESSION, "d": False, "s": None, "t": None}
            )
            return
        previous = next(
            (
                c
                for c in reversed(self.connections)
                if c.session_id == session_id and c is not connection
            ),
            None,
        )
        connection.session_id = session_id
        connection.seq = self._sessions[session_id]
        connection.resumed = True
        if previous is not None:
            connection.identify = previous.identify
            connection.guild_ids = previous.guild_ids
        await self._dispatch(connection, "RESUMED", {"_trace": ["fake-discord"]})
        connection.ready = True
        await self._notify()

    async def _request_members(self, connection: GatewayConnection, data: JSON) -> None:
        guild = self.guilds.get(int(data.get("guild_id") or 0))
        if guild is None:
            return
        members = list(guild.members.values())
        not_found: list[str] = []
        user_ids = data.get("user_ids")
        if user_ids is not None:
            wanted = [int(u) for u in (user_ids if isinstance(user_ids, list) else [user_ids])]
            members = [guild.members[u] for u in wanted if u in guild.members]
            not_found = [str(u) for u in wanted if u not in guild.members]
        elif data.get("query"):
            query = str(data["query"]).lower()
            members = [m for m in members if m["user"]["username"].lower().startswith(query)]
        limit = int(data.get("limit") or 0)
        if limit:
            members = members[:limit]
        chunk: JSON = {
            "guild_id": str(guild.id),
            "members": members,
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": not_found,
        }
        if data.get("nonce") is not None:
            chunk["nonce"] = data["nonce"]
        await self._dispatch(connection, "GUILD_MEMBERS_CHUNK", chunk)

    # ---------------------------------------------------------------- interactions (test side)

    async def send_slash_command(
        self,
        name: str,
        options: Mapping[str, object] | None = None,
        *,
        user_id: int,
        channel_id: int | None = None,
        guild_id: int | None = None,
        subcommand: str | None = None,
        subcommand_group: str | None = None,
        attachments: Mapping[str, JSON] | None = None,
        locale: str = "en-US",
        dm: bool = False,
    ) -> FakeInteraction:
        """Invoke a synced chat-input command as ``user_id`` and return its handle.

        Option types come from the synced definition. Values: str/int/bool/float for
        primitives; a user id or member/user payload for USER; a channel id/payload for
        CHANNEL; a role id/payload for ROLE; an attachment payload (or its id) for
        ATTACHMENT, which may also be given through ``attachments``. ``dm=True`` invokes a
        global command in the user's DM with the bot.
        """
        guild = None if dm else self._guild(guild_id)
        command = self._find_command(name, guild.id if guild else None, command_type=1)
        self._check_can_use(command, guild, user_id)
        values: dict[str, object] = dict(options or {})
        values.update(attachments or {})
        resolved: JSON = {}
        data: JSON = {"id": command["id"], "name": command["name"], "type": 1}
        if command.get("guild_id") is not None:
            data["guild_id"] = command["guild_id"]
        definition = command.get("options") or []
        path = [name]
        wrappers: list[JSON] = []
        for wanted, option_type in ((subcommand_group, 2), (subcommand, 1)):
            if wanted is None:
                continue
            group = next(
                (o for o in definition if o["name"] == wanted and o.get("type") == option_type),
                None,
            )
            if group is None:
                kind = "subcommand group" if option_type == 2 else "subcommand"
                known = [o["name"] for o in definition if o.get("type") == option_type]
                raise LookupError(f"/{' '.join(path)} has no {kind} {wanted!r}; known: {known}")
            path.append(wanted)
            wrappers.append({"name": wanted, "type": option_type})
            definition = group.get("options") or []
        if any(o.get("type") in (1, 2) for o in definition):
            subs = [o["name"] for o in definition]
            raise LookupError(f"/{' '.join(path)} needs a subcommand(_group); one of {subs}")
        built = self._build_options(definition, values, resolved, guild, "/" + " ".join(path))
        for wrapper in reversed(wrappers):
            wrapper["options"] = built
            built = [wrapper]
        data["options"] = built
        if resolved:
            data["resolved"] = resolved
        return await self._send_interaction(
            InteractionType.APPLICATION_COMMAND,
            data,
            user_id=user_id,
            guild=guild,
            channel_id=channel_id,
            locale=locale,
        )

    async def send_autocomplete(
        self,
        name: str,
        options: Mapping[str, object],
        *,
        focused: str,
        user_id: int,
        channel_id: int | None = None,
        guild_id: int | None = None,
        locale: str = "en-US",
        subcommand: str | None = None,
    ) -> FakeInteraction:
        """Send an autocomplete interaction (type 4) while the user types ``focused``
        (of ``subcommand`` when given).

        The choices come back as a callback of type 8 (``data["choices"]``).
        """
        guild = self._guild(guild_id)
        command = self._find_command(name, guild.id, command_type=1)
        top = command.get("options") or []
        if subcommand is not None:
            sub = next((o for o in top if o["name"] == subcommand and o.get("type") == 1), None)
            if sub is None:
                raise LookupError(f"/{name} has no subcommand {subcommand!r}")
            top = sub.get("options") or []
        definition = {o["name"]: o for o in top}
        built: list[JSON] = []
        for option_name, value in options.items():
            if option_name not in definition:
                raise LookupError(
                    f"/{name} has no option {option_name!r}; known: {list(definition)}"
                )
            option: JSON = {
                "name": option_name,
                "type": definition[option_name]["type"],
                "value": value,
            }
            if option_name == focused:
                option["value"] = str(value)
                option["focused"] = True
            built.append(option)
        if subcommand is not None:
            built = [{"name": subcommand, "type": 1, "options": built}]
        data: JSON = {"id": command["id"], "name": command["name"], "type": 1, "options": built}
        if command.get("guild_id") is not None:
            data["guild_id"] = command["guild_id"]
        return await self._send_interaction(
            InteractionType.APPLICATION_COMMAND_AUTOCOMPLETE,
            data,
            user_id=user_id,
            guild=guild,
            channel_id=channel_id,
            locale=locale,
        )

    async def send_message_command(
        self,
        name: str,
        message: JSON,
        *,
        user_id: int,
        locale: str = "en-US",
    ) -> FakeInteraction:
        """Invoke a message context-menu command on ``message`` (e.g. a voice message)."""
        target = self._messages_by_id.get(int(message["id"]), message)
        channel_id = int(target["channel_id"])
        guild = self._guild_of_channel(channel_id)
        command = self._find_command(name, guild.id if guild else None, command_type=3)
        self._check_can_use(command, guild, user_id)
        data: JSON = {
            "id": command["id"],
            "name": command["name"],
            "type": 3,
            "target_id": target["id"],
            "resolved": {"messages": {target["id"]: _public(target)}},
        }
        if command.get("guild_id") is not None:
            data["guild_id"] = command["guild_id"]
        return await self._send_interaction(
            InteractionType.APPLICATION_COMMAND,
            data,
            user_id=user_id,
            guild=guild,
            channel_id=channel_id,
            locale=locale,
        )

    async def send_user_command(
        self,
        name: str,
        target_user_id: int,
        *,
        user_id: int,
        channel_id: int | None = None,
        guild_id: int | None = None,
        locale: str = "en-US",
    ) -> FakeInteraction:
        """Invoke a user context-menu command on ``target_user_id``."""
        guild = self._guild(guild_id)
        command = self._find_command(name, guild.id, command_type=2)
        self._check_can_use(command, guild, user_id)
        resolved: JSON = {}
        target = self._resolve_user(target_user_id, resolved, guild)
        data: JSON = {
            "id": command["id"],
            "name": command["name"],
            "type": 2,
            "target_id": target,
            "resolved": resolved,
        }
        if command.get("guild_id") is not None:
            data["guild_id"] = command["guild_id"]
        return await self._send_interaction(
            InteractionType.APPLICATION_COMMAND,
            data,
            user_id=user_id,
            guild=guild,
            channel_id=channel_id,
            locale=locale,
        )

    async def click_button(
        self, message: JSON, custom_id: str, *, user_id: int, locale: str = "en-US"
    ) -> FakeInteraction:
        """Click the button ``custom_id`` on a message the bot sent (component type 2)."""
        target, component = self._find_component(message, custom_id)
        if component.get("type") != 2:
            raise TypeError(
                f"component {custom_id!r} is type {component.get('type')}, not a button"
            )
        data = {"custom_id": custom_id, "component_type": 2}
        return await self._send_component(target, data, user_id=user_id, locale=locale)

    async def choose_select(
        self,
        message: JSON,
        custom_id: str,
        values: Sequence[str],
        *,
        user_id: int,
        locale: str = "en-US",
    ) -> FakeInteraction:
        """Pick ``values`` in a select menu on a message the bot sent.

        For user/role/mentionable/channel selects, ``values`` are ids and the matching
        ``resolved`` data is included.
        """
        target, component = self._find_component(message, custom_id)
        component_type = int(component.get("type", 0))
        if component_type not in (3, 5, 6, 7, 8):
            raise TypeError(f"component {custom_id!r} is type {component_type}, not a select")
        data: JSON = {"custom_id": custom_id, "component_type": component_type}
        if component_type == 3:
            allowed = {o["value"] for o in component.get("options") or []}
            unknown = [v for v in values if v not in allowed]
            if unknown:
                raise ValueError(
                    f"select {custom_id!r} has no options {unknown}; options: {sorted(allowed)}"
                )
            data["values"] = list(values)
        else:
            # User (5), role (6), mentionable (7) and channel (8) selects carry resolved data.
            option_type = {5: 6, 6: 8, 7: 9, 8: 7}[component_type]
            guild = self._guild_of_channel(int(target["channel_id"]))
            resolved: JSON = {}
            data["values"] = [
                self._option_value(option_type, value, resolved, guild) for value in values
            ]
            data["resolved"] = resolved
        return await self._send_component(target, data, user_id=user_id, locale=locale)

    async def submit_modal(
        self,
        custom_id: str,
        values: Mapping[str, str | Sequence[str]],
        *,
        user_id: int,
        channel_id: int | None = None,
        message: JSON | None = None,
        locale: str = "en-US",
    ) -> FakeInteraction:
        """Submit the modal ``custom_id`` the bot showed (callback type 9) as ``user_id``.

        ``values`` maps text-input custom ids to their text (select custom ids to a list).
        The submitted components mirror the modal's layout (action rows or labels).
        """
        shown: FakeInteraction | None = None
        modal: JSON | None = None
        for interaction in reversed(self.interactions):
            for callback in interaction.callbacks:
                if (
                    callback.type == CallbackType.MODAL
                    and callback.data.get("custom_id") == custom_id
                ):
                    shown, modal = interaction, callback.data
            if modal is not None:
                break
        if shown is None or modal is None:
            raise LookupError(f"the bot never showed a modal with custom_id {custom_id!r}")
        used: set[str] = set()
        components = self._modal_submission(modal.get("components") or [], values, used)
        unknown = sorted(set(values) - used)
        if unknown:
            raise LookupError(f"modal {custom_id!r} has no inputs {unknown}")
        guild_id = shown.payload.get("guild_id")
        guild = self.guilds[int(guild_id)] if guild_id else None
        if message is None and shown.source_message is not None:
            message = shown.source_message
        data: JSON = {"custom_id": custom_id, "components": components}
        return await self._send_interaction(
            InteractionType.MODAL_SUBMIT,
            data,
            user_id=user_id,
            guild=guild,
            channel_id=channel_id or int(shown.payload["channel_id"]),
            locale=locale,
            message=message,
        )

    # ---------------------------------------------------------------- interaction builders

    def _find_command(self, name: str, guild_id: int | None, *, command_type: int) -> JSON:
        scopes: list[int | None] = [guild_id, None] if guild_id is not None else [None]
        for scope in scopes:
            for command in self.synced_commands.get(scope, []):
                if command["name"] == name and int(command.get("type", 1)) == command_type:
                    return command
        synced = {
            scope: [c["name"] for c in commands] for scope, commands in self.synced_commands.items()
        }
        raise LookupError(
            f"command {name!r} (type {command_type}) was not synced for guild {guild_id} or "
            f"globally; synced so far: {synced or 'nothing (did the bot call tree.sync()?)'}"
        )

    def _check_can_use(self, command: JSON, guild: FakeGuild | None, user_id: int) -> None:
        if guild is None:
            contexts = command.get("contexts")
            if command.get("dm_permission") is False or (
                contexts is not None and 1 not in contexts
            ):
                raise PermissionError(f"command {command['name']!r} is not available in DMs")
            return
        required = command.get("default_member_permissions")
        if required is not None:
            required_bits = int(required)
            granted = guild.permissions_for(user_id)
            if required_bits == 0 and granted != ALL_PERMISSIONS:
                raise PermissionError(f"command {command['name']!r} is disabled for members")
            if granted & required_bits != required_bits:
                raise PermissionError(
                    f"user {user_id} lacks default_member_permissions={required_bits} for "
                    f"{command['name']!r}; Discord would not show the command"
                )

    def _build_options(
        self,
        definition: Sequence[JSON],
        values: Mapping[str, object],
        resolved: JSON,
        guild: FakeGuild | None,
        where: str,
    ) -> list[JSON]:
        by_name = {option["name"]: option for option in definition}
        unknown = sorted(set(values) - set(by_name))
        if unknown:
            raise LookupError(f"{where} has no options {unknown}; known: {sorted(by_name)}")
        missing = [o["name"] for o in definition if o.get("required") and o["name"] not in values]
        if missing:
            raise ValueError(f"{where} requires options {missing}")
        built: list[JSON] = []
        for option_name, value in values.items():
            option = by_name[option_name]
            option_type = int(option["type"])
            converted = self._option_value(option_type, value, resolved, guild)
            choices = option.get("choices")
            if choices and converted not in [c["value"] for c in choices]:
                raise ValueError(
                    f"{where} option {option_name!r}: {converted!r} is not one of "
                    f"{[c['value'] for c in choices]}"
                )
            built.append({"name": option_name, "type": option_type, "value": converted})
        return built

    def _option_value(
        self, option_type: int, value: object, resolved: JSON, guild: FakeGuild | None
    ) -> object:
        if option_type == 3:
            return str(value)
        if option_type == 4:
            if isinstance(value, bool) or not isinstance(value, int | str):
                raise TypeError(f"integer option got {value!r}")
            return int(value)
        if option_type == 5:
            return bool(value)
        if option_type == 10:
            if not isinstance(value, int | float | str):
                raise TypeError(f"number option got {value!r}")
            return float(value)
        if option_type == 6:
            return self._resolve_user(value, resolved, guild)
        if option_type == 7:
            channel_id = int(value["id"]) if isinstance(value, dict) else int(str(value))
            channel, channel_guild = self._channel(channel_id)
            if channel is None:
                raise LookupError(f"unknown channel {channel_id}")
            entry = dict(channel)
            perms = channel_guild.permissions_for(self.bot_user_id) if channel_guild else 0
            entry["permissions"] = str(perms)
            resolved.setdefault("channels", {})[str(channel_id)] = entry
            return str(channel_id)
        if option_type == 8:
            return self._resolve_role(value, resolved, guild)
        if option_type == 9:
            target_id = int(value["id"]) if isinstance(value, dict) else int(str(value))
            if guild is not None and target_id in guild.roles:
                return self._resolve_role(target_id, resolved, guild)
            return self._resolve_user(target_id, resolved, guild)
        if option_type == 11:
            attachment = value if isinstance(value, dict) else self._attachments[int(str(value))]
            resolved.setdefault("attachments", {})[str(attachment["id"])] = dict(attachment)
            return str(attachment["id"])
        raise TypeError(f"unsupported option type {option_type}")

    def _resolve_user(self, value: object, resolved: JSON, guild: FakeGuild | None) -> str:
        if isinstance(value, dict):
            user_id = int((value.get("user") or value)["id"])
        else:
            user_id = int(str(value))
        if user_id not in self.users:
            raise LookupError(f"unknown user {user_id}; call add_user() or add_member() first")
        resolved.setdefault("users", {})[str(user_id)] = dict(self.users[user_id])
        if guild is not None and user_id in guild.members:
            member = guild.member_payload(user_id, with_permissions=True)
            member.pop("user", None)
            resolved.setdefault("members", {})[str(user_id)] = member
        return str(user_id)

    def _resolve_role(self, value: object, resolved: JSON, guild: FakeGuild | None) -> str:
        role_id = int(value["id"]) if isinstance(value, dict) else int(str(value))
        if guild is None or role_id not in guild.roles:
            raise LookupError(f"unknown role {role_id}")
        resolved.setdefault("roles", {})[str(role_id)] = dict(guild.roles[role_id])
        return str(role_id)

    def _find_component(self, message: JSON, custom_id: str) -> tuple[JSON, JSON]:
        target = self._messages_by_id.get(int(message["id"]), message)
        components = list(_walk_components(target.get("components") or []))
        for component in components:
            if component.get("custom_id") == custom_id:
                if component.get("disabled"):
                    raise ValueError(f"component {custom_id!r} is disabled")
                return target, component
        known = [c["custom_id"] for c in components if "custom_id" in c]
        raise LookupError(f"message {target['id']} has no component {custom_id!r}; has {known}")

    async def _send_component(
        self, message: JSON, data: JSON, *, user_id: int, locale: str
    ) -> FakeInteraction:
        channel_id = int(message["channel_id"])
        guild = self._guild_of_channel(channel_id)
        return await self._send_interaction(
            InteractionType.MESSAGE_COMPONENT,
            data,
            user_id=user_id,
            guild=guild,
            channel_id=channel_id,
            locale=locale,
            message=message,
        )

    def _modal_submission(
        self,
        components: Sequence[JSON],
        values: Mapping[str, str | Sequence[str]],
        used: set[str],
    ) -> list[JSON]:
        submitted: list[JSON] = []
        for component in components:
            component_type = component.get("type")
            if component_type == 1:
                children = self._modal_submission(component.get("components") or [], values, used)
                submitted.append({"type": 1, "components": children})
            elif component_type == 18:
                inner = self._modal_submission([component["component"]], values, used)
                if inner:
                    label: JSON = {"type": 18, "component": inner[0]}
                    if "id" in component:
                        label["id"] = component["id"]
                    submitted.append(label)
            elif component_type == 4:
                custom_id = component["custom_id"]
                used.add(custom_id)
                raw = values.get(custom_id, component.get("value") or "")
                if not isinstance(raw, str):
                    raise TypeError(f"text input {custom_id!r} takes a string, got {raw!r}")
                if component.get("required", True) and not raw:
                    raise ValueError(f"text input {custom_id!r} is required")
                if raw and len(raw) < int(component.get("min_length") or 0):
                    raise ValueError(f"text input {custom_id!r} is shorter than min_length")
                if len(raw) > int(component.get("max_length") or 4000):
                    raise ValueError(f"text input {custom_id!r} is longer than max_length")
                entry: JSON = {"type": 4, "custom_id": custom_id, "value": raw}
                if "id" in component:
                    entry["id"] = component["id"]
                submitted.append(entry)
            elif component_type in (3, 5, 6, 7, 8):
                custom_id = component["custom_id"]
                used.add(custom_id)
                chosen = values.get(custom_id, [])
                chosen_list = [chosen] if isinstance(chosen, str) else list(chosen)
                submitted.append(
                    {"type": component_type, "custom_id": custom_id, "values": chosen_list}
                )
        return submitted

    async def _send_interaction(
        self,
        interaction_type: int,
        data: JSON,
        *,
        user_id: int,
        guild: FakeGuild | None,
        channel_id: int | None,
        locale: str,
        message: JSON | None = None,
    ) -> FakeInteraction:
        connection = self.connection_for(guild.id if guild is not None else None)
        interaction_id = str(self._snowflake())
        token = "aW50ZXJhY3Rpb246" + secrets.token_urlsafe(48)
        payload: JSON = {
            "id": interaction_id,
            "application_id": str(self.application_id),
            "type": interaction_type,
            "data": data,
            "token": token,
            "version": 1,
            "locale": locale,
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": self.attachment_size_limit,
        }
        if guild is not None:
            channel_id = channel_id or next(iter(guild.channels))
            channel = guild.channels.get(channel_id)
            if channel is None:
                raise LookupError(f"channel {channel_id} is not in guild {guild.id}")
            member = guild.member_payload(user_id, with_permissions=True)
            channel_payload = dict(channel)
            channel_payload["permissions"] = member["permissions"]
            payload.update(
                guild_id=str(guild.id),
                guild={"id": str(guild.id), "locale": guild.locale, "features": []},
                guild_locale=guild.locale,
                channel_id=str(channel_id),
                channel=channel_payload,
                member=member,
                app_permissions=str(self._bot_channel_permissions(guild, channel)),
                authorizing_integration_owners={"0": str(guild.id)},
                context=0,
            )
        else:
            if user_id not in self.users:
                raise LookupError(f"unknown user {user_id}; call add_user() first")
            dm_channel = self._dm_channel_for(user_id)
            channel_payload = dict(dm_channel)
            channel_payload["permissions"] = str(EVERYONE_PERMISSIONS)
            payload.update(
                channel_id=dm_channel["id"],
                channel=channel_payload,
                user=dict(self.users[user_id]),
                app_permissions=str(EVERYONE_PERMISSIONS),
                authorizing_integration_owners={},
                context=1,
            )
        live_message = None
        if message is not None:
            live_message = self._messages_by_id.get(int(message["id"]), message)
            payload["message"] = _public(live_message)
        interaction = FakeInteraction(
            id=interaction_id,
            token=token,
            type=interaction_type,
            payload=payload,
            created_at=time.monotonic(),
            _fake=self,
            source_message=live_message,
        )
        self.interactions.append(interaction)
        self._interactions_by_token[token] = interaction
        await self._dispatch(connection, "INTERACTION_CREATE", payload)
        return interaction

    # ---------------------------------------------------------------- HTTP plumbing

    def _add_routes(self, router: web.UrlDispatcher) -> None:
        api = API_PREFIX
        routes: list[tuple[str, str, Callable[[web.Request], Any]]] = [
            ("GET", "/gateway", self._gateway),
            ("GET", "/attachments/{attachment_id}/{filename}", self._get_attachment),
            ("GET", f"{api}/gateway", self._get_gateway),
            ("GET", f"{api}/gateway/bot", self._get_gateway_bot),
            ("GET", f"{api}/users/@me", self._get_me),
            ("POST", f"{api}/users/@me/channels", self._create_dm),
            ("GET", f"{api}/users/{{user_id}}", self._get_user),
            ("GET", f"{api}/oauth2/applications/@me", self._get_application),
            ("GET", f"{api}/applications/@me", self._get_application),
            ("GET", f"{api}/applications/{{app_id}}/commands", self._get_commands),
            ("PUT", f"{api}/applications/{{app_id}}/commands", self._put_commands),
            (
                "GET",
                f"{api}/applications/{{app_id}}/guilds/{{guild_id}}/commands",
                self._get_commands,
            ),
            (
                "PUT",
                f"{api}/applications/{{app_id}}/guilds/{{guild_id}}/commands",
                self._put_commands,
            ),
            (
                "POST",
                f"{api}/interactions/{{interaction_id}}/{{token}}/callback",
                self._interaction_callback,
            ),
            ("POST", f"{api}/webhooks/{{app_id}}/{{token}}", self._create_followup),
            (
                "GET",
                f"{api}/webhooks/{{app_id}}/{{token}}/messages/{{message_id}}",
                self._get_webhook_message,
            ),
            (
                "PATCH",
                f"{api}/webhooks/{{app_id}}/{{token}}/messages/{{message_id}}",
                self._edit_webhook_message,
            ),
            (
                "DELETE",
                f"{api}/webhooks/{{app_id}}/{{token}}/messages/{{message_id}}",
                self._delete_webhook_message,
            ),
            ("GET", f"{api}/channels/{{channel_id}}", self._get_channel),
            ("POST", f"{api}/channels/{{channel_id}}/messages", self._create_channel_message),
            (
                "GET",
                f"{api}/channels/{{channel_id}}/messages/{{message_id}}",
                self._get_channel_message,
            ),
            (
                "PATCH",
                f"{api}/channels/{{channel_id}}/messages/{{message_id}}",
                self._edit_channel_message,
            ),
            (
                "DELETE",
                f"{api}/channels/{{channel_id}}/messages/{{message_id}}",
                self._delete_channel_message,
            ),
            ("POST", f"{api}/channels/{{channel_id}}/typing", self._typing),
            ("PUT", f"{api}/channels/{{channel_id}}/voice-status", self._put_voice_status),
            ("GET", f"{api}/guilds/{{guild_id}}", self._get_guild),
            ("GET", f"{api}/guilds/{{guild_id}}/channels", self._get_guild_channels),
            ("GET", f"{api}/guilds/{{guild_id}}/roles", self._get_guild_roles),
            ("GET", f"{api}/guilds/{{guild_id}}/members/{{user_id}}", self._get_member),
        ]
        for method, path, handler in routes:
            router.add_route(method, path, handler)
        router.add_route("*", "/{tail:.*}", self._unhandled_route)

    @web.middleware
    async def _middleware(
        self, request: web.Request, handler: Callable[[web.Request], Any]
    ) -> web.StreamResponse:
        path = request.path
        is_api = path.startswith(API_PREFIX)
        relative = path[len(API_PREFIX) :] if is_api else path
        record = RecordedRequest(
            method=request.method,
            path=relative,
            query=dict(request.query),
            received_at=time.monotonic(),
        )
        if is_api:
            self.requests.append(record)
            request[_RECORD_KEY] = record
        injection = self._take_injection(request.method, relative)
        if injection is not None and injection.cut == "before":
            record.cut = "before"
            await request.read()  # drained, so closing sends FIN rather than RST
            return _cut_connection(request, reset=injection.reset)
        response = None
        if injection is not None and injection.cut is None:
            response = _json_response(
                injection.body, status=injection.status, headers=injection.headers
            )
        authorized = request.headers.get("Authorization") == f"Bot {self.token}"
        if response is None and is_api and self._needs_auth(relative) and not authorized:
            response = _error(401, _ErrorCode.GENERAL, "401: Unauthorized")
        if response is None:
            response = await handler(request)
        record.status = response.status
        if injection is not None and injection.cut == "after":
            record.cut = "after"
            return _cut_connection(request, reset=injection.reset)
        return response

    @staticmethod
    def _needs_auth(relative_path: str) -> bool:
        # Interaction callbacks and webhook follow-ups are authenticated by their token.
        return not relative_path.startswith(("/interactions/", "/webhooks/"))

    def _take_injection(self, method: str, path: str) -> _Injection | None:
        for injection in self._injections:
            if injection.remaining <= 0:
                continue
            if injection.method not in ("*", method) or not injection.pattern.fullmatch(path):
                continue
            injection.remaining -= 1
            return injection
        return None

    async def _unhandled_route(self, request: web.Request) -> web.Response:
        self.unhandled.append(f"{request.method} {request.path_qs}")
        return _error(404, _ErrorCode.GENERAL, "404: Not Found")

    async def _read_body(self, request: web.Request) -> tuple[JSON, dict[int, FakeFile]]:
        """Parse a JSON or multipart body and attach it to the request's record."""
        payload, files = await self._parse_body(request)
        record: RecordedRequest | None = request.get(_RECORD_KEY)
        if record is not None:
            record.body = payload.get("_body", payload)
            record.files = [files[index] for index in sorted(files)]
        return payload, files

    async def _parse_body(self, request: web.Request) -> tuple[JSON, dict[int, FakeFile]]:
        """Parse a JSON body or a multipart ``payload_json`` + ``files[n]`` body."""
        if request.content_type == "multipart/form-data":
            payload: JSON = {}
            files: dict[int, FakeFile] = {}
            reader = await request.multipart()
            while (part := await reader.next()) is not None:
                if not isinstance(part, aiohttp.BodyPartReader):
                    continue
                raw = await part.read(decode=False)
                if part.name == "payload_json":
                    payload = json.loads(raw)
                    continue
                match = _FILE_FIELD_RE.match(part.name or "")
                if match is None:
                    continue
                filename = part.filename or f"file{match.group(1)}"
                files[int(match.group(1))] = FakeFile(
                    filename=filename,
                    data=bytes(raw),
                    content_type=_guess_content_type(filename, part.headers.get("Content-Type")),
                )
            return payload, files
        text = await request.text()
        if not text:
            return {}, {}
        decoded = json.loads(text)
        return (decoded if isinstance(decoded, dict) else {"_body": decoded}), {}

    # ---------------------------------------------------------------- REST: identity

    def _bot_user_me(self) -> JSON:
        user = dict(self.bot_user)
        user.update(verified=True, mfa_enabled=False, flags=0, email=None, locale="en-US")
        return user

    async def _get_me(self, request: web.Request) -> web.Response:
        return _json_response(self._bot_user_me())

    async def _get_user(self, request: web.Request) -> web.Response:
        user = self.users.get(int(request.match_info["user_id"]))
        if user is None:
            return _error(404, _ErrorCode.UNKNOWN_USER, "Unknown User")
        return _json_response(user)

    async def _get_application(self, request: web.Request) -> web.Response:
        return _json_response(
            {
                "id": str(self.application_id),
                "name": self.bot_user["username"],
                "description": "",
                "icon": None,
                "summary": "",
                "type": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": self.users[self.owner_id],
                "team": None,
                "verify_key": "0" * 64,
                "flags": self.application_flags,
                "bot": self.bot_user,
                "rpc_origins": [],
                "redirect_uris": [],
                "interactions_endpoint_url": None,
                "tags": [],
                "approximate_guild_count": len(self.guilds),
                "integration_types_config": {"0": {}},
            }
        )

    async def _get_gateway(self, request: web.Request) -> web.Response:
        return _json_response({"url": self.gateway_url})

    async def _get_gateway_bot(self, request: web.Request) -> web.Response:
        return _json_response(
            {
                "url": self.gateway_bot_url or self.gateway_url,
                "shards": self.recommended_shards,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 14_400_000,
                    "max_concurrency": self.max_concurrency,
                },
            }
        )

    # ---------------------------------------------------------------- REST: commands

    def _scope(self, request: web.Request) -> tuple[int | None, web.Response | None]:
        if int(request.match_info["app_id"]) != self.application_id:
            return None, _error(403, _ErrorCode.GENERAL, "Missing Access")
        raw_guild = request.match_info.get("guild_id")
        if raw_guild is None:
            return None, None
        if int(raw_guild) not in self.guilds:
            return None, _error(403, _ErrorCode.GENERAL, "Missing Access")
        return int(raw_guild), None

    async def _get_commands(self, request: web.Request) -> web.Response:
        scope, error = self._scope(request)
        if error is not None:
            return error
        return _json_response(self.synced_commands.get(scope, []))

    async def _put_commands(self, request: web.Request) -> web.Response:
        scope, error = self._scope(request)
        if error is not None:
            return error
        payload, _ = await self._read_body(request)
        commands = payload.get("_body", [])
        if not isinstance(commands, list):
            return _invalid_form_body(
                {"_errors": [{"code": "LIST_TYPE_CONVERT", "message": "Must be an array."}]}
            )
        errors: JSON = {}
        for index, command in enumerate(commands):
            self._validate_command(command, [index], errors)
        for command_type in {int(c.get("type", 1)) for c in commands}:
            of_type = [
                (i, c) for i, c in enumerate(commands) if int(c.get("type", 1)) == command_type
            ]
            for at, _ in duplicate_names([c for _, c in of_type]):
                _form_error(errors, [of_type[at][0]], *DUPLICATE_NAME)
        if errors:
            # Discord refuses the whole list: nothing of it is stored.
            self.refused_syncs.append((scope, errors))
            return _invalid_form_body(errors)
        previous = {
            (c["name"], int(c.get("type", 1))): c["id"] for c in self.synced_commands.get(scope, [])
        }
        stored: list[JSON] = []
        for command in commands:
            command_type = int(command.get("type", 1))
            entry = dict(command)
            entry.update(
                id=previous.get((command["name"], command_type)) or str(self._snowflake()),
                application_id=str(self.application_id),
                version=str(self._snowflake()),
                type=command_type,
                description=command.get("description", ""),
                default_member_permissions=command.get("default_member_permissions"),
                nsfw=bool(command.get("nsfw", False)),
            )
            entry.setdefault("contexts", None)
            entry.setdefault("integration_types", [0])
            if scope is not None:
                entry["guild_id"] = str(scope)
            stored.append(entry)
        self.synced_commands[scope] = stored
        self.sync_count += 1
        self.synced_at.append(time.monotonic())
        await self._notify()
        return _json_response(stored)

    def _validate_command(self, command: JSON, path: list[str | int], errors: JSON) -> None:
        name = str(command.get("name", ""))
        command_type = int(command.get("type", 1))
        description = str(command.get("description") or "")
        kind = "chat" if command_type == 1 else "menu"
        check_localizations(
            command,
            path,
            functools.partial(_form_error, errors),
            kind=kind,
            top_level=True,
        )
        if command_type == 1:
            if not valid_command_name(name):
                _form_error(
                    errors,
                    [*path, "name"],
                    "APPLICATION_COMMAND_INVALID_NAME",
                    "Command name is invalid",
                )
            if not 1 <= len(description) <= 100:
                _form_error(
                    errors,
                    [*path, "description"],
                    "BASE_TYPE_BAD_LENGTH",
                    "Must be between 1 and 100 in length.",
                )
        elif not 1 <= len(name) <= 32:
            _form_error(
                errors,
                [*path, "name"],
                "BASE_TYPE_BAD_LENGTH",
                "Must be between 1 and 32 in length.",
            )
        self._validate_options(command.get("options") or [], [*path, "options"], errors)

    def _validate_options(
        self, options: Sequence[JSON], path: list[str | int], errors: JSON
    ) -> None:
        if len(options) > 25:
            _form_error(errors, path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
        seen: set[str] = set()
        for at, locale in duplicate_names(options):
            if locale is not None:
                _form_error(errors, [*path, at, "name_localizations", locale], *DUPLICATE_NAME)
        for index, option in enumerate(options):
            name = str(option.get("name", ""))
            check_localizations(
                option,
                [*path, index],
                functools.partial(_form_error, errors),
                kind="chat",
            )
            for number, choice in enumerate(option.get("choices") or []):
                where: list[str | int] = [*path, index, "choices", number]
                if not 1 <= len(str(choice.get("name") or "")) <= 100:
                    _form_error(
                        errors,
                        [*where, "name"],
                        "BASE_TYPE_BAD_LENGTH",
                        "Must be between 1 and 100 in length.",
                    )
                check_localizations(
                    choice,
                    where,
                    functools.partial(_form_error, errors),
                    kind="choice",
                )
            if not valid_command_name(name) or name in seen:
                _form_error(
                    errors,
                    [*path, index, "name"],
                    "APPLICATION_COMMAND_INVALID_NAME",
                    "Option name is invalid",
                )
            seen.add(name)
            if not 1 <= len(str(option.get("description") or "")) <= 100:
                _form_error(
                    errors,
                    [*path, index, "description"],
                    "BASE_TYPE_BAD_LENGTH",
                    "Must be between 1 and 100 in length.",
                )
            if len(option.get("choices") or []) > 25:
                _form_error(
                    errors,
                    [*path, index, "choices"],
                    "BASE_TYPE_MAX_LENGTH",
                    "Must be 25 or fewer in length.",
                )
            self._validate_options(option.get("options") or [], [*path, index, "options"], errors)

    # ---------------------------------------------------------------- REST: interactions

    async def _interaction_callback(self, request: web.Request) -> web.Response:
        interaction = self._interactions_by_token.get(request.match_info["token"])
        if interaction is None or interaction.id != request.match_info["interaction_id"]:
            return _error(404, _ErrorCode.UNKNOWN_INTERACTION, "Unknown interaction")
        payload, files = await self._read_body(request)
        received_at = time.monotonic()
        if interaction.callbacks:
            return _error(
                400, _ErrorCode.ALREADY_ACKNOWLEDGED, "Interaction has already been acknowledged."
            )
        deadline = self.interaction_deadline
        if deadline is not None and received_at - interaction.created_at > deadline:
            return _error(404, _ErrorCode.UNKNOWN_INTERACTION, "Unknown interaction")
        callback_type = int(payload.get("type", 0))
        data: JSON = payload.get("data") or {}
        if callback_type not in _ALLOWED_CALLBACKS.get(interaction.type, frozenset()):
            errors: JSON = {}
            _form_error(
                errors,
                ["type"],
                "INTERACTION_RESPONSE_TYPE_INVALID",
                "Invalid interaction response type",
            )
            return _invalid_form_body(errors)
        if callback_type in (
            CallbackType.DEFERRED_UPDATE_MESSAGE,
            CallbackType.UPDATE_MESSAGE,
        ) and (interaction.source_message is None):
            return _error(400, _ErrorCode.GENERAL, "Interaction has no message to update")

        message: JSON | None = None
        callback_files = list(files.values())
        if callback_type == CallbackType.CHANNEL_MESSAGE_WITH_SOURCE:
            problem = self._validate_message(data, files, require_content=True)
            if problem is not None:
                return problem
            message = self._interaction_message(interaction, data, files)
            callback_files = list(message["files"])
            interaction.original = message
        elif callback_type == CallbackType.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE:
            flags = (int(data.get("flags") or 0) & MessageFlags.EPHEMERAL) | MessageFlags.LOADING
            message = self._interaction_message(interaction, {"content": "", "flags": flags}, {})
            interaction.original = message
        elif callback_type == CallbackType.DEFERRED_UPDATE_MESSAGE:
            message = interaction.source_message
            interaction.original = message
        elif callback_type == CallbackType.UPDATE_MESSAGE:
            message = interaction.source_message
            assert message is not None
            # A web.Response is falsy on aiohttp < 3.14 (an empty mapping): no `or`.
            problem = self._voice_edit_problem(message, data)
            if problem is None:
                problem = self._validate_message(data, files, require_content=False)
            if problem is not None:
                return problem
            callback_files = self._apply_edit(message, data, files)
            interaction.original = message
        elif callback_type == CallbackType.MODAL:
            errors = {}
            if not data.get("custom_id"):
                _form_error(
                    errors, ["data", "custom_id"], "BASE_TYPE_REQUIRED", "This field is required"
                )
            if not data.get("title"):
                _form_error(
                    errors, ["data", "title"], "BASE_TYPE_REQUIRED", "This field is required"
                )
            if errors:
                return _invalid_form_body(errors)

        callback = Callback(
            type=callback_type,
            data=data,
            files=callback_files,
            received_at=received_at,
            payload=payload,
        )
        interaction.callbacks.append(callback)
        await self._notify()

        if request.query.get("with_response") not in ("1", "true", "True"):
            return web.Response(status=204)
        body: JSON = {"interaction": {"id": interaction.id, "type": interaction.type}}
        resource: JSON = {"type": callback_type}
        if message is not None:
            body["interaction"].update(
                response_message_id=message["id"],
                response_message_loading=bool(message["flags"] & MessageFlags.LOADING),
                response_message_ephemeral=bool(message["flags"] & MessageFlags.EPHEMERAL),
            )
            resource["message"] = _public(message)
        body["resource"] = resource
        return _json_response(body)

    def _interaction_message(
        self, interaction: FakeInteraction, data: JSON, files: Mapping[int, FakeFile]
    ) -> JSON:
        payload = interaction.payload
        guild_id = payload.get("guild_id")
        command_type = int((payload.get("data") or {}).get("type", 1))
        if interaction.type == InteractionType.APPLICATION_COMMAND:
            message_type = 20 if command_type == 1 else 23
        else:
            message_type = 0
        return self._create_message(
            channel_id=int(payload["channel_id"]),
            guild_id=int(guild_id) if guild_id else None,
            payload=data,
            files=files,
            webhook_id=self.application_id,
            message_type=message_type,
            interaction=interaction,
        )

    def _webhook_interaction(self, request: web.Request) -> FakeInteraction | web.Response:
        """The interaction behind a webhook route, or Discord's error for its token."""
        interaction = None
        if int(request.match_info["app_id"]) == self.application_id:
            interaction = self._interactions_by_token.get(request.match_info["token"])
        if interaction is None:
            return _error(404, _ErrorCode.UNKNOWN_WEBHOOK, "Unknown Webhook")
        if not interaction.token_alive:
            return _error(401, _ErrorCode.INVALID_WEBHOOK_TOKEN, "Invalid Webhook Token")
        return interaction

    def _webhook_target(self, interaction: FakeInteraction, message_id: str) -> JSON | None:
        if message_id == "@original":
            return interaction.original
        if interaction.original is not None and interaction.original["id"] == message_id:
            return interaction.original
        return next((m for m in interaction.followups if m["id"] == message_id), None)

    async def _create_followup(self, request: web.Request) -> web.Response:
        interaction = self._webhook_interaction(request)
        if isinstance(interaction, web.Response):
            return interaction
        if not interaction.callbacks:
            return _error(404, _ErrorCode.UNKNOWN_WEBHOOK, "Unknown Webhook")
        payload, files = await self._read_body(request)
        problem = self._validate_message(payload, files, require_content=True)
        if problem is not None:
            return problem
        message = self._interaction_message(interaction, payload, files)
        interaction.followups.append(message)
        await self._notify()
        if request.query.get("wait") in ("1", "true", "True"):
            return _json_response(_public(message))
        return web.Response(status=204)

    async def _get_webhook_message(self, request: web.Request) -> web.Response:
        interaction = self._webhook_interaction(request)
        if isinstance(interaction, web.Response):
            return interaction
        message = self._webhook_target(interaction, request.match_info["message_id"])
        if message is None:
            return _error(404, _ErrorCode.UNKNOWN_MESSAGE, "Unknown Message")
        return _json_response(_public(message))

    async def _edit_webhook_message(self, request: web.Request) -> web.Response:
        interaction = self._webhook_interaction(request)
        if isinstance(interaction, web.Response):
            return interaction
        message_id = request.match_info["message_id"]
        message = self._webhook_target(interaction, message_id)
        if message is None:
            return _error(404, _ErrorCode.UNKNOWN_MESSAGE, "Unknown Message")
        payload, files = await self._read_body(request)
        # A web.Response is falsy on aiohttp < 3.14 (an empty mapping): no `or`.
        problem = self._voice_edit_problem(message, payload)
        if problem is None:
            problem = self._validate_message(payload, files, require_content=False)
        if problem is not None:
            return problem
        new_files = self._apply_edit(message, payload, files)
        if message is interaction.original:
            record = dict(payload)
            record["files"] = new_files
            interaction.edits.append(record)
        await self._notify()
        return _json_response(_public(message))

    async def _delete_webhook_message(self, request: web.Request) -> web.Response:
        interaction = self._webhook_interaction(request)
        if isinstance(interaction, web.Response):
            return interaction
        message = self._webhook_target(interaction, request.match_info["message_id"])
        if message is None:
            return _error(404, _ErrorCode.UNKNOWN_MESSAGE, "Unknown Message")
        if message is interaction.original:
            interaction.original = None
        interaction.followups = [m for m in interaction.followups if m is not message]
        self._forget_message(message)
        await self._notify()
        return web.Response(status=204)

    # ---------------------------------------------------------------- REST: channels

    def _channel(self, channel_id: int) -> tuple[JSON | None, FakeGuild | None]:
        for guild in self.guilds.values():
            if channel_id in guild.channels:
                return guild.channels[channel_id], guild
        return self._dm_channels.get(channel_id), None

    def _guild_of_channel(self, channel_id: int) -> FakeGuild | None:
        channel, guild = self._channel(channel_id)
        if channel is None:
            raise LookupError(f"unknown channel {channel_id}")
        return guild

    def _dm_channel_for(self, user_id: int) -> JSON:
        for channel_id, recipient in self._dm_recipients.items():
            if recipient == user_id:
                return self._dm_channels[channel_id]
        channel_id = self._snowflake()
        channel: JSON = {
            "id": str(channel_id),
            "type": 1,
            "last_message_id": None,
            "flags": 0,
            "recipients": [dict(self.users[user_id])],
        }
        self._dm_channels[channel_id] = channel
        self._dm_recipients[channel_id] = user_id
        return channel

    def _bot_channel_permissions(self, guild: FakeGuild, channel: JSON) -> int:
        """The bot's permissions in a channel: guild roles, then overwrites (Discord's order:
        @everyone, the member's roles together, the member)."""
        permissions = guild.permissions_for(self.bot_user_id)
        if permissions & ADMINISTRATOR:
            return ALL_PERMISSIONS
        overwrites = {int(o["id"]): o for o in channel.get("permission_overwrites") or []}
        roles = [int(r) for r in guild.members[self.bot_user_id]["roles"]]

        def apply(permissions: int, allow: int, deny: int) -> int:
            return (permissions & ~deny) | allow

        everyone = overwrites.get(guild.everyone_role_id)
        if everyone is not None:
            permissions = apply(permissions, int(everyone["allow"]), int(everyone["deny"]))
        allow = deny = 0
        for role_id in roles:
            role = overwrites.get(role_id)
            if role is not None and int(role["type"]) == 0:
                allow |= int(role["allow"])
                deny |= int(role["deny"])
        permissions = apply(permissions, allow, deny)
        mine = overwrites.get(self.bot_user_id)
        if mine is not None and int(mine["type"]) == 1:
            permissions = apply(permissions, int(mine["allow"]), int(mine["deny"]))
        return permissions

    async def _get_channel(self, request: web.Request) -> web.Response:
        channel, guild = self._channel(int(request.match_info["channel_id"]))
        if channel is None:
            return _error(404, _ErrorCode.UNKNOWN_CHANNEL, "Unknown Channel")
        if guild is not None and not self._bot_channel_permissions(guild, channel) & VIEW_CHANNEL:
            return _error(403, _ErrorCode.MISSING_ACCESS, "Missing Access")
        return _json_response(channel)

    async def _create_dm(self, request: web.Request) -> web.Response:
        payload, _ = await self._read_body(request)
        recipient = payload.get("recipient_id")
        if recipient is None or int(recipient) not in self.users:
            return _error(400, _ErrorCode.INVALID_RECIPIENT, "Invalid Recipient(s)")
        return _json_response(self._dm_channel_for(int(recipient)))

    async def _create_channel_message(self, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel_id"])
        channel, guild = self._channel(channel_id)
        if channel is None:
            return _error(404, _ErrorCode.UNKNOWN_CHANNEL, "Unknown Channel")
        payload, files = await self._read_body(request)
        recipient = self._dm_recipients.get(channel_id)
        if guild is not None:
            permissions = self._bot_channel_permissions(guild, channel)
            needed = VIEW_CHANNEL | SEND_MESSAGES | (ATTACH_FILES if files else 0)
            if int(payload.get("flags") or 0) & MessageFlags.IS_VOICE_MESSAGE:
                needed |= ATTACH_FILES | SEND_VOICE_MESSAGES
            if not permissions & VIEW_CHANNEL:
                return _error(403, _ErrorCode.MISSING_ACCESS, "Missing Access")
            if permissions & needed != needed:
                return _error(403, _ErrorCode.MISSING_PERMISSIONS, "Missing Permissions")
        elif recipient in self.dm_closed_users:
            return _error(403, _ErrorCode.CANNOT_DM_USER, "Cannot send messages to this user")
        problem = self._validate_message(payload, files, require_content=True)
        if problem is not None:
            return problem
        earlier = self._message_with_enforced_nonce(channel_id, payload)
        if earlier is not None:
            return _json_response(_public(earlier))
        message = self._create_message(
            channel_id=channel_id,
            guild_id=guild.id if guild else None,
            payload=payload,
            files=files,
        )
        self._remember_nonce(message)
        channel["last_message_id"] = message["id"]
        self.channel_messages[channel_id].append(message)
        if recipient is not None:
            self.dm_messages[recipient].append(message)
        await self._notify()
        return _json_response(_public(message))

    def _message_with_enforced_nonce(self, channel_id: int, payload: JSON) -> JSON | None:
        """The bot's earlier message with this create's nonce, if ``enforce_nonce`` asks
        for it and that message is recent (and not deleted)."""
        nonce = payload.get("nonce")
        if nonce is None or payload.get("enforce_nonce") is not True:
            return None
        seen = self._nonces.get((channel_id, self.bot_user_id, str(nonce)))
        if seen is None or time.monotonic() - seen[1] >= self.nonce_window:
            return None
        return self._messages_by_id.get(seen[0])

    def _remember_nonce(self, message: JSON) -> None:
        """Note a created message's nonce (the first message with it, while that is recent)."""
        nonce = message.get("nonce")
        if nonce is None:
            return
        key = (int(message["channel_id"]), int(message["author"]["id"]), str(nonce))
        seen = self._nonces.get(key)
        now = time.monotonic()
        if seen is None or now - seen[1] >= self.nonce_window:
            self._nonces[key] = (int(message["id"]), now)

    def _channel_message(self, request: web.Request) -> JSON | None:
        channel, _ = self._channel(int(request.match_info["channel_id"]))
        if channel is None:
            return None
        message = self._messages_by_id.get(int(request.match_info["message_id"]))
        if message is None or message["channel_id"] != request.match_info["channel_id"]:
            return None
        if message["flags"] & MessageFlags.EPHEMERAL:
            return None
        return message

    async def _get_channel_message(self, request: web.Request) -> web.Response:
        message = self._channel_message(request)
        if message is None:
            return _error(404, _ErrorCode.UNKNOWN_MESSAGE, "Unknown Message")
        return _json_response(_public(message))

    async def _edit_channel_message(self, request: web.Request) -> web.Response:
        message = self._channel_message(request)
        if message is None:
            return _error(404, _ErrorCode.UNKNOWN_MESSAGE, "Unknown Message")
        if int(message["author"]["id"]) != self.bot_user_id:
            return _error(403, _ErrorCode.GENERAL, "Cannot edit a message authored by another user")
        payload, files = await self._read_body(request)
        # A web.Response is falsy on aiohttp < 3.14 (an empty mapping): no `or`.
        problem = self._voice_edit_problem(message, payload)
        if problem is None:
            problem = self._validate_message(payload, files, require_content=False)
        if problem is not None:
            return problem
        self._apply_edit(message, payload, files)
        await self._notify()
        return _json_response(_public(message))

    async def _delete_channel_message(self, request: web.Request) -> web.Response:
        message = self._channel_message(request)
        if message is None:
            return _error(404, _ErrorCode.UNKNOWN_MESSAGE, "Unknown Message")
        self._forget_message(message)
        for interaction in self.interactions:
            if interaction.original is message:
                interaction.original = None
        await self._notify()
        return web.Response(status=204)

    async def _typing(self, request: web.Request) -> web.Response:
        return web.Response(status=204)

    async def _put_voice_status(self, request: web.Request) -> web.Response:
        """``PUT /channels/{id}/voice-status`` ``{"status": str | null}`` (0-500 chars).

        Needs SET_VOICE_CHANNEL_STATUS in the channel, and MANAGE_CHANNELS as well when the
        bot is not connected to it (Discord's rule as recalled from its API docs PR #6400;
        unverified); 403 Missing Permissions (50013) otherwise. Dispatches
        VOICE_CHANNEL_STATUS_UPDATE ``{id, guild_id, status}``; answers 204.
        """
        channel_id = int(request.match_info["channel_id"])
        channel, guild = self._channel(channel_id)
        if channel is None or guild is None:
            return _error(404, _ErrorCode.UNKNOWN_CHANNEL, "Unknown Channel")
        payload, _ = await self._read_body(request)
        permissions = self._bot_channel_permissions(guild, channel)
        if not permissions & VIEW_CHANNEL:
            return _error(403, _ErrorCode.MISSING_ACCESS, "Missing Access")
        if int(channel["type"]) != 2:
            return _error(
                400, _ErrorCode.INVALID_CHANNEL_TYPE, "Cannot execute action on this channel type"
            )
        connected = str(channel_id) == (guild.voice_states.get(self.bot_user_id) or {}).get(
            "channel_id"
        )
        needed = SET_VOICE_CHANNEL_STATUS | (0 if connected else MANAGE_CHANNELS)
        if permissions & needed != needed:
            return _error(403, _ErrorCode.MISSING_PERMISSIONS, "Missing Permissions")
        status = payload.get("status")
        if status is not None and not isinstance(status, str):
            errors: JSON = {}
            _form_error(errors, ["status"], "BASE_TYPE_STRING", "Must be a string.")
            return _invalid_form_body(errors)
        if status is not None and len(status) > MAX_VOICE_STATUS_LENGTH:
            errors = {}
            _form_error(
                errors,
                ["status"],
                "BASE_TYPE_MAX_LENGTH",
                f"Must be {MAX_VOICE_STATUS_LENGTH} or fewer in length.",
            )
            return _invalid_form_body(errors)
        channel["status"] = status or None
        self.voice_statuses[channel_id].append(status)
        if self._has_connection():
            await self.dispatch(
                "VOICE_CHANNEL_STATUS_UPDATE",
                {"id": str(channel_id), "guild_id": str(guild.id), "status": status},
            )
        await self._notify()
        return web.Response(status=204)

    # ---------------------------------------------------------------- REST: guilds

    def _guild(self, guild_id: int | None) -> FakeGuild:
        guild_id = self.guild_id if guild_id is None else guild_id
        try:
            return self.guilds[guild_id]
        except KeyError:
            raise LookupError(f"unknown guild {guild_id}") from None

    async def _get_guild(self, request: web.Request) -> web.Response:
        guild = self.guilds.get(int(request.match_info["guild_id"]))
        if guild is None:
            return _error(404, _ErrorCode.UNKNOWN_GUILD, "Unknown Guild")
        payload = guild.to_payload()
        for key in ("channels", "members", "threads", "presences", "voice_states", "joined_at"):
            payload.pop(key, None)
        return _json_response(payload)

    async def _get_guild_channels(self, request: web.Request) -> web.Response:
        guild = self.guilds.get(int(request.match_info["guild_id"]))
        if guild is None:
            return _error(404, _ErrorCode.UNKNOWN_GUILD, "Unknown Guild")
        return _json_response(list(guild.channels.values()))

    async def _get_guild_roles(self, request: web.Request) -> web.Response:
        guild = self.guilds.get(int(request.match_info["guild_id"]))
        if guild is None:
            return _error(404, _ErrorCode.UNKNOWN_GUILD, "Unknown Guild")
        return _json_response(list(guild.roles.values()))

    async def _get_member(self, request: web.Request) -> web.Response:
        guild = self.guilds.get(int(request.match_info["guild_id"]))
        if guild is None:
            return _error(404, _ErrorCode.UNKNOWN_GUILD, "Unknown Guild")
        member = guild.members.get(int(request.match_info["user_id"]))
        if member is None:
            return _error(404, _ErrorCode.UNKNOWN_MEMBER, "Unknown Member")
        return _json_response(member)

    # ---------------------------------------------------------------- CDN

    async def _get_attachment(self, request: web.Request) -> web.Response:
        attachment_id = int(request.match_info["attachment_id"])
        attachment = self._attachments.get(attachment_id)
        if attachment is None or attachment["filename"] != request.match_info["filename"]:
            return web.Response(status=404, text="Not Found")
        self.downloads[attachment_id] += 1
        await self._notify()
        return web.Response(
            body=self._attachment_blobs[attachment_id],
            headers={
                "Content-Type": str(attachment.get("content_type") or "application/octet-stream")
            },
        )

    # ---------------------------------------------------------------- messages

    def _role_payload(self, role_id: int, name: str, permissions: int, position: int) -> JSON:
        return {
            "id": str(role_id),
            "name": name,
            "permissions": str(permissions),
            "position": position,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "icon": None,
            "unicode_emoji": None,
            "flags": 0,
        }

    def _add_member_payload(
        self, guild: FakeGuild, user_id: int, role_ids: Sequence[int], *, nick: str | None = None
    ) -> JSON:
        member: JSON = {
            "user": self.users[user_id],
            "roles": [str(role_id) for role_id in role_ids],
            "nick": nick,
            "avatar": None,
            "banner": None,
            "joined_at": _now_iso(),
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        guild.members[user_id] = member
        return member

    def _new_message_payload(
        self,
        *,
        channel_id: int,
        guild_id: int | None,
        author: JSON,
        content: str,
        attachments: list[JSON],
        flags: int,
        embeds: Sequence[JSON] = (),
        components: Sequence[JSON] = (),
    ) -> JSON:
        message: JSON = {
            "id": str(self._snowflake()),
            "type": 0,
            "channel_id": str(channel_id),
            "author": dict(author),
            "content": content,
            "attachments": attachments,
            "embeds": [self._normalise_embed(e) for e in embeds],
            "components": list(components),
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": False,
            "timestamp": _now_iso(),
            "edited_timestamp": None,
            "flags": int(flags),
            "reactions": [],
            "sticker_items": [],
        }
        if guild_id is not None:
            message["guild_id"] = str(guild_id)
        return message

    @staticmethod
    def _normalise_embed(embed: JSON) -> JSON:
        normalised = dict(embed)
        normalised.setdefault("type", "rich")
        return normalised

    @staticmethod
    def _voice_edit_problem(message: JSON, payload: JSON) -> web.Response | None:
        """Discord refuses edits of a voice message's content (400, 50162)."""
        if not message["flags"] & MessageFlags.IS_VOICE_MESSAGE:
            return None
        refusal = check_voice_message_edit(payload)
        return None if refusal is None else _error(400, refusal.code, refusal.message)

    def _validate_message(
        self, payload: JSON, files: Mapping[int, FakeFile], *, require_content: bool
    ) -> web.Response | None:
        errors: JSON = {}
        content = payload.get("content")
        if content is not None and len(str(content)) > MAX_CONTENT_LENGTH:
            _form_error(
                errors,
                ["content"],
                "BASE_TYPE_MAX_LENGTH",
                f"Must be {MAX_CONTENT_LENGTH} or fewer in length.",
            )
        nonce = payload.get("nonce")
        if nonce is not None and len(str(nonce)) > MAX_NONCE_LENGTH:
            _form_error(
                errors,
                ["nonce"],
                "BASE_TYPE_MAX_LENGTH",
                f"Must be {MAX_NONCE_LENGTH} or fewer in length.",
            )
        embeds = payload.get("embeds") or []
        if len(embeds) > MAX_EMBEDS:
            _form_error(
                errors,
                ["embeds"],
                "BASE_TYPE_MAX_LENGTH",
                f"Must be {MAX_EMBEDS} or fewer in length.",
            )
        if sum(_embed_text_length(e) for e in embeds) > MAX_EMBED_TOTAL_CHARS:
            _form_error(
                errors,
                ["embeds"],
                "MAX_EMBED_SIZE_EXCEEDED",
                "Embed size exceeds maximum size of 6000",
            )
        if len(files) > MAX_FILES:
            _form_error(
                errors,
                ["files"],
                "BASE_TYPE_MAX_LENGTH",
                f"Must be {MAX_FILES} or fewer in length.",
            )
        if errors:
            return _invalid_form_body(errors)
        if require_content:
            uploads = [(f.filename, f.data, f.content_type) for _, f in sorted(files.items())]
            refusal = voice_message_refusal(payload, uploads)
            if refusal is not None:
                return _error(400, refusal.code, refusal.message)
        if any(f.size > self.attachment_size_limit for f in files.values()):
            return _error(413, _ErrorCode.ENTITY_TOO_LARGE, "Request entity too large")
        if require_content and not (
            content
            or embeds
            or files
            or payload.get("components")
            or payload.get("sticker_ids")
            or payload.get("poll")
        ):
            return _error(400, _ErrorCode.EMPTY_MESSAGE, "Cannot send an empty message")
        return None

    def _create_message(
        self,
        *,
        channel_id: int,
        guild_id: int | None,
        payload: JSON,
        files: Mapping[int, FakeFile],
        webhook_id: int | None = None,
        message_type: int = 0,
        interaction: FakeInteraction | None = None,
    ) -> JSON:
        flags = int(payload.get("flags") or 0)
        attachments, kept, _ = self._merge_attachments(
            payload, files, [], [], ephemeral=bool(flags & MessageFlags.EPHEMERAL)
        )
        message = self._new_message_payload(
            channel_id=channel_id,
            guild_id=guild_id,
            author=self.bot_user,
            content=str(payload.get("content") or ""),
            attachments=attachments,
            flags=flags,
            embeds=payload.get("embeds") or [],
            components=payload.get("components") or [],
        )
        message["type"] = message_type
        message["tts"] = bool(payload.get("tts", False))
        if payload.get("nonce") is not None:
            message["nonce"] = payload["nonce"]
        reference = payload.get("message_reference")
        if reference:
            reference = dict(reference)
            reference.setdefault("channel_id", str(channel_id))
            if guild_id is not None:
                reference.setdefault("guild_id", str(guild_id))
            message["message_reference"] = reference
            message["type"] = 19 if message_type == 0 else message_type
        if webhook_id is not None:
            message["webhook_id"] = str(webhook_id)
            message["application_id"] = str(self.application_id)
        if interaction is not None:
            user = (interaction.payload.get("member") or {}).get("user") or interaction.payload.get(
                "user"
            )
            message["interaction_metadata"] = {
                "id": interaction.id,
                "type": interaction.type,
                "user": user,
                "authorizing_integration_owners": interaction.payload.get(
                    "authorizing_integration_owners", {}
                ),
            }
        message["files"] = kept
        self._messages_by_id[int(message["id"])] = message
        return message

    def _merge_attachments(
        self,
        payload: JSON,
        files: Mapping[int, FakeFile],
        existing: Sequence[JSON],
        existing_files: Sequence[FakeFile],
        *,
        ephemeral: bool,
    ) -> tuple[list[JSON], list[FakeFile], list[FakeFile]]:
        """Compute a message's attachments after a create/edit, Discord-style.

        ``payload["attachments"]`` lists existing attachments to keep (by id) and new
        uploads (``{"id": n}`` referring to ``files[n]``); when absent, existing ones are
        kept and every upload is appended. Returns the attachments, the files aligned
        with them, and the files uploaded by this request (with their attachment ids).
        """
        existing_by_id = {str(a["id"]): a for a in existing}
        existing_file_by_id = {str(f.attachment_id): f for f in existing_files}
        descriptions: dict[int, str | None] = {}
        voice_meta: dict[int, JSON] = {}
        keep: list[str] = list(existing_by_id)
        spec = payload.get("attachments")
        if spec is not None:
            keep = []
            for entry in spec:
                entry_id = str(entry.get("id"))
                if entry_id in existing_by_id:
                    keep.append(entry_id)
                elif entry_id.isdigit() and int(entry_id) in files:
                    descriptions[int(entry_id)] = entry.get("description")
                    voice_meta[int(entry_id)] = {
                        key: entry[key] for key in ("duration_secs", "waveform") if key in entry
                    }
        attachments = [existing_by_id[a] for a in keep]
        kept_files = [existing_file_by_id[a] for a in keep if a in existing_file_by_id]
        uploaded: list[FakeFile] = []
        for index in sorted(files):
            upload = files[index]
            description = descriptions.get(index, upload.description)
            attachment = self.add_attachment(
                upload.filename,
                upload.data,
                upload.content_type,
                description=description,
                ephemeral=ephemeral,
                duration_secs=voice_meta.get(index, {}).get("duration_secs"),
                waveform=voice_meta.get(index, {}).get("waveform"),
            )
            attachments.append(attachment)
            uploaded.append(
                replace(upload, description=description, attachment_id=int(attachment["id"]))
            )
        return attachments, kept_files + uploaded, uploaded

    def _apply_edit(
        self, message: JSON, payload: JSON, files: Mapping[int, FakeFile]
    ) -> list[FakeFile]:
        """Apply a PATCH (or UPDATE_MESSAGE callback) in place; return the new files."""
        was_loading = bool(message["flags"] & MessageFlags.LOADING)
        if "content" in payload:
            message["content"] = str(payload["content"] or "")
        if "embeds" in payload:
            message["embeds"] = [self._normalise_embed(e) for e in payload["embeds"] or []]
        if "components" in payload:
            message["components"] = list(payload["components"] or [])
        if payload.get("flags") is not None:
            editable = MessageFlags.SUPPRESS_EMBEDS
            message["flags"] = (message["flags"] & ~editable) | (int(payload["flags"]) & editable)
        uploaded: list[FakeFile] = []
        if "attachments" in payload or files:
            attachments, kept, uploaded = self._merge_attachments(
                payload,
                files,
                message["attachments"],
                message.get("files", []),
                ephemeral=bool(message["flags"] & MessageFlags.EPHEMERAL),
            )
            message["attachments"] = attachments
            message["files"] = kept
        message["flags"] &= ~MessageFlags.LOADING
        if not was_loading:
            message["edited_timestamp"] = _now_iso()
        return uploaded

    def _forget_message(self, message: JSON) -> None:
        message_id = int(message["id"])
        self._messages_by_id.pop(message_id, None)
        channel_id = int(message["channel_id"])
        if message in self.channel_messages.get(channel_id, []):
            self.channel_messages[channel_id].remove(message)
        for messages in self.dm_messages.values():
            if message in messages:
                messages.remove(message)
        self.deleted_messages.append(message)


# --------------------------------------------------------------------------------------
# Running a real bot against the fake
# --------------------------------------------------------------------------------------


def _is_discord_task(task: asyncio.Task[Any]) -> bool:
    code = getattr(task.get_coro(), "cr_code", None)
    filename = getattr(code, "co_filename", "")
    return str(filename).startswith(_DISCORD_PACKAGE_DIR)


async def _wait_until_bot_ready(
    fake: FakeDiscord,
    bot: discord.Client,
    task: asyncio.Task[None],
    connections_before: int,
    timeout: float,
) -> None:
    """Wait until the bot identified and parsed READY plus every GUILD_CREATE.

    For an :class:`discord.AutoShardedClient` every shard must be connected (note that
    discord.py's default ``before_identify_hook`` sleeps 5 s between shards).
    """
    deadline = time.monotonic() + timeout
    while True:
        if task.done():
            error = task.exception()
            if error is not None:
                raise RuntimeError(f"the bot stopped before it was ready: {error!r}") from error
            raise RuntimeError("the bot stopped before it was ready")
        if _bot_is_ready(fake, bot, connections_before):
            return
        if time.monotonic() > deadline:
            raise TimeoutError(
                f"the bot was not ready after {timeout:g}s; gateway connections: "
                f"{len(fake.connections) - connections_before}, unhandled routes: {fake.unhandled}"
            )
        await asyncio.sleep(0.005)


def _bot_is_ready(fake: FakeDiscord, bot: discord.Client, connections_before: int) -> bool:
    ready = [c for c in fake.connections[connections_before:] if c.ready and not c.closed]
    if not ready:
        return False
    if isinstance(bot, discord.AutoShardedClient):
        if bot.shard_count is None:
            return False
        wanted = set(bot.shard_ids or range(bot.shard_count))
        shards = {int((c.identify or {}).get("shard", [0])[0]) for c in ready}
        if not wanted <= shards:
            return False
    else:
        ws = bot.ws
        if ws is None or ws.session_id != ready[-1].session_id:
            return False
    guild_ids = {guild_id for connection in ready for guild_id in connection.guild_ids}
    return all(
        (guild := bot.get_guild(guild_id)) is not None and not guild.unavailable
        for guild_id in guild_ids
    )


async def _shutdown_bot(
    bot: discord.Client, task: asyncio.Task[None], tasks_before: set[asyncio.Task[Any]]
) -> BaseException | None:
    """Close the bot, cancel the tasks discord.py left behind; return a crash, if any."""
    await bot.close()
    error: BaseException | None = None
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=5.0)
    except TimeoutError:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    except asyncio.CancelledError:
        if not task.cancelled():
            raise
    except Exception as exc:
        error = exc
    current = asyncio.current_task()
    leftovers = [
        t
        for t in asyncio.all_tasks() - tasks_before
        if t is not current and not t.done() and _is_discord_task(t)
    ]
    for leftover in leftovers:
        leftover.cancel()
    await asyncio.gather(*leftovers, return_exceptions=True)
    return error


@contextlib.asynccontextmanager
async def running_bot(
    fake: FakeDiscord,
    bot: discord.Client,
    *,
    timeout: float = 10.0,
    wait_for_sync: bool = False,
) -> AsyncIterator[discord.Client]:
    """Run ``bot`` against a started ``fake`` for the duration of the block.

    Installs the fake into discord.py, starts ``bot.start(fake.token)`` as a task and
    returns once the bot has parsed READY and every GUILD_CREATE (about 10 ms; it does not
    wait for ``on_ready``, which discord.py delays by ``guild_ready_timeout``). A tree sync
    done in ``setup_hook`` has happened by then; pass ``wait_for_sync=True`` to also wait
    for a sync done later. On exit the bot is closed (HTTP session and gateway), the tasks
    discord.py left running are cancelled, the fake is uninstalled, and an exception that
    crashed ``bot.start`` is re-raised.
    """
    fake.install()
    tasks_before = asyncio.all_tasks()
    connections_before = len(fake.connections)
    task = asyncio.create_task(bot.start(fake.token), name="fake-discord-bot")
    crash: BaseException | None = None
    try:
        await _wait_until_bot_ready(fake, bot, task, connections_before, timeout)
        if wait_for_sync:
            await fake.wait_for_sync(timeout)
        yield bot
    finally:
        crash = await _shutdown_bot(bot, task, tasks_before)
        fake.uninstall()
    if crash is not None:
        raise RuntimeError(f"bot.start() crashed: {crash!r}") from crash
