"""Inworld Voice API: typed client, request/response models and errors."""

from .client import InworldClient, RetryPolicy, StreamEncoding
from .errors import InworldError
from .languages import LANGUAGES, language_label, language_name
from .models import (
    CloneRequest,
    CloneResult,
    CloneSample,
    SampleValidation,
    Speech,
    Voice,
    VoicePage,
)
from .redact import Redactor
from .streaming import SpeechStream, StreamLimits

__all__ = [
    "LANGUAGES",
    "CloneRequest",
    "CloneResult",
    "CloneSample",
    "InworldClient",
    "InworldError",
    "Redactor",
    "RetryPolicy",
    "SampleValidation",
    "Speech",
    "SpeechStream",
    "StreamEncoding",
    "StreamLimits",
    "Voice",
    "VoicePage",
    "language_label",
    "language_name",
]
