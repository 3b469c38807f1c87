"""The speech rules (pure): who may speak, where, read-aloud, with which voice, how much."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.errors import UserFacingError
from bot.settings import load_settings
from bot.speech.policy import (
    Speaker,
    SpeechRefusal,
    check_may_speak,
    check_read_aloud,
    check_text_channel,
    check_voice_channel,
    default_voice,
    may_speak_with,
    require_default_voice,
    speech_limits,
    voice_for_speech,
)
from bot.storage import CloneRecord, CloneStatus, GuildPolicy
from bot.voices.access import NOT_HERE_MSG

#: The one answer for a voice the member may not know about, in English.
NOT_HERE = str(NOT_HERE_MSG)

GUILD, OTHER_GUILD = 10, 20
ALICE, BOB, MOD = 1, 2, 3
SPEAKERS, OTHER_ROLE = 100, 101
LOUNGE, STAGE, TTS, GENERAL = 200, 201, 300, 301

ALICE_SPEAKS = Speaker(guild_id=GUILD, user_id=ALICE, role_ids=frozenset(), moderator=False)
MODERATOR = Speaker(guild_id=GUILD, user_id=MOD, role_ids=frozenset(), moderator=True)

_ids = iter(range(1, 1000))


def voice(user_id: int = ALICE, **fields: Any) -> CloneRecord:
    values: dict[str, Any] = {
        "guild_id": GUILD,
        "channel_id": 5,
        "user_id": user_id,
        "display_name": "A voice",
        "language": "EN_US",
        "status": CloneStatus.DONE,
        "voice_id": f"ws__{next(_ids)}",
    }
    values.update(fields)
    record = CloneRecord(**values)
    record.id = next(_ids)
    return record


def policy(**fields: Any) -> GuildPolicy:
    return GuildPolicy(guild_id=GUILD, **fields)


def refusal(call: Any, *args: Any, **kwargs: Any) -> SpeechRefusal:
    with pytest.raises(SpeechRefusal) as info:
        call(*args, **kwargs)
    return info.value


# --- Who may speak, where ----------------------------------------------------------------------


def test_speech_is_on_for_every_member_by_default() -> None:
    check_may_speak(policy(), ALICE_SPEAKS)
    check_voice_channel(policy(), LOUNGE)
    check_text_channel(policy(), GENERAL)


def test_speech_off_refuses_everyone_moderators_included() -> None:
    for speaker in (ALICE_SPEAKS, MODERATOR):
        refused = refusal(check_may_speak, policy(speech_enabled=False), speaker)
        assert refused.reason == "speech_off"
        assert "turned off in this server" in refused.user_message
        assert "/clone-settings speech enabled:True" in refused.user_message


def test_a_speech_role_is_needed_when_roles_are_listed() -> None:
    rules = policy(speech_role_ids=[SPEAKERS, OTHER_ROLE])
    refused = refusal(check_may_speak, rules, ALICE_SPEAKS)
    assert refused.reason == "role"
    assert refused.user_message == (
        f"You need one of these roles to speak with a cloned voice here: <@&{SPEAKERS}>, "
        f"<@&{OTHER_ROLE}>."
    )
    with_role = Speaker(GUILD, ALICE, frozenset({OTHER_ROLE}), moderator=False)
    check_may_speak(rules, with_role)
    check_may_speak(rules, MODERATOR)  # moderators always may


def test_only_the_listed_voice_channels() -> None:
    rules = policy(speech_voice_channel_ids=[LOUNGE, STAGE])
    check_voice_channel(rules, STAGE)
    refused = refusal(check_voice_channel, rules, 999)
    assert refused.reason == "voice_channel"
    assert f"<#{LOUNGE}>, <#{STAGE}>" in refused.user_message


def test_only_the_listed_text_channels() -> None:
    rules = policy(speech_text_channel_ids=[TTS, LOUNGE])
    check_text_channel(rules, TTS)
    check_text_channel(rules, LOUNGE)  # a voice channel's own chat
    refused = refusal(check_text_channel, rules, GENERAL)
    assert refused.reason == "text_channel"
    assert refused.user_message == (
        f"Speaking with cloned voices is not allowed in this channel. Please use <#{TTS}>, "
        f"<#{LOUNGE}>."
    )


def test_read_aloud_needs_the_bot_and_the_server() -> None:
    allowed = policy(read_aloud_allowed=True)
    check_read_aloud(allowed, enabled_bot_wide=True)
    bot_off = refusal(check_read_aloud, allowed, enabled_bot_wide=False)
    assert bot_off.reason == "read_aloud_bot_off" and "READ_ALOUD_ENABLED" in bot_off.user_message
    server_off = refusal(check_read_aloud, policy(), enabled_bot_wide=True)
    assert server_off.reason == "read_aloud_off"
    assert "does not allow read-aloud" in server_off.user_message
    assert policy().read_aloud_allowed is False  # off unless a moderator allows it


# --- Which voice -------------------------------------------------------------------------------


def test_a_member_speaks_with_their_own_voice() -> None:
    own = voice(ALICE)
    assert voice_for_speech(own, ALICE_SPEAKS, policy()) is own
    assert may_speak_with(own, ALICE_SPEAKS, policy())


def test_server_voices_follow_the_servers_setting() -> None:
    shared = voice(BOB, server_voice=True)
    assert voice_for_speech(shared, ALICE_SPEAKS, policy()) is shared
    assert may_speak_with(shared, ALICE_SPEAKS, policy())
    rules = policy(speech_server_voices=False)
    refused = refusal(voice_for_speech, shared, ALICE_SPEAKS, rules)
    assert refused.reason == "server_voices_off"
    assert not may_speak_with(shared, ALICE_SPEAKS, rules)
    # Its owner still speaks with it.
    bob = Speaker(GUILD, BOB, frozenset(), moderator=False)
    assert voice_for_speech(shared, bob, rules) is shared


def test_never_another_members_voice_whatever_the_id() -> None:
    """A member typing another member's private voice ID is told what an unknown ID gets;
    a moderator, who may see it, is told only its owner speaks with it."""
    bobs = voice(BOB)
    refused = refusal(voice_for_speech, bobs, ALICE_SPEAKS, policy())
    assert (refused.reason, refused.user_message) == ("not_here", NOT_HERE)
    by_mod = refusal(voice_for_speech, bobs, MODERATOR, policy())
    assert by_mod.reason == "not_owner"
    assert by_mod.user_message.startswith("Only its owner can speak with this voice")
    for speaker in (ALICE_SPEAKS, MODERATOR):
        assert not may_speak_with(bobs, speaker, policy())


@pytest.mark.parametrize(
    "record",
    [
        None,
        voice(ALICE, guild_id=OTHER_GUILD),
        voice(ALICE, status=CloneStatus.FAILED),
        voice(ALICE, status=CloneStatus.CLONING),
        voice(ALICE, voice_id=None),
        voice(ALICE, voice_deleted_at=datetime(2026, 1, 1, tzinfo=UTC)),
        voice(BOB, guild_id=OTHER_GUILD, server_voice=True),
    ],
    ids=["unknown", "other-guild", "failed", "cloning", "no-voice", "deleted", "other-server"],
)
def test_anything_but_a_live_voice_of_this_server_is_not_here(record: CloneRecord | None) -> None:
    for speaker in (ALICE_SPEAKS, MODERATOR):
        with pytest.raises(UserFacingError) as info:
            voice_for_speech(record, speaker, policy())
        assert info.value.user_message == NOT_HERE
        if record is not None:
            assert not may_speak_with(record, speaker, policy())


def test_the_default_voice_is_the_members_newest_live_own_voice() -> None:
    older, newer = voice(ALICE), voice(ALICE)
    records = [
        voice(BOB),
        voice(BOB, server_voice=True),
        newer,
        older,
        voice(ALICE, voice_deleted_at=datetime(2026, 1, 1, tzinfo=UTC)),
        voice(ALICE, guild_id=OTHER_GUILD),
        voice(ALICE, status=CloneStatus.FAILED),
    ]
    # Newest: made last (the highest id), however the list is ordered.
    records.append(records.pop(records.index(newer)))
    later_dead = voice(ALICE, voice_deleted_at=datetime(2026, 1, 1, tzinfo=UTC))
    assert default_voice([*records, later_dead], ALICE_SPEAKS) is newer
    assert require_default_voice(records, ALICE_SPEAKS, policy()) is newer
    assert default_voice([voice(BOB, server_voice=True)], ALICE_SPEAKS) is None
    refused = refusal(require_default_voice, [voice(BOB)], ALICE_SPEAKS, policy())
    assert refused.reason == "no_voice" and "/clone" in refused.user_message
    assert "server voice" in refused.user_message
    off = refusal(require_default_voice, [], ALICE_SPEAKS, policy(speech_server_voices=False))
    assert "server voice" not in off.user_message


# --- How much ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Defaults:
    speech_member_daily_chars: int = 5000
    speech_guild_daily_chars: int = 50000


def test_daily_characters_come_from_the_server_else_the_bot() -> None:
    assert speech_limits(policy(), Defaults()) == (5000, 50000)
    chosen = policy(speech_member_daily_chars=0, speech_guild_daily_chars=700)
    assert speech_limits(chosen, Defaults()) == (0, 700)  # 0: the server chose unlimited
    assert speech_limits(policy(speech_guild_daily_chars=9), Defaults(0, 1)) == (0, 9)


def test_the_bot_settings_satisfy_the_defaults(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # no developer .env
    for name in ("SPEECH_MEMBER_DAILY_CHARS", "SPEECH_GUILD_DAILY_CHARS"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings(discord_token="t", inworld_api_key="k")
    assert speech_limits(policy(), settings) == (5000, 50000)
