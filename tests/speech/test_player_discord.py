"""The production seams: the voice-status request and its permission check."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import discord

from bot.speech.player import DiscordStatusBoard


class _Channel(discord.VoiceChannel):
    __slots__ = ("allowed",)
    allowed: bool

    def permissions_for(self, obj: Any, /) -> discord.Permissions:
        return discord.Permissions(set_voice_channel_status=self.allowed)


def _channel(allowed: bool) -> _Channel:
    channel = _Channel.__new__(_Channel)
    channel.id = 42
    channel.guild = cast(Any, SimpleNamespace(me=SimpleNamespace(id=1)))
    channel.allowed = allowed
    return channel


class _Http:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, Any]] = []

    async def request(self, route: Any, **kwargs: Any) -> None:
        self.calls.append((route.method, route.url, kwargs.get("json")))


async def test_status_is_put_with_permission() -> None:
    http = _Http()
    board = DiscordStatusBoard(cast(Any, http))
    await board.set(_channel(True), "🔊 AI voice of Alice" + "x" * 600)
    [(method, url, body)] = http.calls
    assert method == "PUT" and url.endswith("/channels/42/voice-status")
    assert body["status"].startswith("🔊 AI voice of Alice") and len(body["status"]) == 500


async def test_status_is_not_sent_without_permission() -> None:
    http = _Http()
    await DiscordStatusBoard(cast(Any, http)).set(_channel(False), "x")
    await DiscordStatusBoard(cast(Any, http)).set(cast(Any, SimpleNamespace(id=3)), "x")
    assert http.calls == []


def test_the_permission_exists_in_discord_py() -> None:
    assert discord.Permissions(set_voice_channel_status=True).value == 1 << 48
