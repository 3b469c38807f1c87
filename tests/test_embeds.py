"""Result embed and files: what the member reads and hears."""

from __future__ import annotations

import dataclasses

from bot.cloning import CloneOptions, CloneOutcome
from bot.embeds import result_embed, sample_files
from bot.inworld import CloneResult, SampleValidation, Voice
from tests.helpers import processed_sample

SAMPLE = processed_sample(
    wav=b"x" * 1000,
    seconds=8.0,
    speech_seconds=7.5,
    original_seconds=20.0,
    container="ogg",
    codec="opus",
    clipped_fraction=0.02,
)


def outcome(voice: Voice | None, **validation: object) -> CloneOutcome:
    checked = SampleValidation(
        warnings=("Background noise",), errors=(), transcription="Hello world", lang_code="EN_US"
    )
    checked = dataclasses.replace(checked, **validation)  # type: ignore[arg-type]
    return CloneOutcome(
        options=CloneOptions(name="Alice Narrator", language="FR_FR"),
        samples=[SAMPLE, SAMPLE],
        result=CloneResult(voice=voice, samples=(checked, checked)),
    )


VOICE = Voice("ws__alice_1", "Alice Narrator", "FR_FR", "workspaces/ws/voices/alice_1", "IVC")


def test_result_embed_shows_id_warnings_transcription_and_facts() -> None:
    embed = result_embed(outcome(VOICE))
    text = "\n".join(
        [embed.title or "", embed.description or ""]
        + [f"{f.name}: {f.value}" for f in embed.fields]
    )
    assert "```\nws__alice_1\n```" in text
    assert "French" in text
    assert "⚠️ Background noise" in text and "Hello world" in text
    assert "8.0 s kept" in text and "opus" in text and "2.0% clipped" in text
    assert "10-15 s" in text  # short samples get a tip


def test_no_voice_is_shown_as_a_failure_with_the_errors() -> None:
    embed = result_embed(outcome(None, errors=("No speech detected",)))
    assert embed.title == "Voice not created"
    assert any("❌ No speech detected" in str(f.value) for f in embed.fields)


def test_files_stay_within_the_upload_limit() -> None:
    files, left_out = sample_files(outcome(VOICE), size_limit=1500)
    assert [f.filename for f in files] == ["Alice-Narrator-sample1.wav"]
    assert left_out == 1
