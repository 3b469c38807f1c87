"""Discord's rules for application command names and their localizations, as the fake
Discord enforces them on a command sync (``PUT .../commands``).

Sources: Discord's API docs (Application Commands: naming, localization; Reference: locales)
and the errors Discord returns for them (discord/discord-api-docs#7712: a command's invalid
``name_localizations`` is reported without the locale, an option's with it; an unknown locale
key is ``BASE_TYPE_CHOICES``; duplicates are ``APPLICATION_COMMANDS_DUPLICATE_NAME``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Any, Final

JSON = dict[str, Any]
FormError = Callable[[list[str | int], str, str], None]

#: The locales Discord accepts as localization keys (its Reference: Locales).
DISCORD_LOCALES: Final = (
    "id",
    "da",
    "de",
    "en-GB",
    "en-US",
    "es-ES",
    "es-419",
    "fr",
    "hr",
    "it",
    "lt",
    "hu",
    "nl",
    "no",
    "pl",
    "pt-BR",
    "ro",
    "fi",
    "sv-SE",
    "vi",
    "tr",
    "cs",
    "el",
    "bg",
    "ru",
    "uk",
    "hi",
    "th",
    "zh-CN",
    "ja",
    "zh-TW",
    "ko",
)
_LOCALE_CHOICES: Final = "Value must be one of (" + ", ".join(map(repr, DISCORD_LOCALES)) + ")."
#: Devanagari and Thai code points of those scripts (Unicode Scripts.txt): combining vowel
#: signs and viramas are not letters, so \p{L} alone would refuse Hindi; the dandas
#: (U+0964-5), the Vedic stress signs (U+0951-4) and the baht sign (U+0E3F) belong to the
#: Common or Inherited scripts and stay refused.
_SCRIPT_RANGES: Final = (
    (0x0900, 0x0950),
    (0x0955, 0x0963),
    (0x0966, 0x097F),
    (0xA8E0, 0xA8FF),
    (0x11B00, 0x11B09),
    (0x0E01, 0x0E3A),
    (0x0E40, 0x0E5B),
)
DUPLICATE_NAME: Final = (
    "APPLICATION_COMMANDS_DUPLICATE_NAME",
    "Application command names must be unique",
)
INVALID_NAME: Final = "APPLICATION_COMMAND_INVALID_NAME"


def _name_char(char: str) -> bool:
    if char in "-_'" or unicodedata.category(char)[0] in "LN":
        return True
    point = ord(char)
    return any(low <= point <= high for low, high in _SCRIPT_RANGES)


def valid_command_name(name: str) -> bool:
    """``^[-_'\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$``, and the lowercase form of any
    letter that has one (chat input commands, their subcommands and options)."""
    return (
        1 <= len(name) <= 32
        and all(_name_char(char) for char in name)
        and all(char.lower() == char for char in name)
    )


def _bad_length(low: int, high: int) -> tuple[str, str]:
    return "BASE_TYPE_BAD_LENGTH", f"Must be between {low} and {high} in length."


def check_localizations(
    item: JSON, path: list[str | int], error: FormError, *, kind: str, top_level: bool = False
) -> None:
    """``name_localizations`` / ``description_localizations`` of a command (``kind``
    "chat" or "menu"), an option ("chat") or a choice ("choice")."""
    for field in ("name_localizations", "description_localizations"):
        values = item.get(field)
        if values is None:
            continue
        if not isinstance(values, dict):
            error(
                [*path, field], "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType"
            )
            continue
        for locale, text in values.items():
            where: list[str | int] = [*path, field, str(locale)]
            if locale not in DISCORD_LOCALES:
                error(where, "BASE_TYPE_CHOICES", _LOCALE_CHOICES)
            elif not isinstance(text, str):
                error(where, "STRING_TYPE_CONVERT", "Must be a string.")
            elif field == "description_localizations":
                if not 1 <= len(text) <= 100:
                    error(where, *_bad_length(1, 100))
            elif kind == "chat":
                if not valid_command_name(text):
                    # Discord names the locale for an option, not for a command.
                    error(
                        where[:-1] if top_level else where, INVALID_NAME, "Command name is invalid"
                    )
            elif kind == "menu":
                if not 1 <= len(text) <= 32:
                    error(where, *_bad_length(1, 32))
            elif not 1 <= len(text) <= 100:
                error(where, *_bad_length(1, 100))


def duplicate_names(siblings: Sequence[JSON]) -> list[tuple[int, str | None]]:
    """Siblings whose name another one before them already has, by default or in a
    locale (its localization, else its default name): ``(index, locale or None)``."""
    found: list[tuple[int, str | None]] = []
    defaults: set[str] = set()
    for index, item in enumerate(siblings):
        name = str(item.get("name", ""))
        if name in defaults:
            found.append((index, None))
        defaults.add(name)
    locales = {
        locale
        for item in siblings
        for locale in (item.get("name_localizations") or {})
        if locale in DISCORD_LOCALES
    }
    for locale in sorted(locales):
        seen: set[str] = set()
        for index, item in enumerate(siblings):
            name = str((item.get("name_localizations") or {}).get(locale) or item.get("name", ""))
            if name in seen and (index, None) not in found:
                found.append((index, locale))
            seen.add(name)
    return found
