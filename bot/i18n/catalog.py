"""Project Fluent catalogues: one ``.ftl`` file per area and language under ``locales/``.

Fluent (``fluent.runtime``) was chosen over gettext because its messages carry their own
plural and variable rules per language (Polish's three plural forms, Japanese's none) in the
translation files, not in code, and because a message is an id with named variables: the same
shape every language fills. Babel, which it uses, formats numbers and dates per locale.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from fluent.runtime import FluentBundle, FluentResource

from .locales import LOCALES, PSEUDO, SOURCE

log = logging.getLogger(__name__)

LOCALE_DIR: Final = Path(__file__).parent / "locales"


class MissingMessage(KeyError):
    """A message id the source catalogue does not have: a bug (a test finds each one)."""


def _babel_locale(locale: str) -> str:
    return locale.replace("-", "_")


@functools.cache
def bundle(locale: str) -> FluentBundle:
    """Every ``.ftl`` file of ``locale``. ``use_isolating`` is off: Discord renders the
    Unicode isolation marks Fluent would put around each variable as stray characters."""
    directory = LOCALE_DIR / locale
    built = FluentBundle([_babel_locale(locale), _babel_locale(SOURCE)], use_isolating=False)
    for path in sorted(directory.glob("*.ftl")):
        built.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    return built


def _fluent_value(value: Any) -> Any:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float | str | datetime):
        return value
    return str(value)


def format_message(locale: str, message_id: str, args: Mapping[str, Any]) -> str:
    """``message_id`` in ``locale``, else in English; raises :class:`MissingMessage` when
    English has no such message."""
    values = {name: _fluent_value(value) for name, value in args.items()}
    if locale == PSEUDO:
        return pseudo(format_message(SOURCE, message_id, args))
    for candidate in (locale, SOURCE) if locale in LOCALES else (SOURCE,):
        found = bundle(candidate)
        if not found.has_message(message_id):
            continue
        message = found.get_message(message_id)
        if message.value is None:
            continue
        text, errors = found.format_pattern(message.value, values)
        if errors:
            log.warning("message %s in %s: %s", message_id, candidate, errors)
        return str(text)
    raise MissingMessage(message_id)


def format_attribute(locale: str, message_id: str, attribute: str) -> str | None:
    """A message attribute (``.description`` of a command) in ``locale`` only, or None."""
    found = bundle(locale)
    if not found.has_message(message_id):
        return None
    message = found.get_message(message_id)
    pattern = message.attributes.get(attribute)
    if pattern is None:
        return None
    text, _ = found.format_pattern(pattern, {})
    return str(text)


_PSEUDO_MAP: Final = str.maketrans("aceinoustyACEINOUSTY", "àçéîñöûšţýÀÇÉÎÑÖÛŠŢÝ")


def pseudo(text: str) -> str:
    """Accented and lengthened English: ``[Ýöûŕ véöîçé ~~]``. Markup, mentions, code spans,
    URLs and emoji stay intact (only letters outside ``<...>`` and backticks change)."""
    out: list[str] = []
    depth = 0
    code = False
    for char in text:
        if char == "`":
            code = not code
        elif char == "<":
            depth += 1
        elif char == ">" and depth:
            depth -= 1
        out.append(char if code or depth else char.translate(_PSEUDO_MAP))
    return "⟦" + "".join(out) + "⟧"
