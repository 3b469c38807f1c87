"""Localized command, group, option and choice names and descriptions (discord.py's
``Translator``), from ``commands.ftl`` of each catalogue.

The code keeps English literals in its decorators (Discord's defaults); the translator finds
each one's translation by where it is, so no decorator carries an id:

* a command or group ``/voices read-aloud``: message ``cmd-voices-read-aloud`` (its value is
  the localized name, its ``.description`` attribute the description);
* its option ``state``: ``cmd-voices-read-aloud--state`` (the same two);
* a context menu "Speak this message": ``menu-speak-this-message``;
* a choice: ``choice-<its English name, slugged>`` (a name not in ASCII has none).

English, and a language without the message, return None: Discord shows the default. A
language's own catalogue only answers (never the English fallback), so a name left equal to
English is still sent: a test can tell a translation from a missing one.

The sync asks for every language at once, so the strings come from each ``commands.ftl``
read as a small table of plain text (:func:`command_strings`), not from the languages' full
catalogues: those, and Babel's data for each language (about 1.2 MB each), are loaded only
for a language a member or server uses.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Mapping
from typing import Any, NamedTuple

import discord
from discord import app_commands
from fluent.syntax import FluentParser, ast

from .catalog import LOCALE_DIR, bundle, format_attribute
from .locales import LOCALES, SOURCE, catalogue_for

log = logging.getLogger(__name__)
_Location = app_commands.TranslationContextLocation
_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-")


def message_id(location: _Location, data: Any, english: str) -> str | None:
    """The message holding the translation of this string, or None for strings it has not."""
    if location in (_Location.command_name, _Location.command_description):
        if isinstance(data, app_commands.ContextMenu):
            return f"menu-{slug(data.name)}"
        return f"cmd-{slug(data.qualified_name)}"
    if location in (_Location.group_name, _Location.group_description):
        return f"cmd-{slug(data.qualified_name)}"
    if location in (_Location.parameter_name, _Location.parameter_description):
        return f"cmd-{slug(data.command.qualified_name)}--{slug(data.name)}"
    if location is _Location.choice_name:
        # A name not in ASCII is no English source text: the language picker's endonyms
        # ("日本語", "Español (España)") read the same in every language.
        return f"choice-{slug(english)}" if english.isascii() and slug(english) else None
    return None


def _is_description(location: _Location) -> bool:
    return location in (
        _Location.command_description,
        _Location.group_description,
        _Location.parameter_description,
    )


class CommandText(NamedTuple):
    """A ``commands.ftl`` message as plain text (None where it has no such part)."""

    value: str | None
    description: str | None


def _plain(pattern: ast.Pattern | None) -> str | None:
    return "".join(e.value for e in pattern.elements) if pattern is not None else None  # type: ignore[union-attr]


def _is_plain(pattern: ast.Pattern | None) -> bool:
    return pattern is None or all(isinstance(e, ast.TextElement) for e in pattern.elements)


@functools.cache
def command_strings(locale: str) -> Mapping[str, CommandText | None]:
    """``locale``'s ``commands.ftl`` messages as plain strings (what the catalogue formats
    them to); None for a message with a placeable, which the catalogue formats."""
    source = (LOCALE_DIR / locale / "commands.ftl").read_text(encoding="utf-8")
    table: dict[str, CommandText | None] = {}
    for item in FluentParser(with_spans=False).parse(source).body:
        if not isinstance(item, ast.Message) or item.id.name in table:
            continue
        description = next((a.value for a in item.attributes if a.id.name == "description"), None)
        plain = _is_plain(item.value) and _is_plain(description)
        table[item.id.name] = (
            CommandText(_plain(item.value), _plain(description)) if plain else None
        )
    return table


def _own_value(locale: str, message_id: str) -> str | None:
    """The message's value in ``locale``'s own catalogue (no English fallback), or None."""
    found = bundle(locale)
    if not found.has_message(message_id):
        return None
    pattern = found.get_message(message_id).value
    if pattern is None:
        return None
    text, _ = found.format_pattern(pattern, {})
    return str(text)


def _name_char(char: str) -> bool:
    r"""Discord's ``[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]``: letters, numbers, and the
    Devanagari and Thai scripts (their vowel signs are marks, not letters)."""
    if char in "-_'" or unicodedata.category(char)[0] in "LN":
        return True
    return 0x0900 <= ord(char) <= 0x097F or 0x0E00 <= ord(char) <= 0x0E7F


def valid_name(text: str) -> bool:
    return 1 <= len(text) <= 32 and all(map(_name_char, text)) and text == text.lower()


def acceptable(location: _Location, data: Any, text: str) -> bool:
    """Whether Discord accepts ``text`` here: one bad translation would make the whole sync
    fail with a 400, so it is left out (Discord shows the English default) and logged; the
    catalogue tests fail on it."""
    if _is_description(location) or location is _Location.choice_name:
        return 1 <= len(text) <= 100
    if isinstance(data, app_commands.ContextMenu):
        return 1 <= len(text) <= 32
    return valid_name(text)


def translate(locale: str, location: _Location, data: Any, english: str) -> str | None:
    """The string in ``locale`` (a catalogue), or None to keep Discord's default."""
    found = message_id(location, data, english)
    if found is None or locale == SOURCE or locale not in LOCALES:
        return None
    table = command_strings(locale)
    plain = table.get(found)
    if plain is not None:
        text = plain.description if _is_description(location) else plain.value
    elif found not in table:
        text = None  # only commands.ftl has command messages (a test checks)
    elif _is_description(location):
        text = format_attribute(locale, found, "description")
    else:
        text = _own_value(locale, found)
    if text is not None and not acceptable(location, data, text):
        log.warning("%s in %s breaks Discord's rules (left out): %r", found, locale, text)
        return None
    return text


class FluentTranslator(app_commands.Translator):
    """Discord asks for each string once per locale at sync time."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        catalogue = catalogue_for(locale)
        if catalogue not in LOCALES or catalogue != str(getattr(locale, "value", locale)):
            return None  # another Discord locale: the default (English) applies
        return translate(catalogue, context.location, context.data, string.message)
