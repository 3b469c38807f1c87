"""The audio pipeline: untrusted attachment bytes in, one API-ready WAV sample out."""

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
from .pipeline import AudioLimits, AudioPipeline, ProcessedSample
from .quality import QualityReport

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
