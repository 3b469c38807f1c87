"""Does heard text contain the expected consent sentence? Pure text, every pack's language.

Shared by the offline recognizer (pocketsphinx's constrained decode) and by the clone API's own
``transcription`` (languages pocketsphinx has no model for). Text is NFKC-normalised and
casefolded, punctuation dropped; scripts written without spaces (Chinese, Japanese, Thai, ...)
are compared character by character, everything else word by word. Numbers written as digits
are spelled out where that is cheap and unambiguous (English words, Chinese/Japanese numerals),
so "17" matches "seventeen" and "17" matches "十七".

The decision cares most about the keywords (the random, unpredictable part of a challenge): a
recording is accepted only when (nearly) every keyword is heard, in order, and most of the whole
sentence is heard too. And the recording must be the sentence, not the sentence among other
speech: at most a fifth of the sentence's length may be heard on top of it (before, after or
inside; ~1.5 s of an ~8 s reading), or another voice could ride along with a genuine reading.
Measured in ``benchmarks/consent_eval.py``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

#: Share of the expected tokens (in order) that must be heard, on top of every keyword.
MIN_SCORE = 0.6
#: Keywords that may be missed when a challenge has at least ``SLACK_FROM`` of them: 3 of 4.
#: The offline recognizer misses single keywords of synthetic and accented voices; another
#: challenge (4 words of ~80) shares 3 keywords in the same order practically never, and a
#: reading of the first half only has 2. Shorter keyword lists need every keyword.
KEYWORD_SLACK = 1
SLACK_FROM = 4
#: Two words this similar (edit distance, share of the longer one) count as the same word:
#: transcripts misspell names and inflections ("colour"/"color", "cloned"/"clone").
FUZZY_RATIO = 0.8
#: Words shorter than this must match exactly (short words differ by one letter: "ten"/"tan").
FUZZY_MIN_LEN = 5
#: Heard tokens that are not the sentence (inserted before, after or inside it), as a share of
#: the sentence's tokens: a fifth is ~1.5 s of an ~8 s reading in every script (17 English
#: words, 29 Chinese characters). A mis-heard word (a name transcribed in another script) is a
#: substitution, not an insertion, and costs nothing here.
EXTRA_SHARE = 0.2
#: ... but never fewer than this many (short sentences, an "um" or a repeated word).
MIN_EXTRA_TOKENS = 3

_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


def _no_space_char(ch: str) -> bool:
    """Characters of scripts written without spaces between words: compared one by one."""
    o = ord(ch)
    return (
        0x3040 <= o <= 0x30FF  # hiragana, katakana
        or 0x31F0 <= o <= 0x31FF
        or 0x3400 <= o <= 0x4DBF  # CJK extension A
        or 0x4E00 <= o <= 0x9FFF  # CJK unified ideographs
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x2FA1F
        or 0x0E00 <= o <= 0x0E7F  # Thai
        or 0x0E80 <= o <= 0x0EFF  # Lao
        or 0x1000 <= o <= 0x109F  # Myanmar
        or 0x1780 <= o <= 0x17FF  # Khmer
    )


_ONES = tuple(
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
)
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _english_number(n: int) -> str:
    """``n`` (0..999,999) in English words; digits beyond that are left as they are."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + ("" if ones == 0 else " " + _ONES[ones])
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return _ONES[hundreds] + " hundred" + ("" if rest == 0 else " " + _english_number(rest))
    if n < 1_000_000:
        thousands, rest = divmod(n, 1000)
        head = _english_number(thousands) + " thousand"
        return head + ("" if rest == 0 else " " + _english_number(rest))
    return str(n)


_HAN = "零一二三四五六七八九"


def _han_number(n: int) -> str:
    """``n`` (0..9999) in Chinese/Japanese numerals ("十七", "二十", "一百零五")."""
    if n < 10:
        return _HAN[n]
    if n < 20:
        return "十" + ("" if n == 10 else _HAN[n - 10])
    if n >= 10_000:
        return str(n)
    out = ""
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            if zero:
                out += "零"
            out += _HAN[digit] + unit
            zero = False
        elif out:
            zero = True
    return out


def _spell_digits(text: str, language: str) -> str:
    """Digit runs as words, for the languages where that is cheap; otherwise unchanged."""
    lang = language.upper()
    if lang.startswith("EN"):
        speller = _english_number
    elif lang.startswith(("ZH", "JA")):
        speller = _han_number
    else:
        return text
    # Runs longer than 6 digits stay digits (and int() of a huge run would raise).
    return _DIGITS.sub(
        lambda m: f" {speller(int(m.group()))} " if len(m.group()) <= 6 else m.group(), text
    )


def normalise_words(text: str, language: str) -> list[str]:
    """The comparable tokens of ``text``: words, or single characters of space-less scripts.

    NFKC folds full-width forms and compatibility digits, casefold folds case (German "ß" too);
    punctuation and symbols are dropped, combining marks (Hindi vowel signs, Arabic harakat)
    stay attached to their letter.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _spell_digits(text, language)
    out: list[str] = []
    word: list[str] = []

    def flush() -> None:
        if word:
            out.append("".join(word))
            word.clear()

    for ch in text:
        cat = unicodedata.category(ch)
        if _no_space_char(ch) and cat[0] == "L":
            flush()
            out.append(ch)
        elif cat[0] in "LN" or (cat[0] == "M" and word):
            word.append(ch)
        elif ch in "'’" and word:
            continue  # an apostrophe (straight or curly) does not split a word
        else:
            flush()
    flush()
    return out


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (two rows)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def same_word(a: str, b: str) -> bool:
    """Exact, or (for longer words) close enough to be a spelling variant."""
    if a == b:
        return True
    longest = max(len(a), len(b))
    if min(len(a), len(b)) < FUZZY_MIN_LEN:
        return False
    return 1 - _edit_distance(a, b) / longest >= FUZZY_RATIO


def _align(expected: list[str], heard: list[str]) -> list[int | None]:
    """For each expected token, the index of the heard token it matches in a longest in-order
    matching (LCS), or None."""
    n, m = len(expected), len(heard)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if same_word(expected[i], heard[j]):
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    pairs: list[int | None] = [None] * n
    i = j = 0
    while i < n and j < m:
        if same_word(expected[i], heard[j]) and table[i][j] == table[i + 1][j + 1] + 1:
            pairs[i] = j
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def keyword_spans(expected: list[str], keywords: Sequence[list[str]]) -> list[range] | None:
    """Where each keyword's tokens sit in ``expected``, searching from the end (the keywords
    follow the template, and a name may repeat a keyword); None when one is missing."""
    spans: list[range] = []
    end = len(expected)
    for kw in reversed(keywords):
        if not kw:
            continue
        found = None
        for start in range(end - len(kw), -1, -1):
            if expected[start : start + len(kw)] == kw:
                found = range(start, start + len(kw))
                break
        if found is None:
            return None
        spans.append(found)
        end = found.start
    spans.reverse()
    return spans


def extra_tokens(expected: list[str], heard: list[str]) -> int:
    """How many heard tokens are insertions in a cheapest edit of ``expected`` into ``heard``
    (fewest insertions among the cheapest): speech that is not the sentence, wherever it sits.
    A substitution (a word mis-heard in its place) is not an insertion."""
    n, m = len(expected), len(heard)
    # (edits, insertions) to turn expected[:i] into heard[:j], one row at a time.
    prev = [(j, j) for j in range(m + 1)]
    for i in range(1, n + 1):
        cur = [(i, 0)]
        for j in range(1, m + 1):
            e, ins = prev[j - 1]
            diagonal = (e + (not same_word(expected[i - 1], heard[j - 1])), ins)
            deletion = (prev[j][0] + 1, prev[j][1])
            insertion = (cur[j - 1][0] + 1, cur[j - 1][1] + 1)
            cur.append(min(diagonal, deletion, insertion))
        prev = cur
    return prev[m][1]


def max_extra_tokens(expected_tokens: int) -> int:
    """The most tokens that may be heard on top of a sentence of ``expected_tokens``."""
    return max(MIN_EXTRA_TOKENS, math.ceil(EXTRA_SHARE * expected_tokens))


@dataclass(frozen=True)
class Match:
    """How much of an expected sentence a heard text contains, and what else it contains."""

    score: float  # 0..1, how much of the expected sentence was heard (in order)
    keywords_heard: int
    keywords_total: int
    #: Enough keywords heard in order and score >= MIN_SCORE (see constants).
    sentence_heard: bool
    #: Heard tokens that are not the sentence (see :func:`extra_tokens`), and the most allowed.
    extra: int
    extra_allowed: int

    @property
    def too_much(self) -> bool:
        """The sentence was heard, but with more speech around it than allowed."""
        return self.sentence_heard and self.extra > self.extra_allowed

    @property
    def accepted(self) -> bool:
        return self.sentence_heard and self.extra <= self.extra_allowed


def match_sentence(expected: str, heard: str, keywords: Sequence[str], language: str) -> Match:
    """Compare ``heard`` with ``expected`` in order; ``keywords`` must be part of ``expected``.

    A keyword counts as heard only when all its tokens (several for a CJK word) are matched in
    the in-order alignment of the whole sentence, so keywords heard in a different order or
    outside the sentence do not count twice. Tokens heard on top of the sentence are counted
    (``extra``); more than ``max_extra_tokens`` of them refuse an otherwise heard sentence.
    """
    exp = normalise_words(expected, language)
    got = normalise_words(heard, language)
    kw_tokens = [normalise_words(k, language) for k in keywords]
    kw_tokens = [k for k in kw_tokens if k]
    total = len(kw_tokens)
    allowed = max_extra_tokens(len(exp))
    if not exp:
        return Match(0.0, 0, total, False, len(got), allowed)
    pairs = _align(exp, got)
    score = sum(p is not None for p in pairs) / len(exp)
    spans = keyword_spans(exp, kw_tokens)
    if spans is None:
        # Keywords not found in the sentence: judge them on their own, in order.
        heard_kw = _count_in_order(kw_tokens, got)
    else:
        heard_kw = sum(all(pairs[i] is not None for i in span) for span in spans)
    needed = total - KEYWORD_SLACK if total >= SLACK_FROM else total
    heard_it = total > 0 and heard_kw >= needed and score >= MIN_SCORE
    return Match(round(score, 4), heard_kw, total, heard_it, extra_tokens(exp, got), allowed)


def _count_in_order(keywords: Sequence[list[str]], heard: list[str]) -> int:
    """How many keywords appear in ``heard`` one after the other (greedy)."""
    count = 0
    pos = 0
    for kw in keywords:
        for start in range(pos, len(heard) - len(kw) + 1):
            if all(
                same_word(a, b) for a, b in zip(kw, heard[start : start + len(kw)], strict=True)
            ):
                count += 1
                pos = start + len(kw)
                break
    return count
