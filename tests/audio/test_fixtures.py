"""Self-checks for the generated fixtures (independent of the pipeline under test).

If one of these fails, the pipeline tests that use the fixture prove nothing, so they are
kept separate and cheap.
"""

from __future__ import annotations

import subprocess

import numpy as np
import pytest

from tests.audio import fixtures as fx
from tests.audio import hostile


@pytest.mark.parametrize("fmt", sorted(fx.FORMATS))
def test_encoded_variant_is_what_it_claims(fmt: str) -> None:
    spec = fx.FORMATS[fmt]
    master = fx.standard_speech_wav()
    info = fx.probe(fx.encode(master, fmt))
    assert info.format_name == spec.container
    assert info.audio_codecs == (spec.codec,)
    assert info.duration == pytest.approx(fx.wav_seconds(master), abs=0.1)
    assert bool(info.video_codecs) == (spec.video is not None)


def test_variant_details() -> None:
    master = fx.standard_speech_wav()
    assert fx.probe(fx.encode(master, "ogg_opus_voice")).sample_rates == (48_000,)
    assert fx.probe(fx.encode(master, "wav_s16_44k_stereo")).channels == (2,)
    assert fx.probe(fx.encode(master, "wav_mulaw_8k")).sample_rates == (8_000,)
    flac96 = fx.probe(fx.encode(master, "flac_96k_s32"))
    assert (flac96.sample_rates, flac96.sample_fmts) == ((96_000,), ("s32",))
    assert fx.probe(fx.encode(master, "wav_5_1")).channels == (6,)
    assert fx.probe(fx.encode(master, "flac_5_1")).channels == (6,)
    faststart = fx.encode(master, "m4a_aac_faststart").read_bytes()
    assert faststart.find(b"moov") < faststart.find(b"mdat")
    moov_end = fx.encode(master, "m4a_aac_moov_end").read_bytes()
    assert moov_end.find(b"mdat") < moov_end.find(b"moov")


def test_speech_masters() -> None:
    standard = fx.standard_speech_wav()
    assert 11.0 <= fx.wav_seconds(standard) <= 14.8
    start, end = fx.speech_span(standard)
    assert start < 0.2 and end - start > 10.0
    samples, _ = fx.read_wav(standard)
    assert fx.dbfs(float(np.max(np.abs(samples)))) == pytest.approx(-3.0, abs=0.1)
    assert fx.wav_seconds(fx.long_speech_wav()) >= 40.0
    assert fx.wav_seconds(fx.short_speech_wav()) == pytest.approx(2.0, abs=0.001)


def test_level_fixtures() -> None:
    padded = fx.padded_speech_wav()
    start, end = fx.speech_span(padded)
    total = fx.wav_seconds(padded)
    assert start == pytest.approx(5.0, abs=0.05)
    assert total - end > 5.0
    assert end - start < total - 8.0

    quiet, rate = fx.read_wav(fx.quiet_speech_wav())
    assert fx.active_rms_dbfs(quiet[:, 0], rate) == pytest.approx(-40.0, abs=0.5)
    assert fx.dbfs(float(np.max(np.abs(quiet)))) < -15.0

    clipped, _ = fx.read_wav(fx.clipped_speech_wav())
    at_full_scale = np.mean((clipped >= 32767 / 32768) | (clipped <= -1.0))
    assert at_full_scale > 0.01

    silence, _ = fx.read_wav(fx.silence_wav())
    assert not silence.any()
    noise, rate = fx.read_wav(fx.noise_wav())
    assert fx.dbfs(float(np.sqrt(np.mean(noise**2)))) == pytest.approx(-60.0, abs=1.0)
    assert len(noise) / rate == pytest.approx(20.0)
    tone, _ = fx.read_wav(fx.tone_wav())
    assert fx.dbfs(float(np.max(np.abs(tone)))) == pytest.approx(-12.0, abs=0.1)


def test_sixty_minute_mp3() -> None:
    path = fx.mp3_60min()
    info = fx.probe(path)
    assert info.format_name == "mp3"
    assert info.duration == pytest.approx(3600.0, abs=15.0)
    assert 25e6 < path.stat().st_size < 32e6


def _ffprobe_fails(data: bytes, tmp_name: str) -> bool:
    path = fx.cache_dir() / tmp_name
    path.write_bytes(data)
    proc = subprocess.run(
        [fx.FFPROBE, "-v", "error", str(path)], capture_output=True, timeout=30, check=False
    )
    return proc.returncode != 0


def test_bad_inputs_are_bad() -> None:
    assert fx.empty_bytes() == b""
    assert len(fx.truncated_mp3()) == 2048
    assert fx.truncated_wav_header().startswith(b"RIFF")
    assert len(fx.truncated_wav_header()) == 30
    assert _ffprobe_fails(fx.random_bytes(), "check_random.bin")
    # ffmpeg happily opens a .txt as a "tty" (ANSI art) *video*, never as audio.
    text = fx.cache_dir() / "check_text.txt"
    text.write_bytes(fx.text_file())
    assert fx.probe(text).audio_codecs == ()
    assert _ffprobe_fails(fx.zip_archive(), "check_zip.zip")
    assert fx.png_image().startswith(b"\x89PNG\r\n\x1a\n")
    assert fx.jpeg_image().startswith(b"\xff\xd8\xff")
    assert fx.pdf_document().startswith(b"%PDF-")
    video = fx.probe(fx.video_only_mp4())
    assert video.audio_codecs == () and video.video_codecs == ("h264",)


def test_external_dref_rewrite_is_recognised_by_ffmpeg() -> None:
    m4a = fx.encode(fx.standard_speech_wav(), "m4a_aac_moov_end").read_bytes()
    crafted = hostile.mp4_with_external_dref(m4a, "/nonexistent/elsewhere.m4a")
    path = fx.cache_dir() / "check_dref.m4a"
    path.write_bytes(crafted)
    proc = subprocess.run(
        [fx.FFPROBE, "-v", "warning", str(path)], capture_output=True, timeout=30, check=False
    )
    assert b"Skipped opening external track" in proc.stderr
    assert b"/nonexistent/elsewhere.m4a" in proc.stderr
