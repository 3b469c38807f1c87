"""Discord embeds and files for clone results (built here so tests need no gateway).

Every text the bot did not write itself (names, descriptions, tags, transcriptions, the API's
warnings and errors, statements and reasons moderators typed) goes through
:func:`bot.delivery.text.safe_text` (or ``safe_name``/``safe_code``) before it is shown.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from typing import Any

import discord

from .audio import ProcessedSample
from .audio.waveform import render_wav
from .cloning import CloneOutcome
from .delivery.letter import Attachment
from .delivery.text import safe_code, safe_name, safe_text
from .inworld import language_name
from .storage import AuditAction, CloneRecord, ConsentChallenge, VerificationMode

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


def waveform_filename(index: int) -> str:
    return f"sample{index + 1}-waveform.png"


def quality_lines(sample: ProcessedSample) -> list[str]:
    """The quality report of a sample: the summary line, then its tips."""
    report = sample.quality
    if report is None:
        return []
    return [f"Quality {report.summary()}", *(f"💡 {tip}" for tip in report.tips)]


def waveform_attachments(samples: Sequence[ProcessedSample]) -> list[Attachment]:
    """One waveform PNG per sample that has a quality report. Synchronous and CPU-bound
    (a few ms each): call it in a worker thread."""
    return [
        Attachment(waveform_filename(i), render_wav(s.wav, s.quality))
        for i, s in enumerate(samples)
        if s.quality is not None
    ]


def show_waveform(embed: discord.Embed, pictures: Sequence[Attachment]) -> None:
    """Show the first waveform in the embed (the others are attached beside it)."""
    if pictures:
        embed.set_image(url=f"attachment://{pictures[0].filename}")


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
            title=f"Voice cloned: {_clip(safe_name(voice.display_name), 200)}",
            description=f"**Voice ID**\n```\n{safe_code(voice.voice_id)}\n```",
            colour=PARTIAL if any_errors else SUCCESS,
        )
    language = (voice.lang_code if voice else None) or outcome.options.language
    embed.add_field(name="Language", value=language_name(language), inline=True)
    embed.add_field(name="Samples", value=str(len(outcome.samples)), inline=True)
    for index, sample in enumerate(outcome.samples):
        validation = outcome.result.samples[index] if index < len(outcome.result.samples) else None
        lines = [describe_sample(sample), *quality_lines(sample)]
        if validation is not None:
            # The API's texts may quote what the member sent (a name, a transcription).
            lines += [f"❌ {safe_text(text)}" for text in validation.errors]
            lines += [f"⚠️ {safe_text(text)}" for text in validation.warnings]
            if not validation.errors and not validation.warnings:
                lines.append("✅ No warnings")
            if validation.transcription:
                heard = _clip(safe_text(validation.transcription), 300)
                lines.append(f"Heard: “{heard}”")
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


def sample_attachments(outcome: CloneOutcome, size_limit: int) -> tuple[list[Attachment], int]:
    """The processed samples as WAV attachments within Discord's upload limit; count left
    out."""
    kept: list[Attachment] = []
    used = 0
    for index, sample in enumerate(outcome.samples):
        if used + len(sample.wav) > size_limit:
            continue
        used += len(sample.wav)
        kept.append(Attachment(sample_filename(outcome.options.name, index), sample.wav))
    return kept, len(outcome.samples) - len(kept)


def sample_files(outcome: CloneOutcome, size_limit: int) -> tuple[list[discord.File], int]:
    """The processed samples as WAV files, within Discord's upload limit; count left out."""
    kept, left_out = sample_attachments(outcome, size_limit)
    files = [discord.File(io.BytesIO(a.data), filename=a.filename) for a in kept]
    return files, left_out


def result_parts(outcome: CloneOutcome, size_limit: int) -> tuple[discord.Embed, list[Attachment]]:
    """The result embed (saying which audio did not fit), the audio that fits and the
    waveforms that fit after it. Renders the waveforms: call it in a worker thread."""
    kept, left_out = sample_attachments(outcome, size_limit)
    room = size_limit - sum(len(a.data) for a in kept)
    pictures = []
    for picture in waveform_attachments(outcome.samples):
        if len(picture.data) <= room:
            pictures.append(picture)
            room -= len(picture.data)
    kept += pictures
    embed = result_embed(outcome)
    show_waveform(embed, pictures)
    if left_out:
        embed.add_field(
            name="Audio",
            value=f"{left_out} processed sample(s) were too large to upload here.",
            inline=False,
        )
    return embed, kept


def _samples_summary(samples: Sequence[ProcessedSample]) -> str:
    return "\n".join(
        "\n".join([f"**{i + 1}.** {describe_sample(s)}", *quality_lines(s)])
        for i, s in enumerate(samples)
    )


def consent_embed(
    name: str,
    language: str,
    samples: Sequence[ProcessedSample],
    statement: str,
    *,
    approval_required: bool,
    verification: dict[str, Any] | None = None,
) -> discord.Embed:
    """What the member confirms before anything is sent to Inworld."""
    embed = discord.Embed(
        title=f"Confirm your voice clone: {_clip(safe_name(name), 200)}",
        description=(
            "Your recording is ready. Nothing has been sent to Inworld yet."
            "\n\nBy pressing **I confirm** you attest:\n> " + _clip(safe_text(statement), 900)
        ),
        colour=discord.Colour.blurple(),
    )
    embed.add_field(name="Language", value=language_name(language), inline=True)
    embed.add_field(
        name="Next step",
        value="A moderator reviews it" if approval_required else "The voice is cloned",
        inline=True,
    )
    embed.add_field(name="Samples", value=_clip(_samples_summary(samples)), inline=False)
    if verification:
        embed.add_field(name="Spoken consent", value=verification_summary(verification))
    return embed


def verification_summary(facts: dict[str, Any]) -> str:
    """The spoken-consent facts of a request, for the member and the moderators."""
    decision = facts.get("decision")
    if decision == "verified":
        head = f"✅ Verified by {facts.get('recognizer', 'speech recognition')}"
    elif decision == "pending":
        head = "⏳ Checked by Inworld's transcription once the voice is made (deleted if wrong)"
    else:
        head = f"❌ {safe_text(str(decision))}"
    lines = [head, f"Sentence: “{_clip(safe_text(str(facts.get('sentence', ''))), 300)}”"]
    if facts.get("heard"):
        lines.append(f"Heard: “{_clip(safe_text(str(facts['heard'])), 300)}”")
    if facts.get("score") is not None:
        lines.append(f"Score: {float(facts['score']):.2f}")
    how = "a Discord voice message" if facts.get("voice_message") else "an uploaded file"
    lines.append(f"Recording: {how}, SHA-256 `{str(facts.get('recording_sha256', ''))[:16]}…`")
    return _clip("\n".join(lines))


def challenge_embed(
    challenge: ConsentChallenge,
    *,
    mode: VerificationMode,
    fell_back: bool = False,
    notes: Sequence[str] = (),
) -> discord.Embed:
    """The sentence a member must read aloud, and how to send the recording."""
    how_voice = (
        "Record it as a **voice message** in this channel (hold the microphone button), then "
        "open the message's menu (right-click or long-press) → **Apps** → **Clone this voice**."
    )
    how = (
        how_voice
        if mode is VerificationMode.STRICT
        else how_voice + " Or record it with any app and run `/clone` again with the "
        "recording as `sample`, on its own (no `sample2` or `sample3`)."
    )
    expires = discord.utils.format_dt(challenge.expires_at, "R")
    embed = discord.Embed(
        title="🎙️ Read this sentence aloud",
        description=(
            f"This server asks you to prove the voice is yours. Read this, in your own voice:"
            f"\n\n> **{_clip(safe_text(challenge.sentence), 900)}**\n\n{how}\n\n"
            f"The sentence works once and expires {expires}."
        ),
        colour=discord.Colour.blurple(),
    )
    name = str(challenge.options.get("name") or "")
    if name:
        embed.add_field(name="Voice name", value=_clip(safe_name(name), 200), inline=True)
    embed.add_field(name="Language", value=language_name(challenge.language), inline=True)
    if challenge.attempt > 1:
        embed.add_field(name="Try", value=str(challenge.attempt), inline=True)
    extra = list(notes)
    if fell_back:
        extra.append(
            "There is no word list for the language you chose yet, so the sentence is in English."
        )
    if extra:
        embed.add_field(name="Note", value=_clip("\n".join(extra)), inline=False)
    return embed


def review_embed(record: CloneRecord, samples: Sequence[ProcessedSample]) -> discord.Embed:
    embed = discord.Embed(
        title=f"Clone request #{record.id}: {_clip(safe_name(record.display_name), 200)}",
        description=f"Requested by <@{record.user_id}> in <#{record.channel_id}>.",
        colour=discord.Colour.gold(),
        timestamp=record.created_at,
    )
    embed.add_field(name="Language", value=language_name(record.language), inline=True)
    embed.add_field(name="Noise removal", value="on" if record.remove_noise else "off", inline=True)
    if record.tags:
        tags = ", ".join(safe_text(tag) for tag in record.tags)
        embed.add_field(name="Tags", value=_clip(tags), inline=True)
    if record.description:
        embed.add_field(
            name="Description", value=_clip(safe_text(record.description)), inline=False
        )
    embed.add_field(name="Samples", value=_clip(_samples_summary(samples)), inline=False)
    consented = (
        discord.utils.format_dt(record.consented_at, "f") if record.consented_at else "not yet"
    )
    embed.add_field(
        name=f"Consent ({consented})",
        value=_clip(f"> {safe_text(record.consent_text or '-')}"),
        inline=False,
    )
    if record.verification:
        embed.add_field(
            name="Spoken consent", value=verification_summary(record.verification), inline=False
        )
    embed.set_footer(text="The attached audio is exactly what would be sent to Inworld.")
    return embed


_AUDIT_COLOURS = {
    AuditAction.CLONED: discord.Colour.green(),
    AuditAction.APPROVED: discord.Colour.green(),
    AuditAction.REJECTED: discord.Colour.red(),
    AuditAction.FAILED: discord.Colour.red(),
    AuditAction.INTERRUPTED: discord.Colour.red(),
    AuditAction.DELETED: discord.Colour.dark_grey(),
    AuditAction.EXPIRED: discord.Colour.dark_grey(),
    AuditAction.CANCELLED: discord.Colour.dark_grey(),
}


def audit_embed(
    action: AuditAction, record: CloneRecord | None, actor_id: int | None, detail: dict[str, Any]
) -> discord.Embed:
    title = action.value.replace("_", " ").capitalize()
    if record is not None:
        title += f": request #{record.id} ({_clip(safe_name(record.display_name), 100)})"
    embed = discord.Embed(
        title=title,
        colour=_AUDIT_COLOURS.get(action, discord.Colour.blurple()),
        timestamp=discord.utils.utcnow(),
    )
    if record is not None:
        embed.add_field(name="Member", value=f"<@{record.user_id}>", inline=True)
        embed.add_field(name="Status", value=record.status.value, inline=True)
    if actor_id is not None and (record is None or actor_id != record.user_id):
        embed.add_field(name="By", value=f"<@{actor_id}>", inline=True)
    for key, value in detail.items():
        if value is None or value == "":
            continue
        text = str(value)
        shown = f"```\n{safe_code(text)}\n```" if key == "voice_id" else safe_text(text)
        embed.add_field(name=key.replace("_", " ").capitalize(), value=_clip(shown), inline=False)
    return embed
