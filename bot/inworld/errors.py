"""Typed Inworld failures, built from an rpcStatus body or, failing that, the HTTP status."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: google.rpc.Code values the API uses.
INVALID_ARGUMENT = 3
DEADLINE_EXCEEDED = 4
NOT_FOUND = 5
PERMISSION_DENIED = 7
RESOURCE_EXHAUSTED = 8
FAILED_PRECONDITION = 9
INTERNAL = 13
UNAVAILABLE = 14
UNAUTHENTICATED = 16


class InworldError(Exception):
    """``user_message`` is safe to show in Discord; ``str()`` is for logs (never the key).

    ``ambiguous`` is True when a write may have reached Inworld and taken effect although no
    usable answer came back (the connection dropped after the request was sent, the success
    body was cut off, a timeout, a 502/504 from a proxy): resending it could create a second
    voice, so the caller must find out first (see ``bot.reconcile``).
    """

    user_message = "The voice service returned an error. Please try again later."
    ambiguous = False

    def __init__(
        self,
        message: str = "",
        *,
        code: int | None = None,
        http_status: int | None = None,
        user_message: str | None = None,
    ) -> None:
        self.message = message
        self.code = code
        self.http_status = http_status
        if user_message is not None:
            self.user_message = user_message
        parts = [type(self).__name__]
        if http_status is not None:
            parts.append(f"HTTP {http_status}")
        if code is not None:
            parts.append(f"code {code}")
        super().__init__(f"{' '.join(parts)}: {message}" if message else " ".join(parts))


class InvalidArgument(InworldError):
    def __init__(self, message: str = "", **kwargs: Any) -> None:
        shown = f"Inworld rejected the request: {message}" if message else None
        super().__init__(
            message,
            user_message=shown or "Inworld rejected the request as invalid.",
            **kwargs,
        )


class PermissionDenied(InworldError):
    user_message = (
        "The bot's Inworld API key is not allowed to create voices (it is probably a read-only "
        "key). A bot admin needs to configure a read-write key."
    )


class Unauthenticated(InworldError):
    user_message = (
        "The bot's Inworld API key was rejected. A bot admin needs to check INWORLD_API_KEY."
    )


class NotFound(InworldError):
    user_message = "Inworld could not find that voice or endpoint."


class RateLimited(InworldError):
    user_message = "Inworld's voice cloning rate limit was reached. Please try again in a minute."

    def __init__(self, message: str = "", *, retry_after: float | None = None, **kwargs: Any):
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class Unavailable(InworldError):
    user_message = "The Inworld voice service is unavailable right now. Please try again later."


class RequestTimeout(InworldError):
    """No answer in time (the request may still be processed by Inworld)."""

    user_message = (
        "The Inworld voice service did not answer in time. Please try again later "
        "(check your voice list first: the clone may still have been created)."
    )


class ConnectionFailed(InworldError):
    """``sent`` is False when the connection failed before the request went out (refused,
    DNS, connect timeout): then it provably had no effect and is plainly retryable."""

    user_message = "The bot could not reach the Inworld voice service. Please try again later."

    def __init__(self, message: str = "", *, sent: bool = False, **kwargs: Any) -> None:
        self.sent = sent
        super().__init__(message, **kwargs)


class BadResponse(InworldError):
    user_message = "The Inworld voice service sent an unexpected answer. Please try again later."


_BY_CODE: dict[int, type[InworldError]] = {
    INVALID_ARGUMENT: InvalidArgument,
    FAILED_PRECONDITION: InvalidArgument,
    NOT_FOUND: NotFound,
    PERMISSION_DENIED: PermissionDenied,
    UNAUTHENTICATED: Unauthenticated,
    RESOURCE_EXHAUSTED: RateLimited,
    UNAVAILABLE: Unavailable,
    DEADLINE_EXCEEDED: Unavailable,
    INTERNAL: Unavailable,
}
_BY_STATUS: dict[int, type[InworldError]] = {
    400: InvalidArgument,
    401: Unauthenticated,
    403: PermissionDenied,
    404: NotFound,
    422: InvalidArgument,
    429: RateLimited,
}


def error_from_response(
    http_status: int,
    body: Any,
    *,
    retry_after: float | None = None,
    max_message: int = 300,
    redact: Callable[[str], str] | None = None,
) -> InworldError:
    """Choose the error class from the rpcStatus code when present, else from the status.

    ``redact`` scrubs secrets from the API's message *before* it becomes part of the error's
    ``str()`` and ``user_message`` (both are shown to members and stored).
    """
    code: int | None = None
    message = ""
    if isinstance(body, dict):
        if isinstance(body.get("code"), int):
            code = body["code"]
        if isinstance(body.get("message"), str):
            message = body["message"].strip()
            if redact is not None:
                message = redact(message)
            message = message[:max_message]
    cls = (_BY_CODE.get(code) if code is not None else None) or _BY_STATUS.get(http_status)
    if cls is None:
        if http_status >= 500:
            cls = Unavailable
        elif not isinstance(body, dict):
            cls = BadResponse
        else:
            cls = InworldError
    if not message and not isinstance(body, dict):
        message = "the body was not JSON (a proxy error page?)"
    if cls is RateLimited:
        return RateLimited(message, retry_after=retry_after, code=code, http_status=http_status)
    return cls(message, code=code, http_status=http_status)
