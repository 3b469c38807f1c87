"""The quality report end to end: the gate stops unusable samples before any Inworld call, and
the waveform PNG comes with the consent prompt and with the result."""

from __future__ import annotations

import io

from PIL import Image

from bot.audio import waveform
from tests.audio import fixtures
from tests.e2e.helpers import confirm_consent, content_of, is_finished, member, start_clone
from tests.fakes.discord_server import FakeDiscord, FakeFile
from tests.fakes.inworld_server import FakeInworld


def check_png(file: FakeFile) -> None:
    assert file.filename.endswith("-waveform.png")
    with Image.open(io.BytesIO(file.data)) as image:
        image.load()
        assert image.format == "PNG"
        assert image.size == (waveform.WIDTH, waveform.HEIGHT)


def pngs(message: dict) -> list[FakeFile]:  # type: ignore[type-arg]
    return [f for f in message.get("files") or [] if f.filename.endswith(".png")]


async def test_silent_sample_is_stopped_before_any_api_call(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot():
        interaction = await start_clone(
            discord_fake,
            alice,
            {"sample": ("silence.wav", fixtures.silence_wav().read_bytes())},
            name="Quiet",
        )
        await interaction.wait_for(is_finished, timeout=30)
    text = content_of(interaction)
    assert "No speech was found" in text and "speaking clearly" in text
    assert fake_inworld.requests == []


async def test_clipped_sample_is_stopped_with_the_tip_before_any_api_call(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    async with run_bot():
        interaction = await start_clone(
            discord_fake,
            alice,
            {"sample": ("loud.wav", fixtures.clipped_speech_wav(18.0).read_bytes())},
            name="Loud",
        )
        await interaction.wait_for(is_finished, timeout=30)
    text = content_of(interaction)
    assert "badly clipped" in text and "microphone gain" in text
    assert not any(b for b in (interaction.original or {}).get("components") or [])
    assert fake_inworld.requests == []


async def test_waveform_on_the_consent_prompt_and_the_result(
    discord_fake: FakeDiscord, fake_inworld: FakeInworld, run_bot
):
    alice = member(discord_fake)
    sample = fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice").read_bytes()
    async with run_bot():
        interaction = await start_clone(
            discord_fake, alice, {"sample": ("voice.ogg", sample)}, name="Alice"
        )
        prompt = interaction.original or {}
        (picture,) = pngs(prompt)
        check_png(picture)
        (embed,) = prompt["embeds"]
        assert embed["image"]["url"] == f"attachment://{picture.filename}"
        fields = {f["name"]: f["value"] for f in embed["fields"]}
        assert "Quality **good**" in fields["Samples"] and "LUFS" in fields["Samples"]
        assert fake_inworld.requests == []  # nothing spent before consent

        await confirm_consent(discord_fake, interaction, alice)
        await interaction.wait_for(is_finished, timeout=30)
    result = interaction.followups[-1]
    (picture,) = pngs(result)
    check_png(picture)
    assert result["embeds"][0]["image"]["url"] == f"attachment://{picture.filename}"
    assert "Quality **good**" in content_of(interaction)
    assert len(fake_inworld.clone_requests) == 1
