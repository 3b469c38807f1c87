"""``python -m bot`` stops within SHUTDOWN_GRACE_SECONDS + 5 s of SIGTERM, whatever hangs.

At SIGTERM a clone call hangs at the fake Inworld (a stalled POST), another request waits in
the clone queue, a reconcile sweep pass hangs on a stalled voice listing, and PostgreSQL
(behind a loopback proxy) stops answering, so the expiry/recovery pass under way, the lease
release and the database close hang too. Each would hold the process far longer than the
stop timeout; the stop sequence shares one deadline, so the process exits (status 0) within
the bound, and nothing new starts.

The set-up waits for each of these states to be observable before SIGTERM (no sleeps), and
the exit is timed by a thread of its own from just before the signal: a busy event loop in
the test (it also runs the fakes and the proxy) cannot eat into the bound.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from bot.storage import CloneStatus, CloneStore, Database, utcnow
from tests.audio import fixtures
from tests.e2e.helpers import confirm_consent, content_of, member, start_clone
from tests.e2e.test_entry_point import bot_env
from tests.fakes.discord_server import FakeDiscord, FakeInteraction
from tests.fakes.inworld_server import FakeInworld, Fault
from tests.lifecycle.proxy import TcpProxy
from tests.storage.helpers import postgres_test_database

pytestmark = pytest.mark.slow

GRACE = 3.0
#: The promise: the process is gone this long after SIGTERM.
BOUND = GRACE + 5
#: Far longer than the bound: what hangs would hang for the whole test without the deadline.
HANG = 600.0
#: Expiry/recovery passes this often: one is under way soon after the database hangs.
EXPIRY_CHECK = 0.5
#: Waiting longer than this for the process after SIGTERM only ends a hung test.
GIVE_UP = BOUND + 60


@pytest.fixture
async def discord_fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with postgres_test_database() as url:
        yield url


@pytest.fixture
async def proxy(postgres_url: str) -> AsyncIterator[TcpProxy]:
    target = make_url(postgres_url)
    async with TcpProxy(target.host or "127.0.0.1", target.port or 5432) as running:
        yield running


def sample() -> dict[str, tuple[str, bytes]]:
    voice = fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice").read_bytes()
    return {"sample": ("voice-message.ogg", voice)}


async def seed_orphan(database_url: str, fake: FakeDiscord, user_id: int) -> int:
    """A request a crash left ``cloning`` after its POST: the sweep's first pass lists the
    account's voices for it."""
    database = Database(database_url)
    await database.connect()
    try:
        await database.migrate()
        store = CloneStore(database)
        record = await store.create_record(
            guild_id=fake.guild_id,
            channel_id=fake.channel_id,
            user_id=user_id,
            notify_channel_id=fake.channel_id,
            display_name="Orphan",
            language="EN_US",
        )
        await store.transition(
            record.id,
            {CloneStatus.PROCESSING},
            CloneStatus.CLONING,
            clone_started_at=utcnow() - timedelta(seconds=2),
            known_voice_ids=[],
        )
        return record.id
    finally:
        await database.close()


async def statuses(database_url: str, *record_ids: int) -> list[CloneStatus | None]:
    database = Database(database_url)
    await database.connect()
    try:
        store = CloneStore(database)
        records = [await store.get_record(record_id) for record_id in record_ids]
        return [record.status if record is not None else None for record in records]
    finally:
        await database.close()


async def until(check: Callable[[], bool], what: str, timeout: float = 60) -> None:
    """Poll ``check`` until it holds; fail with ``what`` did not happen after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout:g} s")
        await asyncio.sleep(0.05)


class ExitClock:
    """Times the end of child ``pid`` in a thread of its own (``waitid`` with ``WNOWAIT``:
    the child is left for asyncio to reap), so a busy event loop here cannot delay it."""

    def __init__(self, pid: int) -> None:
        self._ended: list[float] = []
        self._thread = threading.Thread(
            target=self._watch, args=(pid,), name=f"exit-clock-{pid}", daemon=True
        )
        self._thread.start()

    def _watch(self, pid: int) -> None:
        # ChildProcessError: asyncio reaped it first, which it does only once it has ended.
        with contextlib.suppress(ChildProcessError):
            os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
        self._ended.append(time.monotonic())

    def ended_at(self, wait: float) -> float | None:
        """The ``time.monotonic()`` at which the child ended, waiting up to ``wait`` seconds
        for the thread to say so; None if it has not ended."""
        self._thread.join(wait)
        return self._ended[0] if self._ended else None


def waiting_in_queue(interaction: FakeInteraction) -> bool:
    return "position 1" in content_of(interaction)


def record_id_of(interaction: FakeInteraction) -> int:
    for message in [*interaction.edits, interaction.original or {}]:
        for row in message.get("components") or []:
            for button in row.get("components") or []:
                if button.get("custom_id", "").startswith("consent:"):
                    return int(button["custom_id"].rsplit(":", 1)[1])
    raise AssertionError("no consent prompt was shown")


async def test_sigterm_with_everything_hanging_exits_within_grace_plus_five(
    discord_fake: FakeDiscord,
    fake_inworld: FakeInworld,
    postgres_url: str,
    proxy: TcpProxy,
    tmp_path: Path,
) -> None:
    proxied = make_url(postgres_url).set(host="127.0.0.1", port=proxy.port)
    alice, bob, erin = (member(discord_fake, n) for n in ("alice", "bob", "erin"))
    orphan = await seed_orphan(postgres_url, discord_fake, erin)
    fake_inworld.enqueue_list(Fault.stall(HANG))  # (c) the sweep's first listing
    env = bot_env(
        discord_fake,
        fake_inworld,
        DATABASE_URL=proxied.render_as_string(hide_password=False),
        SHUTDOWN_GRACE_SECONDS=str(GRACE),
        CLONES_PER_MINUTE="1",
        CLONE_RATE_PERIOD_SECONDS=str(HANG),
        EXPIRY_CHECK_SECONDS=str(EXPIRY_CHECK),
        RECONCILE_LIST_BUDGET_SECONDS=str(HANG),
        LOG_LEVEL="DEBUG",
    )
    log_path = tmp_path / "bot.log"
    with log_path.open("wb") as log_file:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=tmp_path, env=env, stdout=log_file, stderr=log_file
        )
    try:
        await discord_fake.wait_for_sync(timeout=60)
        await until(lambda: "bot.client: ready as" in log_path.read_text(errors="replace"), "READY")
        await until(lambda: bool(fake_inworld.list_requests), "the sweep's voice listing")

        # (a) a clone call under way at Inworld, answered only after HANG
        fake_inworld.enqueue(Fault.stall(HANG))
        first = await start_clone(discord_fake, alice, sample(), name="Alice")
        await confirm_consent(discord_fake, first, alice)
        await fake_inworld.wait_for_requests(1, clone_only=True, timeout=30)

        # (b) another request waiting in the clone queue (one call per HANG seconds)
        second = await start_clone(discord_fake, bob, sample(), name="Bob")
        await confirm_consent(discord_fake, second, bob)
        await second.wait_for(waiting_in_queue, timeout=30)

        # (c) the sweep's first listing, at start-up, is still unanswered: its pass is under way
        assert fake_inworld.list_requests[0].status is None

        # (d) the database stops answering: a query of the bot (the expiry/recovery pass,
        # every EXPIRY_CHECK seconds, if nothing else) is held mid-way
        held = proxy.held
        proxy.delay = HANG
        await until(lambda: proxy.held > held, "a database query held by the proxy")

        clock = ExitClock(process.pid)
        signalled = time.monotonic()
        process.send_signal(signal.SIGTERM)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(process.wait(), GIVE_UP)
        ended = clock.ended_at(wait=10.0 if process.returncode is not None else 0.0)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    log_text = log_path.read_text(errors="replace")
    took = None if ended is None else ended - signalled
    if took is None or took >= BOUND:
        ran = "still running" if took is None else f"ran {took:.2f} s"
        pytest.fail(f"{ran} after SIGTERM (the bound: {BOUND:g} s)\n{log_text[-4000:]}")
    assert process.returncode == 0, log_text[-4000:]
    assert "shutdown: done" in log_text  # every step had its turn (or was cut), in time
    # Nothing new started after SIGTERM: the queued request never reached Inworld.
    assert len(fake_inworld.clone_requests) == 1
    # What was unfinished is stored for the next start: the sweep, or the queue again.
    assert await statuses(postgres_url, orphan, record_id_of(second)) == [
        CloneStatus.CLONING,
        CloneStatus.APPROVED,
    ]
