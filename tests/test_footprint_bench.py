"""The footprint benchmark runs end to end in a tiny configuration (so it cannot rot) and its
JSON holds sane numbers; the goals and the timings are not checked here (no timed assertions:
the benchmark is where they are measured)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.footprint import MB, MiB, Run, summary, table

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow  # a real ``python -m bot`` start-up and two clones: about a minute
def test_the_footprint_benchmark_measures_the_bot_process() -> None:
    script = str(ROOT / "benchmarks" / "footprint.py")
    result = subprocess.run(
        [sys.executable, script, "--members=2", "--runs=1", "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads(result.stdout)
    assert report["members"] == 2
    [run] = report["runs"]
    assert run["clones_ok"] == 2, result.stderr[-4000:]
    for key in ("idle_rss", "peak_rss", "rss_after_burst", "identify_s", "synced_s"):
        assert run[key] > 0, key
    assert run["import_s"] > 0 and run["import_wall_s"] > 0
    # VmHWM is the peak of the whole life of the process: never below a reading of VmRSS.
    assert run["peak_rss"] >= max(run["idle_rss"], run["rss_after_burst"])
    # 20-odd MB is the interpreter alone; a bot that imported discord.py is well above it.
    assert run["idle_rss"] > 20_000_000
    assert set(report["summary"]) == set(run)
    assert report["summary"]["peak_rss"] == {"median": run["peak_rss"], "max": run["peak_rss"]}
    assert report["machine"]["cores"] >= 1 and report["machine"]["python"]
    assert "benchmarks/footprint.py" in report["command"]


def test_the_table_gives_megabytes_and_mebibytes() -> None:
    def run(idle: int, peak: int) -> Run:
        return Run(idle, peak, idle, 0, 1.5, 1.4, 0.8, 1.0, 12.0, 3)

    runs = [run(80 * MB, 120 * MB), run(90 * MB, 140 * MB), run(70 * MB, 130 * MB)]
    report = {"members": 3, "summary": summary(runs), "image": None}
    text = table(report)
    assert f"| 80.0 MB ({80 * MB / MiB:.1f} MiB) | 90.0 MB ({90 * MB / MiB:.1f} MiB) |" in text
    assert "| peak RSS (VmHWM) through 3 concurrent /clone | 130.0 MB" in text
    assert "| container image size | n/a |" in text
    assert "| 3/3 | 3/3 |" in text
