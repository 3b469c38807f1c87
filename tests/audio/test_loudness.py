"""The bot's own BS.1770-4 meter (bot/audio/loudness.py) against pyloudnorm, the reference.

pyloudnorm and scipy are dev extras only (issue #19): without them these comparisons skip.
Measured agreement on the corpus below: within 2e-13 LU of pyloudnorm (float rounding), on
the same whole blocks and on the uncut clips alike (the issue asks for 0.5 LU).

The one deliberate difference, invisible on this corpus (its last blocks fall under the
relative gate): pyloudnorm rounds the number of blocks, so when a clip ends more than 50 ms
into a 100 ms step it adds a last block that runs past the end (zeros, divided by the full
400 ms); BS.1770 and libebur128 use whole blocks only, as the bot does.
"""

from __future__ import annotations

import math
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from bot.audio import loudness
from tests.audio import fixtures as fx

pyloudnorm = pytest.importorskip(
    "pyloudnorm", reason="pyloudnorm (dev extra) is the reference meter the bot's is checked with"
)

#: |bot - pyloudnorm| on the same whole blocks; measured ~1e-14 (float rounding).
SAME_BLOCKS_LU = 1e-9
#: |bot - pyloudnorm| on the uncut clip: the issue's bound (measured ~1e-13 on this corpus).
ISSUE_LU = 0.5


def _pcm(path: Path) -> tuple[np.ndarray, int]:
    samples, rate = fx.read_wav(path)
    mono = np.round(samples.mean(axis=1) * 32768.0)
    return np.clip(mono, -32768, 32767).astype(np.int16), rate


def _resampled(src: Path, rate: int) -> Path:
    """``src`` converted by ffmpeg to ``rate`` (mono s16)."""

    def build(tmp: Path) -> None:
        fx.run_ffmpeg(["-i", str(src), "-ac", "1", "-ar", str(rate), "-c:a", "pcm_s16le", str(tmp)])

    return fx._cached(f"{src.stem}_{rate}.wav", build)


def _cut(src: Path, seconds: float) -> Path:
    def build(tmp: Path) -> None:
        samples, rate = fx.read_wav(src)
        fx.write_wav(tmp, samples[: round(seconds * rate)], rate)

    return fx._cached(f"{src.stem}_cut{seconds:g}.wav", build)


def _over_music() -> Path:
    """Speech 10 dB over synthetic music, 24 kHz (the pipeline's rate)."""
    from tests.audio import mixtures  # resamples with scipy (dev extra)

    def build(tmp: Path) -> None:
        mixtures.mix("music", 10.0).wav(tmp)

    return fx._cached("loudness_music.wav", build)


#: The corpus: espeak-ng speech (22.05 kHz master and resampled), quiet, clipped, padded with
#: near silence, white noise, a tone, silence and clips just over one block.
CORPUS: dict[str, Callable[[], Path]] = {
    "speech 22.05k": fx.standard_speech_wav,
    "speech 16k": lambda: _resampled(fx.standard_speech_wav(), 16_000),
    "speech 24k": lambda: _resampled(fx.standard_speech_wav(), 24_000),
    "speech 44.1k": lambda: _resampled(fx.standard_speech_wav(), 44_100),
    "speech 48k": lambda: _resampled(fx.standard_speech_wav(), 48_000),
    "long speech 48k": lambda: _resampled(fx.long_speech_wav(), 48_000),
    "short speech 2s": fx.short_speech_wav,
    "quiet speech": fx.quiet_speech_wav,
    "clipped speech": fx.clipped_speech_wav,
    "padded speech": fx.padded_speech_wav,
    "speech over music 24k": _over_music,
    "noise -60": fx.noise_wav,
    "noise -20": lambda: fx.noise_wav(10.0, -20.0, 99),
    "tone 440": fx.tone_wav,
    "tone 5k": lambda: fx.tone_wav(3.0, 5000.0, -6.0),
    "silence": lambda: fx.silence_wav(3.0),
    "speech 0.41s": lambda: _cut(_resampled(fx.standard_speech_wav(), 48_000), 0.41),
    "speech 0.44s 16k": lambda: _cut(_resampled(fx.standard_speech_wav(), 16_000), 0.44),
}


def _reference(samples: np.ndarray, rate: int) -> float:
    value = float(pyloudnorm.Meter(rate).integrated_loudness(samples / 32768.0))
    return value if math.isfinite(value) else -math.inf


def _close(a: float, b: float, tol: float) -> bool:
    return a == b if math.isinf(a) or math.isinf(b) else abs(a - b) <= tol


@pytest.mark.parametrize("name", list(CORPUS))
def test_matches_pyloudnorm_on_the_corpus(name: str, audio_fixture_dir: Path) -> None:
    samples, rate = _pcm(CORPUS[name]())
    ours = loudness.integrated_lufs(samples, rate)
    whole = samples[: len(samples) // (rate // 10) * (rate // 10)]
    assert _close(ours, _reference(whole, rate), SAME_BLOCKS_LU), name
    assert _close(ours, _reference(samples, rate), ISSUE_LU), name
    assert (ours == -math.inf) == (name == "silence")


def test_a_partial_last_block_is_left_out_as_bs1770_says() -> None:
    """0.47 s: pyloudnorm counts a second block reaching 0.5 s; BS.1770 (and the bot) do not."""
    rate = 48_000
    rng = np.random.default_rng(3)
    ramp = np.linspace(0.0, 1.0, int(0.47 * rate)) ** 2
    samples = np.round(rng.standard_normal(len(ramp)) * ramp * 8000).astype(np.int16)
    ours = loudness.integrated_lufs(samples, rate)
    assert _close(ours, _reference(samples[: int(0.4 * rate)], rate), SAME_BLOCKS_LU)
    assert not _close(ours, _reference(samples, rate), 0.1)


def test_full_scale_1khz_sine_reads_minus_3_lufs() -> None:
    """BS.1770's calibration: a 0 dBFS 1 kHz sine is -3.01 LKFS (K-weighting ~ +0.69 dB there)."""
    rate = 48_000
    t = np.arange(5 * rate) / rate
    samples = np.round(np.sin(2 * np.pi * 1000 * t) * 32767).astype(np.int16)
    assert loudness.integrated_lufs(samples, rate) == pytest.approx(-3.01, abs=0.05)


def test_silence_and_too_short_are_minus_infinity() -> None:
    rate = 24_000
    assert loudness.integrated_lufs(np.zeros(5 * rate, dtype=np.int16), rate) == -math.inf
    loud = np.full(int(0.4 * rate) - 1, 10_000, dtype=np.int16)
    assert loudness.integrated_lufs(loud, rate) == -math.inf
    assert loudness.integrated_lufs(np.zeros(0, dtype=np.int16), rate) == -math.inf
    tone = np.round(8000 * np.sin(np.arange(int(0.4 * rate)) * 0.3)).astype(np.int16)
    assert math.isfinite(loudness.integrated_lufs(tone, rate))  # exactly one block
    quiet = np.round(3 * np.sin(np.arange(2 * rate) * 0.3)).astype(np.int16)  # ~ -81 LUFS
    assert loudness.integrated_lufs(quiet, rate) == -math.inf  # below the absolute gate


@pytest.mark.parametrize("rate", [8_000, 16_000, 22_050, 24_000, 44_100, 48_000, 96_000])
def test_k_weighting_equals_lfilter_to_float_precision(rate: int) -> None:
    """The overlap-save filter against scipy's lfilter of the same biquads (segment edges,
    the zero initial state and the pre-roll's truncated tail included)."""
    signal = pytest.importorskip("scipy.signal", reason="scipy (dev extra) has lfilter")
    rng = np.random.default_rng(rate)
    samples = np.round(rng.standard_normal(7 * rate + 123) * 6000).astype(np.int16)
    samples[: rate // 3] = 32767  # a step at the very start: the initial state matters
    (b1, a1), (b2, a2) = loudness.k_weighting(rate)
    expected = signal.lfilter(b2, a2, signal.lfilter(b1, a1, samples.astype(np.float64)))
    step = round(rate / 10)
    count = len(samples) // step
    squares = (expected[: count * step] ** 2).reshape(count, step).sum(axis=1)
    # Relative to the loudest step: the steps right after the step are near zero.
    ours = loudness._step_energies(samples, rate)
    np.testing.assert_allclose(ours, squares, rtol=1e-11, atol=1e-15 * squares.max())


@pytest.mark.parametrize("rate", [8_000, 16_000, 22_050, 48_000, 96_000])
def test_the_preroll_covers_the_impulse_response(rate: int) -> None:
    """Past the pre-roll, what is left of the impulse response is below 1e-16 of its total."""
    signal = pytest.importorskip("scipy.signal", reason="scipy (dev extra) has lfilter")
    (b1, a1), (b2, a2) = loudness.k_weighting(rate)
    impulse = np.zeros(2 * rate)
    impulse[0] = 1.0
    response = np.abs(signal.lfilter(b2, a2, signal.lfilter(b1, a1, impulse)))
    preroll = loudness._filter(rate).preroll
    assert response[preroll:].sum() < 1e-16 * response.sum()
    assert preroll < 0.25 * rate


def test_memory_stays_bounded_on_a_long_clip() -> None:
    """60 s at 48 kHz (5.8 MB of int16): the meter's temporaries stay a few MB."""
    rate = 48_000
    samples = np.round(np.random.default_rng(5).standard_normal(60 * rate) * 3000).astype(np.int16)
    loudness.integrated_lufs(samples[:rate], rate)  # the per-rate filter is cached
    tracemalloc.start()
    try:
        loudness.integrated_lufs(samples, rate)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 6 * 1024 * 1024
