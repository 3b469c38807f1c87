"""/clone in the member's own language, end to end (real discord.py against the fakes): the
progress lines, the consent prompt and its buttons, the result and the last line follow
``interaction.locale``; the voice's language defaults to the member's when the API speaks it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fluent.syntax import FluentParser, ast

from bot.desk.base import api_language, default_consent
from bot.i18n.catalog import LOCALE_DIR
from tests.audio import fixtures
from tests.e2e.conftest import BotRunner
from tests.e2e.helpers import buttons, is_finished, member
from tests.fakes.discord_server import FakeDiscord, FakeInteraction
from tests.fakes.inworld_server import FakeInworld


def voice_message() -> bytes:
    return fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice").read_bytes()


def english_phrases() -> list[str]:
    """Every literal run of 12+ characters of the English clone.ftl: none may reach a
    member who reads another language."""
    resource = FluentParser().parse((LOCALE_DIR / "en-US" / "clone.ftl").read_text("utf-8"))
    phrases: set[str] = set()

    def walk(pattern: ast.Pattern | None) -> None:
        for element in pattern.elements if pattern is not None else ():
            if isinstance(element, ast.TextElement):
                for line in element.value.splitlines():
                    if len(line.strip()) >= 12:
                        phrases.add(line.strip())
            elif isinstance(element, ast.Placeable) and isinstance(
                element.expression, ast.SelectExpression
            ):
                for variant in element.expression.variants:
                    walk(variant.value)

    for entry in resource.body:
        if isinstance(entry, ast.Message):
            walk(entry.value)
    return sorted(phrases)


def texts(message: dict[str, Any]) -> list[str]:
    """What a member reads in one message: its content, embeds and button labels."""
    found = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        found += [embed.get("title") or "", embed.get("description") or ""]
        found += [f"{f['name']}: {f['value']}" for f in embed.get("fields") or []]
        found.append((embed.get("footer") or {}).get("text") or "")
    found += [b.get("label") or "" for b in buttons(message)]
    return found


async def clone_in(
    fake: FakeDiscord, locale: str, **options: Any
) -> tuple[FakeInteraction, dict[str, Any], str]:
    """/clone as a member whose Discord speaks ``locale``, confirmed in it; the reply, the
    consent prompt as shown and everything the member read."""
    alice = member(fake)
    sample = fake.add_attachment("voice-message.ogg", voice_message())
    interaction = await fake.send_slash_command(
        "clone",
        {"name": "Alice", **options},
        user_id=alice,
        attachments={"sample": sample},
        locale=locale,
    )
    await interaction.wait_for_callback(timeout=3)

    def prompted(i: FakeInteraction) -> bool:
        return any("consent" in b.get("custom_id", "") for b in buttons(i.original or {}))

    await interaction.wait_for(lambda i: prompted(i) or is_finished(i), timeout=30)
    prompt = dict(interaction.original or {})
    confirm = next(b for b in buttons(prompt) if b["custom_id"].startswith("consent:yes"))
    click = await fake.click_button(prompt, confirm["custom_id"], user_id=alice, locale=locale)
    await click.wait_for_callback()
    await interaction.wait_for(is_finished, timeout=30)
    read = [t for m in [*interaction.edits, prompt, *interaction.followups] for t in texts(m)]
    read += texts(interaction.original or {})
    return interaction, prompt, "\n".join(read)


def assert_no_english(read: str) -> None:
    left = [phrase for phrase in english_phrases() if phrase in read]
    assert left == []


async def test_japanese_member_reads_clone_in_japanese(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    async with run_bot():
        interaction, prompt, read = await clone_in(discord_fake, "ja")
    # Progress, in order.
    assert "📥 ダウンロード中（1 件のファイル）…" in read
    assert "🎛️ 音声を処理中…" in read
    assert "🧬 Inworld で声をクローン中…" in read
    # The consent prompt and its buttons; the default statement in Japanese.
    (embed,) = prompt["embeds"]
    assert embed["title"] == "声のクローンの確認: Alice"
    assert "まだ Inworld には何も送信していません" in embed["description"]
    assert default_consent("ja") in embed["description"]
    assert {"確認しました", "キャンセル"} == {b["label"] for b in buttons(prompt)}
    assert any(f["name"] == "言語" and f["value"] == "日本語" for f in embed["fields"])
    assert "品質 **" in read
    # The result and the last line.
    assert "声をクローンしました: Alice" in read
    assert (interaction.original or {})["content"] == "✅ 声 **Alice** を作成しました。"
    assert_no_english(read)
    (request,) = fake_inworld.clone_requests
    assert request.body["langCode"] == "JA_JP"


async def test_brazilian_member_reads_clone_in_portuguese(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    async with run_bot():
        interaction, prompt, read = await clone_in(discord_fake, "pt-BR")
    assert "📥 Baixando (1 arquivo)…" in read
    (embed,) = prompt["embeds"]
    assert embed["title"] == "Confirme a clonagem da sua voz: Alice"
    assert default_consent("pt-BR") in embed["description"]
    assert {"Eu confirmo", "Cancelar"} == {b["label"] for b in buttons(prompt)}
    assert "Voz clonada: Alice" in read
    assert (interaction.original or {})["content"] == "✅ Voz **Alice** criada."
    assert_no_english(read)
    (request,) = fake_inworld.clone_requests
    assert request.body["langCode"] == "PT_BR"


async def test_the_servers_default_language_wins_over_the_members(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    async with run_bot() as bot:
        await bot.store.update_policy(discord_fake.guild_id, 1, default_language="DE_DE")
        await clone_in(discord_fake, "ja")
        await clone_in(discord_fake, "ja", language="IT_IT")  # the member's choice first
    assert [r.body["langCode"] for r in fake_inworld.clone_requests] == ["DE_DE", "IT_IT"]


async def test_english_or_an_unspoken_language_gets_the_bots_default(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    async with run_bot(default_language="FR_FR"):
        _, _, english = await clone_in(discord_fake, "en-US")
        await clone_in(discord_fake, "sv-SE")
    assert [r.body["langCode"] for r in fake_inworld.clone_requests] == ["FR_FR", "FR_FR"]
    assert "By pressing **I confirm** you attest:" in english


@pytest.mark.parametrize(
    ("locale", "code"),
    [
        ("ja", "JA_JP"),
        ("pt-BR", "PT_BR"),
        ("es-419", "ES_ES"),
        ("zh-TW", "ZH_CN"),
        ("hi", "HI_IN"),
        ("en-US", None),
        ("en-GB", None),
        ("sv-SE", None),
        (None, None),
    ],
)
def test_api_language_of_a_discord_locale(locale: str | None, code: str | None) -> None:
    assert api_language(locale) == code
    assert code is None or re.fullmatch(r"[A-Z]{2}_[A-Z]{2}", code)
