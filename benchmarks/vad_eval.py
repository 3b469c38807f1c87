"""Which speech detector picks speech better: today's frame energy or WebRTC's VAD?

Generated clips (tests.audio.mixtures): three espeak-ng sentences at known positions over white
noise or synthetic music at known signal-to-noise ratios. Ground truth per 20 ms frame: the
clean speech's frame is louder than -45 dBFS, gaps up to 300 ms bridged. Each detector's mask
is bridged the same way, then scored frame by frame (precision, recall, F1).

Usage: python benchmarks/vad_eval.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from scipy.signal import resample_poly

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.audio.errors import SilentAudio  # noqa: E402
from bot.audio.loudness import frame_dbfs  # noqa: E402
from bot.audio.speech import FRAME_MS, FULL_SCALE, _speech_mask  # noqa: E402
from tests.audio import mixtures  # noqa: E402

Detector = Callable[[np.ndarray], np.ndarray]


def pcm16(samples: np.ndarray) -> np.ndarray:
    return np.asarray(np.clip(samples * FULL_SCALE, -32768, 32767), dtype=np.int16)


def energy(samples: np.ndarray) -> np.ndarray:
    pcm = pcm16(samples)
    db = frame_dbfs(pcm, mixtures.FRAME)
    try:
        return _speech_mask(db)
    except SilentAudio:
        return np.zeros(len(db), dtype=bool)


def webrtc(mode: int) -> Detector:
    import webrtcvad

    vad = webrtcvad.Vad(mode)

    def detect(samples: np.ndarray) -> np.ndarray:
        pcm = pcm16(resample_poly(samples, 2, 3)).tobytes()  # 24 kHz -> 16 kHz
        step = 16_000 * FRAME_MS // 1000 * 2
        flags = [
            vad.is_speech(pcm[i : i + step], 16_000) for i in range(0, len(pcm) - step + 1, step)
        ]
        return mixtures.bridge(np.asarray(flags, dtype=bool))

    return detect


def adopted(samples: np.ndarray) -> np.ndarray:
    """What the pipeline uses: loud enough for the clip and voiced (bot.audio.speech)."""
    from bot.audio.vad import voiced_frames

    pcm = pcm16(samples)
    db = frame_dbfs(pcm, mixtures.FRAME)
    try:
        return _speech_mask(db, voiced_frames(pcm, mixtures.RATE))
    except SilentAudio:
        return np.zeros(len(db), dtype=bool)


def score(pred: np.ndarray, truth: np.ndarray) -> tuple[float, float, float]:
    n = min(len(pred), len(truth))
    pred, truth = pred[:n], truth[:n]
    tp = float(np.count_nonzero(pred & truth))
    precision = tp / max(1.0, float(np.count_nonzero(pred)))
    recall = tp / max(1.0, float(np.count_nonzero(truth)))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


CONDITIONS = [
    ("clean", "none", None),
    ("white noise", "white", 20.0),
    ("white noise", "white", 10.0),
    ("white noise", "white", 5.0),
    ("music", "music", 20.0),
    ("music", "music", 10.0),
    ("music", "music", 5.0),
]


def main() -> int:
    detectors: dict[str, Detector] = {
        "frame energy (today)": energy,
        "webrtcvad mode 2": webrtc(2),
        "webrtcvad mode 3": webrtc(3),
        "energy + webrtcvad 3 (adopted)": adopted,
    }
    seeds = (1, 2, 3)
    print("| input | SNR (dB) | detector | precision | recall | F1 | ms per 20 s |")
    print("|---|---:|---|---:|---:|---:|---:|")
    totals: dict[str, list[float]] = {name: [] for name in detectors}
    for label, background, snr in CONDITIONS:
        clips = [mixtures.mix(background, snr, seed=s) for s in seeds]
        for name, detect in detectors.items():
            scores = []
            started = time.perf_counter()
            for clip in clips:
                scores.append(score(detect(clip.samples), clip.truth))
            ms = (time.perf_counter() - started) * 1000 / len(clips)
            p, r, f = (float(np.mean([s[i] for s in scores])) for i in range(3))
            totals[name].append(f)
            shown = "-" if snr is None else f"{snr:g}"
            print(f"| {label} | {shown} | {name} | {p:.2f} | {r:.2f} | {f:.2f} | {ms:.1f} |")
    print()
    for name, fs in totals.items():
        print(f"mean F1 {name}: {np.mean(fs):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
