"""Member-chosen names are shown literally."""

from __future__ import annotations

from bot.delivery import safe_name

HOSTILE = "**x** [click](https://evil) @everyone"


def test_hostile_name_loses_markdown_links_and_mass_mentions():
    shown = safe_name(HOSTILE)
    assert "**" not in shown.replace("\\*", "")
    assert "\\[click]" in shown  # no masked link
    assert "@everyone" not in shown and "@\u200beveryone" in shown


def test_name_is_one_line_and_user_pings_are_defused():
    shown = safe_name("a\n# heading <@123456789012345678> @here")
    assert "\n" not in shown
    assert "<@123456789012345678>" not in shown and "@here" not in shown
