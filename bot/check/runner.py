"""Run every check (concurrently once the settings are known) and print the checklist."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from typing import TextIO

import aiohttp

from ..logs import setup_logging
from ..settings import Settings, load_settings
from . import database, discord_bot, ffmpeg, intents, inworld, voice
from .config import check_settings
from .model import CheckResult, failed, skipped
from .redact import Redactor, settings_secrets
from .report import exit_code, print_report

#: Seconds allowed for each network call and each subprocess.
DEFAULT_TIMEOUT = 15.0

#: (name, label) of the checks that need no settings, run right after the settings one.
FIRST_CHECKS: tuple[tuple[str, str], ...] = (
    (voice.OPUS, voice.OPUS_LABEL),
    (voice.LIBRARIES, voice.LIBRARIES_LABEL),
)
#: (name, label) of the checks that need settings, in checklist order (then, with read-aloud
#: on, the Message Content intent).
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


async def _voice_libraries() -> CheckResult:
    return voice.check_voice_libraries()


async def first_checks(*, timeout: float) -> list[CheckResult]:
    """The checks that need no settings (voice: libopus, davey, PyNaCl)."""
    groups = await asyncio.gather(
        _guarded(voice.check_opus(timeout=timeout), FIRST_CHECKS[0]),
        _guarded(_voice_libraries(), FIRST_CHECKS[1]),
    )
    return [result for group in groups for result in group]


def read_aloud_enabled(settings: Settings) -> bool:
    return bool(getattr(settings, "read_aloud_enabled", False))


async def collect(settings: Settings, *, timeout: float) -> list[CheckResult]:
    """Results of every check after the settings one, in checklist order."""
    by_name = dict(LATER_CHECKS) | {intents.NAME: intents.LABEL}
    read_aloud = read_aloud_enabled(settings)

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
                discord_bot.check_discord_and_intents(
                    session,
                    settings.discord_api_url,
                    settings.discord_token.get_secret_value(),
                    read_aloud=read_aloud,
                    timeout=timeout,
                ),
                *labels(discord_bot.NAME, *((intents.NAME,) if read_aloud else ())),
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
        results = [
            first,
            *await first_checks(timeout=timeout),
            *(skipped(n, label, "needs valid settings") for n, label in LATER_CHECKS),
        ]
    else:
        if configure_logging:
            # Library warnings go to stderr; scrub the secrets from them too.
            setup_logging("WARNING", settings_secrets(settings))
        redact = Redactor.for_settings(settings)
        found = [*await first_checks(timeout=timeout), *await collect(settings, timeout=timeout)]
        results = [first, *(r.map_text(redact) for r in found)]
    print_report(results, out if out is not None else sys.stdout)
    return exit_code(results)


def main() -> int:
    """``python -m bot check``."""
    return asyncio.run(run_check(configure_logging=True))
