"""Check 5: Discord accepts the bot token (``GET /users/@me``); print the bot and its invite URL.
With READ_ALOUD_ENABLED, then check 6: the application allows the Message Content intent."""

from __future__ import annotations

from typing import Any

import aiohttp
import discord

from . import intents
from .credentials import credential_problem
from .http import Answer, Unreachable, request
from .invite import invite_url, permission_names, required_permissions
from .model import CheckResult, Status, failed, passed, skipped, unknown

NAME = "discord"
LABEL = "Discord token"
DEFAULT_API_URL = "https://discord.com/api/v10"
RESET_FIX = (
    "set DISCORD_TOKEN to the bot token from https://discord.com/developers/applications → "
    "your application → Bot → Reset Token"
)
USER_AGENT = f"DiscordBot (https://github.com/Rapptz/discord.py, {discord.__version__}) check"


def _api_url_fix(api_url: str | None) -> str:
    if api_url:
        return f"unset DISCORD_API_URL or set it to a Discord API base such as {DEFAULT_API_URL}"
    return "check this machine's access to discord.com (network, proxy, firewall)"


def _bot_name(user: dict[str, Any]) -> str:
    name = str(user.get("username", "?"))
    discriminator = user.get("discriminator")
    if isinstance(discriminator, str) and discriminator.strip("0"):
        name += f"#{discriminator}"
    return name


def judge_me(answer: Answer, base_url: str, api_url: str | None) -> CheckResult:
    status = answer.status
    if status == 200:
        user: Any = answer.json
        if not (isinstance(user, dict) and str(user.get("id", "")).isdigit()):
            return failed(
                NAME,
                f"{LABEL}: {base_url}/users/@me answered 200 but not with a user",
                _api_url_fix(api_url),
            )
        if user.get("bot") is not True:
            return failed(NAME, f"{LABEL}: it belongs to a user account, not a bot", RESET_FIX)
        client_id = int(user["id"])
        permissions = required_permissions()
        return passed(
            NAME,
            f"{LABEL}: valid for the bot {_bot_name(user)} (id {client_id})",
            f"Invite URL: {invite_url(client_id)}",
            f"  (scopes bot, applications.commands; permissions {permissions.value} = "
            f"{', '.join(permission_names())})",
        )
    if status == 401:
        return failed(NAME, f"{LABEL}: rejected (401 Unauthorized)", RESET_FIX)
    if 300 <= status < 400:
        return failed(
            NAME,
            f"{LABEL}: {base_url} redirects ({status} to {answer.location or '?'})",
            _api_url_fix(api_url),
        )
    if status == 404:
        return failed(
            NAME,
            f"{LABEL}: {base_url}/users/@me was not found (404)",
            _api_url_fix(api_url),
        )
    return unknown(
        NAME,
        f"{LABEL}: unknown (Discord answered {status}; it may be rate-limiting or down: try "
        "again in a few minutes)",
    )


async def check_discord(
    session: aiohttp.ClientSession, api_url: str | None, token: str, *, timeout: float
) -> CheckResult:
    base_url = (api_url or DEFAULT_API_URL).rstrip("/")
    if problem := credential_problem(token, "DISCORD_TOKEN", "Bot"):
        return failed(NAME, f"{LABEL}: {problem[0]}", problem[1])
    try:
        answer = await request(
            session,
            "GET",
            f"{base_url}/users/@me",
            headers={"Authorization": f"Bot {token}", "User-Agent": USER_AGENT},
            timeout=timeout,
        )
    except Unreachable as exc:
        return failed(
            NAME, f"{LABEL}: could not reach Discord at {base_url} ({exc})", _api_url_fix(api_url)
        )
    return judge_me(answer, base_url, api_url)


async def check_discord_and_intents(
    session: aiohttp.ClientSession,
    api_url: str | None,
    token: str,
    *,
    read_aloud: bool,
    timeout: float,
) -> tuple[CheckResult, ...]:
    """The token check, then (read-aloud on) the Message Content intent check, which needs it."""
    result = await check_discord(session, api_url, token, timeout=timeout)
    if not read_aloud:
        return (result,)
    if result.status is not Status.PASSED:
        return (result, skipped(intents.NAME, intents.LABEL, "needs a valid Discord token"))
    base_url = (api_url or DEFAULT_API_URL).rstrip("/")
    return (
        result,
        await intents.check_message_content(session, base_url, token, USER_AGENT, timeout=timeout),
    )
