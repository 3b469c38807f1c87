"""The clone workflow without Discord: check, download, process, call the API."""

from __future__ import annotations

import asyncio
import enum
import logging
import tempfile
import time
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import aiohttp

from .audio import AudioError, AudioPipeline, ProcessedSample
from .download import AttachmentTooLarge, download_to_file
from .errors import UserFacingError
from .i18n import Msg, Text
from .inworld import CloneRequest, CloneResult, CloneSample, InworldClient, InworldError
from .observability.metrics import BotMetrics
from .reconcile.cloner import OnSent, ReconcileLimits, ReconcilingCloner, TakeSlot
from .reconcile.matching import is_request_tag

log = logging.getLogger(__name__)
T = TypeVar("T")

MAX_NAME_LENGTH = 64
MAX_DESCRIPTION_LENGTH = 300
MAX_TRANSCRIPTION_LENGTH = 1000
MAX_TAGS = 10
MAX_TAG_LENGTH = 32


class Stage(enum.Enum):
    DOWNLOADING = "Downloading"
    PROCESSING = "Processing audio"
    WAITING = "Waiting for a free slot"
    CLONING = "Cloning the voice with Inworld"


#: A progress line: the stage, and a detail (a message, rendered in the member's language).
Progress = Callable[[Stage, Text | None], Awaitable[None]]


async def _no_progress(stage: Stage, detail: Text | None) -> None:
    return None


@dataclass(frozen=True)
class SampleSource:
    """Where an attachment is and what Discord says about it (not trusted for safety)."""

    filename: str
    url: str
    size: int


@dataclass(frozen=True)
class CloneOptions:
    name: str
    language: str
    transcription: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    remove_noise: bool = False
    #: The request's correlation tag (``CloneRecord.request_tag``), sent beside the member's
    #: tags: after a lost answer the voice carrying it is this request's. None: untagged, so a
    #: lost answer cannot be settled by looking (the request is parked at once).
    request_tag: str | None = None


@dataclass
class CloneOutcome:
    options: CloneOptions
    samples: list[ProcessedSample]
    result: CloneResult
    timings: dict[str, float] = field(default_factory=dict)
    transcription_dropped: bool = False
    #: The answer was lost; the voice was found in the account (no per-sample report).
    reconciled: bool = False


async def gather_all(*coros: Coroutine[Any, Any, T]) -> list[T]:
    """Run concurrently; on the first failure cancel the rest and raise that failure itself."""
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(c) for c in coros]
    except BaseExceptionGroup as group_error:
        first = group_error.exceptions[0]
        while isinstance(first, BaseExceptionGroup):
            first = first.exceptions[0]
        raise first from None
    return [t.result() for t in tasks]


def parse_tags(raw: str | None) -> tuple[str, ...]:
    """Comma-separated tags: trimmed, de-duplicated (case-insensitively), bounded."""
    if not raw:
        return ()
    seen: dict[str, str] = {}
    for tag in raw.split(","):
        tag = " ".join(tag.split())[:MAX_TAG_LENGTH]
        if tag and tag.lower() not in seen:
            seen[tag.lower()] = tag
    if len(seen) > MAX_TAGS:
        raise UserFacingError(Msg("clone-tags-too-many", max=MAX_TAGS))
    return tuple(seen.values())


def clean_name(raw: str) -> str:
    name = " ".join(raw.split())
    if not name:
        raise UserFacingError(Msg("clone-name-missing"))
    if len(name) > MAX_NAME_LENGTH:
        raise UserFacingError(Msg("clone-name-too-long", max=MAX_NAME_LENGTH))
    return name


class CloneService:
    """Turns attachments into a cloned voice; every failure is a UserFacingError-style error."""

    def __init__(
        self,
        *,
        session: aiohttp.ClientSession,
        pipeline: AudioPipeline,
        inworld: InworldClient,
        max_attachment_bytes: int,
        download_timeout: float,
        metrics: BotMetrics | None = None,
        reconcile: ReconcileLimits | None = None,
    ) -> None:
        self.session = session
        self.pipeline = pipeline
        self.inworld = inworld
        #: The clone call: ambiguous failures are looked up, never resent blindly.
        self.reconciler = ReconcilingCloner(inworld, reconcile)
        self.max_attachment_bytes = max_attachment_bytes
        self.download_timeout = download_timeout
        self.metrics = metrics if metrics is not None else BotMetrics()

    def check_sizes(self, sources: Sequence[SampleSource]) -> None:
        """Refuse from Discord's metadata, before a single byte is downloaded."""
        for source in sources:
            if source.size > self.max_attachment_bytes:
                raise AttachmentTooLarge(source.filename, source.size, self.max_attachment_bytes)

    async def prepare(
        self,
        sources: Sequence[SampleSource],
        progress: Progress = _no_progress,
        *,
        max_seconds: float | None = None,
    ) -> list[ProcessedSample]:
        """Download and process every sample (concurrently); name the sample that failed."""
        self.check_sizes(sources)
        many = len(sources) > 1
        await progress(Stage.DOWNLOADING, Msg("clone-detail-files", count=len(sources)))
        with tempfile.TemporaryDirectory(prefix="voiceclone-") as tmp:
            paths = [Path(tmp) / f"sample{i}" for i in range(len(sources))]
            digests = await gather_all(
                *(
                    download_to_file(
                        self.session,
                        source.url,
                        path,
                        filename=source.filename,
                        max_bytes=self.max_attachment_bytes,
                        timeout=self.download_timeout,
                    )
                    for source, path in zip(sources, paths, strict=True)
                )
            )
            await progress(Stage.PROCESSING, None)

            async def one(index: int) -> ProcessedSample:
                source = sources[index]
                try:
                    return await self.pipeline.process_file(
                        paths[index],
                        sha256=digests[index],
                        filename=source.filename,
                        max_seconds=max_seconds,
                    )
                except AudioError as exc:
                    log.info("sample %s rejected: %s", source.filename, exc)
                    reason: Text = getattr(exc, "message", None) or exc.user_message
                    if many:
                        reason = Msg(
                            "clone-sample-refused",
                            index=index + 1,
                            file=source.filename,
                            reason=reason,
                        )
                    raise UserFacingError(reason) from exc

            started = time.monotonic()
            processed = await gather_all(*(one(i) for i in range(len(sources))))
            self.metrics.observe_processing(time.monotonic() - started)
            return processed

    def build_request(
        self, options: CloneOptions, samples: Sequence[ProcessedSample]
    ) -> tuple[CloneRequest, bool]:
        """The API request; the transcription goes with sample 1 unless its speech was cut."""
        transcription = options.transcription
        dropped = bool(transcription) and samples[0].truncated
        clone_samples = tuple(
            CloneSample(
                audio=s.wav, transcription=transcription if i == 0 and not dropped else None
            )
            for i, s in enumerate(samples)
        )
        # A member's tag shaped like a correlation tag would make the request's own ambiguous.
        tags = tuple(t for t in options.tags if not is_request_tag(t))
        if options.request_tag is not None:
            tags += (options.request_tag,)
        request = CloneRequest(
            display_name=options.name,
            lang_code=options.language,
            samples=clone_samples,
            description=options.description,
            tags=tags,
            remove_background_noise=options.remove_noise,
        )
        return request, dropped

    async def clone(
        self,
        options: CloneOptions,
        samples: list[ProcessedSample],
        progress: Progress = _no_progress,
        *,
        take_slot: TakeSlot | None = None,
        on_sent: OnSent | None = None,
    ) -> CloneOutcome:
        """Call the API. ``take_slot`` is awaited before every retry (the shared limiter),
        ``on_sent()`` right before the first POST. An ambiguous failure is never resent: the
        voice carrying ``options.request_tag`` is attached, or VoiceMayExist is raised."""
        request, dropped = self.build_request(options, samples)
        await progress(Stage.CLONING, None)
        started = time.monotonic()

        async def retrying(error: InworldError, wait: float) -> None:
            await progress(Stage.CLONING, Msg("clone-detail-busy", seconds=round(wait)))

        hooks: dict[str, Any] = {"on_retry": retrying}
        if take_slot is not None:
            hooks["take_slot"] = take_slot
        if on_sent is not None:
            hooks["on_sent"] = on_sent
        cloned = await self.reconciler.clone(request, **hooks)
        return CloneOutcome(
            options=options,
            samples=samples,
            result=cloned.result,
            timings={"api_seconds": time.monotonic() - started},
            transcription_dropped=dropped,
            reconciled=cloned.reconciled,
        )
