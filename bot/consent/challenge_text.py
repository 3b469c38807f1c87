"""The sentence a member reads aloud to consent: a fixed statement plus unpredictable words."""

from __future__ import annotations

import random
import re
import secrets
import unicodedata
from dataclasses import dataclass

from .wordlists import FALLBACK_LANGUAGE, PACKS, LanguagePack

KEYWORD_COUNT = 4
#: Of the keywords, this many are numbers; the rest are words.
NUMBER_COUNT = 1
#: Longest member or guild name (in code points) put into a sentence.
NAME_LIMIT = 32

# Discord markdown, mention, emoji, masked-link and heading syntax. Without "@", "<" and ">"
# no user, role, channel or @everyone mention can form; without "[" no masked link; without ":"
# no "https://" link and no :emoji:.
_MARKUP = frozenset("@<>*_~|`\\[]#:")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class ChallengeText:
    """A composed consent sentence and its unpredictable part."""

    sentence: str  # the full sentence to read
    keywords: tuple[str, ...]  # the random words, in order (the unpredictable part)
    language: str  # the language code actually used (EN_US on fallback)
    fell_back: bool  # True when the requested language has no list (e.g. AUTO)


def has_word_list(language: str) -> bool:
    """Whether ``language`` has words of its own (False for ``AUTO`` and unknown codes)."""
    return language.strip().upper() in PACKS


def compose(
    language: str, *, member: str, guild: str, rng: random.Random | None = None
) -> ChallengeText:
    """A fresh challenge in ``language`` (English when it has no words) for ``member`` on ``guild``.

    ``member`` and ``guild`` are untrusted display names; see :func:`clean_name`. ``rng`` is for
    tests: by default the words come from the operating system's random source.
    """
    code = language.strip().upper()
    fell_back = code not in PACKS
    if fell_back:
        code = FALLBACK_LANGUAGE
    pack = PACKS[code]
    keywords = draw_keywords(pack, rng if rng is not None else secrets.SystemRandom())
    return ChallengeText(
        sentence=_sentence(pack, _speakable(member), _speakable(guild), keywords),
        keywords=keywords,
        language=code,
        fell_back=fell_back,
    )


def draw_keywords(pack: LanguagePack, rng: random.Random) -> tuple[str, ...]:
    """``KEYWORD_COUNT`` distinct keywords of ``pack``, ``NUMBER_COUNT`` of them numbers."""
    numbers = rng.sample(pack.numbers, NUMBER_COUNT)
    words = rng.sample(pack.words, KEYWORD_COUNT - NUMBER_COUNT)
    slots = set(rng.sample(range(KEYWORD_COUNT), NUMBER_COUNT))
    return tuple(numbers.pop() if i in slots else words.pop() for i in range(KEYWORD_COUNT))


def clean_name(name: str) -> str:
    """``name`` made safe and readable inside a sentence, or "" when nothing readable is left.

    Compatibility forms are folded (a full-width at sign becomes "@"), control, format (bidi
    overrides, zero-width) and unassigned characters and Discord markup are dropped, whitespace
    runs become one space, leading and trailing punctuation goes, and at most ``NAME_LIMIT``
    characters are kept (ending on a whole word where it can, never splitting a letter from
    its combining marks).
    """
    text = unicodedata.normalize("NFKC", name)
    text = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or (unicodedata.category(ch)[0] != "C" and ch not in _MARKUP)
    )
    text = _SPACES.sub(" ", text).strip()
    text = _trim(text)
    if len(text) > NAME_LIMIT:
        cut = NAME_LIMIT
        while cut > 0 and unicodedata.category(text[cut])[0] == "M":
            cut -= 1
        space = text.rfind(" ", 0, cut + 1)
        if space > NAME_LIMIT // 2:  # end on a whole word when that keeps most of the name
            cut = space
        text = _trim(text[:cut])
    return text


def _speakable(name: str) -> str:
    """The cleaned name, or "" when it holds digits: "xXgamer99Xx" or "h4ck3rs" are read in
    too many ways to be checked (measured: 6 of the 11 right readings the recognizer missed
    on 24 espeak-ng speakers had such a name), so the sentence goes without it."""
    cleaned = clean_name(name)
    return "" if any(unicodedata.category(ch) == "Nd" for ch in cleaned) else cleaned


def _trim(text: str) -> str:
    """``text`` from its first to its last letter or digit (with that one's marks), or ""."""
    start, end = 0, len(text)
    while start < end and unicodedata.category(text[start])[0] not in "LN":
        start += 1
    while end > start and unicodedata.category(text[end - 1])[0] not in "LNM":
        end -= 1
    return text[start:end]


def _sentence(pack: LanguagePack, member: str, guild: str, keywords: tuple[str, ...]) -> str:
    """The sentence of ``pack`` with the cleaned names and the keywords filled in."""
    where = pack.named_guild.format(name=guild) if guild else pack.unnamed_guild
    words = pack.separator.join(keywords)
    if member:
        return pack.template.format(member=member, guild=where, words=words)
    return pack.anonymous_template.format(guild=where, words=words)
