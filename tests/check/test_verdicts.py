"""How each API answer is judged (pass, fail, or unknown rather than a guess) and reported."""

from __future__ import annotations

from typing import Any

import pytest

from bot.check.discord_bot import judge_me
from bot.check.http import Answer
from bot.check.inworld import judge_key, judge_write, probe_voice_id
from bot.check.model import Status, failed, passed, skipped, unknown
from bot.check.report import exit_code, format_result, summary

SEED_CODE_7 = {
    "code": 7,
    "message": "API key has insufficient access level for 'voices' in workspace 'ws'. Current "
    "access level in API key: read (r). Required access level: write (rw).",
    "details": [],
}


def rpc(code: int, message: str = "m") -> dict[str, Any]:
    return {"code": code, "message": message, "details": []}


@pytest.mark.parametrize(
    ("status", "body", "expected", "text"),
    [
        (403, SEED_CODE_7, Status.FAILED, "the key is read-only (403 PERMISSION_DENIED"),
        (404, rpc(5, "Voice not found"), Status.PASSED, "got 404 NOT_FOUND, not PERMISSION_DENIED"),
        (404, None, Status.UNKNOWN, "answered 404, not an rpcStatus body"),
        (400, rpc(3, "bad id"), Status.UNKNOWN, "answered 400 INVALID_ARGUMENT: bad id"),
        (401, rpc(16), Status.UNKNOWN, "answered 401 UNAUTHENTICATED"),
        (200, {}, Status.UNKNOWN, "answered 200, not an rpcStatus body"),
        (503, rpc(14, "down"), Status.UNKNOWN, "answered 503 UNAVAILABLE: down"),
        (500, rpc(7), Status.UNKNOWN, "answered 500 PERMISSION_DENIED"),
    ],
)
def test_write_probe_verdicts(status: int, body: Any, expected: Status, text: str) -> None:
    result = judge_write(Answer(status, body))
    assert result.status is expected
    assert text in result.message
    if expected is Status.UNKNOWN:
        assert result.message.startswith("Inworld write access: unknown (")


@pytest.mark.parametrize(
    ("status", "body", "expected", "text"),
    [
        (200, {"voices": [], "totalSize": 0}, Status.PASSED, "accepted (http://x lists 0 voices)"),
        (200, {"voices": []}, Status.PASSED, "accepted (http://x lists its voices)"),
        (200, {"hello": "proxy"}, Status.FAILED, "answered 200 but not with a voice list"),
        (401, rpc(16, "Invalid API key."), Status.FAILED, "rejected (401 UNAUTHENTICATED"),
        (401, None, Status.FAILED, "rejected (401, not an rpcStatus body)"),
        (403, rpc(7), Status.FAILED, "not allowed to list voices (403 PERMISSION_DENIED"),
        (404, None, Status.FAILED, "http://x/voices/v1/voices was not found"),
        (301, None, Status.FAILED, "http://x redirects (301 to ?)"),
        (429, rpc(8), Status.UNKNOWN, "unknown (listing voices answered 429 RESOURCE_EXHAUSTED"),
        (502, None, Status.UNKNOWN, "unknown (listing voices answered 502, not an rpcStatus"),
    ],
)
def test_key_verdicts(status: int, body: Any, expected: Status, text: str) -> None:
    result = judge_key(Answer(status, body), "http://x")
    assert result.status is expected
    assert text in result.message


def test_probe_voice_id_cannot_be_a_voice() -> None:
    first, second = probe_voice_id(), probe_voice_id()
    assert first != second and "__" not in first and first.isascii()


@pytest.mark.parametrize(
    ("status", "body", "expected", "text"),
    [
        (200, {"id": "42", "username": "Old", "discriminator": "1234", "bot": True}, Status.PASSED,
         "valid for the bot Old#1234 (id 42)"),
        (200, {"id": "42", "username": "me", "bot": False}, Status.FAILED, "not a bot"),
        (200, {"message": "hi"}, Status.FAILED, "answered 200 but not with a user"),
        (404, None, Status.FAILED, "/users/@me was not found (404)"),
        (429, None, Status.UNKNOWN, "unknown (Discord answered 429"),
        (502, None, Status.UNKNOWN, "unknown (Discord answered 502"),
    ],
)  # fmt: skip
def test_discord_verdicts(status: int, body: Any, expected: Status, text: str) -> None:
    result = judge_me(Answer(status, body), "http://d/api/v10", "http://d/api/v10")
    assert result.status is expected
    assert text in result.message
    if expected is Status.FAILED:
        wanted = "DISCORD_TOKEN" if "not a bot" in text else "DISCORD_API_URL"
        assert result.fix is not None and wanted in result.fix


def test_unknown_is_not_a_failure_but_is_said() -> None:
    results = [passed("a", "A: fine"), unknown("b", "B: unknown (why)")]
    assert exit_code(results) == 0
    assert summary(results) == (
        "No check failed (1 passed, 1 unknown); an unknown is not a failure, but read the ? "
        "lines before going live."
    )
    assert format_result(results[1]) == ["? B: unknown (why)"]


def test_any_failure_exits_1() -> None:
    results = [failed("a", "A: broken", "do this", "a note"), skipped("b", "B", "needs A")]
    assert exit_code(results) == 1
    assert format_result(results[0]) == ["✘ A: broken — fix: do this", "    a note"]
    assert format_result(results[0], fancy=False) == ["XX A: broken -- fix: do this", "    a note"]
    assert summary(results).startswith("1 of 2 checks failed (1 skipped): fix the ✘ lines")
