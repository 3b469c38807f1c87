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


@pytest.mark.parametrize("ci", ["true", "1", "yes"])
def test_in_ci_a_missing_server_fails_the_test(
    unreachable_url: str, ci: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", ci)
    with (
        pytest.raises(pytest.fail.Exception) as failed,
        postgres_test_database(unreachable_url),
    ):
        pass
    message = str(failed.value)
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
    with (
        pytest.raises(pytest.skip.Exception) as skipped,
        postgres_test_database(unreachable_url),
    ):
        pass
    reason = str(skipped.value)
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
