"""StreamingPcmSource: 20 ms stereo frames from streaming mono PCM, underrun, end, backpressure."""

from __future__ import annotations

import asyncio
import threading

import numpy as np
import pytest

from bot.speech.playback.source import (
    FRAME_BYTES,
    SILENCE_FRAME,
    StreamingPcmSource,
    mono_to_stereo,
)


def mono(n: int, start: int = 1) -> bytes:
    return (np.arange(start, start + n, dtype="<i2")).tobytes()


def test_frame_is_20ms_of_stereo_48k() -> None:
    assert FRAME_BYTES == 3840 == 48_000 // 50 * 2 * 2


def test_mono_to_stereo_duplicates_each_sample() -> None:
    out = np.frombuffer(mono_to_stereo(np.array([1, -2, 300], "<i2").tobytes()), "<i2")
    assert out.tolist() == [1, 1, -2, -2, 300, 300]


async def test_frames_are_cut_and_stereo() -> None:
    source = StreamingPcmSource(asyncio.get_running_loop())
    assert source.is_opus() is False
    await source.feed(mono(960 * 2))  # two frames of mono samples
    first, second = source.read(), source.read()
    assert len(first) == len(second) == FRAME_BYTES
    samples = np.frombuffer(first + second, "<i2")
    assert samples[0::2].tolist() == samples[1::2].tolist() == list(range(1, 1921))


async def test_odd_chunk_lengths_reassemble_exactly() -> None:
    source = StreamingPcmSource(asyncio.get_running_loop())
    data = mono(960 * 3 + 17, start=-500)
    sizes = [1, 3, 5, 7, 2, 1001, 1]
    pos = 0
    while pos < len(data):
        for size in sizes:
            await source.feed(data[pos : pos + size])
            pos += size
    source.finish()
    out = b""
    while frame := source.read():
        assert len(frame) == FRAME_BYTES
        out += frame
    expected = mono_to_stereo(data)
    assert out[: len(expected)] == expected
    assert out[len(expected) :] == bytes(len(out) - len(expected))  # the padding
    assert source.exhausted


async def test_underrun_returns_silence_without_blocking() -> None:
    source = StreamingPcmSource(asyncio.get_running_loop())
    assert source.read() == SILENCE_FRAME
    await source.feed(mono(960))
    assert source.read() != SILENCE_FRAME
    assert source.read() == SILENCE_FRAME
    assert source.underruns == 2
    assert not source.exhausted


async def test_end_pads_the_last_partial_frame_then_ends() -> None:
    source = StreamingPcmSource(asyncio.get_running_loop())
    await source.feed(mono(100))
    assert source.read() == SILENCE_FRAME  # not finished: a partial frame waits for more
    source.finish()
    last = source.read()
    assert len(last) == FRAME_BYTES
    assert last[:400] == mono_to_stereo(mono(100)) and last[400:] == bytes(FRAME_BYTES - 400)
    assert source.read() == b""
    assert source.exhausted


async def test_finish_without_audio_ends_at_once() -> None:
    source = StreamingPcmSource(asyncio.get_running_loop())
    source.finish()
    assert source.read() == b""


async def test_backpressure_feeder_awaits_until_the_player_reads() -> None:
    source = StreamingPcmSource(asyncio.get_running_loop(), buffer_seconds=0.04)  # 2 frames
    assert await source.feed(mono(960 * 2))
    blocked = asyncio.create_task(source.feed(mono(960)))
    ticks = 0
    for _ in range(20):  # the loop keeps running while the feeder waits
        await asyncio.sleep(0)
        ticks += 1
    assert not blocked.done() and ticks == 20
    reader = threading.Thread(target=source.read)  # the player thread frees a frame
    reader.start()
    reader.join()
    assert await asyncio.wait_for(blocked, 5) is True
    assert source.buffered_seconds() == pytest.approx(0.04)


async def test_abort_wakes_a_waiting_feeder_and_ends_reads() -> None:
    source = StreamingPcmSource(asyncio.get_running_loop(), buffer_seconds=0.02)
    await source.feed(mono(960))
    blocked = asyncio.create_task(source.feed(mono(960)))
    await asyncio.sleep(0)
    threading.Thread(target=source.cleanup).start()  # discord.py cleans up from its thread
    assert await asyncio.wait_for(blocked, 5) is False
    assert source.read() == b""
    assert await source.feed(mono(10)) is False
    assert not source.exhausted


async def test_concurrent_reader_thread_gets_every_sample_in_order() -> None:
    source = StreamingPcmSource(asyncio.get_running_loop(), buffer_seconds=0.1)
    data = mono(48_000, start=-24_000)  # one second
    out: list[bytes] = []

    def player() -> None:
        while frame := source.read():
            if frame != SILENCE_FRAME:
                out.append(frame)

    thread = threading.Thread(target=player)
    thread.start()
    for pos in range(0, len(data), 777):
        await source.feed(data[pos : pos + 777])
    source.finish()
    await asyncio.to_thread(thread.join, 10)
    expected = mono_to_stereo(data)
    assert b"".join(out)[: len(expected)] == expected


async def test_feed_after_finish_is_a_bug() -> None:
    source = StreamingPcmSource(asyncio.get_running_loop())
    source.finish()
    with pytest.raises(RuntimeError):
        await source.feed(b"\x00\x00")


async def test_buffer_must_be_positive() -> None:
    with pytest.raises(ValueError):
        StreamingPcmSource(asyncio.get_running_loop(), buffer_seconds=0)
