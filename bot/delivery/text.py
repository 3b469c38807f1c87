"""Text the bot did not write (member input, moderators' wording, the API's echoes of it)
made safe to show in a bot post: the one helper every post uses for such text."""

from __future__ import annotations

import re

import discord

#: Characters escaped wherever they appear. Discord renders ``\`` before any punctuation as
#: that character, so escaping is invisible. ``[``: no masked link ``[x](url)`` can form
#: (every one of them, not only the first as ``discord.utils.escape_markdown`` does);
#: ``<`` and ``>``: no ``<@id>``, ``<@&id>``, ``<#id>``, ``<t:..>``, ``<:emoji:id>`` token and no
#: block quote; ``*_~|``` and ``\``: no emphasis, spoiler, code or escape trickery; ``#``: no
#: header.
_ANYWHERE = r"[\\*_~|`\[<>#]"
#: Markers that only act at the start of a line: lists, ``-#`` subtext, numbered lists.
_LINE_START = r"^[ \t]*(?:-|\+|\d+(?=\.))"
_MARKUP = re.compile(rf"{_ANYWHERE}|{_LINE_START}", re.MULTILINE)
#: Inside a code block escapes do not work: only backticks could close it.
_BACKTICKS = re.compile(r"`+")


def _escape(match: re.Match[str]) -> str:
    text = match.group()
    if text[-1].isdigit():  # "1. item": a numbered list; escaping the dot undoes it
        return text + "\\"
    return text[:-1] + "\\" + text[-1]


def safe_text(text: str) -> str:
    """``text`` shown literally: no markdown, no masked link, no mention, header or quote.

    URLs stay visible as what they are (never hidden behind other words). ``@everyone``,
    ``@here`` and raw ``@id`` pings get a zero-width space; every post also sends
    ``allowed_mentions`` that can ping the requester only.
    """
    return discord.utils.escape_mentions(_MARKUP.sub(_escape, text))


def safe_name(name: str) -> str:
    """A member-chosen name, on one line, shown literally."""
    return safe_text(" ".join(name.split()))


def safe_code(text: str) -> str:
    """Text for inside a code span or block (e.g. a voice ID): without backticks."""
    return _BACKTICKS.sub("'", text)
