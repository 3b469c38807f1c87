"""What one check found: a status, one line of explanation and, for a failure, the fix."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum


class Status(Enum):
    PASSED = "passed"
    FAILED = "failed"
    #: The check ran but the answer could not be told; not a failure.
    UNKNOWN = "unknown"
    #: Not run because something it needs failed first.
    SKIPPED = "skipped"


@dataclass(frozen=True)
class CheckResult:
    """``message`` is the whole line after the status mark, e.g. ``"Database: ... (current)"``.

    ``fix`` (failures only) says what to change; ``notes`` are extra indented lines.
    """

    name: str
    status: Status
    message: str
    fix: str | None = None
    notes: tuple[str, ...] = field(default=())

    def map_text(self, change: Callable[[str], str]) -> CheckResult:
        """The same result with ``change`` applied to every text (used for redaction)."""
        return replace(
            self,
            message=change(self.message),
            fix=change(self.fix) if self.fix is not None else None,
            notes=tuple(change(n) for n in self.notes),
        )


def passed(name: str, message: str, *notes: str) -> CheckResult:
    return CheckResult(name, Status.PASSED, message, notes=notes)


def failed(name: str, message: str, fix: str, *notes: str) -> CheckResult:
    return CheckResult(name, Status.FAILED, message, fix=fix, notes=notes)


def unknown(name: str, message: str, *notes: str) -> CheckResult:
    return CheckResult(name, Status.UNKNOWN, message, notes=notes)


def skipped(name: str, label: str, reason: str) -> CheckResult:
    return CheckResult(name, Status.SKIPPED, f"{label}: skipped ({reason})")
