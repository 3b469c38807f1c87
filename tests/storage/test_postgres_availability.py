"""Without PostgreSQL the PostgreSQL tests skip on a developer's machine and fail in CI."""

from __future__ import annotations

import os
import shlex
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.storage.helpers import postgres_required, postgres_test_database

LIB = Path(__file__).resolve().parents[2] / ".ci" / "lib.sh"


@pytest.fixture
def unreachable_url() -> Iterator[str]:
    """A loopback port held (bound, never listening) for the test: every connection to it
    is refused, and nothing else can start listening there meanwhile."""
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        port = held.getsockname()[1]
        yield f"postgresql+asyncpg://postgres@127.0.0.1:{port}/postgres"


Outcome = pytest.skip.Exception | pytest.fail.Exception


def outcome_without_server(url: str) -> Outcome:
    """What a PostgreSQL test's fixture does when nothing answers at ``url``: skip or fail
    (caught both ways, so a skip where a failure is due fails this test, not skips it)."""
    try:
        with postgres_test_database(url):
            pass
    except (pytest.skip.Exception, pytest.fail.Exception) as outcome:
        return outcome
    raise AssertionError(f"a test database was made at {url}")


@pytest.mark.parametrize("ci", ["true", "1", "yes"])
def test_in_ci_a_missing_server_fails_the_test(
    unreachable_url: str, ci: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", ci)
    failed = outcome_without_server(unreachable_url)
    assert isinstance(failed, pytest.fail.Exception), failed
    message = str(failed)
    assert "PostgreSQL not reachable at 127.0.0.1:" in message
    assert f"CI={ci}: the PostgreSQL tests must run in CI" in message


@pytest.mark.parametrize("ci", [None, "", "0", "false", "False"])
def test_elsewhere_a_missing_server_skips_with_one_clear_line(
    unreachable_url: str, ci: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    skipped = outcome_without_server(unreachable_url)
    assert isinstance(skipped, pytest.skip.Exception), skipped
    reason = str(skipped)
    assert reason.startswith("PostgreSQL not reachable at 127.0.0.1:")
    assert reason.endswith("PostgreSQL tests skipped (with CI=true they fail)")
    assert "\n" not in reason


@pytest.mark.parametrize("ci", [None, "", "0", "false", "FALSE", "true", "TRUE", "1", "yes"])
def test_ci_is_read_as_the_ci_scripts_read_it(ci: str | None) -> None:
    """The same answer as ``in_ci`` in .ci/lib.sh, which decides the CI run's other checks."""
    env = {"PATH": os.environ.get("PATH", "")}
    if ci is not None:
        env["CI"] = ci
    script = f"source {shlex.quote(str(LIB))} && in_ci"
    in_ci = subprocess.run(["bash", "-c", script], env=env, timeout=30).returncode == 0
    assert postgres_required(env) is in_ci
