"""Spoken consent without Discord: issue a fresh sentence, then judge the recording of it.

A member of a verifying guild first gets a sentence (a *challenge*: single use, bound to member
and guild, expiring). Its recording becomes the first sample of the clone once it is judged:

* offline, before any quota is spent, where the recognizer has a model (English);
* otherwise by the clone API's own transcription of that sample, after the voice exists: the
  desk deletes the voice at once when the transcription does not match (``pending``).

A recording whose hash was seen before (any guild, any challenge) is a replay and is refused.
So is a recording that holds more than the sentence (another voice before or after it): the
sentence must be nearly all of its speech. The recording is the request's only sample: extra
samples are refused before anything is judged (see :func:`extra_samples_refusal`). Every
decision is stored on the challenge, in the record's ``verification`` facts and in the audit log.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal, Protocol

from ..audio import ProcessedSample
from ..cloning import CloneOptions
from ..delivery.text import safe_text
from ..i18n import Msg, Text
from ..policy import PolicyRefusal, format_duration
from ..storage import (
    AuditAction,
    ChallengeStatus,
    CloneRecord,
    ConsentChallenge,
    VerificationMode,
    utcnow,
)
from .challenge_text import compose
from .recognizer import Hearing, RecognizerUnavailable, hear_transcription

log = logging.getLogger(__name__)

#: A member whose recordings were refused ``max_attempts`` times in this window gets no new
#: sentence until the oldest refusal is this old.
FAILURE_WINDOW = timedelta(hours=1)
#: The recognizer of the API route, as stored and shown.
API_RECOGNIZER = "inworld-transcription"
#: An offline hearing this close (this many random words heard, but not enough to accept) is
#: left to the API's transcription instead of refused. Measured on 32 espeak-ng speakers
#: (benchmarks/consent_eval.py): 3 of the 7 right readings refused offline heard 2 words, and
#: 1 of 32 readings of another sentence did (every other heard at most 1).
UNSURE_KEYWORDS = 2

Route = Literal["auto", "inworld"]
Audit = Callable[
    [int, AuditAction, CloneRecord | None, int | None, dict[str, Any]], Awaitable[None]
]


class ChallengeStore(Protocol):
    """The store methods the verifier uses (``bot.storage.challenges``)."""

    async def issue_challenge(self, **fields: Any) -> ConsentChallenge: ...
    async def latest_challenge(self, guild_id: int, user_id: int) -> ConsentChallenge | None: ...
    async def settle_challenge(
        self,
        challenge_id: int,
        from_statuses: Any,
        to: ChallengeStatus,
        *,
        unexpired_at: datetime | None = None,
        **fields: Any,
    ) -> ConsentChallenge | None: ...
    async def get_challenge(self, challenge_id: int) -> ConsentChallenge | None: ...
    async def recording_seen(self, sha256: str, *, besides: int | None = None) -> bool: ...
    async def verification_failures(
        self, guild_id: int, user_id: int, since: datetime
    ) -> list[datetime]: ...


class Recognizer(Protocol):
    """The offline recognizer (``bot.consent.recognizer.SentenceRecognizer``)."""

    def supports(self, language: str) -> bool: ...
    async def hear(self, wav: bytes, sentence: str, keywords: Any) -> Hearing: ...


class RecordingRefused(PolicyRefusal):
    """The recording does not prove the member read their sentence.

    ``decision`` says why (mismatch, extra_speech, extra_samples, replayed, not_voice_message,
    expired, used, not_yours);
    ``next_challenge`` is the new sentence to read (None when no try is left), ``heard`` what
    the recognizer heard (None when nothing was recognized, e.g. a replay).
    """

    def __init__(
        self,
        user_message: Text,
        *,
        reason: str,
        heard: str | None = None,
        next_challenge: ConsentChallenge | None = None,
        retry_in: float | None = None,
    ) -> None:
        super().__init__(user_message, reason="spoken_consent")
        self.decision = reason
        self.heard = heard
        self.next_challenge = next_challenge
        self.retry_in = retry_in


@dataclass(frozen=True)
class Verified:
    """A recording that passed (or awaits the API's transcription: ``pending``)."""

    facts: dict[str, Any]
    #: The transcription to send with the sample: the sentence, once the recognizer heard it;
    #: None on the API route (the API must transcribe the audio itself).
    transcription: str | None

    @property
    def pending(self) -> bool:
        return self.facts.get("decision") == "pending"


def extra_samples_refusal(challenge: ConsentChallenge, samples: int) -> RecordingRefused | None:
    """Refuses a request with more than the sentence's recording as samples (None: one sample).

    Why refuse rather than check each: a second sample could be anyone's voice, and checking it
    would take a sentence of its own for each (three readings, three checks, for one clone);
    the sentence alone is ~8 s of speech, enough for a clone. The sentence stays valid.
    """
    if samples <= 1:
        return None
    return RecordingRefused(
        Msg("consent-extra-samples", expires=_unix(challenge.expires_at)),
        reason="extra_samples",
    )


def challenge_facts(challenge: ConsentChallenge) -> dict[str, Any]:
    """The audit detail of a challenge and what was decided about it."""
    facts: dict[str, Any] = {
        "challenge_id": challenge.id,
        "sentence": challenge.sentence,
        "language": challenge.language,
        "attempt": challenge.attempt,
    }
    for name in ("heard", "score", "recognizer", "recording_sha256", "voice_message", "decision"):
        value = getattr(challenge, name)
        if value is not None:
            facts[name] = round(value, 3) if isinstance(value, float) else value
    return facts


def is_live(challenge: ConsentChallenge) -> bool:
    """Whether the sentence has not expired yet."""
    return challenge.expires_at > utcnow()


def options_facts(options: CloneOptions) -> dict[str, Any]:
    return {
        "name": options.name,
        "language": options.language,
        "description": options.description,
        "tags": list(options.tags),
        "remove_noise": options.remove_noise,
    }


def options_from_facts(facts: dict[str, Any], *, language: str) -> CloneOptions:
    """The clone options a challenge was issued with (the message menu's request)."""
    return CloneOptions(
        name=str(facts.get("name") or "My voice"),
        language=str(facts.get("language") or language),
        description=facts.get("description") or None,
        tags=tuple(str(t) for t in facts.get("tags") or ()),
        remove_noise=bool(facts.get("remove_noise", False)),
    )


class ConsentVerifier:
    """Issues challenges and judges their recordings (offline or by the API's transcription)."""

    def __init__(
        self,
        store: ChallengeStore,
        recognizer: Recognizer,
        *,
        audit: Audit,
        timeout: timedelta,
        max_attempts: int,
        route: Route = "auto",
    ) -> None:
        self.store = store
        self.recognizer = recognizer
        self._audit = audit
        self.timeout = timeout
        self.max_attempts = max_attempts
        self.route: Route = route

    # --- challenges -----------------------------------------------------------------------

    def offline(self, language: str) -> bool:
        """Whether recordings in ``language`` are judged before any quota is spent."""
        return self.route == "auto" and self.recognizer.supports(language)

    async def waiting(self, guild_id: int, user_id: int) -> ConsentChallenge | None:
        """The member's newest sentence if no recording of it came yet (it may have expired:
        see :func:`is_live`)."""
        latest = await self.store.latest_challenge(guild_id, user_id)
        if latest is None or latest.status != ChallengeStatus.OPEN.value:
            return None
        return latest

    async def live(self, guild_id: int, user_id: int) -> ConsentChallenge | None:
        """The member's sentence that still waits for its recording, if any."""
        waiting = await self.waiting(guild_id, user_id)
        return waiting if waiting is not None and is_live(waiting) else None

    async def expired(self, guild_id: int, user_id: int) -> ConsentChallenge | None:
        """The member's newest sentence if it expired before any recording of it came."""
        waiting = await self.waiting(guild_id, user_id)
        return waiting if waiting is not None and not is_live(waiting) else None

    async def issue(
        self,
        *,
        guild_id: int,
        channel_id: int,
        user_id: int,
        member_name: str,
        guild_name: str,
        options: CloneOptions,
        attempt: int = 1,
    ) -> ConsentChallenge:
        """A fresh sentence for the member; refused while they have used up their tries."""
        wait = await self._tries_wait(guild_id, user_id)
        if wait is not None:
            raise PolicyRefusal(
                Msg("consent-tries-used", count=self.max_attempts, wait=format_duration(wait)),
                reason="verification_tries",
            )
        text = compose(options.language, member=member_name, guild=guild_name)
        now = utcnow()
        challenge = await self.store.issue_challenge(
            guild_id=guild_id,
            user_id=user_id,
            channel_id=channel_id,
            language=text.language,
            sentence=text.sentence,
            keywords=list(text.keywords),
            options={
                **options_facts(options),
                "member_name": member_name,
                "guild_name": guild_name,
            },
            attempt=attempt,
            created_at=now,
            expires_at=now + self.timeout,
        )
        await self._audit(
            guild_id,
            AuditAction.CHALLENGE_ISSUED,
            None,
            user_id,
            {
                "challenge_id": challenge.id,
                "sentence": challenge.sentence,
                "language": challenge.language,
                "fell_back": text.fell_back,
                "attempt": attempt,
                "expires_at": challenge.expires_at.isoformat(),
            },
        )
        return challenge

    async def _tries_wait(self, guild_id: int, user_id: int) -> float | None:
        """Seconds until the member may have a new sentence (None: now)."""
        now = utcnow()
        failures = await self.store.verification_failures(guild_id, user_id, now - FAILURE_WINDOW)
        if len(failures) < self.max_attempts:
            return None
        oldest = failures[len(failures) - self.max_attempts]
        return max(1.0, (oldest + FAILURE_WINDOW - now).total_seconds())

    # --- recordings -----------------------------------------------------------------------

    async def check(
        self,
        challenge: ConsentChallenge,
        recordings: Sequence[ProcessedSample],
        *,
        record: CloneRecord,
        mode: VerificationMode,
        voice_message: bool,
    ) -> Verified:
        """Judge the recording of ``challenge``: ``recordings`` are ``record``'s samples, and
        must be that recording alone.

        Raises :class:`RecordingRefused` (with the next sentence when a try is left).
        """
        if (challenge.guild_id, challenge.user_id) != (record.guild_id, record.user_id):
            raise RecordingRefused(Msg("consent-not-yours"), reason="not_yours")
        extra = extra_samples_refusal(challenge, len(recordings))
        if extra is not None:
            raise extra
        if not recordings:
            raise ValueError("check() needs the recording of the sentence")
        recording = recordings[0]
        claimed = await self.store.settle_challenge(
            challenge.id,
            {ChallengeStatus.OPEN},
            ChallengeStatus.CHECKING,
            unexpired_at=utcnow(),
            record_id=record.id,
            recording_sha256=recording.sha256,
            voice_message=voice_message,
        )
        if claimed is None:
            raise await self._unusable(challenge)
        if mode is VerificationMode.STRICT and not voice_message:
            raise await self._refuse(
                claimed,
                record,
                "not_voice_message",
                Msg("consent-not-voice-message"),
            )
        if await self.store.recording_seen(recording.sha256, besides=claimed.id):
            raise await self._refuse(
                claimed,
                record,
                "replayed",
                Msg("consent-replayed"),
            )
        hearing: Hearing | None = None
        if self.offline(claimed.language):
            try:
                hearing = await self.recognizer.hear(
                    recording.wav, claimed.sentence, tuple(claimed.keywords)
                )
            except RecognizerUnavailable as exc:
                # The API's transcription judges it instead (after the clone).
                log.warning("challenge %s: offline recognizer unavailable: %s", claimed.id, exc)
        unsure = (
            hearing is not None
            and not hearing.accepted
            and not hearing.extra_speech  # the sentence was heard, with another voice around it
            and hearing.keywords_heard >= UNSURE_KEYWORDS
        )
        if hearing is None or unsure:
            used = await self.store.settle_challenge(
                claimed.id,
                {ChallengeStatus.CHECKING},
                ChallengeStatus.USED,
                recognizer=API_RECOGNIZER,
                decision="pending",
            )
            facts = self._facts(used or claimed, mode)
            if hearing is not None:  # what the offline recognizer made of it, for the record
                facts["offline_heard"] = hearing.heard[:2000]
                facts["offline_score"] = round(hearing.score, 3)
            return Verified(facts, transcription=None)
        decided = await self.store.settle_challenge(
            claimed.id,
            {ChallengeStatus.CHECKING},
            ChallengeStatus.USED if hearing.accepted else ChallengeStatus.FAILED,
            heard=hearing.heard[:2000],
            score=float(hearing.score),
            recognizer=hearing.recognizer,
            decision=_decision(hearing),
        )
        decided = decided or claimed
        if not hearing.accepted:
            raise await self._mismatch(decided, record, hearing)
        facts = self._facts(decided, mode)
        if hearing.extra_seconds is not None:
            facts["extra_speech_seconds"] = hearing.extra_seconds
        await self._audit(record.guild_id, AuditAction.VERIFIED, record, record.user_id, facts)
        return Verified(facts, transcription=decided.sentence)

    async def judge_transcription(
        self, record: CloneRecord, transcription: str | None
    ) -> Hearing | None:
        """Judge a pending recording by the API's transcription of it; None when the record
        needs no judging. A mismatch is stored and audited (the caller deletes the voice and
        raises :meth:`refusal_after_clone`)."""
        facts = record.verification or {}
        if facts.get("decision") != "pending":
            return None
        challenge = await self.store.get_challenge(int(facts["challenge_id"]))
        sentence = challenge.sentence if challenge else str(facts.get("sentence", ""))
        keywords = tuple(challenge.keywords) if challenge else tuple(facts.get("keywords", ()))
        language = challenge.language if challenge else record.language
        hearing = hear_transcription(transcription, sentence, keywords, language)
        if challenge is not None:
            await self.store.settle_challenge(
                challenge.id,
                {ChallengeStatus.USED},
                ChallengeStatus.USED if hearing.accepted else ChallengeStatus.FAILED,
                heard=hearing.heard[:2000],
                score=float(hearing.score),
                decision=_decision(hearing),
            )
        detail = {
            **facts,
            "heard": hearing.heard[:2000],
            "score": round(hearing.score, 3),
            "decision": "verified" if hearing.accepted else _decision(hearing),
        }
        action = AuditAction.VERIFIED if hearing.accepted else AuditAction.VERIFICATION_FAILED
        await self._audit(record.guild_id, action, record, record.user_id, detail)
        return hearing

    async def refusal_after_clone(self, record: CloneRecord, heard: str) -> RecordingRefused:
        """The member's message once a voice judged by the API's transcription was deleted."""
        challenge_id = (record.verification or {}).get("challenge_id")
        challenge = await self.store.get_challenge(int(challenge_id)) if challenge_id else None
        nxt, wait = await self._next(challenge) if challenge else (None, None)
        message: Text
        if challenge is not None and challenge.decision == "extra_speech":
            message = Msg("consent-inworld-heard-extra", heard=safe_text(heard))
        else:
            shown: Text = safe_text(heard) or Msg("consent-heard-nothing")
            message = Msg("consent-inworld-heard-mismatch", heard=shown)
        then = _then(nxt, wait)
        if then is not None:
            message = Msg("consent-then", first=message, then=then)
        return RecordingRefused(
            message,
            reason="mismatch",
            heard=heard,
            next_challenge=nxt,
            retry_in=wait,
        )

    # --- refusals -------------------------------------------------------------------------

    def _facts(self, challenge: ConsentChallenge, mode: VerificationMode) -> dict[str, Any]:
        facts = challenge_facts(challenge)
        facts["keywords"] = list(challenge.keywords)
        facts["mode"] = mode.value
        if facts.get("decision") == "accepted":
            facts["decision"] = "verified"
        return facts

    async def _unusable(self, challenge: ConsentChallenge) -> RecordingRefused:
        """The challenge was used, refused, replaced or expired before this recording."""
        current = await self.store.get_challenge(challenge.id) or challenge
        if current.status == ChallengeStatus.OPEN.value:  # it expired: a new sentence
            nxt, wait = await self._next(current, same_attempt=True)
            return RecordingRefused(
                Msg("consent-expired"),
                reason="expired",
                next_challenge=nxt,
                retry_in=wait,
            )
        return RecordingRefused(Msg("consent-used"), reason="used")

    async def _refuse(
        self, challenge: ConsentChallenge, record: CloneRecord, decision: str, message: Text
    ) -> RecordingRefused:
        failed = await self.store.settle_challenge(
            challenge.id, {ChallengeStatus.CHECKING}, ChallengeStatus.FAILED, decision=decision
        )
        await self._audit(
            record.guild_id,
            AuditAction.VERIFICATION_FAILED,
            record,
            record.user_id,
            challenge_facts(failed or challenge),
        )
        nxt, wait = await self._next(challenge)
        return RecordingRefused(message, reason=decision, next_challenge=nxt, retry_in=wait)

    async def _mismatch(
        self, challenge: ConsentChallenge, record: CloneRecord, hearing: Hearing
    ) -> RecordingRefused:
        facts = challenge_facts(challenge)
        if hearing.extra_seconds is not None:
            facts["extra_speech_seconds"] = hearing.extra_seconds
        await self._audit(
            record.guild_id, AuditAction.VERIFICATION_FAILED, record, record.user_id, facts
        )
        nxt, wait = await self._next(challenge)
        heard = hearing.heard
        message: Text
        if hearing.extra_speech:
            extra = hearing.extra_seconds
            message = (
                Msg("consent-heard-extra-seconds", seconds=round(extra))
                if extra is not None and extra >= 1
                else Msg("consent-heard-extra")
            )
        else:
            shown: Text = safe_text(heard) or Msg("consent-heard-nothing-recognized")
            message = Msg("consent-heard-mismatch", heard=shown)
        return RecordingRefused(
            message,
            reason=_decision(hearing),
            heard=heard,
            next_challenge=nxt,
            retry_in=wait,
        )

    async def _next(
        self, challenge: ConsentChallenge, *, same_attempt: bool = False
    ) -> tuple[ConsentChallenge | None, float | None]:
        """The member's next sentence, or (None, seconds to wait) when no try is left."""
        try:
            nxt = await self.issue(
                guild_id=challenge.guild_id,
                channel_id=challenge.channel_id,
                user_id=challenge.user_id,
                member_name=_name_in(challenge),
                guild_name=_guild_in(challenge),
                options=options_from_facts(challenge.options, language=challenge.language),
                attempt=challenge.attempt if same_attempt else challenge.attempt + 1,
            )
        except PolicyRefusal:
            return None, await self._tries_wait(challenge.guild_id, challenge.user_id)
        return nxt, None


def _unix(moment: datetime) -> str:
    """A time as Discord's ``<t:...>`` markup takes it."""
    return str(int(moment.timestamp()))


def _then(nxt: ConsentChallenge | None, wait: float | None) -> Msg | None:
    """What the member may do next: read a new sentence, or wait for a new try."""
    if nxt is not None:
        return Msg(
            "consent-try-again", sentence=safe_text(nxt.sentence), expires=_unix(nxt.expires_at)
        )
    if wait is not None:
        return Msg("consent-no-tries-left", wait=format_duration(wait))
    return None


def _decision(hearing: Hearing) -> str:
    """The stored decision of a judged hearing."""
    if hearing.accepted:
        return "accepted"
    return "extra_speech" if hearing.extra_speech else "mismatch"


def _name_in(challenge: ConsentChallenge) -> str:
    return str(challenge.options.get("member_name") or "")


def _guild_in(challenge: ConsentChallenge) -> str:
    return str(challenge.options.get("guild_name") or "")
