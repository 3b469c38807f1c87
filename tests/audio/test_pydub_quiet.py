"""pydub warns when it loads on a machine without ffmpeg on PATH (the wheel's ffmpeg is not on
PATH): the bot never lets pydub run ffmpeg, so that warning would only mislead an owner."""

from __future__ import annotations

import os
import subprocess
import sys


def test_pydub_loads_quietly_without_an_ffmpeg_on_path(tmp_path: os.PathLike[str]) -> None:
    env = {**os.environ, "PATH": str(tmp_path)}  # an empty directory: no ffmpeg, no avconv
    done = subprocess.run(
        [sys.executable, "-W", "error::RuntimeWarning", "-c", "import bot.audio.speech"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-1500:]
    assert "ffmpeg" not in done.stderr
