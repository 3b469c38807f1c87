"""The audio pipeline: untrusted attachment bytes in, one API-ready WAV sample out.

Only the errors are imported eagerly. The pipeline and the quality report are loaded on first
use (PEP 562): their leaves import numpy and pydub, tens of MB of RSS the idle bot and
``python -m bot check`` do not need (issue #19).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .errors import (
    AudioError,
    AudioTimeout,
    EmptyFile,
    MostlyNoise,
    NoAudioStream,
    NotAudio,
    PoorSample,
    SilentAudio,
    TooShortAudio,
    UndecodableAudio,
    UnsupportedFormat,
)

if TYPE_CHECKING:
    from .pipeline import AudioLimits, AudioPipeline, ProcessedSample
    from .quality import QualityReport

#: Names loaded on first access, and the submodule each comes from.
_LAZY = {
    "AudioLimits": "pipeline",
    "AudioPipeline": "pipeline",
    "ProcessedSample": "pipeline",
    "QualityReport": "quality",
}

__all__ = [
    "AudioError",
    "AudioLimits",
    "AudioPipeline",
    "AudioTimeout",
    "EmptyFile",
    "MostlyNoise",
    "NoAudioStream",
    "NotAudio",
    "PoorSample",
    "ProcessedSample",
    "QualityReport",
    "SilentAudio",
    "TooShortAudio",
    "UndecodableAudio",
    "UnsupportedFormat",
]


if not TYPE_CHECKING:  # hidden from mypy, which would type every unknown name as object

    def __getattr__(name: str) -> object:
        """``from bot.audio import AudioPipeline``: import the submodule that defines it."""
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value
