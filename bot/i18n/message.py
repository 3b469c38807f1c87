"""Messages by id: what code says instead of English sentences.

Domain code builds a :class:`Msg` (an id and its variables) and never chooses a language; the
Discord layer renders it in the member's language (``interaction.locale``) or, for posts
everyone reads, the server's. ``str(msg)`` is the English text (logs, and code not yet
localized).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol

from babel.lists import format_list

from .catalog import format_message
from .locales import PSEUDO, SOURCE, catalogue_for


@dataclass(frozen=True)
class Msg:
    """A message id and its variables; a variable may itself be a :class:`Msg` (rendered in
    the same language) or a :class:`ListOf` (joined as the language joins lists)."""

    id: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def __init__(self, id: str, /, **args: Any) -> None:
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "args", args)

    def render(self, locale: str | None = None) -> str:
        chosen = catalogue_for(locale)
        values = {name: _render_value(value, chosen) for name, value in self.args.items()}
        return format_message(chosen, self.id, values)

    def __str__(self) -> str:
        return self.render(SOURCE)


@dataclass(frozen=True)
class ListOf:
    """Items joined as the language joins a list ("a, b and c"; "a、b、c")."""

    items: Sequence[Any]
    style: Literal["standard", "or"] = "standard"


def _babel(locale: str) -> str:
    return (SOURCE if locale == PSEUDO else locale).replace("-", "_")


class Renderable(Protocol):
    """Anything a message variable may hold that renders itself per language (a Msg, a
    duration...)."""

    def render(self, locale: str | None = None) -> str: ...


def _render_value(value: Any, locale: str) -> Any:
    if isinstance(value, Msg) or callable(getattr(value, "render", None)):
        return value.render(locale)
    if isinstance(value, ListOf):
        items = [str(_render_value(item, locale)) for item in value.items]
        return format_list(items, style=value.style, locale=_babel(locale)) if items else ""
    if isinstance(value, datetime | int | float | str):
        return value
    return str(value)


Text = str | Msg


def render(text: Text | Renderable, locale: str | None = None) -> str:
    """A message in ``locale``; a plain string (member-written, or an id) as it is."""
    return text if isinstance(text, str) else text.render(locale)


def stored(value: Any) -> Any:
    """A value read back from JSON (audit details, outbox payloads): a stored message
    (``{"$msg": id, "args": ...}``, see bot.storage.db.json_safe) becomes a :class:`Msg`
    again; anything else is returned as it is."""
    if isinstance(value, dict) and isinstance(value.get("$msg"), str):
        raw = value.get("args")
        args: dict[Any, Any] = raw if isinstance(raw, dict) else {}
        return Msg(value["$msg"], **{str(k): stored(v) for k, v in args.items()})
    return value
