"""Shared fixtures for the audio pipeline tests.

* every generated audio fixture lives in one session-scoped temporary directory and is
  generated at most once per session (see :mod:`tests.audio.fixtures`);
* one loopback canary HTTP server is shared by the session and reset before each test that
  asks for it (see :mod:`tests.audio.hostile`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.audio.ffmpeg_binary import FFmpegNotFound
from bot.audio.ffmpeg_binary import resolve as resolve_ffmpeg
from tests.audio import fixtures
from tests.audio.hostile import CanaryServer


def pytest_report_header() -> str:
    """Which ffmpeg the pipeline tests run (FFMPEG_PATH, as the bot reads it)."""
    try:
        return f"ffmpeg under test: {resolve_ffmpeg(os.environ.get('FFMPEG_PATH')).describe()}"
    except FFmpegNotFound as exc:
        return f"ffmpeg under test: none ({exc})"


def pytest_configure(config: pytest.Config) -> None:
    """Register the markers used by the audio tests."""
    config.addinivalue_line(
        "markers", "slow: long input (60-minute MP3); still bounded, deselect with -m 'not slow'"
    )


@pytest.fixture(scope="session")
def _canary_server(audio_fixture_dir: Path) -> Iterator[CanaryServer]:
    server = CanaryServer(payload=fixtures.standard_speech_wav().read_bytes())
    with server:
        yield server


@pytest.fixture
def canary(_canary_server: CanaryServer) -> CanaryServer:
    """The session canary server with its counters reset for this test."""
    _canary_server.reset()
    return _canary_server
