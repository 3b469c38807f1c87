"""Keep only the Babel locale data the bot reads (the image's build stage; issue #19).

Babel ships CLDR data for ~1000 locales (35 MB); the bot formats lists, times, numbers and
plurals in its own languages and names the clone languages in them. ``prune`` loads every
locale those need (each locale's data includes its parents': ``pt_BR`` reads ``pt`` and
``root``), records what each formats, deletes the other files and formats everything again:
any difference or missing file fails the build. ``check`` formats everything in the finished
image (``.ci/container.sh`` pipes this file into ``python -``).

    python scripts/babel-locales.py prune|check|results
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import babel
from babel import Locale, localedata
from babel.dates import format_time
from babel.lists import format_list
from babel.numbers import format_decimal

from bot.i18n import LOCALES, SOURCE
from bot.inworld.languages import LANGUAGES

#: Locale data the bot's processes reach without naming a locale.
ALWAYS = ("root", "en", "en_US", "en_US_POSIX")


def bot_locales() -> list[str]:
    """The bot's languages, in Babel's spelling."""
    return sorted({tag.replace("-", "_") for tag in (*LOCALES, SOURCE)})


def clone_languages() -> list[str]:
    """Every clone language as a bare language and with its region (``pt``, ``pt_BR``)."""
    tags: set[str] = set()
    for code in LANGUAGES:
        language, _, region = code.partition("_")
        if region:
            tags.update({language.lower(), f"{language.lower()}_{region}"})
    return sorted(tags)


def exercise() -> dict[str, list[str]]:
    """What each bot language formats: a list, a time, a number, a plural rule and the name of
    every clone language (missing data raises)."""
    at = datetime(2024, 5, 17, 13, 45, tzinfo=UTC)
    results: dict[str, list[str]] = {}
    for tag in bot_locales():
        locale = Locale.parse(tag)
        results[tag] = [
            format_list(["a", "b", "c"], locale=tag),
            format_list(["a", "b"], style="or", locale=tag),
            format_time(at, "short", tzinfo=UTC, locale=tag),
            format_decimal(1234567.891, locale=tag),
            str(locale.plural_form.rules),
            *(str(Locale.parse(name).get_display_name(tag)) for name in clone_languages()),
        ]
    for name in ALWAYS:
        results[name] = [str(Locale.parse(name).get_display_name())]
    return results


def prune() -> None:
    before = exercise()
    # Loaded data (each locale's with its parents'), and the clone languages, which Babel only
    # checks exist before the bot asks for their names in its own languages.
    needed = set(localedata._cache) | set(ALWAYS)
    needed |= {str(Locale.parse(tag)) for tag in clone_languages()}
    data_dir = Path(babel.__file__).parent / "locale-data"
    removed = [path for path in data_dir.glob("*.dat") if path.stem not in needed]
    freed = sum(path.stat().st_size for path in removed)
    for path in removed:
        path.unlink()
    # A fresh process: Babel caches which locale files exist.
    run = subprocess.run(
        [sys.executable, __file__, "results"], capture_output=True, text=True, check=False
    )
    if run.returncode != 0:
        sys.exit(f"Babel fails on the pruned locale data: {run.stderr.strip()[-500:]}")
    after = json.loads(run.stdout)
    if after != before:
        changed = sorted(tag for tag in before if before[tag] != after.get(tag))
        sys.exit(f"pruning Babel's locale data changed what {changed} format")
    print(
        f"Babel: kept {len(needed)} locale files ({', '.join(sorted(needed))}), "
        f"removed {len(removed)} ({freed / 1e6:.1f} MB)"
    )


def check() -> None:
    results = exercise()
    print(f"  Babel: {len(results)} locales format lists, times, numbers and language names")
    print("  " + json.dumps({tag: results[tag][:3] for tag in ("ja", "pt_BR")}, ensure_ascii=False))


def results() -> None:
    print(json.dumps(exercise()))


if __name__ == "__main__":
    {"prune": prune, "check": check, "results": results}[sys.argv[1]]()
