"""Typed settings from the environment and an optional ``.env`` file.

Only DISCORD_TOKEN and INWORLD_API_KEY are required; every limit has a working default and can
be changed with an environment variable of the same name (case-insensitive).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import timedelta
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from .audio import AudioLimits
from .inworld import LANGUAGES, RetryPolicy
from .policy import HOUR, MAX_COUNTED, QUOTA_WINDOW, Limit, opened_limits
from .reconcile import ListLimits, ReconcileLimits, SweepLimits
from .storage.models import (
    DEFAULT_COOLDOWN_SECONDS,
    DEFAULT_GUILD_DAILY_QUOTA,
    DEFAULT_MEMBER_DAILY_QUOTA,
    DEFAULT_SPEECH_GUILD_DAILY_CHARS,
    DEFAULT_SPEECH_MEMBER_DAILY_CHARS,
)

MiB = 1024 * 1024


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", frozen=True
    )

    # Credentials and endpoints
    discord_token: SecretStr
    inworld_api_key: SecretStr
    inworld_api_url: str = "https://api.inworld.ai"
    discord_guild_ids: Annotated[tuple[int, ...], NoDecode] = ()
    #: Only for a REST proxy or a test double: e.g. http://127.0.0.1:8080/api/v10
    discord_api_url: str | None = None
    #: Only for a gateway proxy or a test double: e.g. ws://127.0.0.1:8080/gateway
    discord_gateway_url: str | None = None

    # Sharding (a bot in thousands of servers runs several processes)
    #: Shards in total, the same in every process. Unset: Discord's recommended count (from
    #: GET /gateway/bot), every shard run by this process.
    shard_count: int | None = Field(None, ge=1)
    #: The shards this process runs, comma-separated (each 0..SHARD_COUNT-1); needs
    #: SHARD_COUNT. Unset: all of them.
    shard_ids: Annotated[list[int] | None, NoDecode] = None

    # Attachments
    max_attachment_bytes: int = Field(25 * MiB, gt=0)
    download_timeout_seconds: float = Field(30.0, gt=0)
    max_samples: int = Field(3, ge=1, le=3)

    # Audio pipeline
    max_sample_seconds: float = Field(15.0, gt=0, le=15.0)
    min_sample_seconds: float = Field(3.0, gt=0)
    decode_seconds: float = Field(30.0, gt=0, le=600)
    sample_rate: int = Field(24_000, ge=8_000, le=48_000)
    ffmpeg_timeout_seconds: float = Field(20.0, gt=0)
    #: The ffmpeg to run; unset, "" or "ffmpeg": the system's on PATH, else the one shipped in
    #: the imageio-ffmpeg wheel (bot.audio.ffmpeg_binary). Set but not found is an error.
    ffmpeg_path: str = ""
    audio_concurrency: int = Field(
        default_factory=lambda: max(1, min(4, os.cpu_count() or 1)), ge=1
    )

    # Clone defaults (a guild's /clone-settings override them)
    default_language: str = "EN_US"
    default_remove_noise: bool = False

    # Storage: SQLite file by default; a PostgreSQL URL for several bot processes
    database_url: str | None = None
    sqlite_path: str = "data/voiceclone.sqlite3"

    # Policy of a guild that has not changed its /clone-settings
    guild_cooldown_seconds: int = Field(DEFAULT_COOLDOWN_SECONDS, ge=0)
    guild_member_daily_quota: int = Field(DEFAULT_MEMBER_DAILY_QUOTA, ge=0)
    guild_daily_quota: int = Field(DEFAULT_GUILD_DAILY_QUOTA, ge=0)
    guild_approval_required: bool = False
    guild_ephemeral_replies: bool = True

    # Moderation workflow
    clones_per_minute: int = Field(5, ge=1, le=1000)
    #: The limiter's window; "per minute" unless changed (tests shorten it).
    clone_rate_period_seconds: float = Field(60.0, gt=0)
    consent_timeout_seconds: float = Field(600.0, gt=0)
    approval_timeout_hours: float = Field(24.0, gt=0)
    expiry_check_seconds: float = Field(60.0, gt=0)
    #: With PostgreSQL, a process holds a lease on each request it works on and renews it
    #: every third of this; another process takes a request over only once its lease expired
    #: (its holder died). A SQLite bot recovers everything at start-up.
    lease_seconds: float = Field(30.0, ge=1, le=3600)
    #: Discord's interaction token lifetime (15 minutes); only tests shorten it. Progress and
    #: results move to a channel message or DM before a request would outlive its token.
    interaction_token_seconds: float = Field(900.0, gt=0, le=900.0)
    #: Requests waiting for the clone limiter, in this process and per guild; beyond them a
    #: member is told how long the wait is and when to come back.
    clone_queue_max: int = Field(50, ge=1)
    clone_queue_max_per_guild: int = Field(10, ge=1)
    #: Requests a member (a server) may open per hour and per 24 hours, confirmed or not:
    #: each one downloads up to three files and runs ffmpeg. 0: no limit. Refused before any
    #: download; erasing a member's data resets none of them.
    opened_requests_per_member_hour: int = Field(10, ge=0, le=MAX_COUNTED)
    opened_requests_per_member_day: int = Field(40, ge=0, le=MAX_COUNTED)
    opened_requests_per_guild_hour: int = Field(60, ge=0, le=MAX_COUNTED)
    opened_requests_per_guild_day: int = Field(300, ge=0, le=MAX_COUNTED)

    # Lifecycle
    #: On SIGTERM, how long clone calls under way get to finish and deliver before the rest is
    #: left for recovery (keep it under the container's stop grace period, 30 s by default).
    shutdown_grace_seconds: float = Field(20.0, ge=0, le=600)
    #: How long a database operation is retried while the database is unreachable or locked.
    database_retry_seconds: float = Field(10.0, ge=0, le=300)

    # Inworld client
    inworld_timeout_seconds: float = Field(90.0, gt=0)
    inworld_connect_timeout_seconds: float = Field(10.0, gt=0)
    inworld_max_attempts: int = Field(3, ge=1, le=10)
    inworld_retry_base_seconds: float = Field(1.0, ge=0)
    inworld_retry_budget_seconds: float = Field(60.0, ge=0)

    # Reconciling clones whose answer was lost (the voice may exist although no answer said so)
    #: Seconds between passes of the sweep that looks up the tags of such requests (also run
    #: at start-up): a voice Inworld creates late reaches its member within about this long.
    #: A pass with nothing parked is one database query.
    reconcile_sweep_seconds: float = Field(10.0, gt=0)
    #: Seconds to wait after a lost answer before the one quick look for the request's tag.
    reconcile_settle_seconds: float = Field(2.0, ge=0, le=60)
    #: After this many minutes past the clone's start, a tag missing from the account means no
    #: voice was created (must exceed INWORLD_TIMEOUT_SECONDS plus the retries, by far).
    reconcile_quiet_minutes: float = Field(10.0, gt=0)
    #: A request whose outcome is still unknown after this many hours fails (member told).
    reconcile_give_up_hours: float = Field(24.0, gt=0)
    #: Bounds of one listing of the account's voices: pages and seconds.
    reconcile_max_pages: int = Field(20, ge=1, le=1000)
    reconcile_list_budget_seconds: float = Field(30.0, gt=0)

    # The outbox: Discord posts that follow a state change (bot.outbox)
    #: Seconds between passes over messages not yet delivered (a state change wakes it at
    #: once; the poll picks up retries and messages another process wrote).
    outbox_poll_seconds: float = Field(5.0, gt=0, le=300)

    # Spoken previews (POST /tts/v1/voice): after a clone, and with /voices preview
    #: Speak a short sentence in the new voice in the clone result (a guild may turn it off).
    preview_enabled: bool = True
    tts_model_id: str = Field("inworld-tts-1.5-mini", min_length=1, max_length=100)
    #: MP3 plays inline in Discord; LINEAR16 gives a WAV.
    tts_audio_encoding: Literal["MP3", "LINEAR16"] = "MP3"
    #: Longest text a member may have spoken with /voices preview (the API allows 2,000).
    preview_max_chars: int = Field(300, ge=1, le=2000)
    #: Seconds a member waits between two /voices preview calls.
    preview_cooldown_seconds: float = Field(20.0, ge=0)
    #: /voices preview calls per member and per server in 24 hours (the TTS cost; the
    #: preview in a clone result is not counted). 0: no limit.
    previews_per_member_day: int = Field(30, ge=0, le=MAX_COUNTED)
    previews_per_guild_day: int = Field(300, ge=0, le=MAX_COUNTED)
    #: The TTS limiter, separate from the clone limiter: calls per period, and its queue (in
    #: all, and per server: one server cannot fill it for the others).
    tts_per_minute: int = Field(20, ge=1, le=6000)
    tts_rate_period_seconds: float = Field(60.0, gt=0)
    tts_queue_max: int = Field(20, ge=1)
    tts_queue_max_per_guild: int = Field(5, ge=1)
    #: /voices rename: seconds a member waits between two renames (at most 24 hours), and
    #: renames per server per hour (each a PATCH to Inworld and an audit post). 0: no limit.
    rename_cooldown_seconds: int = Field(30, ge=0, le=int(QUOTA_WINDOW.total_seconds()))
    renames_per_guild_hour: int = Field(30, ge=0, le=MAX_COUNTED)
    #: Voices on one page of /voices list.
    voices_page_size: int = Field(5, ge=1, le=10)

    # Spoken-consent verification (a guild turns it on with /clone-settings verification)
    #: How long a member has to send the recording of the sentence they were given.
    challenge_timeout_seconds: int = Field(600, ge=30, le=3600)
    #: Refused recordings a member may send in an hour before a new sentence is refused too.
    challenge_max_attempts: int = Field(3, ge=1, le=20)
    #: auto: the offline recognizer (pocketsphinx) where it has a model (English), before any
    #: quota is spent; the clone API's own transcription otherwise. inworld: always the API's
    #: transcription (the voice is deleted at once when it does not match).
    consent_recognizer: Literal["auto", "inworld"] = "auto"
    #: Longest an offline recognition may take (a child process; killed past this).
    recognizer_timeout_seconds: float = Field(20.0, gt=0, le=120)

    # Speaking with cloned voices (/say, read-aloud); a guild sets its own rules with
    # /clone-settings speech
    #: Read members' typed messages aloud (per member, where the server allows it). Asks
    #: Discord for the privileged MESSAGE_CONTENT intent, which the application must have
    #: enabled in the Developer Portal; off: everything else works without it.
    read_aloud_enabled: bool = False
    #: The bot leaves a voice channel after this many minutes without speaking.
    voice_idle_minutes: float = Field(5.0, gt=0, le=1440)
    #: Utterances waiting in one server's queue; beyond them a member is told to wait.
    speech_queue_max_per_guild: int = Field(10, ge=1, le=100)
    #: Longest text of one /say or one message spoken (Discord's longest message is 4,000).
    speech_max_chars: int = Field(1000, ge=1, le=4000)
    #: Longest typed message read aloud (longer ones are cut).
    read_aloud_max_chars: int = Field(300, ge=1, le=4000)
    #: The TTS model for speech (streaming; inworld-tts-1.5-mini answers fastest).
    speech_model_id: str = Field("inworld-tts-1.5-mini", min_length=1, max_length=100)
    #: Characters a member, and a whole server, may have spoken in 24 hours where the server
    #: did not choose its own (0 = unlimited).
    speech_member_daily_chars: int = Field(DEFAULT_SPEECH_MEMBER_DAILY_CHARS, ge=0, le=1_000_000)
    speech_guild_daily_chars: int = Field(DEFAULT_SPEECH_GUILD_DAILY_CHARS, ge=0, le=1_000_000)

    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    # Health and metrics endpoint (GET /healthz, GET /metrics): off unless HEALTH_PORT is set
    health_port: int | None = Field(None, ge=1, le=65535)
    health_host: str = "127.0.0.1"

    @field_validator("discord_guild_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").split(",")]
            return tuple(int(p) for p in parts if p)
        if isinstance(value, int):
            return (value,)
        return value

    @field_validator("shard_count", mode="before")
    @classmethod
    def _blank_shard_count_is_automatic(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _split_shard_ids(cls, value: object) -> object:
        if isinstance(value, int) and not isinstance(value, bool):
            return [value]
        if not isinstance(value, str):
            return value
        parts = [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]
        if not parts:
            return None  # SHARD_IDS= (blank): every shard
        if not all(p.isdigit() for p in parts):
            raise ValueError(f"must be comma-separated shard numbers such as 0,1 (got {value!r})")
        return [int(p) for p in parts]

    @model_validator(mode="after")
    def _consistent_shards(self) -> Settings:
        ids, count = self.shard_ids, self.shard_count
        if ids is None:
            return self
        if not ids:
            raise ValueError("SHARD_IDS is empty: leave it unset to run every shard")
        if count is None:
            raise ValueError(
                "SHARD_IDS needs SHARD_COUNT (the total number of shards, the same in every "
                "process)"
            )
        outside = sorted({i for i in ids if not 0 <= i < count})
        if outside:
            verb = "is" if len(outside) == 1 else "are"
            raise ValueError(
                f"SHARD_IDS: {', '.join(map(str, outside))} {verb} out of range for "
                f"SHARD_COUNT={count} (shard ids go from 0 to {count - 1})"
            )
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            verb = "is" if len(twice) == 1 else "are"
            raise ValueError(
                f"SHARD_IDS: {', '.join(map(str, twice))} {verb} listed more than once"
            )
        return self

    @property
    def shard_description(self) -> str:
        """Which shards this process runs, e.g. "shards 1,3 of 4" (see describe_shards)."""
        return describe_shards(self.shard_count, self.shard_ids, automatic=False)

    @field_validator("discord_token", "inworld_api_key")
    @classmethod
    def _not_blank(cls, value: SecretStr) -> SecretStr:
        if not value.get_secret_value().strip():
            raise ValueError("is empty")
        return value

    @field_validator("default_language", mode="before")
    @classmethod
    def _known_language(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.strip().upper().replace("-", "_")
            if value not in LANGUAGES:
                raise ValueError(f"must be one of {', '.join(LANGUAGES)}")
        return value

    @field_validator("database_url", "discord_api_url", "discord_gateway_url", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("health_port", mode="before")
    @classmethod
    def _blank_port_is_off(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("health_host", mode="before")
    @classmethod
    def _blank_host_is_local(cls, value: object) -> object:
        if isinstance(value, str):
            return value.strip() or "127.0.0.1"
        return value

    @field_validator("inworld_api_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _consistent_limits(self) -> Settings:
        if self.min_sample_seconds > self.max_sample_seconds:
            raise ValueError("MIN_SAMPLE_SECONDS must not exceed MAX_SAMPLE_SECONDS")
        if self.decode_seconds < self.max_sample_seconds:
            raise ValueError("DECODE_SECONDS must be at least MAX_SAMPLE_SECONDS")
        if self.read_aloud_max_chars > self.speech_max_chars:
            raise ValueError("READ_ALOUD_MAX_CHARS must not exceed SPEECH_MAX_CHARS")
        return self

    @property
    def audio_limits(self) -> AudioLimits:
        return AudioLimits(
            max_seconds=self.max_sample_seconds,
            min_seconds=self.min_sample_seconds,
            decode_seconds=self.decode_seconds,
            sample_rate=self.sample_rate,
            ffmpeg_timeout=self.ffmpeg_timeout_seconds,
        )

    @property
    def policy_defaults(self) -> dict[str, object]:
        return {
            "cooldown_seconds": self.guild_cooldown_seconds,
            "member_daily_quota": self.guild_member_daily_quota,
            "guild_daily_quota": self.guild_daily_quota,
            "approval_required": self.guild_approval_required,
            "ephemeral": self.guild_ephemeral_replies,
            "max_sample_seconds": self.max_sample_seconds,
        }

    @property
    def opened_request_limits(self) -> tuple[Limit, ...]:
        """The limits on requests opened (bot.desk.admission)."""
        return opened_limits(
            member_hour=self.opened_requests_per_member_hour,
            member_day=self.opened_requests_per_member_day,
            server_hour=self.opened_requests_per_guild_hour,
            server_day=self.opened_requests_per_guild_day,
        )

    @property
    def rename_limits(self) -> tuple[Limit, ...]:
        """A member's cooldown and the server's hourly limit of /voices rename."""
        cooldown = timedelta(seconds=self.rename_cooldown_seconds)
        return (
            Limit(1 if self.rename_cooldown_seconds else 0, cooldown, "member"),
            Limit(self.renames_per_guild_hour, HOUR, "server"),
        )

    @property
    def preview_limits(self) -> tuple[Limit, ...]:
        """The daily limits of /voices preview, per member and per server."""
        return (
            Limit(self.previews_per_member_day, QUOTA_WINDOW, "member"),
            Limit(self.previews_per_guild_day, QUOTA_WINDOW, "server"),
        )

    @property
    def voice_idle_seconds(self) -> float:
        """VOICE_IDLE_MINUTES in seconds."""
        return self.voice_idle_minutes * 60

    @property
    def reconcile_limits(self) -> ReconcileLimits:
        return ReconcileLimits(
            settle_seconds=self.reconcile_settle_seconds, listing=self.listing_limits
        )

    @property
    def listing_limits(self) -> ListLimits:
        return ListLimits(
            max_pages=self.reconcile_max_pages, budget_seconds=self.reconcile_list_budget_seconds
        )

    @property
    def sweep_limits(self) -> SweepLimits:
        return SweepLimits(
            quiet_after=timedelta(minutes=self.reconcile_quiet_minutes),
            give_up_after=timedelta(hours=self.reconcile_give_up_hours),
            listing=self.listing_limits,
        )

    @property
    def retry_policy(self) -> RetryPolicy:
        return RetryPolicy(
            max_attempts=self.inworld_max_attempts,
            base_delay=self.inworld_retry_base_seconds,
            total_budget=self.inworld_retry_budget_seconds,
        )


def describe_shards(
    shard_count: int | None, shard_ids: Sequence[int] | None, *, automatic: bool
) -> str:
    """The shards a process runs: "shards 1,3 of 4", "all 4 shards", "all 2 shards (automatic)"
    (``automatic``: the count came from Discord) or, before it is known, "automatic sharding"."""
    if shard_count is None:
        return "automatic sharding (as many shards as Discord recommends)"
    if shard_ids is None:
        plural = "s" if shard_count != 1 else ""
        return f"all {shard_count} shard{plural}" + (" (automatic)" if automatic else "")
    plural = "s" if len(shard_ids) != 1 else ""
    return f"shard{plural} {','.join(map(str, shard_ids))} of {shard_count}"


class SettingsError(Exception):
    """One readable line per bad setting; never echoes secret values."""


def describe_validation_error(error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        name = "_".join(str(p) for p in item["loc"]).upper() or "settings"
        reason = "is required" if item["type"] == "missing" else item["msg"]
        reason = reason.removeprefix("Value error, ")
        if reason == "is empty":
            reason = "is required (it is empty)"
        lines.append(f"{name}: {reason}" if name != "settings" else reason)
    return "; ".join(lines)


def load_settings(**overrides: object) -> Settings:
    """Read settings; raise SettingsError with a message naming each bad setting."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise SettingsError(describe_validation_error(exc)) from None
