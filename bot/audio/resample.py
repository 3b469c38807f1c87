"""Rational-ratio resampling in numpy: a Kaiser-windowed sinc low-pass, applied polyphase.

It replaces ``scipy.signal.resample_poly`` (issue #19: scipy costs ~70-100 MB of RSS) where the
bot converts rates: the VAD's fallback to 16 kHz (``bot.audio.vad``) and the consent
recogniser's 16 kHz input (``bot.consent.recognize_worker``, usually from 24 kHz).

The filter, at the upsampled rate ``up * rate_in``, relative to the lower of the two Nyquist
frequencies ``fn``: pass band up to 0.85 fn (ripple under 0.01 dB), -6 dB at 0.925 fn, stop
band from fn on at least 60 dB down (Kaiser beta 5.65). About 150 / max(1, up / down) taps
per output sample at any ratio (73 per output for 24 -> 16 kHz, 146 for 48 -> 16 kHz). So at
16 kHz speech keeps 0-6.8 kHz, all a recogniser or a VAD uses, and nothing above 8 kHz folds
back into it. Like scipy's, output sample ``k`` is at input time ``k * down / up`` (the filter's
delay is compensated) and there are ``ceil(len * up / down)`` of them.

Each output sample is the dot product of ``taps`` input samples with one of ``up`` phases of
the filter; outputs sharing a phase read input windows ``down`` apart, so each phase is one
matrix-vector product over a strided view of the input, taken in chunks of rows to keep the
temporary float64 copy under ~0.5 MB.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

#: Stop-band attenuation (dB) and the Kaiser window that gives it.
STOPBAND_DB = 60.0
_BETA = 0.1102 * (STOPBAND_DB - 8.7)
#: Pass-band edge and stop-band edge, as fractions of the lower Nyquist frequency.
PASS_EDGE = 0.85
STOP_EDGE = 1.0
#: Elements (rows x taps) of the float64 chunk each matrix-vector product reads.
_CHUNK = 1 << 16


@lru_cache(maxsize=8)
def _design(up: int, down: int) -> tuple[npt.NDArray[np.float64], int]:
    """The filter split into ``up`` phases, each reversed for a dot product with a window,
    and its centre (its delay, in upsampled samples)."""
    # Normalised to the upsampled rate: the lower Nyquist is 0.5 / max(up, down).
    nyquist = 0.5 / max(up, down)
    cutoff = nyquist * (PASS_EDGE + STOP_EDGE) / 2
    width = 2 * math.pi * nyquist * (STOP_EDGE - PASS_EDGE)  # rad / sample
    half = math.ceil((STOPBAND_DB - 8) / (2.285 * width) / 2)  # Kaiser's length estimate
    n = np.arange(-half, half + 1)
    taps = 2 * cutoff * np.sinc(2 * cutoff * n) * np.kaiser(2 * half + 1, _BETA)
    per_phase = math.ceil((2 * half + 1) / up)
    padded = np.zeros(per_phase * up)
    padded[: 2 * half + 1] = taps
    # Phase p holds taps p, p + up, ...; each phase sums to 1 so DC comes out exactly.
    phases = padded.reshape(per_phase, up).T
    phases = phases / phases.sum(axis=1, keepdims=True)
    return np.ascontiguousarray(phases[:, ::-1]), half


def resample(samples: np.ndarray, rate_in: int, rate_out: int) -> npt.NDArray[np.float64]:
    """``samples`` (1-D, any numeric dtype) from ``rate_in`` to ``rate_out`` Hz, as float64."""
    x = np.asarray(samples)
    if x.ndim != 1:
        raise ValueError("resample takes one channel (a 1-D array)")
    if rate_in <= 0 or rate_out <= 0:
        raise ValueError("sample rates must be positive")
    g = math.gcd(rate_in, rate_out)
    up, down = rate_out // g, rate_in // g
    if up == down:
        return x.astype(np.float64)
    count = -(-len(x) * up // down)
    out = np.empty(count, dtype=np.float64)
    if count == 0:
        return out
    phases, centre = _design(up, down)
    taps = phases.shape[1]
    # Zeros around the input: windows may start before it and end after it.
    padded = np.zeros(len(x) + 2 * taps, dtype=x.dtype)
    padded[taps : taps + len(x)] = x
    windows = sliding_window_view(padded, taps)
    rows = max(1, _CHUNK // taps)
    for first in range(min(up, count)):
        # Outputs first, first + up, ...: same phase, input windows `down` apart.
        position = centre + first * down
        newest, phase = divmod(position, up)  # newest input sample the output reads
        outputs = out[first::up]
        strided = windows[newest + 1 :: down]
        for start in range(0, len(outputs), rows):
            stop = min(start + rows, len(outputs))
            outputs[start:stop] = strided[start:stop] @ phases[phase]
    return out
