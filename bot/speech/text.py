"""Text preparation for speech: what a Discord message says aloud, and sentence-sized chunks.

Pure functions, no Discord objects. ``prepare_message`` applies, in this order:

1. control and invisible format characters dropped (line breaks kept, tabs become spaces);
2. code blocks, inline code and spoilers skipped silently (nothing is said for them);
3. masked links ``[text](url)`` -> their text ("link" when the text is empty);
4. mentions -> names (unknown: "someone", "a role", "a channel"), ``@everyone``/``@here`` ->
   "everyone"/"here", custom emoji -> their name, slash-command mentions -> the command's
   name; timestamps (``<t:...>``) and guild navigation (``<id:...>``) are dropped, since a
   readable time would need the listener's time zone;
5. URLs -> "link"; links separated only by whitespace are one "link";
6. markdown markers (emphasis, headers, quotes, bullets, escapes) removed, the words kept;
7. Unicode emoji dropped (engines read them as names or noise);
8. runs bounded: a letter at most twice ("sooo" -> "soo"), punctuation once ("!!!" -> "!",
   "....." -> "..."), digits untouched, a 2-4 letter pattern at most three times
   ("hahahaha" -> "hahaha"), a word at most three times in a row;
9. spaces collapsed (none before ``.,!?;:``), lines kept (a line break is a pause and a
   preferred split point), lines with no letter or digit dropped;
10. cut to ``max_chars`` at a word boundary, nothing appended (a single longer word is cut).

Every pattern is linear in the input (no nested or overlapping unbounded quantifiers).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

#: Message flag of ``@silent`` messages; read-aloud ignores them.
SUPPRESS_NOTIFICATIONS = 1 << 12

MAX_LETTER_RUN = 2
MAX_PATTERN_REPEATS = 3
MAX_WORD_REPEATS = 3
#: Longest display name inserted for a mention (Discord's own limits are 32 and 100).
MAX_NAME_CHARS = 100
#: A hard cut moves back at most this far to keep combining marks with their letter.
MAX_COMBINING_RUN = 16

UNKNOWN_USER = "someone"
UNKNOWN_ROLE = "a role"
UNKNOWN_CHANNEL = "a channel"
LINK = "link"

_KEEP_FORMAT = frozenset("\u200c\u200d")  # ZWNJ and ZWJ shape several scripts
_NEWLINES = str.maketrans({"\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
_ASCII_CONTROLS = {c: (" " if chr(c) in "\t\v\f" else None) for c in [*range(32), 127] if c != 10}
_LINK_MARK = "\x01"  # control characters are gone by the time links are marked

_CODE_BLOCK = re.compile(r"```.*?```", re.S)
_INLINE_CODE = re.compile(r"``.+?``|`[^`]+`", re.S)
_SPOILER = re.compile(r"\|\|.*?\|\|", re.S)
_URL_BODY = r"(?i:https?)://[^\s()<>]*+(?:\([^\s()<>]*+\)[^\s()<>]*+)*+"
_MASKED_LINK = re.compile(r"\[([^\[\]\n]{0,256})\]\(\s*+<?" + _URL_BODY + r">?\s*+\)")
_TOKEN = re.compile(
    r"<@!?(?P<user>\d{1,20})>"
    r"|<@&(?P<role>\d{1,20})>"
    r"|<#(?P<channel>\d{1,20})>"
    r"|<a?:(?P<emoji>\w{1,32}):\d{1,20}>"
    r"|</(?P<command>[-\w ]{1,100}):\d{1,20}>"
    r"|<t:-?\d{1,20}(?::[tTdDfFsSR])?>"
    r"|<id:[a-z-]{1,20}(?::\d{1,20})?>"
    r"|(?<![\w@])@(?P<mass>everyone|here)\b"
)
_URL = re.compile(r"<?(?i:https?)://[^\s<>]++>?")
_URL_TRAILING = ".,:;!?'\")]"
_LINK_RUN = re.compile(_LINK_MARK + r"(?:\s*+" + _LINK_MARK + ")++")
_LINE_MARKER = re.compile(r"^[ \t]*+(?:#{1,3}|-#|>>>|>|[-*+])[ \t]++", re.M)
_ESCAPE = re.compile(r"\\(?=[\\*_~`|>#\-\[\]()])")
_EMPHASIS = re.compile(r"\*+|~~|\|\||`+")

_PICTOGRAPHS = (
    "\U0001f000-\U0001faff"  # mahjong .. symbols and pictographs extended-A, flags, skin tones
    "\u2600-\u27bf"  # miscellaneous symbols, dingbats
    "\u2b00-\u2bff"  # miscellaneous symbols and arrows (star, circles, squares)
    "\u203c\u2049\u2139\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328\u23cf\u23e9-\u23f3"
    "\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe\u2934\u2935\u3030\u303d"
    "\u3297\u3299"
)
_EMOJI_MARKS = "\ufe0e\ufe0f\u20e3"  # presentation selectors, keycap
# A joiner is dropped only after a pictograph: elsewhere it shapes Indic and Arabic scripts.
_EMOJI = re.compile(f"[{_PICTOGRAPHS}][{_EMOJI_MARKS}\u200d]*+|[{_EMOJI_MARKS}]++")
_CHAR_RUN = re.compile(r"(.)\1{2,}", re.S)
_PATTERN_RUN = re.compile(r"([^\W\d_]{2,4}?)\1{3,}", re.I)
_NAME_MARKUP = re.compile(r"<[^<>\n]{0,120}>")
_SPACE_BEFORE_PUNCTUATION = re.compile(r" ++(?=[.,!?;:)])")

# Split points for split_sentences, most preferred first. Lookbehinds keep them linear.
_SENTENCE_END = re.compile(
    r"(?:(?<=[.!?…])|(?<=[.!?…][\"'”’)\]]))\s++"
    r"|(?<=[。！？])[」』）\"”’]*+\s*+"
    r"|\n\s*+"
)
_CLAUSE_END = re.compile(r"(?:(?<=[,;:])|(?<=[,;:][\"'”’)\]]))\s++|(?<=[，、；：])\s*+")
_SPACE = re.compile(r"\s++")
_SPLIT_LEVELS = (_SENTENCE_END, _CLAUSE_END, _SPACE)

Lookup = Callable[[int], str | None]


@dataclass(frozen=True)
class Names:
    """Display names for mention ids: each callable returns None when the id is unknown."""

    user: Lookup
    role: Lookup
    channel: Lookup

    @classmethod
    def unknown(cls) -> Names:
        """Names that know nobody (every mention is spoken as its fallback)."""
        return cls(user=_nobody, role=_nobody, channel=_nobody)


def _nobody(_: int) -> str | None:
    return None


def is_silent(flags: int) -> bool:
    """Whether a message was sent with ``@silent`` (read-aloud ignores those)."""
    return bool(flags & SUPPRESS_NOTIFICATIONS)


def speakable_length(text: str) -> int:
    """Characters a prepared text counts against speech quotas."""
    return len(text)


def prepare_message(content: str, names: Names, *, max_chars: int) -> str:
    """What to speak for a message's content: '' when nothing is left to say."""
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    text = _drop_controls(content)
    text = _CODE_BLOCK.sub(" ", text)
    text = _INLINE_CODE.sub(" ", text)
    text = _SPOILER.sub(" ", text)
    text = _MASKED_LINK.sub(_masked_link, text)
    text = _TOKEN.sub(_TokenNamer(names), text)
    text = _URL.sub(_url, text)
    text = _LINK_RUN.sub(_LINK_MARK, text).replace(_LINK_MARK, f" {LINK} ")
    text = _strip_markdown(text)
    text = _EMOJI.sub(" ", text)
    text = _CHAR_RUN.sub(_bound_char_run, text)
    text = _PATTERN_RUN.sub(_bound_pattern, text)
    return _cut(_normalise_lines(text), max_chars)


def split_sentences(text: str, max_chars: int) -> list[str]:
    """Cut text into chunks of at most ``max_chars`` for queued TTS requests.

    Whole sentences (ending in ``. ! ?``, their CJK full-width forms, or a line break) are
    packed into each chunk; a longer sentence is cut at commas, then at spaces, then anywhere.
    No chunk is empty and nothing but the whitespace at the cuts is lost.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    return _split(text.strip(), max_chars, 0)


def _drop_controls(text: str) -> str:
    text = text.replace("\r\n", "\n").translate(_NEWLINES)
    if text.isascii():
        return text.translate(_ASCII_CONTROLS)
    kept: list[str] = []
    for char in text:
        category = unicodedata.category(char)
        if char in "\n\t\v\f":
            kept.append("\n" if char == "\n" else " ")
        elif category in ("Cc", "Cs", "Co") or (category == "Cf" and char not in _KEEP_FORMAT):
            continue
        else:
            kept.append(char)
    return "".join(kept)


def _clean_name(name: str | None, fallback: str) -> str:
    if name is None:
        return fallback
    # A name is spoken as plain words: markup in it is dropped, never looked up.
    cleaned = _NAME_MARKUP.sub(" ", _drop_controls(name))
    cleaned = " ".join(cleaned.split())[:MAX_NAME_CHARS].strip()
    return cleaned or fallback


def _masked_link(match: re.Match[str]) -> str:
    label = match.group(1).strip()
    return f" {label} " if label else _LINK_MARK


class _TokenNamer:
    """Replaces one mention-like token; looks each id up once per message."""

    def __init__(self, names: Names) -> None:
        self._names = names
        self._seen: dict[tuple[str, int], str] = {}

    def __call__(self, match: re.Match[str]) -> str:
        if (mass := match.group("mass")) is not None:
            return mass
        if (emoji := match.group("emoji")) is not None:
            return f" {emoji} "
        if (command := match.group("command")) is not None:
            return f" {command} "
        for kind, lookup, fallback in (
            ("user", self._names.user, UNKNOWN_USER),
            ("role", self._names.role, UNKNOWN_ROLE),
            ("channel", self._names.channel, UNKNOWN_CHANNEL),
        ):
            if (raw := match.group(kind)) is not None:
                key = (kind, int(raw))
                if key not in self._seen:
                    self._seen[key] = _clean_name(lookup(key[1]), fallback)
                return f" {self._seen[key]} "
        return " "  # timestamps and guild navigation


def _url(match: re.Match[str]) -> str:
    found = match.group(0)
    if found.startswith("<") and found.endswith(">"):
        return _LINK_MARK
    body = found.rstrip(_URL_TRAILING)
    return _LINK_MARK + found[len(body) :]


def _strip_markdown(text: str) -> str:
    for _ in range(3):  # nested line markers: "> # title", "> - item"
        text = _LINE_MARKER.sub("", text)
    text = _ESCAPE.sub("", text)
    return _EMPHASIS.sub("", text).replace("_", " ")


def _bound_char_run(match: re.Match[str]) -> str:
    run = match.group(0)
    char = run[0]
    if char.isspace() or char.isdigit():
        return run
    if char.isalpha():
        return char * MAX_LETTER_RUN
    if char == ".":
        return "..."
    return char


def _bound_pattern(match: re.Match[str]) -> str:
    return match.group(0)[: len(match.group(1)) * MAX_PATTERN_REPEATS]


def _normalise_lines(text: str) -> str:
    lines: list[str] = []
    for line in text.split("\n"):
        words = _bound_words(line.split())
        if any(char.isalnum() for word in words for char in word):
            lines.append(_SPACE_BEFORE_PUNCTUATION.sub("", " ".join(words)))
    return "\n".join(lines)


def _bound_words(words: list[str]) -> list[str]:
    kept: list[str] = []
    run = 0
    previous = ""
    for word in words:
        folded = word.casefold()
        run = run + 1 if folded == previous else 1
        previous = folded
        if run <= MAX_WORD_REPEATS:
            kept.append(word)
    return kept


def _cut(text: str, max_chars: int) -> str:
    if len(text) <= max_chars:
        return text
    if text[max_chars].isspace():
        return text[:max_chars].rstrip()
    space = max(text.rfind(" ", 0, max_chars), text.rfind("\n", 0, max_chars))
    if space > 0:
        return text[:space].rstrip()
    return text[: _hard_cut(text, 0, max_chars)].rstrip()


def _hard_cut(text: str, start: int, limit: int) -> int:
    """End of the longest piece from ``start`` of at most ``limit`` characters that does not
    end before a combining mark (unless a run of marks is longer than a few characters)."""
    end = start + limit
    if end >= len(text):
        return len(text)
    floor = max(start + 1, end - MAX_COMBINING_RUN)
    while end > floor and unicodedata.combining(text[end]):
        end -= 1
    return end if not unicodedata.combining(text[end]) else start + limit


def _split(text: str, max_chars: int, level: int) -> list[str]:
    if not text:
        return []
    if len(text) <= max_chars:
        return [text]
    if level == len(_SPLIT_LEVELS):
        chunks: list[str] = []
        start = 0
        while start < len(text):
            end = _hard_cut(text, start, max_chars)
            chunks.append(text[start:end])
            start = end
        return chunks
    # ``text`` is stripped and every cut skips the whitespace after it, so each segment starts
    # with a visible character; a chunk is text[start:end] with its trailing space removed.
    cuts = [m.end() for m in _SPLIT_LEVELS[level].finditer(text)]  # may end with len(text)
    if not cuts:
        return _split(text, max_chars, level + 1)
    chunks = []
    start = end = 0
    for seg_start, seg_end in zip([0, *cuts], [*cuts, len(text)], strict=True):
        visible_end = seg_start + len(text[seg_start:seg_end].rstrip())
        if visible_end - start <= max_chars:
            end = seg_end
            continue
        if end > start:
            chunks.append(text[start:end].rstrip())
        if visible_end - seg_start <= max_chars:
            start, end = seg_start, seg_end
        else:
            chunks.extend(_split(text[seg_start:visible_end], max_chars, level + 1))
            start = end = seg_end
    if end > start:
        chunks.append(text[start:end])  # the text ends with a visible character
    return chunks
