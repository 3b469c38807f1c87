"""Reading the Fluent catalogues for tests: every message, its variables and attributes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fluent.syntax import FluentParser, ast, visitor

from bot.i18n.catalog import LOCALE_DIR
from bot.i18n.locales import LOCALES, SOURCE


@dataclass(frozen=True)
class Entry:
    path: Path
    id: str
    variables: frozenset[str]
    attributes: frozenset[str]


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)
        self.generic_visit(node)


def parse(path: Path) -> tuple[list[Entry], list[str]]:
    """The messages of one file, and its syntax errors (Fluent keeps them as Junk)."""
    resource = FluentParser(with_spans=False).parse(path.read_text(encoding="utf-8"))
    entries: list[Entry] = []
    errors: list[str] = []
    for item in resource.body:
        if isinstance(item, ast.Junk):
            errors.append(f"{path}: {(item.content or '').strip()[:80]!r}")
        elif isinstance(item, ast.Message | ast.Term):
            found = _Variables()
            found.visit(item)
            entries.append(
                Entry(
                    path,
                    item.id.name if isinstance(item, ast.Message) else "-" + item.id.name,
                    frozenset(found.names),
                    frozenset(a.id.name for a in item.attributes),
                )
            )
    return entries, errors


def catalogue(locale: str) -> dict[str, dict[str, Entry]]:
    """``{area file name: {message id: entry}}`` of one locale."""
    return {
        path.name: {e.id: e for e in parse(path)[0]}
        for path in sorted((LOCALE_DIR / locale).glob("*.ftl"))
    }


def all_files() -> list[Path]:
    return sorted(p for locale in LOCALES for p in (LOCALE_DIR / locale).glob("*.ftl"))


__all__ = ["LOCALES", "SOURCE", "Entry", "all_files", "catalogue", "parse"]
