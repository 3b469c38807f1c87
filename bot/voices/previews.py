"""Spoken previews of a voice (``POST /tts/v1/voice``): after a clone, and ``/voices preview``.

Bounded four ways: a text length limit, a per-member cooldown, daily limits per member and
per server (usage marks, see :mod:`.limits`), and a limiter of their own (TTS limits differ
from clone limits) whose queue each server may fill only to its share. Every preview a member
asks for is audited with who, which voice and how long the text was (never the text).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from bot.errors import UserFacingError
from bot.i18n import Msg
from bot.inworld import Speech
from bot.policy import Limit, format_duration
from bot.ratelimit import QueueFull, RateLimiter
from bot.storage import AuditAction, CloneRecord, GuildPolicy
from bot.storage.models import UsageKind

from .access import Actor, check_preview
from .library import AuditPost, LibraryStore, VoiceLibrary
from .limits import PREVIEWS, take_use
from .sentences import default_sentence

log = logging.getLogger(__name__)

EXTENSIONS = {"MP3": "mp3", "LINEAR16": "wav"}


class SpeechApi(Protocol):
    async def synthesize(
        self, text: str, *, voice_id: str, model_id: str, encoding: str = "MP3"
    ) -> Speech: ...


@dataclass(frozen=True)
class PreviewConfig:
    model_id: str = "inworld-tts-1.5-mini"
    encoding: str = "MP3"
    enabled: bool = True  # the default of a guild that did not choose
    max_chars: int = 300
    cooldown_seconds: float = 20.0
    #: The result waits at most this long for its preview (the voice ID never waits longer).
    result_timeout_seconds: float = 20.0


@dataclass(frozen=True)
class Preview:
    """A synthesized preview, ready to attach."""

    audio: bytes
    filename: str
    text: str


def preview_text(policy: GuildPolicy, language: str) -> str:
    """The guild's preview sentence, else the default one of the voice's language."""
    return policy.preview_text or default_sentence(language)


def preview_enabled(policy: GuildPolicy, default: bool) -> bool:
    return default if policy.preview_enabled is None else policy.preview_enabled


class PreviewService:
    def __init__(
        self,
        *,
        inworld: SpeechApi,
        limiter: RateLimiter,
        library: VoiceLibrary,
        store: LibraryStore,
        post_audit: AuditPost,
        config: PreviewConfig,
        limits: Sequence[Limit] = (),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inworld = inworld
        self.limiter = limiter
        self.library = library
        self.store = store
        self.post_audit = post_audit
        self.config = config
        #: ``/voices preview`` per member and per server (PREVIEWS_PER_*_DAY).
        self.limits = tuple(limits)
        self._clock = clock
        self._last: dict[tuple[int, int], float] = {}

    def enabled_for(self, policy: GuildPolicy) -> bool:
        return preview_enabled(policy, self.config.enabled)

    async def speak(self, record: CloneRecord, text: str, voice_id: str | None = None) -> Preview:
        """Synthesize ``text`` in the record's voice through the TTS limiter. Raises the
        client's errors (``InworldError``) and ``QueueFull``."""
        await self._check_room(record.guild_id)
        return await self._synthesize(record, text, voice_id)

    async def _check_room(self, guild_id: int) -> None:
        """Refuse a preview the TTS queue has no room for (in all, or in the server's share)."""
        try:
            await self.limiter.check_room(guild_id)
        except QueueFull as full:
            key = "voices-preview-queue-full-server" if full.group else "voices-preview-queue-full"
            wait = format_duration(full.retry_in)
            raise UserFacingError(Msg(key, waiting=full.waiting, wait=wait)) from None

    async def _synthesize(
        self, record: CloneRecord, text: str, voice_id: str | None = None
    ) -> Preview:
        voice_id = voice_id or record.voice_id
        assert voice_id is not None
        async with self.limiter.slot(group=record.guild_id):
            speech = await self.inworld.synthesize(
                text,
                voice_id=voice_id,
                model_id=self.config.model_id,
                encoding=self.config.encoding,
            )
        extension = EXTENSIONS.get(speech.encoding, "mp3")
        return Preview(speech.audio, f"preview-{record.id}.{extension}", text)

    async def after_clone(self, record: CloneRecord, voice_id: str) -> Preview | None:
        """The result's preview, or None when the guild turned previews off. Errors propagate
        (the caller says the preview failed and why, with the voice ID still shown)."""
        policy = await self.store.get_policy(record.guild_id)
        if not self.enabled_for(policy):
            return None
        text = preview_text(policy, record.language)
        async with asyncio.timeout(self.config.result_timeout_seconds):
            preview = await self.speak(record, text, voice_id)
        await self._audit(policy, record, record.user_id, len(text), "result", voice_id)
        return preview

    def _check_text(self, text: str | None, policy: GuildPolicy, record: CloneRecord) -> str:
        chosen = " ".join((text or "").split())
        if not chosen:  # the server's or the language's sentence: not the member's to bound
            return preview_text(policy, record.language)
        if len(chosen) > self.config.max_chars:
            raise UserFacingError(
                Msg("voices-preview-too-long", length=len(chosen), max=self.config.max_chars)
            )
        return chosen

    def _check_cooldown(self, actor: Actor) -> None:
        key = (actor.guild_id, actor.user_id)
        last = self._last.get(key)
        now = self._clock()
        if last is not None and now - last < self.config.cooldown_seconds:
            wait = self.config.cooldown_seconds - (now - last)
            raise UserFacingError(Msg("voices-preview-cooldown", wait=format_duration(wait)))

    async def preview(self, actor: Actor, voice_id: str, text: str | None) -> Preview:
        """``/voices preview``: the refusals (foreign voice, private voice, too long, cooldown,
        a full TTS queue, the daily limits) come before any API call; only a preview that
        passed them all is counted."""
        record = await self.library.find(actor, voice_id)
        policy = await self.store.get_policy(actor.guild_id)
        check_preview(record, actor, open_previews=policy.preview_open)
        chosen = self._check_text(text, policy, record)
        self._check_cooldown(actor)
        self._last[(actor.guild_id, actor.user_id)] = self._clock()  # before any await
        await self._check_room(actor.guild_id)
        await take_use(self.store, UsageKind.PREVIEWED, actor, self.limits, PREVIEWS)
        preview = await self._synthesize(record, chosen)
        await self._audit(policy, record, actor.user_id, len(chosen), "command")
        return preview

    async def _audit(
        self,
        policy: GuildPolicy,
        record: CloneRecord,
        actor_id: int,
        length: int,
        via: str,
        voice_id: str | None = None,
    ) -> None:
        detail: dict[str, Any] = {
            "voice_id": voice_id or record.voice_id,
            "text_length": length,
            "model_id": self.config.model_id,
            "via": via,
        }
        try:
            await self.store.add_audit(
                record.guild_id,
                AuditAction.PREVIEWED,
                record_id=record.id,
                actor_id=actor_id,
                detail=detail,
            )
        except Exception:
            log.exception("could not store the preview audit event")
        if via == "command":  # the result's own preview is not worth a channel post
            await self.post_audit(policy, AuditAction.PREVIEWED, record, actor_id, detail)
