"""The numpy resampler (bot/audio/resample.py) that replaced scipy's resample_poly.

Measured on the rate pairs below: pass band (to 0.85 of the lower Nyquist) within 0.01 dB,
stop band (from the lower Nyquist on) 60.0 dB down at worst (downsampling; just above the
new Nyquist), images of upsampling 66-73 dB down.
"""

from __future__ import annotations

import math
import tracemalloc

import numpy as np
import pytest

from bot.audio.resample import PASS_EDGE, STOPBAND_DB, _design, resample

#: The VAD's fallback (odd rates to 16 kHz) and the recogniser's input (24 kHz and others).
DOWN = [(24_000, 16_000), (48_000, 16_000), (22_050, 16_000), (44_100, 16_000), (32_000, 16_000)]
UP = [(8_000, 16_000), (11_025, 16_000), (12_000, 16_000), (16_000, 24_000)]


def _level_db(y: np.ndarray) -> float:
    return float(10 * np.log10(np.mean(y * y)))


def _middle(y: np.ndarray) -> np.ndarray:
    return y[len(y) // 4 : 3 * len(y) // 4]


def _tone(freq: float, rate: int, seconds: float = 1.0) -> np.ndarray:
    return np.sin(2 * np.pi * freq * np.arange(int(seconds * rate)) / rate)


@pytest.mark.parametrize(("rate_in", "rate_out"), DOWN + UP)
@pytest.mark.parametrize("length", [0, 1, 2, 3, 100, 24_001])
def test_length_is_ceil_of_the_ratio(rate_in: int, rate_out: int, length: int) -> None:
    out = resample(np.ones(length, dtype=np.int16), rate_in, rate_out)
    assert out.dtype == np.float64
    assert len(out) == math.ceil(length * rate_out / rate_in)


@pytest.mark.parametrize(("rate_in", "rate_out"), DOWN + UP)
def test_tones_in_the_pass_band_keep_their_level_and_timing(rate_in: int, rate_out: int) -> None:
    edge = PASS_EDGE * min(rate_in, rate_out) / 2
    for freq in (100.0, 1000.0, edge):
        y = resample(_tone(freq, rate_in), rate_in, rate_out)
        assert _level_db(_middle(y)) - _level_db(_tone(freq, rate_in)) == pytest.approx(0, abs=0.02)
    # Output k is input time k / rate_out: the filter's delay is compensated.
    ideal = _tone(1000.0, rate_out)
    y = resample(_tone(1000.0, rate_in), rate_in, rate_out)
    assert np.max(np.abs(_middle(y) - _middle(ideal[: len(y)]))) < 0.01


@pytest.mark.parametrize(("rate_in", "rate_out"), DOWN)
def test_tones_above_the_new_nyquist_are_stopped(rate_in: int, rate_out: int) -> None:
    for freq in np.linspace(rate_out / 2 * 1.001, rate_in / 2 * 0.999, 25):
        x = _tone(float(freq), rate_in, 0.5)
        y = resample(x, rate_in, rate_out)
        assert _level_db(_middle(y)) - _level_db(x) < -(STOPBAND_DB - 3), freq


@pytest.mark.parametrize(("rate_in", "rate_out"), UP)
def test_upsampling_images_are_stopped(rate_in: int, rate_out: int) -> None:
    """A tone below the input's Nyquist has an image at rate_in - f: it must not come out."""
    for freq in (1000.0, PASS_EDGE * rate_in / 2):
        y = _middle(resample(_tone(freq, rate_in), rate_in, rate_out))
        t = np.arange(len(y)) / rate_out
        basis = np.stack([np.sin(2 * np.pi * freq * t), np.cos(2 * np.pi * freq * t)], axis=1)
        residual = y - basis @ np.linalg.lstsq(basis, y, rcond=None)[0]
        assert _level_db(residual) - _level_db(_tone(freq, rate_in)) < -(STOPBAND_DB - 3)


@pytest.mark.parametrize(("rate_in", "rate_out"), DOWN + UP)
def test_dc_comes_out_exactly(rate_in: int, rate_out: int) -> None:
    y = resample(np.full(rate_in, 1234, dtype=np.int16), rate_in, rate_out)
    np.testing.assert_allclose(_middle(y), 1234.0, rtol=1e-12)


@pytest.mark.parametrize(
    ("rate_in", "rate_out"), [(24_000, 16_000), (22_050, 16_000), (8_000, 12_000)]
)
def test_polyphase_equals_upsample_filter_decimate(rate_in: int, rate_out: int) -> None:
    """The polyphase shortcut against the textbook: zero-stuff, filter, keep every down-th."""
    g = math.gcd(rate_in, rate_out)
    up, down = rate_out // g, rate_in // g
    phases, centre = _design(up, down)
    taps = phases[:, ::-1].T.reshape(-1)  # tap p + t * up is phase p's t-th
    x = np.random.default_rng(1).standard_normal(997)
    # Output k of the zero-stuffed, filtered signal: sum of x[i] taps[centre + k down - i up].
    k = np.arange(math.ceil(len(x) * up / down))[:, None]
    index = centre + k * down - np.arange(len(x))[None, :] * up
    inside = (index >= 0) & (index < len(taps))
    expected = (np.where(inside, taps[np.clip(index, 0, len(taps) - 1)], 0.0) * x).sum(axis=1)
    np.testing.assert_allclose(resample(x, rate_in, rate_out), expected, atol=1e-12)


def test_edge_cases() -> None:
    assert resample(np.zeros(0), 24_000, 16_000).shape == (0,)
    same = np.arange(5, dtype=np.int16)
    out = resample(same, 16_000, 16_000)
    assert out.dtype == np.float64 and list(out) == [0, 1, 2, 3, 4]
    pcm = np.round(_tone(440.0, 22_050) * 20_000).astype(np.int16)
    np.testing.assert_array_equal(
        resample(pcm, 22_050, 16_000), resample(pcm.astype(np.float64), 22_050, 16_000)
    )
    with pytest.raises(ValueError):
        resample(np.zeros((10, 2)), 24_000, 16_000)
    with pytest.raises(ValueError):
        resample(np.zeros(10), 0, 16_000)


def test_memory_is_the_output_and_a_copy_of_the_input() -> None:
    """60 s at 44.1 kHz int16 to 16 kHz: beyond the output (and an int16 padded copy of the
    input), temporaries stay under 1 MB."""
    pcm = np.round(np.random.default_rng(2).standard_normal(60 * 44_100) * 3000).astype(np.int16)
    resample(pcm[:1000], 44_100, 16_000)  # the filter is cached
    tracemalloc.start()
    try:
        out = resample(pcm, 44_100, 16_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < out.nbytes + pcm.nbytes + 1024 * 1024
