"""Inworld Voice API: typed client, request/response models and errors."""

from .client import InworldClient, RetryPolicy
from .errors import InworldError
from .languages import LANGUAGES, language_name
from .models import CloneRequest, CloneResult, CloneSample, SampleValidation, Voice

__all__ = [
    "LANGUAGES",
    "CloneRequest",
    "CloneResult",
    "CloneSample",
    "InworldClient",
    "InworldError",
    "RetryPolicy",
    "SampleValidation",
    "Voice",
    "language_name",
]
