"""``python -m bot``: read settings, set up logging, run until interrupted.

``python -m bot check`` checks the set-up instead (see :mod:`bot.check`) and exits.
"""

from __future__ import annotations

import asyncio
import signal
import sys

import aiohttp
import discord

from .audio.ffmpeg_binary import FFmpegNotFound
from .audio.ffmpeg_binary import resolve as resolve_ffmpeg
from .audio.heap import limit_arenas
from .client import CloneBot, DatabaseUnavailable, point_discord_at
from .logs import setup_logging
from .observability import HealthServerError
from .settings import SettingsError, load_settings
from .storage.upgrade import set_upgrades_in_child

USAGE = """usage: python -m bot [check]

  (no argument)  run the bot
  check          check settings, ffmpeg, database, Inworld API key and Discord token, print a
                 checklist with a fix for each failure; exit status 1 if any check failed"""


def gateway_close_reason(code: int) -> str:
    """What a fatal gateway close code means for whoever runs the bot."""
    return {
        4010: "invalid shard (4010): SHARD_IDS must be below SHARD_COUNT.",
        4011: (
            "sharding required (4011): the bot is in too many servers for its shards; raise "
            "SHARD_COUNT (at most 2,500 servers per shard), or leave it unset."
        ),
        4013: "invalid intents (4013).",
    }.get(code, f"close code {code}.")


#: Seconds between GIL hand-offs while the bot runs (see main).
VOICE_SWITCH_INTERVAL = 0.001


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["check"]:
        # Imported only here: the checks read the schema with Alembic, which the bot does not
        # keep in memory (see bot.storage.upgrade).
        from .check import main as check_main

        return check_main()
    if args in (["-h"], ["--help"]):
        print(USAGE)
        return 0
    if args:
        print(USAGE, file=sys.stderr)
        return 2
    # glibc would give each thread (audio work, aiosqlite, voice players) its own malloc
    # arena, each keeping its freed pages: two arenas cut the peak RSS of 20 concurrent
    # /clone by about 25 MB (bot.audio.heap). Before any thread starts.
    limit_arenas()
    # A schema upgrade imports Alembic (about 11 MB the process would keep for good): the
    # bot runs it in a child process (an up-to-date database needs none, bot.storage.upgrade).
    set_upgrades_in_child()
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"Configuration error: {exc}. See .env.example.", file=sys.stderr)
        return 2
    try:
        resolve_ffmpeg(settings.ffmpeg_path)
    except FFmpegNotFound as exc:
        print(f"Configuration error: {exc}.", file=sys.stderr)
        return 2
    token = settings.discord_token.get_secret_value()
    setup_logging(settings.log_level, [token, settings.inworld_api_key.get_secret_value()])

    point_discord_at(settings.discord_api_url, settings.discord_gateway_url)
    # Each voice channel the bot speaks in has a discord.py player thread sending a packet
    # every 20 ms; they share the GIL with the event loop. Python hands the GIL over every
    # 5 ms by default: with 10 players the sends jittered by 18.5 ms (p99); 1 ms hand-offs
    # brought that to 3.5 ms at the same CPU (benchmarks/voice_bench.py).
    sys.setswitchinterval(VOICE_SWITCH_INTERVAL)

    async def run() -> None:
        async with CloneBot(settings) as bot:
            loop = asyncio.get_running_loop()
            # docker stop / systemd send SIGTERM: close cleanly (gateway, database, session).
            loop.add_signal_handler(signal.SIGTERM, bot.terminate)
            await bot.start(token)

    try:
        asyncio.run(run())
    except discord.LoginFailure:
        print("Discord rejected DISCORD_TOKEN: check the bot token.", file=sys.stderr)
        return 1
    except discord.PrivilegedIntentsRequired:
        print("Discord refused the bot's gateway intents.", file=sys.stderr)
        return 1
    except discord.ConnectionClosed as exc:
        print(f"Discord closed the gateway: {gateway_close_reason(exc.code)}", file=sys.stderr)
        return 1
    except DatabaseUnavailable as exc:
        print(f"Database error: {exc}. Check DATABASE_URL.", file=sys.stderr)
        return 1
    except HealthServerError as exc:
        print(f"Health endpoint error: {exc}.", file=sys.stderr)
        return 1
    except aiohttp.ClientConnectionError as exc:
        print(f"Could not reach Discord ({type(exc).__name__}).", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
