"""Small builders shared by unit tests."""

from __future__ import annotations

from typing import Any

from bot.audio import ProcessedSample


def processed_sample(**overrides: Any) -> ProcessedSample:
    """A ProcessedSample with plausible facts; override what a test is about."""
    values: dict[str, Any] = {
        "wav": b"RIFF....WAVE",
        "sample_rate": 24000,
        "seconds": 12.0,
        "speech_seconds": 11.0,
        "original_seconds": 40.0,
        "container": "mp3",
        "codec": "mp3",
        "peak_dbfs": -1.0,
        "clipped_fraction": 0.0,
        "gain_db": 3.0,
        "sha256": "0" * 64,
        "input_bytes": 1000,
        "truncated": False,
    }
    values.update(overrides)
    return ProcessedSample(**values)
