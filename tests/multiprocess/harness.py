"""Run several real ``python -m bot`` processes (shards) against one loopback fake Discord, one
fake Inworld and one PostgreSQL database, and read what each member was shown.

The fakes run in the calling process (:class:`~tests.fakes.discord_server.FakeDiscord`,
:class:`~tests.fakes.inworld_server.FakeInworld`); each bot process is started like a user
starts it (``python -m bot``, configured only through its environment: the required settings,
``DATABASE_URL``, ``SHARD_COUNT=K`` and ``SHARD_IDS=i``, short windows and a ``HEALTH_PORT``),
in a session of its own so SIGKILL takes its ffmpeg children along.

Guilds are spread over the shards: Discord (and the fake) give a guild to shard
``(guild_id >> 22) % shard_count``; the fake's ``add_guild(shard=...)`` picks such an id.

Typical use::

    async with Cluster(processes=2, guilds=6, members_per_guild=2, limits=Limits(),
                       database_url=url, workdir=tmp_path) as cluster:
        requests = await cluster.clone_many(cluster.one_request_per_member("run"), clip)
        results = await cluster.wait_for_results(requests, timeout=120)
        calls = cluster.clone_calls()            # what reached Inworld, and when
        shown = cluster.shown_positions()        # every "position N in the queue" per member
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import json
import os
import re
import signal
import socket
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import aiohttp
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.settings import Settings
from tests.audio import fixtures
from tests.e2e.helpers import buttons, content_of, is_finished
from tests.fakes.discord_server import (
    FakeDiscord,
    FakeInteraction,
    GatewayConnection,
)
from tests.fakes.inworld_server import FakeInworld
from tests.ratelimit.recorder import LimitedCall, limited_calls, record_limited_calls

ROOT = Path(__file__).resolve().parents[2]

#: Every name the bot reads from the environment (and the ones the sharding and lease work
#: adds), so none leaks into a bot process from the host.
SETTING_NAMES = frozenset(name.upper() for name in Settings.model_fields) | {
    "SHARD_COUNT",
    "SHARD_IDS",
    "LEASE_SECONDS",
}

#: What the bot writes while a request waits for the clone limiter (bot.desk).
POSITION_RE = re.compile(r"position (\d+) in the queue")
_MENTION_RE = re.compile(r"<@!?(\d+)>")
_WEBHOOK_RE = re.compile(r"^/webhooks/\d+/([^/]+)")
_CALLBACK_RE = re.compile(r"^/interactions/\d+/([^/]+)/callback")
_CHANNEL_RE = re.compile(r"^/channels/(\d+)/messages")
#: Words of a message that tells a member their request did not produce a voice.
_FAILURE_WORDS = ("❌", "failed", "interrupted", "did not succeed")
#: ...except the notice of a clone whose answer was lost (the voice ID follows when found).
_INTERIM_WORDS = ("may have created your voice",)

JSON = dict[str, Any]


def voice_message_bytes() -> bytes:
    """A Discord-style voice message: OGG/Opus, 48 kHz mono, about 12 s of speech."""
    return fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice").read_bytes()


def free_port(taken: set[int]) -> int:
    """A free TCP port on 127.0.0.1, not one of ``taken`` (which it joins)."""
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        if port not in taken:
            taken.add(port)
            return port


def busiest_window(times: Iterable[float], window: float) -> tuple[int, float]:
    """The most calls in any half-open window ``[t, t + window)`` starting at a call, and
    where that window starts (a window holding the most calls can always be slid to start at
    one of them)."""
    ordered = sorted(times)
    best, start, end = 0, ordered[0] if ordered else 0.0, 0
    for index, at in enumerate(ordered):
        while end < len(ordered) and ordered[end] < at + window:
            end += 1
        if end - index > best:
            best, start = end - index, at
    return best, start


def metric_value(text: str, name: str, **labels: str) -> float | None:
    """The sum of the samples called ``name`` (with these labels) in a /metrics page, or None
    when there is none. Counters are exposed with ``_total``: pass the full sample name."""
    total: float | None = None
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                total = (total or 0.0) + float(sample.value)
    return total


def message_text(message: Mapping[str, Any]) -> str:
    """The readable text of one Discord message: content, embed titles, texts and fields."""
    parts = [str(message.get("content") or "")]
    for embed in message.get("embeds") or []:
        parts.append(str(embed.get("title") or ""))
        parts.append(str(embed.get("description") or ""))
        for embed_field in embed.get("fields") or []:
            parts.append(f"{embed_field.get('name')}: {embed_field.get('value')}")
    return "\n".join(part for part in parts if part)


# ------------------------------------------------------------------------------------------
# Settings of the bot processes
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """The short windows the bot processes run with (instead of minutes and hours)."""

    clones_per_period: int = 5
    period_seconds: float = 4.0
    #: How long a process's claim on a request lasts unless renewed (the lease work).
    lease_seconds: float = 4.0
    expiry_check_seconds: float = 1.0
    reconcile_sweep_seconds: float = 2.0
    #: GUILD_MEMBER_DAILY_QUOTA, the policy of a guild that has not run /clone-settings.
    member_daily_quota: int | None = None

    def env(self) -> dict[str, str]:
        values = {
            "CLONES_PER_MINUTE": str(self.clones_per_period),
            "CLONE_RATE_PERIOD_SECONDS": f"{self.period_seconds:g}",
            "LEASE_SECONDS": f"{self.lease_seconds:g}",
            "EXPIRY_CHECK_SECONDS": f"{self.expiry_check_seconds:g}",
            "RECONCILE_SWEEP_SECONDS": f"{self.reconcile_sweep_seconds:g}",
            "RECONCILE_SETTLE_SECONDS": "0.2",
            "GUILD_COOLDOWN_SECONDS": "0",
            "INWORLD_RETRY_BASE_SECONDS": "0.05",
        }
        if self.member_daily_quota is not None:
            values["GUILD_MEMBER_DAILY_QUOTA"] = str(self.member_daily_quota)
        return values


# ------------------------------------------------------------------------------------------
# One bot process
# ------------------------------------------------------------------------------------------


@dataclass(eq=False)
class BotProcess:
    """``python -m bot`` for one shard; it can be stopped, killed and started again."""

    shard_id: int
    shard_count: int
    env: dict[str, str]
    workdir: Path
    health_port: int
    process: asyncio.subprocess.Process | None = None
    log_paths: list[Path] = field(default_factory=list)
    #: VmHWM (peak resident memory, KiB) of each run that ended, read just before it ended.
    peak_rss_kib: list[int] = field(default_factory=list)
    kills: int = 0

    @property
    def label(self) -> str:
        return f"process {self.shard_id} (SHARD_IDS={self.shard_id} of {self.shard_count})"

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.returncode is None

    @property
    def pid(self) -> int:
        if self.process is None:
            raise RuntimeError(f"{self.label} was never started")
        return self.process.pid

    async def start(self) -> None:
        if self.running:
            raise RuntimeError(f"{self.label} is already running")
        self.workdir.mkdir(parents=True, exist_ok=True)
        log_path = self.workdir / f"bot-run{len(self.log_paths) + 1}.log"
        self.log_paths.append(log_path)
        # A file, not a pipe: nobody reads a pipe while the bot runs, and a full one blocks it.
        with log_path.open("wb") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                cwd=self.workdir,
                env=self.env,
                stdout=log,
                stderr=log,
                start_new_session=True,
            )

    def vm_hwm_kib(self) -> int | None:
        """Peak resident set size of the running process (``VmHWM`` in /proc), in KiB."""
        if not self.running:
            return None
        try:
            status = Path(f"/proc/{self.pid}/status").read_text()
        except OSError:
            return None
        match = re.search(r"^VmHWM:\s+(\d+)\s+kB", status, re.MULTILINE)
        return int(match.group(1)) if match else None

    def peak_memory_kib(self) -> int | None:
        """The largest VmHWM of any run, the current one included."""
        values = [*self.peak_rss_kib, self.vm_hwm_kib() or 0]
        return max(values) or None

    def _note_memory(self) -> None:
        hwm = self.vm_hwm_kib()
        if hwm is not None:
            self.peak_rss_kib.append(hwm)

    def _kill_group(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.pid, signal.SIGKILL)

    async def kill(self) -> None:
        """SIGKILL the process and its children (no shutdown code runs), as a crash would."""
        if not self.running:
            raise RuntimeError(f"{self.label} is not running")
        assert self.process is not None
        self._note_memory()
        self.kills += 1
        self._kill_group()
        await self.process.wait()

    def pause(self) -> None:
        """SIGSTOP: the process freezes at once, mid-whatever (resume() or kill() it)."""
        if self.running:
            os.kill(self.pid, signal.SIGSTOP)

    def resume(self) -> None:
        """SIGCONT after pause()."""
        if self.running:
            os.kill(self.pid, signal.SIGCONT)

    async def stop(self, timeout: float = 60.0) -> int | None:
        """SIGTERM (the bot shuts down cleanly), SIGKILL after ``timeout``; the exit status."""
        if self.process is None:
            return None
        try:
            if self.process.returncode is None:
                self._note_memory()
                self.resume()  # a paused process would never see the SIGTERM
                self.process.send_signal(signal.SIGTERM)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.process.wait(), timeout)
        finally:
            self._kill_group()  # whatever is left of its session (ffmpeg children)
            await self.process.wait()
        return self.process.returncode

    async def get(self, path: str, timeout: float = 10.0) -> tuple[int, str]:
        """GET a path of its health endpoint: (status, body)."""
        url = f"http://127.0.0.1:{self.health_port}{path}"
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session,
            session.get(url) as response,
        ):
            return response.status, await response.text()

    async def metrics(self) -> str:
        """Its /metrics page (Prometheus text format)."""
        status, body = await self.get("/metrics")
        if status != 200:
            raise RuntimeError(f"{self.label}: /metrics answered {status}")
        return body

    def log_text(self, run: int = -1) -> str:
        if not self.log_paths:
            return ""
        path = self.log_paths[run]
        return path.read_text(errors="replace") if path.exists() else ""

    def log_tail(self, chars: int = 2500) -> str:
        runs = []
        for index, path in enumerate(self.log_paths, 1):
            text = path.read_text(errors="replace") if path.exists() else ""
            runs.append(f"--- {self.label}, run {index} ({path}) ---\n{text[-chars:]}")
        return "\n".join(runs)


# ------------------------------------------------------------------------------------------
# Guilds, requests and what members were shown
# ------------------------------------------------------------------------------------------


@dataclass(eq=False)
class Guild:
    """A guild of the fake Discord, with the shard it is on and its members."""

    id: int
    name: str
    shard: int
    channel_id: int
    member_role_id: int
    members: list[int] = field(default_factory=list)


@dataclass(eq=False)
class CloneRequest:
    """One /clone by one member, and the consent click that confirmed it."""

    name: str
    guild: Guild
    user_id: int
    interaction: FakeInteraction
    #: The process whose gateway connection received the /clone (None: not known).
    handler: BotProcess | None = None
    click: FakeInteraction | None = None

    @property
    def interactions(self) -> list[FakeInteraction]:
        return [self.interaction] if self.click is None else [self.interaction, self.click]

    @property
    def confirmed_at(self) -> float | None:
        """When the consent click was sent (the fakes' clock, time.monotonic)."""
        return None if self.click is None else self.click.created_at

    def describe(self) -> str:
        where = f"guild on shard {self.guild.shard}"
        if self.handler is not None:
            where += f", handled by process {self.handler.shard_id}"
        return f"{self.name!r} ({where})"


class Outcome(enum.StrEnum):
    VOICE = "voice"  # the member can read the ID of the voice made for this request
    REPORTED = "reported"  # the member was told it failed or was interrupted
    PENDING = "pending"  # neither (yet)


@dataclass(frozen=True)
class Result:
    request: CloneRequest
    outcome: Outcome
    #: Every voice ID of the account that appears in what the member can read.
    shown_voice_ids: frozenset[str]
    #: The voices the fake created under this request's name.
    own_voice_ids: frozenset[str]
    #: When the first message with the voice ID reached the fake Discord.
    delivered_at: float | None
    #: A message telling the member the request failed (also looked for when it did not).
    failure_text: str | None = None


@dataclass(frozen=True)
class Shown:
    """One "position N in the queue" the bot showed a member (when it reached the fake)."""

    at: float
    position: int
    via: str  # "reply" (the interaction), "dm" or "channel"


@dataclass(frozen=True)
class CloneCall:
    """One POST to the fake Inworld's clone endpoint."""

    name: str | None
    at: float
    status: int | None


class Findings:
    """Broken bounds, collected so one run reports every one of them."""

    def __init__(self) -> None:
        self.failures: list[str] = []
        self.notes: list[str] = []

    def check(self, ok: bool, message: str) -> bool:
        if not ok:
            self.failures.append(message)
        return ok

    def note(self, message: str) -> None:
        self.notes.append(message)

    def report(self, cluster: Cluster | None = None) -> str:
        lines = [f"{len(self.failures)} bound(s) broken:"]
        lines += [f"  {index}. {text}" for index, text in enumerate(self.failures, 1)]
        if self.notes:
            lines.append("notes:")
            lines += [f"  - {text}" for text in self.notes]
        if cluster is not None:
            lines.append(cluster.diagnostics())
        return "\n".join(lines)


# ------------------------------------------------------------------------------------------
# The cluster
# ------------------------------------------------------------------------------------------


class Cluster:
    """The fakes, G guilds spread over K shards, and K bot processes (one shard each)."""

    def __init__(
        self,
        *,
        processes: int,
        guilds: int,
        members_per_guild: int,
        limits: Limits,
        database_url: str,
        workdir: Path,
        extra_env: Mapping[str, str] | None = None,
        startup_timeout: float = 180.0,
    ) -> None:
        if processes < 1 or guilds < processes:
            raise ValueError("need at least one process and one guild per process")
        self.shard_count = processes
        self.guild_count = guilds
        self.members_per_guild = members_per_guild
        self.limits = limits
        self.database_url = database_url
        self.workdir = workdir
        self.extra_env = dict(extra_env or {})
        self.startup_timeout = startup_timeout
        self.discord = FakeDiscord()
        self.inworld = FakeInworld()
        self.guilds: list[Guild] = []
        self.processes: list[BotProcess] = []
        self._ports: set[int] = set()
        self._engine: AsyncEngine | None = None

    # ---------------------------------------------------------------- lifecycle

    async def __aenter__(self) -> Self:
        await self.discord.start()
        await self.inworld.start()
        try:
            self._build_guilds()
            self.processes = [self._process(shard) for shard in range(self.shard_count)]
            syncs = self.discord.sync_count
            await asyncio.gather(*(p.start() for p in self.processes))
            await self.wait_ready(self.processes, syncs_before=syncs)
        except BaseException:
            await self.close()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        await asyncio.gather(*(p.stop() for p in self.processes), return_exceptions=True)
        if self._engine is not None:
            await self._engine.dispose()
            self._engine = None
        await self.inworld.stop()
        await self.discord.stop()

    def _build_guilds(self) -> None:
        for index in range(self.guild_count):
            shard = index % self.shard_count
            fake_guild = self.discord.add_guild(
                f"Guild {index}", channels=("general",), shard=(shard, self.shard_count)
            )
            guild = Guild(
                id=fake_guild.id,
                name=fake_guild.name,
                shard=shard,
                channel_id=int(fake_guild.channel_named("general")["id"]),
                member_role_id=int(fake_guild.role_named("Member")["id"]),
            )
            for number in range(self.members_per_guild):
                guild.members.append(self.add_member(guild, f"g{index}m{number}"))
            self.guilds.append(guild)

    def add_member(self, guild: Guild, name: str) -> int:
        """A new member of ``guild`` (members reach the bot in interactions, so this works
        while the bots run too)."""
        payload = self.discord.add_member(
            name=name, roles=[guild.member_role_id], guild_id=guild.id
        )
        return int(payload["user"]["id"])

    def bot_env(self, shard: int, health_port: int) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k.upper() not in SETTING_NAMES}
        env.update(
            {
                "PYTHONPATH": str(ROOT),
                "PYTHONUNBUFFERED": "1",
                "DISCORD_TOKEN": self.discord.token,
                "INWORLD_API_KEY": self.inworld.api_key,
                "INWORLD_API_URL": self.inworld.url,
                "DISCORD_API_URL": f"{self.discord.base_url}/api/v10",
                "DISCORD_GATEWAY_URL": self.discord.gateway_url,
                "DATABASE_URL": self.database_url,
                "SHARD_COUNT": str(self.shard_count),
                "SHARD_IDS": str(shard),
                "HEALTH_HOST": "127.0.0.1",
                "HEALTH_PORT": str(health_port),
                "LOG_LEVEL": "INFO",
                "SHUTDOWN_GRACE_SECONDS": "2",
                # Spoken previews are a TTS call per result: not what these runs measure.
                "PREVIEW_ENABLED": "false",
                **self.limits.env(),
                **self.extra_env,
            }
        )
        return env

    def _process(self, shard: int) -> BotProcess:
        port = free_port(self._ports)
        return BotProcess(
            shard_id=shard,
            shard_count=self.shard_count,
            env=self.bot_env(shard, port),
            workdir=self.workdir / f"shard{shard}",
            health_port=port,
        )

    async def wait_ready(
        self, processes: Sequence[BotProcess], *, syncs_before: int, timeout: float | None = None
    ) -> None:
        """Until each process answers /healthz 200 (gateway ready, database reachable) and
        each has synced its commands; fails at once, with its log, if one exits."""
        limit = self.startup_timeout if timeout is None else timeout
        deadline = time.monotonic() + limit
        waiting = list(processes)
        while waiting:
            for process in list(waiting):
                if not process.running:
                    raise RuntimeError(
                        f"{process.label} exited with status "
                        f"{process.process.returncode if process.process else '?'} before it "
                        f"was ready:\n{process.log_tail()}"
                    )
                with contextlib.suppress(aiohttp.ClientError, TimeoutError):
                    status, _ = await process.get("/healthz", timeout=2)
                    if status == 200:
                        waiting.remove(process)
            if time.monotonic() > deadline:
                logs = "\n".join(p.log_tail() for p in waiting)
                raise TimeoutError(
                    f"not ready after {limit:g} s: {[p.label for p in waiting]}\n{logs}"
                )
            if waiting:
                await asyncio.sleep(0.25)
        wanted = syncs_before + len(processes)
        await self.discord.wait_for_sync(
            timeout=max(1.0, deadline - time.monotonic()), count=wanted
        )

    async def kill(self, process: BotProcess) -> None:
        await process.kill()

    async def restart(self, process: BotProcess) -> None:
        """Start a stopped or killed process again (same shard, port and settings)."""
        syncs = self.discord.sync_count
        await process.start()
        await self.wait_ready([process], syncs_before=syncs)

    # ---------------------------------------------------------------- shards

    def guilds_on(self, shard: int) -> list[Guild]:
        return [g for g in self.guilds if g.shard == shard]

    def identified_shards(self) -> list[list[int] | None]:
        """The ``shard`` each gateway connection sent in IDENTIFY (None: not sharded)."""
        shards: list[list[int] | None] = []
        for connection in self.discord.connections:
            if connection.identify is None:
                continue
            shard = connection.identify.get("shard")
            shards.append([int(s) for s in shard] if shard else None)
        return shards

    def process_of(self, connection: GatewayConnection) -> BotProcess | None:
        """The running process behind a gateway connection: discord.py logs the session ID
        of each connection it opens ("... has connected to Gateway (Session ID: ...)")."""
        if connection.session_id is None:
            return None
        for process in self.processes:
            if process.running and connection.session_id in process.log_text():
                return process
        return None

    def handler_of(self, guild: Guild) -> BotProcess | None:
        """The process that receives the guild's events and interactions now."""
        try:
            return self.process_of(self.discord.connection_for(guild.id))
        except RuntimeError:
            return None

    def sharding_problems(self) -> list[str]:
        """Why the processes do not split the guilds by shard, if they do not."""
        problems = []
        seen = self.identified_shards()
        for process in self.processes:
            wanted = [process.shard_id, process.shard_count]
            if wanted not in seen:
                problems.append(
                    f"{process.label} never identified as shard {wanted} (the gateway saw "
                    f"IDENTIFY shards {seen}): SHARD_COUNT/SHARD_IDS are not applied, so every "
                    "process receives every guild and the fake routes all interactions to the "
                    "newest connection"
                )
        return problems

    # ---------------------------------------------------------------- requests

    def one_request_per_member(self, tag: str) -> list[tuple[Guild, int, str]]:
        """(guild, member, voice name) for every member of every guild."""
        return [
            (guild, user_id, f"{tag} s{guild.shard} g{gi} m{mi}")
            for gi, guild in enumerate(self.guilds)
            for mi, user_id in enumerate(guild.members)
        ]

    async def start_clone(
        self, guild: Guild, user_id: int, name: str, clip: bytes, *, timeout: float = 120.0
    ) -> CloneRequest:
        """/clone with a voice message, up to the consent prompt (or an early refusal)."""
        attachment = self.discord.add_attachment("voice-message.ogg", clip, "audio/ogg")
        interaction = await self.discord.send_slash_command(
            "clone",
            {"name": name},
            user_id=user_id,
            guild_id=guild.id,
            channel_id=guild.channel_id,
            attachments={"sample": attachment},
        )
        request = CloneRequest(
            name=name,
            guild=guild,
            user_id=user_id,
            interaction=interaction,
            handler=self.handler_of(guild),
        )
        await interaction.wait_for_callback(timeout=10)
        await interaction.wait_for(
            lambda i: bool(buttons(i.original or {})) or is_finished(i), timeout=timeout
        )
        return request

    async def confirm(self, request: CloneRequest, *, timeout: float = 30.0) -> None:
        """Press "I confirm" on the consent prompt; returns once the click was acknowledged."""
        message = request.interaction.original
        if message is None or is_finished(request.interaction):
            raise AssertionError(
                f"{request.describe()} has no consent prompt: {request.interaction.summary()}"
            )
        confirm = next(
            (b for b in buttons(message) if str(b.get("custom_id", "")).startswith("consent:yes")),
            None,
        )
        if confirm is None:
            raise AssertionError(f"no confirm button for {request.describe()}: {message}")
        request.click = await self.discord.click_button(
            message, confirm["custom_id"], user_id=request.user_id
        )
        await request.click.wait_for_callback(timeout=timeout)

    async def clone_many(
        self, specs: Sequence[tuple[Guild, int, str]], clip: bytes, *, timeout: float = 180.0
    ) -> list[CloneRequest]:
        """Send every /clone at once, wait for every consent prompt, then confirm them all at
        once: the requests reach the clone queue together."""
        requests = await asyncio.gather(
            *(self.start_clone(g, u, n, clip, timeout=timeout) for g, u, n in specs)
        )
        await asyncio.gather(*(self.confirm(r) for r in requests))
        return list(requests)

    async def wait_queued(self, requests: Sequence[CloneRequest], timeout: float = 60.0) -> None:
        """Until every confirmed request shows it is waiting (or already further): the
        consent was stored and the request handed to the clone queue."""

        def queued(request: CloneRequest) -> bool:
            content = str((request.interaction.original or {}).get("content") or "")
            return content.startswith(("⏳", "🧬", "✅", "❌"))

        await poll_until(
            lambda: all(queued(r) for r in requests),
            timeout=timeout,
            describe=lambda: (
                "not queued: " + ", ".join(r.describe() for r in requests if not queued(r))
            ),
        )

    # ---------------------------------------------------------------- what members read

    def messages_to(self, user_id: int) -> list[JSON]:
        """DMs to the member and channel messages that mention them."""
        mention = f"<@{user_id}>"
        messages = list(self.discord.dm_messages.get(user_id, []))
        dm_ids = {id(m) for m in messages}
        for channel_messages in self.discord.channel_messages.values():
            for message in channel_messages:
                if id(message) not in dm_ids and mention in str(message.get("content") or ""):
                    messages.append(message)
        return messages

    def member_text(self, user_id: int) -> str:
        """Everything the member can read: their interactions' replies and follow-ups, their
        DMs, and channel messages that mention them."""
        parts = [content_of(i) for i in self.discord.interactions if i.user_id == user_id]
        parts += [message_text(m) for m in self.messages_to(user_id)]
        return "\n".join(parts)

    def first_sent_at(self, needles: Iterable[str]) -> float | None:
        """When the bot first sent Discord a message holding one of ``needles``."""
        wanted = list(needles)
        for record in list(self.discord.requests):
            if record.method not in ("POST", "PATCH") or record.body is None:
                continue
            if record.status is not None and record.status >= 300:
                continue
            body = json.dumps(record.body, ensure_ascii=False)
            if any(needle in body for needle in wanted):
                return record.received_at
        return None

    def failure_told(self, request: CloneRequest) -> str | None:
        """A message that told the member this request failed, if there is one."""

        def failure(text: str) -> bool:
            return not any(word in text for word in _INTERIM_WORDS)

        for interaction in request.interactions:
            content = str((interaction.original or {}).get("content") or "")
            if content.startswith("❌") and failure(content):
                return content
            for followup in interaction.followups:
                text = message_text(followup)
                if "❌" in text and failure(text):
                    return text
        for message in self.messages_to(request.user_id):
            text = message_text(message)
            if request.name in text and any(w in text for w in _FAILURE_WORDS) and failure(text):
                return text
        return None

    def result_of(self, request: CloneRequest, *, timed: bool = True) -> Result:
        """What the member of ``request`` got; ``timed``: also find when the voice ID was
        first sent (a scan of every recorded Discord request)."""
        text = self.member_text(request.user_id)
        voices = dict(self.inworld.voices)
        shown = frozenset(voice_id for voice_id in voices if voice_id in text)
        own = frozenset(
            voice_id
            for voice_id, voice in voices.items()
            if voice.get("displayName") == request.name
        )
        failure = self.failure_told(request)
        if own & shown:
            delivered_at = self.first_sent_at(own & shown) if timed else None
            return Result(request, Outcome.VOICE, shown, own, delivered_at, failure)
        outcome = Outcome.REPORTED if failure is not None else Outcome.PENDING
        return Result(request, outcome, shown, own, None, failure)

    async def wait_for_results(
        self,
        requests: Sequence[CloneRequest],
        *,
        timeout: float,
        done: Callable[[Result], bool] = lambda r: r.outcome is not Outcome.PENDING,
    ) -> list[Result]:
        """Poll until ``done`` holds for every request's result, or ``timeout``; returns the
        results either way (the caller says which bound that broke)."""
        deadline = time.monotonic() + timeout
        while True:
            results = [self.result_of(r, timed=False) for r in requests]
            if all(done(r) for r in results) or time.monotonic() > deadline:
                return [self.result_of(r) for r in requests]
            await asyncio.sleep(0.2)

    def shown_positions(self) -> dict[int, list[Shown]]:
        """Every queue position each member was shown, in the order the fake received them
        (edits of the reply, and of a progress notice in a DM or the channel)."""
        tokens = {i.token: i.user_id for i in self.discord.interactions}
        dm_channels = {
            int(m["channel_id"]): user_id
            for user_id, messages in self.discord.dm_messages.items()
            for m in messages
        }
        shown: defaultdict[int, list[Shown]] = defaultdict(list)
        for record in list(self.discord.requests):
            if record.method not in ("POST", "PATCH") or not isinstance(record.body, dict):
                continue
            if record.status is None or not 200 <= record.status < 300:
                continue
            content = record.body.get("content")
            data = record.body.get("data")
            if content is None and isinstance(data, dict):
                content = data.get("content")
            if not isinstance(content, str):
                continue
            match = POSITION_RE.search(content)
            if match is None:
                continue
            addressee = _addressee(record.path, content, tokens, dm_channels)
            if addressee is not None:
                user_id, via = addressee
                shown[user_id].append(Shown(record.received_at, int(match.group(1)), via))
        return dict(shown)

    def clone_calls(self) -> list[CloneCall]:
        """Every clone POST the fake Inworld received, in order."""
        calls = []
        for record in self.inworld.clone_requests:
            name = record.body.get("displayName") if isinstance(record.body, dict) else None
            # When the call began (its body streams in after): what the limiter governs.
            began = record.arrived_at if record.arrived_at is not None else record.received_at
            calls.append(CloneCall(name if isinstance(name, str) else None, began, record.status))
        return calls

    def ack_latencies(self) -> list[float]:
        """Seconds from each interaction to its first callback (Discord allows 3)."""
        return [
            i.callback_latency for i in self.discord.interactions if i.callback_latency is not None
        ]

    # ---------------------------------------------------------------- diagnostics

    async def metrics_of_all(self) -> list[str | None]:
        """Each process's /metrics page (None for one that does not answer)."""

        async def one(process: BotProcess) -> str | None:
            if not process.running:
                return None
            try:
                return await process.metrics()
            except (aiohttp.ClientError, TimeoutError, RuntimeError):
                return None

        return list(await asyncio.gather(*(one(p) for p in self.processes)))

    def _database(self) -> AsyncEngine:
        if self._engine is None:
            self._engine = create_async_engine(self.database_url, pool_size=1)
        return self._engine

    async def record_limited_calls(self) -> None:
        """From now on, record every call the shared clone limiter lets through (read with
        :meth:`limited_calls`). Call it once the processes are ready (they made the schema)."""
        async with self._database().begin() as connection:
            await record_limited_calls(connection)

    async def limited_calls(self) -> list[LimitedCall]:
        """Every call the clone limiter let through since :meth:`record_limited_calls`."""
        async with self._database().connect() as connection:
            return await limited_calls(connection)

    async def records(self) -> dict[str, dict[str, Any]]:
        """The stored clone requests by display name (every column), read from the database."""
        async with self._database().connect() as connection:
            rows = await connection.execute(text("SELECT * FROM clone_records ORDER BY id"))
            return {str(row["display_name"]): dict(row) for row in rows.mappings()}

    async def record_states(self) -> list[str]:
        """One line per stored clone request (status, voice, lease), for failure reports."""
        wanted = (
            "id",
            "display_name",
            "status",
            "voice_id",
            "clone_started_at",
            "updated_at",
            "lease_owner",
            "lease_expires_at",
            "failure_reason",
        )
        lines = []
        for row in (await self.records()).values():
            values = {k: row[k] for k in wanted if k in row}
            lines.append(", ".join(f"{k}={v}" for k, v in values.items()))
        return lines

    async def stored_not_sent(self, requests: Sequence[CloneRequest]) -> CloneRequest | None:
        """A request whose voice is stored (``done``) but not yet readable by its member: the
        moment between storing an outcome and sending it."""
        stored = await self.records()
        for request in requests:
            row = stored.get(request.name) or {}
            voice_id = row.get("voice_id")
            stored_only = row.get("status") == "done" and voice_id
            if stored_only and str(voice_id) not in self.member_text(request.user_id):
                return request
        return None

    def diagnostics(self) -> str:
        lines = [
            f"gateway IDENTIFY shards: {self.identified_shards()}",
            f"guild shards: {[(g.name, g.shard) for g in self.guilds]}",
        ]
        if self.discord.unhandled:
            lines.append(f"routes the fake Discord does not implement: {self.discord.unhandled}")
        lines += [p.log_tail() for p in self.processes]
        return "\n".join(lines)


def _addressee(
    path: str, content: str, tokens: Mapping[str, int], dm_channels: Mapping[int, int]
) -> tuple[int, str] | None:
    for pattern in (_WEBHOOK_RE, _CALLBACK_RE):
        match = pattern.match(path)
        if match is not None:
            user_id = tokens.get(match.group(1))
            return None if user_id is None else (user_id, "reply")
    match = _CHANNEL_RE.match(path)
    if match is None:
        return None
    recipient = dm_channels.get(int(match.group(1)))
    if recipient is not None:
        return recipient, "dm"
    mention = _MENTION_RE.search(content)
    return (int(mention.group(1)), "channel") if mention else None


async def poll_until(
    check: Callable[[], bool],
    *,
    timeout: float,
    describe: Callable[[], str],
    interval: float = 0.1,
) -> None:
    """Until ``check()``; TimeoutError with ``describe()`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:g} s: {describe()}")
        await asyncio.sleep(interval)
