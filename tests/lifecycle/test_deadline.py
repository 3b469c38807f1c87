"""The stop sequence's one deadline: each step within min(its cap, time left), hangs cut."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import time
from collections.abc import Collection
from datetime import datetime
from pathlib import Path

import pytest
import yaml

from bot.leases import LeaseKeeper
from bot.settings import Settings
from bot.shutdown import (
    CANCEL_SECONDS,
    EXIT_MARGIN_SECONDS,
    Deadline,
    finish_or_cancel,
    stop_budget,
)
from bot.storage import CloneRecord, CloneStatus


async def hang(timeout: float) -> None:
    await asyncio.sleep(3600)


ROOT = Path(__file__).resolve().parents[2]


def test_the_budget_keeps_the_promise_of_grace_plus_five() -> None:
    for grace in (0.0, 3.0, 20.0):
        assert stop_budget(grace) + EXIT_MARGIN_SECONDS == grace + 5


def test_every_stop_timeout_the_docs_give_is_the_default_grace_plus_ten() -> None:
    """README and compose agree: SIGKILL comes 5 s after the process should be gone."""
    grace = Settings.model_fields["shutdown_grace_seconds"].default
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert compose["services"]["bot"]["stop_grace_period"] == f"{grace + 10:g}s"
    readme = (ROOT / "README.md").read_text()
    given = re.findall(r"(?:--stop-timeout|docker stop -t) (\d+)", readme)
    assert given and {int(seconds) for seconds in given} == {grace + 10}


async def test_a_hanging_step_costs_its_cap_and_never_more_than_the_deadline() -> None:
    deadline = Deadline(1.0)
    given: list[float] = []

    async def quick(timeout: float) -> None:
        given.append(timeout)

    started = time.monotonic()
    assert await deadline.step("first hang", hang, cap=0.2) is False
    assert time.monotonic() - started < 0.7  # its cap (and a moment), not the deadline
    assert await deadline.step("quick", quick, cap=10) is True
    assert 0.3 < given[0] <= 0.8  # what is left, not its cap of 10 s
    assert await deadline.step("second hang", hang, cap=10) is False
    assert await deadline.step("too late", quick, cap=10) is True
    assert given[1] == 0
    assert time.monotonic() - started < 1.5


async def test_a_failing_step_is_logged_and_the_sequence_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    deadline = Deadline(5.0)
    closed: list[str] = []

    async def broken() -> None:
        raise RuntimeError("gateway gone")

    async def database() -> None:
        closed.append("database")

    assert await deadline.close("Discord", broken, cap=1) is False
    assert await deadline.close("database", database, cap=1) is True
    assert closed == ["database"]
    assert "shutdown: Discord failed" in caplog.text


async def test_finish_or_cancel_lets_quick_work_end_then_cancels_within_the_timeout() -> None:
    told: list[str] = []

    async def quick() -> None:
        await asyncio.sleep(0.05)

    async def polite() -> None:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            await asyncio.sleep(0.1)  # tells its member it was interrupted
            told.append("polite")
            raise

    async def stubborn() -> None:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            await asyncio.sleep(1.0)  # slow to end: the wait must not wait for it

    tasks = [asyncio.create_task(c) for c in (quick(), polite(), stubborn())]
    started = time.monotonic()
    cancelled = await finish_or_cancel(tasks, 0.6, cancel_wait=0.3)
    assert time.monotonic() - started < 0.9
    assert tasks[0].done() and not tasks[0].cancelled()
    assert cancelled == {tasks[1], tasks[2]}
    assert told == ["polite"]
    assert not tasks[2].done()  # still ending: at exit the process cuts it
    await tasks[2]


async def test_finish_or_cancel_with_nothing_running_returns_at_once() -> None:
    started = time.monotonic()
    assert await finish_or_cancel([], 20, cancel_wait=CANCEL_SECONDS) == set()
    assert time.monotonic() - started < 0.1


class HangingStore:
    """A database that never answers a lease release."""

    def __init__(self) -> None:
        self.released: list[int] = []

    async def claim_lease(
        self, record_id: int, statuses: Collection[CloneStatus], owner: str, until: datetime
    ) -> CloneRecord | None:
        return None

    async def renew_leases(self, owner: str, record_ids: Collection[int], until: datetime) -> int:
        return len(record_ids)

    async def release_leases(self, owner: str, record_ids: Collection[int]) -> None:
        await asyncio.sleep(3600)


async def test_lease_release_gives_up_within_its_timeout(
    caplog: pytest.LogCaptureFixture,
) -> None:
    keeper = LeaseKeeper(HangingStore(), seconds=30)
    keeper.start()
    keeper.hold(7)
    started = time.monotonic()
    await keeper.stop(0.3)
    assert time.monotonic() - started < 1
    assert keeper.held == frozenset()
    assert "could not release 1 lease(s)" in caplog.text


def test_exit_by_ends_a_process_a_stuck_thread_would_hold() -> None:
    """The interpreter waits at exit for a non-daemon thread (an SQLite connection's, stuck
    on a lock): the last resort ends the process anyway, with status 0."""
    script = (
        "import threading, time\n"
        "from bot.shutdown import exit_by\n"
        "threading.Thread(target=time.sleep, args=(60,)).start()\n"
        "exit_by(0.3)\n"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=30
    )
    assert time.monotonic() - started < 10
    assert done.returncode == 0
    assert "still running 0.3 s after SIGTERM; exiting now" in done.stderr
