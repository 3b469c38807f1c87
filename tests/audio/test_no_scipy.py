"""The bot runs without scipy and pyloudnorm (issue #19: ~70-100 MB of RSS, ~1 s of import).

They stay installed with the dev extras (the tests' reference meter), so "not installed"
cannot be the guard: these tests check that nothing in the bot imports them, statically (every
import statement in bot/ and cogs/, function-level ones included) and at run time (a fresh
interpreter imports the audio package and runs the code paths that used them).
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers import fresh_python

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("scipy", "pyloudnorm")


def _forbidden(name: str | None) -> bool:
    return name is not None and name.split(".")[0] in FORBIDDEN


def _imports(path: Path) -> list[str]:
    """Forbidden modules imported anywhere in ``path`` (with the line)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        names: list[str | None] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module]
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", ""))
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names = [node.args[0].value]
        line = getattr(node, "lineno", 0)
        found += [f"{path.relative_to(ROOT)}:{line} {n}" for n in names if _forbidden(n)]
    return found


def test_no_source_file_of_the_bot_imports_scipy_or_pyloudnorm() -> None:
    files = sorted([*(ROOT / "bot").rglob("*.py"), *(ROOT / "cogs").rglob("*.py")])
    assert len(files) > 20  # the scan sees the bot
    offenders = [hit for path in files for hit in _imports(path)]
    assert offenders == [], "scipy/pyloudnorm must stay out of the bot (issue #19)"


_PROBE = """
import io, json, sys, wave
import numpy as np
import bot.audio, bot.audio.loudness, bot.audio.resample, bot.audio.vad, bot.audio.quality
import bot.audio.pipeline, bot.consent.recognize_worker as worker

rate = 22_050  # not a VAD rate: voiced_frames resamples
pcm = (np.sin(np.arange(3 * rate) * 0.2) * 8000).astype(np.int16)
bot.audio.loudness.integrated_lufs(pcm, rate)
bot.audio.vad.voiced_frames(pcm, rate)
bot.audio.resample.resample(pcm, 44_100, 16_000)
wav = io.BytesIO()
with wave.open(wav, "wb") as w:
    w.setnchannels(1); w.setsampwidth(2); w.setframerate(rate); w.writeframes(pcm.tobytes())
worker.wav_to_pcm16k(wav.getvalue())
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("scipy", "pyloudnorm"))))
"""


def test_the_audio_package_runs_without_importing_scipy_or_pyloudnorm() -> None:
    """A fresh interpreter: import the audio package and the recogniser worker, measure
    loudness, run the VAD at a rate it resamples, resample, convert a WAV for the recogniser.
    (Where scipy is not installed an import of it fails the probe instead.)"""
    assert fresh_python(_PROBE) == []
