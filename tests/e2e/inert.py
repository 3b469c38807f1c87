"""Hostile text, and a check that it reaches Discord inert: read as Discord's markdown reads
it (a backslash before punctuation makes that character literal), it must form no masked
link, mention, emphasis, header or quote; and its words must still be visible."""

from __future__ import annotations

import re
from typing import Any

#: The words a hostile masked link shows (they must stay visible, just not as a link).
BAIT = "Approve safely here"


def hostile(role_id: int) -> str:
    """Every trick at once (two masked links: ``escape_markdown`` escapes only the first)."""
    return (
        f"[{BAIT}](https://evil.example) [Reject](https://evil.example/r) @everyone "
        f"**shouted** <@&{role_id}> ||hidden||"
    )


def hostile_name(role_id: int) -> str:
    """A voice name (64 characters at most)."""
    return f"[ok](https://ev.il)[b](https://e.i) <@&{role_id}>"


def hostile_tags(role_id: int) -> str:
    """Comma-separated tags (32 characters each at most)."""
    return f"[Approve](https://evil.example), @everyone **shouted**, <@&{role_id}>"


#: Multi-line text (a reason typed in a modal) adds line-start tricks.
HOSTILE_LINES = "\n# Big header\n> quoted\n-# small print"

_ESCAPED = re.compile(r"\\([^0-9A-Za-z\s])")
_LITERAL = "\ue000"  # stands for an escaped character: it can start no syntax


def _active(text: str, role_id: int) -> list[str]:
    plain = _ESCAPED.sub(_LITERAL, text)
    checks = {
        "masked link": r"\[[^\]]*\]\(\s*<?\w+:",
        "mass mention": r"@(?:everyone|here)\b",
        "role mention": rf"<@&{role_id}>",
        "emphasis": r"\*\*shouted\*\*|\|\|hidden\|\|",
        "header": r"(?m)^[ \t]*#{1,3}[ \t]+Big",
        "quote": r"(?m)^[ \t]*>+[ \t]*quoted",
        "subtext": r"(?m)^[ \t]*-#[ \t]+small",
    }
    return [name for name, pattern in checks.items() if re.search(pattern, plain)]


def message_text(message: dict[str, Any]) -> str:
    """Everything a message shows: content, embed titles, descriptions and fields."""
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        for embed_field in embed.get("fields") or []:
            parts += [embed_field.get("name") or "", embed_field.get("value") or ""]
    return "\n".join(parts)


def assert_inert(text: str, role_id: int, *, shows: str = BAIT) -> None:
    """``text`` (a post, as it reached Discord) shows ``shows`` and no active markup."""
    active = _active(text, role_id)
    assert active == [], f"active {active} in:\n{text}"
    visible = _ESCAPED.sub(r"\1", text).replace("\u200b", "")
    assert shows in visible, f"{shows!r} is not shown in:\n{text}"
