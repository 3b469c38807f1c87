"""Footprint of the real bot process (``python -m bot``) against the loopback fakes.

Each run starts ``python -m bot`` the way a user runs it (settings only from the environment,
the default SQLite database in a fresh working directory) against the fake Discord and the fake
Inworld in this process, with the clone limiter opened wide (``CLONES_PER_MINUTE=1000``), and
reads ``/proc/<pid>/status`` of the bot process only (ffmpeg and the consent recogniser are
child processes; their sampled peak is reported on a line of its own):

* idle RSS: VmRSS once connected (READY) and with the commands synced, when it has stopped
  moving (1 MiB over 3 s);
* peak RSS: VmHWM after N members ran /clone at the same moment, each with a ~12 s voice
  message, consent confirmed, all finished (VmHWM covers the whole life of the process);
* exec -> IDENTIFY, exec -> commands synced: from just before the exec to the fake's
  ``time.monotonic()`` of the IDENTIFY / bulk-overwrite it received (one clock, one machine);
* imports: ``python -X importtime -c "import bot.__main__"`` (what ``python -m bot`` imports
  before it runs), the sum of every module's self time; and the wall-clock of that subprocess
  without ``-X importtime`` (interpreter start-up included).

The image size comes from ``podman image inspect`` when such an image exists locally.
MB = 10^6 bytes, MiB = 2^20 bytes.

Usage: python benchmarks/footprint.py [--members 20] [--runs 3] [--json] [--env NAME=VALUE]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import platform
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.audio import fixtures  # noqa: E402
from tests.e2e.helpers import confirm_consent, content_of, is_finished, member  # noqa: E402
from tests.fakes.discord_server import FakeDiscord  # noqa: E402
from tests.fakes.inworld_server import FakeInworld  # noqa: E402
from tests.install.drive import SETTING_NAMES, bot_settings  # noqa: E402

MB = 1_000_000
MiB = 1 << 20
#: Images .ci/container.sh builds (localhost/voiceclone:ci) or a user may have tagged.
IMAGE_NAMES = ("voiceclone-bot", "localhost/voiceclone:ci", "voiceclone")
#: What ``python -m bot`` imports before main() runs.
IMPORT_CODE = "import bot.__main__"
GOALS = {"idle_rss": 100 * MB, "peak_rss": 150 * MB}


@dataclass(frozen=True)
class Run:
    """One start of the bot and one burst of /clone requests (bytes and seconds)."""

    idle_rss: int
    peak_rss: int
    rss_after_burst: int
    children_peak_rss: int
    identify_s: float
    synced_s: float
    import_s: float
    import_wall_s: float
    burst_s: float
    clones_ok: int


def proc_status_bytes(pid: int, field: str) -> int | None:
    """``VmRSS``/``VmHWM`` (kB in /proc, which means KiB) of a process, in bytes."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    match = re.search(rf"^{field}:\s+(\d+)\s+kB", status, re.MULTILINE)
    return int(match.group(1)) * 1024 if match else None


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (children, grandchildren), from /proc/*/stat."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


async def sample_children(pid: int, peak: list[int], interval: float = 0.2) -> None:
    """Keep ``peak[0]`` at the largest total RSS of ``pid``'s descendants seen (until
    cancelled): ffmpeg lives for a fraction of a second, so this is a lower bound."""
    while True:
        total = sum(proc_status_bytes(child, "VmRSS") or 0 for child in descendants(pid))
        peak[0] = max(peak[0], total)
        await asyncio.sleep(interval)


async def wait_until(check: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} not reached within {timeout:g} s")
        await asyncio.sleep(0.05)


async def stable_rss(pid: int, *, window: float = 3.0, tolerance: int = MiB) -> int:
    """VmRSS once it moved less than ``tolerance`` over ``window`` seconds (at most 60 s)."""
    readings: list[tuple[float, int]] = []
    deadline = time.monotonic() + 60
    while True:
        now = time.monotonic()
        readings.append((now, proc_status_bytes(pid, "VmRSS") or 0))
        recent = [rss for at, rss in readings if at >= now - window]
        if readings[0][0] <= now - window and max(recent) - min(recent) <= tolerance:
            return readings[-1][1]
        if now > deadline:
            return readings[-1][1]
        await asyncio.sleep(0.25)


def process_env(
    discord: FakeDiscord, inworld: FakeInworld, extra: Sequence[str] = ()
) -> dict[str, str]:
    """The required settings, the fakes' addresses, a wide clone limiter and ``extra``
    (NAME=VALUE); nothing from the host's bot settings."""
    env = {k: v for k, v in os.environ.items() if k.upper() not in SETTING_NAMES}
    env.update(bot_settings(discord, inworld, ["CLONES_PER_MINUTE=1000", *extra]))
    env["PYTHONPATH"] = str(ROOT)
    return env


def import_times(workdir: Path) -> tuple[float, float]:
    """(sum of -X importtime self times, wall-clock of the plain import subprocess), seconds."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", IMPORT_CODE],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    self_us = 0
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+)\s+\|", line)
        if match:
            self_us += int(match.group(1))
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", IMPORT_CODE], cwd=workdir, env=env, check=True)
    return self_us / 1e6, time.perf_counter() - started


async def one_clone(discord: FakeDiscord, user_id: int, clip: bytes, index: int) -> str:
    """One member's /clone, consent confirmed, until its final line; what the member read."""
    attachment = discord.add_attachment(f"voice{index}.ogg", clip)
    interaction = await discord.send_slash_command(
        "clone", {"name": f"Footprint {index}"}, user_id=user_id, attachments={"sample": attachment}
    )
    await interaction.wait_for_callback(timeout=30)
    await confirm_consent(discord, interaction, user_id, timeout=180)
    await interaction.wait_for(is_finished, timeout=300)
    return content_of(interaction)


async def stop(process: asyncio.subprocess.Process) -> None:
    """SIGTERM, then SIGKILL of its session (ffmpeg children included)."""
    try:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(process.wait(), 60)
    finally:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        await process.wait()


async def measure_once(
    members: int, workdir: Path, clip: bytes, extra_env: Sequence[str] = ()
) -> Run:
    """Start ``python -m bot`` in ``workdir``, measure it idle and through one burst."""
    await asyncio.to_thread(workdir.mkdir, parents=True, exist_ok=True)
    log_path = workdir / "bot.log"
    async with FakeDiscord(interaction_deadline=None) as discord, FakeInworld() as inworld:
        env = process_env(discord, inworld, extra_env)
        with log_path.open("wb") as log:
            started = time.monotonic()
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                cwd=workdir,
                env=env,
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
        pid = process.pid
        children_peak = [0]
        sampler = asyncio.create_task(sample_children(pid, children_peak))
        try:

            def ready() -> bool:
                if process.returncode is not None:
                    tail = log_path.read_text(errors="replace")[-3000:]
                    raise RuntimeError(f"the bot exited ({process.returncode}):\n{tail}")
                connected = any(c.ready and not c.closed for c in discord.connections)
                return connected and discord.sync_count >= 1

            await wait_until(ready, 120, "READY and the command sync")
            identified = min(c.identified_at for c in discord.connections if c.identified_at)
            idle = await stable_rss(pid)
            users = [member(discord, f"m{i}") for i in range(members)]
            await asyncio.sleep(0.5)  # let the bot take in the new members
            burst_started = time.monotonic()
            outcomes = await asyncio.gather(
                *(one_clone(discord, u, clip, i) for i, u in enumerate(users))
            )
            burst = time.monotonic() - burst_started
            peak = proc_status_bytes(pid, "VmHWM") or 0
            after = await stable_rss(pid)
            peak = max(peak, proc_status_bytes(pid, "VmHWM") or 0)
        finally:
            sampler.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sampler
            await stop(process)
        clones_ok = sum(any(v in text for v in inworld.voices) for text in outcomes)
    import_s, import_wall_s = import_times(workdir)
    return Run(
        idle_rss=idle,
        peak_rss=peak,
        rss_after_burst=after,
        children_peak_rss=children_peak[0],
        identify_s=identified - started,
        synced_s=discord.synced_at[0] - started,
        import_s=import_s,
        import_wall_s=import_wall_s,
        burst_s=burst,
        clones_ok=clones_ok,
    )


def image_size() -> tuple[str, int] | None:
    """(name, bytes) of the first local podman image of the bot, or None."""
    if shutil.which("podman") is None:
        return None
    for name in IMAGE_NAMES:
        result = subprocess.run(
            ["podman", "image", "inspect", "--format", "{{.Size}}", name],
            capture_output=True,
            text=True,
        )
        if result.returncode == 0 and result.stdout.strip().isdigit():
            return name, int(result.stdout.strip())
    return None


async def measure(
    members: int, runs: int, workdir: Path, extra_env: Sequence[str] = ()
) -> list[Run]:
    fixtures.set_cache_dir(workdir / "fixtures")
    clip = fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice").read_bytes()
    import_times(workdir)  # compile and cache the bytecode once, as an installed bot has it
    return [
        await measure_once(members, workdir / f"run{i + 1}", clip, extra_env) for i in range(runs)
    ]


def summary(runs: Sequence[Run]) -> dict[str, dict[str, float]]:
    values = [asdict(run) for run in runs]
    return {
        key: {
            "median": statistics.median(v[key] for v in values),
            "max": max(v[key] for v in values),
        }
        for key in values[0]
    }


def megabytes(value: float) -> str:
    return f"{value / MB:.1f} MB ({value / MiB:.1f} MiB)"


def table(report: dict[str, Any]) -> str:
    members, stats = report["members"], report["summary"]
    rows: list[tuple[str, Callable[[float], str], str]] = [
        ("idle RSS after start-up (connected, commands synced)", megabytes, "idle_rss"),
        (f"peak RSS (VmHWM) through {members} concurrent /clone", megabytes, "peak_rss"),
        ("RSS once the burst is over", megabytes, "rss_after_burst"),
        ("child processes, peak total RSS (sampled every 0.2 s)", megabytes, "children_peak_rss"),
        ("exec → gateway IDENTIFY", lambda s: f"{s:.2f} s", "identify_s"),
        ("exec → application commands synced", lambda s: f"{s:.2f} s", "synced_s"),
        ("imports (`-X importtime`, sum of self times)", lambda s: f"{s:.2f} s", "import_s"),
        (f"`python -c '{IMPORT_CODE}'` wall-clock", lambda s: f"{s:.2f} s", "import_wall_s"),
        (f"{members} concurrent /clone, burst", lambda s: f"{s:.1f} s", "burst_s"),
        ("clones finished with a voice", lambda n: f"{n:.0f}/{members}", "clones_ok"),
    ]
    goals = {"idle_rss": "≤ 100 MB", "peak_rss": "≤ 150 MB"}
    lines = ["| measure | median | max | goal |", "|---|---:|---:|---|"]
    for label, shown, key in rows:
        median, top = stats[key]["median"], stats[key]["max"]
        lines.append(f"| {label} | {shown(median)} | {shown(top)} | {goals.get(key, '')} |")
    image = report["image"]
    size = "n/a" if image is None else f"{megabytes(image['bytes'])} ({image['name']})"
    lines.append(f"| container image size | {size} | | |")
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    return {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        # Timings of a busy machine are inflated: the 1-minute load average says how busy.
        "load_average": round(os.getloadavg()[0], 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=20, help="concurrent /clone requests")
    parser.add_argument("--runs", type=int, default=3, help="bot starts (median and max)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of markdown")
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="another setting for the bot process (repeatable), e.g. AUDIO_CONCURRENCY=1",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="voiceclone-footprint-") as tmp:
        runs = asyncio.run(measure(args.members, args.runs, Path(tmp), args.env))
    image = image_size()
    command = shlex.join(["python", "benchmarks/footprint.py", *(argv or sys.argv[1:])])
    report: dict[str, Any] = {
        "members": args.members,
        "runs": [asdict(run) for run in runs],
        "summary": summary(runs),
        "image": None if image is None else {"name": image[0], "bytes": image[1]},
        "goals": GOALS,
        "units": "bytes (MB = 10^6, MiB = 2^20) and seconds",
        "machine": machine(),
        "command": command,
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(table(report))
        info = report["machine"]
        print(
            f"\n{args.runs} run(s) of `python -m bot` on {info['cores']} cores, Python "
            f"{info['python']} ({info['platform']}, load average {info['load_average']}); "
            "MB = 10^6 bytes, MiB = 2^20 bytes; "
            f"command: `{command}`"
        )
    failed = sum(args.members - run.clones_ok for run in runs)
    if failed:  # the numbers would describe a different workload
        print(f"error: {failed} /clone request(s) did not finish with a voice", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
