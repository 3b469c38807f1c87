"""Print the checklist: one line per check (fix included), indented notes, a summary line."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from .model import CheckResult, Status

MARKS = {Status.PASSED: "✔", Status.FAILED: "✘", Status.UNKNOWN: "?", Status.SKIPPED: "-"}
#: For a terminal that cannot show the marks (e.g. a legacy Windows code page).
ASCII_MARKS = {Status.PASSED: "OK", Status.FAILED: "XX", Status.UNKNOWN: "?", Status.SKIPPED: "-"}
COMMAND = "python -m bot check"


def can_show_marks(stream: TextIO) -> bool:
    """Whether ``stream`` can encode the marks (a stream without an encoding holds str)."""
    encoding = getattr(stream, "encoding", None)
    if encoding is None:
        return True
    try:
        "✔✘—→".encode(encoding)
    except (LookupError, UnicodeEncodeError):
        return False
    return True


def format_result(result: CheckResult, *, fancy: bool = True) -> list[str]:
    mark = (MARKS if fancy else ASCII_MARKS)[result.status]
    line = f"{mark} {result.message}"
    if result.fix:
        line += f" {'—' if fancy else '--'} fix: {result.fix}"
    return [line, *(f"    {note}" for note in result.notes)]


def exit_code(results: Sequence[CheckResult]) -> int:
    """0 when nothing failed (an unknown is not a failure), else 1."""
    return 1 if any(r.status is Status.FAILED for r in results) else 0


def summary(results: Sequence[CheckResult], *, fancy: bool = True) -> str:
    counts = Counter(r.status for r in results)
    total = len(results)
    others = [
        f"{counts[status]} {word}"
        for status, word in (
            (Status.PASSED, "passed"),
            (Status.UNKNOWN, "unknown"),
            (Status.SKIPPED, "skipped"),
        )
        if counts[status]
    ]
    if counts[Status.FAILED]:
        mark = MARKS[Status.FAILED] if fancy else ASCII_MARKS[Status.FAILED]
        return (
            f"{counts[Status.FAILED]} of {total} checks failed ({', '.join(others)}): fix the "
            f"{mark} lines and run `{COMMAND}` again."
        )
    if counts[Status.UNKNOWN]:
        return (
            f"No check failed ({', '.join(others)}); an unknown is not a failure, but read the "
            "? lines before going live."
        )
    return f"All {total} checks passed: ready to go live."


def print_report(results: Sequence[CheckResult], out: TextIO) -> None:
    fancy = can_show_marks(out)
    for result in results:
        for line in format_result(result, fancy=fancy):
            print(line, file=out)
    print(summary(results, fancy=fancy), file=out)
    out.flush()
