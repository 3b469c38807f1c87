"""Run every check (concurrently once the settings are known) and print the checklist."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from typing import TextIO

import aiohttp

from ..logs import setup_logging
from ..settings import Settings, load_settings
from . import database, discord_bot, ffmpeg, inworld
from .config import check_settings
from .model import CheckResult, failed, skipped
from .redact import Redactor, settings_secrets
from .report import exit_code, print_report

#: Seconds allowed for each network call and each subprocess.
DEFAULT_TIMEOUT = 15.0

#: (name, label) of the checks that need settings, in checklist order.
LATER_CHECKS: tuple[tuple[str, str], ...] = (
    (ffmpeg.NAME, ffmpeg.LABEL),
    (database.NAME, database.LABEL),
    (inworld.KEY, inworld.KEY_LABEL),
    (inworld.WRITE, inworld.WRITE_LABEL),
    (discord_bot.NAME, discord_bot.LABEL),
)


async def _guarded(
    check: Awaitable[CheckResult | tuple[CheckResult, ...]], *labels: tuple[str, str]
) -> list[CheckResult]:
    """The check's results; a crash inside a check becomes a failed line, not a traceback."""
    try:
        found = await check
    except Exception as exc:
        return [
            failed(
                name,
                f"{label}: the check itself crashed ({type(exc).__name__}: {exc})",
                "this is a bug in `python -m bot check`; please report this line",
            )
            for name, label in labels
        ]
    return list(found) if isinstance(found, tuple) else [found]


async def collect(settings: Settings, *, timeout: float) -> list[CheckResult]:
    """Results of every check after the settings one, in checklist order."""
    by_name = dict(LATER_CHECKS)

    def labels(*names: str) -> tuple[tuple[str, str], ...]:
        return tuple((name, by_name[name]) for name in names)

    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session:
        groups = await asyncio.gather(
            _guarded(
                ffmpeg.check_ffmpeg(settings.ffmpeg_path, timeout=timeout), *labels(ffmpeg.NAME)
            ),
            _guarded(
                database.check_database(
                    settings.database_url, settings.sqlite_path, timeout=timeout
                ),
                *labels(database.NAME),
            ),
            _guarded(
                inworld.check_inworld(
                    session,
                    settings.inworld_api_url,
                    settings.inworld_api_key.get_secret_value(),
                    timeout=timeout,
                ),
                *labels(inworld.KEY, inworld.WRITE),
            ),
            _guarded(
                discord_bot.check_discord(
                    session,
                    settings.discord_api_url,
                    settings.discord_token.get_secret_value(),
                    timeout=timeout,
                ),
                *labels(discord_bot.NAME),
            ),
        )
    return [result for group in groups for result in group]


async def run_check(
    load: Callable[[], Settings] = load_settings,
    *,
    out: TextIO | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    configure_logging: bool = False,
) -> int:
    """Check, print the checklist to ``out`` (stdout), return the exit status (0 or 1)."""
    settings, first = check_settings(load)
    if settings is None:
        results = [first, *(skipped(n, label, "needs valid settings") for n, label in LATER_CHECKS)]
    else:
        if configure_logging:
            # Library warnings go to stderr; scrub the secrets from them too.
            setup_logging("WARNING", settings_secrets(settings))
        redact = Redactor.for_settings(settings)
        results = [first, *(r.map_text(redact) for r in await collect(settings, timeout=timeout))]
    print_report(results, out if out is not None else sys.stdout)
    return exit_code(results)


def main() -> int:
    """``python -m bot check``."""
    return asyncio.run(run_check(configure_logging=True))
