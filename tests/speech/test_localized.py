"""Speech texts by language (issue #18): what everyone reads (the voice message's line, the
voice channel status) follows the language it is given; refusals carry message ids rendered
in the member's language, English unchanged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.policy import QUOTA_WINDOW, Exceeded, Limit
from bot.speech.player import Utterance, status_text
from bot.speech.quota import chars_refusal
from bot.speech.service import Speaker, disclosure
from bot.storage import CloneRecord, CloneStatus

NOW = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


def record(user_id: int, name: str = "Alice *bold*") -> CloneRecord:
    made = CloneRecord(
        guild_id=10,
        channel_id=50,
        user_id=user_id,
        display_name=name,
        language="EN_US",
        status=CloneStatus.DONE,
        voice_id="ws__v1",
    )
    made.id = 1
    return made


def utterance(locale: str, owner_name: str = "alice") -> Utterance:
    async def audio():  # type: ignore[no-untyped-def]
        yield b""

    return Utterance(
        id="u1",
        guild_id=10,
        speaker_id=1,
        voice_owner_id=1,
        voice_id="ws__v1",
        voice_name="Alice's voice",
        text_channel_id=50,
        chars=5,
        audio=audio,
        owner_name=owner_name,
        locale=locale,
    )


def test_the_disclosure_line_is_in_the_language_it_is_given() -> None:
    speaker = Speaker(10, 1, "alice", False)
    assert disclosure(speaker, record(1)) == (
        "🔊 <@1> speaking with their AI voice **Alice \\*bold\\***"
    )
    assert disclosure(speaker, record(1), "ja") == (
        "🔊 <@1> が自分のAIボイス **Alice \\*bold\\*** で話しています"
    )
    assert disclosure(speaker, record(2), "pt-BR") == (
        "🔊 <@1> falando com a voz de IA do servidor **Alice \\*bold\\***"
    )


def test_the_channel_status_is_in_the_utterances_language() -> None:
    assert status_text(utterance("en-US")) == "🔊 AI voice of alice"
    assert status_text(utterance("ja")) == "🔊 alice のAIボイス"
    # A name that cleans to nothing falls back to the voice's name, then to "a member".
    assert status_text(utterance("de", owner_name="<@&5>")) == "🔊 KI-Stimme von Alice's voice"


def test_a_characters_refusal_reads_in_the_members_language() -> None:
    exceeded = Exceeded(Limit(5000, QUOTA_WINDOW, "member"), NOW + timedelta(minutes=12))
    refusal = chars_refusal(exceeded, 6000, NOW)
    assert str(refusal) == (
        "This text has 6,000 characters, more than your limit of 5,000 characters of speech "
        "per 24 hours here: please make it shorter."
    )
    assert refusal.render("de") == (
        "Dieser Text hat 6.000 Zeichen, mehr als dein Limit von 5.000 gesprochenen Zeichen pro "
        "24 Stunden hier: Bitte kürze ihn."
    )
    assert "6 000 символов" in refusal.render("ru").replace("\u00a0", " ")
