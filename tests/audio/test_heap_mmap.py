"""bot.audio.heap: the fixed mmap threshold (big freed blocks go back to the system)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.audio import heap

ROOT = Path(__file__).resolve().parents[2]

GLIBC = hasattr(os, "confstr") and (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc")

#: After ``python -m bot``'s set-up: free one 8 MB block, then allocate 1 MB. With glibc's
#: dynamic threshold the free raises it to 8 MB and the 1 MB block lands in the arena (kept
#: by the process once freed); fixed, the block is mapped on its own. Prints mapped bytes.
SCRIPT = """
import ctypes
from unittest import mock
import bot.__main__ as entry

with mock.patch.object(entry, "load_settings", side_effect=SystemExit(0)):
    try:
        entry.main([])
    except SystemExit:
        pass

class Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]

libc = ctypes.CDLL(None)
libc.mallinfo2.restype = Mallinfo2
big = bytearray(8_000_000)
del big
before = libc.mallinfo2().hblkhd
block = bytearray(1_000_000)
print(libc.mallinfo2().hblkhd - before)
"""


def test_an_operators_threshold_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "65536")
    calls: list[tuple[int, int]] = []

    class Libc:
        def mallopt(self, param: int, value: int) -> int:
            calls.append((param, value))
            return 1

    assert heap.fix_mmap_threshold(Libc()) is False  # type: ignore[arg-type]
    assert calls == []


@pytest.mark.skipif(not GLIBC, reason="glibc only")
def test_entry_point_keeps_big_blocks_mapped_after_a_bigger_one_is_freed() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    mapped = int(done.stdout.strip().splitlines()[-1])
    assert mapped >= 1_000_000
