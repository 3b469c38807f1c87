"""ffmpeg: the real one on PATH, a fake one lacking demuxers, and the listing parser."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from bot.check.ffmpeg import (
    check_ffmpeg,
    missing_demuxers,
    parse_demuxers,
    parse_version,
    required_demuxers,
)
from bot.check.model import Status
from tests.check.conftest import RunCheck

FFMPEG5_LISTING = """File formats:
 D. = Demuxing supported
 .E = Muxing supported
 --
 D  aac             raw ADTS AAC (Advanced Audio Coding)
 D  matroska,webm   Matroska / WebM
 D  mov,mp4,m4a,3gp,3g2,mj2 QuickTime / MOV
 D  dts             raw DTS
"""
FFMPEG7_LISTING = """File formats:
 D.. = Demuxing supported
 .E. = Muxing supported
 ..d = Is a device
 ---
 D   aac             raw ADTS AAC (Advanced Audio Coding)
 D d alsa            ALSA audio output
 D   mov,mp4,m4a,3gp,3g2,mj2 QuickTime / MOV
 DE  dts             raw DTS
"""
LACKING = ("amr", "ape", "voc")


def fake_ffmpeg(folder: Path, demuxers: list[str]) -> Path:
    """A shell script that answers -version and -demuxers like an ffmpeg built without some."""
    rows = "\n".join(f" D  {name:<15} {name} demuxer" for name in demuxers)
    script = folder / "ffmpeg"
    script.write_text(
        "#!/bin/sh\n"
        'case "$*" in\n'
        '  *-version*) echo "ffmpeg version 4.4-tiny Copyright (c) 2000-2021" ;;\n'
        "  *-demuxers*) cat <<'EOF'\n"
        "File formats:\n D. = Demuxing supported\n .E = Muxing supported\n --\n"
        f"{rows}\nEOF\n"
        "  ;;\n"
        "  *) exit 1 ;;\n"
        "esac\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


@pytest.mark.parametrize("listing", [FFMPEG5_LISTING, FFMPEG7_LISTING])
def test_parse_demuxers_splits_aliases_and_skips_the_legend(listing: str) -> None:
    names = parse_demuxers(listing)
    assert {"aac", "mov", "mp4", "m4a", "3gp"} <= names
    assert "dts" in names and "=" not in names and "Demuxing" not in names


def test_required_demuxers_is_the_pipelines_allow_list() -> None:
    assert len(required_demuxers()) == 24
    assert {"wav", "mp3", "ogg", "mov", "mp4", "matroska", "flac"} <= set(required_demuxers())
    assert missing_demuxers(set(required_demuxers())) == []


def test_parse_version() -> None:
    assert parse_version("ffmpeg version 6.0 Copyright (c) 2000-2023\nbuilt with gcc") == "6.0"
    assert parse_version("ffmpeg version n7.1-static https://johnvansickle.com") == "n7.1-static"
    assert parse_version("") is None


async def test_ffmpeg_missing_a_demuxer(run: RunCheck, tmp_path: Path) -> None:
    present = [name for name in required_demuxers() if name not in LACKING]
    checked = await run(ffmpeg_path=str(fake_ffmpeg(tmp_path, present)))
    assert checked.code == 1
    assert checked.line("✘ ffmpeg") == (
        "✘ ffmpeg 4.4-tiny lacks 3 of the 24 demuxers the audio pipeline uses: amr, ape, voc — "
        "fix: install a full ffmpeg build (e.g. Debian's or Ubuntu's ffmpeg package, or the "
        "official static build) or set FFMPEG_PATH to one"
    )


async def test_ffmpeg_that_hangs_is_killed_at_the_timeout(tmp_path: Path) -> None:
    script = tmp_path / "ffmpeg"
    script.write_text("#!/bin/sh\nexec sleep 30\n")
    script.chmod(0o755)
    result = await check_ffmpeg(str(script), timeout=0.3)
    assert result.status is Status.FAILED
    assert result.message == f"ffmpeg at {script} did not finish: no answer within 0.3 s"


async def test_ffmpeg_that_fails(tmp_path: Path) -> None:
    script = tmp_path / "ffmpeg"
    script.write_text("#!/bin/sh\nexit 3\n")
    script.chmod(0o755)
    result = await check_ffmpeg(str(script), timeout=5)
    assert result.status is Status.FAILED
    assert result.message == f"ffmpeg at {script} failed to list its demuxers (exit 3)"
