"""A PNG of a processed sample: its waveform, speech shaded, where it was kept from, and the
report's loudness and verdict in the legend.

Pillow draws it directly (a few milliseconds; matplotlib would take far longer to import and
draw). The background is opaque and neutral, so it reads the same on Discord's dark and light
themes. Synchronous: callers run it in a worker thread.
"""

from __future__ import annotations

import io
import math
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from .quality import QualityReport

WIDTH = 800
HEIGHT = 260
BACKGROUND = (36, 38, 43)
PANEL = (46, 49, 55)
TEXT = (230, 232, 236)
MUTED = (160, 165, 174)
WAVE = (222, 226, 233)
SPEECH = (62, 96, 150)
TIMELINE = (84, 88, 97)
KEPT = (240, 178, 50)
VERDICT_COLOURS = {"good": (59, 165, 92), "usable": (250, 166, 26), "poor": (237, 66, 69)}

_LEFT, _RIGHT = 12, WIDTH - 12
_STRIP_TOP, _STRIP_BOTTOM = 36, 46
_WAVE_TOP, _WAVE_BOTTOM = 58, 226
_AXIS = 232


FontType = ImageFont.FreeTypeFont | ImageFont.ImageFont


@lru_cache(maxsize=2)
def _font(size: int) -> FontType:
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without FreeType sizes
        return ImageFont.load_default()


def _columns(samples: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Min and max of each pixel column, in [-1, 1]."""
    data = np.asarray(samples, dtype=np.float32) / 32768.0
    if len(data) < width:
        data = np.pad(data, (0, width - len(data)))
    per = len(data) // width
    cols = data[: per * width].reshape(width, per)
    return cols.min(axis=1), cols.max(axis=1)


def _tick_step(seconds: float) -> float:
    for step in (0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0):
        if seconds / step <= 12:
            return step
    return 120.0


def _fmt(value: float, unit: str, digits: int = 1) -> str:
    return f"{value:.{digits}f} {unit}" if math.isfinite(value) else f"- {unit}"


def render(samples: np.ndarray, sample_rate: int, report: QualityReport) -> bytes:
    """The PNG (WIDTH x HEIGHT) of the int16 mono ``samples`` the report describes."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    small, large = _font(12), _font(15)
    span = _RIGHT - _LEFT
    seconds = max(len(samples) / sample_rate, 1e-3)

    # Legend: verdict, loudness and the rest of the report.
    colour = VERDICT_COLOURS.get(report.verdict, MUTED)
    draw.rounded_rectangle((_LEFT, 8, _LEFT + 74, 28), radius=5, fill=colour)
    draw.text((_LEFT + 37, 18), report.verdict.upper(), fill=(16, 16, 16), font=large, anchor="mm")
    legend = "   ".join(
        (
            _fmt(report.lufs, "LUFS"),
            f"SNR {report.snr_db:.0f} dB",
            f"noise {report.noise_floor_dbfs:.0f} dBFS",
            f"peak {_fmt(report.peak_dbfs, 'dBFS')}",
            f"{report.clipped_fraction:.2%} clipped",
            f"speech {report.speech_seconds:.1f} / {report.seconds:.1f} s",
        )
    )
    draw.text((_LEFT + 86, 18), legend, fill=TEXT, font=large, anchor="lm")

    # Where the sample was kept from, on the decoded input's timeline.
    total = max(report.input_seconds, report.window[1], 1e-3)
    draw.rectangle((_LEFT, _STRIP_TOP, _RIGHT, _STRIP_BOTTOM), fill=TIMELINE)
    a = _LEFT + span * report.window[0] / total
    b = _LEFT + span * report.window[1] / total
    draw.rectangle((a, _STRIP_TOP, max(a + 2, b), _STRIP_BOTTOM), fill=KEPT)

    # The waveform, speech regions shaded behind it.
    draw.rectangle((_LEFT, _WAVE_TOP, _RIGHT, _WAVE_BOTTOM), fill=PANEL)
    for start, end in report.speech_regions:
        x0 = _LEFT + span * min(start, seconds) / seconds
        x1 = _LEFT + span * min(end, seconds) / seconds
        draw.rectangle((x0, _WAVE_TOP, max(x0 + 1, x1), _WAVE_BOTTOM), fill=SPEECH)
    mid = (_WAVE_TOP + _WAVE_BOTTOM) / 2
    half = (_WAVE_BOTTOM - _WAVE_TOP) / 2 - 2
    lows, highs = _columns(samples, span)
    for col, (low, high) in enumerate(zip(lows.tolist(), highs.tolist(), strict=True)):
        draw.line((_LEFT + col, mid - high * half, _LEFT + col, mid - low * half), fill=WAVE)
    draw.line((_LEFT, mid, _RIGHT, mid), fill=MUTED)

    # Time axis and the key.
    step = _tick_step(seconds)
    tick = 0.0
    while tick <= seconds + 1e-6:
        x = _LEFT + span * tick / seconds
        draw.line((x, _WAVE_BOTTOM, x, _AXIS), fill=MUTED)
        draw.text((x, _AXIS + 1), f"{tick:g}s", fill=MUTED, font=small, anchor="mt")
        tick += step
    key_y = HEIGHT - 10
    x = _RIGHT - 330.0
    for swatch, label in (
        (SPEECH, "speech"),
        (KEPT, f"kept {report.window[0]:.1f}-{report.window[1]:.1f} s of {total:.1f} s input"),
    ):
        draw.rectangle((x, key_y - 5, x + 10, key_y + 5), fill=swatch)
        draw.text((x + 14, key_y), label, fill=TEXT, font=small, anchor="lm")
        x += 80
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=3)
    return buffer.getvalue()


def render_wav(wav: bytes, report: QualityReport) -> bytes:
    """The PNG of a processed sample's WAV (mono 16-bit, as the pipeline writes it)."""
    import wave

    with wave.open(io.BytesIO(wav), "rb") as reader:
        rate = reader.getframerate()
        frames = reader.readframes(reader.getnframes())
    return render(np.frombuffer(frames, dtype="<i2"), rate, report)
