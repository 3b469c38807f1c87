"""A request's samples and options as stored, and what goes with a spoken consent."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..audio import ProcessedSample
from ..cloning import CloneOptions, SampleSource
from ..storage import CloneRecord, ConsentChallenge, GuildPolicy, VerificationMode

_SAMPLE_FACT_FIELDS = tuple(
    f.name for f in dataclasses.fields(ProcessedSample) if f.name not in ("wav", "quality")
)


@dataclass(frozen=True)
class SpokenRecording:
    """The first sample is the recording of ``challenge`` (spoken-consent verification)."""

    challenge: ConsentChallenge
    mode: VerificationMode
    #: Discord flags the attachment as a voice message (recorded live in the client).
    voice_message: bool


@dataclass(frozen=True)
class Prepared:
    record: CloneRecord
    samples: list[ProcessedSample]
    policy: GuildPolicy


def sample_facts(source: SampleSource, sample: ProcessedSample) -> dict[str, Any]:
    facts = {name: getattr(sample, name) for name in _SAMPLE_FACT_FIELDS}
    if sample.quality is not None:
        facts["quality"] = sample.quality.as_facts()
    return {"filename": source.filename, **facts}


def restore_samples(record: CloneRecord, wavs: Sequence[bytes]) -> list[ProcessedSample]:
    # Imported here: bot.audio.quality loads numpy (memory, issue #19).
    from ..audio.quality import QualityReport

    restored = []
    for facts, wav in zip(record.samples, wavs, strict=True):
        values: dict[str, Any] = {name: facts.get(name) for name in _SAMPLE_FACT_FIELDS}
        if values["peak_dbfs"] is None:
            values["peak_dbfs"] = float("-inf")
        quality = facts.get("quality")
        report = QualityReport.from_facts(quality) if isinstance(quality, dict) else None
        restored.append(ProcessedSample(wav=wav, quality=report, **values))
    return restored


def options_of(record: CloneRecord) -> CloneOptions:
    """The clone request's options, with the request's correlation tag (bot.reconcile)."""
    return CloneOptions(
        name=record.display_name,
        language=record.language,
        transcription=record.transcription,
        description=record.description,
        tags=tuple(record.tags),
        remove_noise=record.remove_noise,
        request_tag=record.request_tag,
    )
