"""The languages the bot speaks, and how Discord's locales map onto them.

English is the source and the fallback. The others are the languages both Discord's client and
the clone API speak. Simplified Chinese is ``zh-CN``; Discord's ``zh-TW`` gets its own
catalogue in traditional characters. A Discord locale without a catalogue (e.g. ``en-GB``,
``sv-SE``) is answered in English, except ``en-GB``, which is English anyway.
"""

from __future__ import annotations

from typing import Final

import discord

SOURCE: Final = "en-US"
#: Every catalogue under bot/i18n/locales/, the source first.
LOCALES: Final = (
    "en-US",
    "es-ES",
    "es-419",
    "pt-BR",
    "fr",
    "de",
    "it",
    "nl",
    "pl",
    "ru",
    "ja",
    "ko",
    "zh-CN",
    "zh-TW",
    "hi",
)
#: A pseudo-locale for tests: accented, lengthened English, so untranslated text stands out.
PSEUDO: Final = "en-XA"
#: Discord locales answered with another catalogue.
_ALIASES: Final = {"en-GB": SOURCE}
#: The clone API's language of a catalogue (a member's clone language defaults to it).
CLONE_LANGUAGE: Final = {
    "en-US": "en",
    "es-ES": "es",
    "es-419": "es",
    "pt-BR": "pt",
    "fr": "fr",
    "de": "de",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "ru": "ru",
    "ja": "ja",
    "ko": "ko",
    "zh-CN": "zh",
    "zh-TW": "zh",
    "hi": "hi",
}


def catalogue_for(locale: str | discord.Locale | None) -> str:
    """The catalogue that answers ``locale`` (Discord's value), English when there is none."""
    if locale is None:
        return SOURCE
    # discord.py gives an unknown locale (the tests' pseudo-locale) as a value object too.
    value = str(getattr(locale, "value", locale))
    if value in LOCALES or value == PSEUDO:
        return value
    return _ALIASES.get(value, SOURCE)
