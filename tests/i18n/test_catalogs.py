"""Every catalogue parses, and every language has every English message with the same
variables and attributes (and nothing English lacks)."""

from __future__ import annotations

import pytest

from bot.i18n import LOCALES, SOURCE
from tests.i18n.catalogs import all_files, catalogue, parse


def test_every_file_parses() -> None:
    errors = [error for path in all_files() for error in parse(path)[1]]
    assert errors == []


@pytest.mark.parametrize("locale", [loc for loc in LOCALES if loc != SOURCE])
def test_every_message_in_every_language(locale: str) -> None:
    english = catalogue(SOURCE)
    translated = catalogue(locale)
    problems: list[str] = []
    for area, messages in english.items():
        theirs = translated.get(area, {})
        for message_id, entry in messages.items():
            other = theirs.get(message_id)
            if other is None:
                problems.append(f"{area}: {message_id} missing")
                continue
            if other.variables != entry.variables:
                problems.append(
                    f"{area}: {message_id} variables {sorted(other.variables)} "
                    f"!= {sorted(entry.variables)}"
                )
            if other.attributes != entry.attributes:
                problems.append(f"{area}: {message_id} attributes differ")
        problems += [f"{area}: {extra} not in English" for extra in set(theirs) - set(messages)]
    problems += [f"{area}: file not in English" for area in set(translated) - set(english)]
    assert problems == []
