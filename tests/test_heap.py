"""bot.audio.heap: glibc's arena cap, applied by ``python -m bot``, a no-op elsewhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.audio import heap

ROOT = Path(__file__).resolve().parents[1]


def test_not_glibc_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    monkeypatch.setattr(heap, "_glibc", lambda: None)
    assert heap.limit_arenas() is False


def test_operators_setting_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert heap.limit_arenas() is False


@pytest.mark.skipif(
    not (hasattr(os, "confstr") and (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc")),
    reason="glibc only",
)
def test_entry_point_caps_the_arenas() -> None:
    """``python -m bot`` caps them before any thread starts: 16 threads allocating at once
    then share the main arena and one more (glibc's malloc_info counts them)."""
    script = """
import ctypes, os, sys, threading
from unittest import mock
import bot.__main__ as entry

with mock.patch.object(entry, "load_settings", side_effect=SystemExit(0)):
    try:
        entry.main([])
    except SystemExit:
        pass

def work():
    for _ in range(200):
        bytearray(100_000)

threads = [threading.Thread(target=work) for _ in range(16)]
for t in threads: t.start()
for t in threads: t.join()
libc = ctypes.CDLL(None)
libc.open_memstream.restype = ctypes.c_void_p
buf, size = ctypes.c_char_p(), ctypes.c_size_t()
stream = libc.open_memstream(ctypes.byref(buf), ctypes.byref(size))
libc.malloc_info(0, ctypes.c_void_p(stream))
libc.fclose(ctypes.c_void_p(stream))
print(buf.value.decode().count("<heap nr="))
"""
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert int(done.stdout.strip().splitlines()[-1]) <= heap.ARENAS


def test_not_glibc_trims_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "_glibc", lambda: None)
    assert heap.trim() is False


@pytest.mark.skipif(
    not (hasattr(os, "confstr") and (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc")),
    reason="glibc only",
)
def test_trim_gives_back_the_pages_of_a_fragmented_heap() -> None:
    """Small blocks freed all around a few survivors keep their pages in the process (the
    heap's top is not free, so glibc's own trimming cannot shrink it); trim() returns them."""
    script = """
from bot.audio import heap

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) * 1024

blocks = [bytearray(1000) for _ in range(60_000)]  # ~60 MB from malloc (> 512 B)
survivors = blocks[::64]  # one per few pages keeps the heap from shrinking by itself
del blocks
before = rss()
heap.trim()
print(before - rss())
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert int(done.stdout.strip()) > 20_000_000, done.stdout
