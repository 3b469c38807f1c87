"""Discord embeds and files for clone results (built here so tests need no gateway)."""

from __future__ import annotations

import io
import math
import re

import discord

from .audio import ProcessedSample
from .cloning import CloneOutcome
from .inworld import language_name

SUCCESS = discord.Colour.green()
PARTIAL = discord.Colour.orange()
FAILURE = discord.Colour.red()
_FIELD_LIMIT = 1024


def _clip(text: str, limit: int = _FIELD_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-")[:40] or "voice"


def describe_sample(sample: ProcessedSample) -> str:
    """One line of facts about how a sample was prepared."""
    parts = [f"{sample.seconds:.1f} s kept"]
    if sample.original_seconds is not None:
        parts.append(f"from {sample.original_seconds:.1f} s")
    if sample.codec:
        parts.append(sample.codec)
    if not math.isinf(sample.peak_dbfs):
        parts.append(f"peak {sample.peak_dbfs:.1f} dBFS")
    if sample.clipped_fraction >= 0.001:
        parts.append(f"⚠️ {sample.clipped_fraction:.1%} clipped")
    return ", ".join(parts)


def sample_filename(outcome_name: str, index: int) -> str:
    return f"{_slug(outcome_name)}-sample{index + 1}.wav"


def result_embed(outcome: CloneOutcome) -> discord.Embed:
    voice = outcome.result.voice
    any_errors = any(v.errors for v in outcome.result.samples)
    if voice is None:
        embed = discord.Embed(
            title="Voice not created",
            description="Inworld checked the samples but did not create a voice. "
            "See the errors below, then try again with a clearer recording.",
            colour=FAILURE,
        )
    else:
        embed = discord.Embed(
            title=f"Voice cloned: {_clip(voice.display_name, 200)}",
            description=f"**Voice ID**\n```\n{voice.voice_id}\n```",
            colour=PARTIAL if any_errors else SUCCESS,
        )
    language = (voice.lang_code if voice else None) or outcome.options.language
    embed.add_field(name="Language", value=language_name(language), inline=True)
    embed.add_field(name="Samples", value=str(len(outcome.samples)), inline=True)
    for index, sample in enumerate(outcome.samples):
        validation = outcome.result.samples[index] if index < len(outcome.result.samples) else None
        lines = [describe_sample(sample)]
        if validation is not None:
            lines += [f"❌ {text}" for text in validation.errors]
            lines += [f"⚠️ {text}" for text in validation.warnings]
            if not validation.errors and not validation.warnings:
                lines.append("✅ No warnings")
            if validation.transcription:
                lines.append(f"Heard: “{_clip(validation.transcription, 300)}”")
        embed.add_field(name=f"Sample {index + 1}", value=_clip("\n".join(lines)), inline=False)
    notes = []
    if outcome.transcription_dropped:
        notes.append(
            "Your transcription was not sent: the recording was cut to the best 15 s, so it "
            "would no longer match."
        )
    if any(s.seconds < 10 for s in outcome.samples):
        notes.append("Tip: 10-15 s of clear speech gives the best clone.")
    if notes:
        embed.add_field(name="Notes", value=_clip("\n".join(notes)), inline=False)
    embed.set_footer(text="The attached audio is exactly what was sent to Inworld.")
    return embed


def sample_files(outcome: CloneOutcome, size_limit: int) -> tuple[list[discord.File], int]:
    """The processed samples as WAV files, within Discord's upload limit; count left out."""
    files: list[discord.File] = []
    used = 0
    for index, sample in enumerate(outcome.samples):
        if used + len(sample.wav) > size_limit:
            continue
        used += len(sample.wav)
        files.append(
            discord.File(
                io.BytesIO(sample.wav), filename=sample_filename(outcome.options.name, index)
            )
        )
    return files, len(outcome.samples) - len(files)
