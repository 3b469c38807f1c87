"""Typed Inworld failures, built from an rpcStatus body or, failing that, the HTTP status."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from ..i18n import SOURCE, Msg, Text, render

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


class _EnglishOfMemberMessage:
    """``user_message`` of a class: the English text of its ``member_message``, rendered when
    first read, not when the class is defined (that would load the English catalogue and
    Babel's data at start-up: idle memory, issue #19). A subclass's own English string and an
    instance's own message (set in ``__init__``) take precedence, as for any attribute."""

    def __get__(self, instance: object, owner: type[InworldError]) -> str:
        return render(owner.member_message, SOURCE)


class InworldError(Exception):
    """``member_message`` is safe to show in Discord (a :class:`~bot.i18n.Msg`, ids in
    ``locales/*/inworld.ftl``, rendered in the member's language by :meth:`render`);
    ``user_message`` is its English text; ``str()`` is for logs (never the key); ``message`` is
    the API's own message (redacted).

    ``ambiguous`` is True when a write may have reached Inworld and taken effect although no
    usable answer came back (the connection dropped after the request was sent, the success
    body was cut off, a timeout, a 502/504 from a proxy): resending it could create a second
    voice, so the caller must find out first (see ``bot.reconcile``).
    """

    member_message: ClassVar[Text] = Msg("inworld-error")
    user_message: str = _EnglishOfMemberMessage()  # type: ignore[assignment]
    ambiguous = False

    def __init__(
        self,
        message: str = "",
        *,
        code: int | None = None,
        http_status: int | None = None,
        user_message: Text | None = None,
    ) -> None:
        self.message = message
        self.code = code
        self.http_status = http_status
        if user_message is not None:
            self._member_message: Text | None = user_message
            self.user_message = render(user_message, SOURCE)
        else:
            self._member_message = None
        parts = [type(self).__name__]
        if http_status is not None:
            parts.append(f"HTTP {http_status}")
        if code is not None:
            parts.append(f"code {code}")
        super().__init__(f"{' '.join(parts)}: {message}" if message else " ".join(parts))

    def text(self) -> Text:
        """What the member reads: this error's own message, else its class's (a subclass that
        still sets an English ``user_message`` only gets that English text)."""
        if self._member_message is not None:
            return self._member_message
        for klass in type(self).__mro__:
            own = vars(klass)
            if "member_message" in own:
                return own["member_message"]  # type: ignore[no-any-return]
            if isinstance(own.get("user_message"), str):
                return str(own["user_message"])
        return self.user_message

    def render(self, locale: str | None) -> str:
        """The member's message in ``locale``."""
        return render(self.text(), locale)


class InvalidArgument(InworldError):
    member_message = Msg("inworld-invalid-argument")

    def __init__(self, message: str = "", **kwargs: Any) -> None:
        shown = Msg("inworld-invalid-argument-detail", detail=message) if message else None
        super().__init__(message, user_message=shown, **kwargs)


class PermissionDenied(InworldError):
    member_message = Msg("inworld-permission-denied")


class Unauthenticated(InworldError):
    member_message = Msg("inworld-unauthenticated")


class NotFound(InworldError):
    member_message = Msg("inworld-not-found")


class RateLimited(InworldError):
    member_message = Msg("inworld-rate-limited")

    def __init__(self, message: str = "", *, retry_after: float | None = None, **kwargs: Any):
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class Unavailable(InworldError):
    member_message = Msg("inworld-unavailable")


class RequestTimeout(InworldError):
    """No answer in time (the request may still be processed by Inworld)."""

    member_message = Msg("inworld-timeout")


class ConnectionFailed(InworldError):
    """``sent`` is False when the connection failed before the request went out (refused,
    DNS, connect timeout): then it provably had no effect and is plainly retryable."""

    member_message = Msg("inworld-connection-failed")

    def __init__(self, message: str = "", *, sent: bool = False, **kwargs: Any) -> None:
        self.sent = sent
        super().__init__(message, **kwargs)


class BadResponse(InworldError):
    member_message = Msg("inworld-bad-response")


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
