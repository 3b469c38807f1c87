"""/voices and /say in the member's language, the voice message's line in the server's (issue
#18): the real bot (real discord.py) against the fake Discord, members whose client is in
Japanese or Brazilian Portuguese, a server whose community language is set in GUILD_CREATE
(``preferred_locale``): the voice message's line and the voice channel status follow it."""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import BotRunner
from tests.e2e.helpers import buttons, content_of, member
from tests.e2e.test_voices import clone, settled
from tests.fakes.discord_server import FakeDiscord, FakeInteraction
from tests.fakes.inworld_server import FakeInworld
from tests.fakes.voice_server import FakeVoiceServer


async def voices(
    fake: FakeDiscord, sub: str, user_id: int, locale: str, **options: Any
) -> FakeInteraction:
    interaction = await fake.send_slash_command(
        "voices", options, subcommand=sub, user_id=user_id, locale=locale
    )
    await interaction.wait_for_callback(timeout=3)
    await interaction.wait_for(settled, timeout=20)
    return interaction


async def say(fake: FakeDiscord, user_id: int, text: str, locale: str) -> FakeInteraction:
    interaction = await fake.send_slash_command(
        "say", {"text": text}, user_id=user_id, locale=locale
    )
    await interaction.wait_for_callback(timeout=3)
    await interaction.wait_for(settled, timeout=30)
    return interaction


def labels(interaction: FakeInteraction) -> list[str]:
    assert interaction.original is not None
    return [b.get("label") or "" for b in buttons(interaction.original)]


async def test_voices_replies_follow_each_members_language(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    fake = discord_fake
    async with run_bot(rename_cooldown_seconds=0):
        alice, bruno = member(fake, "alice"), member(fake, "bruno")
        voice_id = await clone(fake, fake_inworld, alice, "Alice")

        listed = content_of(await voices(fake, "list", alice, "ja"))
        assert "あなたのボイスとサーバーボイス" in listed, listed
        assert "1/1 ページ" in listed and "非公開" in listed and "所有者" in listed
        info = content_of(await voices(fake, "info", alice, "ja", voice=voice_id))
        assert "ボイス：Alice" in info and "ボイスID" in info, info
        assert "サーバーボイス: いいえ" in info
        renamed = content_of(await voices(fake, "rename", alice, "ja", voice=voice_id, name="Aya"))
        assert f"ボイス `{voice_id}` の名前を **Aya** に変更しました" in renamed, renamed

        # A refusal reads in the language of the member refused.
        refused = content_of(await voices(fake, "info", bruno, "pt-BR", voice=voice_id))
        assert "Essa voz é privada do membro que a clonou" in refused, refused
        mine = content_of(await voices(fake, "list", bruno, "pt-BR"))
        assert "Suas vozes e as vozes do servidor" in mine, mine
        assert "Ainda não há vozes. Use `/clone` para criar uma." in mine
        mine = content_of(await voices(fake, "list", alice, "pt-BR"))
        assert "Página 1/1 · 1 voz" in mine and "privada" in mine, mine
        renamed = content_of(
            await voices(fake, "rename", alice, "pt-BR", voice=voice_id, name="Alice")
        )
        assert f"A voz `{voice_id}` agora se chama **Alice** (na Inworld também)." in renamed

        # The confirmation and its buttons, then Cancel, in the member's language.
        ask = await voices(fake, "delete", alice, "ja", voice=voice_id)
        assert "をInworldから削除しますか？" in content_of(ask), content_of(ask)
        assert labels(ask) == ["削除", "キャンセル"]
        message = ask.original
        assert message is not None
        cancel = next(b for b in buttons(message) if b.get("label") == "キャンセル")
        click = await fake.click_button(message, cancel["custom_id"], user_id=alice, locale="ja")
        answer = await click.wait_for_callback()
        assert answer.data.get("content") == "キャンセルしました。何も変更されていません。"
        assert voice_id in fake_inworld.voices  # nothing was deleted


async def test_say_replies_in_the_members_language_and_its_line_in_the_servers(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    fake = discord_fake
    fake.guilds[fake.guild_id].locale = "pt-BR"  # sent as preferred_locale in GUILD_CREATE
    async with run_bot():
        alice = member(fake, "alice")
        await clone(fake, fake_inworld, alice, "Alice")
        reply = content_of(await say(fake, alice, "Olá a todos.", "ja"))
        assert "🔊 **Alice** でボイスメッセージとして送信しました" in reply, reply
        line = fake.channel_messages[fake.channel_id][-2]
        assert line["content"] == (f"🔊 <@{alice}> falando com a própria voz de IA **Alice**"), (
            line["content"]
        )
        assert line["mentions"] == []

        # Refused (nothing to say aloud): the member's language again.
        refused = content_of(await say(fake, alice, "```code only```", "ja"))
        assert "読み上げる内容がありません" in refused, refused


async def test_an_english_server_keeps_the_english_line_for_a_japanese_member(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot: BotRunner
) -> None:
    fake = discord_fake
    async with run_bot():
        alice = member(fake, "alice")
        await clone(fake, fake_inworld, alice, "Alice")
        reply = content_of(await say(fake, alice, "Hello there.", "ja"))
        assert "ボイスメッセージとして送信しました" in reply, reply
        line = fake.channel_messages[fake.channel_id][-2]
        assert line["content"] == f"🔊 <@{alice}> speaking with their AI voice **Alice**"


async def test_the_voice_channel_status_follows_the_servers_language(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    run_bot: BotRunner,
    voice: FakeVoiceServer,
    lounge: int,
) -> None:
    fake = discord_fake
    fake.guilds[fake.guild_id].locale = "ja"
    async with run_bot():
        alice = member(fake, "alice")
        await clone(fake, fake_inworld, alice, "Alice")
        await fake.join_voice(alice, lounge)
        reply = content_of(await say(fake, alice, "Hello everyone.", "pt-BR"))
        assert "🔊 Falando agora com **Alice**" in reply, reply
        await fake._wait_until(
            lambda: any("alice のAIボイス" in (s or "") for s in fake.voice_statuses[lounge]),
            timeout=20,
            describe=lambda: f"statuses {fake.voice_statuses[lounge]}",
        )
