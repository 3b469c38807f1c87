"""Audio fixtures generated at test time (nothing binary is committed).

Every generator returns a path (or bytes) inside a per-session cache directory, so each
fixture is produced once per test session no matter how many tests use it.  Speech comes
from ``espeak-ng``, tones and noise from numpy, and every container/codec conversion from an
``ffmpeg`` subprocess.

Call :func:`set_cache_dir` once per session (``tests/audio/conftest.py`` does that with a
``tmp_path_factory`` directory); without it a private temporary directory is used, which
makes the module usable from a plain script as well.

Levels are expressed in dBFS relative to a full-scale sine-less digital peak (1.0 / 32767).
"""

from __future__ import annotations

import functools
import io
import json
import os
import shutil
import subprocess
import tempfile
import threading
import wave
import zipfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

FFMPEG = shutil.which("ffmpeg") or "ffmpeg"
FFPROBE = shutil.which("ffprobe") or "ffprobe"
ESPEAK = shutil.which("espeak-ng") or "espeak-ng"

#: espeak-ng renders at this rate; every generated WAV master uses it.
MASTER_RATE = 22_050
#: Peak level of the speech master (espeak-ng itself peaks right at full scale).
MASTER_PEAK_DBFS = -3.0
#: A frame counts as speech when its RMS is above this level (used by :func:`speech_span`).
ACTIVITY_THRESHOLD_DBFS = -45.0

# Sentences are varied so the passage sounds like prose, not a loop.
_SENTENCES: tuple[str, ...] = (
    "The quick brown fox jumps over the lazy dog near the river bank.",
    "Voice cloning works best with a clean recording of natural speech.",
    "Please speak clearly and keep the background noise as low as you can.",
    "Yesterday we walked along the harbour and watched the boats come in.",
    "A good microphone makes a surprising difference to the final result.",
    "She sells sea shells by the sea shore every summer afternoon.",
    "Seven bright lanterns were hung along the old stone bridge.",
    "The weather tomorrow should be mild, with a light breeze from the west.",
    "Reading aloud for a minute is usually enough to capture a voice.",
    "Our team meets on Thursday mornings to plan the week ahead.",
    "Every bottle on the shelf had a handwritten label and a date.",
    "The library closes early on public holidays and Sunday evenings.",
    "Bring a warm jacket, because the mountain trail gets cold at night.",
    "Numbers like forty two and nineteen eighty four are easy to say.",
    "The orchestra tuned their instruments while the audience found their seats.",
    "Fresh bread from the corner bakery sells out before nine o'clock.",
    "He carefully folded the map and put it back into the glove box.",
    "Learning a new language takes patience, practice and a little humour.",
    "The garden was full of tomatoes, beans and tall yellow sunflowers.",
    "When the train finally arrived, everyone cheered on the platform.",
    "Please remember to switch off the lights before you leave the office.",
    "The old clock in the hallway chimes quietly every quarter of an hour.",
    "Rain tapped gently on the window as the kettle began to whistle.",
    "Thank you for listening, and have a wonderful rest of your day.",
)

_cache_root: Path | None = None
_registry_lock = threading.Lock()
_key_locks: dict[str, threading.Lock] = {}


# --------------------------------------------------------------------------- cache plumbing


def set_cache_dir(path: Path) -> None:
    """Use ``path`` as the session cache directory for every generated fixture."""
    global _cache_root
    path.mkdir(parents=True, exist_ok=True)
    _cache_root = path


def cache_dir() -> Path:
    """Return the cache directory, creating a private temporary one if none was set."""
    global _cache_root
    if _cache_root is None:
        _cache_root = Path(tempfile.mkdtemp(prefix="audio-fixtures-"))
    return _cache_root


def _cached(name: str, build: Callable[[Path], None]) -> Path:
    """Return ``cache_dir()/name``, calling ``build(tmp_path)`` once to produce it.

    ``build`` writes to a temporary sibling path that is atomically renamed into place, so a
    half-written file is never served.  Generation of distinct fixtures may run in parallel
    threads; the same fixture is only generated once.
    """
    target = cache_dir() / name
    with _registry_lock:
        lock = _key_locks.setdefault(name, threading.Lock())
    with lock:
        if target.exists():
            return target
        tmp = target.with_name(f".tmp-{target.stem}{target.suffix}")
        build(tmp)
        if not tmp.exists():
            raise RuntimeError(f"fixture builder for {name} produced no file")
        tmp.replace(target)
    return target


def _cached_bytes(name: str, build: Callable[[], bytes]) -> bytes:
    """Like :func:`_cached` for fixtures produced in memory; returns the bytes."""

    def _write(tmp: Path) -> None:
        tmp.write_bytes(build())

    return _cached(name, _write).read_bytes()


# --------------------------------------------------------------------------- subprocess helpers


def run_ffmpeg(args: Sequence[str], *, timeout: float = 120.0) -> None:
    """Run ``ffmpeg`` quietly with ``args``; raise ``RuntimeError`` with stderr on failure."""
    cmd = [FFMPEG, "-hide_banner", "-nostdin", "-loglevel", "error", "-y", *args]
    proc = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
    if proc.returncode != 0:
        raise RuntimeError(
            f"ffmpeg failed ({proc.returncode}): {' '.join(cmd)}\n"
            f"{proc.stderr.decode(errors='replace')}"
        )


@dataclass(frozen=True)
class ProbeInfo:
    """What ``ffprobe`` reports about a file (used to self-check the fixtures)."""

    format_name: str
    duration: float | None
    audio_codecs: tuple[str, ...]
    video_codecs: tuple[str, ...]
    channels: tuple[int, ...]
    sample_rates: tuple[int, ...]
    sample_fmts: tuple[str, ...]
    raw: dict[str, object] = field(repr=False, compare=False)


def probe(path: Path) -> ProbeInfo:
    """Run ``ffprobe`` on ``path`` and summarise the format and streams."""
    proc = subprocess.run(
        [
            FFPROBE,
            "-v",
            "error",
            "-print_format",
            "json",
            "-show_format",
            "-show_streams",
            str(path),
        ],
        capture_output=True,
        timeout=60,
        check=True,
    )
    raw = json.loads(proc.stdout)
    fmt = raw.get("format", {})
    streams = raw.get("streams", [])
    audio = [s for s in streams if s.get("codec_type") == "audio"]
    video = [s for s in streams if s.get("codec_type") == "video"]
    duration = fmt.get("duration")
    return ProbeInfo(
        format_name=str(fmt.get("format_name", "")),
        duration=float(duration) if duration is not None else None,
        audio_codecs=tuple(str(s.get("codec_name")) for s in audio),
        video_codecs=tuple(str(s.get("codec_name")) for s in video),
        channels=tuple(int(s.get("channels", 0)) for s in audio),
        sample_rates=tuple(int(s.get("sample_rate", 0)) for s in audio),
        sample_fmts=tuple(str(s.get("sample_fmt")) for s in audio),
        raw=raw,
    )


# --------------------------------------------------------------------------- WAV helpers


def read_wav(path_or_bytes: Path | bytes) -> tuple[FloatArray, int]:
    """Read a 16-bit PCM WAV (path or bytes) into ``(samples[frames, channels], rate)``.

    Samples are floats in ``[-1, 1)``.  Only ``sampwidth == 2`` is supported, which is all the
    fixtures and the pipeline's output use.
    """
    src: io.BytesIO | str = (
        io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else str(path_or_bytes)
    )
    with wave.open(src, "rb") as w:
        if w.getsampwidth() != 2:
            raise ValueError(f"expected 16-bit PCM, got {8 * w.getsampwidth()}-bit")
        channels = w.getnchannels()
        rate = w.getframerate()
        raw = w.readframes(w.getnframes())
    data = np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0
    return data.reshape(-1, channels), rate


def write_wav(path: Path, samples: FloatArray, rate: int) -> None:
    """Write float samples (``[frames]`` or ``[frames, channels]``) as 16-bit PCM WAV.

    Values are hard-limited to the int16 range, which is how the clipped fixture clips.
    """
    arr = samples if samples.ndim == 2 else samples.reshape(-1, 1)
    pcm = np.clip(np.round(arr * 32768.0), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(arr.shape[1])
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())


def dbfs(value: float) -> float:
    """Convert a linear amplitude to dBFS (``-inf`` for zero)."""
    return float(20.0 * np.log10(value)) if value > 0 else float("-inf")


def frame_levels_dbfs(mono: FloatArray, rate: int, frame_seconds: float = 0.02) -> FloatArray:
    """RMS level in dBFS of consecutive ``frame_seconds`` frames of a mono signal."""
    hop = max(1, int(rate * frame_seconds))
    n = len(mono) // hop
    if n == 0:
        return np.zeros(0)
    frames = mono[: n * hop].reshape(n, hop)
    rms = np.sqrt(np.mean(frames**2, axis=1))
    return np.asarray(20.0 * np.log10(np.maximum(rms, 1e-12)), dtype=np.float64)


def speech_span(path: Path, threshold_dbfs: float = ACTIVITY_THRESHOLD_DBFS) -> tuple[float, float]:
    """Return ``(start, end)`` seconds of the first and last active frame of a 16-bit WAV."""
    samples, rate = read_wav(path)
    levels = frame_levels_dbfs(samples.mean(axis=1), rate)
    active = np.flatnonzero(levels > threshold_dbfs)
    if active.size == 0:
        return (0.0, 0.0)
    return (float(active[0]) * 0.02, float(active[-1] + 1) * 0.02)


def wav_seconds(path: Path) -> float:
    """Duration in seconds of a PCM WAV file (from its header)."""
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / float(w.getframerate())


def active_rms_dbfs(mono: FloatArray, rate: int, range_db: float = 40.0) -> float:
    """RMS level (dBFS) over only the frames within ``range_db`` of the loudest frame."""
    levels = frame_levels_dbfs(mono, rate)
    keep = levels > float(levels.max()) - range_db
    hop = int(rate * 0.02)
    frames = mono[: len(levels) * hop].reshape(len(levels), hop)[keep]
    return dbfs(float(np.sqrt(np.mean(frames**2))))


# --------------------------------------------------------------------------- speech


def _espeak(text: str, out: Path) -> None:
    """Render ``text`` with espeak-ng (default English voice, 160 wpm) to ``out``."""
    subprocess.run(
        [ESPEAK, "-v", "en", "-s", "160", "-w", str(out), text],
        capture_output=True,
        timeout=60,
        check=True,
    )


def speech_wav(seconds_hint: float, *, exact: bool = False) -> Path:
    """Synthesised English speech of about ``seconds_hint`` seconds (22.05 kHz mono s16 WAV).

    Whole sentences are added until the rendering is at least ``seconds_hint`` long, so the
    result is between ``seconds_hint`` and roughly ``seconds_hint + 4`` seconds and ends on a
    sentence boundary; natural pauses of ~0.3 s separate sentences.  With ``exact=True`` the
    rendering is cut to exactly ``seconds_hint`` seconds (with a 20 ms fade-out), which is
    how the "too short" fixture is made.  The master is normalised to a -3 dBFS peak, so it
    contains no full-scale samples.
    """
    name = f"speech_{seconds_hint:g}s{'_exact' if exact else ''}.wav"

    def build(tmp: Path) -> None:
        raw = tmp.with_name(tmp.stem + ".espeak.wav")
        count = 1
        while True:
            text = " ".join(_SENTENCES[i % len(_SENTENCES)] for i in range(count))
            _espeak(text, raw)
            if wav_seconds(raw) >= seconds_hint or count > 10 * len(_SENTENCES):
                break
            count += 1
        samples, rate = read_wav(raw)
        raw.unlink()
        mono = samples.mean(axis=1)
        if exact:
            mono = mono[: round(seconds_hint * rate)].copy()
            fade = min(len(mono), int(0.02 * rate))
            mono[len(mono) - fade :] *= np.linspace(1.0, 0.0, fade)
        peak = float(np.max(np.abs(mono)))
        mono = mono * (10 ** (MASTER_PEAK_DBFS / 20.0) / peak)
        write_wav(tmp, mono, rate)

    return _cached(name, build)


def standard_speech_wav() -> Path:
    """The main ~12 s passage of three sentences (fits within the 15 s limit)."""
    return speech_wav(12.0)


def long_speech_wav() -> Path:
    """About 40 s of continuous speech (must be cut to at most ``max_seconds``)."""
    return speech_wav(40.0)


def short_speech_wav(seconds: float = 2.0) -> Path:
    """Exactly ``seconds`` of speech (2 s by default: below the 3 s minimum)."""
    return speech_wav(seconds, exact=True)


def _transform_wav(name: str, src: Path, fn: Callable[[FloatArray, int], FloatArray]) -> Path:
    """Cache ``fn(mono_samples, rate)`` applied to ``src`` as a mono s16 WAV named ``name``."""

    def build(tmp: Path) -> None:
        samples, rate = read_wav(src)
        write_wav(tmp, fn(samples.mean(axis=1), rate), rate)

    return _cached(name, build)


def _noise(n: int, rms_dbfs: float, seed: int) -> FloatArray:
    """Gaussian white noise with the given RMS level."""
    rng = np.random.default_rng(seed)
    return np.asarray(rng.standard_normal(n) * 10 ** (rms_dbfs / 20.0), dtype=np.float64)


def padded_speech_wav(lead: float = 5.0, trail: float = 5.0) -> Path:
    """~8 s of speech with ``lead``/``trail`` seconds of near-silence (-80 dBFS hiss) around it.

    With the defaults the file is ~18 s long while only ~8 s is speech, so a pipeline that
    trims leading/trailing silence keeps far less than ``original - 8`` seconds, and one that
    does not keeps ``max_seconds`` (15 s).
    """
    src = speech_wav(7.5)

    def pad(mono: FloatArray, rate: int) -> FloatArray:
        head = _noise(int(lead * rate), -80.0, 1)
        tail = _noise(int(trail * rate), -80.0, 2)
        return np.concatenate([head, mono, tail])

    return _transform_wav(f"speech_padded_{lead:g}_{trail:g}.wav", src, pad)


def quiet_speech_wav(rms_dbfs: float = -40.0) -> Path:
    """The standard passage attenuated so its active-speech RMS is ``rms_dbfs`` (-40 dBFS).

    Peaks end up around -25 dBFS, i.e. a very quiet but perfectly audible recording that a
    loudness-normalising pipeline must boost (positive ``gain_db``).
    """
    src = standard_speech_wav()

    def attenuate(mono: FloatArray, rate: int) -> FloatArray:
        current = active_rms_dbfs(mono, rate)
        return mono * 10 ** ((rms_dbfs - current) / 20.0)

    return _transform_wav(f"speech_quiet_{rms_dbfs:g}dB.wav", src, attenuate)


def clipped_speech_wav(gain_db: float = 18.0) -> Path:
    """The standard passage amplified by ``gain_db`` and hard-clipped at full scale (s16)."""
    src = standard_speech_wav()
    return _transform_wav(
        f"speech_clipped_{gain_db:g}dB.wav", src, lambda m, _r: m * 10 ** (gain_db / 20.0)
    )


def silence_wav(seconds: float = 20.0, rate: int = 48_000) -> Path:
    """Pure digital silence (all-zero samples), mono s16 WAV."""

    def build(tmp: Path) -> None:
        write_wav(tmp, np.zeros(int(seconds * rate)), rate)

    return _cached(f"silence_{seconds:g}s.wav", build)


def noise_wav(seconds: float = 20.0, rms_dbfs: float = -60.0, seed: int = 1234) -> Path:
    """Low-level white noise only (no speech), mono s16 WAV at 48 kHz."""
    rate = 48_000

    def build(tmp: Path) -> None:
        write_wav(tmp, _noise(int(seconds * rate), rms_dbfs, seed), rate)

    return _cached(f"noise_{seconds:g}s_{rms_dbfs:g}dB_{seed}.wav", build)


def tone_wav(seconds: float = 5.0, freq: float = 440.0, peak_dbfs: float = -12.0) -> Path:
    """A pure sine tone, mono s16 WAV at 48 kHz."""
    rate = 48_000

    def build(tmp: Path) -> None:
        t = np.arange(int(seconds * rate)) / rate
        write_wav(tmp, np.sin(2 * np.pi * freq * t) * 10 ** (peak_dbfs / 20.0), rate)

    return _cached(f"tone_{seconds:g}s_{freq:g}Hz_{peak_dbfs:g}dB.wav", build)


# --------------------------------------------------------------------------- encodings


@dataclass(frozen=True)
class AudioFormat:
    """How to produce one container/codec variant and what ffmpeg should report for it."""

    ext: str
    args: tuple[str, ...]
    container: str  #: ffmpeg demuxer name, as ``ProcessedSample.container`` should report
    codec: str  #: ffmpeg decoder name of the audio stream, as ``ProcessedSample.codec``
    video: str | None = None  #: lavfi video source to mux alongside the audio, if any
    description: str = ""


_MOV = "mov,mp4,m4a,3gp,3g2,mj2"
_MKV = "matroska,webm"
# Dialogue lives in the centre channel only, as in a film mix: a pipeline that keeps just
# the first (front-left) channel instead of downmixing ends up with silence.
_PAN_51 = "pan=5.1|FL=0*c0|FR=0*c0|FC=c0|LFE=0*c0|BL=0*c0|BR=0*c0"
_TESTSRC = "testsrc=size=160x120:rate=15"

FORMATS: dict[str, AudioFormat] = {
    "ogg_opus_voice": AudioFormat(
        ".ogg",
        ("-c:a", "libopus", "-b:a", "32k", "-ar", "48000", "-ac", "1", "-application", "voip"),
        "ogg",
        "opus",
        description="OGG/Opus 48 kHz mono, like a Discord voice message",
    ),
    "mp3_cbr": AudioFormat(
        ".mp3",
        ("-c:a", "libmp3lame", "-b:a", "128k", "-ar", "44100", "-ac", "1"),
        "mp3",
        "mp3",
        description="MP3 CBR 128 kbps 44.1 kHz",
    ),
    "mp3_vbr": AudioFormat(
        ".mp3",
        ("-c:a", "libmp3lame", "-q:a", "5", "-ar", "44100", "-ac", "2"),
        "mp3",
        "mp3",
        description="MP3 VBR (-q:a 5) 44.1 kHz stereo",
    ),
    "wav_s16_44k_stereo": AudioFormat(
        ".wav",
        ("-c:a", "pcm_s16le", "-ar", "44100", "-ac", "2"),
        "wav",
        "pcm_s16le",
        description="WAV PCM s16le 44.1 kHz stereo",
    ),
    "wav_mulaw_8k": AudioFormat(
        ".wav",
        ("-c:a", "pcm_mulaw", "-ar", "8000", "-ac", "1"),
        "wav",
        "pcm_mulaw",
        description="WAV G.711 mu-law 8 kHz (telephone)",
    ),
    "wav_f32": AudioFormat(
        ".wav",
        ("-c:a", "pcm_f32le", "-ar", "48000", "-ac", "1"),
        "wav",
        "pcm_f32le",
        description="WAV IEEE float 32-bit 48 kHz",
    ),
    "m4a_aac_faststart": AudioFormat(
        ".m4a",
        ("-c:a", "aac", "-b:a", "96k", "-ar", "44100", "-movflags", "+faststart"),
        _MOV,
        "aac",
        description="M4A/AAC with the moov atom first (faststart)",
    ),
    "m4a_aac_moov_end": AudioFormat(
        ".m4a",
        ("-c:a", "aac", "-b:a", "96k", "-ar", "44100"),
        _MOV,
        "aac",
        description="M4A/AAC with the moov atom after mdat (not streamable)",
    ),
    "flac_96k_s32": AudioFormat(
        ".flac",
        ("-c:a", "flac", "-sample_fmt", "s32", "-ar", "96000", "-ac", "1"),
        "flac",
        "flac",
        description="FLAC 96 kHz, s32 samples (24-bit in ffmpeg 5.1)",
    ),
    "flac_48k_stereo": AudioFormat(
        ".flac",
        ("-c:a", "flac", "-ar", "48000", "-ac", "2"),
        "flac",
        "flac",
        description="FLAC 48 kHz stereo",
    ),
    "webm_opus": AudioFormat(
        ".webm",
        ("-c:a", "libopus", "-b:a", "48k", "-ar", "48000"),
        _MKV,
        "opus",
        description="WebM/Opus (browser MediaRecorder style)",
    ),
    "wav_5_1": AudioFormat(
        ".wav",
        ("-af", _PAN_51, "-c:a", "pcm_s16le", "-ar", "48000"),
        "wav",
        "pcm_s16le",
        description="6-channel 5.1 WAV, speech in the centre channel",
    ),
    "flac_5_1": AudioFormat(
        ".flac",
        ("-af", _PAN_51, "-c:a", "flac", "-ar", "48000"),
        "flac",
        "flac",
        description="6-channel 5.1 FLAC, speech in the centre channel",
    ),
    "mp4_video_aac": AudioFormat(
        ".mp4",
        (
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-b:a",
            "96k",
            "-ar",
            "44100",
        ),
        _MOV,
        "aac",
        video=_TESTSRC,
        description="MP4 video (H.264 testsrc) + AAC speech",
    ),
    "mkv_video_vorbis": AudioFormat(
        ".mkv",
        ("-c:v", "mpeg4", "-q:v", "10", "-c:a", "libvorbis", "-q:a", "3", "-ar", "44100"),
        _MKV,
        "vorbis",
        video=_TESTSRC,
        description="MKV video (MPEG-4 testsrc) + Vorbis",
    ),
    "aiff": AudioFormat(
        ".aiff",
        ("-c:a", "pcm_s16be", "-ar", "44100", "-ac", "1"),
        "aiff",
        "pcm_s16be",
        description="AIFF PCM s16be 44.1 kHz",
    ),
}


def encode(src_wav: Path, fmt: str) -> Path:
    """Convert ``src_wav`` to the variant ``fmt`` (a key of :data:`FORMATS`) with ffmpeg.

    Video variants mux a generated ``testsrc`` picture track of the same duration.
    """
    spec = FORMATS[fmt]

    def build(tmp: Path) -> None:
        duration = f"{wav_seconds(src_wav):.3f}"
        inputs: list[str] = []
        maps: list[str] = []
        if spec.video is not None:
            inputs += ["-f", "lavfi", "-t", duration, "-i", spec.video]
            maps += ["-map", "0:v:0", "-map", "1:a:0"]
        inputs += ["-i", str(src_wav)]
        run_ffmpeg([*inputs, *maps, *spec.args, "-t", duration, str(tmp)])

    return _cached(f"{src_wav.stem}.{fmt}{spec.ext}", build)


def mp3_60min(minutes: float = 60.0) -> Path:
    """A ~``minutes``-long 64 kbps mono MP3 (~28 MB for 60 min), generated in well under 1 s.

    A 15 s segment (speech then silence) is encoded once and repeated with
    ``-stream_loop ... -c copy`` so nothing is re-encoded; the muxer writes a correct
    Xing/Info header, so ffmpeg reports the full duration.
    """
    src = standard_speech_wav()

    def build(tmp: Path) -> None:
        seg = tmp.with_name("seg60.mp3")
        run_ffmpeg(
            [
                "-i",
                str(src),
                "-af",
                "apad=whole_dur=15",
                "-t",
                "15",
                "-ac",
                "1",
                "-ar",
                "44100",
                "-c:a",
                "libmp3lame",
                "-b:a",
                "64k",
                "-write_xing",
                "0",
                "-id3v2_version",
                "0",
                str(seg),
            ]
        )
        loops = int(minutes * 60 / 15) + 1
        run_ffmpeg(
            [
                "-stream_loop",
                str(loops),
                "-i",
                str(seg),
                "-c",
                "copy",
                "-t",
                f"{minutes * 60:.0f}",
                str(tmp),
            ]
        )
        seg.unlink()

    return _cached(f"long_{minutes:g}min_64k.mp3", build)


# --------------------------------------------------------------------------- bad inputs


def empty_bytes() -> bytes:
    """A zero-byte upload."""
    return b""


def truncated_mp3(size: int = 2048) -> bytes:
    """The first ``size`` bytes (2 KB: ID3 tag, Info frame and ~0.1 s) of a CBR MP3."""
    return encode(standard_speech_wav(), "mp3_cbr").read_bytes()[:size]


def truncated_wav_header(size: int = 30) -> bytes:
    """A WAV cut inside its ``fmt `` chunk: ``RIFF....WAVEfmt `` and a few more bytes."""
    return standard_speech_wav().read_bytes()[:size]


def random_bytes(size: int = 64 * 1024, seed: int = 0xC0FFEE) -> bytes:
    """Deterministic pseudo-random bytes (ffmpeg cannot identify a format in them)."""
    return np.random.default_rng(seed).integers(0, 256, size, dtype=np.uint8).tobytes()


def text_file() -> bytes:
    """A plain UTF-8 text file (e.g. a transcript uploaded by mistake)."""
    return ("Hello! This is the transcript of my voice sample.\n" * 40).encode()


def png_image() -> bytes:
    """A 64x64 PNG rendered by ffmpeg from a solid colour."""

    def build(tmp: Path) -> None:
        run_ffmpeg(
            [
                "-f",
                "lavfi",
                "-i",
                "color=c=orange:size=64x64",
                "-frames:v",
                "1",
                "-f",
                "image2",
                "-c:v",
                "png",
                str(tmp),
            ]
        )

    return _cached("image.png", build).read_bytes()


def jpeg_image() -> bytes:
    """A 64x64 JPEG rendered by ffmpeg (tests upload it renamed to ``.mp3``)."""

    def build(tmp: Path) -> None:
        run_ffmpeg(
            [
                "-f",
                "lavfi",
                "-i",
                "testsrc=size=64x64",
                "-frames:v",
                "1",
                "-f",
                "image2",
                "-c:v",
                "mjpeg",
                str(tmp),
            ]
        )

    return _cached("image.jpg", build).read_bytes()


def video_only_mp4() -> Path:
    """A 3 s H.264 MP4 with no audio track at all."""

    def build(tmp: Path) -> None:
        run_ffmpeg(
            [
                "-f",
                "lavfi",
                "-i",
                "testsrc=size=160x120:rate=15",
                "-t",
                "3",
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-pix_fmt",
                "yuv420p",
                "-f",
                "mp4",
                str(tmp),
            ]
        )

    return _cached("video_only.mp4", build)


def mp3_with_cover_art() -> Path:
    """The standard speech as MP3 with a JPEG cover picture (an ``attached_pic`` video stream,
    as music players and phone recorders write it)."""
    mp3 = encode(standard_speech_wav(), "mp3_cbr")
    cover = cache_dir() / "image.jpg"
    jpeg_image()  # cached as image.jpg

    def build(tmp: Path) -> None:
        run_ffmpeg(
            [
                "-i",
                str(mp3),
                "-i",
                str(cover),
                "-map",
                "0:a",
                "-map",
                "1:v",
                "-c",
                "copy",
                "-id3v2_version",
                "3",
                "-disposition:v",
                "attached_pic",
                "-f",
                "mp3",
                str(tmp),
            ]
        )

    return _cached("speech_cover_art.mp3", build)


def wav_adpcm_yamaha() -> Path:
    """The standard speech as a WAV of Yamaha ADPCM: a real audio codec, not on the pipeline's
    decoder allow-list."""
    src = standard_speech_wav()

    def build(tmp: Path) -> None:
        run_ffmpeg(["-i", str(src), "-c:a", "adpcm_yamaha", "-ac", "1", "-f", "wav", str(tmp)])

    return _cached("speech_adpcm_yamaha.wav", build)


def zip_archive() -> bytes:
    """A ZIP archive that contains a perfectly good WAV (the archive itself is not audio)."""

    def build() -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("voice.wav", short_speech_wav().read_bytes())
            zf.writestr("readme.txt", "my voice sample\n")
        return buf.getvalue()

    return _cached_bytes("archive.zip", build)


def pdf_document() -> bytes:
    """A small but structurally plausible PDF (header, objects, xref, trailer)."""
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
        b"xref\n0 4\n0000000000 65535 f \n0000000015 00000 n \n"
        b"0000000064 00000 n \n0000000121 00000 n \n"
        b"trailer << /Size 4 /Root 1 0 R >>\nstartxref\n194\n%%EOF\n"
    )


def html_page() -> bytes:
    """An HTML page, e.g. what a share link returns instead of the audio file."""
    return (
        b'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        b"<title>voice.mp3 - Cloud Drive</title></head>\n<body><h1>Sign in to download"
        b' voice.mp3</h1><audio src="https://example.invalid/voice.mp3"></audio>'
        b"</body></html>\n"
    )


def prebuild(jobs: int = 2) -> None:
    """Generate every path-based fixture up front using ``jobs`` threads (optional)."""
    standard = standard_speech_wav()
    tasks: list[Callable[[], object]] = [
        *(functools.partial(encode, standard, f) for f in FORMATS),
        long_speech_wav,
        short_speech_wav,
        padded_speech_wav,
        quiet_speech_wav,
        clipped_speech_wav,
        silence_wav,
        noise_wav,
        tone_wav,
        video_only_mp4,
        png_image,
        jpeg_image,
        zip_archive,
        mp3_60min,
    ]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for fut in [pool.submit(t) for t in tasks]:
            fut.result()


if __name__ == "__main__":  # pragma: no cover - manual inspection helper
    prebuild()
    for p in sorted(cache_dir().iterdir()):
        print(f"{p.stat().st_size:>10}  {p.name}")
    print(os.fspath(cache_dir()))
