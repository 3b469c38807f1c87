"""Speaking in voice channels: latency, packet pacing, CPU, memory and event-loop lag.

The bot runs as a real ``python -m bot`` process (its own event loop, its own CPU and memory
numbers); the benchmark process runs the loopback fakes: Discord (several guilds, each with a
voice channel ``Lounge`` and a member in it), its voice server (voice gateway v8, RTP
decrypted and Opus decoded, every packet's arrival time) and Inworld, whose streaming TTS
answers its first chunk after a fixed delay D (``--delay-ms``). Measured:

* /say to the first audio packet at the fake voice server, minus D: the bot already in the
  channel, and the bot joining first (the voice handshake is part of a first /say);
* a read-aloud message (MESSAGE_CREATE dispatched) to the first audio packet, minus D;
* packet pacing with 1, 5 and 10 servers speaking at once: the p99 of ``|inter-arrival - 20
  ms|`` over every audio packet of every server (pauses over 200 ms left out);
* the bot process's CPU share (utime + stime over wall time, from /proc) and memory (VmRSS,
  VmHWM), idle and while K servers speak;
* the bot's event-loop lag (``voiceclone_event_loop_lag_*`` from its /metrics), and the
  benchmark process's own loop lag (the fakes': their arrival times include it).

Usage: python benchmarks/voice_bench.py [--runs 20] [--servers 1,5,10] [--delay-ms 100]
           [--speak-seconds 10] [--window-seconds 6]

Needs ffmpeg, espeak-ng (each member clones a voice first, through /clone) and libopus.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import contextlib
import itertools
import json
import logging
import math
import os
import platform
import re
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import numpy as np
from prometheus_client.parser import text_string_to_metric_families

SCRIPT = Path(__file__).resolve()
ROOT = SCRIPT.parent.parent
sys.path.insert(0, str(ROOT))

from tests.audio import fixtures  # noqa: E402
from tests.e2e.helpers import configure, confirm_consent, content_of, is_finished  # noqa: E402
from tests.fakes.discord_server import FakeDiscord, FakeInteraction, MessageFlags  # noqa: E402
from tests.fakes.inworld_server import FakeInworld, tts_reference_pcm  # noqa: E402
from tests.fakes.voice_server import (  # noqa: E402
    FakeVoiceServer,
    RtpPacket,
    VoiceSession,
    attached_voice_server,
)
from tests.multiprocess.harness import (  # noqa: E402
    SETTING_NAMES,
    BotProcess,
    free_port,
    voice_message_bytes,
)

FRAME_MS = 20.0
#: Inter-arrival gaps longer than this are pauses between utterances, not pacing.
GAP_MS = 200.0
SHORT_TEXT = "Hello from the voice benchmark."
WORDS = [
    "the",
    "quick",
    "brown",
    "fox",
    "jumps",
    "over",
    "a",
    "lazy",
    "dog",
    "while",
    "seven",
    "voices",
    "read",
    "aloud",
]
CLK_TCK = os.sysconf("SC_CLK_TCK")


def text_lasting(seconds: float) -> str:
    """A text the fake TTS speaks for at least ``seconds`` (about 15 characters a second)."""
    words: list[str] = []
    while audio_seconds(" ".join(words)) < seconds:
        words.append(WORDS[len(words) % len(WORDS)])
    return " ".join(words)


def audio_seconds(text: str) -> float:
    return len(tts_reference_pcm(text)) / 2 / 48_000 if text else 0.0


# ------------------------------------------------------------------------------------------
# The bot process: /proc and /metrics
# ------------------------------------------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    """utime + stime of the process (all its threads), in seconds."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def memory_mib(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) in MiB."""
    status = Path(f"/proc/{pid}/status").read_text()
    values = []
    for name in ("VmRSS", "VmHWM"):
        match = re.search(rf"^{name}:\s+(\d+)\s+kB", status, re.MULTILINE)
        values.append(int(match.group(1)) / 1024 if match else float("nan"))
    return values[0], values[1]


@dataclass(frozen=True)
class LagSnapshot:
    """The bot's loop-lag histogram (cumulative buckets by upper bound), count, sum, max."""

    buckets: dict[float, float]
    count: float
    total: float
    max_seconds: float

    @classmethod
    def parse(cls, page: str) -> LagSnapshot:
        buckets: dict[float, float] = {}
        count = total = peak = 0.0
        for family in text_string_to_metric_families(page):
            for sample in family.samples:
                if sample.name == "voiceclone_event_loop_lag_seconds_bucket":
                    buckets[float(sample.labels["le"])] = sample.value
                elif sample.name == "voiceclone_event_loop_lag_seconds_count":
                    count = sample.value
                elif sample.name == "voiceclone_event_loop_lag_seconds_sum":
                    total = sample.value
                elif sample.name == "voiceclone_event_loop_lag_max_seconds":
                    peak = sample.value
        return cls(buckets, count, total, peak)


@dataclass(frozen=True)
class Lag:
    """The bot's loop lag over a window: mean, the bucket holding its p99, the max."""

    samples: int
    mean_ms: float
    p99_at_most_ms: float
    max_ms: float | None  # exact when the all-time max rose in the window, else None

    @classmethod
    def between(cls, before: LagSnapshot, after: LagSnapshot) -> Lag:
        count = after.count - before.count
        if count <= 0:
            return cls(0, float("nan"), float("nan"), None)
        p99 = math.inf
        for bound in sorted(after.buckets):
            inside = after.buckets[bound] - before.buckets.get(bound, 0.0)
            if inside >= 0.99 * count:
                p99 = bound
                break
        peak = after.max_seconds * 1000 if after.max_seconds > before.max_seconds else None
        return cls(int(count), (after.total - before.total) / count * 1000, p99 * 1000, peak)

    def describe(self) -> str:
        if not self.samples:
            return "n/a"
        peak = f"max {self.max_ms:.0f}" if self.max_ms is not None else "max not raised"
        return f"{self.mean_ms:.1f} / ≤ {self.p99_at_most_ms:.0f} ({peak})"


class FakeLoopLag:
    """The benchmark process's own loop lag (the fakes' loop), as the bot measures its own."""

    def __init__(self, interval: float = 0.01) -> None:
        self.interval = interval
        self.lags: list[tuple[float, float]] = []
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            asked = time.monotonic()
            await asyncio.sleep(self.interval)
            now = time.monotonic()
            self.lags.append((now, max(0.0, now - asked - self.interval)))

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="fake-loop-lag")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def p99_ms(self, start: float, end: float) -> float:
        values = [lag for at, lag in self.lags if start <= at <= end]
        return float(np.percentile(values, 99)) * 1000 if values else float("nan")


@dataclass
class Window:
    """CPU, memory and loop lag of the bot process over one measured window."""

    label: str
    seconds: float
    cpu_share: float
    rss_mib: float
    hwm_mib: float
    lag: Lag
    fake_lag_p99_ms: float


class Probe:
    """Measures a window of the bot process's life."""

    def __init__(self, process: BotProcess, fake_lag: FakeLoopLag) -> None:
        self.process = process
        self.fake_lag = fake_lag

    async def lag(self) -> LagSnapshot:
        return LagSnapshot.parse(await self.process.metrics())

    async def measure(self, label: str, body: Callable[[], Awaitable[None]]) -> Window:
        pid = self.process.pid
        lag_before = await self.lag()
        wall, cpu = time.monotonic(), cpu_seconds(pid)
        await body()
        seconds = time.monotonic() - wall
        used = cpu_seconds(pid) - cpu
        rss, hwm = memory_mib(pid)
        lag = Lag.between(lag_before, await self.lag())
        fake = self.fake_lag.p99_ms(wall, wall + seconds)
        return Window(label, seconds, used / seconds, rss, hwm, lag, fake)


# ------------------------------------------------------------------------------------------
# The machine's floor: discord.py's pacing loop alone
# ------------------------------------------------------------------------------------------


def _floor_receiver(port: Any, packets: int, out: Any) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    port.put(sock.getsockname()[1])
    arrivals = []
    for _ in range(packets):
        sock.recv(2048)
        arrivals.append(time.monotonic())
    out.put(arrivals)


def floor_child(packets: int) -> None:
    """discord.py's AudioPlayer loop (Opus encode, UDP send, the same sleep arithmetic) in a
    thread of an otherwise idle process, a blocking receiver in another: the pacing this
    machine allows at this moment, with no bot and no fake in the way. Prints the p99 and
    max deviation from 20 ms."""
    import multiprocessing

    import discord.opus

    port_queue: Any = multiprocessing.Queue()
    out_queue: Any = multiprocessing.Queue()
    receiver = multiprocessing.Process(
        target=_floor_receiver, args=(port_queue, packets, out_queue)
    )
    receiver.start()
    port = port_queue.get(timeout=30)
    encoder = discord.opus.Encoder()
    frame = (np.sin(np.arange(1920) / 10) * 8000).astype("<i2").tobytes()
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def player() -> None:
        start = time.perf_counter()
        for loops in range(1, packets + 1):
            sock.sendto(encoder.encode(frame, 960), ("127.0.0.1", port))
            next_time = start + FRAME_MS / 1000 * loops
            time.sleep(max(0.0, FRAME_MS / 1000 + (next_time - time.perf_counter())))

    thread = threading.Thread(target=player)
    thread.start()
    thread.join()
    arrivals = np.array(out_queue.get(timeout=60))
    receiver.join()
    deviation = np.abs(np.diff(arrivals) * 1000 - FRAME_MS)
    print(json.dumps({"p99": float(np.percentile(deviation, 99)), "max": float(deviation.max())}))


async def machine_floor(packets: int) -> tuple[float, float]:
    """(p99, max) deviation of the bare pacing loop, run now in a child process."""
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        str(SCRIPT),
        f"--floor-child={packets}",
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await asyncio.wait_for(child.communicate(), timeout=packets * 0.02 + 60)
    if child.returncode != 0:
        raise RuntimeError(f"the floor measurement failed ({child.returncode})")
    values = json.loads(out.decode().strip().splitlines()[-1])
    return float(values["p99"]), float(values["max"])


# ------------------------------------------------------------------------------------------
# The world: guilds, members, the bot
# ------------------------------------------------------------------------------------------


@dataclass
class Seat:
    """One guild with its voice channel and the member who speaks there."""

    guild_id: int
    lounge: int
    member: int
    member_role: int

    def sessions(self, voice: FakeVoiceServer) -> list[VoiceSession]:
        return [s for s in voice.sessions if s.grant.guild_id == self.guild_id]


@dataclass
class World:
    fake: FakeDiscord
    inworld: FakeInworld
    voice: FakeVoiceServer
    seats: list[Seat]
    moderator: int
    process: BotProcess
    probe: Probe
    refusals: list[str] = field(default_factory=list)


def build_seats(fake: FakeDiscord, count: int) -> tuple[list[Seat], int]:
    """``count`` guilds (the fake's default one first), each with a Lounge and a member."""
    seats = []
    for index in range(count):
        if index == 0:
            guild_id = fake.guild_id
        else:
            guild_id = fake.add_guild(f"Guild {index}", channels=("general",)).id
        guild = fake.guilds[guild_id]
        role = int(guild.role_named("Member")["id"])
        lounge = fake.add_voice_channel("Lounge", guild_id=guild_id)
        member = fake.add_member(name=f"speaker{index}", roles=[role], guild_id=guild_id)
        seats.append(Seat(guild_id, lounge, int(member["user"]["id"]), role))
    moderator = fake.add_member(name="mod", roles=[fake.member_role_id, fake.moderator_role_id])
    return seats, int(moderator["user"]["id"])


def bot_env(
    fake: FakeDiscord, inworld: FakeInworld, voice: FakeVoiceServer, db: Path, port: int
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.upper() not in SETTING_NAMES}
    env.update(
        {
            "PYTHONPATH": str(ROOT),
            "PYTHONUNBUFFERED": "1",
            "DISCORD_TOKEN": fake.token,
            "INWORLD_API_KEY": inworld.api_key,
            "INWORLD_API_URL": inworld.url,
            "DISCORD_API_URL": f"{fake.base_url}/api/v10",
            "DISCORD_GATEWAY_URL": fake.gateway_url,
            "DATABASE_URL": f"sqlite+aiosqlite:///{db}",
            "HEALTH_HOST": "127.0.0.1",
            "HEALTH_PORT": str(port),
            "LOG_LEVEL": "WARNING",
            "SHUTDOWN_GRACE_SECONDS": "2",
            "PREVIEW_ENABLED": "false",
            "READ_ALOUD_ENABLED": "true",
            # Limits opened wide: the bot's own speed is measured, not its limiters.
            "CLONES_PER_MINUTE": "1000",
            "GUILD_COOLDOWN_SECONDS": "0",
            "TTS_PER_MINUTE": "6000",
            "TTS_QUEUE_MAX": "1000",
            "TTS_QUEUE_MAX_PER_GUILD": "100",
            "SPEECH_MEMBER_DAILY_CHARS": "0",
            "SPEECH_GUILD_DAILY_CHARS": "0",
            "INWORLD_RETRY_BASE_SECONDS": "0.05",
            **voice.ca.subprocess_env(),
        }
    )
    return env


async def wait_ready(process: BotProcess, fake: FakeDiscord, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if not process.running:
            raise RuntimeError(f"the bot exited before it was ready:\n{process.log_tail()}")
        with contextlib.suppress(aiohttp.ClientError, TimeoutError, OSError):
            status, _ = await process.get("/healthz", timeout=2)
            if status == 200:
                break
        if time.monotonic() > deadline:
            raise TimeoutError(f"the bot was not ready after {timeout:g} s\n{process.log_tail()}")
        await asyncio.sleep(0.2)
    await fake.wait_for_sync(timeout=max(1.0, deadline - time.monotonic()))


def settled(interaction: FakeInteraction) -> bool:
    message = interaction.original
    return message is not None and not message["flags"] & MessageFlags.LOADING


async def command(
    fake: FakeDiscord, name: str, options: dict[str, Any], user_id: int, **where: Any
) -> str:
    interaction = await fake.send_slash_command(name, options, user_id=user_id, **where)
    await interaction.wait_for(settled, timeout=30)
    return content_of(interaction)


async def clone(fake: FakeDiscord, seat: Seat, clip: bytes, index: int) -> None:
    """/clone in the seat's guild, consent confirmed, until it finished."""
    attachment = fake.add_attachment(f"voice{index}.ogg", clip)
    interaction = await fake.send_slash_command(
        "clone",
        {"name": f"Speaker {index}"},
        user_id=seat.member,
        guild_id=seat.guild_id,
        attachments={"sample": attachment},
    )
    await confirm_consent(fake, interaction, seat.member, timeout=120)
    await interaction.wait_for(is_finished, timeout=120)


# ------------------------------------------------------------------------------------------
# Waiting for audio
# ------------------------------------------------------------------------------------------


def first_audio_after(session: VoiceSession, since: float) -> RtpPacket | None:
    """The first audio (not silence) packet that arrived at or after ``since``."""
    start = bisect.bisect_left(session.packets, since, key=lambda p: p.arrived_at)
    return next((p for p in session.packets[start:] if not p.silence), None)


async def first_packet(world: World, seat: Seat, since: float, timeout: float = 30.0) -> float:
    """Arrival time of the first audio packet in ``seat``'s guild at or after ``since``."""
    found: list[float] = []

    def check() -> bool:
        for session in seat.sessions(world.voice):
            packet = first_audio_after(session, since)
            if packet is not None:
                found.append(packet.arrived_at)
                return True
        return False

    await world.voice.wait_until(
        check, timeout=timeout, describe=lambda: f"no audio in guild {seat.guild_id}"
    )
    return found[0]


async def quiet(world: World, seat: Seat, seconds: float = 0.3, timeout: float = 120.0) -> None:
    """Until no packet arrived in the guild for ``seconds`` (its playback ended)."""
    deadline = time.monotonic() + timeout
    while True:
        arrivals = [s.packets[-1].arrived_at for s in seat.sessions(world.voice) if s.packets]
        last = max(arrivals, default=0.0)
        if time.monotonic() - last >= seconds:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"guild {seat.guild_id} still speaking after {timeout:g} s")
        await asyncio.sleep(seconds / 4)


# ------------------------------------------------------------------------------------------
# Latency
# ------------------------------------------------------------------------------------------


@dataclass
class Latencies:
    joining: list[float] = field(default_factory=list)
    in_channel: list[float] = field(default_factory=list)
    read_aloud: list[float] = field(default_factory=list)


async def say_and_time(world: World, seat: Seat, text: str, delay: float) -> float:
    interaction = await world.fake.send_slash_command(
        "say", {"text": text}, user_id=seat.member, guild_id=seat.guild_id
    )
    heard = await first_packet(world, seat, interaction.created_at)
    await interaction.wait_for(settled, timeout=30)
    reply = content_of(interaction)
    if "Speaking now" not in reply:
        world.refusals.append(reply)
    return heard - interaction.created_at - delay


async def leave(world: World, seat: Seat) -> None:
    fake = world.fake
    if fake.voice_state(fake.bot_user_id, guild_id=seat.guild_id) is None:
        return
    await command(fake, "voices", {}, world.moderator, subcommand="leave")
    await fake._wait_until(
        lambda: fake.voice_state(fake.bot_user_id, guild_id=seat.guild_id) is None,
        timeout=15,
        describe=lambda: "the bot is still in voice",
    )
    await asyncio.sleep(0.3)  # discord.py finishes closing its voice websocket


async def latency_runs(world: World, runs: int, delay: float) -> Latencies:
    seat = world.seats[0]
    fake = world.fake
    result = Latencies()
    for run in range(runs):
        await leave(world, seat)
        result.joining.append(await say_and_time(world, seat, SHORT_TEXT, delay))
        await quiet(world, seat)
        await asyncio.sleep(0.2)
        result.in_channel.append(await say_and_time(world, seat, SHORT_TEXT, delay))
        await quiet(world, seat)
        await asyncio.sleep(0.2)
        sent = time.monotonic()
        await fake.send_user_message(seat.lounge, seat.member, f"Read this aloud, number {run}.")
        result.read_aloud.append(await first_packet(world, seat, sent) - sent - delay)
        await quiet(world, seat)
        await asyncio.sleep(0.2)
        print(f"  latency run {run + 1}/{runs} done", file=sys.stderr)
    return result


# ------------------------------------------------------------------------------------------
# Several servers speaking at once
# ------------------------------------------------------------------------------------------


@dataclass
class Pacing:
    servers: int
    packets: int
    p50_ms: float
    p99_deviation_ms: float
    max_deviation_ms: float
    worst_server_p99_ms: float
    lost_frames: int
    floor_p99_ms: float
    floor_max_ms: float
    idle: Window
    speaking: Window


def deviations(packets: Sequence[RtpPacket]) -> np.ndarray[Any, np.dtype[np.float64]]:
    times = np.array([p.arrived_at for p in packets if not p.silence], dtype=np.float64)
    deltas = np.diff(times) * 1000.0
    return deltas[deltas <= GAP_MS]


def lost_frames(packets: Sequence[RtpPacket]) -> int:
    """Sequence numbers skipped between consecutive packets (silence frames included: the
    fake's own ``lost_frames`` counts the 5 silence frames after each utterance as lost)."""
    lost = 0
    for before, after in itertools.pairwise(packets):
        missing = (after.sequence - before.sequence - 1) % 65536
        if 0 < missing < 50:
            lost += missing
    return lost


async def join_all(world: World, seats: Sequence[Seat], delay: float) -> None:
    """Make the bot join every seat's channel (a short /say each, all at once)."""
    missing = [
        s
        for s in seats
        if world.fake.voice_state(world.fake.bot_user_id, guild_id=s.guild_id) is None
    ]
    await asyncio.gather(*(say_and_time(world, s, SHORT_TEXT, delay) for s in missing))
    await asyncio.gather(*(quiet(world, s) for s in seats))
    await asyncio.sleep(0.3)


async def pacing_phase(
    world: World, servers: int, args: argparse.Namespace, delay: float
) -> Pacing:
    seats = world.seats[:servers]
    await join_all(world, seats, delay)
    floor: list[tuple[float, float]] = []

    async def idle_with_floor() -> None:
        floor.append(await machine_floor(args.floor_packets))
        await asyncio.sleep(args.idle_seconds)

    idle = await world.probe.measure(f"idle, in {servers} channel(s)", idle_with_floor)
    text = text_lasting(args.speak_seconds)
    started = time.monotonic()
    sent = await asyncio.gather(
        *(
            world.fake.send_slash_command(
                "say", {"text": text}, user_id=s.member, guild_id=s.guild_id
            )
            for s in seats
        )
    )
    await asyncio.gather(*(first_packet(world, s, started) for s in seats))
    speaking = await world.probe.measure(
        f"{servers} speaking", lambda: asyncio.sleep(args.window_seconds)
    )
    await asyncio.gather(*(quiet(world, s) for s in seats))
    for interaction in sent:
        await interaction.wait_for(settled, timeout=30)
        if "Speaking now" not in content_of(interaction):
            world.refusals.append(content_of(interaction))
    pooled: list[float] = []
    worst = 0.0
    count = lost = 0
    for seat in seats:
        (session,) = seat.sessions(world.voice)[-1:]
        packets = [p for p in session.packets if p.arrived_at >= started]
        deltas = deviations(packets)
        count += len(packets)
        lost += lost_frames(packets)
        if deltas.size:
            deviation = np.abs(deltas - FRAME_MS)
            worst = max(worst, float(np.percentile(deviation, 99)))
            pooled.extend(deltas.tolist())
    all_deltas = np.array(pooled)
    deviation = np.abs(all_deltas - FRAME_MS)
    return Pacing(
        servers=servers,
        packets=count,
        p50_ms=float(np.percentile(all_deltas, 50)),
        p99_deviation_ms=float(np.percentile(deviation, 99)),
        max_deviation_ms=float(deviation.max()),
        worst_server_p99_ms=worst,
        lost_frames=lost,
        floor_p99_ms=floor[0][0],
        floor_max_ms=floor[0][1],
        idle=idle,
        speaking=speaking,
    )


# ------------------------------------------------------------------------------------------
# The run and its table
# ------------------------------------------------------------------------------------------


@dataclass
class Report:
    args: argparse.Namespace
    latencies: Latencies
    idle: Window
    phases: list[Pacing]
    refusals: list[str]
    startup_seconds: float


def pct(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.array(values), q)) * 1000


def table(report: Report) -> str:
    args = report.args
    lat = report.latencies
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        names = re.findall(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
        if names:
            cpu = names[0]
    lines = [
        f"`python benchmarks/voice_bench.py --runs {args.runs} --servers {args.servers} "
        f"--delay-ms {args.delay_ms:g} --speak-seconds {args.speak_seconds:g} "
        f"--window-seconds {args.window_seconds:g} --idle-seconds {args.idle_seconds:g} "
        f"--floor-packets {args.floor_packets}`",
        f"machine: {os.cpu_count()} cores ({cpu}), Python {platform.python_version()}; "
        f"D = {args.delay_ms:g} ms (the fake TTS's first chunk), subtracted below",
        "",
        "| from | to | goal | runs | median (ms) | p90 (ms) | max (ms) |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for label, values, goal in (
        ("/say, bot already in the channel", lat.in_channel, 300),
        ("/say, bot joins first", lat.joining, 300),
        ("read-aloud message", lat.read_aloud, 500),
    ):
        lines.append(
            f"| {label} | first audio packet, minus D | ≤ {goal} | {len(values)} | "
            f"{pct(values, 50):.0f} | {pct(values, 90):.0f} | {max(values) * 1000:.0f} |"
        )
    lines += [
        "",
        "| servers speaking | audio packets | inter-arrival p50 (ms) | p99 deviation from 20 ms "
        "(goal ≤ 5) | worst server's p99 | max deviation | machine floor p99 / max "
        "| lost frames | bot CPU share "
        "| CPU per speaking server | bot RSS / peak (MiB) | bot loop lag mean / p99 bucket (ms) "
        "| fakes' loop lag p99 (ms) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|",
    ]
    idle = report.idle
    lines.append(
        f"| 0 (idle, not in voice) | - | - | - | - | - | - | - | {idle.cpu_share:.1%} | - | "
        f"{idle.rss_mib:.0f} / {idle.hwm_mib:.0f} | {idle.lag.describe()} | "
        f"{idle.fake_lag_p99_ms:.1f} |"
    )
    for phase in report.phases:
        i, s = phase.idle, phase.speaking
        lines.append(
            f"| 0 (idle, in {phase.servers} channel(s)) | - | - | - | - | - | - | - | "
            f"{i.cpu_share:.1%} | - | {i.rss_mib:.0f} / {i.hwm_mib:.0f} | {i.lag.describe()} "
            f"| {i.fake_lag_p99_ms:.1f} |"
        )
        per_server = (s.cpu_share - idle.cpu_share) / phase.servers
        lines.append(
            f"| {phase.servers} | {phase.packets} | {phase.p50_ms:.2f} | "
            f"**{phase.p99_deviation_ms:.2f}** | {phase.worst_server_p99_ms:.2f} | "
            f"{phase.max_deviation_ms:.1f} | {phase.floor_p99_ms:.2f} / {phase.floor_max_ms:.1f} "
            f"| {phase.lost_frames} | {s.cpu_share:.1%} | "
            f"{per_server:.1%} | {s.rss_mib:.0f} / {s.hwm_mib:.0f} | {s.lag.describe()} | "
            f"{s.fake_lag_p99_ms:.1f} |"
        )
    lines.append("")
    lines.append(
        f"bot start-up to ready: {report.startup_seconds:.1f} s; CPU and lag windows: idle "
        f"{args.idle_seconds:g} s, "
        f"speaking {args.window_seconds:g} s of {args.speak_seconds:g} s utterances; "
        "CPU per speaking server = (speaking - idle not in voice) / servers"
    )
    if report.refusals:
        lines.append(f"NOT spoken at once ({len(report.refusals)}): {report.refusals[:3]}")
    return "\n".join(lines)


async def run(args: argparse.Namespace, workdir: Path) -> Report:
    servers = sorted({int(s) for s in args.servers.split(",") if s.strip()})
    delay = args.delay_ms / 1000
    clip = voice_message_bytes()
    fake_lag = FakeLoopLag()
    fake_lag.start()
    try:
        async with (
            FakeDiscord() as fake,
            FakeInworld() as inworld,
            attached_voice_server(fake, trust_in_process=False) as voice,
        ):
            inworld.stream_first_chunk_delay = delay
            seats, moderator = build_seats(fake, max(servers))
            port = free_port(set())
            process = BotProcess(
                shard_id=0,
                shard_count=1,
                env=bot_env(fake, inworld, voice, workdir / "bench.sqlite3", port),
                workdir=workdir / "bot",
                health_port=port,
            )
            started = time.monotonic()
            await process.start()
            try:
                await wait_ready(process, fake, timeout=args.startup_timeout)
                startup = time.monotonic() - started
                world = World(
                    fake, inworld, voice, seats, moderator, process, Probe(process, fake_lag)
                )
                await asyncio.sleep(0.5)  # discord.py finishes parsing the guilds
                return await scenario(world, args, servers, delay, clip, startup)
            except BaseException:
                print(process.log_tail(4000), file=sys.stderr)
                raise
            finally:
                await process.stop()
    finally:
        await fake_lag.stop()


async def scenario(
    world: World,
    args: argparse.Namespace,
    servers: list[int],
    delay: float,
    clip: bytes,
    startup: float,
) -> Report:
    fake = world.fake
    await asyncio.gather(*(clone(fake, seat, clip, i) for i, seat in enumerate(world.seats)))
    if len(world.inworld.voices) < len(world.seats):
        raise RuntimeError(f"only {len(world.inworld.voices)} voices were cloned")
    print(f"  {len(world.seats)} voices cloned", file=sys.stderr)
    seat = world.seats[0]
    reply = await configure(fake, world.moderator, "speech", read_aloud=True)
    if "❌" in reply:
        raise RuntimeError(f"/clone-settings speech read_aloud:True: {reply}")
    reply = await command(fake, "voices", {"state": "on"}, seat.member, subcommand="read-aloud")
    if "Read-aloud is on" not in reply:
        raise RuntimeError(f"/voices read-aloud on: {reply}")
    for s in world.seats:
        await fake.join_voice(s.member, s.lounge)
    await asyncio.sleep(0.5)
    idle = await world.probe.measure("idle, not in voice", lambda: asyncio.sleep(args.idle_seconds))
    latencies = await latency_runs(world, args.runs, delay)
    phases = []
    for count in servers:
        phases.append(await pacing_phase(world, count, args, delay))
        print(f"  {count} server(s) speaking: done", file=sys.stderr)
    return Report(args, latencies, idle, phases, world.refusals, startup)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="latency runs N")
    parser.add_argument("--servers", default="1,5,10", help="servers speaking at once")
    parser.add_argument("--delay-ms", type=float, default=100.0, help="the fake TTS's D")
    parser.add_argument("--speak-seconds", type=float, default=10.0, help="utterance length")
    parser.add_argument(
        "--window-seconds", type=float, default=6.0, help="CPU/lag window while speaking"
    )
    parser.add_argument("--idle-seconds", type=float, default=3.0, help="idle CPU/lag window")
    parser.add_argument(
        "--floor-packets", type=int, default=500, help="packets of the machine-floor run"
    )
    parser.add_argument("--floor-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--startup-timeout", type=float, default=120.0)
    args = parser.parse_args()
    if args.floor_child:
        floor_child(args.floor_child)
        return 0
    if args.window_seconds > args.speak_seconds - 1:
        parser.error("--window-seconds must be at least 1 s shorter than --speak-seconds")
    logging.basicConfig(level=logging.WARNING)
    print(f"D = {args.delay_ms:g} ms (fake TTS delay before its first chunk)", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="voiceclone-voice-bench-") as tmp:
        fixtures.set_cache_dir(Path(tmp) / "fixtures")
        report = asyncio.run(run(args, Path(tmp)))
    print(table(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
