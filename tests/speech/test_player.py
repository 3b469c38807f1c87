"""VoiceHub / GuildSpeaker: queue, skip, stop, erasure, leaving, moving, status and shutdown."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from bot.speech.playback.source import mono_to_stereo
from bot.speech.player import (
    BusyElsewhere,
    ConnectFailed,
    HubClosed,
    NotYourUtterance,
    QueueFull,
    VoiceHub,
    clean_name,
    status_text,
)
from tests.speech.player_fakes import (
    BOT,
    GUILD,
    FakeChannel,
    FakeConnector,
    Recorder,
    Script,
    channel,
    make_hub,
    until,
    utterance,
    vc,
)


def pcm(n: int, start: int = 1) -> bytes:
    return np.arange(start, start + n, dtype="<i2").tobytes()


async def test_plays_in_fifo_order_starting_on_the_first_chunk() -> None:
    hub, connector, _status = make_hub()
    rec, ch = Recorder(), channel()
    scripts = [Script(), Script(), Script()]
    positions = [
        await hub.enqueue(vc(ch), utterance(f"u{i}", s, rec)) for i, s in enumerate(scripts)
    ]
    assert positions == [0, 1, 2]
    link = connector.links[0]
    await until(lambda: scripts[0].opened)
    await asyncio.sleep(0.01)
    assert link.plays == 0  # nothing plays before the first chunk
    assert not scripts[1].opened  # the next stream opens only when its turn comes
    audio = [pcm(960 * 3 + 1, start=1000 * i) for i in range(3)]
    for script, data in zip(scripts, audio, strict=True):
        script.push(data[:999], data[999:]).end()
    await until(lambda: rec.outcome("u2") is not None)
    assert [e for e in rec.events if e[0] == "started"] == [("started", f"u{i}") for i in range(3)]
    assert [rec.outcome(f"u{i}") for i in range(3)] == ["done"] * 3
    played = link.audio()
    for data in audio:
        stereo = mono_to_stereo(data)
        assert stereo in played
    assert all(s.closed for s in scripts)
    await hub.close()


async def test_queue_is_bounded() -> None:
    hub, _, _ = make_hub(queue_max=2)
    rec, ch = Recorder(), channel()
    held = [Script() for _ in range(4)]
    await hub.enqueue(vc(ch), utterance("a", held[0], rec))
    await until(lambda: hub.queue_of(GUILD.id).current is not None)
    await hub.enqueue(vc(ch), utterance("b", held[1], rec))
    await hub.enqueue(vc(ch), utterance("c", held[2], rec))
    with pytest.raises(QueueFull):
        await hub.enqueue(vc(ch), utterance("d", held[3], rec))
    snap = hub.queue_of(GUILD.id)
    assert snap.current is not None and snap.current.id == "a"
    assert [u.id for u in snap.queued] == ["b", "c"]
    assert snap.channel_id == ch.id
    await hub.close()


async def _speaking(
    hub: VoiceHub,
    connector: FakeConnector,
    rec: Recorder,
    ch: FakeChannel,
    *,
    speaker: int = 100,
    owner: int | None = None,
    uid: str = "a",
) -> Script:
    script = Script().push(pcm(960 * 2))
    await hub.enqueue(vc(ch), utterance(uid, script, rec, speaker=speaker, owner=owner))
    await until(lambda: ("started", uid) in rec.events)
    return script


async def test_members_skip_only_their_own_utterance() -> None:
    hub, connector, _ = make_hub()
    rec, ch = Recorder(), channel()
    script = await _speaking(hub, connector, rec, ch, speaker=100)
    with pytest.raises(NotYourUtterance):
        await hub.skip(GUILD.id, user_id=999, moderator=False)
    assert rec.outcome("a") is None
    skipped = await hub.skip(GUILD.id, user_id=100, moderator=False)
    assert skipped is not None and skipped.utterance.id == "a" and not skipped.by_moderator
    assert rec.outcome("a") == "skipped"
    assert script.closed  # the TTS stream (and its limiter slot) is released
    assert not connector.links[0].is_playing()
    assert await hub.skip(GUILD.id, user_id=100, moderator=False) is None
    await hub.close()


async def test_moderator_and_voice_owner_may_skip_and_the_next_plays() -> None:
    hub, connector, _ = make_hub()
    rec, ch = Recorder(), channel()
    await _speaking(hub, connector, rec, ch, speaker=100, uid="a")
    nxt = Script().push(pcm(960)).end()
    await hub.enqueue(vc(ch), utterance("b", nxt, rec, speaker=101, owner=102))
    skipped = await hub.skip(GUILD.id, user_id=999, moderator=True)
    assert skipped is not None and skipped.by_moderator
    await until(lambda: ("started", "b") in rec.events)
    await until(lambda: rec.outcome("b") == "done")
    await _speaking(hub, connector, rec, ch, speaker=101, owner=102, uid="c")
    skipped = await hub.skip(GUILD.id, user_id=102, moderator=False)  # the voice's owner
    assert skipped is not None and not skipped.by_moderator
    await hub.close()


async def test_stop_clears_the_queue_and_stops_now() -> None:
    hub, connector, _ = make_hub()
    rec, ch = Recorder(), channel()
    await _speaking(hub, connector, rec, ch)
    await hub.enqueue(vc(ch), utterance("b", Script(), rec))
    await hub.enqueue(vc(ch), utterance("c", Script(), rec))
    assert await hub.stop(GUILD.id) == 3
    assert [rec.outcome(u) for u in "abc"] == ["stopped"] * 3
    assert ("started", "b") not in rec.events
    snap = hub.queue_of(GUILD.id)
    assert snap.current is None and snap.queued == ()
    assert not connector.links[0].is_playing()
    assert connector.links[0].connected  # stop does not leave
    await hub.close()


async def test_forget_member_drops_queued_and_stops_current_before_returning() -> None:
    hub, connector, _ = make_hub()
    rec, ch = Recorder(), channel()
    script = await _speaking(hub, connector, rec, ch, speaker=100)
    await hub.enqueue(vc(ch), utterance("b", Script().push(pcm(960)).end(), rec, speaker=101))
    await hub.enqueue(vc(ch), utterance("c", Script(), rec, speaker=102, owner=100))
    await hub.enqueue(vc(ch), utterance("d", Script().push(pcm(960)).end(), rec, speaker=103))
    link = connector.links[0]
    source = link.players[0].source
    assert await hub.forget_member(None, 100) == 2
    assert source.read() == b""  # no more audio of theirs, at once
    assert rec.outcome("a") == rec.outcome("c") == "forgotten"
    assert script.closed
    assert "c" not in [u.id for u in hub.queue_of(GUILD.id).queued]
    await until(lambda: rec.outcome("d") == "done")
    assert rec.outcome("b") == "done"
    await hub.close()


async def test_forget_voice_ends_its_utterances() -> None:
    hub, connector, _ = make_hub()
    rec, ch = Recorder(), channel()
    await _speaking(hub, connector, rec, ch)
    await hub.enqueue(vc(ch), utterance("b", Script(), rec))
    assert await hub.forget_voice("v1") == 2
    assert rec.outcome("a") == rec.outcome("b") == "forgotten"
    await hub.close()


async def test_a_failing_stream_ends_that_utterance_and_the_next_plays() -> None:
    hub, _connector, _ = make_hub()
    rec, ch = Recorder(), channel()
    bad = Script().push(pcm(960)).fail(ConnectionResetError("inworld mid-stream"))
    empty = Script().end()
    good = Script().push(pcm(960)).end()
    await hub.enqueue(vc(ch), utterance("bad", bad, rec))
    await hub.enqueue(vc(ch), utterance("empty", empty, rec))
    await hub.enqueue(vc(ch), utterance("good", good, rec))
    await until(lambda: rec.outcome("good") is not None)
    assert rec.outcome("bad") == "failed"
    assert rec.outcome("empty") == "failed"
    assert ("started", "empty") not in rec.events
    assert rec.outcome("good") == "done"
    await hub.close()


async def test_a_stalled_stream_times_out() -> None:
    hub, _connector, _ = make_hub(chunk_timeout=0.2)
    rec, ch = Recorder(), channel()
    await hub.enqueue(vc(ch), utterance("a", Script().push(pcm(960)), rec))
    await until(lambda: rec.outcome("a") is not None)
    assert rec.outcome("a") == "failed"
    await hub.close()


async def test_failing_callbacks_do_not_break_the_queue() -> None:
    hub, _connector, _ = make_hub()
    rec, ch = Recorder(), channel()

    async def boom(*_: object) -> None:
        raise RuntimeError("audit down")

    first = utterance("a", Script().push(pcm(960)).end(), rec)
    first.on_started = boom  # playback goes on
    second = utterance("b", Script().push(pcm(960)).end(), rec)
    second.on_finished = boom  # the queue goes on
    await hub.enqueue(vc(ch), first)
    await hub.enqueue(vc(ch), second)
    await hub.enqueue(vc(ch), utterance("c", Script().push(pcm(960)).end(), rec))
    await until(lambda: rec.outcome("c") is not None)
    assert rec.outcome("a") == rec.outcome("c") == "done"
    await hub.close()


async def test_player_ending_early_is_a_failure() -> None:
    hub, connector, _ = make_hub()
    rec, ch = Recorder(), channel()
    await _speaking(hub, connector, rec, ch)
    connector.links[0].stop()  # e.g. discord.py stopped the player on a disconnect
    await until(lambda: rec.outcome("a") is not None)
    assert rec.outcome("a") == "failed"
    await hub.close()


async def test_idle_leave_after_idle_seconds() -> None:
    hub, connector, status = make_hub(idle_seconds=0.05)
    rec, ch = Recorder(), channel()
    await hub.enqueue(vc(ch), utterance("a", Script().push(pcm(960)).end(), rec))
    await until(lambda: connector.links[0].disconnects == 1)
    assert rec.outcome("a") == "done"
    assert hub.channel_of(GUILD.id) is None
    assert status.calls[-1] == (ch.id, "")
    assert hub.tasks() == []
    await hub.close()


async def test_idle_timer_does_not_interrupt_speaking() -> None:
    hub, connector, _ = make_hub(idle_seconds=0.3)
    rec, ch = Recorder(), channel()
    await hub.enqueue(vc(ch), utterance("a", Script().push(pcm(960)).end(), rec))
    await until(lambda: rec.outcome("a") == "done")
    await _speaking(hub, connector, rec, ch, uid="b")  # enqueued within the idle window
    assert not [t for t in hub.tasks() if "idle" in t.get_name()]  # the timer was cancelled
    assert await hub._guilds[GUILD.id].leave(only_if_idle=True) is False  # a late timer
    await asyncio.sleep(0.5)
    assert connector.links[0].disconnects == 0
    assert rec.outcome("b") is None
    await hub.close()


async def test_leaves_a_channel_no_human_is_left_in() -> None:
    hub, connector, status = make_hub()
    rec, ch = Recorder(), channel(humans=1)
    await _speaking(hub, connector, rec, ch)
    human = ch.members[1]
    ch.members.remove(human)
    await hub.voice_state_changed(
        _member(human.id),
        _state(ch),
        _state(None),
    )
    assert connector.links[0].disconnects == 1
    assert rec.outcome("a") == "stopped"
    assert status.calls[-1] == (ch.id, "")
    assert hub.tasks() == []
    await hub.close()


async def test_stays_while_a_human_remains_and_ignores_other_channels() -> None:
    hub, connector, _ = make_hub()
    rec, ch = Recorder(), channel(humans=2)
    await _speaking(hub, connector, rec, ch)
    ch.members.pop()
    await hub.voice_state_changed(_member(201), _state(ch), _state(None))
    other = channel(cid=99, humans=0)
    await hub.voice_state_changed(_member(300), _state(other), _state(None))
    assert connector.links[0].disconnects == 0
    assert rec.outcome("a") is None
    await hub.close()


async def test_external_disconnect_tears_down_and_the_next_enqueue_reconnects() -> None:
    hub, connector, _ = make_hub()
    rec, ch = Recorder(), channel()
    await _speaking(hub, connector, rec, ch)
    link = connector.links[0]
    link.connected, link.gone = False, True
    link.stop()
    await hub.voice_state_changed(_member(BOT.id), _state(ch), _state(None))
    await until(lambda: hub.channel_of(GUILD.id) is None)
    assert rec.outcome("a") in {"stopped", "failed"}
    await hub.enqueue(vc(ch), utterance("b", Script().push(pcm(960)).end(), rec))
    await until(lambda: rec.outcome("b") == "done")
    assert len(connector.links) == 2
    await hub.close()


async def test_moves_only_when_nobody_else_is_using_it() -> None:
    hub, connector, _ = make_hub()
    rec, here, there = Recorder(), channel(20), channel(21)
    await _speaking(hub, connector, rec, here, speaker=100)
    with pytest.raises(BusyElsewhere) as busy:
        await hub.enqueue(vc(there), utterance("x", Script(), rec, speaker=101))
    assert busy.value.channel_id == here.id
    assert ("x", "") not in rec.events and rec.outcome("x") is None
    # The only one using it is the same member: the bot follows them.
    await hub.enqueue(vc(there), utterance("y", Script().push(pcm(960)).end(), rec, speaker=100))
    assert connector.links[0].moves == [there.id]
    await hub.skip(GUILD.id, user_id=100, moderator=False)
    await until(lambda: rec.outcome("y") == "done")
    # on_finished runs just before the speaker lets go of the utterance.
    await until(lambda: hub.queue_of(GUILD.id).current is None)
    # Idle now: anyone may take it to their channel.
    await hub.enqueue(vc(here), utterance("z", Script().push(pcm(960)).end(), rec, speaker=101))
    assert connector.links[0].moves == [there.id, here.id]
    await hub.close()


async def test_connect_failure_raises_and_leaves_no_trace() -> None:
    hub, connector, _ = make_hub()
    rec, ch = Recorder(), channel()
    connector.fail = TimeoutError()
    script = Script()
    with pytest.raises(ConnectFailed):
        await hub.enqueue(vc(ch), utterance("a", script, rec))
    assert hub.queue_of(GUILD.id).queued == ()
    assert not script.opened and rec.events == []
    connector.fail = None
    assert await hub.enqueue(vc(ch), utterance("b", Script().push(pcm(960)).end(), rec)) == 0
    await until(lambda: rec.outcome("b") == "done")
    await hub.close()


async def test_erasure_while_connecting_drops_the_utterance() -> None:
    hub, connector, _ = make_hub()
    rec, ch = Recorder(), channel()
    connector.gate = asyncio.Event()
    script = Script()
    pending = asyncio.create_task(hub.enqueue(vc(ch), utterance("a", script, rec)))
    await until(lambda: [u.id for u in hub.queue_of(GUILD.id).queued] == ["a"])
    assert await hub.forget_member(GUILD.id, 100) == 1
    connector.gate.set()
    await pending
    await asyncio.sleep(0.05)
    assert not script.opened and rec.outcome("a") == "forgotten"
    await hub.close()


async def test_status_shows_whose_voice_once_per_speaker_and_is_cleared() -> None:
    hub, _connector, status = make_hub()
    rec, ch = Recorder(), channel()
    await hub.enqueue(vc(ch), utterance("a", Script().push(pcm(960)).end(), rec))
    await hub.enqueue(vc(ch), utterance("b", Script().push(pcm(960)).end(), rec))
    await hub.enqueue(
        vc(ch), utterance("c", Script().push(pcm(960)).end(), rec, speaker=7, owner_name="Bob")
    )
    await until(lambda: rec.outcome("c") == "done")
    await until(lambda: bool(status.calls) and status.calls[-1] == (ch.id, ""))
    assert status.calls == [
        (ch.id, "🔊 AI voice of Alice"),
        (ch.id, "🔊 AI voice of Bob"),
        (ch.id, ""),
    ]
    await hub.close()


async def test_status_failures_are_not_fatal() -> None:
    hub, connector, status = make_hub()
    status.fail = RuntimeError("403 Missing Permissions")
    rec, ch = Recorder(), channel()
    await hub.enqueue(vc(ch), utterance("a", Script().push(pcm(960)).end(), rec))
    await until(lambda: rec.outcome("a") is not None)
    assert rec.outcome("a") == "done"
    await hub.close()
    assert status.calls[-1] == (ch.id, "")  # close retried the clear
    assert connector.links[0].disconnects == 1


def test_status_text_is_sanitised_and_bounded() -> None:
    assert clean_name("**Al*ice** <@123> @everyone `x`") == "Alice everyone x"
    assert clean_name("a\u202eb\nc  d") == "ab c d"
    rec = Recorder()
    u = utterance("a", Script(), rec, owner_name="x" * 2000)
    assert len(status_text(u)) == 500
    u = utterance("a", Script(), rec, owner_name="<@&5>")
    assert status_text(u) == "🔊 AI voice of Alice's voice"


async def test_close_leaves_nothing_running() -> None:
    hub, connector, status = make_hub()
    rec = Recorder()
    ch1, ch2 = channel(20), channel(30)
    other_guild_ch = type(ch2)(31, type(GUILD)(11), ch2.members)
    await _speaking(hub, connector, rec, ch1)
    await hub.enqueue(vc(ch1), utterance("b", Script(), rec))
    u = utterance("c", Script(), rec)
    u.guild_id = 11
    await hub.enqueue(vc(other_guild_ch), u)
    await until(lambda: hub.queue_of(11).current is not None)
    await hub.close()
    assert [rec.outcome(x) for x in "abc"] == ["stopped"] * 3
    assert all(link.disconnects == 1 for link in connector.links)
    for player in [p for link in connector.links for p in link.players]:
        assert player.end.is_set()  # the player thread was told to stop and called after()
        player.join(5)
        assert not player.is_alive()
    assert hub.tasks() == []
    assert asyncio.all_tasks() == {asyncio.current_task()}
    assert status.calls[-1][1] == ""
    with pytest.raises(HubClosed):
        await hub.enqueue(vc(ch1), utterance("d", Script(), rec))
    u = utterance("e", Script(), rec)
    u.guild_id = 12
    with pytest.raises(HubClosed):  # a guild the hub has not seen yet
        await hub.enqueue(vc(type(ch2)(32, type(GUILD)(12), ch2.members)), u)
    assert len(connector.links) == 2


async def test_channel_must_be_in_the_utterance_guild() -> None:
    hub, _, _ = make_hub()
    rec = Recorder()
    u = utterance("a", Script(), rec)
    u.guild_id = 999
    with pytest.raises(ValueError):
        await hub.enqueue(vc(channel()), u)
    await hub.close()


def _member(user_id: int) -> Any:
    return SimpleNamespace(id=user_id, guild=GUILD)


def _state(ch: FakeChannel | None) -> Any:
    return SimpleNamespace(channel=ch)


async def test_an_utterance_ended_before_its_task_ran_never_opens_its_stream() -> None:
    hub, _connector, _ = make_hub(stop_timeout=1.0)
    rec, ch = Recorder(), channel()
    script = Script()
    await hub.enqueue(vc(ch), utterance("a", script, rec))
    await asyncio.sleep(0)  # the runner takes it; its task has not run yet
    assert hub.queue_of(GUILD.id).current is not None
    assert await hub.stop(GUILD.id) == 1
    await until(lambda: rec.outcome("a") is not None)
    assert rec.outcome("a") == "stopped"
    assert not script.opened
    await hub.close()
