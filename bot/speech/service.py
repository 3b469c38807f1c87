"""Speaking with a cloned voice: who may, with which voice, where, and at what cost.

One entry point, :meth:`SpeechService.say`, serves ``/say``, "Speak this message" and
read-aloud. Every refusal (speech off, a role or channel not allowed, someone else's voice,
too long, over the daily characters, a full queue) comes before any Inworld call; the
characters are counted in the guild-serialised transaction of the usage marks, then the text
is either queued in the voice channel the member is in (streamed, played on its first chunk)
or sent as a voice message with a line saying whose AI voice it is. Every utterance is audited
(who, which voice, where, how many characters; never the text).
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from bot.delivery import safe_name
from bot.errors import UserFacingError
from bot.i18n import SOURCE, Msg, tr
from bot.inworld import InworldError
from bot.inworld.errors import RateLimited
from bot.policy import format_duration
from bot.ratelimit import QueueFull, RateLimiter
from bot.storage import AuditAction, CloneRecord, GuildPolicy

from . import policy as rules
from .opus import opus_available
from .player import (
    BusyElsewhere,
    ConnectFailed,
    HubClosed,
    NotYourUtterance,
    Outcome,
    Skipped,
    Utterance,
    VoiceHub,
)
from .player import QueueFull as SpeechQueueFull
from .policy import SpeechRefusal
from .quota import Charge, CharStore, refund, take_chars
from .text import split_sentences

if TYPE_CHECKING:
    from .voice_message import VoiceMessage

log = logging.getLogger(__name__)

Source = Literal["say", "message", "read_aloud"]
#: One TTS request per sentence group: short enough to start playing quickly.
SENTENCE_CHARS = 400
#: Inworld's streaming PCM rate: what the player and the voice message take.
SAMPLE_RATE = 48_000
#: A voice message's audio is gathered in memory: bounded (10 min of PCM48 mono).
MAX_MESSAGE_PCM_BYTES = 10 * 60 * SAMPLE_RATE * 2


class SpeechApi(Protocol):
    def stream_speech(
        self, text: str, *, voice_id: str, model_id: str, sample_rate: int = SAMPLE_RATE
    ) -> AbstractAsyncContextManager[AsyncIterator[bytes]]: ...


class SpeechStore(CharStore, Protocol):
    """What speaking reads and writes (the characters' part is :class:`CharStore`)."""

    async def get_policy(self, guild_id: int) -> GuildPolicy: ...

    async def find_voice(self, guild_id: int, voice_id: str) -> CloneRecord | None: ...

    async def library(
        self,
        guild_id: int,
        *,
        user_id: int | None,
        include_server: bool,
        search: str = "",
        offset: int = 0,
        limit: int = 25,
    ) -> tuple[list[CloneRecord], int]: ...

    async def set_read_aloud(
        self, guild_id: int, user_id: int, *, enabled: bool, voice_id: str | None = None
    ) -> Any: ...

    async def forget_read_aloud_voice(self, guild_id: int, voice_ids: Sequence[str]) -> int: ...

    async def add_audit(
        self,
        guild_id: int,
        action: AuditAction | str,
        *,
        record_id: int | None = None,
        actor_id: int | None = None,
        detail: Any = None,
        post: bool = True,
    ) -> Any: ...


class SpeechMetrics(Protocol):
    def speech_accepted(self, characters: int) -> None: ...

    def speech_refused(self, reason: str) -> None: ...

    def speech_started(self, seconds: float) -> None: ...

    def speech_finished(self, via: str, outcome: str) -> None: ...


class _NoMetrics:
    def speech_accepted(self, characters: int) -> None:
        pass

    def speech_refused(self, reason: str) -> None:
        pass

    def speech_started(self, seconds: float) -> None:
        pass

    def speech_finished(self, via: str, outcome: str) -> None:
        pass


NO_METRICS: SpeechMetrics = _NoMetrics()


class VoicePoster(Protocol):
    """Discord's side of a voice message: the disclosure line, then the message itself."""

    async def post_line(self, channel_id: int, text: str) -> int: ...

    async def delete_line(self, channel_id: int, message_id: int) -> None: ...

    async def post_voice_message(self, channel_id: int, message: VoiceMessage) -> int: ...


@dataclass(frozen=True)
class SpeechConfig:
    model_id: str = "inworld-tts-1.5-mini"
    max_chars: int = 1000
    #: Defaults of a server that did not choose (``/clone-settings speech``); 0 = unlimited.
    speech_member_daily_chars: int = 5000
    speech_guild_daily_chars: int = 50_000
    read_aloud_enabled: bool = False


@dataclass(frozen=True)
class Speaker:
    """The member asking to speak, as the rules need them (no Discord object)."""

    guild_id: int
    user_id: int
    display_name: str
    moderator: bool
    role_ids: frozenset[int] = frozenset()

    @property
    def rules(self) -> rules.Speaker:
        return rules.Speaker(self.guild_id, self.user_id, self.role_ids, self.moderator)


@dataclass(frozen=True)
class SpeakRequest:
    speaker: Speaker
    text: str
    text_channel_id: int
    #: The voice channel the member is in (a discord.py channel), or None: a voice message.
    voice_channel: Any = None
    voice_id: str | None = None
    source: Source = "say"
    #: The server's language: the voice message's line and the channel status, which
    #: everyone reads (``CloneBot.guild_locale``).
    server_locale: str = SOURCE


@dataclass(frozen=True)
class SpeakOutcome:
    where: Literal["voice_channel", "voice_message"]
    voice: CloneRecord
    chars: int
    #: In a voice channel: 0 = speaking now, n = n utterances before it.
    position: int | None = None
    message_id: int | None = None


@dataclass
class SpeechService:
    store: SpeechStore
    inworld: SpeechApi
    limiter: RateLimiter
    hub: VoiceHub
    poster: VoicePoster
    config: SpeechConfig
    #: Called after each audit event was stored (its post goes through the outbox).
    audited: Callable[[], Awaitable[None]] | None = None
    metrics: SpeechMetrics = field(default_factory=lambda: NO_METRICS)
    #: Whether voice channels can be spoken in here (libopus loads); voice messages need not.
    can_play_voice: Callable[[], bool] = opus_available
    _ids: int = field(default=0, init=False)

    # --- choosing a voice ---------------------------------------------------------------

    async def voices_for(self, speaker: Speaker, search: str) -> list[CloneRecord]:
        """Autocomplete: the member's own live voices, and the server voices when the server
        lets members speak with them. Never another member's voice, moderators included."""
        policy = await self.store.get_policy(speaker.guild_id)
        records, _ = await self.store.library(
            speaker.guild_id,
            user_id=speaker.user_id,
            include_server=policy.speech_server_voices,
            search=search.strip(),
            limit=25,
        )
        return [r for r in records if rules.may_speak_with(r, speaker.rules, policy)]

    async def _voice(
        self, speaker: Speaker, voice_id: str | None, policy: GuildPolicy
    ) -> CloneRecord:
        if voice_id:
            record = await self.store.find_voice(speaker.guild_id, voice_id.strip())
            return rules.voice_for_speech(record, speaker.rules, policy)
        records, _ = await self.store.library(
            speaker.guild_id, user_id=speaker.user_id, include_server=False, limit=25
        )
        return rules.require_default_voice(records, speaker.rules, policy)

    # --- speaking -----------------------------------------------------------------------

    async def say(self, request: SpeakRequest) -> SpeakOutcome:
        """Speak ``request.text``, or raise a refusal (:class:`SpeechRefusal`, counted by rule)
        or a failure (a :class:`UserFacingError`) that cost the member nothing."""
        try:
            return await self._say(request)
        except SpeechRefusal as refusal:
            self.metrics.speech_refused(refusal.reason)
            raise

    async def _say(self, request: SpeakRequest) -> SpeakOutcome:
        speaker = request.speaker
        policy = await self.store.get_policy(speaker.guild_id)
        self._check_where(request, policy)
        # Spaces collapsed; line breaks kept (pauses, and where long texts are split).
        lines = (" ".join(line.split()) for line in request.text.splitlines())
        text = "\n".join(line for line in lines if line)
        if not text:
            raise SpeechRefusal(Msg("speech-empty"), reason="empty")
        if len(text) > self.config.max_chars:
            raise SpeechRefusal(
                Msg("speech-too-long", length=len(text), max=self.config.max_chars),
                reason="too_long",
            )
        voice = await self._voice(speaker, request.voice_id, policy)
        await self._check_room(speaker.guild_id)
        limits = rules.speech_limits(policy, self.config)
        charge = await take_chars(self.store, speaker.guild_id, speaker.user_id, len(text), limits)
        try:
            if request.voice_channel is not None:
                outcome = await self._queue(request, voice, text, charge)
            else:
                outcome = await self._message(request, voice, text)
        except BaseException:
            # Nothing was spoken: the characters are given back.
            await self._refund(charge)
            raise
        self.metrics.speech_accepted(outcome.chars)
        if outcome.where == "voice_message":
            self.metrics.speech_finished("voice_message", "sent")
        await self._audit(request, voice, outcome)
        return outcome

    def _check_where(self, request: SpeakRequest, policy: GuildPolicy) -> None:
        speaker = request.speaker
        rules.check_may_speak(policy, speaker.rules)
        rules.check_text_channel(policy, request.text_channel_id)
        if request.voice_channel is not None:
            rules.check_voice_channel(policy, request.voice_channel.id)
            if not self.can_play_voice():
                raise SpeechRefusal(Msg("speech-no-opus"), reason="no_opus")
        if request.source == "read_aloud":
            rules.check_read_aloud(policy, enabled_bot_wide=self.config.read_aloud_enabled)

    async def _check_room(self, guild_id: int) -> None:
        try:
            await self.limiter.check_room(guild_id)
        except QueueFull as full:
            key = "speech-tts-queue-full-server" if full.group else "speech-tts-queue-full"
            wait = format_duration(full.retry_in)
            raise SpeechRefusal(
                Msg(key, waiting=full.waiting, wait=wait), reason="tts_queue_full"
            ) from None

    @staticmethod
    def _may_still_speak(
        current: CloneRecord | None, speaker: Speaker, policy: GuildPolicy
    ) -> bool:
        """Speech still on here, and the voice still one the member may use (not deleted,
        erased, made private, or a server voice once server voices were turned off)."""
        return (
            current is not None
            and policy.speech_enabled
            and rules.may_speak_with(current, speaker.rules, policy)
        )

    async def _refund(self, charge: Charge) -> None:
        try:
            await refund(self.store, charge)
        except Exception:
            log.exception("could not give back %d speech characters", charge.chars)

    def _audio(
        self, speaker: Speaker, voice: CloneRecord, text: str
    ) -> Callable[[], AsyncGenerator[bytes]]:
        """The utterance's audio, opened when its turn comes: each sentence group passes the
        TTS limiter (the server's share included) and streams from Inworld. Before each one
        the voice is checked again (deleted, erased, made private, server voices turned
        off), so a voice the member may no longer use is never heard, in any process."""
        voice_id = voice.voice_id
        assert voice_id is not None
        guild_id = voice.guild_id

        async def audio() -> AsyncGenerator[bytes]:
            for part in split_sentences(text, SENTENCE_CHARS):
                current = await self.store.find_voice(guild_id, voice_id)
                policy = await self.store.get_policy(guild_id)
                if not self._may_still_speak(current, speaker, policy):
                    return
                stream = self.inworld.stream_speech(
                    part, voice_id=voice_id, model_id=self.config.model_id
                )
                async with self.limiter.slot(group=guild_id), stream as chunks:
                    async for chunk in chunks:
                        yield chunk

        return audio

    async def _queue(
        self, request: SpeakRequest, voice: CloneRecord, text: str, charge: Charge
    ) -> SpeakOutcome:
        self._ids += 1
        started = False
        accepted = time.monotonic()

        async def on_started() -> None:
            nonlocal started
            started = True
            self.metrics.speech_started(time.monotonic() - accepted)

        async def on_finished(outcome: Outcome) -> None:
            self.metrics.speech_finished("voice_channel", outcome)
            if not started:  # failed, skipped, stopped or forgotten before a sound
                await self._refund(charge)

        speaker = request.speaker
        own = voice.user_id == speaker.user_id
        locale = request.server_locale
        utterance = Utterance(
            id=f"u{self._ids}",
            guild_id=speaker.guild_id,
            speaker_id=speaker.user_id,
            owner_name=speaker.display_name
            if own
            else tr(locale, "speech-status-server-voice", name=voice.display_name),
            locale=locale,
            voice_owner_id=voice.user_id,
            voice_id=voice.voice_id or "",
            voice_name=voice.display_name,
            text_channel_id=request.text_channel_id,
            chars=len(text),
            audio=self._audio(speaker, voice, text),
            on_started=on_started,
            on_finished=on_finished,
        )
        try:
            position = await self.hub.enqueue(request.voice_channel, utterance)
        except SpeechQueueFull:
            raise SpeechRefusal(Msg("speech-voice-queue-full"), reason="voice_queue_full") from None
        except ConnectFailed:
            raise SpeechRefusal(Msg("speech-connect-failed"), reason="connect_failed") from None
        except HubClosed:
            raise UserFacingError(Msg("speech-restarting")) from None
        except BusyElsewhere as busy:
            raise SpeechRefusal(
                Msg("speech-busy-elsewhere", channel_id=str(busy.channel_id)),
                reason="busy_elsewhere",
            ) from None
        return SpeakOutcome("voice_channel", voice, len(text), position=position)

    async def _message(self, request: SpeakRequest, voice: CloneRecord, text: str) -> SpeakOutcome:
        pcm = bytearray()
        try:
            # aclosing: a refusal mid-way closes the TTS stream and its limiter slot at once.
            async with contextlib.aclosing(self._audio(request.speaker, voice, text)()) as audio:
                async for chunk in audio:
                    pcm += chunk
                    if len(pcm) > MAX_MESSAGE_PCM_BYTES:
                        raise UserFacingError(Msg("speech-message-too-long"))
        except InworldError as error:
            log.warning("speech for a voice message failed: %s", error)
            raise UserFacingError(speech_failure(error)) from None
        # Checked again once gathered: a voice deleted or erased meanwhile is not posted.
        current = await self.store.find_voice(voice.guild_id, voice.voice_id or "")
        policy = await self.store.get_policy(voice.guild_id)
        if not pcm or not self._may_still_speak(current, request.speaker, policy):
            raise UserFacingError(Msg("speech-voice-gone"))
        del pcm[len(pcm) // 2 * 2 :]  # whole 16-bit samples only
        # Imported here: voice messages load numpy (memory, issue #19).
        from .voice_message import VoiceMessageError, build_voice_message

        try:
            message = await build_voice_message(bytes(pcm), sample_rate=SAMPLE_RATE)
        except VoiceMessageError as error:
            log.warning("could not make a voice message: %s", error)
            raise UserFacingError(Msg("speech-unsendable")) from None
        channel_id = request.text_channel_id
        line = await self.poster.post_line(
            channel_id, disclosure(request.speaker, voice, request.server_locale)
        )
        try:
            message_id = await self.poster.post_voice_message(channel_id, message)
        except BaseException:
            await self.poster.delete_line(channel_id, line)  # no line without its message
            raise
        return SpeakOutcome("voice_message", voice, len(text), message_id=message_id)

    async def _audit(
        self, request: SpeakRequest, voice: CloneRecord, outcome: SpeakOutcome
    ) -> None:
        channel_id = (
            request.voice_channel.id
            if request.voice_channel is not None
            else request.text_channel_id
        )
        detail = {
            "voice_id": voice.voice_id,
            "voice_owner_id": voice.user_id,
            "channel_id": channel_id,
            "characters": outcome.chars,
            "via": outcome.where,
            "source": request.source,
            "model_id": self.config.model_id,
        }
        try:
            await self.store.add_audit(
                request.speaker.guild_id,
                AuditAction.SPOKE,
                record_id=voice.id,
                actor_id=request.speaker.user_id,
                detail=detail,
                # Read-aloud speaks every typed message: stored, not posted one by one.
                post=request.source != "read_aloud",
            )
        except Exception:
            log.exception("could not store the speech audit event")
            return
        if self.audited is not None:
            await self.audited()

    # --- the call: skip, stop, leave -----------------------------------------------------

    async def skip(self, speaker: Speaker) -> Skipped | None:
        """The utterance playing: its speaker, the voice's owner, or a moderator."""
        try:
            return await self.hub.skip(
                speaker.guild_id, user_id=speaker.user_id, moderator=speaker.moderator
            )
        except NotYourUtterance:
            raise UserFacingError(Msg("speech-skip-not-yours")) from None

    async def stop(self, speaker: Speaker) -> int:
        """Moderators: silence the bot at once, the queue cleared."""
        if not speaker.moderator:
            raise UserFacingError(Msg("speech-stop-moderators-only"))
        return await self.hub.stop(speaker.guild_id)

    async def leave(self, speaker: Speaker, member_channel_id: int | None) -> bool:
        """Moderators always; a member in the bot's channel when nothing of anyone else is
        playing or waiting."""
        channel_id = self.hub.channel_of(speaker.guild_id)
        if channel_id is None:
            return False
        if not speaker.moderator:
            if member_channel_id != channel_id:
                raise UserFacingError(Msg("speech-leave-join-first"))
            queue = self.hub.queue_of(speaker.guild_id)
            others = [
                u
                for u in ([queue.current] if queue.current else []) + list(queue.queued)
                if u.speaker_id != speaker.user_id
            ]
            if others:
                raise UserFacingError(Msg("speech-leave-others-waiting"))
        return await self.hub.leave(speaker.guild_id)

    # --- read-aloud ---------------------------------------------------------------------

    async def set_read_aloud(
        self, speaker: Speaker, on: bool, voice_id: str | None = None
    ) -> CloneRecord | None:
        """Turn read-aloud on (with a voice the member may speak with) or off; returns the
        voice it will read with (None when off)."""
        if not on:
            await self.store.set_read_aloud(speaker.guild_id, speaker.user_id, enabled=False)
            return None
        policy = await self.store.get_policy(speaker.guild_id)
        rules.check_read_aloud(policy, enabled_bot_wide=self.config.read_aloud_enabled)
        rules.check_may_speak(policy, speaker.rules)
        voice = await self._voice(speaker, voice_id, policy)
        await self.store.set_read_aloud(
            speaker.guild_id,
            speaker.user_id,
            enabled=True,
            voice_id=voice.voice_id if voice_id else None,
        )
        return voice

    # --- erasure and deletion -----------------------------------------------------------

    async def forget_member(self, guild_id: int | None, user_id: int) -> int:
        """Erasure: nothing more is spoken by or with the member, queued utterances included
        (the utterance playing stops before this returns)."""
        return await self.hub.forget_member(guild_id, user_id)

    async def forget_voice(self, guild_id: int, voice_id: str) -> int:
        """A deleted voice: nothing queued with it is spoken, and members reading aloud with
        it fall back to their own voice."""
        await self.store.forget_read_aloud_voice(guild_id, [voice_id])
        return await self.hub.forget_voice(voice_id)

    async def voice_unshared(self, guild_id: int, voice_id: str) -> None:
        """A server voice made private again: other members reading aloud with it fall back
        to their own (their queued texts stop at their next sentence group)."""
        await self.store.forget_read_aloud_voice(guild_id, [voice_id])


def speech_failure(error: InworldError) -> Msg:
    """What the member reads when Inworld could not speak the text (nothing was posted)."""
    if isinstance(error, RateLimited):
        return Msg("speech-tts-rate-limited")
    return Msg("speech-tts-failed", reason=error.text())


def disclosure(speaker: Speaker, voice: CloneRecord, locale: str = SOURCE) -> str:
    """The line above a voice message: whose AI voice it is (a mention that pings nobody),
    in the server's language (everyone in the channel reads it)."""
    own = voice.user_id == speaker.user_id
    return tr(
        locale,
        "speech-disclosure-own" if own else "speech-disclosure-server",
        user_id=str(speaker.user_id),
        name=safe_name(voice.display_name),
    )
