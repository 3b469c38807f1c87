"""The desk's answers about a request that moved on: English exactly as before messages had
ids, and every status said in another language too."""

from __future__ import annotations

import pytest

from bot.desk.review import _no_longer
from bot.i18n import LOCALES
from bot.storage import CloneStatus

VERBS = ("confirmed", "cancelled", "decided")

#: The English the desk wrote before its texts became messages (bot/desk/review.py).
BEFORE = {
    CloneStatus.PENDING_APPROVAL: "is waiting for a moderator",
    CloneStatus.APPROVED: "was already approved",
    CloneStatus.REJECTED: "was already rejected",
    CloneStatus.EXPIRED: "has expired",
    CloneStatus.CANCELLED: "was cancelled",
    CloneStatus.CLONING: "is already being cloned",
    CloneStatus.DONE: "is already done",
    CloneStatus.FAILED: "has already failed",
}


@pytest.mark.parametrize("status", list(CloneStatus))
@pytest.mark.parametrize("verb", VERBS)
def test_english_is_unchanged(status: CloneStatus, verb: str) -> None:
    described = BEFORE.get(status, f"is {status.value}")
    expected = f"This request can no longer be {verb}: it {described}."
    assert str(_no_longer(status, verb)) == expected


@pytest.mark.parametrize("locale", [locale for locale in LOCALES if locale != "en-US"])
def test_every_status_is_said_in_every_language(locale: str) -> None:
    for status in CloneStatus:
        for verb in VERBS:
            shown = _no_longer(status, verb).render(locale)
            assert shown != str(_no_longer(status, verb))
            assert "{" not in shown and "moderation-" not in shown


def test_japanese() -> None:
    shown = _no_longer(CloneStatus.APPROVED, "decided").render("ja")
    assert shown == "このリクエストはもう判定できません：すでに承認されています。"
