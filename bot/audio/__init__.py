"""The audio pipeline: untrusted attachment bytes in, one API-ready WAV sample out."""

from .errors import (
    AudioError,
    AudioTimeout,
    EmptyFile,
    NoAudioStream,
    NotAudio,
    SilentAudio,
    TooShortAudio,
    UndecodableAudio,
    UnsupportedFormat,
)
from .pipeline import AudioLimits, AudioPipeline, ProcessedSample

__all__ = [
    "AudioError",
    "AudioLimits",
    "AudioPipeline",
    "AudioTimeout",
    "EmptyFile",
    "NoAudioStream",
    "NotAudio",
    "ProcessedSample",
    "SilentAudio",
    "TooShortAudio",
    "UndecodableAudio",
    "UnsupportedFormat",
]
