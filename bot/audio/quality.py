"""The quality report of one processed sample, its verdict and tips, and the gate.

Measured on the processed audio (what would be sent): seconds kept and of speech, integrated
loudness (BS.1770), peak, noise floor and SNR; clipping is a property of the input (the output
is normalised below full scale), so it is measured on the decoded input. A sample that cannot
make a usable clone is refused here, before any quota is spent.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any, Literal

import numpy as np

from . import loudness, noise
from .errors import PoorSample

Verdict = Literal["good", "usable", "poor"]

FRAME_MS = 20

#: More clipped samples than this is refused; more than WARN_CLIPPED is "usable".
MAX_CLIPPED = 0.02
WARN_CLIPPED = 0.001
#: Below MIN_SNR_DB the sample is mostly noise; below GOOD_SNR_DB it is only usable.
MIN_SNR_DB = 3.0
GOOD_SNR_DB = 15.0
GOOD_SPEECH_SECONDS = 8.0
#: The input needed this much gain: it was recorded far from the microphone (or too softly).
QUIET_INPUT_GAIN_DB = 15.0

TIP_CLOSER = "Move closer to the microphone (about a hand's width) or speak up."
TIP_LONGER = "Record 10-15 s of varied, expressive speech in one language."
TIP_QUIET_ROOM = "Turn off music and the TV, and record in a quiet room."
TIP_CLIPPING = "Lower the microphone gain or move back a little: the loudest parts are clipped."


@dataclass(frozen=True)
class QualityReport:
    seconds: float
    speech_seconds: float
    lufs: float
    peak_dbfs: float
    clipped_fraction: float
    noise_floor_dbfs: float
    snr_db: float
    gain_db: float
    verdict: Verdict
    tips: tuple[str, ...]
    #: [start, end) seconds of speech in the processed sample.
    speech_regions: tuple[tuple[float, float], ...]
    #: Where the processed sample came from in the decoded input, and that input's length.
    window: tuple[float, float]
    input_seconds: float

    @property
    def input_lufs(self) -> float:
        """The loudness the member recorded at (before the pipeline's gain)."""
        return self.lufs - self.gain_db

    def summary(self) -> str:
        """One line for an embed."""
        lufs = f"{self.lufs:.1f} LUFS" if math.isfinite(self.lufs) else "- LUFS"
        return (
            f"**{self.verdict}**: {self.speech_seconds:.1f} s speech of {self.seconds:.1f} s, "
            f"{lufs}, SNR {self.snr_db:.0f} dB, noise {self.noise_floor_dbfs:.0f} dBFS, "
            f"{self.clipped_fraction:.2%} clipped"
        )

    def as_facts(self) -> dict[str, Any]:
        """JSON-safe (infinities as None)."""
        facts = asdict(self)
        for key, value in facts.items():
            if isinstance(value, float) and not math.isfinite(value):
                facts[key] = None
        facts["tips"] = list(self.tips)
        facts["speech_regions"] = [list(r) for r in self.speech_regions]
        facts["window"] = list(self.window)
        return facts

    @classmethod
    def from_facts(cls, facts: dict[str, Any]) -> QualityReport:
        def num(key: str) -> float:
            value = facts.get(key)
            return -math.inf if value is None else float(value)

        verdict = facts.get("verdict")
        return cls(
            seconds=num("seconds"),
            speech_seconds=num("speech_seconds"),
            lufs=num("lufs"),
            peak_dbfs=num("peak_dbfs"),
            clipped_fraction=num("clipped_fraction"),
            noise_floor_dbfs=num("noise_floor_dbfs"),
            snr_db=num("snr_db"),
            gain_db=num("gain_db"),
            verdict=verdict if verdict in ("good", "usable", "poor") else "usable",
            tips=tuple(str(t) for t in facts.get("tips") or ()),
            speech_regions=tuple(
                (float(a), float(b)) for a, b in facts.get("speech_regions") or ()
            ),
            window=_pair(facts.get("window")),
            input_seconds=num("input_seconds"),
        )


def _pair(value: Any) -> tuple[float, float]:
    if isinstance(value, list | tuple) and len(value) == 2:
        return float(value[0]), float(value[1])
    return 0.0, 0.0


def regions_of(speech_frames: tuple[bool, ...]) -> tuple[tuple[float, float], ...]:
    padded = np.concatenate(([False], np.asarray(speech_frames, dtype=bool), [False]))
    edges = np.flatnonzero(np.diff(padded.astype(np.int8)))
    step = FRAME_MS / 1000
    return tuple(
        (round(float(a) * step, 3), round(float(b) * step, 3))
        for a, b in zip(edges[::2], edges[1::2], strict=True)
    )


def _verdict(
    speech_seconds: float, snr_db: float, clipped: float, gain_db: float
) -> tuple[Verdict, tuple[str, ...], str | None]:
    """The verdict, its tips (most important first) and, when poor, the problem."""
    tips: list[str] = []
    problem: str | None = None
    usable = True
    if clipped > MAX_CLIPPED:
        problem = f"That recording is badly clipped ({clipped:.1%} of it is distorted)."
        tips.append(TIP_CLIPPING)
    elif clipped > WARN_CLIPPED:
        usable = False
        tips.append(TIP_CLIPPING)
    if snr_db < MIN_SNR_DB:
        problem = problem or (
            f"That recording is mostly noise (speech only {snr_db:.0f} dB above it)."
        )
        tips.append(TIP_QUIET_ROOM)
    elif snr_db < GOOD_SNR_DB:
        usable = False
        tips.append(TIP_QUIET_ROOM)
    if gain_db > QUIET_INPUT_GAIN_DB:
        usable = False
        tips.append(TIP_CLOSER)
    if speech_seconds < GOOD_SPEECH_SECONDS:
        usable = False
        tips.append(TIP_LONGER)
    if problem is not None:
        return "poor", tuple(tips), problem
    return ("good" if usable else "usable"), tuple(tips), None


def assess(
    samples: np.ndarray,
    sample_rate: int,
    speech_frames: tuple[bool, ...],
    *,
    input_clipped: float,
    gain_db: float,
    window: tuple[float, float],
    input_seconds: float,
) -> tuple[QualityReport, str | None]:
    """The report of the processed int16 ``samples``; the problem when it must be refused."""
    db = loudness.frame_dbfs(samples, sample_rate * FRAME_MS // 1000)
    count = len(db)
    est = noise.estimate(db, np.asarray(speech_frames[:count], dtype=bool))
    speech_seconds = sum(speech_frames) * FRAME_MS / 1000
    verdict, tips, problem = _verdict(speech_seconds, est.snr_db, input_clipped, gain_db)
    report = QualityReport(
        seconds=round(len(samples) / sample_rate, 3),
        speech_seconds=round(speech_seconds, 3),
        lufs=loudness.integrated_lufs(samples, sample_rate),
        peak_dbfs=loudness.peak_dbfs(samples),
        clipped_fraction=input_clipped,
        noise_floor_dbfs=est.floor_dbfs,
        snr_db=est.snr_db,
        gain_db=gain_db,
        verdict=verdict,
        tips=tips,
        speech_regions=regions_of(speech_frames),
        window=(round(window[0], 3), round(window[1], 3)),
        input_seconds=round(input_seconds, 3),
    )
    return report, problem


def gate(report: QualityReport, problem: str | None) -> None:
    """Refuse a poor sample with its most useful tip."""
    if problem is not None:
        raise PoorSample(problem, " ".join(report.tips[:2]))
