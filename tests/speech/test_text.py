"""Read-aloud text preparation (a table of inputs and what is spoken) and sentence splitting."""

from __future__ import annotations

import itertools
import random

import pytest

from bot.speech.text import (
    SUPPRESS_NOTIFICATIONS,
    Names,
    is_silent,
    prepare_message,
    speakable_length,
    split_sentences,
)

USERS = {1: "Alice", 2: "Bob_the_Builder", 3: "evil\x00\u202ename <@1> https://x.io"}
ROLES = {10: "Moderators"}
CHANNELS = {20: "general"}
NAMES = Names(user=USERS.get, role=ROLES.get, channel=CHANNELS.get)
LIMIT = 500

SPOKEN = [
    # links
    ("url", "look at https://example.com/page now", "look at link now"),
    ("url trailing punctuation kept", "see https://example.com/a.", "see link."),
    ("url in parentheses", "(see https://example.com)", "(see link)"),
    ("suppressed embed", "here <https://example.com/x?y=1> ok", "here link ok"),
    ("uppercase scheme", "HTTPS://EXAMPLE.COM", "link"),
    ("consecutive links are one", "https://a.io https://b.io\nhttps://c.io", "link"),
    ("links apart are each said", "https://a.io, https://b.io", "link, link"),
    (
        "masked link says its text",
        "read [the docs](https://docs.io/x) first",
        "read the docs first",
    ),
    ("masked link with parens", "[wiki](https://en.wikipedia.org/wiki/A_(b)) yes", "wiki yes"),
    ("masked link, empty text", "[](https://docs.io) hi", "link hi"),
    ("masked link, url as text", "[https://a.io](<https://a.io>)", "link"),
    # emoji
    ("custom emoji", "nice <:pepe_hands:123456789012345678>", "nice pepe hands"),
    ("animated emoji", "<a:party_blob:42> yay", "party blob yay"),
    ("unicode emoji dropped", "great 😀👍🏽 job ❤️ ⭐", "great job"),
    ("zwj family dropped", "we 👨\u200d👩\u200d👧 win", "we win"),
    ("flag dropped", "go 🇫🇷!", "go!"),
    ("keycap leaves its digit", "pick 1️⃣", "pick 1"),
    ("joiner kept in a script", "क्\u200dष", "क्\u200dष"),
    # mentions
    ("user mention", "hi <@1>", "hi Alice"),
    ("nickname mention", "hi <@!2>", "hi Bob the Builder"),
    ("unknown user", "hi <@999>, ok", "hi someone, ok"),
    ("role mention", "ping <@&10>", "ping Moderators"),
    ("unknown role", "ping <@&11>", "ping a role"),
    ("channel mention", "go to <#20>", "go to general"),
    ("unknown channel", "go to <#21>", "go to a channel"),
    ("everyone and here", "@everyone and @here", "everyone and here"),
    ("email is not a mention", "mail me@everyone.io", "mail me@everyone.io"),
    ("hostile display name", "hi <@3>", "hi evilname link"),
    ("slash command mention", "use </clone start:123> now", "use clone start now"),
    ("timestamp dropped", "see you <t:1700000000:R>!", "see you!"),
    ("bare timestamp dropped", "at <t:1700000000> ok", "at ok"),
    ("guild navigation dropped", "visit <id:customize> ok", "visit ok"),
    # code and spoilers
    ("code block with backticks", "x ```\na `` b\n``` y", "x y"),
    ("code block skipped", "before\n```py\nprint('x')\n```\nafter", "before\nafter"),
    ("only code says nothing", "```\nhttps://a.io <@1>\n```", ""),
    ("inline code skipped", "run `rm -rf` now", "run now"),
    ("double backtick code", "run ``a`b`` now", "run now"),
    ("spoiler skipped", "the end: ||he dies|| wow", "the end: wow"),
    ("unterminated code kept as words", "a ``` b", "a b"),
    ("unterminated spoiler kept as words", "a || b", "a b"),
    # markdown
    ("emphasis", "**bold** *it* __under__ _em_ ~~gone~~", "bold it under em gone"),
    ("nested emphasis", "***__~~all~~__***", "all"),
    ("headers", "# Big\n## Mid\n### Small\n-# tiny", "Big\nMid\nSmall\ntiny"),
    ("quotes", "> quoted\n>>> block", "quoted\nblock"),
    ("list markers", "- one\n* two\n+ three\n1. four", "one\ntwo\nthree\n1. four"),
    ("nested line markers", "> - # deep", "deep"),
    ("hashtag kept", "#1 fan", "#1 fan"),
    ("escapes", r"\*not bold\* \_x\_", "not bold x"),
    ("snake case", "my_var_name", "my var name"),
    # runs
    ("letter run", "soooooo goooood", "soo good"),
    ("punctuation run", "what!!!!!!?????", "what!?"),
    ("ellipsis bounded", "wait..........", "wait..."),
    ("digits untouched", "1000000 dollars", "1000000 dollars"),
    ("laughter bounded", "hahahahahahaha", "hahaha"),
    ("laughter mixed case", "HaHaHaHaHa", "HaHaHa"),
    ("real words unchanged", "banana Mississippi", "banana Mississippi"),
    ("cjk run", "哈哈哈哈哈哈", "哈哈"),
    ("word run bounded", "spam spam SPAM spam spam eggs", "spam spam SPAM eggs"),
    ("symbol line dropped", "hi\n----------\n!!!!", "hi"),
    # whitespace and controls
    ("whitespace", "  a \t b\u00a0\u3000c  \n\n\n  d  ", "a b c\nd"),
    ("windows newlines", "a\r\nb\rc\u2028d", "a\nb\nc\nd"),
    ("controls dropped", "a\x00b\x07c\u202ed\u200be\ufeff", "abcde"),
    ("ascii controls dropped", "a\x00b\x1bc\x7fd\te", "abcd e"),
    ("lone surrogate dropped", "a\ud800b", "ab"),
    ("nothing to say", "   \n ", ""),
    ("only punctuation", "?!", ""),
    ("cjk sentence", "你好。世界！", "你好。世界！"),
]


@pytest.mark.parametrize(
    ("content", "spoken"), [row[1:] for row in SPOKEN], ids=[row[0] for row in SPOKEN]
)
def test_what_is_spoken(content: str, spoken: str) -> None:
    assert prepare_message(content, NAMES, max_chars=LIMIT) == spoken


CUTS = [
    ("fits", "one two three", 13, "one two three"),
    ("at a space", "one two three", 10, "one two"),
    ("space right at the limit", "one two three", 7, "one two"),
    ("never mid word", "one twothree", 8, "one"),
    ("single long word is cut", "abcdefghij", 4, "abcd"),
    ("combining mark not orphaned", "abe\u0301cd", 3, "ab"),
    ("across lines", "one\ntwo three", 8, "one\ntwo"),
    ("limit of one", "a b", 1, "a"),
]


@pytest.mark.parametrize(
    ("content", "max_chars", "spoken"), [row[1:] for row in CUTS], ids=[row[0] for row in CUTS]
)
def test_length_limit_cuts_at_a_word_boundary(content: str, max_chars: int, spoken: str) -> None:
    assert prepare_message(content, NAMES, max_chars=max_chars) == spoken


def test_max_chars_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_chars"):
        prepare_message("hi", NAMES, max_chars=0)
    with pytest.raises(ValueError, match="max_chars"):
        split_sentences("", 0)


def test_each_id_is_looked_up_once_per_message() -> None:
    asked: list[int] = []

    def user(user_id: int) -> str | None:
        asked.append(user_id)
        return f"U{user_id}"

    names = Names(user=user, role=ROLES.get, channel=CHANNELS.get)
    assert prepare_message("<@1> a <@!1> b <@1> <@2>", names, max_chars=LIMIT) == (
        "U1 a U1 b U1 U2"
    )
    assert asked == [1, 2]


def test_unknown_names() -> None:
    assert prepare_message("<@1> <@&2> <#3>", Names.unknown(), max_chars=LIMIT) == (
        "someone a role a channel"
    )


def test_empty_and_overlong_names_fall_back_or_are_bounded() -> None:
    names = Names(user=lambda _: " \x00 ", role=lambda _: "r" * 500, channel=CHANNELS.get)
    assert prepare_message("<@1>", names, max_chars=LIMIT) == "someone"
    assert prepare_message("<@&1>", names, max_chars=LIMIT) == "rr"  # the run bound applies
    long_name = " ".join(f"w{i}" for i in range(200))
    names = Names(user=lambda _: long_name, role=ROLES.get, channel=CHANNELS.get)
    assert prepare_message("<@1>", names, max_chars=LIMIT) == long_name[:100].rstrip()


def test_silent_messages() -> None:
    assert is_silent(SUPPRESS_NOTIFICATIONS)
    assert is_silent(SUPPRESS_NOTIFICATIONS | 1 << 13)
    assert not is_silent(0)
    assert not is_silent(1 << 13)


def test_speakable_length_is_the_prepared_length() -> None:
    spoken = prepare_message("hi <@1> https://a.io", NAMES, max_chars=LIMIT)
    assert speakable_length(spoken) == len("hi Alice link")


HOSTILE = [
    ("letters", "a" * 100_000),
    ("spaces", " " * 50_000 + "x" + " " * 50_000),
    ("unterminated code", "```" + "x " * 50_000),
    ("backticks", "`" * 100_001),
    ("unterminated spoiler", "||" + "x " * 50_000),
    ("pipes", "|" * 100_001),
    ("brackets", "[" * 100_000),
    ("unclosed masked links", "[a](https://a.io/" * 6_000),
    ("mention openers", "<@" * 50_000),
    ("mentions", "<@1>" * 25_000),
    ("long url", "https://a.io/" + "a" * 100_000),
    ("url openers", "<https://" * 11_000),
    ("laughter", "ha" * 50_000),
    ("words", "spam " * 20_000),
    ("punctuation", "!" * 100_000),
    ("dots then space", "." * 100_000 + " x"),
    ("line markers", "> " * 50_000),
    ("nested markdown", "*_~" * 33_000 + "x"),
    ("emoji", "😀\ufe0f" * 50_000),
    ("controls", "\x00\u202e" * 50_000),
    ("newlines", "\n" * 100_000),
    ("cjk", "你好。" * 33_000),
    ("combining marks", "e" + "\u0301" * 100_000),
]


@pytest.mark.parametrize("content", [row[1] for row in HOSTILE], ids=[row[0] for row in HOSTILE])
def test_hostile_input_returns_within_the_limit(content: str) -> None:
    for max_chars in (1, 50, 2000):
        spoken = prepare_message(content, NAMES, max_chars=max_chars)
        assert len(spoken) <= max_chars
        assert spoken == spoken.strip()
    for chunk in split_sentences(content, 500):
        assert 0 < len(chunk) <= 500


@pytest.mark.parametrize("content", ["x" * 100_000, "e" + "\u0301" * 100_000, "e\u0301" * 50_000])
def test_hard_cuts_of_a_long_word(content: str) -> None:
    for max_chars in (1, 7, 500):
        chunks = split_sentences(content, max_chars)
        assert all(0 < len(chunk) <= max_chars for chunk in chunks)
        assert "".join(chunks) == content


# split_sentences

SPLITS = [
    ("short", "Hello there.", 50, ["Hello there."]),
    ("empty", "  \n ", 50, []),
    ("sentences packed", "One. Two. Three. Four.", 10, ["One. Two.", "Three.", "Four."]),
    ("question and exclamation", "Why? Because! Yes.", 8, ["Why?", "Because!", "Yes."]),
    ("closing quote stays", 'He said "go." Then he left.', 20, ['He said "go."', "Then he left."]),
    ("decimals are not ends", "Pi is 3.14159 ok. Next", 18, ["Pi is 3.14159 ok.", "Next"]),
    ("cjk ends", "你好。世界！再见？", 4, ["你好。", "世界！", "再见？"]),
    ("cjk closing bracket", "「はい。」そう。", 5, ["「はい。」", "そう。"]),
    ("newlines", "first line\nsecond line", 12, ["first line", "second line"]),
    ("commas before spaces", "a b c, d e f", 9, ["a b c,", "d e f"]),
    ("cjk commas", "一二三，四五六", 5, ["一二三，", "四五六"]),
    ("thousands are not commas", "1,000,000 and more", 10, ["1,000,000", "and more"]),
    ("spaces", "aa bb cc dd", 5, ["aa bb", "cc dd"]),
    ("hard cut", "abcdefghij", 4, ["abcd", "efgh", "ij"]),
    ("hard cut keeps combining marks", "abe\u0301cd", 3, ["ab", "e\u0301c", "d"]),
    ("sentence before clause", "a, b. c, d", 6, ["a, b.", "c, d"]),
]


@pytest.mark.parametrize(
    ("text", "max_chars", "chunks"), [row[1:] for row in SPLITS], ids=[row[0] for row in SPLITS]
)
def test_split_sentences(text: str, max_chars: int, chunks: list[str]) -> None:
    assert split_sentences(text, max_chars) == chunks


PIECES = ["word", "longerword", "a", "你好", "x" * 40, "3.14", "1,000", "e\u0301"]
SEPARATORS = [" ", "  ", ". ", "! ", "? ", '." ', ", ", "; ", "\n", " \n\t ", "。", "，", ""]


def _random_text(rng: random.Random, separators: list[str]) -> str:
    count = rng.randint(0, 80)
    return "".join(rng.choice(PIECES) + rng.choice(separators) for _ in range(count))


@pytest.mark.parametrize("seed", range(200))
def test_split_sentences_loses_nothing(seed: int) -> None:
    rng = random.Random(seed)
    text = _random_text(rng, SEPARATORS)
    max_chars = rng.choice([1, 3, 10, 41, 80, 500])
    chunks = split_sentences(text, max_chars)
    assert all(0 < len(chunk) <= max_chars for chunk in chunks)
    assert all(chunk == chunk.strip() for chunk in chunks)
    # Nothing but whitespace is lost, in order (CJK and hard cuts may fall inside a "word").
    assert "".join("".join(chunks).split()) == "".join(text.split())


@pytest.mark.parametrize("seed", range(200))
def test_split_sentences_keeps_words_whole(seed: int) -> None:
    rng = random.Random(seed)
    spaced = [sep for sep in SEPARATORS if sep.endswith((" ", "\n", "\t"))]
    text = _random_text(rng, spaced)
    max_chars = rng.choice([42, 43, 80, 500])  # every word fits, punctuation included
    chunks = split_sentences(text, max_chars)
    assert all(0 < len(chunk) <= max_chars for chunk in chunks)
    assert " ".join(chunks).split() == text.split()


def test_split_sentences_packs_up_to_the_limit() -> None:
    text = " ".join(f"Sentence number {i}." for i in range(100))
    chunks = split_sentences(text, 500)
    assert all(len(chunk) <= 500 for chunk in chunks)
    # Greedy packing: no two neighbours would have fitted together.
    assert all(len(a) + 1 + len(b) > 500 for a, b in itertools.pairwise(chunks))
    assert all(chunk.endswith(".") for chunk in chunks)


def test_prepared_text_splits_cleanly() -> None:
    content = "**Hey** <@1>!!! Read https://a.io now. " * 40 + "```code```"
    spoken = prepare_message(content, NAMES, max_chars=2000)
    chunks = split_sentences(spoken, 100)
    assert " ".join(chunks).split() == spoken.split()
    assert all(chunk.endswith(("now.", "Alice!")) for chunk in chunks)  # sentence ends
