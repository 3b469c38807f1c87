"""Who may speak with which voice, where, and how much: pure rules over a guild's policy.

Every refusal is a :class:`SpeechRefusal` (a :class:`~bot.errors.UserFacingError`) carrying
a message id (``speech.ftl``), rendered in the member's language. A voice is spoken with only
by its owner, or by any member when it is a server voice and the server lets members use them;
never another member's own voice, whatever ID is typed, moderators included. An ID the member
could not see (another server's, a deleted one, another member's private voice) gets the one
:data:`~bot.voices.access.NOT_HERE_MSG` answer, so nothing about it leaks.

Mentions of roles and channels are joined with ", " (language-neutral enough for a list of
mentions, and English stays as it was).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Final, Protocol

from bot.errors import UserFacingError
from bot.i18n import Msg, Text
from bot.storage import CloneRecord, CloneStatus
from bot.voices.access import NOT_HERE_MSG, live_voice_of_guild

SPEECH_OFF: Final = Msg("speech-off")
READ_ALOUD_BOT_OFF: Final = Msg("speech-read-aloud-bot-off")
READ_ALOUD_SERVER_OFF: Final = Msg("speech-read-aloud-server-off")
SERVER_VOICES_OFF: Final = Msg("speech-server-voices-off")


class SpeechPolicyView(Protocol):
    """The policy fields these rules read (the stored GuildPolicy satisfies it)."""

    @property
    def speech_enabled(self) -> bool: ...
    @property
    def speech_role_ids(self) -> list[int]: ...
    @property
    def speech_voice_channel_ids(self) -> list[int]: ...
    @property
    def speech_text_channel_ids(self) -> list[int]: ...
    @property
    def read_aloud_allowed(self) -> bool: ...
    @property
    def speech_server_voices(self) -> bool: ...
    @property
    def speech_member_daily_chars(self) -> int | None: ...
    @property
    def speech_guild_daily_chars(self) -> int | None: ...


class SpeechDefaults(Protocol):
    """The bot's settings for servers that did not choose (bot.settings.Settings)."""

    @property
    def speech_member_daily_chars(self) -> int: ...
    @property
    def speech_guild_daily_chars(self) -> int: ...


class SpeechRefusal(UserFacingError):
    """Speaking is refused; ``reason`` names the rule in a word (for metrics and tests)."""

    def __init__(self, user_message: Text, *, reason: str) -> None:
        super().__init__(user_message)
        self.reason = reason


@dataclass(frozen=True)
class Speaker:
    """The member who wants to speak: their roles, and whether they moderate the guild
    (Manage Server or a moderator role: bot.members.moderates_here)."""

    guild_id: int
    user_id: int
    role_ids: frozenset[int]
    moderator: bool


def _mentions(ids: Collection[int], prefix: str) -> str:
    return ", ".join(f"{prefix}{i}>" for i in ids)


def check_may_speak(policy: SpeechPolicyView, speaker: Speaker) -> None:
    """The server allows speech, and the member has a speech role (moderators always do)."""
    if not policy.speech_enabled:
        raise SpeechRefusal(SPEECH_OFF, reason="speech_off")
    roles = policy.speech_role_ids
    if roles and not speaker.moderator and not speaker.role_ids & set(roles):
        raise SpeechRefusal(Msg("speech-needs-role", roles=_mentions(roles, "<@&")), reason="role")


def check_voice_channel(policy: SpeechPolicyView, channel_id: int) -> None:
    """The bot may speak in this voice (or stage) channel."""
    allowed = policy.speech_voice_channel_ids
    if allowed and channel_id not in allowed:
        channels = _mentions(allowed, "<#")
        raise SpeechRefusal(Msg("speech-voice-channel", channels=channels), reason="voice_channel")


def check_text_channel(policy: SpeechPolicyView, channel_id: int) -> None:
    """/say may post a voice message here, and read-aloud may read this channel (a voice
    channel's own chat is that voice channel's ID)."""
    allowed = policy.speech_text_channel_ids
    if allowed and channel_id not in allowed:
        channels = _mentions(allowed, "<#")
        raise SpeechRefusal(Msg("speech-text-channel", channels=channels), reason="text_channel")


def check_read_aloud(policy: SpeechPolicyView, *, enabled_bot_wide: bool) -> None:
    """Read-aloud is available: on for the bot (READ_ALOUD_ENABLED) and allowed here."""
    if not enabled_bot_wide:
        raise SpeechRefusal(READ_ALOUD_BOT_OFF, reason="read_aloud_bot_off")
    if not policy.read_aloud_allowed:
        raise SpeechRefusal(READ_ALOUD_SERVER_OFF, reason="read_aloud_off")


def _live(record: CloneRecord, guild_id: int) -> bool:
    return (
        record.guild_id == guild_id
        and record.status is CloneStatus.DONE
        and record.voice_id is not None
        and record.voice_deleted_at is None
    )


def may_speak_with(record: CloneRecord, speaker: Speaker, policy: SpeechPolicyView) -> bool:
    """Whether the member may speak with this voice (autocomplete offers only these)."""
    if not _live(record, speaker.guild_id):
        return False
    if record.user_id == speaker.user_id:
        return True
    return record.server_voice and policy.speech_server_voices


def voice_for_speech(
    record: CloneRecord | None, speaker: Speaker, policy: SpeechPolicyView
) -> CloneRecord:
    """The voice ``record`` (found by the ID the member typed), if they may speak with it.

    Not a live voice of this guild, or another member's private voice the member cannot see:
    :data:`~bot.voices.access.NOT_HERE_MSG`. A moderator, who can see it, is told only its
    owner speaks with it."""
    voice = live_voice_of_guild(record, speaker.guild_id)
    if voice.user_id == speaker.user_id:
        return voice
    if voice.server_voice:
        if not policy.speech_server_voices:
            raise SpeechRefusal(SERVER_VOICES_OFF, reason="server_voices_off")
        return voice
    if not speaker.moderator:
        raise SpeechRefusal(NOT_HERE_MSG, reason="not_here")
    only = "speech-only-own-or-server" if policy.speech_server_voices else "speech-only-own"
    raise SpeechRefusal(Msg(only), reason="not_owner")


def default_voice(records: Iterable[CloneRecord], speaker: Speaker) -> CloneRecord | None:
    """The member's newest live own voice in this guild (the last one cloned), if any."""
    own = [r for r in records if r.user_id == speaker.user_id and _live(r, speaker.guild_id)]
    return max(own, key=lambda r: r.id, default=None)


def require_default_voice(
    records: Iterable[CloneRecord], speaker: Speaker, policy: SpeechPolicyView
) -> CloneRecord:
    """:func:`default_voice`, or a refusal telling the member how to get a voice."""
    voice = default_voice(records, speaker)
    if voice is None:
        none = (
            "speech-no-own-voice-or-server"
            if policy.speech_server_voices
            else "speech-no-own-voice"
        )
        raise SpeechRefusal(Msg(none), reason="no_voice")
    return voice


def speech_limits(policy: SpeechPolicyView, settings: SpeechDefaults) -> tuple[int, int]:
    """``(member_limit, guild_limit)``: characters per 24 hours (0 = unlimited), the
    server's own where it chose (/clone-settings speech), else the bot's settings."""
    member = policy.speech_member_daily_chars
    guild = policy.speech_guild_daily_chars
    return (
        settings.speech_member_daily_chars if member is None else member,
        settings.speech_guild_daily_chars if guild is None else guild,
    )
