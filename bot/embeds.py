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
from datetime import datetime
from typing import TYPE_CHECKING, Any

import discord

from .audio import ProcessedSample
from .cloning import CloneOutcome
from .delivery.letter import Attachment
from .delivery.text import safe_code, safe_name, safe_text
from .i18n import SOURCE, MissingMessage, stored, tr
from .inworld import language_label
from .storage import AuditAction, CloneRecord, CloneStatus, ConsentChallenge, VerificationMode

if TYPE_CHECKING:
    from .audio.quality import QualityReport

SUCCESS = discord.Colour.green()
PARTIAL = discord.Colour.orange()
FAILURE = discord.Colour.red()
_FIELD_LIMIT = 1024


def _clip(text: str, limit: int = _FIELD_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-")[:40] or "voice"


def describe_sample(sample: ProcessedSample, *, locale: str = SOURCE) -> str:
    """One line of facts about how a sample was prepared (numbers rounded here as Python
    rounds them, so English reads exactly as before)."""
    parts = [tr(locale, "clone-sample-kept", seconds=round(sample.seconds, 1))]
    if sample.original_seconds is not None:
        parts.append(tr(locale, "clone-sample-from", seconds=round(sample.original_seconds, 1)))
    if sample.codec:
        parts.append(sample.codec)
    if not math.isinf(sample.peak_dbfs):
        parts.append(tr(locale, "clone-sample-peak", dbfs=round(sample.peak_dbfs, 1)))
    if sample.clipped_fraction >= 0.001:
        percent = round(sample.clipped_fraction * 100, 1)
        parts.append(tr(locale, "clone-sample-clipped", percent=percent))
    return ", ".join(parts)


def sample_filename(outcome_name: str, index: int) -> str:
    return f"{_slug(outcome_name)}-sample{index + 1}.wav"


def waveform_filename(index: int) -> str:
    return f"sample{index + 1}-waveform.png"


def _tip_messages() -> dict[str, str]:
    """The pipeline's tips (stored in English with the request) and their messages."""
    # Imported here: bot.audio.quality loads numpy (memory, issue #19), and a report to show
    # tips of exists only once it is loaded.
    from .audio.quality import TIP_CLIPPING, TIP_CLOSER, TIP_LONGER, TIP_QUIET_ROOM

    return {
        TIP_CLOSER: "clone-tip-closer",
        TIP_LONGER: "clone-tip-longer",
        TIP_QUIET_ROOM: "clone-tip-quiet-room",
        TIP_CLIPPING: "clone-tip-clipping",
    }


def quality_summary(report: QualityReport, *, locale: str = SOURCE) -> str:
    """``Quality **good**: ...``: :meth:`QualityReport.summary` in ``locale``."""
    if math.isfinite(report.lufs):
        loudness = tr(locale, "clone-quality-lufs", lufs=round(report.lufs, 1))
    else:
        loudness = tr(locale, "clone-quality-no-lufs")
    return tr(
        locale,
        "clone-quality",
        verdict=tr(locale, f"clone-verdict-{report.verdict}"),
        speech=round(report.speech_seconds, 1),
        seconds=round(report.seconds, 1),
        loudness=loudness,
        snr=round(report.snr_db),
        noise=round(report.noise_floor_dbfs),
        clipped=round(report.clipped_fraction * 100, 2),
    )


def quality_lines(sample: ProcessedSample, *, locale: str = SOURCE) -> list[str]:
    """The quality report of a sample: the summary line, then its tips."""
    report = sample.quality
    if report is None:
        return []
    messages = _tip_messages()
    tips = [tr(locale, messages[tip]) if tip in messages else tip for tip in report.tips]
    return [quality_summary(report, locale=locale), *(f"💡 {tip}" for tip in tips)]


def waveform_attachments(samples: Sequence[ProcessedSample]) -> list[Attachment]:
    """One waveform PNG per sample that has a quality report. Synchronous and CPU-bound
    (a few ms each): call it in a worker thread."""
    # Imported here: the renderer loads PIL and numpy (memory, issue #19).
    from .audio.waveform import render_wav

    return [
        Attachment(waveform_filename(i), render_wav(s.wav, s.quality))
        for i, s in enumerate(samples)
        if s.quality is not None
    ]


def show_waveform(embed: discord.Embed, pictures: Sequence[Attachment]) -> None:
    """Show the first waveform in the embed (the others are attached beside it)."""
    if pictures:
        embed.set_image(url=f"attachment://{pictures[0].filename}")


def result_embed(outcome: CloneOutcome, *, locale: str = SOURCE) -> discord.Embed:
    voice = outcome.result.voice
    any_errors = any(v.errors for v in outcome.result.samples)
    if voice is None:
        embed = discord.Embed(
            title=tr(locale, "clone-result-failed-title"),
            description=tr(locale, "clone-result-failed-description"),
            colour=FAILURE,
        )
    else:
        name = _clip(safe_name(voice.display_name), 200)
        heading = tr(locale, "clone-result-voice-id")
        embed = discord.Embed(
            title=tr(locale, "clone-result-title", name=name),
            description=f"{heading}\n```\n{safe_code(voice.voice_id)}\n```",
            colour=PARTIAL if any_errors else SUCCESS,
        )
    language = (voice.lang_code if voice else None) or outcome.options.language
    embed.add_field(
        name=tr(locale, "clone-field-language"), value=language_label(language, locale), inline=True
    )
    embed.add_field(
        name=tr(locale, "clone-field-samples"), value=str(len(outcome.samples)), inline=True
    )
    for index, sample in enumerate(outcome.samples):
        validation = outcome.result.samples[index] if index < len(outcome.result.samples) else None
        lines = [describe_sample(sample, locale=locale), *quality_lines(sample, locale=locale)]
        if validation is not None:
            # The API's texts may quote what the member sent (a name, a transcription).
            lines += [f"❌ {safe_text(text)}" for text in validation.errors]
            lines += [f"⚠️ {safe_text(text)}" for text in validation.warnings]
            if not validation.errors and not validation.warnings:
                lines.append(tr(locale, "clone-no-warnings"))
            if validation.transcription:
                heard = _clip(safe_text(validation.transcription), 300)
                lines.append(tr(locale, "clone-heard", text=heard))
        embed.add_field(
            name=tr(locale, "clone-field-sample", index=index + 1),
            value=_clip("\n".join(lines)),
            inline=False,
        )
    notes = []
    if outcome.transcription_dropped:
        notes.append(tr(locale, "clone-note-transcription-dropped"))
    if any(s.seconds < 10 for s in outcome.samples):
        notes.append(tr(locale, "clone-note-length"))
    if notes:
        embed.add_field(
            name=tr(locale, "clone-field-notes"), value=_clip("\n".join(notes)), inline=False
        )
    embed.set_footer(text=tr(locale, "clone-result-footer"))
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


def result_parts(
    outcome: CloneOutcome, size_limit: int, *, locale: str = SOURCE
) -> tuple[discord.Embed, list[Attachment]]:
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
    embed = result_embed(outcome, locale=locale)
    show_waveform(embed, pictures)
    if left_out:
        embed.add_field(
            name=tr(locale, "clone-field-audio"),
            value=tr(locale, "clone-audio-too-large", count=left_out),
            inline=False,
        )
    return embed, kept


def _samples_summary(samples: Sequence[ProcessedSample], locale: str) -> str:
    return "\n".join(
        "\n".join(
            [
                f"**{i + 1}.** {describe_sample(s, locale=locale)}",
                *quality_lines(s, locale=locale),
            ]
        )
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
    locale: str = SOURCE,
) -> discord.Embed:
    """What the member confirms before anything is sent to Inworld (``statement``: the
    server's own text, shown as written, or the default statement in ``locale``)."""
    embed = discord.Embed(
        title=tr(locale, "clone-consent-title", name=_clip(safe_name(name), 200)),
        description=tr(
            locale, "clone-consent-description", statement=_clip(safe_text(statement), 900)
        ),
        colour=discord.Colour.blurple(),
    )
    embed.add_field(
        name=tr(locale, "clone-field-language"), value=language_label(language, locale), inline=True
    )
    embed.add_field(
        name=tr(locale, "clone-field-next-step"),
        value=tr(locale, "clone-next-review" if approval_required else "clone-next-clone"),
        inline=True,
    )
    embed.add_field(
        name=tr(locale, "clone-field-samples"),
        value=_clip(_samples_summary(samples, locale)),
        inline=False,
    )
    if verification:
        embed.add_field(
            name=tr(locale, "clone-field-spoken-consent"),
            value=verification_summary(verification, locale=locale),
        )
    return embed


def verification_summary(facts: dict[str, Any], *, locale: str = SOURCE) -> str:
    """The spoken-consent facts of a request, for the member and the moderators."""
    decision = facts.get("decision")
    if decision == "verified":
        recognizer = facts.get("recognizer") or tr(locale, "clone-verify-recognizer")
        head = tr(locale, "clone-verify-verified", recognizer=str(recognizer))
    elif decision == "pending":
        head = tr(locale, "clone-verify-pending")
    else:
        head = f"❌ {safe_text(str(decision))}"
    sentence = _clip(safe_text(str(facts.get("sentence", ""))), 300)
    lines = [head, tr(locale, "clone-verify-sentence", sentence=sentence)]
    if facts.get("heard"):
        lines.append(tr(locale, "clone-heard", text=_clip(safe_text(str(facts["heard"])), 300)))
    if facts.get("score") is not None:
        lines.append(tr(locale, "clone-verify-score", score=round(float(facts["score"]), 2)))
    how = (
        "clone-verify-recording-voice-message"
        if facts.get("voice_message")
        else "clone-verify-recording-file"
    )
    lines.append(tr(locale, how, sha=str(facts.get("recording_sha256", ""))[:16]))
    return _clip("\n".join(lines))


def challenge_embed(
    challenge: ConsentChallenge,
    *,
    mode: VerificationMode,
    fell_back: bool = False,
    notes: Sequence[str] = (),
    locale: str = SOURCE,
) -> discord.Embed:
    """The sentence a member must read aloud, and how to send the recording (``notes``:
    already in ``locale``)."""
    how = tr(locale, "clone-challenge-how-voice")
    if mode is not VerificationMode.STRICT:
        how += " " + tr(locale, "clone-challenge-how-file")
    embed = discord.Embed(
        title=tr(locale, "clone-challenge-title"),
        description=tr(
            locale,
            "clone-challenge-description",
            sentence=_clip(safe_text(challenge.sentence), 900),
            how=how,
            expires=discord.utils.format_dt(challenge.expires_at, "R"),
        ),
        colour=discord.Colour.blurple(),
    )
    name = str(challenge.options.get("name") or "")
    if name:
        embed.add_field(
            name=tr(locale, "clone-field-voice-name"),
            value=_clip(safe_name(name), 200),
            inline=True,
        )
    embed.add_field(
        name=tr(locale, "clone-field-language"),
        value=language_label(challenge.language, locale),
        inline=True,
    )
    if challenge.attempt > 1:
        embed.add_field(
            name=tr(locale, "clone-field-try"), value=str(challenge.attempt), inline=True
        )
    extra = list(notes)
    if fell_back:
        extra.append(tr(locale, "clone-challenge-english-fallback"))
    if extra:
        embed.add_field(
            name=tr(locale, "clone-field-note"), value=_clip("\n".join(extra)), inline=False
        )
    return embed


def review_embed(
    record: CloneRecord, samples: Sequence[ProcessedSample], *, locale: str = SOURCE
) -> discord.Embed:
    """The moderators' review post (``locale``: the server's language)."""
    embed = discord.Embed(
        title=tr(
            locale,
            "clone-review-title",
            id=str(record.id),
            name=_clip(safe_name(record.display_name), 200),
        ),
        description=tr(
            locale,
            "clone-review-requested",
            user=str(record.user_id),
            channel=str(record.channel_id),
        ),
        colour=discord.Colour.gold(),
        timestamp=record.created_at,
    )
    embed.add_field(
        name=tr(locale, "clone-field-language"),
        value=language_label(record.language, locale),
        inline=True,
    )
    embed.add_field(
        name=tr(locale, "clone-field-noise-removal"),
        value=tr(locale, "clone-on" if record.remove_noise else "clone-off"),
        inline=True,
    )
    if record.tags:
        tags = ", ".join(safe_text(tag) for tag in record.tags)
        embed.add_field(name=tr(locale, "clone-field-tags"), value=_clip(tags), inline=True)
    if record.description:
        embed.add_field(
            name=tr(locale, "clone-field-description"),
            value=_clip(safe_text(record.description)),
            inline=False,
        )
    embed.add_field(
        name=tr(locale, "clone-field-samples"),
        value=_clip(_samples_summary(samples, locale)),
        inline=False,
    )
    consented = (
        discord.utils.format_dt(record.consented_at, "f")
        if record.consented_at
        else tr(locale, "clone-not-yet")
    )
    embed.add_field(
        name=tr(locale, "clone-field-consent", when=consented),
        value=_clip(f"> {safe_text(record.consent_text or '-')}"),
        inline=False,
    )
    if record.verification:
        embed.add_field(
            name=tr(locale, "clone-field-spoken-consent"),
            value=verification_summary(record.verification, locale=locale),
            inline=False,
        )
    embed.set_footer(text=tr(locale, "clone-review-footer"))
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


def _label(locale: str, message_id: str, english: str) -> str:
    """A message that may not exist (an audit action or detail key added later): English."""
    try:
        return tr(locale, message_id)
    except MissingMessage:
        return english


#: Detail keys whose values are request statuses (``previous``: not for a rename, where it is
#: the voice's former name).
_STATUS_KEYS = frozenset({"status", "previous"})
_STATUSES = frozenset(s.value for s in CloneStatus)
_MODES = frozenset(m.value for m in VerificationMode)
#: Enum-like detail values shown by ``audit-value-<key>-<value>`` (``verification``, a policy
#: field, holds a mode).
_AUDIT_VALUES: dict[str, tuple[str, frozenset[str]]] = {
    "via": ("via", frozenset({"result", "command", "voice_channel", "voice_message"})),
    "source": ("source", frozenset({"say", "message", "read_aloud"})),
    "mode": ("mode", _MODES),
    "verification": ("mode", _MODES),
    "decision": (
        "decision",
        frozenset(
            {
                "pending",
                "accepted",
                "verified",
                "mismatch",
                "extra_speech",
                "not_voice_message",
                "replayed",
                "expired",
                "used",
            }
        ),
    ),
    "found_by": ("found-by", frozenset({"sweep"})),
    "recognizer": ("recognizer", frozenset({"pocketsphinx", "inworld-transcription"})),
    "stopped": ("stopped", frozenset({"skip", "stop", "leave", "erasure"})),
}
#: Keys holding one Discord ID, shown as a mention.
_MENTIONS = {
    "channel_id": "<#{}>",
    "review_channel_id": "<#{}>",
    "audit_channel_id": "<#{}>",
    "voice_owner_id": "<@{}>",
}
#: Policy lists: an edit of one ("add 123", "remove 123", "clear", see ListEdit) is shown
#: with the item as a mention.
_LIST_MENTIONS = {"role": "<@&{}>", "channel": "<#{}>", "user": "<@{}>"}
_LIST_EDIT = re.compile(r"(add|remove) (\d{1,20})|clear")
_SNOWFLAKE = re.compile(r"\d{1,20}")


def _code(text: str) -> str:
    return f"`{safe_code(text)}`"


def _field_name(locale: str, key: str) -> str:
    """``audit-field-<key>``; a key no message names yet: the key itself, as code."""
    return _label(locale, f"audit-field-{key.replace('_', '-')}", _code(key))


def _list_edit(locale: str, key: str, text: str) -> str | None:
    kind = key.removesuffix("_ids").rpartition("_")[2] if key.endswith("_ids") else ""
    mention = _LIST_MENTIONS.get(kind)
    edit = _LIST_EDIT.fullmatch(text)
    if mention is None or edit is None:
        return None
    if edit.group(1) is None:
        return tr(locale, "audit-list-clear")
    return tr(locale, f"audit-list-{edit.group(1)}", item=mention.format(edit.group(2)))


def _audit_value(locale: str, action: AuditAction, key: str, value: Any) -> str:
    """A detail value as the audit post shows it (escaped: it may be member-written)."""
    if isinstance(value, dict) and "$msg" in value:
        message = stored(value)
        try:
            return safe_text(message.render(locale))
        except MissingMessage:
            return _code(str(value["$msg"]))
    if isinstance(value, bool):
        return tr(locale, "audit-yes" if value else "audit-no")
    if isinstance(value, list | tuple):
        return safe_text(", ".join(map(str, value)))
    text = str(value)
    if key == "voice_id":
        return f"```\n{safe_code(text)}\n```"
    renamed = action is AuditAction.RENAMED and key == "previous"
    if key in _STATUS_KEYS and text in _STATUSES and not renamed:
        return tr(locale, f"audit-status-{text.replace('_', '-')}")
    if key in _AUDIT_VALUES:
        prefix, known = _AUDIT_VALUES[key]
        if text in known:
            return tr(locale, f"audit-value-{prefix}-{text.replace('_', '-')}")
        return _code(text)
    if key == "expires_at":
        try:
            return f"<t:{int(datetime.fromisoformat(text).timestamp())}:f>"
        except ValueError:
            return safe_text(text)
    if key in _MENTIONS and _SNOWFLAKE.fullmatch(text):
        return _MENTIONS[key].format(text)
    return _list_edit(locale, key, text) or safe_text(text)


def audit_embed(
    action: AuditAction,
    record: CloneRecord | None,
    actor_id: int | None,
    detail: dict[str, Any],
    *,
    locale: str = SOURCE,
) -> discord.Embed:
    """An audit post in ``locale`` (the server's language): labels, statuses, known values
    and stored messages by id; member-written values escaped as they are."""
    kebab = action.value.replace("_", "-")
    title = _label(locale, f"clone-audit-{kebab}", action.value.replace("_", " ").capitalize())
    if record is not None:
        title = tr(
            locale,
            "clone-audit-title",
            action=title,
            id=str(record.id),
            name=_clip(safe_name(record.display_name), 100),
        )
    embed = discord.Embed(
        title=title,
        colour=_AUDIT_COLOURS.get(action, discord.Colour.blurple()),
        timestamp=discord.utils.utcnow(),
    )
    if record is not None:
        member = tr(locale, "clone-audit-member")
        embed.add_field(name=member, value=f"<@{record.user_id}>", inline=True)
        status = tr(locale, f"audit-status-{record.status.value.replace('_', '-')}")
        embed.add_field(name=tr(locale, "clone-audit-status"), value=status, inline=True)
    if actor_id is not None and (record is None or actor_id != record.user_id):
        embed.add_field(name=tr(locale, "clone-audit-by"), value=f"<@{actor_id}>", inline=True)
    for key, value in detail.items():
        if value is None or value == "":
            continue
        shown = _audit_value(locale, action, key, value)
        embed.add_field(name=_field_name(locale, key), value=_clip(shown), inline=False)
    return embed
