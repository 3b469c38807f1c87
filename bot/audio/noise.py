"""Noise floor and signal-to-noise ratio from 20 ms frame levels and a speech mask."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

#: The noise floor is the mean power of the quietest frames (this share of them)...
QUIET_SHARE = 0.10
#: ...unless at least this many frames are not speech: then those frames are the noise.
MIN_NOISE_FRAMES = 25
FLOOR_DBFS = -100.0
MAX_SNR_DB = 60.0


@dataclass(frozen=True)
class NoiseEstimate:
    floor_dbfs: float
    speech_dbfs: float
    snr_db: float


def _power(db: np.ndarray) -> float:
    return float(np.mean(np.power(10.0, db / 10))) if len(db) else 0.0


def _db(power: float) -> float:
    return 10 * math.log10(power) if power > 0 else FLOOR_DBFS


def estimate(frame_dbfs: np.ndarray, speech: np.ndarray) -> NoiseEstimate:
    """Speech level over the speech frames; noise from the pauses (else the quietest tenth);
    the SNR subtracts the noise's share from the speech frames' power."""
    n = min(len(frame_dbfs), len(speech))
    db, mask = frame_dbfs[:n], np.asarray(speech[:n], dtype=bool)
    pauses = db[~mask]
    if len(pauses) >= MIN_NOISE_FRAMES:
        quiet = pauses[pauses <= np.percentile(pauses, 50)]
    else:
        quiet = np.sort(db)[: max(1, int(n * QUIET_SHARE))]
    noise = _power(quiet)
    speech_power = _power(db[mask]) if mask.any() else _power(db)
    floor = max(FLOOR_DBFS, _db(noise))
    if noise <= 10 ** (FLOOR_DBFS / 10):
        snr = MAX_SNR_DB
    else:
        snr = _db(max(speech_power - noise, 1e-12)) - _db(noise)
    return NoiseEstimate(floor, _db(speech_power), float(min(MAX_SNR_DB, snr)))
