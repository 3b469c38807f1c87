"""ffmpeg: the real one on PATH, a fake one lacking demuxers, and the listing parser."""

from __future__ import annotations

import re
import stat
import sys
from pathlib import Path

import pytest

from bot.audio import ffmpeg_binary
from bot.check.ffmpeg import (
    check_ffmpeg,
    missing_decoders,
    missing_demuxers,
    network_note,
    parse_decoders,
    parse_demuxers,
    parse_version,
    required_decoders,
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
DECODERS_LISTING = """Decoders:
 V..... = Video
 A..... = Audio
 S..... = Subtitle
 .F.... = Frame-level multithreading
 ------
 VFS..D h264                 H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10
 A....D mp3float             MP3 (MPEG audio layer 3) (codec mp3)
 A....D opus                 Opus
 S..... ass                  ASS (Advanced SubStation Alpha) subtitle
"""
LACKING = ("amr", "ape", "voc")
LACKING_DECODERS = ("speex", "wmavoice")


def fake_ffmpeg(folder: Path, demuxers: list[str], decoders: list[str] | None = None) -> Path:
    """A shell script that answers -version, -demuxers and -decoders like an ffmpeg built
    without some (by default it has every decoder of the allow-list)."""
    rows = "\n".join(f" D  {name:<15} {name} demuxer" for name in demuxers)
    decoder_rows = "\n".join(
        f" A....D {name:<20} {name} decoder"
        for name in (required_decoders() if decoders is None else decoders)
    )
    script = folder / "ffmpeg"
    script.write_text(
        "#!/bin/sh\n"
        'case "$*" in\n'
        '  *-version*) echo "ffmpeg version 4.4-tiny Copyright (c) 2000-2021" ;;\n'
        "  *-demuxers*) cat <<'EOF'\n"
        "File formats:\n D. = Demuxing supported\n .E = Muxing supported\n --\n"
        f"{rows}\nEOF\n"
        "  ;;\n"
        "  *-decoders*) cat <<'EOF'\n"
        "Decoders:\n V..... = Video\n A..... = Audio\n ------\n"
        " V....D h264                 H.264\n"
        f"{decoder_rows}\nEOF\n"
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


def test_parse_decoders_keeps_each_kind_and_skips_the_legend() -> None:
    decoders = parse_decoders(DECODERS_LISTING)
    assert decoders == {"h264": "V", "mp3float": "A", "opus": "A", "ass": "S"}
    # A name listed as another kind of decoder is still missing as an audio decoder.
    assert "opus" not in missing_decoders(decoders)
    assert "opus" in missing_decoders({"opus": "V"})


def test_required_decoders_is_the_pipelines_allow_list() -> None:
    assert {"pcm_s16le", "mp3float", "aac", "opus", "vorbis", "flac"} <= set(required_decoders())
    assert not {"h264", "mjpeg", "png", "ass"} & set(required_decoders())
    assert missing_decoders(dict.fromkeys(required_decoders(), "A")) == []


def test_parse_version() -> None:
    assert parse_version("ffmpeg version 6.0 Copyright (c) 2000-2023\nbuilt with gcc") == "6.0"
    assert parse_version("ffmpeg version n7.1-static https://johnvansickle.com") == "n7.1-static"
    assert parse_version("") is None


async def test_ffmpeg_missing_a_demuxer(run: RunCheck, tmp_path: Path) -> None:
    present = [name for name in required_demuxers() if name not in LACKING]
    checked = await run(ffmpeg_path=str(fake_ffmpeg(tmp_path, present)))
    assert checked.code == 1
    assert checked.line("✘ ffmpeg") == (
        "✘ ffmpeg 4.4-tiny (configured) lacks 3 of the 24 demuxers the audio pipeline uses: "
        "amr, ape, voc — fix: install a full ffmpeg build (e.g. Debian's or Ubuntu's ffmpeg "
        "package, or the official static build) or set FFMPEG_PATH to one"
    )


async def test_ffmpeg_missing_audio_decoders(run: RunCheck, tmp_path: Path) -> None:
    decoders = [name for name in required_decoders() if name not in LACKING_DECODERS]
    ffmpeg = fake_ffmpeg(tmp_path, list(required_demuxers()), decoders)
    checked = await run(ffmpeg_path=str(ffmpeg))
    assert checked.code == 1
    total = len(required_decoders())
    assert checked.line("✘ ffmpeg") == (
        f"✘ ffmpeg 4.4-tiny (configured) lacks 2 of the {total} audio decoders the audio "
        "pipeline allows: speex, wmavoice — fix: install a full ffmpeg build (e.g. Debian's or "
        "Ubuntu's ffmpeg package, or the official static build) or set FFMPEG_PATH to one"
    )


async def test_ffmpeg_missing_demuxers_and_decoders_names_both(tmp_path: Path) -> None:
    present = [name for name in required_demuxers() if name not in LACKING]
    decoders = [name for name in required_decoders() if name not in LACKING_DECODERS]
    result = await check_ffmpeg(str(fake_ffmpeg(tmp_path, present, decoders)), timeout=5)
    assert result.status is Status.FAILED
    assert "lacks 3 of the 24 demuxers the audio pipeline uses: amr, ape, voc; and 2 of the " in (
        result.message
    )


async def test_a_full_ffmpeg_passes_with_notes(tmp_path: Path) -> None:
    result = await check_ffmpeg(str(fake_ffmpeg(tmp_path, list(required_demuxers()))), timeout=5)
    assert result.status is Status.PASSED
    assert result.message == "ffmpeg 4.4-tiny (configured) with all 24 demuxers"
    assert result.notes[0] == f"runs {tmp_path / 'ffmpeg'}: set by FFMPEG_PATH"
    assert (
        result.notes[1]
        == f"audio decoders: all {len(required_decoders())} of the pipeline's allow-list"
    )
    assert result.notes[2].startswith("network: ")


async def test_network_note_says_why_there_is_no_isolation(tmp_path: Path) -> None:
    assert await network_note(None) == (
        "network: ffmpeg shares the host's network (no unshare command); its protocol "
        "allow-list keeps it to the one local file"
    )
    refusing = tmp_path / "unshare"
    refusing.write_text(
        "#!/bin/sh\necho 'unshare: unshare failed: Operation not permitted' >&2\nexit 1\n"
    )
    refusing.chmod(0o755)
    assert "(unshare: unshare failed: Operation not permitted)" in await network_note(str(refusing))


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


@pytest.fixture
def fresh_resolver(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IMAGEIO_FFMPEG_EXE", raising=False)
    ffmpeg_binary.clear_cache()


@pytest.mark.usefixtures("fresh_resolver")
async def test_the_system_ffmpeg_on_path_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system = fake_ffmpeg(tmp_path, list(required_demuxers()))
    # First on PATH, before any real one; the script itself needs cat.
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    result = await check_ffmpeg("", timeout=5)
    assert result.status is Status.PASSED
    assert result.message == "ffmpeg 4.4-tiny (system) with all 24 demuxers"
    assert result.notes[0] == f"runs {system}: the system's ffmpeg (on PATH)"


@pytest.mark.usefixtures("fresh_resolver")
async def test_without_a_system_ffmpeg_the_wheels_build_is_named_with_its_update_story(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wheel = pytest.importorskip("imageio_ffmpeg", reason="the dev extras bring imageio-ffmpeg")
    monkeypatch.setenv("PATH", str(tmp_path))  # no ffmpeg here
    result = await check_ffmpeg(None, timeout=30)
    version = ffmpeg_binary.wheel_version()
    assert result.status is Status.PASSED, result
    assert re.fullmatch(
        rf"ffmpeg \S+ \(wheel: imageio-ffmpeg {re.escape(str(version))}\) with all 24 demuxers",
        result.message,
    )
    assert result.notes[0] == (
        f"runs {wheel.get_ffmpeg_exe()}: the static build of imageio-ffmpeg {version}; no "
        "distribution security updates reach it: keep it current with pip install -U "
        "imageio-ffmpeg, or install your distribution's ffmpeg (preferred when present)"
    )
    assert result.notes[1].startswith("audio decoders: all ")


@pytest.mark.usefixtures("fresh_resolver")
async def test_no_ffmpeg_anywhere_names_three_ways_to_get_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", None)  # not installed
    result = await check_ffmpeg("ffmpeg", timeout=5)
    assert result.status is Status.FAILED
    assert result.message == "ffmpeg: none found (not on PATH, imageio-ffmpeg not installed)"
    assert result.fix == (
        'install ffmpeg with your package manager, or pip install "voiceclone-bot[ffmpeg]" (or '
        "pip install imageio-ffmpeg) for a static build, or set FFMPEG_PATH to an ffmpeg "
        "executable"
    )
