"""Keep secrets out of everything ``check`` prints, whatever a library put in a message."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from ..settings import Settings

#: Shorter values would match ordinary text; none of the secrets checked here is that short.
MIN_SECRET_CHARS = 4
MASK = "***"


class Redactor:
    """Replaces each secret (longest first, so one inside another never leaks a part)."""

    def __init__(self, secrets: Iterable[str]) -> None:
        unique = {s for s in secrets if len(s) >= MIN_SECRET_CHARS}
        self._secrets = sorted(unique, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        return text

    @classmethod
    def for_settings(cls, settings: Settings) -> Redactor:
        return cls(settings_secrets(settings))


def database_password(url: str | None) -> list[str]:
    """The password of a database URL as written (percent-encoded) and decoded."""
    if not url:
        return []
    try:
        password = make_url(url.strip()).password
    except (ArgumentError, ValueError):
        return []
    if not password:
        return []
    return [str(password), quote(str(password), safe="")]


def settings_secrets(settings: Settings) -> list[str]:
    token = settings.discord_token.get_secret_value()
    key = settings.inworld_api_key.get_secret_value()
    # Also the stripped forms: a value pasted with a trailing space appears trimmed in places.
    return [token, token.strip(), key, key.strip(), *database_password(settings.database_url)]
