"""One bounded HTTP request for the API checks: a timeout, a size cap, no redirects."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import aiohttp

#: The probes' answers are small (a one-voice page, a user object, an error body).
MAX_BODY_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Answer:
    status: int
    #: The body parsed as JSON; None when empty, not JSON, or too large.
    json: Any
    location: str | None = None


class Unreachable(Exception):
    """No HTTP answer at all; ``str()`` is safe to print (type and reason, no headers)."""


def _reason(exc: BaseException) -> str:
    if not isinstance(exc, aiohttp.ClientError):
        # e.g. a header value with a line break: the message could quote the credential.
        return f"{type(exc).__name__} while building the request (a malformed URL or credential?)"
    if isinstance(exc, aiohttp.ClientConnectorError):
        return f"{type(exc).__name__}: {exc.os_error.strerror or exc.os_error}"
    message = str(exc).strip()
    return f"{type(exc).__name__}: {message[:200]}" if message else type(exc).__name__


async def request(
    session: aiohttp.ClientSession,
    method: str,
    url: str,
    *,
    headers: dict[str, str],
    timeout: float,
) -> Answer:
    """Send one request; raise :class:`Unreachable` when no answer came within ``timeout``."""
    try:
        async with session.request(
            method,
            url,
            headers=headers,
            timeout=aiohttp.ClientTimeout(total=timeout),
            allow_redirects=False,
        ) as response:
            raw = bytearray()
            async for chunk in response.content.iter_chunked(65536):
                raw += chunk
                if len(raw) > MAX_BODY_BYTES:
                    break
            status = response.status
            location = response.headers.get("Location")
    except TimeoutError:
        raise Unreachable(f"no answer within {timeout:g} s") from None
    except (aiohttp.ClientError, ValueError) as exc:
        raise Unreachable(_reason(exc)) from None
    body: Any = None
    if raw.strip() and len(raw) <= MAX_BODY_BYTES:
        try:
            body = json.loads(bytes(raw))
        except (ValueError, UnicodeDecodeError):
            body = None
    return Answer(status, body, location)
