"""Read-aloud's privileged intent: the application allows Message Content (``GET
/applications/@me``, its ``flags``), or the gateway would refuse the bot (close code 4014).

Only run when READ_ALOUD_ENABLED is on: otherwise the bot does not ask for the intent.
"""

from __future__ import annotations

import aiohttp
import discord

from .http import Answer, Unreachable, request
from .model import CheckResult, failed, passed, unknown

NAME = "message_content"
LABEL = "Message Content intent"
PORTAL_FIX = (
    "turn on Message Content Intent at https://discord.com/developers/applications → your "
    "application → Bot → Privileged Gateway Intents (or set READ_ALOUD_ENABLED=false)"
)
#: Set by the Developer Portal's toggle: LIMITED under 100 servers, the other once approved.
ENABLED_FLAGS = discord.ApplicationFlags(
    gateway_message_content=True, gateway_message_content_limited=True
).value


def judge_application(answer: Answer) -> CheckResult:
    body = answer.json
    if answer.status != 200 or not isinstance(body, dict) or not isinstance(body.get("flags"), int):
        return unknown(
            NAME,
            f"{LABEL}: unknown (Discord answered {answer.status} without the application's "
            "flags); READ_ALOUD_ENABLED needs it on in the Developer Portal",
        )
    if body["flags"] & ENABLED_FLAGS:
        return passed(NAME, f"{LABEL}: on in the Developer Portal (READ_ALOUD_ENABLED needs it)")
    return failed(
        NAME,
        f"{LABEL}: off in the Developer Portal, and READ_ALOUD_ENABLED needs it (Discord would "
        "refuse the bot's gateway connection: 4014 Disallowed intent)",
        PORTAL_FIX,
    )


async def check_message_content(
    session: aiohttp.ClientSession, base_url: str, token: str, user_agent: str, *, timeout: float
) -> CheckResult:
    """Ask Discord for the application's flags (run once the token check has passed)."""
    try:
        answer = await request(
            session,
            "GET",
            f"{base_url}/applications/@me",
            headers={"Authorization": f"Bot {token}", "User-Agent": user_agent},
            timeout=timeout,
        )
    except Unreachable as exc:
        return unknown(NAME, f"{LABEL}: unknown (no answer from Discord: {exc})")
    return judge_application(answer)
