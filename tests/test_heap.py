"""bot.audio.heap: glibc's arena cap and fixed mmap threshold, applied by ``python -m bot``, and
the trim after start-up; a no-op elsewhere."""

from __future__ import annotations

import os

import pytest

from bot.audio import heap
from tests.helpers import fresh_python

GLIBC = hasattr(os, "confstr") and (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc")
glibc_only = pytest.mark.skipif(not GLIBC, reason="glibc only")

#: A script's start: ``python -m bot``'s set-up, stopped right after it tunes malloc.
AFTER_ENTRY_POINT = """
import ctypes
from unittest import mock
import bot.__main__ as entry

with mock.patch.object(entry, "load_settings", side_effect=SystemExit(0)):
    try:
        entry.main([])
    except SystemExit:
        pass
libc = ctypes.CDLL(None)
"""


def run(script: str) -> int:
    """The last line ``script`` prints, as a number (a fresh interpreter with no MALLOC_*
    settings of its own)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    return int(fresh_python(script, env=env))


def test_not_glibc_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    monkeypatch.setattr(heap, "_glibc", lambda: None)
    assert heap.limit_arenas() is False
    assert heap.trim() is False


def test_operators_setting_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert heap.limit_arenas() is False


def test_an_operators_threshold_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "65536")
    calls: list[tuple[int, int]] = []

    class Libc:
        def mallopt(self, param: int, value: int) -> int:
            calls.append((param, value))
            return 1

    assert heap.fix_mmap_threshold(Libc()) is False  # type: ignore[arg-type]
    assert calls == []


@glibc_only
def test_entry_point_caps_the_arenas() -> None:
    """``python -m bot`` caps them before any thread starts: 16 threads allocating at once
    then share the main arena and one more (glibc's malloc_info counts them)."""
    script = (
        AFTER_ENTRY_POINT
        + """
import threading

def work():
    for _ in range(200):
        bytearray(100_000)

threads = [threading.Thread(target=work) for _ in range(16)]
for t in threads: t.start()
for t in threads: t.join()
libc.open_memstream.restype = ctypes.c_void_p
buf, size = ctypes.c_char_p(), ctypes.c_size_t()
stream = libc.open_memstream(ctypes.byref(buf), ctypes.byref(size))
libc.malloc_info(0, ctypes.c_void_p(stream))
libc.fclose(ctypes.c_void_p(stream))
print(buf.value.decode().count("<heap nr="))
"""
    )
    assert run(script) <= heap.ARENAS


@glibc_only
def test_entry_point_keeps_big_blocks_mapped_after_a_bigger_one_is_freed() -> None:
    """Free one 8 MB block, then allocate 1 MB: with glibc's dynamic threshold the free
    raises it to 8 MB and the 1 MB block lands in the arena (kept by the process once
    freed); fixed, the block is mapped on its own."""
    script = (
        AFTER_ENTRY_POINT
        + """
class Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]

libc.mallinfo2.restype = Mallinfo2

probe_before = libc.mallinfo2().hblkhd
probe = bytearray(1_000_000)
if libc.mallinfo2().hblkhd - probe_before < 1_000_000:
    print(-1)  # not mapped even before any free: glibc's thresholds are not in charge here
    raise SystemExit
del probe
big = bytearray(8_000_000)
del big
before = libc.mallinfo2().hblkhd
block = bytearray(1_000_000)
print(libc.mallinfo2().hblkhd - before)
"""
    )
    mapped = run(script)
    if mapped == -1:
        # Seen with pydantic-core 2.18 (pydantic 2.7, the lowest versions CI installs): once
        # it is loaded, even a first 1 MB block is not mapped, so glibc's mmap threshold is not
        # what places blocks in this process and there is nothing to check.
        pytest.skip("glibc's mmap threshold does not govern this process's allocations")
    assert mapped >= 1_000_000


@glibc_only
def test_trim_gives_back_the_pages_of_a_fragmented_heap() -> None:
    """Blocks freed all around a few survivors keep their pages in the process (the heap's
    top is not free, so glibc's own trimming cannot shrink it); trim() returns them."""
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
    assert run(script) > 20_000_000
