"""The voice library's refusals in the member's language (issue #18): English unchanged."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import pytest

from bot.errors import UserFacingError
from bot.policy import Exceeded, Limit
from bot.storage.models import UsageKind
from bot.voices.access import NOT_HERE_MSG, Actor, check_manage, live_voice_of_guild
from bot.voices.limits import RENAMES, take_use

#: The one answer for a voice the member may not know about, in English.
NOT_HERE = str(NOT_HERE_MSG)


class FullStore:
    """Every use is over a one-use cooldown of 30 s."""

    async def take_use(
        self,
        kind: UsageKind,
        guild_id: int,
        user_id: int,
        limits: Sequence[Limit],
        now: datetime | None = None,
    ) -> Exceeded | None:
        assert now is not None
        return Exceeded(Limit(1, timedelta(seconds=30), "member"), now + timedelta(seconds=30))


async def test_a_rename_limit_reads_in_the_members_language() -> None:
    with pytest.raises(UserFacingError) as refused:
        await take_use(FullStore(), UsageKind.RENAMED, Actor(1, 2, False), (), RENAMES)
    assert refused.value.user_message == "You renamed a voice a moment ago; try again in 30 s."
    assert refused.value.render("ja") == (
        "少し前にボイスの名前を変更したばかりです。30秒後にもう一度お試しください。"
    )
    assert refused.value.render("de").startswith("Du hast gerade eben eine Stimme umbenannt;")


def test_the_unknown_voice_answer_is_one_message_in_every_language() -> None:
    with pytest.raises(UserFacingError) as refused:
        live_voice_of_guild(None, 1)
    assert refused.value.user_message == NOT_HERE
    assert refused.value.render("pt-BR") == (
        "Nenhuma voz com esse ID foi clonada neste servidor (ou ela já foi excluída)."
    )


def test_managing_someone_elses_voice_names_the_act() -> None:
    from tests.speech.test_localized import record

    with pytest.raises(UserFacingError) as refused:
        check_manage(record(7), Actor(10, 2, False), "rename")
    assert refused.value.user_message.startswith("You can only rename voices you cloned")
    assert refused.value.render("ja").startswith("名前を変更できるのは自分で作成したボイスだけです")
