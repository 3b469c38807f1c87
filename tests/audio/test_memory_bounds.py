"""Memory bounds of the audio pipeline (issue #19: 20 concurrent /clone), with tracemalloc.

Each test names the copy it guards against: levels measured on the int16 signal itself, the
decoded PCM freed once the clip is shaped, the output samples a view of the WAV."""

from __future__ import annotations

import tracemalloc
import wave
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from bot.audio import loudness, quality
from bot.audio.pipeline import AudioPipeline
from bot.audio.speech import shape_clip
from tests.audio import fixtures as fx

RATE = 24_000


def _peak_growth(work: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        work()
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    "measure",
    [
        lambda s: loudness.frame_dbfs(s, RATE // 50),
        loudness.peak_dbfs,
        loudness.clipped_fraction,
    ],
    ids=["frame_dbfs", "peak_dbfs", "clipped_fraction"],
)
def test_levels_make_no_widened_copy_of_the_signal(measure: Callable[[np.ndarray], Any]) -> None:
    """30 s of int16: less temporary memory than the signal itself (a bool mask is half of
    it; an int32 copy is twice it, the former int64 one four times)."""
    samples = np.random.default_rng(7).integers(-32768, 32768, 30 * RATE, dtype=np.int16)
    measure(samples)  # warm-up (imports, caches)
    assert _peak_growth(lambda: measure(samples)) < samples.nbytes


def test_levels_are_exact_at_full_scale() -> None:
    samples = np.array([0, 32767, -32768, -32766, 32765, -5], dtype=np.int16)
    assert loudness.peak(samples) == 32768
    assert loudness.count_clipped(samples) == 3
    assert loudness.clipped_fraction(samples) == 0.5
    assert loudness.peak(np.array([], dtype=np.int16)) == 0


def test_shaped_samples_are_a_view_of_the_wav() -> None:
    with wave.open(str(fx.standard_speech_wav()), "rb") as source:
        assert (source.getnchannels(), source.getsampwidth()) == (1, 2)
        rate, pcm = source.getframerate(), source.readframes(source.getnframes())
    shaped = shape_clip(pcm, rate, max_seconds=15.0, min_seconds=3.0)
    wav = np.frombuffer(shaped.wav, dtype=np.uint8)
    assert np.shares_memory(shaped.samples, wav)
    assert shaped.samples.tobytes() == shaped.wav[-shaped.samples.nbytes :]


async def test_the_decoded_pcm_is_freed_before_the_clip_is_measured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When the quality report is measured, the job holds the output WAV (and small facts),
    not also the decoded input."""
    path = fx.encode(fx.standard_speech_wav(), "ogg_opus_voice")
    audio = AudioPipeline()
    await audio.process_file(path, sha256="warm-up")
    held: list[int] = []
    measure = quality.assess

    def assess(*args: Any, **kwargs: Any) -> Any:
        held.append(tracemalloc.get_traced_memory()[0])
        return measure(*args, **kwargs)

    monkeypatch.setattr(quality, "assess", assess)  # the pipeline imports it per job
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        sample = await audio.process_file(path, sha256="x")
    finally:
        tracemalloc.stop()
    assert held[0] - base < len(sample.wav) * 3 // 2, (held[0] - base, len(sample.wav))
