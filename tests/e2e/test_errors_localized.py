"""Refusals and errors in the member's own language, end to end (real discord.py, the fake
Discord and the strict fake Inworld): a file that is not audio, one too large, silence, an
Inworld failure, and a bug's reply with its reference."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.audio.pipeline import AudioPipeline
from bot.policy import format_duration
from bot.ratelimit import QueueFull
from tests.audio import fixtures
from tests.e2e.conftest import BotRunner
from tests.e2e.helpers import buttons, content_of, is_finished, member
from tests.fakes.discord_server import FakeDiscord, FakeInteraction
from tests.fakes.inworld_server import FakeInworld, Fault


def voice_message() -> bytes:
    return fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice").read_bytes()


async def clone_as(
    fake: FakeDiscord, user_id: int, filename: str, data: bytes, *, locale: str
) -> FakeInteraction:
    """/clone with one sample in ``locale``, up to its first refusal (no consent asked)."""
    attachment = fake.add_attachment(filename, data)
    interaction = await fake.send_slash_command(
        "clone", {"name": "X"}, user_id=user_id, attachments={"sample": attachment}, locale=locale
    )
    await interaction.wait_for(is_finished, timeout=30)
    return interaction


async def test_a_text_file_is_refused_in_japanese(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    alice = member(discord_fake)
    async with run_bot():
        reply = await clone_as(
            discord_fake, alice, "notes.mp3", b"just some text\n" * 50, locale="ja"
        )
    text = content_of(reply)
    assert "そのファイルは音声ではなく、テキストファイルのようです。" in text, text
    assert "text file" not in text
    assert fake_inworld.clone_requests == []


async def test_an_oversized_file_is_refused_in_japanese(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    alice = member(discord_fake)
    big = discord_fake.add_attachment("huge.wav", b"RIFF", size=50 * 1024 * 1024)
    async with run_bot():
        reply = await discord_fake.send_slash_command(
            "clone", {"name": "X"}, user_id=alice, attachments={"sample": big}, locale="ja"
        )
        await reply.wait_for(is_finished, timeout=30)
    text = content_of(reply)
    assert "`huge.wav`（50.0 MB）はこのボットが受け付ける上限（25.0 MB）を超えています。" in text, (
        text
    )
    assert "larger than" not in text
    assert discord_fake.downloads[int(big["id"])] == 0


async def test_silence_is_refused_in_japanese(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    alice = member(discord_fake)
    async with run_bot():
        reply = await clone_as(
            discord_fake, alice, "silence.wav", fixtures.silence_wav().read_bytes(), locale="ja"
        )
    text = content_of(reply)
    assert "その録音には話し声が見つかりませんでした。" in text, text
    assert "No speech" not in text
    assert fake_inworld.clone_requests == []


async def confirm_as(
    fake: FakeDiscord, interaction: FakeInteraction, user_id: int, locale: str
) -> None:
    """Press the consent prompt's confirm button in ``locale``."""

    def prompt(i: FakeInteraction) -> bool:
        return any("consent" in b.get("custom_id", "") for b in buttons(i.original or {}))

    await interaction.wait_for(lambda i: prompt(i) or is_finished(i), timeout=30)
    assert not is_finished(interaction), content_of(interaction)
    message = interaction.original
    assert message is not None
    confirm = next(b for b in buttons(message) if b["custom_id"].startswith("consent:yes"))
    click = await fake.click_button(message, confirm["custom_id"], user_id=user_id, locale=locale)
    await click.wait_for_callback()


async def test_an_inworld_rate_limit_reaches_a_korean_member_in_korean(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    # More refusals than the bot retries: the rate limit is what the member finally reads.
    for _ in range(20):
        fake_inworld.enqueue(Fault.rate_limited(retry_after=0))
    alice = member(discord_fake)
    async with run_bot(inworld_retry_budget_seconds=0.5):
        attachment = discord_fake.add_attachment("v.ogg", voice_message())
        reply = await discord_fake.send_slash_command(
            "clone", {"name": "X"}, user_id=alice, attachments={"sample": attachment}, locale="ko"
        )
        await reply.wait_for_callback(timeout=3)
        await confirm_as(discord_fake, reply, alice, "ko")
        await reply.wait_for(is_finished, timeout=30)
    # Her reply is in Korean (the request's public result follows the server's language).
    text = (reply.original or {}).get("content") or ""
    assert (
        text == "❌ Inworld의 음성 클론 사용량 제한에 도달했습니다. 1분 후에 다시 시도해 주세요."
    ), content_of(reply)
    assert fake_inworld.clone_requests and not fake_inworld.voices


async def test_a_bug_is_answered_in_french_with_its_reference(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def broken(self: AudioPipeline, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug in the audio pipeline")

    monkeypatch.setattr(AudioPipeline, "process_file", broken)
    alice = member(discord_fake)
    async with run_bot():
        reply = await clone_as(discord_fake, alice, "v.ogg", voice_message(), locale="fr")
    text = content_of(reply)
    found = re.search(r"Un problème est survenu du côté du bot\. \(réf\. `([0-9a-f]{8})`\)", text)
    assert found, text
    assert "Something went wrong" not in text and "a bug in the audio pipeline" not in text
    # The reference leads to the details in the log.
    assert any(found.group(1) in r.getMessage() and r.exc_info for r in caplog.records)


@pytest.mark.parametrize(
    ("locale", "waiting", "group", "expected"),
    [
        ("en-US", 1, True, "The clone queue is full: 1 request from this server is waiting"),
        ("en-US", 4, False, "The clone queue is full: 4 requests are waiting"),
        ("pl", 5, False, "Kolejka klonowania jest pełna: czeka 5 zgłoszeń"),
        ("pl", 3, True, "Kolejka klonowania jest pełna: czekają 3 zgłoszenia z tego serwera"),
        (
            "ja",
            2,
            True,
            "クローンの待ち行列がいっぱいです。このサーバーからのリクエストが2件待機中です",
        ),
        ("fr", 1, False, "La file de clonage est pleine : 1 demande est en attente"),
    ],
)
def test_a_full_queue_reads_with_the_languages_plurals(
    locale: str, waiting: int, group: bool, expected: str
) -> None:
    """QueueFull (clone, previews, speech): counts with each language's plural forms, the
    waits as the language writes durations."""
    text = QueueFull(waiting, 125, 3700, group=group).render(locale)
    assert text.startswith(expected), text
    assert format_duration(3700).render(locale) in text, text
