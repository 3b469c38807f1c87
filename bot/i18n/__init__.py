"""Every member in their own language: Fluent catalogues, messages by id, and the
command translator (see catalog.py for why Fluent)."""

from __future__ import annotations

from .catalog import MissingMessage, format_message
from .locales import CLONE_LANGUAGE, LOCALES, PSEUDO, SOURCE, catalogue_for
from .message import ListOf, Msg, Renderable, Text, render, stored


def tr(locale: str | None, message_id: str, /, **args: object) -> str:
    """``message_id`` rendered in ``locale`` now (see :class:`Msg` to render later)."""
    return Msg(message_id, **args).render(locale)


__all__ = [
    "CLONE_LANGUAGE",
    "LOCALES",
    "PSEUDO",
    "SOURCE",
    "ListOf",
    "MissingMessage",
    "Msg",
    "Renderable",
    "Text",
    "catalogue_for",
    "format_message",
    "render",
    "stored",
    "tr",
]
