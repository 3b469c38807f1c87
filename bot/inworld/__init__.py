"""Inworld Voice API: typed client, request/response models and errors."""

from .client import InworldClient, RetryPolicy
from .errors import InworldError
from .languages import LANGUAGES, language_name
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
    "Voice",
    "VoicePage",
    "language_name",
]
