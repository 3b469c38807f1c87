"""Consent challenge sentences: every language, fallback, name sanitising, randomness."""

from __future__ import annotations

import random
import re
import string
import unicodedata
from pathlib import Path

import pytest

from bot.consent.challenge_text import (
    KEYWORD_COUNT,
    NAME_LIMIT,
    ChallengeText,
    clean_name,
    compose,
    has_word_list,
)
from bot.consent.wordlists import FALLBACK_LANGUAGE, PACKS
from bot.inworld.languages import LANGUAGES

CODES = sorted(PACKS)
MENTION = re.compile(r"<[@#&!:a-z]|@(everyone|here)|@\w")


def _positions(text: ChallengeText) -> list[int]:
    """Where each keyword starts in the sentence, searching after the previous one."""
    found, at = [], 0
    for keyword in text.keywords:
        at = text.sentence.index(keyword, at)
        found.append(at)
        at += len(keyword)
    return found


def test_every_clone_language_but_auto_has_a_pack() -> None:
    assert set(PACKS) == set(LANGUAGES) - {"AUTO"}
    assert FALLBACK_LANGUAGE in PACKS


@pytest.mark.parametrize("code", CODES)
def test_pack_data_is_sound(code: str) -> None:
    pack = PACKS[code]
    assert len(pack.words) >= 40
    assert len(pack.numbers) >= 10
    items = pack.words + pack.numbers
    folded = {item.casefold() for item in items}
    assert len(folded) == len(items), "duplicates, or a word that is also a number"
    for item in items:
        assert item and not any(ch.isspace() for ch in item)
        assert item == unicodedata.normalize("NFC", item)
        assert not any(ch.isdigit() for ch in item), "numbers are written as words"
    for template in (pack.template, pack.anonymous_template):
        assert "{guild}" in template and "{words}" in template
    assert "{member}" in pack.template and "{member}" not in pack.anonymous_template
    assert "{name}" in pack.named_guild


@pytest.mark.parametrize("code", CODES)
def test_every_language_composes_its_keywords_in_order(code: str) -> None:
    pack = PACKS[code]
    rng = random.Random(7)
    for _ in range(50):
        text = compose(code, member="Alice", guild="Pixel Town", rng=rng)
        assert text.language == code and not text.fell_back
        assert len(text.keywords) == KEYWORD_COUNT == len(set(text.keywords))
        assert sum(k in pack.numbers for k in text.keywords) == 1
        assert sum(k in pack.words for k in text.keywords) == KEYWORD_COUNT - 1
        assert pack.separator.join(text.keywords) in text.sentence
        positions = _positions(text)
        assert positions == sorted(positions)
        assert "Alice" in text.sentence and "Pixel Town" in text.sentence
        assert "{" not in text.sentence and "}" not in text.sentence


def test_english_sentence_reads_as_specified() -> None:
    text = compose("EN_US", member="Alice", guild="Pixel Town", rng=random.Random(3))
    words = ", ".join(text.keywords)
    assert text.sentence == (
        f"I, Alice, agree that my own voice is cloned on Pixel Town today: {words}."
    )


def test_the_number_lands_in_every_position() -> None:
    rng = random.Random(11)
    places = set()
    for _ in range(200):
        keywords = compose("EN_US", member="A", guild="B", rng=rng).keywords
        places |= {i for i, k in enumerate(keywords) if k in PACKS["EN_US"].numbers}
    assert places == set(range(KEYWORD_COUNT))


@pytest.mark.parametrize("code", ["AUTO", "auto", "XX_YY", ""])
def test_unknown_languages_fall_back_to_english(code: str) -> None:
    assert not has_word_list(code)
    text = compose(code, member="Alice", guild="Pixel Town", rng=random.Random(1))
    assert text.fell_back and text.language == FALLBACK_LANGUAGE
    assert text.sentence.startswith("I, Alice, agree")
    assert all(k in PACKS["EN_US"].numbers + PACKS["EN_US"].words for k in text.keywords)


def test_codes_are_case_insensitive() -> None:
    assert has_word_list("EN_US") and has_word_list("de_de")
    text = compose("fr_fr", member="Alice", guild="Pixel Town", rng=random.Random(1))
    assert text.language == "FR_FR" and not text.fell_back


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Alice", "Alice"),
        ("  Alice \n\t Smith  ", "Alice Smith"),
        ("@everyone", "everyone"),
        ("<@123456789012345678>", "123456789012345678"),
        ("<@&42> <#42> <:blob:42>", "42 42 blob42"),
        ("**bold** __under__ ~~gone~~ ||spoiler|| `code`", "bold under gone spoiler code"),
        ("[click](https://evil.example)", "click(https//evil.example"),
        ("# Heading", "Heading"),
        ("＠everyone", "everyone"),  # full-width at sign
        ("Al\u0000i\u0007ce\u200b", "Alice"),
        ("\u202eecilA", "ecilA"),  # right-to-left override dropped
        ("שלום", "שלום"),  # RTL letters kept
        ("أحمد", "أحمد"),
        ("\u2067مرحبا\u2069 Bob", "مرحبا Bob"),
        ("...Bob!!", "Bob"),
        ("José", "José"),
        ("Jose\u0301", "José"),  # NFKC composes
        ("", ""),
        ("   ", ""),
        ("@@@ *** ___", ""),
        ("🙂🙂", ""),
        ("\u0301\u0301", ""),
    ],
)
def test_names_are_cleaned(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean


def test_long_names_are_cut_without_splitting_a_letter() -> None:
    assert clean_name("x" * 200) == "x" * NAME_LIMIT
    cut = clean_name("e\u0301" * 40)  # decomposed forms that NFKC composes
    assert cut == "é" * NAME_LIMIT
    # "कि" is a letter and its vowel sign: both go rather than only the sign.
    assert clean_name("a" * (NAME_LIMIT - 1) + "कि" + "xyz") == "a" * (NAME_LIMIT - 1)
    assert clean_name("word " * 20) == " ".join(["word"] * 6)
    assert clean_name("Supercalifragilistic Expialidocious") == "Supercalifragilistic"
    assert clean_name("Al Supercalifragilisticexpialidocious") == "Al Supercalifragilisticexpialido"


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize(
    ("member", "guild"),
    [
        ("<@123> @everyone **x**", "||<#1>|| @here"),
        ("", ""),
        ("🙂", "***"),
        ("a" * 500, "b\n" * 500),
        ("\u202eevil\u202c", "\u200f\u200fשרת"),
    ],
)
def test_sentences_are_safe_for_discord(code: str, member: str, guild: str) -> None:
    text = compose(code, member=member, guild=guild, rng=random.Random(5))
    assert not MENTION.search(text.sentence)
    assert not set("@<>*_~|`\n\r") & set(text.sentence)
    assert not any(unicodedata.category(ch) in {"Cc", "Cf"} for ch in text.sentence)
    assert len(text.sentence) < 400
    assert text.keywords[0] in text.sentence


@pytest.mark.parametrize("code", CODES)
def test_nameless_members_and_guilds_get_neutral_wording(code: str) -> None:
    pack = PACKS[code]
    text = compose(code, member="@@", guild="", rng=random.Random(2))
    words = pack.separator.join(text.keywords)
    assert text.sentence == pack.anonymous_template.format(guild=pack.unnamed_guild, words=words)
    named = compose(code, member="Bob", guild="   ", rng=random.Random(2))
    assert pack.unnamed_guild in named.sentence and "Bob" in named.sentence


def test_names_cannot_inject_template_fields() -> None:
    text = compose("EN_US", member="a{guild}{words}b", guild="c{x}{member}d", rng=random.Random(1))
    assert text.sentence.startswith("I, a{guild}{words}b, agree")
    assert "on c{x}{member}d today" in text.sentence


def test_names_with_digits_are_left_out_of_the_sentence() -> None:
    text = compose("EN_US", member="xXgamer99Xx", guild="d3v h4ck3rs", rng=random.Random(1))
    assert text.sentence.startswith("I agree that my own voice is cloned on this server today")


def test_seeded_draws_differ_and_repeat() -> None:
    rng = random.Random(1234)
    draws = [compose("EN_US", member="A", guild="B", rng=rng).keywords for _ in range(100)]
    assert len(set(draws)) > 95
    again = random.Random(1234)
    assert compose("EN_US", member="A", guild="B", rng=again).keywords == draws[0]


def test_default_draws_are_unpredictable() -> None:
    draws = {compose("DE_DE", member="A", guild="B").keywords for _ in range(50)}
    assert len(draws) > 45


def _cmudict() -> set[str]:
    pocketsphinx = pytest.importorskip("pocketsphinx")
    path = Path(pocketsphinx.__file__).parent / "model" / "en-us" / "cmudict-en-us.dict"
    if not path.is_file():
        pytest.skip("pocketsphinx has no English dictionary")
    with path.open(encoding="utf-8") as lines:
        return {re.sub(r"\(\d+\)$", "", line.split(maxsplit=1)[0]) for line in lines if line}


def test_english_words_are_in_the_cmu_dictionary() -> None:
    known = _cmudict()
    pack = PACKS["EN_US"]
    for item in pack.numbers + pack.words:
        assert item == item.lower() and set(item) <= set(string.ascii_lowercase)
        assert item in known, item
    fixed = " ".join((pack.template, pack.anonymous_template, pack.named_guild, pack.unnamed_guild))
    for field in ("{member}", "{guild}", "{words}", "{name}"):
        fixed = fixed.replace(field, " ")
    for word in re.findall(r"[A-Za-z']+", fixed):
        assert word.lower() in known, word
