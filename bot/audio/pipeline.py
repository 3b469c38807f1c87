"""Turn one untrusted attachment into one sample the Inworld clone API accepts."""

from __future__ import annotations

import asyncio
import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import Msg
from .errors import UndecodableAudio
from .ffmpeg import DecodedAudio, decode
from .sniff import read_head, sniff

if TYPE_CHECKING:
    from .quality import QualityReport
    from .speech import ShapedClip

#: The clone API cuts samples at 15 s; keeping more only wastes upload bytes.
API_MAX_SECONDS = 15.0


@dataclass(frozen=True)
class AudioLimits:
    """Bounds for one sample. ``decode_seconds`` caps work whatever the input's length."""

    max_seconds: float = 15.0
    min_seconds: float = 3.0
    decode_seconds: float = 30.0
    #: 24 kHz keeps everything up to 12 kHz (voice timbre, sibilants) at half the bytes of 48 kHz;
    #: 15 s is then 720 kB of WAV, well inside the API's reported per-sample limit.
    sample_rate: int = 24_000
    ffmpeg_timeout: float = 20.0

    def __post_init__(self) -> None:
        if not 0 < self.min_seconds <= self.max_seconds <= API_MAX_SECONDS:
            raise ValueError(
                f"need 0 < min_seconds <= max_seconds <= {API_MAX_SECONDS:g}, got "
                f"{self.min_seconds:g} and {self.max_seconds:g}"
            )
        if self.decode_seconds < self.max_seconds:
            raise ValueError("decode_seconds must be at least max_seconds")
        if not 8_000 <= self.sample_rate <= 48_000:
            raise ValueError("sample_rate must be between 8000 and 48000 Hz")
        if self.ffmpeg_timeout <= 0:
            raise ValueError("ffmpeg_timeout must be positive")


@dataclass(frozen=True)
class ProcessedSample:
    """The WAV sent to the API, and facts about how it was made."""

    wav: bytes
    sample_rate: int
    seconds: float
    speech_seconds: float
    original_seconds: float | None
    container: str | None
    codec: str | None
    peak_dbfs: float
    clipped_fraction: float
    gain_db: float
    sha256: str
    input_bytes: int
    #: Part of the speech was left out (longer than max_seconds, or than the decode window).
    truncated: bool
    #: Loudness, noise, speech regions and verdict of the processed audio.
    quality: QualityReport | None = None


def _shape_and_assess(
    taken: list[bytes], sample_rate: int, *, max_seconds: float, min_seconds: float
) -> tuple[ShapedClip, QualityReport]:
    """Shape the clip, measure it, refuse it when it is clearly unusable (worker thread).

    ``taken`` holds the only reference to the decoded PCM (up to ``decode_seconds`` of it):
    it is emptied, so the PCM is freed once shaped, before the measuring (issue #19)."""
    # Imported here, in the worker thread: numpy, pydub and webrtcvad load with the first
    # sample, not at start-up (idle memory, issue #19; tests/test_import_footprint.py).
    from .quality import assess, gate
    from .speech import shape_clip

    pcm = taken.pop()
    shaped = shape_clip(pcm, sample_rate, max_seconds=max_seconds, min_seconds=min_seconds)
    del pcm
    report, problem = assess(
        shaped.samples,
        sample_rate,
        shaped.speech_frames,
        input_clipped=shaped.clipped_fraction,
        gain_db=shaped.gain_db,
        window=shaped.window,
        input_seconds=shaped.input_seconds,
    )
    gate(report, problem)
    return shaped, report


def _refuse_truncated(decoded: DecodedAudio, limits: AudioLimits) -> None:
    """A file that decodes to far less than its header claims, and too little to use, is
    truncated or corrupt: say so, rather than calling it silent or too short."""
    claimed = decoded.original_seconds
    if claimed is None:
        return
    got = decoded.seconds
    if got < limits.min_seconds and got + 1.0 < min(claimed, limits.decode_seconds) / 2:
        raise UndecodableAudio(
            Msg("audio-truncated", claimed=round(claimed, 1), got=round(got, 1)),
            detail="truncated",
        )


class AudioPipeline:
    """Sniff, decode (bounded ffmpeg), shape (pydub in a thread); at most N files at once."""

    def __init__(
        self,
        limits: AudioLimits | None = None,
        *,
        max_concurrency: int = 2,
        ffmpeg: str = "ffmpeg",
    ) -> None:
        if max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        self.limits = limits or AudioLimits()
        self.ffmpeg = ffmpeg
        self._slots = asyncio.Semaphore(max_concurrency)

    async def process(self, data: bytes, filename: str | None = None) -> ProcessedSample:
        """Process in-memory bytes; see ``process_file``."""
        sniff(data)
        with tempfile.TemporaryDirectory(prefix="voiceclone-") as tmp:
            path = Path(tmp) / "input"
            await asyncio.to_thread(path.write_bytes, data)
            digest = hashlib.sha256(data).hexdigest()
            return await self._process_path(path, digest, len(data), None)

    async def process_file(
        self,
        path: Path,
        *,
        sha256: str,
        filename: str | None = None,
        max_seconds: float | None = None,
    ) -> ProcessedSample:
        """Process a file the caller wrote (under a name of its own choosing).

        Raise an ``AudioError`` with a member-friendly message when the file is unusable. The
        format is always detected from the content, never from ``filename`` (kept for logs).
        ``max_seconds`` can only lower the configured limit (a guild's own cap).
        """
        head, size = await asyncio.to_thread(read_head, path)
        sniff(head)
        return await self._process_path(path, sha256, size, max_seconds)

    async def _process_path(
        self, path: Path, sha256: str, size: int, max_seconds: float | None
    ) -> ProcessedSample:
        limits = self.limits
        keep = min(limits.max_seconds, max_seconds or limits.max_seconds)
        async with self._slots:
            decoded = await decode(
                path,
                max_seconds=limits.decode_seconds,
                sample_rate=limits.sample_rate,
                timeout=limits.ffmpeg_timeout,
                ffmpeg=self.ffmpeg,
            )
            _refuse_truncated(decoded, limits)
            rate, original = decoded.sample_rate, decoded.original_seconds
            container, codec = decoded.container, decoded.codec
            taken = [decoded.pcm]
            del decoded  # the worker drops the PCM as soon as the clip is shaped
            shaped, report = await asyncio.to_thread(
                _shape_and_assess,
                taken,
                rate,
                max_seconds=keep,
                min_seconds=min(limits.min_seconds, keep),
            )
        return ProcessedSample(
            wav=shaped.wav,
            sample_rate=rate,
            seconds=shaped.seconds,
            speech_seconds=shaped.speech_seconds,
            original_seconds=original,
            container=container,
            codec=codec,
            peak_dbfs=shaped.peak_dbfs,
            clipped_fraction=shaped.clipped_fraction,
            gain_db=shaped.gain_db,
            sha256=sha256,
            input_bytes=size,
            truncated=shaped.truncated or (original or 0.0) > limits.decode_seconds + 0.5,
            quality=report,
        )
