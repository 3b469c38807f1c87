"""The bot's Prometheus metrics, in a registry the bot owns (not prometheus-client's global one).

Every label has a closed set of values (outcomes, refusal reasons, endpoints, error codes):
never a member, guild or voice. Domain classes take a :class:`BotMetrics` and default to a
private one, so they work (and are tested) without the HTTP server.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, Literal

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from ..audio import AudioError
from ..download import AttachmentTooLarge, DownloadError
from ..errors import UserFacingError
from ..inworld.errors import BadResponse, ConnectionFailed, InworldError, RequestTimeout
from ..policy import PolicyRefusal
from ..ratelimit import QueueFull

#: How a stored clone request ended (each request is counted once, when it ends).
CloneOutcomeLabel = Literal[
    "created",  # Inworld created the voice
    "rejected_by_api",  # Inworld answered but created no voice (every sample had errors)
    "api_error",  # the Inworld call failed (rate limit, outage, bad key, timeout...)
    "failed",  # an error in the bot, or the review post could not be made
    "rejected_by_moderator",
    "cancelled",  # the member pressed Cancel instead of confirming consent
    "expired",  # nobody confirmed or reviewed it in time
    "interrupted",  # a bot restart interrupted it
    "rejected_spoken_consent",  # the API's transcription did not match: the voice was deleted
]
CLONE_OUTCOMES: Final[tuple[CloneOutcomeLabel, ...]] = (
    "created",
    "rejected_by_api",
    "api_error",
    "failed",
    "rejected_by_moderator",
    "cancelled",
    "expired",
    "interrupted",
    "rejected_spoken_consent",
)

#: Why a request was refused before it could be confirmed (policy rules, then the input).
REFUSAL_REASONS: Final[tuple[str, ...]] = (
    "blocked",
    "channel",
    "role",
    "open_request",
    "cooldown",
    "member_quota",
    "guild_quota",
    "opened_limit",
    "no_review_channel",
    "policy",
    "invalid_options",
    "too_large",
    "download_failed",
    "bad_audio",
    "queue_full",
    "spoken_consent",
    "verification_tries",
    "other",
)

ApiEndpoint = Literal["clone", "list", "delete", "get", "update", "tts", "tts_stream"]
API_ENDPOINTS: tuple[ApiEndpoint, ...] = (
    "clone",
    "list",
    "delete",
    "get",
    "update",
    "tts",
    "tts_stream",
)

#: google.rpc.Code names, for readable and bounded error labels.
_RPC_CODE_NAMES: Final[dict[int, str]] = {
    0: "ok",
    1: "cancelled",
    2: "unknown",
    3: "invalid_argument",
    4: "deadline_exceeded",
    5: "not_found",
    6: "already_exists",
    7: "permission_denied",
    8: "resource_exhausted",
    9: "failed_precondition",
    10: "aborted",
    11: "out_of_range",
    12: "unimplemented",
    13: "internal",
    14: "unavailable",
    15: "data_loss",
    16: "unauthenticated",
}

#: What became of a text to speak (bot.speech): a voice message sent, or the voice queue's
#: outcomes (bot.speech.playback).
SPEECH_OUTCOMES: Final = ("sent", "done", "skipped", "stopped", "failed", "forgotten")
SPEECH_VIA: Final = ("voice_channel", "voice_message")
#: Why a text was refused before any TTS call (bot.speech.policy, quota and service).
SPEECH_REFUSALS: Final = (
    "speech_off",
    "role",
    "voice_channel",
    "text_channel",
    "read_aloud_bot_off",
    "read_aloud_off",
    "not_here",
    "not_owner",
    "server_voices_off",
    "no_voice",
    "member_chars",
    "server_chars",
    "empty",
    "too_long",
    "tts_queue_full",
    "voice_queue_full",
    "busy_elsewhere",
    "connect_failed",
    "no_opus",
    "other",
)
#: From a text accepted to its first sound in a voice channel (queue wait and TTS included).
SPEECH_START_BUCKETS: Final = (0.1, 0.25, 0.5, 0.75, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0)

#: Audio processing of a request: ffmpeg decode, trimming, loudness (seconds).
PIPELINE_BUCKETS: Final = (0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0, 60.0)
#: One HTTP call to Inworld (a clone takes seconds; the client allows up to 90 s).
API_BUCKETS: Final = (0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0, 60.0, 90.0, 120.0)


def error_code_label(error: InworldError) -> str:
    """A bounded label for an Inworld failure: the rpcStatus code, else the HTTP status."""
    if isinstance(error, RequestTimeout):
        return "timeout"
    if isinstance(error, ConnectionFailed):
        return "connection"
    if isinstance(error, BadResponse):
        return "bad_response"
    if error.code is not None:
        return _RPC_CODE_NAMES.get(error.code, "rpc_other")
    status = error.http_status
    if status is not None:
        return f"http_{status}" if 100 <= status <= 599 else "http_other"
    return "other"


def refusal_reason(error: BaseException) -> str | None:
    """The refusal counted for an error that ends a request before consent, or None when the
    error is not a refusal (a bug, an outage: counted as a ``failed`` outcome instead)."""
    if isinstance(error, PolicyRefusal):
        return error.reason if error.reason in REFUSAL_REASONS else "other"
    if isinstance(error, QueueFull):
        return "queue_full"
    if isinstance(error, AttachmentTooLarge):
        return "too_large"
    if isinstance(error, DownloadError):
        return "download_failed"
    if isinstance(error, UserFacingError) and isinstance(error.__cause__, AudioError):
        return "bad_audio"
    return None


class BotMetrics:
    """Counters, histograms and gauges of one bot, with helpers that keep labels bounded."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        self.clones = Counter(
            "voiceclone_clones",
            "Clone requests that ended, by outcome.",
            ["outcome"],
            registry=self.registry,
        )
        self.refusals = Counter(
            "voiceclone_requests_refused",
            "Clone requests refused before consent, by reason (policy rule or input).",
            ["reason"],
            registry=self.registry,
        )
        self.pipeline_seconds = Histogram(
            "voiceclone_audio_processing_seconds",
            "Time to process the samples of one request, after the download (requests whose "
            "samples could all be used).",
            buckets=PIPELINE_BUCKETS,
            registry=self.registry,
        )
        self.api_seconds = Histogram(
            "voiceclone_inworld_request_seconds",
            "Duration of each HTTP call to the Inworld Voice API (every attempt).",
            ["endpoint"],
            buckets=API_BUCKETS,
            registry=self.registry,
        )
        self.api_errors = Counter(
            "voiceclone_inworld_errors",
            "Failed calls to the Inworld Voice API (every attempt), by rpcStatus code or HTTP "
            "status.",
            ["endpoint", "code"],
            registry=self.registry,
        )
        self.queue_depth = Gauge(
            "voiceclone_clone_queue_depth",
            "Approved requests waiting for a slot in the clone rate limiter.",
            registry=self.registry,
        )
        self.speech = Counter(
            "voiceclone_speech_utterances",
            "Texts spoken with a cloned voice that ended, by where (voice channel or voice "
            "message) and outcome.",
            ["via", "outcome"],
            registry=self.registry,
        )
        self.speech_refusals = Counter(
            "voiceclone_speech_refused",
            "Texts refused before any TTS call, by rule.",
            ["reason"],
            registry=self.registry,
        )
        self.speech_characters = Counter(
            "voiceclone_speech_characters",
            "Characters accepted for speech (counted against the daily limits).",
            registry=self.registry,
        )
        self.speech_start_seconds = Histogram(
            "voiceclone_speech_first_sound_seconds",
            "From a text accepted to its first sound in a voice channel (queue wait included).",
            buckets=SPEECH_START_BUCKETS,
            registry=self.registry,
        )
        # Every series exists from the start (at 0), so rates and alerts work at once.
        for via in SPEECH_VIA:
            for speech_outcome in SPEECH_OUTCOMES:
                self.speech.labels(via=via, outcome=speech_outcome)
        for reason in SPEECH_REFUSALS:
            self.speech_refusals.labels(reason=reason)
        for outcome in CLONE_OUTCOMES:
            self.clones.labels(outcome=outcome)
        for reason in REFUSAL_REASONS:
            self.refusals.labels(reason=reason)
        for endpoint in API_ENDPOINTS:
            self.api_seconds.labels(endpoint=endpoint)

    def clone_finished(self, outcome: CloneOutcomeLabel) -> None:
        self.clones.labels(outcome=outcome).inc()

    def refused(self, reason: str) -> None:
        self.refusals.labels(reason=reason if reason in REFUSAL_REASONS else "other").inc()

    def speech_accepted(self, characters: int) -> None:
        self.speech_characters.inc(characters)

    def speech_refused(self, reason: str) -> None:
        self.speech_refusals.labels(reason=reason if reason in SPEECH_REFUSALS else "other").inc()

    def speech_started(self, seconds: float) -> None:
        self.speech_start_seconds.observe(seconds)

    def speech_finished(self, via: str, outcome: str) -> None:
        outcome = outcome if outcome in SPEECH_OUTCOMES else "failed"
        self.speech.labels(via=via if via in SPEECH_VIA else "voice_channel", outcome=outcome).inc()

    def observe_processing(self, seconds: float) -> None:
        self.pipeline_seconds.observe(seconds)

    def observe_api_call(self, endpoint: ApiEndpoint, seconds: float) -> None:
        self.api_seconds.labels(endpoint=endpoint).observe(seconds)

    def api_failed(self, endpoint: ApiEndpoint, error: InworldError) -> None:
        self.api_errors.labels(endpoint=endpoint, code=error_code_label(error)).inc()

    def watch_queue(self, depth: Callable[[], int]) -> None:
        """Read the queue depth from ``depth`` whenever the metrics are collected."""
        self.queue_depth.set_function(depth)

    def render(self) -> bytes:
        """Every metric in the Prometheus text format."""
        return generate_latest(self.registry)
