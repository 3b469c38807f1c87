"""Benchmark the audio pipeline against naive pydub and raw ffmpeg.

Two raw floors: ``ffmpeg -t 15`` (the kept length) and ``ffmpeg -t DECODE_SECONDS`` (the window
the pipeline really decodes: the fair floor). The pipeline includes the quality report
(loudness, noise, VAD); "pipeline + waveform" also renders the PNG.

Each case runs in a fresh Python process so peak memory is its own; imports are done before the
clock starts (a running bot has paid for them once). The process times its first call ("first
call": thread pool, asyncio's child watcher and lazily built filters are created then, once per
bot process) and then the median of ``--repeat`` further calls, the steady state every later
clip sees, which the ratios use. Raw ffmpeg is a new process every time. Memory is the peak RSS of
the Python process and, separately, of the largest ffmpeg/ffprobe child it ran (ffmpeg's RSS is
mostly its shared libraries). Speed is reported as ratios within this one run; absolute times
on a shared machine are noisy.

Usage: python benchmarks/pipeline_bench.py [--repeat N] [--skip-naive-long] [--markdown]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.audio import fixtures  # noqa: E402


def _decode_seconds() -> float:
    """AudioLimits().decode_seconds, read in a child: importing bot.audio here would grow this
    process, and a forked ffmpeg's peak RSS counts the parent's pages copied before exec."""
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from bot.audio import AudioLimits; print(AudioLimits().decode_seconds)",
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return float(out.stdout.strip())


DECODE_SECONDS = _decode_seconds()
RAW_15 = "raw ffmpeg -t 15"
RAW_DECODE = f"raw ffmpeg -t {DECODE_SECONDS:g} (DECODE_SECONDS)"

# Each case: (set-up, untimed: what a running bot has already paid for once; the timed work).
CASES = {
    "pipeline": (
        "import asyncio, pathlib\nfrom bot.audio import AudioPipeline\n"
        "loop = asyncio.new_event_loop()\npipeline = AudioPipeline()",
        "loop.run_until_complete(pipeline.process_file(pathlib.Path(PATH), sha256='-'))",
    ),
    "pipeline + waveform": (
        "import asyncio, pathlib\nfrom bot.audio import AudioPipeline\n"
        "from bot.audio.waveform import render_wav\n"
        "loop = asyncio.new_event_loop()\npipeline = AudioPipeline()",
        "s = loop.run_until_complete(pipeline.process_file(pathlib.Path(PATH), sha256='-'))\n"
        "loop.run_until_complete(asyncio.to_thread(render_wav, s.wav, s.quality))",
    ),
    "naive pydub": (
        "import io\nfrom pydub import AudioSegment",
        "clip = AudioSegment.from_file(PATH)[:15000].set_channels(1).set_frame_rate(24000)\n"
        "clip.set_sample_width(2).export(io.BytesIO(), format='wav')",
    ),
}

MEASURE = """
import json, resource, statistics, sys, time
PATH = sys.argv[1]
exec(sys.argv[2])
runs = []
for _ in range(1 + int(sys.argv[4])):
    started = time.perf_counter()
    exec(sys.argv[3])
    runs.append(time.perf_counter() - started)
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
steady = statistics.median(runs[1:]) if len(runs) > 1 else runs[0]
print(json.dumps({"first": runs[0], "seconds": steady, "python_kib": own, "ffmpeg_kib": child}))
"""


def make_inputs(tmp: Path) -> dict[str, Path]:
    """The test suite's own generators: a 10 s voice message and a 60-minute MP3."""
    fixtures.set_cache_dir(tmp)
    clip = fixtures.encode(fixtures.speech_wav(10, exact=True), "ogg_opus_voice")
    return {"10 s voice message (OGG/Opus)": clip, "60 min MP3 (64 kbps)": fixtures.mp3_60min()}


def measure_python(case: str, path: Path, repeat: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path), *CASES[case], str(repeat)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def measure_raw_ffmpeg(path: Path, out_dir: Path, seconds: float) -> dict[str, float]:
    import time

    cmd = [
        "ffmpeg",
        "-nostdin",
        "-loglevel",
        "error",
        "-y",
        "-t",
        f"{seconds:g}",
        "-i",
        str(path),
        "-ac",
        "1",
        "-ar",
        "24000",
        "-c:a",
        "pcm_s16le",
        str(out_dir / "raw.wav"),
    ]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError("ffmpeg failed")
    return {"first": elapsed, "seconds": elapsed, "python_kib": 0, "ffmpeg_kib": usage.ru_maxrss}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeat", type=int, default=5, help="steady-state runs per case; the median counts"
    )
    parser.add_argument("--skip-naive-long", action="store_true", help="skip naive pydub on 60 min")
    args = parser.parse_args()
    for tool in ("ffmpeg", "espeak-ng"):
        if shutil.which(tool) is None:
            print(f"{tool} is required", file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        inputs = make_inputs(tmp)
        rows = []
        for label, path in inputs.items():
            size_mb = path.stat().st_size / 1e6
            results: dict[str, dict[str, float]] = {}
            for case in (RAW_15, RAW_DECODE, "pipeline", "pipeline + waveform", "naive pydub"):
                if case == "naive pydub" and args.skip_naive_long and "60 min" in label:
                    continue
                repeat = 1 if case == "naive pydub" and "60 min" in label else args.repeat
                if case.startswith("raw"):
                    window = 15.0 if case == RAW_15 else DECODE_SECONDS
                    runs = [measure_raw_ffmpeg(path, tmp, window) for _ in range(repeat)]
                else:
                    runs = [measure_python(case, path, repeat)]
                results[case] = {
                    "first": runs[0]["first"],
                    "seconds": statistics.median(r["seconds"] for r in runs),
                    "python_kib": max(r["python_kib"] for r in runs),
                    "ffmpeg_kib": max(r["ffmpeg_kib"] for r in runs),
                }
            base = results[RAW_15]["seconds"]
            fair = results[RAW_DECODE]["seconds"]
            for case, r in results.items():
                rows.append(
                    (
                        f"{label}, {size_mb:.1f} MB",
                        case,
                        r["first"],
                        r["seconds"],
                        r["seconds"] / base,
                        r["seconds"] / fair,
                        r["python_kib"] / 1024,
                        r["ffmpeg_kib"] / 1024,
                    )
                )
    print(
        "| input | method | first call (s) | wall time (s) | x raw -t 15 "
        "| x raw -t DECODE_SECONDS | Python peak (MB) | ffmpeg peak (MB) |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for label, case, first, seconds, ratio, fair_ratio, python_mb, ffmpeg_mb in rows:
        shown_python = f"{python_mb:.0f}" if python_mb else "-"
        shown_first = "-" if case.startswith("raw") else f"{first:.3f}"
        print(
            f"| {label} | {case} | {shown_first} | {seconds:.3f} | {ratio:.2f} | {fair_ratio:.2f} "
            f"| {shown_python} | {ffmpeg_mb:.0f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
