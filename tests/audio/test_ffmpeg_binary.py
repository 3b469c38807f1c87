"""Which ffmpeg runs: FFMPEG_PATH when set (missing is an error), else the system's on PATH, else
the imageio-ffmpeg wheel's static build; each on a PATH made for the test."""

from __future__ import annotations

import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.audio import ffmpeg as audio_ffmpeg
from bot.audio import ffmpeg_binary
from bot.audio.ffmpeg_binary import FFmpegNotFound, Source, resolve
from bot.speech import voice_message
from bot.speech.voice_message import VoiceMessageError

WHEEL = pytest.importorskip("imageio_ffmpeg", reason="the dev extras bring imageio-ffmpeg")


def executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(0o755)
    return path


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("IMAGEIO_FFMPEG_EXE", raising=False)
    ffmpeg_binary.clear_cache()
    yield
    ffmpeg_binary.clear_cache()


@pytest.fixture
def system_ffmpeg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PATH holding an ``ffmpeg`` (the "system" one)."""
    found = executable(tmp_path / "usr" / "bin" / "ffmpeg")
    monkeypatch.setenv("PATH", str(found.parent))
    return found


@pytest.fixture
def no_system_ffmpeg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))


@pytest.fixture
def no_wheel(monkeypatch: pytest.MonkeyPatch) -> None:
    """imageio-ffmpeg not installed: importing it raises ImportError."""
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", None)


@pytest.mark.parametrize("value", [None, "", "ffmpeg", " ffmpeg "])
def test_auto_prefers_the_system_ffmpeg(system_ffmpeg: Path, value: str | None) -> None:
    found = resolve(value)
    assert (found.path, found.source, found.detail) == (
        str(system_ffmpeg),
        Source.SYSTEM,
        "on PATH",
    )
    assert found.describe() == f"{system_ffmpeg} (system: on PATH)"


@pytest.mark.usefixtures("no_system_ffmpeg")
def test_without_a_system_ffmpeg_auto_runs_the_wheels_build() -> None:
    found = resolve("")
    package = Path(WHEEL.__file__).resolve().parent
    assert found.source is Source.WHEEL
    assert Path(found.path).is_absolute() and Path(found.path).resolve().is_relative_to(package)
    assert found.detail == f"imageio-ffmpeg {ffmpeg_binary.wheel_version()}"
    version = subprocess.run([found.path, "-version"], capture_output=True, text=True, check=True)
    assert version.stdout.startswith("ffmpeg version ")


@pytest.mark.usefixtures("no_system_ffmpeg")
def test_imageio_ffmpeg_exe_elsewhere_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = executable(tmp_path / "opt" / "ffmpeg")
    monkeypatch.setenv("IMAGEIO_FFMPEG_EXE", str(other))
    found = resolve(None)
    assert (found.path, found.source) == (str(other), Source.WHEEL)
    assert found.detail.endswith(" chose it (IMAGEIO_FFMPEG_EXE or conda)")


@pytest.mark.usefixtures("no_system_ffmpeg", "no_wheel")
def test_no_ffmpeg_at_all_says_how_to_get_one() -> None:
    with pytest.raises(FFmpegNotFound) as caught:
        resolve(None)
    message = str(caught.value)
    assert message.startswith("no ffmpeg found on PATH; install ffmpeg with your package manager")
    assert 'pip install "voiceclone-bot[ffmpeg]"' in message and "FFMPEG_PATH" in message


def test_a_configured_path_is_used_as_is(system_ffmpeg: Path, tmp_path: Path) -> None:
    chosen = executable(tmp_path / "opt" / "ffmpeg-7")
    found = resolve(str(chosen))
    assert (found.path, found.source, found.detail) == (
        str(chosen),
        Source.CONFIGURED,
        "FFMPEG_PATH",
    )


def test_a_configured_command_name_is_looked_up_on_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = executable(tmp_path / "bin" / "ffmpeg7")
    monkeypatch.setenv("PATH", str(chosen.parent))
    found = resolve("ffmpeg7")
    assert (found.path, found.source) == (str(chosen), Source.CONFIGURED)


@pytest.mark.parametrize("value", ["/nonexistent/ffmpeg", "ffmpeg7"])
def test_a_configured_ffmpeg_that_is_missing_is_an_error_not_a_fallback(
    system_ffmpeg: Path, value: str
) -> None:
    # A system ffmpeg and the wheel's are both there: neither may stand in for the owner's.
    with pytest.raises(FFmpegNotFound, match=r"^FFMPEG_PATH='.+' was not found"):
        resolve(value)


def test_the_wheel_is_imported_only_when_there_is_no_system_ffmpeg(system_ffmpeg: Path) -> None:
    code = (
        "import sys; from bot.audio.ffmpeg_binary import resolve; "
        "print(resolve('').source, 'imageio_ffmpeg' in sys.modules)"
    )
    env = {"PATH": str(system_ffmpeg.parent)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["system", "False"]


def test_a_found_binary_is_cached_a_miss_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_wheel: None
) -> None:
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))
    with pytest.raises(FFmpegNotFound):
        resolve("")
    installed = executable(folder / "ffmpeg")  # installed while the bot runs
    assert resolve("").path == str(installed)
    installed.unlink()
    assert resolve("").path == str(installed)  # cached: no lookups per decode


def test_a_fake_wheel_without_a_usable_binary_counts_as_none(
    no_system_ffmpeg: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> str:
        raise RuntimeError("No ffmpeg exe could be found.")

    fake = types.ModuleType("imageio_ffmpeg")
    fake.get_ffmpeg_exe = broken  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", fake)
    with pytest.raises(FFmpegNotFound, match="no ffmpeg found on PATH"):
        resolve(None)


@pytest.mark.usefixtures("no_system_ffmpeg", "no_wheel")
def test_the_pipeline_and_voice_messages_report_a_missing_ffmpeg() -> None:
    with pytest.raises(FileNotFoundError, match="no ffmpeg found"):
        audio_ffmpeg._executable("ffmpeg")
    with pytest.raises(VoiceMessageError, match="no ffmpeg found"):
        voice_message._executable("ffmpeg")


def test_the_first_run_of_each_binary_is_logged_once(
    system_ffmpeg: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="bot.audio.ffmpeg_binary")
    resolve("")  # e.g. python -m bot's start-up check, before logging is set up: silent
    assert caplog.messages == []
    for _ in range(3):
        audio_ffmpeg._executable("")
    voice_message._executable("ffmpeg")
    assert caplog.messages == [f"ffmpeg: {system_ffmpeg} (system: on PATH)"]
