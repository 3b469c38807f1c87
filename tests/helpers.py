"""Small builders shared by unit tests."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bot.audio import ProcessedSample


def processed_sample(**overrides: Any) -> ProcessedSample:
    """A ProcessedSample with plausible facts; override what a test is about."""
    values: dict[str, Any] = {
        "wav": b"RIFF....WAVE",
        "sample_rate": 24000,
        "seconds": 12.0,
        "speech_seconds": 11.0,
        "original_seconds": 40.0,
        "container": "mp3",
        "codec": "mp3",
        "peak_dbfs": -1.0,
        "clipped_fraction": 0.0,
        "gain_db": 3.0,
        "sha256": "0" * 64,
        "input_bytes": 1000,
        "truncated": False,
    }
    values.update(overrides)
    return ProcessedSample(**values)


async def python_m_bot(
    *args: str, env: dict[str, str], cwd: Path, timeout: float = 60
) -> tuple[int, str, str]:
    """Run ``python -m bot ARGS`` to its end: (exit status, stdout, stderr)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout)
    assert process.returncode is not None
    return process.returncode, stdout.decode(), stderr.decode()


ROOT = Path(__file__).resolve().parents[1]


def fresh_python(code: str, *args: str, env: Mapping[str, str] | None = None) -> Any:
    """Run ``code`` in a fresh interpreter at the checkout's root (what a new process of the
    bot would import, nothing of the test run's) and return its last line of output, read
    as JSON; a failure shows the child's stderr."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=None if env is None else dict(env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
