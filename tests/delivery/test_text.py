"""Text the bot did not write is shown literally: safe_text, safe_name, safe_code."""

from __future__ import annotations

import discord
import pytest

from bot.delivery import safe_name, safe_text
from bot.delivery.text import safe_code
from tests.e2e.inert import HOSTILE_LINES, assert_inert, hostile, hostile_name

ROLE = 123456789012345678


def test_the_check_sees_every_trick_in_raw_text() -> None:
    """The inert check is not vacuous: the raw hostile text fails it on every count."""
    with pytest.raises(AssertionError) as raised:
        assert_inert(hostile(ROLE) + HOSTILE_LINES, ROLE)
    for kind in ("masked link", "mass mention", "role mention", "emphasis", "header", "quote"):
        assert kind in str(raised.value)


def test_discord_escape_markdown_leaves_the_second_masked_link() -> None:
    """Why safe_text does not rely on discord.utils.escape_markdown alone."""
    with pytest.raises(AssertionError, match="masked link"):
        assert_inert(
            discord.utils.escape_markdown("[a](https://x.y) [b](https://x.y)"), ROLE, shows="a"
        )


def test_hostile_text_is_inert_and_still_readable() -> None:
    shown = safe_text(hostile(ROLE) + HOSTILE_LINES)
    assert_inert(shown, ROLE)
    assert "https://evil.example" in shown  # the address stays visible, just not hidden
    assert shown.count("\n") == HOSTILE_LINES.count("\n")


def test_hostile_name_is_one_line_and_inert() -> None:
    shown = safe_name(hostile_name(ROLE) + "\n# Big header")
    assert "\n" not in shown
    assert_inert(shown, ROLE, shows="ok")


@pytest.mark.parametrize(
    "text",
    [
        "<@123456789012345678>",
        "<#123456789012345678>",
        "<t:1700000000:R>",
        "<:smile:123456789012345678>",
        "</clone:123456789012345678>",
    ],
)
def test_no_discord_token_forms(text: str) -> None:
    assert safe_text(text).startswith("\\<")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- item", "\\- item"),
        ("  * item", "  \\* item"),
        ("1. first", "1\\. first"),
        ("\\[a](https://x.y)", "\\\\\\[a](https://x.y)"),  # a typed backslash stays one
        ("`code`", "\\`code\\`"),
        ("Plain words, 2.5 stars - fine", "Plain words, 2.5 stars - fine"),
    ],
)
def test_escapes(text: str, expected: str) -> None:
    assert safe_text(text) == expected


def test_code_loses_backticks_only() -> None:
    assert safe_code("ws__a```b_1") == "ws__a'b_1"
