"""match_sentence / normalise_words across the pack languages (pure text, fast)."""

from __future__ import annotations

import random

import pytest

from bot.consent.matching import match_sentence, normalise_words

TEMPLATE = "I, Alice, agree that my own voice is cloned on Pixel Town today"
EN = TEMPLATE + ": orange, seventeen, river, lantern."
EN_KW = ("orange", "seventeen", "river", "lantern")


def test_normalise_nfkc_casefold_punctuation() -> None:
    assert normalise_words("ＡＢＣ, Straße!  don’t", "DE_DE") == ["abc", "strasse", "dont"]


def test_normalise_cjk_per_character() -> None:
    assert normalise_words("我同意：苹果，十七。", "ZH_CN") == [
        "我",
        "同",
        "意",
        "苹",
        "果",
        "十",
        "七",
    ]


def test_english_digits_match_number_words() -> None:
    heard = "i alice agree that my own voice is cloned on pixel town today orange 17 river lantern"
    assert match_sentence(EN, heard, EN_KW, "EN_US").accepted
    assert normalise_words("42", "EN_US") == ["forty", "two"]


def test_chinese_digits_match_numerals() -> None:
    expected = "我，小明，同意今天在像素镇克隆我自己的声音：十七，苹果，火车，老虎。"
    heard = "我小明同意今天在像素镇克隆我自己的声音17苹果火车老虎"
    assert match_sentence(expected, heard, ("十七", "苹果", "火车", "老虎"), "ZH_CN").accepted


def test_exact_and_asr_style_accepted() -> None:
    m = match_sentence(EN, EN, EN_KW, "EN_US")
    assert m.accepted and m.score == 1.0 and m.keywords_heard == 4 == m.keywords_total
    assert match_sentence(EN, EN.lower().replace(",", ""), EN_KW, "EN_US").accepted


@pytest.mark.parametrize(
    "heard",
    [
        TEMPLATE + ": apple, ninety, tiger, zebra.",
        TEMPLATE + ".",
        TEMPLATE + ": orange, seventeen.",
        "orange seventeen river lantern",  # keywords alone: too little of the sentence
        "lantern river seventeen orange agree that my own voice is cloned",  # wrong order
        "",
    ],
)
def test_refused(heard: str) -> None:
    assert not match_sentence(EN, heard, EN_KW, "EN_US").accepted


@pytest.mark.parametrize(
    ("language", "expected", "keywords", "heard_ok", "heard_bad"),
    [
        (
            "AR_SA",
            "أنا، علي، أوافق على استنساخ صوتي اليوم: تفاحة، قمر، باب، سبعة.",
            ("تفاحة", "قمر", "باب", "سبعة"),
            "أنا علي أوافق على استنساخ صوتي اليوم تفاحة قمر باب سبعة",
            "أنا علي أوافق على استنساخ صوتي اليوم",
        ),
        (
            "HE_IL",
            "אני, דנה, מסכימה שהקול שלי ישוכפל היום: תפוח, ירח, דלת, שבע.",
            ("תפוח", "ירח", "דלת", "שבע"),
            "אני דנה מסכימה שהקול שלי ישוכפל היום תפוח ירח דלת שבע",
            "אני דנה מסכימה שהקול שלי ישוכפל היום כלב חתול עץ שלוש",
        ),
        (
            "HI_IN",
            "मैं, राम, सहमत हूँ कि आज मेरी आवाज़ क्लोन की जाए: नौ, तोता, आम, साइकिल।",
            ("नौ", "तोता", "आम", "साइकिल"),
            "मैं राम सहमत हूँ कि आज मेरी आवाज़ क्लोन की जाए नौ तोता आम साइकिल",
            "मैं राम सहमत हूँ कि आज मेरी आवाज़ क्लोन की जाए",
        ),
        (
            "RU_RU",
            "Я, Иван, согласен: яблоко, река, фонарь, семь.",
            ("яблоко", "река", "фонарь", "семь"),
            "я иван согласен яблоко река фонарь семь",
            "я иван согласен груша море окно три",
        ),
        (
            "JA_JP",
            "私、花子は、今日声の複製に同意します：りんご、さくら、でんしゃ、七。",
            ("りんご", "さくら", "でんしゃ", "七"),
            "私花子は今日声の複製に同意しますりんごさくらでんしゃ7",
            "私花子は今日声の複製に同意します",
        ),
        (
            "KO_KR",
            "저, 민수는 오늘 제 목소리 복제에 동의합니다: 사과, 바다, 기차, 일곱.",
            ("사과", "바다", "기차", "일곱"),
            "저 민수는 오늘 제 목소리 복제에 동의합니다 사과 바다 기차 일곱",
            "저 민수는 오늘 제 목소리 복제에 동의합니다 포도 하늘 버스 다섯",
        ),
    ],
)
def test_languages(
    language: str, expected: str, keywords: tuple[str, ...], heard_ok: str, heard_bad: str
) -> None:
    assert match_sentence(expected, heard_ok, keywords, language).accepted
    assert not match_sentence(expected, heard_bad, keywords, language).accepted


def test_every_pack_accepts_itself_and_refuses_another_challenge() -> None:
    from bot.consent.challenge_text import compose
    from bot.consent.wordlists import PACKS

    rng = random.Random(3)
    for language in PACKS:
        c = compose(language, member="Alice", guild="Pixel Town", rng=rng)
        assert match_sentence(c.sentence, c.sentence, c.keywords, c.language).accepted, language
        other = compose(language, member="Alice", guild="Pixel Town", rng=random.Random(99))
        if len(set(other.keywords) & set(c.keywords)) < 2:
            assert not match_sentence(c.sentence, other.sentence, c.keywords, c.language).accepted


def test_hostile_text_does_not_crash() -> None:
    for text in ["\u202e\u200b", "𝟙𝟚𝟛", "9" * 400, "7" * 6000, "👍🏽" * 50, "a" * 5000]:
        m = match_sentence(EN, text, EN_KW, "EN_US")
        assert 0.0 <= m.score <= 1.0 and not m.accepted
    assert not match_sentence("", "", (), "EN_US").accepted


CHATTER = "so anyway this is my friend talking about the weather and the game last night"


@pytest.mark.parametrize(
    "heard",
    [
        " ".join([CHATTER, CHATTER]) + " " + EN,  # 30 words before
        EN + " " + " ".join([CHATTER, CHATTER]),  # 30 words after
        " ".join([CHATTER] * 2) + " " + EN + " " + " ".join([CHATTER] * 2),  # the finding's case
        TEMPLATE + ": orange, seventeen, " + CHATTER + " river, lantern.",  # inside it
        "hello there my good friend " + EN,  # 5 words: more than a fifth of 17
    ],
)
def test_the_sentence_among_other_speech_is_refused(heard: str) -> None:
    m = match_sentence(EN, heard, EN_KW, "EN_US")
    assert m.sentence_heard and m.score == 1.0 and m.keywords_heard == 4
    assert not m.accepted and m.too_much and m.extra > m.extra_allowed == 4


@pytest.mark.parametrize(
    ("heard", "extra"),
    [
        ("um " + EN, 1),
        ("okay so " + EN + " done", 3),
        ("hello there my " + EN, 3),
        (EN.replace("agree that", "agree uh that"), 1),
        # Names heard in another script are substitutions, not speech on top of the sentence.
        (EN.replace("Alice", "Элис").replace("Pixel Town", "Пиксель Таун"), 0),
    ],
)
def test_a_little_around_the_sentence_is_tolerated(heard: str, extra: int) -> None:
    m = match_sentence(EN, heard, EN_KW, "EN_US")
    assert m.accepted and not m.too_much and m.extra == extra


def test_extra_speech_is_bounded_in_every_script() -> None:
    from bot.consent.challenge_text import compose
    from bot.consent.wordlists import PACKS

    rng = random.Random(5)
    for language in PACKS:
        c = compose(language, member="Alice", guild="Pixel Town", rng=rng)
        chatter = compose(language, member="Bob", guild="Café", rng=rng).sentence
        m = match_sentence(c.sentence, f"{chatter} {c.sentence}", c.keywords, c.language)
        assert m.sentence_heard and not m.accepted, (language, m)
