"""The ffmpeg command line: every allow-list in place, and the decoder allow-list at work."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

import pytest

from bot.audio.errors import UnsupportedFormat
from bot.audio.ffmpeg import (
    ALLOWED_DECODERS,
    ALLOWED_DEMUXERS,
    build_command,
    input_options,
)
from bot.audio.pipeline import AudioLimits, AudioPipeline
from bot.check.ffmpeg import parse_decoders
from tests.audio import fixtures as fx
from tests.audio.helpers import check_error, check_sample

CALL_BOUND = 45.0


def _value(command: list[str], option: str) -> str:
    """The value after ``option``, which must come before the input (``-i``) to apply to it."""
    assert option in command, f"{option} is missing"
    at = command.index(option)
    assert at < command.index("-i"), f"{option} comes after the input"
    return command[at + 1]


def test_the_built_command_carries_every_allow_list_before_its_input(tmp_path: Path) -> None:
    path = tmp_path / "input"
    command = build_command("/usr/bin/ffmpeg", path, max_seconds=30, sample_rate=24_000)
    assert command[0] == "/usr/bin/ffmpeg"
    assert _value(command, "-protocol_whitelist") == "file"
    assert _value(command, "-format_whitelist") == ALLOWED_DEMUXERS
    assert _value(command, "-codec_whitelist") == ALLOWED_DECODERS
    assert _value(command, "-max_alloc") == str(256 * 1024 * 1024)
    assert _value(command, "-threads") == "1"
    assert "-nostdin" in command[: command.index("-i")]
    assert command[command.index("-i") + 1] == f"file:{path}"
    assert command[command.index("-map") + 1] == "0:a:0"
    assert command[-1] == "pipe:1"


def _ffmpeg_decoders() -> dict[str, str]:
    listing = subprocess.run(
        [fx.FFMPEG, "-hide_banner", "-decoders"], capture_output=True, text=True, check=True
    ).stdout
    return parse_decoders(listing)


def test_the_decoder_allow_list_is_audio_only() -> None:
    kinds = _ffmpeg_decoders()
    allowed = ALLOWED_DECODERS.split(",")
    assert {kinds.get(name) for name in allowed} == {"A"}, {
        name: kinds.get(name) for name in allowed if kinds.get(name) != "A"
    }


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [fx.FFMPEG, *args], capture_output=True, text=True, timeout=CALL_BOUND, check=False
    )


def test_the_decoder_allow_list_refuses_a_video_decode() -> None:
    """The pipeline's input options, with the video stream mapped: ffmpeg must refuse it."""
    video = fx.video_only_mp4()
    proc = _run(*input_options(), "-i", f"file:{video}", "-map", "0:v:0", "-f", "null", "-")
    assert proc.returncode != 0
    assert "Codec (h264) not on whitelist" in proc.stderr


def test_probing_a_video_with_audio_decodes_no_video(tmp_path: Path) -> None:
    """ffmpeg probes every stream by decoding a little of it; the video's decoder is refused,
    and the audio still decodes."""
    clip = fx.encode(fx.standard_speech_wav(), "mp4_video_aac")
    command = build_command(fx.FFMPEG, clip, max_seconds=5, sample_rate=16_000)
    proc = subprocess.run(command, capture_output=True, timeout=CALL_BOUND, check=False)
    assert proc.returncode == 0
    assert len(proc.stdout) > 16_000  # more than half a second of PCM
    assert b"Codec (h264) not on whitelist" in proc.stderr


async def test_an_mp3_with_cover_art_still_decodes() -> None:
    data = fx.mp3_with_cover_art().read_bytes()
    sample = await asyncio.wait_for(AudioPipeline().process(data, "voice.mp3"), CALL_BOUND)
    check_sample(sample, data, AudioLimits())


async def test_an_audio_codec_off_the_allow_list_is_unsupported() -> None:
    data = fx.wav_adpcm_yamaha().read_bytes()
    with pytest.raises(UnsupportedFormat) as caught:
        await asyncio.wait_for(AudioPipeline().process(data, "voice.wav"), CALL_BOUND)
    check_error(caught.value)
    assert caught.value.detail == "audio codec not on the allow-list"
