"""SpeechService (bot.speech.service) with small fakes: a store, a streaming TTS, a limiter and
a poster, and the real VoiceHub over the player's fake voice connection
(tests/speech/player_fakes.py). No Discord.

Every rule of the service is exercised here: refusals come before any TTS call and cost
nothing; the text is normalised and bounded; the voice is chosen by the speech rules; the TTS
limiter's room is checked; characters are taken once and given back when nothing was heard;
the audio is re-checked and passes the limiter per sentence group; a voice message is bounded
and posted after its disclosure line; every utterance is audited without its text; skip, stop,
leave and read-aloud follow their rules.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator, AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
import pytest

import bot.speech.service as service_module
import bot.speech.voice_message as voice_message_module
from bot.errors import UserFacingError
from bot.policy import QUOTA_WINDOW, Exceeded, Limit
from bot.ratelimit import QueueFull, RateLimiter, Slot
from bot.ratelimit.waiting import PositionCallback
from bot.speech.policy import SpeechRefusal
from bot.speech.service import (
    SENTENCE_CHARS,
    Speaker,
    SpeakRequest,
    SpeechConfig,
    SpeechService,
    disclosure,
)
from bot.speech.voice_message import VoiceMessage, VoiceMessageError
from bot.storage import AuditAction, CloneRecord, CloneStatus, GuildPolicy, utcnow
from bot.voices.access import NOT_HERE_MSG
from tests.speech.player_fakes import (
    GUILD,
    FakeChannel,
    FakeConnector,
    FakeStatus,
    channel,
    make_hub,
    until,
)

#: The one answer for a voice the member may not know about, in English.
NOT_HERE = str(NOT_HERE_MSG)

ALICE, BOB, CAROL, MOD = 1, 2, 4, 3
SPEAKERS = 70
TEXT_CHANNEL, OTHER_TEXT = 50, 51
LOUNGE, GAMES = 20, 21
#: 20 ms of PCM48 mono: one chunk of the fake TTS stream.
CHUNK_SAMPLES = 960

_ids = iter(range(1, 10_000))


def chunk(n: int) -> bytes:
    """A distinct chunk of PCM (s16le mono), so the gathered audio can be checked in order."""
    return np.full(CHUNK_SAMPLES, n, dtype="<i2").tobytes()


def voice(
    user_id: int = ALICE, *, name: str = "Alice's voice", server: bool = False, **fields: Any
) -> CloneRecord:
    number = next(_ids)
    values: dict[str, Any] = {
        "guild_id": GUILD.id,
        "channel_id": TEXT_CHANNEL,
        "user_id": user_id,
        "display_name": name,
        "language": "EN_US",
        "status": CloneStatus.DONE,
        "voice_id": f"ws__voice{number}",
        "server_voice": server,
    }
    values.update(fields)
    record = CloneRecord(**values)
    record.id = number
    return record


# --- fakes ------------------------------------------------------------------------------------


@dataclass
class Mark:
    user_id: int
    at: datetime
    amount: int


class FakeStore:
    """The store's speech side in memory, with the real store's semantics: live voices in the
    library (newest first, own + server voices on request), find_voice whatever the status,
    a character mark written only when no limit breaks, an idempotent refund."""

    def __init__(self, policy: GuildPolicy, voices: list[CloneRecord]) -> None:
        self.policy = policy
        self.voices = voices
        self.marks: list[Mark] = []
        self.takes: list[tuple[int, int]] = []
        self.refunds: list[tuple[int, int]] = []
        self.audits: list[dict[str, Any]] = []
        self.read_aloud: list[tuple[int, bool, str | None]] = []
        self.library_calls: list[dict[str, Any]] = []
        #: A store answering more than it was asked (to prove the service filters anyway).
        self.stray: list[CloneRecord] = []
        self.audit_fails = False
        self.refund_fails = False
        self.forgotten_read_aloud: list[tuple[int, list[str]]] = []

    async def get_policy(self, guild_id: int) -> GuildPolicy:
        assert guild_id == self.policy.guild_id
        return self.policy

    async def find_voice(self, guild_id: int, voice_id: str) -> CloneRecord | None:
        return next(
            (r for r in self.voices if r.guild_id == guild_id and r.voice_id == voice_id), None
        )

    async def library(
        self,
        guild_id: int,
        *,
        user_id: int | None,
        include_server: bool,
        search: str = "",
        offset: int = 0,
        limit: int = 25,
    ) -> tuple[list[CloneRecord], int]:
        self.library_calls.append(
            {"user_id": user_id, "include_server": include_server, "search": search}
        )
        live = [
            r
            for r in self.voices
            if r.guild_id == guild_id
            and r.status is CloneStatus.DONE
            and r.voice_id is not None
            and r.voice_deleted_at is None
            and (user_id is None or r.user_id == user_id or (include_server and r.server_voice))
            and (not search or search.lower() in f"{r.display_name} {r.voice_id}".lower())
        ]
        live = sorted(live + self.stray, key=lambda r: r.id, reverse=True)
        return live[offset : offset + limit], len(live)

    async def take_speech_chars(
        self,
        guild_id: int,
        user_id: int,
        chars: int,
        *,
        member_limit: int,
        guild_limit: int,
        now: datetime | None = None,
    ) -> Exceeded | None:
        now = now or utcnow()
        self.takes.append((user_id, chars))
        recent = [m for m in self.marks if m.at > now - QUOTA_WINDOW]
        mine = [m for m in recent if m.user_id == user_id]
        for limit, marks, per in ((member_limit, mine, "member"), (guild_limit, recent, "server")):
            if limit and sum(m.amount for m in marks) + chars > limit:
                frees = min((m.at for m in marks), default=now) + QUOTA_WINDOW
                return Exceeded(Limit(limit, QUOTA_WINDOW, per), frees)  # type: ignore[arg-type]
        self.marks.append(Mark(user_id, now, chars))
        return None

    async def refund_speech_chars(
        self, guild_id: int, user_id: int, *, taken_at: datetime, kept: int = 0
    ) -> bool:
        self.refunds.append((user_id, kept))
        if self.refund_fails:
            raise RuntimeError("database is locked")
        found = [m for m in self.marks if m.user_id == user_id and m.at == taken_at]
        if not found:
            return False
        if kept == 0:
            self.marks.remove(found[-1])
        else:
            found[-1].amount = min(found[-1].amount, kept)
        return True

    def charged(self, user_id: int = ALICE) -> int:
        return sum(m.amount for m in self.marks if m.user_id == user_id)

    async def set_read_aloud(
        self, guild_id: int, user_id: int, *, enabled: bool, voice_id: str | None = None
    ) -> None:
        self.read_aloud.append((user_id, enabled, voice_id))

    async def forget_read_aloud_voice(self, guild_id: int, voice_ids: Sequence[str]) -> int:
        self.forgotten_read_aloud.append((guild_id, list(voice_ids)))
        return 0

    async def add_audit(
        self,
        guild_id: int,
        action: AuditAction | str,
        *,
        record_id: int | None = None,
        actor_id: int | None = None,
        detail: Any = None,
        post: bool = True,
    ) -> None:
        if self.audit_fails:
            raise RuntimeError("database is locked")
        self.audits.append(
            {
                "action": action,
                "record_id": record_id,
                "actor_id": actor_id,
                "detail": detail,
                "post": post,
            }
        )


class FakeTts:
    """Inworld's streaming TTS: the request goes out when the stream is entered (as
    InworldClient.stream_speech's context manager does), then PCM chunks arrive."""

    def __init__(self, log: list[tuple[str, Any]]) -> None:
        self.log = log
        self.requests: list[dict[str, Any]] = []
        self.chunks = 2
        #: Waited on before the first chunk / after the first chunk of every stream.
        self.before_first: asyncio.Event | None = None
        self.after_first: asyncio.Event | None = None
        self.fail: Exception | None = None
        #: A stray byte after the last chunk (half a sample).
        self.odd_tail = False
        self.open = 0

    def stream_speech(
        self, text: str, *, voice_id: str, model_id: str, sample_rate: int = 48_000
    ) -> contextlib.AbstractAsyncContextManager[AsyncIterator[bytes]]:
        return self._stream(text, voice_id, model_id, sample_rate)

    @contextlib.asynccontextmanager
    async def _stream(
        self, text: str, voice_id: str, model_id: str, sample_rate: int
    ) -> AsyncIterator[AsyncIterator[bytes]]:
        number = len(self.requests)
        self.requests.append(
            {"text": text, "voice_id": voice_id, "model_id": model_id, "rate": sample_rate}
        )
        self.log.append(("tts", text))
        self.open += 1

        async def chunks() -> AsyncGenerator[bytes]:
            if self.before_first is not None:
                await self.before_first.wait()
            if self.fail is not None:
                raise self.fail
            for i in range(self.chunks):
                yield chunk(number * 100 + i + 1)
                if i == 0 and self.after_first is not None:
                    await self.after_first.wait()
            if self.odd_tail:
                yield b"\x01"

        stream = chunks()
        try:
            yield stream
        finally:
            self.open -= 1
            await stream.aclose()


class _Slot(Slot):
    async def sent(self) -> None:
        return None


class FakeLimiter(RateLimiter):
    """Records the room checks and the slots taken (with their group)."""

    per_period = 100
    period = 60.0

    def __init__(self, log: list[tuple[str, Any]]) -> None:
        super().__init__()
        self.log = log
        self.full: QueueFull | None = None
        self.checks: list[int | None] = []
        self.slots: list[int | None] = []

    @property
    def waiting(self) -> int:
        return 0

    @property
    def closed(self) -> bool:
        return False

    async def check_room(self, group: int | None = None) -> None:
        self.checks.append(group)
        if self.full is not None:
            raise self.full

    async def acquire(
        self,
        on_position: PositionCallback | None = None,
        *,
        group: int | None = None,
        front: bool = False,
    ) -> Slot:
        self.slots.append(group)
        self.log.append(("slot", group))
        return _Slot()

    async def close(self) -> None:
        return None


class FakePoster:
    def __init__(self) -> None:
        self.calls: list[tuple[str, int, Any]] = []
        self.fail_voice: Exception | None = None

    async def post_line(self, channel_id: int, text: str) -> int:
        self.calls.append(("line", channel_id, text))
        return 7000 + len(self.calls)

    async def delete_line(self, channel_id: int, message_id: int) -> None:
        self.calls.append(("delete", channel_id, message_id))

    async def post_voice_message(self, channel_id: int, message: VoiceMessage) -> int:
        if self.fail_voice is not None:
            raise self.fail_voice
        self.calls.append(("voice", channel_id, message))
        return 9001


@dataclass
class World:
    store: FakeStore
    tts: FakeTts
    limiter: FakeLimiter
    connector: FakeConnector
    status: FakeStatus
    poster: FakePoster
    service: SpeechService
    log: list[tuple[str, Any]]
    audited: list[int] = field(default_factory=list)
    lounge: FakeChannel = field(default_factory=lambda: channel(LOUNGE, humans=3))
    games: FakeChannel = field(default_factory=lambda: channel(GAMES, humans=1))

    def nothing_spent(self) -> None:
        """A refusal: no TTS call, no slot, no characters, no audit, no post, no join."""
        assert self.tts.requests == []
        assert self.limiter.slots == []
        assert self.store.marks == []
        assert self.store.audits == []
        assert self.poster.calls == []
        assert self.connector.links == []


ALICE_VOICE = "alice"


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[World]]:
    """Worlds made by :func:`make_world` in this test (their hubs are closed at the end)."""
    worlds: list[World] = []

    async def fake_build(pcm: bytes, *, sample_rate: int = 48_000, **_: Any) -> VoiceMessage:
        return VoiceMessage(
            ogg=b"OggS" + pcm, duration_secs=len(pcm) / 2 / sample_rate, waveform=""
        )

    monkeypatch.setattr(voice_message_module, "build_voice_message", fake_build)
    yield worlds


def make_world(
    built: list[World],
    voices: list[CloneRecord] | None = None,
    *,
    config: SpeechConfig | None = None,
    queue_max: int = 10,
    **policy: Any,
) -> World:
    log: list[tuple[str, Any]] = []
    store = FakeStore(GuildPolicy(guild_id=GUILD.id, **policy), list(voices or []))
    tts, limiter, poster = FakeTts(log), FakeLimiter(log), FakePoster()
    hub, connector, status = make_hub(queue_max=queue_max)
    world = World(
        store=store,
        tts=tts,
        limiter=limiter,
        connector=connector,
        status=status,
        poster=poster,
        service=SpeechService(
            store=store,
            inworld=tts,
            limiter=limiter,
            hub=hub,
            poster=poster,
            config=config or SpeechConfig(),
        ),
        log=log,
    )

    async def audited() -> None:
        world.audited.append(1)

    world.service.audited = audited
    built.append(world)
    return world


@pytest.fixture(autouse=True)
async def close_hubs(built: list[World]) -> AsyncIterator[None]:
    yield
    for world in built:
        await world.service.hub.close()


def speaker(
    user_id: int = ALICE,
    *,
    moderator: bool = False,
    roles: frozenset[int] = frozenset(),
    name: str = "alice",
) -> Speaker:
    return Speaker(GUILD.id, user_id, name, moderator, roles)


def request(
    text: str = "Hello there.",
    *,
    who: Speaker | None = None,
    channel: FakeChannel | None = None,
    voice_id: str | None = None,
    text_channel: int = TEXT_CHANNEL,
    source: Any = "say",
) -> SpeakRequest:
    return SpeakRequest(
        speaker=who or speaker(),
        text=text,
        text_channel_id=text_channel,
        voice_channel=channel,
        voice_id=voice_id,
        source=source,
    )


async def refused(world: World, req: SpeakRequest) -> UserFacingError:
    with pytest.raises(UserFacingError) as info:
        await world.service.say(req)
    return info.value


def finished(world: World, uid: str) -> bool:
    snapshot = world.service.hub.queue_of(GUILD.id)
    return all(u.id != uid for u in [snapshot.current, *snapshot.queued] if u is not None)


async def quiet(world: World) -> None:
    """Wait until the hub has nothing playing or queued."""
    await until(lambda: world.service.hub.queue_of(GUILD.id).current is None)
    await until(lambda: not world.service.hub.queue_of(GUILD.id).queued)
    for task in world.service.hub.tasks():
        if "runner" in task.get_name():
            await asyncio.wait({task}, timeout=5)


def sentences(count: int, length: int = 300) -> str:
    """``count`` sentences of about ``length`` characters: one TTS request each."""
    return " ".join(f"Sentence {i} " + "x" * (length - 13) + "." for i in range(count))


# --- refusals: before any TTS call, at no cost --------------------------------------------------

REFUSALS: dict[str, tuple[dict[str, Any], dict[str, Any], str]] = {
    # name: (policy fields, request fields, words of the refusal)
    "speech off": ({"speech_enabled": False}, {}, "turned off in this server"),
    "no speech role": ({"speech_role_ids": [SPEAKERS]}, {}, "You need one of these roles"),
    "text channel": ({"speech_text_channel_ids": [OTHER_TEXT]}, {}, "not allowed in this channel"),
    "voice channel": (
        {"speech_voice_channel_ids": [GAMES]},
        {"channel": "lounge"},
        "does not speak in this voice channel",
    ),
    "read-aloud off on the bot": (
        {"read_aloud_allowed": True},
        {"channel": "lounge", "source": "read_aloud"},
        "READ_ALOUD_ENABLED",
    ),
    "empty text": ({}, {"text": " \n\t  "}, "nothing to say"),
    "too long": ({}, {"text": "y" * 1001}, "too long to speak: 1001 characters"),
    "another member's voice": ({}, {"voice_id": "bob", "who": ALICE}, NOT_HERE),
    "a moderator with another member's voice": (
        {},
        {"voice_id": "bob", "who": MOD},
        "Only its owner can speak with this voice",
    ),
    "an unknown voice": ({}, {"voice_id": "ws__nobody"}, NOT_HERE),
    "server voices off": ({"speech_server_voices": False}, {"voice_id": "shared"}, "only with"),
    "no own voice": ({}, {"who": CAROL}, "You have no cloned voice in this server yet"),
    "over the member's characters": (
        {"speech_member_daily_chars": 5},
        {},
        "more than your limit of 5 characters",
    ),
    "over the server's characters": (
        {"speech_guild_daily_chars": 5},
        {},
        "more than this server's limit of 5 characters",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
async def test_refusals_come_before_any_tts_call_and_cost_nothing(
    built: list[World], case: str
) -> None:
    policy, fields, words = REFUSALS[case]
    alice, bob = voice(ALICE), voice(BOB, name="Bob's")
    shared = voice(BOB, name="Shared", server=True)
    world = make_world(built, [alice, bob, shared], **policy)
    ids = {"bob": bob.voice_id, "shared": shared.voice_id}
    who = fields.pop("who", ALICE)
    if fields.get("voice_id") in ids:
        fields["voice_id"] = ids[fields["voice_id"]]
    if fields.get("channel") == "lounge":
        fields["channel"] = world.lounge
    req = request(who=speaker(who, moderator=who == MOD), **fields)
    error = await refused(world, req)
    assert words in error.user_message, error.user_message
    world.nothing_spent()
    if case.startswith("over"):
        assert world.store.takes == [(ALICE, len("Hello there."))]  # asked, nothing written
    else:
        assert world.store.takes == []


async def test_a_moderator_and_a_speech_role_may_speak_where_roles_are_set(
    built: list[World],
) -> None:
    world = make_world(built, [voice(ALICE), voice(MOD)], speech_role_ids=[SPEAKERS])
    await refused(world, request())
    outcome = await world.service.say(request(who=speaker(roles=frozenset({SPEAKERS}))))
    assert outcome.where == "voice_message"
    outcome = await world.service.say(request(who=speaker(MOD, moderator=True)))
    assert outcome.voice.user_id == MOD


async def test_read_aloud_is_refused_where_the_server_does_not_allow_it(
    built: list[World],
) -> None:
    world = make_world(built, [voice(ALICE)], config=SpeechConfig(read_aloud_enabled=True))
    error = await refused(world, request(channel=world.lounge, source="read_aloud"))
    assert isinstance(error, SpeechRefusal) and error.reason == "read_aloud_off"
    world.nothing_spent()
    world.store.policy.read_aloud_allowed = True
    outcome = await world.service.say(request(channel=world.lounge, source="read_aloud"))
    assert outcome.where == "voice_channel"


# --- the text -----------------------------------------------------------------------------------


async def test_text_is_normalised_before_it_is_counted_and_spoken(built: list[World]) -> None:
    """Spaces collapse; line breaks stay (pauses, and where long texts are split); empty
    lines go."""
    world = make_world(built, [voice(ALICE)])
    outcome = await world.service.say(request("  Hello \n\n \t \n  world\t again!  "))
    assert [r["text"] for r in world.tts.requests] == ["Hello\nworld again!"]
    assert outcome.chars == len("Hello\nworld again!")
    assert world.store.takes == [(ALICE, len("Hello\nworld again!"))]


async def test_the_length_limit_applies_to_the_normalised_text(built: list[World]) -> None:
    world = make_world(built, [voice(ALICE)], config=SpeechConfig(max_chars=11))
    # 11 characters once the spaces are collapsed: exactly the limit.
    outcome = await world.service.say(request("a    b  c   d e    f"))
    assert outcome.chars == 11
    error = await refused(world, request("abcdef  ghijkl"))
    assert "13 characters, the limit is 11" in error.user_message
    assert world.store.takes == [(ALICE, 11)]


# --- the voice ----------------------------------------------------------------------------------


async def test_an_explicit_voice_id_is_checked_by_the_speech_rules(built: list[World]) -> None:
    mine = voice(ALICE)
    shared = voice(BOB, name="The Narrator", server=True)
    world = make_world(built, [mine, shared])
    outcome = await world.service.say(request(voice_id=f"  {mine.voice_id} "))
    assert outcome.voice is mine
    outcome = await world.service.say(request(voice_id=shared.voice_id))
    assert outcome.voice is shared
    assert [r["voice_id"] for r in world.tts.requests] == [mine.voice_id, shared.voice_id]
    # A deleted voice of one's own is not spoken with either.
    mine.voice_deleted_at = utcnow()
    error = await refused(world, request(voice_id=mine.voice_id))
    assert error.user_message == NOT_HERE


async def test_without_a_voice_id_the_members_newest_own_voice_speaks(
    built: list[World],
) -> None:
    old, new = voice(ALICE, name="Old"), voice(ALICE, name="New")
    newer_server = voice(BOB, name="Server", server=True)
    gone = voice(ALICE, name="Gone", voice_deleted_at=utcnow())
    world = make_world(built, [old, new, newer_server, gone])
    outcome = await world.service.say(request())
    assert outcome.voice is new
    assert world.store.library_calls[-1] == {
        "user_id": ALICE,
        "include_server": False,
        "search": "",
    }


async def test_no_voice_of_ones_own_is_a_clear_refusal_naming_server_voices(
    built: list[World],
) -> None:
    world = make_world(built, [voice(BOB, server=True)])
    error = await refused(world, request(who=speaker(CAROL)))
    assert isinstance(error, SpeechRefusal) and error.reason == "no_voice"
    assert "/clone" in error.user_message and "server voice" in error.user_message
    world.nothing_spent()


async def test_autocomplete_offers_own_and_allowed_server_voices_never_anothers(
    built: list[World],
) -> None:
    mine, bobs = voice(ALICE, name="Mine"), voice(BOB, name="Bob private")
    shared = voice(BOB, name="Shared", server=True)
    world = make_world(built, [mine, bobs, shared])
    for who in (speaker(ALICE), speaker(ALICE, moderator=True)):
        offered = await world.service.voices_for(who, "  ")
        assert offered == [shared, mine]
    assert world.store.library_calls[-1]["search"] == ""
    world.store.policy.speech_server_voices = False
    assert await world.service.voices_for(speaker(ALICE), "") == [mine]
    assert world.store.library_calls[-1]["include_server"] is False
    # Whatever the store answers, another member's private voice is never offered.
    world.store.policy.speech_server_voices = True
    world.store.stray = [bobs]
    assert bobs not in await world.service.voices_for(speaker(MOD, moderator=True), "")


# --- the TTS limiter's room ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("group", "words"), [(True, "texts from this server are"), (False, "texts are")]
)
async def test_a_full_tts_queue_is_a_friendly_refusal(
    built: list[World], group: bool, words: str
) -> None:
    world = make_world(built, [voice(ALICE)])
    world.limiter.full = QueueFull(3, 40.0, 12.0, group=group)
    error = await refused(world, request(channel=world.lounge))
    message = error.user_message
    assert f"Too many spoken {words}" in message and "(3)" in message, message
    assert "nothing was queued" in message and "12 s" in message, message
    assert world.limiter.checks == [GUILD.id]
    world.nothing_spent()


# --- characters: taken once, given back when nothing was heard ---------------------------------


async def test_characters_are_taken_once_per_utterance_however_many_requests(
    built: list[World],
) -> None:
    world = make_world(built, [voice(ALICE)])
    text = sentences(3)
    outcome = await world.service.say(request(text, channel=world.lounge))
    await until(lambda: len(world.tts.requests) == 3)
    await quiet(world)
    assert world.store.takes == [(ALICE, len(text))]
    assert world.store.charged() == len(text) == outcome.chars
    assert world.store.refunds == []


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("queue full", "voice queue of this server is full"),
        ("busy elsewhere", f"speaking in <#{LOUNGE}> right now"),
        ("connect failed", "could not join your voice channel"),
        ("hub closed", "restarting"),
    ],
)
async def test_a_refusal_of_the_voice_queue_gives_the_characters_back(
    built: list[World], case: str, words: str
) -> None:
    world = make_world(built, [voice(ALICE), voice(BOB)], queue_max=1)
    hub = world.service.hub
    if case in ("queue full", "busy elsewhere"):
        world.tts.after_first = asyncio.Event()  # Bob's text plays on, holding the queue
        await world.service.say(request(who=speaker(BOB), channel=world.lounge))
        if case == "queue full":
            await until(lambda: hub.queue_of(GUILD.id).current is not None)
            await world.service.say(request(who=speaker(BOB), channel=world.lounge))
    elif case == "connect failed":
        world.connector.fail = RuntimeError("timed out")
    else:
        await hub.close()
    where = world.games if case == "busy elsewhere" else world.lounge
    error = await refused(world, request(channel=where))
    assert words in error.user_message, error.user_message
    assert world.store.takes[-1] == (ALICE, len("Hello there."))
    assert world.store.charged(ALICE) == 0
    assert [a for a in world.store.audits if a["actor_id"] == ALICE] == []
    if world.tts.after_first is not None:
        world.tts.after_first.set()


async def test_a_failed_refund_does_not_hide_the_refusal(built: list[World]) -> None:
    world = make_world(built, [voice(ALICE)])
    world.connector.fail = RuntimeError("timed out")
    world.store.refund_fails = True
    error = await refused(world, request(channel=world.lounge))
    assert "could not join your voice channel" in error.user_message
    assert world.store.refunds == [(ALICE, 0)]


async def _playing(world: World, who: int = BOB, text: str = "Bob speaks first.") -> None:
    """``who``'s text starts playing and stays on (its TTS holds after the first chunk)."""
    world.tts.after_first = asyncio.Event()
    before = sum(link.plays for link in world.connector.links)
    await world.service.say(request(text, who=speaker(who), channel=world.lounge))
    await until(lambda: sum(link.plays for link in world.connector.links) == before + 1)


@pytest.mark.parametrize("how", ["stop", "forget_member", "forget_voice", "leave"])
async def test_a_queued_utterance_ended_before_it_started_is_refunded(
    built: list[World], how: str
) -> None:
    alice = voice(ALICE)
    world = make_world(built, [alice, voice(BOB)])
    await _playing(world)
    outcome = await world.service.say(request(channel=world.lounge))
    assert outcome.position == 1 and world.store.charged(ALICE) == len("Hello there.")
    service = world.service
    if how == "stop":
        assert await service.stop(speaker(MOD, moderator=True)) == 2
    elif how == "forget_member":
        assert await service.forget_member(GUILD.id, ALICE) == 1
    elif how == "forget_voice":
        assert alice.voice_id is not None
        assert await service.forget_voice(GUILD.id, alice.voice_id) == 1
        assert world.store.forgotten_read_aloud == [(GUILD.id, [alice.voice_id])]
    else:
        assert await service.leave(speaker(MOD, moderator=True), None)
    assert world.store.charged(ALICE) == 0
    # Bob's text had started: what was heard stays counted (unless it was Bob's turn to go).
    assert world.store.charged(BOB) == len("Bob speaks first.")
    world.tts.after_first.set()  # type: ignore[union-attr]


async def test_an_utterance_skipped_while_waiting_for_its_first_audio_is_refunded(
    built: list[World],
) -> None:
    world = make_world(built, [voice(ALICE)])
    world.tts.before_first = asyncio.Event()
    await world.service.say(request(channel=world.lounge))
    await until(lambda: world.tts.open == 1)
    skipped = await world.service.skip(speaker())
    assert skipped is not None
    assert world.store.charged() == 0
    assert world.connector.links[0].plays == 0


async def test_an_utterance_that_failed_before_any_audio_is_refunded(built: list[World]) -> None:
    world = make_world(built, [voice(ALICE)])
    world.tts.fail = RuntimeError("Inworld said 500")
    outcome = await world.service.say(request(channel=world.lounge))
    assert outcome.position == 0
    await until(lambda: world.store.refunds != [])
    assert world.store.charged() == 0
    # The utterance was queued, so it was audited; its characters are back.
    assert len(world.store.audits) == 1


async def test_once_audio_started_the_characters_stay_counted(built: list[World]) -> None:
    world = make_world(built, [voice(ALICE), voice(BOB)])
    await _playing(world, ALICE, "Alice starts and is skipped.")
    assert await world.service.skip(speaker(MOD, moderator=True)) is not None
    await quiet(world)
    assert world.store.charged(ALICE) == len("Alice starts and is skipped.")
    assert world.store.refunds == []


# --- the audio: re-checked and limited per sentence group --------------------------------------


async def test_long_texts_are_split_into_sentence_groups_each_through_the_limiter(
    built: list[World],
) -> None:
    alice = voice(ALICE)
    world = make_world(built, [alice], config=SpeechConfig(model_id="inworld-tts-1.5-max"))
    text = sentences(3)
    await world.service.say(request(text, channel=world.lounge))
    await until(lambda: len(world.tts.requests) == 3)
    await quiet(world)
    texts = [r["text"] for r in world.tts.requests]
    assert all(len(t) <= SENTENCE_CHARS for t in texts)
    assert " ".join(texts) == text
    assert {(r["voice_id"], r["model_id"], r["rate"]) for r in world.tts.requests} == {
        (alice.voice_id, "inworld-tts-1.5-max", 48_000)
    }
    # One slot per TTS request, in the server's group, taken before the request goes out.
    assert world.log == [("slot", GUILD.id), ("tts", texts[0])] + [
        entry for t in texts[1:] for entry in (("slot", GUILD.id), ("tts", t))
    ]
    assert world.tts.open == 0


async def test_a_voice_deleted_meanwhile_is_never_heard_again(built: list[World]) -> None:
    alice = voice(ALICE)
    world = make_world(built, [alice, voice(BOB)])
    world.tts.after_first = asyncio.Event()
    await world.service.say(request(sentences(3), channel=world.lounge))
    await until(lambda: world.connector.links != [] and world.connector.links[0].plays == 1)
    # Deleted while its first sentence group plays: no further group is asked for.
    alice.voice_deleted_at = utcnow()
    world.tts.after_first.set()
    await quiet(world)
    assert len(world.tts.requests) == 1
    assert world.store.charged(ALICE) > 0  # it was heard, partly


async def test_a_queued_utterance_whose_voice_is_gone_asks_for_no_audio(
    built: list[World],
) -> None:
    alice = voice(ALICE)
    world = make_world(built, [alice, voice(BOB)])
    await _playing(world)
    await world.service.say(request(channel=world.lounge))
    world.store.voices.remove(alice)  # erased: the record itself is gone
    world.tts.after_first.set()  # type: ignore[union-attr]
    await quiet(world)
    assert [r["voice_id"] for r in world.tts.requests] == [world.store.voices[0].voice_id]
    assert world.store.charged(ALICE) == 0  # never heard: refunded


@pytest.mark.parametrize(
    "how",
    [
        "made private",
        "server voices off",
        "speech off",
    ],
)
async def test_a_server_voice_withdrawn_meanwhile_is_not_heard(
    built: list[World], how: str
) -> None:
    shared = voice(BOB, name="Narrator", server=True)
    world = make_world(built, [shared, voice(CAROL)])
    await _playing(world, CAROL, "Carol first.")
    await world.service.say(request(channel=world.lounge, voice_id=shared.voice_id))
    if how == "made private":
        shared.server_voice = False
    elif how == "server voices off":
        world.store.policy.speech_server_voices = False
    else:
        world.store.policy.speech_enabled = False
    world.tts.after_first.set()  # type: ignore[union-attr]
    await quiet(world)
    assert [r["voice_id"] for r in world.tts.requests] != [] and all(
        r["voice_id"] != shared.voice_id for r in world.tts.requests
    )
    assert world.store.charged(ALICE) == 0


async def test_a_server_voice_made_private_is_forgotten_by_read_aloud(built: list[World]) -> None:
    world = make_world(built, [])
    await world.service.voice_unshared(GUILD.id, "ws__shared")
    assert world.store.forgotten_read_aloud == [(GUILD.id, ["ws__shared"])]


# --- voice messages ----------------------------------------------------------------------------


async def test_a_voice_message_gathers_the_audio_and_posts_its_line_first(
    built: list[World], monkeypatch: pytest.MonkeyPatch
) -> None:
    alice = voice(ALICE, name="Alice *bold*")
    world = make_world(built, [alice])
    gathered: list[bytes] = []

    async def build(pcm: bytes, *, sample_rate: int = 48_000, **_: Any) -> VoiceMessage:
        gathered.append(pcm)
        return VoiceMessage(ogg=b"OggS", duration_secs=len(pcm) / 2 / sample_rate, waveform="")

    monkeypatch.setattr(voice_message_module, "build_voice_message", build)
    text = sentences(2)
    outcome = await world.service.say(request(text, text_channel=OTHER_TEXT))
    assert outcome.where == "voice_message" and outcome.message_id == 9001
    assert gathered == [chunk(1) + chunk(2) + chunk(101) + chunk(102)]
    (line, message) = world.poster.calls
    assert line == ("line", OTHER_TEXT, disclosure(speaker(), alice))
    assert "\\*bold\\*" in line[2] and "their AI voice" in line[2]
    assert message[:2] == ("voice", OTHER_TEXT)
    assert world.connector.links == []  # no voice connection for a voice message
    assert world.limiter.slots == [GUILD.id, GUILD.id]


async def test_the_disclosure_names_a_server_voice_as_the_servers(built: list[World]) -> None:
    shared = voice(BOB, name="The Narrator", server=True)
    world = make_world(built, [shared, voice(ALICE)])
    await world.service.say(request(voice_id=shared.voice_id))
    line = world.poster.calls[0][2]
    assert line == f"🔊 <@{ALICE}> speaking with the server's AI voice **The Narrator**"
    assert f"<@{BOB}>" not in line


async def test_a_voice_message_is_bounded_and_refunded_when_too_long(
    built: list[World], monkeypatch: pytest.MonkeyPatch
) -> None:
    world = make_world(built, [voice(ALICE)])
    monkeypatch.setattr(service_module, "MAX_MESSAGE_PCM_BYTES", len(chunk(0)) * 3)
    error = await refused(world, request(sentences(2)))
    assert "too long to send" in error.user_message
    assert len(world.tts.requests) == 2  # stopped at the chunk that went over
    assert world.poster.calls == [] and world.store.charged() == 0 and world.store.audits == []


async def test_a_voice_message_too_long_closes_its_tts_stream_at_once(
    built: list[World], monkeypatch: pytest.MonkeyPatch
) -> None:
    world = make_world(built, [voice(ALICE)])
    monkeypatch.setattr(service_module, "MAX_MESSAGE_PCM_BYTES", len(chunk(0)))
    await refused(world, request())
    assert world.tts.open == 0


async def test_a_voice_message_of_a_voice_gone_before_any_audio_is_refused(
    built: list[World],
) -> None:
    alice = voice(ALICE)
    world = make_world(built, [alice])
    original = world.store.find_voice
    calls = 0

    async def find_then_forget(guild_id: int, voice_id: str) -> CloneRecord | None:
        nonlocal calls
        calls += 1
        if calls > 1:  # the check at speaking time; gone by the time the audio opens
            alice.voice_deleted_at = utcnow()
        return await original(guild_id, voice_id)

    world.store.find_voice = find_then_forget  # type: ignore[method-assign]
    error = await refused(world, request(voice_id=alice.voice_id))
    assert "no longer available" in error.user_message
    assert world.tts.requests == [] and world.poster.calls == []
    assert world.store.charged() == 0 and world.store.audits == []


async def test_a_failed_voice_message_post_gives_the_characters_back(built: list[World]) -> None:
    world = make_world(built, [voice(ALICE)])
    world.poster.fail_voice = RuntimeError("Discord said 500")
    with pytest.raises(RuntimeError):
        await world.service.say(request())
    assert world.store.charged() == 0 and world.store.audits == [] and world.audited == []
    # No disclosure line is left without its voice message.
    (line, deleted) = world.poster.calls
    assert line[0] == "line" and deleted == ("delete", TEXT_CHANNEL, 7001)


async def test_audio_that_makes_no_voice_message_is_a_friendly_refusal(
    built: list[World], monkeypatch: pytest.MonkeyPatch
) -> None:
    world = make_world(built, [voice(ALICE)])
    seen: list[int] = []

    async def refuse(pcm: bytes, **_: Any) -> VoiceMessage:
        seen.append(len(pcm))
        raise VoiceMessageError("audio too short for a voice message")

    monkeypatch.setattr(voice_message_module, "build_voice_message", refuse)
    world.tts.odd_tail = True
    error = await refused(world, request())
    assert "cannot be sent as a voice message" in error.user_message
    assert seen == [len(chunk(0)) * 2]  # whole 16-bit samples only: the odd byte is dropped
    assert world.poster.calls == [] and world.store.charged() == 0


async def test_a_voice_deleted_while_its_message_is_gathered_is_not_posted(
    built: list[World],
) -> None:
    alice = voice(ALICE)
    world = make_world(built, [alice])
    world.tts.after_first = asyncio.Event()
    saying = asyncio.create_task(world.service.say(request(sentences(2))))
    await until(lambda: len(world.tts.requests) == 1)
    alice.voice_deleted_at = utcnow()  # /voices delete or an erasure, meanwhile
    world.tts.after_first.set()
    with contextlib.suppress(UserFacingError):
        await saying
    assert world.poster.calls == []
    assert world.store.charged() == 0


# --- the audit ----------------------------------------------------------------------------------


async def test_every_utterance_is_audited_without_its_text(built: list[World]) -> None:
    alice = voice(ALICE)
    world = make_world(
        built,
        [alice],
        config=SpeechConfig(read_aloud_enabled=True, model_id="m1"),
        read_aloud_allowed=True,
    )
    secret = "My very secret words, said aloud."
    await world.service.say(request(secret, channel=world.lounge, source="read_aloud"))
    await world.service.say(request(secret, source="message", text_channel=OTHER_TEXT))
    first, second = world.store.audits
    assert first == {
        "action": AuditAction.SPOKE,
        "record_id": alice.id,
        "actor_id": ALICE,
        "detail": {
            "voice_id": alice.voice_id,
            "voice_owner_id": ALICE,
            "channel_id": LOUNGE,
            "characters": len(secret),
            "via": "voice_channel",
            "source": "read_aloud",
            "model_id": "m1",
        },
        "post": False,  # read-aloud: stored, not posted one by one
    }
    assert second["post"] is True
    assert second["detail"]["channel_id"] == OTHER_TEXT
    assert second["detail"]["via"] == "voice_message"
    assert second["detail"]["source"] == "message"
    assert secret not in repr(world.store.audits) and "secret" not in repr(world.store.audits)
    assert world.audited == [1, 1]


async def test_a_failed_audit_does_not_undo_what_was_said(built: list[World]) -> None:
    world = make_world(built, [voice(ALICE)])
    world.store.audit_fails = True
    outcome = await world.service.say(request())
    assert outcome.message_id == 9001
    assert world.store.charged() == len("Hello there.")
    assert world.audited == []


# --- skip, stop, leave --------------------------------------------------------------------------


async def test_skip_follows_its_rules(built: list[World]) -> None:
    world = make_world(built, [voice(ALICE), voice(BOB)])
    assert await world.service.skip(speaker(BOB)) is None  # nothing playing
    await _playing(world, ALICE, "Alice talks.")
    with pytest.raises(UserFacingError, match="Only its speaker, the voice's owner or a moder"):
        await world.service.skip(speaker(BOB))
    skipped = await world.service.skip(speaker(ALICE))
    assert skipped is not None and not skipped.by_moderator
    await _playing(world, ALICE, "Alice talks again.")
    skipped = await world.service.skip(speaker(MOD, moderator=True))
    assert skipped is not None and skipped.by_moderator


async def test_stop_is_for_moderators_only(built: list[World]) -> None:
    world = make_world(built, [voice(ALICE), voice(BOB)])
    await _playing(world, ALICE, "Alice talks.")
    with pytest.raises(UserFacingError, match="Only a moderator"):
        await world.service.stop(speaker(ALICE))
    assert world.service.hub.queue_of(GUILD.id).current is not None  # untouched
    assert await world.service.stop(speaker(MOD, moderator=True)) == 1
    assert world.service.hub.queue_of(GUILD.id).current is None


async def test_leave_when_not_in_a_channel_is_false(built: list[World]) -> None:
    world = make_world(built, [voice(ALICE)])
    assert await world.service.leave(speaker(), LOUNGE) is False
    assert await world.service.leave(speaker(MOD, moderator=True), None) is False


async def test_a_member_makes_the_bot_leave_only_from_its_channel_and_when_only_theirs_plays(
    built: list[World],
) -> None:
    world = make_world(built, [voice(ALICE), voice(BOB)])
    await _playing(world, ALICE, "Alice talks.")
    with pytest.raises(UserFacingError, match="Join my voice channel first"):
        await world.service.leave(speaker(ALICE), GAMES)
    with pytest.raises(UserFacingError, match="Join my voice channel first"):
        await world.service.leave(speaker(ALICE), None)
    # Bob's text waits behind Alice's: Alice may not make the bot leave now; Bob neither.
    await world.service.say(request("Bob next.", who=speaker(BOB), channel=world.lounge))
    with pytest.raises(UserFacingError, match="Someone else's text"):
        await world.service.leave(speaker(ALICE), LOUNGE)
    with pytest.raises(UserFacingError, match="Someone else's text"):
        await world.service.leave(speaker(BOB), LOUNGE)
    assert world.service.hub.channel_of(GUILD.id) == LOUNGE
    # Once only Alice's texts are left, she may.
    assert await world.service.forget_member(GUILD.id, BOB) == 1
    await world.service.say(request("Alice again.", channel=world.lounge))
    assert await world.service.leave(speaker(ALICE), LOUNGE) is True
    assert world.service.hub.channel_of(GUILD.id) is None
    assert world.connector.links[0].disconnects == 1


async def test_a_moderator_makes_the_bot_leave_from_anywhere_whatever_plays(
    built: list[World],
) -> None:
    world = make_world(built, [voice(ALICE), voice(BOB)])
    await _playing(world, ALICE, "Alice talks.")
    await world.service.say(request("Bob next.", who=speaker(BOB), channel=world.lounge))
    assert await world.service.leave(speaker(MOD, moderator=True), None) is True
    assert world.service.hub.channel_of(GUILD.id) is None
    assert world.store.charged(BOB) == 0  # never heard


async def test_a_member_alone_with_nothing_playing_may_make_the_bot_leave(
    built: list[World],
) -> None:
    world = make_world(built, [voice(ALICE)])
    await world.service.say(request("Short.", channel=world.lounge))
    await quiet(world)
    assert await world.service.leave(speaker(BOB), LOUNGE) is True


# --- read-aloud ---------------------------------------------------------------------------------


async def test_read_aloud_off_is_always_allowed(built: list[World]) -> None:
    world = make_world(built, [], speech_enabled=False)
    assert await world.service.set_read_aloud(speaker(), False) is None
    assert world.store.read_aloud == [(ALICE, False, None)]


@pytest.mark.parametrize(
    ("bot_wide", "policy", "reason"),
    [
        (False, {"read_aloud_allowed": True}, "read_aloud_bot_off"),
        (True, {}, "read_aloud_off"),
        (True, {"read_aloud_allowed": True, "speech_enabled": False}, "speech_off"),
        (True, {"read_aloud_allowed": True, "speech_role_ids": [SPEAKERS]}, "role"),
    ],
)
async def test_read_aloud_on_is_refused_where_not_available(
    built: list[World], bot_wide: bool, policy: dict[str, Any], reason: str
) -> None:
    world = make_world(
        built, [voice(ALICE)], config=SpeechConfig(read_aloud_enabled=bot_wide), **policy
    )
    with pytest.raises(SpeechRefusal) as info:
        await world.service.set_read_aloud(speaker(), True)
    assert info.value.reason == reason
    assert world.store.read_aloud == []


async def test_read_aloud_on_checks_the_chosen_voice(built: list[World]) -> None:
    old, new, bobs = voice(ALICE), voice(ALICE), voice(BOB)
    world = make_world(
        built,
        [old, new, bobs],
        config=SpeechConfig(read_aloud_enabled=True),
        read_aloud_allowed=True,
    )
    with pytest.raises(SpeechRefusal) as info:
        await world.service.set_read_aloud(speaker(), True, bobs.voice_id)
    assert info.value.user_message == NOT_HERE
    with pytest.raises(SpeechRefusal, match="no cloned voice"):
        await world.service.set_read_aloud(speaker(CAROL), True)
    assert world.store.read_aloud == []
    assert await world.service.set_read_aloud(speaker(), True, old.voice_id) is old
    # Without a voice: the newest own voice now, and whatever is newest when it reads.
    assert await world.service.set_read_aloud(speaker(), True) is new
    assert world.store.read_aloud == [(ALICE, True, old.voice_id), (ALICE, True, None)]


async def test_erasure_and_deletion_pass_to_the_hub(built: list[World]) -> None:
    world = make_world(built, [voice(ALICE), voice(BOB)])
    await _playing(world, BOB)
    await world.service.say(request(channel=world.lounge))
    assert await world.service.forget_member(None, ALICE) == 1
    assert await world.service.forget_member(GUILD.id, BOB) == 1
    assert world.service.hub.queue_of(GUILD.id).current is None


async def test_without_libopus_a_voice_channel_is_refused_and_voice_messages_still_work(
    built: list[World],
) -> None:
    """The run command installs libopus only where it may (root or passwordless sudo): a bot
    without it says so before any TTS call, and voice messages (ffmpeg's libopus) still go."""
    world = make_world(built, [voice(ALICE)], speech_enabled=True)
    world.service.can_play_voice = lambda: False
    error = await refused(world, request(channel=world.lounge))
    assert isinstance(error, SpeechRefusal) and error.reason == "no_opus"
    assert "Opus" in error.user_message and "/say" in error.user_message
    world.nothing_spent()
    assert world.store.takes == []
    outcome = await world.service.say(request())
    assert outcome.where == "voice_message"
