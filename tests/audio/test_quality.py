"""The quality report's metrics on generated audio, the verdicts, the gate and the waveform."""

from __future__ import annotations

import asyncio
import io
import math
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from bot.audio import (
    AudioPipeline,
    MostlyNoise,
    PoorSample,
    ProcessedSample,
    QualityReport,
    loudness,
    waveform,
)
from bot.audio.loudness import frame_dbfs
from bot.audio.quality import TIP_CLIPPING, TIP_LONGER, TIP_QUIET_ROOM
from bot.audio.speech import _speech_mask
from bot.audio.vad import voiced_frames
from tests.audio import fixtures as fx
from tests.audio import mixtures


def sine(freq: float, peak_dbfs: float, seconds: float, rate: int) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    wave = np.sin(2 * np.pi * freq * t) * 10 ** (peak_dbfs / 20) * 32767
    return np.round(wave).astype(np.int16)


def test_frame_levels_are_exact_rms_of_whole_frames() -> None:
    rng = np.random.default_rng(7)
    samples = rng.integers(-32768, 32768, 24_000 + 123, dtype=np.int16)
    samples[:480] = 0
    levels = frame_dbfs(samples, 480)
    assert len(levels) == 50  # the trailing partial frame is left out
    frames = samples[: 50 * 480].astype(np.float64).reshape(50, 480)
    expected = 20 * np.log10(np.maximum(np.sqrt(np.mean(frames**2, axis=1)) / 32767, 1e-10))
    np.testing.assert_allclose(levels, expected, rtol=1e-12)
    assert levels[0] == pytest.approx(-200.0)  # a silent frame sits at the floor, not -inf
    full = np.full(480, -32768, dtype=np.int16)
    assert frame_dbfs(full, 480)[0] == pytest.approx(20 * math.log10(32768 / 32767))


@pytest.mark.parametrize("rate", [24_000, 48_000])
@pytest.mark.parametrize("peak", [-10.0, -20.0, -30.0])
def test_lufs_of_a_calibrated_sine(rate: int, peak: float) -> None:
    # BS.1770: a 997 Hz sine of 0 dBFS peak in one channel reads -3.01 LKFS.
    lufs = loudness.integrated_lufs(sine(997.0, peak, 5.0, rate), rate)
    assert lufs == pytest.approx(peak - 3.01, abs=0.3)


def test_lufs_of_silence_and_of_too_little_audio() -> None:
    assert loudness.integrated_lufs(np.zeros(48_000, dtype=np.int16), 24_000) == -math.inf
    assert loudness.integrated_lufs(sine(997.0, -10, 0.2, 24_000), 24_000) == -math.inf


def test_clipped_share_of_a_clipped_signal() -> None:
    rate = 24_000
    t = np.arange(rate * 2) / rate
    # Twice full scale, hard-clipped: |sin| >= 1/2 for two thirds of each period.
    driven = np.clip(np.sin(2 * np.pi * 100 * t) * 2 * 32767, -32767, 32767).astype(np.int16)
    assert loudness.clipped_fraction(driven) == pytest.approx(2 / 3, abs=0.01)
    assert loudness.clipped_fraction(sine(100, -1.0, 2.0, rate)) == 0.0
    assert loudness.peak_dbfs(driven) == pytest.approx(0.0, abs=0.01)


async def process(pipeline: AudioPipeline, path: Path) -> ProcessedSample:
    return await pipeline.process(path.read_bytes(), path.name)


@pytest.fixture
def pipeline() -> AudioPipeline:
    return AudioPipeline()


def report_of(sample: ProcessedSample) -> QualityReport:
    assert sample.quality is not None
    return sample.quality


@pytest.mark.parametrize(("background", "snr"), [("white", 20.0), ("white", 10.0), ("music", 20.0)])
async def test_snr_of_speech_and_noise_at_a_known_ratio(
    pipeline: AudioPipeline, tmp_path: Path, background: str, snr: float
) -> None:
    clip = mixtures.mix(background, snr).wav(tmp_path / "mix.wav")
    report = report_of(await process(pipeline, clip))
    assert report.snr_db == pytest.approx(snr, abs=3.0)
    # The noise floor sits that far below the normalised speech (about -20 dBFS).
    assert report.noise_floor_dbfs == pytest.approx(-20.0 - snr, abs=4.0)


async def test_clean_speech_is_good(pipeline: AudioPipeline) -> None:
    report = report_of(await process(pipeline, fx.standard_speech_wav()))
    assert report.verdict == "good" and report.tips == ()
    assert report.lufs == pytest.approx(-21.0, abs=2.0)
    assert report.snr_db >= 40
    assert report.seconds <= 15 and 0 < report.speech_seconds <= report.seconds
    assert report.speech_regions and report.speech_regions[-1][1] <= report.seconds + 0.02
    assert 0 <= report.window[0] < report.window[1] <= report.input_seconds + 0.02


async def test_noisy_speech_is_usable_with_a_tip(pipeline: AudioPipeline, tmp_path: Path) -> None:
    clip = mixtures.mix("white", 8.0).wav(tmp_path / "noisy.wav")
    report = report_of(await process(pipeline, clip))
    assert report.verdict == "usable"
    assert TIP_QUIET_ROOM in report.tips


async def test_short_speech_is_usable_with_the_length_tip(pipeline: AudioPipeline) -> None:
    report = report_of(await process(pipeline, fx.short_speech_wav(5.0)))
    assert report.verdict == "usable" and TIP_LONGER in report.tips


async def test_mostly_noise_is_refused(pipeline: AudioPipeline, tmp_path: Path) -> None:
    clip = mixtures.mix("white", 0.0).wav(tmp_path / "noise.wav")
    with pytest.raises(PoorSample) as caught:
        await process(pipeline, clip)
    assert "mostly noise" in caught.value.user_message
    assert TIP_QUIET_ROOM in caught.value.user_message
    # Louder noise still: no speech stands out of it at all.
    clip = mixtures.mix("white", -6.0).wav(tmp_path / "loud-noise.wav")
    with pytest.raises(MostlyNoise) as noise:
        await process(pipeline, clip)
    assert "Turn off music" in noise.value.user_message


async def test_badly_clipped_is_refused(pipeline: AudioPipeline) -> None:
    with pytest.raises(PoorSample) as caught:
        await process(pipeline, fx.clipped_speech_wav(18.0))
    assert TIP_CLIPPING in caught.value.user_message


async def test_report_survives_storage_as_facts(pipeline: AudioPipeline) -> None:
    report = report_of(await process(pipeline, fx.standard_speech_wav()))
    import json

    assert QualityReport.from_facts(json.loads(json.dumps(report.as_facts()))) == report


async def test_waveform_png_is_decodable_the_right_size_and_fast(pipeline: AudioPipeline) -> None:
    sample = await process(pipeline, fx.long_speech_wav())
    report = report_of(sample)
    assert report.seconds == pytest.approx(15.0, abs=0.05)
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        png = waveform.render_wav(sample.wav, report)
        timings.append(time.perf_counter() - started)
    assert min(timings) < 0.1, f"rendering took {min(timings) * 1000:.0f} ms"
    with Image.open(io.BytesIO(png)) as image:
        image.load()
        assert image.format == "PNG"
        assert image.size == (waveform.WIDTH, waveform.HEIGHT)
        # Opaque, neutral background: readable on dark and light themes alike.
        assert image.mode == "RGB"
        assert image.getpixel((2, 2)) == waveform.BACKGROUND


async def test_waveform_renders_off_the_loop_while_it_stays_responsive(
    pipeline: AudioPipeline,
) -> None:
    sample = await process(pipeline, fx.standard_speech_wav())
    png = await asyncio.to_thread(waveform.render_wav, sample.wav, report_of(sample))
    assert png.startswith(b"\x89PNG")


def test_vad_beats_frame_energy_on_noisy_speech() -> None:
    """The measured reason the VAD was adopted (benchmarks/vad_eval.py has the full table)."""
    clip = mixtures.mix("white", 10.0)
    pcm = np.round(clip.samples * 32767).astype(np.int16)
    db = frame_dbfs(pcm, mixtures.FRAME)
    energy = _speech_mask(db)
    combined = _speech_mask(db, voiced_frames(pcm, mixtures.RATE))
    n = min(len(clip.truth), len(energy))

    def precision(mask: np.ndarray) -> float:
        hits = int(np.count_nonzero(mask[:n] & clip.truth[:n]))
        return hits / max(1, int(np.count_nonzero(mask[:n])))

    def recall(mask: np.ndarray) -> float:
        return np.count_nonzero(mask[:n] & clip.truth[:n]) / np.count_nonzero(clip.truth[:n])

    assert precision(energy) < 0.7  # energy takes the noise for speech
    assert precision(combined) > 0.9 and recall(combined) > 0.9


def test_vad_at_a_rate_it_does_not_take_natively() -> None:
    clip = mixtures.mix("none", None)
    pcm = np.round(clip.samples * 32767).astype(np.int16)
    flags = voiced_frames(pcm, mixtures.RATE)
    assert len(flags) == len(pcm) // mixtures.FRAME
    assert np.count_nonzero(flags & clip.truth[: len(flags)]) > 0.8 * np.count_nonzero(clip.truth)
