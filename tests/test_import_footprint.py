"""What each entry point imports (issue #19: the idle bot within 100 MB of RSS).

Each entry is imported in a fresh interpreter, as the process that runs it would: ``python -m
bot`` (bot.__main__, then the cogs its setup_hook loads), ``python -m bot check`` (the same
bot.__main__; bot.check alone too) and Docker's HEALTHCHECK (``python -m bot.healthcheck``,
every 30 s). None may load what only some requests need: numpy, PIL, pydub and the audio
analysis modules weigh tens of MB the idle bot would keep for good. They load on the first
request that needs them (see the ``Imported here`` comments at the deferrals).
"""

from __future__ import annotations

import functools
import subprocess
import sys
from typing import Any

import pytest

from tests.helpers import fresh_python

#: Loaded by requests only (a sample, a waveform, a voice message, speaking in a channel, an
#: offline consent hearing), or only by another configuration (PostgreSQL's dialect and driver:
#: the default is SQLite), never at start-up.
FORBIDDEN = (
    "sqlalchemy.dialects.postgresql",
    "asyncpg",
    "numpy",
    "PIL",
    "pydub",
    "webrtcvad",
    "scipy",
    "pyloudnorm",
    "pocketsphinx",
    "bot.audio.quality",
    "bot.audio.speech",
    "bot.audio.loudness",
    "bot.audio.noise",
    "bot.audio.vad",
    "bot.audio.waveform",
    "bot.speech.voice_message",
    "bot.speech.playback.source",
    "bot.consent.extra_speech",
)

#: What ``python -m bot`` imports before it connects: bot.__main__ (bot.client, bot.check, the
#: settings), then each extension setup_hook loads.
BOT = (
    "import importlib, bot.__main__, bot.client\n"
    "for name in bot.client.INITIAL_EXTENSIONS: importlib.import_module(name)"
)
ENTRIES = {
    "bot": BOT,
    "check": "import bot.check.runner",
    "healthcheck": "import bot.healthcheck",
}


#: ``python -m bot check`` reads the schema with Alembic, which loads every dialect it knows
#: (a one-shot command, not the running bot).
ALLOWED = {("check", "sqlalchemy.dialects.postgresql")}


@functools.cache
def modules_after(entry: str) -> frozenset[str]:
    """``sys.modules`` of a fresh interpreter after running ``ENTRIES[entry]``."""
    code = f"{ENTRIES[entry]}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    return frozenset(fresh_python(code))


def loaded(modules: frozenset[str], name: str) -> bool:
    return name in modules or any(m.startswith(f"{name}.") for m in modules)


def cases() -> list[Any]:
    """(entry, module) pairs."""
    return [
        pytest.param(
            entry,
            module,
            id=f"{entry}-{module}",
        )
        for entry in sorted(ENTRIES)
        for module in FORBIDDEN
        if (entry, module) not in ALLOWED
    ]


@pytest.mark.parametrize(("entry", "module"), cases())
def test_entry_does_not_import_request_only_module(entry: str, module: str) -> None:
    modules = modules_after(entry)
    assert not loaded(modules, module), f"{ENTRIES[entry]!r} imports {module}"


def test_healthcheck_imports_only_the_standard_library() -> None:
    """The probe runs every 30 s in a new interpreter: no discord.py, pydantic or SQLAlchemy."""
    modules = modules_after("healthcheck")
    ours = {m for m in modules if m == "bot" or m.startswith("bot.")}
    assert ours == {"bot", "bot.healthcheck"}
    third_party = {m.split(".")[0] for m in modules} - set(sys.stdlib_module_names) - {"bot"}
    assert not {m for m in third_party if not m.startswith("_")}, third_party


def test_bot_loads_the_extensions_it_was_asked_for() -> None:
    """The bot entry above really imported the cogs (a renamed extension list would make the
    guard vacuous)."""
    modules = modules_after("bot")
    assert {"bot.client", "cogs.clone", "cogs.speech", "cogs.voices"} <= modules


def test_audio_names_load_on_first_use() -> None:
    """``from bot.audio import AudioPipeline`` still works: the package loads it then."""
    code = (
        "import sys, bot.audio\n"
        "before = 'bot.audio.quality' in sys.modules\n"
        "from bot.audio import AudioPipeline, QualityReport\n"
        "from bot.audio.pipeline import AudioPipeline as Direct\n"
        "from bot.audio.quality import QualityReport as Report\n"
        "print(before, AudioPipeline is Direct, QualityReport is Report)\n"
        "try:\n    bot.audio.Missing\nexcept AttributeError:\n    print('missing')"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split() == ["False", "True", "True", "missing"]


def test_no_catalogue_is_loaded_at_import() -> None:
    """Rendering any text loads a language's catalogue and Babel's data for it (~4 MB for
    English): nothing the bot imports may render at import time (a module constant, a button
    label in a decorator, an error class's English text); it renders when first used."""
    code = (
        f"{BOT}\n"
        "import sys, bot.i18n.catalog as catalog\n"
        "print(sorted(catalog._bundles), 'babel.localedata' in sys.modules and "
        "bool(sys.modules['babel.localedata']._cache))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split() == ["[]", "False"], done.stdout
