"""A discord.py audio source fed with streaming PCM from the event loop.

The feeding side (event loop) pushes PCM s16le mono 48 kHz chunks of any size; discord.py's
player thread pulls 20 ms stereo frames. The player never blocks: on underrun it gets silence, so
its 20 ms pacing holds while the TTS stream is late. The buffer is bounded and the feeder awaits
(without blocking the loop) while it is full.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections import deque

import discord
import numpy as np

SAMPLE_RATE = 48_000
FRAME_MS = 20
#: One 20 ms frame of 16-bit stereo PCM at 48 kHz, as discord.py's encoder expects it.
FRAME_BYTES = SAMPLE_RATE * FRAME_MS // 1000 * 2 * 2  # 3,840
STEREO_BYTES_PER_SECOND = SAMPLE_RATE * 2 * 2
SILENCE_FRAME = bytes(FRAME_BYTES)


def mono_to_stereo(pcm: bytes) -> bytes:
    """Duplicate each s16le sample into left and right (``len(pcm)`` must be even)."""
    samples = np.frombuffer(pcm, dtype="<i2")
    return np.repeat(samples, 2).tobytes()


class StreamingPcmSource(discord.AudioSource):
    """PCM48 mono in (event loop), 20 ms stereo frames out (discord.py's player thread)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, *, buffer_seconds: float = 30.0) -> None:
        self._lock = threading.Lock()  # first: AudioSource.__del__ calls cleanup()
        self._closed = False  # aborted or cleaned up: read() ends, feed() refuses
        self._feeder_waiting = False
        if buffer_seconds <= 0:
            raise ValueError("buffer_seconds must be positive")
        self._loop = loop
        self._capacity = max(1, int(buffer_seconds * 1000 / FRAME_MS))  # in frames
        self._frames: deque[bytes] = deque()
        self._partial = b""  # stereo bytes short of a frame
        self._carry = b""  # an odd trailing byte of mono input
        self._finished = False  # no more input will come
        self._exhausted = False  # read() returned b'' after the end of the input
        self._space = asyncio.Event()
        self.frames_read = 0
        self.underruns = 0

    # -- feeding side (event loop) --------------------------------------------------------------

    async def feed(self, chunk: bytes) -> bool:
        """Queue ``chunk``; awaits while the buffer is full. False once the source is closed."""
        if self._finished and not self._closed:
            raise RuntimeError("feed() after finish()")
        while True:
            with self._lock:
                if self._closed:
                    return False
                if len(self._frames) < self._capacity:
                    self._append_locked(chunk)
                    return True
                self._feeder_waiting = True
                self._space.clear()
            await self._space.wait()

    def finish(self) -> None:
        """No more input: read() pads the last partial frame, then ends with b''."""
        with self._lock:
            self._finished = True

    def abort(self) -> None:
        """Stop now: read() returns b'', a waiting feed() returns False. Any thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            if hasattr(self, "_frames"):
                self._frames.clear()
            self._partial = self._carry = b""
            waiting = self._feeder_waiting
            self._feeder_waiting = False
        if waiting:
            self._wake_feeder()

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def exhausted(self) -> bool:
        """True once every fed frame was read and the end reported (played to the end)."""
        return self._exhausted

    def buffered_seconds(self) -> float:
        with self._lock:
            return (len(self._frames) * FRAME_BYTES + len(self._partial)) / STEREO_BYTES_PER_SECOND

    def _append_locked(self, chunk: bytes) -> None:
        data = self._carry + chunk
        if len(data) % 2:
            self._carry, data = data[-1:], data[:-1]
        else:
            self._carry = b""
        if not data:
            return
        stereo = self._partial + mono_to_stereo(data)
        whole = len(stereo) - len(stereo) % FRAME_BYTES
        for start in range(0, whole, FRAME_BYTES):
            self._frames.append(stereo[start : start + FRAME_BYTES])
        self._partial = stereo[whole:]

    def _wake_feeder(self) -> None:
        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits any more
            self._loop.call_soon_threadsafe(self._space.set)

    # -- player side (discord.py's thread) ------------------------------------------------------

    def read(self) -> bytes:
        wake = False
        with self._lock:
            if self._closed:
                return b""
            if self._frames:
                frame = self._frames.popleft()
                if self._feeder_waiting and len(self._frames) < self._capacity:
                    self._feeder_waiting = False
                    wake = True
            elif self._finished:
                if not self._partial:
                    self._exhausted = True
                    return b""
                frame = self._partial + bytes(FRAME_BYTES - len(self._partial))
                self._partial = b""
            else:
                self.underruns += 1
                return SILENCE_FRAME
            self.frames_read += 1
        if wake:
            self._wake_feeder()
        return frame

    def is_opus(self) -> bool:
        return False

    def cleanup(self) -> None:
        self.abort()
