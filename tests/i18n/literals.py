"""Find English sentences a member would read that are still written in code (issue #18).

An AST scan of ``bot/`` and ``cogs/``: a string constant or f-string with at least two words
of letters, in a position whose text reaches Discord (see :data:`TEXT_KEYWORDS`,
:data:`SEND_METHODS`, error constructors and error classes' message attributes), directly or
through a simple name (a module constant, a local variable, a dict of texts). Logs,
docstrings, custom ids, SQL and ``python -m bot check`` output are never such positions.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[2]
#: Where member-facing code lives; ``bot/check`` talks to the operator, in English.
SCANNED: Final = ("bot", "cogs")
SKIPPED: Final = ("bot/check/",)

#: Exceptions whose message is shown to the member (their subclasses are found by the scan):
#: the constructor's ``user_message`` parameter and the class's message attributes.
ERROR_ROOTS: Final = frozenset({"UserFacingError", "AudioError", "InworldError"})
#: The parameter that carries the member's message (InworldError's first argument is the
#: API's own message, for logs: its member text is the ``member_message`` attribute).
MESSAGE_PARAMETER: Final = "user_message"
#: Class attributes holding an error's member-facing message.
MESSAGE_ATTRIBUTES: Final = frozenset({"user_message", "default_message", "member_message"})
#: Keyword arguments whose text reaches Discord whatever the call (embeds, components,
#: messages, modals, footers).
TEXT_KEYWORDS: Final = frozenset(
    {
        "content",
        "title",
        "description",
        "label",
        "placeholder",
        "text",
        "user_message",
        # A lifecycle move's member notice and review-post line (bot.lifecycle.Said).
        "notice",
        "review_line",
        "headline",
    }
)
#: Parameters of the project's own functions whose positional argument is text a member
#: reads (``text`` is left out: speech text and parsers take it too).
TEXT_PARAMETERS: Final = TEXT_KEYWORDS - {"text"}
#: ``name=``/``value=``/``default=`` are text only for these callees (elsewhere they are
#: identifiers).
FIELD_CALLS: Final = frozenset(
    {
        "add_field",
        "insert_field_at",
        "set_field_at",
        "set_author",
        "Embed",
        "Button",
        "Select",
        "TextInput",
        "SelectOption",
        "Modal",
    }
)
FIELD_KEYWORDS: Final = frozenset({"name", "value", "default"})
#: Calls whose positional string arguments are message content.
SEND_METHODS: Final = frozenset(
    {"send", "send_message", "reply", "edit_original_response", "edit", "respond"}
)
#: Dict literals with these keys are raw message/embed payloads.
PAYLOAD_KEYS: Final = frozenset(
    {"content", "title", "description", "label", "placeholder", "headline"}
)
#: Calls that are not text sinks whatever their keywords: the slash-command declarations
#: (their English is the default the Translator localizes by message id), logging, metrics.
EXEMPT_CALLEES: Final = frozenset(
    {
        "command",
        "describe",
        "rename",
        "choices",
        "Choice",
        "Group",
        "context_menu",
        "ContextMenu",
        "Command",
        "guild_only",
        "default_permissions",
        "Counter",
        "Gauge",
        "Histogram",
        "Summary",
    }
)
LOG_RECEIVERS: Final = frozenset({"log", "logger", "logging", "_log", "LOG"})

#: A word: letters (an apostrophe or hyphen inside), between spaces and punctuation, so
#: identifiers (``speech_seconds``, ``cogs.clone``, ``consent:yes``) are not prose.
_WORD = re.compile(r"(?<![\w.:/-])[A-Za-z]+(?:['-][A-Za-z]+)*(?![\w:/(-]|\.\w)")
_NOT_PROSE = re.compile(r"https?://\S+|`[^`]*`|<[@#:/&!a-z][^>]*>|\{[^}]*\}")
_HOLE = "\x00"


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    text: str
    #: The sink it reaches, when it was found through a name ("content via _DONE").
    via: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r} ({self.via})"


def literal_text(node: ast.expr) -> str | None:
    """The text of a string constant, or an f-string's literal parts (holes as NUL)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = [
            v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else _HOLE
            for v in node.values
        ]
        return "".join(parts)
    return None


def is_prose(text: str) -> bool:
    """At least two words of letters once URLs, code spans, mentions and ``{...}`` are out."""
    cleaned = _NOT_PROSE.sub(" ", text.replace(_HOLE, " "))
    return len(_WORD.findall(cleaned)) >= 2


def _callee(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _receiver(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        value = func.value
        if isinstance(value, ast.Name):
            return value.id
        if isinstance(value, ast.Attribute):
            return value.attr
    return ""


def _is_super(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Call)
        and isinstance(func.value.func, ast.Name)
        and func.value.func.id == "super"
    )


def _is_exempt_call(call: ast.Call) -> bool:
    if _callee(call) in EXEMPT_CALLEES:
        return True
    return _receiver(call) in LOG_RECEIVERS or _receiver(call) == "app_commands"


def _message_index(klass: ast.ClassDef) -> int | bool | None:
    """Where its own ``__init__`` takes the member's message (positional index), None when
    it takes none, False when the class has no ``__init__`` (inherited)."""
    for stmt in klass.body:
        if isinstance(stmt, ast.FunctionDef) and stmt.name == "__init__":
            names = [a.arg for a in [*stmt.args.posonlyargs, *stmt.args.args][1:]]
            return names.index(MESSAGE_PARAMETER) if MESSAGE_PARAMETER in names else None
    return False


def error_classes(trees: Iterable[ast.Module]) -> dict[str, int | None]:
    """Every class descending from :data:`ERROR_ROOTS` in the scanned code, with the position
    of the member's message among its constructor's arguments (None: not an argument)."""
    bases: dict[str, list[str]] = {}
    own: dict[str, int | bool | None] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                ]
                own[node.name] = _message_index(node)
    found = set(ERROR_ROOTS)
    grew = True
    while grew:
        grew = False
        for name, parents in bases.items():
            if name not in found and set(parents) & found:
                found.add(name)
                grew = True

    def index(name: str, depth: int = 0) -> int | None:
        mine = own.get(name)
        if mine is not False or depth > 20:
            return mine if isinstance(mine, int) and mine is not True else None
        parent = next((b for b in bases.get(name, []) if b in found), None)
        return index(parent, depth + 1) if parent else None

    return {name: index(name) for name in found}


class _Module:
    """One file: its parents, assignments by scope, and the sinks it feeds."""

    def __init__(
        self,
        path: str,
        tree: ast.Module,
        errors: dict[str, int | None],
        parameters: dict[str, frozenset[int]],
    ) -> None:
        self.path = path
        self.parameters = parameters
        self.tree = tree
        self.errors = errors
        self.parent: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                self.parent[child] = node
        self.findings: dict[tuple[int, str], Finding] = {}
        self._by_scope: dict[tuple[ast.AST, str], list[ast.expr]] | None = None

    # -------------------------------------------------------------- names

    def _scope(self, node: ast.AST) -> ast.AST:
        current = self.parent.get(node)
        while current is not None and not isinstance(
            current, ast.FunctionDef | ast.AsyncFunctionDef | ast.Module
        ):
            current = self.parent.get(current)
        return current or self.tree

    def _assignments(self) -> dict[tuple[ast.AST, str], list[ast.expr]]:
        if self._by_scope is None:
            self._by_scope = {}
            for node in ast.walk(self.tree):
                pairs: list[tuple[ast.expr, ast.expr]] = []
                if isinstance(node, ast.Assign):
                    pairs = [(t, node.value) for t in node.targets]
                elif isinstance(node, ast.AnnAssign | ast.AugAssign) and node.value is not None:
                    pairs = [(node.target, node.value)]
                for target, value in pairs:
                    if isinstance(target, ast.Name):
                        key = (self._scope(node), target.id)
                        self._by_scope.setdefault(key, []).append(value)
        return self._by_scope

    def resolve(self, name: ast.Name) -> list[ast.expr]:
        """What a simple name may hold: its assignments in the function, else the module."""
        scope = self._scope(name)
        found = self._assignments().get((scope, name.id), [])
        return found or self._assignments().get((self.tree, name.id), [])

    # -------------------------------------------------------------- texts

    def texts(self, node: ast.expr, seen: frozenset[str] = frozenset()) -> Iterator[ast.expr]:
        """Every string literal that may end up as the value of ``node``."""
        if literal_text(node) is not None:
            yield node
        elif isinstance(node, ast.BinOp):
            yield from self.texts(node.left, seen)
            yield from self.texts(node.right, seen)
        elif isinstance(node, ast.IfExp):
            yield from self.texts(node.body, seen)
            yield from self.texts(node.orelse, seen)
        elif isinstance(node, ast.BoolOp):
            for value in node.values:
                yield from self.texts(value, seen)
        elif isinstance(node, ast.List | ast.Tuple | ast.Set):
            for element in node.elts:
                yield from self.texts(element, seen)
        elif isinstance(node, ast.Dict):
            for value in node.values:
                yield from self.texts(value, seen)
        elif isinstance(node, ast.Starred):
            yield from self.texts(node.value, seen)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in {"format", "join", "strip", "capitalize", "upper"}:
                yield from self.texts(node.func.value, seen)
                for arg in node.args:
                    yield from self.texts(arg, seen)
            elif node.func.attr == "get":  # TEXTS.get(kind, "default")
                yield from self.texts(node.func.value, seen)
                for arg in node.args[1:]:
                    yield from self.texts(arg, seen)
        elif isinstance(node, ast.Subscript):
            yield from self.texts(node.value, seen)
        elif isinstance(node, ast.Name) and node.id not in seen:
            for value in self.resolve(node):
                yield from self.texts(value, seen | {node.id})

    def sink(self, node: ast.expr, via: str) -> None:
        for text in self.texts(node):
            value = literal_text(text)
            if value is None or not is_prose(value):
                continue
            where = via if text.lineno == node.lineno else f"{via} at line {node.lineno}"
            shown = value.replace(_HOLE, "{…}")
            self.findings.setdefault(
                (text.lineno, shown), Finding(self.path, text.lineno, shown, where)
            )

    # -------------------------------------------------------------- sinks

    def scan(self) -> list[Finding]:
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call) and not _is_exempt_call(node):
                self._call(node)
            elif isinstance(node, ast.ClassDef):
                if node.name in self.errors:
                    self._error_class(node)
                for keyword in node.keywords:  # class Ask(discord.ui.Modal, title="...")
                    if keyword.arg in TEXT_KEYWORDS:
                        self.sink(keyword.value, f"class {node.name}({keyword.arg}=)")
            elif isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if isinstance(key, ast.Constant) and key.value in PAYLOAD_KEYS:
                        self.sink(value, f"payload {key.value!r}")
        return sorted(self.findings.values(), key=lambda f: f.line)

    def _call(self, call: ast.Call) -> None:
        name = _callee(call)
        index = self.errors.get(name)
        if name == "__init__" and _is_super(call):  # super().__init__("...") in an error
            klass = self._class_of(call)
            index = self.errors.get(klass.name) if klass is not None else None
            if klass is not None and klass.name in self.errors:
                parent = next((getattr(b, "id", getattr(b, "attr", "")) for b in klass.bases), "")
                index = self.errors.get(parent)
        if index is not None and index < len(call.args):
            self.sink(call.args[index], name)
        for keyword in call.keywords:
            if keyword.arg in TEXT_KEYWORDS or (
                keyword.arg in FIELD_KEYWORDS and name in FIELD_CALLS
            ):
                self.sink(keyword.value, f"{name}({keyword.arg}=)")
        if name in SEND_METHODS:
            for arg in call.args:
                self.sink(arg, f"{name}()")
        else:
            for position in self.parameters.get(name, ()):
                if position < len(call.args):
                    self.sink(call.args[position], f"{name}() argument {position + 1}")

    def _class_of(self, node: ast.AST) -> ast.ClassDef | None:
        current = self.parent.get(node)
        while current is not None and not isinstance(current, ast.ClassDef):
            current = self.parent.get(current)
        return current

    def _error_class(self, klass: ast.ClassDef) -> None:
        for stmt in klass.body:
            targets: list[ast.expr] = []
            value: ast.expr | None = None
            if isinstance(stmt, ast.Assign):
                targets, value = stmt.targets, stmt.value
            elif isinstance(stmt, ast.AnnAssign):
                targets, value = [stmt.target], stmt.value
            if value is None:
                continue
            for target in targets:
                if isinstance(target, ast.Name) and target.id in MESSAGE_ATTRIBUTES:
                    self.sink(value, f"{klass.name}.{target.id}")


def source_files(root: Path = ROOT) -> list[Path]:
    files = [p for top in SCANNED for p in sorted((root / top).rglob("*.py"))]
    return [p for p in files if not p.relative_to(root).as_posix().startswith(SKIPPED)]


def text_parameters(trees: Iterable[ast.Module]) -> dict[str, frozenset[int]]:
    """The project's functions by name, with the positions of their parameters named like a
    text keyword (``reply(interaction, content)``, ``_settle_failed(..., notice)``)."""
    found: dict[str, set[int]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names = [a.arg for a in [*node.args.posonlyargs, *node.args.args]]
                if names[:1] in (["self"], ["cls"]):
                    names = names[1:]
                hits = {i for i, n in enumerate(names) if n in TEXT_PARAMETERS}
                if hits and not node.name.startswith("__"):
                    found.setdefault(node.name, set()).update(hits)
    return {name: frozenset(hits) for name, hits in found.items()}


def scan_sources(sources: dict[str, str]) -> list[Finding]:
    """Findings in ``{relative path: source}`` (error subclasses and text parameters found
    across all of them)."""
    trees = {path: ast.parse(text, filename=path) for path, text in sources.items()}
    errors = error_classes(trees.values())
    parameters = text_parameters(trees.values())
    found: list[Finding] = []
    for path, tree in sorted(trees.items()):
        found += _Module(path, tree, errors, parameters).scan()
    return found


def scan(root: Path = ROOT) -> list[Finding]:
    return scan_sources(
        {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in source_files(root)}
    )


__all__ = ["Finding", "is_prose", "literal_text", "scan", "scan_sources", "source_files"]
