"""Audio failures, each carrying a message fit to show the member who sent the file.

The message is a :class:`~bot.i18n.Msg` (ids in ``locales/*/audio.ftl``) rendered in the
member's language (:meth:`AudioError.render`); ``user_message`` is its English text (logs).
"""

from __future__ import annotations

from typing import Final

from ..i18n import SOURCE, Msg, Text, render


class AudioError(Exception):
    """Base class: ``message`` is friendly, specific and safe to show in Discord."""

    default_message: Text = Msg("audio-unusable")

    def __init__(self, user_message: Text | None = None, *, detail: str | None = None) -> None:
        self.message: Text = user_message or self.default_message
        #: The English text (logs, and code not yet localized).
        self.user_message = render(self.message, SOURCE)
        self.detail = detail
        super().__init__(self.user_message if detail is None else f"{self.user_message} ({detail})")

    def render(self, locale: str | None) -> str:
        """The message in ``locale``."""
        return render(self.message, locale)


class EmptyFile(AudioError):
    default_message = Msg("audio-empty-file")


#: What ``bot.audio.sniff`` says a file is (English, for logs) and how a member reads it.
_KINDS: Final[dict[str, Msg]] = {
    "a text file": Msg("audio-kind-text"),
    "a PDF document": Msg("audio-kind-pdf"),
    "a ZIP archive or office document": Msg("audio-kind-zip"),
    "a RAR archive": Msg("audio-kind-archive", format="RAR"),
    "a 7-Zip archive": Msg("audio-kind-archive", format="7-Zip"),
    "a gzip archive": Msg("audio-kind-archive", format="gzip"),
    "a program": Msg("audio-kind-program"),
    "a Windows program": Msg("audio-kind-windows-program"),
    "an ffmpeg concat script": Msg("audio-kind-ffmpeg-script"),
    "an XML document": Msg("audio-kind-xml"),
    "a web page": Msg("audio-kind-web-page"),
    "a stream description (SDP)": Msg("audio-kind-sdp"),
    "a DASH manifest": Msg("audio-kind-dash"),
}
#: Kinds with a format in parentheses: "an image (PNG)", "a playlist (PLS)".
_KIND_FORMATS: Final = {"an image (": "audio-kind-image", "a playlist (": "audio-kind-playlist"}


def kind_message(kind: str) -> Text:
    """How a member reads a file kind of ``bot.audio.sniff`` (an unknown one as it is)."""
    if kind in _KINDS:
        return _KINDS[kind]
    for prefix, message_id in _KIND_FORMATS.items():
        if kind.startswith(prefix) and kind.endswith(")"):
            return Msg(message_id, format=kind[len(prefix) : -1])
    return kind


class NotAudio(AudioError):
    """The bytes are plainly something else: text, an image, a document, a playlist..."""

    def __init__(self, kind: str, user_message: Text | None = None) -> None:
        self.kind = kind
        super().__init__(
            user_message or Msg("audio-not-audio", kind=kind_message(kind)), detail=kind
        )


class UnsupportedFormat(AudioError):
    default_message = Msg("audio-unsupported-format")


class NoAudioStream(AudioError):
    default_message = Msg("audio-no-audio-stream")


class UndecodableAudio(AudioError):
    default_message = Msg("audio-undecodable")


class SilentAudio(AudioError):
    default_message = Msg("audio-silent")


class MostlyNoise(AudioError):
    """Sound, but hardly any voice in it: music, noise, a crowd."""

    def __init__(self, speech_seconds: float) -> None:
        self.speech_seconds = speech_seconds
        super().__init__(Msg("audio-mostly-noise", seconds=round(speech_seconds, 1)))


class PoorSample(AudioError):
    """The quality report says the sample cannot make a usable clone (see ``quality``)."""

    def __init__(self, problem: Text, tip: Text) -> None:
        self.problem = problem
        self.tip = tip
        if not tip or not problem:
            text = problem or tip
            super().__init__(text.strip() if isinstance(text, str) else text)
        else:
            super().__init__(Msg("audio-poor-sample", problem=problem, tip=tip))


class TooShortAudio(AudioError):
    def __init__(self, speech_seconds: float, min_seconds: float) -> None:
        self.speech_seconds = speech_seconds
        self.min_seconds = min_seconds
        super().__init__(
            Msg(
                "audio-too-short",
                seconds=round(speech_seconds, 1),
                min_seconds=float(min_seconds),
            )
        )


class AudioTimeout(AudioError):
    default_message = Msg("audio-timeout")
