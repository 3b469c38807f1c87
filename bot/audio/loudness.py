"""Level measurements of int16 PCM: integrated loudness (ITU-R BS.1770-4), peak, clipping.

The loudness meter is the bot's own, numpy only: pyloudnorm (and the scipy it needs for
``lfilter``) cost ~70-100 MB of RSS and ~1 s of import for two biquads (issue #19).

K-weighting is the cascade of BS.1770's two biquads, a high shelf (+4 dB above ~1.5 kHz) and a
high pass (~38 Hz), designed for any sample rate as pyloudnorm's default meter designs them
(the RBJ cookbook's bilinear transforms of the analog shelf and high pass), so the numbers
the bot reports do not move. numpy has no ``lfilter``, so the cascade is applied by
overlap-save in the frequency domain: each segment's spectrum is multiplied by the cascade's
exact frequency response ``B(z)/A(z)`` at the FFT's bins. That is circular convolution with
the impulse response folded onto the FFT length; a pre-roll of ``P`` input samples, where the
impulse response has decayed below 1e-16 of its total, makes the folded-in and the cut-off
parts negligible, so the output equals ``lfilter``'s to float precision (zero initial state
included: the signal is preceded by ``P`` zeros). Segments keep temporary memory to about
3 MB however long the clip.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

FULL_SCALE = 32767
#: BS.1770 gates in 400 ms blocks; shorter audio has no integrated loudness.
MIN_LOUDNESS_SECONDS = 0.4
#: A sample this close to full scale counts as clipped (decoders clamp overs to full scale).
CLIP_LEVEL = FULL_SCALE - 1

#: Gating blocks are 400 ms long and start every 100 ms (75 % overlap).
_BLOCK_STEPS = 4
_STEP_SECONDS = MIN_LOUDNESS_SECONDS / _BLOCK_STEPS
_ABSOLUTE_GATE_LUFS = -70.0
_RELATIVE_GATE_LU = -10.0
#: Loudness of a block: -0.691 + 10 log10(mean square), full scale being 1.0.
_OFFSET = -0.691
#: The pre-roll P is where the slowest pole's r^P falls to this (see :func:`_filter`).
_TAIL_RADIUS_POWER = 1e-20
#: Samples per FFT segment (pre-roll included): 64 Ki float64, ~3 MB of temporaries.
_SEGMENT = 1 << 16

Biquad = tuple[tuple[float, float, float], tuple[float, float, float]]


def _high_shelf(rate: float, gain_db: float, q: float, fc: float) -> Biquad:
    a = 10 ** (gain_db / 40)
    w0 = 2 * math.pi * fc / rate
    cos, alpha = math.cos(w0), math.sin(w0) / (2 * q)
    root = 2 * math.sqrt(a) * alpha
    b = (
        a * ((a + 1) + (a - 1) * cos + root),
        -2 * a * ((a - 1) + (a + 1) * cos),
        a * ((a + 1) + (a - 1) * cos - root),
    )
    den = (
        (a + 1) - (a - 1) * cos + root,
        2 * ((a - 1) - (a + 1) * cos),
        (a + 1) - (a - 1) * cos - root,
    )
    return b, den


def _high_pass(rate: float, q: float, fc: float) -> Biquad:
    w0 = 2 * math.pi * fc / rate
    cos, alpha = math.cos(w0), math.sin(w0) / (2 * q)
    b = ((1 + cos) / 2, -(1 + cos), (1 + cos) / 2)
    return b, (1 + alpha, -2 * cos, 1 - alpha)


def k_weighting(rate: float) -> tuple[Biquad, Biquad]:
    """BS.1770's two biquads at ``rate``: high shelf (+4 dB, 1500 Hz, Q 1/sqrt 2), then high
    pass (38 Hz, Q 0.5), with pyloudnorm's parameters (unnormalised ``(b, a)``)."""
    return _high_shelf(rate, 4.0, 1 / math.sqrt(2), 1500.0), _high_pass(rate, 0.5, 38.0)


def _response(stages: tuple[Biquad, ...], n: int) -> npt.NDArray[np.complex128]:
    """The cascade's exact frequency response at the ``n // 2 + 1`` bins of an ``n``-point rfft."""
    z1 = np.exp(-2j * np.pi * np.arange(n // 2 + 1) / n)  # z^-1 on the unit circle
    z2 = z1 * z1
    out = np.ones(n // 2 + 1, dtype=np.complex128)
    for (b0, b1, b2), (a0, a1, a2) in stages:
        out *= (b0 + b1 * z1 + b2 * z2) / (a0 + a1 * z1 + a2 * z2)
    return out


@dataclass(frozen=True)
class _Filter:
    """K-weighting ready to apply at one rate: response per segment and the pre-roll."""

    response: npt.NDArray[np.complex128]
    preroll: int
    segment: int
    step: int


@lru_cache(maxsize=8)
def _filter(rate: int) -> _Filter:
    stages = k_weighting(rate)
    # The impulse response decays as n^k r^n, r the largest pole radius (the high pass's double
    # pole near 1 - 2 pi 38 / rate): r^P = 1e-20 leaves a tail below 1e-16 of the total
    # (about 0.19 s of pre-roll at any rate; tests/audio/test_loudness.py checks it).
    radius = max(float(np.max(np.abs(np.roots(a)))) for _, a in stages)
    preroll = math.ceil(math.log(_TAIL_RADIUS_POWER) / math.log(radius))
    step = round(_STEP_SECONDS * rate)
    segment = max(_SEGMENT, 1 << math.ceil(math.log2(2 * (preroll + step))))
    return _Filter(_response(stages, segment), preroll, segment, step)


def _step_energies(samples: np.ndarray, rate: int) -> npt.NDArray[np.float64]:
    """Sum of squares of the K-weighted signal (int16 units) over each whole 100 ms step."""
    filt = _filter(rate)
    step = filt.step
    steps = len(samples) // step
    # Output per segment: whole steps, what the FFT length leaves after the pre-roll.
    per_segment = (filt.segment - filt.preroll) // step
    out = np.empty(steps, dtype=np.float64)
    buffer = np.zeros(filt.segment, dtype=np.float64)
    for first in range(0, steps, per_segment):
        count = min(per_segment, steps - first)
        start, end = first * step, (first + count) * step
        lead = max(0, filt.preroll - start)  # zeros before the signal: lfilter's zero state
        buffer[:lead] = 0.0
        buffer[lead : filt.preroll + end - start] = samples[start - filt.preroll + lead : end]
        buffer[filt.preroll + end - start :] = 0.0
        spectrum = np.fft.rfft(buffer)
        spectrum *= filt.response  # in place: one segment's spectrum fewer at a time
        weighted = np.fft.irfft(spectrum, filt.segment)
        del spectrum
        body = weighted[filt.preroll : filt.preroll + end - start].reshape(count, step)
        out[first : first + count] = np.einsum("ij,ij->i", body, body)
    return out


def integrated_lufs(samples: np.ndarray, sample_rate: int) -> float:
    """Integrated loudness in LUFS (-inf for silence or audio shorter than one block).

    BS.1770-4: mean square of the K-weighted signal per 400 ms block (75 % overlap, whole
    blocks only), blocks gated at -70 LUFS, then at 10 LU below the loudness of those."""
    if len(samples) < MIN_LOUDNESS_SECONDS * sample_rate:
        return -math.inf
    energies = _step_energies(np.asarray(samples), sample_rate)
    blocks = len(energies) - _BLOCK_STEPS + 1
    if blocks < 1:
        return -math.inf
    block_energy = np.convolve(energies, np.ones(_BLOCK_STEPS), mode="valid")
    mean_square = block_energy / (_BLOCK_STEPS * _filter(sample_rate).step * 32768.0**2)
    with np.errstate(divide="ignore"):
        block_lufs = _OFFSET + 10 * np.log10(mean_square)
    gated = mean_square[block_lufs > _ABSOLUTE_GATE_LUFS]
    if not len(gated):
        return -math.inf
    relative = _OFFSET + 10 * math.log10(float(np.mean(gated))) + _RELATIVE_GATE_LU
    gated = mean_square[(block_lufs > _ABSOLUTE_GATE_LUFS) & (block_lufs > relative)]
    if not len(gated):
        return -math.inf
    return _OFFSET + 10 * math.log10(float(np.mean(gated)))


def frame_dbfs(samples: np.ndarray, frame_len: int) -> np.ndarray:
    """RMS level (dBFS) of each whole ``frame_len`` frame of int16 ``samples``.

    Squares summed exactly in int64 by ``einsum`` straight from the int16 frames (numpy casts
    in small buffers): no int64 or float64 copy of the signal, which would be 4x its size
    (issue #19: 20 concurrent /clone), and this runs on every decoded window.
    """
    count = len(samples) // frame_len
    frames = np.asarray(samples[: count * frame_len]).reshape(count, frame_len)
    sums = np.einsum("ij,ij->i", frames, frames, dtype=np.int64)
    rms = np.sqrt(sums / frame_len) / FULL_SCALE
    with np.errstate(divide="ignore"):
        db: np.ndarray = 20 * np.log10(np.maximum(rms, 1e-10))
        return db


def peak(samples: np.ndarray) -> int:
    """Largest magnitude of integer ``samples`` (32768 for -32768), without a widened copy."""
    if not len(samples):
        return 0
    return max(int(np.max(samples)), -int(np.min(samples)))


def peak_dbfs(samples: np.ndarray) -> float:
    top = peak(np.asarray(samples))
    return 20 * math.log10(top / FULL_SCALE) if top > 0 else -math.inf


def count_clipped(samples: np.ndarray) -> int:
    """Samples at (or within one step of) full scale, either sign; compares the int16 values
    themselves (one byte per sample of temporaries, not an int32 copy)."""
    samples = np.asarray(samples)
    return int(np.count_nonzero(samples >= CLIP_LEVEL)) + int(
        np.count_nonzero(samples <= -CLIP_LEVEL)
    )


def clipped_fraction(samples: np.ndarray) -> float:
    """Share of samples at (or within one step of) full scale."""
    if not len(samples):
        return 0.0
    return float(count_clipped(samples)) / len(samples)
