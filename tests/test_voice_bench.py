"""The voice benchmark runs end to end with tiny parameters (so it cannot rot); its numbers
are not checked here (no timed assertions: the benchmark is where speed is measured)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_voice_benchmark_prints_its_tables() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "voice_bench.py"),
            "--runs=1",
            "--servers=1",
            "--delay-ms=20",
            "--speak-seconds=2",
            "--window-seconds=0.5",
            "--idle-seconds=0.3",
            "--floor-packets=20",
        ],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    out = result.stdout
    for row in (
        "| /say, bot already in the channel |",
        "| /say, bot joins first |",
        "| read-aloud message |",
        "| 0 (idle, not in voice) |",
        "| 1 | ",
    ):
        assert row in out, out
    assert "NOT spoken at once" not in out, out
    assert "D = 20 ms" in out
