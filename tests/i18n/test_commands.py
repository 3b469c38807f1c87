"""Every command, group, option, choice and context menu in every language: the real bot syncs
against the fake Discord (which refuses what Discord refuses) and the payload it sent is
checked for a translation of each name and description, Discord's naming rules and names
unique among siblings in each language."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import discord
import pytest
from discord import app_commands

from bot.i18n import LOCALES, SOURCE
from bot.i18n.translator import FluentTranslator, message_id, translate
from tests.e2e.conftest import BotRunner, discord_fake, make_settings, run_bot
from tests.fakes.command_rules import valid_command_name
from tests.fakes.discord_server import FakeDiscord

__all__ = ["discord_fake", "make_settings", "run_bot"]  # the e2e fixtures, used here

JSON = dict[str, Any]
TRANSLATED = [locale for locale in LOCALES if locale != SOURCE]
_GROUP_TYPES = (1, 2)  # an option that is a subcommand or a group


def _walk(siblings: list[JSON], where: str) -> Iterator[tuple[str, str, JSON, list[JSON]]]:
    """``(kind, path, item, its siblings)`` for every command, option and choice."""
    for item in siblings:
        path = f"{where} {item['name']}".strip()
        if "value" in item:
            if item["value"] not in LOCALES:  # the language picker: endonyms, never translated
                yield "choice", path, item, siblings
            continue
        top = where == ""
        kind = "menu" if top and int(item.get("type", 1)) != 1 else "chat"
        yield kind, path, item, siblings
        yield from _walk(item.get("options") or [], path)
        yield from _walk(item.get("choices") or [], path)


def problems_in(commands: list[JSON], locale: str) -> list[str]:
    found: list[str] = []
    for kind, path, item, siblings in _walk(commands, ""):
        name = (item.get("name_localizations") or {}).get(locale)
        if name is None:
            found.append(f"{path}: no name")
        elif kind == "chat" and not valid_command_name(name):
            found.append(f"{path}: name {name!r} breaks Discord's rule")
        elif not 1 <= len(name) <= (32 if kind == "menu" else 100):
            found.append(f"{path}: name {name!r} too long")
        if kind == "chat":
            description = (item.get("description_localizations") or {}).get(locale)
            if description is None:
                found.append(f"{path}: no description")
            elif not 1 <= len(description) <= 100:
                found.append(f"{path}: description of {len(description)} characters")
        names = [
            (s.get("name_localizations") or {}).get(locale, s["name"])
            for s in siblings
            if kind == "choice" or int(s.get("type", 1)) == int(item.get("type", 1))
        ]
        if kind != "choice" and names.count(name) > 1:
            found.append(f"{path}: {name!r} taken by a sibling")
    return found


@pytest.fixture
async def synced(run_bot: BotRunner, discord_fake: FakeDiscord) -> list[JSON]:
    async with run_bot():
        pass
    assert discord_fake.refused_syncs == []
    return discord_fake.synced_commands[discord_fake.guild_id]


async def test_every_command_in_every_language(synced: list[JSON]) -> None:
    assert {c["name"] for c in synced} >= {"clone", "voices", "say", "Speak this message"}
    problems = {locale: problems_in(synced, locale) for locale in TRANSLATED}
    assert {locale: found for locale, found in problems.items() if found} == {}
    # Only our catalogues are sent: English is the default, other Discord locales fall back.
    sent = {
        locale
        for _, _, item, _ in _walk(synced, "")
        for field in ("name_localizations", "description_localizations")
        for locale in item.get(field) or {}
    }
    assert sent == set(TRANSLATED)


def test_the_check_finds_each_problem() -> None:
    """The payload check itself: a missing, a broken and a duplicate name are each found."""
    good = {"ja": "ボイス"}
    commands: list[JSON] = [
        {
            "type": 1,
            "name": "voices",
            "name_localizations": good,
            "description_localizations": {"ja": "ボイス一覧"},
            "options": [
                {
                    "type": 3,
                    "name": "voice",
                    "name_localizations": {"ja": "ボイス"},
                    "description_localizations": {},
                },
                {
                    "type": 3,
                    "name": "text",
                    "name_localizations": {"ja": "ボイス"},
                    "description_localizations": {"ja": "x" * 101},
                },
                {"type": 3, "name": "mode", "name_localizations": {"ja": "モード 2"}},
            ],
        }
    ]
    assert problems_in(commands, "ja") == [
        "voices voice: no description",
        "voices voice: 'ボイス' taken by a sibling",
        "voices text: description of 101 characters",
        "voices text: 'ボイス' taken by a sibling",
        "voices mode: name 'モード 2' breaks Discord's rule",
        "voices mode: no description",
    ]
    assert problems_in(commands, "ko")[0] == "voices: no name"


# ---------------------------------------------------------------- the translator


def _context(location: app_commands.TranslationContextLocation, data: Any) -> Any:
    """A translation context as discord.py builds one at sync time."""
    return app_commands.TranslationContext(location, data)  # type: ignore[call-overload]


@app_commands.command(name="say", description="What to say")
async def _say(interaction: discord.Interaction, text: str) -> None:
    del interaction, text


_NAME = app_commands.TranslationContextLocation.command_name
_DESCRIPTION = app_commands.TranslationContextLocation.command_description


@pytest.mark.parametrize(
    "locale", [discord.Locale.american_english, discord.Locale.british_english]
)
async def test_translator_leaves_english_alone(locale: discord.Locale) -> None:
    translator = FluentTranslator()
    assert (
        await translator.translate(app_commands.locale_str("say"), locale, _context(_NAME, _say))
        is None
    )


async def test_translator_none_for_a_discord_locale_without_catalogue() -> None:
    translator = FluentTranslator()
    for location in (_NAME, _DESCRIPTION):
        string = app_commands.locale_str("say")
        assert (
            await translator.translate(string, discord.Locale.swedish, _context(location, _say))
            is None
        )


async def test_translator_answers_from_the_catalogue() -> None:
    translator = FluentTranslator()
    japanese = discord.Locale.japanese
    name = await translator.translate(
        app_commands.locale_str("say"), japanese, _context(_NAME, _say)
    )
    description = await translator.translate(
        app_commands.locale_str("Speak"), japanese, _context(_DESCRIPTION, _say)
    )
    assert (name, description) == (
        translate("ja", _NAME, _say, "say"),
        translate("ja", _DESCRIPTION, _say, "Speak"),
    )
    assert name not in (None, "say") and description


def test_translator_none_without_the_message() -> None:
    """No English fallback: a language without the message leaves Discord's default."""

    @app_commands.command(name="not-a-command", description="Nothing")
    async def nothing(interaction: discord.Interaction) -> None:
        del interaction

    assert message_id(_NAME, nothing, "not-a-command") == "cmd-not-a-command"
    assert translate("ja", _NAME, nothing, "not-a-command") is None
    assert translate("ja", _DESCRIPTION, nothing, "Nothing") is None
    assert translate(SOURCE, _NAME, _say, "say") is None


def test_language_picker_endonyms_have_no_message() -> None:
    choice = app_commands.TranslationContextLocation.choice_name
    assert (
        message_id(choice, None, "Discord's server language") == "choice-discord-s-server-language"
    )
    for endonym in ("日本語", "Español (España)", "हिन्दी"):
        assert message_id(choice, None, endonym) is None
