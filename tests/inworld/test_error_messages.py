"""Inworld's failures as a member reads them: a message id per class, rendered in the member's
language; ``user_message`` stays the English text; the API's own words never replace it."""

from __future__ import annotations

import pytest

from bot.i18n import LOCALES, SOURCE
from bot.inworld import errors
from bot.inworld.errors import InworldError, RateLimited, error_from_response
from bot.tree import user_message_for

CLASSES = [
    errors.InworldError,
    errors.InvalidArgument,
    errors.PermissionDenied,
    errors.Unauthenticated,
    errors.NotFound,
    errors.RateLimited,
    errors.Unavailable,
    errors.RequestTimeout,
    errors.ConnectionFailed,
    errors.BadResponse,
]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_class_reads_in_every_language(cls: type[InworldError]) -> None:
    error = cls("raw API words")
    assert error.render(SOURCE) == error.user_message
    assert "raw API words" not in error.user_message or cls is errors.InvalidArgument
    translated = {error.render(locale) for locale in LOCALES if locale != SOURCE}
    assert error.user_message not in translated  # every language has its own text


def test_the_class_level_english_text_is_kept() -> None:
    assert RateLimited.user_message == (
        "Inworld's voice cloning rate limit was reached. Please try again in a minute."
    )
    assert RateLimited().render("ko") == (
        "Inworld의 음성 클론 사용량 제한에 도달했습니다. 1분 후에 다시 시도해 주세요."
    )


def test_the_apis_explanation_is_a_variable_of_the_localized_sentence() -> None:
    error = error_from_response(400, {"code": 3, "message": "audioData is not valid"})
    assert error.user_message == "Inworld rejected the request: audioData is not valid"
    assert error.render("ja") == "Inworldがリクエストを拒否しました: audioData is not valid"
    assert errors.InvalidArgument().render("de") == (
        "Inworld hat die Anfrage als ungültig abgelehnt."
    )


def test_a_subclass_still_in_english_is_shown_in_english() -> None:
    """A subclass that sets only an English ``user_message`` (not yet a message id) shows that
    text, not its parent's translated one."""

    class StillEnglish(InworldError):
        user_message = "Something only said in English."

    class Translated(RateLimited):
        pass

    assert StillEnglish().render("ja") == "Something only said in English."
    assert Translated().render("ja") == RateLimited().render("ja")


@pytest.mark.parametrize("raw", ["", "quota exceeded for project 123"])
def test_the_error_path_renders_the_members_language_not_the_apis_words(raw: str) -> None:
    """``message`` is the API's own text (logs): the reply must never be that (nor empty)."""
    error = RateLimited(raw)
    assert user_message_for(error, "ko") == RateLimited().render("ko")
    assert user_message_for(error) == RateLimited.user_message
