"""Assertion helpers shared by the pipeline and hostile-input tests."""

from __future__ import annotations

import hashlib
import io
import math
import os
import threading
import time
import wave
from pathlib import Path

import numpy as np
import pytest

from bot.audio.errors import AudioError
from bot.audio.pipeline import AudioLimits, ProcessedSample
from tests.audio import fixtures as fx


def check_sample(sample: ProcessedSample, data: bytes, limits: AudioLimits) -> np.ndarray:
    """Assert the invariants every successful result must satisfy; return the mono samples.

    The WAV must be mono 16-bit PCM at ``limits.sample_rate``; ``seconds`` must match the
    WAV length and lie in ``(0, max_seconds]``; ``sha256`` must be that of the input bytes and
    ``peak_dbfs`` must describe the output that was actually produced.
    """
    assert isinstance(sample, ProcessedSample)
    with wave.open(io.BytesIO(sample.wav), "rb") as w:
        assert w.getcomptype() == "NONE"
        assert w.getnchannels() == 1, "output must be mono"
        assert w.getsampwidth() == 2, "output must be 16-bit PCM"
        assert w.getframerate() == limits.sample_rate
        frames = w.getnframes()
    samples, rate = fx.read_wav(sample.wav)
    mono = samples[:, 0]
    assert len(mono) == frames, "WAV header frame count disagrees with the data"
    assert sample.sample_rate == limits.sample_rate
    assert 0 < sample.seconds <= limits.max_seconds
    assert sample.seconds == pytest.approx(frames / rate, abs=0.05), "seconds != WAV length"
    assert sample.sha256 == hashlib.sha256(data).hexdigest()
    assert math.isfinite(sample.gain_db)
    assert 0.0 <= sample.clipped_fraction <= 1.0
    measured_peak = fx.dbfs(float(np.max(np.abs(mono))))
    assert sample.peak_dbfs <= 0.0
    assert sample.peak_dbfs == pytest.approx(measured_peak, abs=0.5), "peak_dbfs != output peak"
    return mono


def check_error(err: BaseException) -> AudioError:
    """Assert ``err`` is an AudioError with a friendly, non-empty, non-leaky user_message."""
    assert isinstance(err, AudioError), f"expected an AudioError, got {type(err).__name__}: {err}"
    msg = err.user_message
    assert isinstance(msg, str) and msg.strip(), "user_message must be a non-empty string"
    assert len(msg) <= 1000
    for leak in ("Traceback", "/tmp/", "ffmpeg version", "Errno"):
        assert leak not in msg, f"user_message leaks internals ({leak!r}): {msg!r}"
    return err


def child_pids() -> list[int]:
    """PIDs of the direct children of this process (Linux ``/proc``)."""
    me = os.getpid()
    pids = []
    for proc in Path("/proc").iterdir():
        entry = proc.name
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == me:
            pids.append(int(entry))
    return pids


def zombie_children() -> list[int]:
    """Direct children that exited but were never reaped."""
    zombies = []
    for pid in child_pids():
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state == "Z":
            zombies.append(pid)
    return zombies


def ffmpeg_children(name: str = "ffmpeg") -> list[int]:
    """Live (non-zombie) direct children whose executable is called ``name``."""
    found = []
    for pid in child_pids():
        try:
            argv0 = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0", 1)[0]
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if Path(argv0.decode(errors="replace")).name == name and state != "Z":
            found.append(pid)
    return found


def processes_matching(needle: str) -> list[int]:
    """PIDs (any parent) whose command line contains ``needle``."""
    found = []
    for proc in Path("/proc").iterdir():
        entry = proc.name
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
        except OSError:
            continue
        if needle.encode() in cmdline:
            found.append(int(entry))
    return found


class ChildProcessCounter:
    """Polls ``/proc`` every few ms and records the peak number of live ffmpeg children.

    Only processes whose executable name is exactly ``name`` and whose parent is this test
    process are counted.  Polling can miss very short-lived processes, so the peak is a lower
    bound - good enough to catch a concurrency limit that is not enforced at all.
    """

    def __init__(self, name: str = "ffmpeg", interval: float = 0.003) -> None:
        self.name = name
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, len(ffmpeg_children(self.name)))
            time.sleep(self.interval)

    def __enter__(self) -> ChildProcessCounter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)


def open_fd_count() -> int:
    """Number of file descriptors currently open in this process."""
    return sum(1 for _ in Path("/proc/self/fd").iterdir())
