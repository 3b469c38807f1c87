"""Find the speech in decoded PCM and shape it into the best clip the clone API can use.

Pure and synchronous (it runs in a worker thread). pydub does the editing (slicing, joining,
gain, fades, WAV export); numpy measures frame energy, which pydub would do thousands of times
slower frame by frame. A frame is speech when it is loud enough for the clip *and* WebRTC's
voice-activity detector hears a voice in it (energy alone takes noise and music for speech).
"""

from __future__ import annotations

import io
import itertools
import math
import warnings
from dataclasses import dataclass

import numpy as np

with warnings.catch_warnings():
    # pydub looks for an ffmpeg on PATH when it loads and warns if there is none; it never
    # runs one here (raw PCM in, WAV out), and the bot runs its own (bot.audio.ffmpeg_binary),
    # possibly imageio-ffmpeg's, which is not on PATH.
    warnings.filterwarnings("ignore", "Couldn't find ffmpeg", RuntimeWarning)
    from pydub import AudioSegment

from .errors import MostlyNoise, SilentAudio, TooShortAudio
from .loudness import count_clipped, frame_dbfs
from .loudness import peak as loudness_peak
from .vad import voiced_frames

FRAME_MS = 20
#: Gaps shorter than this inside speech are part of the speech (between words).
BRIDGE_GAP_MS = 300
#: Longer pauses are shortened to this much, so the kept seconds hold more speech.
MAX_PAUSE_MS = 400
EDGE_PAD_MS = 120
FADE_MS = 10
TARGET_SPEECH_DBFS = -20.0
PEAK_CEILING_DBFS = -1.0
MAX_GAIN_DB = 30.0
#: Frames quieter than this are never speech, whatever the rest of the clip is.
ABSOLUTE_FLOOR_DBFS = -55.0
#: Speech is a frame within this many dB of the clip's loud frames.
SPEECH_RANGE_DB = 35.0
#: A clip whose loud and quiet frames differ by less than this is a steady tone or noise.
MIN_DYNAMIC_RANGE_DB = 6.0
FULL_SCALE = 32767
#: Steady sound louder than this is noise, not silence.
AUDIBLE_NOISE_DBFS = -40.0


@dataclass(frozen=True)
class ShapedClip:
    wav: bytes
    seconds: float
    speech_seconds: float
    peak_dbfs: float
    clipped_fraction: float
    gain_db: float
    #: Speech was left out to fit max_seconds (a transcription of the whole input won't match).
    truncated: bool
    #: The output's mono int16 samples (after gain and fades).
    samples: np.ndarray
    #: One flag per 20 ms frame of the output: speech or not.
    speech_frames: tuple[bool, ...]
    #: Where the output came from in the decoded input (seconds), and that input's length.
    window: tuple[float, float]
    input_seconds: float


def _energy_mask(db: np.ndarray) -> np.ndarray:
    loud = float(np.percentile(db, 95))
    quiet = float(np.percentile(db, 10))
    if loud < ABSOLUTE_FLOOR_DBFS:
        raise SilentAudio()
    if loud - quiet < MIN_DYNAMIC_RANGE_DB:
        # Steady sound: quiet room tone is "silent", a loud one is noise (or a tone) only.
        raise MostlyNoise(0.0) if loud >= AUDIBLE_NOISE_DBFS else SilentAudio()
    mask: np.ndarray = db > max(ABSOLUTE_FLOOR_DBFS, loud - SPEECH_RANGE_DB)
    return mask


def _bridge(mask: np.ndarray) -> np.ndarray:
    # Bridge short gaps between words so a sentence is one region.
    mask = mask.copy()
    bridge = BRIDGE_GAP_MS // FRAME_MS
    idx = np.flatnonzero(mask)
    for start, end in itertools.pairwise(idx):
        if 1 < end - start <= bridge + 1:
            mask[start:end] = True
    return mask


def _speech_mask(db: np.ndarray, voiced: np.ndarray | None = None) -> np.ndarray:
    """Speech frames: loud enough for the clip (and voiced, when the VAD's flags are given),
    short gaps bridged."""
    mask = _energy_mask(db)
    if voiced is not None:
        mask = mask & voiced[: len(mask)]
    return _bridge(mask)


def _regions(mask: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) frame ranges where mask is True."""
    padded = np.concatenate(([False], mask, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def _assemble(
    audio: AudioSegment, regions: list[tuple[int, int]]
) -> tuple[AudioSegment, list[bool], list[int]]:
    """Join speech regions, keeping at most MAX_PAUSE_MS of each pause; return per-frame
    speech and where in the input (ms) each output frame came from."""
    half_pause = MAX_PAUSE_MS // 2
    pieces: list[bytes] = []
    speech_frames: list[bool] = []
    origin_ms: list[int] = []
    for i, (start, end) in enumerate(regions):
        start_ms, end_ms = start * FRAME_MS, end * FRAME_MS
        if i == 0:
            lead = EDGE_PAD_MS
        else:
            lead = min(half_pause, (start - regions[i - 1][1]) * FRAME_MS // 2)
        if i == len(regions) - 1:
            trail = EDGE_PAD_MS
        else:
            trail = min(half_pause, (regions[i + 1][0] - end) * FRAME_MS // 2)
        # Whole frames only, so speech_frames stays aligned with the joined audio.
        a = max(0, start_ms - lead // FRAME_MS * FRAME_MS)
        b = min(len(audio) // FRAME_MS * FRAME_MS, end_ms + trail // FRAME_MS * FRAME_MS)
        pieces.append(audio[a:b].raw_data)
        speech_frames += [start_ms <= ms < end_ms for ms in range(a, b, FRAME_MS)]
        origin_ms += range(a, b, FRAME_MS)
    # Joined once: ``+=`` per region would copy the growing clip every time.
    out = AudioSegment(
        data=b"".join(pieces), sample_width=2, frame_rate=audio.frame_rate, channels=1
    )
    return out, speech_frames, origin_ms


def _best_window(speech_frames: list[bool], window_frames: int) -> int:
    """Start frame of the window holding the most speech (earliest on ties)."""
    if len(speech_frames) <= window_frames:
        return 0
    cumulative = np.concatenate(([0], np.cumsum(np.asarray(speech_frames, dtype=np.int32))))
    totals = cumulative[window_frames:] - cumulative[:-window_frames]
    return int(np.argmax(totals))


def shape_clip(
    pcm: bytes, sample_rate: int, *, max_seconds: float, min_seconds: float
) -> ShapedClip:
    """Trim silence, shorten long pauses, keep the best ``max_seconds``, normalise loudness."""
    samples = np.frombuffer(pcm, dtype="<i2")
    clipped_fraction = count_clipped(samples) / max(1, len(samples))
    frame_len = sample_rate * FRAME_MS // 1000
    if len(samples) < frame_len:
        raise TooShortAudio(len(samples) / sample_rate, min_seconds)
    db = frame_dbfs(samples, frame_len)
    loud = _bridge(_energy_mask(db))
    mask = _speech_mask(db, voiced_frames(samples, sample_rate))
    speech_seconds = float(np.count_nonzero(mask)) * FRAME_MS / 1000
    if speech_seconds < min_seconds:
        loud_seconds = float(np.count_nonzero(loud)) * FRAME_MS / 1000
        if loud_seconds >= min_seconds and speech_seconds < loud_seconds / 4:
            raise MostlyNoise(speech_seconds)
        raise TooShortAudio(speech_seconds, min_seconds)

    audio = AudioSegment(data=pcm, sample_width=2, frame_rate=sample_rate, channels=1)
    clip, speech_frames, origin_ms = _assemble(audio, _regions(mask))
    window_frames = int(max_seconds * 1000) // FRAME_MS
    start = _best_window(speech_frames, window_frames)
    clip = clip[start * FRAME_MS : (start + window_frames) * FRAME_MS]
    kept_speech = speech_frames[start : start + window_frames]
    kept_speech_seconds = sum(kept_speech) * FRAME_MS / 1000
    kept_origin = origin_ms[start : start + window_frames]

    clip_samples = np.frombuffer(clip.raw_data, dtype="<i2")
    clip_db = frame_dbfs(clip_samples, frame_len)
    is_speech = np.asarray(kept_speech[: len(clip_db)], dtype=bool)
    speech_db = clip_db[: len(is_speech)][is_speech]
    speech_rms_db = float(10 * np.log10(np.mean(np.power(10.0, speech_db / 10))))
    peak = loudness_peak(clip_samples)
    peak_db = 20 * math.log10(peak / FULL_SCALE) if peak > 0 else -math.inf
    gain = min(TARGET_SPEECH_DBFS - speech_rms_db, PEAK_CEILING_DBFS - peak_db, MAX_GAIN_DB)
    clip = clip.apply_gain(gain).fade_in(FADE_MS).fade_out(FADE_MS)

    buffer = io.BytesIO()
    clip.export(buffer, format="wav")
    wav = buffer.getvalue()
    del buffer
    out_peak = clip.max
    seconds = len(clip) / 1000
    # The output's samples are the WAV's data chunk (its tail): a view, not a second copy.
    out_samples = np.frombuffer(wav, dtype="<i2", offset=len(wav) - len(clip.raw_data))
    del clip
    return ShapedClip(
        wav=wav,
        seconds=seconds,
        speech_seconds=kept_speech_seconds,
        peak_dbfs=20 * math.log10(out_peak / FULL_SCALE) if out_peak > 0 else -math.inf,
        clipped_fraction=clipped_fraction,
        gain_db=gain,
        truncated=sum(kept_speech) < sum(speech_frames),
        samples=out_samples,
        speech_frames=tuple(kept_speech),
        window=(kept_origin[0] / 1000, (kept_origin[-1] + FRAME_MS) / 1000),
        input_seconds=len(samples) / sample_rate,
    )
