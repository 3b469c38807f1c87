"""A backlog of clone requests through 1, 2 and 4 bot processes sharing one Inworld account.

For each process count K: a fresh PostgreSQL database, the loopback fakes, G guilds spread over
K shards and K real ``python -m bot`` processes (tests/multiprocess/harness.py). N members send
/clone at once, wait for the consent prompt, then all confirm at the same moment: a backlog of
N requests for a limit of L clone calls per window of W seconds. Reported per K:

* rate: the share of the limit achieved over the busy period, ``(ceil(N/L) - 1) * W`` (what a
  perfect limiter needs from the first to the last clone call) over the measured span (target
  >= 95%; above 100% means the limit was exceeded);
* max/W: the most clone calls in any window of W seconds at the fake Inworld (never above L);
* first / last voice: time from a member's confirmation to the message with their voice ID,
  for the first and the last member served, in seconds and in windows, against the ideal
  ``ceil(k/L)`` windows for the k-th member (1 and ceil(N/L));
* ack max: the slowest acknowledgement of an interaction (the fake's callback latency; Discord
  allows 3 s, target <= 0.25 s);
* loop lag: the largest event-loop lag of each process (``voiceclone_event_loop_lag_max_seconds``
  from its /metrics; n/a if the bot does not expose it);
* memory: the peak resident set (VmHWM) of each process.

Usage: python benchmarks/multiprocess_bench.py [--requests 20] [--limit 5] [--window 4]
           [--processes 1,2,4] [--guilds-per-process 2]

Needs PostgreSQL (TEST_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/postgres),
ffmpeg and espeak-ng.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import math
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.audio import fixtures  # noqa: E402
from tests.multiprocess.harness import (  # noqa: E402
    Cluster,
    Limits,
    Outcome,
    busiest_window,
    metric_value,
    voice_message_bytes,
)
from tests.storage.helpers import postgres_test_database  # noqa: E402


@dataclass(frozen=True)
class Run:
    processes: int
    requests: int
    delivered: int
    calls: int
    rate_share: float | None
    max_in_window: int
    first_voice: float | None
    last_voice: float | None
    ack_max: float | None
    loop_lag: list[float | None]
    memory_mib: list[float | None]
    seconds: float


def windows(seconds: float | None, window: float) -> str:
    if seconds is None:
        return "n/a"
    return f"{seconds:.1f} s ({seconds / window:.2f} W)"


async def run_once(
    processes: int, database_url: str, args: argparse.Namespace, workdir: Path, clip: bytes
) -> Run:
    started = time.monotonic()
    guilds = max(processes * args.guilds_per_process, processes)
    limits = Limits(
        clones_per_period=args.limit,
        period_seconds=args.window,
        # Nobody dies here: a long lease keeps takeovers out of the measurement.
        lease_seconds=30.0,
        expiry_check_seconds=5.0,
        reconcile_sweep_seconds=30.0,
    )
    cluster = Cluster(
        processes=processes,
        guilds=guilds,
        members_per_guild=math.ceil(args.requests / guilds),
        limits=limits,
        database_url=database_url,
        workdir=workdir,
    )
    async with cluster:
        # Round-robin over the guilds (so over the shards), the first N.
        specs = [
            (guild, guild.members[m], f"bench{processes} s{guild.shard} g{gi} m{m}")
            for m in range(cluster.members_per_guild)
            for gi, guild in enumerate(cluster.guilds)
        ][: args.requests]
        requests = await cluster.clone_many(specs, clip, timeout=600)
        budget = (math.ceil(args.requests / args.limit) + 2) * args.window + 300
        results = await cluster.wait_for_results(requests, timeout=budget)
        pages = await cluster.metrics_of_all()
        memory = [p.peak_memory_kib() for p in cluster.processes]
    calls = sorted(c.at for c in cluster.clone_calls())
    ideal = (math.ceil(args.requests / args.limit) - 1) * args.window
    share: float | None = None
    if len(calls) >= 2 and ideal > 0:
        share = ideal / (calls[-1] - calls[0])
    times = sorted(
        r.delivered_at - r.request.confirmed_at
        for r in results
        if r.outcome is Outcome.VOICE
        and r.delivered_at is not None
        and r.request.confirmed_at is not None
    )
    acks = cluster.ack_latencies()
    lag = [
        None if page is None else metric_value(page, "voiceclone_event_loop_lag_max_seconds")
        for page in pages
    ]
    return Run(
        processes=processes,
        requests=args.requests,
        delivered=sum(1 for r in results if r.outcome is Outcome.VOICE),
        calls=len(calls),
        rate_share=share,
        max_in_window=busiest_window(calls, args.window)[0],
        first_voice=times[0] if times else None,
        last_voice=times[-1] if times else None,
        ack_max=max(acks) if acks else None,
        loop_lag=lag,
        memory_mib=[None if m is None else m / 1024 for m in memory],
        seconds=time.monotonic() - started,
    )


def table(runs: list[Run], args: argparse.Namespace) -> str:
    last_windows = math.ceil(args.requests / args.limit)
    lines = [
        f"N={args.requests} requests, L={args.limit} clone calls per W={args.window:g} s",
        "",
        "| processes | delivered | clone calls | rate (share of L) | max calls / W | "
        f"first voice (ideal ≤ 1 W) | last voice (ideal ≤ {last_windows} W) | ack max | "
        "loop lag max per process | peak RSS per process | run |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|",
    ]
    for run in runs:
        share = "n/a" if run.rate_share is None else f"{run.rate_share:.0%}"
        lag = ", ".join("n/a" if v is None else f"{v * 1000:.0f} ms" for v in run.loop_lag)
        memory = ", ".join("n/a" if v is None else f"{v:.0f} MiB" for v in run.memory_mib)
        ack = "n/a" if run.ack_max is None else f"{run.ack_max * 1000:.0f} ms"
        lines.append(
            f"| {run.processes} | {run.delivered}/{run.requests} | {run.calls} | {share} | "
            f"{run.max_in_window} | {windows(run.first_voice, args.window)} | "
            f"{windows(run.last_voice, args.window)} | {ack} | {lag} | {memory} | "
            f"{run.seconds:.0f} s |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20, help="backlog size N")
    parser.add_argument("--limit", type=int, default=5, help="clone calls L per window")
    parser.add_argument("--window", type=float, default=4.0, help="window W in seconds")
    parser.add_argument("--processes", default="1,2,4", help="process counts, comma-separated")
    parser.add_argument("--guilds-per-process", type=int, default=2)
    args = parser.parse_args()
    counts = [int(p) for p in args.processes.split(",") if p.strip()]
    logging.basicConfig(level=logging.WARNING)
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="voiceclone-mp-bench-") as tmp:
        fixtures.set_cache_dir(Path(tmp) / "fixtures")
        clip = voice_message_bytes()
        for count in counts:
            try:
                with postgres_test_database() as url:
                    workdir = Path(tmp) / f"k{count}"
                    runs.append(asyncio.run(run_once(count, url, args, workdir, clip)))
            except pytest.skip.Exception as exc:
                print(f"skipped: {exc.msg}", file=sys.stderr)
                return 2
            print(f"  {count} process(es): done in {runs[-1].seconds:.0f} s", file=sys.stderr)
    print(table(runs, args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
