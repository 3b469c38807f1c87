"""Catalogues load per language on first use, each message parsed on first use; the command
translator reads plain tables, so syncing every language loads no language's catalogue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast

from bot.i18n import LOCALES, SOURCE, catalog, tr
from bot.i18n.catalog import LOCALE_DIR, entry_sources, loaded_locales
from bot.i18n.translator import command_strings
from tests.e2e.conftest import BotRunner, discord_fake, make_settings, run_bot
from tests.fakes.discord_server import FakeDiscord

__all__ = ["discord_fake", "make_settings", "run_bot"]  # the e2e fixtures, used here

_COMMAND_IDS = ("cmd-", "menu-", "choice-")


@pytest.fixture
def no_catalogues() -> Iterator[None]:
    """No catalogue loaded at the start (other tests of this process may have loaded some)."""
    saved = dict(catalog._bundles)
    catalog._bundles.clear()
    yield
    catalog._bundles.update(saved)


def _files() -> list[Path]:
    return sorted(p for locale in LOCALES for p in (LOCALE_DIR / locale).glob("*.ftl"))


@pytest.mark.parametrize("path", _files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_split_entries_parse_as_the_whole_file_does(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    parser = FluentParser(with_spans=False)
    whole = [
        (e.id.name if isinstance(e, ast.Message) else "-" + e.id.name, e)
        for e in parser.parse(source).body
        if isinstance(e, ast.Message | ast.Term)
    ]
    split = [(i, parser.parse_entry(text)) for i, text in entry_sources(source)]
    assert [i for i, _ in split] == [i for i, _ in whole]
    for (entry_id, expected), (_, got) in zip(whole, split, strict=True):
        assert got.equals(expected, ignored_fields=["span", "comment"]), entry_id


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_formats_as_a_fully_parsed_bundle_does(
    locale: str, no_catalogues: None
) -> None:
    full = FluentBundle([locale.replace("-", "_")], use_isolating=False)
    ids: list[str] = []
    for path in sorted((LOCALE_DIR / locale).glob("*.ftl")):
        resource = FluentResource(path.read_text(encoding="utf-8"))
        full.add_resource(resource)
        ids += [e.id.name for e in resource.body if isinstance(e, ast.Message)]
    lazy = catalog.bundle(locale)
    for message_id in ids:
        assert lazy.has_message(message_id)
        expected, got = full.get_message(message_id), lazy.get_message(message_id)
        patterns = [(expected.value, got.value)] + [
            (expected.attributes[a], got.attributes[a]) for a in expected.attributes
        ]
        assert set(got.attributes) == set(expected.attributes)
        for want, have in patterns:
            if want is None:
                assert have is None
                continue
            assert have is not None
            args = {"count": 2, "n": 2, "seconds": 3}
            assert lazy.format_pattern(have, args)[0] == full.format_pattern(want, args)[0]
    assert not lazy.has_message("no-such-message")


@pytest.mark.parametrize("locale", LOCALES)
def test_command_table_is_the_catalogues_text(locale: str) -> None:
    table = command_strings(locale)
    lazy = catalog.bundle(locale)
    assert table and all(entry is not None for entry in table.values())
    for message_id, entry in table.items():
        assert entry is not None
        message = lazy.get_message(message_id)
        value = lazy.format_pattern(message.value, {})[0] if message.value else None
        attribute = message.attributes.get("description")
        description = lazy.format_pattern(attribute, {})[0] if attribute else None
        assert (entry.value, entry.description) == (value, description), message_id


@pytest.mark.parametrize("locale", LOCALES)
def test_command_messages_are_only_in_commands_ftl(locale: str) -> None:
    """The translator reads commands.ftl alone: no other file may hold a command's text."""
    for path in (LOCALE_DIR / locale).glob("*.ftl"):
        if path.name == "commands.ftl":
            continue
        ids = [i for i, _ in entry_sources(path.read_text(encoding="utf-8"))]
        assert [i for i in ids if i.startswith(_COMMAND_IDS)] == [], path


def test_a_language_is_loaded_when_used_and_parses_what_it_renders(no_catalogues: None) -> None:
    assert tr("ja", "error-bug", ref="x")
    assert loaded_locales() == {"ja"}
    parsed = [k for k, v in dict.items(catalog.bundle("ja")._messages) if not isinstance(v, str)]
    assert parsed == ["error-bug"]


async def test_syncing_every_language_loads_no_catalogue_but_english(
    run_bot: BotRunner, discord_fake: FakeDiscord, no_catalogues: None
) -> None:
    async with run_bot():
        pass
    synced = discord_fake.synced_commands[discord_fake.guild_id]
    assert any(c.get("name_localizations") for c in synced)
    assert loaded_locales() <= {SOURCE}
