"""The server's voice library and spoken previews: domain logic, no Discord."""

from .access import Actor
from .library import Erasure, LibraryPage, VoiceLibrary
from .previews import Preview, PreviewConfig, PreviewService, preview_text
from .sentences import default_sentence

__all__ = [
    "Actor",
    "Erasure",
    "LibraryPage",
    "Preview",
    "PreviewConfig",
    "PreviewService",
    "VoiceLibrary",
    "default_sentence",
    "preview_text",
]
