"""Why a file cannot be a sample, in the member's language: the kind of file a non-audio
upload looks like, seconds with the language's decimal mark, English unchanged."""

from __future__ import annotations

import pytest

from bot.audio.errors import (
    AudioError,
    EmptyFile,
    MostlyNoise,
    NotAudio,
    PoorSample,
    SilentAudio,
    TooShortAudio,
    kind_message,
)
from bot.audio.sniff import _MAGIC, _PLAYLIST_MARKERS
from bot.i18n import LOCALES, SOURCE, Msg


def test_english_is_unchanged() -> None:
    assert NotAudio("a text file").user_message == (
        "That file looks like a text file, not audio. Please attach a voice recording "
        "(a voice message, MP3, WAV, OGG, M4A, FLAC or WebM)."
    )
    assert TooShortAudio(2.345, 5.0).user_message == (
        "That recording has only 2.3 s of speech; at least 5 s are needed "
        "(10-15 s gives the best clone)."
    )
    assert MostlyNoise(0.15).user_message.startswith(
        "That recording is mostly noise or music: only 0.1 s of it is a voice."
    )
    assert str(NotAudio("a PDF document")).endswith("(a PDF document)")  # the log's detail


def test_every_kind_sniff_names_has_a_message() -> None:
    """A kind without one would be shown in English inside a translated sentence."""
    kinds = {kind for _, kind in (*_MAGIC, *_PLAYLIST_MARKERS)} | {
        "a text file",
        "an image (WebP)",
        "an image (BMP)",
    }
    for kind in kinds:
        message = kind_message(kind)
        assert isinstance(message, Msg), kind
        assert message.render(SOURCE) == kind  # English reads as before


def test_a_text_file_in_japanese_and_an_image_in_german() -> None:
    assert (
        NotAudio("a text file")
        .render("ja")
        .startswith("そのファイルは音声ではなく、テキストファイルのようです。")
    )
    assert (
        NotAudio("an image (PNG)")
        .render("de")
        .startswith("Diese Datei sieht aus wie ein Bild (PNG), nicht wie Audio.")
    )
    assert "something odd" in NotAudio("something odd").render("fr")  # unknown: as it is


def test_seconds_take_the_languages_decimal_mark() -> None:
    assert "2,3 s de parole" in TooShortAudio(2.345, 2.5).render("fr")
    assert "au moins 2,5 s" in TooShortAudio(2.345, 2.5).render("fr")
    assert "Nur 3,2 s davon" in MostlyNoise(3.25).render("de")


def test_a_poor_sample_joins_problem_and_tip_as_the_language_does() -> None:
    problem, tip = Msg("audio-silent"), Msg("audio-timeout")
    sample = PoorSample(problem, tip)
    assert sample.user_message == f"{problem} {tip}"
    assert sample.render("ja") == problem.render("ja") + tip.render("ja")  # no space in Japanese
    assert PoorSample("Too quiet.", "").user_message == "Too quiet."


@pytest.mark.parametrize("error", [AudioError(), EmptyFile(), SilentAudio()], ids=type)
def test_every_language_has_its_own_text(error: AudioError) -> None:
    for locale in LOCALES:
        assert (error.render(locale) == error.user_message) is (locale == SOURCE), locale
