"""Behaviour of ``bot.audio.pipeline.AudioPipeline`` on generated real-world inputs.

All inputs are generated at test time (see ``tests/audio/fixtures.py``) and cached for the
session, so the module runs in well under a minute on two cores.
"""

from __future__ import annotations

import asyncio
import stat
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from bot.audio.errors import (
    AudioError,
    AudioTimeout,
    EmptyFile,
    NoAudioStream,
    NotAudio,
    PoorSample,
    SilentAudio,
    TooShortAudio,
    UndecodableAudio,
)
from bot.audio.pipeline import AudioLimits, AudioPipeline, ProcessedSample
from tests.audio import fixtures as fx
from tests.audio.helpers import (
    ChildProcessCounter,
    check_error,
    check_sample,
    ffmpeg_children,
    open_fd_count,
    processes_matching,
    zombie_children,
)

DEFAULT = AudioLimits()
#: Generous wall-clock bound for one call; it only guards against hangs, not speed.
CALL_BOUND = 60.0


@pytest.fixture
def pipeline() -> AudioPipeline:
    return AudioPipeline()


async def run(pipeline: AudioPipeline, data: bytes, filename: str | None) -> ProcessedSample:
    """``pipeline.process`` with a hang guard."""
    return await asyncio.wait_for(pipeline.process(data, filename), CALL_BOUND)


def expected_speech_seconds(master: Path) -> float:
    start, end = fx.speech_span(master)
    return end - start


# --------------------------------------------------------------------------- good inputs

FORMAT_IDS = sorted(fx.FORMATS)


def test_defaults_match_the_contract() -> None:
    assert DEFAULT.max_seconds == 15.0
    assert DEFAULT.min_seconds == 3.0
    assert DEFAULT.decode_seconds == 30.0
    assert DEFAULT.sample_rate == 24_000


@pytest.mark.parametrize("fmt", FORMAT_IDS)
async def test_every_container_yields_a_clean_sample(pipeline: AudioPipeline, fmt: str) -> None:
    spec = fx.FORMATS[fmt]
    master = fx.standard_speech_wav()
    path = fx.encode(master, fmt)
    data = path.read_bytes()

    sample = await run(pipeline, data, f"voice{spec.ext}")

    mono = check_sample(sample, data, DEFAULT)
    assert sample.container == spec.container
    assert sample.codec == spec.codec
    assert sample.original_seconds == pytest.approx(fx.probe(path).duration, abs=0.5)
    speech = expected_speech_seconds(master)
    assert 0.7 * speech <= sample.seconds <= min(DEFAULT.max_seconds, speech + 1.0), (
        f"kept {sample.seconds:.2f}s of a {speech:.2f}s utterance"
    )
    # The kept audio is the (normalised) speech, not silence or a wrong channel.
    assert sample.peak_dbfs > -12.0
    assert fx.active_rms_dbfs(mono, sample.sample_rate) > -35.0
    assert sample.clipped_fraction < 0.001


async def test_plain_master_wav(pipeline: AudioPipeline) -> None:
    """The espeak-ng master itself: 22.05 kHz mono s16 WAV, needs resampling only."""
    master = fx.standard_speech_wav()
    data = master.read_bytes()
    sample = await run(pipeline, data, "voice.wav")
    check_sample(sample, data, DEFAULT)
    assert (sample.container, sample.codec) == ("wav", "pcm_s16le")
    assert sample.original_seconds == pytest.approx(fx.wav_seconds(master), abs=0.05)


@pytest.mark.parametrize(
    ("fmt", "filename"),
    [
        ("ogg_opus_voice", None),
        ("m4a_aac_moov_end", None),  # moov after mdat: needs a seekable input
        ("m4a_aac_moov_end", "voice.mp3"),  # misnamed
        ("mp3_cbr", "voice-message.ogg"),  # misnamed
        ("ogg_opus_voice", "voice.wav"),  # misnamed
        ("flac_48k_stereo", "VOICE.FLAC"),
        ("webm_opus", "recording"),  # no extension
    ],
)
async def test_filename_is_only_a_hint(
    pipeline: AudioPipeline, fmt: str, filename: str | None
) -> None:
    spec = fx.FORMATS[fmt]
    data = fx.encode(fx.standard_speech_wav(), fmt).read_bytes()
    sample = await run(pipeline, data, filename)
    check_sample(sample, data, DEFAULT)
    assert (sample.container, sample.codec) == (spec.container, spec.codec)


async def test_leading_and_trailing_silence_is_trimmed(pipeline: AudioPipeline) -> None:
    path = fx.padded_speech_wav()
    data = path.read_bytes()
    sample = await run(pipeline, data, "padded.wav")
    mono = check_sample(sample, data, DEFAULT)
    original = fx.wav_seconds(path)
    assert sample.original_seconds == pytest.approx(original, abs=0.05)
    assert sample.seconds < original - 8.0, (
        f"kept {sample.seconds:.2f}s of {original:.2f}s: silence was not trimmed"
    )
    speech = expected_speech_seconds(fx.speech_wav(7.5))
    assert sample.seconds >= 0.7 * speech
    # Speech starts within the first half second of the output.
    levels = fx.frame_levels_dbfs(mono, sample.sample_rate)
    assert levels[:25].max() > -35.0, "output still starts with the leading silence"


async def test_long_speech_is_cut_to_max_seconds(pipeline: AudioPipeline) -> None:
    path = fx.long_speech_wav()
    data = path.read_bytes()
    sample = await run(pipeline, data, "long.wav")
    check_sample(sample, data, DEFAULT)
    assert sample.seconds <= DEFAULT.max_seconds
    assert sample.seconds >= 10.0, "plenty of speech was available; keep close to the maximum"
    assert sample.original_seconds == pytest.approx(fx.wav_seconds(path), abs=0.05)


async def test_quiet_speech_is_normalised(pipeline: AudioPipeline) -> None:
    data = fx.quiet_speech_wav().read_bytes()
    sample = await run(pipeline, data, "quiet.wav")
    mono = check_sample(sample, data, DEFAULT)
    assert sample.gain_db > 0.0
    assert -6.0 <= sample.peak_dbfs <= 0.0
    assert fx.active_rms_dbfs(mono, sample.sample_rate) > -30.0


async def test_loud_speech_is_not_boosted(pipeline: AudioPipeline) -> None:
    data = fx.standard_speech_wav().read_bytes()
    quiet = await run(pipeline, fx.quiet_speech_wav().read_bytes(), "quiet.wav")
    loud = await run(pipeline, data, "loud.wav")
    assert loud.gain_db < quiet.gain_db - 10.0


async def test_badly_clipped_speech_is_refused_with_a_tip(pipeline: AudioPipeline) -> None:
    with pytest.raises(PoorSample) as caught:
        await run(pipeline, fx.clipped_speech_wav(18.0).read_bytes(), "clipped.wav")
    check_error(caught.value)
    assert "clipped" in caught.value.user_message
    assert "microphone gain" in caught.value.user_message


async def test_clipping_is_reported(pipeline: AudioPipeline) -> None:
    path = fx.clipped_speech_wav(10.0)
    data = path.read_bytes()
    sample = await run(pipeline, data, "clipped.wav")
    check_sample(sample, data, DEFAULT)
    samples, _ = fx.read_wav(path)
    actual = float(np.mean((samples >= 32767 / 32768) | (samples <= -1.0)))
    assert sample.clipped_fraction > 0.0
    assert actual / 4 <= sample.clipped_fraction <= min(1.0, actual * 4), (
        f"reported {sample.clipped_fraction:.4f}, input has {actual:.4f} at full scale"
    )


async def test_sixty_minute_mp3_is_bounded(pipeline: AudioPipeline) -> None:
    """A 60-minute upload: only the head is decoded, the call completes, duration reported."""
    data = fx.mp3_60min().read_bytes()
    sample = await asyncio.wait_for(pipeline.process(data, "podcast.mp3"), CALL_BOUND)
    check_sample(sample, data, DEFAULT)
    assert sample.container == "mp3"
    assert sample.codec == "mp3"
    assert sample.original_seconds is not None
    assert sample.original_seconds == pytest.approx(3600.0, abs=15.0)
    assert sample.seconds <= DEFAULT.max_seconds


# --------------------------------------------------------------------------- bad inputs


def _path_bytes(make: Callable[[], Path]) -> Callable[[], bytes]:
    return lambda: make().read_bytes()


BAD_INPUTS: list[tuple[str, Callable[[], bytes], str | None, tuple[type[AudioError], ...]]] = [
    ("empty", fx.empty_bytes, "voice.ogg", (EmptyFile,)),
    ("empty-no-name", fx.empty_bytes, None, (EmptyFile,)),
    # 2 KB of MP3 is ~0.1 s of audio: undecodable or (at best) far too short.
    ("truncated-mp3", fx.truncated_mp3, "voice.mp3", (UndecodableAudio, TooShortAudio)),
    ("truncated-wav-header", fx.truncated_wav_header, "voice.wav", (UndecodableAudio,)),
    ("random-bytes-mp3", fx.random_bytes, "voice.mp3", (UndecodableAudio,)),
    ("random-bytes-bin", fx.random_bytes, "upload.bin", (UndecodableAudio,)),
    ("text", fx.text_file, "transcript.txt", (NotAudio,)),
    ("text-named-mp3", fx.text_file, "voice.mp3", (NotAudio,)),
    ("png", fx.png_image, "image.png", (NotAudio,)),
    ("jpeg-renamed-mp3", fx.jpeg_image, "song.mp3", (NotAudio,)),
    ("zip", fx.zip_archive, "voice.zip", (NotAudio,)),
    ("pdf", fx.pdf_document, "voice.pdf", (NotAudio,)),
    ("html-named-mp3", fx.html_page, "voice.mp3", (NotAudio,)),
    ("video-without-audio", _path_bytes(fx.video_only_mp4), "clip.mp4", (NoAudioStream,)),
    ("silence-20s", _path_bytes(fx.silence_wav), "silence.wav", (SilentAudio,)),
    ("low-noise-20s", _path_bytes(fx.noise_wav), "room.wav", (SilentAudio,)),
    ("speech-2s", _path_bytes(fx.short_speech_wav), "short.wav", (TooShortAudio,)),
]


@pytest.mark.parametrize(
    ("make", "filename", "expected"),
    [pytest.param(m, f, e, id=i) for i, m, f, e in BAD_INPUTS],
)
async def test_bad_input_raises_specific_error(
    pipeline: AudioPipeline,
    make: Callable[[], bytes],
    filename: str | None,
    expected: tuple[type[AudioError], ...],
) -> None:
    data = make()
    with pytest.raises(AudioError) as info:
        await run(pipeline, data, filename)
    err = check_error(info.value)
    assert isinstance(err, expected), (
        f"expected {'/'.join(t.__name__ for t in expected)}, got {type(err).__name__}: "
        f"{err.user_message!r}"
    )
    if isinstance(err, NotAudio):
        assert isinstance(err.kind, str) and err.kind.strip()


async def test_too_short_reports_speech_seconds(pipeline: AudioPipeline) -> None:
    with pytest.raises(TooShortAudio) as info:
        await run(pipeline, fx.short_speech_wav().read_bytes(), "short.wav")
    check_error(info.value)
    assert 0.5 < info.value.speech_seconds < DEFAULT.min_seconds


# --------------------------------------------------------------------------- limits


async def test_custom_limits_are_honoured() -> None:
    limits = AudioLimits(max_seconds=10, min_seconds=2, sample_rate=16_000)
    pipeline = AudioPipeline(limits)

    data = fx.standard_speech_wav().read_bytes()
    sample = await run(pipeline, data, "voice.wav")
    check_sample(sample, data, limits)
    assert sample.sample_rate == 16_000
    assert 7.0 <= sample.seconds <= 10.0

    long_data = fx.long_speech_wav().read_bytes()
    sample = await run(pipeline, long_data, "long.wav")
    check_sample(sample, long_data, limits)
    assert sample.seconds <= 10.0

    # 2.6 s of speech: enough for min_seconds=2, not for the default 3.
    short = fx.speech_wav(2.6, exact=True).read_bytes()
    sample = await run(pipeline, short, "short.wav")
    check_sample(sample, short, limits)
    with pytest.raises(TooShortAudio):
        await run(AudioPipeline(), short, "short.wav")


async def test_decode_seconds_is_honoured() -> None:
    """Only the first ``decode_seconds`` are decoded: speech starting later is never seen."""
    data = fx.padded_speech_wav().read_bytes()  # speech starts at 5.0 s
    # decode_seconds may not be below max_seconds, so shrink both.
    limits = AudioLimits(max_seconds=4.0, min_seconds=2.0, decode_seconds=4.0)
    with pytest.raises(SilentAudio) as info:
        await run(AudioPipeline(limits), data, "padded.wav")
    check_error(info.value)
    # ...and with 6 s decoded, the first second of speech is found (but is too short).
    limits = AudioLimits(max_seconds=6.0, min_seconds=2.0, decode_seconds=6.0)
    with pytest.raises(TooShortAudio) as short:
        await run(AudioPipeline(limits), data, "padded.wav")
    assert short.value.speech_seconds <= 1.2


async def test_ffmpeg_timeout_kills_the_process(tmp_path: Path) -> None:
    """A hung ffmpeg is stopped after ``ffmpeg_timeout``: AudioTimeout, no stray process."""
    marker = "31.4159"
    fake_dir = tmp_path / "fakebin"
    fake_dir.mkdir()
    for name in ("ffmpeg", "ffprobe"):
        script = fake_dir / name
        script.write_text(f"#!/bin/sh\nexec sleep {marker}\n")
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
    pipeline = AudioPipeline(AudioLimits(ffmpeg_timeout=1.0), ffmpeg=str(fake_dir / "ffmpeg"))
    data = fx.encode(fx.standard_speech_wav(), "mp3_cbr").read_bytes()

    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(AudioTimeout) as info:
        await asyncio.wait_for(pipeline.process(data, "voice.mp3"), 20.0)
    check_error(info.value)
    assert loop.time() - started < 10.0
    for _ in range(50):
        if not processes_matching(f"sleep {marker}"):
            break
        await asyncio.sleep(0.05)
    assert not processes_matching(f"sleep {marker}"), "timed-out ffmpeg was left running"
    assert not zombie_children(), "timed-out ffmpeg was never reaped"


# --------------------------------------------------------------------------- concurrency


CONCURRENT_FORMATS = [
    "ogg_opus_voice",
    "mp3_cbr",
    "wav_s16_44k_stereo",
    "m4a_aac_faststart",
    "flac_48k_stereo",
    "webm_opus",
    "aiff",
    "mp4_video_aac",
]


async def test_eight_concurrent_calls_complete() -> None:
    pipeline = AudioPipeline(max_concurrency=2)
    inputs = [
        (fx.encode(fx.standard_speech_wav(), f).read_bytes(), f"v{fx.FORMATS[f].ext}")
        for f in CONCURRENT_FORMATS
    ]
    fds_before = open_fd_count()
    with ChildProcessCounter("ffmpeg") as counter:
        results = await asyncio.wait_for(
            asyncio.gather(*(pipeline.process(d, n) for d, n in inputs)), 90.0
        )
    for (data, _), sample in zip(inputs, results, strict=True):
        check_sample(sample, data, DEFAULT)
    # peak >= 1 proves the /proc poller saw the decoders at all (it is a lower bound).
    assert 1 <= counter.peak <= 2, f"{counter.peak} ffmpeg processes ran at once (limit 2)"
    assert open_fd_count() <= fds_before + 2, "file descriptors leaked"
    assert not zombie_children()


async def test_single_slot_does_not_deadlock() -> None:
    """max_concurrency=1 with several callers (and nested probe/decode steps) still finishes."""
    pipeline = AudioPipeline(max_concurrency=1)
    data = fx.encode(fx.standard_speech_wav(), "ogg_opus_voice").read_bytes()
    results = await asyncio.wait_for(
        asyncio.gather(*(pipeline.process(data, "v.ogg") for _ in range(4))), 90.0
    )
    assert all(isinstance(r, ProcessedSample) for r in results)


async def test_failures_do_not_leak_slots() -> None:
    """Errors release their concurrency slot: many failures, then a success, no deadlock."""
    pipeline = AudioPipeline(max_concurrency=1)
    bad = [fx.random_bytes(), fx.text_file(), fx.silence_wav().read_bytes(), b""] * 2
    outcomes = await asyncio.wait_for(
        asyncio.gather(*(pipeline.process(b, "x.mp3") for b in bad), return_exceptions=True),
        90.0,
    )
    assert all(isinstance(o, AudioError) for o in outcomes), outcomes
    data = fx.standard_speech_wav().read_bytes()
    sample = await run(pipeline, data, "voice.wav")
    check_sample(sample, data, DEFAULT)


async def test_cancelled_call_cleans_up() -> None:
    """Cancelling process() mid-flight kills its ffmpeg and frees the slot."""
    pipeline = AudioPipeline(max_concurrency=1)
    data = fx.long_speech_wav().read_bytes()
    task = asyncio.create_task(pipeline.process(data, "long.wav"))
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    short = fx.standard_speech_wav().read_bytes()
    sample = await run(pipeline, short, "voice.wav")
    check_sample(sample, short, DEFAULT)
    for _ in range(40):
        if not zombie_children() and not ffmpeg_children():
            break
        await asyncio.sleep(0.05)
    assert not ffmpeg_children(), "cancelled call left ffmpeg running"
    assert not zombie_children()
