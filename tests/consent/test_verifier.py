"""The verifier's rules on a real (SQLite) store, with a recognizer that hears what it is told."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from bot.audio import ProcessedSample
from bot.cloning import CloneOptions
from bot.consent.recognizer import Hearing, RecognizerUnavailable
from bot.consent.verifier import ConsentVerifier, RecordingRefused
from bot.policy import PolicyRefusal
from bot.storage import (
    AuditAction,
    ChallengeStatus,
    CloneRecord,
    CloneStore,
    ConsentChallenge,
    VerificationMode,
    utcnow,
)
from tests.storage.helpers import make_database

GUILD, ALICE, CHANNEL = 10, 20, 30


class ScriptedRecognizer:
    """Hears the sentence when ``honest``; otherwise something else. With ``extra`` it hears
    the sentence among other speech (``extra`` seconds of it)."""

    def __init__(self) -> None:
        self.honest = True
        self.unavailable = False
        self.extra: float | None = None
        self.calls = 0

    def supports(self, language: str) -> bool:
        return language == "EN_US"

    async def hear(self, wav: bytes, sentence: str, keywords: Sequence[str]) -> Hearing:
        self.calls += 1
        if self.unavailable:
            raise RecognizerUnavailable("the recognizer crashed")
        if self.extra is not None:
            return Hearing(
                heard=sentence,
                score=1.0,
                accepted=False,
                recognizer="pocketsphinx",
                keywords_heard=4,
                extra_speech=True,
                extra_seconds=self.extra,
            )
        if self.honest:
            return Hearing(heard=sentence, score=0.95, accepted=True, recognizer="pocketsphinx")
        return Hearing(heard="banana", score=0.1, accepted=False, recognizer="pocketsphinx")


class Audits:
    def __init__(self) -> None:
        self.events: list[tuple[AuditAction, dict[str, Any]]] = []

    async def __call__(
        self,
        guild_id: int,
        action: AuditAction,
        record: CloneRecord | None,
        actor_id: int | None,
        detail: dict[str, Any],
    ) -> None:
        self.events.append((action, detail))

    @property
    def actions(self) -> list[AuditAction]:
        return [a for a, _ in self.events]


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[CloneStore]:
    database = await make_database("sqlite", tmp_path)
    try:
        yield CloneStore(database)
    finally:
        await database.close()


@pytest.fixture
def recognizer() -> ScriptedRecognizer:
    return ScriptedRecognizer()


@pytest.fixture
def audits() -> Audits:
    return Audits()


@pytest.fixture
def verifier(store: CloneStore, recognizer: ScriptedRecognizer, audits: Audits) -> ConsentVerifier:
    return ConsentVerifier(
        store, recognizer, audit=audits, timeout=timedelta(minutes=10), max_attempts=2
    )


def recording(sha: str = "a" * 64) -> ProcessedSample:
    return ProcessedSample(
        wav=b"RIFF....",
        sample_rate=24_000,
        seconds=5.0,
        speech_seconds=4.5,
        original_seconds=5.0,
        container="ogg",
        codec="opus",
        peak_dbfs=-1.0,
        clipped_fraction=0.0,
        gain_db=0.0,
        sha256=sha,
        input_bytes=1000,
        truncated=False,
    )


async def issue(verifier: ConsentVerifier, language: str = "EN_US") -> ConsentChallenge:
    return await verifier.issue(
        guild_id=GUILD,
        channel_id=CHANNEL,
        user_id=ALICE,
        member_name="Alice",
        guild_name="Pixel Town",
        options=CloneOptions(name="Alice", language=language),
    )


async def record(store: CloneStore) -> CloneRecord:
    return await store.create_record(
        guild_id=GUILD, channel_id=CHANNEL, user_id=ALICE, display_name="Alice", language="EN_US"
    )


async def check(
    verifier: ConsentVerifier,
    store: CloneStore,
    challenge: ConsentChallenge,
    sha: str = "a" * 64,
    *,
    mode: VerificationMode = VerificationMode.ON,
    voice_message: bool = True,
) -> Any:
    return await verifier.check(
        challenge,
        [recording(sha)],
        record=await record(store),
        mode=mode,
        voice_message=voice_message,
    )


async def test_a_sentence_is_bound_to_member_and_guild_and_expires(
    verifier: ConsentVerifier, audits: Audits
) -> None:
    challenge = await issue(verifier)
    assert await verifier.live(GUILD, ALICE) is not None
    assert await verifier.live(GUILD + 1, ALICE) is None
    assert await verifier.live(GUILD, ALICE + 1) is None
    assert challenge.expires_at - challenge.created_at == timedelta(minutes=10)
    assert "Alice" in challenge.sentence
    assert all(k in challenge.sentence for k in challenge.keywords)
    assert audits.actions == [AuditAction.CHALLENGE_ISSUED]
    # A newer sentence replaces the older one.
    newer = await issue(verifier)
    old = await verifier.store.get_challenge(challenge.id)
    assert old is not None and old.status == ChallengeStatus.SUPERSEDED.value
    live = await verifier.live(GUILD, ALICE)
    assert live is not None and live.id == newer.id


async def test_an_accepted_recording_uses_up_its_sentence(
    verifier: ConsentVerifier, store: CloneStore, audits: Audits
) -> None:
    challenge = await issue(verifier)
    verified = await check(verifier, store, challenge)
    assert verified.facts["decision"] == "verified" and verified.transcription == challenge.sentence
    assert verified.facts["recording_sha256"] == "a" * 64 and verified.facts["mode"] == "on"
    assert audits.actions[-1] is AuditAction.VERIFIED
    with pytest.raises(RecordingRefused) as refused:
        await check(verifier, store, challenge, "b" * 64)
    assert refused.value.decision == "used"


async def test_a_mismatch_gives_a_new_sentence_until_the_tries_run_out(
    verifier: ConsentVerifier, store: CloneStore, recognizer: ScriptedRecognizer, audits: Audits
) -> None:
    recognizer.honest = False
    first = await issue(verifier)
    with pytest.raises(RecordingRefused) as refused:
        await check(verifier, store, first, "1" * 64)
    assert refused.value.decision == "mismatch" and refused.value.heard == "banana"
    second = refused.value.next_challenge
    assert second is not None and second.attempt == 2 and second.sentence != first.sentence
    with pytest.raises(RecordingRefused) as again:
        await check(verifier, store, second, "2" * 64)
    assert again.value.next_challenge is None and again.value.retry_in is not None
    assert again.value.retry_in > 3000  # an hour after the first refusal
    with pytest.raises(PolicyRefusal, match="try again in"):  # no new sentence for now
        await issue(verifier)
    assert audits.actions.count(AuditAction.VERIFICATION_FAILED) == 2


async def test_an_expired_sentence_is_refused_with_a_new_one(
    verifier: ConsentVerifier, store: CloneStore
) -> None:
    challenge = await issue(verifier)
    async with store.database.session() as session, session.begin():
        await session.execute(
            update(ConsentChallenge).values(expires_at=utcnow() - timedelta(seconds=1))
        )
    assert await verifier.live(GUILD, ALICE) is None
    assert await verifier.expired(GUILD, ALICE) is not None
    with pytest.raises(RecordingRefused) as refused:
        await check(verifier, store, challenge)
    assert refused.value.decision == "expired"
    assert refused.value.next_challenge is not None
    assert refused.value.next_challenge.attempt == 1  # expiring is not a failed try


async def test_a_recording_seen_before_is_a_replay(
    verifier: ConsentVerifier, store: CloneStore, recognizer: ScriptedRecognizer
) -> None:
    await check(verifier, store, await issue(verifier), "c" * 64)
    calls = recognizer.calls
    with pytest.raises(RecordingRefused) as refused:
        await check(verifier, store, await issue(verifier), "c" * 64)
    assert refused.value.decision == "replayed"
    assert recognizer.calls == calls  # refused before any recognition


async def test_strict_mode_refuses_an_upload(verifier: ConsentVerifier, store: CloneStore) -> None:
    with pytest.raises(RecordingRefused) as refused:
        await check(
            verifier,
            store,
            await issue(verifier),
            mode=VerificationMode.STRICT,
            voice_message=False,
        )
    assert refused.value.decision == "not_voice_message"


@pytest.mark.parametrize("why", ["other language", "recognizer down"])
async def test_the_api_transcription_judges_what_the_recognizer_cannot(
    verifier: ConsentVerifier, store: CloneStore, recognizer: ScriptedRecognizer, why: str
) -> None:
    if why == "recognizer down":
        recognizer.unavailable = True
        challenge = await issue(verifier)
    else:
        challenge = await issue(verifier, "DE_DE")
        assert challenge.language == "DE_DE"
    verified = await check(verifier, store, challenge)
    assert verified.pending and verified.transcription is None
    stored = await record(store)
    pending = await store.transition(
        stored.id, {stored.status}, stored.status, verification=verified.facts
    )
    assert pending is not None
    right = await verifier.judge_transcription(pending, challenge.sentence)
    assert right is not None and right.accepted
    wrong = await verifier.judge_transcription(pending, "Guten Tag, ich bin jemand anderes.")
    assert wrong is not None and not wrong.accepted
    refusal = await verifier.refusal_after_clone(pending, wrong.heard)
    assert "deleted" in refusal.user_message and refusal.next_challenge is not None


async def test_a_record_without_pending_verification_is_not_judged(
    verifier: ConsentVerifier, store: CloneStore
) -> None:
    assert await verifier.judge_transcription(await record(store), "anything") is None


@pytest.mark.parametrize(
    ("guild_id", "user_id"), [(GUILD, ALICE + 1), (GUILD + 1, ALICE)], ids=["member", "guild"]
)
async def test_a_sentence_works_only_for_its_member_in_its_guild(
    verifier: ConsentVerifier, store: CloneStore, guild_id: int, user_id: int
) -> None:
    """Another member in the same guild, or the same member in another guild."""
    challenge = await issue(verifier)
    elsewhere = await store.create_record(
        guild_id=guild_id, channel_id=CHANNEL, user_id=user_id, display_name="B", language="EN_US"
    )
    with pytest.raises(RecordingRefused) as refused:
        await verifier.check(
            challenge,
            [recording()],
            record=elsewhere,
            mode=VerificationMode.ON,
            voice_message=True,
        )
    assert refused.value.decision == "not_yours"
    still = await store.get_challenge(challenge.id)
    assert still is not None and still.status == ChallengeStatus.OPEN.value


async def test_extra_samples_are_refused_and_the_sentence_stays_valid(
    verifier: ConsentVerifier, store: CloneStore, recognizer: ScriptedRecognizer
) -> None:
    challenge = await issue(verifier)
    with pytest.raises(RecordingRefused) as refused:
        await verifier.check(
            challenge,
            [recording("a" * 64), recording("b" * 64)],
            record=await record(store),
            mode=VerificationMode.ON,
            voice_message=True,
        )
    assert refused.value.decision == "extra_samples"
    assert "sample2" in refused.value.user_message and "still valid" in refused.value.user_message
    assert recognizer.calls == 0
    still = await store.get_challenge(challenge.id)
    assert still is not None and still.status == ChallengeStatus.OPEN.value
    # The recording alone is then judged as usual.
    assert (await check(verifier, store, challenge)).facts["decision"] == "verified"


async def test_the_sentence_among_other_speech_is_refused_offline(
    verifier: ConsentVerifier, store: CloneStore, recognizer: ScriptedRecognizer, audits: Audits
) -> None:
    """Every random word heard, but 4 s of other speech: refused outright, not left to the
    API's transcription (a close call would be)."""
    recognizer.extra = 4.2
    challenge = await issue(verifier)
    with pytest.raises(RecordingRefused) as refused:
        await check(verifier, store, challenge)
    assert refused.value.decision == "extra_speech"
    assert "about 4 s of other speech" in refused.value.user_message
    assert refused.value.next_challenge is not None
    failed = await store.get_challenge(challenge.id)
    assert failed is not None and failed.status == ChallengeStatus.FAILED.value
    assert failed.decision == "extra_speech"
    detail = next(d for a, d in audits.events if a is AuditAction.VERIFICATION_FAILED)
    assert detail["extra_speech_seconds"] == 4.2 and detail["decision"] == "extra_speech"


async def test_the_api_route_refuses_a_transcription_with_other_speech_around_the_sentence(
    verifier: ConsentVerifier, store: CloneStore
) -> None:
    challenge = await issue(verifier, "DE_DE")
    verified = await check(verifier, store, challenge)
    assert verified.pending
    stored = await record(store)
    pending = await store.transition(
        stored.id, {stored.status}, stored.status, verification=verified.facts
    )
    assert pending is not None
    chatter = " ".join(["Hallo", "zusammen", "heute", "spreche", "ich", "über", "das", "Wetter"])
    hearing = await verifier.judge_transcription(
        pending, f"{chatter} {challenge.sentence} {chatter}"
    )
    assert hearing is not None and not hearing.accepted and hearing.extra_speech
    judged = await store.get_challenge(challenge.id)
    assert judged is not None and judged.decision == "extra_speech"
    refusal = await verifier.refusal_after_clone(pending, hearing.heard)
    assert "other speech" in refusal.user_message and "deleted" in refusal.user_message


async def test_refusals_read_in_the_members_language_around_the_voices_sentence(
    verifier: ConsentVerifier, store: CloneStore, recognizer: ScriptedRecognizer
) -> None:
    """The refusal's words follow the member's language; what was heard and the new sentence
    (in the voice's language) are shown as they are."""
    recognizer.honest = False
    first = await issue(verifier)
    with pytest.raises(RecordingRefused) as refused:
        await check(verifier, store, first, "1" * 64)
    assert refused.value.render("ja") == "「banana」と聞こえましたが、あなたの文と一致しません。"
    assert refused.value.render("de") == (
        "Ich habe „banana“ gehört, und das passt nicht zu deinem Satz."
    )
    assert refused.value.user_message == "I heard “banana”, which does not match your sentence."
    second = refused.value.next_challenge
    assert second is not None
    with pytest.raises(RecordingRefused):
        await check(verifier, store, second, "2" * 64)
    with pytest.raises(PolicyRefusal) as no_more:  # no tries left: the wait in German
        await issue(verifier)
    german = no_more.value.render("de")
    assert german.startswith("Deine letzten 2 Aufnahmen passten nicht zu ihren Sätzen."), german
    assert "Min." in german or "Std." in german, german


async def test_the_refusal_after_a_clone_gives_the_new_sentence_in_a_localized_frame(
    verifier: ConsentVerifier, store: CloneStore
) -> None:
    challenge = await issue(verifier, "DE_DE")
    verified = await check(verifier, store, challenge)
    stored = await record(store)
    pending = await store.transition(
        stored.id, {stored.status}, stored.status, verification=verified.facts
    )
    assert pending is not None
    wrong = await verifier.judge_transcription(pending, "")
    assert wrong is not None and not wrong.accepted
    refusal = await verifier.refusal_after_clone(pending, wrong.heard)
    nxt = refusal.next_challenge
    assert nxt is not None and nxt.language == "DE_DE"
    expires = int(nxt.expires_at.timestamp())
    assert refusal.render("fr") == (
        "Inworld a entendu « (rien) », qui n'est pas la phrase qui t'a été donnée, donc la voix "
        "a été supprimée aussitôt. Pour réessayer, lis cette nouvelle phrase à voix haute : "
        f"« {nxt.sentence} » et envoie son enregistrement avant <t:{expires}:t>."
    )
    japanese = refusal.render("ja")
    assert japanese.startswith("Inworldには「（何も聞こえませんでした）」と聞こえました。"), (
        japanese
    )
    assert f"「{nxt.sentence}」" in japanese  # the German sentence, unchanged
    assert refusal.user_message == (
        "Inworld heard “(nothing)”, which is not the sentence you were given, so the voice was "
        "deleted at once. To try again, read this new sentence aloud: "
        f"“{nxt.sentence}” and send its recording by <t:{expires}:t>."
    )
