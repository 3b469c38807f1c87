"""Project Fluent catalogues: one ``.ftl`` file per area and language under ``locales/``.

Fluent (``fluent.runtime``) was chosen over gettext because its messages carry their own
plural and variable rules per language (Polish's three plural forms, Japanese's none) in the
translation files, not in code, and because a message is an id with named variables: the same
shape every language fills. Babel, which it uses, formats numbers and dates per locale.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast

from .locales import LOCALES, PSEUDO, SOURCE

log = logging.getLogger(__name__)

LOCALE_DIR: Final = Path(__file__).parent / "locales"


class MissingMessage(KeyError):
    """A message id the source catalogue does not have: a bug (a test finds each one)."""


def _babel_locale(locale: str) -> str:
    return locale.replace("-", "_")


#: The first line of a message (``id =``) or term (``-id =``): always at column 0, where a
#: pattern's own lines never are (they are indented; only a select's closing ``}`` is not).
_ENTRY_START: Final = re.compile(r"^(-?[a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=", re.M)
#: A comment line, which ends the entry before it.
_COMMENT: Final = re.compile(r"^#", re.M)
_PARSER: Final = FluentParser(with_spans=False)


def entry_sources(source: str) -> Iterator[tuple[str, str]]:
    """``(id, text)`` of each message and term (``-id``) of a ``.ftl`` file, unparsed."""
    starts = list(_ENTRY_START.finditer(source))
    for start, after in zip(starts, [*starts[1:], None], strict=True):
        text = source[start.start() : after.start() if after else len(source)]
        comment = _COMMENT.search(text)
        yield start.group(1), text[: comment.start()] if comment else text


class _LazyEntries(dict[str, Any]):
    """Entries by id, each kept as its source text until first looked up, then parsed.

    A fully parsed catalogue (Fluent's syntax tree, 737 messages) takes about 2.5 MB per
    language, 40 MB for all 15, and 0.5 s to parse; a member's reply needs a few messages.
    ``FluentBundle`` reads its entries only through ``in`` and ``[]`` on these maps.
    """

    def _parsed(self, key: str) -> ast.Message | ast.Term | None:
        value = super().get(key)
        if isinstance(value, str):
            value = _PARSER.parse_entry(value)
            if not isinstance(value, ast.Message | ast.Term):
                log.error("catalogue entry %s does not parse", key)  # the catalogue tests fail
                value = None
            super().__setitem__(key, value)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._parsed(key) is not None

    def __getitem__(self, key: str) -> ast.Message | ast.Term:
        value = self._parsed(key)
        if value is None:
            raise KeyError(key)
        return value


def _lazy_bundle(locale: str) -> FluentBundle:
    """Every ``.ftl`` file of ``locale`` (the first file defining an id wins, as in
    ``add_resource``), each entry parsed on first use."""
    messages, terms = _LazyEntries(), _LazyEntries()
    for path in sorted((LOCALE_DIR / locale).glob("*.ftl")):
        for entry_id, text in entry_sources(path.read_text(encoding="utf-8")):
            if entry_id.startswith("-"):
                terms.setdefault(entry_id[1:], text)
            else:
                messages.setdefault(entry_id, text)
    built = FluentBundle([_babel_locale(locale), _babel_locale(SOURCE)], use_isolating=False)
    built._messages = messages  # fluent.runtime 0.4's entry maps (see above)
    built._terms = terms
    return built


_bundles: dict[str, FluentBundle] = {}


def bundle(locale: str) -> FluentBundle:
    """The catalogue of ``locale``, loaded on first use (with Babel's data for the language,
    about 1.2 MB: a language no member or server uses costs nothing). ``use_isolating`` is
    off: Discord renders the Unicode isolation marks Fluent would put around each variable
    as stray characters."""
    found = _bundles.get(locale)
    if found is None:
        found = _bundles[locale] = _lazy_bundle(locale)
    return found


def loaded_locales() -> frozenset[str]:
    """The languages whose catalogue is loaded (for the tests of laziness)."""
    return frozenset(_bundles)


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
