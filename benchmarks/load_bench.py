"""Concurrent /clone load through the real bot and the loopback fakes.

N members each run /clone at the same moment with a ~12 s voice message and confirm consent.
Reports how fast every interaction was acknowledged (Discord's limit is 3 s: a blocked event
loop shows up here first), and how long the whole burst took, with the clone limiter opened
wide so the audio pipeline and the bot itself are what is measured.

Usage: python benchmarks/load_bench.py [--members 20] [--audio-concurrency 2]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.client import CloneBot  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from tests.audio import fixtures  # noqa: E402
from tests.e2e.helpers import confirm_consent, is_finished, member  # noqa: E402
from tests.fakes.discord_server import FakeDiscord, running_bot  # noqa: E402
from tests.fakes.inworld_server import FakeInworld  # noqa: E402


async def one(fake: FakeDiscord, user_id: int, data: bytes, index: int) -> tuple[float, float]:
    attachment = fake.add_attachment(f"voice{index}.ogg", data)
    started = time.perf_counter()
    interaction = await fake.send_slash_command(
        "clone", {"name": f"Voice {index}"}, user_id=user_id, attachments={"sample": attachment}
    )
    await interaction.wait_for_callback(timeout=10)
    latency = interaction.callback_latency or 0.0
    await confirm_consent(fake, interaction, user_id, timeout=120)
    await interaction.wait_for(is_finished, timeout=300)
    return latency, time.perf_counter() - started


async def main(members: int, audio_concurrency: int) -> None:
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        fixtures.set_cache_dir(Path(tmp) / "fixtures")
        data = fixtures.encode(fixtures.standard_speech_wav(), "ogg_opus_voice").read_bytes()
        async with FakeDiscord(interaction_deadline=None) as fake, FakeInworld() as inworld:
            settings = load_settings(
                _env_file=None,
                discord_token=fake.token,
                inworld_api_key=inworld.api_key,
                inworld_api_url=inworld.url,
                database_url=f"sqlite+aiosqlite:///{tmp}/load.sqlite3",
                clones_per_minute=1000,
                audio_concurrency=audio_concurrency,
            )
            users = [member(fake, f"m{i}") for i in range(members)]
            async with running_bot(fake, CloneBot(settings), timeout=30):
                started = time.perf_counter()
                results = await asyncio.gather(
                    *(one(fake, u, data, i) for i, u in enumerate(users))
                )
                total = time.perf_counter() - started
            voices = len(inworld.voices)
    acks = sorted(r[0] * 1000 for r in results)
    done = sorted(r[1] for r in results)
    print(
        "| members | audio slots | ack median (ms) | ack max (ms) | slowest clone (s) "
        "| burst (s) | voices |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {members} | {audio_concurrency} | {statistics.median(acks):.0f} | {acks[-1]:.0f} "
        f"| {done[-1]:.2f} | {total:.2f} | {voices} |"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=20)
    parser.add_argument("--audio-concurrency", type=int, default=2)
    args = parser.parse_args()
    asyncio.run(main(args.members, args.audio_concurrency))
