"""Audio failures, each carrying a message fit to show the member who sent the file."""

from __future__ import annotations


class AudioError(Exception):
    """Base class: ``user_message`` is friendly, specific and safe to show in Discord."""

    default_message = "That file could not be used as a voice sample."

    def __init__(self, user_message: str | None = None, *, detail: str | None = None) -> None:
        self.user_message = user_message or self.default_message
        self.detail = detail
        super().__init__(self.user_message if detail is None else f"{self.user_message} ({detail})")


class EmptyFile(AudioError):
    default_message = "That file is empty (0 bytes). Please attach a recording of your voice."


class NotAudio(AudioError):
    """The bytes are plainly something else: text, an image, a document, a playlist..."""

    def __init__(self, kind: str, user_message: str | None = None) -> None:
        self.kind = kind
        super().__init__(
            user_message
            or f"That file looks like {kind}, not audio. Please attach a voice recording "
            "(a voice message, MP3, WAV, OGG, M4A, FLAC or WebM).",
            detail=kind,
        )


class UnsupportedFormat(AudioError):
    default_message = (
        "That file type is not supported for voice samples. Please send a plain audio file "
        "(voice message, MP3, WAV, OGG, M4A, FLAC or WebM)."
    )


class NoAudioStream(AudioError):
    default_message = (
        "That file has no audio track (a silent video or an image?). "
        "Please attach a recording of your voice."
    )


class UndecodableAudio(AudioError):
    default_message = (
        "That audio file could not be decoded: it looks corrupted or truncated. "
        "Please export or record it again and retry."
    )


class SilentAudio(AudioError):
    default_message = (
        "No speech was found in that recording: it is silent or only quiet noise. "
        "Please record yourself speaking clearly."
    )


class MostlyNoise(AudioError):
    """Sound, but hardly any voice in it: music, noise, a crowd."""

    def __init__(self, speech_seconds: float) -> None:
        self.speech_seconds = speech_seconds
        super().__init__(
            f"That recording is mostly noise or music: only {speech_seconds:.1f} s of it is "
            "a voice. Turn off music and other sounds, move closer to the microphone and "
            "record 10-15 s of your own speech.",
        )


class PoorSample(AudioError):
    """The quality report says the sample cannot make a usable clone (see ``quality``)."""

    def __init__(self, problem: str, tip: str) -> None:
        self.problem = problem
        self.tip = tip
        super().__init__(f"{problem} {tip}".strip())


class TooShortAudio(AudioError):
    def __init__(self, speech_seconds: float, min_seconds: float) -> None:
        self.speech_seconds = speech_seconds
        self.min_seconds = min_seconds
        super().__init__(
            f"That recording has only {speech_seconds:.1f} s of speech; at least "
            f"{min_seconds:g} s are needed (10-15 s gives the best clone).",
        )


class AudioTimeout(AudioError):
    default_message = (
        "Processing that file took too long and was stopped. Please send a shorter or simpler "
        "audio file."
    )
