"""Check 4: the Inworld API key is accepted, and whether it may write.

Read-only probes: ``GET /voices/v1/voices?pageSize=1`` for the key, then a ``DELETE`` of a voice
id that cannot exist for write access (a read-only key gets PERMISSION_DENIED, code 7; a key
that may write gets NOT_FOUND, code 5). Nothing is created or changed. The key is sent only in
the ``Authorization: Basic`` header, exactly like :class:`bot.inworld.InworldClient` does.
"""

from __future__ import annotations

import secrets
from typing import Any

import aiohttp

from ..inworld.errors import NOT_FOUND, PERMISSION_DENIED, UNAUTHENTICATED
from .credentials import credential_problem
from .http import Answer, Unreachable, request
from .model import CheckResult, Status, failed, passed, skipped, unknown

KEY = "inworld_key"
WRITE = "inworld_write"
KEY_LABEL = "Inworld API key"
WRITE_LABEL = "Inworld write access"
DEFAULT_URL = "https://api.inworld.ai"

KEY_FIX = (
    "set INWORLD_API_KEY to an API key of your Inworld workspace, exactly as issued (the Basic "
    "credential, without a 'Basic ' prefix; see https://docs.inworld.ai)"
)
WRITE_FIX = (
    "create a read-write API key in your Inworld workspace and set INWORLD_API_KEY to it "
    "(cloning and deleting voices need write access)"
)
URL_FIX = f"set INWORLD_API_URL to {DEFAULT_URL} (or to your proxy of it), without a path"

#: google.rpc code names, for the printed line.
RPC_NAMES = {
    3: "INVALID_ARGUMENT",
    4: "DEADLINE_EXCEEDED",
    5: "NOT_FOUND",
    7: "PERMISSION_DENIED",
    8: "RESOURCE_EXHAUSTED",
    9: "FAILED_PRECONDITION",
    12: "UNIMPLEMENTED",
    13: "INTERNAL",
    14: "UNAVAILABLE",
    16: "UNAUTHENTICATED",
}


def rpc_status(answer: Answer) -> tuple[int | None, str]:
    """The rpcStatus ``code`` and ``message`` of an error body (None, "" when absent)."""
    body: Any = answer.json
    if not isinstance(body, dict):
        return None, ""
    code = body.get("code")
    message = body.get("message")
    return (
        code if isinstance(code, int) and not isinstance(code, bool) else None,
        message.strip() if isinstance(message, str) else "",
    )


def describe(answer: Answer, *, with_message: bool = True) -> str:
    """E.g. ``401 UNAUTHENTICATED: Invalid API key.`` or ``502, not an rpcStatus body``."""
    code, message = rpc_status(answer)
    if code is None:
        return f"{answer.status}, not an rpcStatus body"
    text = f"{answer.status} {RPC_NAMES.get(code, f'code {code}')}"
    if with_message and message:
        text += f": {message[:160]}"
    return text


def probe_voice_id() -> str:
    """A voice id no voice can have: cloned voices are ``{workspace}__{voice}``, built-in
    voices are plain names; this has no ``__`` and a random part."""
    return f"voiceclone-check-{secrets.token_hex(8)}-nonexistent"


def judge_key(answer: Answer, base_url: str) -> CheckResult:
    code, _ = rpc_status(answer)
    status = answer.status
    if status == 200:
        body: Any = answer.json
        if isinstance(body, dict) and isinstance(body.get("voices"), list):
            total = body.get("totalSize")
            shown = f"{total} voices" if isinstance(total, int) else "its voices"
            return passed(KEY, f"{KEY_LABEL}: accepted ({base_url} lists {shown})")
        return failed(
            KEY,
            f"{KEY_LABEL}: {base_url} answered 200 but not with a voice list (is INWORLD_API_URL "
            "the Inworld API?)",
            URL_FIX,
        )
    if 300 <= status < 400:
        return failed(
            KEY,
            f"{KEY_LABEL}: {base_url} redirects ({status} to {answer.location or '?'})",
            URL_FIX,
        )
    if code == UNAUTHENTICATED or (code is None and status == 401):
        return failed(KEY, f"{KEY_LABEL}: rejected ({describe(answer)})", KEY_FIX)
    if code == PERMISSION_DENIED or (code is None and status == 403):
        return failed(
            KEY,
            f"{KEY_LABEL}: not allowed to list voices ({describe(answer)})",
            WRITE_FIX,
        )
    if status == 404:
        return failed(
            KEY,
            f"{KEY_LABEL}: {base_url}/voices/v1/voices was not found ({describe(answer)})",
            URL_FIX,
        )
    return unknown(
        KEY,
        f"{KEY_LABEL}: unknown (listing voices answered {describe(answer)}; "
        "the service may be busy or down: try again later)",
    )


def judge_write(answer: Answer) -> CheckResult:
    code, _ = rpc_status(answer)
    client_error = 400 <= answer.status < 500
    if client_error and code == PERMISSION_DENIED:
        return failed(
            WRITE,
            f"{WRITE_LABEL}: the key is read-only ({describe(answer, with_message=False)} on a "
            "test DELETE)",
            WRITE_FIX,
        )
    if client_error and code == NOT_FOUND:
        return passed(
            WRITE,
            f"{WRITE_LABEL}: the key may write (a test DELETE of a voice that cannot exist got "
            f"{describe(answer, with_message=False)}, not PERMISSION_DENIED)",
        )
    return unknown(
        WRITE,
        f"{WRITE_LABEL}: unknown (a test DELETE of a voice that cannot exist answered "
        f"{describe(answer)}; cloning fails if the key is read-only)",
    )


async def check_inworld(
    session: aiohttp.ClientSession, base_url: str, api_key: str, *, timeout: float
) -> tuple[CheckResult, CheckResult]:
    """(key accepted, write access); the second is skipped unless the key was accepted."""
    not_accepted = skipped(WRITE, WRITE_LABEL, "needs an accepted API key")
    base_url = base_url.rstrip("/")
    if problem := credential_problem(api_key, "INWORLD_API_KEY", "Basic"):
        return failed(KEY, f"{KEY_LABEL}: {problem[0]}", problem[1]), not_accepted
    headers = {"Authorization": f"Basic {api_key}", "Accept": "application/json"}
    try:
        listing = await request(
            session,
            "GET",
            f"{base_url}/voices/v1/voices?pageSize=1",
            headers=headers,
            timeout=timeout,
        )
    except Unreachable as exc:
        return (
            failed(
                KEY,
                f"{KEY_LABEL}: could not reach the Inworld API at {base_url} ({exc})",
                f"check INWORLD_API_URL (default {DEFAULT_URL}) and that this machine can "
                "reach it (network, proxy, firewall)",
            ),
            not_accepted,
        )
    key = judge_key(listing, base_url)
    if key.status is not Status.PASSED:
        return key, not_accepted
    try:
        deletion = await request(
            session,
            "DELETE",
            f"{base_url}/voices/v1/voices/{probe_voice_id()}",
            headers=headers,
            timeout=timeout,
        )
    except Unreachable as exc:
        return key, unknown(WRITE, f"{WRITE_LABEL}: unknown (the test DELETE got no answer: {exc})")
    return key, judge_write(deletion)
