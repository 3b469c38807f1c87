"""Speech mixed with noise or music at known positions and ratios, with frame ground truth.

Generated (espeak-ng + numpy), never committed. Used by the VAD evaluation
(``benchmarks/vad_eval.py``) and the quality-metric tests.
"""

from __future__ import annotations

import itertools
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.signal import resample_poly

from tests.audio import fixtures as fx

RATE = 24_000
FRAME_MS = 20
FRAME = RATE * FRAME_MS // 1000
#: A frame of the clean speech louder than this (dBFS) is speech in the ground truth.
TRUTH_FLOOR_DBFS = -45.0
BRIDGE_FRAMES = 300 // FRAME_MS

_SENTENCES = (
    "The quick brown fox jumps over the lazy dog near the river bank.",
    "Yesterday we walked along the harbour and watched the boats come in.",
    "Seven bright lanterns were hung along the old stone bridge.",
)
_cache: dict[int, np.ndarray] = {}


@dataclass(frozen=True)
class Mixture:
    """``samples`` in [-1, 1] at ``RATE``; ``truth`` has one bool per 20 ms frame."""

    samples: np.ndarray
    truth: np.ndarray
    speech_rms_dbfs: float
    background_rms_dbfs: float

    def wav(self, path: Path) -> Path:
        fx.write_wav(path, self.samples, RATE)
        return path


def sentence(index: int) -> np.ndarray:
    """One espeak-ng sentence at RATE, peak -3 dBFS."""
    if index not in _cache:
        with tempfile.TemporaryDirectory() as tmp:
            raw = Path(tmp) / "s.wav"
            subprocess.run(
                [fx.ESPEAK, "-v", "en", "-s", "160", "-w", str(raw), _SENTENCES[index]],
                capture_output=True,
                timeout=60,
                check=True,
            )
            samples, rate = fx.read_wav(raw)
        mono = resample_poly(samples.mean(axis=1), RATE, rate)
        mono = mono * (10 ** (-3 / 20) / float(np.max(np.abs(mono))))
        _cache[index] = np.asarray(mono, dtype=np.float64)
    return _cache[index]


def frame_dbfs(samples: np.ndarray) -> np.ndarray:
    count = len(samples) // FRAME
    frames = samples[: count * FRAME].reshape(count, FRAME)
    rms = np.sqrt(np.mean(frames * frames, axis=1))
    return np.asarray(20 * np.log10(np.maximum(rms, 1e-10)))


def bridge(mask: np.ndarray, frames: int = BRIDGE_FRAMES) -> np.ndarray:
    """Fill gaps of at most ``frames`` between True frames (as the pipeline does)."""
    out = mask.copy()
    idx = np.flatnonzero(out)
    for start, end in itertools.pairwise(idx):
        if 1 < end - start <= frames + 1:
            out[start:end] = True
    return out


def white(n: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal(n)


def music(n: int, seed: int) -> np.ndarray:
    """Chords that change every 0.5 s over a kick drum on every beat (120 bpm)."""
    rng = np.random.default_rng(seed)
    t = np.arange(n) / RATE
    out = np.zeros(n)
    beat = RATE // 2
    roots = rng.choice([110.0, 130.8, 146.8, 164.8, 196.0], size=n // beat + 1)
    for i, root in enumerate(roots):
        a, b = i * beat, min(n, (i + 1) * beat)
        if a >= b:
            break
        seg = t[a:b]
        for ratio in (1.0, 1.25, 1.5, 2.0, 3.0):
            out[a:b] += np.sin(2 * np.pi * root * ratio * seg) / ratio
        env = np.exp(-(seg - seg[0]) * 18)
        out[a:b] += 2.0 * env * np.sin(2 * np.pi * 60 * (seg - seg[0]))
    return out


def mix(
    background: str,
    snr_db: float | None,
    *,
    seconds: float = 20.0,
    starts: tuple[float, ...] = (1.5, 8.0, 14.0),
    seed: int = 7,
) -> Mixture:
    """Three sentences at ``starts`` (s) over ``background`` ("white", "music" or "none"),
    the background ``snr_db`` below the speech's active RMS (None: no background)."""
    n = int(seconds * RATE)
    speech = np.zeros(n)
    for i, start in enumerate(starts):
        s = sentence(i % len(_SENTENCES))
        a = int(start * RATE)
        speech[a : a + len(s)] += s[: n - a]
    levels = frame_dbfs(speech)
    truth = bridge(levels > TRUTH_FLOOR_DBFS)
    active = levels[levels > TRUTH_FLOOR_DBFS]
    speech_db = float(10 * np.log10(np.mean(10 ** (active / 10))))
    bg = np.zeros(n)
    bg_db = -np.inf
    if snr_db is not None and background != "none":
        raw = white(n, seed) if background == "white" else music(n, seed)
        bg_db = speech_db - snr_db
        bg = raw * (10 ** (bg_db / 20) / float(np.sqrt(np.mean(raw * raw))))
    total = speech + bg
    peak = float(np.max(np.abs(total)))
    if peak > 0.99:
        scale = 0.99 / peak
        total *= scale
        speech_db += 20 * np.log10(scale)
        bg_db += 20 * np.log10(scale)
    return Mixture(total, truth, speech_db, float(bg_db))
